/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-budget-proposals"

#include "config.h"

#include <math.h>

#include "app-test-util.h"
#include "sk-budget-view.h"
#include "sk-store-budget.h"

/* The Budget view's page of assumptions and development proposals: a
 * proposal added through the dialog on a draft year is in the database
 * after reopening it and listed on the page, and its row opens it for
 * editing with what was saved; on an adopted plan (2025)
 * it cannot be added, and the page says why. */

static GtkWidget *
add_button (SkTestView *v)
{
  GtkWidget *button;

  sk_budget_view_show_page (SK_BUDGET_VIEW (v->view), "proposals");
  sk_test_spin ();
  button = sk_test_find_shown_button (v->view, "_Add Development Proposal");
  g_assert_nonnull (button);
  return button;
}

static void
set_field (AdwMessageDialog *dialog, const char *name, const char *text)
{
  GtkWidget *field = sk_test_find_named (adw_message_dialog_get_extra_child (dialog), name);

  g_assert_nonnull (field);
  gtk_editable_set_text (GTK_EDITABLE (field), text);
}

static void
test_add_saved (SkTestView *v, gconstpointer data)
{
  GtkWidget *button;
  AdwMessageDialog *dialog;
  g_autoptr(GListModel) proposals = NULL;
  g_autoptr(GListModel) areas = NULL;
  g_autoptr(SkBudgetProposal) p = NULL;
  g_autoptr(SkFocusArea) area = NULL;
  g_autoptr(SkPlan) plan = NULL;

  v->path = sk_test_example_draft_db ("sk-budget-proposals");
  sk_test_view_open (v, SK_TYPE_BUDGET_VIEW, 2026, 1366, 768);
  button = add_button (v);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  sk_test_spin ();
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);

  set_field (dialog, "proposal-text", "Digitala vårdbesök");
  set_field (dialog, "proposal-cost-0", "1 200");
  /* A figure that is not one: the proposal cannot be saved. */
  set_field (dialog, "proposal-cost-1", "12x");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  set_field (dialog, "proposal-cost-1", "-2 400,5");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (sk_test_find_named (adw_message_dialog_get_extra_child (dialog),
                                                                 "proposal-focus-area")), 1);
  gtk_switch_set_active (GTK_SWITCH (sk_test_find_named (adw_message_dialog_get_extra_child (dialog),
                                                         "proposal-granted")), TRUE);
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_spin ();
  g_assert_true (sk_test_shows_label (v->view, "Digitala vårdbesök"));

  /* Activating its row edits it: the dialog shows what was saved. */
  {
    GtkWidget *list = sk_test_find_shown_type (v->view, GTK_TYPE_LIST_BOX);
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
    g_autofree char *text = NULL;
    GtkWidget *cost;

    g_assert_nonnull (row);
    g_signal_emit_by_name (list, "row-activated", row);
    sk_test_spin ();
    dialog = sk_test_find_dialog ();
    g_assert_nonnull (dialog);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sk_test_find_named (adw_message_dialog_get_extra_child (dialog),
                                                                              "proposal-text"))),
                     ==, "Digitala vårdbesök");
    cost = sk_test_find_named (adw_message_dialog_get_extra_child (dialog), "proposal-cost-1");
    text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (cost)));
    g_assert_true (g_str_has_prefix (text, "-2") && g_str_has_suffix (text, "400,5"));
    set_field (dialog, "proposal-cost-2", "300");
    g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
    adw_message_dialog_response (dialog, "save");
    gtk_window_destroy (GTK_WINDOW (dialog));
    sk_test_spin ();
  }
  sk_test_view_close (v);

  v->store = sk_test_open_store (v->path);
  proposals = sk_store_list_budget_proposals (v->store, 2026);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 1);
  p = g_list_model_get_item (proposals, 0);
  g_assert_cmpstr (sk_budget_proposal_get_text (p), ==, "Digitala vårdbesök");
  g_assert_cmpfloat (sk_budget_proposal_get_cost (p, 0), ==, 1200);
  g_assert_cmpfloat (sk_budget_proposal_get_cost (p, 1), ==, -2400.5);
  g_assert_cmpfloat (sk_budget_proposal_get_cost (p, 2), ==, 300);
  g_assert_true (isnan (sk_budget_proposal_get_cost (p, 3)));
  g_assert_true (sk_budget_proposal_get_granted (p));
  g_assert_cmpstr (sk_budget_proposal_get_price_level (p), ==, "2026 price level");
  plan = sk_store_get_plan (v->store, 2026);
  areas = sk_store_list_focus_areas (v->store, sk_record_get_id (SK_RECORD (plan)));
  area = g_list_model_get_item (areas, 0);
  g_assert_cmpint (sk_budget_proposal_get_focus_area_id (p), ==, sk_record_get_id (SK_RECORD (area)));
}

