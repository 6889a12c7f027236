/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-budget"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sk-store.h"
#include "store-test-util.h"
#include "sk-store-budget.h"
#include "sk-budget-figures.h"
#include "sk-derived.h"
#include "sk-exchange.h"

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

  f->store = sk_test_store_new ("sk-budget-XXXXXX", FALSE, &f->dir, &f->path);
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
  sk_test_store_remove (&f->store, &f->dir);
  g_free (f->path);
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
  /* The grid has a row per line of the unit, entered or not. */
  {
    g_autoptr(GListModel) rows = sk_store_list_budget_rows (f->store, 2024, SK_BUDGET_VALUE_BUDGET);
    g_autoptr(SkBudgetLine) staff = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, SK_N_BUDGET_LINES);
    staff = g_list_model_get_item (rows, SK_BUDGET_LINE_STAFF);
    g_assert_cmpint (sk_budget_line_get_line (staff), ==, SK_BUDGET_LINE_STAFF);
    g_assert_true (isnan (sk_budget_line_get_value (staff, 3)));
  }
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
    /* As list views read it. */
    {
      g_autofree char *unit = NULL;
      double value = 0;

      g_object_get (got, "measure-unit", &unit, "value", &value, NULL);
      g_assert_cmpstr (unit, ==, "%");
      g_assert_cmpfloat (value, ==, -1.5);
    }
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

/* ---- The example: the January–April 2024 economy of seed 001 ---- */

static gint64
unit_id (Fixture *f, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkUnit) unit = sk_store_find_unit (f->store, name, &error);

  g_assert_no_error (error);
  return sk_record_get_id (SK_RECORD (unit));
}

static void
load_example (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  /* The fixture's own plan and unit are in the way of the example's: a
   * new database (on the server, removing the file would not empty it). */
  g_clear_object (&f->store);
  g_remove (f->path);
  g_free (f->path);
  f->path = g_build_filename (f->dir, "example.db", NULL);
  f->store = sk_test_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (f->store, &error));
  g_assert_no_error (error);
}

static void
compute (SkBudgetData *d, guint month, gint64 unit, gboolean subtree, SkBudgetSum sum, SkBudgetFigures *out)
{
  g_assert_true (sk_budget_data_compute (d, month, unit, subtree, sum, out));
}

