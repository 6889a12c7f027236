/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-lock"

#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "app-test-util.h"
#include "sk-goals-view.h"
#include "sk-plans-view.h"
#include "sk-window.h"

/* Goals and plans changed while another program holds the file: what was
 * typed stays, a toast offers "Try Again", and trying again once the lock
 * is gone saves it. */

typedef struct
{
  char     *path;
  SkWindow *window;
  sqlite3  *other;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* The example's plans are adopted, and so locked anyway: a draft for 2026. */
  f->path = sk_test_example_draft_db ("sk-app-lock");
  f->window = sk_test_window_open (f->path, 1100, 800);
  sk_window_select_year (f->window, 2026);
  sk_test_spin ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->other != NULL)
    sqlite3_close (f->other);
  gtk_window_destroy (GTK_WINDOW (f->window));
  sk_test_spin ();
  g_free (f->path);
}

static void
hold_lock (Fixture *f)
{
  g_assert_cmpint (sqlite3_open (f->path, &f->other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (f->other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
release_lock (Fixture *f)
{
  sqlite3_exec (f->other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (f->other);
  f->other = NULL;
}

/* The toast's "Try Again", once the lock has refused the change. */
static GtkWidget *
retry_button (Fixture *f)
{
  GtkWidget *retry = sk_test_find_shown_button (GTK_WIDGET (f->window), "_Try Again");

  g_assert_nonnull (retry);
  return retry;
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_spin ();
}

static SkFocusArea *
first_focus_area (SkStore *store)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, 2026);
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (plan)));

  g_assert_cmpuint (g_list_model_get_n_items (areas), >, 0);
  return g_list_model_get_item (areas, 0);
}

/* A goal's text edited (F2) while the file is locked. */
static void
test_goal_text (Fixture       *f,
                gconstpointer  data)
{
  const char *typed = "Trygg och nära vård för alla i länet";
  g_autoptr(SkFocusArea) area = first_focus_area (sk_window_get_store (f->window));
  g_autofree char *key = g_strdup_printf ("fa:%" G_GINT64_FORMAT, sk_record_get_id (SK_RECORD (area)));
  g_autoptr(SkStore) check = NULL;
  g_autoptr(SkFocusArea) saved = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *view;

  sk_window_show_view (f->window, "goals");
  sk_test_spin ();
  view = sk_test_find_shown_type (GTK_WIDGET (f->window), SK_TYPE_GOALS_VIEW);
  g_assert_nonnull (view);
  g_assert_true (sk_goals_view_select_key (SK_GOALS_VIEW (view), key));

  hold_lock (f);
  dialog = sk_test_action_dialog (view, "goals.edit", NULL);
  sk_test_set_dialog_text (dialog, typed);
  answer (dialog, "ok");

  /* Refused with "Try Again"; the text waits, and F2 brings it back. */
  retry_button (f);
  g_assert_cmpstr (sk_goals_view_get_selected_key (SK_GOALS_VIEW (view)), ==, key);
  dialog = sk_test_action_dialog (view, "goals.edit", NULL);
  {
    g_autofree char *shown = sk_test_dialog_text (dialog);
    g_assert_cmpstr (shown, ==, typed);
  }
  answer (dialog, "cancel");

  release_lock (f);
  g_signal_emit_by_name (retry_button (f), "clicked");
  sk_test_spin ();
  check = sk_test_open_store (f->path);
  saved = first_focus_area (check);
  g_assert_cmpstr (sk_focus_area_get_title (saved), ==, typed);
}

/* A new board goal added while the file is locked. */
static void
test_goal_add (Fixture       *f,
               gconstpointer  data)
{
  const char *typed = "Fler patienter får en fast vårdkontakt";
  g_autoptr(SkFocusArea) area = first_focus_area (sk_window_get_store (f->window));
  g_autofree char *key = g_strdup_printf ("fa:%" G_GINT64_FORMAT, sk_record_get_id (SK_RECORD (area)));
  g_autoptr(SkStore) check = NULL;
  g_autoptr(GListModel) goals = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *view;
  gboolean found = FALSE;

  sk_window_show_view (f->window, "goals");
  sk_test_spin ();
  view = sk_test_find_shown_type (GTK_WIDGET (f->window), SK_TYPE_GOALS_VIEW);
  g_assert_true (sk_goals_view_select_key (SK_GOALS_VIEW (view), key));

  hold_lock (f);
  dialog = sk_test_action_dialog (view, "goals.add-board-goal", NULL);
  sk_test_set_dialog_text (dialog, typed);
  answer (dialog, "ok");

  retry_button (f);
  g_assert_true (gtk_widget_activate_action (view, "goals.add-board-goal", NULL));
  sk_test_spin ();
  dialog = sk_test_find_dialog ();
  {
    g_autofree char *shown = sk_test_dialog_text (dialog);
    g_assert_cmpstr (shown, ==, typed);
  }
  answer (dialog, "cancel");

  release_lock (f);
  g_signal_emit_by_name (retry_button (f), "clicked");
  sk_test_spin ();
  check = sk_test_open_store (f->path);
  goals = sk_store_list_board_goals (check, sk_record_get_id (SK_RECORD (area)), 0);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, i);
      found |= g_strcmp0 (sk_board_goal_get_text (goal), typed) == 0;
    }
  g_assert_true (found);
}

