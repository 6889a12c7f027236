/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-charts"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sk-application.h"
#include "sk-board-view.h"
#include "sk-chart-widget.h"
#include "sk-charts-view.h"
#include "sk-demo.h"
#include "sk-exchange.h"

#define YEAR 2025

static SkStore *store;
static char *tmp_dir;

static void
spin (void)
{
  for (int i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* The example plan plus three years of generated months. */
static void
setup_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  SkDemoOptions options = { YEAR - 2, YEAR, 2, 7 };
  SkDemoCounts counts = { 0 };

  tmp_dir = g_dir_make_tmp ("sk-charts-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (tmp_dir, "plan.db", NULL);
  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (store, &error));
  g_assert_no_error (error);
  g_assert_true (sk_demo_generate (store, &options, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.outcomes_written, >, 0);
}

static GtkWidget *
show_in_window (GtkWidget *view)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_set_child (GTK_WINDOW (window), view);
  g_object_set (view, "store", store, "year", YEAR, NULL);
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  return window;
}

static guint
count_register (SkPerspective perspective)
{
  g_autoptr(GListModel) list = sk_store_list_indicators (store, YEAR);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (list, i);
      n += sk_indicator_get_perspective (ind) == perspective;
    }
  return n;
}

/* The status of the latest value, read from the chart's own series. */
static SkStatus
latest_status (GtkWidget *chart)
{
  SkChartSeries *series = sk_chart_widget_get_series (SK_CHART_WIDGET (chart));

  for (int i = (int) sk_chart_series_get_n_months (series) - 1; i >= 0; i--)
    if (!isnan (sk_chart_series_get_value (series, i)))
      return sk_chart_series_get_status (series, i);
  return SK_STATUS_NO_VALUE;
}

static int
off_rank (SkStatus status)
{
  return status == SK_STATUS_NOT_MET ? 0 : status == SK_STATUS_NEAR ? 1 : 2;
}

/* Sends a key press to the widget's key controller, as GTK does for the
 * focused widget. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  spin ();
  return handled;
}

static void
assert_magic (const char *path,
              const char *magic)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpuint (len, >, 100);
  if (g_str_equal (magic, "<svg"))
    g_assert_nonnull (strstr (data, "<svg"));
  else
    g_assert_cmpmem (data, strlen (magic), magic, strlen (magic));
}

static void
test_dashboard (void)
{
  GtkWidget *view = sk_charts_view_new ();
  GtkWidget *window = show_in_window (view);
  SkChartsView *charts = SK_CHARTS_VIEW (view);
  guint expected = count_register (SK_PERSPECTIVE_STAFF);
  GtkWidget *chart, *large;
  g_autofree char *png = g_build_filename (tmp_dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (tmp_dir, "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "chart.pdf", NULL);
  g_autoptr(GError) error = NULL;
  const char *name;
  int before;

  g_assert_true (sk_charts_view_select_area (charts, SK_CHART_AREA_PERSPECTIVE, SK_PERSPECTIVE_STAFF));
  spin ();
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (sk_charts_view_get_n_charts (charts), ==, expected);
  g_assert_true (sk_charts_view_get_fictional_shown (charts));

  /* Off target first, and never a worse one after a better one. */
  chart = sk_charts_view_get_chart (charts, 0);
  g_assert_true (SK_IS_CHART_WIDGET (chart));
  g_assert_true (sk_chart_widget_get_compact (SK_CHART_WIDGET (chart)));
  g_assert_cmpint (off_rank (latest_status (chart)), <, 2);
  for (guint i = 1; i < expected; i++)
    g_assert_cmpint (off_rank (latest_status (sk_charts_view_get_chart (charts, i - 1))), <=,
                     off_rank (latest_status (sk_charts_view_get_chart (charts, i))));

  /* Enter on the small chart opens it large. */
  name = sk_chart_series_get_name (sk_chart_widget_get_series (SK_CHART_WIDGET (chart)));
  gtk_widget_grab_focus (chart);
  gtk_widget_activate (chart);
  spin ();
  g_assert_true (sk_charts_view_get_detail_shown (charts));
  large = sk_charts_view_get_detail_chart (charts, 0);
  g_assert_true (SK_IS_CHART_WIDGET (large));
  g_assert_false (sk_chart_widget_get_compact (SK_CHART_WIDGET (large)));
  g_assert_nonnull (strstr (sk_chart_widget_get_summary (SK_CHART_WIDGET (large)), name));

  /* The arrow keys move between points; each point says what it is. */
  gtk_widget_grab_focus (large);
  g_assert_cmpint (sk_chart_widget_get_focused (SK_CHART_WIDGET (large)), ==, -1);
  g_assert_true (press_key (large, GDK_KEY_Home));
  before = sk_chart_widget_get_focused (SK_CHART_WIDGET (large));
  g_assert_cmpint (before, >=, 0);
  g_assert_true (press_key (large, GDK_KEY_Right));
  g_assert_cmpint (sk_chart_widget_get_focused (SK_CHART_WIDGET (large)), >, before);
  before = sk_chart_widget_get_focused (SK_CHART_WIDGET (large));
  g_assert_true (press_key (large, GDK_KEY_Left));
  g_assert_cmpint (sk_chart_widget_get_focused (SK_CHART_WIDGET (large)), <, before);
  {
    g_autofree char *text = sk_chart_widget_get_point_text (SK_CHART_WIDGET (large));
    g_assert_nonnull (text);
    g_assert_cmpstr (text, !=, "");
  }

  /* Back to the area, and Enter opens the chart again. */
  gtk_widget_activate_action (view, "charts.back", NULL);
  spin ();
  g_assert_false (sk_charts_view_get_detail_shown (charts));
  gtk_widget_activate (chart);
  spin ();

  g_assert_true (sk_charts_view_export (charts, png, &error));
  g_assert_no_error (error);
  g_assert_true (sk_charts_view_export (charts, svg, &error));
  g_assert_true (sk_charts_view_export (charts, pdf, &error));
  assert_magic (png, "\x89PNG");
  assert_magic (svg, "<svg");
  assert_magic (pdf, "%PDF");

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* The "Compare Units" button, found as a user finds it: by its label. */
static GtkWidget *
find_toggle (GtkWidget *widget)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), _("_Compare Units")) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_toggle (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
timeout_done (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Clicks @toggle by keyboard (Space/Enter activate): GTK emits "clicked"
 * after a short press animation, so wait for the state to flip. */
static void
activate_toggle (GtkWidget *toggle)
{
  gboolean was = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle));
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (3000, timeout_done, &timed_out);

  gtk_widget_activate (toggle);
  while (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)) == was && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  spin ();
}

