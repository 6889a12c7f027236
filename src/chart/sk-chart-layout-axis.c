/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-chart"

/* The chart layout's value axis: the range the values and targets need,
 * a "nice" 1-2-5 step, the ticks and the value → y mapping. */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sk-chart-layout-private.h"
#include "sk-format.h"

/* A positive axis starts at zero unless the values all lie in its upper half. */
#define ZERO_FRACTION 0.5

/* ---- Value axis ---- */

/* Widens @lo..@hi to what @series draws under @options. */
static void
data_range (SkChartSeries        *series,
            const SkChartOptions *options,
            double               *lo,
            double               *hi)
{
  guint n = sk_chart_series_get_n_months (series);

  for (guint i = 0; i < n; i++)
    {
      sk_chart_extend (lo, hi, sk_chart_series_get_value (series, i));
      if (options->show_ytd)
        sk_chart_extend (lo, hi, sk_chart_series_get_ytd (series, i));
      if (options->show_r12)
        sk_chart_extend (lo, hi, sk_chart_series_get_r12 (series, i));
    }
  if (options->show_projection)
    {
      SkProjection p;

      if (sk_projection_from_series (series, sk_chart_series_get_last_year (series), 0, &p))
        for (int m = p.through; m < 12; m++)
          {
            sk_chart_extend (lo, hi, p.low[m]);
            sk_chart_extend (lo, hi, p.high[m]);
          }
    }
  for (int y = sk_chart_series_get_first_year (series); y <= sk_chart_series_get_last_year (series); y++)
    if (sk_chart_target_drawn (series, options->mode, y))
      sk_chart_extend (lo, hi, sk_chart_series_get_threshold (series, y));
}

/* The smallest of 1, 2, 5 × 10^k at least @raw. */
static double
nice_step (double raw)
{
  double magnitude = pow (10, floor (log10 (raw)));
  double f = raw / magnitude;

  if (f <= 1.0 + 1e-9)
    return magnitude;
  if (f <= 2.0 + 1e-9)
    return 2 * magnitude;
  if (f <= 5.0 + 1e-9)
    return 5 * magnitude;
  return 10 * magnitude;
}

static int
step_decimals (double step)
{
  return step >= 1 ? 0 : (int) ceil (-log10 (step) - 1e-9);
}

/* The nice axis for values @lo..@hi with at most @max_ticks ticks. */
static void
nice_range (double    lo,
            double    hi,
            gboolean  percent,
            int       max_ticks,
            double   *axis_min,
            double   *axis_max,
            double   *axis_step)
{
  double step;

  if (!isfinite (lo))
    {
      lo = 0;
      hi = percent ? 100 : 1;
    }
  /* Include zero unless all values crowd the upper part of the axis: a
   * share between 85 and 100 % would otherwise be a flat line at the top. */
  if (lo >= 0 && lo <= hi * ZERO_FRACTION)
    lo = 0;
  else if (hi <= 0 && hi >= lo * ZERO_FRACTION)
    hi = 0;
  /* A cut axis gets a margin, so the lowest value or the target line
   * does not sit on the edge with nothing to see of its good side. */
  else if (lo > 0 && hi - lo > 1e-9)
    lo = MAX (0, lo - (hi - lo) * 0.05);
  if (hi - lo < 1e-9)
    {
      double pad = fabs (lo) > 0 ? fabs (lo) * 0.1 : 1;

      lo = (lo >= 0 && lo - pad < 0) ? 0 : lo - pad;
      hi += pad;
    }

  step = nice_step ((hi - lo) / (max_ticks - 1));
  *axis_step = step;
  *axis_min = floor (lo / step + 1e-9) * step;
  *axis_max = ceil (hi / step - 1e-9) * step;
  if (percent && hi <= 100 && *axis_max > 100)
    *axis_max = 100;
  if (*axis_max - *axis_min < 1e-9)
    *axis_max = *axis_min + step;
}

static gboolean
fixed_axis (const SkChartOptions *options)
{
  return isfinite (options->axis_min) && isfinite (options->axis_max) &&
         options->axis_max > options->axis_min;
}

void
sk_chart_layout_compute_value_axis (SkChartLayout *self)
{
  int max_ticks = CLAMP ((int) (self->plot.height / (self->lh * 1.8)), 3, 8);

  if (fixed_axis (&self->options))
    {
      /* Exactly the range asked for; ticks at nice steps within it. */
      self->axis_min = self->options.axis_min;
      self->axis_max = self->options.axis_max;
      self->axis_step = nice_step ((self->axis_max - self->axis_min) / (max_ticks - 1));
      /* At least two ticks inside, so the axis can be read. */
      for (int k = 0; k < 4 && floor (self->axis_max / self->axis_step + 1e-6) -
                               ceil (self->axis_min / self->axis_step - 1e-6) < 1; k++)
        self->axis_step = nice_step (self->axis_step * 0.4);
    }
  else
    {
      double lo = INFINITY, hi = -INFINITY;

      data_range (self->series, &self->options, &lo, &hi);
      nice_range (lo, hi, sk_chart_series_is_percent (self->series), max_ticks,
                  &self->axis_min, &self->axis_max, &self->axis_step);
    }

  self->zero_cut = self->axis_min > 0 || self->axis_max < 0;
  if (self->zero_cut)
    self->axis_note = g_strdup (_("The axis does not start at zero"));
}

void
sk_chart_layout_compute_y_ticks (SkChartLayout *self)
{
  int decimals = step_decimals (self->axis_step);
  /* The multiples of the step within the axis (a fixed axis may start
   * between two). */
  double k0 = ceil (self->axis_min / self->axis_step - 1e-6);
  double k1 = floor (self->axis_max / self->axis_step + 1e-6);

  for (double k = k0; k <= k1; k++)
    {
      /* Multiples of the step, rounded, so 0.1 + 0.2 prints as 0,3. */
      double v = round (k * self->axis_step * 1e9) / 1e9;

      sk_chart_add_tick (self->y_ticks, v, 0, sk_format_number (v, decimals));
    }
}

gboolean
sk_chart_layout_shared_range (SkChartSeries * const *series,
                              guint                 n,
                              const SkChartOptions *options,
                              double               *axis_min,
                              double               *axis_max)
{
  SkChartOptions defaults;
  double lo = INFINITY, hi = -INFINITY, step;
  gboolean percent = n > 0;

  g_return_val_if_fail (series != NULL || n == 0, FALSE);
  g_return_val_if_fail (axis_min != NULL && axis_max != NULL, FALSE);

  *axis_min = *axis_max = NAN;
  if (n == 0)
    return FALSE;
  if (options == NULL)
    {
      sk_chart_options_init (&defaults);
      options = &defaults;
    }
  for (guint i = 0; i < n; i++)
    {
      g_return_val_if_fail (SK_IS_CHART_SERIES (series[i]), FALSE);
      data_range (series[i], options, &lo, &hi);
      percent &= sk_chart_series_is_percent (series[i]);
    }
  /* Six ticks: each chart then steps within the range for its height. */
  nice_range (lo, hi, percent, 6, axis_min, axis_max, &step);
  return TRUE;
}

double
sk_chart_layout_value_to_y (SkChartLayout *self,
                            double         value)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NAN);

  return self->plot.y + self->plot.height *
         (1 - (value - self->axis_min) / (self->axis_max - self->axis_min));
}
