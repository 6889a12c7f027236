/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-budget-proposals"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sk-a11y.h"
#include "sk-budget-proposals.h"
#include "sk-format.h"
#include "sk-store-budget.h"
#include "sk-view-util.h"

/*
 * The budget view's page "Förutsättningar": the year's assumptions (as
 * the plan states them) and its development proposals. A proposal is
 * added with the button, edited by activating its row and removed with
 * its row's button (a toast undoes it). The store refuses changes to an
 * adopted plan; here the controls are insensitive then, and a notice
 * says why.
 */

struct _SkBudgetProposals
{
  GtkWidget   parent_instance;

  SkStore    *store;
  int         year;
  gint64      plan_id;
  gboolean    adopted;
  guint       reload_id;

  GtkWidget  *scroller;
  GtkLabel   *lock_label;
  GtkWidget  *assumptions_group;
  GtkListBox *assumptions_list;
  GtkWidget  *proposals_group;
  GtkListBox *proposals_list;
  GtkWidget  *add_button;
};

G_DEFINE_FINAL_TYPE (SkBudgetProposals, sk_budget_proposals, GTK_TYPE_WIDGET)

static void reload (SkBudgetProposals *self);

/* ---- The dialog ---- */

typedef struct {
  SkBudgetProposals *self;
  SkBudgetProposal  *proposal;      /* the one edited, or a new one */
  GtkWidget         *text;
  GtkWidget         *focus_area;
  GtkWidget         *costs[SK_BUDGET_PROPOSAL_YEARS];
  GtkWidget         *price_level;
  GtkWidget         *granted;
  GtkWidget         *error;
  GArray            *focus_ids;     /* gint64, as the drop-down lists them (0: none) */
} Editor;

static void
editor_free (Editor *e)
{
  g_object_unref (e->self);
  g_object_unref (e->proposal);
  g_array_unref (e->focus_ids);
  g_free (e);
}

/* Reads the fields into @costs; FALSE with the reason shown when a
 * field is wrong (the Save button is insensitive then). */
static gboolean
editor_check (Editor *e, double costs[SK_BUDGET_PROPOSAL_YEARS])
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (e->text))));
  g_autofree char *message = NULL;

  for (guint i = 0; i < SK_BUDGET_PROPOSAL_YEARS && message == NULL; i++)
    {
      g_autofree char *t = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (e->costs[i]))));

      costs[i] = NAN;
      if (t[0] != '\0' && !sk_parse_number (t, &costs[i]))
        message = g_strdup_printf (_("“%s” is not a number: write thousands kronor, e.g. -1 500 or 2,5."), t);
    }
  if (message == NULL && text[0] == '\0')
    message = g_strdup (_("Write what the proposal is."));
  gtk_label_set_text (GTK_LABEL (e->error), message ? message : "");
  gtk_widget_set_visible (e->error, message != NULL);
  return message == NULL;
}

static void
on_field_changed (GtkEditable *editable, gpointer data)
{
  Editor *e = data;
  double costs[SK_BUDGET_PROPOSAL_YEARS];
  GtkWidget *dialog = gtk_widget_get_ancestor (e->text, ADW_TYPE_MESSAGE_DIALOG);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", editor_check (e, costs));
}

static void
on_editor_response (AdwMessageDialog *dialog, const char *response, Editor *e)
{
  g_autoptr(GError) error = NULL;
  double costs[SK_BUDGET_PROPOSAL_YEARS];
  SkBudgetProposal *p = e->proposal;
  guint focus = gtk_drop_down_get_selected (GTK_DROP_DOWN (e->focus_area));
  g_autofree char *text = NULL;
  g_autofree char *price = NULL;

  if (!g_str_equal (response, "save") || !editor_check (e, costs))
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (e->text))));
  price = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (e->price_level))));
  sk_budget_proposal_set_year (p, e->self->year);
  sk_budget_proposal_set_text (p, text);
  sk_budget_proposal_set_focus_area_id (p, focus < e->focus_ids->len ? g_array_index (e->focus_ids, gint64, focus) : 0);
  sk_budget_proposal_set_price_level (p, price[0] != '\0' ? price : NULL);
  sk_budget_proposal_set_granted (p, gtk_switch_get_active (GTK_SWITCH (e->granted)));
  for (guint i = 0; i < SK_BUDGET_PROPOSAL_YEARS; i++)
    sk_budget_proposal_set_cost (p, i, costs[i]);
  if (!sk_store_save_budget_proposal (e->self->store, p, &error))
    sk_view_toast (GTK_WIDGET (e->self), error->message);
}

static GtkWidget *
form_label (GtkGrid *grid, int row, const char *text, GtkWidget *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
  sk_a11y_name (field, text);
  return label;
}

