/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-chart"

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "sk-chart-page.h"
#include "sk-format.h"

/* A4 landscape, in pt: what a PDF gets unless told otherwise. */
#define A4_LONG   841.89
#define A4_SHORT  595.28
#define LETTER_LONG  792.0
#define LETTER_SHORT 612.0
/* Around a PDF page's content (12,7 mm) and a PNG/SVG sheet's. */
#define PDF_MARGIN   36.0
#define SHEET_MARGIN 16.0

struct _SkChartPage
{
  GPtrArray      *series;       /* SkChartSeries */
  SkChartOptions  options;
  char           *title;
  gboolean        one_indicator; /* all series show one indicator */
};

SkChartPage *
sk_chart_page_new (SkChartSeries * const *series,
                   guint                 n,
                   const SkChartOptions *options,
                   const char           *title)
{
  SkChartPage *self;

  g_return_val_if_fail (series != NULL && n > 0, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (SkChartPage, 1);
  self->series = g_ptr_array_new_with_free_func (g_object_unref);
  self->one_indicator = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (self->series, g_object_ref (series[i]));
      self->one_indicator &= g_strcmp0 (sk_chart_series_get_name (series[i]),
                                        sk_chart_series_get_name (series[0])) == 0;
    }
  self->options = *options;
  /* The header names the chart: a title above the plot would repeat it
   * (and be cut to one line). */
  self->options.show_title = FALSE;
  if (title != NULL)
    self->title = g_strdup (title);
  else if (self->one_indicator)
    self->title = g_strdup (sk_chart_series_get_name (series[0]));
  return self;
}

void
sk_chart_page_free (SkChartPage *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->series);
  g_free (self->title);
  g_free (self);
}

guint
sk_chart_page_get_n_series (SkChartPage *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->series->len;
}

const char *
sk_chart_page_get_title (SkChartPage *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

static SkChartSeries *
series_at (SkChartPage *self,
           guint        i)
{
  return g_ptr_array_index (self->series, i);
}

/* Clamps @first/@count to the series there are. */
static void
clamp_range (SkChartPage *self,
             guint       *first,
             guint       *count)
{
  *first = MIN (*first, self->series->len);
  *count = MIN (*count, self->series->len - *first);
}

char *
sk_chart_page_format_date (const char *iso8601)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (iso8601 == NULL)
    return NULL;
  parsed = g_date_time_new_from_iso8601 (iso8601, utc);
  if (parsed == NULL)
    {
      /* A date alone ("2026-12-06"), as an import may bring it. */
      g_autofree char *midnight = g_strdup_printf ("%.10sT00:00:00", iso8601);
      parsed = g_date_time_new_from_iso8601 (midnight, utc);
      if (parsed == NULL)
        return NULL;
      local = g_date_time_ref (parsed);
    }
  else
    local = g_date_time_to_local (parsed);
  return g_strdup_printf ("%d %s %d", g_date_time_get_day_of_month (local),
                          sk_month_abbrev (g_date_time_get_month (local)),
                          g_date_time_get_year (local));
}

static char *
period_text (SkChartSeries *series)
{
  int first = sk_chart_series_get_first_year (series);
  int last = sk_chart_series_get_last_year (series);

  if (first == last)
    return g_strdup_printf ("%s–%s %d", sk_month_abbrev (1), sk_month_abbrev (12), first);
  return g_strdup_printf ("%s %d – %s %d", sk_month_abbrev (1), first, sk_month_abbrev (12), last);
}

