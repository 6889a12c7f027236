/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-targets"

#include "config.h"

#include <string.h>

#include "cli-test-util.h"

/* End-to-end: what `status` says about targets that are not a plain
 * number: one in another unit, one that refers to a budget figure. */

typedef SkCliFixture Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  sk_cli_fixture_set_up (fx, "styrkort-cli-targets-XXXXXX");
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  sk_cli_fixture_tear_down (fx);
}

/* Runs the CLI (NULL-terminated arguments) with @language, never in the
 * user's real data folder. */
static void
run_cli (Fixture    *fx,
         SkCliRun   *run,
         const char *language,
         const char *first,
         ...)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fx->xdg, TRUE);
  va_list args;

  if (language != NULL)
    {
      envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);
      envp = g_environ_setenv (envp, "LC_ALL", "sv_SE.UTF-8", TRUE);
    }
  va_start (args, first);
  sk_cli_run_va (run, envp, NULL, first, args);
  va_end (args);
  g_assert_cmpint (run->exit_code, ==, 0);
}

/* The TSV row whose first field contains @needle, or NULL. */
static char **
find_row (const char *tsv,
          const char *needle)
{
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    if (strstr (lines[i], needle) != NULL)
      return g_strsplit (lines[i], "\t", -1);
  return NULL;
}

/* "834 st" on a share in %: not comparable, not "no target". */
static void
test_status_not_comparable (Fixture       *fx,
                            gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };
  g_auto(GStrv) row = NULL;

  sk_cli_fixture_load_example (fx);
  run_cli (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "status",
           "--year", "2024", "--period", "2024-04", NULL);
  g_assert_true (g_str_has_prefix (run.out, "indicator\tunit\tmonth\ttarget\tytd\tr12\tstatus\tthreshold\n"));
  row = find_row (run.out, "journalgranskning");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[3], ==, "834 st");
  g_assert_cmpstr (row[6], ==, "not-comparable");
  g_assert_cmpstr (row[7], ==, "");

  run_cli (fx, &run, "sv", "--db", fx->db, "status", "--year", "2024", "--period", "2024-04", NULL);
  g_assert_nonnull (strstr (run.out, "≠ ej jämförbart"));
}

/* "Enligt produktionsplan": the figure it was measured against is shown,
 * in the TSV's threshold column and beside the target for people. */
static void
test_status_reference_figure (Fixture       *fx,
                              gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };
  g_auto(GStrv) row = NULL;

  sk_cli_fixture_load_example (fx);
  run_cli (fx, &run, NULL, "--db", fx->db, "set-outcome", "--indicator", "Antal besök inkl",
           "--unit", "Närsjukvården Halland", "--period", "2025-04", "--value", "40000", NULL);
  run_cli (fx, &run, NULL, "--db", fx->db, "set-outcome", "--indicator", "Antal besök inkl",
           "--unit", "Närsjukvården Halland", "--period", "2025-04", "--value", "45000",
           "--kind", "reference", NULL);

  run_cli (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "status",
           "--year", "2025", "--period", "2025-04", NULL);
  row = find_row (run.out, "Antal besök inkl");
  g_assert_nonnull (row);
  /* The target as written for scripts; the figure in its own column. */
  g_assert_cmpstr (row[3], ==, "Enligt produktionsplan");
  g_assert_cmpstr (row[6], ==, "not-met");
  g_assert_cmpstr (row[7], ==, "45000");

  run_cli (fx, &run, "sv", "--db", fx->db, "status", "--year", "2025", "--period", "2025-04", NULL);
  g_assert_nonnull (strstr (run.out, "Enligt produktionsplan (produktionsplan: 45\u2009000)"));
  g_assert_nonnull (strstr (run.out, "✗ ej uppfyllt"));
}

/* The forms as parse-target shows them. */
static void
test_parse_target_forms (Fixture       *fx,
                         gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };

  run_cli (fx, &run, NULL, "--format", "tsv", "parse-target", ">90 % R12 / gäller vardagar", NULL);
  g_assert_nonnull (strstr (run.out, "qualifier\tr12\n"));
  g_assert_nonnull (strstr (run.out, "note\tgäller vardagar\n"));

  run_cli (fx, &run, NULL, "--format", "tsv", "parse-target", "85 % eller 90 %", NULL);
  g_assert_true (g_str_has_prefix (run.out, "kind\treason\nundecided\t"));
  g_assert_null (strstr (run.out, "Unknown unit"));

  run_cli (fx, &run, "sv", "parse-target", "85 % eller 90 %", NULL);
  g_assert_nonnull (strstr (run.out, "Inte beslutat än"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-targets/status/not-comparable", test_status_not_comparable);
  ADD ("/cli-targets/status/reference-figure", test_status_reference_figure);
  ADD ("/cli-targets/parse-target/forms", test_parse_target_forms);

  return g_test_run ();
}
