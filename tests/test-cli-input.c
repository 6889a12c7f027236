/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-input"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "cli-test-util.h"

/* styrkort-cli (SK_CLI) with input a user should not get past, files
 * damaged by hand, and the environments of cron and systemd. */

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture *fx, gconstpointer data)
{
  fx->dir = g_dir_make_tmp ("styrkort-cli-input-XXXXXX", NULL);
  g_assert_nonnull (fx->dir);
  fx->db = g_build_filename (fx->dir, "test.db", NULL);
}

static void
fixture_tear_down (Fixture *fx, gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (fx->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fx->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fx->dir);
  g_free (fx->dir);
  g_free (fx->db);
}

#define RUN(run, ...) sk_cli_run_argv ((run), NULL, NULL, (const char * const []) { __VA_ARGS__, NULL })

static void
load_example (Fixture *fx)
{
  g_auto(SkCliRun) run = { NULL };

  RUN (&run, "--db", fx->db, "init");
  g_assert_cmpint (run.exit_code, ==, 0);
  RUN (&run, "--db", fx->db, "load-example");
  g_assert_cmpint (run.exit_code, ==, 0);
}

/* Every row of every table, as a checksum: read in-process, so checking
 * that a refusal changed nothing costs no extra run of the program. */
static char *
digest (Fixture *fx)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fx->db, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY rowid",
                                              (char *) tables->pdata[i]);

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const guchar *v = sqlite3_column_text (stmt, c);

            g_checksum_update (sum, v ? v : (const guchar *) "\x01NULL", v ? sqlite3_column_bytes (stmt, c) : -1);
            g_checksum_update (sum, (const guchar *) "\x02", 1);
          }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_strdup (g_checksum_get_string (sum));
}

static void
raw_sql (Fixture *fx, const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (fx->db, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* Refused with exit 1 or 2, a message naming @field, and nothing changed. */
static void
assert_refused (Fixture *fx, const char *before, SkCliRun *run, const char *field)
{
  g_autofree char *after = NULL;

  g_assert_cmpint (run->exit_code, >=, 1);
  g_assert_cmpint (run->exit_code, <=, 2);
  g_assert_true (g_utf8_validate (run->err, -1, NULL));
  g_assert_nonnull (strstr (run->err, field));
  g_assert_null (strchr (run->err, '\033'));
  after = digest (fx);
  g_assert_cmpstr (before, ==, after);
}

static void
test_invalid_utf8 (Fixture *fx, gconstpointer data)
{
  g_autofree char *before = NULL;
  g_auto(SkCliRun) run = { NULL };

  load_example (fx);
  before = digest (fx);

  RUN (&run, "--db", fx->db, "set-target", "--indicator", "Sjukfrånvaro", "--year", "2026", "<5 \xff");
  assert_refused (fx, before, &run, "UTF-8");
  g_assert_nonnull (strstr (run.err, "<5 "));

  RUN (&run, "--db", fx->db, "parse-target", "<5 \xff");
  assert_refused (fx, before, &run, "UTF-8");

  RUN (&run, "--db", fx->db, "set-outcome", "--indicator", "Sjukfrånvaro", "--unit", "NSVH",
       "--period", "2024-05", "--value", "5", "--comment", "bad \xff");
  assert_refused (fx, before, &run, "--comment");
  RUN (&run, "--db", fx->db, "set-outcome", "--indicator", "Sjukfrånvaro", "--unit", "NSVH",
       "--period", "2024-05", "--value", "5", "--comment=bad \xc3");
  assert_refused (fx, before, &run, "--comment");
}

/* The database holds bytes that are not UTF-8, written with the sqlite3
 * shell: every command reads it, says so once, and the export goes back in. */
static void
test_poisoned_database (Fixture *fx, gconstpointer data)
{
  g_autofree char *json = NULL;
  g_autofree char *path = g_build_filename (fx->dir, "export.json", NULL);
  g_autofree char *copy = g_build_filename (fx->dir, "copy.db", NULL);
  g_autofree char *png = g_build_filename (fx->dir, "chart.png", NULL);
  g_auto(SkCliRun) run = { NULL };

  load_example (fx);
  raw_sql (fx, "UPDATE target SET text = '<5 ' || x'ff' || ' %' WHERE year = 2025 AND indicator_id ="
               " (SELECT id FROM indicator WHERE name = 'Sjukfrånvaro');"
               "UPDATE indicator SET description = 'Fr' || x'e5' || 'nvaro' WHERE name = 'Sjukfrånvaro';"
               "UPDATE unit SET name = 'Folktandv' || x'e5' || 'rden Halland'"
               " WHERE name = 'Folktandvården Halland';");

  RUN (&run, "--db", fx->db, "indicators", "--year", "2025");
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_utf8_validate (run.out, -1, NULL));
  g_assert_nonnull (strstr (run.out, "<5 \xef\xbf\xbd %"));
  g_assert_nonnull (strstr (run.err, "not valid UTF-8"));
  /* Said once, not per text. */
  g_assert_null (strstr (strstr (run.err, "not valid UTF-8") + 1, "not valid UTF-8"));

  RUN (&run, "--db", fx->db, "chart", "--indicator", "Sjukfrånvaro", "--unit", "NSVH",
       "--years", "2024-2025", "--output", png);
  g_assert_cmpint (run.exit_code, ==, 0);
  RUN (&run, "--db", fx->db, "generate-demo", "--years", "2026", "--units", "1");
  g_assert_cmpint (run.exit_code, ==, 0);

  RUN (&run, "--db", fx->db, "export-json", "--output", path);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  g_assert_true (g_utf8_validate (json, -1, NULL));
  g_assert_nonnull (strstr (json, "Folktandv\xef\xbf\xbdrden Halland"));

  RUN (&run, "--db", copy, "init");
  RUN (&run, "--db", copy, "import-json", path);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
}

static char **
environment_without_locale (void)
{
  char **envp = g_get_environ ();

  envp = g_environ_unsetenv (envp, "LC_ALL");
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  envp = g_environ_setenv (envp, "LANG", "C", TRUE);
  return envp;
}

/* cron, systemd and env -i give no UTF-8 locale: å in arguments still works. */
static void
test_plain_locale (Fixture *fx, gconstpointer data)
{
  g_auto(GStrv) plain = environment_without_locale ();
  char *empty[] = { NULL };
  const char *set[] = { "--db", fx->db, "set-outcome", "--indicator", "Sjukfrånvaro", "--unit",
                        "Närsjukvården Halland", "--period", "2024-05", "--value", "5,2",
                        "--comment", "Långtidsfrånvaron ökar", NULL };
  const char *status[] = { "--db", fx->db, "status", "--year", "2024", "--period", "2024-05",
                           "--unit", "Närsjukvården Halland", NULL };
  g_auto(SkCliRun) run = { NULL };

  load_example (fx);
  sk_cli_run_argv (&run, plain, NULL, set);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  /* UTF-8 out, not "N?rsjukv?rden". */
  g_assert_nonnull (strstr (run.out, "Närsjukvården Halland"));

  sk_cli_run_argv (&run, empty, NULL, set);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_run_argv (&run, empty, NULL, status);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "Sjukfrånvaro"));
}

