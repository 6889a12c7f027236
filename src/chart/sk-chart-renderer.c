/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-chart"

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include "sk-chart-layout-projection.h"
#include "sk-chart-renderer-private.h"

/*
 * Why cairo: one drawing path serves every output. On screen a GtkWidget
 * hands us the cairo_t from gtk_snapshot_append_cairo() (GTK 4.8 has no
 * GskPath yet), and the same code writes PNG (image surface), SVG and PDF
 * (vector surfaces, Pango embeds the fonts) and prints through
 * GtkPrintOperation's cairo context. So what the board sees on paper is
 * what was tested on screen.
 */

#define RGB(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, a }

static const SkChartPalette palette_light = {
  .background = RGB (0xffffff, 1),
  .foreground = RGB (0x000000, 0.8),
  .dim        = RGB (0x000000, 0.55),
  .grid       = RGB (0x000000, 0.1),
  .line       = RGB (0x1c71d8, 1),   /* blue 4: its value label is text, 4.5:1 */
  .ytd        = RGB (0x9141ac, 1),   /* purple 3 */
  .r12        = RGB (0xc64600, 1),   /* orange 5 */
  .target     = RGB (0x26a269, 1),   /* green 5 */
  .good       = RGB (0x2ec27e, 0.12),
  .met        = RGB (0x26a269, 1),
  .near       = RGB (0x9c6e03, 1),   /* the light warning colour: yellow 5 has 2.2:1 */
  .not_met    = RGB (0xe01b24, 1),   /* red 3 */
  .missing    = RGB (0x77767b, 1),   /* dark 1: light 5 has 2.9:1 */
  .focus      = RGB (0x1a5fb4, 1),   /* blue 5, apart from the line */
};

static const SkChartPalette palette_dark = {
  .background = RGB (0x242424, 1),   /* libadwaita dark window */
  .foreground = RGB (0xffffff, 1),
  .dim        = RGB (0xffffff, 0.6),
  .grid       = RGB (0xffffff, 0.12),
  .line       = RGB (0x78aeed, 1),   /* dark accent */
  .ytd        = RGB (0xdc8add, 1),   /* purple 2 */
  .r12        = RGB (0xffa348, 1),   /* orange 2 */
  .target     = RGB (0x57e389, 1),   /* green 2 */
  .good       = RGB (0x2ec27e, 0.16),
  .met        = RGB (0x2ec27e, 1),
  .near       = RGB (0xf6d32d, 1),   /* yellow 3 */
  .not_met    = RGB (0xff7b63, 1),   /* dark error */
  .missing    = RGB (0x9a9996, 1),   /* light 5: dark 1 has 2.7:1 on a dark card */
  .focus      = RGB (0x99c1f1, 1),   /* blue 1 */
};

const SkChartPalette *
sk_chart_palette_light (void)
{
  return &palette_light;
}

const SkChartPalette *
sk_chart_palette_dark (void)
{
  return &palette_dark;
}

/* Laid-out texts kept between draws: shaping is the dear part of text, and
 * a dashboard redraws the same labels every frame. Emptied when full. */
#define TEXT_CACHE_MAX 1024

struct _SkChartRenderer
{
  GObject               parent_instance;

  SkChartPalette        palette;
  char                 *font_family;
  gboolean              fill_background;

  PangoContext         *pango;   /* brought up to date with each cairo_t */
  cairo_font_options_t *pango_options;
  cairo_matrix_t        pango_matrix;
  PangoFontDescription *font;
  GHashTable           *texts;   /* "size bold width text" → PangoLayout */
};

G_DEFINE_FINAL_TYPE (SkChartRenderer, sk_chart_renderer, G_TYPE_OBJECT)

static void
sk_chart_renderer_finalize (GObject *object)
{
  SkChartRenderer *self = SK_CHART_RENDERER (object);

  g_free (self->font_family);
  pango_font_description_free (self->font);
  g_hash_table_unref (self->texts);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->pango_options, cairo_font_options_destroy);
  G_OBJECT_CLASS (sk_chart_renderer_parent_class)->finalize (object);
}

