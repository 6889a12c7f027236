/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-figures"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"

/*
 * End to end: the figures `status` prints mean the same as in every view
 * (year to date through the latest reported month, the latest figure's
 * status) and `history` reads in Swedish. Runs the built styrkort-cli.
 */

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("styrkort-figures-XXXXXX", &error);
  g_assert_no_error (error);
  fx->db = g_build_filename (fx->dir, "test.db", NULL);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
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

/* Runs the CLI on the fixture's database; @swedish: in a Swedish locale.
 * Returns stdout; asserts exit 0. */
static char *
run_cli (Fixture    *fx,
         gboolean    swedish,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fx->dir, TRUE);
  g_auto(SkCliRun) run = { NULL };
  va_list args;

  if (swedish)
    {
      envp = g_environ_unsetenv (envp, "LC_ALL");
      envp = g_environ_setenv (envp, "LANGUAGE", "sv", TRUE);
      envp = g_environ_setenv (envp, "LANG", "sv_SE.UTF-8", TRUE);
    }
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, fx->db);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  sk_cli_run_argv (&run, envp, NULL, (const char * const *) argv->pdata);
  g_assert_cmpint (run.exit_code, ==, 0);
  return g_steal_pointer (&run.out);
}

/* The TSV fields of the row for @indicator (a part of its name) and @unit. */
static char **
find_row (const char *tsv,
          const char *indicator,
          const char *unit)
{
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      if (g_strv_length (fields) >= 7 && strstr (fields[0], indicator) != NULL
          && g_strcmp0 (fields[1], unit) == 0)
        return g_steal_pointer (&fields);
    }
  return NULL;
}

static double
number (const char *machine)
{
  return g_ascii_strtod (machine, NULL);
}

/* At May, before any May value, the year to date is the one through April
 * (reported 248 485), not April's month alone (66 020). */
static void
test_status_ytd_through_latest (Fixture       *fx,
                                gconstpointer  data)
{
  g_autofree char *init = run_cli (fx, FALSE, "init", NULL);
  g_autofree char *load = run_cli (fx, FALSE, "load-example", NULL);
  g_autofree char *april = run_cli (fx, FALSE, "--format", "tsv", "status", "--year", "2024",
                                    "--period", "2024-04", NULL);
  g_autofree char *may = run_cli (fx, FALSE, "--format", "tsv", "status", "--year", "2024",
                                  "--period", "2024-05", NULL);
  g_autofree char *text = run_cli (fx, TRUE, "status", "--year", "2024", "--period", "2024-05",
                                   "--unit", "Vårdcentralen Halland", NULL);
  g_auto(GStrv) visits_apr = find_row (april, "Antal besök inkl. distans", "Vårdcentralen Halland");
  g_auto(GStrv) visits_may = find_row (may, "Antal besök inkl. distans", "Vårdcentralen Halland");
  g_auto(GStrv) share_apr = find_row (april, "Andel besök på distans", "Vårdcentralen Halland");
  g_auto(GStrv) share_may = find_row (may, "Andel besök på distans", "Vårdcentralen Halland");

  g_assert_nonnull (visits_apr);
  g_assert_nonnull (visits_may);
  g_assert_cmpfloat (number (visits_apr[4]), ==, 248485);
  g_assert_cmpfloat (number (visits_may[4]), ==, 248485);
  g_assert_cmpstr (visits_may[2], ==, "");
  /* The status judges the latest figure, April's, not "no value". */
  g_assert_cmpstr (visits_may[6], ==, visits_apr[6]);

  g_assert_nonnull (share_apr);
  g_assert_nonnull (share_may);
  g_assert_cmpfloat (number (share_apr[4]), ==, 9);
  g_assert_cmpfloat (number (share_may[4]), ==, 9);

  /* For people: the month it stands through. */
  g_assert_nonnull (strstr (text, "248\u2009485 t.o.m. apr"));
  g_assert_nonnull (strstr (text, "9 % t.o.m. apr"));
}

/* With demo data, December reported missing: the status of the year is
 * November's value, as the board view says, not "no value". */
static void
test_status_latest_of_year (Fixture       *fx,
                            gconstpointer  data)
{
  g_autofree char *init = run_cli (fx, FALSE, "init", NULL);
  g_autofree char *load = run_cli (fx, FALSE, "load-example", NULL);
  g_autofree char *demo = run_cli (fx, FALSE, "generate-demo", "--years", "2021-2025", "--units", "4",
                                   "--seed", "7", NULL);
  g_autofree char *nov = run_cli (fx, FALSE, "--format", "tsv", "status", "--year", "2025",
                                  "--period", "2025-11", NULL);
  g_autofree char *dec = run_cli (fx, FALSE, "--format", "tsv", "status", "--year", "2025",
                                  "--period", "2025-12", NULL);
  g_auto(GStrv) sick_nov = find_row (nov, "Sjukfrånvaro", "Närsjukvården Halland");
  g_auto(GStrv) sick_dec = find_row (dec, "Sjukfrånvaro", "Närsjukvården Halland");

  g_assert_nonnull (sick_nov);
  g_assert_nonnull (sick_dec);
  g_assert_cmpfloat_with_epsilon (number (sick_nov[2]), 5.1, 1e-9);
  g_assert_cmpstr (sick_nov[6], ==, "met");
  g_assert_cmpstr (sick_dec[2], ==, "");
  g_assert_cmpstr (sick_dec[6], ==, "met");
}

/* `history` in text mode speaks Swedish with decimal commas; TSV stays machine text. */
static void
test_history_swedish (Fixture       *fx,
                      gconstpointer  data)
{
  g_autofree char *init = run_cli (fx, FALSE, "init", NULL);
  g_autofree char *load = run_cli (fx, FALSE, "load-example", NULL);
  g_autofree char *set = run_cli (fx, FALSE, "set-outcome", "--indicator", "Andel besök på distans",
                                  "--unit", "Vårdcentralen Halland", "--period", "2024-05",
                                  "--value", "8,5", NULL);
  g_autofree char *text = run_cli (fx, TRUE, "history", "--indicator", "Andel besök på distans", NULL);
  g_autofree char *tsv = run_cli (fx, TRUE, "--format", "tsv", "history",
                                  "--indicator", "Andel besök på distans", NULL);

  g_assert_nonnull (strstr (text, "Vårdcentralen Halland, 2024-05 månadsvärde"));
  g_assert_nonnull (strstr (text, "– → 8,5 %"));
  g_assert_nonnull (strstr (text, "2024-04 hittills i år"));
  g_assert_nonnull (strstr (text, "skapad"));
  g_assert_null (strstr (text, "created"));
  g_assert_null (strstr (text, " month"));
  g_assert_null (strstr (text, " ytd"));
  g_assert_null (strstr (text, "8.5"));

  g_assert_nonnull (strstr (tsv, "2024-05 month\t\t8.5"));
  g_assert_nonnull (strstr (tsv, "\tcreated\t"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-figures/status-ytd-through-latest", test_status_ytd_through_latest);
  ADD ("/cli-figures/status-latest-of-year", test_status_latest_of_year);
  ADD ("/cli-figures/history-swedish", test_history_swedish);
#undef ADD

  return g_test_run ();
}
