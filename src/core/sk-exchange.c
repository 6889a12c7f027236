/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-exchange"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sk-exchange.h"
#include "sk-exchange-check.h"
#include "sk-exchange-private.h"
#include "sk-store-bulk.h"
#include "sk-core-resources.h"

/*
 * The exchange format of data/example/README.md, built and read with
 * json-glib on top of the store API. Import merges by natural keys and only
 * calls a setter when the stored value differs, so a second import of the
 * same file writes nothing (and an adopted plan with identical goals and
 * targets is accepted).
 */

#define SK_EXCHANGE_FORMAT  "styrkort"
#define SK_EXCHANGE_VERSION 1
#define EXAMPLE_RESOURCE    "/io/github/styrkort/Styrkort/core/example-plan.json"

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

/* ------------------------------------------------------------------ */
/* Import                                                              */
/* ------------------------------------------------------------------ */

typedef struct {
  SkStore    *store;
  GHashTable *units;       /* name → SkUnit (owned) */
  GHashTable *indicators;  /* name → SkIndicator (owned) */
  GPtrArray  *audit;       /* SkAuditEntry to restore, in file order */
  SkExchangeSplit *split;  /* the big arrays, when read apart from the tree */
  GPtrArray  *notes;       /* what was left as adopted, for the user (owned strings) */
} Importer;

static gboolean
format_error (GError     **error,
              const char  *format,
              ...) G_GNUC_PRINTF (2, 3);

static gboolean
format_error (GError     **error,
              const char  *format,
              ...)
{
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* json-glib quotes the text it stumbled on cut by bytes, perhaps inside
   * a character: what people are shown stays UTF-8. */
  shown = g_utf8_make_valid (message, -1);
  g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT, shown);
  return FALSE;
}

/* A member as text: NULL when missing or null; FALSE when not text. */
static gboolean
get_text (JsonObject  *obj,
          const char  *member,
          const char **out)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  *out = json_node_get_string (node);
  return TRUE;
}

/* A member as number: NAN when missing or null; FALSE when not a number. */
static gboolean
get_number (JsonObject *obj,
            const char *member,
            double     *out)
{
  JsonNode *node = json_object_get_member (obj, member);
  GType type;

  *out = NAN;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return FALSE;
  *out = json_node_get_double (node);
  return TRUE;
}

static gboolean
get_bool (JsonObject *obj,
          const char *member,
          gboolean    fallback)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

/* An array member; an empty one when missing. FALSE when not an array. */
static gboolean
get_array (JsonObject  *obj,
           const char  *member,
           JsonArray  **out)
{
  JsonNode *node = obj ? json_object_get_member (obj, member) : NULL;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  *out = json_node_get_array (node);
  return TRUE;
}

static guint
array_length (JsonArray *array)
{
  return array ? json_array_get_length (array) : 0;
}

