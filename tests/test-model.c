/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-model"

#include "config.h"

#include <math.h>

#include "sk-store.h"

typedef struct
{
  GType       (*get_type) (void);
  const char *table;
} ModelType;

static const ModelType model_types[] = {
  { sk_plan_get_type,            "plan" },
  { sk_focus_area_get_type,      "focus_area" },
  { sk_regional_goal_get_type,   "regional_goal" },
  { sk_board_goal_get_type,      "board_goal" },
  { sk_indicator_get_type,       "indicator" },
  { sk_unit_get_type,            "unit" },
  { sk_outcome_get_type,         "outcome" },
  { sk_work_env_plan_get_type,   "work_env_plan" },
  { sk_priority_area_get_type,   "priority_area" },
  { sk_assignment_get_type,      "assignment" },
  { sk_goal_assessment_get_type, "goal_assessment" },
  { sk_audit_entry_get_type,     "audit" },
};

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* A value of @pspec's type that differs from what @current holds. */
static void
make_other_value (GParamSpec   *pspec,
                  const GValue *current,
                  GValue       *other)
{
  g_value_init (other, G_PARAM_SPEC_VALUE_TYPE (pspec));

  switch (G_PARAM_SPEC_VALUE_TYPE (pspec))
    {
    case G_TYPE_STRING:
      g_value_take_string (other, g_strdup_printf ("ändrad %s", pspec->name));
      break;

    case G_TYPE_INT:
      {
        GParamSpecInt *ispec = G_PARAM_SPEC_INT (pspec);
        int v = g_value_get_int (current);

        g_value_set_int (other, v < ispec->maximum ? v + 1 : ispec->minimum);
        break;
      }

    case G_TYPE_INT64:
      g_value_set_int64 (other, g_value_get_int64 (current) + 42);
      break;

    case G_TYPE_BOOLEAN:
      g_value_set_boolean (other, !g_value_get_boolean (current));
      break;

    case G_TYPE_DOUBLE:
      {
        double v = g_value_get_double (current);

        g_value_set_double (other, isnan (v) ? 12.5 : v + 12.5);
        break;
      }

    default:
      g_assert_not_reached ();
    }
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  switch (G_VALUE_TYPE (a))
    {
    case G_TYPE_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    case G_TYPE_INT:
      return g_value_get_int (a) == g_value_get_int (b);
    case G_TYPE_INT64:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    case G_TYPE_BOOLEAN:
      return g_value_get_boolean (a) == g_value_get_boolean (b);
    case G_TYPE_DOUBLE:
      return g_value_get_double (a) == g_value_get_double (b);
    default:
      g_assert_not_reached ();
    }
}

static void
check_property (GObject    *object,
                GParamSpec *pspec)
{
  g_auto(GValue) current = G_VALUE_INIT;
  g_auto(GValue) other = G_VALUE_INIT;
  g_auto(GValue) read_back = G_VALUE_INIT;
  g_autofree char *signal = g_strconcat ("notify::", pspec->name, NULL);
  guint count = 0;
  gulong handler;

  g_test_message ("%s:%s", G_OBJECT_TYPE_NAME (object), pspec->name);

  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
  g_assert_true ((pspec->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE);

  g_value_init (&current, pspec->value_type);
  g_object_get_property (object, pspec->name, &current);
  make_other_value (pspec, &current, &other);

  handler = g_signal_connect (object, signal, G_CALLBACK (count_notify), &count);

  g_object_set_property (object, pspec->name, &other);
  g_assert_cmpuint (count, ==, 1);

  g_value_init (&read_back, pspec->value_type);
  g_object_get_property (object, pspec->name, &read_back);
  g_assert_true (values_equal (&other, &read_back));

  /* The same value again is no change. */
  g_object_set_property (object, pspec->name, &other);
  g_assert_cmpuint (count, ==, 1);

  /* And back: a second change notifies once more. */
  g_object_set_property (object, pspec->name, &current);
  g_assert_cmpuint (count, ==, 2);

  g_signal_handler_disconnect (object, handler);
}

static void
test_every_property (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (model_types); i++)
    {
      GType type = model_types[i].get_type ();
      g_autoptr(GObject) object = g_object_new (type, NULL);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
      /* Every type has the record's id and at least one field. */
      g_assert_cmpuint (n_pspecs, >=, 2);

      for (guint j = 0; j < n_pspecs; j++)
        check_property (object, pspecs[j]);
    }
}

