/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-exchange"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sk-exchange.h"
#include "sk-exchange-check.h"
#include "sk-exchange-import-private.h"
#include "sk-exchange-budget.h"
#include "sk-store-bulk.h"

/* Reading the "plans" of an exchange file: register, targets, definitions,
 * goals with their assignments and assessments, the work-environment plan
 * and the decision; an adopted plan is left as adopted, with notes. */

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
  SkIndicator *ind = sk_exchange_known_indicator (pc->im, name);

  if (ind == NULL)
    return sk_exchange_format_error (error, _("Plan %d, %s: unknown indicator “%s”."), pc->year, where, name ? name : "");
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

  if (!sk_exchange_get_array (obj, "register", &names))
    return sk_exchange_format_error (error, _("Plan %d: “register” must be a list of indicator names."), pc->year);
  for (guint i = 0; i < sk_exchange_array_length (names); i++)
    {
      gint64 id;

      if (!resolve_indicator (pc, sk_exchange_element_text (names, i), _("register"), &id, error))
        return FALSE;
      if (!list_has_id (current, id)
          && !left_as_adopted (pc, _("the register (the file adds “%s”)"), sk_exchange_element_text (names, i))
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

  if (!sk_exchange_get_array (obj, "targets", &targets))
    return sk_exchange_format_error (error, _("Plan %d: “targets” must be a list."), pc->year);
  for (guint i = 0; i < sk_exchange_array_length (targets); i++)
    {
      JsonObject *t = sk_exchange_element (targets, i);
      const char *name = NULL, *text = NULL;
      g_autoptr(SkTarget) old = NULL;
      gint64 id;

      if (t == NULL || !sk_exchange_get_text (t, "indicator", &name) || !sk_exchange_get_text (t, "text", &text))
        return sk_exchange_format_error (error, _("Plan %d, target %u: needs an indicator and a text."), pc->year, i + 1);
      if (!resolve_indicator (pc, name, _("targets"), &id, error))
        return FALSE;
      old = sk_store_get_target (pc->im->store, id, pc->year);
      if (sk_exchange_text_differs (old ? sk_target_get_text (old) : NULL, sk_exchange_is_blank (text) ? NULL : text)
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

  if (!sk_exchange_get_text (obj, "description", &description))
    return sk_exchange_format_error (error, _("Plan %d: a description must be text."), pc->year);
  g_object_get (record, "description", &old, NULL);
  if (!sk_exchange_text_differs (old, description))
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

  if (!sk_exchange_get_array (obj, "follow_ups", &list))
    return sk_exchange_format_error (error, _("Plan %d: “follow_ups” must be a list."), pc->year);
  for (guint i = 0; i < sk_exchange_array_length (list); i++)
    {
      JsonObject *f = sk_exchange_element (list, i);
      const char *period = NULL, *comment = NULL;

      if (f == NULL || !sk_exchange_get_text (f, "period", &period) || !sk_exchange_get_text (f, "comment", &comment) || period == NULL)
        return sk_exchange_format_error (error, _("Plan %d: a follow-up needs a period and a comment."), pc->year);
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
  for (guint i = 0; i < sk_exchange_array_length (list); i++)
    {
      JsonObject *obj = sk_exchange_element (list, i);
      g_autoptr(GListModel) existing = sk_store_list_assignments (pc->im->store, goal_id, parent_id);
      g_autoptr(SkRecord) a = NULL;
      const char *title = NULL;
      JsonArray *sub;

      if (obj == NULL || !sk_exchange_get_text (obj, "title", &title) || sk_exchange_is_blank (title) || !sk_exchange_get_array (obj, "sub", &sub))
        return sk_exchange_format_error (error, _("Plan %d: an assignment needs a title."), pc->year);
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

  if (!sk_exchange_get_array (obj, "assessments", &list))
    return sk_exchange_format_error (error, _("Plan %d: “assessments” must be a list."), pc->year);
  for (guint i = 0; i < sk_exchange_array_length (list); i++)
    {
      JsonObject *a = sk_exchange_element (list, i);
      const char *period = NULL, *value = NULL, *analysis = NULL;
      SkAssessment assessment;

      if (a == NULL || !sk_exchange_get_text (a, "period", &period) || !sk_exchange_get_text (a, "assessment", &value)
          || !sk_exchange_get_text (a, "analysis", &analysis) || !sk_assessment_from_string (value, &assessment))
        return sk_exchange_format_error (error, _("Plan %d: an assessment needs a period and one of met, partly, not-met or not-assessed."),
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

  if (!sk_exchange_get_array (obj, "indicators", &names))
    return sk_exchange_format_error (error, _("Plan %d: a goal’s “indicators” must be a list of names."), pc->year);
  for (guint i = 0; i < sk_exchange_array_length (names); i++)
    {
      gint64 id;

      if (!resolve_indicator (pc, sk_exchange_element_text (names, i), _("goal indicators"), &id, error))
        return FALSE;
      if (!list_has_id (linked, id)
          && !left_as_adopted (pc, _("the indicators of a goal (the file links “%s”)"), sk_exchange_element_text (names, i))
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

  if (!sk_exchange_get_array (parent, "goals", &goals))
    return sk_exchange_format_error (error, _("Plan %d: “goals” must be a list."), pc->year);
  for (guint i = 0; i < sk_exchange_array_length (goals); i++)
    {
      JsonObject *obj = sk_exchange_element (goals, i);
      g_autoptr(GListModel) existing = sk_store_list_board_goals (pc->im->store, focus_area_id, regional_goal_id);
      g_autoptr(SkRecord) g = NULL;
      const char *text = NULL;
      JsonArray *assignments;

      if (obj == NULL || !sk_exchange_get_text (obj, "text", &text) || sk_exchange_is_blank (text) || !sk_exchange_get_array (obj, "assignments", &assignments))
        return sk_exchange_format_error (error, _("Plan %d: a goal needs a text."), pc->year);
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

  if (!sk_exchange_get_array (fa_obj, "regional_goals", &list))
    return sk_exchange_format_error (error, _("Plan %d: “regional_goals” must be a list."), pc->year);
  for (guint i = 0; i < sk_exchange_array_length (list); i++)
    {
      JsonObject *obj = sk_exchange_element (list, i);
      g_autoptr(GListModel) existing = sk_store_list_regional_goals (pc->im->store, focus_area_id);
      g_autoptr(SkRecord) rg = NULL;
      const char *title = NULL, *description = NULL;

      if (obj == NULL || !sk_exchange_get_text (obj, "title", &title) || sk_exchange_is_blank (title) || !sk_exchange_get_text (obj, "description", &description))
        return sk_exchange_format_error (error, _("Plan %d: a regional goal needs a title."), pc->year);
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

  if (!sk_exchange_get_array (plan_obj, "focus_areas", &list))
    return sk_exchange_format_error (error, _("Plan %d: “focus_areas” must be a list."), pc->year);
  for (guint i = 0; i < sk_exchange_array_length (list); i++)
    {
      JsonObject *obj = sk_exchange_element (list, i);
      g_autoptr(GListModel) existing = sk_store_list_focus_areas (pc->im->store, plan_id);
      g_autoptr(SkRecord) fa = NULL;
      const char *title = NULL, *description = NULL;

      if (obj == NULL || !sk_exchange_get_text (obj, "title", &title) || sk_exchange_is_blank (title) || !sk_exchange_get_text (obj, "description", &description))
        return sk_exchange_format_error (error, _("Plan %d, focus area %u: needs a title."), pc->year, i + 1);
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

  for (guint i = 0; i < sk_exchange_array_length (list); i++)
    {
      JsonObject *obj = sk_exchange_element (list, i);
      g_autoptr(GListModel) existing = sk_store_list_priority_areas (pc->im->store, plan_id);
      g_autoptr(SkRecord) pa = NULL;
      const char *title = NULL, *description = NULL;
      JsonArray *follow_ups;

      if (obj == NULL || !sk_exchange_get_text (obj, "title", &title) || sk_exchange_is_blank (title)
          || !sk_exchange_get_text (obj, "description", &description) || !sk_exchange_get_array (obj, "follow_ups", &follow_ups))
        return sk_exchange_format_error (error, _("Plan %d, priority area %u: needs a title."), pc->year, i + 1);
      pa = find_by_text (existing, "title", title);
      if (pa == NULL
          && left_as_adopted (pc, _("the priority area “%s” is not in the plan: it and its follow-up in the file were left out"),
                              title))
        continue;
      if (pa == NULL)
        pa = (SkRecord *) sk_store_add_priority_area (pc->im->store, plan_id, title, description, error);
      if (pa == NULL || !sync_description (pc, pa, obj, error))
        return FALSE;
      for (guint j = 0; j < sk_exchange_array_length (follow_ups); j++)
        {
          JsonObject *f = sk_exchange_element (follow_ups, j);
          const char *period = NULL, *text = NULL;

          if (f == NULL || !sk_exchange_get_text (f, "period", &period) || !sk_exchange_get_text (f, "text", &text) || period == NULL)
            return sk_exchange_format_error (error, _("Plan %d: a follow-up needs a period and a text."), pc->year);
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
  if (obj == NULL || !sk_exchange_get_text (obj, "goal", &goal) || !sk_exchange_get_array (obj, "indicators", &names)
      || !sk_exchange_get_array (obj, "priority_areas", &areas))
    return sk_exchange_format_error (error, _("Plan %d: “work_environment” is not a work-environment plan."), pc->year);
  wep = sk_store_get_work_env_plan (pc->im->store, plan_id);
  if (wep == NULL
      || (sk_exchange_text_differs (sk_work_env_plan_get_goal_text (wep), goal)
          && !left_as_adopted (pc, _("the work-environment goal"))
          && !sk_store_set_work_env_goal (pc->im->store, wep, goal ? goal : "", error)))
    return FALSE;
  linked = sk_store_list_work_env_indicators (pc->im->store, plan_id);
  for (guint i = 0; i < sk_exchange_array_length (names); i++)
    {
      gint64 id;

      if (!resolve_indicator (pc, sk_exchange_element_text (names, i), _("work environment"), &id, error))
        return FALSE;
      if (!list_has_id (linked, id)
          && !left_as_adopted (pc, _("the work-environment indicators (the file adds “%s”)"), sk_exchange_element_text (names, i))
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

  if (!sk_exchange_get_text (obj, "status", &status) || (status != NULL && !sk_plan_status_from_string (status, &wanted)))
    return sk_exchange_format_error (error, _("Plan %d: unknown status “%s”."), pc->year, status ? status : "");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *d = json_node_get_object (node);
      if (!sk_exchange_get_text (d, "date", &date) || !sk_exchange_get_text (d, "paragraph", &paragraph) || !sk_exchange_get_text (d, "diary_number", &diary))
        return sk_exchange_format_error (error, _("Plan %d: the decision’s fields must be text."), pc->year);
    }
  else if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return sk_exchange_format_error (error, _("Plan %d: “decision” must be an object or null."), pc->year);

  /* A draft in the file never reopens an adopted plan. */
  if (wanted != SK_PLAN_ADOPTED)
    return TRUE;
  if (sk_plan_get_status (pc->plan) == SK_PLAN_ADOPTED
      && !sk_exchange_text_differs (sk_plan_get_decision_date (pc->plan), date)
      && !sk_exchange_text_differs (sk_plan_get_decision_paragraph (pc->plan), paragraph)
      && !sk_exchange_text_differs (sk_plan_get_diary_number (pc->plan), diary))
    return TRUE;
  /* The board's decision is not rewritten by a file either. */
  if (left_as_adopted (pc, _("the decision (date, paragraph and diary number)")))
    return TRUE;
  return sk_store_adopt_plan (pc->im->store, pc->plan, date, paragraph, diary, error);
}

gboolean
sk_exchange_import_plan (Importer    *im,
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
      || !sk_exchange_get_text (obj, "title", &title) || sk_exchange_is_blank (title))
    return sk_exchange_format_error (error, _("Plan %u: a plan needs a year and a title."), n);
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
      || !sk_exchange_import_plan_budget (im, obj, pc.year, pc.locked, error)
      || !import_status (&pc, obj, error))
    {
      if (error != NULL && *error != NULL && (*error)->code != SK_STORE_ERROR_FORMAT)
        g_prefix_error (error, _("Plan %d: "), pc.year);
      return FALSE;
    }
  return TRUE;
}
