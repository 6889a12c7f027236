/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-workenv"

#include "config.h"

#include "app-test-util.h"
#include "sk-exchange.h"
#include "sk-follow-up-view.h"
#include "sk-view-util.h"
#include "sk-work-env-view.h"

/* The work-environment plan and the goal follow-up, driven through their
 * views and checked in the database file. */

typedef SkTestView Fixture;

static GtkWidget *
find_field (Fixture    *f,
            const char *what,
            gint64      id)
{
  g_autofree char *name = g_strdup_printf ("%s-%" G_GINT64_FORMAT, what, id);
  GtkWidget *widget = sk_test_find_named (f->view, name);

  g_assert_nonnull (widget);
  return widget;
}

static void
open_view (Fixture *f,
           GType    type,
           int      year)
{
  sk_test_view_open (f, type, year, 1000, 800);
}

/* The "Jan–Apr" report. */
static void
choose_first_report (Fixture *f)
{
  GtkWidget *periods = sk_test_find_named (f->view, "period-dropdown");

  g_assert_nonnull (periods);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (periods), 0);
  sk_test_spin ();
}

static void
set_text (GtkWidget  *text_view,
          const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)), text, -1);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->path = sk_test_example_draft_db ("sk-wep");
}

/* The priority areas of @year, as a fresh connection reads them. */
static GListModel *
stored_areas (Fixture *f,
              int      year)
{
  g_autoptr(SkStore) store = sk_test_open_store (f->path);
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);

  return sk_store_list_priority_areas (store, sk_record_get_id (SK_RECORD (plan)));
}

static char *
stored_title (GListModel *areas,
              guint       position)
{
  g_autoptr(SkPriorityArea) area = g_list_model_get_item (areas, position);

  return area ? g_strdup (sk_priority_area_get_title (area)) : NULL;
}

static gint64
stored_id (GListModel *areas,
           guint       position)
{
  g_autoptr(SkPriorityArea) area = g_list_model_get_item (areas, position);

  return sk_record_get_id (SK_RECORD (area));
}

static char *
stored_follow_up (Fixture    *f,
                  gint64      area_id,
                  const char *period)
{
  g_autoptr(SkStore) store = sk_test_open_store (f->path);

  return sk_store_get_priority_follow_up (store, area_id, period);
}

/* Add, rename, move, follow up, remove and undo a priority area. */
static void
test_priority_areas (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GListModel) before = stored_areas (f, 2026);
  guint n = g_list_model_get_n_items (before);
  GtkWidget *title, *follow_up;
  gint64 id;

  g_assert_cmpuint (n, >, 1);
  open_view (f, SK_TYPE_WORK_ENV_VIEW, 2026);
  choose_first_report (f);

  gtk_widget_activate_action (f->view, "workenv.add-area", NULL);
  sk_test_spin ();
  {
    g_autoptr(GListModel) areas = stored_areas (f, 2026);
    g_autofree char *last = stored_title (areas, n);

    g_assert_cmpuint (g_list_model_get_n_items (areas), ==, n + 1);
    g_assert_cmpstr (last, ==, "New priority area");
    id = stored_id (areas, n);
  }

  title = find_field (f, "area-title", id);
  gtk_editable_set_text (GTK_EDITABLE (title), "Hot och våld i vården");
  g_signal_emit_by_name (title, "activate");
  sk_test_spin ();
  {
    g_autoptr(GListModel) areas = stored_areas (f, 2026);
    g_autofree char *last = stored_title (areas, n);
    g_assert_cmpstr (last, ==, "Hot och våld i vården");
  }

  gtk_widget_activate_action (f->view, "workenv.move-up", "x", id);
  sk_test_spin ();
  {
    g_autoptr(GListModel) areas = stored_areas (f, 2026);
    g_assert_cmpint (stored_id (areas, n - 1), ==, id);
  }
  /* Alt+Up moves the area holding the focus. */
  gtk_widget_grab_focus (title);
  gtk_widget_activate_action (f->view, "workenv.move-up", "x", (gint64) 0);
  sk_test_spin ();
  {
    g_autoptr(GListModel) areas = stored_areas (f, 2026);
    g_assert_cmpint (stored_id (areas, n - 2), ==, id);
  }
  /* The widget moved with it: its text is still there. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_field (f, "area-title", id))), ==,
                   "Hot och våld i vården");

  follow_up = find_field (f, "area-follow-up", id);
  set_text (follow_up, "Utbildning genomförd på tre vårdcentraler.");
  gtk_widget_activate_action (f->view, "workenv.save", NULL);
  sk_test_spin ();
  {
    g_autofree char *text = stored_follow_up (f, id, "2026-04");
    g_assert_cmpstr (text, ==, "Utbildning genomförd på tre vårdcentraler.");
  }
  /* A follow-up outside the plan year (written in the next year's report). */
  g_assert_true (sk_store_set_priority_follow_up (f->store, id, "2027-02", "Uppföljt året efter.", NULL));

  gtk_widget_activate_action (f->view, "workenv.remove-area", "x", id);
  sk_test_spin ();
  {
    g_autoptr(GListModel) areas = stored_areas (f, 2026);
    g_assert_cmpuint (g_list_model_get_n_items (areas), ==, n);
    for (guint i = 0; i < n; i++)
      {
        g_autofree char *t = stored_title (areas, i);
        g_assert_cmpstr (t, !=, "Hot och våld i vården");
      }
  }

  gtk_widget_activate_action (f->view, "workenv.undo", NULL);
  sk_test_spin ();
  sk_test_view_close (f);
  {
    g_autoptr(GListModel) areas = stored_areas (f, 2026);
    g_autofree char *back = stored_title (areas, n - 2);
    g_autofree char *text = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (areas), ==, n + 1);
    g_assert_cmpstr (back, ==, "Hot och våld i vården");
    text = stored_follow_up (f, stored_id (areas, n - 2), "2026-04");
    g_assert_cmpstr (text, ==, "Utbildning genomförd på tre vårdcentraler.");
    g_free (text);
    text = stored_follow_up (f, stored_id (areas, n - 2), "2027-02");
    g_assert_cmpstr (text, ==, "Uppföljt året efter.");
  }
}

