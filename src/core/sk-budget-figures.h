/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store-budget.h"

G_BEGIN_DECLS

/*
 * Figures derived from the internal budget: the one definition the app,
 * the CLI, the report and the economy indicators use. All amounts in tkr,
 * percentages in per cent; absent figures are NAN.
 *
 * At month M of a year, for a unit (with or without the units under it)
 * or the whole administration, and a line:
 * - outcome: January–M's outcome, summed.
 * - budget: January–M's budget: the months' budget when the budget is
 *   periodised (the ledger's months, as the seed's −45 835 tkr for
 *   January–April of a −111 528 tkr year is), else the year's budget × M/12.
 * - deviation = outcome − budget (for investments budget − outcome, as
 *   spending less is the positive deviation).
 * - last_year: the same months of the year before; diff_last_year =
 *   outcome − last_year.
 * - development: the change of the amount against last year, in %
 *   ((|outcome| − |last_year|) / |last_year|), so growing costs are a
 *   positive development as the report prints them; budget_development
 *   the same for the budget; development_gap = deviation / |last_year|,
 *   in percentage points, positive when better than budget (5.1.2 and
 *   5.1.3 of the follow-up: "Skilln. mot budget").
 * - year_budget: the year's budget.
 * - forecast: the year's total as forecast in the latest report up to M
 *   (forecast_month); a unit without a forecast in it counts with its
 *   latest earlier forecast, else its budget (a zero forecast).
 *   forecast_deviation = forecast − year_budget (investments: year_budget
 *   − forecast); previous_deviation the same at the report before
 *   (previous_month) and forecast_change the difference.
 */
typedef struct {
  double outcome;
  double budget;
  double deviation;
  double last_year;
  double diff_last_year;
  double development;
  double budget_development;
  double development_gap;
  double year_budget;
  double forecast;
  double forecast_deviation;
  guint  forecast_month;      /* 0 without a forecast */
  double previous_deviation;
  guint  previous_month;      /* 0 without an earlier report */
  double forecast_change;
} SkBudgetFigures;

/* Which lines a figure adds up. */
typedef enum {
  SK_BUDGET_SUM_REVENUE    = 0, /* Intäkter */
  SK_BUDGET_SUM_COSTS      = 1, /* Personalkostnader + Övriga kostnader */
  SK_BUDGET_SUM_STAFF      = 2,
  SK_BUDGET_SUM_OTHER      = 3,
  SK_BUDGET_SUM_NET        = 4, /* Netto (or, for a unit without one, the sum of its lines) */
  SK_BUDGET_SUM_INVESTMENT = 5,
} SkBudgetSum;

/* The budget of @year and the year before, read once. */
typedef struct _SkBudgetData SkBudgetData;

SkBudgetData *sk_budget_data_load       (SkStore *store, int year);
void          sk_budget_data_free       (SkBudgetData *data);
int           sk_budget_data_get_year   (SkBudgetData *data);
/* Whether the year has any value of @kind for @sum's lines. */
gboolean      sk_budget_data_has        (SkBudgetData *data, SkBudgetSum sum, SkBudgetValueKind kind);
/* The latest month (1–12) with an outcome in the year, 0 when none. */
guint         sk_budget_data_last_month (SkBudgetData *data);
/* The units that have values in the year or the year before, or are in
 * its budget, in unit tree order (gint64 ids). */
GArray       *sk_budget_data_units      (SkBudgetData *data);

/* @unit_id 0: the whole administration (every unit); else the unit,
 * and with @subtree the units under it too. FALSE (and every figure
 * NAN) when none of it has data. */
gboolean      sk_budget_data_compute    (SkBudgetData    *data,
                                         guint            month,
                                         gint64           unit_id,
                                         gboolean         subtree,
                                         SkBudgetSum      sum,
                                         SkBudgetFigures *out);

/* For a chart of the year: @outcome[m − 1] and @budget[m − 1] the
 * accumulated outcome and budget through month m (1–12), NAN where there
 * is none (the outcome stops at the last month booked). */
void          sk_budget_data_series     (SkBudgetData    *data,
                                         gint64           unit_id,
                                         gboolean         subtree,
                                         SkBudgetSum      sum,
                                         double           outcome[12],
                                         double           budget[12]);

/* The value of an economy indicator linked to the budget (see
 * SkBudgetMeasure) at @month for the unit and the units under it, in
 * @measure_unit ("mnkr", "tkr", "%" …: amounts are tkr unless the unit
 * says mnkr), and for the developments (in %, with one decimal as the
 * report prints them) the budgeted one as @reference.
 * FALSE when the budget has no outcome up to that month. */
gboolean      sk_budget_data_measure    (SkBudgetData    *data,
                                         SkBudgetMeasure  measure,
                                         guint            month,
                                         gint64           unit_id,
                                         const char      *measure_unit,
                                         double          *value,
                                         double          *reference);

/* The outcomes an economy indicator shows for @unit_id from @from_period
 * to @to_period (YYYY-MM): the @stored ones, where the budget has a
 * figure for a period replaced by it (YTD for the accumulated figures,
 * with a REFERENCE row — the budgeted development — for the
 * developments; MONTH at each report for the forecasts; the stored
 * comment kept; id 0, as they are not stored). NULL when the indicator
 * is not linked to the budget (sk_store_set_budget_indicator): then
 * @stored stands as it is. sk_store_list_outcomes() calls it, so every
 * view, the CLI and the report see the same figure. */
GListModel   *sk_budget_indicator_outcomes (SkStore     *store,
                                            gint64       indicator_id,
                                            gint64       unit_id,
                                            const char  *from_period,
                                            const char  *to_period,
                                            GListModel  *stored);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkBudgetData, sk_budget_data_free)

G_END_DECLS
