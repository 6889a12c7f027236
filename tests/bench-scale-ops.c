/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-scale"

#include "config.h"

#include <math.h>

#include "sk-chart-series.h"
#include "sk-derived.h"
#include "sk-format.h"
#include "sk-store.h"

/*
 * What one view needs, timed on a large database (build-aux/bench-scale.sh
 * makes it): one unit's outcomes grid for a year, one indicator's series
 * for the chart, one save from the grid. Prints one line per operation:
 * NAME median_ms p99_ms n. Usage: bench-scale-ops DB YEAR UNIT INDICATOR
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
  g_print ("%s %.3f %.3f %u\n", what,
           g_array_index (ms, double, ms->len / 2),
           g_array_index (ms, double, MIN (ms->len - 1, (guint) ceil (ms->len * 0.99) - 1)),
           ms->len);
}

/* As the grid does it: each register row's months, a figure per month
 * with a value, and the year to date. */
static guint
unit_grid (SkStore *store, GListModel *indicators, gint64 unit_id, int year)
{
  g_autofree char *from = g_strdup_printf ("%04d-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-12", year);
  guint cells = 0;

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      g_autoptr(GListModel) outcomes = sk_store_list_outcomes (store, sk_record_get_id (SK_RECORD (ind)),
                                                               unit_id, from, to);
      int last = 0;

      for (guint k = 0; k < g_list_model_get_n_items (outcomes); k++)
        {
          g_autoptr(SkOutcome) o = g_list_model_get_item (outcomes, k);
          int y, m;
          SkFigures f;

          if (sk_outcome_get_kind (o) != SK_OUTCOME_MONTH || !sk_period_parse (sk_outcome_get_period (o), &y, &m))
            continue;
          last = MAX (last, m);
          if (isnan (sk_outcome_get_value (o)))
            continue;
          sk_figures_compute (store, ind, unit_id, sk_outcome_get_period (o), &f);
          sk_figures_clear (&f);
          cells++;
        }
      if (last > 0)
        {
          g_autofree char *period = sk_period_make (year, last);
          SkFigures f;

          sk_figures_compute (store, ind, unit_id, period, &f);
          sk_figures_clear (&f);
        }
    }
  return cells;
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkUnit) unit = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(GListModel) indicators = NULL;
  g_autoptr(GArray) grid = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) series = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save = g_array_new (FALSE, FALSE, sizeof (double));
  int year, runs = 101;

  if (argc != 5)
    {
      g_printerr ("Usage: %s DB YEAR UNIT INDICATOR\n", argv[0]);
      return 2;
    }
  year = atoi (argv[2]);
  store = sk_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);
  unit = sk_store_find_unit (store, argv[3], &error);
  ind = sk_store_find_indicator (store, argv[4], &error);
  if (unit == NULL || ind == NULL)
    g_error ("%s", error->message);
  indicators = sk_store_list_indicators (store, year);

  for (int i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double ms;

      unit_grid (store, indicators, sk_record_get_id (SK_RECORD (unit)), year);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (grid, ms);
    }
  report ("grid", grid);

  for (int i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(SkChartSeries) s = sk_chart_series_new_from_store (store, ind, sk_record_get_id (SK_RECORD (unit)),
                                                                   year - 4, year);
      double ms = (g_get_monotonic_time () - t0) / 1000.0;

      g_array_append_val (series, ms);
    }
  report ("series", series);

  /* One edit as the grid makes it: its own transaction, audit and signal. */
  for (int i = 0; i < runs; i++)
    {
      g_autoptr(SkOutcome) o = sk_outcome_new ();
      g_autofree char *period = sk_period_make (year, i % 12 + 1);
      gint64 t0;
      double ms;

      sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
      sk_outcome_set_unit_id (o, sk_record_get_id (SK_RECORD (unit)));
      sk_outcome_set_period (o, period);
      sk_outcome_set_kind (o, SK_OUTCOME_MONTH);
      sk_outcome_set_value (o, 50 + i % 7);
      t0 = g_get_monotonic_time ();
      if (!sk_store_set_outcome (store, o, &error))
        g_error ("%s", error->message);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (save, ms);
    }
  report ("save", save);
  return 0;
}