static void
open_editor (SkBudgetProposals *self, SkBudgetProposal *proposal)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  AdwMessageDialog *dialog;
  Editor *e = g_new0 (Editor, 1);
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) areas = NULL;
  guint selected = 0;
  int row = 0;

  e->self = g_object_ref (self);
  e->proposal = proposal ? g_object_ref (proposal) : sk_budget_proposal_new ();
  e->focus_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (window) ? GTK_WINDOW (window) : NULL,
                                                       proposal ? _("Edit Development Proposal")
                                                                : _("New Development Proposal"),
                                                       NULL));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 12);

  e->text = gtk_entry_new ();
  gtk_widget_set_name (e->text, "proposal-text");
  if (proposal != NULL)
    gtk_editable_set_text (GTK_EDITABLE (e->text), sk_budget_proposal_get_text (proposal));
  gtk_widget_set_hexpand (e->text, TRUE);
  gtk_entry_set_activates_default (GTK_ENTRY (e->text), TRUE);
  form_label (grid, row++, _("_Proposal"), e->text);

  /* TRANSLATORS: the focus-area drop-down's choice for a proposal under none */
  gtk_string_list_append (names, _("None"));
  {
    gint64 none = 0;

    g_array_append_val (e->focus_ids, none);
  }
  areas = self->plan_id > 0 ? sk_store_list_focus_areas (self->store, self->plan_id) : NULL;
  for (guint i = 0; areas != NULL && i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, i);
      gint64 id = sk_record_get_id (SK_RECORD (area));

      gtk_string_list_append (names, sk_focus_area_get_title (area));
      g_array_append_val (e->focus_ids, id);
      if (proposal && id == sk_budget_proposal_get_focus_area_id (proposal))
        selected = e->focus_ids->len - 1;
    }
  e->focus_area = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_widget_set_name (e->focus_area, "proposal-focus-area");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (e->focus_area), selected);
  form_label (grid, row++, _("_Focus area"), e->focus_area);
  sk_a11y_name_dropdown (GTK_DROP_DOWN (e->focus_area), _("Focus area"));

  for (guint i = 0; i < SK_BUDGET_PROPOSAL_YEARS; i++)
    {
      /* TRANSLATORS: a proposal's net cost in one year: "Nettokostnad 2026, tkr" */
      g_autofree char *label = g_strdup_printf (_("Net cost %d, tkr"), self->year + (int) i);
      g_autofree char *name = g_strdup_printf ("proposal-cost-%u", i);
      double cost = proposal ? sk_budget_proposal_get_cost (proposal, i) : NAN;
      g_autofree char *text = isnan (cost) ? g_strdup ("") : sk_format_number (cost, -1);

      e->costs[i] = gtk_entry_new ();
      gtk_widget_set_name (e->costs[i], name);
      gtk_editable_set_text (GTK_EDITABLE (e->costs[i]), text);
      gtk_entry_set_activates_default (GTK_ENTRY (e->costs[i]), TRUE);
      gtk_entry_set_alignment (GTK_ENTRY (e->costs[i]), 1);
      form_label (grid, row++, label, e->costs[i]);
    }

  e->price_level = gtk_entry_new ();
  gtk_widget_set_name (e->price_level, "proposal-price-level");
  gtk_entry_set_activates_default (GTK_ENTRY (e->price_level), TRUE);
  if (proposal && sk_budget_proposal_get_price_level (proposal))
    gtk_editable_set_text (GTK_EDITABLE (e->price_level), sk_budget_proposal_get_price_level (proposal));
  else
    {
      /* TRANSLATORS: the price level the costs are stated at: "2026 års prisnivå" */
      g_autofree char *level = g_strdup_printf (_("%d price level"), self->year);

      gtk_editable_set_text (GTK_EDITABLE (e->price_level), level);
    }
  form_label (grid, row++, _("P_rice level"), e->price_level);

  e->granted = gtk_switch_new ();
  gtk_widget_set_name (e->granted, "proposal-granted");
  gtk_widget_set_halign (e->granted, GTK_ALIGN_START);
  gtk_switch_set_active (GTK_SWITCH (e->granted), proposal && sk_budget_proposal_get_granted (proposal));
  form_label (grid, row++, _("_Granted"), e->granted);

  e->error = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (e->error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (e->error), 0);
  gtk_widget_add_css_class (e->error, "error");
  gtk_grid_attach (grid, e->error, 0, row++, 2, 1);

  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (grid));
  g_signal_connect (e->text, "changed", G_CALLBACK (on_field_changed), e);
  for (guint i = 0; i < SK_BUDGET_PROPOSAL_YEARS; i++)
    g_signal_connect (e->costs[i], "changed", G_CALLBACK (on_field_changed), e);
  {
    double costs[SK_BUDGET_PROPOSAL_YEARS];

    adw_message_dialog_set_response_enabled (dialog, "save", editor_check (e, costs));
    /* An empty new proposal is not wrong yet: no reproach before typing. */
    gtk_widget_set_visible (e->error, FALSE);
  }
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_editor_response), e,
                         (GClosureNotify) (void (*) (void)) editor_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (e->text);
}

