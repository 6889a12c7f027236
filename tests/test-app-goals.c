/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-goals"

#include "config.h"

#include "app-test-util.h"
#include "sk-exchange.h"
#include "sk-goals-view.h"

/* The goal tree view driven through its actions, checked in the database. */

typedef SkTestView Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* 2025 is adopted in the example: edit a draft copy. */
  f->path = sk_test_example_draft_db ("sk-goals");
  sk_test_view_open (f, SK_TYPE_GOALS_VIEW, GPOINTER_TO_INT (data), 900, 700);
}

static gint64
plan_id (SkStore *store,
         int      year)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);

  g_assert_nonnull (plan);
  return sk_record_get_id (SK_RECORD (plan));
}

/* The first board goal of @year that has linked indicators and siblings. */
static SkBoardGoal *
goal_with_links (SkStore *store,
                 int      year,
                 guint    min_siblings)
{
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, plan_id (store, year));

  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(SkRecord) area = g_list_model_get_item (areas, a);
      g_autoptr(GListModel) regional = sk_store_list_regional_goals (store, sk_record_get_id (area));

      for (guint r = 0; r <= g_list_model_get_n_items (regional); r++)
        {
          g_autoptr(SkRecord) rg = r < g_list_model_get_n_items (regional) ? g_list_model_get_item (regional, r) : NULL;
          g_autoptr(GListModel) goals = sk_store_list_board_goals (store, sk_record_get_id (area),
                                                                   rg ? sk_record_get_id (rg) : 0);
          if (g_list_model_get_n_items (goals) < min_siblings)
            continue;
          for (guint b = 0; b < g_list_model_get_n_items (goals); b++)
            {
              g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, b);
              g_autoptr(GListModel) links = sk_store_list_goal_indicators (store, sk_record_get_id (SK_RECORD (goal)));
              if (g_list_model_get_n_items (links) > 0)
                return g_steal_pointer (&goal);
            }
        }
    }
  return NULL;
}

static char **
sibling_texts (SkStore     *store,
               SkBoardGoal *goal)
{
  g_autoptr(GListModel) goals = sk_store_list_board_goals (store, sk_board_goal_get_focus_area_id (goal),
                                                           sk_board_goal_get_regional_goal_id (goal));
  GStrvBuilder *builder = g_strv_builder_new ();
  char **texts;

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) g = g_list_model_get_item (goals, i);
      g_strv_builder_add (builder, sk_board_goal_get_text (g));
    }
  texts = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return texts;
}

static char *
indicator_names (SkStore *store,
                 gint64   goal_id)
{
  g_autoptr(GListModel) links = sk_store_list_goal_indicators (store, goal_id);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(SkIndicator) indicator = g_list_model_get_item (links, i);
      g_string_append_printf (names, "%s|", sk_indicator_get_name (indicator));
    }
  return g_string_free (names, FALSE);
}

static SkBoardGoal *
goal_by_text (SkStore    *store,
              gint64      focus_area_id,
              gint64      regional_goal_id,
              const char *text,
              guint      *index)
{
  g_autoptr(GListModel) goals = sk_store_list_board_goals (store, focus_area_id, regional_goal_id);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, i);
      if (g_str_equal (sk_board_goal_get_text (goal), text))
        {
          *index = i;
          return g_steal_pointer (&goal);
        }
    }
  return NULL;
}

static gboolean
select_goal (Fixture     *f,
             SkBoardGoal *goal)
{
  g_autofree char *key = g_strdup_printf ("bg:%" G_GINT64_FORMAT, sk_record_get_id (SK_RECORD (goal)));
  gboolean found = sk_goals_view_select_key (SK_GOALS_VIEW (f->view), key);

  sk_test_spin ();
  return found && g_strcmp0 (sk_goals_view_get_selected_key (SK_GOALS_VIEW (f->view)), key) == 0;
}