/* Opens the first chart of the staff area large. */
static void
open_first_chart (SkChartsView *charts)
{
  GtkWidget *chart;

  g_assert_true (sk_charts_view_select_area (charts, SK_CHART_AREA_PERSPECTIVE, SK_PERSPECTIVE_STAFF));
  spin ();
  chart = sk_charts_view_get_chart (charts, 0);
  gtk_widget_grab_focus (chart);
  gtk_widget_activate (chart);
  spin ();
  g_assert_true (sk_charts_view_get_detail_shown (charts));
}

static guint
n_detail_charts (SkChartsView *charts)
{
  guint n = 0;

  while (sk_charts_view_get_detail_chart (charts, n) != NULL)
    n++;
  return n;
}

/* "Jämför enheter": one chart per unit, all on the same axis, each
 * named by its unit; saving writes all of them on one sheet. */
static void
test_compare_units (void)
{
  GtkWidget *view = sk_charts_view_new ();
  GtkWidget *window = show_in_window (view);
  SkChartsView *charts = SK_CHARTS_VIEW (view);
  g_autofree char *png = g_build_filename (tmp_dir, "compare.png", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "compare.pdf", NULL);
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  SkChartLayout *first_layout;
  GtkWidget *toggle;
  cairo_surface_t *back;
  guint n, cols;

  open_first_chart (charts);
  g_assert_cmpuint (n_detail_charts (charts), ==, 1);
  toggle = find_toggle (view);
  g_assert_nonnull (toggle);
  activate_toggle (toggle);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));

  n = n_detail_charts (charts);
  g_assert_cmpuint (n, >=, 2);
  first_layout = sk_chart_widget_get_layout (SK_CHART_WIDGET (sk_charts_view_get_detail_chart (charts, 0)));
  for (guint i = 0; i < n; i++)
    {
      SkChartWidget *w = SK_CHART_WIDGET (sk_charts_view_get_detail_chart (charts, i));
      SkChartLayout *layout = sk_chart_widget_get_layout (w);
      SkChartSeries *series = sk_chart_widget_get_series (w);
      const char *unit = sk_chart_series_get_unit_name (series);

      /* The same axis in every unit's chart, holding its values. */
      g_assert_cmpfloat (sk_chart_layout_get_axis_min (layout), ==, sk_chart_layout_get_axis_min (first_layout));
      g_assert_cmpfloat (sk_chart_layout_get_axis_max (layout), ==, sk_chart_layout_get_axis_max (first_layout));
      for (guint m = 0; m < sk_chart_series_get_n_months (series); m++)
        {
          double v = sk_chart_series_get_value (series, m);

          if (!isnan (v))
            {
              g_assert_cmpfloat (v, >=, sk_chart_layout_get_axis_min (layout));
              g_assert_cmpfloat (v, <=, sk_chart_layout_get_axis_max (layout));
            }
        }
      /* Each chart says which unit it shows, and no two the same. */
      g_assert_nonnull (unit);
      g_assert_nonnull (strstr (sk_chart_layout_get_title (layout), unit));
      g_assert_true (g_hash_table_add (titles, (gpointer) unit));
    }

  /* Saved: all units side by side on one sheet, not only the first. */
  g_assert_true (sk_charts_view_export (charts, png, &error));
  g_assert_no_error (error);
  cols = n <= 4 ? 2 : 3;
  back = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (back), ==, CAIRO_STATUS_SUCCESS);
  /* Each chart as large as asked, with gaps and margins around them and
   * the header (title, period, date, notice) above. */
  g_assert_cmpint (cairo_image_surface_get_width (back), >=, 640 * cols);
  g_assert_cmpint (cairo_image_surface_get_width (back), <=, 640 * cols + 100);
  g_assert_cmpint (cairo_image_surface_get_height (back), >=, 400 * ((n + cols - 1) / cols) + 60);
  cairo_surface_destroy (back);
  g_assert_true (sk_charts_view_export (charts, pdf, &error));
  assert_magic (pdf, "%PDF");

  /* Toggled off: one chart with its own axis again. */
  activate_toggle (toggle);
  g_assert_cmpuint (n_detail_charts (charts), ==, 1);
  g_assert_true (isnan (sk_chart_widget_get_options (SK_CHART_WIDGET (sk_charts_view_get_detail_chart (charts, 0)))->axis_min));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* Pages of a PDF: pdfinfo when there, else the page objects. */
