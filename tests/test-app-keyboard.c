/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-keyboard"

#include "config.h"

#include "app-test-util.h"
#include "sk-window.h"

/* A keyboard user of the window: where the focus lands on first start,
 * after switching views with Alt+1 … Alt+8, and what Ctrl+? shows. */

static SkWindow *
open_window (const char *path)
{
  return sk_test_window_open (path, 0, 0);
}

static GtkWidget *
focus_of (SkWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* The first key on a new database reaches "Load the example plan", and
 * after loading the keyboard is in the plan, not on a hidden button. */
static void
test_first_start_focus (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-keys");
  SkWindow *window = open_window (path);
  GtkWidget *focus = focus_of (window);
  GtkWidget *views;

  g_assert_cmpstr (sk_window_get_page (window), ==, "empty");
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "win.load-example");

  /* Enter on a button "clicks" it after a short press animation. */
  gtk_widget_activate (focus);
  sk_test_wait_ms (400);
  sk_test_spin ();
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  focus = focus_of (window);
  g_assert_nonnull (focus);
  views = gtk_widget_get_ancestor (focus, ADW_TYPE_VIEW_STACK);
  g_assert_nonnull (views);
  g_assert_true (gtk_widget_is_drawable (focus));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Alt+4 takes the keyboard into the work-environment plan, and the text
 * the cursor lands in shows the plan's goal (typing there must not
 * replace a goal the user never saw). */
static void
test_view_switch_focus_and_data (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-keys");
  SkWindow *window = open_window (path);
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkWorkEnvPlan) wep = NULL;
  g_autofree char *shown = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  GtkWidget *focus;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-example", NULL);
  sk_test_spin ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 4);
  sk_test_spin ();
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "workenv");

  focus = focus_of (window);
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, g_type_from_name ("SkWorkEnvView")));
  g_assert_true (GTK_IS_TEXT_VIEW (focus));

  plan = sk_store_get_plan (sk_window_get_store (window), sk_window_get_year (window));
  wep = sk_store_get_work_env_plan (sk_window_get_store (window), sk_record_get_id (SK_RECORD (plan)));
  g_assert_cmpstr (sk_work_env_plan_get_goal_text (wep), !=, "");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, sk_work_env_plan_get_goal_text (wep));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+? opens on the shortcuts of the view in front; views without
 * their own section show the general ones. */
static void
test_help_follows_view (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-keys");
  SkWindow *window = g_object_new (SK_TYPE_WINDOW, NULL);
  GtkBuilder *builder =
    gtk_builder_new_from_resource ("/io/github/styrkort/Styrkort/gtk/help-overlay.ui");
  GtkShortcutsWindow *help = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  const char *views[] = { "goals", "indicators", "outcomes", "workenv", "followup", "charts", "board" };
  g_autofree char *section = NULL;

  /* As GtkApplication does: the overlay is there before the window shows. */
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (window), help);
  g_object_unref (builder);
  sk_window_open_database (window, path);
  gtk_window_present (GTK_WINDOW (window));
  sk_test_spin ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-example", NULL);
  sk_test_spin ();
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *shown = NULL;

      sk_window_show_view (window, views[i]);
      sk_test_spin ();
      g_object_get (help, "section-name", &shown, NULL);
      g_assert_cmpstr (shown, ==, views[i]);
    }
  sk_window_show_view (window, "plans");
  sk_test_spin ();
  g_object_get (help, "section-name", &section, NULL);
  g_assert_cmpstr (section, ==, "shortcuts");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* "New Plan…": Enter in the year field creates the plan, as in any dialog. */
static void
test_new_plan_enter (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-keys");
  SkWindow *window = open_window (path);
  g_autoptr(SkPlan) plan = NULL;
  AdwMessageDialog *dialog;
  GtkSpinButton *spin;

  dialog = sk_test_action_dialog (GTK_WIDGET (window), "win.new-plan", NULL);
  spin = g_object_get_data (G_OBJECT (dialog), "year");
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  gtk_widget_grab_focus (GTK_WIDGET (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), "2031");
  /* What Enter does in the text of the spin button. */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "activate");
  sk_test_wait_ms (400);   /* the default button "clicks" after its press animation */
  sk_test_spin ();

  plan = sk_store_get_plan (sk_window_get_store (window), 2031);
  g_assert_nonnull (plan);
  g_assert_cmpint (sk_window_get_year (window), ==, 2031);
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/keyboard/first-start-focus", test_first_start_focus);
  g_test_add_func ("/keyboard/view-switch-focus-and-data", test_view_switch_focus_and_data);
  g_test_add_func ("/keyboard/help-follows-view", test_help_follows_view);
  g_test_add_func ("/keyboard/new-plan-enter", test_new_plan_enter);
  return g_test_run ();
}
