/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-budget"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-store-budget.h"
#include "cli-test-util.h"

/* styrkort-cli budget, set-budget, budget-lines and import-ledger on the
 * example: the January–April 2024 economy tables of seed 001 (section 5)
 * come out with the seed's figures. */

typedef SkCliFixture Fixture;

static void
fixture_set_up (Fixture *fx, gconstpointer data)
{
  sk_cli_fixture_set_up (fx, "styrkort-cli-budget-XXXXXX");
  sk_cli_fixture_load_example (fx);
}

static void
fixture_tear_down (Fixture *fx, gconstpointer data)
{
  sk_cli_fixture_tear_down (fx);
}

static void
assert_has (const char *out, const char *line)
{
  if (strstr (out, line) == NULL)
    g_error ("missing “%s” in:\n%s", line, out);
}

/* Every total row of the seed's tables, as TSV (the total has no unit). */
static void
test_seed_tables (Fixture *fx, gconstpointer data)
{
  static const char * const expected[] = {
    /* 5.1 Ackumulerad budgetavvikelse */
    "accumulated\t\toutcome\t-37583\n", "accumulated\t\tbudget\t-45835\n", "accumulated\t\tdeviation\t8252\n",
    /* 5.1.2 Kostnadsutveckling */
    "costs\t\tlast_year\t-414583\n", "costs\t\toutcome\t-414612\n", "costs\t\tdiff_last_year\t-29\n",
    "costs\t\tbudget\t-423519\n", "costs\t\tdeviation\t8907\n", "costs\t\tdevelopment\t0\n",
    "costs\t\tbudget_development\t2.2\n", "costs\t\tdevelopment_gap\t2.1\n",
    /* 5.1.3 Intäktsutveckling */
    "revenue\t\tlast_year\t95411\n", "revenue\t\toutcome\t97773\n", "revenue\t\tdiff_last_year\t2362\n",
    "revenue\t\tbudget\t85512\n", "revenue\t\tdeviation\t12261\n", "revenue\t\tdevelopment\t2.5\n",
    "revenue\t\tbudget_development\t-10.4\n", "revenue\t\tdevelopment_gap\t12.9\n",
    /* 5.2 Prognos budgetavvikelse, 5.2.1 since the previous report */
    "forecast\t\tforecast\t-106528\n", "forecast\t\tyear_budget\t-111528\n", "forecast\t\tdeviation\t5000\n",
    "forecast\t\tprevious_deviation\t0\n", "forecast\t\tchange\t5000\n",
    /* 5.3.1 Prognos investeringsbudgetavvikelse */
    "investment\t\tforecast\t19465\n", "investment\t\tyear_budget\t24360\n", "investment\t\tdeviation\t4895\n",
  };
  g_auto(SkCliRun) run = { 0 };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "budget", "--year", "2024", "--period", "2024-04",
                      "--format", "tsv", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "table\tunit\tfigure\tvalue\n"));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_has (run.out, expected[i]);
  /* Each unit's deviation is its outcome − budget, and they add up. */
  assert_has (run.out, "accumulated\tFolktandvården Halland\tdeviation\t5449\n");
  assert_has (run.out, "accumulated\tSärskilda uppdrag\tdeviation\t900\n");
}