/* ---- Removing, with undo ---- */

static void
on_undo_remove (AdwToast *toast, SkBudgetProposals *self)
{
  SkBudgetProposal *p = g_object_get_data (G_OBJECT (toast), "proposal");
  g_autoptr(GError) error = NULL;

  /* Saved anew: it comes back at the end of the list. */
  sk_record_set_id (SK_RECORD (p), 0);
  if (!sk_store_save_budget_proposal (self->store, p, &error))
    sk_view_toast (GTK_WIDGET (self), error->message);
}

static void
on_remove_clicked (GtkButton *button, SkBudgetProposals *self)
{
  SkBudgetProposal *p = g_object_get_data (G_OBJECT (button), "proposal");
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!sk_store_remove_budget_proposal (self->store, p, &error))
    {
      sk_view_toast (GTK_WIDGET (self), error->message);
      return;
    }
  title = g_strdup_printf (_("Removed “%s”"), sk_budget_proposal_get_text (p));
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "proposal", g_object_ref (p), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove), self, 0);
  sk_view_add_toast (GTK_WIDGET (self), toast);
}

static void
on_row_activated (GtkListBox *list, GtkListBoxRow *row, SkBudgetProposals *self)
{
  SkBudgetProposal *p = g_object_get_data (G_OBJECT (row), "proposal");

  if (p != NULL && !self->adopted)
    open_editor (self, p);
}

static void
on_add_clicked (GtkButton *button, SkBudgetProposals *self)
{
  open_editor (self, NULL);
}

/* ---- The lists ---- */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_placeholder (GtkListBox *list, const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (list, row);
}

static void
fill_assumptions (SkBudgetProposals *self)
{
  g_autoptr(GListModel) list = sk_store_list_budget_assumptions (self->store, self->year);
  guint n = g_list_model_get_n_items (list);

  clear_list (self->assumptions_list);
  if (n == 0)
    add_placeholder (self->assumptions_list, _("The year's plan states no assumptions."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkBudgetAssumption) a = g_list_model_get_item (list, i);
      GtkWidget *row = adw_action_row_new ();
      double value = sk_budget_assumption_get_value (a);
      const char *unit = sk_budget_assumption_get_measure_unit (a);
      g_autofree char *number = isnan (value) ? NULL : sk_format_number (value, -1);
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sk_budget_assumption_get_text (a));
      if (number != NULL)
        /* TRANSLATORS: an assumption's kind and value: "Uppräkning: 4,5 %" */
        subtitle = g_strdup_printf (_("%s: %s %s"), sk_budget_assumption_label (sk_budget_assumption_get_kind (a)),
                                    number, unit ? unit : "");
      else
        subtitle = g_strdup (sk_budget_assumption_label (sk_budget_assumption_get_kind (a)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), g_strstrip (subtitle));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->assumptions_list, row);
    }
}

/* "2026: −1 200, 2027: −2 400 tkr (2026 års prisnivå). Beviljat." */
static char *
proposal_summary (SkBudgetProposals *self, SkBudgetProposal *p, GListModel *areas)
{
  GString *s = g_string_new (NULL);
  gint64 focus = sk_budget_proposal_get_focus_area_id (p);
  const char *level = sk_budget_proposal_get_price_level (p);
  gboolean any = FALSE;

  for (guint i = 0; areas != NULL && focus > 0 && i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, i);

      if (sk_record_get_id (SK_RECORD (area)) == focus)
        g_string_append_printf (s, "%s. ", sk_focus_area_get_title (area));
    }
  for (guint i = 0; i < SK_BUDGET_PROPOSAL_YEARS; i++)
    {
      double cost = sk_budget_proposal_get_cost (p, i);
      g_autofree char *number = NULL;

      if (isnan (cost))
        continue;
      number = sk_format_number (cost, -1);
      g_string_append_printf (s, "%s%d: %s", any ? ", " : "", sk_budget_proposal_get_year (p) + (int) i, number);
      any = TRUE;
    }
  if (any)
    g_string_append (s, _(" tkr"));
  else
    g_string_append (s, _("No costs stated"));
  if (level != NULL && level[0] != '\0')
    g_string_append_printf (s, " (%s)", level);
  g_string_append (s, ". ");
  g_string_append (s, sk_budget_proposal_get_granted (p) ? _("Granted.") : _("Not granted."));
  return g_string_free (s, FALSE);
}

