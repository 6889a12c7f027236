/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-goals-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sk-a11y.h"
#include "sk-review-flag.h"
#include "sk-goal-node.h"
#include "sk-goals-view.h"
#include "sk-goals-view-private.h"
#include "sk-goals-view-edit.h"
#include "sk-goals-view-save.h"
#include "sk-view-util.h"

/*
 * The chosen year's goal tree: focus area → regional goal → board goal →
 * linked indicators (board goals may also sit directly under a focus
 * area). The tree is rebuilt from the store on every change and merged
 * into the shown nodes in place, so expansion, selection and scrolling
 * survive edits made here or by other programs.
 */

/* The struct is in sk-goals-view-private.h. */

enum {
  PROP_0,
  PROP_STORE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkGoalsView, sk_goals_view, ADW_TYPE_BIN)

static void reload (SkGoalsView *self);
static void update_actions (SkGoalsView *self);

/* ---- Building the tree ---- */

static SkGoalNode *
indicator_node (SkGoalsView *self,
                SkRecord    *indicator,
                SkGoalNode  *goal)
{
  SkGoalNode *node = sk_goal_node_new (SK_GOAL_NODE_INDICATOR, indicator, goal);
  g_autoptr(SkTarget) target = sk_store_get_target (self->store, sk_record_get_id (indicator), self->year);

  if (target != NULL)
    sk_goal_node_set_target (node, sk_target_get_text (target));
  return node;
}

static SkGoalNode *
board_goal_node (SkGoalsView *self,
                 SkRecord    *goal,
                 SkGoalNode  *parent)
{
  SkGoalNode *node = sk_goal_node_new (SK_GOAL_NODE_BOARD_GOAL, goal, parent);
  g_autoptr(GListModel) indicators = sk_store_list_goal_indicators (self->store, sk_record_get_id (goal));

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkRecord) indicator = g_list_model_get_item (indicators, i);
      g_autoptr(SkGoalNode) child = indicator_node (self, indicator, node);
      g_list_store_append (sk_goal_node_get_children (node), child);
    }
  return node;
}

static void
append_board_goals (SkGoalsView *self,
                    SkGoalNode  *parent,
                    gint64       focus_area_id,
                    gint64       regional_goal_id)
{
  g_autoptr(GListModel) goals = sk_store_list_board_goals (self->store, focus_area_id, regional_goal_id);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkRecord) goal = g_list_model_get_item (goals, i);
      g_autoptr(SkGoalNode) child = board_goal_node (self, goal, parent);
      g_list_store_append (sk_goal_node_get_children (parent), child);
    }
}

static SkGoalNode *
focus_area_node (SkGoalsView *self,
                 SkRecord    *area)
{
  SkGoalNode *node = sk_goal_node_new (SK_GOAL_NODE_FOCUS_AREA, area, NULL);
  gint64 id = sk_record_get_id (area);
  g_autoptr(GListModel) regional = sk_store_list_regional_goals (self->store, id);

  for (guint i = 0; i < g_list_model_get_n_items (regional); i++)
    {
      g_autoptr(SkRecord) goal = g_list_model_get_item (regional, i);
      g_autoptr(SkGoalNode) child = sk_goal_node_new (SK_GOAL_NODE_REGIONAL_GOAL, goal, node);

      append_board_goals (self, child, id, sk_record_get_id (goal));
      g_list_store_append (sk_goal_node_get_children (node), child);
    }
  append_board_goals (self, node, id, 0);
  return node;
}

static GPtrArray *
build_tree (SkGoalsView *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) areas = NULL;

  if (self->store == NULL || self->plan == NULL)
    return items;
  areas = sk_store_list_focus_areas (self->store, sk_record_get_id (SK_RECORD (self->plan)));
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkRecord) area = g_list_model_get_item (areas, i);
      g_ptr_array_add (items, focus_area_node (self, area));
    }
  return items;
}

static GListModel *
create_children (gpointer item,
                 gpointer data)
{
  GListStore *children = sk_goal_node_get_children (SK_GOAL_NODE (item));

  /* Leaves and empty nodes get no expander (see sk_goal_node_sync_list). */
  if (children == NULL || g_list_model_get_n_items (G_LIST_MODEL (children)) == 0)
    return NULL;
  return G_LIST_MODEL (g_object_ref (children));
}

/* ---- Selection and expansion ---- */

