/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-figures"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include "app-test-util.h"
#include "sk-chart-area.h"
#include "sk-chart-series.h"
#include "sk-demo.h"
#include "sk-derived.h"
#include "sk-format.h"
#include "sk-board-view.h"
#include "sk-follow-up-view.h"
#include "sk-outcomes-view.h"
#include "sk-work-env-view.h"
#include "sk-view-util.h"

/*
 * One figure, one meaning, everywhere: walks every indicator × unit of the
 * example plan and of demo data at a few periods and asserts that the core
 * (sk_figures_compute), `styrkort-cli status --format tsv`, the Utfall
 * grid's cells, the line Uppföljning and Arbetsmiljö show, the Diagram
 * series and the Nämndvy/Diagram card all give the same number and status
 * for the same question.
 */

typedef struct
{
  SkStore        *store;
  char           *path;
  SkOutcomesView *grid;
  GtkWindow      *window;
  GHashTable     *series;   /* "indicator/unit/year" → SkChartSeries */
  guint           checked;  /* indicator × unit × period combinations */
} Walk;

/* `status --format tsv` of @period: "indicator\tunit" → its fields. */
static GHashTable *
cli_status (const char *db,
            int         year,
            const char *period)
{
  g_autofree char *year_text = g_strdup_printf ("%d", year);
  const char *argv[] = { g_getenv ("SK_CLI"), "--db", db, "--format", "tsv", "status",
                         "--year", year_text, "--period", period, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  int wait_status = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      char **fields = g_strsplit (lines[i], "\t", -1);

      if (g_strv_length (fields) < 7)
        {
          g_strfreev (fields);
          continue;
        }
      g_hash_table_insert (rows, g_strdup_printf ("%s\t%s", fields[0], fields[1]), fields);
    }
  return rows;
}

/* Machine text of a figure as the CLI's TSV writes it. */
static char *
machine (double value)
{
  return isnan (value) ? g_strdup ("") : sk_format_machine (value);
}

static void
check_cli (GHashTable      *rows,
           SkIndicator     *ind,
           SkUnit          *unit,
           const SkFigures *f,
           const char      *what)
{
  g_autofree char *key = g_strdup_printf ("%s\t%s", sk_indicator_get_name (ind), sk_unit_get_name (unit));
  char **row = g_hash_table_lookup (rows, key);
  g_autofree char *month = machine (f->month);
  g_autofree char *ytd = machine (f->ytd);
  g_autofree char *r12 = machine (f->r12);

  if (row == NULL)
    {
      /* The CLI lists a unit from its first outcome of the year on. */
      g_assert_true (isnan (f->month) && isnan (f->ytd) && isnan (f->status_value));
      return;
    }
  g_test_message ("%s: cli %s | %s | %s | %s", what, row[2], row[4], row[5], row[6]);
  g_assert_cmpstr (row[2], ==, month);
  g_assert_cmpstr (row[4], ==, ytd);
  g_assert_cmpstr (row[5], ==, r12);
  g_assert_cmpstr (row[6], ==, sk_status_to_string (f->status));
}

/* A grid cell shows the number, then the status mark. */
static void
assert_cell_shows (const char *text,
                   const char *number,
                   const char *what)
{
  g_test_message ("%s: grid “%s”, core “%s”", what, text ? text : "(null)", number);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, number));
  g_assert_true (text[strlen (number)] == '\0' || text[strlen (number)] == ' ');
}

static void
check_grid (Walk            *w,
            SkIndicator     *ind,
            int              month,
            const SkFigures *f,
            const char      *what)
{
  gint64 id = sk_record_get_id (SK_RECORD (ind));
  const char *text, *label;

  /* The year to date follows the place: at @month it is the core's at @month. */
  g_assert_true (sk_outcomes_view_focus_cell (w->grid, id, month - 1));
  text = sk_outcomes_view_get_cell_text (w->grid, id, SK_OUTCOMES_VIEW_YTD_COLUMN);
  label = sk_outcomes_view_get_cell_label (w->grid, id, SK_OUTCOMES_VIEW_YTD_COLUMN);
  if (!isnan (f->ytd))
    {
      g_autofree char *number = sk_figure_text (f->ytd, f->decimals, NULL);
      g_autofree char *caption = sk_figures_ytd_caption (f);

      assert_cell_shows (text, number, what);
      g_assert_nonnull (strstr (label, caption));
    }
  else if (f->r12_reported)
    {
      g_autofree char *number = sk_figure_text (f->r12, f->decimals, NULL);
      g_autofree char *caption = sk_figures_r12_caption (f);

      assert_cell_shows (text, number, what);
      g_assert_nonnull (strstr (label, caption));
    }
  else
    g_assert_true (text == NULL || *text == '\0');

  text = sk_outcomes_view_get_cell_text (w->grid, id, month - 1);
  if (!isnan (f->month))
    {
      g_autofree char *number = sk_figure_text (f->month, f->decimals, NULL);

      assert_cell_shows (text, number, what);
    }
}

