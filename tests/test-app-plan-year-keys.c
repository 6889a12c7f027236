/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-plan-year-keys"

#include "config.h"

#include <string.h>

#include "app-test-keys.h"
#include "app-test-util.h"
#include "sk-application.h"
#include "sk-goals-view.h"
#include "sk-plan-compare.h"
#include "sk-review-flag.h"
#include "sk-window.h"

/*
 * Issue 8's "Done when", with real key presses only (XTest): on the
 * example (2024 and 2025 adopted), the 2025 plan is copied to 2026 from
 * its ⋮ menu, 2026 is chosen, a board goal renamed (F2), an indicator
 * added (Ctrl+N) with a target, targets changed in the indicator editor
 * (one turned around), "Compare with 2025" read, the adopt dialog's list
 * of what to look over read, and the plan adopted with §, DN and date.
 * Where a key did not lead where a user expects, the app was fixed.
 */

#define RENAMED "Stärka krisberedskapen och kontinuiteten i hela förvaltningen"

#define ADDED "Antal FTV-besök"
#define CARIES "Andel barn med hög kariesaktivitet eller hög risk för karies som fått kvalificerat rådgivande samtal"

static SkWindow *window;

/* What has the keyboard focus, for the test log. */
static char *
describe_focus (void)
{
  GtkWindow *active = NULL;
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GtkWidget *focus;
  GString *out = g_string_new (NULL);

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_is_active (l->data))
      active = l->data;
  if (active == NULL)
    return g_string_free (out, FALSE);
  g_string_append_printf (out, "[%s] ", G_OBJECT_TYPE_NAME (active));
  for (focus = gtk_root_get_focus (GTK_ROOT (active)); focus != NULL; focus = gtk_widget_get_parent (focus))
    {
      g_string_append_printf (out, "%s", G_OBJECT_TYPE_NAME (focus));
      if (gtk_widget_get_name (focus) && !g_str_has_prefix (gtk_widget_get_name (focus), "Gtk")
          && !g_str_has_prefix (gtk_widget_get_name (focus), "Adw") && !g_str_has_prefix (gtk_widget_get_name (focus), "Sk"))
        g_string_append_printf (out, "#%s", gtk_widget_get_name (focus));
      g_string_append (out, " < ");
      if (out->len > 400)
        break;
    }
  return g_string_free (out, FALSE);
}

static void
key (guint           keyval,
     GdkModifierType mods)
{
  g_autofree char *focus = NULL;

  sk_test_press_key (keyval, mods);
  sk_test_spin ();
  focus = describe_focus ();
  g_test_message ("key %s%s → %s", mods ? "mod+" : "", gdk_keyval_name (keyval), focus);
}

static GtkWidget *
focus_widget (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_window_is_active (l->data))
      return gtk_root_get_focus (GTK_ROOT (l->data));
  return NULL;
}

static GtkWidget *
focus_ancestor (GType type)
{
  GtkWidget *w = focus_widget ();

  for (; w != NULL; w = gtk_widget_get_parent (w))
    if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
      return w;
  return NULL;
}

/* The row of @year in the plans list. */
static GtkWidget *
plan_row (int year)
{
  GtkWidget *list = sk_test_find_shown_type (sk_window_get_view (window, "plans"), GTK_TYPE_LIST_BOX);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "year")) == year)
      return row;
  return NULL;
}

static int
focused_plan_year (void)
{
  GtkWidget *row = focus_ancestor (GTK_TYPE_LIST_BOX_ROW);

  return row ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "year")) : 0;
}

/* Up or Down in the plans list until @year's row has the focus. */
static void
focus_plan_row (int year)
{
  for (int i = 0; i < 6 && focused_plan_year () != year; i++)
    key (focused_plan_year () > year ? GDK_KEY_Down : GDK_KEY_Up, 0);
  g_assert_cmpint (focused_plan_year (), ==, year);
}

/* The label of the focused item of an open popover menu. */
static char *
focused_menu_item (void)
{
  GtkWidget *focus = focus_widget ();
  g_autofree char *text = NULL;

  if (focus == NULL || g_object_class_find_property (G_OBJECT_GET_CLASS (focus), "text") == NULL)
    return NULL;
  g_object_get (focus, "text", &text, NULL);
  return g_steal_pointer (&text);
}

