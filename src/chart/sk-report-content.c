/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-format.h"
#include "sk-report-private.h"

/*
 * What the follow-up report says, in the order of the administration's
 * own reports (seed 001): cover, summary, per focus area and board goal
 * the assessment, analysis, assignments and the indicator table, then the
 * work-environment plan.
 */

#define H1 15.0
#define H2 12.0
#define H3 10.5
#define BODY 9.5

/* Indicator table columns, in points: they fill the content width. */
static const double indicator_widths[] = { 122, 50, 56, 84, 62, 107.9 };

void
sk_report_compute_rows (SkReport *self,
                        SkPlan   *plan)
{
  g_autoptr(GListModel) register_ = sk_store_list_indicators (sk_report_get_store (self), sk_report_get_year (self));

  for (guint i = 0; i < g_list_model_get_n_items (register_); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (register_, i);
      sk_report_row (self, sk_record_get_id (SK_RECORD (ind)));
    }
}

/* ---- Cover ---- */

static char *
administration_name (SkStore *store)
{
  g_autoptr(GListModel) units = sk_store_list_units (store);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);
      if (sk_unit_get_parent_id (unit) == 0)
        return g_strdup (sk_unit_get_name (unit));
    }
  return NULL;
}

void
sk_report_cover (SkReportFlow *flow,
                 SkPlan       *plan)
{
  SkReport *self = flow->report;
  SkStore *store = sk_report_get_store (self);
  g_autofree char *admin = administration_name (store);
  g_autofree char *year = g_strdup_printf (_("Plan year %d"), sk_report_get_year (self));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *date = g_strdup_printf (_("Date: %s"), today);

  flow->y = 220;
  sk_report_paragraph (flow, admin, 24, TRUE, 0, 14);
  sk_report_paragraph (flow, sk_report_get_title (self), 20, FALSE, 0, 24);
  sk_report_paragraph (flow, sk_plan_get_title (plan), 12, FALSE, 0, 6);
  sk_report_paragraph (flow, year, 12, FALSE, 0, 6);
  if (sk_report_get_unit_id (self) != 0)
    {
      g_autoptr(SkUnit) unit = sk_store_get_unit (store, sk_report_get_unit_id (self));
      g_autofree char *text = g_strdup_printf (_("Unit: %s"), unit ? sk_unit_get_name (unit) : "");

      sk_report_paragraph (flow, text, 12, FALSE, 0, 6);
    }
  if (sk_plan_is_adopted (plan) && sk_plan_get_decision_date (plan) != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Plan adopted %s"), sk_plan_get_decision_date (plan));
      sk_report_paragraph (flow, text, 12, FALSE, 0, 6);
    }
  sk_report_paragraph (flow, date, 12, FALSE, 0, 6);
}

/* ---- Summary ---- */

static const SkStatus summary_statuses[] = {
  SK_STATUS_MET, SK_STATUS_NEAR, SK_STATUS_NOT_MET, SK_STATUS_NO_VALUE,
  SK_STATUS_NOT_COMPARABLE, SK_STATUS_NO_TARGET,
};

static void
status_counts (SkReportFlow *flow)
{
  SkReport *self = flow->report;
  g_autoptr(GListModel) register_ = sk_store_list_indicators (sk_report_get_store (self), sk_report_get_year (self));
  guint counts[SK_N_PERSPECTIVES + 1][G_N_ELEMENTS (summary_statuses)] = { { 0 } };
  const double widths[] = { 102, 63, 63, 63, 63, 63, 65.9 };
  const char *headers[7];
  g_auto(GStrv) labels = g_new0 (char *, G_N_ELEMENTS (summary_statuses) + 1);
  g_autoptr(SkReportTable) table = NULL;

  headers[0] = _("Perspective");
  for (guint s = 0; s < G_N_ELEMENTS (summary_statuses); s++)
    headers[s + 1] = labels[s] = g_strdup_printf ("%s %s", sk_status_mark (summary_statuses[s]),
                                                  sk_status_label (summary_statuses[s]));
  for (guint i = 0; i < g_list_model_get_n_items (register_); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (register_, i);
      SkReportRow *row = sk_report_row (self, sk_record_get_id (SK_RECORD (ind)));
      SkPerspective p = sk_indicator_get_perspective (row->indicator);

      for (guint s = 0; s < G_N_ELEMENTS (summary_statuses); s++)
        if (row->status == summary_statuses[s])
          {
            counts[MIN (p, SK_N_PERSPECTIVES - 1)][s]++;
            counts[SK_N_PERSPECTIVES][s]++;
          }
    }

  sk_report_heading (flow, _("Indicators per perspective"), H2, 8, 60);
  table = sk_report_table_new (widths, headers, 7);
  sk_report_table_begin (flow, table);
  for (guint p = 0; p <= SK_N_PERSPECTIVES; p++)
    {
      SkReportCell cells[7] = { { 0 } };
      char numbers[6][16];

      cells[0].text = p < SK_N_PERSPECTIVES ? sk_perspective_label (p) : _("Total");
      cells[0].bold = p == SK_N_PERSPECTIVES;
      cells[0].status = -1;
      for (guint s = 0; s < G_N_ELEMENTS (summary_statuses); s++)
        {
          g_snprintf (numbers[s], sizeof numbers[s], "%u", counts[p][s]);
          cells[s + 1].text = numbers[s];
          cells[s + 1].bold = p == SK_N_PERSPECTIVES;
          cells[s + 1].status = -1;
        }
      sk_report_table_row (flow, cells);
    }
  sk_report_table_end (flow);
}

