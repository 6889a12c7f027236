/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-window"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sk-window.h"

static SkWindow *
open_window (const char *path)
{
  return sk_test_window_open (path, 0, 0);
}

/* A new database offers the example; loading it shows the plan. */
static void
test_first_start (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-app");
  SkWindow *window = open_window (path);

  g_assert_cmpstr (sk_window_get_page (window), ==, "empty");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-example", NULL);
  sk_test_spin ();
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  g_assert_cmpint (sk_window_get_year (window), ==, 2025);
  g_assert_nonnull (sk_window_get_store (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-year", "i", 2024);
  sk_test_spin ();
  g_assert_cmpint (sk_window_get_year (window), ==, 2024);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A damaged file is explained and left exactly as it was. */
static void
test_damaged_file (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-app");
  g_autofree char *dir = g_path_get_dirname (path);
  const char *junk = "Detta är ingen databas";
  g_autofree char *after = NULL;
  SkWindow *window;

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (path, junk, -1, NULL));
  window = open_window (path);
  g_assert_cmpstr (sk_window_get_page (window), ==, "error");
  g_assert_null (sk_window_get_store (window));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, junk);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opening a damaged file while one is open keeps the open one, says why
 * in a dialog, and leaves the damaged file as it was. */
static void
test_open_damaged_keeps_current (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-app");
  g_autofree char *bad = sk_test_temp_db ("sk-app");
  g_autofree char *dir = g_path_get_dirname (bad);
  g_autofree char *after = NULL;
  SkWindow *window = open_window (path);
  SkStore *before;
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-example", NULL);
  sk_test_spin ();
  before = sk_window_get_store (window);
  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (bad, "inte en databas", -1, NULL));

  g_assert_false (sk_window_open_database (window, bad));
  sk_test_spin ();
  g_assert_true (sk_window_get_store (window) == before);
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Styrkort"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (g_file_get_contents (bad, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "inte en databas");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A plan added by another program shows up without a restart. */
static void
test_external_change (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-app");
  SkWindow *window = open_window (path);
  g_autoptr(SkStore) other = NULL;
  g_autoptr(SkPlan) plan = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-example", NULL);
  sk_test_spin ();
  other = sk_store_open (path, NULL);
  plan = sk_store_create_plan (other, 2027, NULL, NULL);
  g_assert_nonnull (plan);
  sk_test_wait_ms (1000);
  sk_window_select_year (window, 2027);
  g_assert_cmpint (sk_window_get_year (window), ==, 2027);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/window/first-start", test_first_start);
  g_test_add_func ("/window/damaged-file", test_damaged_file);
  g_test_add_func ("/window/external-change", test_external_change);
  g_test_add_func ("/window/open-damaged-keeps-current", test_open_damaged_keeps_current);
  return g_test_run ();
}
