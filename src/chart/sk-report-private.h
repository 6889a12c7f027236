/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "sk-chart-renderer.h"
#include "sk-chart-series.h"
#include "sk-report.h"

G_BEGIN_DECLS

/* The page's frame, in points: 20 mm at the sides, room for the notice
 * above and the page number below. */
#define SK_REPORT_MARGIN_X       56.7
#define SK_REPORT_MARGIN_TOP     62.0
#define SK_REPORT_MARGIN_BOTTOM  62.0
#define SK_REPORT_CONTENT_WIDTH  (SK_REPORT_PAGE_WIDTH - 2 * SK_REPORT_MARGIN_X)
#define SK_REPORT_FONT           "DejaVu Sans, Sans"

typedef struct _SkReportTable SkReportTable;

/* Where the next block goes. */
typedef struct
{
  SkReport      *report;
  cairo_t       *cr;      /* the current page */
  double         y;
  SkReportTable *table;   /* a table being drawn: its header repeats on a new page */
  SkReportTable *pending; /* begun, its header not drawn yet */
} SkReportFlow;

/* One indicator's figures and trend, as every table of the report shows them. */
typedef struct
{
  gint64         id;
  SkIndicator   *indicator;   /* as the plan year defines it */
  gint64         unit_id;     /* 0: no unit has outcomes */
  char          *unit_name;
  char          *month_text;
  char          *missing_reason;
  char          *target_text;
  char          *total_text;  /* year to date, or R12 */
  char          *total_caption;
  char          *status_text; /* "✓ uppfyllt" */
  SkStatus       status;
  gboolean       r12;         /* the last column is R12 */
  SkChartSeries *series;
  gboolean       fictional;
} SkReportRow;

/* sk-report.c */
/* "april" */
const char   *sk_report_month_name    (int month);
SkReportRow  *sk_report_row           (SkReport *self, gint64 indicator_id);
SkStore      *sk_report_get_store     (SkReport *self);
int           sk_report_get_year      (SkReport *self);
int           sk_report_get_month     (SkReport *self);
const char   *sk_report_get_period    (SkReport *self);
gint64        sk_report_get_unit_id   (SkReport *self);
SkChartRenderer *sk_report_get_renderer (SkReport *self);

void          sk_report_flow_new_page (SkReportFlow *flow);
gboolean      sk_report_flow_fits     (SkReportFlow *flow, double height);
void          sk_report_flow_need     (SkReportFlow *flow, double height);
PangoLayout  *sk_report_layout        (SkReportFlow *flow, const char *text, double size,
                                       gboolean bold, double width);
double        sk_report_layout_height (PangoLayout *layout);
void          sk_report_flow_layout   (SkReportFlow *flow, PangoLayout *layout, double indent);
void          sk_report_set_color     (cairo_t *cr, const SkChartColor *color);
void          sk_report_paragraph     (SkReportFlow *flow, const char *text, double size,
                                       gboolean bold, double indent, double space_after);
void          sk_report_heading       (SkReportFlow *flow, const char *text, double size,
                                       double space_before, double keep);

/* sk-report-table.c: tables that never split a row and repeat their header. */
typedef enum {
  SK_REPORT_CELL_TEXT,
  SK_REPORT_CELL_CHART,
} SkReportCellKind;

typedef struct
{
  const char *text;       /* main text */
  const char *note;       /* smaller, dimmer second line; may be NULL */
  gboolean    bold;
  SkStatus    status;     /* colours the mark of a status cell; -1 for none */
  SkChartSeries *series;  /* CHART cells */
  gboolean    r12;        /* CHART cells: draw the R12 line (what is reported) */
} SkReportCell;

SkReportTable *sk_report_table_new    (const double *widths, const char * const *headers, guint n);
void           sk_report_table_free   (SkReportTable *table);
void           sk_report_table_begin  (SkReportFlow *flow, SkReportTable *table);
void           sk_report_table_row    (SkReportFlow *flow, const SkReportCell *cells);
void           sk_report_table_end    (SkReportFlow *flow);
void           sk_report_table_header (SkReportFlow *flow);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkReportTable, sk_report_table_free)

/* sk-report-content.c: what the report says. */
void          sk_report_compute_rows  (SkReport *self, SkPlan *plan);
void          sk_report_cover         (SkReportFlow *flow, SkPlan *plan);
void          sk_report_summary       (SkReportFlow *flow, SkPlan *plan);
void          sk_report_goals         (SkReportFlow *flow, SkPlan *plan);
void          sk_report_register      (SkReportFlow *flow, SkPlan *plan);
void          sk_report_work_env      (SkReportFlow *flow, SkPlan *plan);
/* sk-report-budget.c */
void          sk_report_economy       (SkReportFlow *flow, SkPlan *plan);

G_END_DECLS