static void
test_tables (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (model_types); i++)
    {
      g_autoptr(SkRecord) record = g_object_new (model_types[i].get_type (), NULL);

      g_assert_true (SK_IS_RECORD (record));
      g_assert_cmpstr (sk_record_get_table (record), ==, model_types[i].table);
      g_assert_cmpint (sk_record_get_id (record), ==, 0);
    }
}

static void
test_record_id (void)
{
  g_autoptr(SkUnit) unit = sk_unit_new ();
  guint count = 0;
  gint64 id = 0;

  g_signal_connect (unit, "notify::id", G_CALLBACK (count_notify), &count);
  sk_record_set_id (SK_RECORD (unit), 17);
  sk_record_set_id (SK_RECORD (unit), 17);
  g_assert_cmpuint (count, ==, 1);
  g_object_get (unit, "id", &id, NULL);
  g_assert_cmpint (id, ==, 17);
}

static void
test_indicator_defaults (void)
{
  g_autoptr(SkIndicator) ind = sk_indicator_new ();

  g_assert_cmpfloat_with_epsilon (sk_indicator_get_tolerance (ind), 0.05, 1e-12);
  g_assert_cmpint (sk_indicator_get_direction (ind), ==, SK_DIRECTION_HIGHER);
  g_assert_cmpint (sk_indicator_get_frequency (ind), ==, SK_FREQUENCY_MONTH);
  g_assert_cmpint (sk_indicator_get_aggregation (ind), ==, SK_AGGREGATION_MEAN);
  g_assert_cmpstr (sk_indicator_get_measure_unit (ind), ==, "");
  g_assert_cmpstr (sk_indicator_get_name (ind), ==, "");
  g_assert_null (sk_indicator_get_description (ind));
  g_assert_false (sk_indicator_get_r12 (ind));
  g_assert_cmpint (sk_indicator_get_responsible_unit_id (ind), ==, 0);
}

static void
test_indicator_setters (void)
{
  g_autoptr(SkIndicator) ind = sk_indicator_new ();
  guint count = 0;

  sk_indicator_set_name (ind, "Telefontillgänglighet");
  sk_indicator_set_measure_unit (ind, "%");
  sk_indicator_set_aggregation (ind, SK_AGGREGATION_RATIO);
  sk_indicator_set_direction (ind, SK_DIRECTION_LOWER);
  sk_indicator_set_perspective (ind, SK_PERSPECTIVE_FINANCE);
  sk_indicator_set_r12 (ind, TRUE);
  sk_indicator_set_position (ind, 3);

  g_assert_cmpstr (sk_indicator_get_name (ind), ==, "Telefontillgänglighet");
  g_assert_cmpstr (sk_indicator_get_measure_unit (ind), ==, "%");
  g_assert_cmpint (sk_indicator_get_aggregation (ind), ==, SK_AGGREGATION_RATIO);
  g_assert_cmpint (sk_indicator_get_direction (ind), ==, SK_DIRECTION_LOWER);
  g_assert_cmpint (sk_indicator_get_perspective (ind), ==, SK_PERSPECTIVE_FINANCE);
  g_assert_true (sk_indicator_get_r12 (ind));
  g_assert_cmpint (sk_indicator_get_position (ind), ==, 3);

  g_signal_connect (ind, "notify::name", G_CALLBACK (count_notify), &count);
  /* A name that points into the current one must survive the swap. */
  sk_indicator_set_name (ind, sk_indicator_get_name (ind) + 5);
  g_assert_cmpstr (sk_indicator_get_name (ind), ==, "ontillgänglighet");
  sk_indicator_set_name (ind, NULL);
  g_assert_cmpstr (sk_indicator_get_name (ind), ==, "");
  g_assert_cmpuint (count, ==, 2);
}

