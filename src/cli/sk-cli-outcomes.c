/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-private.h"
#include "sk-derived.h"
#include "sk-format.h"

/* ---- set-outcome ---- */

typedef struct
{
  char *indicator;
  char *unit;
  char *period;
  char *value;
  char *missing;
  char *comment;
  char *kind;
} OutcomeOptions;

static void
outcome_options_clear (OutcomeOptions *o)
{
  g_free (o->indicator);
  g_free (o->unit);
  g_free (o->period);
  g_free (o->value);
  g_free (o->missing);
  g_free (o->comment);
  g_free (o->kind);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OutcomeOptions, outcome_options_clear)

static gboolean
check_outcome_options (const OutcomeOptions *o,
                       SkOutcomeKind        *kind)
{
  if (o->indicator == NULL || o->unit == NULL || o->period == NULL)
    {
      sk_cli_error (_("Give --indicator, --unit and --period."));
      return FALSE;
    }
  if ((o->value == NULL) == (o->missing == NULL))
    {
      sk_cli_error (_("Give either --value or --missing with the reason."));
      return FALSE;
    }
  if (o->kind != NULL && !sk_outcome_kind_from_string (o->kind, kind))
    {
      sk_cli_error (_("Unknown kind “%s”: use month, ytd, r12 or reference."), o->kind);
      return FALSE;
    }
  return TRUE;
}

static SkUnit *
find_unit (SkStore    *store,
           const char *name,
           int        *exit_code)
{
  g_autoptr(GError) error = NULL;
  SkUnit *unit = sk_store_find_unit (store, name, &error);

  if (unit == NULL)
    *exit_code = error ? sk_cli_fail (error) : SK_CLI_EXIT_REFUSED;
  return unit;
}

/* Builds the outcome; FALSE (reported) when the value is not a number. */
static gboolean
make_outcome (const OutcomeOptions *o,
              SkIndicator          *ind,
              SkUnit               *unit,
              SkOutcomeKind         kind,
              SkOutcome           **out)
{
  g_autoptr(SkOutcome) outcome = sk_outcome_new ();
  double value = NAN;

  if (o->value != NULL && !sk_parse_number (o->value, &value))
    {
      g_autofree char *shown = sk_text_excerpt (o->value);

      sk_cli_error (_("--value: “%s” is not a number. Write it like 91,1 or 91.1."), shown);
      return FALSE;
    }

  sk_outcome_set_indicator_id (outcome, sk_record_get_id (SK_RECORD (ind)));
  sk_outcome_set_unit_id (outcome, sk_record_get_id (SK_RECORD (unit)));
  sk_outcome_set_period (outcome, o->period);
  sk_outcome_set_kind (outcome, kind);
  sk_outcome_set_value (outcome, value);
  sk_outcome_set_missing_reason (outcome, o->missing);
  sk_outcome_set_comment (outcome, o->comment);
  *out = g_steal_pointer (&outcome);
  return TRUE;
}

/* The store replaces the whole row: a new value must not drop the comment. */
static void
keep_comment (SkStore   *store,
              SkOutcome *outcome)
{
  g_autoptr(SkOutcome) old = sk_store_get_outcome (store,
                                                   sk_outcome_get_indicator_id (outcome),
                                                   sk_outcome_get_unit_id (outcome),
                                                   sk_outcome_get_period (outcome),
                                                   sk_outcome_get_kind (outcome));

  if (old != NULL)
    sk_outcome_set_comment (outcome, sk_outcome_get_comment (old));
}

