/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sk-a11y.h"
#include "sk-chart-widget.h"
#include "sk-charts-view.h"
#include "sk-charts-view-private.h"
#include "sk-format.h"
#include "sk-view-util.h"


enum {
  PROP_0,
  PROP_STORE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkChartsView, sk_charts_view, ADW_TYPE_BIN)

static void rebuild_detail (SkChartsView *self);

/* ---- Choosers ---- */

static SkChartArea *
selected_area (SkChartsView *self)
{
  guint pos = gtk_drop_down_get_selected (self->area_dropdown);

  if (self->areas == NULL || pos >= g_list_model_get_n_items (self->areas))
    return NULL;
  return g_list_model_get_item (self->areas, pos);
}

/* 0: each indicator's responsible unit. */
static gint64
selected_unit (SkChartsView *self)
{
  guint pos = gtk_drop_down_get_selected (self->unit_dropdown);
  g_autoptr(SkUnit) unit = NULL;

  if (self->units == NULL || pos == 0 || pos == GTK_INVALID_LIST_POSITION ||
      pos > g_list_model_get_n_items (self->units))
    return 0;
  unit = g_list_model_get_item (self->units, pos - 1);
  return sk_record_get_id (SK_RECORD (unit));
}

static void
fill_string_list (GtkStringList *list,
                  GPtrArray     *labels)
{
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                          (const char * const *) labels->pdata);
}

/* Keeps the chosen area (by kind and id) across reloads. */
static void
reload_areas (SkChartsView *self)
{
  g_autoptr(SkChartArea) old = selected_area (self);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint chosen = 0, n;

  g_clear_object (&self->areas);
  self->areas = self->store ? sk_chart_area_list (self->store, self->year, TRUE)
                            : G_LIST_MODEL (g_list_store_new (SK_TYPE_CHART_AREA));
  n = g_list_model_get_n_items (self->areas);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkChartArea) area = g_list_model_get_item (self->areas, i);

      if (old != NULL && sk_chart_area_get_kind (area) == sk_chart_area_get_kind (old) &&
          sk_chart_area_get_id (area) == sk_chart_area_get_id (old))
        chosen = i;
      g_ptr_array_add (labels, (gpointer) sk_chart_area_get_title (area));
    }
  self->updating = TRUE;
  fill_string_list (self->area_names, labels);
  if (n > 0)
    gtk_drop_down_set_selected (self->area_dropdown, chosen);
  self->updating = FALSE;
}

static void
reload_units (SkChartsView *self)
{
  gint64 old = selected_unit (self);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint chosen = 0;

  g_clear_object (&self->units);
  self->units = self->store ? sk_store_list_units (self->store)
                            : G_LIST_MODEL (g_list_store_new (SK_TYPE_UNIT));
  g_ptr_array_add (labels, (gpointer) _("Responsible unit"));
  for (guint i = 0; i < g_list_model_get_n_items (self->units); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (self->units, i);

      if (sk_record_get_id (SK_RECORD (unit)) == old)
        chosen = i + 1;
      g_ptr_array_add (labels, (gpointer) sk_unit_get_name (unit));
    }
  self->updating = TRUE;
  fill_string_list (self->unit_names, labels);
  gtk_drop_down_set_selected (self->unit_dropdown, chosen);
  self->updating = FALSE;
}

/* ---- Fictional notice ---- */

static void
show_notice (GtkWidget *box,
             GtkLabel  *label,
             gboolean   fictional)
{
  g_autofree char *markup = NULL;

  gtk_widget_set_visible (box, fictional);
  if (!fictional)
    return;
  markup = g_markup_printf_escaped ("<b>%s</b>: %s", _("Fictional outcomes"),
                                    _("some values shown are generated example figures, not real outcomes."));
  gtk_label_set_markup (label, markup);
}

gboolean
sk_charts_view_get_fictional_shown (SkChartsView *self)
{
  g_return_val_if_fail (SK_IS_CHARTS_VIEW (self), FALSE);
  return gtk_widget_get_visible (self->fictional_notice) ||
         (sk_charts_view_get_detail_shown (self) && gtk_widget_get_visible (self->detail_notice));
}

/* ---- Dashboard ---- */

static void
first_last_year (SkChartsView *self,
                 int          *first,
                 int          *last)
{
  int n = gtk_spin_button_get_value_as_int (self->years_spin);

  *last = self->year;
  *first = self->year - MAX (n, 1) + 1;
}

static void open_detail (SkChartsView *self, guint index);

