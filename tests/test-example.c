/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-example"

#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "sk-exchange.h"
#include "store-test-util.h"

/* The shipped example: Närsjukvården Halland's 2025 plan and the Jan–Apr 2024 report. */
typedef struct {
  char    *dir;
  char    *path;
  SkStore *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sk-example-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "example.sqlite", NULL);
  f->store = sk_test_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (f->store, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_clear_object (&f->store);
  d = g_dir_open (f->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_remove (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static guint
n_items (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);
  g_object_unref (list);
  return n;
}

static void
test_plans_and_register (Fixture *f, gconstpointer data)
{
  g_autoptr(GListModel) reg = sk_store_list_indicators (f->store, 2025);
  g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2025);
  g_autoptr(SkPlan) plan24 = sk_store_get_plan (f->store, 2024);
  guint per[SK_N_PERSPECTIVES] = { 0 };

  g_assert_cmpuint (n_items (sk_store_list_plans (f->store)), ==, 2);
  g_assert_nonnull (plan);
  g_assert_nonnull (plan24);
  g_assert_cmpint (sk_plan_get_status (plan), ==, SK_PLAN_ADOPTED);
  g_assert_cmpstr (sk_plan_get_decision_date (plan), ==, "2024-12-11");
  g_assert_cmpstr (sk_plan_get_decision_paragraph (plan), ==, "§98");
  g_assert_cmpstr (sk_plan_get_diary_number (plan), ==, "DN NSV240361");
  g_assert_cmpint (sk_plan_get_status (plan24), ==, SK_PLAN_ADOPTED);
  g_assert_null (sk_plan_get_decision_date (plan24));

  g_assert_cmpuint (g_list_model_get_n_items (reg), ==, 25);
  for (guint i = 0; i < g_list_model_get_n_items (reg); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (reg, i);
      g_autoptr(SkTarget) target = sk_store_get_target (f->store, sk_record_get_id (SK_RECORD (ind)), 2025);

      per[sk_indicator_get_perspective (ind)]++;
      g_assert_nonnull (target);
      if (!sk_target_is_measurable (target))
        g_error ("2025 target “%s” of “%s” is not measurable: %s", sk_target_get_text (target),
                 sk_indicator_get_name (ind), sk_target_get_reason (target));
    }
  g_assert_cmpuint (per[SK_PERSPECTIVE_TARGET_GROUP], ==, 6);
  g_assert_cmpuint (per[SK_PERSPECTIVE_OPERATIONS], ==, 10);
  g_assert_cmpuint (per[SK_PERSPECTIVE_STAFF], ==, 4);
  g_assert_cmpuint (per[SK_PERSPECTIVE_FINANCE], ==, 5);
}

static void
test_goal_tree (Fixture *f, gconstpointer data)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2025);
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (f->store, plan_id);
  g_autoptr(GListModel) we = sk_store_list_work_env_indicators (f->store, plan_id);
  g_autoptr(SkIndicator) hme = NULL;
  guint regional = 0;

  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(SkRecord) fa = g_list_model_get_item (areas, i);
      regional += n_items (sk_store_list_regional_goals (f->store, sk_record_get_id (fa)));
    }
  g_assert_cmpuint (regional, ==, 8);

  /* The register's HME-Index is the goal tree's "Hållbart medarbetarengagemang (HME)". */
  g_assert_cmpuint (g_list_model_get_n_items (we), ==, 4);
  hme = sk_store_find_indicator (f->store, "HME-Index", NULL);
  g_assert_nonnull (hme);
  g_assert_true (g_list_model_get_n_items (we) == 4);
  g_assert_cmpuint (n_items (sk_store_list_indicator_goals (f->store, sk_record_get_id (SK_RECORD (hme)), plan_id)), ==, 1);
  g_assert_cmpuint (n_items (sk_store_list_priority_areas (f->store, plan_id)), ==, 4);
}

