/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sk-chart-layout.h"
#include "sk-chart-layout-projection.h"
#include "sk-format.h"

#define EPS 1e-6

/* A series of one year with @n values from January (NAN for gaps). */
static SkChartSeries *
year_series (const char   *name,
             const char   *measure_unit,
             SkDirection   direction,
             const double *values,
             guint         n)
{
  SkChartSeries *s = sk_chart_series_new (name, measure_unit, direction, 2025, 2025);

  for (guint i = 0; i < n; i++)
    sk_chart_series_set_value (s, i, values[i]);
  return s;
}

static void
set_target (SkChartSeries *s,
            int            year,
            const char    *text)
{
  g_autoptr(SkTarget) target = sk_target_new (text);

  sk_chart_series_set_target (s, year, target, NAN, NAN);
}

/* Ticks run from the axis minimum to its maximum in steps of 1, 2 or 5 × 10^k. */
static void
assert_nice_ticks (SkChartLayout *layout)
{
  double step = sk_chart_layout_get_axis_step (layout);
  double mantissa = step / pow (10, floor (log10 (step) + 1e-9));
  const SkChartTick *ticks;
  guint n;

  g_assert_true (fabs (mantissa - 1) < EPS || fabs (mantissa - 2) < EPS || fabs (mantissa - 5) < EPS);
  ticks = sk_chart_layout_get_y_ticks (layout, &n);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpfloat_with_epsilon (ticks[0].value, sk_chart_layout_get_axis_min (layout), EPS);
  g_assert_cmpfloat_with_epsilon (ticks[n - 1].value, sk_chart_layout_get_axis_max (layout), EPS);
  for (guint i = 1; i < n; i++)
    {
      g_assert_cmpfloat_with_epsilon (ticks[i].value - ticks[i - 1].value, step, EPS);
      /* Higher values higher up. */
      g_assert_cmpfloat (ticks[i].pos, <, ticks[i - 1].pos);
      g_assert_cmpfloat_with_epsilon (ticks[i].pos, sk_chart_layout_value_to_y (layout, ticks[i].value), EPS);
    }
}

static void
test_axis_counts_start_at_zero (void)
{
  const double values[] = { 12, 25, 31, 40, 38, 22 };
  g_autoptr(SkChartSeries) s = year_series ("Antal", "", SK_DIRECTION_HIGHER, values, 6);
  g_autoptr(SkChartLayout) layout = sk_chart_layout_new (s, 600, 400, NULL);

  g_assert_cmpfloat (sk_chart_layout_get_axis_min (layout), ==, 0);
  g_assert_cmpfloat (sk_chart_layout_get_axis_max (layout), >=, 40);
  g_assert_cmpfloat (sk_chart_layout_get_axis_max (layout), <, 60);
  g_assert_false (sk_chart_layout_get_zero_cut (layout));
  g_assert_null (sk_chart_layout_get_axis_note (layout));
  assert_nice_ticks (layout);
}

static void
test_axis_percent_85_to_100 (void)
{
  const double values[] = { 91.1, 93.4, 88.0, 85.2, 96.0, 99.1, 97.5 };
  g_autoptr(SkChartSeries) s = year_series ("Telefontillgänglighet", "%", SK_DIRECTION_HIGHER, values, 7);
  g_autoptr(SkChartLayout) layout = NULL;
  const SkChartTick *ticks;
  guint n;

  set_target (s, 2025, ">95 %");
  layout = sk_chart_layout_new (s, 600, 400, NULL);

  /* Not at zero, but just below the lowest value; never above 100 %. */
  g_assert_cmpfloat (sk_chart_layout_get_axis_min (layout), >=, 80);
  g_assert_cmpfloat (sk_chart_layout_get_axis_min (layout), <=, 85.2);
  g_assert_cmpfloat (sk_chart_layout_get_axis_max (layout), ==, 100);
  g_assert_true (sk_chart_layout_get_zero_cut (layout));
  g_assert_cmpstr (sk_chart_layout_get_axis_note (layout), ==, "The axis does not start at zero");
  g_assert_cmpstr (sk_chart_layout_get_axis_unit (layout), ==, "%");
  assert_nice_ticks (layout);
  ticks = sk_chart_layout_get_y_ticks (layout, &n);
  g_assert_cmpstr (ticks[n - 1].label, ==, "100");
}

static void
test_axis_swedish_labels (void)
{
  const double small[] = { 0.12, 0.25, 0.38 };
  const double big[] = { 52000, 56632, 61000 };
  g_autoptr(SkChartSeries) s1 = year_series ("Kvot", "", SK_DIRECTION_HIGHER, small, 3);
  g_autoptr(SkChartSeries) s2 = year_series ("Besök", "", SK_DIRECTION_HIGHER, big, 3);
  g_autoptr(SkChartLayout) l1 = sk_chart_layout_new (s1, 600, 400, NULL);
  g_autoptr(SkChartLayout) l2 = sk_chart_layout_new (s2, 600, 400, NULL);
  const SkChartTick *ticks;
  gboolean comma = FALSE, thin = FALSE;
  guint n;

  assert_nice_ticks (l1);
  ticks = sk_chart_layout_get_y_ticks (l1, &n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_null (strchr (ticks[i].label, '.'));
      comma |= strchr (ticks[i].label, ',') != NULL;
    }
  g_assert_true (comma);

  assert_nice_ticks (l2);
  ticks = sk_chart_layout_get_y_ticks (l2, &n);
  for (guint i = 0; i < n; i++)
    thin |= strstr (ticks[i].label, "\u2009") != NULL;
  g_assert_true (thin);
}

