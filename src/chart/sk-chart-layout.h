/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-chart-series.h"

G_BEGIN_DECLS

typedef enum {
  SK_CHART_MODE_TIMELINE = 0, /* one line across the years */
  SK_CHART_MODE_OVERLAY  = 1, /* one line per year over jan..dec, earlier years fainter */
} SkChartMode;

typedef struct
{
  SkChartMode mode;
  gboolean    show_ytd;
  gboolean    show_r12;
  gboolean    show_title;    /* the indicator (and unit) above the plot */
  double      font_size;     /* px; 0 picks one for the size */
  /* A fixed value axis when both are finite (charts compared side by
   * side share one); NAN: a nice range from the values. */
  double      axis_min;
  double      axis_max;
  /* The last year's year-end projection, dashed with its band
   * (sk-chart-layout-projection.h); the axis holds it. */
  gboolean    show_projection;
  /* The title names only the unit: units compared side by side under
   * the indicator's name, which need not repeat on every chart. */
  gboolean    title_unit_only;
} SkChartOptions;

/* TIMELINE, no YTD/R12, with a title, automatic font size, automatic axis,
 * no projection. */
void sk_chart_options_init (SkChartOptions *options);

typedef struct
{
  double x, y, width, height;
} SkChartRect;

typedef struct
{
  double x, y;
} SkChartXY;

typedef struct
{
  double  value;  /* on the axis; NAN for x ticks */
  double  pos;    /* y in px for the value axis, x in px for the month axis */
  char   *label;  /* "90", "jan", "2024" */
} SkChartTick;

typedef enum {
  SK_CHART_LINE_MONTH = 0,
  SK_CHART_LINE_YTD   = 1,
  SK_CHART_LINE_R12   = 2,
} SkChartLineKind;

/* A run of consecutive months that have values: a missing month splits
 * a line into segments, so a gap is drawn as a gap. */
typedef struct
{
  SkChartLineKind kind;
  int             year;    /* OVERLAY: the year drawn; TIMELINE: 0 */
  double          alpha;   /* earlier years fainter */
  guint           first;   /* into sk_chart_layout_get_coords() */
  guint           n;       /* ≥ 1 */
} SkChartSegment;

typedef struct
{
  guint     index;      /* month in the series */
  int       year;
  int       month;      /* 1..12 */
  double    value;      /* NAN: no value */
  double    x, y;       /* y NAN: a gap (nothing to point at) */
  gboolean  missing;    /* reported missing with a reason: y is the axis bottom */
  gboolean  fictional;
  SkStatus  status;
  double    alpha;      /* OVERLAY: earlier years fainter */
  gboolean  isolated;   /* a value with no neighbour on its line: drawn as a mark */
} SkChartPoint;

/* The target of one plan year as a horizontal line, and the side of it
 * that meets the target as a shaded rectangle within the plot. */
typedef struct
{
  int          year;
  double       threshold;
  double       x0, x1, y;
  SkChartRect  good;
} SkChartTargetStep;

typedef struct
{
  double       x, y;      /* where the text starts (top left) */
  gboolean     right;     /* anchored to its right end (text ends at x) */
  char        *text;
} SkChartLabel;

#define SK_TYPE_CHART_LAYOUT (sk_chart_layout_get_type ())
G_DECLARE_FINAL_TYPE (SkChartLayout, sk_chart_layout, SK, CHART_LAYOUT, GObject)

/*
 * Where everything of a chart goes for a size in px, computed without
 * drawing: value axis (a "nice" range with 1-2-5 steps), month axis,
 * points, line segments, target steps, good side, the latest value's
 * label, a summary for screen readers and tooltips. Immutable.
 */
SkChartLayout       *sk_chart_layout_new            (SkChartSeries        *series,
                                                     double                width,
                                                     double                height,
                                                     const SkChartOptions *options);

