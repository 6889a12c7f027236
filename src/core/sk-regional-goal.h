/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_REGIONAL_GOAL (sk_regional_goal_get_type ())
G_DECLARE_FINAL_TYPE (SkRegionalGoal, sk_regional_goal, SK, REGIONAL_GOAL, SkRecord)

SkRegionalGoal *sk_regional_goal_new (void);

gint64         sk_regional_goal_get_focus_area_id (SkRegionalGoal *self);
void           sk_regional_goal_set_focus_area_id (SkRegionalGoal *self, gint64 value);
int            sk_regional_goal_get_position (SkRegionalGoal *self);
void           sk_regional_goal_set_position (SkRegionalGoal *self, int value);
const char *   sk_regional_goal_get_title (SkRegionalGoal *self);
void           sk_regional_goal_set_title (SkRegionalGoal *self, const char * value);
const char *   sk_regional_goal_get_description (SkRegionalGoal *self);
void           sk_regional_goal_set_description (SkRegionalGoal *self, const char * value);

G_END_DECLS