/* Deleting a linked goal and undoing brings back text, place and links. */
static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = goal_with_links (f->store, 2026, 2);
  g_autofree char *text = NULL, *links = NULL, *links_after = NULL;
  g_auto(GStrv) before = NULL;
  g_autoptr(SkStore) again = NULL;
  g_autoptr(SkBoardGoal) restored = NULL;
  gint64 fa, rg;
  guint index_before = 0, index_after = 0;

  g_assert_nonnull (goal);
  text = g_strdup (sk_board_goal_get_text (goal));
  fa = sk_board_goal_get_focus_area_id (goal);
  rg = sk_board_goal_get_regional_goal_id (goal);
  links = indicator_names (f->store, sk_record_get_id (SK_RECORD (goal)));
  before = sibling_texts (f->store, goal);
  g_clear_object (&goal);
  goal = goal_by_text (f->store, fa, rg, text, &index_before);

  g_assert_true (select_goal (f, goal));
  g_assert_true (gtk_widget_activate_action (f->view, "goals.delete", NULL));
  sk_test_spin ();
  {
    g_autoptr(SkBoardGoal) gone = goal_by_text (f->store, fa, rg, text, &index_after);
    g_assert_null (gone);
  }

  g_assert_true (gtk_widget_activate_action (f->view, "goals.undo", NULL));
  sk_test_spin ();
  /* The restored goal is the selected row again. */
  g_assert_nonnull (sk_goals_view_get_selected_key (SK_GOALS_VIEW (f->view)));
  g_assert_true (g_str_has_prefix (sk_goals_view_get_selected_key (SK_GOALS_VIEW (f->view)), "bg:"));

  again = sk_test_open_store (f->path);
  restored = goal_by_text (again, fa, rg, text, &index_after);
  g_assert_nonnull (restored);
  g_assert_cmpuint (index_after, ==, index_before);
  links_after = indicator_names (again, sk_record_get_id (SK_RECORD (restored)));
  g_assert_cmpstr (links_after, ==, links);
  {
    g_auto(GStrv) after = sibling_texts (again, restored);
    g_assert_true (g_strv_equal ((const char * const *) before, (const char * const *) after));
  }
}