static gboolean
has_focus_area (SkStore *store,
                gint64   id)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, 2026);
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (plan)));

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkRecord) area = g_list_model_get_item (areas, i);
      if (sk_record_get_id (area) == id)
        return TRUE;
    }
  return FALSE;
}

/* Moving and deleting have nothing typed to keep, but are tried again
 * on the same row. */
static void
test_goal_move_delete (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkFocusArea) area = first_focus_area (sk_window_get_store (f->window));
  gint64 id = sk_record_get_id (SK_RECORD (area));
  g_autofree char *key = g_strdup_printf ("fa:%" G_GINT64_FORMAT, id);
  GtkWidget *view;

  sk_window_show_view (f->window, "goals");
  sk_test_spin ();
  view = sk_test_find_shown_type (GTK_WIDGET (f->window), SK_TYPE_GOALS_VIEW);
  g_assert_true (sk_goals_view_select_key (SK_GOALS_VIEW (view), key));

  hold_lock (f);
  g_assert_true (gtk_widget_activate_action (view, "goals.move-down", NULL));
  sk_test_spin ();
  release_lock (f);
  g_signal_emit_by_name (retry_button (f), "clicked");
  sk_test_spin ();
  {
    g_autoptr(SkStore) check = sk_test_open_store (f->path);
    g_autoptr(SkFocusArea) first = first_focus_area (check);
    g_assert_cmpint (sk_record_get_id (SK_RECORD (first)), !=, id);
  }
  sk_test_wait_ms (1000);  /* see test_plan_new_copy */

  hold_lock (f);
  g_assert_true (sk_goals_view_select_key (SK_GOALS_VIEW (view), key));
  g_assert_true (gtk_widget_activate_action (view, "goals.delete", NULL));
  sk_test_spin ();
  release_lock (f);
  g_signal_emit_by_name (retry_button (f), "clicked");
  sk_test_spin ();
  {
    g_autoptr(SkStore) check = sk_test_open_store (f->path);
    g_assert_false (has_focus_area (check, id));
  }
}

static GtkWidget *
plans_view (Fixture *f)
{
  GtkWidget *view;

  sk_window_show_view (f->window, "plans");
  sk_test_spin ();
  view = sk_test_find_shown_type (GTK_WIDGET (f->window), SK_TYPE_PLANS_VIEW);
  g_assert_nonnull (view);
  return view;
}

