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

void
sk_report_table_row (SkReportFlow       *flow,
                     const SkReportCell *cells)
{
  SkReportTable *table = flow->table;
  g_autofree Measured *m = NULL;
  double height = 0;
  cairo_t *cr;

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

  if (!table->started)
    {
      sk_report_flow_need (flow, header_height (flow, table) + height);
      flow->table = table;
      table->started = TRUE;
      sk_report_table_header (flow);
    }
  else if (!sk_report_flow_fits (flow, height))
    sk_report_flow_new_page (flow);

  cr = flow->cr;
  for (guint i = 0; i < table->n; i++)
    {
      double x = column_x (table, i) + PAD;

      if (cells[i].series != NULL)
        draw_chart (flow, cells[i].series, cells[i].r12, x - PAD, flow->y + PAD, table->widths[i]);
      else
        {
          if ((int) cells[i].status >= 0)
            status_color (cr, cells[i].status);
          else
            cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_move_to (cr, x, flow->y + PAD);
          pango_cairo_show_layout (cr, m[i].text);
          if (m[i].note != NULL)
            {
              cairo_set_source_rgb (cr, 0.33, 0.33, 0.33);
              cairo_move_to (cr, x, flow->y + PAD + sk_report_layout_height (m[i].text) + 1);
              pango_cairo_show_layout (cr, m[i].note);
            }
        }
      g_clear_object (&m[i].text);
      g_clear_object (&m[i].note);
    }
  flow->y += height;
  cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, SK_REPORT_MARGIN_X, flow->y);
  cairo_line_to (cr, column_x (table, table->n), flow->y);
  cairo_stroke (cr);
}

void
sk_report_table_end (SkReportFlow *flow)
{
  flow->table = NULL;
  flow->pending = NULL;
  flow->y += 10;
}
