/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-adopted-lock"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include <json-glib/json-glib.h>

#include "sk-store.h"
#include "sk-exchange.h"
#include "store-test-util.h"

/*
 * What the board adopted stays as adopted, by every path of the store.
 * One table: each row is one edit call, run against the adopted 2024 and
 * 2025 example plans (refused, and the whole database, history included,
 * is the same afterwards) and against a draft copy (allowed, so the row
 * really is an edit). Follow-up rows are allowed everywhere.
 */

typedef struct {
  SkStore *store;
  int      year;
  gint64   plan_id;
} Ctx;

/* Per row: skipped when the plan has nothing to try it on. */
typedef enum { RAN, NOTHING_TO_TRY } Ran;

typedef Ran (*RowFunc) (Ctx *ctx, gboolean *ok, GError **error);

typedef struct {
  const char *name;
  RowFunc     run;
  gboolean    follow_up;      /* open on an adopted plan too */
  gboolean    refused_draft;  /* refused on the draft too (it touches an adopted plan) */
} Row;

/* ---- Finding something to edit, fresh each time ---- */

static gpointer
first_item (GListModel *list)
{
  g_autoptr(GListModel) owned = list;

  return g_list_model_get_n_items (owned) > 0 ? g_list_model_get_item (owned, 0) : NULL;
}

static SkFocusArea *
focus_area (Ctx *ctx)
{
  return first_item (sk_store_list_focus_areas (ctx->store, ctx->plan_id));
}

static SkRegionalGoal *
regional_goal (Ctx *ctx)
{
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (ctx->store, ctx->plan_id);

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkRecord) fa = g_list_model_get_item (areas, i);
      SkRegionalGoal *rg = first_item (sk_store_list_regional_goals (ctx->store, sk_record_get_id (fa)));

      if (rg != NULL)
        return rg;
    }
  return NULL;
}

/* The board goals of the plan, directly under focus areas and under regional goals. */
static GPtrArray *
board_goals (Ctx *ctx)
{
  GPtrArray *goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (ctx->store, ctx->plan_id);

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkRecord) fa = g_list_model_get_item (areas, i);
      g_autoptr(GListModel) regional = sk_store_list_regional_goals (ctx->store, sk_record_get_id (fa));

      for (guint j = 0; j <= g_list_model_get_n_items (regional); j++)
        {
          g_autoptr(SkRecord) rg = j < g_list_model_get_n_items (regional) ? g_list_model_get_item (regional, j) : NULL;
          g_autoptr(GListModel) list = sk_store_list_board_goals (ctx->store, sk_record_get_id (fa),
                                                                  rg ? sk_record_get_id (rg) : 0);

          for (guint k = 0; k < g_list_model_get_n_items (list); k++)
            g_ptr_array_add (goals, g_list_model_get_item (list, k));
        }
    }
  return goals;
}

/* A board goal that has an indicator linked (when @linked), else any. */
static SkBoardGoal *
board_goal (Ctx      *ctx,
            gboolean  linked)
{
  g_autoptr(GPtrArray) goals = board_goals (ctx);

  for (guint i = 0; i < goals->len; i++)
    {
      g_autoptr(GListModel) inds = sk_store_list_goal_indicators (ctx->store, sk_record_get_id (goals->pdata[i]));

      if (!linked || g_list_model_get_n_items (inds) > 0)
        return g_object_ref (goals->pdata[i]);
    }
  return NULL;
}

static SkAssignment *
assignment (Ctx *ctx)
{
  g_autoptr(GPtrArray) goals = board_goals (ctx);

  for (guint i = 0; i < goals->len; i++)
    {
      SkAssignment *a = first_item (sk_store_list_assignments (ctx->store, sk_record_get_id (goals->pdata[i]), 0));

      if (a != NULL)
        return a;
    }
  return NULL;
}

static SkPriorityArea *
priority_area (Ctx *ctx)
{
  return first_item (sk_store_list_priority_areas (ctx->store, ctx->plan_id));
}

static SkIndicator *
register_indicator (Ctx *ctx)
{
  return first_item (sk_store_list_indicators (ctx->store, ctx->year));
}