static SkGoalNode *
row_node (GtkTreeListModel *tree,
          guint             position)
{
  g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree, position);

  return row != NULL ? SK_GOAL_NODE (gtk_tree_list_row_get_item (row)) : NULL;
}

static SkGoalNode *
selected_node (SkGoalsView *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position == GTK_INVALID_LIST_POSITION)
    return NULL;
  return row_node (self->tree, position); /* new reference */
}

const char *
sk_goals_view_get_selected_key (SkGoalsView *self)
{
  g_autoptr(SkGoalNode) node = NULL;

  g_return_val_if_fail (SK_IS_GOALS_VIEW (self), NULL);

  node = selected_node (self);
  /* The key lives as long as the node, which the tree keeps. */
  return node != NULL ? sk_goal_node_get_key (node) : NULL;
}

static GHashTable *
expanded_keys (SkGoalsView *self)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(SkGoalNode) node = SK_GOAL_NODE (gtk_tree_list_row_get_item (row));

      if (gtk_tree_list_row_get_expanded (row))
        g_hash_table_add (keys, g_strdup (sk_goal_node_get_key (node)));
    }
  return keys;
}

/* Expands the rows in @keys and returns the position of @select_key. */
static guint
expand_keys (SkGoalsView *self,
             GHashTable  *keys,
             const char  *select_key)
{
  guint found = GTK_INVALID_LIST_POSITION;

  /* Expanding inserts rows right after the current one: the loop visits them. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(SkGoalNode) node = SK_GOAL_NODE (gtk_tree_list_row_get_item (row));
      const char *key = sk_goal_node_get_key (node);

      if (g_hash_table_contains (keys, key) && !gtk_tree_list_row_get_expanded (row))
        gtk_tree_list_row_set_expanded (row, TRUE);
      if (select_key != NULL && g_str_equal (key, select_key))
        found = i;
    }
  return found;
}

static void
expand_everything (SkGoalsView *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

static SkGoalNode *
find_node (GListModel *model,
           const char *key)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SkGoalNode) node = g_list_model_get_item (model, i);
      GListStore *children = sk_goal_node_get_children (node);
      SkGoalNode *found;

      if (g_str_equal (sk_goal_node_get_key (node), key))
        return node;
      if (children != NULL && (found = find_node (G_LIST_MODEL (children), key)) != NULL)
        return found;
    }
  return NULL;
}

static void
select_position (SkGoalsView *self,
                 guint        position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

gboolean
sk_goals_view_select_key (SkGoalsView *self,
                          const char  *key)
{
  g_autoptr(GHashTable) ancestors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SkGoalNode *node;
  guint position;

  g_return_val_if_fail (SK_IS_GOALS_VIEW (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  node = find_node (G_LIST_MODEL (self->root), key);
  if (node == NULL)
    return FALSE;
  for (SkGoalNode *p = sk_goal_node_get_parent (node); p != NULL; p = sk_goal_node_get_parent (p))
    g_hash_table_add (ancestors, g_strdup (sk_goal_node_get_key (p)));
  position = expand_keys (self, ancestors, key);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  select_position (self, position);
  return TRUE;
}

/* ---- Loading ---- */

static void
update_page (SkGoalsView *self)
{
  const char *page = "tree";

  if (self->plan == NULL)
    page = "none";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->root)) == 0)
    page = "empty";
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_revealer_set_reveal_child (self->lock_revealer,
                                 self->plan != NULL && sk_plan_get_status (self->plan) == SK_PLAN_ADOPTED);
}

static void
reload (SkGoalsView *self)
{
  g_autoptr(GHashTable) expanded = expanded_keys (self);
  g_autoptr(SkGoalNode) selected = selected_node (self);
  g_autofree char *selected_key = selected ? g_strdup (sk_goal_node_get_key (selected)) : NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint position;

  g_clear_object (&self->plan);
  if (self->store != NULL && self->year > 0)
    self->plan = sk_store_get_plan (self->store, self->year);

  self->reloading = TRUE;
  items = build_tree (self);
  sk_goal_node_sync_list (self->root, NULL, items);
  if (self->expand_all && self->plan != NULL)
    {
      self->expand_all = FALSE;
      expand_everything (self);
    }
  position = expand_keys (self, expanded, selected_key);
  if (position != GTK_INVALID_LIST_POSITION
      && position != gtk_single_selection_get_selected (self->selection))
    gtk_single_selection_set_selected (self->selection, position);
  self->reloading = FALSE;

  update_page (self);
  update_actions (self);
}