/* Alt+Down / Alt+Up move a goal among its siblings in the database. */
static void
test_reorder (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = goal_with_links (f->store, 2026, 2);
  g_autoptr(SkBoardGoal) first = NULL;
  g_autoptr(SkStore) again = NULL;
  g_autofree char *text = NULL;
  guint index = 0, moved = 0;
  gint64 fa, rg;

  g_assert_nonnull (goal);
  fa = sk_board_goal_get_focus_area_id (goal);
  rg = sk_board_goal_get_regional_goal_id (goal);
  {
    g_autoptr(GListModel) goals = sk_store_list_board_goals (f->store, fa, rg);
    first = g_list_model_get_item (goals, 0);
  }
  text = g_strdup (sk_board_goal_get_text (first));

  g_assert_true (select_goal (f, first));
  g_assert_true (gtk_widget_activate_action (f->view, "goals.move-down", NULL));
  sk_test_spin ();
  again = sk_test_open_store (f->path);
  {
    g_autoptr(SkBoardGoal) found = goal_by_text (again, fa, rg, text, &moved);
    g_assert_nonnull (found);
    g_assert_cmpuint (moved, ==, 1);
  }
  /* The moved goal stays selected, so the next Alt+Up brings it back. */
  g_assert_true (gtk_widget_activate_action (f->view, "goals.move-up", NULL));
  sk_test_spin ();
  g_clear_object (&again);
  again = sk_test_open_store (f->path);
  {
    g_autoptr(SkBoardGoal) found = goal_by_text (again, fa, rg, text, &index);
    g_assert_nonnull (found);
    g_assert_cmpuint (index, ==, 0);
  }
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_ACTIONABLE (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
export (SkStore *store)
{
  g_autoptr(GError) error = NULL;
  char *json = sk_exchange_export_string (store, &error);

  g_assert_no_error (error);
  return json;
}

/* In an adopted plan nothing can be edited, and nothing changes. */
static void
test_adopted_locked (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = goal_with_links (f->store, 2025, 2);
  g_autofree char *before = export (f->store);
  g_autofree char *after = NULL;
  static const char *actions[] = {
    "goals.delete", "goals.move-down", "goals.move-up", "goals.edit", "goals.link-indicator",
  };

  g_assert_nonnull (goal);
  g_assert_true (select_goal (f, goal));
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button = find_button (f->view, actions[i]);

      g_assert_nonnull (button);
      g_assert_false (gtk_widget_get_sensitive (button));
      gtk_widget_activate_action (f->view, actions[i], NULL);
      sk_test_spin ();
    }
  /* Choosing an indicator in the link popover goes through this action. */
  gtk_widget_activate_action (f->view, "goals.link-indicator-id", "x", (gint64) 1);
  sk_test_spin ();
  after = export (f->store);
  g_assert_cmpstr (after, ==, before);
  {
    g_autoptr(SkStore) again = sk_test_open_store (f->path);
    g_autoptr(SkBoardGoal) still = NULL;
    guint index = 0;

    still = goal_by_text (again, sk_board_goal_get_focus_area_id (goal), sk_board_goal_get_regional_goal_id (goal),
                          sk_board_goal_get_text (goal), &index);
    g_assert_nonnull (still);
  }
}

/* Unlinking an indicator (Delete on its row) can be undone too. */
static void
test_unlink_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = goal_with_links (f->store, 2026, 1);
  gint64 goal_id = sk_record_get_id (SK_RECORD (goal));
  g_autofree char *links = indicator_names (f->store, goal_id);
  g_autofree char *key = NULL;
  g_autoptr(GListModel) linked = sk_store_list_goal_indicators (f->store, goal_id);
  g_autoptr(SkRecord) indicator = g_list_model_get_item (linked, 0);
  guint n = g_list_model_get_n_items (linked);

  key = g_strdup_printf ("in:bg:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, goal_id, sk_record_get_id (indicator));
  g_assert_true (sk_goals_view_select_key (SK_GOALS_VIEW (f->view), key));
  sk_test_spin ();
  g_assert_true (gtk_widget_activate_action (f->view, "goals.delete", NULL));
  sk_test_spin ();
  {
    g_autoptr(GListModel) now = sk_store_list_goal_indicators (f->store, goal_id);
    g_assert_cmpuint (g_list_model_get_n_items (now), ==, n - 1);
  }
  g_assert_true (gtk_widget_activate_action (f->view, "goals.undo", NULL));
  sk_test_spin ();
  {
    g_autoptr(SkStore) again = sk_test_open_store (f->path);
    g_autoptr(GListModel) now = sk_store_list_goal_indicators (again, goal_id);
    g_assert_cmpuint (g_list_model_get_n_items (now), ==, n);
  }
  g_assert_nonnull (links);
}

/* F2 (goals.edit) opens the text; saving it renames the goal in the database. */
static void
test_edit_text (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = goal_with_links (f->store, 2026, 1);
  g_autoptr(SkStore) again = NULL;
  g_autoptr(SkBoardGoal) renamed = NULL;
  AdwMessageDialog *dialog;
  g_autofree char *shown = NULL;
  guint index = 0;

  g_assert_true (select_goal (f, goal));
  dialog = sk_test_action_dialog (f->view, "goals.edit", NULL);
  shown = sk_test_dialog_text (dialog);
  g_assert_cmpstr (shown, ==, sk_board_goal_get_text (goal));
  /* An empty text cannot be saved. */
  sk_test_set_dialog_text (dialog, "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "ok"));
  sk_test_set_dialog_text (dialog, "Korta vårdköerna i hela länet");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "ok"));
  adw_message_dialog_response (dialog, "ok");
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_spin ();

  again = sk_test_open_store (f->path);
  renamed = goal_by_text (again, sk_board_goal_get_focus_area_id (goal), sk_board_goal_get_regional_goal_id (goal),
                          "Korta vårdköerna i hela länet", &index);
  g_assert_nonnull (renamed);
  g_assert_cmpint (sk_record_get_id (SK_RECORD (renamed)), ==, sk_record_get_id (SK_RECORD (goal)));
}

