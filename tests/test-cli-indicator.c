/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-indicator"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "sk-store.h"
#include "cli-test-util.h"

/* `indicator add|rename|set-definition` and per-year names in the CLI's
 * reports, end to end with the built styrkort-cli. */

typedef SkCliFixture Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  sk_cli_fixture_set_up (fx, "styrkort-cli-ind-XXXXXX");
  sk_cli_fixture_load_example (fx);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  sk_cli_fixture_tear_down (fx);
}

/* A draft 2026 plan made from 2025, as the app's "Kopiera" does. */
static void
copy_2025 (Fixture *fx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_open (fx->db, &error);
  g_autoptr(SkPlan) p2025 = NULL;
  g_autoptr(SkPlan) p2026 = NULL;

  g_assert_no_error (error);
  p2025 = sk_store_get_plan (store, 2025);
  p2026 = sk_store_copy_plan (store, p2025, 2026, &error);
  g_assert_no_error (error);
}

/* The 2024 follow-up shows the 2024 plan's names; 2025 its own. */
static void
test_names_per_year (Fixture       *fx,
                     gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "status", "--year", "2024", "--period", "2024-04", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "Svarstid Clinic24"));
  g_assert_null (strstr (run.out, "Svarstid digital vård / tandvård"));
  g_assert_nonnull (strstr (run.out, "Vårdgaranti primärvård – telefontillgänglighet, kontakt inom 0 dagar"));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicators", "--year", "2025", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "Svarstid digital vård / tandvård"));
  g_assert_null (strstr (run.out, "Svarstid Clinic24"));

  /* An outcome of May 2024 is confirmed under the 2024 name. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-outcome", "--indicator", "Svarstid digital vård / tandvård",
           "--unit", "VC", "--period", "2024-05", "--value", "11", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "Svarstid Clinic24"));

  /* Either year's name finds the one indicator. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "history", "--indicator", "Svarstid Clinic24", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  /* Loading wrote the 2024 name as the 2024 plan's own, and nothing was
   * renamed back and forth in 2025 on the way. */
  g_assert_nonnull (strstr (run.out, "name in the 2024 plan"));
  g_assert_null (strstr (run.out, "name in the 2025 plan"));
}

/* An adopted plan's definitions are refused with the store's message,
 * the one the app shows. */
static void
test_adopted_refused (Fixture       *fx,
                      gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicator", "rename", "--year", "2024",
           "Svarstid Clinic24", "Svarstid chatt", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.err, "2024 is adopted"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicator", "set-definition", "--year", "2025",
           "Svarstid digital", "--direction", "higher", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.err, "2025 is adopted"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicator", "add", "--year", "2025", "--name", "Ny",
           "--perspective", "staff", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.err, "2025 is adopted"));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicators", "--year", "2024", NULL);
  g_assert_nonnull (strstr (run.out, "Svarstid Clinic24"));
  g_assert_null (strstr (run.out, "Ny"));
  /* A year without a plan, and usage mistakes. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicator", "rename", "--year", "2031", "Svarstid", "X", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.err, "no plan for 2031"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicator", "rename", "Svarstid", "X", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicator", "frobnicate", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
}

/* In a draft: rename and redefine the 2026 definition; 2025 keeps its
 * own; every change is in the history with its year. */
static void
test_draft_changes (Fixture       *fx,
                    gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };

  copy_2025 (fx);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "status", "--year", "2025", "--period", "2025-04", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicator", "rename", "--year", "2026",
           "Svarstid digital vård / tandvård", "Svarstid digitala kontakter", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "Svarstid digitala kontakter"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicator", "set-definition", "--year", "2026",
           "Svarstid digitala", "--direction", "higher", "--tolerance", "2,5 %",
           "--responsible-unit", "VC", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicator", "set-definition", "--year", "2026",
           "Svarstid digitala", "--direction", "sideways", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicators", "--year", "2026", NULL);
  g_assert_nonnull (strstr (run.out, "Svarstid digitala kontakter"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicators", "--year", "2025", NULL);
  g_assert_nonnull (strstr (run.out, "Svarstid digital vård / tandvård"));
  g_assert_null (strstr (run.out, "Svarstid digitala kontakter"));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "history", "--indicator", "Svarstid digitala", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "indicator_definition\tdirection\tlower\thigher"));
  g_assert_nonnull (strstr (run.out, "indicator_definition\ttolerance\t0.05\t0.025"));
  g_assert_nonnull (strstr (run.out, "indicator_definition\tname\tSvarstid digital vård / tandvård\tSvarstid digitala kontakter"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "history", "--indicator", "Svarstid digitala", NULL);
  g_assert_nonnull (strstr (run.out, "direction in the 2026 plan"));
  g_assert_nonnull (strstr (run.out, "5,0 % → 2,5 %"));

  /* A new indicator in the 2026 register. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicator", "add", "--year", "2026", "--name", "Andel FTV-kliniker med chatt",
           "--perspective", "operations", "--unit", "%", "--direction", "higher", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "indicators", "--year", "2026", NULL);
  g_assert_nonnull (strstr (run.out, "Andel FTV-kliniker med chatt"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "indicator", "add", "--year", "2026", "--name", "Andel FTV-kliniker med chatt",
           "--perspective", "operations", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.err, "already"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli-indicator/names-per-year", Fixture, NULL, fixture_set_up, test_names_per_year, fixture_tear_down);
  g_test_add ("/cli-indicator/adopted-refused", Fixture, NULL, fixture_set_up, test_adopted_refused, fixture_tear_down);
  g_test_add ("/cli-indicator/draft-changes", Fixture, NULL, fixture_set_up, test_draft_changes, fixture_tear_down);
  return g_test_run ();
}