int
sk_cli_set_outcome (SkCliGlobals *globals,
                    int           argc,
                    char        **argv)
{
  g_auto(OutcomeOptions) o = { NULL };
  GOptionEntry entries[] = {
    { "indicator", 'i', 0, G_OPTION_ARG_STRING, &o.indicator, N_("The indicator (its name or a unique part of it)"), N_("NAME") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &o.unit, N_("The unit (its name or short name)"), N_("UNIT") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &o.period, N_("The month, as YYYY-MM"), N_("PERIOD") },
    { "value", 'v', 0, G_OPTION_ARG_STRING, &o.value, N_("The value, with a decimal comma or point"), N_("VALUE") },
    { "missing", 'm', 0, G_OPTION_ARG_STRING, &o.missing, N_("No value this month, and why"), N_("REASON") },
    { "comment", 'c', 0, G_OPTION_ARG_STRING, &o.comment, N_("A comment on the outcome"), N_("TEXT") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &o.kind, N_("month (default), ytd, r12 or reference"), N_("KIND") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkUnit) unit = NULL;
  g_autoptr(SkOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  SkOutcomeKind kind = SK_OUTCOME_MONTH;
  int status;

  if ((status = sk_cli_parse_options (globals, "set-outcome", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0) || !check_outcome_options (&o, &kind))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((ind = sk_cli_find_indicator (store, o.indicator, &status)) == NULL ||
      (unit = find_unit (store, o.unit, &status)) == NULL)
    return status;
  /* Named, and its value written, as the period's year defines it. */
  {
    int year = 0, month = 0;
    SkIndicator *of_year = NULL;

    if (sk_period_parse (o.period, &year, &month))
      of_year = sk_store_get_indicator_in_year (store, sk_record_get_id (SK_RECORD (ind)), year);
    if (of_year != NULL)
      {
        g_object_unref (ind);
        ind = of_year;
      }
  }

  if (!make_outcome (&o, ind, unit, kind, &outcome))
    return SK_CLI_EXIT_REFUSED;
  if (o.comment == NULL)
    keep_comment (store, outcome);
  if (!sk_store_set_outcome (store, outcome, &error))
    {
      /* The server's reason may not name the unit; the command knows it. */
      if (g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_DENIED))
        sk_cli_error (_("The signed-in user “%s” may not change the outcomes of the unit “%s”: it is "
                        "not one of the user’s units. An administrator gives an editor units with "
                        "add-user --unit."), sk_store_get_user (store), sk_unit_get_name (unit));
      return sk_cli_fail (error);
    }

  if (sk_outcome_is_missing (outcome))
    shown = g_strdup_printf (_("missing (%s)"), sk_outcome_get_missing_reason (outcome));
  else
    shown = sk_format_value (sk_outcome_get_value (outcome), sk_indicator_get_measure_unit (ind));
  if (!globals->tsv)
    {
      g_autofree char *safe_ind = sk_cli_safe (sk_indicator_get_name (ind));
      g_autofree char *safe_unit = sk_cli_safe (sk_unit_get_name (unit));
      g_autofree char *safe_shown = sk_cli_safe (shown);

      g_print (_("Saved %s, %s, %s: %s\n"), safe_ind, safe_unit, o.period, safe_shown);
    }
  return SK_CLI_EXIT_OK;
}

/* ---- status ---- */

static const SkCliColumn status_columns[] = {
  { "indicator", N_("Indicator"), FALSE },
  { "unit", N_("Unit"), FALSE },
  { "month", N_("Month"), TRUE },
  { "target", N_("Target"), FALSE },
  { "ytd", N_("Year to date"), TRUE },
  { "r12", N_("R12"), TRUE },
  { "status", N_("Status"), FALSE },
  /* What the status judged against: for "Enligt budget", the budget figure. */
  { "threshold", N_("Measured against"), TRUE },
};

/* One figure of @f: machine text in TSV, else as every view shows it
 * (sk_figures_format), with the month it stands for when that is not the
 * period's own ("248 485 t.o.m. apr"). */
static char *
figure_text (SkCliGlobals    *globals,
             const SkFigures *f,
             SkIndicator     *ind,
             double           value,
             int              through,
             int              month)
{
  g_autofree char *text = NULL;

  if (globals->tsv)
    return isnan (value) ? g_strdup ("") : sk_format_machine (value);
  if (isnan (value))
    return g_strdup ("–");
  text = sk_figures_format (f, ind, value);
  if (through > 0 && through != month)
    /* TRANSLATORS: a figure and the month it stands through: "248 485 t.o.m. apr" */
    return g_strdup_printf (_("%s to %s"), text, sk_month_abbrev (through));
  return g_steal_pointer (&text);
}

static void
add_status_row (SkCliGlobals *globals,
                SkCliTable   *table,
                SkIndicator  *ind,
                SkUnit       *unit,
                SkFigures    *f,
                int           month)
{
  g_autofree char *month_value = NULL;
  g_autofree char *ytd = figure_text (globals, f, ind, f->ytd, f->ytd_through, month);
  g_autofree char *r12 = figure_text (globals, f, ind, f->r12, f->r12_through, month);
  g_autofree char *status = NULL;
  g_autofree char *target = NULL;
  g_autofree char *threshold = figure_text (globals, f, ind, f->threshold, 0, month);

  /* The month column for people says when a month is reported missing. */
  if (!globals->tsv && isnan (f->month) && f->missing_reason != NULL && f->missing_reason[0] != '\0')
    month_value = g_strdup (_("missing"));
  else
    month_value = figure_text (globals, f, ind, f->month, month, month);

  if (globals->tsv)
    status = g_strdup (sk_status_to_string (f->status));
  else if (f->status_month > 0 && f->status_month != month)
    /* TRANSLATORS: status mark, status and the month it judges: "✓ met (apr)" */
    status = g_strdup_printf (_("%s %s (%s)"), sk_status_mark (f->status), sk_status_label (f->status),
                              sk_month_abbrev (f->status_month));
  else
    status = g_strdup_printf ("%s %s", sk_status_mark (f->status), sk_status_label (f->status));

  /* Scripts get the target as written; people also what it was measured against. */
  if (f->target != NULL)
    target = globals->tsv ? g_strdup (sk_target_get_text (f->target)) : sk_figures_target_text (f, ind);
  sk_cli_table_add_row (table, sk_indicator_get_name (ind), sk_unit_get_name (unit), month_value,
                        target, ytd, r12, status, threshold);
}

static gboolean
add_indicator_rows (SkCliGlobals *globals,
                    SkCliTable   *table,
                    SkStore      *store,
                    SkIndicator  *ind,
                    SkUnit       *only_unit,
                    int           year,
                    const char   *period)
{
  gint64 id = sk_record_get_id (SK_RECORD (ind));
  g_autofree char *from = sk_period_make (year, 1);
  /* The units that reported anything for the indicator from January to @period. */
  g_autoptr(GListModel) units = sk_store_list_outcome_units_between (store, id, from, period);
  int p_year, month = 0;

  sk_period_parse (period, &p_year, &month);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);
      gint64 unit_id = sk_record_get_id (SK_RECORD (unit));
      SkFigures f;

      if (only_unit != NULL && unit_id != sk_record_get_id (SK_RECORD (only_unit)))
        continue;
      if (!sk_figures_compute (store, ind, unit_id, period, &f))
        return FALSE;
      add_status_row (globals, table, ind, unit, &f, month);
      sk_figures_clear (&f);
    }
  return TRUE;
}

