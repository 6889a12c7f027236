/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-plans"

#include "config.h"

#include "sk-application.h"
#include "sk-exchange.h"
#include "sk-plans-view.h"

/* The plans view driven through its actions and dialogs, checked in the database. */

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
  g_autofree char *dir = g_dir_make_tmp ("sk-plans-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;

  f->path = g_build_filename (dir, "plan.db", NULL);
  f->store = sk_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (f->store, &error));
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 600);
  f->view = g_object_new (SK_TYPE_PLANS_VIEW, "store", f->store, "year", 2025, NULL);
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

static SkStore *
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SkStore *store = sk_store_open (f->path, &error);

  g_assert_no_error (error);
  return store;
}

/* Copying 2025 to 2026 keeps every target of the register. */
static void
test_copy_keeps_targets (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(SkStore) again = NULL;
  g_autoptr(SkPlan) copy = NULL;
  g_autoptr(GListModel) register_2025 = NULL;
  guint n, with_target = 0;

  g_assert_true (gtk_widget_activate_action (f->view, "plans.copy-next", "i", 2025));
  spin ();

  again = reopen (f);
  copy = sk_store_get_plan (again, 2026);
  g_assert_nonnull (copy);
  g_assert_cmpint (sk_plan_get_status (copy), ==, SK_PLAN_DRAFT);
  register_2025 = sk_store_list_indicators (again, 2025);
  n = g_list_model_get_n_items (register_2025);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkRecord) indicator = g_list_model_get_item (register_2025, i);
      gint64 id = sk_record_get_id (indicator);
      g_autoptr(SkTarget) old_target = sk_store_get_target (again, id, 2025);
      g_autoptr(SkTarget) new_target = sk_store_get_target (again, id, 2026);

      g_assert_cmpint (old_target == NULL, ==, new_target == NULL);
      if (old_target != NULL)
        {
          g_assert_cmpstr (sk_target_get_text (new_target), ==, sk_target_get_text (old_target));
          with_target++;
        }
    }
  g_assert_cmpuint (with_target, >, 0);
  {
    g_autoptr(GListModel) register_2026 = sk_store_list_indicators (again, 2026);
    g_assert_cmpuint (g_list_model_get_n_items (register_2026), ==, n);
  }
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Adopting through the dialog stores the board's decision; a bad date is refused in the dialog. */
static void
test_adopt_dialog (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SkPlan) plan_2025 = sk_store_get_plan (f->store, 2025);
  g_autoptr(SkPlan) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) again = NULL;
  g_autoptr(SkPlan) adopted = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *date, *paragraph, *diary, *message;

  draft = sk_store_copy_plan (f->store, plan_2025, 2026, &error);
  g_assert_no_error (error);
  spin ();
  g_assert_null (find_dialog ());
  g_assert_true (gtk_widget_activate_action (f->view, "plans.adopt", "i", 2026));
  spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  date = find_named (GTK_WIDGET (dialog), "decision-date");
  paragraph = find_named (GTK_WIDGET (dialog), "decision-paragraph");
  diary = find_named (GTK_WIDGET (dialog), "diary-number");
  message = find_named (GTK_WIDGET (dialog), "adopt-error");
  g_assert_nonnull (date);
  g_assert_nonnull (paragraph);
  g_assert_nonnull (diary);

  /* Nothing written yet, then a date that does not exist: cannot adopt. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "adopt"));
  gtk_editable_set_text (GTK_EDITABLE (date), "2025-13-40");
  spin ();
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "adopt"));
  g_assert_true (gtk_widget_get_visible (message));

  gtk_editable_set_text (GTK_EDITABLE (date), "2025-12-10");
  gtk_editable_set_text (GTK_EDITABLE (paragraph), "§98");
  gtk_editable_set_text (GTK_EDITABLE (diary), "DN NSV250361");
  spin ();
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "adopt"));
  g_assert_false (gtk_widget_get_visible (message));
  adw_message_dialog_response (dialog, "adopt");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();

  again = reopen (f);
  adopted = sk_store_get_plan (again, 2026);
  g_assert_cmpint (sk_plan_get_status (adopted), ==, SK_PLAN_ADOPTED);
  g_assert_cmpstr (sk_plan_get_decision_date (adopted), ==, "2025-12-10");
  g_assert_cmpstr (sk_plan_get_decision_paragraph (adopted), ==, "§98");
  g_assert_cmpstr (sk_plan_get_diary_number (adopted), ==, "DN NSV250361");
}

static void
on_plan_activated (SkPlansView *view,
                   int          year,
                   int         *out)
{
  *out = year;
}

/* Choosing a plan row announces its year. */
static void
test_choose_plan (Fixture       *f,
                  gconstpointer  data)
{
  int chosen = 0;

  g_signal_connect (f->view, "plan-activated", G_CALLBACK (on_plan_activated), &chosen);
  g_assert_true (gtk_widget_activate_action (f->view, "plans.activate", "i", 2024));
  g_assert_cmpint (chosen, ==, 2024);
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

  g_test_add ("/plans/copy-keeps-targets", Fixture, NULL, fixture_set_up, test_copy_keeps_targets, fixture_tear_down);
  g_test_add ("/plans/adopt-dialog", Fixture, NULL, fixture_set_up, test_adopt_dialog, fixture_tear_down);
  g_test_add ("/plans/choose", Fixture, NULL, fixture_set_up, test_choose_plan, fixture_tear_down);
  return g_test_run ();
}
