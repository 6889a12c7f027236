/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "sk-chart-renderer.h"

#define WIDTH 640
#define HEIGHT 400

/* Two years of a share at 80 %, one month at 97 % (met), one gap. */
static SkChartSeries *
make_series (void)
{
  SkChartSeries *s = sk_chart_series_new ("Andel vuxna som kallas i tid", "%", SK_DIRECTION_HIGHER, 2024, 2025);
  g_autoptr(SkTarget) target = sk_target_new (">95 %");

  for (guint i = 0; i < 24; i++)
    sk_chart_series_set_value (s, i, i == 10 ? 97 : i == 17 ? NAN : 80);
  sk_chart_series_set_target (s, 2024, target, NAN, NAN);
  sk_chart_series_set_target (s, 2025, target, NAN, NAN);
  return s;
}

typedef struct
{
  int r, g, b;
} Rgb;

static Rgb
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 p = *(guint32 *) (data + (int) floor (y) * stride + (int) floor (x) * 4);
  Rgb rgb = { (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff };

  return rgb;
}

static Rgb
color_rgb (const SkChartColor *c)
{
  Rgb rgb = { (int) round (c->red * 255), (int) round (c->green * 255), (int) round (c->blue * 255) };

  return rgb;
}

static gboolean
close_to (Rgb a,
          Rgb b,
          int tolerance)
{
  return abs (a.r - b.r) <= tolerance && abs (a.g - b.g) <= tolerance && abs (a.b - b.b) <= tolerance;
}

#define assert_color(got, want, tol) \
  G_STMT_START { \
    Rgb g_ = (got), w_ = (want); \
    if (!close_to (g_, w_, tol)) \
      g_error ("pixel #%02x%02x%02x is not #%02x%02x%02x", g_.r, g_.g, g_.b, w_.r, w_.g, w_.b); \
  } G_STMT_END