static void
on_store_changed (SkStore     *store,
                  const char  *table,
                  SkGoalsView *self)
{
  reload (self);
}

/* ---- Actions: enabling ---- */

static gboolean
is_editable (SkGoalsView *self)
{
  return self->store != NULL && self->plan != NULL && sk_plan_get_status (self->plan) != SK_PLAN_ADOPTED
         && !sk_store_is_read_only (self->store);
}

static GListModel *
siblings_of (SkGoalsView *self,
             SkGoalNode  *node)
{
  SkGoalNode *parent = sk_goal_node_get_parent (node);

  return parent != NULL ? G_LIST_MODEL (sk_goal_node_get_children (parent)) : G_LIST_MODEL (self->root);
}

static int
count_kind (GListModel     *model,
            SkGoalNodeKind  kind)
{
  int count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SkGoalNode) node = g_list_model_get_item (model, i);
      if (sk_goal_node_get_kind (node) == kind)
        count++;
    }
  return count;
}

static void
update_actions (SkGoalsView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(SkGoalNode) node = selected_node (self);
  gboolean editable = is_editable (self);
  gboolean movable = FALSE, can_up = FALSE, can_down = FALSE;
  SkGoalNodeKind kind = node ? sk_goal_node_get_kind (node) : SK_GOAL_NODE_FOCUS_AREA;

  if (node != NULL && kind != SK_GOAL_NODE_INDICATOR)
    {
      GListModel *siblings = siblings_of (self, node);
      int index = sk_goal_node_get_sibling_index (node, siblings);

      movable = TRUE;
      can_up = index > 0;
      can_down = index >= 0 && index < count_kind (siblings, kind) - 1;
    }

  gtk_widget_action_set_enabled (widget, "goals.add-focus-area", editable);
  gtk_widget_action_set_enabled (widget, "goals.add-regional-goal", editable && node != NULL);
  gtk_widget_action_set_enabled (widget, "goals.add-board-goal", editable && node != NULL);
  gtk_widget_action_set_enabled (widget, "goals.edit", editable && movable);
  gtk_widget_action_set_enabled (widget, "goals.delete", editable && node != NULL);
  gtk_widget_action_set_enabled (widget, "goals.move-up", editable && can_up);
  gtk_widget_action_set_enabled (widget, "goals.move-down", editable && can_down);
  gtk_widget_action_set_enabled (widget, "goals.link-indicator",
                                 editable && node != NULL
                                 && (kind == SK_GOAL_NODE_BOARD_GOAL || kind == SK_GOAL_NODE_INDICATOR));
  gtk_widget_action_set_enabled (widget, "goals.link-indicator-id", editable);
  gtk_widget_action_set_enabled (widget, "goals.undo", editable && sk_goals_view_can_undo (self));
  gtk_widget_action_set_enabled (widget, "goals.redo", editable && sk_goals_view_can_redo (self));
  gtk_widget_set_sensitive (self->add_button, editable);
}

static void
on_selection_changed (SkGoalsView *self)
{
  if (!self->reloading)
    update_actions (self);
}

/* ---- Moving ---- */

static gboolean
move_node (SkGoalsView *self,
           SkGoalNode  *node,
           int          index)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = g_strdup (sk_goal_node_get_key (node));
  int old_index = sk_goal_node_get_sibling_index (node, siblings_of (self, node));

  if (!is_editable (self) || sk_goal_node_get_kind (node) == SK_GOAL_NODE_INDICATOR)
    return FALSE;
  if (!sk_store_move (self->store, sk_goal_node_get_record (node), index, &error))
    {
      sk_goals_view_change_failed (self, error, key, "goals.move-to", g_variant_new_int32 (index));
      return FALSE;
    }
  if (old_index != index)
    sk_goals_view_remember_move (self, key, old_index);
  /* The store announced the change and the tree is merged; keep the row chosen. */
  sk_goals_view_select_key (self, key);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  return TRUE;
}

