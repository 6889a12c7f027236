/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-damage"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "app-test-util.h"
#include "damage-util.h"
#include "sk-window.h"
#include "sk-window-damage.h"

/* The window on a damaged database: a banner says what is damaged and
 * what to do, and the readable rows can be saved into a new file. */

/* The example plan in a new file, closed, with @which page of the
 * outcome table overwritten (NULL: left whole). */
static char *
example_db (const char *which)
{
  char *path = sk_test_temp_db ("sk-app-damage");
  g_autoptr(SkStore) store = NULL;

  sk_test_small_pages (path);
  store = sk_test_example_store (path);
  g_clear_object (&store);
  if (which != NULL)
    sk_test_damage_table (path, "outcome", which);
  return path;
}

static SkWindow *
open_window (const char *path)
{
  return sk_test_window_open (path, 1000, 700);
}

/* Runs the main loop until @done says so, for at most five seconds. */
static gboolean
wait_for (gboolean (*done) (gpointer), gpointer data)
{
  gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  sk_test_spin ();
  return done (data);
}

static gboolean
banner_shown (gpointer window)
{
  return sk_window_damage_is_shown (window);
}

static gboolean
dialog_shown (gpointer data)
{
  return sk_test_find_dialog () != NULL;
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* Opening the damaged file shows the views with a banner above them that
 * names the damaged table and offers to save the readable rows. */
static void
test_banner (void)
{
  g_autofree char *path = example_db ("root");
  SkWindow *window = open_window (path);
  GtkWidget *banner;

  sk_window_show_view (window, "outcomes");
  g_assert_true (wait_for (banner_shown, window));
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  g_assert_nonnull (strstr (sk_window_damage_get_text (window), "the outcomes (table outcome)"));
  g_assert_nonnull (strstr (sk_window_damage_get_text (window), "Save Readable Rows"));
  banner = sk_test_find_named (GTK_WIDGET (window), "damage-banner");
  g_assert_nonnull (banner);
  g_assert_true (gtk_widget_get_mapped (banner));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* When not even the plans can be counted, the window does not greet an
 * empty database and offer the example: it says the file is damaged. */
static void
test_not_empty (void)
{
  g_autofree char *path = example_db (NULL);
  SkWindow *window;

  sk_test_damage_table (path, "plan", "root");
  sk_test_damage_table (path, "sqlite_autoindex_plan_1", "root");
  sk_test_damage_table (path, "indicator", "root");
  sk_test_damage_table (path, "sqlite_autoindex_indicator_1", "root");
  window = open_window (path);
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  g_assert_true (wait_for (banner_shown, window));
  g_assert_nonnull (strstr (sk_window_damage_get_text (window), "the plans (table plan)"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
banner_names_outcome (gpointer window)
{
  const char *text = sk_window_damage_get_text (window);

  return text != NULL && strstr (text, "the outcomes (table outcome)") != NULL;
}

/* Damage that appears while the window is open (a read that fails on a
 * change from another program) brings up the banner too. */
static void
test_damaged_while_open (void)
{
  g_autofree char *path = example_db (NULL);
  SkWindow *window = open_window (path);
  sqlite3 *other = NULL;

  sk_window_show_view (window, "outcomes");
  /* The year and unit whose outcomes the example has. */
  sk_window_select_year (window, 2024);
  g_assert_true (sk_window_select_unit (window, "Vårdcentralen Halland"));
  sk_test_wait_ms (300);
  g_assert_false (sk_window_damage_is_shown (window));

  sk_test_damage_table (path, "outcome", "root");
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "INSERT INTO unit (name) VALUES ('Ny enhet')", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (other);

  g_assert_true (wait_for (banner_shown, window));
  g_assert_true (wait_for (banner_names_outcome, window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A whole file shows no banner. */
static void
test_no_banner (void)
{
  g_autofree char *path = example_db (NULL);
  SkWindow *window = open_window (path);

  sk_test_wait_ms (300);
  g_assert_false (sk_window_damage_is_shown (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Save Readable Rows…" makes a new file, says what was lost and opens it. */
static void
test_salvage (void)
{
  g_autofree char *path = example_db ("leaf");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dest = g_build_filename (dir, "saved.db", NULL);
  SkWindow *window = open_window (path);
  AdwMessageDialog *dialog;

  g_assert_true (wait_for (banner_shown, window));
  sk_window_salvage_to (window, dest);
  g_assert_true (wait_for (dialog_shown, NULL));
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "the outcomes (table outcome)"));
  adw_message_dialog_response (dialog, "open");
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_spin ();
  g_assert_cmpstr (sk_store_get_path (sk_window_get_store (window)), ==, dest);
  sk_test_wait_ms (300);
  g_assert_false (sk_window_damage_is_shown (window));
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Saving the rows over the open database itself, under another spelling
 * of its name, is refused, and the file stays. */
static void
test_salvage_not_over_itself (void)
{
  g_autofree char *path = example_db ("leaf");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *link = g_strconcat (dir, "-link", NULL);
  g_autofree char *same = g_build_filename (link, "plan.db", NULL);
  SkWindow *window = open_window (path);
  AdwMessageDialog *dialog;

  /* The same folder, through a symbolic link. */
  g_assert_cmpint (symlink (dir, link), ==, 0);

  sk_window_salvage_to (window, same);
  g_assert_true (wait_for (dialog_shown, NULL));
  dialog = sk_test_find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Choose another file");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (sk_test_count_rows (path, "unit"), ==, 6);
  g_unlink (link);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Back Up…" copies the open database while the window goes on working. */
static void
test_backup (void)
{
  g_autofree char *path = example_db (NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dest = g_build_filename (dir, "copy.db", NULL);
  SkWindow *window = open_window (path);

  sk_window_backup_to (window, dest);
  g_assert_true (wait_for (file_exists, dest));
  sk_test_wait_ms (100);
  g_assert_cmpint (sk_test_count_rows (dest, "outcome"), ==, 50);
  g_assert_null (sk_test_find_dialog ());
  g_assert_true (sk_window_get_store (window) != NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/app-damage/banner", test_banner);
  g_test_add_func ("/app-damage/not-empty", test_not_empty);
  g_test_add_func ("/app-damage/damaged-while-open", test_damaged_while_open);
  g_test_add_func ("/app-damage/no-banner", test_no_banner);
  g_test_add_func ("/app-damage/salvage", test_salvage);
  g_test_add_func ("/app-damage/salvage-not-over-itself", test_salvage_not_over_itself);
  g_test_add_func ("/app-damage/backup", test_backup);
  return g_test_run ();
}