/* Element @i of @array as an object, or NULL. */
static JsonObject *
element (JsonArray *array,
         guint      i)
{
  JsonNode *node = json_array_get_element (array, i);
  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char *
element_text (JsonArray *array,
              guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
text_differs (const char *a,
              const char *b)
{
  return g_strcmp0 (a ? a : "", b ? b : "") != 0;
}

static SkIndicator *
known_indicator (Importer   *im,
                 const char *name)
{
  return name ? g_hash_table_lookup (im->indicators, name) : NULL;
}

/* ---- Units ---- */

static gboolean
import_unit (Importer    *im,
             JsonObject  *obj,
             guint        n,
             GError     **error)
{
  const char *name, *short_name, *parent;
  SkUnit *parent_unit = NULL;
  SkUnit *unit;

  if (obj == NULL || !get_text (obj, "name", &name) || is_blank (name)
      || !get_text (obj, "short_name", &short_name) || !get_text (obj, "parent", &parent))
    return format_error (error, _("Unit %u: a unit needs a name, and its fields must be text."), n);
  if (g_hash_table_contains (im->units, name))
    return TRUE; /* the store has no way to move or rename units: keep it */
  if (parent != NULL && (parent_unit = g_hash_table_lookup (im->units, parent)) == NULL)
    return format_error (error, _("Unit %u: unknown parent unit “%s”."), n, parent);
  unit = sk_store_add_unit (im->store, parent_unit ? sk_record_get_id (SK_RECORD (parent_unit)) : 0,
                            name, short_name, error);
  if (unit == NULL)
    {
      g_prefix_error (error, _("Unit %u: "), n);
      return FALSE;
    }
  g_hash_table_insert (im->units, g_strdup (name), unit);
  return TRUE;
}

/* ---- Indicators ---- */

typedef struct {
  const char   *name, *perspective, *measure_unit, *direction, *responsible, *frequency, *aggregation, *description;
  double        tolerance;
} IndicatorFields;

static gboolean
read_indicator (JsonObject       *obj,
                IndicatorFields  *f)
{
  return obj != NULL
         && get_text (obj, "name", &f->name) && !is_blank (f->name)
         && get_text (obj, "perspective", &f->perspective)
         && get_text (obj, "measure_unit", &f->measure_unit)
         && get_text (obj, "direction", &f->direction)
         && get_text (obj, "responsible_unit", &f->responsible)
         && get_text (obj, "frequency", &f->frequency)
         && get_text (obj, "aggregation", &f->aggregation)
         && get_text (obj, "description", &f->description)
         && get_number (obj, "tolerance", &f->tolerance);
}

static gboolean
import_indicator (Importer    *im,
                  JsonObject  *obj,
                  guint        n,
                  GError     **error)
{
  IndicatorFields f = { 0 };
  SkPerspective perspective;
  SkDirection direction = SK_DIRECTION_HIGHER;
  SkFrequency frequency = SK_FREQUENCY_MONTH;
  SkAggregation aggregation = SK_AGGREGATION_MEAN;
  SkUnit *unit = NULL;
  g_autoptr(SkIndicator) fresh = NULL;
  SkIndicator *ind;
  gboolean r12;
  gint64 unit_id;

  if (!read_indicator (obj, &f))
    return format_error (error, _("Indicator %u: an indicator needs a name, and its fields must be text or numbers."), n);
  if (!sk_perspective_from_string (f.perspective, &perspective))
    return format_error (error, _("Indicator %u (“%s”): unknown perspective “%s”."), n, f.name,
                         f.perspective ? f.perspective : "");
  if ((f.direction && !sk_direction_from_string (f.direction, &direction))
      || (f.frequency && !sk_frequency_from_string (f.frequency, &frequency))
      || (f.aggregation && !sk_aggregation_from_string (f.aggregation, &aggregation)))
    return format_error (error, _("Indicator %u (“%s”): unknown direction, frequency or aggregation."), n, f.name);
  if (f.responsible != NULL && (unit = g_hash_table_lookup (im->units, f.responsible)) == NULL)
    return format_error (error, _("Indicator %u (“%s”): unknown unit “%s”."), n, f.name, f.responsible);
  unit_id = unit ? sk_record_get_id (SK_RECORD (unit)) : 0;
  r12 = get_bool (obj, "r12", FALSE);
  if (isnan (f.tolerance))
    f.tolerance = 0.05;

  ind = known_indicator (im, f.name);
  if (ind != NULL
      && sk_indicator_get_perspective (ind) == perspective
      && !text_differs (sk_indicator_get_measure_unit (ind), f.measure_unit)
      && sk_indicator_get_direction (ind) == direction
      && sk_indicator_get_responsible_unit_id (ind) == unit_id
      && sk_indicator_get_frequency (ind) == frequency
      && sk_indicator_get_aggregation (ind) == aggregation
      && sk_indicator_get_r12 (ind) == r12
      && sk_indicator_get_tolerance (ind) == f.tolerance
      && !text_differs (sk_indicator_get_description (ind), f.description))
    return TRUE;

  if (ind == NULL)
    {
      fresh = sk_indicator_new ();
      ind = fresh;
      sk_indicator_set_name (ind, f.name);
    }
  sk_indicator_set_perspective (ind, perspective);
  sk_indicator_set_measure_unit (ind, f.measure_unit ? f.measure_unit : "");
  sk_indicator_set_direction (ind, direction);
  sk_indicator_set_responsible_unit_id (ind, unit_id);
  sk_indicator_set_frequency (ind, frequency);
  sk_indicator_set_aggregation (ind, aggregation);
  sk_indicator_set_r12 (ind, r12);
  sk_indicator_set_tolerance (ind, f.tolerance);
  sk_indicator_set_description (ind, f.description ? f.description : "");
  if (!sk_store_save_indicator (im->store, ind, error))
    {
      g_prefix_error (error, _("Indicator %u (“%s”): "), n, f.name);
      return FALSE;
    }
  if (fresh != NULL)
    g_hash_table_insert (im->indicators, g_strdup (f.name), g_steal_pointer (&fresh));
  return TRUE;
}

/* ---- Plans ---- */

typedef struct {
  Importer *im;
  SkPlan   *plan;
  int       year;
  gboolean  locked;  /* adopted before this import: its content stays as adopted */
} PlanContext;

/* On a plan adopted before the import, a change of its content is not
 * made: returns TRUE (skip it) and notes what was left, so the user is
 * told; follow-up data is imported as usual. */
static gboolean
left_as_adopted (PlanContext *pc,
                 const char  *format,
                 ...) G_GNUC_PRINTF (2, 3);

static gboolean
left_as_adopted (PlanContext *pc,
                 const char  *format,
                 ...)
{
  g_autofree char *what = NULL;
  va_list args;

  if (!pc->locked)
    return FALSE;
  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (pc->im->notes,
                   g_strdup_printf (_("The plan for %d is adopted and was left as adopted: %s."), pc->year, what));
  return TRUE;
}

static gboolean
resolve_indicator (PlanContext  *pc,
                   const char   *name,
                   const char   *where,
                   gint64       *id,
                   GError      **error)
{
  SkIndicator *ind = known_indicator (pc->im, name);

  if (ind == NULL)
    return format_error (error, _("Plan %d, %s: unknown indicator “%s”."), pc->year, where, name ? name : "");
  *id = sk_record_get_id (SK_RECORD (ind));
  return TRUE;
}

static gboolean
list_has_id (GListModel *list,
             gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkRecord) r = g_list_model_get_item (list, i);
      if (sk_record_get_id (r) == id)
        return TRUE;
    }
  return FALSE;
}

