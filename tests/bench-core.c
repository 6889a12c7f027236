/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-core"

#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "sk-derived.h"
#include "sk-exchange.h"
#include "sk-store.h"

/*
 * Speed of the core, measured rather than asserted (the machines are
 * shared and noisy): `meson test --benchmark` or run it directly.
 * Prints medians and 95th percentiles in milliseconds.
 */

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
report (const char *what, GArray *ms)
{
  g_array_sort (ms, compare_doubles);
  g_print ("%-44s median %8.3f ms   p95 %8.3f ms   (n=%u)\n", what,
           g_array_index (ms, double, ms->len / 2),
           g_array_index (ms, double, (guint) (ms->len * 0.95)),
           ms->len);
}

static char *
fresh_path (const char *dir, int i)
{
  g_autofree char *name = g_strdup_printf ("bench-%d.db", i);
  return g_build_filename (dir, name, NULL);
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

int
main (int argc, char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("sk-bench-XXXXXX", NULL);
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) status = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) edit = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkUnit) unit = NULL;
  double batch_ms;
  gint64 t0;
  guint rows = 0;

  for (int i = 0; i < 15; i++)
    {
      g_autofree char *path = fresh_path (dir, i);
      g_autoptr(SkStore) s = sk_store_open (path, NULL);
      double ms;

      t0 = g_get_monotonic_time ();
      if (!sk_exchange_load_example (s, NULL))
        g_error ("the example did not load");
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (load, ms);
    }
  report ("load the example into a new database", load);

  store = sk_store_open (fresh_path (dir, 0), NULL);
  for (int i = 0; i < 30; i++)
    {
      double ms;

      t0 = g_get_monotonic_time ();
      rows = status_table (store, 2024, "2024-04");
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (status, ms);
    }
  report ("status 2024-04 (register x units)", status);
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
  report ("one outcome edit (own transaction)", edit);

  /* The same rows again inside one transaction, as an import does. */
  t0 = g_get_monotonic_time ();
  sk_store_begin (store, NULL);
  for (int i = 0; i < 5000; i++)
    {
      g_autoptr(SkOutcome) o = sk_outcome_new ();
      g_autofree char *period = g_strdup_printf ("%04d-%02d", 1600 + i / 12, i % 12 + 1);

      sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
      sk_outcome_set_unit_id (o, sk_record_get_id (SK_RECORD (unit)));
      sk_outcome_set_period (o, period);
      sk_outcome_set_value (o, 40000 + i);
      sk_store_set_outcome (store, o, NULL);
    }
  sk_store_commit (store, NULL);
  batch_ms = (g_get_monotonic_time () - t0) / 1000.0;
  g_print ("%-44s %8.3f ms   (%.1f us per row)\n", "5000 outcomes in one transaction",
           batch_ms, batch_ms * 1000.0 / 5000);

  g_clear_object (&store);
  for (int i = 0; i < 15; i++)
    {
      g_autofree char *path = fresh_path (dir, i);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);
  return 0;
}
