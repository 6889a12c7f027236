/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_INDICATOR (sk_indicator_get_type ())
G_DECLARE_FINAL_TYPE (SkIndicator, sk_indicator, SK, INDICATOR, SkRecord)

SkIndicator *sk_indicator_new (void);

const char *   sk_indicator_get_name (SkIndicator *self);
void           sk_indicator_set_name (SkIndicator *self, const char * value);
SkPerspective  sk_indicator_get_perspective (SkIndicator *self);
void           sk_indicator_set_perspective (SkIndicator *self, SkPerspective value);
const char *   sk_indicator_get_measure_unit (SkIndicator *self);
void           sk_indicator_set_measure_unit (SkIndicator *self, const char * value);
SkDirection    sk_indicator_get_direction (SkIndicator *self);
void           sk_indicator_set_direction (SkIndicator *self, SkDirection value);
gint64         sk_indicator_get_responsible_unit_id (SkIndicator *self);
void           sk_indicator_set_responsible_unit_id (SkIndicator *self, gint64 value);
SkFrequency    sk_indicator_get_frequency (SkIndicator *self);
void           sk_indicator_set_frequency (SkIndicator *self, SkFrequency value);
SkAggregation  sk_indicator_get_aggregation (SkIndicator *self);
void           sk_indicator_set_aggregation (SkIndicator *self, SkAggregation value);
gboolean       sk_indicator_get_r12 (SkIndicator *self);
void           sk_indicator_set_r12 (SkIndicator *self, gboolean value);
double         sk_indicator_get_tolerance (SkIndicator *self);
void           sk_indicator_set_tolerance (SkIndicator *self, double value);
const char *   sk_indicator_get_description (SkIndicator *self);
void           sk_indicator_set_description (SkIndicator *self, const char * value);
int            sk_indicator_get_position (SkIndicator *self);
void           sk_indicator_set_position (SkIndicator *self, int value);
/* The plan year whose definition the object carries; 0 = the base definition. */
int            sk_indicator_get_year (SkIndicator *self);
void           sk_indicator_set_year (SkIndicator *self, int value);

G_END_DECLS
