/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-files"

#include "config.h"

#include <string.h>

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sk-goals-view.h"
#include "sk-outcomes-view.h"
#include "sk-window.h"

/* The window on files as people have them: a read-only copy, a name that
 * leads nowhere, and another program holding the file locked. */

static SkWindow *
open_window (const char *path)
{
  return sk_test_window_open (path, 1100, 800);
}

static void
close_window (SkWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

/* The example plan in a new file, with a draft plan for 2026 (the
 * example's plans are adopted, and so locked anyway), closed again. */
static char *
example_file (void)
{
  return sk_test_example_draft_db ("sk-app-files");
}

/* The button (or other actionable) on screen that runs @action. */
static GtkWidget *
find_actionable (GtkWidget *root, const char *action)
{
  if (GTK_IS_ACTIONABLE (root) && gtk_widget_get_mapped (root)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_actionable (c, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_off (GtkWidget *root, const char *action)
{
  GtkWidget *button = find_actionable (root, action);

  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));
}

/* Every view shows the plan; editing is off, and the banner says why. */
static void
test_read_only (void)
{
  g_autofree char *path = example_file ();
  g_autofree char *before = NULL, *after = NULL;
  gsize len_before, len_after;
  SkWindow *window;
  GtkWidget *banner, *view, *text;

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_true (g_file_get_contents (path, &before, &len_before, NULL));
  window = open_window (path);
  g_assert_nonnull (sk_window_get_store (window));
  g_assert_true (sk_store_is_read_only (sk_window_get_store (window)));
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  sk_window_select_year (window, 2026);
  sk_test_spin ();

  banner = sk_test_find_named (GTK_WIDGET (window), "read-only-banner");
  g_assert_nonnull (banner);
  g_assert_true (gtk_widget_get_mapped (banner));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-plan", NULL);
  sk_test_spin ();
  g_assert_null (sk_test_find_dialog ());

  /* Outcomes: the grid is there, typing a value is not possible. */
  sk_window_show_view (window, "outcomes");
  sk_test_spin ();
  g_assert_true (sk_window_select_unit (window, "Vårdcentralen Halland"));
  view = sk_test_find_shown_type (GTK_WIDGET (window), SK_TYPE_OUTCOMES_VIEW);
  g_assert_nonnull (view);
  gtk_widget_activate_action (view, "outcomes.type", "s", "93");
  gtk_widget_activate_action (view, "outcomes.edit", NULL);
  sk_test_spin ();
  g_assert_null (sk_outcomes_view_get_editor (SK_OUTCOMES_VIEW (view)));

  /* Goals and the work-environment plan: adding is off, texts take no input. */
  sk_window_show_view (window, "goals");
  sk_test_spin ();
  view = sk_test_find_shown_type (GTK_WIDGET (window), SK_TYPE_GOALS_VIEW);
  g_assert_nonnull (view);
  text = sk_test_find_shown_type (view, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (text);
  g_assert_false (gtk_widget_is_sensitive (text));
  sk_window_show_view (window, "workenv");
  sk_test_spin ();
  text = sk_test_find_shown_type (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (text);
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (text)));
  view = gtk_widget_get_ancestor (text, g_type_from_name ("SkWorkEnvView"));
  g_assert_nonnull (view);
  assert_off (view, "workenv.add-area");

  sk_window_show_view (window, "followup");
  sk_test_spin ();
  text = sk_test_find_shown_type (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (text);
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (text)));

  close_window (window);
  g_assert_true (g_file_get_contents (path, &after, &len_after, NULL));
  g_assert_cmpmem (before, len_before, after, len_after);
}

/* A writable file: no banner, editing on. */
static void
test_writable (void)
{
  g_autofree char *path = example_file ();
  SkWindow *window = open_window (path);
  GtkWidget *banner = sk_test_find_named (GTK_WIDGET (window), "read-only-banner");
  GtkWidget *text;

  g_assert_false (sk_store_is_read_only (sk_window_get_store (window)));
  g_assert_nonnull (banner);
  g_assert_false (gtk_widget_get_visible (banner));
  sk_window_show_view (window, "workenv");
  sk_test_spin ();
  text = sk_test_find_shown_type (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (text);
  g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (text)));
  /* The same controls as in the read-only test are on here. */
  sk_window_select_year (window, 2026);
  sk_window_show_view (window, "goals");
  sk_test_spin ();
  text = sk_test_find_shown_type (sk_test_find_shown_type (GTK_WIDGET (window), SK_TYPE_GOALS_VIEW), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (text);
  g_assert_true (gtk_widget_is_sensitive (text));
  sk_window_show_view (window, "workenv");
  sk_test_spin ();
  g_assert_true (gtk_widget_is_sensitive (find_actionable (GTK_WIDGET (window), "workenv.add-area")));
  close_window (window);
}

/* --db with a name that leads nowhere asks first; nothing is made until
 * the answer is yes. */
static void
test_missing_asks (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-app-files");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *sub = g_build_filename (dir, "nonexist", NULL);
  g_autofree char *typo = g_build_filename (sub, "x.db", NULL);
  AdwMessageDialog *dialog;
  SkWindow *window;

  window = open_window (typo);
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Create"));
  g_assert_null (sk_window_get_store (window));
  g_assert_false (g_file_test (sub, G_FILE_TEST_EXISTS));
  adw_message_dialog_response (dialog, "cancel");
  sk_test_spin ();
  g_assert_false (g_file_test (sub, G_FILE_TEST_EXISTS));
  close_window (window);

  window = open_window (typo);
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "create");
  sk_test_spin ();
  g_assert_true (g_file_test (typo, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (sk_window_get_store (window));
  g_assert_cmpstr (sk_window_get_page (window), ==, "empty");
  close_window (window);
}

/* Another program keeps the file to itself at start: the error page says
 * so at once, offers to try again, and gives way to the plan by itself
 * once the lock is gone. */
static void
hold_whole_file (const char *path, sqlite3 **other)
{
  g_assert_cmpint (sqlite3_open (path, other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (*other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
                                 " INSERT INTO unit (name) VALUES ('Annan ' || random ()); COMMIT;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
test_locked_at_start (void)
{
  g_autofree char *path = example_file ();
  sqlite3 *other = NULL;
  SkWindow *window;
  GtkWidget *retry;

  hold_whole_file (path, &other);
  window = open_window (path);
  g_assert_cmpstr (sk_window_get_page (window), ==, "error");
  g_assert_null (sk_test_find_dialog ());
  retry = sk_test_find_shown_button (GTK_WIDGET (window), "_Try Again");
  g_assert_nonnull (retry);
  sqlite3_close (other);

  /* No click needed. */
  for (int i = 0; i < 100 && sk_window_get_store (window) == NULL; i++)
    sk_test_wait_ms (100);
  g_assert_nonnull (sk_window_get_store (window));
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  close_window (window);

  /* Or at once, with the button. */
  hold_whole_file (path, &other);
  window = open_window (path);
  g_assert_cmpstr (sk_window_get_page (window), ==, "error");
  retry = sk_test_find_shown_button (GTK_WIDGET (window), "_Try Again");
  g_assert_nonnull (retry);
  sqlite3_close (other);
  g_signal_emit_by_name (retry, "clicked");
  g_assert_nonnull (sk_window_get_store (window));
  sk_test_spin ();
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  close_window (window);
}

/* A save that meets another program's lock keeps the typed value and
 * offers "Try Again", which saves it once the lock is gone. */
static void
test_save_locked_retry (void)
{
  g_autofree char *path = example_file ();
  g_autoptr(SkStore) check = NULL;
  g_autoptr(SkIndicator) phone = NULL;
  g_autoptr(SkUnit) vc = NULL;
  g_autoptr(SkOutcome) saved = NULL;
  sqlite3 *other = NULL;
  SkWindow *window = open_window (path);
  SkOutcomesView *view;
  GtkWidget *editor, *retry;

  sk_window_select_year (window, 2024);
  sk_window_show_view (window, "outcomes");
  sk_test_spin ();
  g_assert_true (sk_window_select_unit (window, "Vårdcentralen Halland"));
  view = SK_OUTCOMES_VIEW (sk_test_find_shown_type (GTK_WIDGET (window), SK_TYPE_OUTCOMES_VIEW));
  phone = sk_store_find_indicator (sk_window_get_store (window), "telefontillgänglighet", NULL);
  vc = sk_store_find_unit (sk_window_get_store (window), "Vårdcentralen Halland", NULL);
  g_assert_true (sk_outcomes_view_focus_cell (view, sk_record_get_id (SK_RECORD (phone)), 5));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "outcomes.type", "s", "93"));
  sk_test_spin ();

  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  editor = sk_outcomes_view_get_editor (view);
  g_assert_nonnull (editor);
  g_signal_emit_by_name (editor, "activate");
  sk_test_spin ();
  /* Refused, said so, and the 93 is still there to save. */
  g_assert_nonnull (strstr (sk_outcomes_view_get_error (view), "locked by another program"));
  editor = sk_outcomes_view_get_editor (view);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, "93");
  retry = sk_test_find_shown_button (GTK_WIDGET (window), "_Try Again");
  g_assert_nonnull (retry);

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  g_signal_emit_by_name (retry, "clicked");
  sk_test_spin ();
  g_assert_null (sk_outcomes_view_get_editor (view));
  check = sk_test_open_store (path);
  saved = sk_store_get_outcome (check, sk_record_get_id (SK_RECORD (phone)), sk_record_get_id (SK_RECORD (vc)),
                                "2024-06", SK_OUTCOME_MONTH);
  g_assert_nonnull (saved);
  g_assert_cmpfloat (sk_outcome_get_value (saved), ==, 93);
  close_window (window);
}

static GtkWidget *
find_name_prefix (GtkWidget *root, const char *prefix)
{
  if (g_str_has_prefix (gtk_widget_get_name (root), prefix) && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_name_prefix (c, prefix);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The same for a follow-up text: kept through the refusal, saved on
 * "Try Again". */
static void
test_text_locked_retry (void)
{
  g_autofree char *path = example_file ();
  g_autoptr(SkStore) check = NULL;
  g_autoptr(GListModel) assessments = NULL;
  g_autoptr(SkGoalAssessment) saved = NULL;
  const char *typed = "Arbetet pågår enligt plan.";
  g_autofree char *text = NULL;
  sqlite3 *other = NULL;
  SkWindow *window = open_window (path);
  GtkWidget *analysis, *view, *retry;
  gint64 goal_id;

  sk_window_select_year (window, 2025);
  sk_window_show_view (window, "followup");
  sk_test_spin ();
  analysis = find_name_prefix (GTK_WIDGET (window), "analysis-");
  g_assert_nonnull (analysis);
  goal_id = g_ascii_strtoll (gtk_widget_get_name (analysis) + strlen ("analysis-"), NULL, 10);
  view = gtk_widget_get_ancestor (analysis, g_type_from_name ("SkFollowUpView"));
  g_assert_nonnull (view);

  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (analysis)), typed, -1);
  gtk_widget_activate_action (view, "followup.save", NULL);
  sk_test_spin ();
  retry = sk_test_find_shown_button (GTK_WIDGET (window), "_Try Again");
  g_assert_nonnull (retry);
  g_object_get (gtk_text_view_get_buffer (GTK_TEXT_VIEW (analysis)), "text", &text, NULL);
  g_assert_cmpstr (text, ==, typed);

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  g_signal_emit_by_name (retry, "clicked");
  sk_test_spin ();
  check = sk_test_open_store (path);
  assessments = sk_store_list_assessments (check, goal_id);
  g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 1);
  saved = g_list_model_get_item (assessments, 0);
  g_assert_cmpstr (sk_goal_assessment_get_analysis (saved), ==, typed);
  close_window (window);
}

/* And for an indicator's target: the typed target stays, "Try Again"
 * saves it. */
static void
test_target_locked_retry (void)
{
  g_autofree char *path = example_file ();
  g_autoptr(SkStore) check = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkTarget) saved = NULL;
  sqlite3 *other = NULL;
  SkWindow *window = open_window (path);
  GtkWidget *view, *entry, *retry;

  sk_window_select_year (window, 2026);
  sk_window_show_view (window, "indicators");
  sk_test_spin ();
  view = sk_test_find_shown_type (GTK_WIDGET (window), g_type_from_name ("SkIndicatorsView"));
  g_assert_nonnull (view);
  ind = sk_store_find_indicator (sk_window_get_store (window), "telefontillgänglighet", NULL);
  g_assert_nonnull (ind);
  gtk_widget_activate_action (view, "indicators.select", "x", sk_record_get_id (SK_RECORD (ind)));
  sk_test_spin ();
  entry = sk_test_find_named (view, "target-entry");
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), ">97 %");

  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  gtk_widget_activate_action (view, "indicators.save", NULL);
  sk_test_spin ();
  retry = sk_test_find_shown_button (GTK_WIDGET (window), "_Try Again");
  g_assert_nonnull (retry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, ">97 %");

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  g_signal_emit_by_name (retry, "clicked");
  sk_test_spin ();
  check = sk_test_open_store (path);
  saved = sk_store_get_target (check, sk_record_get_id (SK_RECORD (ind)), 2026);
  g_assert_nonnull (saved);
  g_assert_cmpstr (sk_target_get_text (saved), ==, ">97 %");
  close_window (window);
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/app-files/read-only", test_read_only);
  g_test_add_func ("/app-files/writable", test_writable);
  g_test_add_func ("/app-files/missing-asks", test_missing_asks);
  g_test_add_func ("/app-files/locked-at-start", test_locked_at_start);
  g_test_add_func ("/app-files/save-locked-retry", test_save_locked_retry);
  g_test_add_func ("/app-files/text-locked-retry", test_text_locked_retry);
  g_test_add_func ("/app-files/target-locked-retry", test_target_locked_retry);
  return g_test_run ();
}
