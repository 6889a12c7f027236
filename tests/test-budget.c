/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-budget"

#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "sk-store.h"
#include "sk-store-budget.h"

/* The internal budget in the store: values per unit, line and month, the
 * lock of an adopted plan (the budget is locked, its follow-up is not),
 * the audit, assumptions and proposals. */

typedef struct {
  char    *dir;
  char    *path;
  SkStore *store;
  gint64   plan;
  gint64   unit;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkUnit) unit = NULL;

  f->dir = g_dir_make_tmp ("sk-budget-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = sk_store_open (f->path, &error);
  g_assert_no_error (error);
  plan = sk_store_create_plan (f->store, 2024, "Plan 2024", &error);
  g_assert_no_error (error);
  f->plan = sk_record_get_id (SK_RECORD (plan));
  unit = sk_store_add_unit (f->store, 0, "Folktandvården Halland", "FTV", &error);
  g_assert_no_error (error);
  f->unit = sk_record_get_id (SK_RECORD (unit));
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
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
  g_free (f->path);
  g_free (f->dir);
}

static void
adopt (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2024);

  g_assert_true (sk_store_adopt_plan (f->store, plan, "2023-12-13", "§ 1", "DN 1", &error));
  g_assert_no_error (error);
}

static void
test_values (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkBudgetLine) line = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GArray) units = NULL;

  g_assert_false (sk_store_has_budget (f->store, 2024));
  g_assert_true (sk_store_set_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                            SK_BUDGET_VALUE_BUDGET, 1, -6025, &error));
  g_assert_no_error (error);
  g_assert_true (sk_store_set_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                            SK_BUDGET_VALUE_OUTCOME, 1, -4700.5, &error));
  g_assert_no_error (error);
  g_assert_true (sk_store_has_budget (f->store, 2024));
  g_assert_cmpfloat (sk_store_get_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                                SK_BUDGET_VALUE_OUTCOME, 1), ==, -4700.5);
  g_assert_true (isnan (sk_store_get_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                                   SK_BUDGET_VALUE_OUTCOME, 2)));

  /* A budget value puts the unit in the budget. */
  units = sk_store_list_budget_units (f->store, 2024);
  g_assert_cmpuint (units->len, ==, 1);
  g_assert_cmpint (g_array_index (units, SkBudgetUnitEntry, 0).financing, ==, SK_BUDGET_REVENUE_FINANCED);
  g_assert_true (sk_store_set_budget_unit (f->store, 2024, f->unit, SK_BUDGET_GRANT_FINANCED, &error));
  g_assert_no_error (error);
  g_clear_pointer (&units, g_array_unref);
  units = sk_store_list_budget_units (f->store, 2024);
  g_assert_cmpint (g_array_index (units, SkBudgetUnitEntry, 0).financing, ==, SK_BUDGET_GRANT_FINANCED);

  /* A whole row at once (a paste): months 1–3, January removed. */
  line = sk_store_get_budget_line (f->store, 2024, f->unit, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_BUDGET);
  g_assert_cmpfloat (sk_budget_line_get_value (line, 1), ==, -6025);
  sk_budget_line_set_value (line, 1, NAN);
  sk_budget_line_set_value (line, 2, -100);
  sk_budget_line_set_value (line, 3, -200);
  g_assert_true (sk_store_set_budget_line (f->store, line, &error));
  g_assert_no_error (error);
  lines = sk_store_list_budget_lines (f->store, 2024, SK_BUDGET_VALUE_BUDGET);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 1);
  {
    g_autoptr(SkBudgetLine) got = g_list_model_get_item (lines, 0);

    g_assert_true (isnan (sk_budget_line_get_value (got, 1)));
    g_assert_cmpfloat (sk_budget_line_get_value (got, 3), ==, -200);
  }

  /* An outcome belongs to a month; amounts are finite. */
  g_assert_false (sk_store_set_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                             SK_BUDGET_VALUE_OUTCOME, 0, 1, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sk_store_set_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                             SK_BUDGET_VALUE_OUTCOME, 13, 1, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sk_store_set_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                             SK_BUDGET_VALUE_OUTCOME, 2, INFINITY, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_audit (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) audit = NULL;
  gboolean seen = FALSE;

  g_assert_true (sk_store_set_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_STAFF,
                                            SK_BUDGET_VALUE_OUTCOME, 4, -1200, &error));
  g_assert_true (sk_store_set_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_STAFF,
                                            SK_BUDGET_VALUE_OUTCOME, 4, -1250, &error));
  g_assert_no_error (error);
  audit = sk_store_list_audit (f->store, 0);
  for (guint i = 0; i < g_list_model_get_n_items (audit); i++)
    {
      g_autoptr(SkAuditEntry) e = g_list_model_get_item (audit, i);

      if (g_strcmp0 (sk_audit_entry_get_entity (e), "budget") == 0
          && g_strcmp0 (sk_audit_entry_get_field (e), "2024-04 staff outcome") == 0
          && g_strcmp0 (sk_audit_entry_get_old_value (e), "-1200") == 0
          && g_strcmp0 (sk_audit_entry_get_new_value (e), "-1250") == 0)
        seen = TRUE;
    }
  g_assert_true (seen);
}

