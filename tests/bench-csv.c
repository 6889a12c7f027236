/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-csv"

#include "config.h"

#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "sk-exchange.h"
#include "sk-outcome-import.h"
#include "sk-store.h"

/*
 * A large CSV of outcomes (SK_BENCH_ROWS rows, 100 000 by default; the
 * issue's figure is 1 000 000) imported by Styrkort — read, every row
 * checked as if typed, written with its history — beside its peer, what
 * `sqlite3 .import` does: the same rows as text into a plain table in one
 * transaction. Measured, not asserted: `meson test --benchmark csv-import`.
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

static GString *
make_csv (SkStore *store,
          guint    n_rows)
{
  g_autoptr(GListModel) indicators = sk_store_list_indicators (store, 0);
  g_autoptr(GListModel) units = sk_store_list_units (store);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *csv = g_string_new ("Indikator;Enhet;Period;Värde\r\n");
  guint n = 0;

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

            g_string_append_printf (csv, "%s;%s;%d-%02d;%u,%u\r\n", (char *) g_ptr_array_index (names, i),
                                    sk_unit_get_short_name (unit), year, month, n % 90, n % 10);
          }
  return csv;
}

/* The peer: text rows into a plain table, one transaction, like `.import`. */
static Measure
plain_import (const char *dir,
              GString    *csv)
{
  g_autofree char *path = g_build_filename (dir, "plain.db", NULL);
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_seconds ();
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  const char *p = strchr (csv->str, '\n') + 1;
  Measure m;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "CREATE TABLE t (indikator TEXT, enhet TEXT, period TEXT, varde TEXT); BEGIN",
                NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO t VALUES (?, ?, ?, ?)", -1, &stmt, NULL);
  while (*p != '\0')
    {
      const char *end = strchr (p, '\r');
      const char *f = p;

      for (int c = 1; c <= 4; c++)
        {
          const char *sep = c < 4 ? memchr (f, ';', end - f) : end;

          sqlite3_bind_text (stmt, c, f, sep - f, SQLITE_TRANSIENT);
          f = sep + 1;
        }
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
      p = end + 2;
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
  m.wall = (g_get_monotonic_time () - start) / 1e6;
  m.cpu = cpu_seconds () - cpu;
  m.peak_kb = peak_kb ();
  return m;
}

static Measure
styrkort_import (SkStore *store,
                 GString *csv,
                 guint   *written)
{
  g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_seconds ();
  Measure m;

  g_assert_true (sk_outcome_import_read_csv (import, csv->str, csv->len, 0, 0, NULL, &error));
  g_assert_true (sk_outcome_import_check (import, store, 0));
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_REFUSED), ==, 0);
  g_assert_true (sk_outcome_import_apply (import, store, &error));
  g_assert_no_error (error);
  *written = sk_outcome_import_count (import, SK_IMPORT_NEW) + sk_outcome_import_count (import, SK_IMPORT_CHANGED);
  m.wall = (g_get_monotonic_time () - start) / 1e6;
  m.cpu = cpu_seconds () - cpu;
  m.peak_kb = peak_kb ();
  return m;
}

int
main (int   argc,
      char *argv[])
{
  const char *env = g_getenv ("SK_BENCH_ROWS");
  guint n_rows = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("bench-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.db", NULL);
  g_autoptr(SkStore) store = sk_store_open (path, NULL);
  g_autoptr(GString) csv = NULL;
  Measure peer, ours, again;
  long before;
  guint written = 0;

  g_assert_true (sk_exchange_load_example (store, NULL));
  csv = make_csv (store, n_rows);
  before = peak_kb ();
  g_print ("%u rows, %.1f MB of CSV (process at %ld MB before importing)\n", n_rows,
           csv->len / 1048576.0, before / 1024);
  peer = plain_import (dir, csv);
  g_print ("%-36s %7.2f s wall %7.2f s CPU\n", "plain SQLite (as sqlite3 .import)", peer.wall, peer.cpu);
  ours = styrkort_import (store, csv, &written);
  g_print ("%-36s %7.2f s wall %7.2f s CPU  peak %ld MB  (%u written)\n", "Styrkort import, first time",
           ours.wall, ours.cpu, ours.peak_kb / 1024, written);
  again = styrkort_import (store, csv, &written);
  g_print ("%-36s %7.2f s wall %7.2f s CPU  peak %ld MB  (%u written)\n", "Styrkort import, same file again",
           again.wall, again.cpu, again.peak_kb / 1024, written);
  g_print ("ratio to the peer (CPU): first %.1fx, again %.1fx\n", ours.cpu / peer.cpu, again.cpu / peer.cpu);

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