static void
test_outcome_absent (void)
{
  g_autoptr(SkOutcome) outcome = sk_outcome_new ();
  guint count = 0;

  g_assert_true (isnan (sk_outcome_get_value (outcome)));
  g_assert_true (isnan (sk_outcome_get_numerator (outcome)));
  g_assert_true (isnan (sk_outcome_get_denominator (outcome)));
  g_assert_null (sk_outcome_get_period (outcome));
  g_assert_null (sk_outcome_get_missing_reason (outcome));
  g_assert_cmpint (sk_outcome_get_kind (outcome), ==, SK_OUTCOME_MONTH);

  /* Absent but with no reason is not "missing", just empty. */
  g_assert_false (sk_outcome_is_missing (outcome));

  g_signal_connect (outcome, "notify::value", G_CALLBACK (count_notify), &count);
  sk_outcome_set_value (outcome, NAN);
  g_assert_cmpuint (count, ==, 0);

  sk_outcome_set_missing_reason (outcome, "Systemet var nere");
  g_assert_true (sk_outcome_is_missing (outcome));

  sk_outcome_set_value (outcome, 0.0);
  g_assert_cmpuint (count, ==, 1);
  g_assert_false (sk_outcome_is_missing (outcome));

  sk_outcome_set_value (outcome, NAN);
  g_assert_cmpuint (count, ==, 2);
  g_assert_true (sk_outcome_is_missing (outcome));

  sk_outcome_set_missing_reason (outcome, "");
  g_assert_false (sk_outcome_is_missing (outcome));
}

static void
test_outcome_fields (void)
{
  g_autoptr(SkOutcome) outcome = NULL;
  g_autofree char *period = NULL;
  double numerator = 0;
  int kind = -1;

  outcome = g_object_new (SK_TYPE_OUTCOME,
                          "indicator-id", (gint64) 4,
                          "unit-id", (gint64) 9,
                          "period", "2024-04",
                          "kind", SK_OUTCOME_YTD,
                          "numerator", 911.0,
                          "denominator", 1000.0,
                          NULL);

  g_assert_cmpint (sk_outcome_get_indicator_id (outcome), ==, 4);
  g_assert_cmpint (sk_outcome_get_unit_id (outcome), ==, 9);
  g_assert_cmpstr (sk_outcome_get_period (outcome), ==, "2024-04");
  g_assert_cmpint (sk_outcome_get_kind (outcome), ==, SK_OUTCOME_YTD);
  g_assert_cmpfloat (sk_outcome_get_denominator (outcome), ==, 1000.0);

  sk_outcome_set_kind (outcome, SK_OUTCOME_R12);
  sk_outcome_set_numerator (outcome, 920.0);
  sk_outcome_set_changed_by (outcome, "anna");
  sk_outcome_set_fictional (outcome, TRUE);
  g_object_get (outcome, "period", &period, "numerator", &numerator, "kind", &kind, NULL);
  g_assert_cmpstr (period, ==, "2024-04");
  g_assert_cmpfloat (numerator, ==, 920.0);
  g_assert_cmpint (kind, ==, SK_OUTCOME_R12);
  g_assert_cmpstr (sk_outcome_get_changed_by (outcome), ==, "anna");
  g_assert_true (sk_outcome_get_fictional (outcome));
}

static void
test_plan (void)
{
  g_autoptr(SkPlan) plan = sk_plan_new ();

  g_assert_cmpstr (sk_plan_get_title (plan), ==, "");
  g_assert_null (sk_plan_get_decision_date (plan));
  g_assert_cmpint (sk_plan_get_status (plan), ==, SK_PLAN_DRAFT);
  g_assert_false (sk_plan_is_adopted (plan));

  sk_plan_set_year (plan, 2025);
  sk_plan_set_title (plan, "Verksamhetsplan 2025");
  sk_plan_set_status (plan, SK_PLAN_ADOPTED);
  sk_plan_set_decision_date (plan, "2024-12-12");
  sk_plan_set_decision_paragraph (plan, "§ 123");
  sk_plan_set_diary_number (plan, "RS 2024-00042");

  g_assert_cmpint (sk_plan_get_year (plan), ==, 2025);
  g_assert_cmpstr (sk_plan_get_title (plan), ==, "Verksamhetsplan 2025");
  g_assert_true (sk_plan_is_adopted (plan));
  g_assert_cmpstr (sk_plan_get_decision_date (plan), ==, "2024-12-12");
  g_assert_cmpstr (sk_plan_get_decision_paragraph (plan), ==, "§ 123");
  g_assert_cmpstr (sk_plan_get_diary_number (plan), ==, "RS 2024-00042");
}

