/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>

#include "sk-chart-layout.h"
#include "sk-report-private.h"

/*
 * Report tables: a row is measured before it is drawn and goes whole onto
 * the next page when it does not fit, where the header is drawn again.
 * Cells wrap their text (within words too), so nothing is cut.
 */

#define PAD        4.0
#define TEXT_SIZE  8.5
#define NOTE_SIZE  7.0
#define CHART_HEIGHT 60.0
#define CHART_SCALE  2.0

struct _SkReportTable
{
  guint     n;
  double   *widths;
  char    **headers;
  gboolean  started;
};

SkReportTable *
sk_report_table_new (const double        *widths,
                     const char * const  *headers,
                     guint                n)
{
  SkReportTable *table = g_new0 (SkReportTable, 1);

  table->n = n;
  table->widths = g_memdup2 (widths, n * sizeof (double));
  table->headers = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    table->headers[i] = g_strdup (headers[i]);
  return table;
}

void
sk_report_table_free (SkReportTable *table)
{
  g_free (table->widths);
  g_strfreev (table->headers);
  g_free (table);
}

static double
column_x (SkReportTable *table,
          guint          column)
{
  double x = SK_REPORT_MARGIN_X;

  for (guint i = 0; i < column; i++)
    x += table->widths[i];
  return x;
}

static double
header_height (SkReportFlow  *flow,
               SkReportTable *table)
{
  double height = 0;

  for (guint i = 0; i < table->n; i++)
    {
      g_autoptr(PangoLayout) layout = sk_report_layout (flow, table->headers[i], TEXT_SIZE, TRUE,
                                                        table->widths[i] - 2 * PAD);
      height = MAX (height, sk_report_layout_height (layout));
    }
  return height + 2 * PAD;
}

void
sk_report_table_header (SkReportFlow *flow)
{
  SkReportTable *table = flow->table;
  double height = header_height (flow, table);
  cairo_t *cr = flow->cr;

  cairo_set_source_rgb (cr, 0.90, 0.91, 0.93);
  cairo_rectangle (cr, SK_REPORT_MARGIN_X, flow->y, column_x (table, table->n) - SK_REPORT_MARGIN_X, height);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < table->n; i++)
    {
      g_autoptr(PangoLayout) layout = sk_report_layout (flow, table->headers[i], TEXT_SIZE, TRUE,
                                                        table->widths[i] - 2 * PAD);
      cairo_move_to (cr, column_x (table, i) + PAD, flow->y + PAD);
      pango_cairo_show_layout (cr, layout);
    }
  flow->y += height;
}

void
sk_report_table_begin (SkReportFlow  *flow,
                       SkReportTable *table)
{
  table->started = FALSE;
  /* The header is drawn with the first row, so the two never part. */
  flow->table = NULL;
  flow->pending = table;
}

typedef struct
{
  PangoLayout *text;
  PangoLayout *note;
  double       height;
} Measured;

static double
measure_cell (SkReportFlow       *flow,
              const SkReportCell *cell,
              double              width,
              Measured           *m)
{
  if (cell->series != NULL)
    {
      m->height = CHART_HEIGHT;
      return m->height;
    }
  m->text = sk_report_layout (flow, cell->text, TEXT_SIZE, cell->bold, width - 2 * PAD);
  m->height = sk_report_layout_height (m->text);
  if (cell->note != NULL && cell->note[0] != '\0')
    {
      m->note = sk_report_layout (flow, cell->note, NOTE_SIZE, FALSE, width - 2 * PAD);
      m->height += 1 + sk_report_layout_height (m->note);
    }
  return m->height;
}

static void
status_color (cairo_t  *cr,
              SkStatus  status)
{
  const SkChartPalette *palette = sk_chart_palette_light ();

  switch ((int) status)
    {
    case SK_STATUS_MET:
      sk_report_set_color (cr, &palette->met);
      break;
    case SK_STATUS_NEAR:
      sk_report_set_color (cr, &palette->near);
      break;
    case SK_STATUS_NOT_MET:
      sk_report_set_color (cr, &palette->not_met);
      break;
    default:
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
  /* Text on paper stays dark enough to read whatever the hue. */
  {
    double r, g, b, a;

    cairo_pattern_get_rgba (cairo_get_source (cr), &r, &g, &b, &a);
    cairo_set_source_rgb (cr, r * 0.7, g * 0.7, b * 0.7);
  }
}

static void
draw_chart (SkReportFlow  *flow,
            SkChartSeries *series,
            gboolean       r12,
            double         x,
            double         y,
            double         width)
{
  g_autoptr(SkChartLayout) layout = NULL;
  SkChartOptions options;

  /* Laid out at twice the size and drawn at half: the chart keeps the
   * proportions of its screen layout, with small print on paper. */
  sk_chart_options_init (&options);
  options.show_title = FALSE;
  options.font_size = 10;
  options.show_r12 = r12;
  layout = sk_chart_layout_new (series, width * CHART_SCALE, CHART_HEIGHT * CHART_SCALE, &options);
  cairo_save (flow->cr);
  cairo_translate (flow->cr, x, y);
  cairo_scale (flow->cr, 1 / CHART_SCALE, 1 / CHART_SCALE);
  sk_chart_renderer_draw (sk_report_get_renderer (flow->report), flow->cr, layout, -1);
  cairo_restore (flow->cr);
}

/* Draws the lines of @layout (placed at @base within the row) that lie
 * within [@top, @end) of the row, at @y for @top. Returns the top of the
 * first line left for a later slice, G_MAXDOUBLE when none is left. */
static double
draw_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            double       base,
            double       top,
            double       end)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double left = G_MAXDOUBLE;

  do
    {
      PangoRectangle logical;
      int y0, y1;
      double line_top, line_bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      line_top = base + (double) y0 / PANGO_SCALE;
      line_bottom = base + (double) y1 / PANGO_SCALE;
      if (line_top < top)
        continue;
      if (line_bottom > end)
        {
          left = MIN (left, line_top);
          continue;
        }
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                     y + base + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - top);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return left;
}

