/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-a11y.h"
#include "sk-file-notice.h"
#include "sk-format.h"
#include "sk-indicators-view.h"
#include "sk-indicators-view-private.h"
#include "sk-view-util.h"
#include "sk-review-flag.h"

/*
 * The year's indicator register, grouped by perspective as section 4.1 of
 * the plan shows it: one sortable table per perspective. The selected
 * indicator is edited in the side panel, with the year's target and a
 * live reading of how the target text is understood. In a narrow window
 * the leaflet folds: the register and the editor are then two pages, and
 * clicking or activating an indicator (Enter) turns to its editor.
 */

enum {
  PROP_0,
  PROP_STORE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkIndicatorsView, sk_indicators_view, ADW_TYPE_BIN)

static void reload (SkIndicatorsView *self);

gboolean
sk_indicators_view_is_editable (SkIndicatorsView *self)
{
  return self->plan != NULL && !sk_plan_is_adopted (self->plan)
         && !(self->store != NULL && sk_store_is_read_only (self->store));
}

static void on_selection_changed (GtkSingleSelection *selection,
                                  GParamSpec         *pspec,
                                  SkIndicatorsView   *self);

/* ---- Folded: the register and the editor as two pages ---- */

static void
show_editor_page (SkIndicatorsView *self,
                  GtkWidget        *focus)
{
  /* Side by side too: Tab walks the register's rows, Enter leads here. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "editor");
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

static void
on_folded_changed (SkIndicatorsView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->back_bar, folded);
  /* Folding while nothing is chosen shows the register, not an empty editor. */
  if (folded && self->current == NULL)
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

/* Enter or a double click on an indicator: edit it. */
static void
on_table_activate (GtkColumnView    *table,
                   guint             position,
                   SkIndicatorsView *self)
{
  if (self->current != NULL)
    show_editor_page (self, GTK_WIDGET (self->target_entry));
}

/* Only a press on a row opens the editor, not one on a column title. */
static gboolean
on_a_row (GtkWidget *table,
          double     x,
          double     y)
{
  for (GtkWidget *w = gtk_widget_pick (table, x, y, GTK_PICK_DEFAULT); w != NULL && w != table;
       w = gtk_widget_get_parent (w))
    if (g_strcmp0 (gtk_widget_get_css_name (w), "row") == 0)
      return TRUE;
  return FALSE;
}

static void
on_table_pressed (GtkGestureClick  *gesture,
                  int               n_press,
                  double            x,
                  double            y,
                  SkIndicatorsView *self)
{
  self->row_pressed = on_a_row (self->table, x, y);
}

static gboolean
open_clicked_row (gpointer data)
{
  SkIndicatorsView *self = data;

  if (self->current != NULL && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    show_editor_page (self, NULL);
  return G_SOURCE_REMOVE;
}

/* A single click on an indicator turns the folded register to its editor;
 * the arrow keys only move the selection. This runs in the capture phase,
 * before the row selects its item: the page turns once it has. */
static void
on_table_released (GtkGestureClick  *gesture,
                   int               n_press,
                   double            x,
                   double            y,
                   SkIndicatorsView *self)
{
  if (self->row_pressed && adw_leaflet_get_folded (self->leaflet))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, open_clicked_row, g_object_ref (self), g_object_unref);
  self->row_pressed = FALSE;
}

static void
back_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  SkIndicatorsView *self = SK_INDICATORS_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (self->table);
}

static void
build_table (SkIndicatorsView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GListModel *sorted = sk_indicators_view_build_register (self);

  self->selection = gtk_single_selection_new (sorted);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed), self);
  gtk_column_view_set_model (GTK_COLUMN_VIEW (self->table), GTK_SELECTION_MODEL (self->selection));
  gtk_widget_add_css_class (self->table, "data-table");
  g_signal_connect (self->table, "activate", G_CALLBACK (on_table_activate), self);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_table_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_table_released), self);
  gtk_widget_add_controller (self->table, GTK_EVENT_CONTROLLER (click));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Indicator register"), -1);
  gtk_scrolled_window_set_child (self->scroller, self->table);
}

