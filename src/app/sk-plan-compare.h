/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-plan-diff.h"

G_BEGIN_DECLS

#define SK_TYPE_PLAN_COMPARE (sk_plan_compare_get_type ())
G_DECLARE_FINAL_TYPE (SkPlanCompare, sk_plan_compare, SK, PLAN_COMPARE, AdwWindow)

/*
 * "Compare with 2025": what changed from @old_year's plan to @new_year's,
 * counts at the top and the rows grouped by kind. Activating a row shows
 * the item in the Goals or Indicators view of @parent (an SkWindow), in
 * the year that holds it, and closes the comparison.
 */
SkPlanCompare *sk_plan_compare_new      (GtkWindow  *parent,
                                         SkStore    *store,
                                         int         old_year,
                                         int         new_year,
                                         GError    **error);
SkPlanDiff    *sk_plan_compare_get_diff (SkPlanCompare *self);

G_END_DECLS
