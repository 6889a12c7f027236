/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-budget"

#include "config.h"

#include <math.h>

#include "sk-budget-figures.h"
#include "sk-format.h"

/* The budget's figures, computed in memory from one read of the year and
 * the year before (a handful of units × lines × months). */

struct _SkBudgetData
{
  int         year;
  GHashTable *index;    /* unit id (gint64*) → its place among all units + 1 */
  guint       n_units;  /* all units of the store */
  double     *values;   /* [year − 1, year][unit][line][kind][month], NAN when none */
  gboolean   *has_net;  /* [year − 1, year][unit]: the unit has a net line */
  GHashTable *parents;  /* unit id → parent id (gint64*, gint64*) */
  GArray     *units;    /* gint64, tree order: units with data or in the budget */
  guint       last_month;
};

#define N_MONTHS (SK_BUDGET_MONTHS + 1)

static int
unit_index (SkBudgetData *d, gint64 unit)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (d->index, &unit)) - 1;
}

static double *
slot (SkBudgetData *d, int year, int unit_index, int line, int kind, guint month)
{
  gsize y = (gsize) (year - (d->year - 1));

  return &d->values[((((y * d->n_units) + (gsize) unit_index) * SK_N_BUDGET_LINES + (gsize) line)
                     * SK_N_BUDGET_VALUES + (gsize) kind) * N_MONTHS + month];
}

static double
raw (SkBudgetData *d, int year, gint64 unit, int line, int kind, guint month)
{
  int i = unit_index (d, unit);

  if (i < 0 || year < d->year - 1 || year > d->year || month > SK_BUDGET_MONTHS)
    return NAN;
  return *slot (d, year, i, line, kind, month);
}

static gboolean
has_net (SkBudgetData *d, int year, gint64 unit)
{
  int i = unit_index (d, unit);

  if (i < 0 || year < d->year - 1 || year > d->year)
    return FALSE;
  return d->has_net[(gsize) (year - (d->year - 1)) * d->n_units + (gsize) i];
}

static double
add (double a, double b)
{
  if (isnan (b))
    return a;
  if (isnan (a))
    return b;
  return a + b;
}

SkBudgetData *
sk_budget_data_load (SkStore *store,
                     int      year)
{
  SkBudgetData *d = g_new0 (SkBudgetData, 1);
  g_autoptr(GArray) values = sk_store_list_budget_values (store, year - 1, year);
  g_autoptr(GArray) budget_units = sk_store_list_budget_units (store, year);
  g_autoptr(GListModel) units = sk_store_list_units (store);
  g_autoptr(GHashTable) present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gsize n_values;

  d->year = year;
  d->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  d->parents = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  d->units = g_array_new (FALSE, FALSE, sizeof (gint64));
  d->n_units = g_list_model_get_n_items (units);
  for (guint i = 0; i < d->n_units; i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);
      gint64 id = sk_record_get_id (SK_RECORD (unit));
      gint64 parent = sk_unit_get_parent_id (unit);

      g_hash_table_insert (d->index, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (i + 1));
      g_hash_table_insert (d->parents, g_memdup2 (&id, sizeof id), g_memdup2 (&parent, sizeof parent));
    }
  n_values = 2 * (gsize) MAX (d->n_units, 1) * SK_N_BUDGET_LINES * SK_N_BUDGET_VALUES * N_MONTHS;
  d->values = g_new (double, n_values);
  for (gsize i = 0; i < n_values; i++)
    d->values[i] = NAN;
  d->has_net = g_new0 (gboolean, 2 * (gsize) MAX (d->n_units, 1));

  for (guint i = 0; i < values->len; i++)
    {
      SkBudgetValue *v = &g_array_index (values, SkBudgetValue, i);
      int u = unit_index (d, v->unit_id);

      if (u < 0)
        continue;
      *slot (d, v->year, u, v->line, v->kind, v->month) = v->value;
      if (v->line == SK_BUDGET_LINE_NET)
        d->has_net[(gsize) (v->year - (year - 1)) * d->n_units + (gsize) u] = TRUE;
      if (v->year == year && v->kind == SK_BUDGET_VALUE_OUTCOME && v->line != SK_BUDGET_LINE_INVESTMENT)
        d->last_month = MAX (d->last_month, v->month);
      g_hash_table_add (present, g_memdup2 (&v->unit_id, sizeof (gint64)));
    }
  for (guint i = 0; i < budget_units->len; i++)
    g_hash_table_add (present, g_memdup2 (&g_array_index (budget_units, SkBudgetUnitEntry, i).unit_id, sizeof (gint64)));

  for (guint i = 0; i < d->n_units; i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);
      gint64 id = sk_record_get_id (SK_RECORD (unit));

      if (g_hash_table_contains (present, &id))
        g_array_append_val (d->units, id);
    }
  return d;
}

