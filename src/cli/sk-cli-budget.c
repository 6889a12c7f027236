/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-private.h"
#include "sk-budget-figures.h"
#include "sk-budget-ledger.h"
#include "sk-format.h"

/* The internal budget: the follow-up tables as the report lays them out
 * (seed 001 section 5), setting and listing values, and monthly ledger
 * totals from CSV. */

static SkUnit *
find_unit (SkStore    *store,
           const char *name,
           int        *exit_code)
{
  g_autoptr(GError) error = NULL;
  SkUnit *unit;

  if (name == NULL)
    {
      sk_cli_error (_("Name the unit with --unit."));
      *exit_code = SK_CLI_EXIT_USAGE;
      return NULL;
    }
  unit = sk_store_find_unit (store, name, &error);
  if (unit == NULL)
    *exit_code = error ? sk_cli_fail (error) : SK_CLI_EXIT_REFUSED;
  return unit;
}

static char *
unit_label (SkStore *store, gint64 unit_id)
{
  g_autoptr(SkUnit) unit = unit_id > 0 ? sk_store_get_unit (store, unit_id) : NULL;

  if (unit == NULL)
    return g_strdup (_("Total"));
  return sk_cli_safe (sk_unit_get_name (unit));
}

/* ---- budget: the follow-up tables ---- */

typedef struct {
  guint         shown;    /* tables printed */
  SkCliGlobals *globals;
  SkStore      *store;
  SkBudgetData *data;
  GArray       *units;
  guint         month;
  gint64        only_unit;
  SkCliTable   *tsv;      /* the one long table of --format tsv */
} Tables;

/* A figure: tkr or % in text, a plain number in TSV. */
static char *
amount (Tables *t, double value)
{
  g_autofree char *number = NULL;

  if (t->globals->tsv || isnan (value))
    return sk_cli_number (t->globals, value, "tkr");
  /* Whole tkr, as the report prints them (a budget spread by twelfths
   * has fractions). */
  number = sk_format_number (round (value), 0);
  return g_strdup_printf ("%s tkr", number);
}

static char *
percent (Tables *t, double value)
{
  if (t->globals->tsv)
    return isnan (value) ? g_strdup ("") : sk_format_machine (round (value * 10) / 10);
  if (isnan (value))
    return g_strdup ("–");
  {
    g_autofree char *number = sk_format_number (round (value * 10) / 10, 1);

    return g_strdup_printf ("%s %%", number);
  }
}

static void
tsv_row (Tables *t, const char *section, gint64 unit_id, const char *figure, char *value)
{
  g_autofree char *owned = value;
  g_autofree char *unit = NULL;

  if (unit_id > 0)
    {
      g_autoptr(SkUnit) u = sk_store_get_unit (t->store, unit_id);

      unit = g_strdup (u ? sk_unit_get_name (u) : "");
    }
  sk_cli_table_add_row (t->tsv, section, unit ? unit : "", figure, owned);
}

/* The units of the table (each on its own: their rows add up to the
 * total), then the total of the administration (unit 0). */
static guint
n_rows (Tables *t)
{
  return t->only_unit > 0 ? 1 : t->units->len + 1;
}

static gint64
row_unit (Tables *t, guint i)
{
  if (t->only_unit > 0)
    return t->only_unit;
  return i < t->units->len ? g_array_index (t->units, gint64, i) : 0;
}

static gboolean
compute_row (Tables *t, guint i, SkBudgetSum sum, SkBudgetFigures *f)
{
  gint64 unit = row_unit (t, i);

  /* --unit: the unit with those under it; in the full table each on its own. */
  return sk_budget_data_compute (t->data, t->month, unit, t->only_unit > 0, sum, f);
}

/* Prints a text table with its heading, when it has rows. */
static void
print_table (Tables *t, const char *heading, SkCliTable *table, guint rows)
{
  if (t->globals->tsv || rows == 0)
    return;
  g_print ("\n%s\n", heading);
  sk_cli_table_print (table, stdout);
  t->shown++;
}