SkChartSeries       *sk_chart_layout_get_series     (SkChartLayout *self);
const SkChartOptions *sk_chart_layout_get_options   (SkChartLayout *self);
double               sk_chart_layout_get_width      (SkChartLayout *self);
double               sk_chart_layout_get_height     (SkChartLayout *self);
double               sk_chart_layout_get_font_size  (SkChartLayout *self);
const SkChartRect   *sk_chart_layout_get_plot       (SkChartLayout *self);
const char          *sk_chart_layout_get_title      (SkChartLayout *self); /* NULL without */

/* Value axis. */
double               sk_chart_layout_get_axis_min   (SkChartLayout *self);
double               sk_chart_layout_get_axis_max   (SkChartLayout *self);
double               sk_chart_layout_get_axis_step  (SkChartLayout *self);
const SkChartTick   *sk_chart_layout_get_y_ticks    (SkChartLayout *self, guint *n);
const char          *sk_chart_layout_get_axis_unit  (SkChartLayout *self); /* "%", "min", "" */
/* TRUE when the axis starts above zero, with a note that says so. */
gboolean             sk_chart_layout_get_zero_cut   (SkChartLayout *self);
const char          *sk_chart_layout_get_axis_note  (SkChartLayout *self); /* NULL when not cut */
/*
 * One nice axis range (as a layout picks for one series) that holds the
 * values and drawn targets of all @n @series under @options: put it in
 * options.axis_min/axis_max so charts compared side by side share an
 * axis. FALSE (and NAN) when @n is 0.
 */
gboolean             sk_chart_layout_shared_range   (SkChartSeries * const *series,
                                                     guint                 n,
                                                     const SkChartOptions *options,
                                                     double               *axis_min,
                                                     double               *axis_max);
/* The y in px of @value on the axis. */
double               sk_chart_layout_value_to_y     (SkChartLayout *self, double value);

/* Month axis: month labels, and year labels below them. */
const SkChartTick   *sk_chart_layout_get_x_ticks    (SkChartLayout *self, guint *n);
const SkChartTick   *sk_chart_layout_get_year_ticks (SkChartLayout *self, guint *n);
/* TIMELINE: x of the boundaries between years (for faint separators). */
const double        *sk_chart_layout_get_year_bounds (SkChartLayout *self, guint *n);

const SkChartPoint  *sk_chart_layout_get_points     (SkChartLayout *self, guint *n);
const SkChartSegment *sk_chart_layout_get_segments  (SkChartLayout *self, guint *n);
const SkChartXY     *sk_chart_layout_get_coords     (SkChartLayout *self, guint *n);
/* Status marks on every point only when there is room; else on the latest. */
gboolean             sk_chart_layout_get_show_marks (SkChartLayout *self);
double               sk_chart_layout_get_mark_radius (SkChartLayout *self);

const SkChartTargetStep *sk_chart_layout_get_target_steps (SkChartLayout *self, guint *n);

/* OVERLAY: "2023" next to the end of each year's line. */
const SkChartLabel  *sk_chart_layout_get_line_labels (SkChartLayout *self, guint *n);

/* The latest point with a value (-1 when none) and its label:
 * "17,1 % ✗ ej uppfyllt". */
int                  sk_chart_layout_get_latest     (SkChartLayout *self);
const SkChartLabel  *sk_chart_layout_get_latest_label (SkChartLayout *self); /* NULL when none */

/* "Personalomsättning 17,1 %, mål mindre än 15,2 %, ej uppfyllt, stigande sedan januari" */
const char          *sk_chart_layout_get_summary    (SkChartLayout *self);

/* The point nearest (@x, @y) within @radius px, -1 when none. */
int                  sk_chart_layout_hit_test       (SkChartLayout *self,
                                                     double         x,
                                                     double         y,
                                                     double         radius);
/* The next/previous point one can focus (with a value or a missing
 * reason) from @point in @step (+1/-1); -1 from the start/end. */
int                  sk_chart_layout_step_focus     (SkChartLayout *self,
                                                     int            point,
                                                     int            step);
/* Value, target, status, comment or missing reason; "Fictional outcome". */
char                *sk_chart_layout_get_tooltip    (SkChartLayout *self,
                                                     guint          point);

G_END_DECLS