static guint
n_stored (const char *path)
{
  g_autoptr(SkStore) store = sk_test_open_store (path);
  g_autoptr(GListModel) proposals = sk_store_list_budget_proposals (store, 2026);

  return g_list_model_get_n_items (proposals);
}

/* Removing a proposal takes it from the database; the toast's Undo
 * brings it back with its costs. */
static void
test_remove_undo (void)
{
  g_autofree char *path = sk_test_example_draft_db ("sk-budget-proposals");
  SkWindow *window;
  GtkWidget *view, *remove, *undo;

  {
    g_autoptr(SkStore) store = sk_test_open_store (path);
    g_autoptr(SkBudgetProposal) p = sk_budget_proposal_new ();

    sk_budget_proposal_set_year (p, 2026);
    sk_budget_proposal_set_text (p, "Mobil tandvård");
    sk_budget_proposal_set_cost (p, 0, 650);
    g_assert_true (sk_store_save_budget_proposal (store, p, NULL));
  }
  window = sk_test_window_open (path, 1366, 768);
  sk_window_select_year (window, 2026);
  sk_window_show_view (window, "budget");
  sk_test_spin ();
  view = sk_test_find_shown_type (GTK_WIDGET (window), SK_TYPE_BUDGET_VIEW);
  sk_budget_view_show_page (SK_BUDGET_VIEW (view), "proposals");
  sk_test_spin ();
  g_assert_true (sk_test_shows_label (view, "Mobil tandvård"));
  remove = sk_test_find_named (view, "proposal-remove");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  sk_test_spin ();
  g_assert_cmpuint (n_stored (path), ==, 0);
  g_assert_false (sk_test_shows_label (view, "Mobil tandvård"));

  undo = sk_test_find_shown_button (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  sk_test_spin ();
  g_assert_cmpuint (n_stored (path), ==, 1);
  g_assert_true (sk_test_shows_label (view, "Mobil tandvård"));
  {
    g_autoptr(SkStore) store = sk_test_open_store (path);
    g_autoptr(GListModel) proposals = sk_store_list_budget_proposals (store, 2026);
    g_autoptr(SkBudgetProposal) p = g_list_model_get_item (proposals, 0);

    g_assert_cmpfloat (sk_budget_proposal_get_cost (p, 0), ==, 650);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

static void
test_adopted_locked (SkTestView *v, gconstpointer data)
{
  v->path = sk_test_example_draft_db ("sk-budget-proposals");
  sk_test_view_open (v, SK_TYPE_BUDGET_VIEW, 2025, 1366, 768);
  g_assert_false (gtk_widget_is_sensitive (add_button (v)));
  g_assert_true (sk_test_shows_label (v->view, "The plan is adopted: its assumptions and development "
                                               "proposals are locked and can only be read."));
  /* The assumptions are listed all the same. */
  g_assert_true (sk_test_shows_label (v->view, "Kostnadseffektivisering"));
}

int
main (int argc, char **argv)
{
  if (!sk_test_app_init (&argc, &argv))
    return g_test_run ();
  g_test_add ("/app/budget-proposals/add-saved", SkTestView, NULL, NULL, test_add_saved, sk_test_view_tear_down);
  g_test_add ("/app/budget-proposals/adopted-locked", SkTestView, NULL, NULL, test_adopted_locked,
              sk_test_view_tear_down);
  g_test_add_func ("/app/budget-proposals/remove-undo", test_remove_undo);
  return g_test_run ();
}
