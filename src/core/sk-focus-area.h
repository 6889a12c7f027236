/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_FOCUS_AREA (sk_focus_area_get_type ())
G_DECLARE_FINAL_TYPE (SkFocusArea, sk_focus_area, SK, FOCUS_AREA, SkRecord)

SkFocusArea *sk_focus_area_new (void);

gint64         sk_focus_area_get_plan_id (SkFocusArea *self);
void           sk_focus_area_set_plan_id (SkFocusArea *self, gint64 value);
int            sk_focus_area_get_position (SkFocusArea *self);
void           sk_focus_area_set_position (SkFocusArea *self, int value);
const char *   sk_focus_area_get_title (SkFocusArea *self);
void           sk_focus_area_set_title (SkFocusArea *self, const char * value);
const char *   sk_focus_area_get_description (SkFocusArea *self);
void           sk_focus_area_set_description (SkFocusArea *self, const char * value);

G_END_DECLS
