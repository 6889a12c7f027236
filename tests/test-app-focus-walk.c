/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-focus-walk"

#include "config.h"


#include "app-test-keys.h"
#include "app-test-util.h"
#include "sk-application.h"
#include "sk-outcome-cell.h"
#include "sk-outcomes-view.h"
#include "sk-window.h"

/* Every view by the keyboard alone, with real key presses: Alt+1 … Alt+8
 * go to the views, and Tab goes from control to control: the focus is
 * never lost (on nothing, on a hidden widget, out of sight, on a widget
 * that shows no focus ring) and never trapped. */

static GtkWidget *
focus_widget (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_is_active (l->data))
      return gtk_root_get_focus (GTK_ROOT (l->data));
  return NULL;
}

/* The first text shown in @w or below it. */
static const char *
first_text (GtkWidget *w)
{
  if (GTK_IS_LABEL (w) && gtk_widget_get_visible (w))
    return gtk_label_get_text (GTK_LABEL (w));
  if (GTK_IS_EDITABLE (w))
    return gtk_editable_get_text (GTK_EDITABLE (w));
  for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      const char *t = first_text (c);

      if (t != NULL && *t != '\0')
        return t;
    }
  return NULL;
}

static char *
describe (GtkWidget *focus)
{
  GString *out = g_string_new (NULL);
  int depth = 0;

  if (focus != NULL)
    g_string_append_printf (out, "{%.40s} ", first_text (focus) ? first_text (focus) : "");

  for (GtkWidget *w = focus; w != NULL && depth < 4; w = gtk_widget_get_parent (w), depth++)
    {
      g_string_append (out, G_OBJECT_TYPE_NAME (w));
      if (GTK_IS_LABEL (w) || GTK_IS_BUTTON (w))
        {
          const char *text = GTK_IS_LABEL (w) ? gtk_label_get_text (GTK_LABEL (w))
                                              : gtk_button_get_label (GTK_BUTTON (w));
          if (text != NULL)
            g_string_append_printf (out, "'%.30s'", text);
        }
      g_string_append (out, " < ");
    }
  return g_string_free (out, FALSE);
}

/* Why @focus is not where a user sees it, or NULL. */
static const char *
lost (GtkWidget *focus,
      GtkWidget *window)
{
  graphene_rect_t b;
  float cx, cy;

  if (focus == NULL)
    return "on nothing";
  if (!gtk_widget_is_drawable (focus))
    return "not drawn";
  /* These show no focus ring: the keyboard seems gone. */
  if (GTK_IS_SCROLLED_WINDOW (focus))
    return "on a scrolled window";
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (focus), "Sk") && g_str_has_suffix (G_OBJECT_TYPE_NAME (focus), "View"))
    return "on the view itself";
  if (!gtk_widget_compute_bounds (focus, window, &b))
    return "no bounds";
  cx = b.origin.x + b.size.width / 2;
  cy = b.origin.y + b.size.height / 2;
  if (cx < 0 || cy < 0 || cx > gtk_widget_get_width (window) || cy > gtk_widget_get_height (window))
    return "outside the window";
  for (GtkWidget *w = gtk_widget_get_parent (focus); w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      {
        graphene_rect_t s;

        if (gtk_widget_compute_bounds (w, window, &s)
            && (cy < s.origin.y - 1 || cy > s.origin.y + s.size.height + 1
                || cx < s.origin.x - 1 || cx > s.origin.x + s.size.width + 1))
          return "scrolled out of sight";
      }
  return NULL;
}

/* Alt+@page, then Tab up to @max times: no stop is lost; with @round,
 * Tab comes back to where it started (no trap). */
static void
walk (SkWindow *window,
      guint     page,
      guint     max,
      gboolean  round)
{
  GtkWidget *first = NULL;
  guint steps;

  sk_test_press_key (GDK_KEY_0 + page, GDK_ALT_MASK);
  sk_test_wait_ms (100);
  first = focus_widget ();
  {
    g_autofree char *d = describe (first);
    const char *why = lost (first, GTK_WIDGET (window));

    g_test_message ("view %u (%s) start: %s%s%s", page, sk_window_get_visible_view (window), d,
                    why ? " LOST: " : "", why ? why : "");
    g_assert_null (why);
  }
  for (steps = 1; steps <= max; steps++)
    {
      GtkWidget *focus;
      const char *why;

      sk_test_press_key (GDK_KEY_Tab, 0);
      sk_test_wait_ms (20);
      focus = focus_widget ();
      why = lost (focus, GTK_WIDGET (window));
      /* After Tab the focus ring shows, also after going round. */
      if (why == NULL && !gtk_window_get_focus_visible (GTK_WINDOW (window)))
        why = "no focus ring shown";
      if (why != NULL || g_test_verbose ())
        {
          g_autofree char *d = describe (focus);

          g_test_message ("  tab %u: %s%s%s", steps, d, why ? " LOST: " : "", why ? why : "");
        }
      g_assert_null (why);
      if (focus == first)
        break;
    }
  g_test_message ("view %u: %u tabs", page, steps);
  if (round)
    g_assert_cmpuint (steps, <=, max);
}

/* Every view by Alt+1 … Alt+8 and Tab. Where the focus goes round the
 * whole window (Arbetsmiljö, Uppföljning, Planer, Diagram, Nämndvy) it
 * must come back; the long lists (Mål, Indikatorer, the Utfall grid,
 * where Tab moves from cell to cell) are walked for their first stops. */
static void
test_walk (void)
{
  static const struct { guint page, max; gboolean round; } views[] = {
    { 1, 12, FALSE }, { 2, 12, FALSE }, { 3, 12, FALSE }, { 4, 40, TRUE },
    { 5, 60, TRUE }, { 6, 60, TRUE }, { 7, 40, TRUE }, { 8, 40, TRUE },
  };
  g_autofree char *path = sk_test_temp_db ("sk-focus-walk");
  g_autoptr(SkStore) store = sk_test_example_store (path);
  g_autoptr(SkApplication) app = sk_application_new ();
  SkWindow *window;

  /* Scrolling to the focus at once, so "in sight" holds after each key. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = g_object_new (SK_TYPE_WINDOW, "application", app, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  sk_window_open_database (window, path);
  sk_test_focus_window (GTK_WINDOW (window));
  sk_test_spin ();
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    walk (window, views[i].page, views[i].max, views[i].round);

  /* In the Utfall grid Tab moves from cell to cell; Ctrl+Tab leaves it. */
  sk_test_press_key (GDK_KEY_3, GDK_ALT_MASK);
  {
    g_autoptr(SkUnit) unit = sk_store_find_unit (store, "Vårdcentralen Halland", NULL);

    g_assert_true (sk_outcomes_view_set_unit (SK_OUTCOMES_VIEW (sk_window_get_view (window, "outcomes")),
                                              sk_record_get_id (SK_RECORD (unit))));
  }
  for (guint i = 0; i < 5 && !SK_IS_OUTCOME_CELL (focus_widget ()); i++)
    sk_test_press_key (GDK_KEY_Tab, 0);
  g_assert_true (SK_IS_OUTCOME_CELL (focus_widget ()));
  sk_test_press_key (GDK_KEY_Tab, GDK_CONTROL_MASK);
  sk_test_wait_ms (20);
  g_assert_false (SK_IS_OUTCOME_CELL (focus_widget ()));
  g_assert_null (lost (focus_widget (), GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "sv", TRUE);
  if (!sk_test_app_init (&argc, &argv))
    return 0;
  g_test_add_func ("/focus-walk/every-view", test_walk);
  return g_test_run ();
}
