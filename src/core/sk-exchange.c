/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-exchange"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sk-exchange.h"
#include "sk-exchange-check.h"
#include "sk-exchange-private.h"
#include "sk-exchange-budget.h"
#include "sk-store-bulk.h"

/*
 * The exchange format of data/example/README.md, built with json-glib on
 * top of the store API; it is read back in sk-exchange-import.c and
 * sk-exchange-import-plan.c.
 */

/* ------------------------------------------------------------------ */
/* Export                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
  SkStore    *store;
  JsonBuilder *b;
  GHashTable *unit_names;      /* id → name (borrowed from units) */
  GHashTable *indicator_names; /* id → name (borrowed from indicators) */
  GListModel *units;
  GListModel *indicators;
} Exporter;

static void
add_string_or_null (JsonBuilder *b,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (b, member);
  if (value == NULL)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, value);
}

/* Integral values are written as integers so counts read naturally. */
static void
add_number (JsonBuilder *b,
            const char  *member,
            double       value)
{
  json_builder_set_member_name (b, member);
  if (isnan (value))
    json_builder_add_null_value (b);
  else if (value == trunc (value) && fabs (value) < 9007199254740992.0)
    json_builder_add_int_value (b, (gint64) value);
  else
    json_builder_add_double_value (b, value);
}

static const char *
lookup_name (GHashTable *names,
             gint64      id)
{
  return id == 0 ? NULL : g_hash_table_lookup (names, &id);
}

static void
export_units (Exporter *ex)
{
  json_builder_set_member_name (ex->b, "units");
  json_builder_begin_array (ex->b);
  for (guint i = 0; i < g_list_model_get_n_items (ex->units); i++)
    {
      g_autoptr(SkUnit) u = g_list_model_get_item (ex->units, i);

      json_builder_begin_object (ex->b);
      add_string_or_null (ex->b, "name", sk_unit_get_name (u));
      add_string_or_null (ex->b, "short_name", sk_unit_get_short_name (u) ? sk_unit_get_short_name (u) : "");
      add_string_or_null (ex->b, "parent", lookup_name (ex->unit_names, sk_unit_get_parent_id (u)));
      json_builder_end_object (ex->b);
    }
  json_builder_end_array (ex->b);
}

static void
export_indicator (Exporter    *ex,
                  SkIndicator *ind)
{
  JsonBuilder *b = ex->b;

  json_builder_begin_object (b);
  add_string_or_null (b, "name", sk_indicator_get_name (ind));
  add_string_or_null (b, "perspective", sk_perspective_to_string (sk_indicator_get_perspective (ind)));
  add_string_or_null (b, "measure_unit", sk_indicator_get_measure_unit (ind) ? sk_indicator_get_measure_unit (ind) : "");
  add_string_or_null (b, "direction", sk_direction_to_string (sk_indicator_get_direction (ind)));
  add_string_or_null (b, "responsible_unit",
                      lookup_name (ex->unit_names, sk_indicator_get_responsible_unit_id (ind)));
  add_string_or_null (b, "frequency", sk_frequency_to_string (sk_indicator_get_frequency (ind)));
  add_string_or_null (b, "aggregation", sk_aggregation_to_string (sk_indicator_get_aggregation (ind)));
  json_builder_set_member_name (b, "r12");
  json_builder_add_boolean_value (b, sk_indicator_get_r12 (ind));
  add_number (b, "tolerance", sk_indicator_get_tolerance (ind));
  add_string_or_null (b, "description", sk_indicator_get_description (ind) ? sk_indicator_get_description (ind) : "");
  json_builder_end_object (b);
}

static void
export_indicators (Exporter *ex)
{
  json_builder_set_member_name (ex->b, "indicators");
  json_builder_begin_array (ex->b);
  for (guint i = 0; i < g_list_model_get_n_items (ex->indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (ex->indicators, i);
      export_indicator (ex, ind);
    }
  json_builder_end_array (ex->b);
}

static void
export_name_list (Exporter   *ex,
                  const char *member,
                  GListModel *indicators)
{
  json_builder_set_member_name (ex->b, member);
  json_builder_begin_array (ex->b);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      json_builder_add_string_value (ex->b, lookup_name (ex->indicator_names, sk_record_get_id (SK_RECORD (ind))));
    }
  json_builder_end_array (ex->b);
}

/* Follow-ups and assessments are exported for every period that has one
 * (sorted), whichever year it is in: an import must get all of them back. */
