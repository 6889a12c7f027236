/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-demo"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-demo.h"
#include "sk-format.h"
#include "sk-store-budget.h"

/* The parent of the demo vårdcentraler, as named in the example plan. */
#define DEMO_PARENT "Vårdcentralen Halland"
/* Chance that a fictional month is reported missing. */
#define MISSING_CHANCE 0.02

typedef struct
{
  SkStore             *store;
  const SkDemoOptions *opt;
  SkDemoCounts        *counts;
  int                  latest_year;  /* of the latest plan */
  gint64               parent_id;    /* Vårdcentralen Halland, 0 when absent */
  GPtrArray           *demo_units;   /* SkUnit */
  GHashTable          *series;       /* "indicator:unit" → double[] */
  GHashTable          *bases;        /* &Base.id → Base */
} Demo;

typedef struct
{
  gint64 id;     /* the indicator */
  double value;  /* its level in the real figures */
} Base;

static int
n_months (Demo *d)
{
  return (d->opt->last_year - d->opt->first_year + 1) * 12;
}

static int
latest_plan_year (SkStore *store)
{
  g_autoptr(GListModel) plans = sk_store_list_plans (store);
  guint n = g_list_model_get_n_items (plans);
  int latest = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkPlan) plan = g_list_model_get_item (plans, i);

      latest = MAX (latest, sk_plan_get_year (plan));
    }
  return latest;
}

/* Every unit by name, read once: a region has thousands. */
static GHashTable *
units_by_name (SkStore *store)
{
  g_autoptr(GListModel) units = sk_store_list_units (store);
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      SkUnit *unit = g_list_model_get_item (units, i);

      g_hash_table_insert (table, (gpointer) sk_unit_get_name (unit), unit);
    }
  return table;
}

static gboolean
ensure_demo_units (Demo    *d,
                   GError **error)
{
  g_autoptr(GHashTable) by_name = units_by_name (d->store);
  SkUnit *parent = g_hash_table_lookup (by_name, DEMO_PARENT);

  d->parent_id = parent ? sk_record_get_id (SK_RECORD (parent)) : 0;
  for (guint i = 1; i <= d->opt->n_units; i++)
    {
      g_autofree char *name = g_strdup_printf (SK_DEMO_UNIT_FORMAT, i);
      g_autoptr(SkUnit) unit = g_hash_table_lookup (by_name, name);

      if (unit != NULL)
        g_object_ref (unit);
      else
        {
          unit = sk_store_add_unit (d->store, d->parent_id, name, NULL, error);
          if (unit == NULL)
            return FALSE;
          d->counts->units_created++;
        }
      g_ptr_array_add (d->demo_units, g_steal_pointer (&unit));
    }
  return TRUE;
}

/* The register of @year's plan, else the latest plan's. */
static GListModel *
register_for (Demo *d,
              int   year)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (d->store, year);

  return sk_store_list_indicators (d->store, plan ? year : d->latest_year);
}

/* The target a year's series centres on: its own plan's, or for a year
 * without a plan (which cannot hold targets) the latest plan's. */
static SkTarget *
target_for (Demo        *d,
            SkIndicator *ind,
            int          year)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (d->store, year);

  return sk_store_get_target (d->store, sk_record_get_id (SK_RECORD (ind)), plan ? year : d->latest_year);
}

/* A draft plan borrows the latest plan's targets it lacks. */
static gboolean
borrow_targets (Demo    *d,
                int      year,
                GError **error)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (d->store, year);
  g_autoptr(GListModel) indicators = NULL;

  if (plan == NULL || year == d->latest_year || sk_plan_is_adopted (plan))
    return TRUE;

  indicators = register_for (d, year);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      gint64 id = sk_record_get_id (SK_RECORD (ind));
      g_autoptr(SkTarget) own = sk_store_get_target (d->store, id, year);
      g_autoptr(SkTarget) latest = NULL;

      if (own != NULL)
        continue;
      latest = sk_store_get_target (d->store, id, d->latest_year);
      if (latest == NULL || sk_target_get_kind (latest) == SK_TARGET_EMPTY)
        continue;
      if (!sk_store_set_target (d->store, id, year, sk_target_get_text (latest), error))
        return FALSE;
      d->counts->targets_created++;
    }
  return TRUE;
}

