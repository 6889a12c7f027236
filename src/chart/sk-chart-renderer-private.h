/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by sk-chart-renderer.c and sk-chart-renderer-lines.c. */

#include <pango/pangocairo.h>

#include "sk-chart-renderer.h"

G_BEGIN_DECLS

/* What one draw call needs at hand. */
typedef struct
{
  SkChartRenderer       *self;
  const SkChartPalette  *pal;
  cairo_t               *cr;
  SkChartLayout         *layout;
  PangoLayout           *text;   /* the text last prepared */
  double                 font_size;
} Draw;

static inline void
set_color (cairo_t            *cr,
           const SkChartColor *c,
           double              alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

/* sk-chart-renderer-lines.c: the layout's lines (months, year-to-date,
 * R12, overlays). */
void sk_chart_renderer_draw_segments (Draw *d);

G_END_DECLS