static gboolean
list_has (GListModel *list,
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

/* An indicator that is not in @in. */
static SkIndicator *
indicator_not_in (Ctx        *ctx,
                  GListModel *in)
{
  g_autoptr(GListModel) all = sk_store_list_indicators (ctx->store, 0);
  g_autoptr(GListModel) owned = in;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (all, i);
      if (!list_has (owned, sk_record_get_id (SK_RECORD (ind))))
        return g_steal_pointer (&ind);
    }
  return NULL;
}

/* ---- The rows: plan content ---- */

#define NEED(x) G_STMT_START { if ((x) == NULL) return NOTHING_TO_TRY; } G_STMT_END

static Ran
add_focus_area (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkFocusArea) fa = sk_store_add_focus_area (ctx->store, ctx->plan_id, "Nytt fokusområde", "", error);
  *ok = fa != NULL;
  return RAN;
}

static Ran
rename_focus_area (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkFocusArea) fa = focus_area (ctx);
  NEED (fa);
  *ok = sk_store_rename (ctx->store, SK_RECORD (fa), "Annat fokusområde", error);
  return RAN;
}

static Ran
describe_focus_area (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkFocusArea) fa = focus_area (ctx);
  NEED (fa);
  *ok = sk_store_set_description (ctx->store, SK_RECORD (fa), "Ny beskrivning", error);
  return RAN;
}

static Ran
move_focus_area (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkFocusArea) fa = focus_area (ctx);
  NEED (fa);
  *ok = sk_store_move (ctx->store, SK_RECORD (fa), 2, error);
  return RAN;
}

static Ran
add_regional_goal (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkFocusArea) fa = focus_area (ctx);
  g_autoptr(SkRegionalGoal) rg = NULL;
  NEED (fa);
  rg = sk_store_add_regional_goal (ctx->store, sk_record_get_id (SK_RECORD (fa)), "Nytt RF-mål", "", error);
  *ok = rg != NULL;
  return RAN;
}

static Ran
rename_regional_goal (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkRegionalGoal) rg = regional_goal (ctx);
  NEED (rg);
  *ok = sk_store_rename (ctx->store, SK_RECORD (rg), "Annat RF-mål", error);
  return RAN;
}

static Ran
describe_regional_goal (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkRegionalGoal) rg = regional_goal (ctx);
  NEED (rg);
  *ok = sk_store_set_description (ctx->store, SK_RECORD (rg), "Ny beskrivning", error);
  return RAN;
}

static Ran
move_regional_goal (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkRegionalGoal) rg = regional_goal (ctx);
  NEED (rg);
  *ok = sk_store_move (ctx->store, SK_RECORD (rg), 1, error);
  return RAN;
}

static Ran
add_board_goal (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkFocusArea) fa = focus_area (ctx);
  g_autoptr(SkBoardGoal) bg = NULL;
  NEED (fa);
  bg = sk_store_add_board_goal (ctx->store, sk_record_get_id (SK_RECORD (fa)), 0, "Nytt nämndmål", error);
  *ok = bg != NULL;
  return RAN;
}

static Ran
rename_board_goal (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkBoardGoal) bg = board_goal (ctx, FALSE);
  NEED (bg);
  *ok = sk_store_rename (ctx->store, SK_RECORD (bg), "Omskrivet nämndmål", error);
  return RAN;
}

static Ran
move_board_goal (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkBoardGoal) bg = board_goal (ctx, FALSE);
  NEED (bg);
  *ok = sk_store_move (ctx->store, SK_RECORD (bg), 1, error);
  return RAN;
}

static Ran
link_goal_indicator (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkBoardGoal) bg = board_goal (ctx, FALSE);
  g_autoptr(SkIndicator) ind = NULL;
  NEED (bg);
  ind = indicator_not_in (ctx, sk_store_list_goal_indicators (ctx->store, sk_record_get_id (SK_RECORD (bg))));
  NEED (ind);
  *ok = sk_store_link_indicator (ctx->store, sk_record_get_id (SK_RECORD (bg)), sk_record_get_id (SK_RECORD (ind)), error);
  return RAN;
}

