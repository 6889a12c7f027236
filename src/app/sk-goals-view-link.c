/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-goals-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sk-goal-node.h"
#include "sk-goals-view-edit.h"
#include "sk-goals-view-private.h"
#include "sk-goals-view-save.h"

/* Linking indicators to the selected board goal: a searchable popover of
 * the plan's indicators (Ctrl+L), the already linked ones checked and
 * not choosable. */

static gint64
selected_goal_id (SkGoalsView *self)
{
  g_autoptr(SkGoalNode) node = sk_goals_view_get_selected_node (self);

  if (node != NULL && sk_goal_node_get_kind (node) == SK_GOAL_NODE_INDICATOR)
    return sk_record_get_id (sk_goal_node_get_record (sk_goal_node_get_parent (node)));
  if (node != NULL && sk_goal_node_get_kind (node) == SK_GOAL_NODE_BOARD_GOAL)
    return sk_record_get_id (sk_goal_node_get_record (node));
  return 0;
}

void
sk_goals_view_link_indicator_id_action (GtkWidget  *widget,
                                        const char *action,
                                        GVariant   *param)
{
  SkGoalsView *self = SK_GOALS_VIEW (widget);
  gint64 goal_id = selected_goal_id (self);
  gint64 indicator_id = g_variant_get_int64 (param);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  if (goal_id == 0 || !sk_goals_view_is_editable (self))
    return;
  gtk_popover_popdown (GTK_POPOVER (self->link_popover));
  if (!sk_store_link_indicator (self->store, goal_id, indicator_id, &error))
    {
      key = g_strdup_printf ("bg:%" G_GINT64_FORMAT, goal_id);
      sk_goals_view_change_failed (self, error, key, "goals.link-indicator-id", g_variant_new_int64 (indicator_id));
      return;
    }
  sk_goals_view_remember_link (self, goal_id, indicator_id);
  key = g_strdup_printf ("in:bg:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, goal_id, indicator_id);
  sk_goals_view_select_key (self, key);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static gboolean
filter_link_row (GtkListBoxRow *row,
                 gpointer       data)
{
  SkGoalsView *self = SK_GOALS_VIEW (data);
  const char *name = g_object_get_data (G_OBJECT (row), "name");
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->link_search));
  g_autofree char *a = NULL, *b = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  a = g_utf8_casefold (name, -1);
  b = g_utf8_casefold (query, -1);
  return strstr (a, b) != NULL;
}

static GtkWidget *
link_row (SkIndicator *indicator,
          gboolean     linked)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_markup_escape_text (sk_indicator_get_name (indicator), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sk_perspective_label (sk_indicator_get_perspective (indicator)));
  if (linked)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("object-select-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !linked);
  gtk_widget_set_sensitive (row, !linked);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "goals.link-indicator-id");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", sk_record_get_id (SK_RECORD (indicator)));
  g_object_set_data_full (G_OBJECT (row), "name", g_strdup (sk_indicator_get_name (indicator)), g_free);
  return row;
}

static void
fill_link_list (SkGoalsView *self,
                gint64       goal_id)
{
  g_autoptr(GListModel) indicators = sk_store_list_indicators (self->store, self->year);
  g_autoptr(GListModel) linked = sk_store_list_goal_indicators (self->store, goal_id);
  g_autoptr(GHashTable) linked_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->link_list))) != NULL)
    gtk_list_box_remove (self->link_list, child);
  for (guint i = 0; i < g_list_model_get_n_items (linked); i++)
    {
      g_autoptr(SkRecord) record = g_list_model_get_item (linked, i);
      g_hash_table_add (linked_ids, g_memdup2 (&(gint64) { sk_record_get_id (record) }, sizeof (gint64)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) indicator = g_list_model_get_item (indicators, i);
      gint64 id = sk_record_get_id (SK_RECORD (indicator));
      gtk_list_box_append (self->link_list, link_row (indicator, g_hash_table_contains (linked_ids, &id)));
    }
}

void
sk_goals_view_link_indicator_action (GtkWidget  *widget,
                                     const char *action,
                                     GVariant   *param)
{
  SkGoalsView *self = SK_GOALS_VIEW (widget);
  gint64 goal_id = selected_goal_id (self);

  if (goal_id == 0 || !sk_goals_view_is_editable (self))
    return;
  fill_link_list (self, goal_id);
  gtk_editable_set_text (GTK_EDITABLE (self->link_search), "");
  gtk_popover_popup (GTK_POPOVER (self->link_popover));
  gtk_widget_grab_focus (GTK_WIDGET (self->link_search));
}

static void
on_link_search_changed (SkGoalsView *self)
{
  gtk_list_box_invalidate_filter (self->link_list);
}

static void
on_link_search_activate (SkGoalsView *self)
{
  /* Enter in the search takes the first indicator that still matches. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->link_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_child_visible (row) && gtk_widget_get_sensitive (row))
      {
        gtk_widget_activate (row);
        return;
      }
}

void
sk_goals_view_build_link_popover (SkGoalsView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->link_popover = gtk_popover_new ();
  self->link_search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  self->link_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->link_search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search the plan's indicators"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->link_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Indicators of the plan"), -1);
  gtk_list_box_set_filter_func (self->link_list, filter_link_row, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->link_list), "boxed-list");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_widget_set_size_request (box, 420, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->link_list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->link_search));
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (self->link_popover), box);
  gtk_widget_set_parent (self->link_popover, self->link_button);
  g_signal_connect_swapped (self->link_search, "search-changed", G_CALLBACK (on_link_search_changed), self);
  g_signal_connect_swapped (self->link_search, "activate", G_CALLBACK (on_link_search_activate), self);
}
