/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-targets"

#include "config.h"

#include <string.h>

#include "app-test-util.h"
#include "sk-board-view.h"
#include "sk-follow-up-view.h"
#include "sk-view-util.h"

/* Where the status of a target that is not a plain number is shown
 * (Uppföljning, Nämndvy), it says what it was measured against; a target
 * in another unit is "not comparable" there, not "no target". */

static void
put (SkStore       *store,
     SkIndicator   *ind,
     gint64         unit_id,
     const char    *period,
     SkOutcomeKind  kind,
     double         value)
{
  g_autoptr(SkOutcome) o = sk_outcome_new ();
  g_autoptr(GError) error = NULL;

  sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
  sk_outcome_set_unit_id (o, unit_id);
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, kind);
  sk_outcome_set_value (o, value);
  sk_store_set_outcome (store, o, &error);
  g_assert_no_error (error);
}

static void
collect_labels (GtkWidget *widget,
                GString   *texts)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (texts, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, texts);
}

/* Every label @view shows for @year, one a line. */
static char *
shown_in (SkStore   *store,
          GtkWidget *view,
          int        year)
{
  GString *texts = g_string_new (NULL);
  GtkWindow *window;

  g_object_set (view, "store", store, "year", year, NULL);
  window = sk_test_show (view, 1200, 900);
  sk_test_spin ();
  collect_labels (view, texts);
  sk_test_close (window);
  return g_string_free (texts, FALSE);
}

/* "Enligt produktionsplan" in 2025: April's 40 000 against April's 45 000. */
static void
test_reference_figure_shown (void)
{
  g_autofree char *path = sk_test_temp_db ("styrkort-targets");
  g_autoptr(SkStore) store = sk_test_example_store (path);
  g_autoptr(SkIndicator) visits = sk_store_find_indicator (store, "Antal besök inkl. distans", NULL);
  g_autoptr(SkUnit) unit = sk_store_find_unit (store, "Närsjukvården Halland", NULL);
  g_autofree char *line = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *board = NULL;
  const char *expected = "Enligt produktionsplan (produktionsplan: 45\u2009000)";
  SkStatus status;

  g_assert_nonnull (visits);
  g_assert_nonnull (unit);
  put (store, visits, sk_record_get_id (SK_RECORD (unit)), "2025-04", SK_OUTCOME_MONTH, 40000);
  put (store, visits, sk_record_get_id (SK_RECORD (unit)), "2025-04", SK_OUTCOME_REFERENCE, 45000);

  line = sk_view_indicator_status (store, visits, 2025, "2025-12", &status);
  g_test_message ("%s", line);
  g_assert_cmpint (status, ==, SK_STATUS_NOT_MET);
  g_assert_nonnull (strstr (line, expected));

  follow_up = shown_in (store, sk_follow_up_view_new (), 2025);
  g_assert_nonnull (strstr (follow_up, expected));
  board = shown_in (store, sk_board_view_new (), 2025);
  g_assert_nonnull (strstr (board, expected));
}

/* "834 st" on Journalgranskning (%) in 2024: ≠ not comparable. */
static void
test_not_comparable_shown (void)
{
  g_autofree char *path = sk_test_temp_db ("styrkort-targets");
  g_autoptr(SkStore) store = sk_test_example_store (path);
  g_autoptr(SkIndicator) review = sk_store_find_indicator (store, "Följsamhet strukturerad journalgranskning",
                                                           NULL);
  g_autofree char *line = NULL;
  g_autofree char *board = NULL;
  SkStatus status;

  g_assert_nonnull (review);
  line = sk_view_indicator_status (store, review, 2024, "2024-12", &status);
  g_test_message ("%s", line);
  g_assert_cmpint (status, ==, SK_STATUS_NOT_COMPARABLE);
  g_assert_nonnull (strstr (line, "not comparable"));

  /* The card says it, and shows the target the chart cannot draw. */
  board = shown_in (store, sk_board_view_new (), 2024);
  g_assert_nonnull (strstr (board, "≠ not comparable"));
  g_assert_nonnull (strstr (board, "834 st"));
}

int
main (int   argc,
      char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/targets/reference-figure-shown", test_reference_figure_shown);
  g_test_add_func ("/targets/not-comparable-shown", test_not_comparable_shown);
  return g_test_run ();
}
