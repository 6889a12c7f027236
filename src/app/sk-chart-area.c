/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sk-chart-area.h"
#include "sk-derived.h"
#include "sk-format.h"

struct _SkChartArea
{
  GObject          parent_instance;

  SkChartAreaKind  kind;
  gint64           id;
  char            *title;
};

G_DEFINE_FINAL_TYPE (SkChartArea, sk_chart_area, G_TYPE_OBJECT)

static void
sk_chart_area_finalize (GObject *object)
{
  g_free (SK_CHART_AREA (object)->title);
  G_OBJECT_CLASS (sk_chart_area_parent_class)->finalize (object);
}

static void
sk_chart_area_class_init (SkChartAreaClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_chart_area_finalize;
}

static void
sk_chart_area_init (SkChartArea *self)
{
}

SkChartArea *
sk_chart_area_new (SkChartAreaKind  kind,
                   gint64           id,
                   const char      *title)
{
  SkChartArea *self = g_object_new (SK_TYPE_CHART_AREA, NULL);

  self->kind = kind;
  self->id = id;
  self->title = g_strdup (title);
  return self;
}

SkChartAreaKind
sk_chart_area_get_kind (SkChartArea *self)
{
  g_return_val_if_fail (SK_IS_CHART_AREA (self), 0);
  return self->kind;
}

gint64
sk_chart_area_get_id (SkChartArea *self)
{
  g_return_val_if_fail (SK_IS_CHART_AREA (self), 0);
  return self->id;
}

const char *
sk_chart_area_get_title (SkChartArea *self)
{
  g_return_val_if_fail (SK_IS_CHART_AREA (self), NULL);
  return self->title;
}

static void
add_area (GListStore      *list,
          SkChartAreaKind  kind,
          gint64           id,
          const char      *title)
{
  g_autoptr(SkChartArea) area = sk_chart_area_new (kind, id, title);

  g_list_store_append (list, area);
}

GListModel *
sk_chart_area_list (SkStore  *store,
                    int       year,
                    gboolean  with_units)
{
  GListStore *list = g_list_store_new (SK_TYPE_CHART_AREA);
  g_autoptr(SkPlan) plan = NULL;

  g_return_val_if_fail (SK_IS_STORE (store), G_LIST_MODEL (list));

  for (int p = 0; p < SK_N_PERSPECTIVES; p++)
    add_area (list, SK_CHART_AREA_PERSPECTIVE, p, sk_perspective_label (p));

  plan = sk_store_get_plan (store, year);
  if (plan != NULL)
    {
      gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
      g_autoptr(GListModel) focus = sk_store_list_focus_areas (store, plan_id);

      add_area (list, SK_CHART_AREA_WORK_ENV, plan_id, _("Work-environment plan"));
      for (guint i = 0; i < g_list_model_get_n_items (focus); i++)
        {
          g_autoptr(SkFocusArea) fa = g_list_model_get_item (focus, i);
          add_area (list, SK_CHART_AREA_FOCUS, sk_record_get_id (SK_RECORD (fa)), sk_focus_area_get_title (fa));
        }
    }

  if (with_units)
    {
      g_autoptr(GListModel) units = sk_store_list_units (store);

      for (guint i = 0; i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);
          add_area (list, SK_CHART_AREA_UNIT, sk_record_get_id (SK_RECORD (unit)), sk_unit_get_name (unit));
        }
    }
  return G_LIST_MODEL (list);
}

/* ---- Which indicators an area holds ---- */

static void
add_unique (GPtrArray   *out,
            SkIndicator *indicator)
{
  for (guint i = 0; i < out->len; i++)
    if (sk_record_get_id (g_ptr_array_index (out, i)) == sk_record_get_id (SK_RECORD (indicator)))
      return;
  g_ptr_array_add (out, g_object_ref (indicator));
}

static void
add_goal_indicators (GPtrArray  *out,
                     SkStore    *store,
                     GListModel *goals)
{
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, i);
      g_autoptr(GListModel) inds = sk_store_list_goal_indicators (store, sk_record_get_id (SK_RECORD (goal)));

      for (guint k = 0; k < g_list_model_get_n_items (inds); k++)
        {
          g_autoptr(SkIndicator) ind = g_list_model_get_item (inds, k);
          add_unique (out, ind);
        }
    }
}

/* The board goals directly under the focus area and under its regional goals. */
static void
focus_area_indicators (GPtrArray *out,
                       SkStore   *store,
                       gint64     focus_area_id)
{
  g_autoptr(GListModel) direct = sk_store_list_board_goals (store, focus_area_id, 0);
  g_autoptr(GListModel) regional = sk_store_list_regional_goals (store, focus_area_id);

  add_goal_indicators (out, store, direct);
  for (guint i = 0; i < g_list_model_get_n_items (regional); i++)
    {
      g_autoptr(SkRegionalGoal) rg = g_list_model_get_item (regional, i);
      g_autoptr(GListModel) goals = sk_store_list_board_goals (store, focus_area_id,
                                                               sk_record_get_id (SK_RECORD (rg)));
      add_goal_indicators (out, store, goals);
    }
}

static gboolean
has_unit_data (SkStore     *store,
               SkIndicator *indicator,
               gint64       unit_id,
               int          first_year,
               int          last_year)
{
  for (int year = first_year; year <= last_year; year++)
    {
      g_autoptr(GListModel) units = sk_store_list_outcome_units (store, sk_record_get_id (SK_RECORD (indicator)), year);

      for (guint i = 0; i < g_list_model_get_n_items (units); i++)
        {
          g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);
          if (sk_record_get_id (SK_RECORD (unit)) == unit_id)
            return TRUE;
        }
    }
  return FALSE;
}

