/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-migrate"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"

/* styrkort-cli migrate: an administration's database from a file to a
 * server and back loses nothing (the JSON exports are byte for byte the
 * same), and a target that holds data is refused and left as it was. The
 * server's part needs SK_TEST_PG (the test command starts a throw-away
 * cluster) and skips only without it; file to file runs always. */

typedef SkCliFixture Fixture;

static void
fixture_set_up (Fixture *fx, gconstpointer data)
{
  const char *const more[][16] = {
    /* Fictional outcomes with missing months, and a fictional unit. */
    { "generate-demo", "--years", "2023-2023", "--units", "1", "--seed", "3", NULL },
    /* A gap with its reason; a value with a comment, then changed (history). */
    { "set-outcome", "--indicator", "Svarstid Clinic24", "--unit", "Vårdcentralen Halland", "--period", "2024-06",
      "--missing", "Systembyte", NULL },
    { "set-outcome", "--indicator", "Svarstid Clinic24", "--unit", "Vårdcentralen Halland", "--period", "2024-05",
      "--value", "13,5", "--comment", "Efter systembytet", NULL },
    { "set-outcome", "--indicator", "Svarstid Clinic24", "--unit", "Vårdcentralen Halland", "--period", "2024-05",
      "--value", "14", NULL },
    { "set-budget", "--period", "2025-01", "--unit", "Vårdcentralen Halland", "--line", "staff", "--kind", "outcome",
      "--value", "1234,5", NULL },
  };

  sk_cli_fixture_set_up (fx, "styrkort-cli-migrate-XXXXXX");
  sk_cli_fixture_load_example (fx);
  for (guint i = 0; i < G_N_ELEMENTS (more); i++)
    {
      g_auto(SkCliRun) run = { NULL };
      const char *args[20] = { "--db", fx->db, NULL };

      for (guint j = 0; more[i][j] != NULL; j++)
        args[2 + j] = more[i][j];
      sk_cli_fixture_run_argv (fx, &run, NULL, args);
      if (run.exit_code != 0)
        g_error ("%s: %s", more[i][0], run.err);
    }
}

static void
fixture_tear_down (Fixture *fx, gconstpointer data)
{
  sk_cli_fixture_tear_down (fx);
}

/* @whole: @db holds the fixture's plan, whose export is checked for what a
 * copy must keep. */
static char *
export_json (Fixture *fx, const char *db, gboolean whole)
{
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, NULL, "--db", db, "export-json", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  /* What a copy must keep is there to keep. */
  for (const char *const *needle = (const char *const[]) { "\"fictional\" : true", "\"Systembyte\"",
                                                           "\"Efter systembytet\"", "1234.5", "\"audit\"",
                                                           "\"assessments\"", "\"definitions\"", NULL };
       whole && *needle; needle++)
    if (strstr (run.out, *needle) == NULL)
      g_error ("%s is not in the export of %s", *needle, db);
  return g_steal_pointer (&run.out);
}

/* The history names rows by id (an outcome's entry names its unit's). */
static char *
history_of (Fixture *fx, const char *db)
{
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, NULL, "--db", db, "history",
                      "--indicator", "Svarstid Clinic24", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "Vårdcentralen Halland, "));
  return g_steal_pointer (&run.out);
}

static void
migrate_ok (Fixture *fx, const char *from, const char *to)
{
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, NULL, "migrate", "--from", from, "--to", to, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.exit_code, ==, 0);
}

/* @to holds data: refused in Swedish, and @to is as it was. */
static void
migrate_refused (Fixture *fx, const char *from, const char *to)
{
  g_autofree char *before = export_json (fx, to, FALSE);
  g_autofree char *after = NULL;
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, "sv", "migrate", "--from", from, "--to", to, NULL);
  g_assert_cmpint (run.exit_code, !=, 0);
  g_assert_nonnull (strstr (run.err, "Målet innehåller redan data, så inget kopierades dit"));
  after = export_json (fx, to, FALSE);
  g_assert_cmpstr (before, ==, after);
}

static void
test_file_to_file (Fixture *fx, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (fx->dir, "copy.db", NULL);
  g_autofree char *other = g_build_filename (fx->dir, "other.db", NULL);
  g_autofree char *missing = g_build_filename (fx->dir, "missing.db", NULL);
  g_autofree char *target = g_build_filename (fx->dir, "new.db", NULL);
  g_autofree char *a = export_json (fx, fx->db, TRUE);
  g_autofree char *b = NULL;
  g_auto(SkCliRun) run = { NULL };

  migrate_ok (fx, fx->db, copy);
  b = export_json (fx, copy, TRUE);
  g_assert_cmpstr (a, ==, b);

  /* Into the copy again, and into a database with a plan of its own. */
  migrate_refused (fx, fx->db, copy);
  sk_cli_fixture_run (fx, &run, NULL, "--db", other, "init", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", other, "new-plan", "--year", "2030", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  migrate_refused (fx, fx->db, other);

  /* A copy that fails leaves no new file behind. */
  sk_cli_fixture_run (fx, &run, NULL, "migrate", "--from", missing, "--to", target, NULL);
  g_assert_cmpint (run.exit_code, !=, 0);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_server_round_trip (Fixture *fx, gconstpointer data)
{
  g_autofree char *name = g_strdup_printf ("sk_cli_migrate_%d", (int) getpid ());
  g_autofree char *server = sk_cli_test_pg_database (name);
  g_autofree char *back = g_build_filename (fx->dir, "back.db", NULL);
  g_autofree char *a = NULL, *s = NULL, *b = NULL;
  g_autofree char *h = NULL, *hs = NULL, *hb = NULL;
  g_autofree char *drop = NULL;

  if (server == NULL)
    {
      g_test_skip ("no PostgreSQL server (SK_TEST_PG is unset)");
      return;
    }
  /* The server has given out ids already (a unit made and removed): the
   * copy keeps the file's, which its history names. */
  {
    g_auto(SkCliRun) run = { NULL };

    sk_cli_fixture_run (fx, &run, NULL, "--db", server, "init", NULL);
    g_assert_cmpint (run.exit_code, ==, 0);
    sk_cli_test_pg_exec (server, "INSERT INTO unit (name) VALUES ('Tillfällig'); DELETE FROM unit");
  }
  a = export_json (fx, fx->db, TRUE);
  h = history_of (fx, fx->db);
  migrate_ok (fx, fx->db, server);
  hs = history_of (fx, server);
  g_assert_cmpstr (h, ==, hs);
  s = export_json (fx, server, TRUE);
  g_assert_cmpstr (a, ==, s);
  migrate_ok (fx, server, back);
  b = export_json (fx, back, TRUE);
  g_assert_cmpstr (a, ==, b);
  hb = history_of (fx, back);
  g_assert_cmpstr (h, ==, hb);

  /* The server's database holds the plan now: a second copy is refused. */
  migrate_refused (fx, back, server);

  /* New rows on the server take new ids, after the copied ones. */
  {
    g_auto(SkCliRun) run = { NULL };

    sk_cli_fixture_run (fx, &run, NULL, "--db", server, "set-outcome", "--indicator", "Svarstid Clinic24",
                        "--unit", "Folktandvården Halland", "--period", "2024-07", "--value", "11", NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.exit_code, ==, 0);
  }

  drop = g_strdup_printf ("DROP DATABASE %s WITH (FORCE)", name);
  sk_cli_test_pg_exec (NULL, drop);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-migrate/file-to-file", test_file_to_file);
  ADD ("/cli-migrate/server-round-trip", test_server_round_trip);
#undef ADD

  return g_test_run ();
}