typedef struct
{
  SkBoardGoal *goal;
  SkAssessment assessment;
} GoalItem;

/* Every board goal of @plan in report order. */
static GPtrArray *
list_goals (SkStore *store,
            SkPlan  *plan)
{
  GPtrArray *goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (plan)));

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, i);
      gint64 area_id = sk_record_get_id (SK_RECORD (area));
      g_autoptr(GListModel) regional = sk_store_list_regional_goals (store, area_id);
      g_autoptr(GListModel) direct = sk_store_list_board_goals (store, area_id, 0);

      for (guint k = 0; k < g_list_model_get_n_items (direct); k++)
        g_ptr_array_add (goals, g_list_model_get_item (direct, k));
      for (guint j = 0; j < g_list_model_get_n_items (regional); j++)
        {
          g_autoptr(SkRegionalGoal) rg = g_list_model_get_item (regional, j);
          g_autoptr(GListModel) board = sk_store_list_board_goals (store, area_id, sk_record_get_id (SK_RECORD (rg)));

          for (guint k = 0; k < g_list_model_get_n_items (board); k++)
            g_ptr_array_add (goals, g_list_model_get_item (board, k));
        }
    }
  return goals;
}

static SkAssessment
goal_assessment (SkReport    *self,
                 SkBoardGoal *goal,
                 char       **analysis)
{
  g_autoptr(SkGoalAssessment) stored = sk_store_get_assessment (sk_report_get_store (self),
                                                                sk_record_get_id (SK_RECORD (goal)),
                                                                sk_report_get_period (self));
  if (analysis != NULL)
    *analysis = stored ? g_strdup (sk_goal_assessment_get_analysis (stored)) : NULL;
  return stored ? sk_goal_assessment_get_assessment (stored) : SK_ASSESSMENT_NOT_ASSESSED;
}

static void
assessment_counts (SkReportFlow *flow,
                   SkPlan       *plan)
{
  SkReport *self = flow->report;
  g_autoptr(GPtrArray) goals = list_goals (sk_report_get_store (self), plan);
  static const SkAssessment order[] = {
    SK_ASSESSMENT_MET, SK_ASSESSMENT_PARTLY, SK_ASSESSMENT_NOT_MET, SK_ASSESSMENT_NOT_ASSESSED,
  };
  guint counts[4] = { 0 };
  const double widths[] = { 362, 119.9 };
  const char *headers[] = { _("Board goal"), _("Assessment") };
  g_autoptr(SkReportTable) table = NULL;
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < goals->len; i++)
    counts[goal_assessment (self, g_ptr_array_index (goals, i), NULL)]++;

  sk_report_heading (flow, _("The goals’ assessments"), H2, 14, 60);
  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    g_string_append_printf (line, "%s%s: %u", k > 0 ? " · " : "", sk_assessment_label (order[k]),
                            counts[order[k]]);
  sk_report_paragraph (flow, line->str, BODY, FALSE, 0, 6);

  table = sk_report_table_new (widths, headers, 2);
  sk_report_table_begin (flow, table);
  for (guint i = 0; i < goals->len; i++)
    {
      SkBoardGoal *goal = g_ptr_array_index (goals, i);
      SkReportCell cells[2] = { { 0 } };

      cells[0].text = sk_board_goal_get_text (goal);
      cells[0].status = -1;
      cells[1].text = sk_assessment_label (goal_assessment (self, goal, NULL));
      cells[1].status = -1;
      sk_report_table_row (flow, cells);
    }
  sk_report_table_end (flow);
}

void
sk_report_summary (SkReportFlow *flow,
                   SkPlan       *plan)
{
  sk_report_heading (flow, _("Summary"), H1, 0, 80);
  status_counts (flow);
  assessment_counts (flow, plan);
}

