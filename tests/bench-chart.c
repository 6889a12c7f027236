/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "sk-chart-renderer.h"

/*
 * A dashboard: 60 charts of 10 years of months each, laid out and drawn
 * offscreen into one image surface, against a 60 Hz frame (16,7 ms).
 * Prints TAP; fails only if drawing fails, the figures are the point.
 */

#define N_CHARTS 60
#define COLUMNS 6
#define CHART_W 300
#define CHART_H 180
#define RUNS 20
#define FRAME_MS 16.7

static SkChartSeries *
make_series (GRand *rand,
             guint  k)
{
  g_autofree char *name = g_strdup_printf ("Indikator %u", k + 1);
  gboolean percent = k % 2 == 0;
  SkChartSeries *s = sk_chart_series_new (name, percent ? "%" : "", k % 3 ? SK_DIRECTION_HIGHER : SK_DIRECTION_LOWER,
                                          2016, 2025);
  double level = percent ? g_rand_double_range (rand, 70, 95) : g_rand_double_range (rand, 1000, 60000);

  for (int year = 2016; year <= 2025; year++)
    {
      g_autofree char *text = percent ? g_strdup_printf (">%d %%", (int) level)
                                      : g_strdup_printf ("%d", (int) level);
      g_autoptr(SkTarget) target = sk_target_new (text);

      sk_chart_series_set_target (s, year, target, NAN, NAN);
    }
  for (guint i = 0; i < 120; i++)
    {
      double v = level * (1 + g_rand_double_range (rand, -0.08, 0.08));

      /* A gap now and then, as in real data. */
      sk_chart_series_set_value (s, i, g_rand_double (rand) < 0.02 ? NAN : percent ? MIN (v, 100) : v);
    }
  return s;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* CPU time of this thread in ms: on a busy machine the wall clock also
 * counts other programs' turns. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double
draw_dashboard (SkChartSeries  **series,
                SkChartRenderer *renderer,
                cairo_t         *cr,
                double          *cpu)
{
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_ms ();

  for (guint k = 0; k < N_CHARTS; k++)
    {
      g_autoptr(SkChartLayout) layout = sk_chart_layout_new (series[k], CHART_W, CHART_H, NULL);

      cairo_save (cr);
      cairo_translate (cr, (k % COLUMNS) * CHART_W, (k / COLUMNS) * CHART_H);
      sk_chart_renderer_draw (renderer, cr, layout, -1);
      cairo_restore (cr);
    }
  cairo_surface_flush (cairo_get_target (cr));
  *cpu = cpu_ms () - cpu_start;
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  GRand *rand = g_rand_new_with_seed (2025);
  SkChartSeries *series[N_CHARTS];
  g_autoptr(SkChartRenderer) renderer = sk_chart_renderer_new (sk_chart_palette_light ());
  cairo_surface_t *surface;
  double times[RUNS], cpu[RUNS], median, p95, cpu_median;
  cairo_t *cr;

  for (guint k = 0; k < N_CHARTS; k++)
    series[k] = make_series (rand, k);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, COLUMNS * CHART_W,
                                        (N_CHARTS + COLUMNS - 1) / COLUMNS * CHART_H);
  cr = cairo_create (surface);

  draw_dashboard (series, renderer, cr, &cpu[0]); /* warm up fonts and caches */
  for (guint r = 0; r < RUNS; r++)
    times[r] = draw_dashboard (series, renderer, cr, &cpu[r]);
  qsort (times, RUNS, sizeof times[0], compare_doubles);
  qsort (cpu, RUNS, sizeof cpu[0], compare_doubles);
  cpu_median = (cpu[RUNS / 2 - 1] + cpu[RUNS / 2]) / 2;
  median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
  p95 = times[(int) ceil (RUNS * 0.95) - 1];

  g_print ("1..1\n");
  g_print ("# %d charts x 120 months, %dx%d px each, layout + draw offscreen, %d runs\n",
           N_CHARTS, CHART_W, CHART_H, RUNS);
  g_print ("# wall: median %.1f ms, p95 %.1f ms, min %.1f ms; cpu: median %.1f ms\n",
           median, p95, times[0], cpu_median);
  g_print ("# frame budget %.1f ms: median/frame %.2f, cpu median/frame %.2f, per chart %.2f ms\n",
           FRAME_MS, median / FRAME_MS, cpu_median / FRAME_MS, median / N_CHARTS);
  g_print ("%s 1 - dashboard drawn (median %.1f ms = %.2f frames)\n",
           cairo_status (cr) == CAIRO_STATUS_SUCCESS ? "ok" : "not ok", median, median / FRAME_MS);

  if (argc > 1)
    cairo_surface_write_to_png (surface, argv[1]);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  for (guint k = 0; k < N_CHARTS; k++)
    g_object_unref (series[k]);
  g_rand_free (rand);
  return 0;
}
