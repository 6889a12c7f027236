/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-chart-renderer.h"

G_BEGIN_DECLS

/*
 * A chart as it leaves the app (file or paper): a header with the whole
 * title (wrapped, never cut), the unit, measure unit, period shown, the
 * data's date and the "Fictional outcomes" notice where demo figures are
 * shown; the chart(s) below, drawn by the one renderer. The same for the
 * app's export and printing and the CLI's `chart --output`.
 *
 * Several series: one indicator in several units (a cell per unit, named
 * by the unit) or several indicators (an area: a cell per indicator,
 * named by the indicator).
 */
typedef struct _SkChartPage SkChartPage;

/* @title NULL: the indicator's name when all series show one indicator. */
SkChartPage *sk_chart_page_new            (SkChartSeries * const *series,
                                           guint                 n,
                                           const SkChartOptions *options,
                                           const char           *title);
void         sk_chart_page_free           (SkChartPage *self);
guint        sk_chart_page_get_n_series   (SkChartPage *self);
/* NULL when there is none (an area printed without a name). */
const char  *sk_chart_page_get_title      (SkChartPage *self);
/* "Vårdcentralen Halland · Måttenhet: % · Period: jan–dec 2024 ·
 * Data per 6 dec 2026", of series @first .. @first + @count - 1. */
char        *sk_chart_page_get_details    (SkChartPage *self,
                                           guint        first,
                                           guint        count);
/* Whether series @first .. @first + @count - 1 include fictional outcomes. */
gboolean     sk_chart_page_get_fictional  (SkChartPage *self,
                                           guint        first,
                                           guint        count);
/* "6 dec 2026" from an ISO 8601 time, in local time; NULL when unreadable. */
char        *sk_chart_page_format_date    (const char  *iso8601);

/*
 * Draws the header and series @first .. @first + @count - 1 in @cols
 * columns into @width × @height at (0, 0) of @cr. The header takes the
 * height its wrapped text needs; the charts share the rest.
 */
void         sk_chart_page_draw           (SkChartPage     *self,
                                           SkChartRenderer *renderer,
                                           cairo_t         *cr,
                                           double           width,
                                           double           height,
                                           guint            first,
                                           guint            count,
                                           guint            cols);

/* The size in pt of paper @name ("a4" or "letter"); FALSE when unknown. */
gboolean     sk_chart_page_paper_size     (const char *name,
                                           gboolean    landscape,
                                           double     *width,
                                           double     *height);

/*
 * Writes the page to @path, the format by its extension. PDF: pages of
 * @paper_width × @paper_height pt (0: A4 landscape) with margins, as many
 * as the cells need (at most two rows a landscape page, three a portrait
 * one). PNG (px) and SVG (pt): one sheet, @cols cells of @chart_width ×
 * @chart_height side by side under the header.
 */
gboolean     sk_chart_page_write_file     (SkChartPage     *self,
                                           SkChartRenderer *renderer,
                                           guint            cols,
                                           double           chart_width,
                                           double           chart_height,
                                           double           paper_width,
                                           double           paper_height,
                                           const char      *path,
                                           GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkChartPage, sk_chart_page_free)

G_END_DECLS