static void
test_axis_negative_values (void)
{
  const double values[] = { -3.5, -1.0, 2.5, 4.0 };
  g_autoptr(SkChartSeries) s = year_series ("Budgetavvikelse", "mnkr", SK_DIRECTION_HIGHER, values, 4);
  g_autoptr(SkChartLayout) layout = sk_chart_layout_new (s, 600, 400, NULL);

  g_assert_cmpfloat (sk_chart_layout_get_axis_min (layout), <=, -3.5);
  g_assert_cmpfloat (sk_chart_layout_get_axis_max (layout), >=, 4);
  g_assert_false (sk_chart_layout_get_zero_cut (layout));
  assert_nice_ticks (layout);
}

/* Ticks inside the fixed range, at multiples of a nice step. */
static void
assert_ticks_within (SkChartLayout *layout,
                     double         lo,
                     double         hi)
{
  double step = sk_chart_layout_get_axis_step (layout);
  const SkChartTick *ticks;
  guint n;

  ticks = sk_chart_layout_get_y_ticks (layout, &n);
  g_assert_cmpuint (n, >=, 2);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (ticks[i].value, >=, lo - EPS);
      g_assert_cmpfloat (ticks[i].value, <=, hi + EPS);
      g_assert_cmpfloat_with_epsilon (ticks[i].value / step, round (ticks[i].value / step), EPS);
      g_assert_cmpfloat_with_epsilon (ticks[i].pos, sk_chart_layout_value_to_y (layout, ticks[i].value), EPS);
      if (i > 0)
        g_assert_cmpfloat_with_epsilon (ticks[i].value - ticks[i - 1].value, step, EPS);
    }
}

static void
test_axis_fixed_range (void)
{
  const double values[] = { 14, 15, 16, 15.5 };
  g_autoptr(SkChartSeries) s = year_series ("Sjukfrånvaro", "%", SK_DIRECTION_LOWER, values, 4);
  g_autoptr(SkChartLayout) automatic = NULL;
  g_autoptr(SkChartLayout) fixed = NULL;
  g_autoptr(SkChartLayout) from_zero = NULL;
  const SkChartRect *plot;
  const SkChartPoint *points;
  SkChartOptions options;

  sk_chart_options_init (&options);
  g_assert_true (isnan (options.axis_min) && isnan (options.axis_max));
  automatic = sk_chart_layout_new (s, 640, 400, &options);
  g_assert_cmpfloat (sk_chart_layout_get_axis_max (automatic), <, 30);

  /* Exactly the range asked for, even with ends off the tick steps. */
  options.axis_min = 12.5;
  options.axis_max = 31;
  fixed = sk_chart_layout_new (s, 640, 400, &options);
  plot = sk_chart_layout_get_plot (fixed);
  g_assert_cmpfloat_with_epsilon (sk_chart_layout_get_axis_min (fixed), 12.5, EPS);
  g_assert_cmpfloat_with_epsilon (sk_chart_layout_get_axis_max (fixed), 31, EPS);
  g_assert_cmpfloat_with_epsilon (sk_chart_layout_value_to_y (fixed, 12.5), plot->y + plot->height, EPS);
  g_assert_cmpfloat_with_epsilon (sk_chart_layout_value_to_y (fixed, 31), plot->y, EPS);
  assert_ticks_within (fixed, 12.5, 31);
  points = sk_chart_layout_get_points (fixed, NULL);
  g_assert_cmpfloat_with_epsilon (points[2].y, sk_chart_layout_value_to_y (fixed, 16), EPS);
  /* Above zero: said so. */
  g_assert_true (sk_chart_layout_get_zero_cut (fixed));
  g_assert_cmpstr (sk_chart_layout_get_axis_note (fixed), ==, "The axis does not start at zero");

  options.axis_min = 0;
  options.axis_max = 40;
  from_zero = sk_chart_layout_new (s, 300, 150, &options);
  g_assert_cmpfloat_with_epsilon (sk_chart_layout_get_axis_min (from_zero), 0, EPS);
  g_assert_cmpfloat_with_epsilon (sk_chart_layout_get_axis_max (from_zero), 40, EPS);
  assert_ticks_within (from_zero, 0, 40);
  g_assert_false (sk_chart_layout_get_zero_cut (from_zero));
  g_assert_null (sk_chart_layout_get_axis_note (from_zero));
}