static double
outcome_value (Fixture *f, const char *indicator, const char *unit, SkOutcomeKind kind, char **reason)
{
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (f->store, indicator, NULL);
  g_autoptr(SkUnit) u = sk_store_find_unit (f->store, unit, NULL);
  g_autoptr(SkOutcome) o = NULL;

  g_assert_nonnull (ind);
  g_assert_nonnull (u);
  o = sk_store_get_outcome (f->store, sk_record_get_id (SK_RECORD (ind)), sk_record_get_id (SK_RECORD (u)),
                            "2024-04", kind);
  g_assert_nonnull (o);
  g_assert_false (sk_outcome_get_fictional (o));
  if (reason != NULL)
    *reason = g_strdup (sk_outcome_get_missing_reason (o));
  return sk_outcome_get_value (o);
}

static void
test_outcomes_2024 (Fixture *f, gconstpointer data)
{
  g_autofree char *reason = NULL;
  g_autoptr(SkTarget) target = NULL;
  g_autoptr(SkIndicator) po = sk_store_find_indicator (f->store, "Personalomsättning", NULL);

  g_assert_cmpfloat_with_epsilon (outcome_value (f, "telefontillgänglighet", "VC", SK_OUTCOME_MONTH, NULL), 91.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (outcome_value (f, "telefontillgänglighet", "VC", SK_OUTCOME_YTD, NULL), 92.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (outcome_value (f, "Personalomsättning", "NSVH", SK_OUTCOME_R12, NULL), 17.09, 1e-9);
  g_assert_cmpfloat_with_epsilon (outcome_value (f, "Personalomsättning", "FTV", SK_OUTCOME_R12, NULL), 23.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (outcome_value (f, "Antal listade patienter", "VC", SK_OUTCOME_MONTH, NULL),
                                  170391, 1e-9);
  g_assert_cmpfloat_with_epsilon (outcome_value (f, "Ackumulerad budgetavvikelse", "NSVH", SK_OUTCOME_YTD, NULL),
                                  8.252, 1e-9);
  g_assert_true (isnan (outcome_value (f, "Sjukfrånvaro", "NSVH", SK_OUTCOME_MONTH, &reason)));
  g_assert_nonnull (strstr (reason, "schemasystem"));

  /* Targets belong to a year. */
  target = sk_store_get_target (f->store, sk_record_get_id (SK_RECORD (po)), 2024);
  g_assert_cmpstr (sk_target_get_text (target), ==, "15,2%");
  g_clear_object (&target);
  target = sk_store_get_target (f->store, sk_record_get_id (SK_RECORD (po)), 2025);
  g_assert_cmpstr (sk_target_get_text (target), ==, "<14,5 %");
}

static void
test_load_twice (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sk_exchange_export_string (f->store, NULL);
  g_autofree char *after = NULL;
  guint audit = n_items (sk_store_list_audit (f->store, 0));

  g_assert_true (sk_exchange_load_example (f->store, &error));
  g_assert_no_error (error);
  after = sk_exchange_export_string (f->store, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (n_items (sk_store_list_audit (f->store, 0)), ==, audit);
  g_assert_cmpuint (n_items (sk_store_list_indicators (f->store, 0)), ==, 32);
  g_assert_cmpuint (n_items (sk_store_list_units (f->store)), ==, 6);

  /* Its export, read into an empty database, exports the same. */
  {
    g_autofree char *other_path = g_build_filename (f->dir, "other.sqlite", NULL);
    g_autoptr(SkStore) other = sk_test_store_open (other_path, &error);
    g_autofree char *again = NULL;

    g_assert_no_error (error);
    g_assert_true (sk_exchange_import (other, after, -1, &error));
    g_assert_no_error (error);
    again = sk_exchange_export_string (other, NULL);
    g_assert_cmpstr (after, ==, again);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  sk_test_backend_init ();
  g_test_add ("/example/plans-and-register", Fixture, NULL, fixture_setup, test_plans_and_register, fixture_teardown);
  g_test_add ("/example/goal-tree", Fixture, NULL, fixture_setup, test_goal_tree, fixture_teardown);
  g_test_add ("/example/outcomes-2024", Fixture, NULL, fixture_setup, test_outcomes_2024, fixture_teardown);
  g_test_add ("/example/load-twice", Fixture, NULL, fixture_setup, test_load_twice, fixture_teardown);
  return g_test_run ();
}