static void
test_example_seed (Fixture *f, gconstpointer data)
{
  g_autoptr(SkBudgetData) d = NULL;
  g_autoptr(GArray) units = NULL;
  SkBudgetFigures fig, unit_fig;
  double outcome = 0, budget = 0, deviation = 0;

  load_example (f);
  d = sk_budget_data_load (f->store, 2024);
  g_assert_cmpuint (sk_budget_data_last_month (d), ==, 4);

  /* 5.1 Ackumulerad budgetavvikelse: −37 583 / −45 835 / 8 252 tkr. */
  compute (d, 4, 0, TRUE, SK_BUDGET_SUM_NET, &fig);
  g_assert_cmpfloat (fig.outcome, ==, -37583);
  g_assert_cmpfloat (fig.budget, ==, -45835);
  g_assert_cmpfloat (fig.deviation, ==, 8252);
  g_assert_cmpfloat (fig.deviation, ==, fig.outcome - fig.budget);

  /* The units add up to the administration. */
  units = sk_budget_data_units (d);
  g_assert_cmpuint (units->len, ==, 5);
  for (guint i = 0; i < units->len; i++)
    {
      compute (d, 4, g_array_index (units, gint64, i), FALSE, SK_BUDGET_SUM_NET, &unit_fig);
      g_assert_cmpfloat (unit_fig.deviation, ==, unit_fig.outcome - unit_fig.budget);
      outcome += unit_fig.outcome;
      budget += unit_fig.budget;
      deviation += unit_fig.deviation;
    }
  g_assert_cmpfloat (outcome, ==, -37583);
  g_assert_cmpfloat (budget, ==, -45835);
  g_assert_cmpfloat (deviation, ==, 8252);

  /* As the text rounds them: VC +5,2 (its särskilda uppdrag +0,9),
   * FTV drygt +5,4, LoA −2,5 mnkr. */
  compute (d, 4, unit_id (f, "VC"), TRUE, SK_BUDGET_SUM_NET, &unit_fig);
  g_assert_cmpfloat (round (unit_fig.deviation / 100), ==, 52);
  compute (d, 4, unit_id (f, "SU"), TRUE, SK_BUDGET_SUM_NET, &unit_fig);
  g_assert_cmpfloat (round (unit_fig.deviation / 100), ==, 9);
  compute (d, 4, unit_id (f, "FTV"), TRUE, SK_BUDGET_SUM_NET, &unit_fig);
  g_assert_cmpfloat (round (unit_fig.deviation / 100), ==, 54);
  compute (d, 4, unit_id (f, "LoA"), TRUE, SK_BUDGET_SUM_NET, &unit_fig);
  g_assert_cmpfloat (round (unit_fig.deviation / 100), ==, -25);

  /* The chart's series: accumulated through each month, the outcome up
   * to April; the budget over the whole year ends at the year's. */
  {
    double o[12], b[12];

    sk_budget_data_series (d, 0, TRUE, SK_BUDGET_SUM_NET, o, b);
    g_assert_cmpfloat (o[3], ==, -37583);
    g_assert_cmpfloat (b[3], ==, -45835);
    g_assert_true (isnan (o[4]));
    g_assert_cmpfloat (b[11], ==, -111528);
    g_assert_cmpfloat (o[0], >, o[3]);
  }

  /* 5.1.2 Kostnadsutveckling: −414 583 / −414 612 / −29 / −423 519 /
   * 8 907 / 0 % / 2,2 % / 2,1 %. */
  compute (d, 4, 0, TRUE, SK_BUDGET_SUM_COSTS, &fig);
  g_assert_cmpfloat (fig.last_year, ==, -414583);
  g_assert_cmpfloat (fig.outcome, ==, -414612);
  g_assert_cmpfloat (fig.diff_last_year, ==, -29);
  g_assert_cmpfloat (fig.budget, ==, -423519);
  g_assert_cmpfloat (fig.deviation, ==, 8907);
  g_assert_cmpfloat (round (fig.development * 10) / 10, ==, 0.0);
  g_assert_cmpfloat (round (fig.budget_development * 10) / 10, ==, 2.2);
  g_assert_cmpfloat (round (fig.development_gap * 10) / 10, ==, 2.1);

  /* 5.1.3 Intäktsutveckling: 95 411 / 97 773 / 2 362 / 85 512 / 12 261 /
   * 2,5 % / −10,4 % / 12,9 %. */
  compute (d, 4, 0, TRUE, SK_BUDGET_SUM_REVENUE, &fig);
  g_assert_cmpfloat (fig.last_year, ==, 95411);
  g_assert_cmpfloat (fig.outcome, ==, 97773);
  g_assert_cmpfloat (fig.diff_last_year, ==, 2362);
  g_assert_cmpfloat (fig.budget, ==, 85512);
  g_assert_cmpfloat (fig.deviation, ==, 12261);
  g_assert_cmpfloat (round (fig.development * 10) / 10, ==, 2.5);
  g_assert_cmpfloat (round (fig.budget_development * 10) / 10, ==, -10.4);
  g_assert_cmpfloat (round (fig.development_gap * 10) / 10, ==, 12.9);

  /* 5.2 Prognos budgetavvikelse: −106 528 / −111 528 / 5 000 tkr; 5.2.1
   * from a zero deviation in the previous report to +5,0 mnkr. */
  compute (d, 4, 0, TRUE, SK_BUDGET_SUM_NET, &fig);
  g_assert_cmpfloat (fig.forecast, ==, -106528);
  g_assert_cmpfloat (fig.year_budget, ==, -111528);
  g_assert_cmpfloat (fig.forecast_deviation, ==, 5000);
  g_assert_cmpuint (fig.forecast_month, ==, 4);
  g_assert_cmpuint (fig.previous_month, ==, 2);
  g_assert_cmpfloat (fig.previous_deviation, ==, 0);
  g_assert_cmpfloat (fig.forecast_change, ==, 5000);

  /* 5.3.1 Prognos investeringsbudgetavvikelse: 19 465 / 24 360 / 4 895 tkr;
   * 2 mnkr spent by April. */
  compute (d, 4, 0, TRUE, SK_BUDGET_SUM_INVESTMENT, &fig);
  g_assert_cmpfloat (fig.forecast, ==, 19465);
  g_assert_cmpfloat (fig.year_budget, ==, 24360);
  g_assert_cmpfloat (fig.forecast_deviation, ==, 4895);
  g_assert_cmpfloat (fig.outcome, ==, 2000);
}

