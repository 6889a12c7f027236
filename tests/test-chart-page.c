/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-page"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sk-chart-page.h"

/* What the header of a chart that leaves the app says: gathered from the
 * series shown, so the file and the paper tell what and when. */

static SkChartSeries *
make_series (const char *name,
             const char *unit,
             const char *changed_at)
{
  SkChartSeries *s = sk_chart_series_new (name, "%", SK_DIRECTION_HIGHER, 2024, 2024);

  sk_chart_series_set_unit_name (s, unit);
  sk_chart_series_set_changed_at (s, changed_at);
  for (guint i = 0; i < 12; i++)
    sk_chart_series_set_value (s, i, 80 + i);
  return s;
}

static void
test_details (void)
{
  g_autoptr(SkChartSeries) a = make_series ("Sjukfrånvaro", "NSVH", "2026-12-06T10:00:00Z");
  g_autoptr(SkChartSeries) b = make_series ("Sjukfrånvaro", "Folktandvården", "2025-03-01T08:00:00Z");
  g_autoptr(SkChartSeries) none = make_series ("Sjukfrånvaro", "NSVH", NULL);
  SkChartSeries *both[] = { b, a };
  SkChartOptions options;
  g_autoptr(SkChartPage) one = NULL;
  g_autoptr(SkChartPage) compared = NULL;
  g_autoptr(SkChartPage) undated = NULL;
  g_autofree char *text = NULL;

  sk_chart_options_init (&options);
  one = sk_chart_page_new (&a, 1, &options, NULL);
  g_assert_cmpstr (sk_chart_page_get_title (one), ==, "Sjukfrånvaro");
  text = sk_chart_page_get_details (one, 0, 1);
  g_assert_cmpstr (text, ==, "NSVH · Measure unit: % · Period: Jan–Dec 2024 · Data as of 6 Dec 2026");

  /* Units compared: named over their charts, not in the header; the
   * newest date of all. */
  compared = sk_chart_page_new (both, 2, &options, NULL);
  g_free (text);
  text = sk_chart_page_get_details (compared, 0, 2);
  g_assert_cmpstr (text, ==, "Measure unit: % · Period: Jan–Dec 2024 · Data as of 6 Dec 2026");

  /* No outcome read: no date rather than a made-up one. */
  undated = sk_chart_page_new (&none, 1, &options, NULL);
  g_free (text);
  text = sk_chart_page_get_details (undated, 0, 1);
  g_assert_null (strstr (text, "Data as of"));
}

static void
test_fictional (void)
{
  g_autoptr(SkChartSeries) real = make_series ("Personalomsättning", "NSVH", NULL);
  g_autoptr(SkChartSeries) demo = make_series ("Sjukfrånvaro", "NSVH", NULL);
  SkChartSeries *both[] = { real, demo };
  SkChartOptions options;
  g_autoptr(SkChartPage) page = NULL;

  sk_chart_options_init (&options);
  sk_chart_series_set_fictional (demo, 7, TRUE);
  page = sk_chart_page_new (both, 2, &options, "Medarbetare");
  g_assert_cmpstr (sk_chart_page_get_title (page), ==, "Medarbetare");
  /* Per printed page: only where a demo figure is drawn. */
  g_assert_false (sk_chart_page_get_fictional (page, 0, 1));
  g_assert_true (sk_chart_page_get_fictional (page, 1, 1));
  g_assert_true (sk_chart_page_get_fictional (page, 0, 2));
}

static void
test_date_and_paper (void)
{
  g_autofree char *day = sk_chart_page_format_date ("2026-12-06");
  g_autofree char *bad = sk_chart_page_format_date ("yesterday");
  double w, h;

  g_assert_cmpstr (day, ==, "6 Dec 2026");
  g_assert_null (bad);
  g_assert_true (sk_chart_page_paper_size ("a4", TRUE, &w, &h));
  g_assert_cmpfloat_with_epsilon (w, 841.89, 0.01);
  g_assert_cmpfloat_with_epsilon (h, 595.28, 0.01);
  g_assert_true (sk_chart_page_paper_size ("Letter", FALSE, &w, &h));
  g_assert_cmpfloat (w, ==, 612);
  g_assert_cmpfloat (h, ==, 792);
  g_assert_false (sk_chart_page_paper_size ("a3", TRUE, &w, &h));
}

/* The header takes what the wrapped title needs: a long title on a
 * narrow sheet makes the sheet taller, never cuts the title. */
static void
test_wrapped_height (void)
{
  g_autoptr(SkChartSeries) shortname = make_series ("HME", "NSVH", NULL);
  g_autoptr(SkChartSeries) longname = make_series ("Vårdgaranti primärvård (utifrån SKR) – telefontillgänglighet,"
                                                   " kontakt inom 0 dagar, med en lång förklaring efter", "NSVH", NULL);
  g_autoptr(SkChartRenderer) renderer = sk_chart_renderer_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("sk-chart-page-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "short.png", NULL);
  g_autofree char *b = g_build_filename (dir, "long.png", NULL);
  SkChartOptions options;
  g_autoptr(SkChartPage) p1 = NULL;
  g_autoptr(SkChartPage) p2 = NULL;
  cairo_surface_t *s1, *s2;
  g_autoptr(GError) error = NULL;

  sk_chart_options_init (&options);
  p1 = sk_chart_page_new (&shortname, 1, &options, NULL);
  p2 = sk_chart_page_new (&longname, 1, &options, NULL);
  g_assert_true (sk_chart_page_write_file (p1, renderer, 1, 400, 300, 0, 0, a, &error));
  g_assert_no_error (error);
  g_assert_true (sk_chart_page_write_file (p2, renderer, 1, 400, 300, 0, 0, b, &error));
  s1 = cairo_image_surface_create_from_png (a);
  s2 = cairo_image_surface_create_from_png (b);
  g_assert_cmpint (cairo_image_surface_get_width (s1), ==, 400 + 32);
  g_assert_cmpint (cairo_image_surface_get_width (s2), ==, 400 + 32);
  /* Two more lines of title at least. */
  g_assert_cmpint (cairo_image_surface_get_height (s2), >=, cairo_image_surface_get_height (s1) + 2 * 13);
  cairo_surface_destroy (s1);
  cairo_surface_destroy (s2);
  g_unlink (a);
  g_unlink (b);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/page/details", test_details);
  g_test_add_func ("/chart/page/fictional", test_fictional);
  g_test_add_func ("/chart/page/date-and-paper", test_date_and_paper);
  g_test_add_func ("/chart/page/wrapped-height", test_wrapped_height);
  return g_test_run ();
}
