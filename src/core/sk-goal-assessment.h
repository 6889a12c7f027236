/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_GOAL_ASSESSMENT (sk_goal_assessment_get_type ())
G_DECLARE_FINAL_TYPE (SkGoalAssessment, sk_goal_assessment, SK, GOAL_ASSESSMENT, SkRecord)

SkGoalAssessment *sk_goal_assessment_new (void);

gint64         sk_goal_assessment_get_board_goal_id (SkGoalAssessment *self);
void           sk_goal_assessment_set_board_goal_id (SkGoalAssessment *self, gint64 value);
const char *   sk_goal_assessment_get_period (SkGoalAssessment *self);
void           sk_goal_assessment_set_period (SkGoalAssessment *self, const char * value);
SkAssessment   sk_goal_assessment_get_assessment (SkGoalAssessment *self);
void           sk_goal_assessment_set_assessment (SkGoalAssessment *self, SkAssessment value);
const char *   sk_goal_assessment_get_analysis (SkGoalAssessment *self);
void           sk_goal_assessment_set_analysis (SkGoalAssessment *self, const char * value);
const char *   sk_goal_assessment_get_changed_by (SkGoalAssessment *self);
void           sk_goal_assessment_set_changed_by (SkGoalAssessment *self, const char * value);
const char *   sk_goal_assessment_get_changed_at (SkGoalAssessment *self);
void           sk_goal_assessment_set_changed_at (SkGoalAssessment *self, const char * value);

G_END_DECLS