static int
pdf_pages (const char *path)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *data = NULL;
  gsize len;
  int pages = 0;

  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, path, NULL };
      g_autofree char *out = NULL;
      const char *line;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                   &out, NULL, &status, NULL));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      line = strstr (out, "\nPages:");
      g_assert_nonnull (line);
      return atoi (line + strlen ("\nPages:"));
    }
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  for (const char *p = data; (p = g_strstr_len (p, len - (p - data), "/Type /Page")) != NULL; p++)
    pages += p[strlen ("/Type /Page")] != 's';
  return pages;
}

/* Printing goes through GtkPrintOperation's draw-page with the chart
 * renderer: exported to PDF here, as the print dialog's "Print to File". */
static void
test_print (void)
{
  GtkWidget *view = sk_charts_view_new ();
  GtkWidget *window = show_in_window (view);
  SkChartsView *charts = SK_CHARTS_VIEW (view);
  g_autofree char *area_pdf = g_build_filename (tmp_dir, "area.pdf", NULL);
  g_autofree char *large_pdf = g_build_filename (tmp_dir, "large.pdf", NULL);
  g_autofree char *compare_pdf = g_build_filename (tmp_dir, "compare-print.pdf", NULL);
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert_true (sk_charts_view_select_area (charts, SK_CHART_AREA_PERSPECTIVE, SK_PERSPECTIVE_STAFF));
  spin ();
  n = sk_charts_view_get_n_charts (charts);
  g_assert_cmpuint (n, >, 0);

  /* The dashboard of the area: six charts a page. */
  g_assert_true (sk_charts_view_print_to_file (charts, area_pdf, &error));
  g_assert_no_error (error);
  assert_magic (area_pdf, "%PDF");
  g_assert_cmpint (pdf_pages (area_pdf), ==, (n + 5) / 6);

  /* The large chart: one page. */
  open_first_chart (charts);
  g_assert_true (sk_charts_view_print_to_file (charts, large_pdf, &error));
  g_assert_no_error (error);
  assert_magic (large_pdf, "%PDF");
  g_assert_cmpint (pdf_pages (large_pdf), ==, 1);

  /* Units compared: four a page. */
  activate_toggle (find_toggle (view));
  g_assert_true (sk_charts_view_print_to_file (charts, compare_pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (compare_pdf), ==, (n_detail_charts (charts) + 3) / 4);

  if (g_getenv ("SK_KEEP_PRINT") != NULL)
    g_print ("# printed %s %s %s\n", area_pdf, large_pdf, compare_pdf);
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* Press @keyval through the view's own shortcuts (the class bindings). */
static gboolean
press_shortcut (GtkWidget *widget,
                guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (c)); k++)
        {
          g_autoptr(GtkShortcut) s = g_list_model_get_item (G_LIST_MODEL (c), k);
          GtkShortcutTrigger *t = gtk_shortcut_get_trigger (s);

          if (GTK_IS_KEYVAL_TRIGGER (t) && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (t)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (t)) == 0)
            {
              gboolean done = gtk_shortcut_action_activate (gtk_shortcut_get_action (s), 0, widget,
                                                            gtk_shortcut_get_arguments (s));
              spin ();
              return done;
            }
        }
    }
  return FALSE;
}