char *
sk_chart_page_get_details (SkChartPage *self,
                           guint        first,
                           guint        count)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *unit_name, *measure_unit;
  const char *newest = NULL;
  g_autofree char *date = NULL;
  g_autofree char *period = NULL;
  gboolean one_unit = TRUE, one_measure = TRUE;

  g_return_val_if_fail (self != NULL, NULL);
  clamp_range (self, &first, &count);
  if (count == 0)
    return g_strdup ("");

  unit_name = sk_chart_series_get_unit_name (series_at (self, first));
  measure_unit = sk_chart_series_get_measure_unit (series_at (self, first));
  for (guint i = first; i < first + count; i++)
    {
      SkChartSeries *s = series_at (self, i);
      const char *changed = sk_chart_series_get_changed_at (s);

      one_unit &= g_strcmp0 (sk_chart_series_get_unit_name (s), unit_name) == 0;
      one_measure &= g_strcmp0 (sk_chart_series_get_measure_unit (s), measure_unit) == 0;
      if (g_strcmp0 (changed, newest) > 0)
        newest = changed;
    }

  /* Units compared are named over their charts instead. */
  if (one_unit && unit_name != NULL && *unit_name)
    g_ptr_array_add (parts, g_strdup (unit_name));
  if (one_measure && measure_unit != NULL && *measure_unit)
    g_ptr_array_add (parts, g_strdup_printf (_("Measure unit: %s"), measure_unit));
  period = period_text (series_at (self, first));
  g_ptr_array_add (parts, g_strdup_printf (_("Period: %s"), period));
  if ((date = sk_chart_page_format_date (newest)) != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("Data as of %s"), date));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

gboolean
sk_chart_page_get_fictional (SkChartPage *self,
                             guint        first,
                             guint        count)
{
  g_return_val_if_fail (self != NULL, FALSE);
  clamp_range (self, &first, &count);
  for (guint i = first; i < first + count; i++)
    {
      SkChartSeries *s = series_at (self, i);

      for (guint m = 0; m < sk_chart_series_get_n_months (s); m++)
        if (sk_chart_series_get_fictional (s, m))
          return TRUE;
    }
  return FALSE;
}

/* ---- Drawing ---- */

/* Sizes for a page @width wide: larger on a wide sheet, never tiny on paper. */
static double
title_size (double width)
{
  return CLAMP (width / 46, 13, 22);
}

static double
text_size (double width)
{
  return MAX (title_size (width) * 0.68, 9);
}

static PangoLayout *
text_layout (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold,
             double      width,
             gboolean    markup)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Wrapped, never ellipsized: a title that leaves the app is whole. */
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Shows (when @draw) @layout at (@x, *@y) and moves *@y below it. */
static void
place (cairo_t            *cr,
       PangoLayout        *layout,
       double              x,
       double             *y,
       const SkChartColor *color,
       gboolean            draw)
{
  int h;

  pango_layout_get_pixel_size (layout, NULL, &h);
  if (draw)
    {
      cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
      cairo_move_to (cr, x, *y);
      pango_cairo_show_layout (cr, layout);
    }
  *y += h;
}

/* The header's height; drawn too when @draw. */
static double
header (SkChartPage          *self,
        cairo_t              *cr,
        const SkChartPalette *pal,
        double                width,
        guint                 first,
        guint                 count,
        gboolean              draw)
{
  double ts = text_size (width);
  double y = 0;
  g_autofree char *details = sk_chart_page_get_details (self, first, count);

  if (self->title != NULL)
    {
      g_autoptr(PangoLayout) t = text_layout (cr, self->title, title_size (width), TRUE, width, FALSE);

      place (cr, t, 0, &y, &pal->foreground, draw);
      y += ts * 0.3;
    }
  {
    g_autoptr(PangoLayout) d = text_layout (cr, details, ts, FALSE, width, FALSE);

    place (cr, d, 0, &y, &pal->dim, draw);
  }
  if (sk_chart_page_get_fictional (self, first, count))
    {
      /* Boxed and in words, so it survives a black-and-white printer. */
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>: %s", _("Fictional outcomes"),
                                                         _("some values shown are generated example figures, not real outcomes."));
      double pad = ts * 0.45;
      g_autoptr(PangoLayout) n = text_layout (cr, markup, ts, FALSE, width - 2 * pad, TRUE);
      int h;

      y += ts * 0.5;
      pango_layout_get_pixel_size (n, NULL, &h);
      if (draw)
        {
          cairo_rectangle (cr, 0.5, y + 0.5, width - 1, h + 2 * pad - 1);
          cairo_set_source_rgba (cr, pal->r12.red, pal->r12.green, pal->r12.blue, 0.12);
          cairo_fill_preserve (cr);
          cairo_set_source_rgba (cr, pal->r12.red, pal->r12.green, pal->r12.blue, 1);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
        }
      y += pad;
      place (cr, n, pad, &y, &pal->foreground, draw);
      y += pad;
    }
  return y + ts;
}

