/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-chart-series.h"

G_BEGIN_DECLS

typedef enum {
  SK_PROJECTION_NONE  = 0, /* no months to project from */
  SK_PROJECTION_SHAPE = 1, /* last year's monthly shape, scaled to this year */
  SK_PROJECTION_TREND = 2, /* a straight line through this year's months */
} SkProjectionMethod;

/*
 * A year-end projection of one indicator's month values from the months
 * so far ("will we reach the target by December?"). Months are 1..12;
 * arrays are indexed 0..11. Months at or before @through hold NAN in
 * @value/@low/@high (they are outcomes, not projections).
 */
typedef struct
{
  SkProjectionMethod method;
  int     through;      /* the last month with a value the projection starts from */
  double  value[12];    /* projected month values after @through */
  double  low[12];      /* the uncertainty band (about 90 %) */
  double  high[12];
  double  spread;       /* the standard error of one month the band is made from */
} SkProjection;

/* The band's width in standard errors: about a 90 % interval. */
#define SK_PROJECTION_Z 1.645

/*
 * Projects the months after @through from @months (this year's 12 values,
 * NAN where absent; only months 1..@through are read) and @last_year (the
 * year before, 12 values, may be NULL).
 *
 * With a whole year before (every month of it positive, and this year's
 * months positive too), the month k is last_year[k] × (this year's sum /
 * last year's sum over the same months so far): last year's shape at this
 * year's level. Otherwise a least-squares line through this year's months,
 * flat at their mean when its slope is not significant (Student's t at
 * 95 %; or from fewer than three months): a slope from noise would carry
 * the noise on to December. The band is the spread of the months so far
 * around the same method (its residuals), widened for the distance
 * projected, and never narrower than 2 % of the level. With @bounded, the
 * projection stays within 0..100 (indices, shares).
 *
 * FALSE (method NONE) when there is no month to start from or @through is
 * December.
 */
gboolean sk_projection_compute (const double *months,
                                const double *last_year,
                                int           through,
                                gboolean      bounded,
                                SkProjection *out);

/*
 * The projection of @year in @series from its months so far: through the
 * latest month of @year with a value (or @through when > 0), with the year
 * before as shape when the series holds it. Bounded for percentages.
 */
gboolean sk_projection_from_series (SkChartSeries *series,
                                    int            year,
                                    int            through,
                                    SkProjection  *out);

/* December's projected value, NAN without. */
double   sk_projection_year_end     (const SkProjection *self);

/*
 * The status December's projection would have against @year's target in
 * @series: NO_VALUE without a projection, NO_TARGET without a threshold.
 */
SkStatus sk_projection_status       (const SkProjection *self,
                                     SkChartSeries      *series,
                                     int                 year);

G_END_DECLS