static void
move_by (SkGoalsView *self,
         int          delta)
{
  g_autoptr(SkGoalNode) node = selected_node (self);
  int index;

  if (node == NULL || sk_goal_node_get_kind (node) == SK_GOAL_NODE_INDICATOR)
    return;
  index = sk_goal_node_get_sibling_index (node, siblings_of (self, node));
  if (index + delta < 0 || index + delta >= count_kind (siblings_of (self, node), sk_goal_node_get_kind (node)))
    return;
  move_node (self, node, index + delta);
}

/* Moves the chosen row to a place among its siblings (a drop; "Try Again"). */
static void
move_to_action (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  SkGoalsView *self = SK_GOALS_VIEW (widget);
  g_autoptr(SkGoalNode) node = selected_node (self);

  if (node != NULL)
    move_node (self, node, g_variant_get_int32 (param));
}

static void
move_up_action (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  move_by (SK_GOALS_VIEW (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  move_by (SK_GOALS_VIEW (widget), 1);
}

static void
on_row_activated (GtkListView *list,
                  guint        position,
                  SkGoalsView *self)
{
  /* Enter or a double click edits, where editing is allowed. */
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "goals.edit", NULL);
}

/* ---- Rows: factory and drag and drop ---- */

static SkGoalNode *
list_item_node (GtkListItem *item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);

  return row != NULL ? SK_GOAL_NODE (gtk_tree_list_row_get_item (row)) : NULL;
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *item)
{
  SkGoalsView *self = g_object_get_data (G_OBJECT (source), "view");
  g_autoptr(SkGoalNode) node = list_item_node (item);

  if (node == NULL || !is_editable (self) || sk_goal_node_get_kind (node) == SK_GOAL_NODE_INDICATOR)
    return NULL;
  return gdk_content_provider_new_typed (SK_TYPE_GOAL_NODE, node);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListItem   *item)
{
  SkGoalsView *self = g_object_get_data (G_OBJECT (target), "view");
  SkGoalNode *dragged = g_value_get_object (value);
  g_autoptr(SkGoalNode) onto = list_item_node (item);

  /* Only among siblings of the same kind: the tree's shape stays as planned. */
  if (dragged == NULL || onto == NULL || dragged == onto
      || sk_goal_node_get_parent (dragged) != sk_goal_node_get_parent (onto)
      || sk_goal_node_get_kind (dragged) != sk_goal_node_get_kind (onto))
    return FALSE;
  return move_node (self, dragged, sk_goal_node_get_sibling_index (onto, siblings_of (self, onto)));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           SkGoalsView              *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *kind = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *target = gtk_label_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (SK_TYPE_GOAL_NODE, GDK_ACTION_MOVE);

  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (texts, TRUE);
  /* The target goes under the name, not beside it: beside it, a narrow
   * window squeezes the name into a one-word column. */
  gtk_label_set_wrap (GTK_LABEL (target), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (target), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (target), 0);
  gtk_widget_add_css_class (target, "numeric");
  gtk_widget_add_css_class (target, "dim-label");
  gtk_box_append (GTK_BOX (texts), kind);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), target);
  gtk_box_append (GTK_BOX (texts), sk_review_flag_new ());
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_start (expander, 12);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_object_set_data (G_OBJECT (source), "view", self);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (source));
  g_object_set_data (G_OBJECT (drop), "view", self);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (drop));

  g_object_set_data (G_OBJECT (item), "kind", kind);
  g_object_set_data (G_OBJECT (item), "title", title);
  g_object_set_data (G_OBJECT (item), "target", target);
  gtk_list_item_set_child (item, expander);
}

static void
set_target_label (GtkLabel   *label,
                  SkGoalNode *node)
{
  const char *target = sk_goal_node_get_target (node);

  if (sk_goal_node_get_kind (node) != SK_GOAL_NODE_INDICATOR)
    gtk_label_set_label (label, NULL);
  else if (*target == '\0')
    gtk_label_set_label (label, _("No target"));
  else
    {
      g_autofree char *text = g_strdup_printf (_("Target: %s"), target);
      gtk_label_set_label (label, text);
    }
}

static void
on_node_target (SkGoalNode *node,
                GParamSpec *pspec,
                GtkLabel   *label)
{
  set_target_label (label, node);
}

static void
on_node_title (SkGoalNode *node,
               GParamSpec *pspec,
               GtkLabel   *label)
{
  gtk_label_set_label (label, sk_goal_node_get_title (node));
}

/* A screen reader hears the row as "Board goal: title" (and the
 * indicator's target): GTK 4.8 gives list rows no name of their own. */
