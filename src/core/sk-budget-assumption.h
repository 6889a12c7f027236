/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-budget.h"

G_BEGIN_DECLS

#define SK_TYPE_BUDGET_ASSUMPTION (sk_budget_assumption_get_type ())
G_DECLARE_FINAL_TYPE (SkBudgetAssumption, sk_budget_assumption, SK, BUDGET_ASSUMPTION, SkRecord)

/* An assumption the plan states for its budget: "Uppräkning 4,5 %",
 * "Effektivisering −1,5 %", "Hälso- och sjukvårdspeng 3 548 kr per
 * vårdpoäng". @value NAN when the assumption is only words. */
SkBudgetAssumption    *sk_budget_assumption_new (void);

int                    sk_budget_assumption_get_year (SkBudgetAssumption *self);
void                   sk_budget_assumption_set_year (SkBudgetAssumption *self, int year);
int                    sk_budget_assumption_get_position (SkBudgetAssumption *self);
void                   sk_budget_assumption_set_position (SkBudgetAssumption *self, int position);
SkBudgetAssumptionKind sk_budget_assumption_get_kind (SkBudgetAssumption *self);
void                   sk_budget_assumption_set_kind (SkBudgetAssumption *self, SkBudgetAssumptionKind kind);
double                 sk_budget_assumption_get_value (SkBudgetAssumption *self);
void                   sk_budget_assumption_set_value (SkBudgetAssumption *self, double value);
/* "%", "kr per vårdpoäng", "tkr", … */
const char            *sk_budget_assumption_get_measure_unit (SkBudgetAssumption *self);
void                   sk_budget_assumption_set_measure_unit (SkBudgetAssumption *self, const char *unit);
const char            *sk_budget_assumption_get_text (SkBudgetAssumption *self);
void                   sk_budget_assumption_set_text (SkBudgetAssumption *self, const char *text);

G_END_DECLS
