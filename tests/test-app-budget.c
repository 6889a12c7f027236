/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-budget"

#include "config.h"

#include <math.h>
#include <string.h>

#include "app-test-keys.h"
#include "app-test-util.h"
#include "sk-budget-view.h"
#include "sk-outcome-cell.h"
#include "sk-store-budget.h"

/* The Budget view by real key presses (through the X server): a figure
 * typed in the grid is in the database after reopening, undo takes it
 * back, the adopted plan's budget says why it is locked, a block pasted
 * from a spreadsheet lands in the cells; and the follow-up tables show
 * the example's January–April 2024 figures of seed 001 section 5. */

typedef struct
{
  char         *path;
  SkStore      *store;
  GtkWindow    *window;
  SkBudgetView *view;
  gint64        vc;      /* Vårdcentralen Halland */
} Fixture;

static void
open_view (Fixture *f)
{
  f->view = g_object_new (SK_TYPE_BUDGET_VIEW, NULL);
  g_object_set (f->view, "store", f->store, "year", 2024, NULL);
  g_assert_true (sk_budget_view_select_unit (f->view, "Vårdcentralen Halland"));
  f->window = sk_test_show (GTK_WIDGET (f->view), 1366, 768);
  sk_test_focus_window (f->window);
}

static void
close_view (Fixture *f)
{
  g_clear_pointer (&f->window, sk_test_close);
  g_clear_object (&f->store);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->path = sk_test_temp_db ("sk-budget-view");
  f->store = sk_test_example_store (f->path);
  f->vc = sk_test_unit_id (f->store, "Vårdcentralen Halland");
  open_view (f);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  close_view (f);
  g_free (f->path);
}

static double
stored (Fixture *f, SkBudgetLineKind line, SkBudgetValueKind kind, guint month)
{
  g_autoptr(SkStore) store = sk_test_open_store (f->path);

  return sk_store_get_budget_value (store, 2024, f->vc, line, kind, month);
}

static void
press (guint keyval, guint times)
{
  for (guint i = 0; i < times; i++)
    sk_test_press_key (keyval, 0);
}

/* From the first cell (Intäkter, budget, the year) to Netto, outcome, May:
 * three rows (budget, outcome, forecast) a line. */
static void
go_to_net_outcome_may (Fixture *f)
{
  GtkWidget *first = sk_budget_view_get_cell (f->view, SK_BUDGET_LINE_REVENUE, 0, 0);

  gtk_widget_grab_focus (first);
  sk_test_spin ();
  g_assert_true (gtk_widget_has_focus (first));
  press (GDK_KEY_Down, 10);
  press (GDK_KEY_Right, 5);
  sk_test_spin ();
  g_assert_true (gtk_widget_has_focus (sk_budget_view_get_cell (f->view, SK_BUDGET_LINE_NET, 1, 5)));
}

static void
test_typed_value_saved (Fixture *f, gconstpointer data)
{
  GtkWidget *cell;

  g_assert_true (isnan (stored (f, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_OUTCOME, 5)));
  go_to_net_outcome_may (f);
  sk_test_type ("-1 234,5");
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_spin ();
  /* Enter moves down, to Netto, prognos, May. */
  g_assert_true (gtk_widget_has_focus (sk_budget_view_get_cell (f->view, SK_BUDGET_LINE_NET, 2, 5)));
  g_assert_cmpfloat (stored (f, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_OUTCOME, 5), ==, -1234.5);
  /* The forecast is follow-up too: open in the adopted plan. */
  sk_test_type ("-110 000");
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_spin ();
  g_assert_cmpfloat (stored (f, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_FORECAST, 5), ==, -110000);

  /* Reopened on a new connection, the grid shows it as Swedes write it. */
  close_view (f);
  f->store = sk_test_open_store (f->path);
  open_view (f);
  cell = sk_budget_view_get_cell (f->view, SK_BUDGET_LINE_NET, 1, 5);
  g_assert_cmpstr (sk_outcome_cell_get_text (SK_OUTCOME_CELL (cell)), ==, "-1\u2009234,5");

  /* Ctrl+Z takes it back (in this session, a new entry then undone). */
  go_to_net_outcome_may (f);
  sk_test_type ("7");
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_spin ();
  g_assert_cmpfloat (stored (f, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_OUTCOME, 5), ==, 7);
  sk_test_press_key (GDK_KEY_z, GDK_CONTROL_MASK);
  sk_test_spin ();
  g_assert_cmpfloat (stored (f, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_OUTCOME, 5), ==, -1234.5);
}