/* Nothing a board member could change by mistake. */
/* What poppler's @tool (pdfinfo, pdftotext) reads in @pdf, every run of
 * white space one space (a wrapped title reads as one line); NULL
 * without poppler-utils. */
static char *
poppler_text (const char *tool,
              const char *pdf)
{
  g_autofree char *path = g_find_program_in_path (tool);
  const char *argv[] = { path, pdf, g_str_equal (tool, "pdftotext") ? "-" : NULL, NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) words = NULL;
  int status;

  if (path == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  words = g_regex_split_simple ("\\s+", out, 0, 0);
  return g_strstrip (g_strjoinv (" ", words));
}

static void
assert_has (const char *text,
            const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not in the PDF: %s", needle, text);
}

/* Opens the target group's chart of @name large. */
static void
open_chart_named (SkChartsView *charts,
                  const char   *name)
{
  g_assert_true (sk_charts_view_select_area (charts, SK_CHART_AREA_PERSPECTIVE, SK_PERSPECTIVE_TARGET_GROUP));
  spin ();
  for (guint i = 0; i < sk_charts_view_get_n_charts (charts); i++)
    {
      GtkWidget *chart = sk_charts_view_get_chart (charts, i);

      if (g_strcmp0 (sk_chart_series_get_name (sk_chart_widget_get_series (SK_CHART_WIDGET (chart))), name) != 0)
        continue;
      gtk_widget_grab_focus (chart);
      gtk_widget_activate (chart);
      spin ();
      g_assert_true (sk_charts_view_get_detail_shown (charts));
      return;
    }
  g_error ("no chart of %s", name);
}

#define LONG_NAME "Vårdgaranti primärvård (utifrån SKR) – telefontillgänglighet, kontakt inom 0 dagar"

/* What leaves the app on paper and in files says what it shows: the
 * whole name (the widest of the plan), measure unit, period, the date of
 * the data and the fictional notice, on an A4 page. */
static void
test_print_page (void)
{
  GtkWidget *view = sk_charts_view_new ();
  GtkWidget *window = show_in_window (view);
  SkChartsView *charts = SK_CHARTS_VIEW (view);
  g_autofree char *printed = g_build_filename (tmp_dir, "printed.pdf", NULL);
  g_autofree char *area = g_build_filename (tmp_dir, "printed-area.pdf", NULL);
  g_autofree char *saved = g_build_filename (tmp_dir, "saved.pdf", NULL);
  g_autofree char *png = g_build_filename (tmp_dir, "saved.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  cairo_surface_t *back;

  if (pdftotext == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  /* Printed (the print dialog's "Print to File"): an A4 page, lying for
   * one large chart, with the header. */
  open_chart_named (charts, LONG_NAME);
  g_assert_true (sk_charts_view_print_to_file (charts, printed, &error));
  g_assert_no_error (error);
  info = poppler_text ("pdfinfo", printed);
  assert_has (info, "Pages: 1");
  assert_has (info, "Page size: 841.89 x 595.276 pts (A4)");
  text = poppler_text ("pdftotext", printed);
  assert_has (text, LONG_NAME);
  assert_has (text, "Measure unit: %");
  assert_has (text, "Period: Jan 2023 – Dec 2025");
  assert_has (text, "Data as of ");
  assert_has (text, "Fictional outcomes");

  /* Saved as PDF: A4 lying, the same header. */
  g_assert_true (sk_charts_view_export (charts, saved, &error));
  g_assert_no_error (error);
  g_free (info);
  info = poppler_text ("pdfinfo", saved);
  assert_has (info, "Page size: 841.89 x 595.28 pts (A4)");
  g_free (text);
  text = poppler_text ("pdftotext", saved);
  assert_has (text, LONG_NAME);
  assert_has (text, "Period: Jan 2023 – Dec 2025");
  assert_has (text, "Fictional outcomes");

  /* Saved as PNG: the chart's 1000 px with margins, the header above. */
  g_assert_true (sk_charts_view_export (charts, png, &error));
  back = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (back), ==, 1000 + 2 * 16);
  g_assert_cmpint (cairo_image_surface_get_height (back), >, 600 + 2 * 16 + 60);
  cairo_surface_destroy (back);

  /* The area printed: its name above, every chart named in full. */
  gtk_widget_activate_action (view, "charts.back", NULL);
  spin ();
  g_assert_true (sk_charts_view_print_to_file (charts, area, &error));
  g_assert_no_error (error);
  g_free (info);
  info = poppler_text ("pdfinfo", area);
  assert_has (info, "pts (A4)");
  g_free (text);
  text = poppler_text ("pdftotext", area);
  assert_has (text, sk_perspective_label (SK_PERSPECTIVE_TARGET_GROUP));
  assert_has (text, LONG_NAME);
  assert_has (text, "Fictional outcomes");

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static void
assert_read_only (GtkWidget *widget)
{
  if (GTK_IS_EDITABLE (widget))
    g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (widget)));
  if (GTK_IS_BUTTON (widget) && gtk_widget_is_sensitive (widget))
    {
      const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (widget));
      g_assert_true (action != NULL && g_str_has_prefix (action, "board."));
    }
  g_assert_false (GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget) ||
                  GTK_IS_DROP_DOWN (widget) || GTK_IS_SCALE (widget));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    assert_read_only (c);
}

