/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-format.h"
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

/* ---- History ---- */

/* At most this many changes are listed; `styrkort-cli history` has all. */
#define HISTORY_ROWS 30

static const char *
field_word (const char *field)
{
  static const struct { const char *field; const char *word; } words[] = {
    { "name", N_("name") },
    { "perspective", N_("perspective") },
    { "measure_unit", N_("unit of measure") },
    { "direction", N_("direction") },
    { "responsible_unit", N_("responsible unit") },
    { "frequency", N_("frequency") },
    { "aggregation", N_("aggregation") },
    { "r12", N_("rolling 12 months") },
    { "tolerance", N_("tolerance") },
    { "description", N_("description") },
    { "created", N_("created") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strcmp0 (field, words[i].field) == 0)
      return _(words[i].word);
  return field;
}

/* A stored value in words: "Lägre värde", "5,0 %", "–". */
static char *
value_text (const char *field,
            const char *value)
{
  SkPerspective perspective;
  SkDirection direction;
  SkFrequency frequency;

  if (value == NULL || value[0] == '\0')
    return g_strdup ("–");
  if (g_strcmp0 (field, "direction") == 0 && sk_direction_from_string (value, &direction))
    return g_strdup (direction == SK_DIRECTION_LOWER ? _("Lower value") : _("Higher value"));
  if (g_strcmp0 (field, "perspective") == 0 && sk_perspective_from_string (value, &perspective))
    return g_strdup (sk_perspective_label (perspective));
  if (g_strcmp0 (field, "frequency") == 0 && sk_frequency_from_string (value, &frequency))
    return g_strdup (sk_frequency_label (frequency));
  if (g_strcmp0 (field, "tolerance") == 0)
    {
      g_autofree char *number = sk_format_number (g_ascii_strtod (value, NULL) * 100.0, 1);
      return g_strdup_printf ("%s %%", number);
    }
  return g_strdup (value);
}

static GtkWidget *
history_row (SkAuditEntry *e)
{
  const char *entity = sk_audit_entry_get_entity (e);
  const char *field = sk_audit_entry_get_field (e);
  int year = (int) sk_audit_entry_get_entity_id (e);
  g_autofree char *what = NULL;
  g_autofree char *before = value_text (field, sk_audit_entry_get_old_value (e));
  g_autofree char *after = value_text (field, sk_audit_entry_get_new_value (e));
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (sk_audit_entry_get_at (e), NULL);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;
  g_autofree char *when = local ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup (sk_audit_entry_get_at (e));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (g_strcmp0 (entity, "indicator_definition") == 0)
    what = g_strdup_printf (_("%s in the %d plan"), field_word (field), year);
  else if (g_strcmp0 (entity, "target") == 0)
    what = g_strdup_printf (_("target %d"), year);
  else
    what = g_strdup (field_word (field));
  /* Translators: a change in the history: old → new · who, when. */
  subtitle = g_strdup_printf (_("%s → %s · %s, %s"), before, after, sk_audit_entry_get_who (e), when);
  /* A heading: "Riktning i planen för 2026". */
  if (what[0] != '\0')
    {
      g_autofree char *first = g_utf8_strup (what, g_utf8_next_char (what) - what);
      g_autofree char *rest = g_strdup (g_utf8_next_char (what));

      g_free (what);
      what = g_strconcat (first, rest, NULL);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), what);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  return row;
}

void
sk_indicators_view_load_history (SkIndicatorsView *self)
{
  g_autoptr(GListModel) entries = NULL;
  guint shown = 0;

  if (self->history_rows == NULL)
    self->history_rows = g_ptr_array_new ();
  for (guint i = 0; i < self->history_rows->len; i++)
    adw_preferences_group_remove (self->history_group, g_ptr_array_index (self->history_rows, i));
  g_ptr_array_set_size (self->history_rows, 0);

  if (self->current != NULL && self->store != NULL)
    entries = sk_store_list_audit (self->store, sk_record_get_id (SK_RECORD (self->current)));
  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (entries) && shown < HISTORY_ROWS; i++)
    {
      g_autoptr(SkAuditEntry) e = g_list_model_get_item (entries, i);
      const char *entity = sk_audit_entry_get_entity (e);
      GtkWidget *row;

      /* Outcome changes are left out: they are many, and
       * `styrkort-cli history` lists them. */
      if (g_strcmp0 (entity, "indicator") != 0 && g_strcmp0 (entity, "indicator_definition") != 0
          && g_strcmp0 (entity, "target") != 0)
        continue;
      row = history_row (e);
      adw_preferences_group_add (self->history_group, row);
      g_ptr_array_add (self->history_rows, row);
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), shown > 0);
}

/* Coming to the page (Alt+2, or Tab from the header), the keyboard lands
 * in the register, where the arrows choose an indicator, not on "New". */
gboolean
sk_indicators_view_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  SkIndicatorsView *self = SK_INDICATORS_VIEW (widget);
  GtkWidgetClass *parent = g_type_class_peek_parent (G_OBJECT_GET_CLASS (widget));

  if (gtk_widget_get_focus_child (widget) == NULL && direction == GTK_DIR_TAB_FORWARD
      && gtk_widget_is_drawable (self->table) && gtk_widget_child_focus (self->table, direction))
    return TRUE;
  return parent->focus (widget, direction);
}
