/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-derived"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-derived.h"
#include "sk-format.h"

/* The twelve months ending at the period: slot 11 is the period itself. */
#define WINDOW 12

typedef struct
{
  double value[WINDOW];
  double numerator[WINDOW];
  double denominator[WINDOW];
  double ytd[WINDOW];         /* year-to-date figures a source system reported */
} MonthWindow;

double
sk_aggregate (SkAggregation  aggregation,
              const double  *values,
              const double  *numerators,
              const double  *denominators,
              guint          n,
              gboolean       percent)
{
  double sum = 0.0;
  double den_sum = 0.0;
  guint used = 0;

  if (aggregation == SK_AGGREGATION_RATIO)
    {
      g_return_val_if_fail (n == 0 || (numerators != NULL && denominators != NULL), NAN);

      /* A ratio of sums, not a mean of ratios: big months weigh more. */
      for (guint i = 0; i < n; i++)
        {
          if (isnan (numerators[i]) || isnan (denominators[i]))
            continue;
          sum += numerators[i];
          den_sum += denominators[i];
          used++;
        }
      if (used == 0 || den_sum == 0.0)
        return NAN;
      return sum / den_sum * (percent ? 100.0 : 1.0);
    }

  g_return_val_if_fail (n == 0 || values != NULL, NAN);

  if (aggregation == SK_AGGREGATION_LATEST)
    {
      for (guint i = n; i > 0; i--)
        if (!isnan (values[i - 1]))
          return values[i - 1];
      return NAN;
    }

  for (guint i = 0; i < n; i++)
    {
      if (isnan (values[i]))
        continue;
      sum += values[i];
      used++;
    }
  if (used == 0)
    return NAN;

  return aggregation == SK_AGGREGATION_MEAN ? sum / used : sum;
}

int
sk_tertial_of (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  return (month - 1) / 4 + 1;
}

int
sk_tertial_first_month (int tertial)
{
  g_return_val_if_fail (tertial >= 1 && tertial <= 3, 0);

  return (tertial - 1) * 4 + 1;
}

static void
figures_init (SkFigures *figures)
{
  memset (figures, 0, sizeof *figures);
  figures->month = NAN;
  figures->ytd = NAN;
  figures->r12 = NAN;
  figures->tertial = NAN;
  figures->reference = NAN;
  figures->baseline = NAN;
  figures->threshold = NAN;
  figures->status_value = NAN;
  figures->status = SK_STATUS_NO_VALUE;
  figures->ytd_status = SK_STATUS_NO_VALUE;
}

void
sk_figures_clear (SkFigures *figures)
{
  g_return_if_fail (figures != NULL);

  g_free (figures->missing_reason);
  g_free (figures->comment);
  g_clear_object (&figures->target);
  figures_init (figures);
}

/* Months counted from year 0, so windows can cross a year boundary. */
static int
month_index (int year,
             int month)
{
  return year * 12 + (month - 1);
}

/* Months in slots @first..period that hold a number (a gap is not a zero). */
static guint
count_months (const MonthWindow *window,
              guint              first)
{
  guint n = 0;

  for (guint i = first; i < WINDOW; i++)
    n += !isnan (window->value[i]) ||
         (!isnan (window->numerator[i]) && !isnan (window->denominator[i]));
  return n;
}

/* Aggregates the slots @first..period of @window. */
static double
aggregate_window (const MonthWindow *window,
                  guint              first,
                  SkAggregation      aggregation,
                  gboolean           percent)
{
  guint n = WINDOW - first;
  double result;

  result = sk_aggregate (aggregation, window->value + first, window->numerator + first,
                         window->denominator + first, n, percent);

  /* Months entered as plain values (no numerator/denominator) still
   * give a figure for a ratio indicator: their mean. */
  if (isnan (result) && aggregation == SK_AGGREGATION_RATIO)
    result = sk_aggregate (SK_AGGREGATION_MEAN, window->value + first, NULL, NULL, n, percent);

  return result;
}

/*
 * Year to date when a source system reported it up to an earlier month
 * (January–April) and months were entered after it (May): the reported
 * figure stands for its months and the later months are added to it, so
 * the months before are not lost. NAN when there is nothing to continue.
 */