/* On @year's row: Tab to its ⋮, Return opens the menu, Down to @item,
 * Return chooses it. */
static void
choose_from_menu (int   year,
                  char *item)
{
  g_autofree char *owned = item;
  GtkWidget *button;
  g_autofree char *at = NULL;

  focus_plan_row (year);
  /* From the row, Tab; back from a menu the keyboard is on ⋮ already. */
  if (focus_ancestor (GTK_TYPE_MENU_BUTTON) == NULL)
    key (GDK_KEY_Tab, 0);
  button = focus_ancestor (GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_ancestor (button, plan_row (year)));
  key (GDK_KEY_Return, 0);
  sk_test_wait_ms (300);
  sk_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))));
  for (int i = 0; i < 8; i++)
    {
      g_clear_pointer (&at, g_free);
      at = focused_menu_item ();
      if (g_strcmp0 (at, item) == 0)
        break;
      key (GDK_KEY_Down, 0);
    }
  g_assert_cmpstr (at, ==, item);
  key (GDK_KEY_Return, 0);
  sk_test_wait_ms (300);
  sk_test_spin ();
}

/* A message as the user sees it (the test runs in Swedish for screenshots). */
static const char *
tr (const char *msgid)
{
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* A menu item's label as shown: translated, %d filled, mnemonic dropped. */
static char *
tr_menu (const char *msgid,
         int         year)
{
  g_autofree char *text = g_strdup_printf (tr (msgid), year);
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (*p != '_')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static SkPlanCompare *
find_compare (void)
{
  return (SkPlanCompare *) sk_test_find_shown_window (SK_TYPE_PLAN_COMPARE);
}

static char *
group_text (SkPlanCompare *compare,
            const char    *kind)
{
  g_autofree char *name = g_strconcat ("compare-", kind, NULL);
  GtkWidget *group = sk_test_find_named (GTK_WIDGET (compare), name);

  if (group == NULL)
    g_error ("the comparison has no group “%s”", kind);
  return sk_test_labels_of (group);
}

/* SK_TEST_SHOTS=DIR: the screen as a PNG, to look at. */
static void
screenshot (const char *name)
{
  const char *dir = g_getenv ("SK_TEST_SHOTS");
  g_autofree char *command = NULL;

  if (dir == NULL)
    return;
  sk_test_wait_ms (300);
  command = g_strdup_printf ("import -window root %s/%s.png", dir, name);
  g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
}

/* Whether the focus is in the widget named @name. */
static gboolean
in_named (const char *name)
{
  for (GtkWidget *w = focus_widget (); w != NULL; w = gtk_widget_get_parent (w))
    if (g_strcmp0 (gtk_widget_get_name (w), name) == 0)
      return TRUE;
  return FALSE;
}

/* The first shown review flag below @root. */
static GtkWidget *
shown_flag (GtkWidget *root)
{
  return sk_test_find_mapped_type (root, SK_TYPE_REVIEW_FLAG);
}

/* The indicator the register's selection is on, as named in the editor. */
static char *
chosen_indicator (void)
{
  GtkWidget *name = sk_test_find_named (sk_window_get_view (window, "indicators"), "indicator-name");

  g_assert_nonnull (name);
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (name)));
}

/* From the editor: Shift+Tab to the register, Down to @name, Return to
 * its target, select all, type @now, Return. */