static void
export_assignments (Exporter *ex,
                    gint64    goal_id,
                    gint64    parent_id)
{
  g_autoptr(GListModel) list = sk_store_list_assignments (ex->store, goal_id, parent_id);

  json_builder_begin_array (ex->b);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkAssignment) a = g_list_model_get_item (list, i);
      gint64 id = sk_record_get_id (SK_RECORD (a));
      g_auto(GStrv) periods = sk_store_list_assignment_periods (ex->store, id);

      json_builder_begin_object (ex->b);
      add_string_or_null (ex->b, "title", sk_assignment_get_title (a));
      json_builder_set_member_name (ex->b, "follow_ups");
      json_builder_begin_array (ex->b);
      for (guint j = 0; periods != NULL && periods[j] != NULL; j++)
        {
          g_autofree char *comment = sk_store_get_assignment_comment (ex->store, id, periods[j]);

          if (comment == NULL)
            continue;
          json_builder_begin_object (ex->b);
          add_string_or_null (ex->b, "period", periods[j]);
          add_string_or_null (ex->b, "comment", comment);
          json_builder_end_object (ex->b);
        }
      json_builder_end_array (ex->b);
      json_builder_set_member_name (ex->b, "sub");
      export_assignments (ex, goal_id, id);
      json_builder_end_object (ex->b);
    }
  json_builder_end_array (ex->b);
}

static void
export_assessments (Exporter *ex,
                    gint64    goal_id)
{
  g_autoptr(GListModel) list = sk_store_list_assessments (ex->store, goal_id);

  json_builder_set_member_name (ex->b, "assessments");
  json_builder_begin_array (ex->b);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkGoalAssessment) ga = g_list_model_get_item (list, i);

      json_builder_begin_object (ex->b);
      add_string_or_null (ex->b, "period", sk_goal_assessment_get_period (ga));
      add_string_or_null (ex->b, "assessment", sk_assessment_to_string (sk_goal_assessment_get_assessment (ga)));
      add_string_or_null (ex->b, "analysis",
                          sk_goal_assessment_get_analysis (ga) ? sk_goal_assessment_get_analysis (ga) : "");
      json_builder_end_object (ex->b);
    }
  json_builder_end_array (ex->b);
}

static void
export_goals (Exporter *ex,
              gint64    focus_area_id,
              gint64    regional_goal_id)
{
  g_autoptr(GListModel) goals = sk_store_list_board_goals (ex->store, focus_area_id, regional_goal_id);

  json_builder_set_member_name (ex->b, "goals");
  json_builder_begin_array (ex->b);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) g = g_list_model_get_item (goals, i);
      gint64 id = sk_record_get_id (SK_RECORD (g));
      g_autoptr(GListModel) links = sk_store_list_goal_indicators (ex->store, id);

      json_builder_begin_object (ex->b);
      add_string_or_null (ex->b, "text", sk_board_goal_get_text (g));
      export_name_list (ex, "indicators", links);
      json_builder_set_member_name (ex->b, "assignments");
      export_assignments (ex, id, 0);
      export_assessments (ex, id);
      json_builder_end_object (ex->b);
    }
  json_builder_end_array (ex->b);
}

static void
export_focus_areas (Exporter *ex,
                    gint64    plan_id)
{
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (ex->store, plan_id);

  json_builder_set_member_name (ex->b, "focus_areas");
  json_builder_begin_array (ex->b);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkFocusArea) fa = g_list_model_get_item (areas, i);
      gint64 fa_id = sk_record_get_id (SK_RECORD (fa));
      g_autoptr(GListModel) rgs = sk_store_list_regional_goals (ex->store, fa_id);

      json_builder_begin_object (ex->b);
      add_string_or_null (ex->b, "title", sk_focus_area_get_title (fa));
      add_string_or_null (ex->b, "description", sk_focus_area_get_description (fa) ? sk_focus_area_get_description (fa) : "");
      export_goals (ex, fa_id, 0);
      json_builder_set_member_name (ex->b, "regional_goals");
      json_builder_begin_array (ex->b);
      for (guint j = 0; j < g_list_model_get_n_items (rgs); j++)
        {
          g_autoptr(SkRegionalGoal) rg = g_list_model_get_item (rgs, j);

          json_builder_begin_object (ex->b);
          add_string_or_null (ex->b, "title", sk_regional_goal_get_title (rg));
          add_string_or_null (ex->b, "description",
                              sk_regional_goal_get_description (rg) ? sk_regional_goal_get_description (rg) : "");
          export_goals (ex, fa_id, sk_record_get_id (SK_RECORD (rg)));
          json_builder_end_object (ex->b);
        }
      json_builder_end_array (ex->b);
      json_builder_end_object (ex->b);
    }
  json_builder_end_array (ex->b);
}

