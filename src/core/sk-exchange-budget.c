/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-exchange"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sk-exchange.h"
#include "sk-exchange-budget.h"
#include "sk-exchange-import-private.h"
#include "sk-store-budget.h"

/*
 * The internal budget in the exchange file. A plan's budget (its units
 * and their financing, budget values, assumptions, development proposals)
 * is plan content: it sits in the plan as "budget" and an adopted plan
 * keeps its own. Outcomes and forecasts are follow-up: "budget_follow_up"
 * at the top, with last year's outcome that has no plan. "budgets" holds
 * the budget of years without a plan; "budget_indicators" which register
 * indicators show a figure of the budget.
 *
 *   "budget": {
 *     "units": [ { "unit": "Vårdcentralen Halland", "financing": "revenue" } ],   // revenue | grant
 *     "values": [ { "unit": "…", "line": "net", "month": 0, "value": -111528 } ], // month 0: the year
 *     "assumptions": [ { "kind": "indexation", "value": 4.5, "measure_unit": "%", "text": "…" } ],
 *     "proposals": [ { "text": "…", "focus_area": "…", "price_level": "2025 års prisnivå",
 *                      "granted": true, "costs": [ 1500, 900, null, null, null ] } ]
 *   }
 *   "budget_follow_up": [ { "year": 2024, "unit": "…", "line": "net", "kind": "outcome",
 *                           "month": 4, "value": -9000, "changed_by": "…", "changed_at": "…" } ]
 *   "budget_indicators": [ { "indicator": "Ackumulerad budgetavvikelse", "measure": "accumulated-deviation" } ]
 */

/* ---- Export ---- */

static void
add_text (JsonBuilder *b, const char *member, const char *text)
{
  json_builder_set_member_name (b, member);
  if (text == NULL)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, text);
}

static void
add_number (JsonBuilder *b, const char *member, double value)
{
  json_builder_set_member_name (b, member);
  if (isnan (value))
    json_builder_add_null_value (b);
  else if (value == floor (value) && fabs (value) < 1e15)
    json_builder_add_int_value (b, (gint64) value);
  else
    json_builder_add_double_value (b, value);
}

static const char *
name_of (GHashTable *names, gint64 id)
{
  return g_hash_table_lookup (names, &id);
}

static char *
focus_area_title (SkStore *store, int year, gint64 focus_area_id)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);
  g_autoptr(GListModel) areas = NULL;

  if (plan == NULL || focus_area_id <= 0)
    return NULL;
  areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (plan)));
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkFocusArea) fa = g_list_model_get_item (areas, i);

      if (sk_record_get_id (SK_RECORD (fa)) == focus_area_id)
        return g_strdup (sk_focus_area_get_title (fa));
    }
  return NULL;
}