static void
test_ranges (Fixture *fx, gconstpointer data)
{
  const char *years[] = { "99999", "1899", "-1", "3000" };
  const char *periods[] = { "2024-13", "3000-01", "1899-12" };
  g_autofree char *before = NULL;
  g_autofree char *first = NULL;
  g_auto(SkCliRun) run = { NULL };

  load_example (fx);
  before = digest (fx);

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      RUN (&run, "--db", fx->db, "set-target", "--indicator", "Sjukfrånvaro", "--year", years[i], "<5 %");
      assert_refused (fx, before, &run, "--year");
      g_assert_nonnull (strstr (run.err, "1900"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      RUN (&run, "--db", fx->db, "set-outcome", "--indicator", "Sjukfrånvaro", "--unit", "NSVH",
           "--period", periods[i], "--value", "5");
      assert_refused (fx, before, &run, "--period");
      /* One message for shape and range alike. */
      g_assert_nonnull (strstr (run.err, "YYYY-MM"));
      g_assert_nonnull (strstr (run.err, "1900-01"));
      g_assert_nonnull (strstr (run.err, "2999-12"));
      if (first == NULL)
        first = g_strdup (strstr (run.err, "is not"));
      g_assert_cmpstr (strstr (run.err, "is not"), ==, first);
    }

  RUN (&run, "--db", fx->db, "set-target", "--indicator", "", "--year", "2026", "<5 %");
  assert_refused (fx, before, &run, "--indicator");
  g_assert_null (strstr (run.err, "matches"));
  RUN (&run, "--db", fx->db, "history", "--indicator", " ");
  assert_refused (fx, before, &run, "--indicator");
  RUN (&run, "--db", fx->db, "set-outcome", "--indicator", "Sjukfrånvaro", "--unit", "",
       "--period", "2024-05", "--value", "5");
  assert_refused (fx, before, &run, "--unit");
}

static void
test_controls_and_echo (Fixture *fx, gconstpointer data)
{
  g_autofree char *before = NULL;
  g_autofree char *huge = g_strnfill (120 * 1024, '1');
  g_auto(SkCliRun) run = { NULL };

  load_example (fx);
  before = digest (fx);

  RUN (&run, "--db", fx->db, "set-outcome", "--indicator", "Sjukfrånvaro", "--unit", "NSVH",
       "--period", "2024-05", "--value", "5", "--comment", "\033[2J\033[31mröd\033[0m");
  assert_refused (fx, before, &run, "--comment");
  RUN (&run, "--db", fx->db, "set-target", "--indicator", "Sjukfrånvaro", "--year", "2026",
       "<5 \033[31m%");
  assert_refused (fx, before, &run, "TEXT");

  RUN (&run, "--db", fx->db, "set-outcome", "--indicator", "Sjukfrånvaro", "--unit", "NSVH",
       "--period", "2024-05", "--value", huge);
  assert_refused (fx, before, &run, "--value");
  g_assert_cmpuint (strlen (run.err), <, 400);
  g_assert_nonnull (strstr (run.err, "…"));

  /* What the sqlite3 shell put there reaches the terminal harmless. */
  raw_sql (fx, "UPDATE indicator SET name = 'Sjukfr' || char(27) || '[31månvaro' WHERE name = 'Sjukfrånvaro';"
           "UPDATE indicator_definition SET name = 'Sjukfr' || char(27) || '[31månvaro' WHERE name = 'Sjukfrånvaro';");
  RUN (&run, "--db", fx->db, "indicators", "--year", "2025");
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_null (strchr (run.out, '\033'));
  g_assert_nonnull (strstr (run.out, "Sjukfr␛[31månvaro"));
  RUN (&run, "--db", fx->db, "history", "--indicator", "Sjukfr");
  g_assert_null (strchr (run.out, '\033'));
  g_assert_null (strchr (run.err, '\033'));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-input/invalid-utf8", test_invalid_utf8);
  ADD ("/cli-input/poisoned-database", test_poisoned_database);
  ADD ("/cli-input/plain-locale", test_plain_locale);
  ADD ("/cli-input/ranges", test_ranges);
  ADD ("/cli-input/controls-and-echo", test_controls_and_echo);
#undef ADD

  return g_test_run ();
}
