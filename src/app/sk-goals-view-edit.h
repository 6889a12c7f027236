/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Private to sk-goals-view*.c: the changes made through dialogs and the
 * Delete key (sk-goals-view-edit.c), and what they need of the view
 * (sk-goals-view.c). */

#include "sk-goal-node.h"
#include "sk-goals-view.h"

G_BEGIN_DECLS

/* In sk-goals-view.c */
SkGoalNode *sk_goals_view_get_selected_node (SkGoalsView *self); /* new reference or NULL */
SkPlan     *sk_goals_view_get_plan          (SkGoalsView *self);
gboolean    sk_goals_view_is_editable       (SkGoalsView *self);
void        sk_goals_view_update_actions    (SkGoalsView *self);
void        sk_goals_view_focus_tree        (SkGoalsView *self);
/* @node's place among its siblings of the same kind. */
int         sk_goals_view_get_node_index    (SkGoalsView *self,
                                             SkGoalNode  *node);

/* In sk-goals-view-edit.c */
gboolean    sk_goals_view_focus             (GtkWidget        *widget,
                                             GtkDirectionType  direction);
gboolean    sk_goals_view_can_undo          (SkGoalsView *self);
gboolean    sk_goals_view_can_redo          (SkGoalsView *self);
void        sk_goals_view_clear_undo        (SkGoalsView *self);
/* Changes made in sk-goals-view.c, so Ctrl+Z takes them back. */
void        sk_goals_view_remember_move     (SkGoalsView *self,
                                             const char  *key,
                                             int          old_index);
void        sk_goals_view_remember_link     (SkGoalsView *self,
                                             gint64       goal_id,
                                             gint64       indicator_id);

void sk_goals_view_add_focus_area_action    (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_add_regional_goal_action (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_add_board_goal_action    (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_edit_action              (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_delete_action            (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_undo_action              (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_redo_action              (GtkWidget *widget, const char *action, GVariant *param);

G_END_DECLS
