/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-outcomes-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sk-a11y.h"
#include "sk-file-notice.h"
#include "sk-format.h"
#include "sk-outcomes-view-private.h"

/*
 * Utfall: indicators down, months across, for one unit and one year.
 * The grid keeps its widgets while the data changes (a refresh only
 * rewrites texts), so focus, scroll and an edit in progress survive
 * changes from this and other programs. Only the current cell is
 * focusable (a roving tab stop): Tab from outside lands on it, arrows
 * move it.
 *
 * The header row and the name column live in scrolled windows of their
 * own that follow the body's adjustments, so they stay in sight however
 * far the body is scrolled. Size groups keep the columns and rows of the
 * separate grids the same size.
 */

enum {
  PROP_0,
  PROP_STORE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkOutcomesView, sk_outcomes_view, ADW_TYPE_BIN)

/* ---- Loading ---- */

static char *
unit_name (SkUnit *unit)
{
  return g_strdup (unit != NULL ? sk_unit_get_name (unit) : "");
}

static gboolean
same_units (GListModel *a,
            GListModel *b)
{
  guint n = a != NULL ? g_list_model_get_n_items (a) : 0;

  if (a == NULL || n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkUnit) x = g_list_model_get_item (a, i);
      g_autoptr(SkUnit) y = g_list_model_get_item (b, i);

      if (sk_record_get_id (SK_RECORD (x)) != sk_record_get_id (SK_RECORD (y))
          || g_strcmp0 (sk_unit_get_name (x), sk_unit_get_name (y)) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
reload_units (SkOutcomesView *self)
{
  g_autoptr(GListModel) units = NULL;
  guint n, chosen = 0;

  units = self->store != NULL ? sk_store_list_units (self->store)
                              : G_LIST_MODEL (g_list_store_new (SK_TYPE_UNIT));
  if (same_units (self->units, units))
    return;
  g_set_object (&self->units, units);
  n = g_list_model_get_n_items (units);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);

      if (sk_record_get_id (SK_RECORD (unit)) == self->unit_id)
        chosen = i;
    }
  self->updating_units = TRUE;
  gtk_drop_down_set_model (self->unit_dropdown, units);
  if (n > 0)
    gtk_drop_down_set_selected (self->unit_dropdown, chosen);
  self->updating_units = FALSE;
  if (n > 0)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, chosen);

      self->unit_id = sk_record_get_id (SK_RECORD (unit));
    }
  else
    self->unit_id = 0;
}

/* The indicators the unit reports: those it is responsible for and
 * those it has figures for in the year. A unit with neither yet (a new
 * one) sees them all, so it has somewhere to start. */
static GListModel *
reported_indicators (SkOutcomesView *self,
                     GListModel     *all)
{
  g_autofree char *from = sk_period_make (self->year, 1);
  g_autofree char *to = sk_period_make (self->year, 12);
  /* One query for the unit, not one per indicator. */
  g_autoptr(GHashTable) with_figures = sk_store_list_outcome_indicator_ids (self->store, self->unit_id, from, to);
  GListStore *shown = g_list_store_new (SK_TYPE_INDICATOR);
  guint n = g_list_model_get_n_items (all);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (all, i);
      gint64 id = sk_record_get_id (SK_RECORD (ind));

      if (sk_indicator_get_responsible_unit_id (ind) == self->unit_id || g_hash_table_contains (with_figures, &id))
        g_list_store_append (shown, ind);
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (shown)) == 0)
    {
      g_object_unref (shown);
      return g_object_ref (all);
    }
  return G_LIST_MODEL (shown);
}

