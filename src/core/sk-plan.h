/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_PLAN (sk_plan_get_type ())
G_DECLARE_FINAL_TYPE (SkPlan, sk_plan, SK, PLAN, SkRecord)

SkPlan *sk_plan_new (void);

int            sk_plan_get_year (SkPlan *self);
void           sk_plan_set_year (SkPlan *self, int value);
const char *   sk_plan_get_title (SkPlan *self);
void           sk_plan_set_title (SkPlan *self, const char * value);
SkPlanStatus   sk_plan_get_status (SkPlan *self);
void           sk_plan_set_status (SkPlan *self, SkPlanStatus value);
const char *   sk_plan_get_decision_date (SkPlan *self);
void           sk_plan_set_decision_date (SkPlan *self, const char * value);
const char *   sk_plan_get_decision_paragraph (SkPlan *self);
void           sk_plan_set_decision_paragraph (SkPlan *self, const char * value);
const char *   sk_plan_get_diary_number (SkPlan *self);
void           sk_plan_set_diary_number (SkPlan *self, const char * value);

/* An adopted plan's goals, register and targets are frozen. */
gboolean       sk_plan_is_adopted (SkPlan *self);

G_END_DECLS