static GPtrArray *
area_indicators (SkChartArea *self,
                 SkStore     *store,
                 int          year,
                 int          first_year,
                 int          last_year)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) list = NULL;

  if (self->kind == SK_CHART_AREA_FOCUS)
    {
      focus_area_indicators (out, store, self->id);
      return out;
    }
  if (self->kind == SK_CHART_AREA_WORK_ENV)
    list = sk_store_list_work_env_indicators (store, self->id);
  else
    list = sk_store_list_indicators (store, year);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (list, i);

      if (self->kind == SK_CHART_AREA_PERSPECTIVE && (gint64) sk_indicator_get_perspective (ind) != self->id)
        continue;
      if (self->kind == SK_CHART_AREA_UNIT && !has_unit_data (store, ind, self->id, first_year, last_year))
        continue;
      add_unique (out, ind);
    }
  return out;
}

/* ---- Items ---- */

void
sk_chart_item_free (SkChartItem *item)
{
  if (item == NULL)
    return;
  g_clear_object (&item->indicator);
  g_clear_object (&item->series);
  g_free (item->value);
  g_free (item->when);
  g_free (item->target);
  g_free (item);
}

void
sk_chart_item_read_latest (SkChartItem *item,
                           SkStore     *store,
                           int          year)
{
  g_autofree char *period = sk_period_make (year, 12);
  SkFigures f;

  item->status = SK_STATUS_NO_VALUE;
  item->latest = -1;
  g_clear_pointer (&item->value, g_free);
  g_clear_pointer (&item->when, g_free);
  g_clear_pointer (&item->target, g_free);
  if (!sk_figures_compute (store, item->indicator, item->unit_id, period, &f))
    return;
  item->status = f.status;
  if (f.target != NULL && sk_target_get_kind (f.target) != SK_TARGET_EMPTY)
    item->target = sk_figures_target_text (&f, item->indicator);
  if (!isnan (f.status_value))
    {
      item->value = sk_figures_format (&f, item->indicator, f.status_value);
      item->when = sk_figures_status_when (&f);
      item->latest = sk_chart_series_index (item->series, f.year, f.status_month);
    }
  sk_figures_clear (&f);
}

char *
sk_chart_item_latest_text (SkChartItem *item)
{
  if (item->value == NULL)
    return g_strdup (_("No values yet"));
  return g_strdup_printf ("%s %s · %s (%s)", sk_status_mark (item->status),
                          sk_status_label (item->status), item->value, item->when);
}

static gboolean
any_fictional (SkChartSeries *series)
{
  for (guint i = 0; i < sk_chart_series_get_n_months (series); i++)
    if (sk_chart_series_get_fictional (series, i))
      return TRUE;
  return FALSE;
}

static gint64
root_unit (SkStore *store)
{
  g_autoptr(GListModel) units = sk_store_list_units (store);
  g_autoptr(SkUnit) first = g_list_model_get_n_items (units) ? g_list_model_get_item (units, 0) : NULL;

  return first ? sk_record_get_id (SK_RECORD (first)) : 0;
}

static int
status_rank (SkStatus status)
{
  switch (status)
    {
    case SK_STATUS_NOT_MET:
      return 0;
    case SK_STATUS_NEAR:
      return 1;
    case SK_STATUS_NOT_COMPARABLE: /* a target to rewrite before the rest */
      return 2;
    default:
      return 3;
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const SkChartItem *x = *(SkChartItem * const *) a;
  const SkChartItem *y = *(SkChartItem * const *) b;

  return status_rank (x->status) - status_rank (y->status);
}

GPtrArray *
sk_chart_area_collect (SkChartArea *self,
                       SkStore     *store,
                       int          year,
                       gint64       unit_id,
                       int          first_year,
                       int          last_year)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_chart_item_free);
  g_autoptr(GPtrArray) indicators = NULL;
  gint64 fallback;

  g_return_val_if_fail (SK_IS_CHART_AREA (self), items);
  g_return_val_if_fail (SK_IS_STORE (store), items);

  if (self->kind == SK_CHART_AREA_UNIT)
    unit_id = self->id;
  fallback = root_unit (store);
  indicators = area_indicators (self, store, year, first_year, last_year);
  for (guint i = 0; i < indicators->len; i++)
    {
      SkIndicator *ind = g_ptr_array_index (indicators, i);
      SkChartItem *item = g_new0 (SkChartItem, 1);

      item->indicator = g_object_ref (ind);
      /* The unit Uppföljning follows the indicator in, so both show one figure. */
      item->unit_id = unit_id ? unit_id : sk_figures_overview_unit (store, ind, year);
      if (item->unit_id == 0)
        item->unit_id = sk_indicator_get_responsible_unit_id (ind);
      if (item->unit_id == 0)
        item->unit_id = fallback;
      item->series = sk_chart_series_new_from_store (store, ind, item->unit_id, first_year, last_year);
      if (item->series == NULL)
        {
          sk_chart_item_free (item);
          continue;
        }
      sk_chart_item_read_latest (item, store, year);
      item->fictional = any_fictional (item->series);
      g_ptr_array_add (items, item);
    }
  /* Stable: equal ranks keep the register order. */
  g_ptr_array_sort (items, compare_items);
  return items;
}
