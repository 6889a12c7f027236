/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-board"

#include "config.h"

#include <math.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "app-test-keys.h"
#include "app-test-util.h"
#include "sk-board-chart.h"
#include "sk-board-view.h"
#include "sk-chart-layout-projection.h"
#include "sk-chart-widget.h"
#include "sk-demo.h"

/*
 * The Nämndvy as the board uses it in May: the example plan with three
 * years of generated months, 2024 known through April. It opens on a
 * summary whose counts are the CLI's `status` for 2024-04; Enter on a
 * summary row opens the area, Enter on a card its large chart with the
 * year-end projection; Escape goes back.
 */

#define YEAR 2024

static char *db_path;
static SkStore *store;

/* The months after April of the plan year are not there yet. */
static void
clear_after_april (void)
{
  g_autoptr(GListModel) indicators = sk_store_list_indicators (store, YEAR);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      gint64 id = sk_record_get_id (SK_RECORD (ind));
      g_autoptr(GListModel) units = sk_store_list_outcome_units (store, id, YEAR);

      for (guint u = 0; u < g_list_model_get_n_items (units); u++)
        {
          g_autoptr(SkUnit) unit = g_list_model_get_item (units, u);
          gint64 unit_id = sk_record_get_id (SK_RECORD (unit));
          g_autoptr(GListModel) later = sk_store_list_outcomes (store, id, unit_id, "2024-05", "2024-12");

          for (guint k = 0; k < g_list_model_get_n_items (later); k++)
            {
              g_autoptr(SkOutcome) o = g_list_model_get_item (later, k);
              g_autoptr(GError) error = NULL;

              g_assert_true (sk_store_clear_outcome (store, id, unit_id, sk_outcome_get_period (o),
                                                     sk_outcome_get_kind (o), &error));
              g_assert_no_error (error);
            }
        }
    }
}

static void
setup_store (void)
{
  g_autoptr(GError) error = NULL;
  SkDemoOptions options = { YEAR - 2, YEAR, 2, 7 };
  SkDemoCounts counts = { 0 };

  db_path = sk_test_temp_db ("sk-board");
  store = sk_test_example_store (db_path);
  g_assert_true (sk_demo_generate (store, &options, &counts, &error));
  g_assert_no_error (error);
  clear_after_april ();
}

static SkBoardView *
show_board (GtkWindow **window)
{
  GtkWidget *view = sk_board_view_new ();

  *window = sk_test_show (view, 1200, 850);
  g_object_set (view, "store", store, "year", YEAR, NULL);
  sk_test_spin ();
  return SK_BOARD_VIEW (view);
}

/* "indicator\tunit" → the status name, from `styrkort-cli status`. */
static GHashTable *
cli_statuses (const char *period)
{
  const char *argv[] = { g_getenv ("SK_CLI"), "--db", db_path, "--format", "tsv", "status",
                         "--year", "2024", "--period", period, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int wait_status = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", -1);

      if (g_strv_length (f) >= 7)
        g_hash_table_insert (rows, g_strdup_printf ("%s\t%s", f[0], f[1]), g_strdup (f[6]));
    }
  return rows;
}

/* Every area's counts on the summary are the CLI's statuses at 2024-04 of
 * the indicators the area shows, at the unit the board follows. */
