/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_WORK_ENV_PLAN (sk_work_env_plan_get_type ())
G_DECLARE_FINAL_TYPE (SkWorkEnvPlan, sk_work_env_plan, SK, WORK_ENV_PLAN, SkRecord)

SkWorkEnvPlan *sk_work_env_plan_new (void);

gint64         sk_work_env_plan_get_plan_id (SkWorkEnvPlan *self);
void           sk_work_env_plan_set_plan_id (SkWorkEnvPlan *self, gint64 value);
const char *   sk_work_env_plan_get_goal_text (SkWorkEnvPlan *self);
void           sk_work_env_plan_set_goal_text (SkWorkEnvPlan *self, const char * value);

G_END_DECLS