static void
sk_chart_renderer_class_init (SkChartRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_chart_renderer_finalize;
}

static void
sk_chart_renderer_init (SkChartRenderer *self)
{
  self->palette = palette_light;
  self->font_family = g_strdup ("Sans");
  self->font = pango_font_description_from_string (self->font_family);
  self->fill_background = TRUE;
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

SkChartRenderer *
sk_chart_renderer_new (const SkChartPalette *palette)
{
  SkChartRenderer *self = g_object_new (SK_TYPE_CHART_RENDERER, NULL);

  if (palette != NULL)
    self->palette = *palette;
  return self;
}

const SkChartPalette *
sk_chart_renderer_get_palette (SkChartRenderer *self)
{
  g_return_val_if_fail (SK_IS_CHART_RENDERER (self), NULL);
  return &self->palette;
}

void
sk_chart_renderer_set_palette (SkChartRenderer      *self,
                               const SkChartPalette *palette)
{
  g_return_if_fail (SK_IS_CHART_RENDERER (self));
  g_return_if_fail (palette != NULL);
  self->palette = *palette;
}

void
sk_chart_renderer_set_font_family (SkChartRenderer *self,
                                   const char      *family)
{
  g_return_if_fail (SK_IS_CHART_RENDERER (self));
  if (family == NULL)
    family = "Sans";
  /* A widget sets it on every frame: only a change empties the cache. */
  if (g_strcmp0 (family, self->font_family) == 0)
    return;
  g_free (self->font_family);
  self->font_family = g_strdup (family);
  pango_font_description_free (self->font);
  self->font = pango_font_description_from_string (self->font_family);
  g_hash_table_remove_all (self->texts);
}

void
sk_chart_renderer_set_fill_background (SkChartRenderer *self,
                                       gboolean         fill)
{
  g_return_if_fail (SK_IS_CHART_RENDERER (self));
  self->fill_background = !!fill;
}

/* ---- Primitives ---- */

/* pango_cairo_update_context() marks the context changed on every call,
 * and so would have every cached text laid out again: call it only when
 * what text layout depends on (font options, scale, rotation) differs
 * from the last cairo_t's. */
static void
update_pango (SkChartRenderer *self,
              cairo_t         *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_font_options_t *set = cairo_font_options_create ();
  cairo_matrix_t m;

  cairo_surface_get_font_options (cairo_get_target (cr), options);
  cairo_get_font_options (cr, set);
  cairo_font_options_merge (options, set);
  cairo_font_options_destroy (set);
  cairo_get_matrix (cr, &m);

  if (self->pango != NULL && cairo_font_options_equal (options, self->pango_options) &&
      m.xx == self->pango_matrix.xx && m.yx == self->pango_matrix.yx &&
      m.xy == self->pango_matrix.xy && m.yy == self->pango_matrix.yy)
    {
      cairo_font_options_destroy (options);
      return;
    }
  if (self->pango == NULL)
    self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_update_context (cr, self->pango);
  g_clear_pointer (&self->pango_options, cairo_font_options_destroy);
  self->pango_options = options;
  self->pango_matrix = m;
}

/* Lays out @text into d->text, from the cache when it was drawn before:
 * @scale × the font size, bold on request, ellipsized at @width (Pango
 * units; -1: never). */
static void
prepare_text (Draw       *d,
              const char *text,
              double      scale,
              gboolean    bold,
              int         width)
{
  SkChartRenderer *self = d->self;
  int size = (int) (d->font_size * scale * PANGO_SCALE); /* as Pango would store it */
  char *key = g_strdup_printf ("%d %d %d %s", size, bold, width, text);
  PangoLayout *layout = g_hash_table_lookup (self->texts, key);

  if (layout != NULL)
    {
      g_free (key);
      d->text = layout;
      return;
    }
  if (g_hash_table_size (self->texts) >= TEXT_CACHE_MAX)
    g_hash_table_remove_all (self->texts);
  layout = pango_layout_new (self->pango);
  pango_font_description_set_absolute_size (self->font, size);
  pango_font_description_set_weight (self->font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, self->font);
  if (width != -1)
    {
      pango_layout_set_width (layout, width);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);
  g_hash_table_insert (self->texts, key, layout);
  d->text = layout;
}

/* Draws @text with its top at @y; @xalign 0 starts at @x, 0.5 centres, 1 ends there. */
static void
show_text (Draw               *d,
           const char         *text,
           double              x,
           double              y,
           double              xalign,
           const SkChartColor *color,
           double              alpha)
{
  int w, h;

  prepare_text (d, text, 1.0, FALSE, -1);
  pango_layout_get_pixel_size (d->text, &w, &h);
  set_color (d->cr, color, alpha);
  cairo_move_to (d->cr, x - xalign * w, y);
  pango_cairo_show_layout (d->cr, d->text);
}

/* A status mark: each status has its own shape, not only its own colour. */
static void
mark_path (cairo_t  *cr,
           SkStatus  status,
           double    x,
           double    y,
           double    r)
{
  switch (status)
    {
    case SK_STATUS_NEAR: /* diamond */
      cairo_move_to (cr, x, y - r * 1.3);
      cairo_line_to (cr, x + r * 1.3, y);
      cairo_line_to (cr, x, y + r * 1.3);
      cairo_line_to (cr, x - r * 1.3, y);
      cairo_close_path (cr);
      break;
    case SK_STATUS_NOT_MET: /* square */
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case SK_STATUS_MET:
    case SK_STATUS_NO_TARGET:
    case SK_STATUS_NOT_COMPARABLE: /* uncoloured, see status_color */
    case SK_STATUS_NO_VALUE:
    default: /* circle */
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

static const SkChartColor *
status_color (const SkChartPalette *pal,
              SkStatus              status)
{
  switch (status)
    {
    case SK_STATUS_MET:     return &pal->met;
    case SK_STATUS_NEAR:    return &pal->near;
    case SK_STATUS_NOT_MET: return &pal->not_met;
    default:                return &pal->line;
    }
}

static void
draw_mark (Draw               *d,
           const SkChartPoint *p,
           double              r)
{
  cairo_t *cr = d->cr;

  mark_path (cr, p->status, p->x, p->y, r);
  set_color (cr, status_color (d->pal, p->status), p->alpha);
  cairo_fill_preserve (cr);
  set_color (cr, &d->pal->background, p->alpha);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  /* Not met also gets a cross: a second cue besides the square. */
  if (p->status == SK_STATUS_NOT_MET && r >= 3)
    {
      double c = r * 0.55;

      cairo_move_to (cr, p->x - c, p->y - c);
      cairo_line_to (cr, p->x + c, p->y + c);
      cairo_move_to (cr, p->x + c, p->y - c);
      cairo_line_to (cr, p->x - c, p->y + c);
      cairo_stroke (cr);
    }
}

/* ---- Parts ---- */

static void
draw_header (Draw *d)
{
  const SkChartRect *plot = sk_chart_layout_get_plot (d->layout);
  const char *title = sk_chart_layout_get_title (d->layout);
  const char *unit = sk_chart_layout_get_axis_unit (d->layout);
  const char *note = sk_chart_layout_get_axis_note (d->layout);
  double line_y = plot->y - d->font_size * 1.35 - 3;
  int w = 0, h;

  if (title != NULL)
    {
      prepare_text (d, title, 1.15, TRUE, (int) ((sk_chart_layout_get_width (d->layout) - 12) * PANGO_SCALE));
      set_color (d->cr, &d->pal->foreground, 1);
      cairo_move_to (d->cr, 6, 6);
      pango_cairo_show_layout (d->cr, d->text);
    }
  if (unit != NULL && *unit)
    {
      show_text (d, unit, 6, line_y, 0, &d->pal->dim, 1);
      pango_layout_get_pixel_size (d->text, &w, &h);
    }
  if (note != NULL)
    show_text (d, note, MAX (6 + w + 8, plot->x), line_y, 0, &d->pal->dim, 1);
}

static void
draw_good_side (Draw *d)
{
  const SkChartTargetStep *steps;
  guint n;

  steps = sk_chart_layout_get_target_steps (d->layout, &n);
  set_color (d->cr, &d->pal->good, 1);
  for (guint i = 0; i < n; i++)
    cairo_rectangle (d->cr, steps[i].good.x, steps[i].good.y, steps[i].good.width, steps[i].good.height);
  cairo_fill (d->cr);
}

static void
draw_value_axis (Draw *d)
{
  const SkChartRect *plot = sk_chart_layout_get_plot (d->layout);
  const SkChartTick *ticks;
  guint n;

  ticks = sk_chart_layout_get_y_ticks (d->layout, &n);
  cairo_set_line_width (d->cr, 1);
  set_color (d->cr, &d->pal->grid, 1);
  for (guint i = 0; i < n; i++)
    {
      /* Half-pixel positions keep 1 px lines crisp. */
      double y = floor (ticks[i].pos) + 0.5;

      cairo_move_to (d->cr, plot->x, y);
      cairo_line_to (d->cr, plot->x + plot->width, y);
    }
  cairo_stroke (d->cr);

  for (guint i = 0; i < n; i++)
    show_text (d, ticks[i].label, plot->x - 6, ticks[i].pos - d->font_size * 0.7, 1, &d->pal->dim, 1);

  /* A broken axis is marked on the axis just above its foot, clear of "jan". */
  if (sk_chart_layout_get_zero_cut (d->layout))
    {
      double x = plot->x, y = plot->y + plot->height - 9;

      set_color (d->cr, &d->pal->dim, 1);
      cairo_move_to (d->cr, x - 4, y + 2);
      cairo_line_to (d->cr, x + 4, y - 2);
      cairo_move_to (d->cr, x - 4, y + 6);
      cairo_line_to (d->cr, x + 4, y + 2);
      cairo_stroke (d->cr);
    }
}

static void
draw_month_axis (Draw *d)
{
  const SkChartRect *plot = sk_chart_layout_get_plot (d->layout);
  const SkChartTick *ticks;
  const double *bounds;
  double bottom = plot->y + plot->height;
  guint n;

  bounds = sk_chart_layout_get_year_bounds (d->layout, &n);
  set_color (d->cr, &d->pal->grid, 1);
  for (guint i = 0; i < n; i++)
    {
      cairo_move_to (d->cr, floor (bounds[i]) + 0.5, plot->y);
      cairo_line_to (d->cr, floor (bounds[i]) + 0.5, bottom + 4);
    }
  cairo_stroke (d->cr);

  ticks = sk_chart_layout_get_x_ticks (d->layout, &n);
  for (guint i = 0; i < n; i++)
    show_text (d, ticks[i].label, ticks[i].pos, bottom + 3, 0.5, &d->pal->dim, 1);
  ticks = sk_chart_layout_get_year_ticks (d->layout, &n);
  for (guint i = 0; i < n; i++)
    show_text (d, ticks[i].label, ticks[i].pos, bottom + 3 + d->font_size * 1.35, 0.5,
               &d->pal->foreground, 1);
}

static void
draw_targets (Draw *d)
{
  const SkChartTargetStep *steps;
  guint n;

  steps = sk_chart_layout_get_target_steps (d->layout, &n);
  cairo_set_line_width (d->cr, 2);
  set_color (d->cr, &d->pal->target, 1);
  for (guint i = 0; i < n; i++)
    {
      gboolean joined = i > 0 && fabs (steps[i - 1].x1 - steps[i].x0) < 0.5;

      /* A step where the target changed between adjacent years. */
      if (joined)
        cairo_line_to (d->cr, steps[i].x0, steps[i].y);
      else
        cairo_move_to (d->cr, steps[i].x0, steps[i].y);
      cairo_line_to (d->cr, steps[i].x1, steps[i].y);
    }
  cairo_stroke (d->cr);
}

static void
draw_points (Draw *d)
{
  const SkChartPoint *points;
  double r = sk_chart_layout_get_mark_radius (d->layout);
  gboolean marks = sk_chart_layout_get_show_marks (d->layout);
  int latest = sk_chart_layout_get_latest (d->layout);
  guint n;

  points = sk_chart_layout_get_points (d->layout, &n);
  for (guint i = 0; i < n; i++)
    {
      const SkChartPoint *p = &points[i];

      if (p->missing)
        {
          /* A reported gap: a hollow ring on the axis, hoverable for its reason. */
          cairo_new_sub_path (d->cr);
          cairo_arc (d->cr, p->x, p->y, r * 0.8, 0, 2 * G_PI);
          set_color (d->cr, &d->pal->missing, p->alpha);
          cairo_set_line_width (d->cr, 1.5);
          cairo_stroke (d->cr);
        }
      else if ((int) i == latest)
        draw_mark (d, p, MAX (r, 4.5));
      /* A lone value (one a year) shows even where months get no marks. */
      else if (!isnan (p->y) && (marks || p->isolated))
        draw_mark (d, p, p->isolated ? MAX (r, 4) : r);
    }
}

static void
draw_label_box (Draw               *d,
                const SkChartLabel *label,
                const SkChartColor *color)
{
  int w, h;
  double x;

  prepare_text (d, label->text, 1.0, TRUE, -1);
  pango_layout_get_pixel_size (d->text, &w, &h);
  x = label->right ? label->x - w : label->x;
  /* A halo of background keeps the text legible over lines. */
  set_color (d->cr, &d->pal->background, 0.85);
  cairo_rectangle (d->cr, x - 2, label->y, w + 4, h);
  cairo_fill (d->cr);
  set_color (d->cr, color, 1);
  cairo_move_to (d->cr, x, label->y);
  pango_cairo_show_layout (d->cr, d->text);
}

static void
draw_labels (Draw *d)
{
  const SkChartLabel *labels;
  const SkChartLabel *latest = sk_chart_layout_get_latest_label (d->layout);
  guint n;

  labels = sk_chart_layout_get_line_labels (d->layout, &n);
  for (guint i = 0; i + 1 < n; i++)
    show_text (d, labels[i].text, labels[i].x, labels[i].y, 0, &d->pal->dim, 1);
  if (n > 0)
    show_text (d, labels[n - 1].text, labels[n - 1].x, labels[n - 1].y, 0, &d->pal->line, 1);
  if (latest != NULL)
    draw_label_box (d, latest, &d->pal->foreground);
}

static void
draw_focus (Draw *d,
            int   focused)
{
  const SkChartPoint *points;
  const SkChartRect *plot = sk_chart_layout_get_plot (d->layout);
  static const double dash[] = { 3, 3 };
  guint n;

  points = sk_chart_layout_get_points (d->layout, &n);
  if (focused < 0 || (guint) focused >= n || isnan (points[focused].y))
    return;

  /* A guide down to the month axis, and a ring round the point. */
  set_color (d->cr, &d->pal->focus, 0.6);
  cairo_set_line_width (d->cr, 1);
  cairo_set_dash (d->cr, dash, 2, 0);
  cairo_move_to (d->cr, floor (points[focused].x) + 0.5, plot->y);
  cairo_line_to (d->cr, floor (points[focused].x) + 0.5, plot->y + plot->height);
  cairo_stroke (d->cr);
  cairo_set_dash (d->cr, NULL, 0, 0);

  set_color (d->cr, &d->pal->focus, 1);
  cairo_set_line_width (d->cr, 2);
  cairo_new_sub_path (d->cr);
  cairo_arc (d->cr, points[focused].x, points[focused].y,
             sk_chart_layout_get_mark_radius (d->layout) + 4, 0, 2 * G_PI);
  cairo_stroke (d->cr);
}

void
sk_chart_renderer_draw (SkChartRenderer *self,
                        cairo_t         *cr,
                        SkChartLayout   *layout,
                        int              focused)
{
  Draw d;

  g_return_if_fail (SK_IS_CHART_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (SK_IS_CHART_LAYOUT (layout));

  d.self = self;
  d.pal = &self->palette;
  d.cr = cr;
  d.layout = layout;
  d.font_size = sk_chart_layout_get_font_size (layout);
  d.text = NULL;
  update_pango (self, cr);

  cairo_save (cr);
  if (self->fill_background)
    {
      set_color (cr, &d.pal->background, 1);
      cairo_rectangle (cr, 0, 0, sk_chart_layout_get_width (layout), sk_chart_layout_get_height (layout));
      cairo_fill (cr);
    }
  draw_header (&d);
  draw_good_side (&d);
  draw_value_axis (&d);
  draw_month_axis (&d);
  draw_targets (&d);

  /* No clip: the axis range holds every value drawn, and clipping
   * doubles the cost of stroking a long line. Only an axis fixed by the
   * caller (units compared on one axis) may leave values outside. */
  cairo_save (cr);
  if (isfinite (sk_chart_layout_get_options (layout)->axis_min))
    {
      const SkChartRect *plot = sk_chart_layout_get_plot (layout);
      double m = sk_chart_layout_get_mark_radius (layout) + 3;

      cairo_rectangle (cr, plot->x - m, plot->y - m, plot->width + 2 * m, plot->height + 2 * m);
      cairo_clip (cr);
    }
  sk_chart_projection_draw (cr, layout, &d.pal->line, &d.pal->dim, self->font_family);
  sk_chart_renderer_draw_segments (&d);
  draw_points (&d);
  cairo_restore (cr);

  draw_labels (&d);
  draw_focus (&d, focused);
  cairo_restore (cr);
}

/* ---- Files ---- */

static cairo_surface_t *
create_file_surface (const char  *path,
                     double       width,
                     double       height,
                     gboolean    *png,
                     GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  *png = g_str_has_suffix (lower, ".png");
  if (*png)
    return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width), (int) ceil (height));
  if (g_str_has_suffix (lower, ".svg"))
    return cairo_svg_surface_create (path, width, height);
  if (g_str_has_suffix (lower, ".pdf"))
    return cairo_pdf_surface_create (path, width, height);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("Cannot tell the file format of “%s”: use .png, .svg or .pdf."), path);
  return NULL;
}

gboolean
sk_chart_renderer_write_file (SkChartRenderer  *self,
                              SkChartLayout    *layout,
                              const char       *path,
                              GError          **error)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (layout), FALSE);

  return sk_chart_renderer_write_grid (self, &layout, 1, 1, path, error);
}