void
sk_budget_data_free (SkBudgetData *d)
{
  if (d == NULL)
    return;
  g_hash_table_unref (d->index);
  g_hash_table_unref (d->parents);
  g_free (d->values);
  g_free (d->has_net);
  g_array_unref (d->units);
  g_free (d);
}

int
sk_budget_data_get_year (SkBudgetData *d)
{
  return d->year;
}

guint
sk_budget_data_last_month (SkBudgetData *d)
{
  return d->last_month;
}

GArray *
sk_budget_data_units (SkBudgetData *d)
{
  return g_array_ref (d->units);
}

static gboolean
is_under (SkBudgetData *d, gint64 unit, gint64 ancestor)
{
  for (guint guard = 0; unit > 0 && guard < 64; guard++)
    {
      gint64 *parent;

      if (unit == ancestor)
        return TRUE;
      parent = g_hash_table_lookup (d->parents, &unit);
      unit = parent ? *parent : 0;
    }
  return FALSE;
}

/* The stored lines @sum adds up for @unit in @year. */
static guint
lines_of (SkBudgetData *d, SkBudgetSum sum, int year, gint64 unit, int lines[3])
{
  switch (sum)
    {
    case SK_BUDGET_SUM_REVENUE:
      lines[0] = SK_BUDGET_LINE_REVENUE;
      return 1;
    case SK_BUDGET_SUM_COSTS:
      lines[0] = SK_BUDGET_LINE_STAFF;
      lines[1] = SK_BUDGET_LINE_OTHER;
      return 2;
    case SK_BUDGET_SUM_STAFF:
      lines[0] = SK_BUDGET_LINE_STAFF;
      return 1;
    case SK_BUDGET_SUM_OTHER:
      lines[0] = SK_BUDGET_LINE_OTHER;
      return 1;
    case SK_BUDGET_SUM_INVESTMENT:
      lines[0] = SK_BUDGET_LINE_INVESTMENT;
      return 1;
    case SK_BUDGET_SUM_NET:
    default:
      if (has_net (d, year, unit))
        {
          lines[0] = SK_BUDGET_LINE_NET;
          return 1;
        }
      lines[0] = SK_BUDGET_LINE_REVENUE;
      lines[1] = SK_BUDGET_LINE_STAFF;
      lines[2] = SK_BUDGET_LINE_OTHER;
      return 3;
    }
}

static double
acc_outcome (SkBudgetData *d, int year, gint64 unit, int line, guint month)
{
  double sum = NAN;

  for (guint m = 1; m <= month; m++)
    sum = add (sum, raw (d, year, unit, line, SK_BUDGET_VALUE_OUTCOME, m));
  return sum;
}

static gboolean
has_months (SkBudgetData *d, int year, gint64 unit, int line, int kind)
{
  for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
    if (!isnan (raw (d, year, unit, line, kind, m)))
      return TRUE;
  return FALSE;
}