/* The overall goal saves itself after a short pause. */
static void
test_goal_text (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *goal;

  open_view (f, SK_TYPE_WORK_ENV_VIEW, 2026);
  goal = sk_test_find_named (f->view, "goal-view");
  g_assert_nonnull (goal);
  set_text (goal, "En säker och hälsofrämjande arbetsmiljö för alla.");
  /* No explicit save: the pause is enough. */
  sk_test_wait_ms (1500);
  sk_test_view_close (f);

  f->store = sk_test_open_store (f->path);
  {
    g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2026);
    g_autoptr(SkWorkEnvPlan) wep = sk_store_get_work_env_plan (f->store, sk_record_get_id (SK_RECORD (plan)));
    g_assert_cmpstr (sk_work_env_plan_get_goal_text (wep), ==, "En säker och hälsofrämjande arbetsmiljö för alla.");
  }
  g_clear_object (&f->store);
}

/* Changing the year shows that year's goal, even in the focused field,
 * and what was typed for the other year is kept there. */
static void
test_goal_follows_year (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *goal_2025 = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *goal;

  open_view (f, SK_TYPE_WORK_ENV_VIEW, 2026);
  {
    g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2025);
    g_autoptr(SkWorkEnvPlan) wep = sk_store_get_work_env_plan (f->store, sk_record_get_id (SK_RECORD (plan)));
    goal_2025 = g_strdup (sk_work_env_plan_get_goal_text (wep));
  }
  goal = sk_test_find_named (f->view, "goal-view");
  gtk_widget_grab_focus (goal);
  set_text (goal, "Målet för 2026, skrivet nyss.");
  sk_test_spin ();
  g_assert_true (gtk_widget_has_focus (goal));
  g_object_set (f->view, "year", 2025, NULL);
  sk_test_spin ();
  shown = sk_view_text_view_get (GTK_TEXT_VIEW (goal));
  g_assert_cmpstr (shown, ==, goal_2025 ? goal_2025 : "");
  sk_test_view_close (f);

  f->store = sk_test_open_store (f->path);
  {
    g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2026);
    g_autoptr(SkWorkEnvPlan) wep = sk_store_get_work_env_plan (f->store, sk_record_get_id (SK_RECORD (plan)));
    g_assert_cmpstr (sk_work_env_plan_get_goal_text (wep), ==, "Målet för 2026, skrivet nyss.");
  }
  g_clear_object (&f->store);
}

/* A priority area added at the bottom of a long page is scrolled into
 * view, with its title focused. */
