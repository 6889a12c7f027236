/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/*
 * Figures derived from the stored outcomes of one indicator and unit at
 * one period: the one definition every view, the CLI and the report use.
 * Absent numbers are NAN.
 *
 * - month: the month's own value at the period, nothing else.
 * - ytd: January up to the period. A figure a source system reported
 *   (kind YTD) wins over one computed from months; months entered after
 *   a reported figure continue it. Before the period's own month is
 *   reported, the year to date is the one through the latest month with
 *   data (at May with April reported: the figure through April), and
 *   @ytd_through names that month, so a view labels it "t.o.m. apr".
 * - r12: the 12 months ending at the period: a reported R12 (at the
 *   period, else the latest reported earlier in the year, @r12_through)
 *   wins; computed only from a full twelve months, since fewer would not
 *   be a rolling year.
 * - status_value / status: the latest figure of the year up to the period
 *   (@status_month): the month value, else a reported R12, else a
 *   reported YTD of that month. Overviews (Uppföljning, Arbetsmiljö,
 *   Nämndvy, the CLI) show this one.
 * - decimals: the precision the indicator's figures were entered with
 *   here (the most decimals among the values stored for the unit from
 *   January up to the period, at most 2). Every figure is shown with it and judged
 *   as shown, so "5,4 %" is never "met" against "<5,4 %".
 */
typedef struct {
  double   month;           /* the month's own value */
  char    *missing_reason;  /* when the month is reported missing */
  char    *comment;         /* the month's comment */
  double   ytd;             /* January .. ytd_through */
  gboolean ytd_reported;
  guint    ytd_months;      /* months behind a computed ytd */
  int      ytd_through;     /* month (1..12) the ytd stands through, 0 without */
  double   r12;             /* the 12 months ending at r12_through */
  gboolean r12_reported;
  int      r12_through;     /* month (1..12) of the r12, 0 without */
  double   tertial;         /* the tertial holding period, up to period */
  double   reference;       /* the referenced figure ("Enligt budget") of status_month,
                             * else of the period, if entered */
  double   baseline;        /* a relative target's baseline outcome, if stored */
  SkTarget *target;         /* the target of the period's year, or NULL */
  double   threshold;       /* what the value is compared with, NAN when unknown */
  double   status_value;    /* the latest figure up to period: month, else reported R12/YTD */
  int      status_month;    /* its month (1..12), 0 without */
  SkStatus status;          /* of status_value */
  SkStatus ytd_status;      /* of ytd; a sum is judged against threshold × months */
  SkStatus r12_status;      /* of r12 */
  int      year;            /* of the period */
  int      decimals;        /* shown decimals of every figure here */
  SkStatus month_status;    /* of month; not judged when the target's qualifier
                             * ("R12", "ackumulerat") picks another figure */
} SkFigures;

void     sk_figures_clear   (SkFigures *figures);

gboolean sk_figures_compute (SkStore     *store,
                             SkIndicator *indicator,
                             gint64       unit_id,
                             const char  *period,
                             SkFigures   *out);

/*
 * The one way a figure is written for people: @value with @decimals
 * (Swedish style, sk_format_number) and the measure unit: "248 485",
 * "92,4 %". Empty for NAN.
 */
char    *sk_figure_text     (double       value,
                             int          decimals,
                             const char  *measure_unit);
/* A figure of @figures (month, ytd, r12, status_value) for @indicator. */
char    *sk_figures_format  (const SkFigures *figures,
                             SkIndicator     *indicator,
                             double           value);
/* "t.o.m. apr", "t.o.m. apr, rapporterat"; NULL without a ytd. */
char    *sk_figures_ytd_caption (const SkFigures *figures);
/* "R12 t.o.m. apr, rapporterat"; NULL without an r12. */
char    *sk_figures_r12_caption (const SkFigures *figures);
/* "nov 2025": the month of status_value; NULL without. */
char    *sk_figures_status_when (const SkFigures *figures);
/*
 * What a target that is not a plain number was measured against, for
 * people: "budget: 5 227", "budget: no figure entered", "last year’s
 * outcome: 1 234", "outcome on 2024-12-31: 1 000, target 1 200"; NULL for
 * other targets. Shown wherever the status is, so a ✗ says against what.
 */
char    *sk_figures_measured_against (const SkFigures *figures,
                                      SkIndicator     *indicator);
/* The target as written, with what it was measured against when that is
 * not in the text: "Enligt budget (budget: 5 227)"; "" without a target. */
char    *sk_figures_target_text (const SkFigures *figures,
                                 SkIndicator     *indicator);
/* @value (a figure of @figures) as words with its @status, and what the
 * target was measured against: "40 000, ej uppfyllt (budget: 45 000)";
 * the figure alone when @status is not a judgement. */
char    *sk_figures_value_words (const SkFigures *figures,
                                 SkIndicator     *indicator,
                                 double           value,
                                 SkStatus         status);
/* The precision of a typed number: decimals needed, at most 2. */
int      sk_figure_decimals_of (double value);

/*
 * The unit an overview (Uppföljning, Arbetsmiljö, Nämndvy) follows an
 * indicator in for @year: its responsible unit when that has outcomes
 * in the year, else the root unit when it has, else the first that has;
 * 0 when none has.
 */
gint64   sk_figures_overview_unit (SkStore     *store,
                                   SkIndicator *indicator,
                                   int          year);

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