static double
year_budget (SkBudgetData *d, int year, gint64 unit, int line)
{
  double total = raw (d, year, unit, line, SK_BUDGET_VALUE_BUDGET, 0);

  if (!isnan (total))
    return total;
  for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
    total = add (total, raw (d, year, unit, line, SK_BUDGET_VALUE_BUDGET, m));
  return total;
}

static double
acc_budget (SkBudgetData *d, int year, gint64 unit, int line, guint month)
{
  double sum = 0, total;

  if (has_months (d, year, unit, line, SK_BUDGET_VALUE_BUDGET))
    {
      for (guint m = 1; m <= month; m++)
        sum = add (sum, raw (d, year, unit, line, SK_BUDGET_VALUE_BUDGET, m));
      return sum;
    }
  total = raw (d, year, unit, line, SK_BUDGET_VALUE_BUDGET, 0);
  return isnan (total) ? NAN : total * month / SK_BUDGET_MONTHS;
}

/* The latest forecast made up to @month, NAN when none. */
static double
forecast_at (SkBudgetData *d, int year, gint64 unit, int line, guint month)
{
  for (guint m = month; m >= 1; m--)
    {
      double v = raw (d, year, unit, line, SK_BUDGET_VALUE_FORECAST, m);

      if (!isnan (v))
        return v;
    }
  return NAN;
}

static gboolean
in_set (SkBudgetData *d, gint64 unit, gint64 unit_id, gboolean subtree)
{
  return unit_id == 0 || unit == unit_id || (subtree && is_under (d, unit, unit_id));
}

/* The latest month ≤ @month (< when @before) with a forecast for the set. */
static guint
report_month (SkBudgetData *d, gint64 unit_id, gboolean subtree, SkBudgetSum sum, guint month)
{
  for (guint m = month; m >= 1; m--)
    for (guint i = 0; i < d->units->len; i++)
      {
        gint64 unit = g_array_index (d->units, gint64, i);
        int lines[3];
        guint n;

        if (!in_set (d, unit, unit_id, subtree))
          continue;
        n = lines_of (d, sum, d->year, unit, lines);
        for (guint l = 0; l < n; l++)
          if (!isnan (raw (d, d->year, unit, lines[l], SK_BUDGET_VALUE_FORECAST, m)))
            return m;
      }
  return 0;
}

static double
forecast_total (SkBudgetData *d, gint64 unit_id, gboolean subtree, SkBudgetSum sum, guint month)
{
  double total = NAN;

  for (guint i = 0; i < d->units->len; i++)
    {
      gint64 unit = g_array_index (d->units, gint64, i);
      int lines[3];
      guint n;

      if (!in_set (d, unit, unit_id, subtree))
        continue;
      n = lines_of (d, sum, d->year, unit, lines);
      for (guint l = 0; l < n; l++)
        {
          double f = forecast_at (d, d->year, unit, lines[l], month);

          /* No forecast given: the budget stands (a zero forecast). */
          total = add (total, isnan (f) ? year_budget (d, d->year, unit, lines[l]) : f);
        }
    }
  return total;
}

static double
percent_of (double part, double whole)
{
  if (isnan (part) || isnan (whole) || whole == 0)
    return NAN;
  return part / fabs (whole) * 100;
}

