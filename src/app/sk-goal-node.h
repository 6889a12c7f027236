/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sk-record.h"

G_BEGIN_DECLS

typedef enum {
  SK_GOAL_NODE_FOCUS_AREA,
  SK_GOAL_NODE_REGIONAL_GOAL,
  SK_GOAL_NODE_BOARD_GOAL,
  SK_GOAL_NODE_INDICATOR,
} SkGoalNodeKind;

#define SK_TYPE_GOAL_NODE (sk_goal_node_get_type ())
G_DECLARE_FINAL_TYPE (SkGoalNode, sk_goal_node, SK, GOAL_NODE, GObject)

/*
 * One row of the goal tree: a focus area, regional goal, board goal or an
 * indicator linked to a board goal. It wraps the stored record and keeps
 * its children in a GListStore that is updated in place on refresh, so
 * the tree keeps expansion and selection.
 */
SkGoalNode     *sk_goal_node_new          (SkGoalNodeKind kind,
                                           SkRecord      *record,
                                           SkGoalNode    *parent);
SkGoalNodeKind  sk_goal_node_get_kind     (SkGoalNode *self);
SkRecord       *sk_goal_node_get_record   (SkGoalNode *self);
/* Replaces the record (same identity, fresh fields) and notifies. */
void            sk_goal_node_set_record   (SkGoalNode *self,
                                           SkRecord   *record);
SkGoalNode     *sk_goal_node_get_parent   (SkGoalNode *self);
/* Identity across refreshes: "fa:12", "bg:40", "in:40:7". */
const char     *sk_goal_node_get_key      (SkGoalNode *self);
const char     *sk_goal_node_get_title    (SkGoalNode *self);
const char     *sk_goal_node_get_kind_label (SkGoalNode *self);
/* Indicators: the year's target as written ("" when none). */
const char     *sk_goal_node_get_target   (SkGoalNode *self);
void            sk_goal_node_set_target   (SkGoalNode *self,
                                           const char *target);
/* NULL for indicators, which have no children. */
GListStore     *sk_goal_node_get_children (SkGoalNode *self);
/* Position among the siblings of the same kind (what sk_store_move uses). */
int             sk_goal_node_get_sibling_index (SkGoalNode *self,
                                                GListModel *siblings);
/* Replaces @store's items with @items (SkGoalNode), reusing the nodes
 * that have the same key and splicing only the part that differs.
 * @owner (nullable) becomes the parent of newly inserted nodes. */
void            sk_goal_node_sync_list    (GListStore *store,
                                           SkGoalNode *owner,
                                           GPtrArray  *items);

G_END_DECLS
