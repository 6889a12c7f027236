/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-adopted"

#include "config.h"

#include <string.h>

#include "app-test-util.h"
#include "sk-exchange.h"
#include "sk-goals-view.h"
#include "sk-indicators-view.h"
#include "sk-plans-view.h"
#include "sk-view-adopted.h"
#include "sk-work-env-view.h"

/*
 * Each view opened on the adopted 2025 example plan offers no control that
 * would change the plan's content (no enabled edit button, no editable
 * text), while the follow-up stays editable; the same walk on a draft copy
 * finds the edit controls, so the walk sees them when they are there.
 */

typedef SkTestView Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->path = sk_test_example_draft_db ("sk-adopted");
}

static void
open_view (Fixture *f,
           GType    type,
           int      year)
{
  sk_test_view_open (f, type, year, 1000, 800);
  sk_test_spin ();
}

static gboolean
shown (GtkWidget *widget)
{
  return gtk_widget_is_visible (widget) && gtk_widget_is_sensitive (widget);
}

static gboolean
is_follow_up (GtkWidget *widget)
{
  return g_str_has_prefix (gtk_widget_get_name (widget), "area-follow-up-");
}

/* Controls that would change the plan: a shown, sensitive button for one
 * of @actions, or a shown text the user can type in (other than a
 * follow-up). Each is described in @found. */
static void
find_edit_controls (GtkWidget          *widget,
                    const char * const *actions,
                    GPtrArray          *found)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_ACTIONABLE (widget) && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL
      && g_strv_contains (actions, gtk_actionable_get_action_name (GTK_ACTIONABLE (widget))) && shown (widget))
    g_ptr_array_add (found, g_strdup_printf ("button for %s", gtk_actionable_get_action_name (GTK_ACTIONABLE (widget))));
  if (GTK_IS_TEXT_VIEW (widget) && gtk_text_view_get_editable (GTK_TEXT_VIEW (widget)) && shown (widget)
      && !is_follow_up (widget))
    g_ptr_array_add (found, g_strdup_printf ("text view %s", gtk_widget_get_name (widget)));
  if (GTK_IS_TEXT (widget) && gtk_editable_get_editable (GTK_EDITABLE (widget)) && shown (widget)
      && !GTK_IS_SEARCH_ENTRY (gtk_widget_get_parent (widget)))
    {
      GtkWidget *entry = gtk_widget_get_parent (widget);

      g_ptr_array_add (found, g_strdup_printf ("entry %s", entry ? gtk_widget_get_name (entry) : "?"));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_edit_controls (child, actions, found);
}

static guint
count_follow_ups (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_TEXT_VIEW (widget) && is_follow_up (widget) && gtk_widget_get_visible (widget)
      && gtk_text_view_get_editable (GTK_TEXT_VIEW (widget)) && gtk_widget_is_sensitive (widget))
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_follow_ups (child);
  return n;
}

static void
report (GPtrArray *found)
{
  for (guint i = 0; i < found->len; i++)
    g_test_message ("edit control: %s", (char *) found->pdata[i]);
}

static const char *work_env_actions[] = {
  "workenv.add-area", "workenv.move-up", "workenv.move-down", "workenv.remove-area",
  "workenv.link-indicator", "workenv.unlink-indicator", NULL
};

static char *
snapshot (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  char *json = sk_exchange_export_string (f->store, &error);

  g_assert_no_error (error);
  return json;
}

static void
test_work_env_adopted (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *note, *label;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  open_view (f, SK_TYPE_WORK_ENV_VIEW, 2025);
  note = sk_test_find_named (f->view, "lock-note");
  label = sk_test_find_named (f->view, "lock-label");
  g_assert_nonnull (note);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), "The plan for 2025 is adopted by the board"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), "§98"));

  find_edit_controls (f->view, work_env_actions, found);
  report (found);
  g_assert_cmpuint (found->len, ==, 0);
  /* The follow-up of each of the four priority areas stays open. */
  g_assert_cmpuint (count_follow_ups (f->view), ==, 4);

  /* Shortcuts still reach the actions (Ctrl+N, Alt+Down): refused, nothing changes. */
  before = snapshot (f);
  g_test_expect_message ("styrkort", G_LOG_LEVEL_MESSAGE, "The plan for 2025 is adopted by the board*");
  gtk_widget_activate_action (f->view, "workenv.add-area", NULL);
  sk_test_spin ();
  g_test_assert_expected_messages ();
  gtk_widget_activate_action (f->view, "workenv.move-down", "x", (gint64) 0);
  sk_test_spin ();
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);
}