/* ---- Editor ---- */

static void
update_target_description (SkIndicatorsView *self)
{
  g_autoptr(SkTarget) target = sk_target_new (gtk_editable_get_text (GTK_EDITABLE (self->target_entry)));
  SkDirection direction = adw_combo_row_get_selected (self->direction_row) == 1 ? SK_DIRECTION_LOWER
                                                                               : SK_DIRECTION_HIGHER;
  g_autofree char *description = sk_target_describe (target, direction);
  gboolean unmeasurable = sk_target_get_kind (target) == SK_TARGET_UNMEASURABLE;

  gtk_label_set_label (self->target_description, description);
  gtk_widget_set_visible (self->target_warning, unmeasurable);
  if (unmeasurable)
    gtk_widget_add_css_class (GTK_WIDGET (self->target_description), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->target_description), "error");
  if (sk_target_get_kind (target) == SK_TARGET_EMPTY)
    gtk_widget_add_css_class (GTK_WIDGET (self->target_description), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->target_description), "dim-label");
  sk_review_flag_check_editor (sk_review_flag_below (GTK_WIDGET (self->target_description)), self->store, self->year,
                               self->current, gtk_editable_get_text (GTK_EDITABLE (self->target_entry)), direction);
}

static void
update_sensitivity (SkIndicatorsView *self)
{
  gboolean editable = sk_indicators_view_is_editable (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->target_entry), editable);
  gtk_widget_set_sensitive (self->structure_group, editable);
  /* A read-only file has the window's banner instead. */
  gtk_widget_set_visible (self->lock_note, self->plan != NULL && sk_plan_is_adopted (self->plan));
  if (self->plan != NULL && sk_plan_is_adopted (self->plan))
    {
      g_autofree char *note = g_strdup_printf (_("The plan for %d is adopted: its indicators and targets "
                                                 "can no longer be changed. Copy the plan to a new year "
                                                 "to change them."), self->year);
      gtk_label_set_label (self->lock_label, note);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.new", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.save", editable && self->current != NULL);
}

static guint
unit_position (SkIndicatorsView *self,
               gint64            unit_id)
{
  for (guint i = 0; self->unit_ids && i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      return i;
  return 0;
}

static void
editor_load (SkIndicatorsView *self)
{
  SkIndicator *ind = self->current;
  SkTarget *target;
  g_autofree char *heading = NULL;

  if (ind == NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
      adw_leaflet_set_visible_child_name (self->leaflet, "list");
      update_sensitivity (self);
      return;
    }
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), sk_indicator_get_name (ind));
  adw_combo_row_set_selected (self->perspective_row, sk_indicator_get_perspective (ind));
  gtk_editable_set_text (GTK_EDITABLE (self->measure_unit_row), sk_indicator_get_measure_unit (ind));
  adw_combo_row_set_selected (self->direction_row, sk_indicator_get_direction (ind));
  adw_combo_row_set_selected (self->responsible_row,
                              unit_position (self, sk_indicator_get_responsible_unit_id (ind)));
  adw_combo_row_set_selected (self->frequency_row, sk_indicator_get_frequency (ind));
  adw_combo_row_set_selected (self->aggregation_row, sk_indicator_get_aggregation (ind));
  gtk_switch_set_active (self->r12_switch, sk_indicator_get_r12 (ind));
  gtk_spin_button_set_value (self->tolerance_spin, sk_indicator_get_tolerance (ind) * 100.0);
  target = sk_indicators_view_target_of (self, ind);
  gtk_editable_set_text (GTK_EDITABLE (self->target_entry), target ? sk_target_get_text (target) : "");
  /* Translators: the heading of the target entry, with the plan year. */
  heading = g_strdup_printf (_("_Target for %d"), self->year);
  gtk_label_set_label (self->target_heading, heading);
  update_target_description (self);
  self->loading = FALSE;
  self->dirty = FALSE;
  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
  sk_indicators_view_load_history (self);
  update_sensitivity (self);
}

