/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The internal budget (internbudget) of a plan year, in tkr (thousands of
 * kronor), per unit. Costs are negative and revenue positive, as the
 * ledger and the follow-up report write them: a deviation is always
 * outcome − budget, and positive is good.
 *
 * Each (year, unit, line, kind) holds up to 13 values: index 0 is the
 * whole year, 1–12 the months. A budget gives its months (the ledger's
 * periodisation) or only the year; an outcome gives months; a forecast
 * gives, in the month it was made (the report period), the year's
 * expected total. */

typedef enum {
  SK_BUDGET_LINE_REVENUE    = 0, /* Intäkter: the revenue of the intäktsutveckling table */
  SK_BUDGET_LINE_STAFF      = 1, /* Personalkostnader */
  SK_BUDGET_LINE_OTHER      = 2, /* Övriga kostnader */
  /* Netto (resultat / nettokostnad): entered on its own, as the report
   * does; it includes the financing (hälso- och sjukvårdspeng, anslag)
   * the revenue line leaves out. A unit without a net line gets the
   * sum of its other lines. */
  SK_BUDGET_LINE_NET        = 3,
  SK_BUDGET_LINE_INVESTMENT = 4, /* Investeringar: budget per year, spent as positive tkr */
  SK_N_BUDGET_LINES
} SkBudgetLineKind;

typedef enum {
  SK_BUDGET_VALUE_BUDGET   = 0, /* plan content: locked once the plan is adopted */
  SK_BUDGET_VALUE_OUTCOME  = 1, /* follow-up: month by month */
  SK_BUDGET_VALUE_FORECAST = 2, /* follow-up: the year's total as forecast in that month's report */
  SK_N_BUDGET_VALUES
} SkBudgetValueKind;

typedef enum {
  SK_BUDGET_REVENUE_FINANCED = 0, /* intäktsfinansierad: resultatbudget */
  SK_BUDGET_GRANT_FINANCED   = 1, /* anslagsfinansierad: nettokostnadsbudget */
} SkBudgetFinancing;

/* The assumptions the plan states for its budget. */
typedef enum {
  SK_BUDGET_ASSUMPTION_INDEXATION   = 0, /* uppräkning (index), e.g. 4,5 % */
  SK_BUDGET_ASSUMPTION_EFFICIENCY   = 1, /* effektivisering, e.g. −1,5 % */
  SK_BUDGET_ASSUMPTION_CARE_PAYMENT = 2, /* hälso- och sjukvårdspeng, kr per vårdpoäng */
  SK_BUDGET_ASSUMPTION_OTHER        = 3, /* any other stated figure (demografi, verksamhetsutveckling, …) */
} SkBudgetAssumptionKind;

/* The figure of the budget an economy indicator of the register shows
 * (sk_store_set_budget_indicator): its outcomes are then computed from
 * the budget wherever the budget has data, in the indicator's measure
 * unit (tkr, mnkr or %). */
typedef enum {
  SK_BUDGET_MEASURE_ACCUMULATED_DEVIATION = 0, /* Ackumulerad budgetavvikelse: net outcome − budget, year to date */
  SK_BUDGET_MEASURE_FORECAST_DEVIATION    = 1, /* Prognos budgetavvikelse: net forecast − year budget */
  SK_BUDGET_MEASURE_COST_DEVELOPMENT      = 2, /* Kostnadsutveckling, %; reference: the budgeted one */
  SK_BUDGET_MEASURE_REVENUE_DEVELOPMENT   = 3, /* Intäktsutveckling, %; reference: the budgeted one */
  SK_BUDGET_MEASURE_INVESTMENT_DEVIATION  = 4, /* Prognos investeringsbudgetavvikelse: year budget − forecast */
  SK_N_BUDGET_MEASURES
} SkBudgetMeasure;

/* Machine names for files and the CLI ("revenue", "staff", "other",
 * "net", "investment"; "budget", "outcome", "forecast"; "revenue",
 * "grant"; "indexation", "efficiency", "care-payment", "other";
 * "accumulated-deviation", "forecast-deviation", "cost-development",
 * "revenue-development", "investment-deviation"), and the
 * translated labels ("Intäkter", …). from_string also takes the Swedish
 * label and its first word, case-insensitively. */
const char *sk_budget_line_to_string       (SkBudgetLineKind line);
gboolean    sk_budget_line_from_string     (const char *s, SkBudgetLineKind *out);
const char *sk_budget_line_label           (SkBudgetLineKind line);
const char *sk_budget_value_to_string      (SkBudgetValueKind kind);
gboolean    sk_budget_value_from_string    (const char *s, SkBudgetValueKind *out);
const char *sk_budget_value_label          (SkBudgetValueKind kind);
const char *sk_budget_financing_to_string  (SkBudgetFinancing f);
gboolean    sk_budget_financing_from_string (const char *s, SkBudgetFinancing *out);
const char *sk_budget_financing_label      (SkBudgetFinancing f); /* "Intäktsfinansierad resultatbudget" */
const char *sk_budget_assumption_to_string (SkBudgetAssumptionKind k);
gboolean    sk_budget_assumption_from_string (const char *s, SkBudgetAssumptionKind *out);
const char *sk_budget_assumption_label     (SkBudgetAssumptionKind k);

const char *sk_budget_measure_to_string    (SkBudgetMeasure m);
gboolean    sk_budget_measure_from_string  (const char *s, SkBudgetMeasure *out);
const char *sk_budget_measure_label        (SkBudgetMeasure m);

/* Whether a line is a cost line (staff or other). */
gboolean    sk_budget_line_is_cost         (SkBudgetLineKind line);

#define SK_BUDGET_MONTHS 12
/* Up to five years of net cost for a development proposal. */
#define SK_BUDGET_PROPOSAL_YEARS 5

G_END_DECLS
