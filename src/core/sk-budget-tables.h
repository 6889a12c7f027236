/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-budget-figures.h"

G_BEGIN_DECLS

/* The follow-up tables of the internal budget as the report lays them
 * out (seed 001 section 5: 5.1 ackumulerad budgetavvikelse, 5.1.2
 * kostnadsutveckling, 5.1.3 intäktsutveckling, 5.2 prognos, 5.3.1
 * investeringar), as text for people: one unit a row, then the total
 * of the administration. The app's Budget view and the report show the
 * same tables; the CLI keeps its own for its TSV keys. */
typedef struct {
  char      *title;     /* "Ackumulerad budgetavvikelse" */
  guint      n_columns;
  char     **headers;   /* n_columns; the first is the unit */
  GPtrArray *rows;      /* char ** of n_columns texts ("−37 583", "2,2 %") */
} SkBudgetTable;

void       sk_budget_table_free    (SkBudgetTable *table);
/* The tables at @month (January–@month) for every unit of @data. */
GPtrArray *sk_budget_tables_build  (SkStore *store, SkBudgetData *data, guint month);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkBudgetTable, sk_budget_table_free)

G_END_DECLS