/* ---- Indicator tables ---- */

static void
indicator_table (SkReportFlow *flow,
                 GListModel   *indicators)
{
  SkReport *self = flow->report;
  /* TRANSLATORS: the month column of an indicator table: "Utfall april" */
  g_autofree char *month_header = g_strdup_printf (_("Outcome %s"),
                                                   sk_report_month_name (sk_report_get_month (self)));
  const char *headers[] = {
    _("Indicator"), month_header, _("Target"), _("Year-to-date outcome or R12"), _("Status"), _("Trend"),
  };
  g_autoptr(SkReportTable) table = sk_report_table_new (indicator_widths, headers, G_N_ELEMENTS (headers));

  sk_report_table_begin (flow, table);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      SkReportRow *row = sk_report_row (self, sk_record_get_id (SK_RECORD (ind)));
      SkReportCell cells[6] = { { 0 } };
      g_autofree char *note = NULL;

      if (row == NULL)
        continue;
      if (row->missing_reason != NULL)
        note = g_strdup_printf (_("%s. No value: %s"), row->unit_name ? row->unit_name : "", row->missing_reason);
      cells[0] = (SkReportCell) { sk_indicator_get_name (row->indicator), note ? note : row->unit_name, FALSE, -1, NULL };
      cells[1] = (SkReportCell) { row->month_text, NULL, FALSE, -1, NULL };
      cells[2] = (SkReportCell) { row->target_text, NULL, FALSE, -1, NULL };
      cells[3] = (SkReportCell) { row->total_text, row->total_caption, FALSE, -1, NULL };
      cells[4] = (SkReportCell) { row->status_text, NULL, FALSE, row->status, NULL };
      cells[5] = (SkReportCell) { NULL, NULL, FALSE, -1, row->series, row->r12 };
      if (row->series == NULL)
        cells[5].text = "";
      sk_report_table_row (flow, cells);
    }
  sk_report_table_end (flow);
}

/* ---- Goals ---- */

static void
assignments (SkReportFlow *flow,
             gint64        goal_id,
             gint64        parent_id,
             int           depth)
{
  SkReport *self = flow->report;
  SkStore *store = sk_report_get_store (self);
  g_autoptr(GListModel) list = sk_store_list_assignments (store, goal_id, parent_id);

  if (depth == 0 && g_list_model_get_n_items (list) > 0)
    sk_report_heading (flow, _("The administration’s assignments"), BODY, 4, 30);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkAssignment) assignment = g_list_model_get_item (list, i);
      gint64 id = sk_record_get_id (SK_RECORD (assignment));
      g_autofree char *comment = sk_store_get_assignment_comment (store, id, sk_report_get_period (self));
      double indent = 12.0 * depth;

      /* The title stays with the first lines of its follow-up. */
      sk_report_flow_need (flow, 40);
      sk_report_paragraph (flow, sk_assignment_get_title (assignment), BODY, TRUE, indent, 2);
      if (comment != NULL && comment[0] != '\0')
        sk_report_paragraph (flow, comment, BODY, FALSE, indent + 8, 6);
      else
        sk_report_paragraph (flow, _("No follow-up written for the period."), BODY - 1, FALSE, indent + 8, 6);
      assignments (flow, goal_id, id, depth + 1);
    }
}

static void
board_goal (SkReportFlow *flow,
            SkBoardGoal  *goal)
{
  SkReport *self = flow->report;
  gint64 id = sk_record_get_id (SK_RECORD (goal));
  g_autofree char *analysis = NULL;
  SkAssessment assessment = goal_assessment (self, goal, &analysis);
  g_autofree char *line = g_strdup_printf (_("Assessment: %s"), sk_assessment_label (assessment));
  g_autoptr(GListModel) indicators = sk_store_list_goal_indicators (sk_report_get_store (self), id);

  sk_report_heading (flow, sk_board_goal_get_text (goal), H3, 12, 60);
  sk_report_paragraph (flow, line, BODY, TRUE, 0, 3);
  if (analysis != NULL && analysis[0] != '\0')
    sk_report_paragraph (flow, analysis, BODY, FALSE, 0, 6);
  assignments (flow, id, 0, 0);
  if (g_list_model_get_n_items (indicators) == 0)
    sk_report_paragraph (flow, _("No indicators: followed up with activities and comments."), BODY - 1, FALSE, 0, 6);
  else
    indicator_table (flow, indicators);
}

static void
board_goals (SkReportFlow *flow,
             gint64        area_id,
             gint64        regional_id)
{
  g_autoptr(GListModel) goals = sk_store_list_board_goals (sk_report_get_store (flow->report), area_id, regional_id);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, i);
      board_goal (flow, goal);
    }
}