/* ---- The numbers ---- */

/* An index ("HME-index", "OSA-index") lies on 0..100 like a share. */
static gboolean
is_index (SkIndicator *ind)
{
  g_autofree char *name = g_utf8_casefold (sk_indicator_get_name (ind), -1);

  return strstr (name, "index") != NULL;
}

static double
default_base (SkIndicator *ind)
{
  const char *unit = sk_indicator_get_measure_unit (ind);

  if (g_strcmp0 (unit, "%") == 0)
    return 80;
  if (g_strcmp0 (unit, "min") == 0)
    return 15;
  if (g_strcmp0 (unit, "mån") == 0)
    return 6;
  if (g_strcmp0 (unit, "mnkr") == 0)
    return 0;
  if (is_index (ind))
    return 75;
  if (g_strcmp0 (unit, "tkr") == 0)
    return 500;
  return sk_indicator_get_aggregation (ind) == SK_AGGREGATION_SUM ? 4000 : 100;
}

/* The indicator's level in the real (seed) figures: the mean of its
 * responsible unit's real month values, else a default for its unit. */
static double
seed_base (Demo        *d,
           SkIndicator *ind)
{
  gint64 id = sk_record_get_id (SK_RECORD (ind));
  g_autoptr(GListModel) outcomes = NULL;
  Base *base;
  double sum = 0, other_sum = 0;
  guint used = 0, other_used = 0;

  base = g_hash_table_lookup (d->bases, &id);
  if (base != NULL)
    return base->value;

  outcomes = sk_store_list_outcomes (d->store, id, sk_indicator_get_responsible_unit_id (ind), NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(SkOutcome) o = g_list_model_get_item (outcomes, i);
      double v = sk_outcome_get_value (o);
      int y, m;

      if (sk_outcome_get_fictional (o) || isnan (v) || sk_outcome_get_kind (o) == SK_OUTCOME_REFERENCE ||
          !sk_period_parse (sk_outcome_get_period (o), &y, &m))
        continue;
      if (sk_outcome_get_kind (o) == SK_OUTCOME_MONTH)
        {
          sum += v;
          used++;
          continue;
        }
      /* A year-to-date or R12 figure of a sum holds several months (four
       * months' visits are not one month's): per month it is a level too. */
      if (sk_indicator_get_aggregation (ind) == SK_AGGREGATION_SUM)
        v /= sk_outcome_get_kind (o) == SK_OUTCOME_R12 ? 12 : m;
      other_sum += v;
      other_used++;
    }

  base = g_new (Base, 1);
  base->id = id;
  /* Month values first; else the other figures; else a default. */
  base->value = used > 0 ? sum / used : other_used > 0 ? other_sum / other_used : default_base (ind);
  g_hash_table_insert (d->bases, &base->id, base);
  return base->value;
}

/* Where @year's values centre: the target's threshold, else the seed level. */
static double
year_center (Demo        *d,
             SkIndicator *ind,
             int          year)
{
  g_autoptr(SkTarget) target = target_for (d, ind, year);
  g_autoptr(SkTarget) latest = NULL;
  double base = seed_base (d, ind);
  double threshold;

  if (target != NULL && sk_target_get_kind (target) == SK_TARGET_VALUE &&
      sk_target_threshold (target, NAN, NAN, &threshold))
    return threshold;
  /* A year whose plan has no number for it: the latest plan's level
   * ("HME-index >80") is nearer the truth than a default. */
  latest = sk_store_get_target (d->store, sk_record_get_id (SK_RECORD (ind)), d->latest_year);
  if (latest != NULL && sk_target_get_kind (latest) == SK_TARGET_VALUE &&
      sk_target_threshold (latest, NAN, NAN, &threshold))
    return threshold;
  return base;
}