static void
table_accumulated (Tables *t)
{
  static const SkCliColumn columns[] = {
    { "unit", N_("Unit"), FALSE },
    { "outcome", N_("Acc. result"), TRUE },
    { "budget", N_("Acc. budget"), TRUE },
    { "deviation", N_("Acc. deviation"), TRUE },
  };
  g_autoptr(SkCliTable) table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), FALSE);

  guint rows = 0;

  for (guint i = 0; i < n_rows (t); i++)
    {
      SkBudgetFigures f;
      g_autofree char *unit = unit_label (t->store, row_unit (t, i));

      if (!compute_row (t, i, SK_BUDGET_SUM_NET, &f) || isnan (f.outcome))
        continue;
      if (t->globals->tsv)
        {
          tsv_row (t, "accumulated", row_unit (t, i), "outcome", amount (t, f.outcome));
          tsv_row (t, "accumulated", row_unit (t, i), "budget", amount (t, f.budget));
          tsv_row (t, "accumulated", row_unit (t, i), "deviation", amount (t, f.deviation));
        }
      else
        {
          g_autofree char *a = amount (t, f.outcome), *b = amount (t, f.budget), *c = amount (t, f.deviation);

          sk_cli_table_add_row (table, unit, a, b, c);
        }
      rows++;
    }
  print_table (t, _("Accumulated budget deviation"), table, rows);
}

static void
table_development (Tables *t, SkBudgetSum sum)
{
  static const SkCliColumn columns[] = {
    { "unit", N_("Unit"), FALSE },
    { "last_year", N_("Acc. outcome last year"), TRUE },
    { "outcome", N_("Acc. outcome this year"), TRUE },
    { "diff_last_year", N_("Diff. against last year"), TRUE },
    { "budget", N_("Acc. budget this year"), TRUE },
    { "deviation", N_("Diff. against budget"), TRUE },
    { "development", N_("Development against last year"), TRUE },
    { "budget_development", N_("Budgeted development"), TRUE },
    { "development_gap", N_("Diff. against budget, %"), TRUE },
  };
  g_autoptr(SkCliTable) table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), FALSE);
  const char *section = sum == SK_BUDGET_SUM_COSTS ? "costs" : "revenue";
  guint rows = 0;

  for (guint i = 0; i < n_rows (t); i++)
    {
      SkBudgetFigures f;
      g_autofree char *unit = unit_label (t->store, row_unit (t, i));
      char *cells[8];

      if (!compute_row (t, i, sum, &f) || (isnan (f.outcome) && isnan (f.last_year)))
        continue;
      cells[0] = amount (t, f.last_year);
      cells[1] = amount (t, f.outcome);
      cells[2] = amount (t, f.diff_last_year);
      cells[3] = amount (t, f.budget);
      cells[4] = amount (t, f.deviation);
      cells[5] = percent (t, f.development);
      cells[6] = percent (t, f.budget_development);
      cells[7] = percent (t, f.development_gap);
      if (t->globals->tsv)
        for (guint c = 0; c < 8; c++)
          tsv_row (t, section, row_unit (t, i), columns[c + 1].key, cells[c]);
      else
        {
          sk_cli_table_add_row (table, unit, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
                                cells[6], cells[7]);
          for (guint c = 0; c < 8; c++)
            g_free (cells[c]);
        }
      rows++;
    }
  print_table (t, sum == SK_BUDGET_SUM_COSTS ? _("Cost development") : _("Revenue development"), table, rows);
}

