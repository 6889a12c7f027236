/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the files of the chart layout share (sk-chart-layout.c and its
 * topics, sk-chart-layout-*.c); nothing outside them includes this. */

#include "sk-chart-layout.h"
#include "sk-chart-layout-projection.h"

G_BEGIN_DECLS

struct _SkChartLayout
{
  GObject         parent_instance;

  SkChartSeries  *series;
  SkChartOptions  options;
  double          width;
  double          height;
  double          font_size;
  double          cw;          /* estimated glyph width */
  double          lh;          /* line height */
  double          slot;        /* px per month on the x axis */
  SkChartRect     plot;
  char           *title;

  double          axis_min;
  double          axis_max;
  double          axis_step;
  gboolean        zero_cut;
  char           *axis_note;

  GArray         *y_ticks;     /* SkChartTick */
  GArray         *x_ticks;
  GArray         *year_ticks;
  GArray         *year_bounds; /* double */
  GArray         *points;      /* SkChartPoint */
  GArray         *segments;    /* SkChartSegment */
  GArray         *coords;      /* SkChartXY */
  GArray         *steps;       /* SkChartTargetStep */
  GArray         *line_labels; /* SkChartLabel */
  gboolean        show_marks;
  double          mark_radius;
  int             latest;
  SkChartLabel    latest_label;
  char           *summary;
  SkChartProjectionLayout *projection; /* NULL without */
};

/* Appends a tick (takes @label). */
void     sk_chart_add_tick     (GArray        *ticks,
                                double         value,
                                double         pos,
                                char          *label);
/* The thresholds drawn: every year's on a timeline, the last year's in an overlay. */
gboolean sk_chart_target_drawn (SkChartSeries *series,
                                SkChartMode    mode,
                                int            year);
/* Widens @lo..@hi to hold @v (NAN: unchanged). */
void     sk_chart_extend       (double        *lo,
                                double        *hi,
                                double         v);

/* sk-chart-layout-axis.c: needs plot height and line height. */
void     sk_chart_layout_compute_value_axis (SkChartLayout *self);
void     sk_chart_layout_compute_y_ticks    (SkChartLayout *self);

/* sk-chart-layout-labels.c: puts @label (its x and side already set,
 * @width px wide) beside the point (@px, @py), clear of the lines where
 * it can be. After the lines, targets and projection. */
void     sk_chart_layout_place_label (SkChartLayout *self,
                                      SkChartLabel  *label,
                                      double         px,
                                      double         py,
                                      double         width,
                                      double         gap);

/* sk-chart-layout-projection.c: after the points; NULL without. */
SkChartProjectionLayout *sk_chart_layout_compute_projection (SkChartLayout *self);

G_END_DECLS
