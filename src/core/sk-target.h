/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_TARGET (sk_target_get_type ())
G_DECLARE_FINAL_TYPE (SkTarget, sk_target, SK, TARGET, GObject)

/*
 * A målvärde as people write it, and the rule it was understood as.
 * The written text is the truth and is never changed by parsing; the
 * parsed fields are derived from it (set-text reparses).
 */
SkTarget     *sk_target_new             (const char *text);

const char   *sk_target_get_text        (SkTarget *self);
void          sk_target_set_text        (SkTarget *self, const char *text);

SkTargetKind  sk_target_get_kind        (SkTarget *self);
SkComparator  sk_target_get_comparator  (SkTarget *self);
double        sk_target_get_value       (SkTarget *self); /* VALUE: the number */
const char   *sk_target_get_measure_unit (SkTarget *self); /* "%", "min", "mån", "st", "tkr", "mnkr", "" */
double        sk_target_get_change      (SkTarget *self); /* RELATIVE: +0.20 for "ökning med 20%", 0 to keep */
const char   *sk_target_get_baseline_date (SkTarget *self); /* RELATIVE: "2024-12-31"; NULL when it keeps the level */
const char   *sk_target_get_reference   (SkTarget *self); /* REFERENCE: "budget", "produktionsplan" */
const char   *sk_target_get_reason      (SkTarget *self); /* UNMEASURABLE: why, translated */

/* The note written after a slash (">90 % / gäller vardagar" → "gäller
 * vardagar"), shown beside the rule and never checked; NULL without. */
const char   *sk_target_get_note        (SkTarget *self);
/* How the year is counted for the checked figure ("ackumulerat", "R12",
 * "medelvärde"); NONE when the text does not say. */
SkTargetQualifier sk_target_get_qualifier (SkTarget *self);
/* Two values offered as alternatives ("85 % eller 90 %"): not decided
 * yet. The kind is UNMEASURABLE and the reason says so. */
gboolean      sk_target_is_undecided    (SkTarget *self);
/* "Bibehålla nivån", "oförändrat": a RELATIVE target (change 0) without a
 * baseline date, meaning at least last year's year-end outcome. */
gboolean      sk_target_keeps_level     (SkTarget *self);

gboolean      sk_target_is_measurable   (SkTarget *self); /* VALUE, RELATIVE or REFERENCE */
/* FALSE when the target is written in another unit than the indicator is
 * measured in ("834 st" for a share in %): it cannot judge the values. */
gboolean      sk_target_unit_matches    (SkTarget *self, const char *measure_unit);

/* Canonical Swedish text of the rule (">95 %", "<14,5 %", "56 632"): parsing it gives the same rule. */
char         *sk_target_format          (SkTarget *self);
/* How it was understood, for people: "större än 95 %", or the reason it is not measurable. */
char         *sk_target_describe        (SkTarget *self, SkDirection direction);

/*
 * The threshold the value is compared with: the number for VALUE; for
 * RELATIVE, baseline × (1 + change); for REFERENCE, @reference_value.
 * Returns FALSE when it cannot be known (no baseline / reference figure).
 */
gboolean      sk_target_threshold       (SkTarget *self,
                                         double    baseline,
                                         double    reference_value,
                                         double   *threshold);

/*
 * Status of @value against this target. Pass NAN for @baseline or
 * @reference_value when not known. @tolerance is a fraction of the
 * threshold (0.05 = 5 %): a value that misses but lies within it is NEAR.
 * ">95" is met by 95.1 and not by 95.0; "≥"/"minst" includes 95.0.
 * NAN @value gives NO_VALUE; EMPTY or UNMEASURABLE (or an unknown
 * threshold) gives NO_TARGET.
 */
SkStatus      sk_target_evaluate        (SkTarget   *self,
                                         SkDirection direction,
                                         double      value,
                                         double      tolerance,
                                         double      baseline,
                                         double      reference_value);

G_END_DECLS