static void
export_work_environment (Exporter *ex,
                         gint64    plan_id)
{
  g_autoptr(SkWorkEnvPlan) wep = sk_store_get_work_env_plan (ex->store, plan_id);
  g_autoptr(GListModel) inds = sk_store_list_work_env_indicators (ex->store, plan_id);
  g_autoptr(GListModel) areas = sk_store_list_priority_areas (ex->store, plan_id);
  const char *goal = wep ? sk_work_env_plan_get_goal_text (wep) : NULL;

  json_builder_set_member_name (ex->b, "work_environment");
  json_builder_begin_object (ex->b);
  add_string_or_null (ex->b, "goal", goal ? goal : "");
  export_name_list (ex, "indicators", inds);
  json_builder_set_member_name (ex->b, "priority_areas");
  json_builder_begin_array (ex->b);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkPriorityArea) pa = g_list_model_get_item (areas, i);
      gint64 pa_id = sk_record_get_id (SK_RECORD (pa));
      g_auto(GStrv) periods = sk_store_list_priority_periods (ex->store, pa_id);

      json_builder_begin_object (ex->b);
      add_string_or_null (ex->b, "title", sk_priority_area_get_title (pa));
      add_string_or_null (ex->b, "description",
                          sk_priority_area_get_description (pa) ? sk_priority_area_get_description (pa) : "");
      json_builder_set_member_name (ex->b, "follow_ups");
      json_builder_begin_array (ex->b);
      for (guint j = 0; periods != NULL && periods[j] != NULL; j++)
        {
          g_autofree char *text = sk_store_get_priority_follow_up (ex->store, pa_id, periods[j]);

          if (text == NULL)
            continue;
          json_builder_begin_object (ex->b);
          add_string_or_null (ex->b, "period", periods[j]);
          add_string_or_null (ex->b, "text", text);
          json_builder_end_object (ex->b);
        }
      json_builder_end_array (ex->b);
      json_builder_end_object (ex->b);
    }
  json_builder_end_array (ex->b);
  json_builder_end_object (ex->b);
}

static void
export_target (Exporter    *ex,
               SkIndicator *ind,
               int          year)
{
  g_autoptr(SkTarget) t = sk_store_get_target (ex->store, sk_record_get_id (SK_RECORD (ind)), year);

  if (t == NULL)
    return;
  json_builder_begin_object (ex->b);
  add_string_or_null (ex->b, "indicator", lookup_name (ex->indicator_names, sk_record_get_id (SK_RECORD (ind))));
  add_string_or_null (ex->b, "text", sk_target_get_text (t));
  json_builder_end_object (ex->b);
}

/* The register's targets first, in its order, then any other indicator's. */
static void
export_targets (Exporter   *ex,
                GListModel *reg,
                int         year)
{
  g_autoptr(GHashTable) in_register = g_hash_table_new (g_str_hash, g_str_equal);

  json_builder_set_member_name (ex->b, "targets");
  json_builder_begin_array (ex->b);
  for (guint i = 0; i < g_list_model_get_n_items (reg); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (reg, i);

      g_hash_table_add (in_register, (gpointer) lookup_name (ex->indicator_names, sk_record_get_id (SK_RECORD (ind))));
      export_target (ex, ind, year);
    }
  for (guint i = 0; i < g_list_model_get_n_items (ex->indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (ex->indicators, i);

      if (!g_hash_table_contains (in_register, sk_indicator_get_name (ind)))
        export_target (ex, ind, year);
    }
  json_builder_end_array (ex->b);
}

static void
export_plan (Exporter *ex,
             SkPlan   *plan)
{
  int year = sk_plan_get_year (plan);
  gint64 id = sk_record_get_id (SK_RECORD (plan));
  g_autoptr(GListModel) reg = sk_store_list_indicators (ex->store, year);
  const char *date = sk_plan_get_decision_date (plan);
  const char *paragraph = sk_plan_get_decision_paragraph (plan);
  const char *diary = sk_plan_get_diary_number (plan);

  json_builder_begin_object (ex->b);
  json_builder_set_member_name (ex->b, "year");
  json_builder_add_int_value (ex->b, year);
  add_string_or_null (ex->b, "title", sk_plan_get_title (plan));
  add_string_or_null (ex->b, "status", sk_plan_status_to_string (sk_plan_get_status (plan)));
  json_builder_set_member_name (ex->b, "decision");
  if (date == NULL && paragraph == NULL && diary == NULL)
    json_builder_add_null_value (ex->b);
  else
    {
      json_builder_begin_object (ex->b);
      add_string_or_null (ex->b, "date", date);
      add_string_or_null (ex->b, "paragraph", paragraph);
      add_string_or_null (ex->b, "diary_number", diary);
      json_builder_end_object (ex->b);
    }
  export_name_list (ex, "register", reg);
  export_targets (ex, reg, year);
  export_focus_areas (ex, id);
  export_work_environment (ex, id);
  sk_exchange_write_definitions (ex->b, ex->store, year, ex->indicator_names, ex->unit_names);
  sk_exchange_write_plan_budget (ex->b, ex->store, year, ex->unit_names);
  json_builder_end_object (ex->b);
}

static void
export_plans (Exporter *ex)
{
  g_autoptr(GListModel) plans = sk_store_list_plans (ex->store);

  json_builder_set_member_name (ex->b, "plans");
  json_builder_begin_array (ex->b);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(SkPlan) plan = g_list_model_get_item (plans, i);
      export_plan (ex, plan);
    }
  json_builder_end_array (ex->b);
}