static void
write_budget (JsonBuilder *b,
              SkStore     *store,
              int          year,
              GHashTable  *unit_names)
{
  g_autoptr(GArray) units = sk_store_list_budget_units (store, year);
  g_autoptr(GArray) values = sk_store_list_budget_values (store, year, year);
  g_autoptr(GListModel) assumptions = sk_store_list_budget_assumptions (store, year);
  g_autoptr(GListModel) proposals = sk_store_list_budget_proposals (store, year);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "units");
  json_builder_begin_array (b);
  for (guint i = 0; i < units->len; i++)
    {
      SkBudgetUnitEntry *e = &g_array_index (units, SkBudgetUnitEntry, i);

      json_builder_begin_object (b);
      add_text (b, "unit", name_of (unit_names, e->unit_id));
      add_text (b, "financing", sk_budget_financing_to_string (e->financing));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "values");
  json_builder_begin_array (b);
  for (guint i = 0; i < values->len; i++)
    {
      SkBudgetValue *v = &g_array_index (values, SkBudgetValue, i);

      if (v->kind != SK_BUDGET_VALUE_BUDGET)
        continue;
      json_builder_begin_object (b);
      add_text (b, "unit", name_of (unit_names, v->unit_id));
      add_text (b, "line", sk_budget_line_to_string (v->line));
      json_builder_set_member_name (b, "month");
      json_builder_add_int_value (b, v->month);
      add_number (b, "value", v->value);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "assumptions");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (assumptions); i++)
    {
      g_autoptr(SkBudgetAssumption) a = g_list_model_get_item (assumptions, i);

      json_builder_begin_object (b);
      add_text (b, "kind", sk_budget_assumption_to_string (sk_budget_assumption_get_kind (a)));
      add_number (b, "value", sk_budget_assumption_get_value (a));
      add_text (b, "measure_unit", sk_budget_assumption_get_measure_unit (a));
      add_text (b, "text", sk_budget_assumption_get_text (a));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "proposals");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(SkBudgetProposal) p = g_list_model_get_item (proposals, i);
      g_autofree char *area = focus_area_title (store, year, sk_budget_proposal_get_focus_area_id (p));

      json_builder_begin_object (b);
      add_text (b, "text", sk_budget_proposal_get_text (p));
      add_text (b, "focus_area", area);
      add_text (b, "price_level", sk_budget_proposal_get_price_level (p));
      json_builder_set_member_name (b, "granted");
      json_builder_add_boolean_value (b, sk_budget_proposal_get_granted (p));
      json_builder_set_member_name (b, "costs");
      json_builder_begin_array (b);
      for (guint y = 0; y < SK_BUDGET_PROPOSAL_YEARS; y++)
        {
          double cost = sk_budget_proposal_get_cost (p, y);

          if (isnan (cost))
            json_builder_add_null_value (b);
          else
            json_builder_add_double_value (b, cost);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

void
sk_exchange_write_plan_budget (JsonBuilder *b,
                               SkStore     *store,
                               int          year,
                               GHashTable  *unit_names)
{
  g_autoptr(GArray) years = sk_store_list_budget_years (store);
  gboolean any = FALSE;

  for (guint i = 0; i < years->len; i++)
    any |= g_array_index (years, int, i) == year;
  if (!any)
    return;
  json_builder_set_member_name (b, "budget");
  write_budget (b, store, year, unit_names);
}

static int
compare_names (gconstpointer a, gconstpointer b, gpointer names)
{
  return g_strcmp0 (name_of (names, **(gint64 **) a), name_of (names, **(gint64 **) b));
}

void
sk_exchange_write_budgets (JsonBuilder *b,
                           SkStore     *store,
                           GHashTable  *unit_names,
                           GHashTable  *indicator_names)
{
  g_autoptr(GArray) years = sk_store_list_budget_years (store);
  g_autoptr(GArray) values = NULL;
  gboolean any_without_plan = FALSE;
  g_autoptr(GList) ids = NULL;

  if (years->len > 0)
    values = sk_store_list_budget_values (store, g_array_index (years, int, 0),
                                          g_array_index (years, int, years->len - 1));
  for (guint i = 0; i < years->len; i++)
    {
      g_autoptr(SkPlan) plan = sk_store_get_plan (store, g_array_index (years, int, i));

      any_without_plan |= plan == NULL;
    }
  if (any_without_plan)
    {
      json_builder_set_member_name (b, "budgets");
      json_builder_begin_array (b);
      for (guint i = 0; i < years->len; i++)
        {
          int year = g_array_index (years, int, i);
          g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);

          if (plan != NULL)
            continue;
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "year");
          json_builder_add_int_value (b, year);
          json_builder_set_member_name (b, "budget");
          write_budget (b, store, year, unit_names);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }

  json_builder_set_member_name (b, "budget_follow_up");
  json_builder_begin_array (b);
  for (guint i = 0; values != NULL && i < values->len; i++)
    {
      SkBudgetValue *v = &g_array_index (values, SkBudgetValue, i);

      if (v->kind == SK_BUDGET_VALUE_BUDGET)
        continue;
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "year");
      json_builder_add_int_value (b, v->year);
      add_text (b, "unit", name_of (unit_names, v->unit_id));
      add_text (b, "line", sk_budget_line_to_string (v->line));
      add_text (b, "kind", sk_budget_value_to_string (v->kind));
      json_builder_set_member_name (b, "month");
      json_builder_add_int_value (b, v->month);
      add_number (b, "value", v->value);
      add_text (b, "changed_by", v->changed_by);
      add_text (b, "changed_at", v->changed_at);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "budget_indicators");
  json_builder_begin_array (b);
  ids = g_hash_table_get_keys (indicator_names);
  {
    /* In name order, so the file does not depend on the hash. */
    g_autoptr(GPtrArray) names = g_ptr_array_new ();

    for (GList *l = ids; l != NULL; l = l->next)
      if (sk_store_get_budget_measure (store, *(gint64 *) l->data) >= 0)
        g_ptr_array_add (names, l->data);
    g_ptr_array_sort_with_data (names, compare_names, indicator_names);
    for (guint i = 0; i < names->len; i++)
      {
        gint64 id = *(gint64 *) g_ptr_array_index (names, i);

        json_builder_begin_object (b);
        add_text (b, "indicator", name_of (indicator_names, id));
        add_text (b, "measure", sk_budget_measure_to_string (sk_store_get_budget_measure (store, id)));
        json_builder_end_object (b);
      }
  }
  json_builder_end_array (b);
}