static Ran
unlink_goal_indicator (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkBoardGoal) bg = board_goal (ctx, TRUE);
  g_autoptr(SkIndicator) ind = NULL;
  NEED (bg);
  ind = first_item (sk_store_list_goal_indicators (ctx->store, sk_record_get_id (SK_RECORD (bg))));
  *ok = sk_store_unlink_indicator (ctx->store, sk_record_get_id (SK_RECORD (bg)), sk_record_get_id (SK_RECORD (ind)), error);
  return RAN;
}

static Ran
add_to_register (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkIndicator) ind = indicator_not_in (ctx, sk_store_list_indicators (ctx->store, ctx->year));
  NEED (ind);
  *ok = sk_store_add_to_register (ctx->store, ctx->plan_id, sk_record_get_id (SK_RECORD (ind)), error);
  return RAN;
}

static Ran
remove_from_register (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkIndicator) ind = register_indicator (ctx);
  NEED (ind);
  *ok = sk_store_remove_from_register (ctx->store, ctx->plan_id, sk_record_get_id (SK_RECORD (ind)), error);
  return RAN;
}

static Ran
change_target (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkIndicator) ind = register_indicator (ctx);
  NEED (ind);
  *ok = sk_store_set_target (ctx->store, sk_record_get_id (SK_RECORD (ind)), ctx->year, ">99 %", error);
  return RAN;
}

static Ran
clear_target (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkIndicator) ind = register_indicator (ctx);
  NEED (ind);
  *ok = sk_store_set_target (ctx->store, sk_record_get_id (SK_RECORD (ind)), ctx->year, "", error);
  return RAN;
}

static Ran
work_env_goal (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkWorkEnvPlan) wep = sk_store_get_work_env_plan (ctx->store, ctx->plan_id);
  NEED (wep);
  *ok = sk_store_set_work_env_goal (ctx->store, wep, "Ett annat övergripande mål", error);
  return RAN;
}

static Ran
link_work_env_indicator (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkIndicator) ind = indicator_not_in (ctx, sk_store_list_work_env_indicators (ctx->store, ctx->plan_id));
  NEED (ind);
  *ok = sk_store_link_work_env_indicator (ctx->store, ctx->plan_id, sk_record_get_id (SK_RECORD (ind)), error);
  return RAN;
}

static Ran
unlink_work_env_indicator (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkIndicator) ind = first_item (sk_store_list_work_env_indicators (ctx->store, ctx->plan_id));
  NEED (ind);
  *ok = sk_store_unlink_work_env_indicator (ctx->store, ctx->plan_id, sk_record_get_id (SK_RECORD (ind)), error);
  return RAN;
}

static Ran
add_priority_area (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkPriorityArea) pa = sk_store_add_priority_area (ctx->store, ctx->plan_id, "Nytt område", "", error);
  *ok = pa != NULL;
  return RAN;
}

static Ran
rename_priority_area (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkPriorityArea) pa = priority_area (ctx);
  NEED (pa);
  *ok = sk_store_rename (ctx->store, SK_RECORD (pa), "Annat område", error);
  return RAN;
}

static Ran
describe_priority_area (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkPriorityArea) pa = priority_area (ctx);
  NEED (pa);
  *ok = sk_store_set_description (ctx->store, SK_RECORD (pa), "Ny beskrivning", error);
  return RAN;
}

static Ran
move_priority_area (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkPriorityArea) pa = priority_area (ctx);
  NEED (pa);
  *ok = sk_store_move (ctx->store, SK_RECORD (pa), 2, error);
  return RAN;
}

static Ran
delete_priority_area (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkPriorityArea) pa = priority_area (ctx);
  NEED (pa);
  *ok = sk_store_delete (ctx->store, SK_RECORD (pa), error);
  return RAN;
}

static Ran
add_assignment (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkBoardGoal) bg = board_goal (ctx, FALSE);
  g_autoptr(SkAssignment) a = NULL;
  NEED (bg);
  a = sk_store_add_assignment (ctx->store, sk_record_get_id (SK_RECORD (bg)), 0, "Nytt uppdrag", error);
  *ok = a != NULL;
  return RAN;
}

static Ran
rename_assignment (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkAssignment) a = assignment (ctx);
  NEED (a);
  *ok = sk_store_rename (ctx->store, SK_RECORD (a), "Omdöpt uppdrag", error);
  return RAN;
}

