/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-plans"

#include "config.h"

#include "app-test-util.h"
#include "sk-plans-view.h"

/* The plans view driven through its actions and dialogs, checked in the database. */

typedef SkTestView Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->path = sk_test_temp_db ("sk-plans");
  f->store = sk_test_example_store (f->path);
  f->view = g_object_new (SK_TYPE_PLANS_VIEW, "store", f->store, "year", 2025, NULL);
  f->window = sk_test_show (f->view, 800, 600);
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
  sk_test_spin ();

  again = sk_test_open_store (f->path);
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
  sk_test_spin ();
  g_assert_null (sk_test_find_dialog ());
  dialog = sk_test_action_dialog (f->view, "plans.adopt", g_variant_new_int32 (2026));
  date = sk_test_find_named (GTK_WIDGET (dialog), "decision-date");
  paragraph = sk_test_find_named (GTK_WIDGET (dialog), "decision-paragraph");
  diary = sk_test_find_named (GTK_WIDGET (dialog), "diary-number");
  message = sk_test_find_named (GTK_WIDGET (dialog), "adopt-error");
  g_assert_nonnull (date);
  g_assert_nonnull (paragraph);
  g_assert_nonnull (diary);

  /* Nothing written yet, then a date that does not exist: cannot adopt. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "adopt"));
  gtk_editable_set_text (GTK_EDITABLE (date), "2025-13-40");
  sk_test_spin ();
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "adopt"));
  g_assert_true (gtk_widget_get_visible (message));

  gtk_editable_set_text (GTK_EDITABLE (date), "2025-12-10");
  gtk_editable_set_text (GTK_EDITABLE (paragraph), "§98");
  gtk_editable_set_text (GTK_EDITABLE (diary), "DN NSV250361");
  sk_test_spin ();
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "adopt"));
  g_assert_false (gtk_widget_get_visible (message));
  adw_message_dialog_response (dialog, "adopt");
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_spin ();

  again = sk_test_open_store (f->path);
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
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add ("/plans/copy-keeps-targets", Fixture, NULL, fixture_set_up, test_copy_keeps_targets, sk_test_view_tear_down);
  g_test_add ("/plans/adopt-dialog", Fixture, NULL, fixture_set_up, test_adopt_dialog, sk_test_view_tear_down);
  g_test_add ("/plans/choose", Fixture, NULL, fixture_set_up, test_choose_plan, sk_test_view_tear_down);
  return g_test_run ();
}
