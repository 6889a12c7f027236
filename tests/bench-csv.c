/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-csv"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "sk-exchange.h"
#include "sk-outcome-import.h"
#include "sk-store.h"

/*
 * A large CSV file of outcomes (SK_BENCH_ROWS rows; without it 100 000
 * and then the 1 000 000, each in its own process so that each
 * peak is its own) imported by Styrkort — read, every row checked as if
 * typed, written with its history — beside its peer, the sqlite3 shell's
 * `.import` of the same file into a plain table in one transaction, on the
 * same machine in the same run. Measured, not asserted:
 * `meson test --benchmark csv-import`.
 */

typedef struct {
  double wall;
  double cpu;
  long   peak_kb;
} Measure;

static double
cpu_seconds (void)
{
  return (double) clock () / CLOCKS_PER_SEC;
}

static long
peak_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* Written to a file as it is made: the process holds no copy of it. */
static guint64
make_csv (SkStore    *store,
          const char *path,
          guint       n_rows)
{
  g_autoptr(GListModel) indicators = sk_store_list_indicators (store, 0);
  g_autoptr(GListModel) units = sk_store_list_units (store);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  FILE *out = fopen (path, "w");
  guint n = 0;
  long size;

  g_assert_nonnull (out);
  fputs ("Indikator;Enhet;Period;Värde\r\n", out);
  /* Shares and plain counts: every generated value passes the checks. */
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      const char *unit = sk_indicator_get_measure_unit (ind);

      if (g_strcmp0 (unit, "%") == 0 || g_strcmp0 (unit, "") == 0)
        g_ptr_array_add (names, g_strdup (sk_indicator_get_name (ind)));
    }
  for (int year = 1950; n < n_rows; year++)
    for (int month = 1; month <= 12 && n < n_rows; month++)
      for (guint i = 0; i < names->len && n < n_rows; i++)
        for (guint u = 0; u < g_list_model_get_n_items (units) && n < n_rows; u++, n++)
          {
            g_autoptr(SkUnit) unit = g_list_model_get_item (units, u);

            fprintf (out, "%s;%s;%d-%02d;%u,%u\r\n", (char *) g_ptr_array_index (names, i),
                     sk_unit_get_short_name (unit), year, month, n % 90, n % 10);
          }
  size = ftell (out);
  fclose (out);
  return (guint64) size;
}

static double
children_cpu (long *peak)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  *peak = usage.ru_maxrss;
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* The peer: the sqlite3 shell's `.import` of the same file into a plain
 * table (one transaction, rows as text), run as its own process. */
static Measure
plain_import (const char *dir,
              const char *csv)
{
  g_autofree char *db = g_build_filename (dir, "plain.db", NULL);
  g_autofree char *script = g_strdup_printf ("CREATE TABLE t (indikator TEXT, enhet TEXT, period TEXT, varde TEXT);\n"
                                             ".mode csv\n.separator ;\n.import --skip 1 %s t\n", csv);
  g_autofree char *script_path = g_build_filename (dir, "plain.sql", NULL);
  g_autofree char *command = NULL;
  gint64 start;
  double cpu;
  long peak = 0;
  int status = 0;
  Measure m;

  g_remove (db);
  g_assert_true (g_file_set_contents (script_path, script, -1, NULL));
  command = g_strdup_printf ("sqlite3 -bail %s -init %s .quit", db, script_path);
  cpu = children_cpu (&peak);
  start = g_get_monotonic_time ();
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  m.wall = (g_get_monotonic_time () - start) / 1e6;
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  m.cpu = children_cpu (&peak) - cpu;
  m.peak_kb = peak;
  return m;
}

/* Styrkort as `styrkort-cli import-csv FILE` does it: the file read a piece
 * at a time, every row checked as if typed, written with its history, in
 * one transaction, all or nothing. @preview: as the app, a checking pass
 * (the preview) and then the writing pass. */