/* The same walk on a draft finds the controls. */
static void
test_work_env_draft (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  open_view (f, SK_TYPE_WORK_ENV_VIEW, 2026);
  g_assert_false (gtk_widget_get_visible (sk_test_find_named (f->view, "lock-note")));
  find_edit_controls (f->view, work_env_actions, found);
  report (found);
  /* the goal, 4 titles and descriptions, 4 unlink buttons, link, new area, move and remove buttons */
  g_assert_cmpuint (found->len, >=, 1 + 8 + 4 + 2 + 4);
}

/* Removing an indicator from a draft's work-environment plan can be undone. */
static void
test_work_env_unlink_undo (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) during = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(SkIndicator) first = NULL;
  gint64 plan_id;

  open_view (f, SK_TYPE_WORK_ENV_VIEW, 2026);
  plan = sk_store_get_plan (f->store, 2026);
  plan_id = sk_record_get_id (SK_RECORD (plan));
  before = sk_store_list_work_env_indicators (f->store, plan_id);
  first = g_list_model_get_item (before, 0);
  gtk_widget_activate_action (f->view, "workenv.unlink-indicator", "x", sk_record_get_id (SK_RECORD (first)));
  sk_test_spin ();
  during = sk_store_list_work_env_indicators (f->store, plan_id);
  g_assert_cmpuint (g_list_model_get_n_items (during), ==, g_list_model_get_n_items (before) - 1);

  /* What the toast's "Undo" does. */
  gtk_widget_activate_action (f->view, "workenv.relink-indicator", NULL);
  sk_test_spin ();
  after = sk_store_list_work_env_indicators (f->store, plan_id);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
}

static const char *goals_actions[] = {
  "goals.add-focus-area", "goals.add-regional-goal", "goals.add-board-goal", "goals.edit", "goals.delete",
  "goals.move-up", "goals.move-down", "goals.move-to", "goals.link-indicator", "goals.link-indicator-id",
  NULL
};

/* What a key press reaches after the view's own shortcuts (whose actions are off). */
static gboolean
press_unhandled_key (GtkWidget       *view,
                     guint            keyval,
                     GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
    }
  sk_test_spin ();
  return handled;
}

static void
test_goals_adopted (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  open_view (f, SK_TYPE_GOALS_VIEW, 2025);
  find_edit_controls (f->view, goals_actions, found);
  report (found);
  g_assert_cmpuint (found->len, ==, 0);

  /* F2, Delete and Alt+Up say why nothing happens (as the window sets it up). */
  sk_view_explain_adopted_keys (f->view);
  before = snapshot (f);
  g_test_expect_message ("styrkort", G_LOG_LEVEL_MESSAGE, "The plan for 2025 is adopted by the board*");
  g_assert_true (press_unhandled_key (f->view, GDK_KEY_F2, 0));
  g_test_assert_expected_messages ();
  g_test_expect_message ("styrkort", G_LOG_LEVEL_MESSAGE, "The plan for 2025 is adopted by the board*");
  g_assert_true (press_unhandled_key (f->view, GDK_KEY_Delete, 0));
  g_test_assert_expected_messages ();
  g_test_expect_message ("styrkort", G_LOG_LEVEL_MESSAGE, "The plan for 2025 is adopted by the board*");
  g_assert_true (press_unhandled_key (f->view, GDK_KEY_Up, GDK_ALT_MASK));
  g_test_assert_expected_messages ();
  /* Other keys pass, and so do edit keys the view has no shortcut for. */
  g_assert_false (press_unhandled_key (f->view, GDK_KEY_Down, 0));
  g_assert_false (press_unhandled_key (f->view, GDK_KEY_n, GDK_CONTROL_MASK));
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);
}

