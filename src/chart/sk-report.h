/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "sk-store.h"

G_BEGIN_DECLS

/* A4 portrait in PDF points. */
#define SK_REPORT_PAGE_WIDTH  595.276
#define SK_REPORT_PAGE_HEIGHT 841.890

#define SK_TYPE_REPORT (sk_report_get_type ())
G_DECLARE_FINAL_TYPE (SkReport, sk_report, SK, REPORT, GObject)

/*
 * The board's follow-up report of @year at @period (YYYY-MM): cover,
 * summary per perspective and of the goals' assessments, per focus area
 * and board goal the assessment, assignments and indicator table with a
 * trend chart per indicator, and the work-environment plan. Laid out into
 * A4 pages when made, so the pages can be counted, shown and written.
 * @unit_id: the unit whose figures to show; 0 follows each indicator in
 * the unit the overviews use (sk_figures_overview_unit).
 * Every figure is sk_figures_compute/sk_figures_format's.
 */
SkReport   *sk_report_new            (SkStore     *store,
                                      int          year,
                                      const char  *period,
                                      gint64       unit_id,
                                      GError     **error);

guint       sk_report_get_n_pages    (SkReport    *self);
/* TRUE when a figure or chart of the report holds fictional (demo) outcomes. */
gboolean    sk_report_get_fictional  (SkReport    *self);
/* "Uppföljning januari–april 2024" */
const char *sk_report_get_title      (SkReport    *self);

/* Draws page @page (from 0) at (0, 0) in @cr, in points. */
void        sk_report_draw_page      (SkReport    *self,
                                      guint        page,
                                      cairo_t     *cr);

/* Writes every page to @path as PDF (fonts embedded). */
gboolean    sk_report_write_pdf      (SkReport    *self,
                                      const char  *path,
                                      GError     **error);

G_END_DECLS
