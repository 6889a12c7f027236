/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The four balanced-scorecard perspectives of the plan's section 4.1. */
typedef enum {
  SK_PERSPECTIVE_TARGET_GROUP = 0, /* Målgrupp */
  SK_PERSPECTIVE_OPERATIONS   = 1, /* Verksamhet */
  SK_PERSPECTIVE_STAFF        = 2, /* Medarbetare */
  SK_PERSPECTIVE_FINANCE      = 3, /* Ekonomi */
  SK_N_PERSPECTIVES
} SkPerspective;

/* Which way is better: decides a target written without a comparator. */
typedef enum {
  SK_DIRECTION_HIGHER = 0,
  SK_DIRECTION_LOWER  = 1,
} SkDirection;

typedef enum {
  SK_FREQUENCY_MONTH   = 0,
  SK_FREQUENCY_TERTIAL = 1,
  SK_FREQUENCY_YEAR    = 2,
} SkFrequency;

/* How month values combine into year-to-date, tertial and R12 figures. */
typedef enum {
  SK_AGGREGATION_SUM    = 0,
  SK_AGGREGATION_MEAN   = 1,
  SK_AGGREGATION_LATEST = 2,
  SK_AGGREGATION_RATIO  = 3, /* sum of numerators / sum of denominators */
} SkAggregation;

typedef enum {
  SK_PLAN_DRAFT   = 0,
  SK_PLAN_ADOPTED = 1,
} SkPlanStatus;

/* What an outcome row holds: a month's own value, or a figure a source
 * system reported already accumulated. */
typedef enum {
  SK_OUTCOME_MONTH = 0,
  SK_OUTCOME_YTD   = 1,
  SK_OUTCOME_R12   = 2,
  SK_OUTCOME_REFERENCE = 3, /* the figure a target like "Enligt budget" refers to */
} SkOutcomeKind;

typedef enum {
  SK_ASSESSMENT_NOT_ASSESSED = 0, /* ej bedömd */
  SK_ASSESSMENT_MET          = 1, /* uppfyllt */
  SK_ASSESSMENT_PARTLY       = 2, /* delvis uppfyllt */
  SK_ASSESSMENT_NOT_MET      = 3, /* ej uppfyllt */
} SkAssessment;

typedef enum {
  SK_STATUS_NO_VALUE  = 0,
  SK_STATUS_NO_TARGET = 1,
  SK_STATUS_MET       = 2,
  SK_STATUS_NEAR      = 3,
  SK_STATUS_NOT_MET   = 4,
  /* The target is written in another unit than the indicator ("834 st"
   * for a share in %): the value cannot be judged against it. */
  SK_STATUS_NOT_COMPARABLE = 5,
} SkStatus;

typedef enum {
  SK_COMPARATOR_NONE = 0, /* direction decides: ≥ when higher is better */
  SK_COMPARATOR_GT,
  SK_COMPARATOR_GE,
  SK_COMPARATOR_LT,
  SK_COMPARATOR_LE,
  SK_COMPARATOR_EQ,
} SkComparator;

typedef enum {
  SK_TARGET_EMPTY = 0,     /* nothing written */
  SK_TARGET_VALUE,         /* ">95 %", "16 mån", "56 632" */
  SK_TARGET_RELATIVE,      /* "ökning med 20% mot utfall 2024-12-31", "Bibehålla antal utifrån …" */
  SK_TARGET_REFERENCE,     /* "Enligt budget", "Enligt produktionsplan" */
  SK_TARGET_UNMEASURABLE,  /* kept as written, with a reason (also an undecided "X eller Y") */
} SkTargetKind;

/* How the year is counted for the figure a target is checked against,
 * as written beside the rule; NONE leaves it to the indicator. */
typedef enum {
  SK_QUALIFIER_NONE = 0,
  SK_QUALIFIER_YTD,        /* "ackumulerat": the year-to-date sum */
  SK_QUALIFIER_YTD_MEAN,   /* "ackumulerat medelvärde": the year-to-date mean */
  SK_QUALIFIER_R12,        /* "R12", "rullande 12": the rolling twelve months */
  SK_QUALIFIER_MEAN,       /* "medel", "genomsnitt", "snitt": the mean of the year's months */
} SkTargetQualifier;

/* Stable machine names, used in the database, JSON and TSV output.
 * The *_from_string functions return FALSE for an unknown name. */
const char *sk_perspective_to_string  (SkPerspective  p);
gboolean    sk_perspective_from_string (const char *s, SkPerspective *out);
const char *sk_perspective_label      (SkPerspective  p); /* translated: "Målgrupp" */

const char *sk_direction_to_string    (SkDirection d);
gboolean    sk_direction_from_string  (const char *s, SkDirection *out);

const char *sk_frequency_to_string    (SkFrequency f);
gboolean    sk_frequency_from_string  (const char *s, SkFrequency *out);
const char *sk_frequency_label        (SkFrequency f);

const char *sk_aggregation_to_string  (SkAggregation a);
gboolean    sk_aggregation_from_string (const char *s, SkAggregation *out);

const char *sk_plan_status_to_string  (SkPlanStatus s);
gboolean    sk_plan_status_from_string (const char *s, SkPlanStatus *out);

const char *sk_outcome_kind_to_string (SkOutcomeKind k);
gboolean    sk_outcome_kind_from_string (const char *s, SkOutcomeKind *out);

const char *sk_assessment_to_string   (SkAssessment a);
gboolean    sk_assessment_from_string (const char *s, SkAssessment *out);
const char *sk_assessment_label       (SkAssessment a);

const char *sk_status_to_string       (SkStatus s);
const char *sk_status_label           (SkStatus s); /* translated: "uppfyllt" */
const char *sk_status_mark            (SkStatus s); /* non-colour mark: ✓ ≈ ✗ – · ≠ */
/* TRUE when a value was held against a target: met, near, not met, or
 * not comparable (a target in another unit); views then show the mark. */
gboolean    sk_status_is_judged       (SkStatus s);

const char *sk_target_qualifier_to_string (SkTargetQualifier q); /* "ytd", "ytd-mean", "r12", "mean", "" */
const char *sk_target_qualifier_label (SkTargetQualifier q); /* translated: "årets ackumulerade summa"; "" for NONE */

G_END_DECLS
