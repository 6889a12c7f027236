/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-goals-edit"

#include "config.h"

#include "app-test-keys.h"
#include "app-test-util.h"
#include "sk-goals-view.h"
#include "sk-window.h"

/* Editing goals with the keyboard as a user does (real key presses
 * through the X server): F2, typing, Return; Ctrl+Z and Ctrl+Shift+Z.
 * What the tree shows and what the database holds are both checked. */

typedef SkTestView Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* 2025 is adopted in the example: edit a draft copy. */
  f->path = sk_test_example_draft_db ("sk-goals-edit");
  sk_test_view_open (f, SK_TYPE_GOALS_VIEW, 2026, 900, 700);
  sk_test_focus_window (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  AdwMessageDialog *dialog;

  while ((dialog = sk_test_find_dialog ()) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_view_tear_down (f, data);
}

/* The first board goal of the 2026 plan that has a sibling. */
static SkBoardGoal *
some_goal (SkStore *store,
           guint    index)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, 2026);
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (plan)));

  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(SkRecord) area = g_list_model_get_item (areas, a);
      g_autoptr(GListModel) regional = sk_store_list_regional_goals (store, sk_record_get_id (area));

      for (guint r = 0; r < g_list_model_get_n_items (regional); r++)
        {
          g_autoptr(SkRecord) rg = g_list_model_get_item (regional, r);
          g_autoptr(GListModel) goals = sk_store_list_board_goals (store, sk_record_get_id (area),
                                                                   sk_record_get_id (rg));
          if (g_list_model_get_n_items (goals) > MAX (index, 1))
            return g_list_model_get_item (goals, index);
        }
    }
  return NULL;
}

/* The text of @goal in the database, read through a new connection. */
static char *
stored_text (Fixture     *f,
             SkBoardGoal *goal)
{
  g_autoptr(SkStore) again = sk_test_open_store (f->path);
  g_autoptr(GListModel) goals = sk_store_list_board_goals (again, sk_board_goal_get_focus_area_id (goal),
                                                           sk_board_goal_get_regional_goal_id (goal));

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) g = g_list_model_get_item (goals, i);

      if (sk_record_get_id (SK_RECORD (g)) == sk_record_get_id (SK_RECORD (goal)))
        return g_strdup (sk_board_goal_get_text (g));
    }
  return NULL;
}

/* Chooses the goal's row and puts the keyboard in the tree. */
static void
choose (Fixture     *f,
        SkBoardGoal *goal)
{
  g_autofree char *key = g_strdup_printf ("bg:%" G_GINT64_FORMAT, sk_record_get_id (SK_RECORD (goal)));
  GtkWidget *list = sk_test_find_shown_type (f->view, GTK_TYPE_LIST_VIEW);

  g_assert_true (sk_goals_view_select_key (SK_GOALS_VIEW (f->view), key));
  sk_test_spin ();
  gtk_widget_grab_focus (list);
  sk_test_spin ();
  g_assert_cmpstr (sk_goals_view_get_selected_key (SK_GOALS_VIEW (f->view)), ==, key);
}

/* F2, select all, type @text, Return: as a user renames a goal. */
static void
rename_by_keys (Fixture    *f,
                const char *text)
{
  AdwMessageDialog *dialog;

  sk_test_press_key (GDK_KEY_F2, 0);
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  sk_test_focus_window (GTK_WINDOW (dialog));
  sk_test_press_key (GDK_KEY_a, GDK_CONTROL_MASK);
  sk_test_type (text);
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_wait_ms (400);   /* the default button "clicks" after its press animation */
  g_assert_null (sk_test_find_dialog ());
  /* The focus comes back to the main window, as a window manager does. */
  sk_test_focus_window (f->window);
}