static void
test_new_area_visible (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *focus, *scroller;
  GtkAdjustment *adj;
  graphene_rect_t bounds;

  f->store = sk_test_open_store (f->path);
  f->view = g_object_new (SK_TYPE_WORK_ENV_VIEW, "store", f->store, "year", 2026, NULL);
  f->window = sk_test_show (f->view, 700, 420);
  for (int i = 0; i < 3; i++)
    {
      gtk_widget_activate_action (f->view, "workenv.add-area", NULL);
      sk_test_wait_ms (100);
    }
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (g_str_has_prefix (gtk_widget_get_name (gtk_widget_get_parent (focus)), "area-title")
                 || g_str_has_prefix (gtk_widget_get_name (focus), "area-title"));
  scroller = gtk_widget_get_ancestor (focus, GTK_TYPE_SCROLLED_WINDOW);
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  /* The scroll follows the layout, which takes longer on a slow run (ASan):
   * give it up to three seconds to settle before looking. */
  for (int i = 0; i < 60; i++)
    {
      if (gtk_widget_compute_bounds (focus, scroller, &bounds) && bounds.origin.y >= 0 &&
          bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller))
        break;
      sk_test_wait_ms (50);
    }
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 0);
  /* The focused title lies inside the visible part of the page. */
  g_assert_true (gtk_widget_compute_bounds (focus, scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));
  sk_test_view_close (f);
}

static SkBoardGoal *
first_goal_in (SkStore  *store,
               gint64    focus_area_id,
               gint64    regional_goal_id,
               gboolean  with_assignment)
{
  g_autoptr(GListModel) goals = sk_store_list_board_goals (store, focus_area_id, regional_goal_id);

  for (guint k = 0; k < g_list_model_get_n_items (goals); k++)
    {
      g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, k);
      g_autoptr(GListModel) assignments = sk_store_list_assignments (store, sk_record_get_id (SK_RECORD (goal)), 0);

      if (!with_assignment || g_list_model_get_n_items (assignments) > 0)
        return g_steal_pointer (&goal);
    }
  return NULL;
}

/* The first board goal in the plan's order (directly under a focus area
 * or under one of its regional goals). */
static SkBoardGoal *
first_board_goal (SkStore *store,
                  int      year,
                  gboolean with_assignment)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (plan)));

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, i);
      gint64 area_id = sk_record_get_id (SK_RECORD (area));
      g_autoptr(GListModel) regional = sk_store_list_regional_goals (store, area_id);
      SkBoardGoal *goal = first_goal_in (store, area_id, 0, with_assignment);

      for (guint j = 0; goal == NULL && j < g_list_model_get_n_items (regional); j++)
        {
          g_autoptr(SkRegionalGoal) rg = g_list_model_get_item (regional, j);
          goal = first_goal_in (store, area_id, sk_record_get_id (SK_RECORD (rg)), with_assignment);
        }
      if (goal != NULL)
        return goal;
    }
  return NULL;
}

/* Assess a goal as "partly met" with an analysis. */
static void
test_assessment (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = NULL;
  g_autoptr(SkGoalAssessment) stored = NULL;
  GtkWidget *dropdown, *analysis;
  gint64 id;

  open_view (f, SK_TYPE_FOLLOW_UP_VIEW, 2026);
  choose_first_report (f);
  goal = first_board_goal (f->store, 2026, FALSE);
  g_assert_nonnull (goal);
  id = sk_record_get_id (SK_RECORD (goal));
  dropdown = find_field (f, "assessment", id);
  analysis = find_field (f, "analysis", id);
  g_assert_true (gtk_widget_is_sensitive (dropdown));

  set_text (analysis, "Delvis: arbetet har startat men planen är inte klar.");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), SK_ASSESSMENT_PARTLY);
  sk_test_spin ();
  gtk_widget_activate_action (f->view, "followup.save", NULL);
  sk_test_spin ();
  sk_test_view_close (f);

  f->store = sk_test_open_store (f->path);
  stored = sk_store_get_assessment (f->store, id, "2026-04");
  g_assert_nonnull (stored);
  g_assert_cmpint (sk_goal_assessment_get_assessment (stored), ==, SK_ASSESSMENT_PARTLY);
  g_assert_cmpstr (sk_goal_assessment_get_analysis (stored), ==, "Delvis: arbetet har startat men planen är inte klar.");
  g_assert_null (sk_store_get_assessment (f->store, id, "2026-08"));
  g_clear_object (&f->store);

  /* Reopened, the view shows it for that period. */
  open_view (f, SK_TYPE_FOLLOW_UP_VIEW, 2026);
  choose_first_report (f);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (find_field (f, "assessment", id))), ==,
                    SK_ASSESSMENT_PARTLY);
  sk_test_view_close (f);
}

