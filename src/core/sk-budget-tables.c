/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-budget"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sk-budget-tables.h"
#include "sk-format.h"

/* Built from sk_budget_data_compute, as the CLI's budget command: each
 * unit on its own (their rows add up to the total), then unit 0. */

void
sk_budget_table_free (SkBudgetTable *table)
{
  if (table == NULL)
    return;
  g_free (table->title);
  g_strfreev (table->headers);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static SkBudgetTable *
table_new (const char *title, const char * const *headers, guint n)
{
  SkBudgetTable *table = g_new0 (SkBudgetTable, 1);

  table->title = g_strdup (title);
  table->n_columns = n;
  table->headers = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    table->headers[i] = g_strdup (_(headers[i]));
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

static char *
amount (double value)
{
  return isnan (value) ? g_strdup ("–") : sk_format_number (round (value), 0);
}

static char *
percent (double value)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("–");
  number = sk_format_number (round (value * 10) / 10, 1);
  return g_strdup_printf ("%s %%", number);
}

static char *
unit_label (SkStore *store, gint64 unit_id)
{
  g_autoptr(SkUnit) unit = unit_id > 0 ? sk_store_get_unit (store, unit_id) : NULL;

  /* TRANSLATORS: the row of the whole administration in the budget tables */
  return g_strdup (unit != NULL ? sk_unit_get_name (unit) : _("Total"));
}

static void
add_row (SkBudgetTable *table, char *unit, char **cells)
{
  char **row = g_new0 (char *, table->n_columns + 1);

  row[0] = unit;
  for (guint c = 1; c < table->n_columns; c++)
    row[c] = cells[c - 1];
  g_ptr_array_add (table->rows, row);
}

GPtrArray *
sk_budget_tables_build (SkStore      *store,
                        SkBudgetData *data,
                        guint         month)
{
  static const char * const accumulated[] = {
    N_("Unit"), N_("Acc. result"), N_("Acc. budget"), N_("Acc. deviation"),
  };
  static const char * const development[] = {
    N_("Unit"), N_("Acc. outcome last year"), N_("Acc. outcome this year"), N_("Diff. against last year"),
    N_("Acc. budget this year"), N_("Diff. against budget"), N_("Development against last year"),
    N_("Budgeted development"), N_("Diff. against budget, %"),
  };
  static const char * const forecast[] = {
    N_("Unit"), N_("Acc. outcome"), N_("Year forecast"), N_("Year budget"), N_("Deviation"),
    N_("Deviation in the previous report"), N_("Change since the previous report"),
  };
  g_autoptr(GArray) units = sk_budget_data_units (data);
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_budget_table_free);
  SkBudgetTable *acc, *costs, *revenue, *fc, *inv;

  acc = table_new (_("Accumulated budget deviation"), accumulated, G_N_ELEMENTS (accumulated));
  costs = table_new (_("Cost development"), development, G_N_ELEMENTS (development));
  revenue = table_new (_("Revenue development"), development, G_N_ELEMENTS (development));
  fc = table_new (_("Forecast budget deviation"), forecast, G_N_ELEMENTS (forecast));
  inv = table_new (_("Forecast investment budget deviation"), forecast, G_N_ELEMENTS (forecast));
  g_ptr_array_add (tables, acc);
  g_ptr_array_add (tables, costs);
  g_ptr_array_add (tables, revenue);
  g_ptr_array_add (tables, fc);
  g_ptr_array_add (tables, inv);

  for (guint i = 0; i <= units->len; i++)
    {
      gint64 unit = i < units->len ? g_array_index (units, gint64, i) : 0;
      SkBudgetFigures f;

      if (sk_budget_data_compute (data, month, unit, FALSE, SK_BUDGET_SUM_NET, &f))
        {
          char *cells[] = { amount (f.outcome), amount (f.budget), amount (f.deviation) };

          add_row (acc, unit_label (store, unit), cells);
          if (f.forecast_month != 0)
            {
              char *fcells[] = { amount (f.outcome), amount (f.forecast), amount (f.year_budget),
                                 amount (f.forecast_deviation), amount (f.previous_deviation),
                                 amount (f.forecast_change) };

              add_row (fc, unit_label (store, unit), fcells);
            }
        }
      for (guint t = 0; t < 2; t++)
        {
          SkBudgetSum sum = t == 0 ? SK_BUDGET_SUM_COSTS : SK_BUDGET_SUM_REVENUE;

          if (sk_budget_data_compute (data, month, unit, FALSE, sum, &f)
              && !(isnan (f.outcome) && isnan (f.last_year)))
            {
              char *cells[] = { amount (f.last_year), amount (f.outcome), amount (f.diff_last_year),
                                amount (f.budget), amount (f.deviation), percent (f.development),
                                percent (f.budget_development), percent (f.development_gap) };

              add_row (t == 0 ? costs : revenue, unit_label (store, unit), cells);
            }
        }
      if (sk_budget_data_compute (data, month, unit, FALSE, SK_BUDGET_SUM_INVESTMENT, &f)
          && f.forecast_month != 0)
        {
          char *cells[] = { amount (f.outcome), amount (f.forecast), amount (f.year_budget),
                            amount (f.forecast_deviation), amount (f.previous_deviation),
                            amount (f.forecast_change) };

          add_row (inv, unit_label (store, unit), cells);
        }
    }
  return tables;
}
