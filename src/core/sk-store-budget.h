/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"
#include "sk-budget.h"
#include "sk-budget-line.h"
#include "sk-budget-assumption.h"
#include "sk-budget-proposal.h"

G_BEGIN_DECLS

/* The internal budget in the store (schema v4; sk-store-budget.c). Keyed
 * by year, so last year's outcome can be kept without a plan for it.
 *
 * The budget itself — the units and their financing, budget values,
 * assumptions and proposals — is the plan's content: once the year's plan
 * is adopted every change of it is refused with SK_STORE_ERROR_ADOPTED.
 * Outcomes and forecasts are follow-up and stay open. Every change is
 * audited (entity "budget", "budget_assumption", "budget_proposal") and
 * announced as ::changed::budget. sk_store_copy_plan() gives the new
 * year the old one's budget units, their financing and its assumptions
 * (not its amounts nor proposals). */

typedef struct {
  gint64            unit_id;
  SkBudgetFinancing financing;
} SkBudgetUnitEntry;

/* The units of @year's budget (SkBudgetUnitEntry), in unit tree order. */
GArray       *sk_store_list_budget_units   (SkStore *self, int year);
/* Adds the unit to the budget, or changes its financing. */
gboolean      sk_store_set_budget_unit     (SkStore *self, int year, gint64 unit_id,
                                            SkBudgetFinancing financing, GError **error);
/* Takes the unit and its budget values out of @year's budget (its
 * outcomes and forecasts stay). */
gboolean      sk_store_remove_budget_unit  (SkStore *self, int year, gint64 unit_id, GError **error);

/* One value in tkr; @month 0 the whole year, 1–12 a month (outcomes and
 * forecasts need a month). @value NAN removes it. A budget value puts
 * the unit in the budget (revenue-financed) when it was not. */
gboolean      sk_store_set_budget_value    (SkStore *self, int year, gint64 unit_id,
                                            SkBudgetLineKind line, SkBudgetValueKind kind,
                                            guint month, double value, GError **error);
/* NAN when none. */
double        sk_store_get_budget_value    (SkStore *self, int year, gint64 unit_id,
                                            SkBudgetLineKind line, SkBudgetValueKind kind,
                                            guint month);
/* The unit's line of @kind with every value (NAN where none); never NULL. */
SkBudgetLine *sk_store_get_budget_line     (SkStore *self, int year, gint64 unit_id,
                                            SkBudgetLineKind line, SkBudgetValueKind kind);
/* Writes all 13 values of @line (NAN removes) in one transaction: a
 * grid row, a paste. Unchanged values are not touched nor audited. */
gboolean      sk_store_set_budget_line     (SkStore *self, SkBudgetLine *line, GError **error);
/* Every (unit, line) of @kind in @year that has a value (SkBudgetLine
 * items), in unit tree order, then by line. */
GListModel   *sk_store_list_budget_lines   (SkStore *self, int year, SkBudgetValueKind kind);
/* The rows of an entry grid: for every unit of @year's budget (and any
 * other unit with values of @kind that year), in unit tree order, one
 * SkBudgetLine per line (revenue, staff, other, net, investment), empty
 * (NAN) where nothing is entered. */
GListModel   *sk_store_list_budget_rows    (SkStore *self, int year, SkBudgetValueKind kind);
/* Whether @year has any budget value of any kind. */
gboolean      sk_store_has_budget          (SkStore *self, int year);
/* The months (1–12) of @year in which a forecast was made, ascending. */
GArray       *sk_store_list_forecast_months (SkStore *self, int year);

/* Every value of the years @from_year to @to_year (SkBudgetValue), for
 * the figures and the export. */
typedef struct {
  int               year;
  gint64            unit_id;
  SkBudgetLineKind  line;
  SkBudgetValueKind kind;
  guint             month;
  double            value;
  const char       *changed_by; /* interned */
  const char       *changed_at; /* interned */
} SkBudgetValue;
GArray       *sk_store_list_budget_values  (SkStore *self, int from_year, int to_year);
/* The years that have any budget value, assumption or proposal, ascending. */
GArray       *sk_store_list_budget_years   (SkStore *self);
/* As sk_store_set_budget_value, but keeps who and when (for imports). */
gboolean      sk_store_import_budget_value (SkStore *self, const SkBudgetValue *value, GError **error);

/* ---- Economy indicators computed from the budget ---- */
/* Links @indicator_id to a figure of the budget; @measure −1 unlinks. */
gboolean      sk_store_set_budget_indicator (SkStore *self, gint64 indicator_id, int measure, GError **error);
/* The measure (SkBudgetMeasure) or −1 when the indicator is not linked. */
int           sk_store_get_budget_measure   (SkStore *self, gint64 indicator_id);

/* Whether the indicator is linked to the budget and the budget has
 * outcomes or forecasts in @year: its figures there are the budget's. */
gboolean      sk_store_budget_gives         (SkStore *self, gint64 indicator_id, int year);

/* ---- Assumptions ---- */
GListModel   *sk_store_list_budget_assumptions (SkStore *self, int year); /* SkBudgetAssumption, by position */
/* Adds @a (its id is set) or, with an id, writes every field of it. */
gboolean      sk_store_save_budget_assumption  (SkStore *self, SkBudgetAssumption *a, GError **error);
gboolean      sk_store_remove_budget_assumption (SkStore *self, SkBudgetAssumption *a, GError **error);

/* ---- Development proposals ---- */
GListModel   *sk_store_list_budget_proposals   (SkStore *self, int year); /* SkBudgetProposal, by position */
gboolean      sk_store_save_budget_proposal    (SkStore *self, SkBudgetProposal *p, GError **error);
gboolean      sk_store_remove_budget_proposal  (SkStore *self, SkBudgetProposal *p, GError **error);

G_END_DECLS