static void
reload (SkOutcomesView *self)
{
  g_autoptr(GListModel) indicators = NULL;

  if (self->store == NULL || self->year <= 0)
    {
      sk_outcomes_view_cancel_edit (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  indicators = sk_store_list_indicators (self->store, self->year);
  if (g_list_model_get_n_items (indicators) == 0 || self->unit_id <= 0)
    {
      sk_outcomes_view_cancel_edit (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (!gtk_switch_get_active (self->show_all_switch))
    {
      GListModel *reported = reported_indicators (self, indicators);

      g_object_unref (indicators);
      indicators = reported;
    }
  if (!sk_outcomes_view_same_indicators (self, indicators))
    sk_outcomes_view_rebuild (self, indicators);
  sk_outcomes_view_update_content (self);
  if (!self->place_chosen)
    sk_outcomes_view_start_at_latest (self);
  gtk_stack_set_visible_child_name (self->stack, "grid");
}

static void
on_store_changed (SkOutcomesView *self,
                  const char     *table)
{
  if (g_strcmp0 (table, "outcome") != 0)
    reload_units (self);
  reload (self);
}

static gboolean
focus_in (GtkWidget *self,
          GtkWidget *ancestor)
{
  GtkRoot *root = gtk_widget_get_root (self);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == ancestor || gtk_widget_is_ancestor (focus, ancestor));
}

static gboolean
focus_grid_later (gpointer data)
{
  SkOutcomesView *self = data;
  SkOutcomeCell *cell = sk_outcomes_view_current_cell (self);

  self->focus_idle = 0;
  if (cell != NULL && gtk_widget_get_mapped (GTK_WIDGET (cell)))
    gtk_widget_grab_focus (GTK_WIDGET (cell));
  return G_SOURCE_REMOVE;
}

/* A unit chosen in the list, the shown one too: on to the grid. */
static void
on_unit_activated (SkOutcomesView *self)
{
  if (self->focus_idle == 0)
    self->focus_idle = g_idle_add_full (G_PRIORITY_LOW, focus_grid_later, self, NULL);
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
on_unit_selected (SkOutcomesView *self)
{
  guint pos = gtk_drop_down_get_selected (self->unit_dropdown);
  g_autoptr(SkUnit) unit = NULL;

  if (self->updating_units || self->units == NULL || pos == GTK_INVALID_LIST_POSITION)
    return;
  unit = g_list_model_get_item (self->units, pos);
  if (unit == NULL || sk_record_get_id (SK_RECORD (unit)) == self->unit_id)
    return;
  sk_outcomes_view_cancel_edit (self);
  sk_outcomes_view_hide_error (self);
  self->unit_id = sk_record_get_id (SK_RECORD (unit));
  reload (self);
  /* Chosen in the list: the next keys are for the grid. The list closes
   * after this and gives the focus back to the button, so move it later. */
  if (focus_in (GTK_WIDGET (self), GTK_WIDGET (self->unit_dropdown)) && self->focus_idle == 0)
    self->focus_idle = g_idle_add_full (G_PRIORITY_LOW, focus_grid_later, self, NULL);
}

static void
on_show_all (SkOutcomesView *self)
{
  sk_outcomes_view_cancel_edit (self);
  reload (self);
}

/* ---- Width ---- */

/* The names take the width the months and the year to date leave, so
 * a wide window shows them whole; in a narrow one the months scroll. */
#define NAME_MIN_PX 150
#define NAME_MAX_PX 560

static gboolean
apply_name_width (gpointer data)
{
  SkOutcomesView *self = data;

  self->fit_idle = 0;
  for (guint i = 0; i < self->rows->len; i++)
    gtk_widget_set_size_request (((Row *) g_ptr_array_index (self->rows, i))->name, self->name_px, -1);
  return G_SOURCE_REMOVE;
}

static void
fit_names (SkOutcomesView *self)
{
  GtkAdjustment *hadj = gtk_scrolled_window_get_hadjustment (self->scroller);
  int spare, want;

  if (self->rows->len == 0 || !gtk_widget_get_mapped (GTK_WIDGET (self->scroller)))
    return;
  /* What the months leave free beside them, or lack (then they scroll). */
  if (gtk_adjustment_get_upper (hadj) > gtk_adjustment_get_page_size (hadj) + 0.5)
    spare = (int) floor (gtk_adjustment_get_page_size (hadj) - gtk_adjustment_get_upper (hadj));
  else
    spare = (int) gtk_adjustment_get_page_size (hadj) - gtk_widget_get_width (GTK_WIDGET (self->grid));
  want = CLAMP (self->name_px + spare, NAME_MIN_PX, NAME_MAX_PX);
  /* Not while laying out: the next frame takes the new width. */
  if (ABS (want - self->name_px) > 2 && self->fit_idle == 0)
    {
      self->name_px = want;
      self->fit_idle = g_idle_add (apply_name_width, self);
    }
}

/* The view lays out its child as AdwBin does, then fits the names. */
static void
view_measure (GtkWidget      *widget,
              GtkOrientation  orientation,
              int             for_size,
              int            *minimum,
              int            *natural,
              int            *minimum_baseline,
              int            *natural_baseline)
{
  *minimum = *natural = 0;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (!GTK_IS_POPOVER (c) && gtk_widget_should_layout (c))
      {
        int min = 0, nat = 0;

        gtk_widget_measure (c, orientation, for_size, &min, &nat, NULL, NULL);
        *minimum = MAX (*minimum, min);
        *natural = MAX (*natural, nat);
      }
}

static void
view_allocate (GtkWidget *widget,
               int        width,
               int        height,
               int        baseline)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      /* The popovers (cell menu, prompt, error) follow their cell. */
      if (GTK_IS_POPOVER (c))
        gtk_popover_present (GTK_POPOVER (c));
      else if (gtk_widget_should_layout (c))
        gtk_widget_allocate (c, width, height, baseline, NULL);
    }
  fit_names (SK_OUTCOMES_VIEW (widget));
}

/* ---- Public API ---- */

GtkWidget *
sk_outcomes_view_new (void)
{
  return g_object_new (SK_TYPE_OUTCOMES_VIEW, NULL);
}

SkStore *
sk_outcomes_view_get_store (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  return self->store;
}

void
sk_outcomes_view_set_store (SkOutcomesView *self,
                            SkStore        *store)
{
  g_return_if_fail (SK_IS_OUTCOMES_VIEW (self));
  g_return_if_fail (store == NULL || SK_IS_STORE (store));

  if (self->store == store)
    return;
  sk_outcomes_view_cancel_edit (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_queue_clear_full (&self->undo, sk_outcomes_view_change_free);
  g_queue_clear_full (&self->redo, sk_outcomes_view_change_free);
  sk_outcomes_view_update_history_actions (self);
  sk_file_notice_lock_view (GTK_WIDGET (self), NULL, store, (const char *[]) {
    "outcomes.edit", "outcomes.type", "outcomes.clear", "outcomes.mark-missing", "outcomes.comment", NULL });
  gtk_widget_set_visible (self->edit_hint, !sk_file_notice_read_only (store));
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  reload_units (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

int
sk_outcomes_view_get_year (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), 0);
  return self->year;
}

void
sk_outcomes_view_set_year (SkOutcomesView *self,
                           int             year)
{
  g_return_if_fail (SK_IS_OUTCOMES_VIEW (self));

  if (self->year == year)
    return;
  self->year = year;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

gint64
sk_outcomes_view_get_unit (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), 0);
  return self->unit_id;
}

gboolean
sk_outcomes_view_set_unit (SkOutcomesView *self,
                           gint64          unit_id)
{
  guint n;

  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), FALSE);

  n = self->units != NULL ? g_list_model_get_n_items (self->units) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (self->units, i);

      if (sk_record_get_id (SK_RECORD (unit)) == unit_id)
        {
          gtk_drop_down_set_selected (self->unit_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
sk_outcomes_view_get_show_all (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), FALSE);
  return gtk_switch_get_active (self->show_all_switch);
}

void
sk_outcomes_view_set_show_all (SkOutcomesView *self,
                               gboolean        show_all)
{
  g_return_if_fail (SK_IS_OUTCOMES_VIEW (self));
  gtk_switch_set_active (self->show_all_switch, show_all);
}

gboolean
sk_outcomes_view_focus_cell (SkOutcomesView *self,
                             gint64          indicator_id,
                             guint           column)
{
  guint index;

  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), FALSE);

  if (column >= N_CELLS || sk_outcomes_view_find_row (self, indicator_id, &index) == NULL)
    return FALSE;
  if (self->editing && (index != self->cur_row || column != self->cur_col))
    sk_outcomes_view_cancel_edit (self);
  self->place_chosen = TRUE;
  sk_outcomes_view_move_to (self, index, column, TRUE);
  return TRUE;
}

