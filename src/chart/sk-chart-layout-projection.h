/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-chart-renderer.h"
#include "sk-projection.h"

G_BEGIN_DECLS

/*
 * Where a chart draws the year-end projection (options.show_projection):
 * a dashed line from the latest outcome of the series' last year to
 * December, inside its uncertainty band, marked "Prognos" by its end.
 */
typedef struct
{
  int           year;
  SkProjection  projection;
  SkStatus      status;       /* December's projection against the year's target */
  guint         n;            /* points below: the latest outcome, then each month projected */
  SkChartXY     line[13];
  SkChartXY     low[13];      /* the band's edges (px) */
  SkChartXY     high[13];
  SkChartLabel  label;        /* "Prognos" (a static string: not freed) */
} SkChartProjectionLayout;

/* The projection's layout, or NULL when not asked for or nothing to
 * project (no value in the last year, or December already there). */
const SkChartProjectionLayout *sk_chart_layout_get_projection (SkChartLayout *self);

/* Draws it: the band faint, the line dashed in the line's colour, the
 * mark in the dim text colour. For the renderer. */
void sk_chart_projection_draw (cairo_t              *cr,
                               SkChartLayout        *layout,
                               const SkChartColor   *line,
                               const SkChartColor   *text,
                               const char           *font_family);

G_END_DECLS