static void
test_rename_shown_and_undone (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = some_goal (f->store, 0);
  g_autofree char *old = NULL;
  g_autofree char *now = NULL;

  g_assert_nonnull (goal);
  old = g_strdup (sk_board_goal_get_text (goal));
  choose (f, goal);
  g_assert_true (sk_test_shows_label (f->view, old));

  rename_by_keys (f, "Kortare vantetider i hela lanet");
  /* The row shows the new text at once, not after the year is switched. */
  g_assert_true (sk_test_shows_label (f->view, "Kortare vantetider i hela lanet"));
  g_assert_false (sk_test_shows_label (f->view, old));
  now = stored_text (f, goal);
  g_assert_cmpstr (now, ==, "Kortare vantetider i hela lanet");

  /* Ctrl+Z takes the text back, in the tree and in the file. */
  sk_test_press_key (GDK_KEY_z, GDK_CONTROL_MASK);
  g_assert_true (sk_test_shows_label (f->view, old));
  g_assert_false (sk_test_shows_label (f->view, "Kortare vantetider i hela lanet"));
  g_clear_pointer (&now, g_free);
  now = stored_text (f, goal);
  g_assert_cmpstr (now, ==, old);

  /* Ctrl+Shift+Z does it again. */
  sk_test_press_key (GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  g_assert_true (sk_test_shows_label (f->view, "Kortare vantetider i hela lanet"));
  g_clear_pointer (&now, g_free);
  now = stored_text (f, goal);
  g_assert_cmpstr (now, ==, "Kortare vantetider i hela lanet");
}

/* A goal of 150 characters reads whole in the dialog: wide, wrapped,
 * nothing hidden behind a scroll. Escape closes it unchanged. */
static void
test_long_text_dialog (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = some_goal (f->store, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *stored = NULL;
  GString *text = g_string_new (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *view, *scroller;
  GtkAdjustment *adj;

  while (text->len < 150)
    g_string_append (text, "Fler invånare ska få vård i rätt tid och på rätt nivå. ");
  g_string_truncate (text, 150);
  g_assert_true (sk_store_rename (f->store, SK_RECORD (goal), text->str, &error));
  g_assert_no_error (error);
  sk_test_spin ();
  choose (f, goal);

  sk_test_press_key (GDK_KEY_F2, 0);
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  sk_test_focus_window (GTK_WINDOW (dialog));
  shown = sk_test_dialog_text (dialog);
  g_assert_cmpstr (shown, ==, g_strstrip (text->str));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), >=, 480);
  view = sk_test_find_shown_type (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (view);
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (view)), !=, GTK_WRAP_NONE);
  g_assert_cmpint (gtk_widget_get_width (view), >=, 400);
  scroller = gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW);
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adj), <=, gtk_adjustment_get_page_size (adj) + 0.5);

  sk_test_type ("x");
  sk_test_press_key (GDK_KEY_Escape, 0);
  g_assert_null (sk_test_find_dialog ());
  stored = stored_text (f, goal);
  g_assert_cmpstr (stored, ==, text->str);
  g_string_free (text, TRUE);
}

/* Shift+Return starts a new line (a goal may have several); Return saves. */
static void
test_new_line (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = some_goal (f->store, 0);
  g_autofree char *stored = NULL;
  AdwMessageDialog *dialog;

  choose (f, goal);
  sk_test_press_key (GDK_KEY_F2, 0);
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  sk_test_focus_window (GTK_WINDOW (dialog));
  sk_test_press_key (GDK_KEY_a, GDK_CONTROL_MASK);
  sk_test_type ("Rad ett");
  sk_test_press_key (GDK_KEY_Return, GDK_SHIFT_MASK);
  g_assert_nonnull (sk_test_find_dialog ());
  sk_test_type ("rad tva");
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_wait_ms (400);
  g_assert_null (sk_test_find_dialog ());
  stored = stored_text (f, goal);
  g_assert_cmpstr (stored, ==, "Rad ett\nrad tva");
  g_assert_true (sk_test_shows_label (f->view, "Rad ett\nrad tva"));
}

static char *
sibling_order (Fixture     *f,
               SkBoardGoal *goal)
{
  g_autoptr(SkStore) again = sk_test_open_store (f->path);
  g_autoptr(GListModel) goals = sk_store_list_board_goals (again, sk_board_goal_get_focus_area_id (goal),
                                                           sk_board_goal_get_regional_goal_id (goal));
  GString *order = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkRecord) g = g_list_model_get_item (goals, i);
      g_string_append_printf (order, "%" G_GINT64_FORMAT " ", sk_record_get_id (g));
    }
  return g_string_free (order, FALSE);
}

