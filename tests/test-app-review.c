/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-review"

#include "config.h"

#include <string.h>

#include "app-test-util.h"
#include "sk-goals-view.h"
#include "sk-plan-compare.h"
#include "sk-plan-review.h"
#include "sk-review-flag.h"
#include "sk-window.h"

/*
 * Next year's plan made from this year's by keyboard, in the window: the
 * ⋮ menu of the 2025 plan (focused, opened and chosen from as Enter does),
 * a target changed in the indicator editor, the warnings in the editor and
 * the goal tree, "Compare with 2025" with its counts and rows, a row that
 * leads to the item, and the adopt dialog's list of what to look over.
 *
 * GTK 4.8 has no public way to synthesize key events (and the machines
 * have no XTest): a key is played as what it does — focus moves to the
 * widget, and Enter activates it (gtk_widget_activate).
 */

static SkWindow *
open_window (const char *path)
{
  return sk_test_window_with_example (path, 1200, 850);
}

/* The row of @year in the plans list. */
static GtkWidget *
plan_row (GtkWidget *view,
          int        year)
{
  GtkWidget *list = sk_test_find_shown_type (view, GTK_TYPE_LIST_BOX);

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "year")) == year)
      return row;
  return NULL;
}

static GtkWidget *
find_model_button (GtkWidget  *root,
                   const char *text)
{
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (root), "text") != NULL
      && !GTK_IS_LABEL (root) && !GTK_IS_EDITABLE (root))
    {
      g_autofree char *shown = NULL;

      g_object_get (root, "text", &shown, NULL);
      if (g_strcmp0 (shown, text) == 0)
        return root;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_model_button (c, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Tab to the row's ⋮, Enter opens the menu, Enter on @item chooses it. */
static void
choose_from_menu (GtkWidget  *view,
                  int         year,
                  const char *item)
{
  GtkWidget *row = plan_row (view, year);
  GtkWidget *button, *popover, *entry;

  g_assert_nonnull (row);
  button = sk_test_find_shown_type (row, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_grab_focus (button));
  /* The focus lands on the menu button's own toggle: Enter there. */
  gtk_widget_activate (gtk_root_get_focus (gtk_widget_get_root (button)));
  sk_test_wait_ms (400);   /* a button "clicks" after its press animation */
  sk_test_spin ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_visible (popover));
  entry = find_model_button (popover, item);
  g_assert_nonnull (entry);
  gtk_widget_activate (entry);
  sk_test_spin ();
}

static SkPlanCompare *
find_compare (void)
{
  return (SkPlanCompare *) sk_test_find_shown_window (SK_TYPE_PLAN_COMPARE);
}

/* The first shown review flag below @root. */
static GtkWidget *
shown_flag (GtkWidget *root)
{
  return sk_test_find_mapped_type (root, SK_TYPE_REVIEW_FLAG);
}

static gint64
indicator_id (SkWindow   *window,
              const char *name)
{
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (sk_window_get_store (window), name, NULL);

  g_assert_nonnull (ind);
  return sk_record_get_id (SK_RECORD (ind));
}

static void
test_next_year_by_keyboard (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-review");
  SkWindow *window = open_window (path);
  SkStore *store = sk_window_get_store (window);
  GtkWidget *plans, *indicators, *goals, *entry, *flag, *group, *row;
  g_autoptr(SkPlan) made = NULL;
  g_autoptr(SkTarget) target = NULL;
  g_autoptr(SkPlan) osa_goal_plan = NULL;
  g_autoptr(GListModel) osa_goals = NULL;
  g_autoptr(SkBoardGoal) osa_goal = NULL;
  g_autofree char *key = NULL;
  g_autofree char *shown = NULL;
  SkPlanCompare *compare;
  AdwMessageDialog *dialog;
  gint64 osa = indicator_id (window, "OSA-index");

  /* Alt+6: Plans. ⋮ of 2025 → "Copy to 2026". */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 6);
  sk_test_spin ();
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "plans");
  plans = sk_window_get_view (window, "plans");
  choose_from_menu (plans, 2025, "Copy to 2026");
  made = sk_store_get_plan (store, 2026);
  g_assert_nonnull (made);

  /* The new plan is chosen (Enter on its row), then Alt+2: Indicators. */
  row = plan_row (plans, 2026);
  g_assert_true (gtk_widget_grab_focus (row));
  gtk_widget_activate (row);
  sk_test_spin ();
  g_assert_cmpint (sk_window_get_year (window), ==, 2026);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 2);
  sk_test_spin ();
  indicators = sk_window_get_view (window, "indicators");
  gtk_widget_activate_action (indicators, "indicators.select", "x", osa);
  sk_test_spin ();

  /* Typing "<65" over ">65" flags it at once, before it is saved. */
  entry = sk_test_find_named (indicators, "target-entry");
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, ">65");
  g_assert_null (shown_flag (indicators));
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "<65");
  sk_test_spin ();
  flag = shown_flag (indicators);
  g_assert_nonnull (flag);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (flag), ==,
                   "The target “<65” points the other way than the indicator, where higher is better, "
                   "and than last year’s target “>65”.");
  /* Enter saves it (what Enter does in the entry's text); the warning does not stop it. */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  sk_test_spin ();
  target = sk_store_get_target (store, osa, 2026);
  g_assert_cmpstr (sk_target_get_text (target), ==, "<65");

  /* Alt+1: Goals. The indicator's row under its goal carries the flag. */
  osa_goal_plan = sk_store_get_plan (store, 2026);
  osa_goals = sk_store_list_indicator_goals (store, osa, sk_record_get_id (SK_RECORD (osa_goal_plan)));
  g_assert_cmpuint (g_list_model_get_n_items (osa_goals), ==, 1);
  osa_goal = g_list_model_get_item (osa_goals, 0);
  key = g_strdup_printf ("in:bg:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                         sk_record_get_id (SK_RECORD (osa_goal)), osa);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 1);
  sk_test_spin ();
  goals = sk_window_get_view (window, "goals");
  g_assert_true (sk_goals_view_select_key (SK_GOALS_VIEW (goals), key));
  sk_test_wait_ms (100);
  sk_test_spin ();
  shown = sk_test_labels_of (goals);
  g_assert_nonnull (strstr (shown, "Target: <65\n⚠ The target “<65” points the other way than the indicator"));

  /* Plans → ⋮ of 2026 → "Compare with 2025". */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 6);
  sk_test_spin ();
  choose_from_menu (plans, 2026, "Compare with 2025");
  compare = find_compare ();
  g_assert_nonnull (compare);
  g_assert_cmpuint (sk_plan_diff_count (sk_plan_compare_get_diff (compare), SK_DIFF_TARGET_FLIPPED), ==, 1);
  g_clear_pointer (&shown, g_free);
  shown = sk_test_labels_of (sk_test_find_named (GTK_WIDGET (compare), "compare-counts"));
  g_assert_cmpstr (shown, ==, "1\nTargets turned around\n");
  group = sk_test_find_named (GTK_WIDGET (compare), "compare-target-flipped");
  g_assert_nonnull (group);
  g_clear_pointer (&shown, g_free);
  shown = sk_test_labels_of (group);
  g_assert_nonnull (strstr (shown, "Targets turned around\n"));
  g_assert_nonnull (strstr (shown, "OSA-index\n>65 → <65\n"));

  /* Enter on the row leads to the indicator, in Indicators, and closes. */
  row = sk_test_find_shown_type (group, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
  gtk_widget_activate (row);
  sk_test_spin ();
  g_assert_null (find_compare ());
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "indicators");
  entry = sk_test_find_named (indicators, "target-entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "<65");

  /* ⋮ of 2026 → "Adopt…": the dialog lists what to look over. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "i", 6);
  sk_test_spin ();
  choose_from_menu (plans, 2026, "Adopt…");
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  {
    GtkWidget *list = sk_test_find_named (GTK_WIDGET (dialog), "review-warnings");
    g_autofree char *text = NULL;

    g_assert_nonnull (list);
    text = sk_test_labels_of (list);
    g_assert_true (g_str_has_prefix (text, "To Look Over Before Adoption\n"));
    g_assert_nonnull (strstr (text, "The target “<65” points the other way than the indicator"));
    g_assert_nonnull (strstr (text, "The target “Bibehålla antal utifrån utfall 2024-12-31” compares with the "
                                    "outcome on 2024-12-31; a plan for 2026 usually compares with 2025-12-31."));
  }
  /* Adopting with warnings stays possible. */
  gtk_editable_set_text (GTK_EDITABLE (sk_test_find_named (GTK_WIDGET (dialog), "decision-date")), "2025-12-10");
  sk_test_spin ();
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "adopt"));
  adw_message_dialog_response (dialog, "adopt");
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_spin ();
  {
    g_autoptr(SkPlan) adopted = sk_store_get_plan (store, 2026);
    g_assert_cmpint (sk_plan_get_status (adopted), ==, SK_PLAN_ADOPTED);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

/* Without an earlier plan there is nothing to compare with; a plan without
 * warnings gets no list in the adopt dialog. */
static void
test_no_earlier_plan (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-review");
  SkWindow *window = open_window (path);
  GtkWidget *plans, *row, *button, *popover;
  AdwMessageDialog *dialog;

  sk_window_show_view (window, "plans");
  sk_test_spin ();
  plans = sk_window_get_view (window, "plans");
  row = plan_row (plans, 2024);
  button = sk_test_find_shown_type (row, GTK_TYPE_MENU_BUTTON);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  sk_test_spin ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_nonnull (find_model_button (popover, "Copy to 2025"));
  g_assert_null (find_model_button (popover, "Compare with 2023"));
  gtk_popover_popdown (GTK_POPOVER (popover));

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SkPlan) empty = sk_store_create_plan (sk_window_get_store (window), 2030, "Tom", &error);
    g_assert_no_error (error);
  }
  sk_test_spin ();
  dialog = sk_test_action_dialog (plans, "plans.adopt", g_variant_new_int32 (2030));
  g_assert_null (sk_test_find_named (GTK_WIDGET (dialog), "review-warnings"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

/* A renamed goal leads to Mål with the goal selected; an indicator dropped
 * from the register leads to Indikatorer of the year that still has it. */
static void
test_rows_lead_to_items (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-review");
  SkWindow *window = open_window (path);
  SkStore *store = sk_window_get_store (window);
  g_autoptr(SkPlan) copy = sk_test_copy_plan (store, 2025, 2026);
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (copy)));
  g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, 0);
  g_autoptr(GListModel) regional = sk_store_list_regional_goals (store, sk_record_get_id (SK_RECORD (area)));
  g_autoptr(SkRegionalGoal) rg = g_list_model_get_item (regional, 0);
  g_autoptr(GListModel) rg_goals = sk_store_list_board_goals (store, sk_record_get_id (SK_RECORD (area)),
                                                              sk_record_get_id (SK_RECORD (rg)));
  g_autoptr(SkBoardGoal) goal = g_list_model_get_item (rg_goals, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = g_strdup_printf ("bg:%" G_GINT64_FORMAT, sk_record_get_id (SK_RECORD (goal)));
  gint64 dropped = indicator_id (window, "Kostnadsutveckling");
  GtkWidget *plans, *group, *row, *indicators, *entry;
  SkPlanCompare *compare;

  g_assert_true (sk_store_rename (store, SK_RECORD (goal), "Stärka krisberedskapen genom systematisk kontinuitetshantering",
                                  &error));
  g_assert_true (sk_store_remove_from_register (store, sk_record_get_id (SK_RECORD (copy)), dropped, &error));
  g_assert_no_error (error);
  sk_test_spin ();
  sk_window_select_year (window, 2026);
  sk_window_show_view (window, "plans");
  sk_test_spin ();
  plans = sk_window_get_view (window, "plans");

  choose_from_menu (plans, 2026, "Compare with 2025");
  compare = find_compare ();
  g_assert_nonnull (compare);
  group = sk_test_find_named (GTK_WIDGET (compare), "compare-goal-renamed");
  g_assert_nonnull (group);
  row = sk_test_find_shown_type (group, ADW_TYPE_ACTION_ROW);
  gtk_widget_activate (row);
  sk_test_spin ();
  g_assert_null (find_compare ());
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "goals");
  g_assert_cmpint (sk_window_get_year (window), ==, 2026);
  g_assert_cmpstr (sk_goals_view_get_selected_key (SK_GOALS_VIEW (sk_window_get_view (window, "goals"))), ==, key);

  sk_window_show_view (window, "plans");
  sk_test_spin ();
  choose_from_menu (plans, 2026, "Compare with 2025");
  compare = find_compare ();
  group = sk_test_find_named (GTK_WIDGET (compare), "compare-indicator-removed");
  g_assert_nonnull (group);
  row = sk_test_find_shown_type (group, ADW_TYPE_ACTION_ROW);
  gtk_widget_activate (row);
  sk_test_spin ();
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "indicators");
  g_assert_cmpint (sk_window_get_year (window), ==, 2025);
  indicators = sk_window_get_view (window, "indicators");
  entry = sk_test_find_named (indicators, "target-entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Enligt budget");
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

