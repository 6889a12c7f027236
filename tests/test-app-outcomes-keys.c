/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-outcomes-keys"

#include "config.h"

#include <math.h>
#include <string.h>

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

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static GtkCssProvider *css = NULL;

  /* The app's style sheet (AdwApplication loads it in the app): the
   * cells' sizes come from it. */
  if (css == NULL)
    {
      css = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (css, "/io/github/styrkort/Styrkort/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
  f->path = sk_test_temp_db ("sk-outcomes-keys");
  f->store = sk_test_example_store (f->path);
  f->vc = sk_test_unit_id (f->store, "Vårdcentralen Halland");
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
  /* The shown unit chosen again: on to the grid as well. */
  gtk_widget_grab_focus (dropdown);
  sk_test_spin ();
  sk_test_press_key (GDK_KEY_space, 0);
  sk_test_wait_ms (200);
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_wait_ms (200);
  g_assert_cmpint (sk_outcomes_view_get_unit (f->view), ==, f->vc);
  g_assert_true (SK_IS_OUTCOME_CELL (gtk_window_get_focus (f->window)));

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

static gint64
indicator_id (Fixture    *f,
              const char *name)
{
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (f->store, name, NULL);

  g_assert_nonnull (ind);
  return sk_record_get_id (SK_RECORD (ind));
}

/* The x and width of every cell of the row, and of the header labels. */
static GArray *
row_geometry (Fixture *f,
              gint64   indicator)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (float));

  for (guint c = 0; c <= SK_OUTCOMES_VIEW_YTD_COLUMN; c++)
    {
      GtkWidget *cell = NULL;
      graphene_rect_t b;

      g_assert_true (sk_outcomes_view_focus_cell (f->view, indicator, c));
      cell = gtk_window_get_focus (f->window);
      g_assert_true (SK_IS_OUTCOME_CELL (cell));
      g_assert_true (gtk_widget_compute_bounds (cell, GTK_WIDGET (f->window), &b));
      g_array_append_val (out, b.origin.x);
      g_array_append_val (out, b.size.width);
    }
  return out;
}

/* While a long value is typed no column moves or widens; a refused value
 * is explained right below its cell, and the keys stay in the cell. */