/* A change made elsewhere refreshes the tree without losing the chosen row. */
static void
test_refresh_keeps_place (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = goal_with_links (f->store, 2026, 2);
  g_autoptr(GListModel) links = sk_store_list_goal_indicators (f->store, sk_record_get_id (SK_RECORD (goal)));
  g_autoptr(SkRecord) indicator = g_list_model_get_item (links, 0);
  g_autofree char *key = g_strdup_printf ("in:bg:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                          sk_record_get_id (SK_RECORD (goal)), sk_record_get_id (indicator));
  g_autoptr(GListModel) siblings = sk_store_list_board_goals (f->store, sk_board_goal_get_focus_area_id (goal),
                                                              sk_board_goal_get_regional_goal_id (goal));
  g_autoptr(SkBoardGoal) other = g_list_model_get_item (siblings, 1);
  g_autoptr(GError) error = NULL;

  if (sk_record_get_id (SK_RECORD (other)) == sk_record_get_id (SK_RECORD (goal)))
    {
      g_clear_object (&other);
      other = g_list_model_get_item (siblings, 0);
    }
  g_assert_true (sk_goals_view_select_key (SK_GOALS_VIEW (f->view), key));
  sk_test_spin ();
  g_assert_true (sk_store_rename (f->store, SK_RECORD (other), "Ett nytt namn", &error));
  g_assert_no_error (error);
  g_assert_true (sk_store_set_target (f->store, sk_record_get_id (indicator), 2026, ">99 %", &error));
  g_assert_no_error (error);
  sk_test_spin ();
  g_assert_cmpstr (sk_goals_view_get_selected_key (SK_GOALS_VIEW (f->view)), ==, key);
}

/* The first board goal with @text anywhere in the plan of @year. */
static SkBoardGoal *
goal_in_plan (SkStore    *store,
              int         year,
              const char *text)
{
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, plan_id (store, year));

  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(SkRecord) area = g_list_model_get_item (areas, a);
      g_autoptr(GListModel) regional = sk_store_list_regional_goals (store, sk_record_get_id (area));

      for (guint r = 0; r <= g_list_model_get_n_items (regional); r++)
        {
          g_autoptr(SkRecord) rg = r < g_list_model_get_n_items (regional) ? g_list_model_get_item (regional, r) : NULL;
          guint index = 0;
          SkBoardGoal *goal = goal_by_text (store, sk_record_get_id (area), rg ? sk_record_get_id (rg) : 0, text, &index);

          if (goal != NULL)
            return goal;
        }
    }
  return NULL;
}

/* Every assignment (indented by depth, in order) with its comments, then
 * every assessment: what a follow-up report shows for the goal. */
static void
describe_assignments (GString *out,
                      SkStore *store,
                      gint64   goal_id,
                      gint64   parent_id,
                      int      depth)
{
  g_autoptr(GListModel) list = sk_store_list_assignments (store, goal_id, parent_id);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkAssignment) a = g_list_model_get_item (list, i);
      gint64 id = sk_record_get_id (SK_RECORD (a));
      g_auto(GStrv) periods = sk_store_list_assignment_periods (store, id);

      g_string_append_printf (out, "%*s%s\n", depth * 2, "", sk_assignment_get_title (a));
      for (guint j = 0; periods[j] != NULL; j++)
        {
          g_autofree char *comment = sk_store_get_assignment_comment (store, id, periods[j]);
          g_string_append_printf (out, "%*s%s: %s\n", depth * 2 + 2, "", periods[j], comment);
        }
      describe_assignments (out, store, goal_id, id, depth + 1);
    }
}

static char *
describe_follow_up (SkStore *store,
                    gint64   goal_id)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GListModel) assessments = sk_store_list_assessments (store, goal_id);

  describe_assignments (out, store, goal_id, 0, 0);
  for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(SkGoalAssessment) ga = g_list_model_get_item (assessments, i);
      g_string_append_printf (out, "%s=%s %s\n", sk_goal_assessment_get_period (ga),
                              sk_assessment_to_string (sk_goal_assessment_get_assessment (ga)),
                              sk_goal_assessment_get_analysis (ga));
    }
  return g_string_free (out, FALSE);
}

/* A goal with an assignment, a sub-assignment, comments for two periods
 * (one outside the plan year) and assessments with analysis. */
