/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_CHART_SERIES (sk_chart_series_get_type ())
G_DECLARE_FINAL_TYPE (SkChartSeries, sk_chart_series, SK, CHART_SERIES, GObject)

/*
 * The numbers one chart shows: the month values of one indicator and unit
 * over whole years (first_year-01 .. last_year-12), with the target of each
 * plan year. Plain arrays, so a layout never touches the store. Months are
 * indexed from 0 (January of the first year); an absent value is NAN (a
 * gap, never a zero).
 */
SkChartSeries *sk_chart_series_new              (const char    *name,
                                                 const char    *measure_unit,
                                                 SkDirection    direction,
                                                 int            first_year,
                                                 int            last_year);
/* Reads the months, YTD/R12 figures, statuses and targets from @store. */
SkChartSeries *sk_chart_series_new_from_store   (SkStore       *store,
                                                 SkIndicator   *indicator,
                                                 gint64         unit_id,
                                                 int            first_year,
                                                 int            last_year);

const char    *sk_chart_series_get_name         (SkChartSeries *self);
const char    *sk_chart_series_get_measure_unit (SkChartSeries *self);
SkDirection    sk_chart_series_get_direction    (SkChartSeries *self);
const char    *sk_chart_series_get_unit_name    (SkChartSeries *self); /* organisational unit, may be NULL */
void           sk_chart_series_set_unit_name    (SkChartSeries *self,
                                                 const char    *unit_name);
double         sk_chart_series_get_tolerance    (SkChartSeries *self);
void           sk_chart_series_set_tolerance    (SkChartSeries *self,
                                                 double         tolerance);
int            sk_chart_series_get_first_year   (SkChartSeries *self);
int            sk_chart_series_get_last_year    (SkChartSeries *self);
guint          sk_chart_series_get_n_months     (SkChartSeries *self);
/* -1 when the month lies outside the series. */
int            sk_chart_series_index            (SkChartSeries *self,
                                                 int            year,
                                                 int            month);
gboolean       sk_chart_series_is_percent       (SkChartSeries *self);

/* Month values and what belongs to them; @i from sk_chart_series_index(). */
double         sk_chart_series_get_value        (SkChartSeries *self, guint i);
void           sk_chart_series_set_value        (SkChartSeries *self, guint i, double value);
const char    *sk_chart_series_get_missing_reason (SkChartSeries *self, guint i);
void           sk_chart_series_set_missing_reason (SkChartSeries *self, guint i, const char *reason);
const char    *sk_chart_series_get_comment      (SkChartSeries *self, guint i);
void           sk_chart_series_set_comment      (SkChartSeries *self, guint i, const char *comment);
gboolean       sk_chart_series_get_fictional    (SkChartSeries *self, guint i);
void           sk_chart_series_set_fictional    (SkChartSeries *self, guint i, gboolean fictional);
double         sk_chart_series_get_ytd          (SkChartSeries *self, guint i);
void           sk_chart_series_set_ytd          (SkChartSeries *self, guint i, double value);
double         sk_chart_series_get_r12          (SkChartSeries *self, guint i);
void           sk_chart_series_set_r12          (SkChartSeries *self, guint i, double value);

/* Decimals every figure of month @i is shown with (SkFigures.decimals);
 * -1 (the default): as many as the value needs, at most 2. */
int            sk_chart_series_get_decimals     (SkChartSeries *self, guint i);
void           sk_chart_series_set_decimals     (SkChartSeries *self, guint i, int decimals);
/* @value, a figure of month @i, as every view shows it: "5,1 %". */
char          *sk_chart_series_format           (SkChartSeries *self, guint i, double value);

/*
 * The status of month @i: evaluated against the target of its year
 * (sk_target_evaluate with the year's baseline/reference) unless one was
 * set with sk_chart_series_set_status().
 */
SkStatus       sk_chart_series_get_status       (SkChartSeries *self, guint i);
void           sk_chart_series_set_status       (SkChartSeries *self, guint i, SkStatus status);

/*
 * The target of plan year @year. @baseline / @reference: what a RELATIVE
 * or REFERENCE target is measured against, NAN when unknown (then the year
 * has no threshold and no target line). @target NULL removes it.
 */
void           sk_chart_series_set_target       (SkChartSeries *self,
                                                 int            year,
                                                 SkTarget      *target,
                                                 double         baseline,
                                                 double         reference);
SkTarget      *sk_chart_series_get_target       (SkChartSeries *self, int year); /* NULL when none */
/* The number the year's values are compared with; NAN when unknown. */
double         sk_chart_series_get_threshold    (SkChartSeries *self, int year);

/* The status @value would have against the target of @year, as a month's
 * (a projection is judged so). */
SkStatus       sk_chart_series_evaluate         (SkChartSeries *self,
                                                 int            year,
                                                 double         value);

G_END_DECLS