/* Ctrl+Z takes back the last change of any kind, and only that one: a
 * move, then a delete, then a text edit after a delete. */
static void
test_undo_last_change (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SkBoardGoal) first = some_goal (f->store, 0);
  g_autoptr(SkBoardGoal) second = some_goal (f->store, 1);
  g_autofree char *before = sibling_order (f, first);
  g_autofree char *order = NULL;
  g_autofree char *text = NULL;
  g_autofree char *second_text = g_strdup (sk_board_goal_get_text (second));

  /* Alt+Down moves; Ctrl+Z moves back. */
  choose (f, first);
  sk_test_press_key (GDK_KEY_Down, GDK_ALT_MASK);
  order = sibling_order (f, first);
  g_assert_cmpstr (order, !=, before);
  sk_test_press_key (GDK_KEY_z, GDK_CONTROL_MASK);
  g_free (order);
  order = sibling_order (f, first);
  g_assert_cmpstr (order, ==, before);

  /* Delete, then edit another goal: Ctrl+Z takes back the edit only. */
  choose (f, first);
  sk_test_press_key (GDK_KEY_Delete, 0);
  text = stored_text (f, first);
  g_assert_null (text);
  choose (f, second);
  rename_by_keys (f, "En ny text");
  sk_test_press_key (GDK_KEY_z, GDK_CONTROL_MASK);
  text = stored_text (f, second);
  g_assert_cmpstr (text, ==, second_text);
  g_clear_pointer (&text, g_free);
  text = stored_text (f, first);
  g_assert_null (text);
  g_assert_true (sk_test_shows_label (f->view, second_text));
}

/* A goal added by the keyboard goes again with Ctrl+Z. */
static void
test_add_undo (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = some_goal (f->store, 0);
  g_autofree char *before = sibling_order (f, goal);
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;

  choose (f, goal);
  dialog = sk_test_action_dialog (f->view, "goals.add-board-goal", NULL);
  sk_test_focus_window (GTK_WINDOW (dialog));
  sk_test_type ("Ett nytt mal");
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_wait_ms (400);
  g_assert_null (sk_test_find_dialog ());
  sk_test_focus_window (f->window);
  g_assert_true (sk_test_shows_label (f->view, "Ett nytt mal"));
  after = sibling_order (f, goal);
  g_assert_cmpstr (after, !=, before);

  sk_test_press_key (GDK_KEY_z, GDK_CONTROL_MASK);
  g_free (after);
  after = sibling_order (f, goal);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (sk_test_shows_label (f->view, "Ett nytt mal"));
}

/* Linking an indicator is taken back by Ctrl+Z and done again by Ctrl+Y. */
static void
test_link_undo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SkBoardGoal) goal = some_goal (f->store, 0);
  gint64 goal_id = sk_record_get_id (SK_RECORD (goal));
  g_autoptr(GListModel) register_ = sk_store_list_indicators (f->store, 2026);
  g_autoptr(GListModel) linked = sk_store_list_goal_indicators (f->store, goal_id);
  guint n = g_list_model_get_n_items (linked);
  gint64 indicator_id = 0;

  /* An indicator of the register that the goal does not have yet. */
  for (guint i = 0; i < g_list_model_get_n_items (register_) && indicator_id == 0; i++)
    {
      g_autoptr(SkRecord) ind = g_list_model_get_item (register_, i);
      gboolean has = FALSE;

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(SkRecord) l = g_list_model_get_item (linked, j);
          has = has || sk_record_get_id (l) == sk_record_get_id (ind);
        }
      if (!has)
        indicator_id = sk_record_get_id (ind);
    }
  g_assert_cmpint (indicator_id, !=, 0);

  choose (f, goal);
  g_assert_true (gtk_widget_activate_action (f->view, "goals.link-indicator-id", "x", indicator_id));
  sk_test_spin ();
  {
    g_autoptr(GListModel) now = sk_store_list_goal_indicators (f->store, goal_id);
    g_assert_cmpuint (g_list_model_get_n_items (now), ==, n + 1);
  }
  gtk_widget_grab_focus (sk_test_find_shown_type (f->view, GTK_TYPE_LIST_VIEW));
  sk_test_press_key (GDK_KEY_z, GDK_CONTROL_MASK);
  {
    g_autoptr(GListModel) now = sk_store_list_goal_indicators (f->store, goal_id);
    g_assert_cmpuint (g_list_model_get_n_items (now), ==, n);
  }
  sk_test_press_key (GDK_KEY_y, GDK_CONTROL_MASK);
  {
    g_autoptr(GListModel) now = sk_store_list_goal_indicators (f->store, goal_id);
    g_assert_cmpuint (g_list_model_get_n_items (now), ==, n + 1);
  }
}