/* Not a number, and the adopted plan's budget: refused, with the reason
 * next to the row; nothing written. */
static void
test_refused (Fixture *f, gconstpointer data)
{
  double before = stored (f, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_BUDGET, 5);
  g_autofree char *labels = NULL;

  go_to_net_outcome_may (f);
  sk_test_type ("12x");
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_spin ();
  g_assert_true (sk_test_shows_label (GTK_WIDGET (f->view),
                                      "“12x” is not a number: write thousands kronor, e.g. -1 500 or 2,5."));
  g_assert_true (isnan (stored (f, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_OUTCOME, 5)));
  sk_test_press_key (GDK_KEY_Escape, 0);
  sk_test_spin ();

  /* Up to Netto, budget, May: locked with the plan. */
  press (GDK_KEY_Up, 1);
  sk_test_type ("5");
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_spin ();
  labels = sk_test_labels_of (GTK_WIDGET (f->view));
  g_assert_nonnull (strstr (labels, "adopted"));
  g_assert_cmpfloat (stored (f, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_BUDGET, 5), ==, before);
}

/* A block of two rows and two columns copied from a spreadsheet. */
static void
test_paste (Fixture *f, gconstpointer data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->view));

  go_to_net_outcome_may (f);
  gdk_clipboard_set_text (clipboard, "-1 000\t-2 000,5\n");
  sk_test_press_key (GDK_KEY_v, GDK_CONTROL_MASK);
  sk_test_wait_ms (200);
  g_assert_cmpfloat (stored (f, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_OUTCOME, 5), ==, -1000);
  g_assert_cmpfloat (stored (f, SK_BUDGET_LINE_NET, SK_BUDGET_VALUE_OUTCOME, 6), ==, -2000.5);
}

/* The follow-up tables at April 2024: the seed's total row of 5.1. */
static void
test_tables (Fixture *f, gconstpointer data)
{
  g_autofree char *labels = NULL;

  sk_budget_view_select_month (f->view, 4);
  sk_test_spin ();
  labels = sk_test_labels_of (GTK_WIDGET (f->view));
  /* Ackumulerad budgetavvikelse, the administration: outcome, budget, deviation. */
  g_assert_nonnull (strstr (labels, "Total\n-37\u2009583\n-45\u2009835\n8\u2009252\n"));
  /* A unit's row: outcome − budget. */
  g_assert_nonnull (strstr (labels, "Folktandvården Halland\n-18\u2009651\n-24\u2009100\n5\u2009449\n"));
  /* 5.1.2 and 5.1.3 totals, 5.3.1 investments. */
  g_assert_nonnull (strstr (labels, "Total\n-414\u2009583\n-414\u2009612\n-29\n-423\u2009519\n8\u2009907\n0,0 %\n2,2 %\n2,1 %\n"));
  g_assert_nonnull (strstr (labels, "Total\n95\u2009411\n97\u2009773\n2\u2009362\n85\u2009512\n12\u2009261\n2,5 %\n-10,4 %\n12,9 %\n"));
  g_assert_nonnull (strstr (labels, "Total\n2\u2009000\n19\u2009465\n24\u2009360\n4\u2009895\n"));
  /* The chart's text alternative: the accumulated figures of the unit. */
  sk_budget_view_show_page (f->view, "chart");
  sk_test_spin ();
  g_clear_pointer (&labels, g_free);
  labels = sk_test_labels_of (GTK_WIDGET (f->view));
  if (strstr (labels, ": outcome 2\u2009849, budget -1\u2009500.") == NULL)
    g_error ("no chart text in:\n%s", labels);
  g_assert_nonnull (strstr (labels, "pr: outcome 2\u2009849, budget -1\u2009500."));
}

int
main (int argc, char **argv)
{
  if (!sk_test_app_init (&argc, &argv))
    return g_test_run ();
  g_test_add ("/app/budget/typed-value-saved", Fixture, NULL, fixture_set_up, test_typed_value_saved,
              fixture_tear_down);
  g_test_add ("/app/budget/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/app/budget/paste", Fixture, NULL, fixture_set_up, test_paste, fixture_tear_down);
  g_test_add ("/app/budget/tables", Fixture, NULL, fixture_set_up, test_tables, fixture_tear_down);
  return g_test_run ();
}
