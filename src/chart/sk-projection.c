/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>

#include "sk-projection.h"

/* A band is never narrower than this share of the level: a few months
 * that happen to lie on a line say little about December. */
#define MIN_SPREAD_SHARE 0.02
/* How many standard errors a slope must stand from zero to be drawn on:
 * Student's t (two-sided 95 %) for 1..10 degrees of freedom, then ~2. */
static double
trend_t (int dof)
{
  static const double t[] = { 12.71, 4.30, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23 };

  return dof >= 1 && dof <= 10 ? t[dof - 1] : 2.0;
}

static void
clear (SkProjection *out)
{
  out->method = SK_PROJECTION_NONE;
  out->through = 0;
  out->spread = NAN;
  for (int i = 0; i < 12; i++)
    out->value[i] = out->low[i] = out->high[i] = NAN;
}

/* Last year's shape is usable when it has every month, and it and this
 * year's months are all positive: scaling a signed figure (a budget
 * deviation around zero) by a ratio means nothing. */
static gboolean
shape_ratio (const double *months,
             const double *last_year,
             int           through,
             double       *ratio)
{
  double this_sum = 0, last_sum = 0;

  if (last_year == NULL)
    return FALSE;
  for (int i = 0; i < 12; i++)
    if (!(last_year[i] > 0))
      return FALSE;
  for (int i = 0; i < through; i++)
    if (!isnan (months[i]))
      {
        if (!(months[i] > 0))
          return FALSE;
        this_sum += months[i];
        last_sum += last_year[i];
      }
  if (!(last_sum > 0))
    return FALSE;
  *ratio = this_sum / last_sum;
  return TRUE;
}

/* The residual standard error of the months so far around @fit (@dof
 * parameters fitted); NAN with too few months. */
static double
residual_spread (const double *months,
                 const double *fit,
                 int           through,
                 int           dof)
{
  double ss = 0;
  int n = 0;

  for (int i = 0; i < through; i++)
    if (!isnan (months[i]))
      {
        ss += (months[i] - fit[i]) * (months[i] - fit[i]);
        n++;
      }
  return n > dof ? sqrt (ss / (n - dof)) : NAN;
}

static double
level_of (const double *months,
          int           through)
{
  double sum = 0;
  int n = 0;

  for (int i = 0; i < through; i++)
    if (!isnan (months[i]))
      {
        sum += fabs (months[i]);
        n++;
      }
  return n ? sum / n : 0;
}

gboolean
sk_projection_compute (const double *months,
                       const double *last_year,
                       int           through,
                       gboolean      bounded,
                       SkProjection *out)
{
  double fit[12], widen[12];
  double ratio, spread, floor_spread;
  double sx = 0, sy = 0, sxx = 0, sxy = 0, mean_x = 0, a, b = 0;
  int n = 0;

  g_return_val_if_fail (months != NULL && out != NULL, FALSE);

  clear (out);
  if (through < 1 || through >= 12)
    return FALSE;
  for (int i = 0; i < through; i++)
    if (!isnan (months[i]))
      {
        n++;
        sx += i;
        sy += months[i];
        sxx += (double) i * i;
        sxy += i * months[i];
      }
  if (n == 0)
    return FALSE;
  out->through = through;

  if (shape_ratio (months, last_year, through, &ratio))
    {
      out->method = SK_PROJECTION_SHAPE;
      for (int i = 0; i < 12; i++)
        {
          fit[i] = last_year[i] * ratio;
          /* One scale factor estimated from n months. */
          widen[i] = sqrt (1 + 1.0 / n);
        }
      spread = residual_spread (months, fit, through, 1);
    }
  else
    {
      double sxx_c;

      out->method = SK_PROJECTION_TREND;
      mean_x = sx / n;
      sxx_c = sxx - n * mean_x * mean_x;
      if (n >= 3 && sxx_c > 0)
        {
          b = (sxy - n * mean_x * (sy / n)) / sxx_c;
          a = sy / n - b * mean_x;
          for (int i = 0; i < 12; i++)
            fit[i] = a + b * i;
          spread = residual_spread (months, fit, through, 2);
          /* A slope the months cannot tell from noise would carry the
           * noise on to December: then the line is flat at their mean. */
          if (isnan (spread) || fabs (b) < trend_t (n - 2) * spread / sqrt (sxx_c))
            b = 0;
        }
      a = sy / n - b * mean_x;
      for (int i = 0; i < 12; i++)
        {
          fit[i] = a + b * i;
          /* The prediction interval of a line widens away from its data. */
          widen[i] = b != 0 ? sqrt (1 + 1.0 / n + (i - mean_x) * (i - mean_x) / sxx_c)
                            : sqrt (1 + 1.0 / n);
        }
      spread = residual_spread (months, fit, through, b != 0 ? 2 : 1);
    }

  floor_spread = MIN_SPREAD_SHARE * level_of (months, through);
  if (isnan (spread) || spread < floor_spread)
    spread = MAX (floor_spread, isnan (spread) ? 0 : spread);
  /* From one or two months the spread is unknown: a wide band says so. */
  if (n < 3)
    spread = MAX (spread, 4 * floor_spread);
  out->spread = spread;

  for (int i = through; i < 12; i++)
    {
      double v = fit[i], half = SK_PROJECTION_Z * spread * widen[i];

      if (bounded)
        v = CLAMP (v, 0, 100);
      out->value[i] = v;
      out->low[i] = bounded ? CLAMP (v - half, 0, 100) : v - half;
      out->high[i] = bounded ? CLAMP (v + half, 0, 100) : v + half;
    }
  return TRUE;
}

gboolean
sk_projection_from_series (SkChartSeries *series,
                           int            year,
                           int            through,
                           SkProjection  *out)
{
  double months[12], last[12];
  gboolean have_last;
  int first;

  g_return_val_if_fail (SK_IS_CHART_SERIES (series), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  clear (out);
  first = sk_chart_series_index (series, year, 1);
  if (first < 0)
    return FALSE;
  have_last = sk_chart_series_index (series, year - 1, 1) >= 0;
  for (int m = 0; m < 12; m++)
    {
      months[m] = sk_chart_series_get_value (series, first + m);
      last[m] = have_last ? sk_chart_series_get_value (series, first - 12 + m) : NAN;
      if (through <= 0 && !isnan (months[m]))
        out->through = m + 1;
    }
  if (through <= 0)
    through = out->through;
  return sk_projection_compute (months, have_last ? last : NULL, through,
                                sk_chart_series_is_percent (series), out);
}

double
sk_projection_year_end (const SkProjection *self)
{
  g_return_val_if_fail (self != NULL, NAN);
  return self->method == SK_PROJECTION_NONE ? NAN : self->value[11];
}

SkStatus
sk_projection_status (const SkProjection *self,
                      SkChartSeries      *series,
                      int                 year)
{
  g_return_val_if_fail (self != NULL, SK_STATUS_NO_VALUE);
  return sk_chart_series_evaluate (series, year, sk_projection_year_end (self));
}