/* Draws the part [@top, @end) of the row at the flow's y; returns where
 * the part left for the next page starts (G_MAXDOUBLE: none). */
static double
draw_row_part (SkReportFlow       *flow,
               const SkReportCell *cells,
               Measured           *m,
               double              top,
               double              end)
{
  SkReportTable *table = flow->table;
  cairo_t *cr = flow->cr;
  double left = G_MAXDOUBLE;

  for (guint i = 0; i < table->n; i++)
    {
      double x = column_x (table, i) + PAD;

      if (cells[i].series != NULL)
        {
          if (top == 0)
            draw_chart (flow, cells[i].series, cells[i].r12, x - PAD, flow->y + PAD, table->widths[i]);
          continue;
        }
      if ((int) cells[i].status >= 0)
        status_color (cr, cells[i].status);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);
      left = MIN (left, draw_lines (cr, m[i].text, x, flow->y + PAD, 0, top, end));
      if (m[i].note != NULL)
        {
          cairo_set_source_rgb (cr, 0.33, 0.33, 0.33);
          left = MIN (left, draw_lines (cr, m[i].note, x, flow->y + PAD,
                                        sk_report_layout_height (m[i].text) + 1, top, end));
        }
    }
  return left;
}

static void
row_rule (SkReportFlow *flow)
{
  cairo_t *cr = flow->cr;

  cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, SK_REPORT_MARGIN_X, flow->y);
  cairo_line_to (cr, column_x (flow->table, flow->table->n), flow->y);
  cairo_stroke (cr);
}

void
sk_report_table_row (SkReportFlow       *flow,
                     const SkReportCell *cells)
{
  SkReportTable *table = flow->table;
  g_autofree Measured *m = NULL;
  double height = 0, page_room, top = 0;

  if (table == NULL)
    table = flow->pending;
  g_return_if_fail (table != NULL);

  m = g_new0 (Measured, table->n);
  for (guint i = 0; i < table->n; i++)
    {
      double cell = measure_cell (flow, &cells[i], table->widths[i], &m[i]);
      height = MAX (height, cell);
    }
  height += 2 * PAD;
  /* What a new page holds under the header. */
  page_room = SK_REPORT_PAGE_HEIGHT - SK_REPORT_MARGIN_TOP - SK_REPORT_MARGIN_BOTTOM - header_height (flow, table);

  if (!table->started)
    {
      sk_report_flow_need (flow, header_height (flow, table) + MIN (height, page_room));
      flow->table = table;
      table->started = TRUE;
      sk_report_table_header (flow);
    }
  else if (!sk_report_flow_fits (flow, MIN (height, page_room)))
    sk_report_flow_new_page (flow);

  /* A row goes whole onto one page. Only one taller than a whole page
   * goes on over the next, line by line, so nothing is cut. */
  while (TRUE)
    {
      double end = top + (SK_REPORT_PAGE_HEIGHT - SK_REPORT_MARGIN_BOTTOM - flow->y) - 2 * PAD;
      double left = draw_row_part (flow, cells, m, top, end);

      if (left == G_MAXDOUBLE)
        {
          flow->y += height - top;
          break;
        }
      /* A single line taller than a page would never fit: stop there. */
      if (left <= top)
        break;
      flow->y += end - top + 2 * PAD;
      row_rule (flow);
      sk_report_flow_new_page (flow);
      top = left;
    }
  row_rule (flow);
  for (guint i = 0; i < table->n; i++)
    {
      g_clear_object (&m[i].text);
      g_clear_object (&m[i].note);
    }
}

void
sk_report_table_end (SkReportFlow *flow)
{
  flow->table = NULL;
  flow->pending = NULL;
  flow->y += 10;
}
