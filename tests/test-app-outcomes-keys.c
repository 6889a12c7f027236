/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-outcomes-keys"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "app-test-keys.h"
#include "app-test-util.h"
#include "sk-outcome-cell.h"
#include "sk-outcomes-view.h"

/* The Utfall grid by real key presses (through the X server): choosing
 * a unit, moving, typing; and what stays put on screen while a value
 * is typed. */

typedef struct
{
  char           *path;
  SkStore        *store;
  GtkWindow      *window;
  SkOutcomesView *view;
  gint64          vc;      /* Vårdcentralen Halland */
} Fixture;

static gint64
unit_id (SkStore    *store,
         const char *name)
{
  g_autoptr(SkUnit) unit = sk_store_find_unit (store, name, NULL);

  g_assert_nonnull (unit);
  return sk_record_get_id (SK_RECORD (unit));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->path = sk_test_temp_db ("sk-outcomes-keys");
  f->store = sk_test_example_store (f->path);
  f->vc = unit_id (f->store, "Vårdcentralen Halland");
  f->view = SK_OUTCOMES_VIEW (sk_outcomes_view_new ());
  g_object_set (f->view, "store", f->store, "year", 2024, NULL);
  g_assert_true (sk_outcomes_view_set_unit (f->view, f->vc));
  f->window = sk_test_show (GTK_WIDGET (f->view), 1366, 768);
  sk_test_focus_window (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sk_test_close (f->window);
  g_clear_object (&f->store);
  g_free (f->path);
}

static SkOutcome *
stored (Fixture    *f,
        gint64      indicator_id,
        gint64      unit,
        const char *period)
{
  g_autoptr(SkStore) store = sk_test_open_store (f->path);

  return sk_store_get_outcome (store, indicator_id, unit, period, SK_OUTCOME_MONTH);
}

/* Choose the next unit in the drop-down by keys; the grid takes the
 * keys from there: arrows move, a typed value lands in the database. */
static void
test_unit_then_grid (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *dropdown = sk_test_find_shown_type (GTK_WIDGET (f->view), GTK_TYPE_DROP_DOWN);
  g_autoptr(SkOutcome) o = NULL;
  g_autofree char *period = NULL;
  GtkWidget *focus;
  gint64 unit, indicator = 0;
  guint col = 0, col2 = 0;

  g_assert_nonnull (dropdown);
  gtk_widget_grab_focus (dropdown);
  sk_test_spin ();
  sk_test_press_key (GDK_KEY_space, 0);   /* opens the list */
  sk_test_wait_ms (200);
  sk_test_press_key (GDK_KEY_Home, 0);    /* the first unit */
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_wait_ms (200);
  unit = sk_outcomes_view_get_unit (f->view);
  g_assert_cmpint (unit, !=, f->vc);

  /* The focus is on the grid's current cell, not back on the button. */
  focus = gtk_window_get_focus (f->window);
  g_assert_true (SK_IS_OUTCOME_CELL (focus));
  g_assert_true (sk_outcomes_view_get_focus (f->view, &indicator, &col));
  g_assert_cmpuint (sk_outcome_cell_get_column (SK_OUTCOME_CELL (focus)), ==, col);

  /* Arrows move in the grid. */
  sk_test_press_key (col == 0 ? GDK_KEY_Right : GDK_KEY_Left, 0);
  g_assert_true (sk_outcomes_view_get_focus (f->view, &indicator, &col2));
  g_assert_cmpuint (col2, ==, col == 0 ? 1 : col - 1);
  g_assert_true (SK_IS_OUTCOME_CELL (gtk_window_get_focus (f->window)));

  /* Typing starts an edit; Return saves it for the chosen unit. */
  sk_test_type ("77,5");
  g_assert_nonnull (sk_outcomes_view_get_editor (f->view));
  sk_test_press_key (GDK_KEY_Return, 0);
  g_assert_null (sk_outcomes_view_get_editor (f->view));
  period = g_strdup_printf ("2024-%02u", col2 + 1);
  o = stored (f, indicator, unit, period);
  g_assert_nonnull (o);
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (o), 77.5, 1e-9);
  /* Return moved down, and the drop-down did not open again. */
  g_assert_true (SK_IS_OUTCOME_CELL (gtk_window_get_focus (f->window)));
  g_assert_cmpint (sk_outcomes_view_get_unit (f->view), ==, unit);
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

#define ADD(name, func) \
  g_test_add ("/outcomes-keys/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("unit-then-grid", test_unit_then_grid);
  return g_test_run ();
}