static void
test_summary_counts_equal_cli (void)
{
  GtkWindow *window;
  SkBoardView *board = show_board (&window);
  g_autoptr(GHashTable) cli = cli_statuses ("2024-04");
  g_autoptr(GListModel) areas = sk_chart_area_list (store, YEAR, FALSE);
  guint total[SK_BOARD_N_STATUSES] = { 0 };
  guint misses = 0;

  g_assert_cmpuint (sk_board_view_get_page (board), ==, 0);
  g_assert_cmpstr (sk_board_view_get_area_title (board), ==, "Overview");
  g_assert_cmpuint (sk_board_view_get_n_pages (board), ==, g_list_model_get_n_items (areas) + 1);

  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(SkChartArea) area = g_list_model_get_item (areas, a);
      g_autoptr(GPtrArray) items = sk_chart_area_collect (area, store, YEAR, 0, YEAR, YEAR);
      const SkBoardAreaSummary *summary = sk_board_view_get_summary (board, a);
      guint expect[SK_BOARD_N_STATUSES] = { 0 };
      guint not_met = 0;

      g_assert_nonnull (summary);
      g_assert_cmpstr (sk_chart_area_get_title (summary->area), ==, sk_chart_area_get_title (area));
      for (guint i = 0; i < items->len; i++)
        {
          SkChartItem *item = g_ptr_array_index (items, i);
          g_autoptr(SkUnit) unit = sk_store_get_unit (store, item->unit_id);
          g_autofree char *key = g_strdup_printf ("%s\t%s", sk_indicator_get_name (item->indicator),
                                                  unit ? sk_unit_get_name (unit) : "");
          const char *status = g_hash_table_lookup (cli, key);
          SkStatus s = SK_STATUS_NO_VALUE;

          /* No row: nothing reported from January to April. */
          if (status != NULL)
            for (s = 0; s < SK_BOARD_N_STATUSES && g_strcmp0 (sk_status_to_string (s), status) != 0; s++)
              ;
          g_assert_cmpuint (s, <, SK_BOARD_N_STATUSES);
          expect[s]++;
          not_met += s == SK_STATUS_NOT_MET;
        }
      for (guint s = 0; s < SK_BOARD_N_STATUSES; s++)
        {
          if (summary->counts[s] != expect[s])
            g_test_message ("%s: %s board %u, CLI %u", sk_chart_area_get_title (area),
                            sk_status_to_string (s), summary->counts[s], expect[s]);
          g_assert_cmpuint (summary->counts[s], ==, expect[s]);
          total[s] += expect[s];
        }
      /* The indicators not met are named. */
      g_assert_cmpuint (summary->not_met->len, ==, not_met);
      misses += summary->miss->len;
    }
  g_test_message ("all areas: %u met, %u near, %u not met, %u no value, %u no target, %u not comparable; "
                  "%u projected to miss", total[SK_STATUS_MET], total[SK_STATUS_NEAR], total[SK_STATUS_NOT_MET],
                  total[SK_STATUS_NO_VALUE], total[SK_STATUS_NO_TARGET], total[SK_STATUS_NOT_COMPARABLE], misses);
  /* The data holds every kind the summary must tell apart. */
  g_assert_cmpuint (total[SK_STATUS_MET], >, 0);
  g_assert_cmpuint (total[SK_STATUS_NOT_MET], >, 0);
  g_assert_cmpuint (misses, >, 0);
  sk_test_close (window);
}

/* The first shown widget of @type under @root. */
static GtkWidget *
find_shown (GtkWidget *root,
            GType      type)
{
  return sk_test_find_shown_type (root, type);
}

/* By real keys: Enter on a summary row opens its area; Enter on a card
 * opens its large chart with the projection drawn; Escape goes back. */
static void
test_keys_open_area_and_chart (void)
{
  GtkWindow *window;
  SkBoardView *board = show_board (&window);
  GtkWidget *row, *card, *large, *chart;
  SkChartLayout *layout;

  sk_test_focus_window (window);
  row = find_shown (GTK_WIDGET (board), GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (row);
  /* The second row: "Verksamhet". */
  row = gtk_widget_get_next_sibling (row);
  gtk_widget_grab_focus (row);
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_spin ();
  g_assert_cmpuint (sk_board_view_get_page (board), ==, 2);
  g_assert_cmpstr (sk_board_view_get_area_title (board), ==, sk_perspective_label (SK_PERSPECTIVE_OPERATIONS));
  sk_test_wait_ms (400); /* the stack's slide */

  /* The keyboard went along: on the area's first card. */
  card = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_FLOW_BOX_CHILD (card));
  g_assert_true (gtk_widget_get_mapped (card));
  g_assert_null (sk_board_view_get_large_chart (board));
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_spin ();
  large = sk_board_view_get_large_chart (board);
  g_assert_nonnull (large);
  g_assert_true (gtk_widget_get_visible (large));
  chart = sk_board_chart_get_chart (large);
  g_assert_true (gtk_widget_has_focus (chart));
  layout = sk_chart_widget_get_layout (SK_CHART_WIDGET (chart));
  g_assert_nonnull (layout);
  /* Known through April: the projection runs May .. December. */
  g_assert_nonnull (sk_chart_layout_get_projection (layout));
  g_assert_cmpint (sk_chart_layout_get_projection (layout)->projection.through, ==, 4);

  sk_test_focus_window (GTK_WINDOW (large));
  sk_test_press_key (GDK_KEY_Escape, 0);
  sk_test_spin ();
  g_assert_null (sk_board_view_get_large_chart (board));
  /* Back on the same area. */
  g_assert_cmpuint (sk_board_view_get_page (board), ==, 2);

  /* Page Up from a card goes back to the summary's neighbour. */
  sk_test_focus_window (window);
  gtk_widget_grab_focus (card);
  sk_test_press_key (GDK_KEY_Page_Up, 0);
  sk_test_spin ();
  g_assert_cmpuint (sk_board_view_get_page (board), ==, 1);
  sk_test_close (window);
}

int
main (int argc, char *argv[])
{
  int ret;

  if (!sk_test_app_init (&argc, &argv))
    return 0;
  setup_store ();

  g_test_add_func ("/app/board/summary-counts-equal-cli", test_summary_counts_equal_cli);
  g_test_add_func ("/app/board/keys-open-area-and-chart", test_keys_open_area_and_chart);
  ret = g_test_run ();
  g_clear_object (&store);
  return ret;
}