/* The economy indicators of the register show the budget's figures. */
static void
test_example_indicators (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) acc = NULL;
  g_autoptr(SkIndicator) cost = NULL;
  g_autoptr(SkIndicator) revenue = NULL;
  g_autoptr(SkIndicator) forecast = NULL;
  SkFigures fig;

  load_example (f);
  acc = sk_store_find_indicator (f->store, "Ackumulerad budgetavvikelse", &error);
  cost = sk_store_find_indicator (f->store, "Kostnadsutveckling", &error);
  revenue = sk_store_find_indicator (f->store, "Intäktsutveckling", &error);
  forecast = sk_store_find_indicator (f->store, "Prognos budgetavvikelse", &error);
  g_assert_no_error (error);

  g_assert_true (sk_figures_compute (f->store, acc, unit_id (f, "NSVH"), "2024-04", &fig));
  g_assert_cmpfloat_with_epsilon (fig.ytd, 8.252, 1e-9);
  sk_figures_clear (&fig);
  g_assert_true (sk_figures_compute (f->store, acc, unit_id (f, "VC"), "2024-04", &fig));
  g_assert_cmpfloat_with_epsilon (fig.ytd, 5.249, 1e-9);
  sk_figures_clear (&fig);
  g_assert_true (sk_figures_compute (f->store, cost, unit_id (f, "NSVH"), "2024-04", &fig));
  g_assert_cmpfloat (fig.ytd, ==, 0.0);
  g_assert_cmpfloat (fig.reference, ==, 2.2);
  sk_figures_clear (&fig);
  g_assert_true (sk_figures_compute (f->store, revenue, unit_id (f, "NSVH"), "2024-04", &fig));
  g_assert_cmpfloat (fig.ytd, ==, 2.5);
  g_assert_cmpfloat (fig.reference, ==, -10.4);
  sk_figures_clear (&fig);
  g_assert_true (sk_figures_compute (f->store, forecast, unit_id (f, "NSVH"), "2024-04", &fig));
  g_assert_cmpfloat (fig.month, ==, 5.0);
  sk_figures_clear (&fig);

  /* A new outcome in the budget changes the indicator: one number. */
  g_assert_true (sk_store_set_budget_value (f->store, 2024, unit_id (f, "LoA"), SK_BUDGET_LINE_NET,
                                            SK_BUDGET_VALUE_OUTCOME, 4, -1000, &error));
  g_assert_no_error (error);
  g_assert_true (sk_figures_compute (f->store, acc, unit_id (f, "NSVH"), "2024-04", &fig));
  g_assert_cmpfloat (fig.ytd, !=, 8.252);
  sk_figures_clear (&fig);
}

/* "Enligt budget" is judged against the budget's figure: the cost
 * development against the budgeted one. */
