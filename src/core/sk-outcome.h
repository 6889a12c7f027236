/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_OUTCOME (sk_outcome_get_type ())
G_DECLARE_FINAL_TYPE (SkOutcome, sk_outcome, SK, OUTCOME, SkRecord)

SkOutcome *sk_outcome_new (void);

gint64         sk_outcome_get_indicator_id (SkOutcome *self);
void           sk_outcome_set_indicator_id (SkOutcome *self, gint64 value);
gint64         sk_outcome_get_unit_id (SkOutcome *self);
void           sk_outcome_set_unit_id (SkOutcome *self, gint64 value);
const char *   sk_outcome_get_period (SkOutcome *self);
void           sk_outcome_set_period (SkOutcome *self, const char * value);
SkOutcomeKind  sk_outcome_get_kind (SkOutcome *self);
void           sk_outcome_set_kind (SkOutcome *self, SkOutcomeKind value);
double         sk_outcome_get_value (SkOutcome *self);
void           sk_outcome_set_value (SkOutcome *self, double value);
double         sk_outcome_get_numerator (SkOutcome *self);
void           sk_outcome_set_numerator (SkOutcome *self, double value);
double         sk_outcome_get_denominator (SkOutcome *self);
void           sk_outcome_set_denominator (SkOutcome *self, double value);
const char *   sk_outcome_get_missing_reason (SkOutcome *self);
void           sk_outcome_set_missing_reason (SkOutcome *self, const char * value);
const char *   sk_outcome_get_comment (SkOutcome *self);
void           sk_outcome_set_comment (SkOutcome *self, const char * value);
const char *   sk_outcome_get_changed_by (SkOutcome *self);
void           sk_outcome_set_changed_by (SkOutcome *self, const char * value);
const char *   sk_outcome_get_changed_at (SkOutcome *self);
void           sk_outcome_set_changed_at (SkOutcome *self, const char * value);
gboolean       sk_outcome_get_fictional (SkOutcome *self);
void           sk_outcome_set_fictional (SkOutcome *self, gboolean value);

/* No value, and a reason why (a gap, not a zero). */
gboolean       sk_outcome_is_missing (SkOutcome *self);

G_END_DECLS
