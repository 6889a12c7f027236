/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "sk-chart-layout.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} SkChartColor;

/* Every colour a chart uses; status is never shown by colour alone
 * (each status also has its own mark shape and text). */
typedef struct
{
  SkChartColor background;
  SkChartColor foreground;
  SkChartColor dim;          /* secondary text: ticks, notes */
  SkChartColor grid;
  SkChartColor line;         /* the month values */
  SkChartColor ytd;
  SkChartColor r12;
  SkChartColor target;
  SkChartColor good;         /* the side of the target that meets it: low alpha */
  SkChartColor met;
  SkChartColor near;
  SkChartColor not_met;
  SkChartColor missing;
  SkChartColor focus;
} SkChartPalette;

/* From the libadwaita palette, for light and dark style. */
const SkChartPalette *sk_chart_palette_light (void);
const SkChartPalette *sk_chart_palette_dark  (void);

#define SK_TYPE_CHART_RENDERER (sk_chart_renderer_get_type ())
G_DECLARE_FINAL_TYPE (SkChartRenderer, sk_chart_renderer, SK, CHART_RENDERER, GObject)

/* @palette NULL: light. */
SkChartRenderer *sk_chart_renderer_new            (const SkChartPalette *palette);
const SkChartPalette *sk_chart_renderer_get_palette (SkChartRenderer      *self);
void             sk_chart_renderer_set_palette    (SkChartRenderer      *self,
                                                   const SkChartPalette *palette);
/* A Pango font family list, "Sans" by default (a widget passes its own). */
void             sk_chart_renderer_set_font_family (SkChartRenderer     *self,
                                                   const char           *family);
/* FALSE leaves the background to the caller (a widget on its own surface). */
void             sk_chart_renderer_set_fill_background (SkChartRenderer *self,
                                                   gboolean              fill);

/*
 * Draws @layout at (0, 0) in @cr, in the layout's size. @focused: the
 * point to highlight (hovered or keyboard-focused), -1 for none.
 * From a GtkWidget: cr = gtk_snapshot_append_cairo (snapshot, &bounds).
 */
void             sk_chart_renderer_draw           (SkChartRenderer      *self,
                                                   cairo_t              *cr,
                                                   SkChartLayout        *layout,
                                                   int                   focused);

/* Writes the chart to @path as PNG, SVG or PDF, chosen by the extension. */
gboolean         sk_chart_renderer_write_file     (SkChartRenderer      *self,
                                                   SkChartLayout        *layout,
                                                   const char           *path,
                                                   GError              **error);
/* Writes @n charts as one sheet, @cols side by side (row by row, each in
 * a cell as large as the largest layout), to @path as PNG, SVG or PDF. */
gboolean         sk_chart_renderer_write_grid     (SkChartRenderer      *self,
                                                   SkChartLayout       **layouts,
                                                   guint                 n,
                                                   guint                 cols,
                                                   const char           *path,
                                                   GError              **error);

G_END_DECLS