/* In Swedish, as the board reads it. */
static void
test_seed_tables_swedish (Fixture *fx, gconstpointer data)
{
  g_auto(SkCliRun) run = { 0 };

  sk_cli_fixture_run (fx, &run, "sv", "--db", fx->db, "budget", "--period", "2024-04", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  assert_has (run.out, "Internbudget 2024, jan–apr, tkr");
  assert_has (run.out, "Ackumulerad budgetavvikelse");
  assert_has (run.out, "-37\u2009583 tkr");
  assert_has (run.out, "8\u2009252 tkr");
  assert_has (run.out, "Kostnadsutveckling");
  assert_has (run.out, "2,2 %");
  assert_has (run.out, "-10,4 %");
  assert_has (run.out, "Prognos investeringsbudgetavvikelse");
  assert_has (run.out, "4\u2009895 tkr");
}

/* An outcome entered for May moves the follow-up; the budget of the
 * adopted 2024 plan cannot be changed. */
static void
test_set_and_list (Fixture *fx, gconstpointer data)
{
  g_auto(SkCliRun) run = { 0 };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-budget", "--period", "2024-05", "--unit", "LoA",
                      "--line", "net", "--kind", "outcome", "--value", "-1 000,5", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  assert_has (run.out, "Saved Ledning och administration, Net, Outcome 2024-05");

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "budget-lines", "--year", "2024",
                      "--kind", "outcome", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  assert_has (run.out, "Ledning och administration\tnet\t");
  assert_has (run.out, "\t-1000.5\t");

  /* Through May: the outcome through May against the budget through May. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "budget", "--period", "2024-05", "--unit", "LoA",
                      "--format", "tsv", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  assert_has (run.out, "accumulated\tLedning och administration\toutcome\t-7751.5\n");

  /* The adopted plan's budget is locked; its follow-up is not. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-budget", "--year", "2024", "--unit", "VC",
                      "--line", "net", "--month", "1", "--value", "5", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  assert_has (run.err, "adopted");
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-budget", "--year", "2024", "--unit", "VC",
                      "--financing", "grant", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  assert_has (run.err, "adopted");

  /* A year without a plan takes a budget; a unit's financing too. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-budget", "--year", "2027", "--unit", "FTV",
                      "--line", "Personalkostnader", "--month", "0", "--value", "-340000", "--financing", "revenue",
                      NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "budget-lines", "--year", "2027", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  assert_has (run.out, "Folktandvården Halland: Revenue-financed, result budget");
  assert_has (run.out, "Staff costs");

  /* Usage errors say what is wrong. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-budget", "--year", "2024", "--unit", "VC",
                      "--line", "salaries", "--month", "1", "--value", "5", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
  assert_has (run.err, "--line");
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "budget", "--year", "2031", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  assert_has (run.err, "no budget for 2031");
}

static void
test_assumptions (Fixture *fx, gconstpointer data)
{
  g_auto(SkCliRun) run = { 0 };

  sk_cli_fixture_run (fx, &run, "sv", "--db", fx->db, "budget-assumptions", "--year", "2025", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  assert_has (run.out, "Uppräkning");
  assert_has (run.out, "4,5 %");
  assert_has (run.out, "Effektivisering");
  assert_has (run.out, "-1,5 %");
  assert_has (run.out, "3\u2009548 kr per vårdpoäng");
}

/* Assumptions and development proposals go into a draft year's budget;
 * the adopted 2025 plan refuses them. */
static void
test_add_assumption_proposal (Fixture *fx, gconstpointer data)
{
  g_auto(SkCliRun) run = { 0 };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "copy-plan", "--from", "2025", "--to", "2026", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "budget-assumption", "--year", "2026", "--kind", "Uppräkning",
                      "--value", "3,9", "--measure-unit", "%", "--text", "Index 2026", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "budget-proposal", "--year", "2026", "--text",
                      "Mobil tandvårdsenhet", "--cost", "1 500", "--cost", "", "--cost", "900,5",
                      "--price-level", "2026 års prisnivå", "--granted", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "budget-assumptions", "--year", "2026", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  /* The copy brought the 2025 assumptions; the new one comes last. */
  assert_has (run.out, "assumption\tcare-payment\t3548\t");
  assert_has (run.out, "assumption\tindexation\t3.9\tIndex 2026\n");
  assert_has (run.out, "proposal\tgranted\t1500,,900.5,,\tMobil tandvårdsenhet\n");

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "budget-proposal", "--year", "2025", "--text", "Sent förslag",
                      NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  assert_has (run.err, "adopted");
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "budget-proposal", "--year", "2026", "--text", "X",
                      "--focus-area", "Finns inte", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  assert_has (run.err, "no focus area");
}

/* Ledger totals from Swedish Excel: semicolons, decimal comma, thousands
 * with a no-break space, Windows-1252; all or nothing. */
static void
test_import_ledger (Fixture *fx, gconstpointer data)
{
  g_auto(SkCliRun) run = { 0 };
  g_autofree char *good = sk_cli_fixture_write_file (fx, "huvudbok.csv",
    "Enhet;Rad;Period;Belopp\r\n"
    "VC;Personalkostnader;2024-05;-33\xA0" "500,5\r\n"
    "Folktandv\xE5rden Halland;\xD6vriga kostnader;2024-05;-12 000\r\n"
    ";;;\r\n"
    "FTV;Int\xE4kter;2024-05;15\xA0" "250\r\n");
  g_autofree char *bad = sk_cli_fixture_write_file (fx, "fel.csv",
    "\xEF\xBB\xBF" "Enhet;Rad;Period;Belopp\r\n"
    "VC;Personalkostnader;2024-06;-1\r\n"
    "VC;Löner;2024-06;-2\r\n");

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-ledger", good, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  assert_has (run.out, "Read 3 amounts, 3 of them new or changed.");

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "budget-lines", "--year", "2024",
                      "--kind", "outcome", NULL);
  assert_has (run.out, "\t-33500.5\t");
  assert_has (run.out, "\t-12000\t");
  assert_has (run.out, "\t15250\t");

  /* A wrong line refuses the whole file and names the line. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-ledger", bad, NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  assert_has (run.err, "Line 3");
  assert_has (run.err, "Löner");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SkStore) store = sk_store_open (fx->db, &error);
    g_autoptr(SkUnit) vc = sk_store_find_unit (store, "VC", &error);

    g_assert_no_error (error);
    g_assert_true (isnan (sk_store_get_budget_value (store, 2024, sk_record_get_id (SK_RECORD (vc)),
                                                     SK_BUDGET_LINE_STAFF, SK_BUDGET_VALUE_OUTCOME, 6)));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cli/budget/seed-tables", test_seed_tables);
  ADD ("/cli/budget/seed-tables-swedish", test_seed_tables_swedish);
  ADD ("/cli/budget/set-and-list", test_set_and_list);
  ADD ("/cli/budget/assumptions", test_assumptions);
  ADD ("/cli/budget/add-assumption-proposal", test_add_assumption_proposal);
  ADD ("/cli/budget/import-ledger", test_import_ledger);
  return g_test_run ();
}