static double
continue_reported_ytd (const MonthWindow *window,
                       guint              jan_slot,
                       SkAggregation      aggregation,
                       gboolean           percent,
                       guint             *n_months)
{
  int reported = -1;
  double after;
  guint before, n_after;

  for (int i = WINDOW - 2; i >= (int) jan_slot; i--)
    if (!isnan (window->ytd[i]))
      {
        reported = i;
        break;
      }
  if (reported < 0 || (n_after = count_months (window, reported + 1)) == 0)
    return NAN;

  before = reported - jan_slot + 1;
  *n_months = before + n_after;
  switch (aggregation)
    {
    case SK_AGGREGATION_SUM:
      after = aggregate_window (window, reported + 1, SK_AGGREGATION_SUM, percent);
      return window->ytd[reported] + after;

    case SK_AGGREGATION_LATEST:
      return aggregate_window (window, reported + 1, SK_AGGREGATION_LATEST, percent);

    case SK_AGGREGATION_MEAN:
    case SK_AGGREGATION_RATIO:
    default:
      /* Without the reported parts, weigh the reported mean by its months. */
      after = sk_aggregate (SK_AGGREGATION_SUM, window->value + reported + 1, NULL, NULL,
                            WINDOW - reported - 1, percent);
      return (window->ytd[reported] * before + after) / *n_months;
    }
}

/* Sorts the period's outcomes into the month window and the reported figures. */
static void
collect_outcomes (GListModel  *outcomes,
                  int          first_index,
                  const char  *period,
                  MonthWindow *window,
                  SkFigures   *out)
{
  guint n = g_list_model_get_n_items (outcomes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkOutcome) o = g_list_model_get_item (outcomes, i);
      const char *p = sk_outcome_get_period (o);
      gboolean at_period = g_strcmp0 (p, period) == 0;
      int year, month, slot;

      if (!sk_period_parse (p, &year, &month))
        continue;
      slot = month_index (year, month) - first_index;
      if (slot < 0 || slot >= WINDOW)
        continue;

      switch (sk_outcome_get_kind (o))
        {
        case SK_OUTCOME_MONTH:
          window->value[slot] = sk_outcome_get_value (o);
          window->numerator[slot] = sk_outcome_get_numerator (o);
          window->denominator[slot] = sk_outcome_get_denominator (o);
          if (at_period)
            {
              out->month = sk_outcome_get_value (o);
              out->missing_reason = g_strdup (sk_outcome_get_missing_reason (o));
              out->comment = g_strdup (sk_outcome_get_comment (o));
            }
          break;

        case SK_OUTCOME_YTD:
          window->ytd[slot] = sk_outcome_get_value (o);
          if (at_period && !isnan (sk_outcome_get_value (o)))
            {
              out->ytd = sk_outcome_get_value (o);
              out->ytd_reported = TRUE;
            }
          break;

        case SK_OUTCOME_R12:
          if (at_period && !isnan (sk_outcome_get_value (o)))
            {
              out->r12 = sk_outcome_get_value (o);
              out->r12_reported = TRUE;
            }
          break;

        case SK_OUTCOME_REFERENCE:
          if (at_period)
            out->reference = sk_outcome_get_value (o);
          break;

        default:
          break;
        }
    }
}

/* The stored outcome at the month of a relative target's baseline date:
 * the month's own value, else what was reported for the year so far. */
static double
lookup_baseline (SkStore    *store,
                 gint64      indicator_id,
                 gint64      unit_id,
                 const char *date)
{
  static const SkOutcomeKind kinds[] = { SK_OUTCOME_MONTH, SK_OUTCOME_YTD };
  g_autofree char *period = NULL;
  int year, month;

  /* "2024-12-31" → "2024-12" */
  if (date == NULL || strlen (date) < 7)
    return NAN;
  period = g_strndup (date, 7);
  if (!sk_period_parse (period, &year, &month))
    return NAN;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(SkOutcome) o = sk_store_get_outcome (store, indicator_id, unit_id, period, kinds[i]);

      if (o != NULL && !isnan (sk_outcome_get_value (o)))
        return sk_outcome_get_value (o);
    }
  return NAN;
}

