/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-core"

#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "sk-derived.h"
#include "sk-exchange.h"
#include "sk-store.h"
#include "store-test-util.h"

/*
 * Speed of the core, measured rather than asserted (the machines are
 * shared and noisy): `meson test --benchmark` or run it directly.
 * Prints medians and 95th percentiles in milliseconds, on a file and,
 * when SK_TEST_PG names a server, the same on the server, then a table
 * of the medians with the ratio server/file.
 */

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* The measures, in the order printed; each backend's medians by index. */
enum { LOAD, STATUS, EDIT, BATCH, N_MEASURES };

static const char *const measure_names[N_MEASURES] = {
  "load the example into a new database",
  "status 2024-04 (register x units)",
  "one outcome edit (own transaction)",
  "5000 outcomes in one transaction",
};

/* Prints the median and 95th percentile; returns the median. */
static double
report (const char *backend, int measure, GArray *ms)
{
  double median;

  g_array_sort (ms, compare_doubles);
  median = g_array_index (ms, double, ms->len / 2);
  g_print ("%-7s %-40s median %8.3f ms   p95 %8.3f ms   (n=%u)\n", backend, measure_names[measure],
           median, g_array_index (ms, double, (guint) (ms->len * 0.95)), ms->len);
  return median;
}

/* A new database: a file in @dir, or with @server a database of its own
 * on the server named in SK_TEST_PG (tests/store-test-util.c). */
static SkStore *
open_fresh (const char *dir, gboolean server, int i)
{
  g_autofree char *name = g_strdup_printf ("bench-%d.db", i);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  SkStore *store = server ? sk_test_store_open_server (path, &error) : sk_store_open (path, &error);

  if (store == NULL)
    g_error ("%s", error->message);
  return store;
}

static guint
status_table (SkStore *store, int year, const char *period)
{
  g_autoptr(GListModel) indicators = sk_store_list_indicators (store, year);
  g_autoptr(GListModel) units = sk_store_list_units (store);
  guint rows = 0;

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);

      for (guint u = 0; u < g_list_model_get_n_items (units); u++)
        {
          g_autoptr(SkUnit) unit = g_list_model_get_item (units, u);
          SkFigures f;

          sk_figures_compute (store, ind, sk_record_get_id (SK_RECORD (unit)), period, &f);
          if (!isnan (f.month) || !isnan (f.ytd) || !isnan (f.r12))
            rows++;
          sk_figures_clear (&f);
        }
    }
  return rows;
}

static void
run (const char *dir, gboolean server, double medians[N_MEASURES])
{
  const char *backend = server ? "server" : "file";
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) status = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) edit = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) batch = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkUnit) unit = NULL;
  g_autoptr(GListModel) units = NULL;
  gint64 t0;
  guint rows = 0;

  for (int i = 0; i < 15; i++)
    {
      g_autoptr(SkStore) s = open_fresh (dir, server, i);
      double ms;

      t0 = g_get_monotonic_time ();
      if (!sk_exchange_load_example (s, NULL))
        g_error ("the example did not load");
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (load, ms);
    }
  medians[LOAD] = report (backend, LOAD, load);

  store = open_fresh (dir, server, 0);
  for (int i = 0; i < 30; i++)
    {
      double ms;

      t0 = g_get_monotonic_time ();
      rows = status_table (store, 2024, "2024-04");
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (status, ms);
    }
  medians[STATUS] = report (backend, STATUS, status);
  g_print ("  (%u rows with figures)\n", rows);

  ind = sk_store_find_indicator (store, "Antal besök inkl. distans", NULL);
  unit = sk_store_find_unit (store, "VC", NULL);
  g_assert_nonnull (ind);
  g_assert_nonnull (unit);
  /* One edit as the grid makes it: its own transaction, audit and signal. */
  for (int i = 0; i < 500; i++)
    {
      g_autoptr(SkOutcome) o = sk_outcome_new ();
      g_autofree char *period = g_strdup_printf ("%04d-%02d", 2000 + i / 12, i % 12 + 1);
      double ms;

      sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
      sk_outcome_set_unit_id (o, sk_record_get_id (SK_RECORD (unit)));
      sk_outcome_set_period (o, period);
      sk_outcome_set_value (o, 50000 + i);
      t0 = g_get_monotonic_time ();
      if (!sk_store_set_outcome (store, o, NULL))
        g_error ("an edit failed");
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (edit, ms);
    }
  medians[EDIT] = report (backend, EDIT, edit);

  /* New rows inside one transaction, as an import does; three rounds,
   * each for another unit (periods run from 1900 to 2999 only). */
  units = sk_store_list_units (store);
  g_assert_cmpuint (g_list_model_get_n_items (units), >=, 3);
  for (int round = 0; round < 3; round++)
    {
      g_autoptr(SkUnit) batch_unit = g_list_model_get_item (units, round);
      double ms;

      t0 = g_get_monotonic_time ();
      sk_store_begin (store, NULL);
      for (int i = 0; i < 5000; i++)
        {
          g_autoptr(SkOutcome) o = sk_outcome_new ();
          g_autofree char *period = g_strdup_printf ("%04d-%02d", 2100 + i / 12, i % 12 + 1);

          sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
          sk_outcome_set_unit_id (o, sk_record_get_id (SK_RECORD (batch_unit)));
          sk_outcome_set_period (o, period);
          sk_outcome_set_value (o, 40000 + i);
          if (!sk_store_set_outcome (store, o, NULL))
            g_error ("a row of the batch failed");
        }
      if (!sk_store_commit (store, NULL))
        g_error ("the batch did not commit");
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (batch, ms);
    }
  medians[BATCH] = report (backend, BATCH, batch);
  g_print ("  (%.1f us per row)\n", medians[BATCH] * 1000.0 / 5000);
}

int
main (int argc, char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("sk-bench-XXXXXX", NULL);
  double file[N_MEASURES], server[N_MEASURES];
  /* The server's measures need one (build-aux/pg-cluster.sh): the test
   * command sets SK_TEST_PG. */
  gboolean with_server = g_getenv ("SK_TEST_PG") != NULL;

  run (dir, FALSE, file);
  if (with_server)
    run (dir, TRUE, server);
  else
    g_print ("(no server: SK_TEST_PG is unset, the file only)\n");

  if (with_server)
    {
      g_print ("\n%-40s %12s %12s %12s\n", "measure (medians, ms)", "file", "server", "server/file");
      for (int m = 0; m < N_MEASURES; m++)
        g_print ("%-40s %12.3f %12.3f %12.1f\n", measure_names[m], file[m], server[m], server[m] / file[m]);
    }

  for (int i = 0; i < 15; i++)
    {
      g_autofree char *name = g_strdup_printf ("bench-%d.db", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);
  return 0;
}
