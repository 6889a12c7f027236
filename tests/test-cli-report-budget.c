/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-report-budget"

#include "config.h"

#include <string.h>

#include "cli-test-util.h"

/* The follow-up report's economy section: the January–April 2024 tables
 * of seed 001 section 5 with the example's figures, in the PDF's text
 * (pdftotext). */

typedef SkCliFixture Fixture;

static void
fixture_set_up (Fixture *fx, gconstpointer data)
{
  sk_cli_fixture_set_up (fx, "styrkort-report-budget-XXXXXX");
  sk_cli_fixture_load_example (fx);
}

static void
fixture_tear_down (Fixture *fx, gconstpointer data)
{
  sk_cli_fixture_tear_down (fx);
}

/* The PDF's text, every run of white space (thin, no-break) one space. */
static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autoptr(GRegex) space = g_regex_new ("(\\s|\u2009|\u202f|\u00a0)+", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_regex_replace_literal (space, out, -1, 0, " ", 0, NULL);
}

static void
assert_has (const char *text, const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("missing “%s” in the report's economy section:\n%s", part, text);
}

static void
test_economy_section (Fixture *fx, gconstpointer data)
{
  g_auto(SkCliRun) run = { 0 };
  g_autofree char *pdf = g_build_filename (fx->dir, "rapport.pdf", NULL);
  g_autofree char *text = NULL;
  const char *section;

  sk_cli_fixture_run (fx, &run, "sv", "--db", fx->db, "report", "--year", "2024", "--period", "2024-04",
                      "--output", pdf, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  text = pdf_text (pdf);
  section = strstr (text, "Internbudget 2024, jan–apr, tkr");
  g_assert_nonnull (section);
  assert_has (section, "Ackumulerad budgetavvikelse");
  /* 5.1: the administration's row: outcome, budget, deviation. */
  assert_has (section, "Totalt -37 583 -45 835 8 252");
  /* A unit's row adds up: −18 651 − (−24 100) = 5 449. */
  assert_has (section, "-18 651 -24 100 5 449");
  /* 5.1.2 and 5.1.3. */
  assert_has (section, "Kostnadsutveckling");
  assert_has (section, "Totalt -414 583 -414 612 -29 -423 519 8 907 0,0 % 2,2 % 2,1 %");
  assert_has (section, "Intäktsutveckling");
  assert_has (section, "Totalt 95 411 97 773 2 362 85 512 12 261 2,5 % -10,4 % 12,9 %");
  /* 5.2 and 5.3.1. */
  assert_has (section, "Prognos budgetavvikelse");
  assert_has (section, "-106 528 -111 528 5 000");
  assert_has (section, "Prognos investeringsbudgetavvikelse");
  assert_has (section, "19 465 24 360 4 895");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli/report/budget/economy-section", Fixture, NULL, fixture_set_up, test_economy_section,
              fixture_tear_down);
  return g_test_run ();
}