/* Uppföljning and Arbetsmiljö: "5,1 % · mål <5,4 % · uppfyllt · NSVH, nov 2025". */
static void
check_follow_up (Walk            *w,
                 SkIndicator     *ind,
                 gint64           unit_id,
                 const char      *period,
                 const SkFigures *f,
                 const char      *what)
{
  g_autofree char *line = NULL;
  SkStatus status;

  line = sk_view_figures_line (w->store, ind, unit_id, period, &status);
  g_test_message ("%s: follow-up “%s”", what, line);
  g_assert_cmpint (status, ==, f->status);
  if (!isnan (f->status_value))
    {
      g_autofree char *value = sk_figures_format (f, ind, f->status_value);
      g_autofree char *when = sk_figures_status_when (f);

      g_assert_true (g_str_has_prefix (line, value));
      g_assert_nonnull (strstr (line, when));
      g_assert_nonnull (strstr (line, sk_status_label (f->status)));
    }
}

static SkChartSeries *
series_for (Walk        *w,
            SkIndicator *ind,
            gint64       unit_id,
            int          year)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%d",
                                          sk_record_get_id (SK_RECORD (ind)), unit_id, year);
  SkChartSeries *series = g_hash_table_lookup (w->series, key);

  if (series == NULL)
    {
      series = sk_chart_series_new_from_store (w->store, ind, unit_id, year - 1, year);
      g_hash_table_insert (w->series, g_steal_pointer (&key), series);
    }
  return series;
}

/* Diagram: the points, the year-to-date and R12 lines of the series. */
static void
check_chart (Walk            *w,
             SkIndicator     *ind,
             gint64           unit_id,
             int              year,
             int              month,
             const SkFigures *f,
             const char      *what)
{
  SkChartSeries *series = series_for (w, ind, unit_id, year);
  int i = sk_chart_series_index (series, year, month);
  g_autofree char *ytd = sk_chart_series_format (series, i, sk_chart_series_get_ytd (series, i));
  g_autofree char *core_ytd = sk_figures_format (f, ind, f->ytd);
  g_autofree char *value = sk_chart_series_format (series, i, sk_chart_series_get_value (series, i));
  g_autofree char *core_value = sk_figures_format (f, ind, f->month);
  g_autofree char *r12 = sk_chart_series_format (series, i, sk_chart_series_get_r12 (series, i));
  g_autofree char *core_r12 = sk_figures_format (f, ind, f->r12);

  g_test_message ("%s: chart %s | %s | %s", what, value, ytd, r12);
  g_assert_cmpstr (value, ==, core_value);
  g_assert_cmpstr (ytd, ==, core_ytd);
  g_assert_cmpstr (r12, ==, core_r12);
  if (!isnan (f->month))
    g_assert_cmpint (sk_chart_series_get_status (series, i), ==, f->status);
}

/* Nämndvy and the Diagram cards: the latest figure of the year. */
static void
check_card (Walk            *w,
            SkIndicator     *ind,
            gint64           unit_id,
            int              year,
            const SkFigures *f,
            const char      *what)
{
  SkChartItem item = { 0 };
  g_autofree char *value = sk_figures_format (f, ind, f->status_value);

  item.indicator = ind;
  item.series = series_for (w, ind, unit_id, year);
  item.unit_id = unit_id;
  sk_chart_item_read_latest (&item, w->store, year);
  g_test_message ("%s: card %s %s", what, item.value ? item.value : "(none)", item.when ? item.when : "");
  g_assert_cmpint (item.status, ==, f->status);
  if (isnan (f->status_value))
    g_assert_null (item.value);
  else
    {
      g_autofree char *when = sk_figures_status_when (f);

      g_assert_cmpstr (item.value, ==, value);
      g_assert_cmpstr (item.when, ==, when);
    }
  g_free (item.value);
  g_free (item.when);
  g_free (item.target);
}

/* A sum's year to date never falls from one month to the next, unless a
 * source system reported the figure (it wins, even over demo months). */