static void
on_field_changed (SkIndicatorsView *self)
{
  if (!self->loading)
    self->dirty = TRUE;
}

static void
on_target_changed (SkIndicatorsView *self)
{
  update_target_description (self);
  on_field_changed (self);
}

static void
on_direction_changed (SkIndicatorsView *self)
{
  update_target_description (self);
  sk_indicators_view_on_choice_changed (self);
}

static void
on_editor_activate (SkIndicatorsView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "indicators.save", NULL);
}

/* Writes the editor into the indicator and the year's target, in one
 * transaction. The target is stored exactly as typed, measurable or not. */
gboolean
sk_indicators_view_save_editor (SkIndicatorsView *self)
{
  g_autoptr(SkIndicator) ind = NULL;
  g_autofree char *target = NULL;
  g_autoptr(GError) error = NULL;
  guint responsible;

  if (self->current == NULL || !sk_indicators_view_is_editable (self) || self->store == NULL)
    return FALSE;

  ind = g_object_ref (self->current);
  target = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->target_entry)));
  responsible = adw_combo_row_get_selected (self->responsible_row);
  sk_indicator_set_name (ind, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  sk_indicator_set_perspective (ind, adw_combo_row_get_selected (self->perspective_row));
  sk_indicator_set_measure_unit (ind, gtk_editable_get_text (GTK_EDITABLE (self->measure_unit_row)));
  sk_indicator_set_direction (ind, adw_combo_row_get_selected (self->direction_row));
  sk_indicator_set_responsible_unit_id (ind, responsible < self->unit_ids->len
                                             ? g_array_index (self->unit_ids, gint64, responsible) : 0);
  sk_indicator_set_frequency (ind, adw_combo_row_get_selected (self->frequency_row));
  sk_indicator_set_aggregation (ind, adw_combo_row_get_selected (self->aggregation_row));
  sk_indicator_set_r12 (ind, gtk_switch_get_active (self->r12_switch));
  sk_indicator_set_tolerance (ind, gtk_spin_button_get_value (self->tolerance_spin) / 100.0);

  self->dirty = FALSE;
  if (!sk_store_begin (self->store, &error)
      || !sk_store_save_indicator (self->store, ind, &error)
      || !sk_store_set_target (self->store, sk_record_get_id (SK_RECORD (ind)), self->year, target, &error)
      || !sk_store_commit (self->store, &error))
    {
      sk_store_rollback (self->store);
      self->dirty = TRUE;
      sk_file_notice_toast_action (GTK_WIDGET (self), error, "indicators.save");
      return FALSE;
    }
  return TRUE;
}

static void
flush_edits (SkIndicatorsView *self)
{
  if (self->dirty)
    sk_indicators_view_save_editor (self);
}

/* ---- Selection ---- */