static void
on_small_chart_activate (SkChartWidget *chart,
                         SkChartsView  *self)
{
  open_detail (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chart), "index")));
}

static GtkWidget *
make_card (SkChartsView *self,
           SkChartItem  *item,
           guint         index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *name = gtk_label_new (sk_indicator_get_name (item->indicator));
  g_autofree char *status_text = sk_chart_item_latest_text (item);
  GtkWidget *status = gtk_label_new (status_text);
  GtkWidget *chart = sk_chart_widget_new (item->series, TRUE);
  GtkWidget *child = gtk_flow_box_child_new ();

  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR); /* whole, never cut */
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  /* A wrapped label asks for its whole text as natural width: cap it, so
   * several cards fit on a line. */
  gtk_label_set_max_width_chars (GTK_LABEL (name), 28);
  gtk_label_set_width_chars (GTK_LABEL (name), 20);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_set_tooltip_text (name, sk_indicator_get_name (item->indicator));
  gtk_label_set_xalign (GTK_LABEL (status), 0);
  gtk_label_set_wrap (GTK_LABEL (status), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (status), 28);
  gtk_widget_add_css_class (status, sk_view_status_class (item->status));
  gtk_widget_set_vexpand (chart, TRUE);
  g_object_set_data (G_OBJECT (chart), "index", GUINT_TO_POINTER (index));
  g_signal_connect (chart, "activate", G_CALLBACK (on_small_chart_activate), self);

  for (GtkWidget *w = name; w != NULL; w = w == name ? status : NULL)
    {
      gtk_widget_set_margin_start (w, 12);
      gtk_widget_set_margin_end (w, 12);
    }
  gtk_widget_set_margin_top (name, 10);
  gtk_widget_set_margin_bottom (chart, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), status);
  gtk_box_append (GTK_BOX (box), chart);
  gtk_widget_add_css_class (box, "card");

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);
  /* The chart takes the focus: one stop per card. */
  gtk_widget_set_focusable (child, FALSE);
  sk_a11y_name (child, sk_indicator_get_name (item->indicator));
  return child;
}

static void
clear_flowbox (SkChartsView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flowbox))) != NULL)
    gtk_flow_box_remove (self->flowbox, child);
}

static int
focused_card (SkChartsView *self)
{
  for (guint i = 0; i < sk_charts_view_get_n_charts (self); i++)
    if (gtk_widget_has_focus (sk_charts_view_get_chart (self, i)))
      return i;
  return -1;
}

/* Refreshes the small charts without losing the scroll position or the
 * focused card. */
static void
reload_dashboard (SkChartsView *self)
{
  g_autoptr(SkChartArea) area = selected_area (self);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->dashboard_scroll);
  double scroll = gtk_adjustment_get_value (vadj);
  int focus = focused_card (self);
  gboolean fictional = FALSE;
  int first, last;

  clear_flowbox (self);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  if (self->store == NULL || area == NULL || self->year <= 0)
    {
      gtk_stack_set_visible_child_name (self->dashboard_stack, "empty");
      show_notice (self->fictional_notice, self->fictional_label, FALSE);
      return;
    }

  first_last_year (self, &first, &last);
  self->items = sk_chart_area_collect (area, self->store, self->year, selected_unit (self), first, last);
  for (guint i = 0; i < self->items->len; i++)
    {
      SkChartItem *item = g_ptr_array_index (self->items, i);

      gtk_flow_box_append (self->flowbox, make_card (self, item, i));
      fictional |= item->fictional;
    }
  show_notice (self->fictional_notice, self->fictional_label, fictional);
  gtk_stack_set_visible_child_name (self->dashboard_stack, self->items->len > 0 ? "charts" : "empty");
  gtk_adjustment_set_value (vadj, scroll);
  if (focus >= 0 && (guint) focus < self->items->len)
    gtk_widget_grab_focus (sk_charts_view_get_chart (self, focus));
}

guint
sk_charts_view_get_n_charts (SkChartsView *self)
{
  g_return_val_if_fail (SK_IS_CHARTS_VIEW (self), 0);
  return self->items ? self->items->len : 0;
}

GtkWidget *
sk_charts_view_get_chart (SkChartsView *self,
                          guint         i)
{
  GtkFlowBoxChild *child;
  GtkWidget *box;

  g_return_val_if_fail (SK_IS_CHARTS_VIEW (self), NULL);

  child = gtk_flow_box_get_child_at_index (self->flowbox, i);
  if (child == NULL)
    return NULL;
  box = gtk_flow_box_child_get_child (child);
  return gtk_widget_get_last_child (box);
}