static void
check_sum_grows (Walk            *w,
                 SkIndicator     *ind,
                 gint64           unit_id,
                 const char      *period,
                 const SkFigures *at)
{
  double ytd = at->ytd;

  int year, month;
  g_autofree char *before = NULL;
  SkFigures f;

  if (sk_indicator_get_aggregation (ind) != SK_AGGREGATION_SUM || isnan (ytd) || at->ytd_reported
      || !sk_period_parse (period, &year, &month) || month == 1)
    return;
  before = sk_period_make (year, month - 1);
  g_assert_true (sk_figures_compute (w->store, ind, unit_id, before, &f));
  if (!isnan (f.ytd) && f.ytd >= 0)
    g_assert_cmpfloat (ytd, >=, f.ytd);
  sk_figures_clear (&f);
}

static void
walk_period (Walk       *w,
             const char *period)
{
  g_autoptr(GListModel) indicators = NULL;
  g_autoptr(GHashTable) cli = NULL;
  g_autoptr(GListModel) units = sk_store_list_units (w->store);
  int year, month;

  g_assert_true (sk_period_parse (period, &year, &month));
  cli = cli_status (w->path, year, period);
  indicators = sk_store_list_indicators (w->store, year);
  g_object_set (w->grid, "year", year, NULL);
  sk_test_spin ();

  for (guint u = 0; u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, u);
      gint64 unit_id = sk_record_get_id (SK_RECORD (unit));

      g_assert_true (sk_outcomes_view_set_unit (w->grid, unit_id));
      sk_test_spin ();
      for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
        {
          g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
          g_autofree char *what = g_strdup_printf ("%s / %s / %s", sk_indicator_get_name (ind),
                                                   sk_unit_get_name (unit), period);
          SkFigures f;

          g_assert_true (sk_figures_compute (w->store, ind, unit_id, period, &f));
          check_cli (cli, ind, unit, &f, what);
          check_grid (w, ind, month, &f, what);
          check_follow_up (w, ind, unit_id, period, &f, what);
          check_chart (w, ind, unit_id, year, month, &f, what);
          if (month == 12)
            check_card (w, ind, unit_id, year, &f, what);
          check_sum_grows (w, ind, unit_id, period, &f);
          sk_figures_clear (&f);
          w->checked++;
        }
    }
}

/* The overviews follow an indicator in one unit: the same in Uppföljning
 * (sk_view_indicator_status) and on the Nämndvy/Diagram cards. */
static void
walk_overviews (Walk *w,
                int   year)
{
  g_autoptr(GListModel) areas = sk_chart_area_list (w->store, year, FALSE);
  g_autofree char *period = sk_period_make (year, 12);

  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(SkChartArea) area = g_list_model_get_item (areas, a);
      g_autoptr(GPtrArray) items = sk_chart_area_collect (area, w->store, year, 0, year - 2, year);

      for (guint i = 0; i < items->len; i++)
        {
          SkChartItem *item = g_ptr_array_index (items, i);
          gint64 unit_id = sk_figures_overview_unit (w->store, item->indicator, year);
          g_autofree char *line = NULL;
          g_autofree char *card = sk_chart_item_latest_text (item);
          SkStatus status;

          if (unit_id == 0)
            continue;
          line = sk_view_indicator_status (w->store, item->indicator, year, period, &status);
          g_test_message ("%s: board “%s”, follow-up “%s”", sk_indicator_get_name (item->indicator), card, line);
          g_assert_cmpint (item->unit_id, ==, unit_id);
          g_assert_cmpint (item->status, ==, status);
          if (item->value != NULL)
            {
              g_assert_true (g_str_has_prefix (line, item->value));
              g_assert_nonnull (strstr (line, item->when));
            }
        }
    }
}

static void
walk_set_up (Walk       *w,
             gboolean    demo)
{
  w->path = sk_test_temp_db ("styrkort-figures");
  w->store = sk_test_example_store (w->path);
  if (demo)
    {
      g_autoptr(GError) error = NULL;
      SkDemoOptions options = { .first_year = 2021, .last_year = 2025, .n_units = 3, .seed = 7 };
      SkDemoCounts counts;

      g_assert_true (sk_demo_generate (w->store, &options, &counts, &error));
      g_assert_no_error (error);
    }
  w->series = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  w->grid = SK_OUTCOMES_VIEW (sk_outcomes_view_new ());
  /* Every indicator for every unit, not only those a unit reports. */
  sk_outcomes_view_set_show_all (w->grid, TRUE);
  g_object_set (w->grid, "store", w->store, "year", 2024, NULL);
  w->window = sk_test_show (GTK_WIDGET (w->grid), 1000, 700);
}

static void
walk_tear_down (Walk *w)
{
  g_test_message ("%u indicator × unit × period combinations agree", w->checked);
  g_assert_cmpuint (w->checked, >, 0);
  sk_test_close (w->window);
  g_hash_table_unref (w->series);
  g_clear_object (&w->store);
  g_free (w->path);
}

