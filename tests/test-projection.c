/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-projection"

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "sk-demo.h"
#include "sk-derived.h"
#include "sk-exchange.h"
#include "sk-projection.h"

#define EPS 1e-9

/* Last year had a summer dip; this year runs 10 % higher through April:
 * the rest of the year follows last year's shape at this year's level. */
static void
test_shape_scales_last_year (void)
{
  const double last[12] = { 100, 100, 100, 100, 90, 60, 50, 80, 100, 100, 100, 100 };
  double months[12];
  SkProjection p;

  for (int i = 0; i < 12; i++)
    months[i] = i < 4 ? 110 : NAN;
  g_assert_true (sk_projection_compute (months, last, 4, FALSE, &p));
  g_assert_cmpint (p.method, ==, SK_PROJECTION_SHAPE);
  g_assert_cmpint (p.through, ==, 4);
  for (int i = 0; i < 4; i++)
    g_assert_true (isnan (p.value[i]));
  g_assert_cmpfloat_with_epsilon (p.value[6], 55, EPS);
  g_assert_cmpfloat_with_epsilon (sk_projection_year_end (&p), 110, EPS);
  for (int i = 4; i < 12; i++)
    {
      g_assert_cmpfloat (p.low[i], <, p.value[i]);
      g_assert_cmpfloat (p.high[i], >, p.value[i]);
    }
}

/* Without a whole year before, a straight line through the months so far;
 * the band widens with the distance from them. */
static void
test_trend_without_last_year (void)
{
  const double months[12] = { 10, 12.2, 13.8, 16.1, 17.9, NAN, NAN, NAN, NAN, NAN, NAN, NAN };
  const double gap[12] = { 1, 1, 1, 1, 1, 1, NAN, 1, 1, 1, 1, 1 };
  SkProjection p;

  g_assert_true (sk_projection_compute (months, NULL, 5, FALSE, &p));
  g_assert_cmpint (p.method, ==, SK_PROJECTION_TREND);
  g_assert_cmpfloat (fabs (sk_projection_year_end (&p) - 32), <, 0.5);
  g_assert_cmpfloat (p.high[11] - p.low[11], >, p.high[5] - p.low[5]);

  /* A year before with a gap has no whole shape: a trend again. */
  g_assert_true (sk_projection_compute (months, gap, 5, FALSE, &p));
  g_assert_cmpint (p.method, ==, SK_PROJECTION_TREND);
}

/* Nothing to project from; December has nothing after it; shares stay
 * within 0..100. */
static void
test_edges (void)
{
  double months[12];
  const double rising[12] = { 96, 97, 98, 99, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN };
  SkProjection p;

  for (int i = 0; i < 12; i++)
    months[i] = NAN;
  g_assert_false (sk_projection_compute (months, NULL, 4, FALSE, &p));
  g_assert_cmpint (p.method, ==, SK_PROJECTION_NONE);
  g_assert_true (isnan (sk_projection_year_end (&p)));
  g_assert_false (sk_projection_compute (rising, NULL, 12, FALSE, &p));

  g_assert_true (sk_projection_compute (rising, NULL, 4, TRUE, &p));
  g_assert_cmpfloat (sk_projection_year_end (&p), <=, 100);
  g_assert_cmpfloat (p.high[11], <=, 100);
  g_assert_true (sk_projection_compute (rising, NULL, 4, FALSE, &p));
  g_assert_cmpfloat (sk_projection_year_end (&p), >, 100);
}

/* The projected status is judged as a month would be. */
static void
test_status_against_target (void)
{
  g_autoptr(SkChartSeries) s = sk_chart_series_new ("Andel", "%", SK_DIRECTION_HIGHER, 2025, 2025);
  g_autoptr(SkTarget) target = sk_target_new (">90");
  const double values[] = { 95, 93, 91, 89 };
  SkProjection p;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    sk_chart_series_set_value (s, i, values[i]);
  sk_chart_series_set_target (s, 2025, target, NAN, NAN);
  g_assert_true (sk_projection_from_series (s, 2025, 0, &p));
  g_assert_cmpint (p.through, ==, 4);
  g_assert_cmpint (p.method, ==, SK_PROJECTION_TREND);
  g_assert_cmpint (sk_projection_status (&p, s, 2025), ==, SK_STATUS_NOT_MET);
}

/* ---- Held-out months ---- */

typedef struct
{
  guint  n;          /* held-out months compared */
  guint  inside;     /* of them within the band */
  double err;        /* sum of |projection - outcome| / level */
  double naive_err;  /* the same for "as the last month" */
  guint  series;
} Score;