static void
edit_target (const char *name,
             const char *was,
             const char *now)
{
  GtkWidget *entry;
  int step = GDK_KEY_Down;

  for (int i = 0; i < 6 && focus_ancestor (GTK_TYPE_COLUMN_VIEW) == NULL; i++)
    key (GDK_KEY_Tab, GDK_SHIFT_MASK);
  g_assert_nonnull (focus_ancestor (GTK_TYPE_COLUMN_VIEW));
  key (GDK_KEY_Home, 0);
  for (int i = 0; i < 80; i++)
    {
      g_autofree char *at = chosen_indicator ();

      if (g_strcmp0 (at, name) == 0)
        break;
      key (step, 0);
    }
  {
    g_autofree char *at = chosen_indicator ();
    g_assert_cmpstr (at, ==, name);
  }
  /* Tab walks the rows of a list: Return opens the indicator's editor. */
  key (GDK_KEY_Return, 0);
  g_assert_true (in_named ("target-entry"));
  entry = sk_test_find_named (sk_window_get_view (window, "indicators"), "target-entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, was);
  key (GDK_KEY_a, GDK_CONTROL_MASK);
  sk_test_type (now);
  key (GDK_KEY_Return, 0);
  {
    g_autoptr(SkIndicator) ind = sk_store_find_indicator (sk_window_get_store (window), name, NULL);
    g_autoptr(SkTarget) target = sk_store_get_target (sk_window_get_store (window),
                                                      sk_record_get_id (SK_RECORD (ind)), 2026);
    g_assert_cmpstr (sk_target_get_text (target), ==, now);
  }
}

static void
test_next_year_by_keys (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-plan-year-keys");
  SkStore *store;
  g_autoptr(SkPlan) made = NULL;
  g_autoptr(SkApplication) app = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *goals, *indicators;
  SkPlanCompare *compare;
  gint64 goal_id;

  /* In the application, as the program runs: its accelerators (Alt+1…8)
   * are the ones a user presses. */
  app = sk_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = g_object_new (SK_TYPE_WINDOW, "application", app, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  sk_window_open_database (window, path);
  sk_test_focus_window (GTK_WINDOW (window));
  sk_test_spin ();
  store = sk_window_get_store (window);
  {
    g_autofree char *start = describe_focus ();

    g_test_message ("start: %s", start);
  }

  /* The empty file offers the example: Return loads it. */
  key (GDK_KEY_Return, 0);
  sk_test_wait_ms (300);
  sk_test_spin ();
  {
    g_autoptr(SkPlan) p2024 = sk_store_get_plan (store, 2024);
    g_autoptr(SkPlan) p2025 = sk_store_get_plan (store, 2025);

    g_assert_nonnull (p2025);
    g_assert_cmpint (sk_plan_get_status (p2024), ==, SK_PLAN_ADOPTED);
    g_assert_cmpint (sk_plan_get_status (p2025), ==, SK_PLAN_ADOPTED);
  }

  /* Alt+6: Plans. ⋮ of 2025 → "Copy to 2026". */
  key (GDK_KEY_6, GDK_ALT_MASK);
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "plans");
  choose_from_menu (2025, tr_menu ("_Copy to %d", 2026));
  made = sk_store_get_plan (store, 2026);
  g_assert_nonnull (made);

  /* Up to the new plan, Return chooses it. */
  focus_plan_row (2026);
  key (GDK_KEY_Return, 0);
  g_assert_cmpint (sk_window_get_year (window), ==, 2026);

  /* Alt+1: Goals. Down to the first board goal, F2, a new text, Return. */
  key (GDK_KEY_1, GDK_ALT_MASK);
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "goals");
  goals = sk_window_get_view (window, "goals");
  for (int i = 0; i < 12 && !g_str_has_prefix (sk_goals_view_get_selected_key (SK_GOALS_VIEW (goals)) ?: "", "bg:"); i++)
    key (GDK_KEY_Down, 0);
  g_assert_true (g_str_has_prefix (sk_goals_view_get_selected_key (SK_GOALS_VIEW (goals)), "bg:"));
  goal_id = g_ascii_strtoll (sk_goals_view_get_selected_key (SK_GOALS_VIEW (goals)) + 3, NULL, 10);
  key (GDK_KEY_F2, 0);
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  sk_test_focus_window (GTK_WINDOW (dialog));
  key (GDK_KEY_a, GDK_CONTROL_MASK);
  sk_test_type (RENAMED);
  key (GDK_KEY_Return, 0);
  sk_test_wait_ms (400);
  g_assert_null (sk_test_find_dialog ());
  sk_test_focus_window (GTK_WINDOW (window));
  {
    g_autofree char *want = g_strdup_printf ("bg:%" G_GINT64_FORMAT, goal_id);
    g_autofree char *shown = sk_test_labels_of (goals);

    /* The tree shows the new text, the row stays chosen. */
    g_assert_cmpstr (sk_goals_view_get_selected_key (SK_GOALS_VIEW (goals)), ==, want);
    g_assert_nonnull (strstr (shown, RENAMED));
  }

  /* Alt+2: Indicators. Ctrl+N, a name, the target. */
  key (GDK_KEY_2, GDK_ALT_MASK);
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "indicators");
  g_assert_true (focus_ancestor (GTK_TYPE_COLUMN_VIEW) != NULL);
  indicators = sk_window_get_view (window, "indicators");
  key (GDK_KEY_n, GDK_CONTROL_MASK);
  key (GDK_KEY_a, GDK_CONTROL_MASK);
  sk_test_type (ADDED);
  /* Shift+Tab back to the target above the definition. */
  for (int i = 0; i < 4 && !in_named ("target-entry"); i++)
    key (GDK_KEY_Tab, GDK_SHIFT_MASK);
  g_assert_true (in_named ("target-entry"));
  sk_test_type (">1 200");
  key (GDK_KEY_Return, 0);
  {
    g_autoptr(SkIndicator) added = sk_store_find_indicator (store, ADDED, NULL);
    g_autoptr(SkTarget) target = NULL;

    g_assert_nonnull (added);
    g_assert_true (sk_store_in_register (store, 2026, sk_record_get_id (SK_RECORD (added))));
    target = sk_store_get_target (store, sk_record_get_id (SK_RECORD (added)), 2026);
    g_assert_cmpstr (sk_target_get_text (target), ==, ">1 200");
  }

  /* Back to the register, down to OSA-index, Tab to its target: ">65"
   * becomes "<65", flagged as it is typed, saved by Return. */
  edit_target ("OSA-index", ">65", "<65");
  g_assert_nonnull (shown_flag (indicators));
  edit_target ("Andel besök på distans", ">10 %", ">12 %");
  edit_target ("Hållbart säkerhetsengagemang, HSE", ">78", ">80");
  /* Reworded, and the copied baseline date left as it was. */
  edit_target (CARIES, "ökning med 20% mot utfall 2024-12-31", "ökning med 25 % mot utfall 2024-12-31");

  /* Alt+6: Plans, on the chosen 2026. ⋮ → "Compare with 2025". */
  key (GDK_KEY_6, GDK_ALT_MASK);
  g_assert_cmpint (focused_plan_year (), ==, 2026);
  choose_from_menu (2026, tr_menu ("Co_mpare with %d", 2025));
  compare = find_compare ();
  g_assert_nonnull (compare);
  sk_test_focus_window (GTK_WINDOW (compare));   /* as a window manager does */
  /* The keyboard is on the first change, not nowhere. */
  g_assert_nonnull (focus_ancestor (ADW_TYPE_ACTION_ROW));
  g_assert_true (gtk_widget_is_ancestor (focus_widget (), GTK_WIDGET (compare)));
  {
    g_autofree char *renamed = group_text (compare, "goal-renamed");
    g_autofree char *added = group_text (compare, "indicator-added");
    g_autofree char *flipped = group_text (compare, "target-flipped");
    g_autofree char *raised = group_text (compare, "target-raised");

    g_test_message ("compare: %s | %s | %s | %s", renamed, added, flipped, raised);
    g_assert_nonnull (strstr (renamed, RENAMED));
    g_assert_nonnull (strstr (added, ADDED));
    g_assert_nonnull (strstr (flipped, "OSA-index\n>65 → <65"));
    g_assert_nonnull (strstr (raised, "Andel besök på distans\n>10 % → >12 %"));
    g_assert_nonnull (strstr (raised, "Hållbart säkerhetsengagemang, HSE\n>78 → >80"));
    g_assert_nonnull (strstr (raised, CARIES "\nökning med 20% mot utfall 2024-12-31 → ökning med 25 % mot utfall 2024-12-31"));
  }
  screenshot ("compare");
  /* Escape closes it; the keyboard is back on the plan's row. */
  key (GDK_KEY_Escape, 0);
  g_assert_null (find_compare ());
  sk_test_focus_window (GTK_WINDOW (window));

  /* ⋮ → "Adopt…": what to look over is listed; date, §, DN typed; Return. */
  choose_from_menu (2026, tr_menu ("_Adopt…", 0));
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  sk_test_focus_window (GTK_WINDOW (dialog));
  g_assert_true (in_named ("decision-date"));
  {
    g_autofree char *text = sk_test_labels_of (sk_test_find_named (GTK_WIDGET (dialog), "review-warnings"));

    g_test_message ("warnings: %s", text);
    g_assert_true (g_str_has_prefix (text, tr ("To Look Over Before Adoption")));
    g_assert_nonnull (strstr (text, "<65"));
    g_assert_nonnull (strstr (text, "2024-12-31"));
  }
  {
    /* Three warnings are read whole, without scrolling. */
    GtkWidget *list = sk_test_find_named (GTK_WIDGET (dialog), "review-warnings");
    GtkWidget *scroller = sk_test_find_shown_type (list, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    g_test_message ("warnings: %.0f px of %.0f shown", gtk_adjustment_get_page_size (adj), gtk_adjustment_get_upper (adj));
    g_assert_cmpfloat (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj), <, 1);
  }
  sk_test_type ("2025-12-10");
  key (GDK_KEY_Tab, 0);
  g_assert_true (in_named ("decision-paragraph"));
  sk_test_type ("§ 98");
  key (GDK_KEY_Tab, 0);
  g_assert_true (in_named ("diary-number"));
  sk_test_type ("DN NSV250412");
  screenshot ("adopt");
  key (GDK_KEY_Return, 0);
  sk_test_wait_ms (400);   /* the default button "clicks" after its press animation */
  g_assert_null (sk_test_find_dialog ());
  {
    g_autoptr(SkStore) again = sk_test_open_store (path);
    g_autoptr(SkPlan) adopted = sk_store_get_plan (again, 2026);

    g_assert_cmpint (sk_plan_get_status (adopted), ==, SK_PLAN_ADOPTED);
    g_assert_cmpstr (sk_plan_get_decision_date (adopted), ==, "2025-12-10");
    g_assert_cmpstr (sk_plan_get_decision_paragraph (adopted), ==, "§ 98");
    g_assert_cmpstr (sk_plan_get_diary_number (adopted), ==, "DN NSV250412");
  }

  /* Adopted, 2026 is locked to the keyboard too: F2 in Mål opens nothing
   * and the goal keeps its text; the review flags are gone. */
  sk_test_focus_window (GTK_WINDOW (window));
  key (GDK_KEY_1, GDK_ALT_MASK);
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "goals");
  key (GDK_KEY_F2, 0);
  sk_test_wait_ms (200);
  g_assert_null (sk_test_find_dialog ());
  g_assert_null (shown_flag (goals));
  key (GDK_KEY_2, GDK_ALT_MASK);
  g_assert_null (shown_flag (indicators));
  {
    g_autoptr(SkStore) again = sk_test_open_store (path);
    g_autoptr(SkPlan) plan = sk_store_get_plan (again, 2026);
    g_autoptr(GListModel) areas = sk_store_list_focus_areas (again, sk_record_get_id (SK_RECORD (plan)));
    gboolean found = FALSE;

    /* The renamed goal is in the adopted plan as typed. */
    for (guint a = 0; a < g_list_model_get_n_items (areas) && !found; a++)
      {
        g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, a);
        g_autoptr(GListModel) regional = sk_store_list_regional_goals (again, sk_record_get_id (SK_RECORD (area)));

        for (guint r = 0; r < g_list_model_get_n_items (regional) && !found; r++)
          {
            g_autoptr(SkRegionalGoal) rg = g_list_model_get_item (regional, r);
            g_autoptr(GListModel) list = sk_store_list_board_goals (again, sk_record_get_id (SK_RECORD (area)),
                                                                    sk_record_get_id (SK_RECORD (rg)));

            for (guint b = 0; b < g_list_model_get_n_items (list); b++)
              {
                g_autoptr(SkBoardGoal) g = g_list_model_get_item (list, b);
                if (sk_record_get_id (SK_RECORD (g)) == goal_id)
                  {
                    g_assert_cmpstr (sk_board_goal_get_text (g), ==, RENAMED);
                    found = TRUE;
                  }
              }
          }
      }
    g_assert_true (found);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;
  g_test_add_func ("/plan-year-keys/next-year", test_next_year_by_keys);
  return g_test_run ();
}