static gboolean
select_id (SkIndicatorsView *self,
           gint64            id)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (!sk_indicators_view_is_header (item) && sk_record_get_id (SK_RECORD (item)) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

static void
on_selection_changed (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      SkIndicatorsView   *self)
{
  gpointer item = gtk_single_selection_get_selected_item (selection);

  if (self->loading)
    return;
  if (item == NULL || sk_indicators_view_is_header (item))
    {
      flush_edits (self);
      self->selected_id = 0;
      g_clear_object (&self->current);
      editor_load (self);
      return;
    }
  if (sk_record_get_id (SK_RECORD (item)) == self->selected_id)
    return;

  /* The new choice first: saving the previous indicator refreshes the
   * table, which then keeps this row selected. */
  self->selected_id = sk_record_get_id (SK_RECORD (item));
  flush_edits (self);
  item = gtk_single_selection_get_selected_item (selection);
  if (item == NULL || sk_indicators_view_is_header (item))
    return;
  g_set_object (&self->current, SK_INDICATOR (item));
  editor_load (self);
}

/* ---- Loading ---- */

static void
fill_units (SkIndicatorsView *self)
{
  g_autoptr(GListModel) units = sk_store_list_units (self->store);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GString) signature = g_string_new (NULL);
  gint64 none = 0;

  g_hash_table_remove_all (self->units);
  g_array_set_size (self->unit_ids, 0);
  g_array_append_val (self->unit_ids, none);
  gtk_string_list_append (names, _("None"));
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);
      gint64 id = sk_record_get_id (SK_RECORD (unit));

      g_hash_table_insert (self->units, g_memdup2 (&id, sizeof id), g_object_ref (unit));
      g_array_append_val (self->unit_ids, id);
      gtk_string_list_append (names, sk_unit_get_name (unit));
      g_string_append_printf (signature, "%" G_GINT64_FORMAT ":%s\n", id, sk_unit_get_name (unit));
    }
  /* A new model would reset a unit being chosen: only when units changed. */
  if (g_strcmp0 (signature->str, self->units_signature) == 0)
    return;
  g_free (self->units_signature);
  self->units_signature = g_string_free (g_steal_pointer (&signature), FALSE);
  adw_combo_row_set_model (self->responsible_row, G_LIST_MODEL (names));
}

static void
update_summary (SkIndicatorsView *self,
                guint             n)
{
  g_autofree char *text = NULL;

  /* Translators: "25 indicators in the register for 2025" */
  text = g_strdup_printf (g_dngettext (NULL, "%u indicator in the register for %d",
                                       "%u indicators in the register for %d", n), n, self->year);
  gtk_label_set_label (self->summary_label, text);
}

static void
reload (SkIndicatorsView *self)
{
  g_autoptr(GListModel) indicators = NULL;
  gboolean found;

  g_clear_object (&self->plan);
  g_hash_table_remove_all (self->targets);
  if (self->store != NULL && self->year > 0)
    self->plan = sk_store_get_plan (self->store, self->year);

  self->loading = TRUE;
  if (self->plan != NULL)
    {
      fill_units (self);
      indicators = sk_store_list_indicators (self->store, self->year);
    }
  sk_indicators_view_fill_register (self, indicators);
  found = self->selected_id != 0 && select_id (self, self->selected_id);
  self->loading = FALSE;

  gtk_stack_set_visible_child_name (self->stack, self->plan ? "register" : "empty");
  update_summary (self, indicators ? g_list_model_get_n_items (indicators) : 0);
  if (!found)
    {
      self->selected_id = 0;
      self->dirty = FALSE;
      g_clear_object (&self->current);
      editor_load (self);
      return;
    }
  g_set_object (&self->current, gtk_single_selection_get_selected_item (self->selection));
  /* Edits in progress survive a change made elsewhere. */
  if (!self->dirty)
    editor_load (self);
  else
    update_sensitivity (self);
}

static void
on_store_changed (SkStore          *store,
                  const char       *table,
                  SkIndicatorsView *self)
{
  reload (self);
}

/* ---- Actions ---- */

static void
save_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  sk_indicators_view_save_editor (SK_INDICATORS_VIEW (widget));
}

