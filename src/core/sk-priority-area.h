/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_PRIORITY_AREA (sk_priority_area_get_type ())
G_DECLARE_FINAL_TYPE (SkPriorityArea, sk_priority_area, SK, PRIORITY_AREA, SkRecord)

SkPriorityArea *sk_priority_area_new (void);

gint64         sk_priority_area_get_plan_id (SkPriorityArea *self);
void           sk_priority_area_set_plan_id (SkPriorityArea *self, gint64 value);
int            sk_priority_area_get_position (SkPriorityArea *self);
void           sk_priority_area_set_position (SkPriorityArea *self, int value);
const char *   sk_priority_area_get_title (SkPriorityArea *self);
void           sk_priority_area_set_title (SkPriorityArea *self, const char * value);
const char *   sk_priority_area_get_description (SkPriorityArea *self);
void           sk_priority_area_set_description (SkPriorityArea *self, const char * value);

G_END_DECLS
