/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-budget-tables.h"
#include "sk-format.h"
#include "sk-report-private.h"

/* The economy section of the follow-up (seed 001 section 5): the
 * internal budget's tables for January to the report's month, the same
 * tables as the app's Budget view. */

#define H1   15.0
#define BODY 9.5

void
sk_report_economy (SkReportFlow *flow,
                   SkPlan       *plan)
{
  SkReport *self = flow->report;
  SkStore *store = sk_report_get_store (self);
  int year = sk_report_get_year (self);
  g_autoptr(SkBudgetData) data = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *from = NULL;

  if (!sk_store_has_budget (store, year))
    return;
  data = sk_budget_data_load (store, year);
  tables = sk_budget_tables_build (store, data, (guint) sk_report_get_month (self));
  sk_report_flow_new_page (flow);
  sk_report_heading (flow, _("Economy: the internal budget"), H1, 0, 100);
  from = g_strdup (sk_month_abbrev (1));
  /* TRANSLATORS: the internal budget's follow-up: year, first and last month */
  intro = g_strdup_printf (_("Internal budget %d, %s–%s, tkr\n"), year, from,
                           sk_month_abbrev (sk_report_get_month (self)));
  g_strstrip (intro);
  sk_report_paragraph (flow, intro, BODY, FALSE, 0, 6);
  for (guint t = 0; t < tables->len; t++)
    {
      SkBudgetTable *table = g_ptr_array_index (tables, t);
      g_autofree double *widths = g_new0 (double, table->n_columns);
      g_autoptr(SkReportTable) rt = NULL;
      /* The unit column wide enough for "Folktandvården Halland", the figures share the rest. */
      double unit_width = 98;

      if (table->rows->len == 0)
        continue;
      widths[0] = unit_width;
      for (guint c = 1; c < table->n_columns; c++)
        widths[c] = (SK_REPORT_CONTENT_WIDTH - unit_width) / (table->n_columns - 1);
      rt = sk_report_table_new (widths, (const char * const *) table->headers, table->n_columns);
      sk_report_heading (flow, table->title, 12.0, 10, 80);
      sk_report_table_begin (flow, rt);
      for (guint r = 0; r < table->rows->len; r++)
        {
          char **row = g_ptr_array_index (table->rows, r);
          g_autofree SkReportCell *cells = g_new0 (SkReportCell, table->n_columns);

          g_auto(GStrv) texts = g_new0 (char *, table->n_columns + 1);

          /* A figure never wraps at its thousands space in a narrow column. */
          for (guint c = 0; c < table->n_columns; c++)
            {
              g_auto(GStrv) parts = g_strsplit (row[c], "\u2009", -1);

              texts[c] = c == 0 ? g_strdup (row[c]) : g_strjoinv ("\u202F", parts);
              /* Bold only the unit of the total: bold figures would not fit nine columns. */
              cells[c] = (SkReportCell) { texts[c], NULL, c == 0 && r == table->rows->len - 1, -1, NULL, FALSE };
            }
          sk_report_table_row (flow, cells);
        }
      sk_report_table_end (flow);
    }
}
