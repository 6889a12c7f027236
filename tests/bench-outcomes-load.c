/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-outcomes-load"

#include "config.h"

#include <stdlib.h>

#include "app-test-util.h"
#include "sk-demo.h"
#include "sk-format.h"
#include "sk-outcomes-view.h"

/*
 * Loading Utfall for one unit after another at region scale: the example
 * plus 200 demo units over 2024–2025, as `styrkort-cli generate-demo
 * -y 2024-2025 -n 200` makes them. Measured, not asserted (`meson test
 * --benchmark outcomes-load`, under Xvfb). SK_BENCH_UNITS sets the number
 * of demo units.
 */

#define YEAR 2025

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        GArray     *ms)
{
  double total = 0;

  for (guint i = 0; i < ms->len; i++)
    total += g_array_index (ms, double, i);
  g_array_sort (ms, compare_doubles);
  g_print ("%-40s median %8.3f ms   p95 %8.3f ms   total %9.1f ms   (n=%u)\n", what,
           g_array_index (ms, double, ms->len / 2),
           g_array_index (ms, double, (guint) (ms->len * 0.95)), total, ms->len);
}

static SkStore *
region_store (const char *path,
              guint       n_units)
{
  g_autoptr(GError) error = NULL;
  SkDemoOptions options = { YEAR - 1, YEAR, n_units, 1 };
  SkDemoCounts counts = { 0 };
  SkStore *store = sk_test_example_store (path);

  g_assert_true (sk_demo_generate (store, &options, &counts, &error));
  g_assert_no_error (error);
  g_print ("# %u units added, %u outcomes written\n", counts.units_created, counts.outcomes_written);
  return store;
}

/* The view shown, then each unit chosen in turn: what the store is asked
 * and what the grid shows anew. */
static void
bench_view (SkStore    *store,
            GListModel *units)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *view = sk_outcomes_view_new ();
  GtkWindow *window;

  g_object_set (view, "store", store, "year", YEAR, NULL);
  window = sk_test_show (view, 1366, 768);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);
      gint64 t0 = g_get_monotonic_time ();
      double t;

      sk_outcomes_view_set_unit (SK_OUTCOMES_VIEW (view), sk_record_get_id (SK_RECORD (unit)));
      sk_test_spin ();
      t = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (ms, t);
    }
  report ("Utfall: choose a unit (view load)", ms);
  sk_test_close (window);
}

/* The unit filter's store work for each unit: now one query for the
 * indicators the unit has figures for (@one_query); before, the outcomes
 * of each indicator the unit is not responsible for (kept to compare). */
static void
bench_filter (SkStore    *store,
              GListModel *units,
              gboolean    one_query)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GListModel) indicators = sk_store_list_indicators (store, YEAR);
  g_autofree char *from = sk_period_make (YEAR, 1);
  g_autofree char *to = sk_period_make (YEAR, 12);

  for (guint u = 0; u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, u);
      gint64 unit_id = sk_record_get_id (SK_RECORD (unit));
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(GHashTable) with_figures = NULL;
      double t;

      if (one_query)
        with_figures = sk_store_list_outcome_indicator_ids (store, unit_id, from, to);
      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
          gint64 id = sk_record_get_id (SK_RECORD (ind));
          g_autoptr(GListModel) outcomes = NULL;

          if (sk_indicator_get_responsible_unit_id (ind) == unit_id)
            continue;
          if (one_query)
            (void) g_hash_table_contains (with_figures, &id);
          else
            outcomes = sk_store_list_outcomes (store, id, unit_id, from, to);
        }
      t = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (ms, t);
    }
  report (one_query ? "Unit filter: one query per unit" : "Unit filter: a query per indicator", ms);
}

int
main (int argc, char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GListModel) units = NULL;
  const char *n = g_getenv ("SK_BENCH_UNITS");

  if (!sk_test_app_init (&argc, &argv))
    return 0;
  path = sk_test_temp_db ("sk-bench-outcomes");
  store = region_store (path, n != NULL ? (guint) atoi (n) : 200);
  units = sk_store_list_units (store);
  bench_filter (store, units, FALSE);
  bench_filter (store, units, TRUE);
  bench_view (store, units);
  return 0;
}