static cairo_surface_t *
render (SkChartLayout        *layout,
        const SkChartPalette *palette,
        int                   focused)
{
  g_autoptr(SkChartRenderer) renderer = sk_chart_renderer_new (palette);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  sk_chart_renderer_draw (renderer, cr, layout, focused);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
test_pixels_where_the_layout_says (gconstpointer data)
{
  const SkChartPalette *palette = data;
  g_autoptr(SkChartSeries) s = make_series ();
  g_autoptr(SkChartLayout) layout = sk_chart_layout_new (s, WIDTH, HEIGHT, NULL);
  const SkChartTargetStep *steps;
  const SkChartPoint *points;
  const SkChartRect *plot;
  cairo_surface_t *surface;
  double x, y, y80;
  guint n;

  surface = render (layout, palette, -1);
  plot = sk_chart_layout_get_plot (layout);
  points = sk_chart_layout_get_points (layout, NULL);

  /* The background. */
  assert_color (pixel (surface, 1, HEIGHT - 2), color_rgb (&palette->background), 2);

  /* The target line lies where the layout put 95 %, in the target colour. */
  steps = sk_chart_layout_get_target_steps (layout, &n);
  g_assert_cmpuint (n, ==, 2);
  x = (points[4].x + points[5].x) / 2;
  assert_color (pixel (surface, x, steps[0].y), color_rgb (&palette->target), 8);
  /* Three px below it (not the good side here) is plain background. */
  assert_color (pixel (surface, x, steps[0].y + 4), color_rgb (&palette->background), 8);
  /* Above it, the good side: a tint of the background, not the background. */
  y = (plot->y + steps[0].y) / 2;
  g_assert_false (close_to (pixel (surface, x, y), color_rgb (&palette->background), 3));

  /* The month line at 80 %, between January and February: the series colour. */
  y80 = sk_chart_layout_value_to_y (layout, 80);
  g_assert_cmpfloat_with_epsilon (points[0].y, y80, 1e-6);
  assert_color (pixel (surface, (points[0].x + points[1].x) / 2, y80), color_rgb (&palette->line), 8);
  /* The met month carries the met mark, not the line colour. */
  g_assert_cmpint (points[10].status, ==, SK_STATUS_MET);
  assert_color (pixel (surface, points[10].x, points[10].y), color_rgb (&palette->met), 8);
  /* The gap in June 2025 is not bridged. */
  g_assert_true (isnan (points[17].y));
  g_assert_false (close_to (pixel (surface, points[17].x, y80), color_rgb (&palette->line), 40));

  cairo_surface_destroy (surface);
}

static void
test_focus_ring (void)
{
  g_autoptr(SkChartSeries) s = make_series ();
  g_autoptr(SkChartLayout) layout = sk_chart_layout_new (s, WIDTH, HEIGHT, NULL);
  const SkChartPalette *palette = sk_chart_palette_light ();
  const SkChartPoint *points = sk_chart_layout_get_points (layout, NULL);
  double ring = sk_chart_layout_get_mark_radius (layout) + 4;
  cairo_surface_t *plain = render (layout, palette, -1);
  cairo_surface_t *focused = render (layout, palette, 5);

  /* A ring round the focused point, only when focused. */
  assert_color (pixel (focused, points[5].x, points[5].y - ring), color_rgb (&palette->focus), 40);
  g_assert_false (close_to (pixel (plain, points[5].x, points[5].y - ring), color_rgb (&palette->focus), 40));

  cairo_surface_destroy (plain);
  cairo_surface_destroy (focused);
}

/* Pixels of @want within @r px of (@x, @y). */
static int
count_near (cairo_surface_t *surface,
            double           x,
            double           y,
            int              r,
            Rgb              want)
{
  int n = 0;

  for (int dy = -r; dy <= r; dy++)
    for (int dx = -r; dx <= r; dx++)
      n += close_to (pixel (surface, x + dx, y + dy), want, 40);
  return n;
}

/* A yearly indicator in a dashboard-sized chart: each year's lone value
 * shows as a status mark, not only the latest one, on an image (the
 * rasterized line) and through a recording surface (the vector path of
 * SVG, PDF and printing). */
static void
test_one_value_per_year (gconstpointer data)
{
  gboolean vector = GPOINTER_TO_INT (data);
  g_autoptr(SkChartSeries) s = sk_chart_series_new ("OSA-index", "", SK_DIRECTION_HIGHER, 2023, 2025);
  g_autoptr(SkChartRenderer) renderer = sk_chart_renderer_new (NULL);
  g_autoptr(SkChartLayout) layout = NULL;
  const SkChartPalette *palette = sk_chart_palette_light ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 280, 140);
  const SkChartPoint *points;
  SkChartOptions options;
  cairo_t *cr;

  for (int y = 2023; y <= 2025; y++)
    {
      int i = sk_chart_series_index (s, y, 10);

      sk_chart_series_set_value (s, i, 70 + 5 * (y - 2023));
      sk_chart_series_set_status (s, i, SK_STATUS_NOT_MET);
    }
  sk_chart_options_init (&options);
  options.show_title = FALSE;
  layout = sk_chart_layout_new (s, 280, 140, &options);
  g_assert_false (sk_chart_layout_get_show_marks (layout));

  cr = cairo_create (surface);
  if (vector)
    {
      cairo_surface_t *rec = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *rcr = cairo_create (rec);

      sk_chart_renderer_draw (renderer, rcr, layout, -1);
      cairo_destroy (rcr);
      cairo_set_source_surface (cr, rec, 0, 0);
      cairo_paint (cr);
      cairo_surface_destroy (rec);
    }
  else
    sk_chart_renderer_draw (renderer, cr, layout, -1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  points = sk_chart_layout_get_points (layout, NULL);
  for (int y = 2023; y <= 2025; y++)
    {
      const SkChartPoint *p = &points[sk_chart_series_index (s, y, 10)];

      /* A square of the not-met colour, some 7 px across. */
      g_assert_true (p->isolated);
      g_assert_cmpint (count_near (surface, p->x, p->y, 4, color_rgb (&palette->not_met)), >=, 12);
    }
  /* And nothing of it where there is no value. */
  g_assert_cmpint (count_near (surface, points[sk_chart_series_index (s, 2024, 4)].x,
                               sk_chart_layout_value_to_y (layout, 75), 4,
                               color_rgb (&palette->not_met)), ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_grid_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styrkort-chart-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "grid.png", NULL);
  g_autoptr(SkChartSeries) s = make_series ();
  g_autoptr(SkChartLayout) a = sk_chart_layout_new (s, 300, 200, NULL);
  g_autoptr(SkChartLayout) b = sk_chart_layout_new (s, 300, 200, NULL);
  g_autoptr(SkChartLayout) c = sk_chart_layout_new (s, 300, 200, NULL);
  SkChartLayout *layouts[] = { a, b, c };
  g_autoptr(SkChartRenderer) renderer = sk_chart_renderer_new (NULL);
  cairo_surface_t *back;
  const SkChartPoint *points = sk_chart_layout_get_points (a, NULL);

  g_assert_no_error (error);
  g_assert_true (sk_chart_renderer_write_grid (renderer, layouts, 3, 2, png, &error));
  g_assert_no_error (error);
  /* Two columns, two rows; the third chart bottom left, with its met mark. */
  back = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (back), ==, 600);
  g_assert_cmpint (cairo_image_surface_get_height (back), ==, 400);
  assert_color (pixel (back, points[10].x, 200 + points[10].y), color_rgb (&sk_chart_palette_light ()->met), 8);
  assert_color (pixel (back, 300 + points[10].x, points[10].y), color_rgb (&sk_chart_palette_light ()->met), 8);
  cairo_surface_destroy (back);
  g_unlink (png);
  g_rmdir (dir);
}