gboolean
sk_budget_data_compute (SkBudgetData    *d,
                        guint            month,
                        gint64           unit_id,
                        gboolean         subtree,
                        SkBudgetSum      sum,
                        SkBudgetFigures *out)
{
  gboolean investment = sum == SK_BUDGET_SUM_INVESTMENT;
  gboolean any = FALSE;

  g_return_val_if_fail (d != NULL && out != NULL, FALSE);

  out->outcome = out->budget = out->deviation = out->last_year = out->diff_last_year = NAN;
  out->development = out->budget_development = out->development_gap = NAN;
  out->year_budget = out->forecast = out->forecast_deviation = NAN;
  out->previous_deviation = out->forecast_change = NAN;
  out->forecast_month = out->previous_month = 0;
  month = MIN (month, SK_BUDGET_MONTHS);

  for (guint i = 0; i < d->units->len; i++)
    {
      gint64 unit = g_array_index (d->units, gint64, i);
      int lines[3];
      guint n;

      if (!in_set (d, unit, unit_id, subtree))
        continue;
      n = lines_of (d, sum, d->year, unit, lines);
      for (guint l = 0; l < n; l++)
        {
          out->outcome = add (out->outcome, acc_outcome (d, d->year, unit, lines[l], month));
          out->budget = add (out->budget, acc_budget (d, d->year, unit, lines[l], month));
          out->year_budget = add (out->year_budget, year_budget (d, d->year, unit, lines[l]));
        }
      n = lines_of (d, sum, d->year - 1, unit, lines);
      for (guint l = 0; l < n; l++)
        out->last_year = add (out->last_year, acc_outcome (d, d->year - 1, unit, lines[l], month));
    }
  any = !isnan (out->outcome) || !isnan (out->budget) || !isnan (out->year_budget);

  if (!isnan (out->outcome) && !isnan (out->budget))
    out->deviation = investment ? out->budget - out->outcome : out->outcome - out->budget;
  if (!isnan (out->outcome) && !isnan (out->last_year))
    {
      out->diff_last_year = out->outcome - out->last_year;
      out->development = percent_of (fabs (out->outcome) - fabs (out->last_year), out->last_year);
    }
  if (!isnan (out->budget) && !isnan (out->last_year))
    out->budget_development = percent_of (fabs (out->budget) - fabs (out->last_year), out->last_year);
  if (!isnan (out->deviation) && !isnan (out->last_year))
    out->development_gap = percent_of (out->deviation, out->last_year);

  out->forecast_month = report_month (d, unit_id, subtree, sum, month);
  if (out->forecast_month > 0)
    {
      out->forecast = forecast_total (d, unit_id, subtree, sum, out->forecast_month);
      if (!isnan (out->year_budget))
        out->forecast_deviation = investment ? out->year_budget - out->forecast : out->forecast - out->year_budget;
      if (out->forecast_month > 1)
        out->previous_month = report_month (d, unit_id, subtree, sum, out->forecast_month - 1);
      if (out->previous_month > 0 && !isnan (out->year_budget))
        {
          double previous = forecast_total (d, unit_id, subtree, sum, out->previous_month);

          out->previous_deviation = investment ? out->year_budget - previous : previous - out->year_budget;
          out->forecast_change = out->forecast_deviation - out->previous_deviation;
        }
      any = TRUE;
    }
  return any;
}

void
sk_budget_data_series (SkBudgetData *d,
                       gint64        unit_id,
                       gboolean      subtree,
                       SkBudgetSum   sum,
                       double        outcome[12],
                       double        budget[12])
{
  for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
    {
      SkBudgetFigures f;

      sk_budget_data_compute (d, m, unit_id, subtree, sum, &f);
      outcome[m - 1] = m <= d->last_month ? f.outcome : NAN;
      budget[m - 1] = f.budget;
    }
}

gboolean
sk_budget_data_has (SkBudgetData      *d,
                    SkBudgetSum        sum,
                    SkBudgetValueKind  kind)
{
  for (guint i = 0; i < d->units->len; i++)
    {
      gint64 unit = g_array_index (d->units, gint64, i);
      int lines[3];
      guint n = lines_of (d, sum, d->year, unit, lines);

      for (guint l = 0; l < n; l++)
        for (guint m = 0; m <= SK_BUDGET_MONTHS; m++)
          if (!isnan (raw (d, d->year, unit, lines[l], kind, m)))
            return TRUE;
    }
  return FALSE;
}

static double
scaled (double tkr, const char *measure_unit)
{
  if (g_strcmp0 (measure_unit, "mnkr") == 0 || g_strcmp0 (measure_unit, "Mnkr") == 0)
    return tkr / 1000;
  if (g_strcmp0 (measure_unit, "kr") == 0)
    return tkr * 1000;
  return tkr;
}