/* Summer dips: visits fall in July, performance slips a little. */
static double
season (SkIndicator *ind,
        int          month,
        double       better)
{
  static const double visits[12] = { 0, 0, 0, 0, 0, -0.12, -0.35, -0.15, 0, 0, 0, -0.10 };
  static const double slip[12] = { 0, 0, 0, 0, 0, -0.015, -0.03, -0.015, 0, 0, 0, 0 };

  if (sk_indicator_get_aggregation (ind) == SK_AGGREGATION_SUM)
    return visits[month - 1];
  if (sk_indicator_get_aggregation (ind) == SK_AGGREGATION_LATEST)
    return 0;
  return slip[month - 1] * better;
}

static double
gauss (GRand *rand)
{
  double u1 = 1.0 - g_rand_double (rand);
  double u2 = g_rand_double (rand);

  return sqrt (-2 * log (u1)) * cos (2 * G_PI * u2);
}

static double
tidy (SkIndicator *ind,
      double       v)
{
  const char *unit = sk_indicator_get_measure_unit (ind);
  gboolean whole = sk_indicator_get_aggregation (ind) == SK_AGGREGATION_SUM ||
                   ((unit == NULL || *unit == '\0') && fabs (v) >= 1000);

  if (g_strcmp0 (unit, "%") == 0 || is_index (ind))
    v = CLAMP (v, 0, 100);
  else if (g_strcmp0 (unit, "mnkr") != 0)
    v = MAX (v, 0);
  return whole ? round (v) : round (v * 10) / 10;
}

/* Does the indicator report this month (monthly, per tertial or yearly)? */
static gboolean
reported_in (SkIndicator *ind,
             int          month)
{
  switch (sk_indicator_get_frequency (ind))
    {
    case SK_FREQUENCY_TERTIAL: return month % 4 == 0;
    case SK_FREQUENCY_YEAR:    return month == 12;
    case SK_FREQUENCY_MONTH:
    default:                   return TRUE;
    }
}

/* The whole range of one indicator at one unit; NAN marks a missing month.
 * Its own GRand, seeded by names, so the figures do not depend on the order
 * things are visited in or on row ids. */
static double *
make_series (Demo        *d,
             SkIndicator *ind,
             SkUnit      *unit)
{
  int n = n_months (d);
  double *values = g_new (double, n);
  double better = sk_indicator_get_direction (ind) == SK_DIRECTION_LOWER ? -1 : 1;
  guint32 seed = d->opt->seed ^ g_str_hash (sk_indicator_get_name (ind))
                 ^ (g_str_hash (sk_unit_get_name (unit)) * 2654435761u);
  GRand *rand = g_rand_new_with_seed (seed);
  double quality = g_rand_double_range (rand, -1, 1);   /* above or below target */
  double trend = g_rand_double_range (rand, -0.08, 0.08);
  double center = NAN;

  for (int i = 0; i < n; i++)
    {
      int month = i % 12 + 1;
      double t = n > 1 ? (double) i / (n - 1) : 0.5;
      double noise = gauss (rand) * 0.025;
      gboolean missing = g_rand_double (rand) < MISSING_CHANCE;
      double scale;

      if (month == 1 || i == 0)
        center = year_center (d, ind, d->opt->first_year + i / 12);
      scale = fabs (center) > 1e-9 ? fabs (center) : 5;
      values[i] = tidy (ind, center + scale * (better * quality * 0.05 + trend * (t - 0.5) +
                                               season (ind, month, better) + noise));
      if (missing)
        values[i] = NAN;
    }
  g_rand_free (rand);
  return values;
}

static const double *
series_for (Demo        *d,
            SkIndicator *ind,
            SkUnit      *unit)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                          sk_record_get_id (SK_RECORD (ind)),
                                          sk_record_get_id (SK_RECORD (unit)));
  double *values = g_hash_table_lookup (d->series, key);

  if (values == NULL)
    {
      values = make_series (d, ind, unit);
      g_hash_table_insert (d->series, g_steal_pointer (&key), values);
      d->counts->series++;
    }
  return values;
}

