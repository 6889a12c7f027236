/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "sk-store.h"
#include "cli-test-util.h"

/* End-to-end: runs the built styrkort-cli (SK_CLI, set by meson) as a user would. */

typedef SkCliFixture Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  sk_cli_fixture_set_up (fx, "styrkort-cli-XXXXXX");
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  sk_cli_fixture_tear_down (fx);
}

/* The TSV row of the first line whose first field contains @needle, or NULL. */
static char **
find_row (const char *tsv,
          const char *needle)
{
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      g_autofree char *first = fields[0] ? g_utf8_strdown (fields[0], -1) : NULL;

      if (first != NULL && strstr (first, needle) != NULL)
        return g_steal_pointer (&fields);
    }
  return NULL;
}

static char *
status_tsv (Fixture *fx)
{
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "status",
           "--year", "2024", "--period", "2024-04", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  return g_steal_pointer (&run.out);
}

static void
test_default_path (Fixture       *fx,
                   gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };
  g_autofree char *expected = g_build_filename (fx->xdg, "styrkort", "styrkort.db", NULL);
  g_autofree char *line = g_strconcat (expected, "\n", NULL);

  sk_cli_fixture_run (fx, &run, NULL, "--format", "tsv", "init", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpstr (run.out, ==, line);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));

  sk_cli_fixture_run (fx, &run, NULL, "init", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, expected));
}

static void
test_help_and_usage (Fixture       *fx,
                     gconstpointer  data)
{
  static const char *commands[] = {
    "init", "load-example", "plans", "indicators", "set-outcome", "status",
    "parse-target", "history", "export-json", "import-json", "set-target",
  };
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, NULL, "--help", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_assert_nonnull (strstr (run.out, commands[i]));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "no-such-command", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "styrkort-cli: "));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "status", "--year", "2024", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "styrkort-cli: "));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "csv", "plans", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
}

static void
test_parse_target (Fixture       *fx,
                   gconstpointer  data)
{
  g_autoptr(SkTarget) target = sk_target_new (">95 %");
  g_autoptr(SkTarget) vague = sk_target_new ("bra");
  g_autofree char *rule = sk_target_describe (target, SK_DIRECTION_HIGHER);
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, NULL, "parse-target", ">95 %", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, rule));
  g_assert_nonnull (strstr (run.out, "95"));

  /* Not measurable is an answer, not an error. */
  sk_cli_fixture_run (fx, &run, NULL, "parse-target", "bra", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "not measurable"));
  g_assert_nonnull (strstr (run.out, sk_target_get_reason (vague)));
}

static void
test_example_status (Fixture       *fx,
                     gconstpointer  data)
{
  g_autofree char *tsv = NULL;
  g_auto(GStrv) row = NULL;
  guint n;

  sk_cli_fixture_load_example (fx);
  tsv = status_tsv (fx);
  g_assert_true (g_str_has_prefix (tsv, "indicator\tunit\tmonth\ttarget\tytd\tr12\tstatus\tthreshold\n"));

  row = find_row (tsv, "telefontillgänglighet");
  g_assert_nonnull (row);
  n = g_strv_length (row);
  g_assert_cmpuint (n, ==, 8);
  g_assert_cmpstr (row[2], ==, "91.1");
  g_assert_cmpstr (row[4], ==, "92.3");
  g_assert_cmpstr (row[6], ==, "near");
  /* What the status was judged against: the target's 95 %. */
  g_assert_cmpstr (row[7], ==, "95");
  g_strfreev (row);

  /* Staff turnover is reported as R12 only: judged on it, not met. */
  row = find_row (tsv, "personalomsättning");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[5], ==, "17.09");
  g_assert_cmpstr (row[6], ==, "not-met");
}

