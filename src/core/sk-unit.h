/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_UNIT (sk_unit_get_type ())
G_DECLARE_FINAL_TYPE (SkUnit, sk_unit, SK, UNIT, SkRecord)

SkUnit *sk_unit_new (void);

gint64         sk_unit_get_parent_id (SkUnit *self);
void           sk_unit_set_parent_id (SkUnit *self, gint64 value);
const char *   sk_unit_get_name (SkUnit *self);
void           sk_unit_set_name (SkUnit *self, const char * value);
const char *   sk_unit_get_short_name (SkUnit *self);
void           sk_unit_set_short_name (SkUnit *self, const char * value);
int            sk_unit_get_position (SkUnit *self);
void           sk_unit_set_position (SkUnit *self, int value);

G_END_DECLS