/* ---- Writing ---- */

static gboolean
write_outcome (Demo          *d,
               SkIndicator   *ind,
               gint64         unit_id,
               const char    *period,
               SkOutcomeKind  kind,
               double         value,
               GError       **error)
{
  g_autoptr(SkOutcome) o = sk_outcome_new ();

  sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
  sk_outcome_set_unit_id (o, unit_id);
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, kind);
  sk_outcome_set_value (o, value);
  if (isnan (value))
    sk_outcome_set_missing_reason (o, SK_DEMO_MISSING_REASON);
  sk_outcome_set_fictional (o, TRUE);
  if (!sk_store_set_outcome (d->store, o, error))
    return FALSE;
  d->counts->outcomes_written++;
  d->counts->missing_written += isnan (value);
  return TRUE;
}

/* Which months of @year already hold a real figure of @kind. */
static guint
real_months (Demo          *d,
             SkIndicator   *ind,
             gint64         unit_id,
             int            year,
             SkOutcomeKind  kind)
{
  g_autofree char *from = sk_period_make (year, 1);
  g_autofree char *to = sk_period_make (year, 12);
  g_autoptr(GListModel) outcomes = sk_store_list_outcomes (d->store, sk_record_get_id (SK_RECORD (ind)),
                                                           unit_id, from, to);
  guint mask = 0;

  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(SkOutcome) o = g_list_model_get_item (outcomes, i);
      int y, m;

      if (!sk_outcome_get_fictional (o) && sk_outcome_get_kind (o) == kind &&
          sk_period_parse (sk_outcome_get_period (o), &y, &m))
        mask |= 1u << (m - 1);
    }
  return mask;
}

/* Moves the generated months in @gen (@n of them) so that their sum is
 * @want, each tidied as stored (rounded, a share within 0..100): the rest
 * that rounding or a bound leaves goes to the months from the last back. */
static void
shift_to_sum (SkIndicator *ind,
              double      *months,
              const int   *gen,
              int          n,
              double       want)
{
  double sum = 0, delta, rest;

  for (int k = 0; k < n; k++)
    sum += months[gen[k]];
  delta = (want - sum) / n;
  rest = want;
  for (int k = 0; k < n; k++)
    {
      months[gen[k]] = tidy (ind, months[gen[k]] + delta);
      rest -= months[gen[k]];
    }
  for (int k = n - 1; k >= 0 && fabs (rest) > 1e-9; k--)
    {
      double before = months[gen[k]];

      months[gen[k]] = tidy (ind, before + rest);
      /* Rounding to a tenth can leave a rest smaller than a tenth: the
       * last month takes it unrounded when within bounds. */
      if (k == n - 1 && fabs (before + rest - months[gen[k]]) < 0.5 &&
          g_strcmp0 (sk_indicator_get_measure_unit (ind), "%") != 0)
        months[gen[k]] = before + rest;
      rest -= months[gen[k]] - before;
    }
}

/*
 * A real year-to-date figure (the example's "248 485 t.o.m. april") and
 * the generated months before it must agree: the months are moved so the
 * year to date computed from them is the reported one. For a sum the
 * months add up to it, for a mean they average it, for a latest-value
 * figure (an accumulated one) the month is it and the later months
 * continue from there.
 */
