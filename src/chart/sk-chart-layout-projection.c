/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-chart"

/* The chart's year-end projection: where the dashed continuation, its
 * band and its "Prognos" mark go, and how they are drawn. */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "sk-chart-layout-private.h"

SkChartProjectionLayout *
sk_chart_layout_compute_projection (SkChartLayout *self)
{
  g_autofree SkChartProjectionLayout *out = NULL;
  int year = sk_chart_series_get_last_year (self->series);
  const SkChartPoint *points = (const SkChartPoint *) self->points->data;
  int first = sk_chart_series_index (self->series, year, 1);
  const SkChartPoint *start;

  if (!self->options.show_projection || first < 0 || (guint) first + 12 > self->points->len)
    return NULL;
  out = g_new0 (SkChartProjectionLayout, 1);
  if (!sk_projection_from_series (self->series, year, 0, &out->projection))
    return NULL;
  out->year = year;
  out->status = sk_projection_status (&out->projection, self->series, year);

  /* From the latest outcome, so the dashes continue the line. */
  start = &points[first + out->projection.through - 1];
  out->line[0] = out->low[0] = out->high[0] = (SkChartXY) { start->x, start->y };
  out->n = 1;
  for (int m = out->projection.through; m < 12; m++, out->n++)
    {
      double x = points[first + m].x;

      out->line[out->n] = (SkChartXY) { x, sk_chart_layout_value_to_y (self, out->projection.value[m]) };
      out->low[out->n] = (SkChartXY) { x, sk_chart_layout_value_to_y (self, out->projection.low[m]) };
      out->high[out->n] = (SkChartXY) { x, sk_chart_layout_value_to_y (self, out->projection.high[m]) };
    }

  /* "Prognos" above the band's end, right-aligned to December, or below
   * it when the band reaches the top of the plot. */
  out->label.text = (char *) C_("chart", "Projection");
  out->label.right = TRUE;
  out->label.x = MIN (out->line[out->n - 1].x + self->cw, self->width - 2);
  out->label.y = out->high[out->n - 1].y - self->lh - 2;
  if (out->label.y < self->plot.y)
    out->label.y = out->low[out->n - 1].y + 2;
  if (out->label.y + self->lh > self->plot.y + self->plot.height)
    out->label.y = self->plot.y;
  return g_steal_pointer (&out);
}

const SkChartProjectionLayout *
sk_chart_layout_get_projection (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return self->projection;
}

void
sk_chart_projection_draw (cairo_t            *cr,
                          SkChartLayout      *layout,
                          const SkChartColor *line,
                          const SkChartColor *text,
                          const char         *font_family)
{
  const SkChartProjectionLayout *p = sk_chart_layout_get_projection (layout);
  double dash[] = { 6, 4 };
  g_autoptr(PangoFontDescription) font = NULL;
  PangoLayout *pl;
  int w, h;

  if (p == NULL || p->n < 2)
    return;
  cairo_save (cr);

  /* The band: low edge forth, high edge back. */
  cairo_set_source_rgba (cr, line->red, line->green, line->blue, line->alpha * 0.15);
  cairo_move_to (cr, p->low[0].x, p->low[0].y);
  for (guint i = 1; i < p->n; i++)
    cairo_line_to (cr, p->low[i].x, p->low[i].y);
  for (guint i = p->n; i-- > 0;)
    cairo_line_to (cr, p->high[i].x, p->high[i].y);
  cairo_close_path (cr);
  cairo_fill (cr);

  cairo_set_source_rgba (cr, line->red, line->green, line->blue, line->alpha);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, p->line[0].x, p->line[0].y);
  for (guint i = 1; i < p->n; i++)
    cairo_line_to (cr, p->line[i].x, p->line[i].y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  font = pango_font_description_from_string (font_family ? font_family : "Sans");
  pango_font_description_set_absolute_size (font, sk_chart_layout_get_font_size (layout) * PANGO_SCALE);
  pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pl = pango_cairo_create_layout (cr);
  pango_layout_set_font_description (pl, font);
  pango_layout_set_text (pl, p->label.text, -1);
  pango_layout_get_pixel_size (pl, &w, &h);
  cairo_set_source_rgba (cr, text->red, text->green, text->blue, text->alpha);
  cairo_move_to (cr, p->label.right ? p->label.x - w : p->label.x, p->label.y);
  pango_cairo_show_layout (cr, pl);
  g_object_unref (pl);
  cairo_restore (cr);
}