static void
on_area_selected (SkChartsView *self)
{
  if (!self->updating)
    reload_dashboard (self);
}

static void
on_unit_selected (SkChartsView *self)
{
  if (!self->updating)
    reload_dashboard (self);
}

static void
on_years_changed (SkChartsView *self)
{
  reload_dashboard (self);
}

gboolean
sk_charts_view_select_area (SkChartsView    *self,
                            SkChartAreaKind  kind,
                            gint64           id)
{
  g_return_val_if_fail (SK_IS_CHARTS_VIEW (self), FALSE);

  for (guint i = 0; self->areas && i < g_list_model_get_n_items (self->areas); i++)
    {
      g_autoptr(SkChartArea) area = g_list_model_get_item (self->areas, i);

      if (sk_chart_area_get_kind (area) == kind && sk_chart_area_get_id (area) == id)
        {
          gtk_drop_down_set_selected (self->area_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

/* ---- The large chart ---- */

void
sk_charts_view_detail_options (SkChartsView   *self,
                               SkChartOptions *options)
{
  sk_chart_options_init (options);
  options->mode = gtk_drop_down_get_selected (self->mode_dropdown) == 1 ? SK_CHART_MODE_OVERLAY
                                                                        : SK_CHART_MODE_TIMELINE;
  options->show_ytd = gtk_check_button_get_active (self->ytd_check);
  options->show_r12 = gtk_check_button_get_active (self->r12_check);
  options->title_unit_only = self->detail_series->len > 1; /* the name is above, once */
  options->axis_min = self->detail_axis_min;
  options->axis_max = self->detail_axis_max;
}

/* Units with data for the indicator in the years shown; the chosen unit
 * first, so the comparison starts where the user came from. */
static GArray *
compare_units (SkChartsView *self,
               int           first,
               int           last)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 indicator_id = sk_record_get_id (SK_RECORD (self->detail_indicator));

  g_array_append_val (ids, self->detail_unit);
  for (guint u = 0; u < g_list_model_get_n_items (self->units); u++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (self->units, u);
      gint64 id = sk_record_get_id (SK_RECORD (unit));

      if (id == self->detail_unit)
        continue;
      for (int year = first; year <= last; year++)
        {
          g_autoptr(GListModel) with = sk_store_list_outcome_units (self->store, indicator_id, year);
          gboolean found = FALSE;

          for (guint k = 0; k < g_list_model_get_n_items (with) && !found; k++)
            {
              g_autoptr(SkUnit) w = g_list_model_get_item (with, k);
              found = sk_record_get_id (SK_RECORD (w)) == id;
            }
          if (found)
            {
              g_array_append_val (ids, id);
              break;
            }
        }
    }
  return ids;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
rebuild_detail (SkChartsView *self)
{
  GtkWidget *old = sk_charts_view_get_detail_chart (self, 0);
  int focused = old ? sk_chart_widget_get_focused (SK_CHART_WIDGET (old)) : -1;
  gboolean had_focus = old && gtk_widget_has_focus (old);
  int first = gtk_spin_button_get_value_as_int (self->from_spin);
  int last = gtk_spin_button_get_value_as_int (self->to_spin);
  g_autoptr(GArray) units = NULL;
  gboolean fictional = FALSE;
  SkChartOptions options;
  guint cols, n;

  clear_grid (self->detail_grid);
  g_ptr_array_set_size (self->detail_series, 0);
  if (self->store == NULL || self->detail_indicator == NULL)
    return;
  if (first > last)
    last = first;

  if (gtk_toggle_button_get_active (self->compare_toggle))
    units = compare_units (self, first, last);
  else
    {
      units = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (units, self->detail_unit);
    }
  for (guint i = 0; i < units->len; i++)
    {
      SkChartSeries *series = sk_chart_series_new_from_store (self->store, self->detail_indicator,
                                                              g_array_index (units, gint64, i), first, last);
      if (series != NULL)
        g_ptr_array_add (self->detail_series, series);
    }

  /* Units side by side on one axis: separate axes would make a small
   * difference look as large as a big one. */
  self->detail_axis_min = self->detail_axis_max = NAN;
  sk_charts_view_detail_options (self, &options);
  if (self->detail_series->len > 1)
    sk_chart_layout_shared_range ((SkChartSeries * const *) self->detail_series->pdata, self->detail_series->len,
                                  &options, &self->detail_axis_min, &self->detail_axis_max);
  sk_charts_view_detail_options (self, &options);

  n = self->detail_series->len;
  self->detail_cols = cols = n <= 1 ? 1 : n <= 4 ? 2 : 3;
  for (guint i = 0; i < n; i++)
    {
      SkChartSeries *series = g_ptr_array_index (self->detail_series, i);
      GtkWidget *chart = sk_chart_widget_new (series, FALSE);

      sk_chart_widget_set_options (SK_CHART_WIDGET (chart), &options);
      gtk_widget_set_hexpand (chart, TRUE);
      gtk_widget_set_vexpand (chart, TRUE);
      if (n > 1)
        gtk_widget_set_size_request (chart, -1, 300);
      gtk_grid_attach (self->detail_grid, chart, i % cols, i / cols, 1, 1);
      for (guint m = 0; m < sk_chart_series_get_n_months (series); m++)
        fictional |= sk_chart_series_get_fictional (series, m);
    }
  show_notice (self->detail_notice, self->detail_notice_label, fictional);

  old = sk_charts_view_get_detail_chart (self, 0);
  if (old != NULL)
    {
      sk_chart_widget_set_focused (SK_CHART_WIDGET (old), focused);
      if (had_focus)
        gtk_widget_grab_focus (old);
    }
}

GtkWidget *
sk_charts_view_get_detail_chart (SkChartsView *self,
                                 guint         i)
{
  g_return_val_if_fail (SK_IS_CHARTS_VIEW (self), NULL);
  /* Attached left to right, top to bottom. */
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->detail_grid)); c; c = gtk_widget_get_next_sibling (c))
    if (i-- == 0)
      return c;
  return NULL;
}

gboolean
sk_charts_view_get_detail_shown (SkChartsView *self)
{
  g_return_val_if_fail (SK_IS_CHARTS_VIEW (self), FALSE);
  return g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "detail") == 0;
}