static Ran
move_assignment (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkAssignment) a = assignment (ctx);
  NEED (a);
  *ok = sk_store_move (ctx->store, SK_RECORD (a), 3, error);
  return RAN;
}

static Ran
delete_assignment (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkAssignment) a = assignment (ctx);
  NEED (a);
  *ok = sk_store_delete (ctx->store, SK_RECORD (a), error);
  return RAN;
}

static Ran
delete_board_goal (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkBoardGoal) bg = board_goal (ctx, FALSE);
  NEED (bg);
  *ok = sk_store_delete (ctx->store, SK_RECORD (bg), error);
  return RAN;
}

static Ran
delete_regional_goal (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkRegionalGoal) rg = regional_goal (ctx);
  NEED (rg);
  *ok = sk_store_delete (ctx->store, SK_RECORD (rg), error);
  return RAN;
}

static Ran
delete_focus_area (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkFocusArea) fa = focus_area (ctx);
  NEED (fa);
  *ok = sk_store_delete (ctx->store, SK_RECORD (fa), error);
  return RAN;
}

/* Deleting an indicator would take the plan's register rows, links and targets. */
static Ran
delete_register_indicator (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkIndicator) ind = register_indicator (ctx);
  NEED (ind);
  *ok = sk_store_delete (ctx->store, SK_RECORD (ind), error);
  return RAN;
}

/* The year's definition of an indicator: name as printed, direction … */
static Ran
save_definition (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkIndicator) ind = register_indicator (ctx);
  NEED (ind);
  sk_indicator_set_year (ind, ctx->year);
  sk_indicator_set_direction (ind, sk_indicator_get_direction (ind) == SK_DIRECTION_HIGHER
                                   ? SK_DIRECTION_LOWER : SK_DIRECTION_HIGHER);
  sk_indicator_set_name (ind, "Ett annat namn i år");
  *ok = sk_store_save_indicator (ctx->store, ind, error);
  return RAN;
}

/* The store's one rename call, given an indicator as the year names it:
 * the same lock and the same per-year definition as the editor's save. */
static Ran
rename_indicator (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkIndicator) ind = register_indicator (ctx);
  NEED (ind);
  *ok = sk_store_rename (ctx->store, SK_RECORD (ind), "Ett annat namn genom rename", error);
  return RAN;
}

static Ran
rename_plan (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (ctx->store, ctx->year);
  NEED (plan);
  *ok = sk_store_update_plan (ctx->store, plan, "En annan titel", error);
  return RAN;
}

/* Only an adopted plan can be adopted "again": with another decision. */
static Ran
adopt_again (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (ctx->store, ctx->year);
  NEED (plan);
  if (!sk_plan_is_adopted (plan))
    return NOTHING_TO_TRY;
  *ok = sk_store_adopt_plan (ctx->store, plan, "2030-01-01", "§ 1", "DN 1", error);
  return RAN;
}

static Ran
delete_plan (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (ctx->store, ctx->year);
  NEED (plan);
  *ok = sk_store_delete (ctx->store, SK_RECORD (plan), error);
  return RAN;
}

/* ---- The rows: follow-up, open on an adopted plan ---- */

static SkUnit *
any_unit (Ctx *ctx)
{
  return first_item (sk_store_list_units (ctx->store));
}

static Ran
set_outcome (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkIndicator) ind = register_indicator (ctx);
  g_autoptr(SkUnit) unit = any_unit (ctx);
  g_autoptr(SkOutcome) o = sk_outcome_new ();
  g_autofree char *period = g_strdup_printf ("%d-05", ctx->year);
  NEED (ind);
  NEED (unit);
  sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
  sk_outcome_set_unit_id (o, sk_record_get_id (SK_RECORD (unit)));
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, SK_OUTCOME_MONTH);
  sk_outcome_set_value (o, 42);
  *ok = sk_store_set_outcome (ctx->store, o, error);
  return RAN;
}

static Ran
clear_outcome (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkIndicator) ind = register_indicator (ctx);
  g_autoptr(SkUnit) unit = any_unit (ctx);
  g_autofree char *period = g_strdup_printf ("%d-05", ctx->year);
  NEED (ind);
  NEED (unit);
  *ok = sk_store_clear_outcome (ctx->store, sk_record_get_id (SK_RECORD (ind)), sk_record_get_id (SK_RECORD (unit)),
                                period, SK_OUTCOME_MONTH, error);
  return RAN;
}