static void
test_goal_tree_and_units (void)
{
  g_autoptr(SkFocusArea) fa = sk_focus_area_new ();
  g_autoptr(SkRegionalGoal) rg = sk_regional_goal_new ();
  g_autoptr(SkBoardGoal) bg = sk_board_goal_new ();
  g_autoptr(SkUnit) unit = sk_unit_new ();
  g_autoptr(SkAssignment) as = sk_assignment_new ();
  g_autoptr(SkPriorityArea) pa = sk_priority_area_new ();
  g_autoptr(SkWorkEnvPlan) wep = sk_work_env_plan_new ();

  g_assert_cmpstr (sk_focus_area_get_title (fa), ==, "");
  g_assert_cmpstr (sk_board_goal_get_text (bg), ==, "");
  g_assert_cmpstr (sk_unit_get_name (unit), ==, "");
  g_assert_null (sk_unit_get_short_name (unit));
  g_assert_null (sk_work_env_plan_get_goal_text (wep));

  sk_focus_area_set_plan_id (fa, 1);
  sk_focus_area_set_title (fa, "Hållbar utveckling");
  sk_regional_goal_set_focus_area_id (rg, 2);
  sk_regional_goal_set_description (rg, "Beskrivning");
  sk_board_goal_set_regional_goal_id (bg, 3);
  sk_board_goal_set_text (bg, "Ökad tillgänglighet");
  sk_unit_set_parent_id (unit, 5);
  sk_unit_set_short_name (unit, "KC");
  sk_assignment_set_parent_id (as, 8);
  sk_assignment_set_title (as, "Deluppdrag");
  sk_priority_area_set_position (pa, 2);
  sk_work_env_plan_set_goal_text (wep, "Friska medarbetare");

  g_assert_cmpint (sk_focus_area_get_plan_id (fa), ==, 1);
  g_assert_cmpstr (sk_focus_area_get_title (fa), ==, "Hållbar utveckling");
  g_assert_cmpint (sk_regional_goal_get_focus_area_id (rg), ==, 2);
  g_assert_cmpstr (sk_regional_goal_get_description (rg), ==, "Beskrivning");
  g_assert_cmpint (sk_board_goal_get_regional_goal_id (bg), ==, 3);
  g_assert_cmpstr (sk_board_goal_get_text (bg), ==, "Ökad tillgänglighet");
  g_assert_cmpint (sk_unit_get_parent_id (unit), ==, 5);
  g_assert_cmpstr (sk_unit_get_short_name (unit), ==, "KC");
  g_assert_cmpint (sk_assignment_get_parent_id (as), ==, 8);
  g_assert_cmpstr (sk_assignment_get_title (as), ==, "Deluppdrag");
  g_assert_cmpint (sk_priority_area_get_position (pa), ==, 2);
  g_assert_cmpstr (sk_work_env_plan_get_goal_text (wep), ==, "Friska medarbetare");
}

static void
test_assessment_and_audit (void)
{
  g_autoptr(SkGoalAssessment) ga = sk_goal_assessment_new ();
  g_autoptr(SkAuditEntry) entry = sk_audit_entry_new ();

  g_assert_cmpint (sk_goal_assessment_get_assessment (ga), ==, SK_ASSESSMENT_NOT_ASSESSED);
  sk_goal_assessment_set_assessment (ga, SK_ASSESSMENT_PARTLY);
  sk_goal_assessment_set_period (ga, "2024-04");
  g_assert_cmpint (sk_goal_assessment_get_assessment (ga), ==, SK_ASSESSMENT_PARTLY);
  g_assert_cmpstr (sk_goal_assessment_get_period (ga), ==, "2024-04");

  g_assert_null (sk_audit_entry_get_old_value (entry));
  sk_audit_entry_set_field (entry, "value");
  sk_audit_entry_set_old_value (entry, "91.1");
  sk_audit_entry_set_new_value (entry, "92");
  sk_audit_entry_set_indicator_id (entry, 7);
  g_assert_cmpstr (sk_audit_entry_get_field (entry), ==, "value");
  g_assert_cmpstr (sk_audit_entry_get_old_value (entry), ==, "91.1");
  g_assert_cmpstr (sk_audit_entry_get_new_value (entry), ==, "92");
  g_assert_cmpint (sk_audit_entry_get_indicator_id (entry), ==, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/every-property", test_every_property);
  g_test_add_func ("/model/tables", test_tables);
  g_test_add_func ("/model/record-id", test_record_id);
  g_test_add_func ("/model/indicator-defaults", test_indicator_defaults);
  g_test_add_func ("/model/indicator-setters", test_indicator_setters);
  g_test_add_func ("/model/outcome-absent", test_outcome_absent);
  g_test_add_func ("/model/outcome-fields", test_outcome_fields);
  g_test_add_func ("/model/plan", test_plan);
  g_test_add_func ("/model/goal-tree-and-units", test_goal_tree_and_units);
  g_test_add_func ("/model/assessment-and-audit", test_assessment_and_audit);

  return g_test_run ();
}