static GHashTable *
names_by_id (GListModel *list,
             const char *(*get_name) (gpointer))
{
  GHashTable *names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkRecord) r = g_list_model_get_item (list, i);
      gint64 *id = g_new (gint64, 1);

      *id = sk_record_get_id (r);
      /* The list model keeps the record, so the name stays valid. */
      g_hash_table_insert (names, id, (gpointer) get_name (r));
    }
  return names;
}

static const char *
unit_name (gpointer unit)
{
  return sk_unit_get_name (unit);
}

static const char *
indicator_name (gpointer ind)
{
  return sk_indicator_get_name (ind);
}

/* The plans and registers are small: built as a tree, then written out. */
static gboolean
export_to (SkStore        *store,
           GOutputStream  *out,
           GError        **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  Exporter ex = { store, b, NULL, NULL, NULL, NULL };
  JsonNode *root;
  gboolean ok;

  ex.units = sk_store_list_units (store);
  ex.indicators = sk_store_list_indicators (store, 0);
  ex.unit_names = names_by_id (ex.units, unit_name);
  ex.indicator_names = names_by_id (ex.indicators, indicator_name);

  json_builder_begin_object (b);
  add_string_or_null (b, "format", SK_EXCHANGE_FORMAT);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, SK_EXCHANGE_VERSION);
  export_units (&ex);
  export_indicators (&ex);
  export_plans (&ex);
  sk_exchange_write_budgets (b, store, ex.unit_names, ex.indicator_names);
  json_builder_end_object (b);
  root = json_builder_get_root (b);

  /* Outcomes and history, the bulk of it, are streamed after the tree. */
  {
    g_autoptr(SkJsonWriter) w = sk_json_writer_new (out);
    JsonObject *obj = json_node_get_object (root);
    g_autoptr(GList) members = json_object_get_members (obj);
    g_autoptr(GError) local = NULL;

    sk_json_writer_begin_object (w);
    for (GList *l = members; l != NULL; l = l->next)
      {
        sk_json_writer_member (w, l->data);
        sk_json_writer_node (w, json_object_get_member (obj, l->data));
      }
    ok = sk_exchange_write_rows (w, store, ex.indicators, ex.units, ex.indicator_names, ex.unit_names, &local);
    sk_json_writer_end_object (w);
    sk_json_writer_raw (w, "\n");
    /* A failed write is the first error; a failed read otherwise. */
    if (!sk_json_writer_finish (w, error))
      ok = FALSE;
    else if (!ok)
      g_propagate_error (error, g_steal_pointer (&local));
  }

  json_node_unref (root);
  g_hash_table_unref (ex.unit_names);
  g_hash_table_unref (ex.indicator_names);
  g_object_unref (ex.units);
  g_object_unref (ex.indicators);
  return ok;
}

char *
sk_exchange_export_string (SkStore  *store,
                           GError  **error)
{
  g_autoptr(GOutputStream) out = NULL;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = g_memory_output_stream_new_resizable ();
  if (!export_to (store, out, error)
      || !g_output_stream_write_all (out, "", 1, NULL, NULL, error) /* the string's end */
      || !g_output_stream_close (out, NULL, error))
    return NULL;
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

/* Written as it is read: the memory it takes does not grow with the data. */
gboolean
sk_exchange_export (SkStore        *store,
                    GOutputStream  *out,
                    GError        **error)
{
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return export_to (store, out, error);
}