/* ---- Import ---- */

static gboolean
get_month (JsonObject *obj,
           guint      *month)
{
  double value;

  if (!sk_exchange_get_number (obj, "month", &value) || isnan (value)
      || value != floor (value) || value < 0 || value > SK_BUDGET_MONTHS)
    return FALSE;
  *month = (guint) value;
  return TRUE;
}

static SkUnit *
known_unit (Importer   *im,
            const char *name)
{
  return name != NULL ? g_hash_table_lookup (im->units, name) : NULL;
}

static gboolean
same_number (double a, double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static SkBudgetAssumption *
find_assumption (GListModel *list, SkBudgetAssumptionKind kind, const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkBudgetAssumption) a = g_list_model_get_item (list, i);

      if (sk_budget_assumption_get_kind (a) == kind && g_strcmp0 (sk_budget_assumption_get_text (a), text) == 0)
        return g_steal_pointer (&a);
    }
  return NULL;
}

static SkBudgetProposal *
find_proposal (GListModel *list, const char *text)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkBudgetProposal) p = g_list_model_get_item (list, i);

      if (g_strcmp0 (sk_budget_proposal_get_text (p), text) == 0)
        return g_steal_pointer (&p);
    }
  return NULL;
}

static gint64
find_focus_area (SkStore *store, int year, const char *title)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);
  g_autoptr(GListModel) areas = NULL;

  if (plan == NULL || title == NULL)
    return 0;
  areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (plan)));
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkFocusArea) fa = g_list_model_get_item (areas, i);

      if (g_strcmp0 (sk_focus_area_get_title (fa), title) == 0)
        return sk_record_get_id (SK_RECORD (fa));
    }
  return 0;
}