static Measure
styrkort_import (SkStore    *store,
                 const char *csv,
                 gboolean    preview,
                 guint      *written)
{
  g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_seconds ();
  Measure m;

  g_assert_true (sk_outcome_import_open_csv (import, file, 0, 0, NULL, &error));
  if (preview)
    {
      g_assert_true (sk_outcome_import_check (import, store, 0));
      g_assert_true (sk_outcome_import_apply (import, store, &error));
    }
  else
    g_assert_true (sk_outcome_import_run (import, store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_REFUSED), ==, 0);
  *written = sk_outcome_import_count (import, SK_IMPORT_NEW) + sk_outcome_import_count (import, SK_IMPORT_CHANGED);
  m.wall = (g_get_monotonic_time () - start) / 1e6;
  m.cpu = cpu_seconds () - cpu;
  m.peak_kb = peak_kb ();
  return m;
}

static void
print_ours (const char *what,
            Measure     m,
            Measure     peer,
            guint       written)
{
  g_print ("%-36s %7.2f s wall %7.2f s CPU  peak %4ld MB  (%u written)  ratio %.1fx wall, %.1fx CPU\n", what,
           m.wall, m.cpu, m.peak_kb / 1024, written, m.wall / peer.wall, m.cpu / peer.cpu);
}

static int
run_sizes (const char *self)
{
  /* Each size in its own process: a peak is a process's highest. */
  static const char * const sizes[] = { "100000", "1000000" };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "SK_BENCH_ROWS", sizes[i], TRUE);
      const char *argv[] = { self, NULL };
      int status = 0;

      if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL,
                         &status, NULL) || !g_spawn_check_wait_status (status, NULL))
        return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const char *env = g_getenv ("SK_BENCH_ROWS");
  guint n_rows;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(SkStore) store = NULL;
  Measure peer, ours, again, previewed;
  guint64 size;
  long before;
  guint written = 0;

  if (env == NULL)
    return run_sizes (argv[0]);
  n_rows = (guint) g_ascii_strtoull (env, NULL, 10);
  dir = g_dir_make_tmp ("bench-csv-XXXXXX", NULL);
  path = g_build_filename (dir, "plan.db", NULL);
  csv = g_build_filename (dir, "outcomes.csv", NULL);
  store = sk_store_open (path, NULL);
  g_assert_true (sk_exchange_load_example (store, NULL));
  size = make_csv (store, csv, n_rows);
  before = peak_kb ();
  g_print ("%u rows, %.1f MB of CSV in a file (process at %ld MB before importing)\n", n_rows,
           size / 1048576.0, before / 1024);
  peer = plain_import (dir, csv);
  g_print ("%-36s %7.2f s wall %7.2f s CPU  peak %4ld MB\n", "sqlite3 .import (the peer)", peer.wall, peer.cpu,
           peer.peak_kb / 1024);
  ours = styrkort_import (store, csv, FALSE, &written);
  print_ours ("Styrkort import-csv, first time", ours, peer, written);
  /* For a profile of the first import alone. */
  if (g_getenv ("SK_BENCH_FIRST_ONLY") != NULL)
    goto done;
  again = styrkort_import (store, csv, FALSE, &written);
  print_ours ("Styrkort import-csv, same file again", again, peer, written);
  g_assert_cmpuint (written, ==, 0);
  /* As the app: a preview pass, then the writing pass (file changed: all new). */
  {
    g_autofree char *other = g_build_filename (dir, "other.db", NULL);
    g_autoptr(SkStore) fresh = sk_store_open (other, NULL);

    g_assert_true (sk_exchange_load_example (fresh, NULL));
    previewed = styrkort_import (fresh, csv, TRUE, &written);
    print_ours ("Styrkort preview, then import (app)", previewed, peer, written);
  }

done:
  g_clear_object (&store);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_remove (p);
      }
    g_rmdir (dir);
  }
  return 0;
}