void
sk_report_goals (SkReportFlow *flow,
                 SkPlan       *plan)
{
  SkStore *store = sk_report_get_store (flow->report);
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (plan)));

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, i);
      gint64 area_id = sk_record_get_id (SK_RECORD (area));
      g_autoptr(GListModel) regional = sk_store_list_regional_goals (store, area_id);

      /* Each focus area starts a page, as in the administration's reports. */
      sk_report_flow_new_page (flow);
      sk_report_heading (flow, sk_focus_area_get_title (area), H1, 0, 100);
      board_goals (flow, area_id, 0);
      for (guint j = 0; j < g_list_model_get_n_items (regional); j++)
        {
          g_autoptr(SkRegionalGoal) rg = g_list_model_get_item (regional, j);

          sk_report_heading (flow, sk_regional_goal_get_title (rg), H2, 14, 90);
          board_goals (flow, area_id, sk_record_get_id (SK_RECORD (rg)));
        }
    }
}

/* ---- The register ---- */

/* Every indicator of the year by perspective, as the plan's section on
 * quality steering lists them: also those no goal follows. */
void
sk_report_register (SkReportFlow *flow,
                    SkPlan       *plan)
{
  SkReport *self = flow->report;
  g_autoptr(GListModel) register_ = sk_store_list_indicators (sk_report_get_store (self), sk_report_get_year (self));

  if (g_list_model_get_n_items (register_) == 0)
    return;
  sk_report_flow_new_page (flow);
  sk_report_heading (flow, _("Quality steering: every indicator by perspective"), H1, 0, 100);
  for (int p = 0; p < SK_N_PERSPECTIVES; p++)
    {
      g_autoptr(GListStore) list = g_list_store_new (SK_TYPE_INDICATOR);

      for (guint i = 0; i < g_list_model_get_n_items (register_); i++)
        {
          g_autoptr(SkIndicator) ind = g_list_model_get_item (register_, i);
          if ((int) sk_indicator_get_perspective (ind) == p)
            g_list_store_append (list, ind);
        }
      if (g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
        continue;
      sk_report_heading (flow, sk_perspective_label (p), H2, 10, 90);
      indicator_table (flow, G_LIST_MODEL (list));
    }
}

/* ---- Work-environment plan ---- */

void
sk_report_work_env (SkReportFlow *flow,
                    SkPlan       *plan)
{
  SkReport *self = flow->report;
  SkStore *store = sk_report_get_store (self);
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  g_autoptr(SkWorkEnvPlan) wep = sk_store_get_work_env_plan (store, plan_id);
  g_autoptr(GListModel) indicators = sk_store_list_work_env_indicators (store, plan_id);
  g_autoptr(GListModel) areas = sk_store_list_priority_areas (store, plan_id);
  const char *goal = wep ? sk_work_env_plan_get_goal_text (wep) : NULL;

  if ((goal == NULL || goal[0] == '\0') && g_list_model_get_n_items (indicators) == 0
      && g_list_model_get_n_items (areas) == 0)
    return;

  sk_report_flow_new_page (flow);
  sk_report_heading (flow, _("Work-environment plan"), H1, 0, 100);
  if (goal != NULL && goal[0] != '\0')
    {
      sk_report_heading (flow, _("Overall goal"), H3, 4, 30);
      sk_report_paragraph (flow, goal, BODY, FALSE, 0, 8);
    }
  if (g_list_model_get_n_items (indicators) > 0)
    {
      sk_report_heading (flow, _("Indicators"), H3, 4, 60);
      indicator_table (flow, indicators);
    }
  if (g_list_model_get_n_items (areas) > 0)
    sk_report_heading (flow, _("Priority areas"), H2, 10, 60);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkPriorityArea) area = g_list_model_get_item (areas, i);
      g_autofree char *follow_up = sk_store_get_priority_follow_up (store, sk_record_get_id (SK_RECORD (area)),
                                                                    sk_report_get_period (self));
      const char *description = sk_priority_area_get_description (area);

      sk_report_heading (flow, sk_priority_area_get_title (area), H3, 8, 30);
      if (description != NULL && description[0] != '\0')
        sk_report_paragraph (flow, description, BODY, FALSE, 0, 4);
      sk_report_flow_need (flow, 36);
      sk_report_paragraph (flow, _("Follow-up"), BODY, TRUE, 0, 2);
      if (follow_up != NULL && follow_up[0] != '\0')
        sk_report_paragraph (flow, follow_up, BODY, FALSE, 8, 6);
      else
        sk_report_paragraph (flow, _("No follow-up written for the period."), BODY - 1, FALSE, 8, 6);
    }
}