static void
on_detail_option (SkChartsView *self)
{
  if (!self->updating)
    rebuild_detail (self);
}

static void
open_detail (SkChartsView *self,
             guint         index)
{
  SkChartItem *item;
  int first, last;
  GtkWidget *chart;

  if (self->items == NULL || index >= self->items->len)
    return;
  item = g_ptr_array_index (self->items, index);
  g_set_object (&self->detail_indicator, item->indicator);
  self->detail_unit = item->unit_id;
  gtk_label_set_label (self->detail_title, sk_indicator_get_name (item->indicator));

  first_last_year (self, &first, &last);
  self->updating = TRUE;
  gtk_spin_button_set_value (self->from_spin, first);
  gtk_spin_button_set_value (self->to_spin, last);
  gtk_toggle_button_set_active (self->compare_toggle, FALSE);
  self->updating = FALSE;

  rebuild_detail (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
  chart = sk_charts_view_get_detail_chart (self, 0);
  if (chart != NULL)
    gtk_widget_grab_focus (chart);
}

static void
back_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  SkChartsView *self = SK_CHARTS_VIEW (widget);
  int index = -1;

  if (!sk_charts_view_get_detail_shown (self))
    return;
  for (guint i = 0; self->items && i < self->items->len; i++)
    if (((SkChartItem *) g_ptr_array_index (self->items, i))->indicator == self->detail_indicator)
      index = i;
  adw_leaflet_set_visible_child_name (self->leaflet, "dashboard");
  /* Back where the user left. */
  if (index >= 0)
    gtk_widget_grab_focus (sk_charts_view_get_chart (self, index));
}

/* ---- Store and year ---- */

static gboolean
reload_idle (gpointer data)
{
  SkChartsView *self = data;

  self->reload_id = 0;
  reload_units (self);
  reload_areas (self);
  reload_dashboard (self);
  if (sk_charts_view_get_detail_shown (self))
    rebuild_detail (self);
  return G_SOURCE_REMOVE;
}

/* A generator or an import sends many changes: redraw once after them. */
static void
on_store_changed (SkStore      *store,
                  const char   *table,
                  SkChartsView *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

static void
reload_now (SkChartsView *self)
{
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload_idle (self);
}

static void
set_store (SkChartsView *self,
           SkStore      *store)
{
  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, 0);
  g_clear_object (&self->detail_indicator);
  adw_leaflet_set_visible_child_name (self->leaflet, "dashboard");
  reload_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
set_year (SkChartsView *self,
          int           year)
{
  if (self->year == year)
    return;
  self->year = year;
  reload_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

static void
sk_charts_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SkChartsView *self = SK_CHARTS_VIEW (object);

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
sk_charts_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SkChartsView *self = SK_CHARTS_VIEW (object);

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
sk_charts_view_dispose (GObject *object)
{
  SkChartsView *self = SK_CHARTS_VIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->areas);
  g_clear_object (&self->units);
  g_clear_object (&self->detail_indicator);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->detail_series, g_ptr_array_unref);

  G_OBJECT_CLASS (sk_charts_view_parent_class)->dispose (object);
}