/* Two units on one axis: the range holds both, and each chart takes it. */
static void
test_axis_shared_range (void)
{
  const double low[] = { 14, 15, 16 };
  const double high[] = { 40, 55, 61 };
  g_autoptr(SkChartSeries) a = year_series ("Sjukfrånvaro", "%", SK_DIRECTION_LOWER, low, 3);
  g_autoptr(SkChartSeries) b = year_series ("Sjukfrånvaro", "%", SK_DIRECTION_LOWER, high, 3);
  SkChartSeries *both[] = { a, b };
  g_autoptr(SkChartLayout) la = NULL;
  g_autoptr(SkChartLayout) lb = NULL;
  SkChartOptions options;
  double lo, hi;

  sk_chart_options_init (&options);
  set_target (a, 2025, "<20 %");
  g_assert_false (sk_chart_layout_shared_range (both, 0, &options, &lo, &hi));
  g_assert_true (sk_chart_layout_shared_range (both, 2, &options, &lo, &hi));
  g_assert_cmpfloat (lo, <=, 14);
  g_assert_cmpfloat (hi, >=, 61);
  g_assert_cmpfloat (hi, <=, 100);

  options.axis_min = lo;
  options.axis_max = hi;
  la = sk_chart_layout_new (a, 400, 300, &options);
  lb = sk_chart_layout_new (b, 400, 300, &options);
  g_assert_cmpfloat (sk_chart_layout_get_axis_min (la), ==, sk_chart_layout_get_axis_min (lb));
  g_assert_cmpfloat (sk_chart_layout_get_axis_max (la), ==, sk_chart_layout_get_axis_max (lb));
  /* The same value at the same height in both. */
  g_assert_cmpfloat_with_epsilon (sk_chart_layout_value_to_y (la, 30), sk_chart_layout_value_to_y (lb, 30), EPS);
}

/* A narrow chart of one unit still names the unit in full. */
static void
test_title_keeps_unit (void)
{
  const double values[] = { 14, 15 };
  g_autoptr(SkChartSeries) s = year_series ("Personalomsättning bland tillsvidareanställda", "%",
                                            SK_DIRECTION_LOWER, values, 2);
  g_autoptr(SkChartLayout) wide = NULL;
  g_autoptr(SkChartLayout) narrow = NULL;
  const char *title;

  sk_chart_series_set_unit_name (s, "Närsjukvården Halland");
  wide = sk_chart_layout_new (s, 1000, 400, NULL);
  g_assert_cmpstr (sk_chart_layout_get_title (wide), ==,
                   "Personalomsättning bland tillsvidareanställda – Närsjukvården Halland");
  narrow = sk_chart_layout_new (s, 300, 200, NULL);
  title = sk_chart_layout_get_title (narrow);
  g_assert_true (g_str_has_prefix (title, "Personal"));
  g_assert_true (g_str_has_suffix (title, "… – Närsjukvården Halland"));
  /* Short enough for the width, by the layout's own estimate. */
  g_assert_cmpfloat (g_utf8_strlen (title, -1) * sk_chart_layout_get_font_size (narrow) * 0.6 * 1.15, <=, 300);

  /* Too narrow to keep much of the indicator: the unit on a line of its
   * own, and the plot below both lines. */
  {
    g_autoptr(SkChartLayout) tall = sk_chart_layout_new (s, 280, 400, NULL);

    g_assert_cmpstr (sk_chart_layout_get_title (tall), ==,
                     "Personalomsättning bland tillsvidareanställda\nNärsjukvården Halland");
    g_assert_cmpfloat (sk_chart_layout_get_plot (tall)->y, >, sk_chart_layout_get_plot (wide)->y + sk_chart_layout_get_font_size (tall));
  }
}

/* A yearly indicator (HME, OSA): one value a year, gaps between. */
static void
test_one_value_per_year (void)
{
  g_autoptr(SkChartSeries) s = sk_chart_series_new ("HME-index", "", SK_DIRECTION_HIGHER, 2023, 2025);
  g_autoptr(SkChartLayout) small = NULL;
  g_autoptr(SkChartLayout) overlay = NULL;
  const SkChartSegment *segments;
  const SkChartPoint *points;
  SkChartOptions options;
  guint n, n_points;

  for (int y = 2023; y <= 2025; y++)
    sk_chart_series_set_value (s, sk_chart_series_index (s, y, 10), 76 + (y - 2023));
  /* And two adjacent months: a line, not isolated. */
  sk_chart_series_set_value (s, sk_chart_series_index (s, 2024, 3), 70);
  sk_chart_series_set_value (s, sk_chart_series_index (s, 2024, 4), 71);

  sk_chart_options_init (&options);
  options.show_title = FALSE;
  small = sk_chart_layout_new (s, 280, 140, &options);
  /* No room for a mark on every month here... */
  g_assert_false (sk_chart_layout_get_show_marks (small));
  points = sk_chart_layout_get_points (small, &n_points);
  for (guint i = 0; i < n_points; i++)
    {
      gboolean yearly = points[i].month == 10;

      g_assert_cmpint (points[i].isolated, ==, yearly);
      if (yearly)
        g_assert_cmpfloat_with_epsilon (points[i].y, sk_chart_layout_value_to_y (small, points[i].value), EPS);
    }
  segments = sk_chart_layout_get_segments (small, &n);
  g_assert_cmpuint (n, ==, 4);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (segments[i].n, ==, segments[i].first == 1 ? 2 : 1);

  /* An overlay draws each year as its own line: December and January
   * are no neighbours there. */
  sk_chart_series_set_value (s, sk_chart_series_index (s, 2024, 12), 80);
  sk_chart_series_set_value (s, sk_chart_series_index (s, 2025, 1), 81);
  options.mode = SK_CHART_MODE_OVERLAY;
  overlay = sk_chart_layout_new (s, 600, 300, &options);
  points = sk_chart_layout_get_points (overlay, NULL);
  g_assert_true (points[sk_chart_series_index (s, 2024, 12)].isolated);
  g_assert_true (points[sk_chart_series_index (s, 2025, 1)].isolated);
  g_assert_false (points[sk_chart_series_index (s, 2024, 3)].isolated);
}

