/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

/* Shared by sk-store-budget.c and sk-store-budget-plan.c. */
gboolean sk_store_budget_check_editable (SkStore *self, int year, GError **error);
gboolean sk_store_budget_check_year     (int year, GError **error);
char    *sk_store_budget_number_text    (double value);

/* The ids (gint64) of the indicators linked to the budget. */
GArray *sk_store_budget_linked_indicators (SkStore *self);

/* For sk_store_list_outcome_units_between(): an economy indicator linked
 * to the budget (?1) has figures in every unit whose units (it and those
 * under it) have a budget outcome or forecast from period ?2 to ?3
 * (YYYY-MM), so those units are listed as having outcomes. A subquery
 * of unit ids. */
#define SK_STORE_BUDGET_FIGURE_UNITS \
  "WITH RECURSIVE up(id) AS (" \
  "  SELECT DISTINCT unit_id FROM budget_value" \
  "  WHERE EXISTS (SELECT 1 FROM budget_indicator WHERE indicator_id = ?1) AND kind IN (1, 2)" \
  "   AND year * 100 + month BETWEEN CAST(replace(?2, '-', '') AS INTEGER) AND CAST(replace(?3, '-', '') AS INTEGER)" \
  "  UNION SELECT p.parent_id FROM unit p JOIN up ON p.id = up.id WHERE p.parent_id IS NOT NULL)" \
  " SELECT id FROM up"