static void
table_forecast (Tables *t, SkBudgetSum sum)
{
  static const SkCliColumn columns[] = {
    { "unit", N_("Unit"), FALSE },
    { "outcome", N_("Acc. outcome"), TRUE },
    { "forecast", N_("Year forecast"), TRUE },
    { "year_budget", N_("Year budget"), TRUE },
    { "deviation", N_("Deviation"), TRUE },
    { "previous_deviation", N_("Deviation in the previous report"), TRUE },
    { "change", N_("Change since the previous report"), TRUE },
  };
  g_autoptr(SkCliTable) table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), FALSE);
  gboolean investment = sum == SK_BUDGET_SUM_INVESTMENT;
  const char *section = investment ? "investment" : "forecast";
  guint rows = 0;

  for (guint i = 0; i < n_rows (t); i++)
    {
      SkBudgetFigures f;
      g_autofree char *unit = unit_label (t->store, row_unit (t, i));
      char *cells[6];

      if (!compute_row (t, i, sum, &f) || f.forecast_month == 0)
        continue;
      cells[0] = amount (t, f.outcome);
      cells[1] = amount (t, f.forecast);
      cells[2] = amount (t, f.year_budget);
      cells[3] = amount (t, f.forecast_deviation);
      cells[4] = amount (t, f.previous_deviation);
      cells[5] = amount (t, f.forecast_change);
      if (t->globals->tsv)
        for (guint c = 0; c < 6; c++)
          tsv_row (t, section, row_unit (t, i), columns[c + 1].key, cells[c]);
      else
        {
          sk_cli_table_add_row (table, unit, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
          for (guint c = 0; c < 6; c++)
            g_free (cells[c]);
        }
      rows++;
    }
  print_table (t, investment ? _("Forecast investment budget deviation") : _("Forecast budget deviation"),
               table, rows);
}