static SkIndicator *
new_indicator (SkIndicatorsView *self,
               GError          **error)
{
  g_autoptr(SkIndicator) ind = sk_indicator_new ();
  SkPerspective perspective = self->current ? sk_indicator_get_perspective (self->current)
                                            : SK_PERSPECTIVE_TARGET_GROUP;

  sk_indicator_set_perspective (ind, perspective);
  sk_indicator_set_direction (ind, SK_DIRECTION_HIGHER);
  sk_indicator_set_frequency (ind, SK_FREQUENCY_MONTH);
  sk_indicator_set_aggregation (ind, SK_AGGREGATION_MEAN);
  sk_indicator_set_tolerance (ind, 0.05);
  /* Names are unique: number the new one when the plain name is taken. */
  for (int n = 1; n < 1000; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (_("New indicator"))
                                     : g_strdup_printf (_("New indicator %d"), n);
      g_autoptr(SkIndicator) other = sk_store_find_indicator (self->store, name, NULL);

      if (other != NULL && g_strcmp0 (sk_indicator_get_name (other), name) == 0)
        continue;
      sk_indicator_set_name (ind, name);
      break;
    }
  if (!sk_store_save_indicator (self->store, ind, error))
    return NULL;
  return g_steal_pointer (&ind);
}

static void
new_action (GtkWidget  *widget,
            const char *action,
            GVariant   *param)
{
  SkIndicatorsView *self = SK_INDICATORS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) ind = NULL;

  if (!sk_indicators_view_is_editable (self))
    return;
  flush_edits (self);
  if (!sk_store_begin (self->store, &error)
      || (ind = new_indicator (self, &error)) == NULL
      || !sk_store_add_to_register (self->store, sk_record_get_id (SK_RECORD (self->plan)),
                                    sk_record_get_id (SK_RECORD (ind)), &error))
    {
      sk_store_rollback (self->store);
      sk_view_toast (widget, error->message);
      return;
    }
  self->selected_id = sk_record_get_id (SK_RECORD (ind));
  self->dirty = FALSE;
  if (!sk_store_commit (self->store, &error))
    {
      sk_store_rollback (self->store);
      sk_view_toast (widget, error->message);
      return;
    }
  reload (self);
  show_editor_page (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
select_action (GtkWidget  *widget,
               const char *action,
               GVariant   *param)
{
  SkIndicatorsView *self = SK_INDICATORS_VIEW (widget);

  select_id (self, g_variant_get_int64 (param));
}

/* ---- GObject ---- */

static void
set_store (SkIndicatorsView *self,
           SkStore          *store)
{
  if (self->store == store)
    return;
  sk_view_replace_store (self, &self->store, store, G_CALLBACK (on_store_changed));
  self->selected_id = 0;
  self->dirty = FALSE;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
set_year (SkIndicatorsView *self,
          int               year)
{
  if (self->year == year)
    return;
  flush_edits (self);
  self->year = year;
  self->dirty = FALSE;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

static void
sk_indicators_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SkIndicatorsView *self = SK_INDICATORS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_indicators_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SkIndicatorsView *self = SK_INDICATORS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;
    case PROP_YEAR:
      set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_indicators_view_dispose (GObject *object)
{
  SkIndicatorsView *self = SK_INDICATORS_VIEW (object);

  /* A window closed with an edit in the side panel keeps it. */
  sk_indicators_view_flush_on_close (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->items);
  g_clear_object (&self->selection);
  g_clear_object (&self->group_sorter);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);
  g_clear_object (&self->current);

  G_OBJECT_CLASS (sk_indicators_view_parent_class)->dispose (object);
}

static void
sk_indicators_view_finalize (GObject *object)
{
  SkIndicatorsView *self = SK_INDICATORS_VIEW (object);

  g_hash_table_unref (self->targets);
  g_hash_table_unref (self->units);
  g_array_unref (self->unit_ids);
  g_free (self->units_signature);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sk_indicators_view_parent_class)->finalize (object);
}

static void
sk_indicators_view_class_init (SkIndicatorsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sk_indicators_view_get_property;
  object_class->set_property = sk_indicators_view_set_property;
  object_class->dispose = sk_indicators_view_dispose;
  object_class->finalize = sk_indicators_view_finalize;
  widget_class->focus = sk_indicators_view_focus;
  sk_view_install_properties (object_class, properties, N_PROPS, PROP_STORE, PROP_YEAR, 9999);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styrkort/Styrkort/sk-indicators-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, stack);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, back_bar);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, lock_note);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, lock_label);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, target_heading);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, target_entry);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, target_warning);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, target_description);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, structure_group);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, name_row);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, perspective_row);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, measure_unit_row);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, direction_row);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, responsible_row);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, frequency_row);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, aggregation_row);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, r12_switch);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, tolerance_spin);
  gtk_widget_class_bind_template_child (widget_class, SkIndicatorsView, history_group);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_target_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_direction_changed);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_choice_changed",
                                                G_CALLBACK (sk_indicators_view_on_choice_changed));
  gtk_widget_class_bind_template_callback (widget_class, on_editor_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed);

  gtk_widget_class_install_action (widget_class, "indicators.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "indicators.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "indicators.select", "x", select_action);
  gtk_widget_class_install_action (widget_class, "indicators.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "indicators.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "indicators.save", NULL);
}