static void
test_layout_still (Fixture       *f,
                   gconstpointer  data)
{
  gint64 phone = indicator_id (f, "telefontillgänglighet");
  g_autoptr(GArray) before = row_geometry (f, phone);
  GtkWidget *cell, *editor, *popover;
  graphene_rect_t cell_b, editor_b;
  GdkSurface *surface;
  double sx = 0, sy = 0;
  int px, py;

  g_assert_true (sk_outcomes_view_focus_cell (f->view, phone, 3));
  cell = gtk_window_get_focus (f->window);
  sk_test_type ("93,456789012345");
  editor = sk_outcomes_view_get_editor (f->view);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, "93,456789012345");
  sk_test_wait_ms (100);
  /* The editor fills its cell and no more. */
  g_assert_true (gtk_widget_compute_bounds (cell, GTK_WIDGET (f->window), &cell_b));
  g_assert_true (gtk_widget_compute_bounds (editor, GTK_WIDGET (f->window), &editor_b));
  g_assert_cmpfloat (editor_b.size.width, <=, cell_b.size.width);
  for (guint c = 0, i = 0; c <= SK_OUTCOMES_VIEW_YTD_COLUMN; c++, i += 2)
    {
      GtkWidget *other;
      graphene_rect_t b;

      /* The cells of the row, found by position in the same row. */
      other = gtk_widget_pick (GTK_WIDGET (f->window), g_array_index (before, float, i) + 2,
                               cell_b.origin.y + cell_b.size.height / 2, GTK_PICK_DEFAULT);
      g_assert_nonnull (other);
      if (!SK_IS_OUTCOME_CELL (other))
        other = gtk_widget_get_ancestor (other, SK_TYPE_OUTCOME_CELL);
      g_assert_nonnull (other);
      g_assert_cmpuint (sk_outcome_cell_get_column (SK_OUTCOME_CELL (other)), ==, c);
      g_assert_true (gtk_widget_compute_bounds (other, GTK_WIDGET (f->window), &b));
      g_assert_cmpfloat_with_epsilon (b.origin.x, g_array_index (before, float, i), 0.5);
      g_assert_cmpfloat_with_epsilon (b.size.width, g_array_index (before, float, i + 1), 0.5);
    }

  /* Not a number: the reason shows by the cell, the text stays to fix. */
  sk_test_type ("x");
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_wait_ms (100);
  g_assert_nonnull (sk_outcomes_view_get_editor (f->view));
  g_assert_nonnull (strstr (sk_outcomes_view_get_error (f->view), "93,456789012345x"));
  popover = NULL;
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (f->view)); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_POPOVER (c) && gtk_widget_get_mapped (c))
      popover = c;
  g_assert_nonnull (popover);
  surface = gtk_native_get_surface (GTK_NATIVE (popover));
  px = gdk_popup_get_position_x (GDK_POPUP (surface));
  py = gdk_popup_get_position_y (GDK_POPUP (surface));
  gtk_native_get_surface_transform (GTK_NATIVE (f->window), &sx, &sy);
  {
    double ox = 0, oy = 0;

    /* Where the popover's own box starts in its surface (past the shadow). */
    gtk_native_get_surface_transform (GTK_NATIVE (popover), &ox, &oy);
    px += (int) ox;
    py += (int) oy;
  }
  /* Window coordinates. The popover's surface (its shadow and arrow
   * included) starts within the cell's row and reaches below it; its
   * arrow points at the middle of the cell. */
  g_assert_cmpfloat (py - sy, >=, cell_b.origin.y);
  g_assert_cmpfloat (py - sy, <=, cell_b.origin.y + cell_b.size.height);
  g_assert_cmpfloat (py - sy + gtk_widget_get_height (popover), >, cell_b.origin.y + cell_b.size.height + 20);
  g_assert_cmpfloat_with_epsilon (px - sx + gtk_widget_get_width (popover) / 2.0,
                                  cell_b.origin.x + cell_b.size.width / 2, 2);
  /* Typing goes on in the cell: fix the value and save it. */
  g_assert_true (gtk_widget_has_focus (editor));
  sk_test_press_key (GDK_KEY_BackSpace, 0);
  sk_test_press_key (GDK_KEY_Return, 0);
  g_assert_null (sk_outcomes_view_get_editor (f->view));
  g_assert_cmpstr (sk_outcomes_view_get_error (f->view), ==, "");
  g_assert_false (gtk_widget_get_mapped (popover));
}

/* A cell's tooltip names who changed it and when, as people write a
 * date here, in local time: "Ändrat av root, 6 dec 2026 21:53". */
static void
test_tooltip_swedish (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const months[] = { "jan", "feb", "mar", "apr", "maj", "jun",
                                         "jul", "aug", "sep", "okt", "nov", "dec" };
  gint64 phone = indicator_id (f, "telefontillgänglighet");
  g_autoptr(SkOutcome) o = stored (f, phone, f->vc, "2024-04");
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *expected = NULL;
  const char *tooltip;
  GtkWidget *cell;

  g_assert_nonnull (o);
  g_assert_nonnull (sk_outcome_get_changed_by (o));
  at = g_date_time_new_from_iso8601 (sk_outcome_get_changed_at (o), NULL);
  g_assert_nonnull (at);
  local = g_date_time_to_local (at);
  expected = g_strdup_printf ("Ändrat av %s, %d %s %d %02d:%02d", sk_outcome_get_changed_by (o),
                              g_date_time_get_day_of_month (local), months[g_date_time_get_month (local) - 1],
                              g_date_time_get_year (local), g_date_time_get_hour (local),
                              g_date_time_get_minute (local));

  g_assert_true (sk_outcomes_view_focus_cell (f->view, phone, 3));
  cell = gtk_window_get_focus (f->window);
  tooltip = gtk_widget_get_tooltip_text (cell);
  g_assert_nonnull (tooltip);
  g_assert_true (g_str_has_suffix (tooltip, expected));
  g_assert_null (strstr (tooltip, sk_outcome_get_changed_at (o)));

  /* The grid shows the text itself, off the current row (tip-off-row):
   * GTK's own tooltip, always below its cell, is off. */
  g_assert_false (gtk_widget_get_has_tooltip (cell));
}