static void
score_cut (SkChartSeries *s,
           int            year,
           int            cut,
           gboolean       with_shape,
           Score         *score)
{
  int first = sk_chart_series_index (s, year, 1);
  double months[12], last[12], level = 0, naive = NAN, lo = INFINITY, hi = -INFINITY;
  int n_level = 0;
  SkProjection p;

  for (int m = 0; m < 12; m++)
    {
      months[m] = sk_chart_series_get_value (s, first + m);
      last[m] = sk_chart_series_get_value (s, first - 12 + m);
      if (!isnan (months[m]))
        {
          level += fabs (months[m]);
          n_level++;
          lo = MIN (lo, months[m]);
          hi = MAX (hi, months[m]);
        }
      if (m < cut && !isnan (months[m]))
        naive = months[m];
    }
  if (n_level < 10 || isnan (naive) || !(level > 0))
    return;
  /* Errors as a share of the level, or of the year's range for a figure
   * around zero (a budget deviation), so every series weighs alike. */
  level = MAX (level / n_level, hi - lo);
  /* The projection sees only the months up to the cut. */
  for (int m = cut; m < 12; m++)
    months[m] = NAN;
  if (!sk_projection_compute (months, with_shape ? last : NULL, cut,
                              sk_chart_series_is_percent (s), &p))
    return;
  if (with_shape && p.method != SK_PROJECTION_SHAPE)
    return;
  score->series++;
  for (int m = cut; m < 12; m++)
    {
      double actual = sk_chart_series_get_value (s, first + m);

      if (isnan (actual))
        continue;
      score->n++;
      score->inside += actual >= p.low[m] - EPS && actual <= p.high[m] + EPS;
      score->err += fabs (p.value[m] - actual) / level;
      score->naive_err += fabs (naive - actual) / level;
    }
}

static void
held_out (guint32   seed,
          gboolean  with_shape,
          Score    *score)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sk-projection-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "plan.db", NULL);
  g_autoptr(SkStore) store = sk_store_open (path, &error);
  SkDemoOptions options = { 2022, 2024, 2, seed };
  SkDemoCounts counts = { 0 };
  g_autoptr(GListModel) indicators = NULL;
  const int cuts[] = { 3, 4, 6, 8 };

  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (store, &error));
  g_assert_true (sk_demo_generate (store, &options, &counts, &error));
  g_assert_no_error (error);

  indicators = sk_store_list_indicators (store, 2024);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      gint64 unit = sk_figures_overview_unit (store, ind, 2024);
      g_autoptr(SkChartSeries) s = NULL;

      if (unit == 0)
        continue;
      s = sk_chart_series_new_from_store (store, ind, unit, 2022, 2024);
      for (int y = 2023; y <= 2024; y++)
        for (guint c = 0; c < G_N_ELEMENTS (cuts); c++)
          score_cut (s, y, cuts[c], with_shape, score);
    }
  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_remove (wal);
    g_remove (shm);
  }
  g_remove (path);
  g_rmdir (dir);
}

static void
assert_score (const char  *what,
              const Score *score)
{
  double coverage = score->n ? (double) score->inside / score->n : 0;

  g_test_message ("%s: %u series×cuts, %u held-out months, %.1f %% within the band, "
                  "mean error %.3f of the level (last month carried on: %.3f)",
                  what, score->series, score->n, 100 * coverage,
                  score->err / MAX (score->n, 1), score->naive_err / MAX (score->n, 1));
  g_assert_cmpuint (score->n, >, 100);
  /* "Within its own band for most": a 90 % band should hold well over half. */
  g_assert_cmpfloat (coverage, >=, 0.7);
  /* And it beats carrying the last month on. */
  g_assert_cmpfloat (score->err, <, score->naive_err);
}

/* The example plan with generated months (its own outcomes are April
 * 2024 only): hide the months after March, April, June, August of 2023
 * and 2024, project, compare with what was there. */
static void
test_held_out_shape (void)
{
  Score score = { 0 };

  held_out (7, TRUE, &score);
  held_out (1234, TRUE, &score);
  assert_score ("last year's shape", &score);
}

static void
test_held_out_trend (void)
{
  Score score = { 0 };

  held_out (7, FALSE, &score);
  held_out (1234, FALSE, &score);
  assert_score ("linear trend", &score);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/projection/shape", test_shape_scales_last_year);
  g_test_add_func ("/projection/trend", test_trend_without_last_year);
  g_test_add_func ("/projection/edges", test_edges);
  g_test_add_func ("/projection/status", test_status_against_target);
  g_test_add_func ("/projection/held-out-shape", test_held_out_shape);
  g_test_add_func ("/projection/held-out-trend", test_held_out_trend);
  return g_test_run ();
}