/* What names a cell: the unit when one indicator is compared across
 * units, the indicator (and its unit when the units differ) when an
 * area's indicators are shown; NULL for a single chart the header names. */
static char *
caption (SkChartPage *self,
         guint        i)
{
  SkChartSeries *s = series_at (self, i);
  const char *name = sk_chart_series_get_name (s);
  const char *unit = sk_chart_series_get_unit_name (s);
  gboolean one_unit = TRUE;

  if (self->one_indicator && g_strcmp0 (self->title, name) == 0)
    return self->series->len == 1 || unit == NULL ? NULL : g_strdup (unit);
  for (guint k = 0; k < self->series->len; k++)
    one_unit &= g_strcmp0 (sk_chart_series_get_unit_name (series_at (self, k)), unit) == 0;
  if (one_unit || unit == NULL)
    return g_strdup (name);
  return g_strdup_printf ("%s · %s", name, unit);
}

static double
caption_height (SkChartPage *self,
                cairo_t     *cr,
                guint        i,
                double       cell_width,
                double       size)
{
  g_autofree char *text = caption (self, i);
  g_autoptr(PangoLayout) layout = NULL;
  int h;

  if (text == NULL)
    return 0;
  layout = text_layout (cr, text, size, TRUE, cell_width, FALSE);
  pango_layout_get_pixel_size (layout, NULL, &h);
  return h + size * 0.3;
}

void
sk_chart_page_draw (SkChartPage     *self,
                    SkChartRenderer *renderer,
                    cairo_t         *cr,
                    double           width,
                    double           height,
                    guint            first,
                    guint            count,
                    guint            cols)
{
  const SkChartPalette *pal;
  double top, gap, cell_w, row_h, ts;
  guint rows;

  g_return_if_fail (self != NULL);
  g_return_if_fail (SK_IS_CHART_RENDERER (renderer));
  g_return_if_fail (cr != NULL);

  clamp_range (self, &first, &count);
  pal = sk_chart_renderer_get_palette (renderer);
  ts = text_size (width);
  cairo_save (cr);
  top = header (self, cr, pal, width, first, count, TRUE);
  if (count == 0)
    {
      cairo_restore (cr);
      return;
    }

  cols = CLAMP (cols, 1, count);
  rows = (count + cols - 1) / cols;
  gap = ts;
  cell_w = (width - gap * (cols - 1)) / cols;
  row_h = (height - top - gap * (rows - 1)) / rows;
  for (guint r = 0; r < rows; r++)
    {
      double cap_h = 0;
      double y = top + r * (row_h + gap);

      /* One caption height a row, so the plots of a row line up. */
      for (guint c = 0; c < cols && first + r * cols + c < first + count; c++)
        cap_h = MAX (cap_h, caption_height (self, cr, first + r * cols + c, cell_w, ts));
      for (guint c = 0; c < cols; c++)
        {
          guint i = first + r * cols + c;
          double x = c * (cell_w + gap);
          g_autoptr(SkChartLayout) layout = NULL;
          g_autofree char *text = NULL;

          if (i >= first + count)
            break;
          if ((text = caption (self, i)) != NULL)
            {
              g_autoptr(PangoLayout) t = text_layout (cr, text, ts, TRUE, cell_w, FALSE);
              double ty = y;

              place (cr, t, x, &ty, &pal->foreground, TRUE);
            }
          layout = sk_chart_layout_new (series_at (self, i), cell_w, MAX (row_h - cap_h, 40), &self->options);
          cairo_save (cr);
          cairo_translate (cr, x, y + cap_h);
          sk_chart_renderer_draw (renderer, cr, layout, -1);
          cairo_restore (cr);
        }
    }
  cairo_restore (cr);
}

/* ---- Files ---- */