static void
fill_proposals (SkBudgetProposals *self)
{
  g_autoptr(GListModel) list = sk_store_list_budget_proposals (self->store, self->year);
  g_autoptr(GListModel) areas = self->plan_id > 0 ? sk_store_list_focus_areas (self->store, self->plan_id) : NULL;
  guint n = g_list_model_get_n_items (list);

  clear_list (self->proposals_list);
  if (n == 0)
    add_placeholder (self->proposals_list, _("No development proposals yet."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkBudgetProposal) p = g_list_model_get_item (list, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *summary = proposal_summary (self, p, areas);
      g_autofree char *remove_name = g_strdup_printf (_("Remove “%s”"), sk_budget_proposal_get_text (p));
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sk_budget_proposal_get_text (p));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
      g_object_set_data_full (G_OBJECT (row), "proposal", g_object_ref (p), g_object_unref);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !self->adopted);

      gtk_widget_set_name (remove, "proposal-remove");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_name);
      sk_a11y_name (remove, remove_name);
      gtk_widget_set_sensitive (remove, !self->adopted);
      g_object_set_data_full (G_OBJECT (remove), "proposal", g_object_ref (p), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->proposals_list, row);
    }
}

static void
reload (SkBudgetProposals *self)
{
  g_autoptr(SkPlan) plan = NULL;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store == NULL || self->year == 0)
    return;
  plan = sk_store_get_plan (self->store, self->year);
  self->plan_id = plan ? sk_record_get_id (SK_RECORD (plan)) : 0;
  self->adopted = plan != NULL && sk_plan_is_adopted (plan);
  gtk_widget_set_visible (GTK_WIDGET (self->lock_label), self->adopted);
  gtk_widget_set_sensitive (self->add_button, !self->adopted);
  if (self->adopted)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    gtk_label_get_text (self->lock_label), -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  fill_assumptions (self);
  fill_proposals (self);
}

static void
on_store_changed (SkStore *store, const char *table, SkBudgetProposals *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_once ((GSourceOnceFunc) reload, self);
}

/* ---- Public ---- */

GtkWidget *
sk_budget_proposals_new (void)
{
  return g_object_new (SK_TYPE_BUDGET_PROPOSALS, NULL);
}

void
sk_budget_proposals_set_year (SkBudgetProposals *self,
                              SkStore           *store,
                              int                year)
{
  g_return_if_fail (SK_IS_BUDGET_PROPOSALS (self));

  if (store != self->store)
    sk_view_replace_store (self, &self->store, store, G_CALLBACK (on_store_changed));
  self->year = year;
  reload (self);
}

GtkWidget *
sk_budget_proposals_get_add_button (SkBudgetProposals *self)
{
  return self->add_button;
}

/* ---- GObject ---- */

static void
sk_budget_proposals_dispose (GObject *object)
{
  SkBudgetProposals *self = SK_BUDGET_PROPOSALS (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  G_OBJECT_CLASS (sk_budget_proposals_parent_class)->dispose (object);
}

static void
sk_budget_proposals_class_init (SkBudgetProposalsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_budget_proposals_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkListBox *
boxed_list (GtkWidget *group, const char *name)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  return GTK_LIST_BOX (list);
}

static void
sk_budget_proposals_init (SkBudgetProposals *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *clamp = adw_clamp_new ();

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);

  self->lock_label = GTK_LABEL (gtk_label_new (_("The plan is adopted: its assumptions and development "
                                                  "proposals are locked and can only be read.")));
  gtk_label_set_wrap (self->lock_label, TRUE);
  gtk_label_set_xalign (self->lock_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->lock_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->lock_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->lock_label));

  /* The proposals first: they are what is entered here; the assumptions
   * are a long list to read. */
  self->proposals_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->proposals_group), _("Development Proposals"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->proposals_group),
                                         _("Net cost per year in thousands of kronor."));
  self->add_button = gtk_button_new_with_mnemonic (_("_Add Development Proposal"));
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  sk_a11y_name (self->add_button, _("_Add Development Proposal"));
  g_signal_connect (self->add_button, "clicked", G_CALLBACK (on_add_clicked), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->proposals_group), self->add_button);
  self->proposals_list = boxed_list (self->proposals_group, _("Development Proposals"));
  g_signal_connect (self->proposals_list, "row-activated", G_CALLBACK (on_row_activated), self);
  gtk_box_append (GTK_BOX (box), self->proposals_group);

  self->assumptions_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->assumptions_group), _("Assumptions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->assumptions_group),
                                         _("What the plan's budget builds on."));
  self->assumptions_list = boxed_list (self->assumptions_group, _("Assumptions"));
  gtk_box_append (GTK_BOX (box), self->assumptions_group);
}
