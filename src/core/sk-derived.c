/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-derived"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

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
  double r12[WINDOW];         /* R12 figures a source system reported */
  double reference[WINDOW];   /* the figures "Enligt budget" refers to */
  int    decimals;            /* the most decimals among the stored values */
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
  figures->month_status = SK_STATUS_NO_VALUE;
  figures->ytd_status = SK_STATUS_NO_VALUE;
  figures->r12_status = SK_STATUS_NO_VALUE;
}

int
sk_figure_decimals_of (double value)
{
  if (!isfinite (value))
    return 0;
  /* Stored doubles are not exact decimals: "92,3" is 92.299999…. */
  for (int d = 0; d < 2; d++)
    {
      double scaled = fabs (value) * pow (10, d);

      if (fabs (scaled - round (scaled)) < 1e-6 * MAX (1.0, scaled))
        return d;
    }
  return 2;
}

char *
sk_figure_text (double      value,
                int         decimals,
                const char *measure_unit)
{
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup ("");
  number = sk_format_number (value, CLAMP (decimals, 0, 2));
  if (measure_unit == NULL || *measure_unit == '\0')
    return g_steal_pointer (&number);
  return g_strconcat (number, " ", measure_unit, NULL);
}

char *
sk_figures_format (const SkFigures *figures,
                   SkIndicator     *indicator,
                   double           value)
{
  g_return_val_if_fail (figures != NULL, NULL);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), NULL);

  return sk_figure_text (value, figures->decimals, sk_indicator_get_measure_unit (indicator));
}

char *
sk_figures_ytd_caption (const SkFigures *figures)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (figures != NULL, NULL);
  if (isnan (figures->ytd) || figures->ytd_through < 1)
    return NULL;
  /* TRANSLATORS: %s is a month abbreviation: "t.o.m. apr" */
  what = g_strdup_printf (_("to %s"), sk_month_abbrev (figures->ytd_through));
  if (!figures->ytd_reported)
    return g_steal_pointer (&what);
  return g_strdup_printf ("%s, %s", what, _("reported"));
}

char *
sk_figures_r12_caption (const SkFigures *figures)
{
  g_autofree char *what = NULL;

  g_return_val_if_fail (figures != NULL, NULL);
  if (isnan (figures->r12) || figures->r12_through < 1)
    return NULL;
  /* TRANSLATORS: rolling 12 months up to a month: "R12 t.o.m. apr" */
  what = g_strdup_printf (_("R12 to %s"), sk_month_abbrev (figures->r12_through));
  if (!figures->r12_reported)
    return g_steal_pointer (&what);
  return g_strdup_printf ("%s, %s", what, _("reported"));
}

char *
sk_figures_status_when (const SkFigures *figures)
{
  g_autofree char *when = NULL;

  g_return_val_if_fail (figures != NULL, NULL);
  if (figures->status_month < 1)
    return NULL;
  when = g_strdup_printf ("%s %d", sk_month_abbrev (figures->status_month), figures->year);
  /* A qualified target shows the figure it is checked against. */
  switch (figures->target ? sk_target_get_qualifier (figures->target) : SK_QUALIFIER_NONE)
    {
    case SK_QUALIFIER_YTD:
    case SK_QUALIFIER_YTD_MEAN:
    case SK_QUALIFIER_MEAN:
      return g_strdup_printf (_("to %s"), when);
    case SK_QUALIFIER_R12:
      return g_strdup_printf (_("R12 to %s"), when);
    case SK_QUALIFIER_NONE:
    default:
      return g_steal_pointer (&when);
    }
}

/* @indicator as @year's plan defines it, when that differs from the object
 * passed; NULL to use @indicator as it is. */
static SkIndicator *
definition_of_year (SkStore     *store,
                    SkIndicator *indicator,
                    int          year)
{
  SkIndicator *of_year;

  if (sk_indicator_get_year (indicator) == year || sk_record_get_id (SK_RECORD (indicator)) <= 0)
    return NULL;
  of_year = sk_store_get_indicator_in_year (store, sk_record_get_id (SK_RECORD (indicator)), year);
  if (of_year != NULL && sk_indicator_get_year (of_year) != year)
    g_clear_object (&of_year);
  return of_year;
}