static Ran
set_assessment (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkBoardGoal) bg = board_goal (ctx, FALSE);
  g_autofree char *period = g_strdup_printf ("%d-08", ctx->year);
  NEED (bg);
  *ok = sk_store_set_assessment (ctx->store, sk_record_get_id (SK_RECORD (bg)), period,
                                 SK_ASSESSMENT_PARTLY, "Delvis uppfyllt efter augusti.", error);
  return RAN;
}

static Ran
priority_follow_up (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkPriorityArea) pa = priority_area (ctx);
  g_autofree char *period = g_strdup_printf ("%d-08", ctx->year);
  NEED (pa);
  *ok = sk_store_set_priority_follow_up (ctx->store, sk_record_get_id (SK_RECORD (pa)), period,
                                         "Arbetet pågår enligt plan.", error);
  return RAN;
}

static Ran
assignment_comment (Ctx *ctx, gboolean *ok, GError **error)
{
  g_autoptr(SkAssignment) a = assignment (ctx);
  g_autofree char *period = g_strdup_printf ("%d-08", ctx->year);
  NEED (a);
  *ok = sk_store_set_assignment_comment (ctx->store, sk_record_get_id (SK_RECORD (a)), period,
                                         "Genomfört under våren.", error);
  return RAN;
}

static const Row rows[] = {
  /* the goal tree */
  { "add a focus area", add_focus_area, FALSE, FALSE },
  { "rename a focus area", rename_focus_area, FALSE, FALSE },
  { "describe a focus area", describe_focus_area, FALSE, FALSE },
  { "move a focus area", move_focus_area, FALSE, FALSE },
  { "add a regional goal", add_regional_goal, FALSE, FALSE },
  { "rename a regional goal", rename_regional_goal, FALSE, FALSE },
  { "describe a regional goal", describe_regional_goal, FALSE, FALSE },
  { "move a regional goal", move_regional_goal, FALSE, FALSE },
  { "add a board goal", add_board_goal, FALSE, FALSE },
  { "rename a board goal", rename_board_goal, FALSE, FALSE },
  { "move a board goal", move_board_goal, FALSE, FALSE },
  { "link an indicator to a goal", link_goal_indicator, FALSE, FALSE },
  { "unlink an indicator from a goal", unlink_goal_indicator, FALSE, FALSE },
  /* register, definitions and targets */
  { "change an indicator's definition for the year", save_definition, FALSE, FALSE },
  { "rename an indicator of the year (sk_store_rename)", rename_indicator, FALSE, FALSE },
  { "add to the register", add_to_register, FALSE, FALSE },
  { "change a target", change_target, FALSE, FALSE },
  { "clear a target", clear_target, FALSE, FALSE },
  { "remove from the register", remove_from_register, FALSE, FALSE },
  /* the work-environment plan */
  { "change the work-environment goal", work_env_goal, FALSE, FALSE },
  { "link a work-environment indicator", link_work_env_indicator, FALSE, FALSE },
  { "unlink a work-environment indicator", unlink_work_env_indicator, FALSE, FALSE },
  { "add a priority area", add_priority_area, FALSE, FALSE },
  { "rename a priority area", rename_priority_area, FALSE, FALSE },
  { "describe a priority area", describe_priority_area, FALSE, FALSE },
  { "move a priority area", move_priority_area, FALSE, FALSE },
  /* follow-up, open everywhere */
  { "enter an outcome", set_outcome, TRUE, FALSE },
  { "clear an outcome", clear_outcome, TRUE, FALSE },
  { "assess a goal", set_assessment, TRUE, FALSE },
  { "follow up a priority area", priority_follow_up, TRUE, FALSE },
  { "comment an assignment", assignment_comment, TRUE, FALSE },
  /* the förvaltning's assignments */
  { "add an assignment", add_assignment, FALSE, FALSE },
  { "rename an assignment", rename_assignment, FALSE, FALSE },
  { "move an assignment", move_assignment, FALSE, FALSE },
  { "delete an assignment", delete_assignment, FALSE, FALSE },
  /* deletions last: they take what other rows need */
  { "delete a priority area", delete_priority_area, FALSE, FALSE },
  { "delete a board goal", delete_board_goal, FALSE, FALSE },
  { "delete a regional goal", delete_regional_goal, FALSE, FALSE },
  { "delete a focus area", delete_focus_area, FALSE, FALSE },
  /* the adopted 2025 plan holds the draft's indicators too */
  { "delete an indicator the plan holds", delete_register_indicator, FALSE, TRUE },
  { "rename the plan", rename_plan, FALSE, FALSE },
  { "adopt again with another decision", adopt_again, FALSE, FALSE },
  { "delete the plan", delete_plan, FALSE, FALSE },
};