static void
test_example (void)
{
  static const char *periods[] = { "2024-04", "2024-05", "2024-12" };
  Walk w = { 0 };

  walk_set_up (&w, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    walk_period (&w, periods[i]);
  walk_overviews (&w, 2024);
  walk_tear_down (&w);
}

static void
test_demo (void)
{
  static const char *periods[] = { "2024-04", "2024-05", "2025-11", "2025-12" };
  Walk w = { 0 };

  walk_set_up (&w, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    walk_period (&w, periods[i]);
  walk_overviews (&w, 2024);
  walk_overviews (&w, 2025);
  walk_tear_down (&w);
}

/* The cases the walk was written for, in numbers: on the example, the
 * grid at May before May is entered shows 248 485 through April. */
static void
test_example_may (void)
{
  Walk w = { 0 };
  g_autoptr(SkIndicator) visits = NULL;
  g_autoptr(SkUnit) vc = NULL;
  gint64 visits_id;
  const char *label;

  walk_set_up (&w, FALSE);
  visits = sk_store_find_indicator (w.store, "Antal besök inkl. distans", NULL);
  vc = sk_store_find_unit (w.store, "Vårdcentralen Halland", NULL);
  g_assert_nonnull (visits);
  g_assert_nonnull (vc);
  visits_id = sk_record_get_id (SK_RECORD (visits));

  g_assert_true (sk_outcomes_view_set_unit (w.grid, sk_record_get_id (SK_RECORD (vc))));
  sk_test_spin ();
  g_assert_true (sk_outcomes_view_focus_cell (w.grid, visits_id, 4));
  label = sk_outcomes_view_get_cell_label (w.grid, visits_id, SK_OUTCOMES_VIEW_YTD_COLUMN);
  g_test_message ("%s", label);
  g_assert_true (g_str_has_prefix (sk_outcomes_view_get_cell_text (w.grid, visits_id, SK_OUTCOMES_VIEW_YTD_COLUMN),
                                   "248\u2009485"));
  w.checked++;
  walk_tear_down (&w);
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, (gpointer) gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, texts);
}

/* The text of the first label after the one that reads @name, in the
 * order the widgets are laid out; NULL when @name is not shown. */
static char *
label_after (GtkWidget  *view,
             const char *name)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  collect_labels (view, texts);
  for (guint i = 0; i + 1 < texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (texts, i), name) == 0)
      return g_strdup (g_ptr_array_index (texts, i + 1));
  return NULL;
}

/* What a view shows beside Sjukfrånvaro in 2025, read from its labels. */
static char *
shown_in (Walk       *w,
          GtkWidget  *view)
{
  GtkWindow *window;
  char *text;

  g_object_set (view, "store", w->store, "year", 2025, NULL);
  window = sk_test_show (view, 1200, 900);
  sk_test_spin ();
  text = label_after (view, "Sjukfrånvaro");
  g_test_message ("%s: “%s”", G_OBJECT_TYPE_NAME (view), text);
  sk_test_close (window);
  return text;
}

/* Sjukfrånvaro 2025 in demo data, December reported missing: Uppföljning
 * and Arbetsmiljö (at the full year) show November's 5,1 %, met, as
 * Nämndvy does, read from the widgets' labels. */
static void
test_demo_sick_leave (void)
{
  Walk w = { 0 };
  g_autoptr(SkIndicator) sick = NULL;
  g_autofree char *line = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *work_env = NULL;
  g_autofree char *board = NULL;
  SkStatus status;

  walk_set_up (&w, TRUE);
  sick = sk_store_find_indicator (w.store, "Sjukfrånvaro", NULL);
  g_assert_nonnull (sick);
  line = sk_view_indicator_status (w.store, sick, 2025, "2025-12", &status);
  g_test_message ("%s", line);
  g_assert_true (g_str_has_prefix (line, "5,1 %"));
  g_assert_cmpint (status, ==, SK_STATUS_MET);

  /* A past year opens at its full-year follow-up. */
  follow_up = shown_in (&w, sk_follow_up_view_new ());
  work_env = shown_in (&w, sk_work_env_view_new ());
  board = shown_in (&w, sk_board_view_new ());
  g_assert_cmpstr (follow_up, ==, line);
  g_assert_cmpstr (work_env, ==, line);
  g_assert_nonnull (board);
  g_assert_true (g_str_has_prefix (line, board));
  w.checked++;
  walk_tear_down (&w);
}

int
main (int   argc,
      char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/figures/example", test_example);
  g_test_add_func ("/figures/demo", test_demo);
  g_test_add_func ("/figures/example-may", test_example_may);
  g_test_add_func ("/figures/demo-sick-leave", test_demo_sick_leave);
  return g_test_run ();
}