gint64
sk_figures_overview_unit (SkStore     *store,
                          SkIndicator *indicator,
                          int          year)
{
  g_autoptr(GListModel) units = NULL;
  g_autoptr(SkIndicator) of_year = NULL;
  gint64 responsible, root = 0, first = 0;

  g_return_val_if_fail (SK_IS_STORE (store), 0);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), 0);

  units = sk_store_list_outcome_units (store, sk_record_get_id (SK_RECORD (indicator)), year);
  of_year = definition_of_year (store, indicator, year);
  responsible = sk_indicator_get_responsible_unit_id (of_year != NULL ? of_year : indicator);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);
      gint64 id = sk_record_get_id (SK_RECORD (unit));

      if (id == responsible)
        return id;
      if (root == 0 && sk_unit_get_parent_id (unit) == 0)
        root = id;
      if (first == 0)
        first = id;
    }
  return root != 0 ? root : first;
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
 * Year to date from the latest figure a source system reported in the
 * year (January–April): alone when no month follows it up to the period
 * (at May before May is entered, the figure through April stands), else
 * continued by the months entered after it, so the months before are not
 * lost. NAN when nothing was reported. @through: the slot it stands for.
 */
static double
continue_reported_ytd (const MonthWindow *window,
                       guint              jan_slot,
                       SkAggregation      aggregation,
                       gboolean           percent,
                       guint             *n_months,
                       guint             *through)
{
  int reported = -1;
  double after;
  guint before, n_after;

  for (int i = WINDOW - 1; i >= (int) jan_slot; i--)
    if (!isnan (window->ytd[i]))
      {
        reported = i;
        break;
      }
  if (reported < 0)
    return NAN;

  before = reported - jan_slot + 1;
  n_after = count_months (window, reported + 1);
  *n_months = before + n_after;
  *through = reported;
  if (n_after == 0)
    return window->ytd[reported];

  for (guint i = reported + 1; i < WINDOW; i++)
    if (!isnan (window->value[i]))
      *through = i;
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

/* The latest slot from @first on with a month value, -1 without. */
static int
latest_month_slot (const MonthWindow *window,
                   guint              first)
{
  for (int i = WINDOW - 1; i >= (int) first; i--)
    if (!isnan (window->value[i]))
      return i;
  return -1;
}

/* Only the period's own year counts, so the figures of a year share one
 * precision from January on: at May before May is entered it is April's. */
static void
note_decimals (MonthWindow *window,
               int          slot,
               int          jan_slot,
               double       value)
{
  if (slot >= jan_slot && !isnan (value))
    window->decimals = MAX (window->decimals, sk_figure_decimals_of (value));
}

/* Sorts the period's outcomes into the month window and the reported figures. */
static void
collect_outcomes (GListModel  *outcomes,
                  int          first_index,
                  int          jan_slot,
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
          note_decimals (window, slot, jan_slot, sk_outcome_get_value (o));
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
          note_decimals (window, slot, jan_slot, sk_outcome_get_value (o));
          if (at_period && !isnan (sk_outcome_get_value (o)))
            {
              out->ytd = sk_outcome_get_value (o);
              out->ytd_reported = TRUE;
            }
          break;

        case SK_OUTCOME_R12:
          window->r12[slot] = sk_outcome_get_value (o);
          note_decimals (window, slot, jan_slot, sk_outcome_get_value (o));
          if (at_period && !isnan (sk_outcome_get_value (o)))
            {
              out->r12 = sk_outcome_get_value (o);
              out->r12_reported = TRUE;
            }
          break;

        case SK_OUTCOME_REFERENCE:
          window->reference[slot] = sk_outcome_get_value (o);
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
  if (target == NULL)
    return isnan (value) ? SK_STATUS_NO_VALUE : SK_STATUS_NO_TARGET;
  /* "834 st" for a share in %: a target, but not one the value can meet. */
  if (!sk_target_unit_matches (target, sk_indicator_get_measure_unit (indicator)))
    return SK_STATUS_NOT_COMPARABLE;

  return sk_target_evaluate (target, sk_indicator_get_direction (indicator), value,
                             sk_indicator_get_tolerance (indicator), baseline, reference);
}

/* @value as shown: judged at the decimals it is written with. */
static double
as_shown (double value,
          int    decimals)
{
  g_autofree char *text = NULL;
  double shown;

  if (isnan (value))
    return NAN;
  text = sk_format_number (value, decimals);
  return sk_parse_number (text, &shown) ? shown : value;
}

/* The latest figure of the year up to the period: a month value, else a
 * reported R12, else a reported YTD, from the latest month holding one. */
static void
find_latest (const MonthWindow *window,
             guint              jan_slot,
             int                month,
             SkFigures         *out)
{
  for (int i = WINDOW - 1; i >= (int) jan_slot; i--)
    {
      double v = !isnan (window->value[i]) ? window->value[i]
               : !isnan (window->r12[i]) ? window->r12[i]
               : window->ytd[i];

      if (!isnan (v))
        {
          out->status_value = v;
          out->status_month = month - (WINDOW - 1 - i);
          return;
        }
    }
}

/*
 * The figure a qualified target ("ackumulerat", "R12", "medelvärde") is
 * checked against, whatever the indicator's own aggregation; NAN without
 * a qualifier or a figure. @through: the month it stands through.
 */
static double
qualified_figure (const MonthWindow *window,
                  int                month,
                  SkAggregation      aggregation,
                  gboolean           percent,
                  const SkFigures   *out,
                  int               *through)
{
  guint jan_slot = WINDOW - month;
  int last = latest_month_slot (window, jan_slot);
  double value;

  *through = last >= 0 ? month - (WINDOW - 1 - last) : 0;
  switch (out->target ? sk_target_get_qualifier (out->target) : SK_QUALIFIER_NONE)
    {
    case SK_QUALIFIER_YTD:
      /* A share is never added up: its accumulated figure is its year to date. */
      if (aggregation == SK_AGGREGATION_SUM || percent)
        {
          *through = out->ytd_through;
          return out->ytd;
        }
      return aggregate_window (window, jan_slot, SK_AGGREGATION_SUM, percent);

    case SK_QUALIFIER_YTD_MEAN:
    case SK_QUALIFIER_MEAN:
      /* A ratio's mean is the ratio of the sums, as its year to date is. */
      if (aggregation == SK_AGGREGATION_MEAN || aggregation == SK_AGGREGATION_RATIO)
        {
          *through = out->ytd_through;
          return out->ytd;
        }
      value = aggregate_window (window, jan_slot, SK_AGGREGATION_MEAN, percent);
      if (isnan (value) && aggregation == SK_AGGREGATION_SUM && out->ytd_through > 0)
        {
          /* Only a reported sum: its mean over the months it stands for. */
          *through = out->ytd_through;
          return out->ytd / (out->ytd_reported ? (guint) out->ytd_through : MAX (out->ytd_months, 1));
        }
      return value;

    case SK_QUALIFIER_R12:
      *through = out->r12_through;
      return out->r12;

    case SK_QUALIFIER_NONE:
    default:
      *through = 0;
      return NAN;
    }
}

static void
judge (SkIndicator *indicator,
       SkFigures   *out)
{
  double ytd_value = as_shown (out->ytd, out->decimals);
  SkTargetQualifier qualifier = out->target ? sk_target_get_qualifier (out->target)
                                            : SK_QUALIFIER_NONE;

  if (out->target != NULL &&
      (!sk_target_unit_matches (out->target, sk_indicator_get_measure_unit (indicator))
       || !sk_target_threshold (out->target, out->baseline, out->reference, &out->threshold)))
    out->threshold = NAN;

  out->status = evaluate (out->target, indicator, as_shown (out->status_value, out->decimals),
                          out->baseline, out->reference);
  /* "R12 <15 %" judges the rolling figure, not the month's own value. */
  out->month_status = qualifier == SK_QUALIFIER_NONE
                      || !sk_target_unit_matches (out->target, sk_indicator_get_measure_unit (indicator))
                      ? evaluate (out->target, indicator, as_shown (out->month, out->decimals),
                                  out->baseline, out->reference)
                      : isnan (out->month) ? SK_STATUS_NO_VALUE : SK_STATUS_NO_TARGET;
  out->r12_status = evaluate (out->target, indicator, as_shown (out->r12, out->decimals),
                              out->baseline, out->reference);

  /* A summed year-to-date is judged against the target of as many months:
   * comparing ytd / months with the threshold is the same test, tolerance
   * included, since the tolerance is a fraction of the threshold. A target
   * written for the accumulated sum is judged against the sum itself. */
  if (qualifier == SK_QUALIFIER_YTD || qualifier == SK_QUALIFIER_YTD_MEAN
      || qualifier == SK_QUALIFIER_MEAN)
    ytd_value = as_shown (out->status_value, out->decimals);
  else if (sk_indicator_get_aggregation (indicator) == SK_AGGREGATION_SUM && !isnan (ytd_value))
    {
      guint months = out->ytd_reported ? (guint) out->ytd_through : out->ytd_months;

      ytd_value = months > 0 ? ytd_value / months : NAN;
    }
  out->ytd_status = evaluate (out->target, indicator, ytd_value, out->baseline, out->reference);

  /* "R12 <15 %" says nothing about the year to date, "ackumulerat" nothing
   * about the rolling year: only the figure the qualifier picks is judged. */
  if (qualifier == SK_QUALIFIER_NONE
      || !sk_target_unit_matches (out->target, sk_indicator_get_measure_unit (indicator)))
    return;
  if (qualifier == SK_QUALIFIER_R12)
    out->ytd_status = isnan (out->ytd) ? SK_STATUS_NO_VALUE : SK_STATUS_NO_TARGET;
  else
    out->r12_status = isnan (out->r12) ? SK_STATUS_NO_VALUE : SK_STATUS_NO_TARGET;
}

/* Year to date and R12 per the rules in sk-derived.h. */
static void
derive_ytd_r12 (const MonthWindow *window,
                int                month,
                SkAggregation      aggregation,
                gboolean           percent,
                SkFigures         *out)
{
  guint jan_slot = WINDOW - month;
  guint months = 0, through = 0;
  double continued;

  out->ytd_months = count_months (window, jan_slot);
  if (out->ytd_reported)
    out->ytd_through = month;
  else if (!isnan (continued = continue_reported_ytd (window, jan_slot, aggregation, percent,
                                                      &months, &through)))
    {
      out->ytd = continued;
      out->ytd_months = months;
      out->ytd_through = month - (WINDOW - 1 - (int) through);
      /* Only the reported figure itself, not one continued by months. */
      out->ytd_reported = !isnan (window->ytd[through]);
    }
  else
    {
      int last = latest_month_slot (window, jan_slot);

      out->ytd = aggregate_window (window, jan_slot, aggregation, percent);
      if (last >= 0)
        out->ytd_through = month - (WINDOW - 1 - last);
    }
  if (isnan (out->ytd))
    out->ytd_through = 0;

  if (out->r12_reported)
    out->r12_through = month;
  else
    {
      for (int i = WINDOW - 2; i >= (int) jan_slot; i--)
        if (!isnan (window->r12[i]))
          {
            out->r12 = window->r12[i];
            out->r12_reported = TRUE;
            out->r12_through = month - (WINDOW - 1 - i);
            return;
          }
      if (count_months (window, 0) == WINDOW)
        {
          out->r12 = aggregate_window (window, 0, aggregation, percent);
          out->r12_through = month;
        }
    }
}

static gboolean compute_figures (SkStore *store, SkIndicator *indicator, gint64 unit_id,
                                 const char *period, SkFigures *out, gboolean with_target);

/*
 * "Bibehålla nivån": last year's year-end outcome, the year to date at
 * December (for a count of listed patients, December's figure; for a
 * share, the year's). A sum is judged per month (see judge), so its level
 * is the year's monthly mean, unless the target is written for the
 * accumulated sum.
 */
static double
last_year_level (SkStore           *store,
                 SkIndicator       *indicator,
                 gint64             unit_id,
                 int                year,
                 SkTargetQualifier  qualifier)
{
  g_autofree char *december = sk_period_make (year - 1, 12);
  SkFigures last;
  double level = NAN;

  if (!compute_figures (store, indicator, unit_id, december, &last, FALSE))
    return NAN;
  if (qualifier == SK_QUALIFIER_R12 && !isnan (last.r12))
    level = last.r12;
  else if (!isnan (last.ytd))
    {
      guint months = last.ytd_reported ? (guint) last.ytd_through : last.ytd_months;

      level = last.ytd;
      if (sk_indicator_get_aggregation (indicator) == SK_AGGREGATION_SUM
          && qualifier != SK_QUALIFIER_YTD)
        level = months > 0 ? last.ytd / months : NAN;
    }
  else
    level = last.status_value;
  sk_figures_clear (&last);
  return level;
}

gboolean
sk_figures_compute (SkStore     *store,
                    SkIndicator *indicator,
                    gint64       unit_id,
                    const char  *period,
                    SkFigures   *out)
{
  return compute_figures (store, indicator, unit_id, period, out, TRUE);
}

static gboolean
compute_figures (SkStore     *store,
                 SkIndicator *indicator,
                 gint64       unit_id,
                 const char  *period,
                 SkFigures   *out,
                 gboolean     with_target)
{
  g_autoptr(GListModel) outcomes = NULL;
  g_autoptr(SkIndicator) of_year = NULL;
  g_autofree char *from = NULL;
  SkAggregation aggregation;
  MonthWindow window;
  gint64 indicator_id;
  gboolean percent;
  int year, month, first_index;
  guint tertial_slot;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  figures_init (out);
  if (!sk_period_parse (period, &year, &month))
    return FALSE;
  /* Judged by that year's definition (direction, unit, tolerance …):
   * changing next year's plan never changes an adopted year's status. */
  of_year = definition_of_year (store, indicator, year);
  if (of_year != NULL)
    indicator = of_year;

  indicator_id = sk_record_get_id (SK_RECORD (indicator));
  aggregation = sk_indicator_get_aggregation (indicator);
  percent = g_strcmp0 (sk_indicator_get_measure_unit (indicator), "%") == 0;

  for (guint i = 0; i < WINDOW; i++)
    window.value[i] = window.numerator[i] = window.denominator[i] = window.ytd[i] = window.r12[i] = NAN;
  for (guint i = 0; i < WINDOW; i++)
    window.reference[i] = NAN;
  window.decimals = 0;

  first_index = month_index (year, month) - (WINDOW - 1);
  from = sk_period_make (first_index / 12, first_index % 12 + 1);
  outcomes = sk_store_list_outcomes (store, indicator_id, unit_id, from, period);
  collect_outcomes (outcomes, first_index, WINDOW - month, period, &window, out);

  tertial_slot = WINDOW - 1 - (month - sk_tertial_first_month (sk_tertial_of (month)));

  out->year = year;
  derive_ytd_r12 (&window, month, aggregation, percent, out);
  out->tertial = aggregate_window (&window, tertial_slot, aggregation, percent);
  find_latest (&window, WINDOW - month, month, out);
  out->decimals = window.decimals;
  /* The latest figure is judged against the reference of its own month
   * (April's value against April's budget), when one was entered. */
  if (out->status_month > 0 && !isnan (window.reference[WINDOW - 1 - (month - out->status_month)]))
    out->reference = window.reference[WINDOW - 1 - (month - out->status_month)];
  if (!with_target)
    return TRUE;

  out->target = sk_store_get_target (store, indicator_id, year);
  if (out->target != NULL && sk_target_keeps_level (out->target))
    out->baseline = last_year_level (store, indicator, unit_id, year,
                                     sk_target_get_qualifier (out->target));
  else if (out->target != NULL && sk_target_get_kind (out->target) == SK_TARGET_RELATIVE)
    out->baseline = lookup_baseline (store, indicator_id, unit_id,
                                     sk_target_get_baseline_date (out->target));
  if (out->target != NULL && sk_target_get_qualifier (out->target) != SK_QUALIFIER_NONE)
    {
      /* The qualifier picks the figure the overview shows and judges. */
      int through = 0;

      out->status_value = qualified_figure (&window, month, aggregation, percent, out, &through);
      out->status_month = isnan (out->status_value) ? 0 : through;
    }

  judge (indicator, out);
  return TRUE;
}