/* ---- Running the table ---- */

typedef struct {
  char    *dir;
  SkStore *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("sk-lock-XXXXXX", NULL);
  path = g_build_filename (f->dir, "plan.db", NULL);
  f->store = sk_test_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (f->store, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->store);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_remove (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static char *
snapshot (SkStore *store)
{
  g_autoptr(GError) error = NULL;
  char *json = sk_exchange_export_string (store, &error);

  g_assert_no_error (error);
  return json;
}

static void
run_table (SkStore *store,
           int      year,
           gboolean adopted)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);
  Ctx ctx = { store, year, 0 };
  guint refused = 0, allowed = 0;

  g_assert_nonnull (plan);
  g_assert_cmpint (sk_plan_is_adopted (plan), ==, adopted);
  ctx.plan_id = sk_record_get_id (SK_RECORD (plan));

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const Row *row = &rows[i];
      gboolean expect_refused = adopted ? !row->follow_up : row->refused_draft;
      g_autofree char *before = snapshot (store);
      g_autoptr(GError) error = NULL;
      gboolean ok = FALSE;

      if (row->run (&ctx, &ok, &error) == NOTHING_TO_TRY)
        {
          g_test_message ("%d: %s: nothing to try it on", year, row->name);
          continue;
        }
      g_test_message ("%d: %s: %s", year, row->name, ok ? "allowed" : error ? error->message : "refused");
      if (expect_refused)
        {
          g_autofree char *after = NULL;

          if (ok)
            g_error ("%d (%s): “%s” was allowed", year, adopted ? "adopted" : "draft", row->name);
          g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED);
          after = snapshot (store);
          /* Not a row, not an audit entry, not a position changed. */
          if (g_strcmp0 (before, after) != 0)
            g_error ("%d: “%s” was refused but changed the database", year, row->name);
          refused++;
        }
      else
        {
          if (!ok)
            g_error ("%d (%s): “%s” was refused: %s", year, adopted ? "adopted" : "draft", row->name,
                     error ? error->message : "(no message)");
          g_assert_no_error (error);
          allowed++;
        }
    }
  g_test_message ("%d: %u refused, %u allowed", year, refused, allowed);
  g_assert_cmpuint (refused + allowed, >=, G_N_ELEMENTS (rows) - 5);
}

static void
test_adopted_2024 (Fixture *f, gconstpointer data)
{
  run_table (f->store, 2024, TRUE);
}

static void
test_adopted_2025 (Fixture *f, gconstpointer data)
{
  run_table (f->store, 2025, TRUE);
}

/* sk_store_rename on the draft's indicator renames it in the draft year
 * only: the adopted years keep the names they were adopted with. */
static void
test_rename_indicator_draft (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) adopted = sk_store_get_plan (f->store, 2025);
  g_autoptr(SkPlan) draft = sk_store_copy_plan (f->store, adopted, 2026, &error);
  g_autoptr(SkIndicator) in_2025 = sk_store_find_indicator (f->store, "OSA-index", NULL);
  gint64 id = sk_record_get_id (SK_RECORD (in_2025));
  g_autoptr(SkIndicator) in_2026 = sk_store_get_indicator_in_year (f->store, id, 2026);
  g_autoptr(SkIndicator) after_2025 = NULL;
  g_autoptr(SkIndicator) after_2024 = NULL;
  g_autoptr(SkIndicator) after_2026 = NULL;

  g_assert_no_error (error);
  g_assert_true (sk_store_rename (f->store, SK_RECORD (in_2026), "OSA-index 2026", &error));
  g_assert_no_error (error);
  after_2026 = sk_store_get_indicator_in_year (f->store, id, 2026);
  after_2025 = sk_store_get_indicator_in_year (f->store, id, 2025);
  after_2024 = sk_store_get_indicator_in_year (f->store, id, 2024);
  g_assert_cmpstr (sk_indicator_get_name (after_2026), ==, "OSA-index 2026");
  g_assert_cmpstr (sk_indicator_get_name (after_2025), ==, "OSA-index");
  g_assert_cmpstr (sk_indicator_get_name (after_2024), ==, "OSA-index");
}