/* On a draft the keys are the view's: nothing is said. */
static void
test_goals_draft_keys (Fixture       *f,
                       gconstpointer  data)
{
  open_view (f, SK_TYPE_GOALS_VIEW, 2026);
  sk_view_explain_adopted_keys (f->view);
  g_assert_false (press_unhandled_key (f->view, GDK_KEY_F2, 0));
}

static const char *indicators_actions[] = { "indicators.new", "indicators.save", NULL };

static void
test_indicators_adopted (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  g_autoptr(GListModel) reg = NULL;
  g_autoptr(SkIndicator) first = NULL;

  open_view (f, SK_TYPE_INDICATORS_VIEW, 2025);
  find_edit_controls (f->view, indicators_actions, found);
  report (found);
  g_assert_cmpuint (found->len, ==, 0);

  /* Ctrl+N (a new indicator) says why nothing happens. */
  sk_view_explain_adopted_keys (f->view);
  g_test_expect_message ("styrkort", G_LOG_LEVEL_MESSAGE, "The plan for 2025 is adopted by the board*");
  g_assert_true (press_unhandled_key (f->view, GDK_KEY_n, GDK_CONTROL_MASK));
  g_test_assert_expected_messages ();
  /* F2 is not one of its keys. */
  g_assert_false (press_unhandled_key (f->view, GDK_KEY_F2, 0));

  /* With an indicator chosen: its target, register and definition of the
   * adopted year are shown, not offered for editing. */
  reg = sk_store_list_indicators (f->store, 2025);
  first = g_list_model_get_item (reg, 0);
  gtk_widget_activate_action (f->view, "indicators.select", "x", sk_record_get_id (SK_RECORD (first)));
  sk_test_spin ();
  find_edit_controls (f->view, indicators_actions, found);
  report (found);
  g_assert_cmpuint (found->len, ==, 0);
}

/* The same walk on the draft finds the side panel's fields. */
static void
test_indicators_draft (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) reg = NULL;
  g_autoptr(SkIndicator) first = NULL;

  open_view (f, SK_TYPE_INDICATORS_VIEW, 2026);
  reg = sk_store_list_indicators (f->store, 2026);
  first = g_list_model_get_item (reg, 0);
  gtk_widget_activate_action (f->view, "indicators.select", "x", sk_record_get_id (SK_RECORD (first)));
  sk_test_spin ();
  find_edit_controls (f->view, indicators_actions, found);
  report (found);
  g_assert_cmpuint (found->len, >, 0);
}

/* Planer: an adopted plan is not renamed; asked anyway (the action), it says why. */
static void
test_plans_rename_adopted (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SkPlan) plan = NULL;

  open_view (f, SK_TYPE_PLANS_VIEW, 2025);
  g_test_expect_message ("sk-plans-view", G_LOG_LEVEL_MESSAGE, "The plan for 2025 is adopted by the board*");
  gtk_widget_activate_action (f->view, "plans.rename", "i", 2025);
  sk_test_spin ();
  g_test_assert_expected_messages ();
  g_assert_null (sk_test_find_dialog ());
  plan = sk_store_get_plan (f->store, 2025);
  g_assert_cmpstr (sk_plan_get_title (plan), ==,
                   "Verksamhetsplan, internbudget och arbetsmiljöplan 2025 för Driftnämnden Närsjukvård");

  /* A draft is renamed as before. */
  gtk_widget_activate_action (f->view, "plans.rename", "i", 2026);
  sk_test_spin ();
  g_assert_nonnull (sk_test_find_dialog ());
  gtk_window_destroy (GTK_WINDOW (sk_test_find_dialog ()));
  sk_test_spin ();
}

int
main (int   argc,
      char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, sk_test_view_tear_down)
  ADD ("/adopted/workenv", test_work_env_adopted);
  ADD ("/adopted/workenv-draft", test_work_env_draft);
  ADD ("/adopted/workenv-unlink-undo", test_work_env_unlink_undo);
  ADD ("/adopted/goals", test_goals_adopted);
  ADD ("/adopted/goals-draft-keys", test_goals_draft_keys);
  ADD ("/adopted/indicators", test_indicators_adopted);
  ADD ("/adopted/indicators-draft", test_indicators_draft);
  ADD ("/adopted/plans-rename", test_plans_rename_adopted);
  return g_test_run ();
}