/* The options, no arguments, and the year: what most budget commands ask first. */
static int
parse_with_year (SkCliGlobals   *globals,
                 const char     *command,
                 GOptionEntry   *entries,
                 int            *argc,
                 char         ***argv,
                 const int      *year)
{
  int status;

  if ((status = sk_cli_parse_options (globals, command, entries, argc, argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (*argc, *argv, 0))
    return SK_CLI_EXIT_USAGE;
  if (*year == 0)
    {
      sk_cli_error (_("Name the year with --year."));
      return SK_CLI_EXIT_USAGE;
    }
  return SK_CLI_EXIT_OK;
}

int
sk_cli_budget (SkCliGlobals *globals,
            int           argc,
            char        **argv)
{
  static const SkCliColumn tsv_columns[] = {
    { "table", NULL, FALSE }, { "unit", NULL, FALSE }, { "figure", NULL, FALSE }, { "value", NULL, TRUE },
  };
  int year = 0;
  g_autofree char *period = NULL;
  g_autofree char *unit_name = NULL;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The budget year (default: the year of --period)"), N_("YEAR") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period,
      N_("The last month of the follow-up, as YYYY-MM (default: the latest month with an outcome)"), N_("PERIOD") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name, N_("Only this unit, with the units under it"), N_("UNIT") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkBudgetData) data = NULL;
  g_autoptr(GArray) units = NULL;
  g_autoptr(SkCliTable) tsv = NULL;
  Tables t = { .globals = globals };
  int status, month = 0, period_year = 0;

  if ((status = sk_cli_parse_options (globals, "budget", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if (period != NULL && !sk_period_parse (period, &period_year, &month))
    {
      sk_cli_error (_("--period must be a month written as YYYY-MM."));
      return SK_CLI_EXIT_USAGE;
    }
  if (year == 0)
    year = period_year;
  if (year == 0)
    {
      sk_cli_error (_("Name the year with --year or the month with --period."));
      return SK_CLI_EXIT_USAGE;
    }
  if (period != NULL && period_year != year)
    {
      sk_cli_error (_("--period %s is not in the year %d."), period, year);
      return SK_CLI_EXIT_USAGE;
    }
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if (unit_name != NULL)
    {
      g_autoptr(SkUnit) unit = find_unit (store, unit_name, &status);

      if (unit == NULL)
        return status;
      t.only_unit = sk_record_get_id (SK_RECORD (unit));
    }
  if (!sk_store_has_budget (store, year))
    {
      if (!sk_cli_check_reads (store, &status))
        return status;
      sk_cli_error (_("There is no budget for %d."), year);
      return SK_CLI_EXIT_REFUSED;
    }
  data = sk_budget_data_load (store, year);
  if (month == 0)
    month = (int) MAX (sk_budget_data_last_month (data), 1);
  units = sk_budget_data_units (data);

  t.store = store;
  t.data = data;
  t.units = units;
  t.month = (guint) month;
  if (globals->tsv)
    t.tsv = tsv = sk_cli_table_new (tsv_columns, G_N_ELEMENTS (tsv_columns), TRUE);
  else
    {
      g_autofree char *months = month == 1 ? g_strdup (sk_month_abbrev (1))
                                           : g_strdup_printf ("%s–%s", sk_month_abbrev (1), sk_month_abbrev (month));

      /* TRANSLATORS: the internal budget's follow-up: the year and its months ("jan–apr") */
      g_print (_("Internal budget %d, %s, tkr\n"), year, months);
    }
  table_accumulated (&t);
  table_development (&t, SK_BUDGET_SUM_COSTS);
  table_development (&t, SK_BUDGET_SUM_REVENUE);
  table_forecast (&t, SK_BUDGET_SUM_NET);
  table_forecast (&t, SK_BUDGET_SUM_INVESTMENT);
  if (tsv != NULL)
    sk_cli_table_print (tsv, stdout);
  else if (t.shown == 0)
    g_print (_("No outcomes or forecasts yet up to this month.\n"));
  return SK_CLI_EXIT_OK;
}

/* ---- budget-lines: the values of a year ---- */

int
sk_cli_budget_lines (SkCliGlobals *globals,
                  int           argc,
                  char        **argv)
{
  static const SkCliColumn columns[] = {
    { "unit", N_("Unit"), FALSE }, { "line", N_("Line"), FALSE }, { "year", N_("Year"), TRUE },
    { "jan", NULL, TRUE }, { "feb", NULL, TRUE }, { "mar", NULL, TRUE }, { "apr", NULL, TRUE },
    { "may", NULL, TRUE }, { "jun", NULL, TRUE }, { "jul", NULL, TRUE }, { "aug", NULL, TRUE },
    { "sep", NULL, TRUE }, { "oct", NULL, TRUE }, { "nov", NULL, TRUE }, { "dec", NULL, TRUE },
  };
  SkCliColumn shown[G_N_ELEMENTS (columns)];
  int year = 0;
  g_autofree char *kind_name = NULL;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The budget year"), N_("YEAR") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_name, N_("budget (default), outcome or forecast"), N_("KIND") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GArray) units = NULL;
  g_autoptr(SkCliTable) table = NULL;
  SkBudgetValueKind kind = SK_BUDGET_VALUE_BUDGET;
  int status;

  if ((status = parse_with_year (globals, "budget-lines", entries, &argc, &argv, &year)) != 0)
    return status;
  if (kind_name != NULL && !sk_budget_value_from_string (kind_name, &kind))
    {
      sk_cli_error (_("--kind must be budget, outcome or forecast."));
      return SK_CLI_EXIT_USAGE;
    }
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;

  /* Month headers as the locale writes them ("jan", …). */
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      shown[c] = columns[c];
      if (c >= 3 && !globals->tsv)
        shown[c].label = sk_month_abbrev ((int) c - 2);
    }
  table = sk_cli_table_new (shown, G_N_ELEMENTS (shown), globals->tsv);
  units = sk_store_list_budget_units (store, year);
  lines = sk_store_list_budget_lines (store, year, kind);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(SkBudgetLine) line = g_list_model_get_item (lines, i);
      g_autoptr(SkUnit) unit = sk_store_get_unit (store, sk_budget_line_get_unit_id (line));
      g_autofree char *unit_text = sk_cli_safe (unit ? sk_unit_get_name (unit) : "");
      const char *line_text = globals->tsv ? sk_budget_line_to_string (sk_budget_line_get_line (line))
                                           : sk_budget_line_label (sk_budget_line_get_line (line));
      char *cells[13];
      double total = sk_budget_line_get_value (line, 0);

      /* The year: as entered, else the months' sum (a budget), or their
       * sum (an outcome); a forecast's latest. */
      if (isnan (total) && kind != SK_BUDGET_VALUE_FORECAST)
        for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
          if (!isnan (sk_budget_line_get_value (line, m)))
            total = (isnan (total) ? 0 : total) + sk_budget_line_get_value (line, m);
      if (kind == SK_BUDGET_VALUE_FORECAST)
        for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
          if (!isnan (sk_budget_line_get_value (line, m)))
            total = sk_budget_line_get_value (line, m);
      cells[0] = sk_cli_number (globals, total, NULL);
      for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
        cells[m] = sk_cli_number (globals, sk_budget_line_get_value (line, m), NULL);
      sk_cli_table_add_row (table, unit_text, line_text, cells[0], cells[1], cells[2], cells[3], cells[4],
                            cells[5], cells[6], cells[7], cells[8], cells[9], cells[10], cells[11], cells[12]);
      for (guint c = 0; c < 13; c++)
        g_free (cells[c]);
    }
  if (!sk_cli_check_reads (store, &status))
    return status;
  if (!globals->tsv)
    {
      for (guint i = 0; i < units->len; i++)
        {
          SkBudgetUnitEntry *e = &g_array_index (units, SkBudgetUnitEntry, i);
          g_autofree char *name = unit_label (store, e->unit_id);

          g_print ("%s: %s\n", name, sk_budget_financing_label (e->financing));
        }
      if (units->len > 0)
        g_print ("\n");
    }
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}

/* ---- set-budget: one value, or a unit's financing ---- */

int
sk_cli_set_budget (SkCliGlobals *globals,
                int           argc,
                char        **argv)
{
  int year = 0, month = -1;
  g_autofree char *unit_name = NULL, *line_name = NULL, *kind_name = NULL, *period = NULL;
  g_autofree char *value_text = NULL, *financing_name = NULL;
  gboolean clear = FALSE;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The budget year"), N_("YEAR") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name, N_("The unit (its name or short name)"), N_("UNIT") },
    { "line", 'l', 0, G_OPTION_ARG_STRING, &line_name,
      N_("revenue, staff, other, net or investment (or Intäkter, Personalkostnader, …)"), N_("LINE") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_name, N_("budget (default), outcome or forecast"), N_("KIND") },
    { "month", 'm', 0, G_OPTION_ARG_INT, &month, N_("The month 1–12, or 0 for the whole year (a budget)"), N_("MONTH") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period, N_("The month, as YYYY-MM (instead of --year and --month)"), N_("PERIOD") },
    { "value", 'v', 0, G_OPTION_ARG_STRING, &value_text, N_("The amount in tkr, with a decimal comma or point"), N_("TKR") },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear, N_("Remove the value"), NULL },
    { "financing", 'f', 0, G_OPTION_ARG_STRING, &financing_name,
      N_("Put the unit in the year's budget: revenue (result budget) or grant (net cost budget)"), N_("KIND") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  SkBudgetLineKind line = SK_BUDGET_LINE_NET;
  SkBudgetValueKind kind = SK_BUDGET_VALUE_BUDGET;
  SkBudgetFinancing financing = SK_BUDGET_REVENUE_FINANCED;
  double value = NAN;
  int status;

  if ((status = sk_cli_parse_options (globals, "set-budget", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if (period != NULL)
    {
      int period_year;

      if (!sk_period_parse (period, &period_year, &month) || (year != 0 && year != period_year))
        {
          sk_cli_error (_("--period must be a month written as YYYY-MM, in --year when both are given."));
          return SK_CLI_EXIT_USAGE;
        }
      year = period_year;
    }
  if (year == 0)
    {
      sk_cli_error (_("Name the year with --year or the month with --period."));
      return SK_CLI_EXIT_USAGE;
    }
  if (financing_name != NULL && !sk_budget_financing_from_string (financing_name, &financing))
    {
      sk_cli_error (_("--financing must be revenue or grant."));
      return SK_CLI_EXIT_USAGE;
    }
  if (financing_name == NULL || line_name != NULL || value_text != NULL || clear)
    {
      if (line_name == NULL || !sk_budget_line_from_string (line_name, &line))
        {
          sk_cli_error (_("--line must be revenue, staff, other, net or investment."));
          return SK_CLI_EXIT_USAGE;
        }
      if (kind_name != NULL && !sk_budget_value_from_string (kind_name, &kind))
        {
          sk_cli_error (_("--kind must be budget, outcome or forecast."));
          return SK_CLI_EXIT_USAGE;
        }
      if (month < 0 || month > SK_BUDGET_MONTHS)
        {
          sk_cli_error (_("Name the month with --month (1–12, or 0 for the whole year) or --period."));
          return SK_CLI_EXIT_USAGE;
        }
      if (clear == (value_text != NULL))
        {
          sk_cli_error (_("Give the amount with --value, or --clear to remove it."));
          return SK_CLI_EXIT_USAGE;
        }
      if (value_text != NULL && !sk_parse_number (value_text, &value))
        {
          g_autofree char *safe = sk_cli_safe (value_text);

          sk_cli_error (_("“%s” is not an amount."), safe);
          return SK_CLI_EXIT_USAGE;
        }
    }
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((unit = find_unit (store, unit_name, &status)) == NULL)
    return status;
  if (financing_name != NULL
      && !sk_store_set_budget_unit (store, year, sk_record_get_id (SK_RECORD (unit)), financing, &error))
    return sk_cli_fail (error);
  if (line_name != NULL
      && !sk_store_set_budget_value (store, year, sk_record_get_id (SK_RECORD (unit)), line, kind,
                                     (guint) month, value, &error))
    return sk_cli_fail (error);
  if (!globals->tsv)
    {
      g_autofree char *name = sk_cli_safe (sk_unit_get_name (unit));

      if (line_name != NULL)
        {
          g_autofree char *shown = isnan (value) ? g_strdup (_("removed")) : sk_format_value (value, "tkr");
          g_autofree char *when = month == 0 ? g_strdup_printf ("%d", year) : sk_period_make (year, month);

          /* TRANSLATORS: unit, line, kind (Budget, Utfall, Prognos), period, amount */
          g_print (_("Saved %s, %s, %s %s: %s\n"), name, sk_budget_line_label (line), sk_budget_value_label (kind),
                   when, shown);
        }
      if (financing_name != NULL)
        g_print (_("%s is in the budget for %d: %s\n"), name, year, sk_budget_financing_label (financing));
    }
  return SK_CLI_EXIT_OK;
}

/* ---- import-ledger: monthly ledger totals from CSV ---- */

int
sk_cli_import_ledger (SkCliGlobals *globals,
                   int           argc,
                   char        **argv)
{
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  SkBudgetLedgerResult result;
  gsize length = 0;
  int status;

  if ((status = sk_cli_parse_options (globals, "import-ledger", NULL, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 1))
    return SK_CLI_EXIT_USAGE;
  if (!g_file_get_contents (argv[1], &data, &length, &error))
    return sk_cli_fail (error);
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if (!sk_budget_ledger_import (store, data, length, &result, &error))
    return sk_cli_fail (error);
  if (!globals->tsv)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Read %u amount, %u of them new or changed.\n",
                          "Read %u amounts, %u of them new or changed.\n", result.rows),
             result.rows, result.changed);
  return SK_CLI_EXIT_OK;
}

/* ---- budget-assumptions: what the plan states, and its proposals ---- */

int
sk_cli_budget_assumptions (SkCliGlobals *globals,
                        int           argc,
                        char        **argv)
{
  static const SkCliColumn columns[] = {
    { "what", N_("What"), FALSE }, { "kind", N_("Kind"), FALSE }, { "value", N_("Value"), TRUE },
    { "text", N_("Text"), FALSE },
  };
  int year = 0;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The budget year"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GListModel) assumptions = NULL;
  g_autoptr(GListModel) proposals = NULL;
  g_autoptr(SkCliTable) table = NULL;
  int status;

  if ((status = parse_with_year (globals, "budget-assumptions", entries, &argc, &argv, &year)) != 0)
    return status;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), globals->tsv);
  assumptions = sk_store_list_budget_assumptions (store, year);
  proposals = sk_store_list_budget_proposals (store, year);
  for (guint i = 0; i < g_list_model_get_n_items (assumptions); i++)
    {
      g_autoptr(SkBudgetAssumption) a = g_list_model_get_item (assumptions, i);
      SkBudgetAssumptionKind kind = sk_budget_assumption_get_kind (a);
      g_autofree char *value = sk_cli_number (globals, sk_budget_assumption_get_value (a),
                                              globals->tsv ? NULL : sk_budget_assumption_get_measure_unit (a));
      g_autofree char *text = sk_cli_safe (sk_budget_assumption_get_text (a));

      sk_cli_table_add_row (table, globals->tsv ? "assumption" : _("Assumption"),
                            globals->tsv ? sk_budget_assumption_to_string (kind) : sk_budget_assumption_label (kind),
                            value, text);
    }
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(SkBudgetProposal) p = g_list_model_get_item (proposals, i);
      g_autofree char *text = sk_cli_safe (sk_budget_proposal_get_text (p));
      GString *costs = g_string_new (NULL);
      g_autofree char *value = NULL;

      for (guint y = 0; y < SK_BUDGET_PROPOSAL_YEARS; y++)
        {
          g_autofree char *cost = sk_cli_number (globals, sk_budget_proposal_get_cost (p, y), NULL);

          g_string_append_printf (costs, "%s%s", y > 0 ? (globals->tsv ? "," : " / ") : "", cost);
        }
      value = g_string_free (costs, FALSE);
      sk_cli_table_add_row (table, globals->tsv ? "proposal" : _("Proposal"),
                            sk_budget_proposal_get_granted (p) ? (globals->tsv ? "granted" : _("granted"))
                                                               : (globals->tsv ? "not-granted" : _("not granted")),
                            value, text);
    }
  if (!sk_cli_check_reads (store, &status))
    return status;
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}

/* ---- budget-assumption, budget-proposal: add to a year's budget ---- */

int
sk_cli_budget_assumption (SkCliGlobals *globals,
                          int           argc,
                          char        **argv)
{
  int year = 0;
  g_autofree char *kind_name = NULL, *value_text = NULL, *measure_unit = NULL, *text = NULL;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The budget year"), N_("YEAR") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_name,
      N_("indexation, efficiency, care-payment or other (or Uppräkning, Effektivisering, …)"), N_("KIND") },
    { "value", 'v', 0, G_OPTION_ARG_STRING, &value_text, N_("The figure, with a decimal comma or point"), N_("VALUE") },
    { "measure-unit", 0, 0, G_OPTION_ARG_STRING, &measure_unit, N_("Its unit: %, kr per vårdpoäng, tkr …"), N_("UNIT") },
    { "text", 't', 0, G_OPTION_ARG_STRING, &text, N_("What the plan says"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkBudgetAssumption) a = sk_budget_assumption_new ();
  g_autoptr(GError) error = NULL;
  SkBudgetAssumptionKind kind = SK_BUDGET_ASSUMPTION_OTHER;
  double value = NAN;
  int status;

  if ((status = parse_with_year (globals, "budget-assumption", entries, &argc, &argv, &year)) != 0)
    return status;
  if (kind_name != NULL && !sk_budget_assumption_from_string (kind_name, &kind))
    {
      sk_cli_error (_("--kind must be indexation, efficiency, care-payment or other."));
      return SK_CLI_EXIT_USAGE;
    }
  if (value_text != NULL && !sk_parse_number (value_text, &value))
    {
      g_autofree char *safe = sk_cli_safe (value_text);

      sk_cli_error (_("“%s” is not a number."), safe);
      return SK_CLI_EXIT_USAGE;
    }
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  sk_budget_assumption_set_year (a, year);
  sk_budget_assumption_set_kind (a, kind);
  sk_budget_assumption_set_value (a, value);
  sk_budget_assumption_set_measure_unit (a, measure_unit);
  sk_budget_assumption_set_text (a, text);
  if (!sk_store_save_budget_assumption (store, a, &error))
    return sk_cli_fail (error);
  if (!globals->tsv)
    g_print (_("Added the assumption to the budget for %d.\n"), year);
  return SK_CLI_EXIT_OK;
}

int
sk_cli_budget_proposal (SkCliGlobals *globals,
                        int           argc,
                        char        **argv)
{
  int year = 0;
  gboolean granted = FALSE;
  g_autofree char *text = NULL, *area = NULL, *price_level = NULL;
  g_auto(GStrv) costs = NULL;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The budget year"), N_("YEAR") },
    { "text", 't', 0, G_OPTION_ARG_STRING, &text, N_("The proposal"), N_("TEXT") },
    { "focus-area", 'a', 0, G_OPTION_ARG_STRING, &area, N_("The plan's focus area it belongs to (its title)"), N_("TITLE") },
    { "price-level", 0, 0, G_OPTION_ARG_STRING, &price_level, N_("The price level of the costs, e.g. 2025 års prisnivå"),
      N_("TEXT") },
    { "cost", 'c', 0, G_OPTION_ARG_STRING_ARRAY, &costs,
      N_("Net cost in tkr for the plan year, then each following year (up to five; give it once a year)"), N_("TKR") },
    { "granted", 'g', 0, G_OPTION_ARG_NONE, &granted, N_("The board granted it"), NULL },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkBudgetProposal) p = sk_budget_proposal_new ();
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "budget-proposal", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if (year == 0 || text == NULL)
    {
      sk_cli_error (_("Name the year with --year and the proposal with --text."));
      return SK_CLI_EXIT_USAGE;
    }
  if (costs != NULL && g_strv_length (costs) > SK_BUDGET_PROPOSAL_YEARS)
    {
      sk_cli_error (_("At most five yearly costs."));
      return SK_CLI_EXIT_USAGE;
    }
  for (guint i = 0; costs != NULL && costs[i] != NULL; i++)
    {
      double cost = NAN;

      if (*g_strstrip (costs[i]) != '\0' && !sk_parse_number (costs[i], &cost))
        {
          g_autofree char *safe = sk_cli_safe (costs[i]);

          sk_cli_error (_("“%s” is not an amount."), safe);
          return SK_CLI_EXIT_USAGE;
        }
      sk_budget_proposal_set_cost (p, i, cost);
    }
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if (area != NULL)
    {
      g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);
      g_autoptr(GListModel) areas = plan ? sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (plan))) : NULL;

      for (guint i = 0; areas != NULL && i < g_list_model_get_n_items (areas); i++)
        {
          g_autoptr(SkFocusArea) fa = g_list_model_get_item (areas, i);

          if (g_strcmp0 (sk_focus_area_get_title (fa), area) == 0)
            sk_budget_proposal_set_focus_area_id (p, sk_record_get_id (SK_RECORD (fa)));
        }
      if (sk_budget_proposal_get_focus_area_id (p) == 0)
        {
          g_autofree char *safe = sk_cli_safe (area);

          sk_cli_error (_("The plan for %d has no focus area “%s”."), year, safe);
          return SK_CLI_EXIT_REFUSED;
        }
    }
  sk_budget_proposal_set_year (p, year);
  sk_budget_proposal_set_text (p, text);
  sk_budget_proposal_set_price_level (p, price_level);
  sk_budget_proposal_set_granted (p, granted);
  if (!sk_store_save_budget_proposal (store, p, &error))
    return sk_cli_fail (error);
  if (!globals->tsv)
    g_print (_("Added the proposal to the budget for %d.\n"), year);
  return SK_CLI_EXIT_OK;
}
