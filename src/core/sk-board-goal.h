/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_BOARD_GOAL (sk_board_goal_get_type ())
G_DECLARE_FINAL_TYPE (SkBoardGoal, sk_board_goal, SK, BOARD_GOAL, SkRecord)

SkBoardGoal *sk_board_goal_new (void);

gint64         sk_board_goal_get_focus_area_id (SkBoardGoal *self);
void           sk_board_goal_set_focus_area_id (SkBoardGoal *self, gint64 value);
gint64         sk_board_goal_get_regional_goal_id (SkBoardGoal *self);
void           sk_board_goal_set_regional_goal_id (SkBoardGoal *self, gint64 value);
int            sk_board_goal_get_position (SkBoardGoal *self);
void           sk_board_goal_set_position (SkBoardGoal *self, int value);
const char *   sk_board_goal_get_text (SkBoardGoal *self);
void           sk_board_goal_set_text (SkBoardGoal *self, const char * value);

G_END_DECLS