/* Where the tip's text starts and ends, in @window's coordinates. */
static void
tip_box (GtkWidget *tip,
         GtkWindow *window,
         double    *top,
         double    *bottom)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (tip));
  GtkWidget *label = gtk_popover_get_child (GTK_POPOVER (tip));
  double sx = 0, sy = 0, ox = 0, oy = 0;
  graphene_rect_t b;

  g_assert_true (gtk_widget_compute_bounds (label, tip, &b));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  gtk_native_get_surface_transform (GTK_NATIVE (tip), &ox, &oy);
  *top = gdk_popup_get_position_y (GDK_POPUP (surface)) + oy - sy + b.origin.y;
  *bottom = *top + b.size.height;
}

/* Pointing at the cell above the one being worked on: its tip (who
 * changed it, when) shows above it, never over the current row; below
 * the current row a tip goes below. Typing a value hides it. */
static void
test_tip_off_row (Fixture       *f,
                  gconstpointer  data)
{
  gint64 phone = indicator_id (f, "telefontillgänglighet");
  GtkWidget *upper, *lower, *tip, *label;
  graphene_rect_t ub, lb;
  double top, bottom;

  g_assert_true (sk_outcomes_view_focus_cell (f->view, phone, 3));
  upper = gtk_window_get_focus (f->window);
  g_assert_true (gtk_widget_compute_bounds (upper, GTK_WIDGET (f->window), &ub));
  lower = gtk_widget_pick (GTK_WIDGET (f->window), ub.origin.x + ub.size.width / 2,
                           ub.origin.y + ub.size.height + 8, GTK_PICK_DEFAULT);
  if (lower != NULL && !SK_IS_OUTCOME_CELL (lower))
    lower = gtk_widget_get_ancestor (lower, SK_TYPE_OUTCOME_CELL);
  g_assert_nonnull (lower);

  /* Work on the cell below: click it; then point at the one above. */
  sk_test_pointer_to (lower, 5, 5);
  sk_test_click (1);
  sk_test_wait_ms (100);
  g_assert_true (gtk_window_get_focus (f->window) == lower);
  g_assert_true (gtk_widget_compute_bounds (lower, GTK_WIDGET (f->window), &lb));
  sk_test_pointer_to (upper, ub.size.width / 2, ub.size.height / 2);
  sk_test_wait_ms (900);
  tip = sk_test_find_named (GTK_WIDGET (f->view), "outcomes-tip");
  g_assert_nonnull (tip);
  g_assert_true (gtk_widget_get_mapped (tip));
  label = gtk_popover_get_child (GTK_POPOVER (tip));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, gtk_widget_get_tooltip_text (upper));
  tip_box (tip, f->window, &top, &bottom);
  g_assert_cmpfloat (bottom, <=, ub.origin.y + 1);
  g_assert_cmpfloat (bottom, <=, lb.origin.y);

  /* Typing a value hides it. */
  sk_test_type ("5");
  g_assert_nonnull (sk_outcomes_view_get_editor (f->view));
  g_assert_false (gtk_widget_get_mapped (tip));
  sk_test_press_key (GDK_KEY_Escape, 0);

  /* The current row above, the pointed cell below: the tip goes below. */
  sk_test_pointer_to (upper, 5, 5);
  sk_test_click (1);
  sk_test_wait_ms (100);
  sk_test_pointer_to (lower, lb.size.width / 2, lb.size.height / 2);
  sk_test_wait_ms (900);
  g_assert_true (gtk_widget_get_mapped (tip));
  tip_box (tip, f->window, &top, &bottom);
  g_assert_cmpfloat (top, >=, lb.origin.y + lb.size.height - 1);
}

/* A unit's grid lists the indicators it reports (responsible for, or
 * with figures this year); the switch "Visa alla indikatorer" lists all. */