static void
follow_reported_ytd (Demo        *d,
                     SkIndicator *ind,
                     gint64       unit_id,
                     int          year,
                     guint        real,
                     double      *months)
{
  g_autofree char *from = sk_period_make (year, 1);
  g_autofree char *to = sk_period_make (year, 12);
  g_autoptr(GListModel) outcomes = sk_store_list_outcomes (d->store, sk_record_get_id (SK_RECORD (ind)),
                                                           unit_id, from, to);
  SkAggregation agg = sk_indicator_get_aggregation (ind);
  double ytd[12];
  int start = 0;

  for (int m = 0; m < 12; m++)
    ytd[m] = NAN;
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(SkOutcome) o = g_list_model_get_item (outcomes, i);
      int y, m;

      if (sk_outcome_get_fictional (o) || !sk_period_parse (sk_outcome_get_period (o), &y, &m))
        continue;
      if (sk_outcome_get_kind (o) == SK_OUTCOME_YTD)
        ytd[m - 1] = sk_outcome_get_value (o);
      else if (sk_outcome_get_kind (o) == SK_OUTCOME_MONTH)
        months[m - 1] = sk_outcome_get_value (o);
    }

  for (int m = 0; m < 12; m++)
    {
      int gen[12], n = 0, counted = 0, last = -1;
      double fixed = 0;

      if (isnan (ytd[m]))
        continue;
      for (int j = 0; j <= m; j++)
        {
          if (isnan (months[j]))
            continue;
          counted++;
          last = j;
          if (j >= start && !(real & (1u << j)))
            gen[n++] = j;
          else
            fixed += months[j];
        }
      if (n > 0 && (agg == SK_AGGREGATION_SUM || agg == SK_AGGREGATION_MEAN))
        {
          double want = agg == SK_AGGREGATION_SUM ? ytd[m] - fixed : ytd[m] * counted - fixed;
          double sum = 0, delta;

          /* The months after it move along, so the year keeps one level. */
          for (int k = 0; k < n; k++)
            sum += months[gen[k]];
          delta = (want - sum) / n;
          for (int j = m + 1; j < 12; j++)
            if (!isnan (months[j]) && !(real & (1u << j)))
              months[j] = tidy (ind, months[j] + delta);
          shift_to_sum (ind, months, gen, n, want);
        }
      else if (agg == SK_AGGREGATION_LATEST && last >= start && !(real & (1u << last)))
        {
          double delta = ytd[m] - months[last];

          for (int j = start; j < 12; j++)
            if (!isnan (months[j]) && !(real & (1u << j)))
              months[j] = j == last ? ytd[m] : tidy (ind, months[j] + delta);
        }
      start = m + 1;
    }
}

static gboolean
write_unit_year (Demo         *d,
                 SkIndicator  *ind,
                 SkUnit       *unit,
                 int           year,
                 GError      **error)
{
  gint64 unit_id = sk_record_get_id (SK_RECORD (unit));
  const double *values = series_for (d, ind, unit);
  guint real = real_months (d, ind, unit_id, year, SK_OUTCOME_MONTH);
  guint real_ref = 0;
  g_autoptr(SkTarget) target = target_for (d, ind, year);
  gboolean reference = target != NULL && sk_target_get_kind (target) == SK_TARGET_REFERENCE;

  double months[12];

  if (reference)
    real_ref = real_months (d, ind, unit_id, year, SK_OUTCOME_REFERENCE);
  for (int m = 0; m < 12; m++)
    months[m] = reported_in (ind, m + 1) ? values[(year - d->opt->first_year) * 12 + m] : NAN;
  follow_reported_ytd (d, ind, unit_id, year, real, months);

  for (int month = 1; month <= 12; month++)
    {
      g_autofree char *period = sk_period_make (year, month);

      if (!reported_in (ind, month))
        continue;
      if (real & (1u << (month - 1)))
        d->counts->real_kept++;
      else if (!write_outcome (d, ind, unit_id, period, SK_OUTCOME_MONTH, months[month - 1], error))
        return FALSE;

      /* "Enligt budget": the figure it refers to, so a status can be judged. */
      if (reference && !(real_ref & (1u << (month - 1))) &&
          !write_outcome (d, ind, unit_id, period, SK_OUTCOME_REFERENCE,
                          tidy (ind, seed_base (d, ind)), error))
        return FALSE;
    }
  return TRUE;
}

/* Each unit once, in the order first seen (@seen holds their ids). */
static void
add_unit (GPtrArray  *units,
          GHashTable *seen,
          SkUnit     *unit)
{
  gint64 id;

  if (unit == NULL)
    return;
  id = sk_record_get_id (SK_RECORD (unit));
  if (!g_hash_table_add (seen, g_memdup2 (&id, sizeof id)))
    return;
  g_ptr_array_add (units, g_object_ref (unit));
}

