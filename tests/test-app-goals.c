/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-goals"

#include "config.h"

#include "sk-application.h"
#include "sk-exchange.h"
#include "sk-goals-view.h"

/* The goal tree view driven through its actions, checked in the database. */

typedef struct {
  char      *path;
  SkStore   *store;
  GtkWindow *window;
  GtkWidget *view;
} Fixture;

static void
spin (void)
{
  for (int i = 0; i < 30; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-goals-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkPlan) copy = NULL;

  f->path = g_build_filename (dir, "plan.db", NULL);
  f->store = sk_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (f->store, &error));
  g_assert_no_error (error);
  /* 2025 is adopted in the example: edit a draft copy. */
  plan = sk_store_get_plan (f->store, 2025);
  copy = sk_store_copy_plan (f->store, plan, 2026, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 700);
  f->view = g_object_new (SK_TYPE_GOALS_VIEW, "store", f->store, "year", GPOINTER_TO_INT (data), NULL);
  gtk_window_set_child (f->window, f->view);
  gtk_window_present (f->window);
  spin ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  spin ();
  g_clear_object (&f->store);
  g_free (f->path);
}

/* Opens the file anew: what another user would see. */
static SkStore *
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SkStore *store = sk_store_open (f->path, &error);

  g_assert_no_error (error);
  return store;
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

  spin ();
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
  spin ();
  {
    g_autoptr(SkBoardGoal) gone = goal_by_text (f->store, fa, rg, text, &index_after);
    g_assert_null (gone);
  }

  g_assert_true (gtk_widget_activate_action (f->view, "goals.undo", NULL));
  spin ();
  /* The restored goal is the selected row again. */
  g_assert_nonnull (sk_goals_view_get_selected_key (SK_GOALS_VIEW (f->view)));
  g_assert_true (g_str_has_prefix (sk_goals_view_get_selected_key (SK_GOALS_VIEW (f->view)), "bg:"));

  again = reopen (f);
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
  spin ();
  again = reopen (f);
  {
    g_autoptr(SkBoardGoal) found = goal_by_text (again, fa, rg, text, &moved);
    g_assert_nonnull (found);
    g_assert_cmpuint (moved, ==, 1);
  }
  /* The moved goal stays selected, so the next Alt+Up brings it back. */
  g_assert_true (gtk_widget_activate_action (f->view, "goals.move-up", NULL));
  spin ();
  g_clear_object (&again);
  again = reopen (f);
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
      spin ();
    }
  /* Choosing an indicator in the link popover goes through this action. */
  gtk_widget_activate_action (f->view, "goals.link-indicator-id", "x", (gint64) 1);
  spin ();
  after = export (f->store);
  g_assert_cmpstr (after, ==, before);
  {
    g_autoptr(SkStore) again = reopen (f);
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
  spin ();
  g_assert_true (gtk_widget_activate_action (f->view, "goals.delete", NULL));
  spin ();
  {
    g_autoptr(GListModel) now = sk_store_list_goal_indicators (f->store, goal_id);
    g_assert_cmpuint (g_list_model_get_n_items (now), ==, n - 1);
  }
  g_assert_true (gtk_widget_activate_action (f->view, "goals.undo", NULL));
  spin ();
  {
    g_autoptr(SkStore) again = reopen (f);
    g_autoptr(GListModel) now = sk_store_list_goal_indicators (again, goal_id);
    g_assert_cmpuint (g_list_model_get_n_items (now), ==, n);
  }
  g_assert_nonnull (links);
}

int
main (int argc, char *argv[])
{
  /* Not G_TEST_OPTION_ISOLATE_DIRS: a private XDG_DATA_DIRS hides the MIME
   * database, and symbolic icons then fail to load (a fatal warning). */
  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();
  sk_app_resources_register ();

  g_test_add ("/goals/delete-undo", Fixture, GINT_TO_POINTER (2026), fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/goals/reorder", Fixture, GINT_TO_POINTER (2026), fixture_set_up, test_reorder, fixture_tear_down);
  g_test_add ("/goals/unlink-undo", Fixture, GINT_TO_POINTER (2026), fixture_set_up, test_unlink_undo, fixture_tear_down);
  g_test_add ("/goals/adopted-locked", Fixture, GINT_TO_POINTER (2025), fixture_set_up, test_adopted_locked, fixture_tear_down);
  return g_test_run ();
}
