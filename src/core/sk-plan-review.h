/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/*
 * What a planner should look over before the board adopts a plan year.
 * Warnings never block anything: adopting with warnings stays possible.
 */
typedef enum {
  SK_REVIEW_DIRECTION_CONTRADICTS, /* "<65" while higher is better */
  SK_REVIEW_DIRECTION_FLIPPED,     /* ">65" last year, "<65" this year */
  SK_REVIEW_SHARE_OUT_OF_RANGE,    /* "120 %" */
  SK_REVIEW_BASELINE_NOT_YEAR_END, /* "utfall 2024-12-31" in the 2026 plan */
  SK_REVIEW_UNCHECKABLE,           /* not understood, or in another unit */
  SK_REVIEW_NOT_IN_REGISTER,       /* linked to a goal, missing from the register */
  SK_REVIEW_NO_TARGET,
  SK_N_REVIEW_KINDS
} SkReviewKind;

typedef struct {
  SkReviewKind  kind;
  gint64        indicator_id;
  char         *indicator_name;  /* as the plan year names it */
  gint64        board_goal_id;   /* NOT_IN_REGISTER: the goal; else 0 */
  char         *message;         /* translated, for people */
} SkReviewWarning;

#define SK_TYPE_REVIEW_WARNING (sk_review_warning_get_type ())
GType            sk_review_warning_get_type (void) G_GNUC_CONST;
SkReviewWarning *sk_review_warning_copy     (const SkReviewWarning *warning);
void             sk_review_warning_free     (SkReviewWarning *warning);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkReviewWarning, sk_review_warning_free)

/* Stable machine name ("direction-flipped"), for TSV and tests. */
const char      *sk_review_kind_to_string   (SkReviewKind kind);

/*
 * The warnings for one indicator's target in @year's plan, as if its
 * target were @target_text (NULL: the stored one) — the editor passes
 * what is being typed. @board_goal_id ≠ 0: the indicator is shown under
 * that goal, so its absence from the register is a warning too.
 * Returns SkReviewWarning items (never NULL).
 */
GPtrArray       *sk_plan_review_check_indicator (SkStore     *store,
                                                 int          year,
                                                 SkIndicator *indicator,
                                                 const char  *target_text,
                                                 gint64       board_goal_id);
/* Every warning of @year's plan: the register in its order, then the
 * goals' indicators that are missing from it, then the work-environment
 * plan's indicators that are in neither. */
GPtrArray       *sk_plan_review_check_plan      (SkStore     *store,
                                                 int          year);

G_END_DECLS