static void
set_field (AdwMessageDialog *dialog, const char *name, const char *text)
{
  GtkWidget *row = sk_test_find_named (GTK_WIDGET (dialog), name);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static const char *
field (AdwMessageDialog *dialog, const char *name)
{
  GtkWidget *row = sk_test_find_named (GTK_WIDGET (dialog), name);

  g_assert_nonnull (row);
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Adopting with the board's decision while the file is locked. */
static void
test_plan_adopt (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *view = plans_view (f);
  g_autoptr(SkStore) check = NULL;
  g_autoptr(SkPlan) plan = NULL;
  AdwMessageDialog *dialog;

  hold_lock (f);
  dialog = sk_test_action_dialog (view, "plans.adopt", g_variant_new_int32 (2026));
  set_field (dialog, "decision-date", "2025-12-10");
  set_field (dialog, "decision-paragraph", "§98");
  set_field (dialog, "diary-number", "DN NSV250361");
  answer (dialog, "adopt");

  retry_button (f);
  /* The decision as typed is there when the dialog opens again. */
  dialog = sk_test_action_dialog (view, "plans.adopt", g_variant_new_int32 (2026));
  g_assert_cmpstr (field (dialog, "decision-date"), ==, "2025-12-10");
  g_assert_cmpstr (field (dialog, "decision-paragraph"), ==, "§98");
  g_assert_cmpstr (field (dialog, "diary-number"), ==, "DN NSV250361");
  answer (dialog, "cancel");

  release_lock (f);
  g_signal_emit_by_name (retry_button (f), "clicked");
  sk_test_spin ();
  check = sk_test_open_store (f->path);
  plan = sk_store_get_plan (check, 2026);
  g_assert_cmpint (sk_plan_get_status (plan), ==, SK_PLAN_ADOPTED);
  g_assert_cmpstr (sk_plan_get_decision_date (plan), ==, "2025-12-10");
  g_assert_cmpstr (sk_plan_get_decision_paragraph (plan), ==, "§98");
  g_assert_cmpstr (sk_plan_get_diary_number (plan), ==, "DN NSV250361");
}

/* A plan's new name while the file is locked. */
static void
test_plan_rename (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *view = plans_view (f);
  g_autoptr(SkStore) check = NULL;
  g_autoptr(SkPlan) plan = NULL;
  AdwMessageDialog *dialog;

  hold_lock (f);
  dialog = sk_test_action_dialog (view, "plans.rename", g_variant_new_int32 (2026));
  set_field (dialog, "plan-title", "Verksamhetsplan med budget 2026");
  answer (dialog, "rename");
  retry_button (f);
  g_assert_true (gtk_widget_activate_action (view, "plans.rename", "i", 2026));
  sk_test_spin ();
  dialog = sk_test_find_dialog ();
  g_assert_cmpstr (field (dialog, "plan-title"), ==, "Verksamhetsplan med budget 2026");
  answer (dialog, "cancel");

  release_lock (f);
  g_signal_emit_by_name (retry_button (f), "clicked");
  sk_test_spin ();
  check = sk_test_open_store (f->path);
  plan = sk_store_get_plan (check, 2026);
  g_assert_cmpstr (sk_plan_get_title (plan), ==, "Verksamhetsplan med budget 2026");
}

/* A new plan with its title, and a copy to the next year. */
static void
test_plan_new_copy (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *view = plans_view (f);
  g_autoptr(SkStore) check = NULL;
  g_autoptr(SkPlan) made = NULL;
  g_autoptr(SkPlan) copy = NULL;
  AdwMessageDialog *dialog;

  hold_lock (f);
  dialog = sk_test_action_dialog (view, "plans.new", NULL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (sk_test_find_shown_type (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON)), 2030);
  set_field (dialog, "new-plan-title", "Verksamhetsplan 2030");
  answer (dialog, "create");
  retry_button (f);
  g_assert_true (gtk_widget_activate_action (view, "plans.new", NULL));
  sk_test_spin ();
  dialog = sk_test_find_dialog ();
  g_assert_cmpstr (field (dialog, "new-plan-title"), ==, "Verksamhetsplan 2030");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (sk_test_find_shown_type (GTK_WIDGET (dialog),
                                                                                 GTK_TYPE_SPIN_BUTTON))), ==, 2030);
  answer (dialog, "cancel");
  release_lock (f);
  g_signal_emit_by_name (retry_button (f), "clicked");
  sk_test_spin ();
  /* Seen with libadwaita 1.2.2: a toast shown while the one just
   * dismissed is still fading out crashed in its hide animation. */
  sk_test_wait_ms (1000);

  hold_lock (f);
  g_assert_true (gtk_widget_activate_action (view, "plans.copy-next", "i", 2026));
  sk_test_spin ();
  retry_button (f);
  release_lock (f);
  g_signal_emit_by_name (retry_button (f), "clicked");
  sk_test_spin ();

  check = sk_test_open_store (f->path);
  made = sk_store_get_plan (check, 2030);
  g_assert_nonnull (made);
  g_assert_cmpstr (sk_plan_get_title (made), ==, "Verksamhetsplan 2030");
  copy = sk_store_get_plan (check, 2027);
  g_assert_nonnull (copy);
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add ("/app-lock/goal-text", Fixture, NULL, fixture_set_up, test_goal_text, fixture_tear_down);
  g_test_add ("/app-lock/goal-add", Fixture, NULL, fixture_set_up, test_goal_add, fixture_tear_down);
  g_test_add ("/app-lock/goal-move-delete", Fixture, NULL, fixture_set_up, test_goal_move_delete, fixture_tear_down);
  g_test_add ("/app-lock/plan-adopt", Fixture, NULL, fixture_set_up, test_plan_adopt, fixture_tear_down);
  g_test_add ("/app-lock/plan-rename", Fixture, NULL, fixture_set_up, test_plan_rename, fixture_tear_down);
  g_test_add ("/app-lock/plan-new-copy", Fixture, NULL, fixture_set_up, test_plan_new_copy, fixture_tear_down);
  return g_test_run ();
}