static gboolean
check_status_period (int         year,
                     const char *period)
{
  int p_year, p_month;

  if (year == 0 || period == NULL)
    {
      sk_cli_error (_("Give --year and --period."));
      return FALSE;
    }
  if (!sk_period_parse (period, &p_year, &p_month))
    {
      sk_cli_error (_("“%s” is not a month: write it as YYYY-MM, e.g. 2024-04."), period);
      return FALSE;
    }
  if (p_year != year)
    {
      sk_cli_error (_("The period %s is not in %d."), period, year);
      return FALSE;
    }
  return TRUE;
}

int
sk_cli_status (SkCliGlobals *globals,
               int           argc,
               char        **argv)
{
  int year = 0;
  g_autofree char *period = NULL;
  g_autofree char *unit_name = NULL;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The plan year whose register to show"), N_("YEAR") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period, N_("The month to show, as YYYY-MM"), N_("PERIOD") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name, N_("Only this unit (its name or short name)"), N_("UNIT") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkUnit) only_unit = NULL;
  g_autoptr(GListModel) indicators = NULL;
  g_autoptr(SkCliTable) table = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "status", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0) || !check_status_period (year, period))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if (unit_name != NULL && (only_unit = find_unit (store, unit_name, &status)) == NULL)
    return status;

  table = sk_cli_table_new (status_columns, G_N_ELEMENTS (status_columns), globals->tsv);
  indicators = sk_store_list_indicators (store, year);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);

      if (!add_indicator_rows (globals, table, store, ind, only_unit, year, period))
        return SK_CLI_EXIT_REFUSED;
    }
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}