gboolean
sk_chart_page_paper_size (const char *name,
                          gboolean    landscape,
                          double     *width,
                          double     *height)
{
  double l, s;

  if (g_ascii_strcasecmp (name, "a4") == 0)
    l = A4_LONG, s = A4_SHORT;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    l = LETTER_LONG, s = LETTER_SHORT;
  else
    return FALSE;
  *width = landscape ? l : s;
  *height = landscape ? s : l;
  return TRUE;
}

static gboolean
finish (cairo_t          *cr,
        cairo_surface_t  *surface,
        gboolean          png,
        const char       *path,
        GError          **error)
{
  cairo_status_t status = cairo_status (cr);

  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && png)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write the chart to “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static void
paint_background (cairo_t         *cr,
                  SkChartRenderer *renderer)
{
  const SkChartColor *bg = &sk_chart_renderer_get_palette (renderer)->background;

  cairo_set_source_rgba (cr, bg->red, bg->green, bg->blue, 1);
  cairo_paint (cr);
}

static gboolean
write_pdf (SkChartPage     *self,
           SkChartRenderer *renderer,
           guint            cols,
           double           paper_width,
           double           paper_height,
           const char      *path,
           GError         **error)
{
  guint n = self->series->len;
  guint rows, per_page;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (paper_width <= 0 || paper_height <= 0)
    sk_chart_page_paper_size ("a4", TRUE, &paper_width, &paper_height);
  cols = CLAMP (cols, 1, n);
  rows = MIN ((n + cols - 1) / cols, paper_width > paper_height ? 2u : 3u);
  per_page = cols * rows;

  surface = cairo_pdf_surface_create (path, paper_width, paper_height);
  cr = cairo_create (surface);
  for (guint first = 0; first < n; first += per_page)
    {
      cairo_save (cr);
      paint_background (cr, renderer);
      cairo_translate (cr, PDF_MARGIN, PDF_MARGIN);
      sk_chart_page_draw (self, renderer, cr, paper_width - 2 * PDF_MARGIN, paper_height - 2 * PDF_MARGIN,
                          first, per_page, cols);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  return finish (cr, surface, FALSE, path, error);
}

gboolean
sk_chart_page_write_file (SkChartPage     *self,
                          SkChartRenderer *renderer,
                          guint            cols,
                          double           chart_width,
                          double           chart_height,
                          double           paper_width,
                          double           paper_height,
                          const char      *path,
                          GError         **error)
{
  g_autofree char *lower = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height, head, cap = 0, gap;
  guint n, rows;
  gboolean png;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SK_IS_CHART_RENDERER (renderer), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".pdf"))
    return write_pdf (self, renderer, cols, paper_width, paper_height, path, error);
  png = g_str_has_suffix (lower, ".png");
  if (!png && !g_str_has_suffix (lower, ".svg"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot tell the file format of “%s”: use .png, .svg or .pdf."), path);
      return FALSE;
    }

  /* The sheet grows by the header the wrapped text needs: measured first. */
  n = self->series->len;
  cols = CLAMP (cols, 1, n);
  rows = (n + cols - 1) / cols;
  width = cols * chart_width + (cols - 1) * text_size (cols * chart_width);
  gap = text_size (width);
  {
    cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
    cairo_t *m = cairo_create (scratch);

    head = header (self, m, sk_chart_renderer_get_palette (renderer), width, 0, n, FALSE);
    for (guint i = 0; i < n; i++)
      cap = MAX (cap, caption_height (self, m, i, chart_width, gap));
    cairo_destroy (m);
    cairo_surface_destroy (scratch);
  }
  height = head + rows * (chart_height + cap) + (rows - 1) * gap;

  if (png)
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width + 2 * SHEET_MARGIN),
                                          (int) ceil (height + 2 * SHEET_MARGIN));
  else
    surface = cairo_svg_surface_create (path, width + 2 * SHEET_MARGIN, height + 2 * SHEET_MARGIN);
  cr = cairo_create (surface);
  paint_background (cr, renderer);
  cairo_translate (cr, SHEET_MARGIN, SHEET_MARGIN);
  sk_chart_page_draw (self, renderer, cr, width, height, 0, n, cols);
  cairo_show_page (cr);
  return finish (cr, surface, png, path, error);
}