static GtkStringList *
string_list (const char * const *labels)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, labels[i]);
  return list;
}

static void
fill_choices (SkIndicatorsView *self)
{
  const char *perspectives[SK_N_PERSPECTIVES + 1] = { NULL };
  const char *directions[] = { _("Higher value"), _("Lower value"), NULL };
  const char *frequencies[] = { sk_frequency_label (SK_FREQUENCY_MONTH), sk_frequency_label (SK_FREQUENCY_TERTIAL),
                                sk_frequency_label (SK_FREQUENCY_YEAR), NULL };
  const char *aggregations[] = { _("Sum"), _("Mean"), _("Latest value"), _("Ratio (numerators / denominators)"), NULL };
  g_autoptr(GtkStringList) p = NULL, d = NULL, f = NULL, a = NULL;

  for (SkPerspective i = 0; i < SK_N_PERSPECTIVES; i++)
    perspectives[i] = sk_perspective_label (i);
  p = string_list (perspectives);
  d = string_list (directions);
  f = string_list (frequencies);
  a = string_list (aggregations);
  adw_combo_row_set_model (self->perspective_row, G_LIST_MODEL (p));
  adw_combo_row_set_model (self->direction_row, G_LIST_MODEL (d));
  adw_combo_row_set_model (self->frequency_row, G_LIST_MODEL (f));
  adw_combo_row_set_model (self->aggregation_row, G_LIST_MODEL (a));
  sk_a11y_name_combo_items (self->perspective_row);
  sk_a11y_name_combo_items (self->direction_row);
  sk_a11y_name_combo_items (self->responsible_row);
  sk_a11y_name_combo_items (self->frequency_row);
  sk_a11y_name_combo_items (self->aggregation_row);
}

/* The tolerance in Swedish: "5,5", whatever the locale. */
static gboolean
on_tolerance_output (GtkSpinButton *spin)
{
  g_autofree char *text = sk_format_number (gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin)), 1);

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_tolerance_input (GtkSpinButton *spin,
                    double        *value)
{
  if (!sk_parse_number (gtk_editable_get_text (GTK_EDITABLE (spin)), value))
    return GTK_INPUT_ERROR;
  return TRUE;
}

static void
sk_indicators_view_init (SkIndicatorsView *self)
{
  self->targets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (Column c = 0; c < N_COLS; c++)
    self->columns[c] = (ColumnData) { self, c };

  gtk_widget_init_template (GTK_WIDGET (self));
  sk_review_flag_attach_below (GTK_WIDGET (self->target_description));
  self->loading = TRUE;
  fill_choices (self);
  self->loading = FALSE;
  g_signal_connect (self->tolerance_spin, "output", G_CALLBACK (on_tolerance_output), NULL);
  g_signal_connect (self->tolerance_spin, "input", G_CALLBACK (on_tolerance_input), NULL);
  build_table (self);
  reload (self);
  on_folded_changed (self);
}

GtkWidget *
sk_indicators_view_new (void)
{
  return g_object_new (SK_TYPE_INDICATORS_VIEW, NULL);
}
