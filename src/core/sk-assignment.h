/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_ASSIGNMENT (sk_assignment_get_type ())
G_DECLARE_FINAL_TYPE (SkAssignment, sk_assignment, SK, ASSIGNMENT, SkRecord)

SkAssignment *sk_assignment_new (void);

gint64         sk_assignment_get_board_goal_id (SkAssignment *self);
void           sk_assignment_set_board_goal_id (SkAssignment *self, gint64 value);
gint64         sk_assignment_get_parent_id (SkAssignment *self);
void           sk_assignment_set_parent_id (SkAssignment *self, gint64 value);
int            sk_assignment_get_position (SkAssignment *self);
void           sk_assignment_set_position (SkAssignment *self, int value);
const char *   sk_assignment_get_title (SkAssignment *self);
void           sk_assignment_set_title (SkAssignment *self, const char * value);

G_END_DECLS