static void
test_unit_filter (Fixture       *f,
                  gconstpointer  data)
{
  gint64 phone = indicator_id (f, "telefontillgänglighet");
  gint64 braces = indicator_id (f, "Tandregleringen");     /* Folktandvården's */
  gint64 clinic24 = indicator_id (f, "Svarstid Clinic24"); /* Närsjukvården's, VC reports it */
  gint64 ftv = sk_test_unit_id (f->store, "Folktandvården Halland");

  g_assert_false (sk_outcomes_view_get_show_all (f->view));
  /* Targets keep their sign: "95%" (higher is better) is at least 95 %. */
  g_assert_true (sk_test_shows_label (GTK_WIDGET (f->view), "≥95 %"));
  g_assert_false (sk_test_shows_label (GTK_WIDGET (f->view), "95%"));
  g_assert_nonnull (sk_outcomes_view_get_cell_text (f->view, phone, 0));
  g_assert_nonnull (sk_outcomes_view_get_cell_text (f->view, clinic24, 0));
  g_assert_null (sk_outcomes_view_get_cell_text (f->view, braces, 0));

  g_assert_true (sk_outcomes_view_set_unit (f->view, ftv));
  sk_test_spin ();
  g_assert_nonnull (sk_outcomes_view_get_cell_text (f->view, braces, 0));
  g_assert_null (sk_outcomes_view_get_cell_text (f->view, phone, 0));

  /* The switch by keys: Tab from the unit drop-down, then Space. */
  gtk_widget_grab_focus (GTK_WIDGET (sk_test_find_shown_type (GTK_WIDGET (f->view), GTK_TYPE_DROP_DOWN)));
  sk_test_spin ();
  sk_test_press_key (GDK_KEY_Tab, 0);
  g_assert_true (GTK_IS_SWITCH (gtk_window_get_focus (f->window)));
  sk_test_press_key (GDK_KEY_space, 0);
  sk_test_wait_ms (400);   /* the switch slides before it turns */
  g_assert_true (sk_outcomes_view_get_show_all (f->view));
  g_assert_nonnull (sk_outcomes_view_get_cell_text (f->view, phone, 0));
  g_assert_nonnull (sk_outcomes_view_get_cell_text (f->view, braces, 0));
  sk_test_press_key (GDK_KEY_space, 0);
  sk_test_wait_ms (400);
  g_assert_false (sk_outcomes_view_get_show_all (f->view));
  g_assert_null (sk_outcomes_view_get_cell_text (f->view, phone, 0));
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), text))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The names use the width there is: at 1366 px the whole grid fits and
 * the names get the rest; at the default 1100 px too, all twelve months
 * and "Hittills i år" are in sight beside names that are not squeezed to
 * their least. A cut name is whole in its tooltip. */
static void
test_widths (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (f->view);
  GtkWidget *body = sk_test_find_named (view, "outcomes-body");
  GtkAdjustment *hadj = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (body));
  GtkWidget *name, *ytd;
  graphene_rect_t b;

  sk_test_wait_ms (300);
  g_assert_cmpint (gtk_widget_get_width (view), >=, 1300);
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadj), <=, gtk_adjustment_get_page_size (hadj) + 0.5);
  name = find_label (sk_test_find_named (view, "outcomes-names"), "Vårdgaranti primärvård – telefontillgänglighet");
  g_assert_nonnull (name);
  /* Wide enough for the name on one line, with no gap left unused
   * between December and the year to date. */
  g_assert_cmpint (gtk_widget_get_width (name), >=, 470);
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (name),
                                   "Vårdgaranti primärvård – telefontillgänglighet, kontakt inom 0 dagar"));

  gtk_window_set_default_size (f->window, 1100, 720);
  sk_test_wait_ms (400);
  g_assert_cmpint (gtk_widget_get_width (view), <=, 1100);
  /* December is not scrolled off, not even in part. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadj), <=, gtk_adjustment_get_page_size (hadj) + 0.5);
  ytd = find_label (view, "Hittills i\xc2\xa0år");  /* "i år" kept together */
  g_assert_nonnull (ytd);
  g_assert_true (gtk_widget_compute_bounds (ytd, view, &b));
  g_assert_cmpfloat (b.origin.x, >=, 0);
  g_assert_cmpfloat (b.origin.x + b.size.width, <=, gtk_widget_get_width (view));
  /* The months are as narrow as their figures: the names keep more
   * than their least width (150 px). */
  g_assert_cmpint (gtk_widget_get_width (name), >=, 180);
}

int
main (int argc, char *argv[])
{
  /* Swedish words and dates, in Swedish time, as the users read them. */
  g_setenv ("LANGUAGE", "sv", TRUE);
  g_setenv ("TZ", "Europe/Stockholm", TRUE);
  if (!sk_test_app_init (&argc, &argv))
    return 0;

#define ADD(name, func) \
  g_test_add ("/outcomes-keys/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("unit-then-grid", test_unit_then_grid);
  ADD ("layout-still", test_layout_still);
  ADD ("tooltip-swedish", test_tooltip_swedish);
  ADD ("tip-off-row", test_tip_off_row);
  ADD ("unit-filter", test_unit_filter);
  ADD ("widths", test_widths);
  return g_test_run ();
}