static void
test_according_to_budget (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) cost = NULL;
  g_autoptr(SkPlan) plan = NULL;
  gint64 ftv, root;
  SkFigures fig;

  load_example (f);
  plan = sk_store_create_plan (f->store, 2026, "Plan 2026", &error);
  g_assert_no_error (error);
  cost = sk_store_find_indicator (f->store, "Kostnadsutveckling", &error);
  g_assert_no_error (error);
  g_assert_true (sk_store_set_target (f->store, sk_record_get_id (SK_RECORD (cost)), 2026, "Enligt budget", &error));
  g_assert_no_error (error);
  ftv = unit_id (f, "FTV");
  root = unit_id (f, "NSVH");
  /* Last January −1 000, budget −1 020 (2 % more), outcome −1 010 (1 %). */
  g_assert_true (sk_store_set_budget_value (f->store, 2025, ftv, SK_BUDGET_LINE_STAFF, SK_BUDGET_VALUE_OUTCOME, 1, -1000, &error));
  g_assert_true (sk_store_set_budget_value (f->store, 2026, ftv, SK_BUDGET_LINE_STAFF, SK_BUDGET_VALUE_BUDGET, 1, -1020, &error));
  g_assert_true (sk_store_set_budget_value (f->store, 2026, ftv, SK_BUDGET_LINE_STAFF, SK_BUDGET_VALUE_OUTCOME, 1, -1010, &error));
  g_assert_no_error (error);

  g_assert_true (sk_figures_compute (f->store, cost, root, "2026-01", &fig));
  g_assert_cmpfloat (fig.ytd, ==, 1.0);
  g_assert_cmpfloat (fig.reference, ==, 2.0);
  g_assert_cmpint (fig.ytd_status, ==, SK_STATUS_MET);
  sk_figures_clear (&fig);

  /* Costs grow faster than budgeted: not met. */
  g_assert_true (sk_store_set_budget_value (f->store, 2026, ftv, SK_BUDGET_LINE_STAFF, SK_BUDGET_VALUE_OUTCOME, 1, -1050, &error));
  g_assert_no_error (error);
  g_assert_true (sk_figures_compute (f->store, cost, root, "2026-01", &fig));
  g_assert_cmpfloat (fig.ytd, ==, 5.0);
  g_assert_cmpint (fig.ytd_status, ==, SK_STATUS_NOT_MET);
  sk_figures_clear (&fig);
}

/* A plan copied to a new year takes the budget's units, financing and
 * assumptions along, not its amounts. */
static void
test_copy_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkPlan) copy = NULL;
  g_autoptr(GArray) units = NULL;
  g_autoptr(GListModel) assumptions = NULL;

  load_example (f);
  plan = sk_store_get_plan (f->store, 2025);
  copy = sk_store_copy_plan (f->store, plan, 2026, &error);
  g_assert_no_error (error);
  units = sk_store_list_budget_units (f->store, 2026);
  g_assert_cmpuint (units->len, ==, 5);
  assumptions = sk_store_list_budget_assumptions (f->store, 2026);
  g_assert_cmpuint (g_list_model_get_n_items (assumptions), ==, 13);
  g_assert_false (sk_store_has_budget (f->store, 2026));
  /* The copy is a draft: its budget can be entered. */
  g_assert_true (sk_store_set_budget_value (f->store, 2026, unit_id (f, "RGU"), SK_BUDGET_LINE_NET,
                                            SK_BUDGET_VALUE_BUDGET, 0, -9500, &error));
  g_assert_no_error (error);
}

/* Export and import carry the budget: nothing is lost in a round trip. */
static void
test_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *path2 = g_build_filename (f->dir, "copy.db", NULL);
  g_autoptr(SkStore) copy = NULL;
  g_autoptr(SkBudgetProposal) p = sk_budget_proposal_new ();
  g_autoptr(GListModel) proposals = NULL;
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;

  load_example (f);
  /* A draft year with a proposal, and a year without a plan. */
  {
    g_autoptr(SkPlan) plan = sk_store_create_plan (f->store, 2026, "Plan 2026", &error);

    g_assert_no_error (error);
  }
  sk_budget_proposal_set_year (p, 2026);
  sk_budget_proposal_set_text (p, "Mobil tandvårdsenhet");
  sk_budget_proposal_set_cost (p, 0, 1500);
  sk_budget_proposal_set_cost (p, 2, 900.5);
  sk_budget_proposal_set_price_level (p, "2026 års prisnivå");
  sk_budget_proposal_set_granted (p, TRUE);
  g_assert_true (sk_store_save_budget_proposal (f->store, p, &error));
  g_assert_no_error (error);
  g_assert_true (sk_store_set_budget_value (f->store, 2022, unit_id (f, "FTV"), SK_BUDGET_LINE_STAFF,
                                            SK_BUDGET_VALUE_BUDGET, 0, -300000, &error));
  g_assert_no_error (error);

  first = sk_exchange_export_string (f->store, &error);
  g_assert_no_error (error);
  copy = sk_test_store_open (path2, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_import (copy, first, -1, &error));
  g_assert_no_error (error);
  second = sk_exchange_export_string (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, second);

  a = sk_store_list_budget_values (f->store, 2000, 2100);
  b = sk_store_list_budget_values (copy, 2000, 2100);
  g_assert_cmpuint (a->len, ==, b->len);
  g_assert_cmpuint (a->len, >, 380);
  proposals = sk_store_list_budget_proposals (copy, 2026);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 1);
  {
    g_autoptr(SkBudgetProposal) got = g_list_model_get_item (proposals, 0);

    g_assert_cmpfloat (sk_budget_proposal_get_cost (got, 2), ==, 900.5);
    g_assert_true (isnan (sk_budget_proposal_get_cost (got, 1)));
    g_assert_true (sk_budget_proposal_get_granted (got));
  }
  {
    g_autoptr(SkIndicator) acc = sk_store_find_indicator (copy, "Ackumulerad budgetavvikelse", &error);

    g_assert_no_error (error);
    g_assert_cmpint (sk_store_get_budget_measure (copy, sk_record_get_id (SK_RECORD (acc))), ==,
                     SK_BUDGET_MEASURE_ACCUMULATED_DEVIATION);
  }
}