static gboolean
import_register (PlanContext  *pc,
                 JsonObject   *obj,
                 GError      **error)
{
  g_autoptr(GListModel) current = sk_store_list_indicators (pc->im->store, pc->year);
  gint64 plan_id = sk_record_get_id (SK_RECORD (pc->plan));
  JsonArray *names;

  if (!get_array (obj, "register", &names))
    return format_error (error, _("Plan %d: “register” must be a list of indicator names."), pc->year);
  for (guint i = 0; i < array_length (names); i++)
    {
      gint64 id;

      if (!resolve_indicator (pc, element_text (names, i), _("register"), &id, error))
        return FALSE;
      if (!list_has_id (current, id)
          && !left_as_adopted (pc, _("the register (the file adds “%s”)"), element_text (names, i))
          && !sk_store_add_to_register (pc->im->store, plan_id, id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_targets (PlanContext  *pc,
                JsonObject   *obj,
                GError      **error)
{
  JsonArray *targets;

  if (!get_array (obj, "targets", &targets))
    return format_error (error, _("Plan %d: “targets” must be a list."), pc->year);
  for (guint i = 0; i < array_length (targets); i++)
    {
      JsonObject *t = element (targets, i);
      const char *name = NULL, *text = NULL;
      g_autoptr(SkTarget) old = NULL;
      gint64 id;

      if (t == NULL || !get_text (t, "indicator", &name) || !get_text (t, "text", &text))
        return format_error (error, _("Plan %d, target %u: needs an indicator and a text."), pc->year, i + 1);
      if (!resolve_indicator (pc, name, _("targets"), &id, error))
        return FALSE;
      old = sk_store_get_target (pc->im->store, id, pc->year);
      if (text_differs (old ? sk_target_get_text (old) : NULL, is_blank (text) ? NULL : text)
          && !left_as_adopted (pc, _("the target of “%s” is “%s” (the file has “%s”)"), name,
                               old ? sk_target_get_text (old) : "", text ? text : "")
          && !sk_store_set_target (pc->im->store, id, pc->year, text, error))
        return FALSE;
    }
  return TRUE;
}

/* Finds a child record by its title (or text) in @list. */
static SkRecord *
find_by_text (GListModel *list,
              const char *property,
              const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkRecord) r = g_list_model_get_item (list, i);
      g_autofree char *value = NULL;

      g_object_get (r, property, &value, NULL);
      if (g_strcmp0 (value, text) == 0)
        return g_steal_pointer (&r);
    }
  return NULL;
}

static gboolean
sync_description (PlanContext  *pc,
                  SkRecord     *record,
                  JsonObject   *obj,
                  GError      **error)
{
  const char *description = NULL;
  g_autofree char *old = NULL;

  if (!get_text (obj, "description", &description))
    return format_error (error, _("Plan %d: a description must be text."), pc->year);
  g_object_get (record, "description", &old, NULL);
  if (!text_differs (old, description))
    return TRUE;
  if (pc->locked)
    {
      g_autofree char *title = NULL;

      /* Focus areas, regional goals and priority areas all have a title. */
      g_object_get (record, "title", &title, NULL);
      left_as_adopted (pc, _("the description of “%s”"), title);
      return TRUE;
    }
  return sk_store_set_description (pc->im->store, record, description ? description : "", error);
}

static gboolean import_assignments (PlanContext *pc, gint64 goal_id, gint64 parent_id,
                                    JsonArray *list, GError **error);

static gboolean
import_follow_ups (PlanContext  *pc,
                   gint64        assignment_id,
                   JsonObject   *obj,
                   GError      **error)
{
  JsonArray *list;

  if (!get_array (obj, "follow_ups", &list))
    return format_error (error, _("Plan %d: “follow_ups” must be a list."), pc->year);
  for (guint i = 0; i < array_length (list); i++)
    {
      JsonObject *f = element (list, i);
      const char *period = NULL, *comment = NULL;

      if (f == NULL || !get_text (f, "period", &period) || !get_text (f, "comment", &comment) || period == NULL)
        return format_error (error, _("Plan %d: a follow-up needs a period and a comment."), pc->year);
      if (!sk_store_set_assignment_comment (pc->im->store, assignment_id, period, comment, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_assignments (PlanContext  *pc,
                    gint64        goal_id,
                    gint64        parent_id,
                    JsonArray    *list,
                    GError      **error)
{
  for (guint i = 0; i < array_length (list); i++)
    {
      JsonObject *obj = element (list, i);
      g_autoptr(GListModel) existing = sk_store_list_assignments (pc->im->store, goal_id, parent_id);
      g_autoptr(SkRecord) a = NULL;
      const char *title = NULL;
      JsonArray *sub;

      if (obj == NULL || !get_text (obj, "title", &title) || is_blank (title) || !get_array (obj, "sub", &sub))
        return format_error (error, _("Plan %d: an assignment needs a title."), pc->year);
      a = find_by_text (existing, "title", title);
      if (a == NULL
          && left_as_adopted (pc, _("the assignment “%s” is not in the plan: it and its comments in the file were left out"),
                              title))
        continue;
      if (a == NULL)
        a = (SkRecord *) sk_store_add_assignment (pc->im->store, goal_id, parent_id, title, error);
      if (a == NULL
          || !import_follow_ups (pc, sk_record_get_id (a), obj, error)
          || !import_assignments (pc, goal_id, sk_record_get_id (a), sub, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_assessments (PlanContext  *pc,
                    gint64        goal_id,
                    JsonObject   *obj,
                    GError      **error)
{
  JsonArray *list;

  if (!get_array (obj, "assessments", &list))
    return format_error (error, _("Plan %d: “assessments” must be a list."), pc->year);
  for (guint i = 0; i < array_length (list); i++)
    {
      JsonObject *a = element (list, i);
      const char *period = NULL, *value = NULL, *analysis = NULL;
      SkAssessment assessment;

      if (a == NULL || !get_text (a, "period", &period) || !get_text (a, "assessment", &value)
          || !get_text (a, "analysis", &analysis) || !sk_assessment_from_string (value, &assessment))
        return format_error (error, _("Plan %d: an assessment needs a period and one of met, partly, not-met or not-assessed."),
                             pc->year);
      if (!sk_store_set_assessment (pc->im->store, goal_id, period, assessment, analysis, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_goal_links (PlanContext  *pc,
                   gint64        goal_id,
                   JsonObject   *obj,
                   GError      **error)
{
  g_autoptr(GListModel) linked = sk_store_list_goal_indicators (pc->im->store, goal_id);
  JsonArray *names;

  if (!get_array (obj, "indicators", &names))
    return format_error (error, _("Plan %d: a goal’s “indicators” must be a list of names."), pc->year);
  for (guint i = 0; i < array_length (names); i++)
    {
      gint64 id;

      if (!resolve_indicator (pc, element_text (names, i), _("goal indicators"), &id, error))
        return FALSE;
      if (!list_has_id (linked, id)
          && !left_as_adopted (pc, _("the indicators of a goal (the file links “%s”)"), element_text (names, i))
          && !sk_store_link_indicator (pc->im->store, goal_id, id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_goals (PlanContext  *pc,
              gint64        focus_area_id,
              gint64        regional_goal_id,
              JsonObject   *parent,
              GError      **error)
{
  JsonArray *goals;

  if (!get_array (parent, "goals", &goals))
    return format_error (error, _("Plan %d: “goals” must be a list."), pc->year);
  for (guint i = 0; i < array_length (goals); i++)
    {
      JsonObject *obj = element (goals, i);
      g_autoptr(GListModel) existing = sk_store_list_board_goals (pc->im->store, focus_area_id, regional_goal_id);
      g_autoptr(SkRecord) g = NULL;
      const char *text = NULL;
      JsonArray *assignments;

      if (obj == NULL || !get_text (obj, "text", &text) || is_blank (text) || !get_array (obj, "assignments", &assignments))
        return format_error (error, _("Plan %d: a goal needs a text."), pc->year);
      g = find_by_text (existing, "text", text);
      if (g == NULL
          && left_as_adopted (pc, _("the goal “%s” is not in the plan: it and its follow-up in the file were left out"),
                              text))
        continue;
      if (g == NULL)
        g = (SkRecord *) sk_store_add_board_goal (pc->im->store, focus_area_id, regional_goal_id, text, error);
      if (g == NULL
          || !import_goal_links (pc, sk_record_get_id (g), obj, error)
          || !import_assignments (pc, sk_record_get_id (g), 0, assignments, error)
          || !import_assessments (pc, sk_record_get_id (g), obj, error))
        {
          g_prefix_error (error, _("Goal “%s”: "), text);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
import_regional_goals (PlanContext  *pc,
                       gint64        focus_area_id,
                       JsonObject   *fa_obj,
                       GError      **error)
{
  JsonArray *list;

  if (!get_array (fa_obj, "regional_goals", &list))
    return format_error (error, _("Plan %d: “regional_goals” must be a list."), pc->year);
  for (guint i = 0; i < array_length (list); i++)
    {
      JsonObject *obj = element (list, i);
      g_autoptr(GListModel) existing = sk_store_list_regional_goals (pc->im->store, focus_area_id);
      g_autoptr(SkRecord) rg = NULL;
      const char *title = NULL, *description = NULL;

      if (obj == NULL || !get_text (obj, "title", &title) || is_blank (title) || !get_text (obj, "description", &description))
        return format_error (error, _("Plan %d: a regional goal needs a title."), pc->year);
      rg = find_by_text (existing, "title", title);
      if (rg == NULL
          && left_as_adopted (pc, _("the regional goal “%s” is not in the plan: it and what the file has under it were left out"),
                              title))
        continue;
      if (rg == NULL)
        rg = (SkRecord *) sk_store_add_regional_goal (pc->im->store, focus_area_id, title, description, error);
      if (rg == NULL
          || !sync_description (pc, rg, obj, error)
          || !import_goals (pc, focus_area_id, sk_record_get_id (rg), obj, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_focus_areas (PlanContext  *pc,
                    JsonObject   *plan_obj,
                    GError      **error)
{
  gint64 plan_id = sk_record_get_id (SK_RECORD (pc->plan));
  JsonArray *list;

  if (!get_array (plan_obj, "focus_areas", &list))
    return format_error (error, _("Plan %d: “focus_areas” must be a list."), pc->year);
  for (guint i = 0; i < array_length (list); i++)
    {
      JsonObject *obj = element (list, i);
      g_autoptr(GListModel) existing = sk_store_list_focus_areas (pc->im->store, plan_id);
      g_autoptr(SkRecord) fa = NULL;
      const char *title = NULL, *description = NULL;

      if (obj == NULL || !get_text (obj, "title", &title) || is_blank (title) || !get_text (obj, "description", &description))
        return format_error (error, _("Plan %d, focus area %u: needs a title."), pc->year, i + 1);
      fa = find_by_text (existing, "title", title);
      if (fa == NULL
          && left_as_adopted (pc, _("the focus area “%s” is not in the plan: it and what the file has under it were left out"),
                              title))
        continue;
      if (fa == NULL)
        fa = (SkRecord *) sk_store_add_focus_area (pc->im->store, plan_id, title, description, error);
      if (fa == NULL
          || !sync_description (pc, fa, obj, error)
          || !import_goals (pc, sk_record_get_id (fa), 0, obj, error)
          || !import_regional_goals (pc, sk_record_get_id (fa), obj, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_priority_areas (PlanContext  *pc,
                       JsonArray    *list,
                       GError      **error)
{
  gint64 plan_id = sk_record_get_id (SK_RECORD (pc->plan));

  for (guint i = 0; i < array_length (list); i++)
    {
      JsonObject *obj = element (list, i);
      g_autoptr(GListModel) existing = sk_store_list_priority_areas (pc->im->store, plan_id);
      g_autoptr(SkRecord) pa = NULL;
      const char *title = NULL, *description = NULL;
      JsonArray *follow_ups;

      if (obj == NULL || !get_text (obj, "title", &title) || is_blank (title)
          || !get_text (obj, "description", &description) || !get_array (obj, "follow_ups", &follow_ups))
        return format_error (error, _("Plan %d, priority area %u: needs a title."), pc->year, i + 1);
      pa = find_by_text (existing, "title", title);
      if (pa == NULL
          && left_as_adopted (pc, _("the priority area “%s” is not in the plan: it and its follow-up in the file were left out"),
                              title))
        continue;
      if (pa == NULL)
        pa = (SkRecord *) sk_store_add_priority_area (pc->im->store, plan_id, title, description, error);
      if (pa == NULL || !sync_description (pc, pa, obj, error))
        return FALSE;
      for (guint j = 0; j < array_length (follow_ups); j++)
        {
          JsonObject *f = element (follow_ups, j);
          const char *period = NULL, *text = NULL;

          if (f == NULL || !get_text (f, "period", &period) || !get_text (f, "text", &text) || period == NULL)
            return format_error (error, _("Plan %d: a follow-up needs a period and a text."), pc->year);
          if (!sk_store_set_priority_follow_up (pc->im->store, sk_record_get_id (pa), period, text, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
import_work_environment (PlanContext  *pc,
                         JsonObject   *plan_obj,
                         GError      **error)
{
  gint64 plan_id = sk_record_get_id (SK_RECORD (pc->plan));
  JsonNode *node = json_object_get_member (plan_obj, "work_environment");
  g_autoptr(SkWorkEnvPlan) wep = NULL;
  g_autoptr(GListModel) linked = NULL;
  JsonObject *obj;
  JsonArray *names, *areas;
  const char *goal = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  obj = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  if (obj == NULL || !get_text (obj, "goal", &goal) || !get_array (obj, "indicators", &names)
      || !get_array (obj, "priority_areas", &areas))
    return format_error (error, _("Plan %d: “work_environment” is not a work-environment plan."), pc->year);
  wep = sk_store_get_work_env_plan (pc->im->store, plan_id);
  if (wep == NULL
      || (text_differs (sk_work_env_plan_get_goal_text (wep), goal)
          && !left_as_adopted (pc, _("the work-environment goal"))
          && !sk_store_set_work_env_goal (pc->im->store, wep, goal ? goal : "", error)))
    return FALSE;
  linked = sk_store_list_work_env_indicators (pc->im->store, plan_id);
  for (guint i = 0; i < array_length (names); i++)
    {
      gint64 id;

      if (!resolve_indicator (pc, element_text (names, i), _("work environment"), &id, error))
        return FALSE;
      if (!list_has_id (linked, id)
          && !left_as_adopted (pc, _("the work-environment indicators (the file adds “%s”)"), element_text (names, i))
          && !sk_store_link_work_env_indicator (pc->im->store, plan_id, id, error))
        return FALSE;
    }
  return import_priority_areas (pc, areas, error);
}

/* Status and decision last: an adopted plan refuses goal and target changes. */
static gboolean
import_status (PlanContext  *pc,
               JsonObject   *obj,
               GError      **error)
{
  const char *status = NULL, *date = NULL, *paragraph = NULL, *diary = NULL;
  JsonNode *node = json_object_get_member (obj, "decision");
  SkPlanStatus wanted = SK_PLAN_DRAFT;

  if (!get_text (obj, "status", &status) || (status != NULL && !sk_plan_status_from_string (status, &wanted)))
    return format_error (error, _("Plan %d: unknown status “%s”."), pc->year, status ? status : "");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *d = json_node_get_object (node);
      if (!get_text (d, "date", &date) || !get_text (d, "paragraph", &paragraph) || !get_text (d, "diary_number", &diary))
        return format_error (error, _("Plan %d: the decision’s fields must be text."), pc->year);
    }
  else if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return format_error (error, _("Plan %d: “decision” must be an object or null."), pc->year);

  /* A draft in the file never reopens an adopted plan. */
  if (wanted != SK_PLAN_ADOPTED)
    return TRUE;
  if (sk_plan_get_status (pc->plan) == SK_PLAN_ADOPTED
      && !text_differs (sk_plan_get_decision_date (pc->plan), date)
      && !text_differs (sk_plan_get_decision_paragraph (pc->plan), paragraph)
      && !text_differs (sk_plan_get_diary_number (pc->plan), diary))
    return TRUE;
  /* The board's decision is not rewritten by a file either. */
  if (left_as_adopted (pc, _("the decision (date, paragraph and diary number)")))
    return TRUE;
  return sk_store_adopt_plan (pc->im->store, pc->plan, date, paragraph, diary, error);
}

static gboolean
import_plan (Importer    *im,
             JsonObject  *obj,
             guint        n,
             GError     **error)
{
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GHashTable) held = NULL;
  PlanContext pc = { im, NULL, 0, FALSE };
  const char *title = NULL;
  JsonNode *year_node = obj ? json_object_get_member (obj, "year") : NULL;

  if (year_node == NULL || !JSON_NODE_HOLDS_VALUE (year_node) || json_node_get_value_type (year_node) != G_TYPE_INT64
      || !get_text (obj, "title", &title) || is_blank (title))
    return format_error (error, _("Plan %u: a plan needs a year and a title."), n);
  pc.year = (int) json_node_get_int (year_node);
  plan = sk_store_get_plan (im->store, pc.year);
  if (plan == NULL)
    plan = sk_store_create_plan (im->store, pc.year, title, error);
  pc.plan = plan;
  pc.locked = plan != NULL && sk_plan_is_adopted (plan);
  if (plan != NULL && g_strcmp0 (sk_plan_get_title (plan), title) != 0
      && !left_as_adopted (&pc, _("the title (the file has “%s”)"), title)
      && !sk_store_update_plan (im->store, plan, title, error))
    g_clear_object (&plan);
  pc.plan = plan;
  if (plan == NULL
      || (held = sk_exchange_definitions_held (im->store, pc.year)) == NULL
      || !import_register (&pc, obj, error)
      || !import_targets (&pc, obj, error)
      || !import_focus_areas (&pc, obj, error)
      || !import_work_environment (&pc, obj, error)
      || !sk_exchange_read_definitions (im->store, obj, pc.year, held, im->indicators, im->units,
                                        pc.locked ? im->notes : NULL, error)
      || !import_status (&pc, obj, error))
    {
      if (error != NULL && *error != NULL && (*error)->code != SK_STORE_ERROR_FORMAT)
        g_prefix_error (error, _("Plan %d: "), pc.year);
      return FALSE;
    }
  return TRUE;
}

/* ---- Outcomes ---- */

static gboolean
same_double (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* What the store would keep: the value from its parts, no reason next to a value. */
static void
normalise_outcome (SkOutcome   *o,
                   SkIndicator *ind)
{
  double num = sk_outcome_get_numerator (o), den = sk_outcome_get_denominator (o);

  if (isnan (sk_outcome_get_value (o)) && !isnan (num) && !isnan (den) && den > 0)
    sk_outcome_set_value (o, num / den * (g_strcmp0 (sk_indicator_get_measure_unit (ind), "%") == 0 ? 100.0 : 1.0));
  if (!isnan (sk_outcome_get_value (o)))
    sk_outcome_set_missing_reason (o, NULL);
  if (is_blank (sk_outcome_get_comment (o)))
    sk_outcome_set_comment (o, NULL);
}

static gboolean
outcome_unchanged (SkOutcome *old,
                   SkOutcome *o)
{
  return old != NULL
         && same_double (sk_outcome_get_value (old), sk_outcome_get_value (o))
         && same_double (sk_outcome_get_numerator (old), sk_outcome_get_numerator (o))
         && same_double (sk_outcome_get_denominator (old), sk_outcome_get_denominator (o))
         && g_strcmp0 (sk_outcome_get_missing_reason (old), sk_outcome_get_missing_reason (o)) == 0
         && g_strcmp0 (sk_outcome_get_comment (old), sk_outcome_get_comment (o)) == 0
         && sk_outcome_get_fictional (old) == sk_outcome_get_fictional (o)
         && (sk_outcome_get_changed_by (o) == NULL
             || g_strcmp0 (sk_outcome_get_changed_by (old), sk_outcome_get_changed_by (o)) == 0)
         && (sk_outcome_get_changed_at (o) == NULL
             || g_strcmp0 (sk_outcome_get_changed_at (old), sk_outcome_get_changed_at (o)) == 0);
}

static gboolean
import_outcome (Importer    *im,
                JsonObject  *obj,
                guint        n,
                GError     **error)
{
  const char *indicator = NULL, *unit_name = NULL, *period = NULL, *kind_name = NULL;
  const char *reason = NULL, *comment = NULL, *changed_by = NULL, *changed_at = NULL;
  double value, num, den;
  SkOutcomeKind kind = SK_OUTCOME_MONTH;
  SkIndicator *ind;
  SkUnit *unit;
  g_autoptr(SkOutcome) o = NULL;
  g_autoptr(SkOutcome) old = NULL;

  if (obj == NULL
      || !get_text (obj, "indicator", &indicator) || !get_text (obj, "unit", &unit_name)
      || !get_text (obj, "period", &period) || !get_text (obj, "kind", &kind_name)
      || !get_text (obj, "missing_reason", &reason) || !get_text (obj, "comment", &comment)
      || !get_text (obj, "changed_by", &changed_by) || !get_text (obj, "changed_at", &changed_at)
      || !get_number (obj, "value", &value) || !get_number (obj, "numerator", &num)
      || !get_number (obj, "denominator", &den))
    return format_error (error, _("Outcome %u: its fields must be text or numbers."), n);
  if ((ind = known_indicator (im, indicator)) == NULL)
    return format_error (error, _("Outcome %u: unknown indicator “%s”."), n, indicator ? indicator : "");
  if (unit_name == NULL || (unit = g_hash_table_lookup (im->units, unit_name)) == NULL)
    return format_error (error, _("Outcome %u: unknown unit “%s”."), n, unit_name ? unit_name : "");
  if (kind_name != NULL && !sk_outcome_kind_from_string (kind_name, &kind))
    return format_error (error, _("Outcome %u: unknown kind “%s”."), n, kind_name);

  o = sk_outcome_new ();
  sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
  sk_outcome_set_unit_id (o, sk_record_get_id (SK_RECORD (unit)));
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, kind);
  sk_outcome_set_value (o, value);
  sk_outcome_set_numerator (o, num);
  sk_outcome_set_denominator (o, den);
  sk_outcome_set_missing_reason (o, reason);
  sk_outcome_set_comment (o, comment);
  sk_outcome_set_fictional (o, get_bool (obj, "fictional", FALSE));
  sk_outcome_set_changed_by (o, changed_by);
  sk_outcome_set_changed_at (o, changed_at);
  normalise_outcome (o, ind);

  old = sk_store_get_outcome (im->store, sk_outcome_get_indicator_id (o), sk_outcome_get_unit_id (o), period, kind);
  if (outcome_unchanged (old, o))
    return TRUE;
  if (!sk_store_import_outcome (im->store, o, error))
    {
      g_prefix_error (error, _("Outcome %u (“%s”, %s): "), n, indicator, period ? period : "");
      return FALSE;
    }
  return TRUE;
}

/* ---- History ---- */

static gboolean
get_int (JsonObject *obj,
         const char *member,
         gint64     *out)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *out = json_node_get_int (node);
  return TRUE;
}

/* entity_id is kept as written: it names a row of the source database. */
static gboolean
import_audit (Importer    *im,
              JsonObject  *obj,
              guint        n,
              GError     **error)
{
  const char *at, *who, *entity, *indicator, *field, *old_value, *new_value;
  g_autoptr(SkAuditEntry) e = NULL;
  SkIndicator *ind = NULL;
  gint64 entity_id;

  if (obj == NULL
      || !get_text (obj, "at", &at) || !get_text (obj, "who", &who) || !get_text (obj, "entity", &entity)
      || !get_text (obj, "indicator", &indicator) || !get_text (obj, "field", &field)
      || !get_text (obj, "old_value", &old_value) || !get_text (obj, "new_value", &new_value)
      || !get_int (obj, "entity_id", &entity_id))
    return format_error (error, _("History entry %u: its fields must be text, and entity_id a whole number."), n);
  if (indicator != NULL && (ind = known_indicator (im, indicator)) == NULL)
    return format_error (error, _("History entry %u: unknown indicator “%s”."), n, indicator);

  e = sk_audit_entry_new ();
  sk_audit_entry_set_at (e, at);
  sk_audit_entry_set_who (e, who);
  sk_audit_entry_set_entity (e, entity);
  sk_audit_entry_set_entity_id (e, entity_id);
  sk_audit_entry_set_indicator_id (e, ind ? sk_record_get_id (SK_RECORD (ind)) : 0);
  sk_audit_entry_set_field (e, field);
  sk_audit_entry_set_old_value (e, old_value);
  sk_audit_entry_set_new_value (e, new_value);
  g_ptr_array_add (im->audit, g_steal_pointer (&e)); /* restored as one set */
  return TRUE;
}

/* ---- Driver ---- */

static GHashTable *
records_by_name (GListModel *list,
                 const char *(*get_name) (gpointer))
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      gpointer r = g_list_model_get_item (list, i);
      g_hash_table_insert (table, g_strdup (get_name (r)), r);
    }
  return table;
}

typedef gboolean (*ImportFunc) (Importer *im, JsonObject *obj, guint n, GError **error);

static gboolean
import_section (Importer    *im,
                JsonObject  *root,
                const char  *member,
                ImportFunc   func,
                GError     **error)
{
  JsonArray *list;

  if (!get_array (root, member, &list))
    return format_error (error, _("“%s” must be a list."), member);
  for (guint i = 0; i < array_length (list); i++)
    if (!func (im, element (list, i), i + 1, error))
      return FALSE;
  return TRUE;
}

static gboolean
check_header (JsonNode  *root,
              GError   **error)
{
  JsonObject *obj = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  const char *format = NULL;
  JsonNode *version;

  if (obj == NULL || !get_text (obj, "format", &format) || g_strcmp0 (format, SK_EXCHANGE_FORMAT) != 0)
    return format_error (error, _("This is not a Styrkort file: “format” must be “%s”."), SK_EXCHANGE_FORMAT);
  version = json_object_get_member (obj, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64
      || json_node_get_int (version) != SK_EXCHANGE_VERSION)
    return format_error (error, _("This Styrkort file has a version this program cannot read (it reads version %d)."),
                         SK_EXCHANGE_VERSION);
  return TRUE;
}

typedef struct {
  Importer   *im;
  ImportFunc  func;
  const char *member;
} Rows;

static gboolean
import_element (JsonObject  *obj,
                guint        n,
                gpointer     data,
                GError     **error)
{
  Rows *rows = data;

  /* The tree check never saw these elements: each gets the same check. */
  if (obj != NULL && !sk_exchange_check_element (rows->member, n - 1, obj, error))
    return FALSE;
  return rows->func (rows->im, obj, n, error);
}

/* A big array: element by element from the text when it was split off. */
static gboolean
import_rows (Importer    *im,
             JsonObject  *root,
             const char  *member,
             ImportFunc   func,
             GError     **error)
{
  Rows rows = { im, func, member };
  g_autoptr(GError) local = NULL;

  if (im->split == NULL)
    return import_section (im, root, member, func, error);
  if (sk_exchange_split_each (im->split, member, import_element, &rows, &local))
    return TRUE;
  if (local->domain == JSON_PARSER_ERROR)
    return format_error (error, _("The file is not valid JSON: %s"), local->message);
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static gboolean
import_root (SkStore          *store,
             JsonObject       *root,
             SkExchangeSplit  *split,
             GPtrArray        *notes,
             GError          **error)
{
  g_autoptr(GListModel) units = sk_store_list_units (store);
  g_autoptr(GListModel) indicators = sk_store_list_indicators (store, 0);
  Importer im = { store, NULL, NULL, NULL, split, notes };
  gboolean ok;

  sk_exchange_order_plans (root);
  im.units = records_by_name (units, unit_name);
  im.indicators = records_by_name (indicators, indicator_name);
  im.audit = g_ptr_array_new_with_free_func (g_object_unref);
  ok = import_section (&im, root, "units", import_unit, error)
       && import_section (&im, root, "indicators", import_indicator, error)
       && import_section (&im, root, "plans", import_plan, error)
       && import_rows (&im, root, "outcomes", import_outcome, error)
       && import_rows (&im, root, "audit", import_audit, error)
       && sk_store_restore_audit_entries (store, im.audit, error);
  g_ptr_array_unref (im.audit);
  g_hash_table_unref (im.units);
  g_hash_table_unref (im.indicators);
  return ok;
}

static gboolean
import_in_transaction (SkStore          *store,
                       JsonObject       *root,
                       SkExchangeSplit  *split,
                       GPtrArray        *notes,
                       GError          **error)
{
  if (!sk_store_begin (store, error))
    return FALSE;
  if (!import_root (store, root, split, notes, error))
    {
      sk_store_rollback (store);
      return FALSE;
    }
  return sk_store_commit (store, error);
}

gboolean
sk_exchange_import (SkStore     *store,
                    const char  *json,
                    gssize       length,
                    GError     **error)
{
  return sk_exchange_import_full (store, json, length, NULL, error);
}

gboolean
sk_exchange_import_full (SkStore     *store,
                         const char  *json,
                         gssize       length,
                         GStrv       *notes,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  g_autoptr(SkExchangeSplit) split = NULL;
  g_autoptr(GPtrArray) left = g_ptr_array_new_with_free_func (g_free);
  JsonNode *root;
  gboolean own_history, ok;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sk_exchange_check_raw (json, length, error))
    return FALSE;
  /* The outcomes and the history are read element by element, the rest as a tree. */
  split = sk_exchange_split (json, length);
  if (split != NULL)
    {
      gsize skeleton_length;

      json = sk_exchange_split_skeleton (split, &skeleton_length);
      length = (gssize) skeleton_length;
    }
  if (!json_parser_load_from_data (parser, json, length, &local))
    return format_error (error, _("The file is not valid JSON: %s"), local->message);
  root = json_parser_get_root (parser);
  if (root == NULL)
    return format_error (error, _("The file is empty."));
  if (!check_header (root, error) || !sk_exchange_check_tree (root, error))
    return FALSE;
  /* A file with its own history restores it instead of adding "created" rows. */
  own_history = json_object_has_member (json_node_get_object (root), "audit");
  if (own_history)
    sk_store_set_auditing (store, FALSE);
  sk_store_set_bulk (store, TRUE);
  ok = import_in_transaction (store, json_node_get_object (root), split, left, error);
  sk_store_set_bulk (store, FALSE);
  if (own_history)
    sk_store_set_auditing (store, TRUE);
  if (ok && notes != NULL)
    {
      g_ptr_array_add (left, NULL);
      *notes = (GStrv) g_ptr_array_steal (left, NULL);
    }
  return ok;
}

gboolean
sk_exchange_import_file (SkStore     *store,
                         const char  *path,
                         GError     **error)
{
  return sk_exchange_import_file_full (store, path, NULL, error);
}

gboolean
sk_exchange_import_file_full (SkStore     *store,
                              const char  *path,
                              GStrv       *notes,
                              GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  return sk_exchange_import_full (store, contents, (gssize) length, notes, error);
}

gboolean
sk_exchange_load_example (SkStore  *store,
                          GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  /* Through the resource's own handle, so a static link keeps it. */
  bytes = g_resource_lookup_data (sk_core_get_resource (), EXAMPLE_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  return sk_exchange_import (store, data, (gssize) length, error);
}