/* An adopted plan carries no flags: what the board decided cannot be
 * changed any more, so a warning is only noise there (the core still
 * finds it: diff-plans and the CLI check any year). */
static void
test_no_flags_when_adopted (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-review");
  SkWindow *window = open_window (path);
  SkStore *store = sk_window_get_store (window);
  g_autoptr(GPtrArray) found = sk_plan_review_check_plan (store, 2024);
  SkReviewWarning *warning = NULL;
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, 2024);
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(SkBoardGoal) goal = NULL;
  g_autofree char *key = NULL;
  GtkWidget *indicators, *goals_view;

  /* An adopted year the checks would flag. */
  for (guint i = 0; i < found->len && warning == NULL; i++)
    {
      SkReviewWarning *w = g_ptr_array_index (found, i);
      g_autoptr(GListModel) linked = sk_store_list_indicator_goals (store, w->indicator_id,
                                                                   sk_record_get_id (SK_RECORD (plan)));
      if (w->kind != SK_REVIEW_NOT_IN_REGISTER && g_list_model_get_n_items (linked) > 0)
        warning = w;
    }
  g_assert_nonnull (warning);
  g_test_message ("2024 would flag %s: %s", warning->indicator_name, warning->message);

  sk_window_select_year (window, 2024);
  sk_window_show_view (window, "indicators");
  sk_test_spin ();
  indicators = sk_window_get_view (window, "indicators");
  gtk_widget_activate_action (indicators, "indicators.select", "x", warning->indicator_id);
  sk_test_spin ();
  g_assert_null (shown_flag (indicators));

  goals = sk_store_list_indicator_goals (store, warning->indicator_id, sk_record_get_id (SK_RECORD (plan)));
  goal = g_list_model_get_item (goals, 0);
  key = g_strdup_printf ("in:bg:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                         sk_record_get_id (SK_RECORD (goal)), warning->indicator_id);
  sk_window_show_view (window, "goals");
  sk_test_spin ();
  goals_view = sk_window_get_view (window, "goals");
  g_assert_true (sk_goals_view_select_key (SK_GOALS_VIEW (goals_view), key));
  sk_test_wait_ms (100);
  sk_test_spin ();
  g_assert_null (shown_flag (goals_view));
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

/* Many warnings: the adopt dialog's list takes the height the window
 * leaves, not a fixed strip of about four rows. */
static void
test_adopt_list_height (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-review");
  SkWindow *window = open_window (path);
  SkStore *store = sk_window_get_store (window);
  g_autoptr(SkPlan) copy = sk_test_copy_plan (store, 2025, 2026);
  g_autoptr(GListModel) indicators = sk_store_list_indicators (store, 2026);
  GtkWidget *plans, *list, *scroller;
  AdwMessageDialog *dialog;

  /* A plan with its targets still to write: a warning each. */
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      g_assert_true (sk_store_set_target (store, sk_record_get_id (SK_RECORD (ind)), 2026, NULL, NULL));
    }
  sk_window_show_view (window, "plans");
  sk_test_spin ();
  plans = sk_window_get_view (window, "plans");
  g_assert_true (gtk_widget_activate_action (plans, "plans.adopt", "i", 2026));
  sk_test_wait_ms (200);
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  list = sk_test_find_named (GTK_WIDGET (dialog), "review-warnings");
  scroller = sk_test_find_shown_type (list, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (scroller);
  /* The window is 850 px high: the list gets 450 px of it, not 280. */
  g_assert_cmpint (gtk_scrolled_window_get_max_content_height (GTK_SCROLLED_WINDOW (scroller)), >=, 400);
  g_assert_cmpint (gtk_widget_get_height (scroller), >=, 400);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/review/next-year-by-keyboard", test_next_year_by_keyboard);
  g_test_add_func ("/review/no-earlier-plan", test_no_earlier_plan);
  g_test_add_func ("/review/rows-lead-to-items", test_rows_lead_to_items);
  g_test_add_func ("/review/adopt-list-height", test_adopt_list_height);
  g_test_add_func ("/review/no-flags-when-adopted", test_no_flags_when_adopted);
  return g_test_run ();
}