static void
test_adopted_lock (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkBudgetAssumption) a = sk_budget_assumption_new ();
  g_autoptr(SkBudgetProposal) p = sk_budget_proposal_new ();

  g_assert_true (sk_store_set_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                            SK_BUDGET_VALUE_BUDGET, 0, -111528, &error));
  sk_budget_assumption_set_year (a, 2024);
  sk_budget_assumption_set_kind (a, SK_BUDGET_ASSUMPTION_INDEXATION);
  sk_budget_assumption_set_value (a, 4.5);
  sk_budget_assumption_set_measure_unit (a, "%");
  g_assert_true (sk_store_save_budget_assumption (f->store, a, &error));
  g_assert_no_error (error);
  sk_budget_proposal_set_year (p, 2024);
  sk_budget_proposal_set_text (p, "Mobil tandvårdsenhet");
  sk_budget_proposal_set_cost (p, 0, 1500);
  sk_budget_proposal_set_cost (p, 1, 900);
  sk_budget_proposal_set_price_level (p, "2024 års prisnivå");
  g_assert_true (sk_store_save_budget_proposal (f->store, p, &error));
  g_assert_no_error (error);
  adopt (f);

  /* The budget is the plan's content: locked. */
  g_assert_false (sk_store_set_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                             SK_BUDGET_VALUE_BUDGET, 0, -1, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED);
  g_clear_error (&error);
  g_assert_false (sk_store_set_budget_unit (f->store, 2024, f->unit, SK_BUDGET_GRANT_FINANCED, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED);
  g_clear_error (&error);
  sk_budget_assumption_set_value (a, 5.0);
  g_assert_false (sk_store_save_budget_assumption (f->store, a, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED);
  g_clear_error (&error);
  sk_budget_proposal_set_granted (p, TRUE);
  g_assert_false (sk_store_save_budget_proposal (f->store, p, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED);
  g_clear_error (&error);
  g_assert_false (sk_store_remove_budget_proposal (f->store, p, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED);
  g_clear_error (&error);
  g_assert_cmpfloat (sk_store_get_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                                SK_BUDGET_VALUE_BUDGET, 0), ==, -111528);

  /* Its follow-up is not. */
  g_assert_true (sk_store_set_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                            SK_BUDGET_VALUE_OUTCOME, 4, -9000, &error));
  g_assert_no_error (error);
  g_assert_true (sk_store_set_budget_value (f->store, 2024, f->unit, SK_BUDGET_LINE_NET,
                                            SK_BUDGET_VALUE_FORECAST, 4, -106528, &error));
  g_assert_no_error (error);
  /* Nor is a year without a plan (last year's outcome). */
  g_assert_true (sk_store_set_budget_value (f->store, 2023, f->unit, SK_BUDGET_LINE_STAFF,
                                            SK_BUDGET_VALUE_OUTCOME, 4, -9000, &error));
  g_assert_no_error (error);
}

static void
test_assumptions_proposals (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkBudgetAssumption) a = sk_budget_assumption_new ();
  g_autoptr(SkBudgetAssumption) b = sk_budget_assumption_new ();
  g_autoptr(SkBudgetProposal) p = sk_budget_proposal_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) proposals = NULL;

  sk_budget_assumption_set_year (a, 2024);
  sk_budget_assumption_set_kind (a, SK_BUDGET_ASSUMPTION_CARE_PAYMENT);
  sk_budget_assumption_set_value (a, 3548);
  sk_budget_assumption_set_measure_unit (a, "kr per vårdpoäng");
  sk_budget_assumption_set_text (a, "Hälso- och sjukvårdspeng (föregående år 3 651 kr)");
  g_assert_true (sk_store_save_budget_assumption (f->store, a, &error));
  g_assert_no_error (error);
  sk_budget_assumption_set_year (b, 2024);
  sk_budget_assumption_set_kind (b, SK_BUDGET_ASSUMPTION_EFFICIENCY);
  sk_budget_assumption_set_value (b, -1.5);
  sk_budget_assumption_set_measure_unit (b, "%");
  g_assert_true (sk_store_save_budget_assumption (f->store, b, &error));
  g_assert_no_error (error);
  list = sk_store_list_budget_assumptions (f->store, 2024);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(SkBudgetAssumption) got = g_list_model_get_item (list, 1);

    g_assert_cmpint (sk_budget_assumption_get_kind (got), ==, SK_BUDGET_ASSUMPTION_EFFICIENCY);
    g_assert_cmpfloat (sk_budget_assumption_get_value (got), ==, -1.5);
  }
  /* Neither value nor words: refused. */
  {
    g_autoptr(SkBudgetAssumption) empty = sk_budget_assumption_new ();

    sk_budget_assumption_set_year (empty, 2024);
    g_assert_false (sk_store_save_budget_assumption (f->store, empty, &error));
    g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  sk_budget_proposal_set_year (p, 2024);
  sk_budget_proposal_set_text (p, "Utökad kvällsmottagning");
  for (guint i = 0; i < SK_BUDGET_PROPOSAL_YEARS; i++)
    sk_budget_proposal_set_cost (p, i, 1000 + i);
  sk_budget_proposal_set_granted (p, TRUE);
  g_assert_true (sk_store_save_budget_proposal (f->store, p, &error));
  g_assert_no_error (error);
  proposals = sk_store_list_budget_proposals (f->store, 2024);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 1);
  {
    g_autoptr(SkBudgetProposal) got = g_list_model_get_item (proposals, 0);

    g_assert_true (sk_budget_proposal_get_granted (got));
    g_assert_cmpfloat (sk_budget_proposal_get_cost (got, 4), ==, 1004);
    g_assert_cmpstr (sk_budget_proposal_get_text (got), ==, "Utökad kvällsmottagning");
  }
  g_assert_true (sk_store_remove_budget_proposal (f->store, p, &error));
  g_assert_no_error (error);
  g_clear_object (&proposals);
  proposals = sk_store_list_budget_proposals (f->store, 2024);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/budget/store/values", test_values);
  ADD ("/budget/store/audit", test_audit);
  ADD ("/budget/store/adopted-lock", test_adopted_lock);
  ADD ("/budget/store/assumptions-proposals", test_assumptions_proposals);
  return g_test_run ();
}
