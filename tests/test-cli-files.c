/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-files"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "cli-test-util.h"

/* styrkort-cli (SK_CLI, set by meson) on files as people have them:
 * read-only copies, a typo in --db, a folder, another program's lock, and
 * the permissions of what it writes. */

typedef struct
{
  char *dir;
  char *db;
  char *xdg;
} Fixture;

static void
fixture_set_up (Fixture *fx, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("styrkort-cli-files-XXXXXX", &error);
  g_assert_no_error (error);
  fx->db = g_build_filename (fx->dir, "plan.db", NULL);
  fx->xdg = g_build_filename (fx->dir, "xdg", NULL);
}

static void
fixture_tear_down (Fixture *fx, gconstpointer data)
{
  sk_test_remove_tree (fx->dir);
  g_free (fx->dir);
  g_free (fx->db);
  g_free (fx->xdg);
}

/* A user whose umask lets others read what they make. */
static void
loose_umask (gpointer data)
{
  umask (022);
}

static void
run_cli (Fixture *fx, SkCliRun *run, const char *first, ...)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fx->xdg, TRUE);
  va_list args;

  va_start (args, first);
  sk_cli_run_va (run, envp, loose_umask, first, args);
  va_end (args);
}

static void
load_example (Fixture *fx)
{
  g_auto(SkCliRun) run = { NULL };

  run_cli (fx, &run, "--db", fx->db, "init", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  run_cli (fx, &run, "--db", fx->db, "load-example", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
}

static void
assert_refused (SkCliRun *run, const char *words)
{
  g_assert_cmpint (run->exit_code, ==, 1);
  g_assert_true (g_str_has_prefix (run->err, "styrkort-cli: "));
  g_assert_nonnull (strstr (run->err, words));
  g_assert_null (strstr (run->err, "SQLite"));
}

static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Every read command works on the copy; a write is refused and the file
 * stays as it was. */
static void
assert_viewable (Fixture *fx, const char *db)
{
  g_auto(SkCliRun) run = { NULL };
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *chart = g_build_filename (g_get_tmp_dir (), "styrkort-cli-files-chart.svg", NULL);
  gsize len_before, len_after;

  g_assert_true (g_file_get_contents (db, &before, &len_before, NULL));

  run_cli (fx, &run, "--db", db, "status", "--year", "2024", "--period", "2024-04", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "telefontillgänglighet"));
  run_cli (fx, &run, "--db", db, "plans", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "2024"));
  run_cli (fx, &run, "--db", db, "indicators", "--year", "2024", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  run_cli (fx, &run, "--db", db, "history", "--indicator", "telefontillgänglighet", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  run_cli (fx, &run, "--db", db, "export-json", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "{"));
  run_cli (fx, &run, "--db", db, "chart", "--indicator", "telefontillgänglighet",
           "--unit", "Vårdcentralen Halland", "--years", "2024-2024", "--output", chart, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_unlink (chart);

  run_cli (fx, &run, "--db", db, "set-outcome", "--indicator", "telefontillgänglighet",
           "--unit", "Vårdcentralen Halland", "--period", "2024-04", "--value", "93", NULL);
  assert_refused (&run, "read-only");
  run_cli (fx, &run, "--db", db, "set-target", "--indicator", "telefontillgänglighet",
           "--year", "2030", ">90 %", NULL);
  assert_refused (&run, "read-only");

  g_assert_true (g_file_get_contents (db, &after, &len_after, NULL));
  g_assert_cmpmem (before, len_before, after, len_after);
}

static void
test_read_only_file (Fixture *fx, gconstpointer data)
{
  load_example (fx);
  g_assert_cmpint (g_chmod (fx->db, 0444), ==, 0);
  assert_viewable (fx, fx->db);
}

static void
test_read_only_folder (Fixture *fx, gconstpointer data)
{
  g_autofree char *listed = NULL;

  load_example (fx);
  g_assert_cmpint (g_chmod (fx->dir, 0555), ==, 0);
  assert_viewable (fx, fx->db);
  listed = list_dir (fx->dir);
  g_assert_cmpstr (listed, ==, "plan.db");
}

/* A typo in --db: refused, and neither the file nor its folder appears.
 * init makes it. */
static void
test_missing (Fixture *fx, gconstpointer data)
{
  g_autofree char *sub = g_build_filename (fx->dir, "nonexist", NULL);
  g_autofree char *db = g_build_filename (sub, "x.db", NULL);
  g_autofree char *json = g_build_filename (fx->dir, "in.json", NULL);
  g_auto(SkCliRun) run = { NULL };

  g_assert_true (g_file_set_contents (json, "{}", -1, NULL));
  run_cli (fx, &run, "--db", db, "status", "--year", "2024", "--period", "2024-04", NULL);
  assert_refused (&run, "There is no database");
  g_assert_nonnull (strstr (run.err, "init"));
  run_cli (fx, &run, "--db", db, "plans", NULL);
  assert_refused (&run, "There is no database");
  run_cli (fx, &run, "--db", db, "load-example", NULL);
  assert_refused (&run, "There is no database");
  run_cli (fx, &run, "--db", db, "import-json", json, NULL);
  assert_refused (&run, "There is no database");
  run_cli (fx, &run, "--db", db, "set-outcome", "--indicator", "x", "--unit", "y",
           "--period", "2024-01", "--value", "1", NULL);
  assert_refused (&run, "There is no database");
  g_assert_false (g_file_test (sub, G_FILE_TEST_EXISTS));

  /* In Swedish too. */
  {
    const char *language = g_getenv ("LANGUAGE");
    g_autofree char *saved = g_strdup (language);

    g_setenv ("LANGUAGE", "sv", TRUE);
    run_cli (fx, &run, "--db", db, "plans", NULL);
    if (saved != NULL)
      g_setenv ("LANGUAGE", saved, TRUE);
    else
      g_unsetenv ("LANGUAGE");
    g_assert_cmpint (run.exit_code, ==, 1);
    g_assert_nonnull (strstr (run.err, "Det finns ingen databas"));
  }

  run_cli (fx, &run, "--db", db, "init", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));
  run_cli (fx, &run, "--db", db, "plans", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
}

static void
test_folder (Fixture *fx, gconstpointer data)
{
  g_auto(SkCliRun) run = { NULL };

  run_cli (fx, &run, "--db", fx->dir, "plans", NULL);
  assert_refused (&run, "is a folder");
  run_cli (fx, &run, "--db", fx->dir, "init", NULL);
  assert_refused (&run, "is a folder");
}

/* Another program holds the write lock the whole time: a plain refusal. */
static void
test_locked (Fixture *fx, gconstpointer data)
{
  g_auto(SkCliRun) run = { NULL };
  sqlite3 *other = NULL;

  load_example (fx);
  g_assert_cmpint (sqlite3_open (fx->db, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  run_cli (fx, &run, "--db", fx->db, "set-outcome", "--indicator", "telefontillgänglighet",
           "--unit", "Vårdcentralen Halland", "--period", "2024-04", "--value", "93", NULL);
  assert_refused (&run, "locked by another program");
  /* Reading goes on meanwhile (WAL). */
  run_cli (fx, &run, "--db", fx->db, "plans", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* With umask 022, the database and an export are still the owner's alone. */
static void
test_modes (Fixture *fx, gconstpointer data)
{
  g_autofree char *json = g_build_filename (fx->dir, "plan.json", NULL);
  g_autofree char *chart = g_build_filename (fx->dir, "chart.png", NULL);
  g_autofree char *backup = g_build_filename (fx->dir, "backup.db", NULL);
  g_autofree char *default_db = g_build_filename (fx->xdg, "styrkort", "styrkort.db", NULL);
  g_autofree char *default_dir = g_build_filename (fx->xdg, "styrkort", NULL);
  g_auto(SkCliRun) run = { NULL };

  load_example (fx);
  g_assert_cmpuint (mode_of (fx->db), ==, 0600);
  run_cli (fx, &run, "--db", fx->db, "export-json", "--output", json, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpuint (mode_of (json), ==, 0600);
  /* A chart and a backup hold the plan's figures too. */
  run_cli (fx, &run, "--db", fx->db, "chart", "--indicator", "Sjukfrånvaro", "--unit", "NSVH",
           "--years", "2024-2024", "--output", chart, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpuint (mode_of (chart), ==, 0600);
  run_cli (fx, &run, "--db", fx->db, "backup", backup, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpuint (mode_of (backup), ==, 0600);

  run_cli (fx, &run, "init", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpuint (mode_of (default_db), ==, 0600);
  g_assert_cmpuint (mode_of (default_dir), ==, 0700);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-files/read-only-file", test_read_only_file);
  ADD ("/cli-files/read-only-folder", test_read_only_folder);
  ADD ("/cli-files/missing", test_missing);
  ADD ("/cli-files/folder", test_folder);
  ADD ("/cli-files/locked", test_locked);
  ADD ("/cli-files/modes", test_modes);
#undef ADD

  return g_test_run ();
}
