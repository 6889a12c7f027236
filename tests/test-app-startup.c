/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-startup"

#include "config.h"

#include "app-test-util.h"
#include "sk-window.h"

/*
 * Start-up (issue 10): the window comes up with only the view in front
 * made; its plan follows right after the first frame, with no "no plan"
 * or "no goals" page in between; the other views are made when first
 * shown, by Alt+number too. (The time itself: build-aux/bench-startup.sh.)
 */

static const char *others[] = { "indicators", "outcomes", "workenv", "followup", "plans", "charts", "board" };

static void
test_start_builds_the_visible_view (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-startup");
  g_autoptr(SkStore) store = sk_test_example_store (path);
  const char *area = "En organisation med utvecklings- och motståndskraft";
  SkWindow *window;
  GtkWidget *goals = NULL;
  gboolean shown = FALSE;

  g_clear_object (&store);
  /* As the application starts it. */
  window = sk_window_new (NULL, path);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 200 && !shown; i++)
    {
      /* Loading is a blank page, never a message that there is no plan. */
      g_assert_null (sk_test_find_shown_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE));
      goals = sk_window_peek_view (window, "goals");
      shown = goals != NULL && sk_test_shows_label (goals, area);
      if (!shown)
        sk_test_wait_ms (10);
    }
  g_assert_true (shown);
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "goals");
  /* The keyboard is in the plan. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), goals));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_null (sk_window_peek_view (window, others[i]));

  /* Alt+3 (its action) makes the outcomes view and takes the keyboard there. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 3);
  sk_test_spin ();
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "outcomes");
  g_assert_nonnull (sk_window_peek_view (window, "outcomes"));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         sk_window_peek_view (window, "outcomes")));
  g_assert_null (sk_window_peek_view (window, "board"));
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

/* --view: that view is made and shown at once, the default one is not. */
static void
test_start_in_another_view (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-startup");
  g_autoptr(SkStore) store = sk_test_example_store (path);
  SkWindow *window;

  g_clear_object (&store);
  window = sk_window_new (NULL, path);
  sk_window_show_view (window, "board");
  gtk_window_present (GTK_WINDOW (window));
  sk_test_wait_ms (300);
  sk_test_spin ();
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "board");
  g_assert_nonnull (sk_window_peek_view (window, "board"));
  g_assert_null (sk_window_peek_view (window, "goals"));
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

/* A first start on a new database: the example loaded from the welcome
 * page shows its plan at once, with the keyboard in it. */
static void
test_first_start_then_example (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-startup");
  SkWindow *window = sk_window_new (NULL, path);
  GtkWidget *goals;

  gtk_window_present (GTK_WINDOW (window));
  sk_test_wait_ms (200);
  sk_test_spin ();
  g_assert_cmpstr (sk_window_get_page (window), ==, "empty");
  g_assert_null (sk_window_peek_view (window, "goals"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-example", NULL);
  sk_test_spin ();
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  goals = sk_window_peek_view (window, "goals");
  g_assert_nonnull (goals);
  g_assert_true (sk_test_shows_label (goals, "En organisation med utvecklings- och motståndskraft"));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), goals));
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/startup/builds-the-visible-view", test_start_builds_the_visible_view);
  g_test_add_func ("/startup/start-in-another-view", test_start_in_another_view);
  g_test_add_func ("/startup/first-start-then-example", test_first_start_then_example);
  return g_test_run ();
}