gboolean
sk_outcomes_view_get_focus (SkOutcomesView *self,
                            gint64         *indicator_id,
                            guint          *column)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), FALSE);

  if (sk_outcomes_view_current_row (self) == NULL)
    return FALSE;
  if (indicator_id != NULL)
    *indicator_id = self->place_indicator_id;
  if (column != NULL)
    *column = self->cur_col;
  return TRUE;
}

static SkOutcomeCell *
cell_for (SkOutcomesView *self,
          gint64          indicator_id,
          guint           column)
{
  Row *row = sk_outcomes_view_find_row (self, indicator_id, NULL);

  return row != NULL && column < N_CELLS ? SK_OUTCOME_CELL (row->cells[column]) : NULL;
}

const char *
sk_outcomes_view_get_cell_text (SkOutcomesView *self,
                                gint64          indicator_id,
                                guint           column)
{
  SkOutcomeCell *cell;

  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  cell = cell_for (self, indicator_id, column);
  return cell != NULL ? sk_outcome_cell_get_text (cell) : NULL;
}

const char *
sk_outcomes_view_get_cell_label (SkOutcomesView *self,
                                 gint64          indicator_id,
                                 guint           column)
{
  SkOutcomeCell *cell;

  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  cell = cell_for (self, indicator_id, column);
  return cell != NULL ? sk_outcome_cell_get_label (cell) : NULL;
}