static SkBoardGoal *
goal_with_follow_up (SkStore *store)
{
  g_autoptr(SkBoardGoal) sibling = goal_with_links (store, 2026, 2);
  g_autoptr(SkBoardGoal) goal = NULL;
  g_autoptr(SkAssignment) top = NULL, second = NULL, sub = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_nonnull (sibling);
  goal = sk_store_add_board_goal (store, sk_board_goal_get_focus_area_id (sibling),
                                  sk_board_goal_get_regional_goal_id (sibling), "Ångra ska ta med uppföljningen", &error);
  g_assert_no_error (error);
  id = sk_record_get_id (SK_RECORD (goal));
  top = sk_store_add_assignment (store, id, 0, "Kartlägg vårdköerna", &error);
  g_assert_no_error (error);
  second = sk_store_add_assignment (store, id, 0, "Inför digitala besök", &error);
  g_assert_no_error (error);
  sub = sk_store_add_assignment (store, id, sk_record_get_id (SK_RECORD (top)), "Ortopedin först", &error);
  g_assert_no_error (error);
  g_assert_true (sk_store_set_assignment_comment (store, sk_record_get_id (SK_RECORD (top)), "2026-04", "Påbörjat", &error));
  g_assert_true (sk_store_set_assignment_comment (store, sk_record_get_id (SK_RECORD (top)), "2026-08", "Klart i augusti", &error));
  g_assert_true (sk_store_set_assignment_comment (store, sk_record_get_id (SK_RECORD (sub)), "2026-04", "Väntar", &error));
  g_assert_true (sk_store_set_assignment_comment (store, sk_record_get_id (SK_RECORD (sub)), "2027-02", "Efter årets slut", &error));
  g_assert_true (sk_store_set_assessment (store, id, "2026-04", SK_ASSESSMENT_PARTLY, "Delvis nått efter april", &error));
  g_assert_true (sk_store_set_assessment (store, id, "2026-08", SK_ASSESSMENT_MET, "Nått", &error));
  g_assert_no_error (error);
  return g_steal_pointer (&goal);
}

/* Checks the goal's follow-up by direct look-ups, not by listing. */
static void
assert_follow_up (SkStore *store,
                  gint64   goal_id)
{
  g_autoptr(GListModel) top = sk_store_list_assignments (store, goal_id, 0);
  g_autoptr(SkAssignment) first = NULL, second = NULL, sub = NULL;
  g_autoptr(GListModel) subs = NULL, none = NULL;
  g_autoptr(SkGoalAssessment) april = NULL, august = NULL;
  g_autofree char *c1 = NULL, *c2 = NULL, *c3 = NULL, *c4 = NULL;
  gint64 first_id, sub_id;

  g_assert_cmpuint (g_list_model_get_n_items (top), ==, 2);
  first = g_list_model_get_item (top, 0);
  second = g_list_model_get_item (top, 1);
  g_assert_cmpstr (sk_assignment_get_title (first), ==, "Kartlägg vårdköerna");
  g_assert_cmpstr (sk_assignment_get_title (second), ==, "Inför digitala besök");
  first_id = sk_record_get_id (SK_RECORD (first));
  subs = sk_store_list_assignments (store, goal_id, first_id);
  g_assert_cmpuint (g_list_model_get_n_items (subs), ==, 1);
  sub = g_list_model_get_item (subs, 0);
  sub_id = sk_record_get_id (SK_RECORD (sub));
  g_assert_cmpstr (sk_assignment_get_title (sub), ==, "Ortopedin först");
  none = sk_store_list_assignments (store, goal_id, sk_record_get_id (SK_RECORD (second)));
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);

  c1 = sk_store_get_assignment_comment (store, first_id, "2026-04");
  c2 = sk_store_get_assignment_comment (store, first_id, "2026-08");
  c3 = sk_store_get_assignment_comment (store, sub_id, "2026-04");
  c4 = sk_store_get_assignment_comment (store, sub_id, "2027-02");
  g_assert_cmpstr (c1, ==, "Påbörjat");
  g_assert_cmpstr (c2, ==, "Klart i augusti");
  g_assert_cmpstr (c3, ==, "Väntar");
  g_assert_cmpstr (c4, ==, "Efter årets slut");

  april = sk_store_get_assessment (store, goal_id, "2026-04");
  august = sk_store_get_assessment (store, goal_id, "2026-08");
  g_assert_nonnull (april);
  g_assert_nonnull (august);
  g_assert_cmpint (sk_goal_assessment_get_assessment (april), ==, SK_ASSESSMENT_PARTLY);
  g_assert_cmpstr (sk_goal_assessment_get_analysis (april), ==, "Delvis nått efter april");
  g_assert_cmpint (sk_goal_assessment_get_assessment (august), ==, SK_ASSESSMENT_MET);
  g_assert_cmpstr (sk_goal_assessment_get_analysis (august), ==, "Nått");
}