static void
name_row (SkGoalNode  *node,
          GParamSpec  *pspec,
          GtkListItem *item)
{
  GtkLabel *target = g_object_get_data (G_OBJECT (item), "target");
  g_autofree char *name = g_strdup_printf (_("%s: %s"), sk_goal_node_get_kind_label (node),
                                           sk_goal_node_get_title (node));

  if (sk_goal_node_get_kind (node) == SK_GOAL_NODE_INDICATOR && *gtk_label_get_text (target) != '\0')
    {
      g_autofree char *with_target = g_strdup_printf (_("%s, %s"), name, gtk_label_get_text (target));

      g_free (name);
      name = g_steal_pointer (&with_target);
    }
  sk_a11y_name_list_item (item, name);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          SkGoalsView              *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  SkGoalNode *node = list_item_node (item);
  GtkWidget *title = g_object_get_data (G_OBJECT (item), "title");
  GtkWidget *target = g_object_get_data (G_OBJECT (item), "target");
  SkGoalNodeKind kind = sk_goal_node_get_kind (node);

  /* The row holds the node while bound: a removed tree row drops its item early. */
  g_object_set_data_full (G_OBJECT (item), "node", node, g_object_unref);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), row);
  gtk_label_set_label (g_object_get_data (G_OBJECT (item), "kind"), sk_goal_node_get_kind_label (node));
  on_node_title (node, NULL, GTK_LABEL (title));
  set_target_label (GTK_LABEL (target), node);
  g_signal_connect_object (node, "notify::title", G_CALLBACK (on_node_title), title, 0);
  g_signal_connect_object (node, "notify::target", G_CALLBACK (on_node_target), target, 0);
  g_signal_connect_object (node, "notify::title", G_CALLBACK (name_row), item, 0);
  g_signal_connect_object (node, "notify::target", G_CALLBACK (name_row), item, 0);
  name_row (node, NULL, item);
  gtk_widget_set_visible (target, kind == SK_GOAL_NODE_INDICATOR);
  sk_review_flag_bind_after (target, self->store, self->year, node);
  if (kind == SK_GOAL_NODE_FOCUS_AREA)
    gtk_widget_add_css_class (title, "heading");
  else
    gtk_widget_remove_css_class (title, "heading");
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            SkGoalsView              *self)
{
  SkGoalNode *node = g_object_get_data (G_OBJECT (item), "node");

  if (node != NULL)
    {
      g_signal_handlers_disconnect_by_data (node, g_object_get_data (G_OBJECT (item), "title"));
      g_signal_handlers_disconnect_by_data (node, g_object_get_data (G_OBJECT (item), "target"));
      g_signal_handlers_disconnect_by_data (node, item);
    }
  sk_review_flag_bind_after (g_object_get_data (G_OBJECT (item), "target"), NULL, 0, NULL);
  g_object_set_data (G_OBJECT (item), "node", NULL);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), NULL);
}

/* ---- For the other sk-goals-view*.c files ---- */

SkGoalNode *
sk_goals_view_get_selected_node (SkGoalsView *self)
{
  return selected_node (self);
}

SkPlan *
sk_goals_view_get_plan (SkGoalsView *self)
{
  return self->plan;
}

gboolean
sk_goals_view_is_editable (SkGoalsView *self)
{
  return is_editable (self);
}

void
sk_goals_view_update_actions (SkGoalsView *self)
{
  update_actions (self);
}