/* The responsible unit (the top unit when none), the demo vårdcentraler
 * for what Vårdcentralen Halland answers for, and units with real figures. */
static GPtrArray *
units_for (Demo        *d,
           SkIndicator *ind,
           int          year)
{
  GPtrArray *units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 responsible = sk_indicator_get_responsible_unit_id (ind);
  g_autoptr(GListModel) with_outcomes = sk_store_list_outcome_units (d->store, sk_record_get_id (SK_RECORD (ind)), year);
  g_autoptr(SkUnit) own = NULL;

  if (responsible != 0)
    own = sk_store_get_unit (d->store, responsible);
  else
    {
      g_autoptr(GListModel) all = sk_store_list_units (d->store);

      if (g_list_model_get_n_items (all) > 0)
        own = g_list_model_get_item (all, 0);
    }
  add_unit (units, seen, own);

  if (responsible != 0 && responsible == d->parent_id)
    for (guint i = 0; i < d->demo_units->len; i++)
      add_unit (units, seen, g_ptr_array_index (d->demo_units, i));
  for (guint i = 0; i < g_list_model_get_n_items (with_outcomes); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (with_outcomes, i);

      add_unit (units, seen, unit);
    }
  return units;
}

/* One transaction per year: thousands of rows in one commit. */
static gboolean
write_year (Demo    *d,
            int      year,
            GError **error)
{
  g_autoptr(GListModel) indicators = register_for (d, year);

  if (!sk_store_begin (d->store, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      g_autoptr(GPtrArray) units = NULL;

      /* An economy indicator's figures of a year the budget follows up
       * are the budget's: nothing fictional there. */
      if (sk_store_budget_gives (d->store, sk_record_get_id (SK_RECORD (ind)), year))
        continue;
      units = units_for (d, ind, year);
      for (guint k = 0; k < units->len; k++)
        if (!write_unit_year (d, ind, g_ptr_array_index (units, k), year, error))
          {
            sk_store_rollback (d->store);
            return FALSE;
          }
    }
  return sk_store_commit (d->store, error);
}

gboolean
sk_demo_generate (SkStore             *store,
                  const SkDemoOptions *options,
                  SkDemoCounts        *counts,
                  GError             **error)
{
  SkDemoCounts local = { 0 };
  Demo d = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  if (options->first_year > options->last_year || options->first_year < 1900 ||
      options->last_year - options->first_year > 50)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("Give the years as FIRST-LAST, at most 50 years, e.g. 2021-2025."));
      return FALSE;
    }
  d.store = store;
  d.opt = options;
  d.counts = counts ? counts : &local;
  memset (d.counts, 0, sizeof *d.counts);
  d.latest_year = latest_plan_year (store);
  if (d.latest_year == 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                   _("There is no plan to take indicators and targets from: import or create a plan first."));
      return FALSE;
    }
  d.demo_units = g_ptr_array_new_with_free_func (g_object_unref);
  d.series = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d.bases = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);

  /* All or nothing: one outer transaction (the per-year ones nest as
   * savepoints), so a kill or an error leaves the file as it was. */
  if (!sk_store_begin (store, error))
    goto out;
  if (!ensure_demo_units (&d, error))
    goto rollback;
  /* Targets first: the series of every year centre on them. */
  for (int year = options->first_year; year <= options->last_year; year++)
    if (!borrow_targets (&d, year, error))
      goto rollback;
  for (int year = options->first_year; year <= options->last_year; year++)
    if (!write_year (&d, year, error))
      goto rollback;
  ok = sk_store_commit (store, error);
  goto out;

rollback:
  sk_store_rollback (store);
out:
  g_ptr_array_unref (d.demo_units);
  g_hash_table_unref (d.series);
  g_hash_table_unref (d.bases);
  return ok;
}