static void
test_board (void)
{
  GtkWidget *view = sk_board_view_new ();
  GtkWidget *window = show_in_window (view);
  SkBoardView *board = SK_BOARD_VIEW (view);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint n = sk_board_view_get_n_pages (board);

  /* The summary, then four perspectives, the work-environment plan, the
   * focus areas. */
  g_assert_cmpuint (n, >, 6);
  g_assert_cmpstr (sk_board_view_get_area_title (board), ==, "Overview");
  gtk_widget_grab_focus (view);
  g_assert_true (press_shortcut (view, GDK_KEY_Page_Down));
  first = g_strdup (sk_board_view_get_area_title (board));
  g_assert_cmpstr (first, ==, sk_perspective_label (SK_PERSPECTIVE_TARGET_GROUP));

  g_assert_true (press_shortcut (view, GDK_KEY_Page_Down));
  second = g_strdup (sk_board_view_get_area_title (board));
  g_assert_cmpstr (second, !=, first);
  g_assert_cmpuint (sk_board_view_get_page (board), ==, 2);
  g_assert_true (press_shortcut (view, GDK_KEY_Page_Up));
  g_assert_cmpstr (sk_board_view_get_area_title (board), ==, first);
  g_assert_true (press_shortcut (view, GDK_KEY_End));
  g_assert_cmpuint (sk_board_view_get_page (board), ==, n - 1);
  g_assert_true (press_shortcut (view, GDK_KEY_Home));
  g_assert_cmpuint (sk_board_view_get_page (board), ==, 0);
  g_assert_cmpstr (sk_board_view_get_area_title (board), ==, "Overview");

  assert_read_only (view);
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

int
main (int argc, char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();
  sk_application_setup_i18n ();
  sk_app_resources_register ();
  setup_store ();

  g_test_add_func ("/app/charts/dashboard", test_dashboard);
  g_test_add_func ("/app/charts/board", test_board);
  g_test_add_func ("/app/charts/compare-units", test_compare_units);
  g_test_add_func ("/app/charts/print", test_print);
  g_test_add_func ("/app/charts/print-page", test_print_page);
  ret = g_test_run ();

  g_clear_object (&store);
  return ret;
}