/* One budget object; with @locked only finds whether it differs. */
static gboolean
import_budget_object (Importer    *im,
                      JsonObject  *budget,
                      int          year,
                      gboolean     locked,
                      gboolean    *differs,
                      GError     **error)
{
  JsonArray *units, *values, *assumptions, *proposals;
  g_autoptr(GListModel) old_assumptions = sk_store_list_budget_assumptions (im->store, year);
  g_autoptr(GListModel) old_proposals = sk_store_list_budget_proposals (im->store, year);
  g_autoptr(GArray) old_units = sk_store_list_budget_units (im->store, year);

  if (!sk_exchange_get_array (budget, "units", &units) || !sk_exchange_get_array (budget, "values", &values)
      || !sk_exchange_get_array (budget, "assumptions", &assumptions)
      || !sk_exchange_get_array (budget, "proposals", &proposals))
    return sk_exchange_format_error (error, _("Budget %d: “units”, “values”, “assumptions” and “proposals” must be lists."), year);

  for (guint i = 0; i < sk_exchange_array_length (units); i++)
    {
      JsonObject *obj = sk_exchange_element (units, i);
      const char *name = NULL, *financing_name = NULL;
      SkBudgetFinancing financing = SK_BUDGET_REVENUE_FINANCED;
      SkUnit *unit;
      gboolean found = FALSE;

      if (obj == NULL || !sk_exchange_get_text (obj, "unit", &name) || !sk_exchange_get_text (obj, "financing", &financing_name)
          || (financing_name != NULL && !sk_budget_financing_from_string (financing_name, &financing)))
        return sk_exchange_format_error (error, _("Budget %d, unit %u: it needs a unit and a financing (revenue or grant)."),
                                         year, i + 1);
      if ((unit = known_unit (im, name)) == NULL)
        return sk_exchange_format_error (error, _("Budget %d: unknown unit “%s”."), year, name ? name : "");
      for (guint j = 0; j < old_units->len; j++)
        {
          SkBudgetUnitEntry *e = &g_array_index (old_units, SkBudgetUnitEntry, j);

          found |= e->unit_id == sk_record_get_id (SK_RECORD (unit)) && e->financing == financing;
        }
      if (locked)
        *differs |= !found;
      else if (!found && !sk_store_set_budget_unit (im->store, year, sk_record_get_id (SK_RECORD (unit)), financing, error))
        return FALSE;
    }

  for (guint i = 0; i < sk_exchange_array_length (values); i++)
    {
      JsonObject *obj = sk_exchange_element (values, i);
      const char *name = NULL, *line_name = NULL;
      SkBudgetLineKind line;
      SkUnit *unit;
      guint month;
      double value;

      if (obj == NULL || !sk_exchange_get_text (obj, "unit", &name) || !sk_exchange_get_text (obj, "line", &line_name)
          || !sk_budget_line_from_string (line_name, &line) || !get_month (obj, &month)
          || !sk_exchange_get_number (obj, "value", &value) || isnan (value))
        return sk_exchange_format_error (error, _("Budget %d, value %u: it needs a unit, a line, a month (0–12) and a value."),
                                         year, i + 1);
      if ((unit = known_unit (im, name)) == NULL)
        return sk_exchange_format_error (error, _("Budget %d: unknown unit “%s”."), year, name ? name : "");
      if (same_number (sk_store_get_budget_value (im->store, year, sk_record_get_id (SK_RECORD (unit)), line,
                                                  SK_BUDGET_VALUE_BUDGET, month), value))
        continue;
      if (locked)
        *differs = TRUE;
      else if (!sk_store_set_budget_value (im->store, year, sk_record_get_id (SK_RECORD (unit)), line,
                                           SK_BUDGET_VALUE_BUDGET, month, value, error))
        return FALSE;
    }

  for (guint i = 0; i < sk_exchange_array_length (assumptions); i++)
    {
      JsonObject *obj = sk_exchange_element (assumptions, i);
      const char *kind_name = NULL, *measure_unit = NULL, *text = NULL;
      SkBudgetAssumptionKind kind;
      g_autoptr(SkBudgetAssumption) a = NULL;
      double value;

      if (obj == NULL || !sk_exchange_get_text (obj, "kind", &kind_name) || !sk_budget_assumption_from_string (kind_name, &kind)
          || !sk_exchange_get_number (obj, "value", &value) || !sk_exchange_get_text (obj, "measure_unit", &measure_unit)
          || !sk_exchange_get_text (obj, "text", &text))
        return sk_exchange_format_error (error, _("Budget %d, assumption %u: it needs a kind, and a value or a text."),
                                         year, i + 1);
      a = find_assumption (old_assumptions, kind, text ? text : "");
      if (a != NULL && same_number (sk_budget_assumption_get_value (a), value)
          && g_strcmp0 (sk_budget_assumption_get_measure_unit (a), measure_unit ? measure_unit : "") == 0)
        continue;
      if (locked)
        {
          *differs = TRUE;
          continue;
        }
      if (a == NULL)
        {
          a = sk_budget_assumption_new ();
          sk_budget_assumption_set_year (a, year);
          sk_budget_assumption_set_kind (a, kind);
          sk_budget_assumption_set_text (a, text);
        }
      sk_budget_assumption_set_value (a, value);
      sk_budget_assumption_set_measure_unit (a, measure_unit);
      if (!sk_store_save_budget_assumption (im->store, a, error))
        return FALSE;
    }

  for (guint i = 0; i < sk_exchange_array_length (proposals); i++)
    {
      JsonObject *obj = sk_exchange_element (proposals, i);
      const char *text = NULL, *area = NULL, *price_level = NULL;
      g_autoptr(SkBudgetProposal) p = NULL;
      g_autoptr(SkBudgetProposal) wanted = sk_budget_proposal_new ();
      JsonArray *costs;
      gboolean same;

      if (obj == NULL || !sk_exchange_get_text (obj, "text", &text) || sk_exchange_is_blank (text)
          || !sk_exchange_get_text (obj, "focus_area", &area) || !sk_exchange_get_text (obj, "price_level", &price_level)
          || !sk_exchange_get_array (obj, "costs", &costs) || sk_exchange_array_length (costs) > SK_BUDGET_PROPOSAL_YEARS)
        return sk_exchange_format_error (error, _("Budget %d, proposal %u: it needs a text and at most five yearly costs."),
                                         year, i + 1);
      sk_budget_proposal_set_year (wanted, year);
      sk_budget_proposal_set_text (wanted, text);
      sk_budget_proposal_set_focus_area_id (wanted, find_focus_area (im->store, year, area));
      sk_budget_proposal_set_price_level (wanted, price_level);
      sk_budget_proposal_set_granted (wanted, sk_exchange_get_bool (obj, "granted", FALSE));
      for (guint y = 0; y < sk_exchange_array_length (costs); y++)
        {
          JsonNode *node = json_array_get_element (costs, y);

          if (JSON_NODE_HOLDS_NULL (node))
            continue;
          if (!JSON_NODE_HOLDS_VALUE (node) || (json_node_get_value_type (node) != G_TYPE_DOUBLE
                                                && json_node_get_value_type (node) != G_TYPE_INT64))
            return sk_exchange_format_error (error, _("Budget %d, proposal %u: a cost must be a number."), year, i + 1);
          sk_budget_proposal_set_cost (wanted, y, json_node_get_double (node));
        }
      p = find_proposal (old_proposals, text);
      same = p != NULL
             && sk_budget_proposal_get_focus_area_id (p) == sk_budget_proposal_get_focus_area_id (wanted)
             && g_strcmp0 (sk_budget_proposal_get_price_level (p), sk_budget_proposal_get_price_level (wanted)) == 0
             && sk_budget_proposal_get_granted (p) == sk_budget_proposal_get_granted (wanted);
      for (guint y = 0; same && y < SK_BUDGET_PROPOSAL_YEARS; y++)
        same = same_number (sk_budget_proposal_get_cost (p, y), sk_budget_proposal_get_cost (wanted, y));
      if (same)
        continue;
      if (locked)
        {
          *differs = TRUE;
          continue;
        }
      if (p != NULL)
        {
          sk_record_set_id (SK_RECORD (wanted), sk_record_get_id (SK_RECORD (p)));
          sk_budget_proposal_set_position (wanted, sk_budget_proposal_get_position (p));
        }
      if (!sk_store_save_budget_proposal (im->store, wanted, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sk_exchange_import_plan_budget (Importer    *im,
                                JsonObject  *obj,
                                int          year,
                                gboolean     locked,
                                GError     **error)
{
  JsonNode *node = json_object_get_member (obj, "budget");
  gboolean differs = FALSE;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return sk_exchange_format_error (error, _("Plan %d: “budget” must be an object."), year);
  if (!import_budget_object (im, json_node_get_object (node), year, locked, &differs, error))
    return FALSE;
  if (locked && differs)
    g_ptr_array_add (im->notes,
                     g_strdup_printf (_("The plan for %d is adopted and was left as adopted: %s."), year,
                                      _("the internal budget")));
  return TRUE;
}

static gboolean
import_follow_up (Importer    *im,
                  JsonObject  *obj,
                  guint        n,
                  GError     **error)
{
  const char *name = NULL, *line_name = NULL, *kind_name = NULL, *who = NULL, *when = NULL;
  SkBudgetValue v = { 0 };
  SkUnit *unit;
  double year;

  if (obj == NULL || !sk_exchange_get_number (obj, "year", &year) || isnan (year) || year != floor (year)
      || !sk_exchange_get_text (obj, "unit", &name) || !sk_exchange_get_text (obj, "line", &line_name)
      || !sk_exchange_get_text (obj, "kind", &kind_name) || !sk_budget_line_from_string (line_name, &v.line)
      || !sk_budget_value_from_string (kind_name, &v.kind) || !get_month (obj, &v.month)
      || !sk_exchange_get_number (obj, "value", &v.value) || isnan (v.value)
      || !sk_exchange_get_text (obj, "changed_by", &who) || !sk_exchange_get_text (obj, "changed_at", &when))
    return sk_exchange_format_error (error, _("Budget follow-up %u: it needs a year, a unit, a line, a kind, a month and a value."), n);
  if ((unit = known_unit (im, name)) == NULL)
    return sk_exchange_format_error (error, _("Budget follow-up %u: unknown unit “%s”."), n, name ? name : "");
  v.year = (int) year;
  v.unit_id = sk_record_get_id (SK_RECORD (unit));
  v.changed_by = who;
  v.changed_at = when;
  if (same_number (sk_store_get_budget_value (im->store, v.year, v.unit_id, v.line, v.kind, v.month), v.value))
    return TRUE;
  if (v.kind == SK_BUDGET_VALUE_BUDGET)
    {
      g_autoptr(SkPlan) plan = sk_store_get_plan (im->store, v.year);

      if (plan != NULL && sk_plan_is_adopted (plan))
        {
          g_ptr_array_add (im->notes,
                           g_strdup_printf (_("The plan for %d is adopted and was left as adopted: %s."), v.year,
                                            _("the internal budget")));
          return TRUE;
        }
    }
  if (!sk_store_import_budget_value (im->store, &v, error))
    {
      g_prefix_error (error, _("Budget follow-up %u: "), n);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_exchange_import_budgets (Importer    *im,
                            JsonObject  *root,
                            GError     **error)
{
  JsonArray *budgets, *rows, *links;

  if (!sk_exchange_get_array (root, "budgets", &budgets) || !sk_exchange_get_array (root, "budget_follow_up", &rows)
      || !sk_exchange_get_array (root, "budget_indicators", &links))
    return sk_exchange_format_error (error, _("“budgets”, “budget_follow_up” and “budget_indicators” must be lists."));
  for (guint i = 0; i < sk_exchange_array_length (budgets); i++)
    {
      JsonObject *obj = sk_exchange_element (budgets, i);
      JsonNode *budget = obj ? json_object_get_member (obj, "budget") : NULL;
      double year;
      gboolean differs = FALSE;
      g_autoptr(SkPlan) plan = NULL;

      if (obj == NULL || !sk_exchange_get_number (obj, "year", &year) || isnan (year) || year != floor (year)
          || budget == NULL || !JSON_NODE_HOLDS_OBJECT (budget))
        return sk_exchange_format_error (error, _("Budget %u: it needs a year and a budget."), i + 1);
      plan = sk_store_get_plan (im->store, (int) year);
      if (!import_budget_object (im, json_node_get_object (budget), (int) year,
                                 plan != NULL && sk_plan_is_adopted (plan), &differs, error))
        return FALSE;
      if (differs)
        g_ptr_array_add (im->notes,
                         g_strdup_printf (_("The plan for %d is adopted and was left as adopted: %s."), (int) year,
                                          _("the internal budget")));
    }
  for (guint i = 0; i < sk_exchange_array_length (rows); i++)
    if (!import_follow_up (im, sk_exchange_element (rows, i), i + 1, error))
      return FALSE;
  for (guint i = 0; i < sk_exchange_array_length (links); i++)
    {
      JsonObject *obj = sk_exchange_element (links, i);
      const char *name = NULL, *measure_name = NULL;
      SkBudgetMeasure measure;
      SkIndicator *ind;

      if (obj == NULL || !sk_exchange_get_text (obj, "indicator", &name) || !sk_exchange_get_text (obj, "measure", &measure_name)
          || !sk_budget_measure_from_string (measure_name, &measure))
        return sk_exchange_format_error (error, _("Budget indicator %u: it needs an indicator and a figure of the budget."), i + 1);
      if ((ind = sk_exchange_known_indicator (im, name)) == NULL)
        return sk_exchange_format_error (error, _("Budget indicator %u: unknown indicator “%s”."), i + 1, name ? name : "");
      if (!sk_store_set_budget_indicator (im->store, sk_record_get_id (SK_RECORD (ind)), measure, error))
        return FALSE;
    }
  return TRUE;
}
