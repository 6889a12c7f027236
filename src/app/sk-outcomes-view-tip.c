/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include "sk-outcomes-view-private.h"

/*
 * Hover tips of the Utfall grid (who changed a value and when, a
 * comment, a whole name). GTK puts a tooltip below the widget it belongs
 * to, whatever is there: pointing at a cell in the row above the one
 * being worked on covered that row. The grid shows its own tip instead:
 * above a widget that lies above the current row, below any other. The
 * widgets keep their text as tooltip text (what screen readers get as
 * their description), with GTK's own tooltip off.
 */

/* As long as GTK waits before a tooltip. */
#define TIP_DELAY_MS 500

/* The widget at (@x, @y) of @grid, or an ancestor, that has a tip. */
static GtkWidget *
tip_owner_at (GtkWidget *grid,
              double     x,
              double     y)
{
  GtkWidget *w = gtk_widget_pick (grid, x, y, GTK_PICK_DEFAULT);

  for (; w != NULL && w != grid; w = gtk_widget_get_parent (w))
    if (gtk_widget_get_tooltip_text (w) != NULL)
      return w;
  return NULL;
}

static gboolean
show_tip (gpointer data)
{
  SkOutcomesView *self = data;
  GtkWidget *owner = self->tip_owner;
  SkOutcomeCell *current = sk_outcomes_view_current_cell (self);
  const char *text;
  graphene_rect_t ob, cb;
  GdkRectangle rect;
  gboolean above = FALSE;

  self->tip_timeout = 0;
  text = owner != NULL ? gtk_widget_get_tooltip_text (owner) : NULL;
  if (text == NULL || self->editing || !gtk_widget_get_mapped (owner)
      || !gtk_widget_compute_bounds (owner, GTK_WIDGET (self), &ob))
    return G_SOURCE_REMOVE;
  /* Wholly above the current cell's row: the tip goes above, off it. */
  if (current != NULL && gtk_widget_compute_bounds (GTK_WIDGET (current), GTK_WIDGET (self), &cb))
    above = ob.origin.y + ob.size.height <= cb.origin.y + 0.5;
  rect.x = (int) ob.origin.x;
  rect.y = (int) ob.origin.y;
  rect.width = MAX (1, (int) ob.size.width);
  rect.height = MAX (1, (int) ob.size.height);
  gtk_label_set_text (GTK_LABEL (self->tip_label), text);
  gtk_popover_set_position (GTK_POPOVER (self->tip), above ? GTK_POS_TOP : GTK_POS_BOTTOM);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->tip), &rect);
  gtk_popover_popup (GTK_POPOVER (self->tip));
  return G_SOURCE_REMOVE;
}

void
sk_outcomes_view_tip_hide (SkOutcomesView *self)
{
  g_clear_handle_id (&self->tip_timeout, g_source_remove);
  if (self->tip != NULL && gtk_widget_get_visible (self->tip))
    gtk_popover_popdown (GTK_POPOVER (self->tip));
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           SkOutcomesView           *self)
{
  GtkWidget *grid = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (motion));
  GtkWidget *owner = tip_owner_at (grid, x, y);

  if (owner == self->tip_owner)
    return;
  sk_outcomes_view_tip_hide (self);
  g_set_weak_pointer (&self->tip_owner, owner);
  if (owner != NULL && !self->editing)
    self->tip_timeout = g_timeout_add (TIP_DELAY_MS, show_tip, self);
}

/* Whether the pointer is on the widget the tip is for. */
static gboolean
pointer_on_owner (SkOutcomesView *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;
  GdkDevice *pointer;
  graphene_rect_t ob;
  double x = 0, y = 0, sx = 0, sy = 0;

  if (surface == NULL || self->tip_owner == NULL
      || !gtk_widget_compute_bounds (self->tip_owner, GTK_WIDGET (native), &ob))
    return FALSE;
  pointer = gdk_seat_get_pointer (gdk_display_get_default_seat (gtk_widget_get_display (GTK_WIDGET (self))));
  if (pointer == NULL || !gdk_surface_get_device_position (surface, pointer, &x, &y, NULL))
    return FALSE;
  gtk_native_get_surface_transform (native, &sx, &sy);
  return graphene_rect_contains_point (&ob, &GRAPHENE_POINT_INIT ((float) (x - sx), (float) (y - sy)));
}

static void
on_leave (GtkEventControllerMotion *motion,
          SkOutcomesView           *self)
{
  /* The tip's surface (its shadow and arrow) can reach over the widget
   * it points at: the grid sees the pointer leave, yet it is still there. */
  if (gtk_widget_get_visible (self->tip) && pointer_on_owner (self))
    return;
  sk_outcomes_view_tip_hide (self);
  g_clear_weak_pointer (&self->tip_owner);
}

/* On the tip itself (where its surface reaches over the grid) the
 * pointer keeps it only while still on the widget it is for. */
static void
on_tip_motion (SkOutcomesView *self)
{
  if (!pointer_on_owner (self))
    {
      sk_outcomes_view_tip_hide (self);
      g_clear_weak_pointer (&self->tip_owner);
    }
}

static void
on_scrolled (SkOutcomesView *self)
{
  sk_outcomes_view_tip_hide (self);
  g_clear_weak_pointer (&self->tip_owner);
}

void
sk_outcomes_view_tip_init (SkOutcomesView *self)
{
  GtkWidget *grids[] = { GTK_WIDGET (self->grid), GTK_WIDGET (self->ytd_grid),
                         GTK_WIDGET (self->names_grid), GTK_WIDGET (self->header_grid),
                         GTK_WIDGET (self->corner_grid), GTK_WIDGET (self->ytd_corner_grid) };

  self->tip_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->tip_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->tip_label), 50);
  gtk_label_set_xalign (GTK_LABEL (self->tip_label), 0);
  /* Shown by pointing, never in the way of the keys. */
  self->tip = g_object_new (GTK_TYPE_POPOVER,
                            "autohide", FALSE,
                            "can-focus", FALSE,
                            "name", "outcomes-tip",
                            "child", self->tip_label,
                            NULL);
  gtk_widget_add_css_class (self->tip, "sk-outcome-tip");
  gtk_widget_set_parent (self->tip, GTK_WIDGET (self));
  {
    GtkEventController *motion = gtk_event_controller_motion_new ();

    g_signal_connect_swapped (motion, "enter", G_CALLBACK (on_tip_motion), self);
    g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_tip_motion), self);
    g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_tip_motion), self);
    gtk_widget_add_controller (self->tip, motion);
  }

  for (guint i = 0; i < G_N_ELEMENTS (grids); i++)
    {
      GtkEventController *motion = gtk_event_controller_motion_new ();

      g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
      g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
      g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
      gtk_widget_add_controller (grids[i], motion);
    }
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (on_scrolled), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "value-changed",
                           G_CALLBACK (on_scrolled), self, G_CONNECT_SWAPPED);
}

void
sk_outcomes_view_tip_dispose (SkOutcomesView *self)
{
  g_clear_handle_id (&self->tip_timeout, g_source_remove);
  g_clear_weak_pointer (&self->tip_owner);
  g_clear_pointer (&self->tip, gtk_widget_unparent);
  self->tip_label = NULL;
}