static void
test_month_labels (void)
{
  g_autoptr(SkChartSeries) s = sk_chart_series_new ("Sjukfrånvaro", "%", SK_DIRECTION_LOWER, 2023, 2025);
  SkChartOptions options;
  g_autoptr(SkChartLayout) overlay = NULL;
  g_autoptr(SkChartLayout) narrow = NULL;
  const SkChartTick *ticks;
  guint n;

  for (guint i = 0; i < 36; i++)
    sk_chart_series_set_value (s, i, 5 + i % 4);

  sk_chart_options_init (&options);
  options.mode = SK_CHART_MODE_OVERLAY;
  overlay = sk_chart_layout_new (s, 900, 500, &options);
  ticks = sk_chart_layout_get_x_ticks (overlay, &n);
  g_assert_cmpuint (n, ==, 12);
  /* Untranslated (LC_ALL=C.UTF-8) the msgids show: "Jan" … "Dec". */
  g_assert_cmpstr (ticks[0].label, ==, "Jan");
  g_assert_cmpstr (ticks[11].label, ==, "Dec");
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (ticks[i].label, ==, sk_month_abbrev (i + 1));
      if (i > 0)
        g_assert_cmpfloat (ticks[i].pos, >, ticks[i - 1].pos);
    }

  /* 36 months in 300 px: fewer month labels, and a label per year. */
  narrow = sk_chart_layout_new (s, 300, 180, NULL);
  ticks = sk_chart_layout_get_x_ticks (narrow, &n);
  g_assert_cmpuint (n, <, 36);
  ticks = sk_chart_layout_get_year_ticks (narrow, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (ticks[0].label, ==, "2023");
  g_assert_cmpstr (ticks[2].label, ==, "2025");
  g_assert_cmpuint ((sk_chart_layout_get_year_bounds (narrow, &n), n), ==, 2);
}