static void
assert_file (const char *path,
             const char *magic,
             gsize       min_size)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, min_size);
  g_assert_nonnull (g_strstr_len (contents, MIN (length, 512), magic));
  g_unlink (path);
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styrkort-chart-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.PDF", NULL);
  g_autofree char *txt = g_build_filename (dir, "chart.txt", NULL);
  g_autoptr(SkChartSeries) s = make_series ();
  g_autoptr(SkChartLayout) layout = sk_chart_layout_new (s, WIDTH, HEIGHT, NULL);
  g_autoptr(SkChartRenderer) renderer = sk_chart_renderer_new (sk_chart_palette_dark ());
  cairo_surface_t *back;

  g_assert_no_error (error);
  g_assert_true (sk_chart_renderer_write_file (renderer, layout, png, &error));
  g_assert_no_error (error);
  g_assert_true (sk_chart_renderer_write_file (renderer, layout, svg, &error));
  g_assert_no_error (error);
  g_assert_true (sk_chart_renderer_write_file (renderer, layout, pdf, &error));
  g_assert_no_error (error);

  /* The PNG reads back in the layout's size, on the dark background. */
  back = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (back), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (back), ==, WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (back), ==, HEIGHT);
  assert_color (pixel (back, 1, HEIGHT - 2), color_rgb (&sk_chart_palette_dark ()->background), 2);
  cairo_surface_destroy (back);

  assert_file (png, "\x89PNG", 4000);
  assert_file (svg, "<svg", 4000);
  assert_file (pdf, "%PDF-", 4000);

  g_assert_false (sk_chart_renderer_write_file (renderer, layout, txt, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/chart-render/light", sk_chart_palette_light (), test_pixels_where_the_layout_says);
  g_test_add_data_func ("/chart-render/dark", sk_chart_palette_dark (), test_pixels_where_the_layout_says);
  g_test_add_func ("/chart-render/focus", test_focus_ring);
  g_test_add_func ("/chart-render/files", test_files);
  g_test_add_func ("/chart-render/grid-file", test_grid_file);
  g_test_add_data_func ("/chart-render/one-value-per-year/image", GINT_TO_POINTER (FALSE), test_one_value_per_year);
  g_test_add_data_func ("/chart-render/one-value-per-year/vector", GINT_TO_POINTER (TRUE), test_one_value_per_year);

  return g_test_run ();
}