/* An adopted plan's follow-up stays editable: comment an assignment. */
static void
test_assignment_comment (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = NULL;
  g_autoptr(GListModel) assignments = NULL;
  g_autoptr(SkAssignment) assignment = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWidget *comment;
  gint64 id;

  open_view (f, SK_TYPE_FOLLOW_UP_VIEW, 2024);
  choose_first_report (f);
  goal = first_board_goal (f->store, 2024, TRUE);
  g_assert_nonnull (goal);
  assignments = sk_store_list_assignments (f->store, sk_record_get_id (SK_RECORD (goal)), 0);
  assignment = g_list_model_get_item (assignments, 0);
  id = sk_record_get_id (SK_RECORD (assignment));
  before = sk_store_get_assignment_comment (f->store, id, "2024-04");
  comment = find_field (f, "comment", id);
  /* The stored comment of the report is shown. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (comment));
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, before);
  }
  set_text (comment, "Arbetet fortsätter enligt plan.");
  gtk_widget_activate_action (f->view, "followup.save", NULL);
  sk_test_spin ();
  sk_test_view_close (f);

  f->store = sk_test_open_store (f->path);
  after = sk_store_get_assignment_comment (f->store, id, "2024-04");
  g_assert_cmpstr (after, ==, "Arbetet fortsätter enligt plan.");
  g_clear_object (&f->store);
}

/* The @n-th analysis field of the page (from 0), in page order. */
static GtkWidget *
nth_analysis (GtkWidget *root,
              int        n)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, root);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (g_str_has_prefix (gtk_widget_get_name (w), "analysis-") && n-- == 0)
        return w;
      for (GtkWidget *c = gtk_widget_get_last_child (w); c; c = gtk_widget_get_prev_sibling (c))
        g_ptr_array_add (stack, c);
    }
  return NULL;
}

/* A change made elsewhere refreshes the page without losing the place:
 * the scroll position and the field being written in. */
static void
test_refresh_keeps_place (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkUnit) unit = NULL;
  g_autoptr(SkOutcome) outcome = sk_outcome_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *scroller, *analysis;
  GtkAdjustment *vadj;
  g_autofree char *name = NULL;
  graphene_point_t at;
  double place;

  open_view (f, SK_TYPE_FOLLOW_UP_VIEW, 2024);
  choose_first_report (f);
  sk_test_wait_ms (300);
  analysis = nth_analysis (f->view, 4);
  g_assert_nonnull (analysis);
  name = g_strdup (gtk_widget_get_name (analysis));
  scroller = gtk_widget_get_ancestor (analysis, GTK_TYPE_SCROLLED_WINDOW);
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  /* Scrolled down to a goal further down, writing its analysis. */
  g_assert_true (gtk_widget_compute_point (analysis, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                           &GRAPHENE_POINT_INIT (0, 0), &at));
  g_assert_cmpfloat (at.y, >, 300);
  gtk_adjustment_set_value (vadj, at.y - 200);
  gtk_widget_grab_focus (analysis);
  sk_test_wait_ms (200);
  place = gtk_adjustment_get_value (vadj);
  g_assert_cmpfloat (place, >, 100);

  /* An outcome entered in another view. */
  ind = sk_store_find_indicator (f->store, "Antal startade chattar", &error);
  g_assert_no_error (error);
  unit = sk_store_find_unit (f->store, "Vårdcentralen Halland", &error);
  g_assert_no_error (error);
  sk_outcome_set_indicator_id (outcome, sk_record_get_id (SK_RECORD (ind)));
  sk_outcome_set_unit_id (outcome, sk_record_get_id (SK_RECORD (unit)));
  sk_outcome_set_period (outcome, "2024-03");
  sk_outcome_set_kind (outcome, SK_OUTCOME_MONTH);
  sk_outcome_set_value (outcome, 6000);
  g_assert_true (sk_store_set_outcome (f->store, outcome, &error));
  g_assert_no_error (error);
  sk_test_wait_ms (300);

  /* The page was built again, but the reader is where they were. */
  g_assert_true (sk_test_find_named (f->view, name) != analysis);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (vadj), place, 1);
  g_assert_true (gtk_widget_has_focus (sk_test_find_named (f->view, name)));
  sk_test_view_close (f);
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add ("/workenv/priority-areas", Fixture, NULL, fixture_setup, test_priority_areas, sk_test_view_tear_down);
  g_test_add ("/workenv/goal-text", Fixture, NULL, fixture_setup, test_goal_text, sk_test_view_tear_down);
  g_test_add ("/workenv/goal-follows-year", Fixture, NULL, fixture_setup, test_goal_follows_year, sk_test_view_tear_down);
  g_test_add ("/workenv/new-area-visible", Fixture, NULL, fixture_setup, test_new_area_visible, sk_test_view_tear_down);
  g_test_add ("/followup/assessment", Fixture, NULL, fixture_setup, test_assessment, sk_test_view_tear_down);
  g_test_add ("/followup/assignment-comment", Fixture, NULL, fixture_setup, test_assignment_comment,
              sk_test_view_tear_down);
  g_test_add ("/followup/refresh-keeps-place", Fixture, NULL, fixture_setup, test_refresh_keeps_place,
              sk_test_view_tear_down);
  return g_test_run ();
}
