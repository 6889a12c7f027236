/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/*
 * What it takes to bring back a deleted part of the goal tree: a focus
 * area, regional goal or board goal with everything under it (texts,
 * positions among the siblings, linked indicators, assignments with
 * their comments per period, assessments per period). Plain data, no
 * references to records.
 */
typedef struct _SkGoalSnapshot SkGoalSnapshot;

/* NULL when @record is not a focus area, regional goal or board goal. */
SkGoalSnapshot *sk_goal_snapshot_capture  (SkStore  *store,
                                           SkRecord *record);
/* Recreates the subtree in one transaction; returns the new top record. */
SkRecord       *sk_goal_snapshot_restore  (SkGoalSnapshot *self,
                                           SkStore        *store,
                                           GError        **error);
/* The title or text of the captured record. */
const char     *sk_goal_snapshot_get_title (SkGoalSnapshot *self);
void            sk_goal_snapshot_free     (SkGoalSnapshot *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkGoalSnapshot, sk_goal_snapshot_free)

G_END_DECLS