gboolean
sk_budget_data_measure (SkBudgetData    *d,
                        SkBudgetMeasure  measure,
                        guint            month,
                        gint64           unit_id,
                        const char      *measure_unit,
                        double          *value,
                        double          *reference)
{
  SkBudgetFigures f;
  gboolean ok;

  *value = NAN;
  if (reference)
    *reference = NAN;
  switch (measure)
    {
    case SK_BUDGET_MEASURE_ACCUMULATED_DEVIATION:
      ok = sk_budget_data_compute (d, month, unit_id, TRUE, SK_BUDGET_SUM_NET, &f);
      if (!ok || isnan (f.outcome) || isnan (f.deviation))
        return FALSE;
      *value = scaled (f.deviation, measure_unit);
      return TRUE;

    case SK_BUDGET_MEASURE_FORECAST_DEVIATION:
    case SK_BUDGET_MEASURE_INVESTMENT_DEVIATION:
      ok = sk_budget_data_compute (d, month, unit_id, TRUE,
                                   measure == SK_BUDGET_MEASURE_FORECAST_DEVIATION
                                   ? SK_BUDGET_SUM_NET : SK_BUDGET_SUM_INVESTMENT, &f);
      if (!ok || f.forecast_month != month || isnan (f.forecast_deviation))
        return FALSE;
      *value = scaled (f.forecast_deviation, measure_unit);
      return TRUE;

    case SK_BUDGET_MEASURE_COST_DEVELOPMENT:
    case SK_BUDGET_MEASURE_REVENUE_DEVELOPMENT:
      ok = sk_budget_data_compute (d, month, unit_id, TRUE,
                                   measure == SK_BUDGET_MEASURE_COST_DEVELOPMENT
                                   ? SK_BUDGET_SUM_COSTS : SK_BUDGET_SUM_REVENUE, &f);
      if (!ok || isnan (f.development))
        return FALSE;
      /* With one decimal, as the report prints them ("2,2%"), so the
       * status judges the figure the board reads. */
      *value = round (f.development * 10) / 10;
      if (reference)
        *reference = round (f.budget_development * 10) / 10;
      return TRUE;

    default:
      return FALSE;
    }
}

/* ---- Economy indicators ---- */

/* Views compute the economy indicators for many months and units: the
 * year's data is read once and kept on the store until its next change
 * (any ::changed, own or external, empties the cache). */
#define CACHE_KEY "sk-budget-data-cache"

static void
forget_cache (SkStore    *store,
              const char *table,
              gpointer    cache)
{
  g_hash_table_remove_all (cache);
}

static SkBudgetData *
cached_data (SkStore *store,
             int      year)
{
  GHashTable *cache = g_object_get_data (G_OBJECT (store), CACHE_KEY);
  SkBudgetData *d;

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) sk_budget_data_free);
      g_object_set_data_full (G_OBJECT (store), CACHE_KEY, cache, (GDestroyNotify) g_hash_table_unref);
      g_signal_connect (store, "changed", G_CALLBACK (forget_cache), cache);
    }
  d = g_hash_table_lookup (cache, GINT_TO_POINTER (year));
  if (d == NULL)
    {
      d = sk_budget_data_load (store, year);
      g_hash_table_insert (cache, GINT_TO_POINTER (year), d);
    }
  return d;
}

static SkOutcome *
make_outcome (gint64 indicator_id, gint64 unit_id, const char *period, SkOutcomeKind kind, double value)
{
  SkOutcome *o = sk_outcome_new ();

  sk_outcome_set_indicator_id (o, indicator_id);
  sk_outcome_set_unit_id (o, unit_id);
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, kind);
  sk_outcome_set_value (o, value);
  sk_outcome_set_changed_by (o, "");
  sk_outcome_set_changed_at (o, "");
  return o;
}