static void
test_set_outcome (Fixture       *fx,
                  gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after_bad = NULL;
  g_autofree char *after = NULL;
  g_autofree char *indicator = NULL;
  g_autofree char *unit = NULL;
  g_auto(GStrv) row = NULL;
  g_auto(GStrv) changed = NULL;
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_load_example (fx);
  before = status_tsv (fx);
  row = find_row (before, "telefontillgänglighet");
  g_assert_nonnull (row);
  indicator = g_strdup (row[0]);
  unit = g_strdup (row[1]);

  /* Refused: not a number. Nothing changes. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-outcome", "--indicator", indicator, "--unit", unit,
           "--period", "2024-04", "--value", "abc", NULL);
  g_assert_cmpint (run.exit_code, !=, 0);
  g_assert_true (g_str_has_prefix (run.err, "styrkort-cli: "));
  after_bad = status_tsv (fx);
  g_assert_cmpstr (after_bad, ==, before);

  /* Refused by the store: a share above 100 %. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-outcome", "--indicator", indicator, "--unit", unit,
           "--period", "2024-04", "--value", "250", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "styrkort-cli: "));

  /* Swedish decimal comma. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-outcome", "--indicator", indicator, "--unit", unit,
           "--period", "2024-04", "--value", "93,4", "--comment", "Rättad", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  after = status_tsv (fx);
  changed = find_row (after, "telefontillgänglighet");
  g_assert_nonnull (changed);
  g_assert_cmpstr (changed[2], ==, "93.4");

  /* A new value without --comment keeps the comment. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-outcome", "--indicator", indicator, "--unit", unit,
           "--period", "2024-04", "--value", "93.5", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "history", "--indicator", indicator, NULL);
  g_assert_null (strstr (run.out, "\tRättad\t\n"));

  /* And the history says who changed what. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "history", "--indicator", indicator, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "\t91.1\t93.4\n"));
  g_assert_nonnull (strstr (run.out, "\t93.4\t93.5\n"));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "history", "--indicator", indicator, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "91,1 % → 93,4 %"));
}

static void
test_json_round_trip (Fixture       *fx,
                      gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fx->dir, "export.json", NULL);
  g_autofree char *db2 = g_build_filename (fx->dir, "copy.db", NULL);
  g_autofree char *first = NULL;
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_load_example (fx);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "export-json", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  first = g_steal_pointer (&run.out);
  g_assert_true (g_str_has_prefix (first, "{"));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "export-json", "--output", file, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", db2, "init", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", db2, "import-json", file, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", db2, "export-json", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpstr (run.out, ==, first);
}

static void
test_set_target (Fixture       *fx,
                 gconstpointer  data)
{
  g_autofree char *indicators = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(SkCliRun) run = { NULL };
  int adopted = 0, draft = 0;

  sk_cli_fixture_load_example (fx);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "plans", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (f), ==, 4);
      if (g_strcmp0 (f[1], "adopted") == 0)
        adopted = atoi (f[0]);
      else if (g_strcmp0 (f[1], "draft") == 0)
        draft = atoi (f[0]);
    }

  if (adopted != 0)
    {
      g_autofree char *year = g_strdup_printf ("%d", adopted);

      sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-target", "--indicator", "telefontillgänglighet",
               "--year", year, ">99 %", NULL);
      g_assert_cmpint (run.exit_code, ==, 1);
      g_assert_true (g_str_has_prefix (run.err, "styrkort-cli: "));
    }
  if (draft != 0)
    {
      g_autofree char *year = g_strdup_printf ("%d", draft);

      sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-target", "--indicator", "telefontillgänglighet",
               "--year", year, ">99 %", NULL);
      g_assert_cmpint (run.exit_code, ==, 0);
      sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "indicators", "--year", year, NULL);
      g_assert_cmpint (run.exit_code, ==, 0);
      g_assert_nonnull (strstr (run.out, "\t>99 %\t"));
    }
  if (adopted == 0 && draft == 0)
    g_test_skip ("the example has no plans");
}

/* A whole region's units: the benchmark makes its large databases this way. */
static void
test_generate_demo_region (Fixture       *fx,
                           gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_load_example (fx);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "generate-demo", "--years", "2025-2025", "--units", "5001", NULL);
  g_assert_cmpint (run.exit_code, !=, 0);
  g_assert_nonnull (strstr (run.err, "between 0 and 5000"));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "generate-demo", "--years", "2025-2025", "--units", "2000", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "Demo units created: 2000"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "status", "--year", "2025", "--period", "2025-12",
           "--unit", "Vårdcentral 2000 (fiktiv)", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "Vårdcentral 2000 (fiktiv)"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/default-path", test_default_path);
  ADD ("/cli/help-and-usage", test_help_and_usage);
  ADD ("/cli/parse-target", test_parse_target);
  ADD ("/cli/example-status", test_example_status);
  ADD ("/cli/set-outcome", test_set_outcome);
  ADD ("/cli/json-round-trip", test_json_round_trip);
  ADD ("/cli/set-target", test_set_target);
  ADD ("/cli/generate-demo-region", test_generate_demo_region);
#undef ADD

  return g_test_run ();
}