/* The same rows on a draft made from 2025 are edits that go through. */
static void
test_draft_copy (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) adopted = sk_store_get_plan (f->store, 2025);
  g_autoptr(SkPlan) draft = sk_store_copy_plan (f->store, adopted, 2026, &error);

  g_assert_no_error (error);
  /* Copies carry no assignments: give the draft one to edit. */
  {
    Ctx ctx = { f->store, 2026, sk_record_get_id (SK_RECORD (draft)) };
    g_autoptr(SkBoardGoal) bg = board_goal (&ctx, FALSE);
    g_autoptr(SkAssignment) a = sk_store_add_assignment (f->store, sk_record_get_id (SK_RECORD (bg)), 0,
                                                         "Uppdrag 2026", &error);
    g_assert_no_error (error);
  }
  run_table (f->store, 2026, FALSE);
}

/* A target for a year that has no plan would belong to nothing: refused,
 * and the message says how to make the plan. */
static void
test_target_without_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) inds = sk_store_list_indicators (f->store, 2025);
  g_autoptr(SkIndicator) ind = g_list_model_get_item (inds, 0);
  g_autofree char *before = snapshot (f->store);
  g_autofree char *after = NULL;
  g_autoptr(SkTarget) target = NULL;

  g_assert_false (sk_store_set_target (f->store, sk_record_get_id (SK_RECORD (ind)), 2026, ">99 %", &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no plan for 2026"));
  g_assert_nonnull (strstr (error->message, "copy-plan --from 2025 --to 2026"));
  target = sk_store_get_target (f->store, sk_record_get_id (SK_RECORD (ind)), 2026);
  g_assert_null (target);
  after = snapshot (f->store);
  g_assert_cmpstr (before, ==, after);
}

/* ---- Import ---- */

static JsonObject *
plan_object (JsonNode *root,
             int       year)
{
  JsonArray *plans = json_object_get_array_member (json_node_get_object (root), "plans");

  for (guint i = 0; i < json_array_get_length (plans); i++)
    {
      JsonObject *plan = json_array_get_object_element (plans, i);
      if (json_object_get_int_member (plan, "year") == year)
        return plan;
    }
  g_assert_not_reached ();
}

static gboolean
notes_mention (GStrv       notes,
               const char *words)
{
  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    if (strstr (notes[i], words) != NULL)
      return TRUE;
  return FALSE;
}

/* A colleague's file with a changed 2025 plan and new follow-up: the
 * follow-up comes in, the adopted plan stays as adopted, and each change
 * left out is named. */
static void
test_import_into_adopted (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = snapshot (f->store);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2025);
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  g_autoptr(GListModel) areas_before = sk_store_list_focus_areas (f->store, plan_id);
  g_autoptr(GListModel) areas_after = NULL;
  g_autoptr(GListModel) priorities = NULL;
  g_autoptr(SkPriorityArea) first = NULL;
  g_autoptr(SkWorkEnvPlan) wep = NULL;
  g_autoptr(SkIndicator) phone = NULL;
  g_autoptr(SkTarget) target = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *before_goal = NULL;
  g_auto(GStrv) notes = NULL;
  JsonObject *p, *t, *we, *fa, *pa, *fu;
  JsonArray *areas;
  const char *phone_name;

  {
    g_autoptr(SkWorkEnvPlan) w = sk_store_get_work_env_plan (f->store, plan_id);
    before_goal = g_strdup (sk_work_env_plan_get_goal_text (w));
  }
  g_assert_true (json_parser_load_from_data (parser, exported, -1, &error));
  p = plan_object (json_parser_get_root (parser), 2025);
  /* the plan's content, changed */
  t = json_array_get_object_element (json_object_get_array_member (p, "targets"), 0);
  phone_name = json_object_get_string_member (t, "indicator");
  json_object_set_string_member (t, "text", ">80 %");
  fa = json_object_new ();
  json_object_set_string_member (fa, "title", "Ett nytt fokusområde");
  json_object_set_string_member (fa, "description", "");
  json_object_set_array_member (fa, "goals", json_array_new ());
  json_object_set_array_member (fa, "regional_goals", json_array_new ());
  json_array_add_object_element (json_object_get_array_member (p, "focus_areas"), fa);
  we = json_object_get_object_member (p, "work_environment");
  json_object_set_string_member (we, "goal", "Ett annat mål");
  /* and the follow-up, new */
  areas = json_object_get_array_member (we, "priority_areas");
  pa = json_array_get_object_element (areas, 0);
  fu = json_object_new ();
  json_object_set_string_member (fu, "period", "2025-08");
  json_object_set_string_member (fu, "text", "Riskbedömningar gjorda på alla enheter.");
  json_array_add_object_element (json_object_get_array_member (pa, "follow_ups"), fu);

  json_generator_set_root (gen, json_parser_get_root (parser));
  changed = json_generator_to_data (gen, NULL);
  g_assert_true (sk_exchange_import_full (f->store, changed, -1, &notes, &error));
  g_assert_no_error (error);

  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    g_test_message ("note: %s", notes[i]);
  g_assert_true (notes_mention (notes, "The plan for 2025 is adopted"));
  g_assert_true (notes_mention (notes, "the target of"));
  g_assert_true (notes_mention (notes, ">80 %"));
  g_assert_true (notes_mention (notes, "Ett nytt fokusområde"));
  g_assert_true (notes_mention (notes, "the work-environment goal"));
  g_assert_cmpuint (g_strv_length (notes), ==, 3);

  /* The plan as adopted ... */
  phone = sk_store_find_indicator (f->store, phone_name, NULL);
  target = sk_store_get_target (f->store, sk_record_get_id (SK_RECORD (phone)), 2025);
  g_assert_cmpstr (sk_target_get_text (target), ==, ">95 %");
  areas_after = sk_store_list_focus_areas (f->store, plan_id);
  g_assert_cmpuint (g_list_model_get_n_items (areas_after), ==, g_list_model_get_n_items (areas_before));
  wep = sk_store_get_work_env_plan (f->store, plan_id);
  g_assert_cmpstr (sk_work_env_plan_get_goal_text (wep), ==, before_goal);
  /* ... and its follow-up imported. */
  priorities = sk_store_list_priority_areas (f->store, plan_id);
  first = g_list_model_get_item (priorities, 0);
  follow_up = sk_store_get_priority_follow_up (f->store, sk_record_get_id (SK_RECORD (first)), "2025-08");
  g_assert_cmpstr (follow_up, ==, "Riskbedömningar gjorda på alla enheter.");

  /* The same file again: still nothing changed in the plan, the same notes. */
  g_clear_pointer (&notes, g_strfreev);
  g_assert_true (sk_exchange_import_full (f->store, changed, -1, &notes, &error));
  g_assert_cmpuint (g_strv_length (notes), ==, 3);
}

/* A file that matches the adopted plan imports without a note. */
static void
test_import_same_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = snapshot (f->store);
  g_auto(GStrv) notes = NULL;

  g_assert_true (sk_exchange_import_full (f->store, exported, -1, &notes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (notes), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  sk_test_backend_init ();
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/adopted-lock/store/2024", test_adopted_2024);
  ADD ("/adopted-lock/store/2025", test_adopted_2025);
  ADD ("/adopted-lock/store/draft-2026", test_draft_copy);
  ADD ("/adopted-lock/store/rename-indicator-draft", test_rename_indicator_draft);
  ADD ("/adopted-lock/store/target-without-plan", test_target_without_plan);
  ADD ("/adopted-lock/import/changed-plan", test_import_into_adopted);
  ADD ("/adopted-lock/import/same-plan", test_import_same_plan);
  return g_test_run ();
}