/* Undoing the deletion of a goal, or of the focus area it is under, brings
 * back its assignments with their comments and its assessments. */
static void
test_delete_undo_follow_up (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = goal_with_follow_up (f->store);
  const char *text = sk_board_goal_get_text (goal);
  g_autofree char *before = describe_follow_up (f->store, sk_record_get_id (SK_RECORD (goal)));
  g_autofree char *after = NULL;
  g_autofree char *key = NULL;
  g_autoptr(SkStore) again = NULL;
  g_autoptr(SkBoardGoal) restored = NULL;
  gboolean whole_area = g_str_has_suffix (g_test_get_path (), "focus-area");

  key = whole_area ? g_strdup_printf ("fa:%" G_GINT64_FORMAT, sk_board_goal_get_focus_area_id (goal))
                   : g_strdup_printf ("bg:%" G_GINT64_FORMAT, sk_record_get_id (SK_RECORD (goal)));
  g_assert_true (sk_goals_view_select_key (SK_GOALS_VIEW (f->view), key));
  sk_test_spin ();
  g_assert_true (gtk_widget_activate_action (f->view, "goals.delete", NULL));
  sk_test_spin ();
  {
    g_autoptr(SkBoardGoal) gone = goal_in_plan (f->store, 2026, text);
    g_autoptr(SkGoalAssessment) no_assessment = sk_store_get_assessment (f->store, sk_record_get_id (SK_RECORD (goal)), "2026-04");
    g_assert_null (gone);
    g_assert_null (no_assessment);
  }
  g_assert_true (gtk_widget_activate_action (f->view, "goals.undo", NULL));
  sk_test_spin ();

  again = sk_test_open_store (f->path);
  restored = goal_in_plan (again, 2026, text);
  g_assert_nonnull (restored);
  assert_follow_up (again, sk_record_get_id (SK_RECORD (restored)));
  after = describe_follow_up (again, sk_record_get_id (SK_RECORD (restored)));
  g_assert_cmpstr (after, ==, before);
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add ("/goals/delete-undo", Fixture, GINT_TO_POINTER (2026), fixture_set_up, test_delete_undo, sk_test_view_tear_down);
  g_test_add ("/goals/delete-undo-follow-up/goal", Fixture, GINT_TO_POINTER (2026), fixture_set_up, test_delete_undo_follow_up, sk_test_view_tear_down);
  g_test_add ("/goals/delete-undo-follow-up/focus-area", Fixture, GINT_TO_POINTER (2026), fixture_set_up, test_delete_undo_follow_up, sk_test_view_tear_down);
  g_test_add ("/goals/reorder", Fixture, GINT_TO_POINTER (2026), fixture_set_up, test_reorder, sk_test_view_tear_down);
  g_test_add ("/goals/unlink-undo", Fixture, GINT_TO_POINTER (2026), fixture_set_up, test_unlink_undo, sk_test_view_tear_down);
  g_test_add ("/goals/edit-text", Fixture, GINT_TO_POINTER (2026), fixture_set_up, test_edit_text, sk_test_view_tear_down);
  g_test_add ("/goals/refresh-keeps-place", Fixture, GINT_TO_POINTER (2026), fixture_set_up, test_refresh_keeps_place, sk_test_view_tear_down);
  g_test_add ("/goals/adopted-locked", Fixture, GINT_TO_POINTER (2025), fixture_set_up, test_adopted_locked, sk_test_view_tear_down);
  return g_test_run ();
}