static int
compare_outcomes (gconstpointer a, gconstpointer b, gpointer data)
{
  SkOutcome *x = (SkOutcome *) a, *y = (SkOutcome *) b;
  int c = g_strcmp0 (sk_outcome_get_period (x), sk_outcome_get_period (y));

  return c != 0 ? c : (int) sk_outcome_get_kind (x) - (int) sk_outcome_get_kind (y);
}

static char *
outcome_key (const char *period, SkOutcomeKind kind)
{
  return g_strdup_printf ("%s/%d", period, kind);
}

GListModel *
sk_budget_indicator_outcomes (SkStore     *store,
                              gint64       indicator_id,
                              gint64       unit_id,
                              const char  *from_period,
                              const char  *to_period,
                              GListModel  *stored)
{
  int measure = sk_store_get_budget_measure (store, indicator_id);
  g_autoptr(SkIndicator) indicator = NULL;
  const char *measure_unit;
  g_autoptr(GHashTable) computed = NULL;   /* "period/kind" → SkOutcome */
  GListStore *result;
  int from_year, from_month, to_year, to_month;
  gboolean forecast;

  if (measure < 0 || unit_id <= 0 || !sk_period_parse (from_period, &from_year, &from_month)
      || !sk_period_parse (to_period, &to_year, &to_month))
    return NULL;
  /* Amounts in the unit of the indicator's base definition (mnkr, tkr). */
  indicator = sk_store_get_indicator (store, indicator_id);
  if (indicator == NULL)
    return NULL;
  measure_unit = sk_indicator_get_measure_unit (indicator);
  forecast = measure == SK_BUDGET_MEASURE_FORECAST_DEVIATION || measure == SK_BUDGET_MEASURE_INVESTMENT_DEVIATION;
  computed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (int year = from_year; year <= to_year; year++)
    {
      SkBudgetData *d;
      int first = year == from_year ? from_month : 1;
      int last = year == to_year ? to_month : SK_BUDGET_MONTHS;

      if (!sk_store_has_budget (store, year))
        continue;
      d = cached_data (store, year);
      for (int m = first; m <= last; m++)
        {
          g_autofree char *period = NULL;
          double value, reference;

          /* Accumulated figures stand only through the months booked. */
          if (!forecast && (guint) m > sk_budget_data_last_month (d))
            break;
          if (!sk_budget_data_measure (d, measure, (guint) m, unit_id, measure_unit, &value, &reference))
            continue;
          period = sk_period_make (year, m);
          g_hash_table_insert (computed, outcome_key (period, forecast ? SK_OUTCOME_MONTH : SK_OUTCOME_YTD),
                               make_outcome (indicator_id, unit_id, period,
                                             forecast ? SK_OUTCOME_MONTH : SK_OUTCOME_YTD, value));
          if (!isnan (reference))
            g_hash_table_insert (computed, outcome_key (period, SK_OUTCOME_REFERENCE),
                                 make_outcome (indicator_id, unit_id, period, SK_OUTCOME_REFERENCE, reference));
        }
    }

  /* The stored rows stay where the budget has no figure; where it has,
   * the budget's figure replaces the value and the comment stays. */
  result = g_list_store_new (SK_TYPE_OUTCOME);
  for (guint i = 0; stored != NULL && i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(SkOutcome) o = g_list_model_get_item (stored, i);
      g_autofree char *key = outcome_key (sk_outcome_get_period (o), sk_outcome_get_kind (o));
      SkOutcome *c = g_hash_table_lookup (computed, key);

      if (c == NULL)
        {
          g_list_store_append (result, o);
          continue;
        }
      sk_outcome_set_comment (c, sk_outcome_get_comment (o));
      sk_outcome_set_changed_by (c, sk_outcome_get_changed_by (o));
      sk_outcome_set_changed_at (c, sk_outcome_get_changed_at (o));
    }
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, computed);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_list_store_append (result, value);
  }
  /* In period order, as sk_store_list_outcomes gives them. */
  g_list_store_sort (result, (GCompareDataFunc) compare_outcomes, NULL);
  return G_LIST_MODEL (result);
}
