/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/*
 * Figures derived from the stored outcomes of one indicator and unit at
 * one period. A figure a source system reported (kind YTD or R12) is
 * shown as reported; otherwise it is computed from month values with the
 * indicator's aggregation. Absent numbers are NAN.
 */
typedef struct {
  double   month;           /* the month's own value */
  char    *missing_reason;  /* when the month is reported missing */
  char    *comment;         /* the month's comment */
  double   ytd;             /* January .. period */
  gboolean ytd_reported;
  guint    ytd_months;      /* months behind a computed ytd */
  double   r12;             /* the 12 months ending at period */
  gboolean r12_reported;
  double   tertial;         /* the tertial holding period, up to period */
  double   reference;       /* the referenced figure ("Enligt budget"), if entered */
  double   baseline;        /* a relative target's baseline outcome, if stored */
  SkTarget *target;         /* the target of the period's year, or NULL */
  double   threshold;       /* what the value is compared with, NAN when unknown */
  double   status_value;    /* the value the status judges: month, else reported R12/YTD */
  SkStatus status;
  SkStatus ytd_status;      /* of ytd; a sum is judged against threshold × months */
} SkFigures;

void     sk_figures_clear   (SkFigures *figures);

gboolean sk_figures_compute (SkStore     *store,
                             SkIndicator *indicator,
                             gint64       unit_id,
                             const char  *period,
                             SkFigures   *out);

/*
 * Combine @n month values: SUM adds, MEAN averages, LATEST takes the last
 * non-NAN, RATIO divides the sum of @numerators by the sum of
 * @denominators (×100 when @percent). NAN entries are skipped; NAN when
 * nothing is left. @numerators/@denominators may be NULL except for RATIO.
 */
double   sk_aggregate       (SkAggregation  aggregation,
                             const double  *values,
                             const double  *numerators,
                             const double  *denominators,
                             guint          n,
                             gboolean       percent);

/* Tertial (1..3) of a month (1..12), and its first month. */
int      sk_tertial_of      (int month);
int      sk_tertial_first_month (int tertial);

G_END_DECLS
