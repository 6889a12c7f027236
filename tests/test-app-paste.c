/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-paste"

#include "config.h"

#include <math.h>
#include <string.h>

#include "app-test-keys.h"
#include "app-test-util.h"
#include "sk-outcomes-view.h"
#include "sk-window.h"

/* A block of cells copied from a spreadsheet, pasted into the Utfall grid
 * with Ctrl+V (a real key press): rows on indicators, columns on months,
 * the checks of typing, all or nothing, and Undo in the toast. */

typedef struct
{
  char           *path;
  SkWindow       *window;
  SkStore        *store;
  SkOutcomesView *view;
  gint64          sick;   /* Sjukfrånvaro */
  gint64          next;   /* the indicator on the row below it */
  gint64          vc;
} Fixture;

static gint64
indicator_id (SkStore *store, const char *name)
{
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (store, name, NULL);

  g_assert_nonnull (ind);
  return sk_record_get_id (SK_RECORD (ind));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SkUnit) vc = NULL;
  guint col = 0;

  f->path = sk_test_temp_db ("sk-paste");
  f->window = sk_test_window_with_example (f->path, 1366, 768);
  f->store = sk_window_get_store (f->window);
  sk_window_select_year (f->window, 2024);
  sk_window_show_view (f->window, "outcomes");
  sk_test_spin ();
  g_assert_true (sk_window_select_unit (f->window, "VC"));
  sk_test_spin ();
  vc = sk_store_find_unit (f->store, "VC", NULL);
  f->vc = sk_record_get_id (SK_RECORD (vc));
  f->view = SK_OUTCOMES_VIEW (sk_window_get_view (f->window, "outcomes"));
  f->sick = indicator_id (f->store, "Sjukfrånvaro");
  /* Vårdcentralen neither reports nor answers for Sjukfrånvaro: list every indicator. */
  sk_outcomes_view_set_show_all (f->view, TRUE);
  sk_test_spin ();
  /* Start on Sjukfrånvaro, January; the row below is whatever the register puts there. */
  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->sick, 0));
  sk_test_focus_window (GTK_WINDOW (f->window));
  sk_test_press_key (GDK_KEY_Down, 0);
  g_assert_true (sk_outcomes_view_get_focus (f->view, &f->next, &col));
  g_assert_cmpint (f->next, !=, f->sick);
  sk_test_press_key (GDK_KEY_Up, 0);
  g_assert_true (sk_outcomes_view_get_focus (f->view, &f->sick, &col));
  g_assert_cmpuint (col, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sk_test_close (GTK_WINDOW (f->window));
  g_free (f->path);
}

static double
stored (Fixture *f, gint64 indicator, const char *period)
{
  g_autoptr(SkOutcome) o = sk_store_get_outcome (f->store, indicator, f->vc, period, SK_OUTCOME_MONTH);

  return o != NULL ? sk_outcome_get_value (o) : NAN;
}

static void
paste (Fixture *f, const char *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->window)), text);
  sk_test_spin ();
  sk_test_press_key (GDK_KEY_v, GDK_CONTROL_MASK);
  sk_test_wait_ms (400);
}

static gboolean
shows_text (GtkWidget *root, const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, text))
      return TRUE;
  return FALSE;
}

/* Two rows of two months as LibreOffice copies them: they land, and Undo takes all back. */
static void
test_paste_block (Fixture *f, gconstpointer data)
{
  GtkWidget *undo;

  g_assert_true (isnan (stored (f, f->sick, "2024-01")));
  paste (f, "5,1\t5,3\n4,9\t1 234\n");
  g_assert_cmpfloat (stored (f, f->sick, "2024-01"), ==, 5.1);
  g_assert_cmpfloat (stored (f, f->sick, "2024-02"), ==, 5.3);
  g_assert_cmpfloat (stored (f, f->next, "2024-01"), ==, 4.9);
  g_assert_cmpfloat (stored (f, f->next, "2024-02"), ==, 1234);
  /* The grid shows it at once. */
  g_assert_true (g_str_has_prefix (sk_outcomes_view_get_cell_text (f->view, f->sick, 1), "5,3"));
  g_assert_true (shows_text (GTK_WIDGET (f->window), "Pasted: 4 new, 0 changed"));

  undo = sk_test_find_shown_button (GTK_WIDGET (f->window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  sk_test_spin ();
  g_assert_true (isnan (stored (f, f->sick, "2024-01")));
  g_assert_true (isnan (stored (f, f->next, "2024-02")));
}

/* One value the grid would refuse: nothing of the block is written, and the toast says why. */
static void
test_paste_refused (Fixture *f, gconstpointer data)
{
  paste (f, "5,1\t120\r\n");
  g_assert_true (isnan (stored (f, f->sick, "2024-01")));
  g_assert_true (shows_text (GTK_WIDGET (f->window), "Nothing was pasted"));
  g_assert_true (shows_text (GTK_WIDGET (f->window), "between 0 and 100"));
}

/* A block wider than the months left in the year is refused whole. */
static void
test_paste_beyond_december (Fixture *f, gconstpointer data)
{
  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->sick, 11));
  sk_test_spin ();
  paste (f, "5,1\t5,2\n");
  g_assert_true (isnan (stored (f, f->sick, "2024-12")));
  g_assert_true (shows_text (GTK_WIDGET (f->window), "beyond December"));
}

int
main (int   argc,
      char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/app/paste/block", test_paste_block);
  ADD ("/app/paste/refused", test_paste_refused);
  ADD ("/app/paste/beyond-december", test_paste_beyond_december);
#undef ADD
  return g_test_run ();
}