static void
test_target_line (void)
{
  g_autoptr(SkChartSeries) s = sk_chart_series_new ("Medicinsk bedömning", "%", SK_DIRECTION_HIGHER, 2024, 2025);
  g_autoptr(SkChartLayout) layout = NULL;
  const SkChartTargetStep *steps;
  const SkChartRect *plot;
  double min, max;
  guint n;

  for (guint i = 0; i < 24; i++)
    sk_chart_series_set_value (s, i, 80 + i % 7);
  set_target (s, 2024, ">90 %");
  set_target (s, 2025, ">95 %");
  layout = sk_chart_layout_new (s, 800, 400, NULL);
  plot = sk_chart_layout_get_plot (layout);
  min = sk_chart_layout_get_axis_min (layout);
  max = sk_chart_layout_get_axis_max (layout);

  steps = sk_chart_layout_get_target_steps (layout, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (steps[0].year, ==, 2024);
  g_assert_cmpfloat_with_epsilon (steps[0].threshold, 90, EPS);
  /* The line sits where 90 and 95 are on the axis. */
  g_assert_cmpfloat_with_epsilon (steps[0].y, plot->y + plot->height * (max - 90) / (max - min), EPS);
  g_assert_cmpfloat_with_epsilon (steps[1].y, plot->y + plot->height * (max - 95) / (max - min), EPS);
  g_assert_cmpfloat (steps[1].y, <, steps[0].y);
  /* A step where the plan year changes. */
  g_assert_cmpfloat_with_epsilon (steps[0].x0, plot->x, EPS);
  g_assert_cmpfloat_with_epsilon (steps[0].x1, steps[1].x0, EPS);
  g_assert_cmpfloat_with_epsilon (steps[1].x1, plot->x + plot->width, EPS);
  /* Higher is better: the good side is above the line. */
  g_assert_cmpfloat_with_epsilon (steps[1].good.y, plot->y, EPS);
  g_assert_cmpfloat_with_epsilon (steps[1].good.y + steps[1].good.height, steps[1].y, EPS);
}

static void
test_target_lower_and_unknown (void)
{
  const double values[] = { 14, 15, 16, 17.1 };
  g_autoptr(SkChartSeries) s = year_series ("Personalomsättning", "%", SK_DIRECTION_LOWER, values, 4);
  g_autoptr(SkChartSeries) rel = year_series ("Listade", "", SK_DIRECTION_HIGHER, values, 4);
  g_autoptr(SkChartLayout) layout = NULL;
  g_autoptr(SkChartLayout) rel_layout = NULL;
  g_autoptr(SkTarget) relative = sk_target_new ("Bibehålla antal utifrån utfall 2024-12-31");
  const SkChartTargetStep *steps;
  const SkChartRect *plot;
  guint n;

  set_target (s, 2025, "<15,2 %");
  layout = sk_chart_layout_new (s, 600, 400, NULL);
  plot = sk_chart_layout_get_plot (layout);
  steps = sk_chart_layout_get_target_steps (layout, &n);
  g_assert_cmpuint (n, ==, 1);
  /* Lower is better: the good side is below the line. */
  g_assert_cmpfloat_with_epsilon (steps[0].good.y, steps[0].y, EPS);
  g_assert_cmpfloat_with_epsilon (steps[0].good.y + steps[0].good.height, plot->y + plot->height, EPS);

  /* A relative target without its baseline has no line. */
  sk_chart_series_set_target (rel, 2025, relative, NAN, NAN);
  rel_layout = sk_chart_layout_new (rel, 600, 400, NULL);
  sk_chart_layout_get_target_steps (rel_layout, &n);
  g_assert_cmpuint (n, ==, 0);
  /* With a baseline it has one, at baseline × (1 + 0). */
  sk_chart_series_set_target (rel, 2025, relative, 16, NAN);
  g_clear_object (&rel_layout);
  rel_layout = sk_chart_layout_new (rel, 600, 400, NULL);
  steps = sk_chart_layout_get_target_steps (rel_layout, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat_with_epsilon (steps[0].threshold, 16, EPS);
}

static void
test_gaps_split_the_line (void)
{
  const double values[] = { 90, 91, 92, NAN, NAN, 93, 94, 95, 96, 97, 98, 99 };
  g_autoptr(SkChartSeries) s = year_series ("Andel", "%", SK_DIRECTION_HIGHER, values, 12);
  g_autoptr(SkChartLayout) layout = NULL;
  g_autofree char *tip = NULL;
  const SkChartSegment *segments;
  const SkChartPoint *points;
  const SkChartXY *xy;
  const SkChartRect *plot;
  guint n;

  sk_chart_series_set_missing_reason (s, 3, "Systembyte");
  layout = sk_chart_layout_new (s, 600, 400, NULL);
  plot = sk_chart_layout_get_plot (layout);

  segments = sk_chart_layout_get_segments (layout, &n);
  xy = sk_chart_layout_get_coords (layout, NULL);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (segments[0].n, ==, 3);
  g_assert_cmpuint (segments[1].n, ==, 7);
  g_assert_cmpint (segments[0].kind, ==, SK_CHART_LINE_MONTH);
  /* The second run starts at June, not April: nothing bridges the gap. */
  points = sk_chart_layout_get_points (layout, &n);
  g_assert_cmpuint (n, ==, 12);
  g_assert_cmpfloat_with_epsilon (xy[segments[1].first].x, points[5].x, EPS);

  /* A gap is not a zero: no y where nothing was reported... */
  g_assert_true (isnan (points[4].y));
  g_assert_true (isnan (points[4].value));
  /* ...while a reported gap sits on the axis and tells its reason. */
  g_assert_true (points[3].missing);
  g_assert_cmpfloat_with_epsilon (points[3].y, plot->y + plot->height, EPS);
  g_assert_cmpint (sk_chart_layout_hit_test (layout, points[3].x, points[3].y, 5), ==, 3);
  tip = sk_chart_layout_get_tooltip (layout, 3);
  g_assert_nonnull (strstr (tip, "Systembyte"));
}

static void
test_status_per_point (void)
{
  const double values[] = { 96, 95, 92, 80, NAN };
  g_autoptr(SkChartSeries) s = year_series ("Andel", "%", SK_DIRECTION_HIGHER, values, 5);
  g_autoptr(SkChartLayout) layout = NULL;
  const SkChartPoint *points;

  set_target (s, 2025, ">95 %");
  layout = sk_chart_layout_new (s, 600, 400, NULL);
  points = sk_chart_layout_get_points (layout, NULL);
  g_assert_cmpint (points[0].status, ==, SK_STATUS_MET);
  g_assert_cmpint (points[1].status, ==, SK_STATUS_NEAR);    /* ">95" is not met by 95 */
  g_assert_cmpint (points[2].status, ==, SK_STATUS_NEAR);    /* within 5 % of 95 */
  g_assert_cmpint (points[3].status, ==, SK_STATUS_NOT_MET);
  g_assert_cmpint (points[4].status, ==, SK_STATUS_NO_VALUE);
  g_assert_cmpint (sk_chart_layout_get_latest (layout), ==, 3);
  g_assert_nonnull (strstr (sk_chart_layout_get_latest_label (layout)->text,
                            sk_status_label (SK_STATUS_NOT_MET)));
  g_assert_nonnull (strstr (sk_chart_layout_get_latest_label (layout)->text, "✗"));
}

static void
test_summary_and_tooltip (void)
{
  const double values[] = { 15.0, 14.0, 15.5, 16.0, 17.1 };
  g_autoptr(SkChartSeries) s = year_series ("Personalomsättning", "%", SK_DIRECTION_LOWER, values, 5);
  g_autoptr(SkChartLayout) layout = NULL;
  g_autoptr(SkTarget) target = sk_target_new ("<15,2 %");
  g_autofree char *expected = NULL;
  g_autofree char *rule = sk_target_describe (target, SK_DIRECTION_LOWER);
  g_autofree char *tip = NULL;
  const SkChartPoint *points;

  sk_chart_series_set_target (s, 2025, target, NAN, NAN);
  sk_chart_series_set_comment (s, 4, "Många pensionsavgångar");
  sk_chart_series_set_fictional (s, 4, TRUE);
  layout = sk_chart_layout_new (s, 600, 400, NULL);

  /* Rising from February (14,0) through May (17,1). */
  expected = g_strdup_printf ("Personalomsättning 17,1 %%, target %s, %s, rising since February",
                              rule, sk_status_label (SK_STATUS_NOT_MET));
  g_assert_cmpstr (sk_chart_layout_get_summary (layout), ==, expected);

  points = sk_chart_layout_get_points (layout, NULL);
  g_assert_cmpint (sk_chart_layout_hit_test (layout, points[4].x + 2, points[4].y - 2, 6), ==, 4);
  g_assert_cmpint (sk_chart_layout_hit_test (layout, points[4].x, points[4].y - 100, 6), ==, -1);
  tip = sk_chart_layout_get_tooltip (layout, 4);
  g_assert_nonnull (strstr (tip, "17,1 %"));
  g_assert_nonnull (strstr (tip, "<15,2 %"));
  g_assert_nonnull (strstr (tip, sk_status_label (SK_STATUS_NOT_MET)));
  g_assert_nonnull (strstr (tip, "Många pensionsavgångar"));
  g_assert_nonnull (strstr (tip, "Fictional outcome"));

  /* Keyboard focus walks the points with values. */
  g_assert_cmpint (sk_chart_layout_step_focus (layout, -1, 1), ==, 0);
  g_assert_cmpint (sk_chart_layout_step_focus (layout, 4, 1), ==, -1);
  g_assert_cmpint (sk_chart_layout_step_focus (layout, -1, -1), ==, 4);
}

static void
test_summary_without_target (void)
{
  const double values[] = { 100, 100 };
  g_autoptr(SkChartSeries) s = year_series ("Antal", "", SK_DIRECTION_HIGHER, values, 2);
  g_autoptr(SkChartSeries) empty = sk_chart_series_new ("Tom", "%", SK_DIRECTION_HIGHER, 2024, 2025);
  g_autoptr(SkChartLayout) layout = sk_chart_layout_new (s, 600, 400, NULL);
  g_autoptr(SkChartLayout) empty_layout = sk_chart_layout_new (empty, 600, 400, NULL);

  g_assert_cmpstr (sk_chart_layout_get_summary (layout), ==, "Antal 100, no target, unchanged since January");
  g_assert_cmpstr (sk_chart_layout_get_summary (empty_layout), ==, "Tom: no values 2024–2025");
  g_assert_cmpint (sk_chart_layout_get_latest (empty_layout), ==, -1);
  g_assert_null (sk_chart_layout_get_latest_label (empty_layout));
}

static void
test_overlay_years (void)
{
  g_autoptr(SkChartSeries) s = sk_chart_series_new ("Sjukfrånvaro", "%", SK_DIRECTION_LOWER, 2023, 2025);
  g_autoptr(SkChartLayout) layout = NULL;
  SkChartOptions options;
  const SkChartSegment *segments;
  const SkChartPoint *points;
  const SkChartLabel *labels;
  guint n;

  for (guint i = 0; i < 36; i++)
    sk_chart_series_set_value (s, i, 5 + (i % 12) * 0.1 + i / 12);
  for (guint i = 0; i < 36; i++)
    sk_chart_series_set_ytd (s, i, 6);
  set_target (s, 2023, "<7 %");
  set_target (s, 2025, "<6 %");
  sk_chart_options_init (&options);
  options.mode = SK_CHART_MODE_OVERLAY;
  options.show_ytd = TRUE;
  layout = sk_chart_layout_new (s, 900, 500, &options);

  /* Same month, same x; earlier years fainter. */
  points = sk_chart_layout_get_points (layout, &n);
  g_assert_cmpuint (n, ==, 36);
  g_assert_cmpfloat_with_epsilon (points[0].x, points[24].x, EPS);
  g_assert_cmpfloat (points[0].alpha, <, points[12].alpha);
  g_assert_cmpfloat (points[12].alpha, <, points[24].alpha);
  g_assert_cmpfloat_with_epsilon (points[24].alpha, 1, EPS);

  /* December never joins the next January: one month line per year. */
  segments = sk_chart_layout_get_segments (layout, &n);
  {
    guint months = 0, ytd = 0;

    for (guint i = 0; i < n; i++)
      {
        if (segments[i].kind == SK_CHART_LINE_MONTH)
          {
            g_assert_cmpuint (segments[i].n, ==, 12);
            months++;
          }
        ytd += segments[i].kind == SK_CHART_LINE_YTD;
      }
    g_assert_cmpuint (months, ==, 3);
    g_assert_cmpuint (ytd, ==, 3);
  }

  /* The latest plan year's target across the months. */
  sk_chart_layout_get_target_steps (layout, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (sk_chart_layout_get_target_steps (layout, NULL)[0].year, ==, 2025);

  labels = sk_chart_layout_get_line_labels (layout, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (labels[2].text, ==, "2025");
}

/* ---- From the store ---- */

static void
test_series_from_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styrkort-chart-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkUnit) unit = NULL;
  g_autoptr(SkIndicator) ind = sk_indicator_new ();
  g_autoptr(SkChartSeries) s = NULL;
  const struct { const char *period; double value; const char *reason; gboolean fictional; } rows[] = {
    { "2024-01", 93.0, NULL, FALSE },
    { "2024-02", 96.5, NULL, FALSE },
    { "2024-03", NAN, "Systembyte", FALSE },
    { "2024-04", 91.1, NULL, TRUE },
  };
  gint64 unit_id, ind_id;

  g_assert_no_error (error);
  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  unit = sk_store_add_unit (store, 0, "Vårdcentralen Halland", "VC", &error);
  g_assert_no_error (error);
  unit_id = sk_record_get_id (SK_RECORD (unit));
  sk_indicator_set_name (ind, "Telefontillgänglighet");
  sk_indicator_set_measure_unit (ind, "%");
  sk_indicator_set_aggregation (ind, SK_AGGREGATION_MEAN);
  sk_indicator_set_tolerance (ind, 0.05);
  sk_store_save_indicator (store, ind, &error);
  g_assert_no_error (error);
  ind_id = sk_record_get_id (SK_RECORD (ind));
  g_object_unref (sk_store_create_plan (store, 2024, NULL, &error));
  g_assert_no_error (error);
  sk_store_set_target (store, ind_id, 2024, ">95 %", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(SkOutcome) o = sk_outcome_new ();

      sk_outcome_set_indicator_id (o, ind_id);
      sk_outcome_set_unit_id (o, unit_id);
      sk_outcome_set_period (o, rows[i].period);
      sk_outcome_set_value (o, rows[i].value);
      sk_outcome_set_missing_reason (o, rows[i].reason);
      sk_outcome_set_fictional (o, rows[i].fictional);
      sk_store_set_outcome (store, o, &error);
      g_assert_no_error (error);
    }

  s = sk_chart_series_new_from_store (store, ind, unit_id, 2023, 2024);
  g_assert_cmpuint (sk_chart_series_get_n_months (s), ==, 24);
  g_assert_cmpstr (sk_chart_series_get_unit_name (s), ==, "Vårdcentralen Halland");
  g_assert_true (isnan (sk_chart_series_get_value (s, 0)));   /* 2023: nothing */
  g_assert_cmpfloat_with_epsilon (sk_chart_series_get_value (s, 12), 93.0, EPS);
  g_assert_true (isnan (sk_chart_series_get_value (s, 14)));
  g_assert_cmpstr (sk_chart_series_get_missing_reason (s, 14), ==, "Systembyte");
  g_assert_true (sk_chart_series_get_fictional (s, 15));
  g_assert_false (sk_chart_series_get_fictional (s, 12));
  g_assert_cmpint (sk_chart_series_get_status (s, 12), ==, SK_STATUS_NEAR);
  g_assert_cmpint (sk_chart_series_get_status (s, 13), ==, SK_STATUS_MET);
  g_assert_cmpint (sk_chart_series_get_status (s, 14), ==, SK_STATUS_NO_VALUE);
  g_assert_null (sk_chart_series_get_target (s, 2023));
  g_assert_true (isnan (sk_chart_series_get_threshold (s, 2023)));
  g_assert_cmpfloat_with_epsilon (sk_chart_series_get_threshold (s, 2024), 95, EPS);
  /* Year to date in April: mean of 93, 96,5 and 91,1 (the gap does not count). */
  g_assert_cmpfloat_with_epsilon (sk_chart_series_get_ytd (s, 15), (93.0 + 96.5 + 91.1) / 3, 1e-9);

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (dir);
  }
}

/* The year-end projection: a dashed continuation from the latest month to
 * December inside its band, marked "Prognos", and the axis holds it. */
static void
test_projection (void)
{
  g_autoptr(SkChartSeries) s = sk_chart_series_new ("Andel", "%", SK_DIRECTION_HIGHER, 2024, 2025);
  g_autoptr(SkChartLayout) plain = NULL;
  g_autoptr(SkChartLayout) layout = NULL;
  const SkChartProjectionLayout *p;
  const SkChartPoint *points;
  const SkChartRect *plot;
  SkChartOptions options;
  guint n;

  for (int m = 0; m < 12; m++)
    sk_chart_series_set_value (s, m, 80 - (m >= 5 && m <= 7 ? 10 : 0));
  for (int m = 0; m < 4; m++)
    sk_chart_series_set_value (s, 12 + m, 70);
  set_target (s, 2025, ">75");

  plain = sk_chart_layout_new (s, 600, 400, NULL);
  g_assert_null (sk_chart_layout_get_projection (plain));

  sk_chart_options_init (&options);
  options.show_projection = TRUE;
  layout = sk_chart_layout_new (s, 600, 400, &options);
  p = sk_chart_layout_get_projection (layout);
  g_assert_nonnull (p);
  g_assert_cmpint (p->year, ==, 2025);
  g_assert_cmpint (p->projection.method, ==, SK_PROJECTION_SHAPE);
  g_assert_cmpint (p->projection.through, ==, 4);
  /* 70/80 of last year's shape: 61,25 in the summer, 70 by December. */
  g_assert_cmpfloat_with_epsilon (sk_projection_year_end (&p->projection), 70, EPS);
  g_assert_cmpint (p->status, ==, SK_STATUS_NOT_MET);

  /* From April's point, then May .. December at their months' x. */
  points = sk_chart_layout_get_points (layout, &n);
  g_assert_cmpuint (p->n, ==, 9);
  g_assert_cmpfloat_with_epsilon (p->line[0].x, points[15].x, EPS);
  g_assert_cmpfloat_with_epsilon (p->line[0].y, points[15].y, EPS);
  g_assert_cmpfloat_with_epsilon (p->line[8].x, points[23].x, EPS);
  g_assert_cmpfloat_with_epsilon (p->line[8].y, sk_chart_layout_value_to_y (layout, 70), EPS);
  plot = sk_chart_layout_get_plot (layout);
  for (guint i = 1; i < p->n; i++)
    {
      g_assert_cmpfloat (p->line[i].x, >, p->line[i - 1].x);
      /* The band round the line (y grows downwards), inside the plot. */
      g_assert_cmpfloat (p->high[i].y, <, p->line[i].y);
      g_assert_cmpfloat (p->low[i].y, >, p->line[i].y);
      g_assert_cmpfloat (p->high[i].y, >=, plot->y - EPS);
      g_assert_cmpfloat (p->low[i].y, <=, plot->y + plot->height + EPS);
    }
  g_assert_cmpstr (p->label.text, ==, "Projection");
  g_assert_cmpfloat (p->label.y, >=, plot->y);

  /* Nothing to project once December is there. */
  sk_chart_series_set_value (s, 23, 76);
  g_clear_object (&layout);
  layout = sk_chart_layout_new (s, 600, 400, &options);
  g_assert_null (sk_chart_layout_get_projection (layout));
}

/* The latest value's label does not sit on the line: a line falling into
 * the last point would run through a label above it, so it goes below. */
static void
test_latest_label_clear_of_line (void)
{
  double values[12];
  g_autoptr(SkChartSeries) s = NULL;
  g_autoptr(SkChartLayout) layout = NULL;
  const SkChartLabel *label;
  const SkChartXY *coords;
  double size, w, lh, x0;
  guint n;

  for (int m = 0; m < 12; m++)
    values[m] = 100 - 8 * m;
  s = year_series ("Andel", "%", SK_DIRECTION_HIGHER, values, 12);
  set_target (s, 2025, ">50");
  layout = sk_chart_layout_new (s, 420, 260, NULL);
  label = sk_chart_layout_get_latest_label (layout);
  g_assert_nonnull (label);
  /* The layout's own estimate of the text's extent. */
  size = sk_chart_layout_get_font_size (layout);
  w = g_utf8_strlen (label->text, -1) * size * 0.6;
  lh = size * 1.35;
  x0 = label->right ? label->x - w : label->x;
  coords = sk_chart_layout_get_coords (layout, &n);
  for (guint i = 0; i + 1 < n; i++)
    for (int k = 0; k <= 20; k++)
      {
        double x = coords[i].x + (coords[i + 1].x - coords[i].x) * k / 20.0;
        double y = coords[i].y + (coords[i + 1].y - coords[i].y) * k / 20.0;

        g_assert_false (x >= x0 && x <= x0 + w && y >= label->y && y <= label->y + lh);
      }
}

/* Units compared side by side: each small chart names its unit only, the
 * indicator's name stands once above them. */
static void
test_title_unit_only (void)
{
  const double values[] = { 90, 92 };
  g_autoptr(SkChartSeries) s = year_series ("Vårdgaranti primärvård – telefontillgänglighet, kontakt inom 0 dagar",
                                            "%", SK_DIRECTION_HIGHER, values, 2);
  g_autoptr(SkChartLayout) both = NULL;
  g_autoptr(SkChartLayout) unit = NULL;
  SkChartOptions options;

  sk_chart_series_set_unit_name (s, "Vårdcentral 1 (fiktiv)");
  both = sk_chart_layout_new (s, 300, 220, NULL);
  g_assert_nonnull (strstr (sk_chart_layout_get_title (both), "Vårdgaranti"));
  sk_chart_options_init (&options);
  options.title_unit_only = TRUE;
  unit = sk_chart_layout_new (s, 300, 220, &options);
  g_assert_cmpstr (sk_chart_layout_get_title (unit), ==, "Vårdcentral 1 (fiktiv)");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-layout/axis/counts-start-at-zero", test_axis_counts_start_at_zero);
  g_test_add_func ("/chart-layout/axis/percent-85-to-100", test_axis_percent_85_to_100);
  g_test_add_func ("/chart-layout/axis/swedish-labels", test_axis_swedish_labels);
  g_test_add_func ("/chart-layout/axis/negative-values", test_axis_negative_values);
  g_test_add_func ("/chart-layout/axis/fixed-range", test_axis_fixed_range);
  g_test_add_func ("/chart-layout/axis/shared-range", test_axis_shared_range);
  g_test_add_func ("/chart-layout/one-value-per-year", test_one_value_per_year);
  g_test_add_func ("/chart-layout/title-keeps-unit", test_title_keeps_unit);
  g_test_add_func ("/chart-layout/month-labels", test_month_labels);
  g_test_add_func ("/chart-layout/target/steps", test_target_line);
  g_test_add_func ("/chart-layout/target/lower-and-unknown", test_target_lower_and_unknown);
  g_test_add_func ("/chart-layout/gaps", test_gaps_split_the_line);
  g_test_add_func ("/chart-layout/status", test_status_per_point);
  g_test_add_func ("/chart-layout/summary-and-tooltip", test_summary_and_tooltip);
  g_test_add_func ("/chart-layout/summary-without-target", test_summary_without_target);
  g_test_add_func ("/chart-layout/overlay", test_overlay_years);
  g_test_add_func ("/chart-layout/series-from-store", test_series_from_store);
  g_test_add_func ("/chart-layout/projection", test_projection);
  g_test_add_func ("/chart-layout/title-unit-only", test_title_unit_only);
  g_test_add_func ("/chart-layout/latest-label-clear-of-line", test_latest_label_clear_of_line);

  return g_test_run ();
}