gboolean
sk_chart_renderer_write_grid (SkChartRenderer  *self,
                              SkChartLayout   **layouts,
                              guint             n,
                              guint             cols,
                              const char       *path,
                              GError          **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  double cell_w, cell_h;
  guint rows;
  cairo_t *cr;
  gboolean png;

  g_return_val_if_fail (SK_IS_CHART_RENDERER (self), FALSE);
  g_return_val_if_fail (layouts != NULL && n > 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  cols = CLAMP (cols, 1, n);
  rows = (n + cols - 1) / cols;
  cell_w = cell_h = 0;
  for (guint i = 0; i < n; i++)
    {
      g_return_val_if_fail (SK_IS_CHART_LAYOUT (layouts[i]), FALSE);
      cell_w = MAX (cell_w, sk_chart_layout_get_width (layouts[i]));
      cell_h = MAX (cell_h, sk_chart_layout_get_height (layouts[i]));
    }
  surface = create_file_surface (path, cell_w * cols, cell_h * rows, &png, error);
  if (surface == NULL)
    return FALSE;

  cr = cairo_create (surface);
  /* One background for the whole sheet, also behind an empty last cell. */
  if (self->fill_background)
    {
      set_color (cr, &self->palette.background, 1);
      cairo_paint (cr);
    }
  for (guint i = 0; i < n; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, (i % cols) * cell_w, (i / cols) * cell_h);
      sk_chart_renderer_draw (self, cr, layouts[i], -1);
      cairo_restore (cr);
    }
  cairo_show_page (cr);
  status = cairo_status (cr);
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