/* A file with another budget for an adopted plan leaves the budget as
 * adopted and says so; its outcomes are imported. */
static void
test_import_adopted (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *changed = NULL;
  g_auto(GStrv) notes = NULL;
  gint64 ftv;
  gboolean noted = FALSE;

  load_example (f);
  ftv = unit_id (f, "FTV");
  json = sk_exchange_export_string (f->store, &error);
  g_assert_no_error (error);
  /* FTV's January net budget −5 904 becomes −1, and a May outcome is added. */
  g_assert_cmpfloat (sk_store_get_budget_value (f->store, 2024, ftv, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_BUDGET, 1),
                     ==, -5904);
  {
    g_autoptr(GString) s = g_string_new (json);

    g_assert_cmpuint (g_string_replace (s, "\"line\" : \"net\",\n            \"month\" : 1,\n            \"value\" : -5904",
                                        "\"line\" : \"net\",\n            \"month\" : 1,\n            \"value\" : -1", 1), ==, 1);
    g_assert_cmpuint (g_string_replace (s, "\"budget_follow_up\" : [",
                                        "\"budget_follow_up\" : [{ \"year\": 2024, \"unit\": \"Folktandvården Halland\","
                                        " \"line\": \"net\", \"kind\": \"outcome\", \"month\": 5, \"value\": -4000,"
                                        " \"changed_by\": \"eva\", \"changed_at\": \"2024-06-10T08:00:00Z\" },", 1), ==, 1);
    changed = g_string_free (g_steal_pointer (&s), FALSE);
  }
  g_assert_true (sk_exchange_import_full (f->store, changed, -1, &notes, &error));
  g_assert_no_error (error);
  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    noted |= strstr (notes[i], "internal budget") != NULL;
  g_assert_true (noted);
  g_assert_cmpfloat (sk_store_get_budget_value (f->store, 2024, ftv, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_BUDGET, 1),
                     ==, -5904);
  g_assert_cmpfloat (sk_store_get_budget_value (f->store, 2024, ftv, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_OUTCOME, 5),
                     ==, -4000);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  sk_test_backend_init ();
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/budget/store/values", test_values);
  ADD ("/budget/store/audit", test_audit);
  ADD ("/budget/store/adopted-lock", test_adopted_lock);
  ADD ("/budget/store/assumptions-proposals", test_assumptions_proposals);
  ADD ("/budget/example/seed-001", test_example_seed);
  ADD ("/budget/example/indicators", test_example_indicators);
  ADD ("/budget/example/according-to-budget", test_according_to_budget);
  ADD ("/budget/example/copy-plan", test_copy_plan);
  ADD ("/budget/exchange/round-trip", test_round_trip);
  ADD ("/budget/exchange/adopted", test_import_adopted);
  return g_test_run ();
}
