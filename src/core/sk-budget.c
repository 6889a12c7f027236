/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-budget"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-budget.h"

typedef struct {
  int         value;
  const char *name;
  const char *label;
  const char *swedish;  /* as a Swedish ledger or file writes it, whatever the locale */
} Entry;

static const char *
to_string (const Entry *entries, guint n, int value)
{
  for (guint i = 0; i < n; i++)
    if (entries[i].value == value)
      return entries[i].name;
  return NULL;
}

static const char *
to_label (const Entry *entries, guint n, int value)
{
  for (guint i = 0; i < n; i++)
    if (entries[i].value == value)
      return _(entries[i].label);
  return "";
}

/* The machine name, the English label or the translated one; for the
 * label also its first word ("Personalkostnader" for "staff"). */
static gboolean
from_string (const Entry *entries, guint n, const char *s, int *out)
{
  g_autofree char *folded = NULL;

  if (s == NULL)
    return FALSE;
  folded = g_utf8_casefold (s, -1);
  for (guint i = 0; i < n; i++)
    {
      const char *labels[] = { entries[i].name, entries[i].label, _(entries[i].label),
                               entries[i].swedish ? entries[i].swedish : entries[i].name };

      for (guint j = 0; j < G_N_ELEMENTS (labels); j++)
        {
          g_autofree char *l = g_utf8_casefold (labels[j], -1);
          g_auto(GStrv) words = g_strsplit (l, " ", 2);

          if (g_strcmp0 (l, folded) == 0 || g_strcmp0 (words[0], folded) == 0)
            {
              *out = entries[i].value;
              return TRUE;
            }
        }
    }
  return FALSE;
}

#define FUNCS(prefix, Type, table) \
  const char *prefix##_to_string (Type v) { return to_string (table, G_N_ELEMENTS (table), v); } \
  const char *prefix##_label (Type v) { return to_label (table, G_N_ELEMENTS (table), v); } \
  gboolean prefix##_from_string (const char *s, Type *out) \
  { int v; if (!from_string (table, G_N_ELEMENTS (table), s, &v)) return FALSE; *out = (Type) v; return TRUE; }

static const Entry lines[] = {
  { SK_BUDGET_LINE_REVENUE,    "revenue",    N_("Revenue"), "Intäkter" },
  { SK_BUDGET_LINE_STAFF,      "staff",      N_("Staff costs"), "Personalkostnader" },
  { SK_BUDGET_LINE_OTHER,      "other",      N_("Other costs"), "Övriga kostnader" },
  { SK_BUDGET_LINE_NET,        "net",        N_("Net"), "Netto" },
  { SK_BUDGET_LINE_INVESTMENT, "investment", N_("Investments"), "Investeringar" },
};
FUNCS (sk_budget_line, SkBudgetLineKind, lines)

static const Entry values[] = {
  { SK_BUDGET_VALUE_BUDGET,   "budget",   N_("Budget"), "Budget" },
  { SK_BUDGET_VALUE_OUTCOME,  "outcome",  N_("Outcome"), "Utfall" },
  { SK_BUDGET_VALUE_FORECAST, "forecast", N_("Forecast"), "Prognos" },
};
FUNCS (sk_budget_value, SkBudgetValueKind, values)

static const Entry financings[] = {
  { SK_BUDGET_REVENUE_FINANCED, "revenue", N_("Revenue-financed, result budget"), "Intäktsfinansierad" },
  { SK_BUDGET_GRANT_FINANCED,   "grant",   N_("Grant-financed, net cost budget"), "Anslagsfinansierad" },
};
FUNCS (sk_budget_financing, SkBudgetFinancing, financings)

static const Entry assumptions[] = {
  { SK_BUDGET_ASSUMPTION_INDEXATION,   "indexation",   N_("Indexation"), "Uppräkning" },
  { SK_BUDGET_ASSUMPTION_EFFICIENCY,   "efficiency",   N_("Efficiency requirement"), "Effektivisering" },
  { SK_BUDGET_ASSUMPTION_CARE_PAYMENT, "care-payment", N_("Care payment per care point"), "Hälso- och sjukvårdspeng" },
  { SK_BUDGET_ASSUMPTION_OTHER,        "other",        N_("Other assumption"), "Annat" },
};
FUNCS (sk_budget_assumption, SkBudgetAssumptionKind, assumptions)

static const Entry measures[] = {
  { SK_BUDGET_MEASURE_ACCUMULATED_DEVIATION, "accumulated-deviation", N_("Accumulated budget deviation") },
  { SK_BUDGET_MEASURE_FORECAST_DEVIATION,    "forecast-deviation",    N_("Forecast budget deviation") },
  { SK_BUDGET_MEASURE_COST_DEVELOPMENT,      "cost-development",      N_("Cost development") },
  { SK_BUDGET_MEASURE_REVENUE_DEVELOPMENT,   "revenue-development",   N_("Revenue development") },
  { SK_BUDGET_MEASURE_INVESTMENT_DEVIATION,  "investment-deviation",  N_("Forecast investment budget deviation") },
};
FUNCS (sk_budget_measure, SkBudgetMeasure, measures)

gboolean
sk_budget_line_is_cost (SkBudgetLineKind line)
{
  return line == SK_BUDGET_LINE_STAFF || line == SK_BUDGET_LINE_OTHER;
}
