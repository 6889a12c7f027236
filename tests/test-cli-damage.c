/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-damage"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"
#include "damage-util.h"

/* styrkort-cli on a database with a damaged page: every command says so
 * and fails; backup and salvage save what can be saved. */

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
run_cli (Fixture    *fx,
         SkCliRun   *run,
         const char *first,
         ...)
{
  g_autofree char *xdg = g_build_filename (fx->dir, "xdg", NULL);
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", xdg, TRUE);
  va_list args;

  va_start (args, first);
  sk_cli_run_va (run, envp, NULL, first, args);
  va_end (args);
}

/* The example plan, with the root page of the outcome table overwritten. */
static void
fixture_set_up (Fixture *fx, gconstpointer data)
{
  g_auto(SkCliRun) run = { NULL };

  fx->dir = g_dir_make_tmp ("styrkort-damage-XXXXXX", NULL);
  fx->db = g_build_filename (fx->dir, "plan.db", NULL);
  sk_test_small_pages (fx->db);
  run_cli (fx, &run, "--db", fx->db, "init", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  run_cli (fx, &run, "--db", fx->db, "load-example", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  if (data != NULL)
    sk_test_damage_table (fx->db, "outcome", data);
}

static void
fixture_tear_down (Fixture *fx, gconstpointer data)
{
  sk_test_remove_tree (fx->dir);
  g_free (fx->dir);
  g_free (fx->db);
}

/* No file at @path, nor any temporary file beside it. */
static void
assert_no_output (Fixture *fx, const char *name)
{
  g_autoptr(GDir) dir = g_dir_open (fx->dir, 0, NULL);
  const char *entry;

  while ((entry = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (entry, name));
}

static void
assert_names_damage (SkCliRun *run)
{
  g_assert_cmpint (run->exit_code, !=, 0);
  g_assert_nonnull (strstr (run->err, "damaged"));
  g_assert_nonnull (strstr (run->err, "table outcome"));
  g_assert_nonnull (strstr (run->err, "salvage"));
}

/* status does not print an empty table as if there were no outcomes. */
static void
test_status (Fixture *fx, gconstpointer data)
{
  g_auto(SkCliRun) run = { NULL };

  run_cli (fx, &run, "--db", fx->db, "status", "--year", "2024", "--period", "2024-04", NULL);
  assert_names_damage (&run);
  g_assert_cmpstr (run.out, ==, "");

  /* Even the commands that never touch outcomes: the file is damaged. */
  run_cli (fx, &run, "--db", fx->db, "plans", NULL);
  assert_names_damage (&run);

  /* A write that runs into the damage says where it is, too. */
  run_cli (fx, &run, "--db", fx->db, "set-outcome", "--indicator", "Antal besök inkl. distans",
           "--unit", "Vårdcentralen Halland", "--period", "2024-05", "--value", "5", NULL);
  assert_names_damage (&run);
}

/* export-json fails, and leaves no file that looks like an export. */
static void
test_export (Fixture *fx, gconstpointer data)
{
  g_autofree char *output = g_build_filename (fx->dir, "export.json", NULL);
  g_auto(SkCliRun) run = { NULL };

  run_cli (fx, &run, "--db", fx->db, "export-json", "--output", output, NULL);
  assert_names_damage (&run);
  assert_no_output (fx, "export.json");

  run_cli (fx, &run, "--db", fx->db, "export-json", NULL);
  assert_names_damage (&run);
  g_assert_cmpstr (run.out, ==, "");
}

/* backup refuses a damaged database and leaves no file behind. */
static void
test_backup_damaged (Fixture *fx, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (fx->dir, "copy.db", NULL);
  g_auto(SkCliRun) run = { NULL };

  run_cli (fx, &run, "--db", fx->db, "backup", copy, NULL);
  assert_names_damage (&run);
  assert_no_output (fx, "copy.db");
}

/* check names the damage, and says a whole file is whole. */
static void
test_check (Fixture *fx, gconstpointer data)
{
  g_auto(SkCliRun) run = { NULL };

  run_cli (fx, &run, "--db", fx->db, "check", NULL);
  if (data == NULL)
    {
      g_assert_cmpint (run.exit_code, ==, 0);
      g_assert_nonnull (strstr (run.out, "is whole"));
      return;
    }
  assert_names_damage (&run);
  g_assert_cmpstr (run.out, ==, "");
}

/* A backup of a whole database is a database that works. */
static void
test_backup (Fixture *fx, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (fx->dir, "copy.db", NULL);
  g_auto(SkCliRun) run = { NULL };

  run_cli (fx, &run, "--db", fx->db, "backup", copy, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpint (sk_test_count_rows (copy, "outcome"), ==, 50);
  run_cli (fx, &run, "--db", copy, "--format", "tsv", "status", "--year", "2024", "--period", "2024-04", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "Vårdcentralen Halland"));

  /* Never over an existing file. */
  run_cli (fx, &run, "--db", fx->db, "backup", copy, NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.err, "already exists"));
}

/* salvage saves the readable rows into a database that opens, and says
 * per table what was saved and lost. */
static void
test_salvage (Fixture *fx, gconstpointer data)
{
  g_autofree char *saved = g_build_filename (fx->dir, "saved.db", NULL);
  g_auto(SkCliRun) run = { NULL };
  gint64 n;

  run_cli (fx, &run, "--db", fx->db, "--format", "tsv", "salvage", saved, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  n = sk_test_count_rows (saved, "outcome");
  g_assert_cmpint (n, >, 0);
  g_assert_cmpint (n, <, 50);
  {
    g_autofree char *row = g_strdup_printf ("outcome\tthe outcomes\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\n",
                                            n, 50 - n);
    g_assert_nonnull (strstr (run.out, row));
  }
  g_assert_nonnull (strstr (run.out, "indicator\tthe indicators\t32\t0\n"));

  run_cli (fx, &run, "--db", saved, "plans", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "2025"));
  run_cli (fx, &run, "--db", saved, "export-json", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, damage, fn) g_test_add (path, Fixture, damage, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cli-damage/status", "root", test_status);
  ADD ("/cli-damage/export-json", "root", test_export);
  ADD ("/cli-damage/backup-damaged", "root", test_backup_damaged);
  ADD ("/cli-damage/backup", NULL, test_backup);
  ADD ("/cli-damage/check", "root", test_check);
  ADD ("/cli-damage/check-whole", NULL, test_check);
  ADD ("/cli-damage/salvage", "leaf", test_salvage);
#undef ADD

  return g_test_run ();
}