static void
sk_charts_view_class_init (SkChartsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sk_charts_view_get_property;
  object_class->set_property = sk_charts_view_set_property;
  object_class->dispose = sk_charts_view_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 2999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SK_TYPE_CHART_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/styrkort/Styrkort/sk-charts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, area_names);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, controls_box);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, detail_options);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, unit_names);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, years_spin);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, fictional_notice);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, fictional_label);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, dashboard_stack);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, dashboard_scroll);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, flowbox);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, detail_title);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, mode_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, ytd_check);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, r12_check);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, from_spin);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, to_spin);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, compare_toggle);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, detail_notice);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, detail_notice_label);
  gtk_widget_class_bind_template_child (widget_class, SkChartsView, detail_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_area_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_years_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_option);

  gtk_widget_class_install_action (widget_class, "charts.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "charts.export", "s", sk_charts_view_export_action);
  gtk_widget_class_install_action (widget_class, "charts.print", NULL, sk_charts_view_print_action);
  gtk_widget_class_install_action (widget_class, "charts.print-area", NULL, sk_charts_view_print_area_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "charts.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "charts.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "charts.print", NULL);
}

/* A dropdown's button shows at most this many characters of a long
 * plan or unit name, so the filter bar fits a narrow window; the list
 * shows the whole name. */
#define DROPDOWN_LABEL_UI(PROPS) \
  "<interface><template class='GtkListItem'><property name='child'>" \
  "<object class='GtkLabel'><property name='xalign'>0</property>" PROPS \
  "<binding name='label'><lookup name='string' type='GtkStringObject'>" \
  "<lookup name='item'>GtkListItem</lookup></lookup></binding>" \
  "</object></property></template></interface>"

static void
shorten_dropdown (GtkDropDown *dropdown)
{
  static const char button_ui[] =
    DROPDOWN_LABEL_UI ("<property name='ellipsize'>end</property><property name='max-width-chars'>18</property>");
  static const char list_ui[] =
    DROPDOWN_LABEL_UI ("<property name='wrap'>True</property><property name='max-width-chars'>40</property>");
  g_autoptr(GBytes) button_bytes = g_bytes_new_static (button_ui, sizeof button_ui - 1);
  g_autoptr(GBytes) list_bytes = g_bytes_new_static (list_ui, sizeof list_ui - 1);
  g_autoptr(GtkListItemFactory) button = gtk_builder_list_item_factory_new_from_bytes (NULL, button_bytes);
  g_autoptr(GtkListItemFactory) list = gtk_builder_list_item_factory_new_from_bytes (NULL, list_bytes);

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

/* A flow box hands Tab to its first sensitive cell and keeps it even when
 * the button there cannot take focus (a disabled action): each cell
 * follows its content's sensitivity so Tab skips it instead. The cells
 * are only layout, never focus stops themselves. */
static void
follow_cell_contents (GtkWidget *flow_box)
{
  for (GtkWidget *c = gtk_widget_get_first_child (flow_box); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *content = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (c));

      gtk_widget_set_focusable (c, FALSE);
      g_object_bind_property (content, "sensitive", c, "sensitive", G_BINDING_SYNC_CREATE);
    }
}

static void
sk_charts_view_init (SkChartsView *self)
{
  self->detail_series = g_ptr_array_new_with_free_func (g_object_unref);
  self->detail_axis_min = self->detail_axis_max = NAN;
  gtk_widget_init_template (GTK_WIDGET (self));
  shorten_dropdown (self->area_dropdown);
  shorten_dropdown (self->unit_dropdown);
  /* After: its open list (wrapped as shorten_dropdown's) names the items. */
  sk_a11y_name_dropdown (self->area_dropdown, _("_Area"));
  sk_a11y_name_dropdown (self->unit_dropdown, _("Data for unit"));
  sk_a11y_name_dropdown (self->mode_dropdown, _("_Show"));
  follow_cell_contents (self->controls_box);
  follow_cell_contents (self->detail_options);
  sk_a11y_name_flow_cells (GTK_FLOW_BOX (self->controls_box));
  sk_a11y_name_flow_cells (GTK_FLOW_BOX (self->detail_options));
  reload_now (self);
}

GtkWidget *
sk_charts_view_new (void)
{
  return g_object_new (SK_TYPE_CHARTS_VIEW, NULL);
}