void
sk_goals_view_focus_tree (SkGoalsView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

int
sk_goals_view_get_node_index (SkGoalsView *self,
                              SkGoalNode  *node)
{
  return sk_goal_node_get_sibling_index (node, siblings_of (self, node));
}

/* ---- Properties ---- */

SkStore *
sk_goals_view_get_store (SkGoalsView *self)
{
  g_return_val_if_fail (SK_IS_GOALS_VIEW (self), NULL);
  return self->store;
}

void
sk_goals_view_set_store (SkGoalsView *self,
                         SkStore     *store)
{
  g_return_if_fail (SK_IS_GOALS_VIEW (self));
  g_return_if_fail (store == NULL || SK_IS_STORE (store));

  if (self->store == store)
    return;
  sk_view_replace_store (self, &self->store, store, G_CALLBACK (on_store_changed));
  sk_goals_view_clear_undo (self);
  self->expand_all = TRUE;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

int
sk_goals_view_get_year (SkGoalsView *self)
{
  g_return_val_if_fail (SK_IS_GOALS_VIEW (self), 0);
  return self->year;
}

void
sk_goals_view_set_year (SkGoalsView *self,
                        int          year)
{
  g_return_if_fail (SK_IS_GOALS_VIEW (self));

  if (self->year == year)
    return;
  self->year = year;
  sk_goals_view_clear_undo (self);
  self->expand_all = TRUE;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

GtkWidget *
sk_goals_view_new (void)
{
  return g_object_new (SK_TYPE_GOALS_VIEW, NULL);
}

static void
sk_goals_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SkGoalsView *self = SK_GOALS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_goals_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SkGoalsView *self = SK_GOALS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sk_goals_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_YEAR:
      sk_goals_view_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_goals_view_dispose (GObject *object)
{
  SkGoalsView *self = SK_GOALS_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_pointer (&self->link_popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_GOALS_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->root);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sk_goals_view_parent_class)->dispose (object);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "goals.add-focus-area", NULL, sk_goals_view_add_focus_area_action);
  gtk_widget_class_install_action (widget_class, "goals.add-regional-goal", NULL, sk_goals_view_add_regional_goal_action);
  gtk_widget_class_install_action (widget_class, "goals.add-board-goal", NULL, sk_goals_view_add_board_goal_action);
  gtk_widget_class_install_action (widget_class, "goals.edit", NULL, sk_goals_view_edit_action);
  gtk_widget_class_install_action (widget_class, "goals.delete", NULL, sk_goals_view_delete_action);
  gtk_widget_class_install_action (widget_class, "goals.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "goals.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "goals.move-to", "i", move_to_action);
  gtk_widget_class_install_action (widget_class, "goals.link-indicator", NULL, sk_goals_view_link_indicator_action);
  gtk_widget_class_install_action (widget_class, "goals.link-indicator-id", "x", sk_goals_view_link_indicator_id_action);
  gtk_widget_class_install_action (widget_class, "goals.undo", NULL, sk_goals_view_undo_action);
  gtk_widget_class_install_action (widget_class, "goals.redo", NULL, sk_goals_view_redo_action);
  gtk_widget_class_install_action (widget_class, "goals.retry-save", NULL, sk_goals_view_retry_save);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "goals.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "goals.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "goals.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "goals.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "goals.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "goals.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "goals.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "goals.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "goals.link-indicator", NULL);
}

static void
sk_goals_view_class_init (SkGoalsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_goals_view_dispose;
  object_class->get_property = sk_goals_view_get_property;
  object_class->set_property = sk_goals_view_set_property;
  widget_class->focus = sk_goals_view_focus;
  sk_view_install_properties (object_class, properties, N_PROPS, PROP_STORE, PROP_YEAR, 2999);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/styrkort/Styrkort/sk-goals-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkGoalsView, lock_revealer);
  gtk_widget_class_bind_template_child (widget_class, SkGoalsView, stack);
  gtk_widget_class_bind_template_child (widget_class, SkGoalsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SkGoalsView, add_button);
  gtk_widget_class_bind_template_child (widget_class, SkGoalsView, link_button);
  gtk_widget_class_bind_template_child (widget_class, SkGoalsView, toolbar);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  install_actions (widget_class);
}

/* A flow box hands Tab to its first sensitive cell and keeps it even when
 * the button there cannot take focus (a disabled action): each cell
 * follows its content's sensitivity so Tab skips it instead. The cells
 * are only layout, never focus stops themselves. */
static void
follow_cell_contents (GtkWidget *flow_box)
{
  for (GtkWidget *c = gtk_widget_get_first_child (flow_box); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *content = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (c));

      gtk_widget_set_focusable (c, FALSE);
      g_object_bind_property (content, "sensitive", c, "sensitive", G_BINDING_SYNC_CREATE);
    }
}

static void
sk_goals_view_init (SkGoalsView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  follow_cell_contents (self->toolbar);
  sk_a11y_name_flow_cells (GTK_FLOW_BOX (self->toolbar));

  self->root = g_list_store_new (SK_TYPE_GOAL_NODE);
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->root)), FALSE, FALSE,
                                        create_children, NULL, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  sk_goals_view_build_link_popover (self);
  reload (self);
}
