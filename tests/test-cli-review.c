/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-review"

#include "config.h"

#include <string.h>

#include "sk-exchange.h"
#include "sk-store.h"
#include "cli-test-util.h"

/* diff-plans and set-target's warnings, run as a user would: the 2026
 * plan is made from 2025 in the file first (through the core), then the
 * built styrkort-cli reads it. */

typedef SkCliFixture Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkPlan) copy = NULL;
  g_autoptr(SkIndicator) osa = NULL;

  sk_cli_fixture_set_up (fx, "styrkort-cli-XXXXXX");

  store = sk_store_open (fx->db, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (store, &error));
  plan = sk_store_get_plan (store, 2025);
  copy = sk_store_copy_plan (store, plan, 2026, &error);
  g_assert_no_error (error);
  osa = sk_store_find_indicator (store, "OSA-index", &error);
  g_assert_true (sk_store_set_target (store, sk_record_get_id (SK_RECORD (osa)), 2026, "<65", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  sk_cli_fixture_tear_down (fx);
}

/* Counts at the top, a blank line, then one row per change. */
static void
test_diff_tsv (Fixture       *fx,
               gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) counts = NULL;
  g_auto(GStrv) rows = NULL;

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "diff-plans", "2025", "2026", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  parts = g_strsplit (run.out, "\n\n", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  counts = g_strsplit (parts[0], "\n", -1);
  g_assert_cmpstr (counts[0], ==, "change\tcount");
  g_assert_true (g_strv_contains ((const char * const *) counts, "target-flipped\t1"));
  g_assert_true (g_strv_contains ((const char * const *) counts, "goal-renamed\t0"));
  g_assert_true (g_strv_contains ((const char * const *) counts, "definition-changed\t0"));
  rows = g_strsplit (parts[1], "\n", -1);
  g_assert_cmpstr (rows[0], ==, "change\titem\tid\tindicator\tfield\tbefore\tafter");
  g_assert_true (g_str_has_prefix (rows[1], "target-flipped\tindicator\t"));
  g_assert_true (g_str_has_suffix (rows[1], "\tOSA-index\t\t>65\t<65"));
  g_assert_cmpstr (rows[2], ==, "");
}

/* For people, in Swedish: the counts, then each change under its heading. */
static void
test_diff_text_swedish (Fixture       *fx,
                        gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, "sv", "--db", fx->db, "diff-plans", "2025", "2026", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Ändringar från 2025 till 2026\n"));
  g_assert_nonnull (strstr (run.out, "Målvärden med omvänd riktning      1\n"));
  g_assert_nonnull (strstr (run.out, "\nMålvärden med omvänd riktning\n  OSA-index: >65 → <65\n"));
}

static void
test_diff_refusals (Fixture       *fx,
                    gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "diff-plans", "2025", "2031", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_cmpstr (run.err, ==, "styrkort-cli: There is no plan for 2031 to compare.\n");
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "diff-plans", "2025", "nästa", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
  g_assert_cmpstr (run.err, ==, "styrkort-cli: “nästa” is not a year: write it as e.g. 2026.\n");
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "diff-plans", "2025", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
}

/* The target is set, then what to look over is said; the exit code stays 0. */
static void
test_set_target_warns (Fixture       *fx,
                       gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-target", "--indicator", "Andel besök på distans",
           "--year", "2026", ">110 %", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "Target for Andel besök på distans in 2026: >110 %"));
  g_assert_nonnull (strstr (run.out, "\nTo look over: The target “>110 %” is a share outside 0–100 %.\n"));

  sk_cli_fixture_run (fx, &run, "sv", "--db", fx->db, "set-target", "--indicator", "Antal listade patienter",
               "--year", "2026", "Bibehålla antal utifrån utfall 2024-12-31", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "\nAtt se över: Målvärdet ”Bibehålla antal utifrån utfall 2024-12-31” "
                                     "jämför med utfallet 2024-12-31; en plan för 2026 jämför normalt med 2025-12-31.\n"));

  /* A target with nothing to look over says nothing more. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-target", "--indicator", "Andel besök på distans",
           "--year", "2026", ">12 %", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_null (strstr (run.out, "To look over"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli-review/diff-tsv", Fixture, NULL, fixture_set_up, test_diff_tsv, fixture_tear_down);
  g_test_add ("/cli-review/diff-text-swedish", Fixture, NULL, fixture_set_up, test_diff_text_swedish, fixture_tear_down);
  g_test_add ("/cli-review/diff-refusals", Fixture, NULL, fixture_set_up, test_diff_refusals, fixture_tear_down);
  g_test_add ("/cli-review/set-target-warns", Fixture, NULL, fixture_set_up, test_set_target_warns, fixture_tear_down);
  return g_test_run ();
}