static SkStatus
evaluate (SkTarget    *target,
          SkIndicator *indicator,
          double       value,
          double       baseline,
          double       reference)
{
  if (target == NULL || !sk_target_unit_matches (target, sk_indicator_get_measure_unit (indicator)))
    return isnan (value) ? SK_STATUS_NO_VALUE : SK_STATUS_NO_TARGET;

  return sk_target_evaluate (target, sk_indicator_get_direction (indicator), value,
                             sk_indicator_get_tolerance (indicator), baseline, reference);
}

static void
judge (SkIndicator *indicator,
       int          month,
       SkFigures   *out)
{
  double ytd_value = out->ytd;

  if (out->target != NULL &&
      (!sk_target_unit_matches (out->target, sk_indicator_get_measure_unit (indicator))
       || !sk_target_threshold (out->target, out->baseline, out->reference, &out->threshold)))
    out->threshold = NAN;

  if (!isnan (out->month))
    out->status_value = out->month;
  else if (out->r12_reported)
    out->status_value = out->r12;
  else if (out->ytd_reported)
    out->status_value = out->ytd;

  out->status = evaluate (out->target, indicator, out->status_value, out->baseline, out->reference);

  /* A summed year-to-date is judged against the target of as many months:
   * comparing ytd / months with the threshold is the same test, tolerance
   * included, since the tolerance is a fraction of the threshold. */
  if (sk_indicator_get_aggregation (indicator) == SK_AGGREGATION_SUM && !isnan (ytd_value))
    {
      guint months = out->ytd_reported ? (guint) month : out->ytd_months;

      ytd_value = months > 0 ? ytd_value / months : NAN;
    }
  out->ytd_status = evaluate (out->target, indicator, ytd_value, out->baseline, out->reference);
}

gboolean
sk_figures_compute (SkStore     *store,
                    SkIndicator *indicator,
                    gint64       unit_id,
                    const char  *period,
                    SkFigures   *out)
{
  g_autoptr(GListModel) outcomes = NULL;
  g_autofree char *from = NULL;
  SkAggregation aggregation;
  MonthWindow window;
  gint64 indicator_id;
  gboolean percent;
  int year, month, first_index;
  guint jan_slot, tertial_slot;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  figures_init (out);
  if (!sk_period_parse (period, &year, &month))
    return FALSE;

  indicator_id = sk_record_get_id (SK_RECORD (indicator));
  aggregation = sk_indicator_get_aggregation (indicator);
  percent = g_strcmp0 (sk_indicator_get_measure_unit (indicator), "%") == 0;

  for (guint i = 0; i < WINDOW; i++)
    window.value[i] = window.numerator[i] = window.denominator[i] = window.ytd[i] = NAN;

  first_index = month_index (year, month) - (WINDOW - 1);
  from = sk_period_make (first_index / 12, first_index % 12 + 1);
  outcomes = sk_store_list_outcomes (store, indicator_id, unit_id, from, period);
  collect_outcomes (outcomes, first_index, period, &window, out);

  jan_slot = WINDOW - month;
  tertial_slot = WINDOW - 1 - (month - sk_tertial_first_month (sk_tertial_of (month)));

  out->ytd_months = count_months (&window, jan_slot);
  if (!out->ytd_reported)
    {
      guint months = 0;
      double continued = continue_reported_ytd (&window, jan_slot, aggregation, percent, &months);

      if (!isnan (continued))
        {
          out->ytd = continued;
          out->ytd_months = months;
        }
      else
        out->ytd = aggregate_window (&window, jan_slot, aggregation, percent);
    }
  if (!out->r12_reported && count_months (&window, 0) > 0)
    out->r12 = aggregate_window (&window, 0, aggregation, percent);
  out->tertial = aggregate_window (&window, tertial_slot, aggregation, percent);

  out->target = sk_store_get_target (store, indicator_id, year);
  if (out->target != NULL && sk_target_get_kind (out->target) == SK_TARGET_RELATIVE)
    out->baseline = lookup_baseline (store, indicator_id, unit_id,
                                     sk_target_get_baseline_date (out->target));

  judge (indicator, month, out);
  return TRUE;
}
