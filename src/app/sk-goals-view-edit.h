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

/* In sk-goals-view-edit.c */
gboolean    sk_goals_view_can_undo          (SkGoalsView *self);
void        sk_goals_view_clear_undo        (SkGoalsView *self);

void sk_goals_view_add_focus_area_action    (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_add_regional_goal_action (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_add_board_goal_action    (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_edit_action              (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_delete_action            (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_undo_action              (GtkWidget *widget, const char *action, GVariant *param);

G_END_DECLS
