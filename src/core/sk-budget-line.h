/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "sk-budget.h"

G_BEGIN_DECLS

#define SK_TYPE_BUDGET_LINE (sk_budget_line_get_type ())
G_DECLARE_FINAL_TYPE (SkBudgetLine, sk_budget_line, SK, BUDGET_LINE, GObject)

/* One row of the budget grid: a unit's line (revenue, staff costs, …) of
 * one kind (budget, outcome, forecast) in a year, with its year value
 * (month 0) and month values (1–12). A value not entered is NAN. A
 * snapshot: the store never changes it; read the list again on
 * ::changed::budget. */
SkBudgetLine     *sk_budget_line_new          (int year, gint64 unit_id, SkBudgetLineKind line,
                                               SkBudgetValueKind kind);

int               sk_budget_line_get_year     (SkBudgetLine *self);
gint64            sk_budget_line_get_unit_id  (SkBudgetLine *self);
SkBudgetLineKind  sk_budget_line_get_line     (SkBudgetLine *self);
SkBudgetValueKind sk_budget_line_get_kind     (SkBudgetLine *self);
/* @month 0: the year, 1–12: the month; NAN when not entered. */
double            sk_budget_line_get_value    (SkBudgetLine *self, guint month);
void              sk_budget_line_set_value    (SkBudgetLine *self, guint month, double value);
/* Whether any month (1–12) has a value. */
gboolean          sk_budget_line_has_months   (SkBudgetLine *self);

G_END_DECLS