/* In the whole window: the text edited in Mål shows at once in
 * Uppföljning too, and the edit offers Undo in a toast. */
static void
test_rename_in_window (void)
{
  /* Loaded before the window opens: its toast would queue ours. */
  g_autofree char *path = sk_test_example_draft_db ("sk-goals-edit");
  SkWindow *window = sk_test_window_open (path, 1100, 800);
  g_autoptr(SkBoardGoal) goal = NULL;
  g_autofree char *key = NULL;
  g_autofree char *old = NULL;
  GtkWidget *view, *toast_button;
  AdwMessageDialog *dialog;

  sk_window_select_year (window, 2026);
  sk_window_show_view (window, "goals");
  sk_test_spin ();
  sk_test_focus_window (GTK_WINDOW (window));

  goal = some_goal (sk_window_get_store (window), 0);
  old = g_strdup (sk_board_goal_get_text (goal));
  key = g_strdup_printf ("bg:%" G_GINT64_FORMAT, sk_record_get_id (SK_RECORD (goal)));
  view = sk_test_find_shown_type (GTK_WIDGET (window), SK_TYPE_GOALS_VIEW);
  g_assert_true (sk_goals_view_select_key (SK_GOALS_VIEW (view), key));
  sk_test_spin ();
  gtk_widget_grab_focus (sk_test_find_shown_type (view, GTK_TYPE_LIST_VIEW));
  sk_test_press_key (GDK_KEY_F2, 0);
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  sk_test_focus_window (GTK_WINDOW (dialog));
  sk_test_press_key (GDK_KEY_a, GDK_CONTROL_MASK);
  sk_test_type ("Kortare vantetider i hela lanet");
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_wait_ms (400);
  sk_test_focus_window (GTK_WINDOW (window));
  g_assert_true (sk_test_shows_label (view, "Kortare vantetider i hela lanet"));
  toast_button = sk_test_find_shown_button (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (toast_button);

  sk_window_show_view (window, "followup");
  sk_test_spin ();
  g_assert_true (sk_test_shows_label (GTK_WIDGET (window), "Kortare vantetider i hela lanet"));
  g_assert_false (sk_test_shows_label (GTK_WIDGET (window), old));

  /* The toast's Undo takes it back, in both views. */
  g_signal_emit_by_name (toast_button, "clicked");
  sk_test_spin ();
  g_assert_true (sk_test_shows_label (GTK_WIDGET (window), old));
  sk_window_show_view (window, "goals");
  sk_test_spin ();
  g_assert_true (sk_test_shows_label (view, old));
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add ("/goals-edit/rename-shown-and-undone", Fixture, NULL, fixture_set_up,
              test_rename_shown_and_undone, fixture_tear_down);
  g_test_add ("/goals-edit/long-text-dialog", Fixture, NULL, fixture_set_up, test_long_text_dialog, fixture_tear_down);
  g_test_add ("/goals-edit/new-line", Fixture, NULL, fixture_set_up, test_new_line, fixture_tear_down);
  g_test_add ("/goals-edit/undo-last-change", Fixture, NULL, fixture_set_up, test_undo_last_change,
              fixture_tear_down);
  g_test_add ("/goals-edit/add-undo", Fixture, NULL, fixture_set_up, test_add_undo, fixture_tear_down);
  g_test_add ("/goals-edit/link-undo", Fixture, NULL, fixture_set_up, test_link_undo, fixture_tear_down);
  g_test_add_func ("/goals-edit/rename-in-window", test_rename_in_window);
  return g_test_run ();
}
