/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include "sk-indicators-view-private.h"

/* The side panel's choices (perspective, direction, responsible unit,
 * frequency, aggregation, R12) are saved as soon as they are made, so the
 * register's row shows them at once and closing the window loses none.
 * Typed text is saved on Enter, on another row, and on close. */

static gboolean
save_choice (gpointer data)
{
  SkIndicatorsView *self = data;

  self->save_idle = 0;
  if (self->dirty)
    sk_indicators_view_save_editor (self);
  return G_SOURCE_REMOVE;
}

void
sk_indicators_view_on_choice_changed (SkIndicatorsView *self)
{
  if (self->loading)
    return;
  self->dirty = TRUE;
  /* After the combo row has finished its own handling of the choice:
   * the save reloads the register under it. */
  if (self->save_idle == 0 && sk_indicators_view_is_editable (self))
    self->save_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, save_choice, self, NULL);
}

void
sk_indicators_view_flush_on_close (SkIndicatorsView *self)
{
  g_clear_handle_id (&self->save_idle, g_source_remove);
  if (self->dirty && self->current != NULL && self->store != NULL)
    sk_indicators_view_save_editor (self);
  self->dirty = FALSE;
}
