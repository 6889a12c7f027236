/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-chart-area.h"
#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_CHARTS_VIEW (sk_charts_view_get_type ())
G_DECLARE_FINAL_TYPE (SkChartsView, sk_charts_view, SK, CHARTS_VIEW, AdwBin)

/*
 * The "charts" page: every indicator of an area as a small chart, off
 * target first; activating one opens it large with options (timeline or
 * years on top of each other, YTD, R12, years, units side by side),
 * export to PNG/SVG/PDF and printing.
 */
GtkWidget *sk_charts_view_new               (void);
/* FALSE when the area is not offered (e.g. a focus area of another year). */
gboolean   sk_charts_view_select_area       (SkChartsView    *self,
                                             SkChartAreaKind  kind,
                                             gint64           id);
guint      sk_charts_view_get_n_charts      (SkChartsView    *self);
/* The @i-th small chart (an SkChartWidget) in the order shown. */
GtkWidget *sk_charts_view_get_chart         (SkChartsView    *self,
                                             guint            i);
/* TRUE while the large chart is shown. */
gboolean   sk_charts_view_get_detail_shown  (SkChartsView    *self);
/* The @i-th large chart (one per unit when comparing units). */
GtkWidget *sk_charts_view_get_detail_chart  (SkChartsView    *self,
                                             guint            i);
/* Writes the large chart to @path: PNG, SVG or PDF by its extension;
 * units compared: all of them on one sheet, side by side. */
gboolean   sk_charts_view_export            (SkChartsView    *self,
                                             const char      *path,
                                             GError         **error);
/* Prints what the print action would (the large chart(s), else the
 * area's charts) through GtkPrintOperation, exported to the PDF @pdf
 * without a dialog. */
gboolean   sk_charts_view_print_to_file     (SkChartsView    *self,
                                             const char      *pdf,
                                             GError         **error);
/* Whether the "Fictional outcomes" notice is shown. */
gboolean   sk_charts_view_get_fictional_shown (SkChartsView  *self);

G_END_DECLS