GtkWidget *
sk_outcomes_view_get_editor (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  return self->editing ? self->editor : NULL;
}

GtkWidget *
sk_outcomes_view_get_prompt (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  return gtk_widget_get_visible (self->prompt) ? self->prompt_entry : NULL;
}

const char *
sk_outcomes_view_get_error (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  return gtk_label_get_text (self->error_label);
}

/* ---- GObject ---- */

static void
sk_outcomes_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (object);

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
sk_outcomes_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sk_outcomes_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_YEAR:
      sk_outcomes_view_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_outcomes_view_dispose (GObject *object)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (object);

  sk_outcomes_view_finish_edit (self, FALSE);
  g_clear_handle_id (&self->focus_idle, g_source_remove);
  g_clear_handle_id (&self->fit_idle, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_pointer (&self->prompt, gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_object (&self->edit_read);
  sk_outcomes_view_tip_dispose (self);
  if (self->error_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->error_popover));
  /* The stack is both AdwBin's child and a template child: let go once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_OUTCOMES_VIEW);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->editor);
  g_clear_object (&self->store);
  g_clear_object (&self->units);
  g_queue_clear_full (&self->undo, sk_outcomes_view_change_free);
  g_queue_clear_full (&self->redo, sk_outcomes_view_change_free);

  G_OBJECT_CLASS (sk_outcomes_view_parent_class)->dispose (object);
}

static void
sk_outcomes_view_class_init (SkOutcomesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_outcomes_view_dispose;
  object_class->get_property = sk_outcomes_view_get_property;
  object_class->set_property = sk_outcomes_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styrkort/Styrkort/sk-outcomes-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, stack);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, fictional_label);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, grid);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, corner_grid);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, header_grid);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, ytd_grid);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, ytd_corner_grid);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, ytd_scroller);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, ytd_header_scroller);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, corner_scroller);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, names_grid);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, header_scroller);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, names_scroller);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, error_popover);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, error_label);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, edit_hint);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, place_label);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, cell_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_selected);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, show_all_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_show_all);

  sk_outcomes_view_edit_class_init (widget_class);
  sk_outcomes_view_paste_class_init (widget_class);
}

static void
sk_outcomes_view_init (SkOutcomesView *self)
{
  GtkExpression *expression;

  self->rows = g_ptr_array_new_with_free_func (sk_outcomes_view_row_free);
  self->name_px = NAME_MIN_PX;
  gtk_widget_set_layout_manager (GTK_WIDGET (self), gtk_custom_layout_new (NULL, view_measure, view_allocate));
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->error_popover), GTK_WIDGET (self));
  sk_outcomes_view_grid_init (self);
  sk_outcomes_view_tip_init (self);

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (unit_name), NULL, NULL);
  gtk_drop_down_set_expression (self->unit_dropdown, expression);
  gtk_expression_unref (expression);
  sk_a11y_name_dropdown (self->unit_dropdown, _("Unit"));

  sk_outcomes_view_edit_init (self);
  /* The drop-down's list: Enter or a click there chooses a unit. */
  {
    GtkWidget *list = find_descendant (GTK_WIDGET (self->unit_dropdown), GTK_TYPE_LIST_VIEW);

    if (list != NULL)
      g_signal_connect_object (list, "activate", G_CALLBACK (on_unit_activated), self, G_CONNECT_SWAPPED);
  }

  sk_outcomes_view_update_history_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}
