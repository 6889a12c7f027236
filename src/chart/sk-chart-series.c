/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-chart"

#include "config.h"

#include <math.h>

#include "sk-chart-series.h"
#include "sk-derived.h"
#include "sk-format.h"

/* Not a status: "evaluate against the year's target when asked". */
#define STATUS_UNKNOWN ((SkStatus) -1)

typedef struct
{
  double    value;
  double    ytd;
  double    r12;
  char     *missing_reason;
  char     *comment;
  gboolean  fictional;
  int       decimals;    /* -1: as the value needs */
  gboolean  status_set;  /* the status came from outside, keep it */
  SkStatus  status;      /* cached or set */
} Month;

typedef struct
{
  SkTarget *target;
  double    baseline;
  double    reference;
  double    threshold;
} Year;

struct _SkChartSeries
{
  GObject      parent_instance;

  char        *name;
  char        *measure_unit;
  char        *unit_name;
  SkDirection  direction;
  double       tolerance;
  int          first_year;
  int          n_years;
  Month       *months;
  Year        *years;
};

G_DEFINE_FINAL_TYPE (SkChartSeries, sk_chart_series, G_TYPE_OBJECT)

static void
sk_chart_series_finalize (GObject *object)
{
  SkChartSeries *self = SK_CHART_SERIES (object);

  for (int i = 0; i < self->n_years * 12; i++)
    {
      g_free (self->months[i].missing_reason);
      g_free (self->months[i].comment);
    }
  for (int y = 0; y < self->n_years; y++)
    g_clear_object (&self->years[y].target);
  g_free (self->months);
  g_free (self->years);
  g_free (self->name);
  g_free (self->measure_unit);
  g_free (self->unit_name);

  G_OBJECT_CLASS (sk_chart_series_parent_class)->finalize (object);
}

static void
sk_chart_series_class_init (SkChartSeriesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_chart_series_finalize;
}

static void
sk_chart_series_init (SkChartSeries *self)
{
  self->tolerance = 0.05;
}

SkChartSeries *
sk_chart_series_new (const char  *name,
                     const char  *measure_unit,
                     SkDirection  direction,
                     int          first_year,
                     int          last_year)
{
  SkChartSeries *self;

  g_return_val_if_fail (first_year <= last_year, NULL);
  g_return_val_if_fail (last_year - first_year < 100, NULL);

  self = g_object_new (SK_TYPE_CHART_SERIES, NULL);
  self->name = g_strdup (name ? name : "");
  self->measure_unit = g_strdup (measure_unit ? measure_unit : "");
  self->direction = direction;
  self->first_year = first_year;
  self->n_years = last_year - first_year + 1;
  self->months = g_new0 (Month, self->n_years * 12);
  self->years = g_new0 (Year, self->n_years);

  for (int i = 0; i < self->n_years * 12; i++)
    {
      self->months[i].value = self->months[i].ytd = self->months[i].r12 = NAN;
      self->months[i].status = STATUS_UNKNOWN;
      self->months[i].decimals = -1;
    }
  for (int y = 0; y < self->n_years; y++)
    self->years[y].baseline = self->years[y].reference = self->years[y].threshold = NAN;

  return self;
}

const char *
sk_chart_series_get_name (SkChartSeries *self)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), NULL);
  return self->name;
}

const char *
sk_chart_series_get_measure_unit (SkChartSeries *self)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), NULL);
  return self->measure_unit;
}

SkDirection
sk_chart_series_get_direction (SkChartSeries *self)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), SK_DIRECTION_HIGHER);
  return self->direction;
}

const char *
sk_chart_series_get_unit_name (SkChartSeries *self)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), NULL);
  return self->unit_name;
}

void
sk_chart_series_set_unit_name (SkChartSeries *self,
                               const char    *unit_name)
{
  g_return_if_fail (SK_IS_CHART_SERIES (self));
  g_free (self->unit_name);
  self->unit_name = g_strdup (unit_name);
}

double
sk_chart_series_get_tolerance (SkChartSeries *self)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), 0.0);
  return self->tolerance;
}

static void
forget_statuses (SkChartSeries *self,
                 int            first,
                 int            n)
{
  for (int i = first; i < first + n; i++)
    if (!self->months[i].status_set)
      self->months[i].status = STATUS_UNKNOWN;
}

void
sk_chart_series_set_tolerance (SkChartSeries *self,
                               double         tolerance)
{
  g_return_if_fail (SK_IS_CHART_SERIES (self));
  self->tolerance = tolerance;
  forget_statuses (self, 0, self->n_years * 12);
}

int
sk_chart_series_get_first_year (SkChartSeries *self)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), 0);
  return self->first_year;
}

int
sk_chart_series_get_last_year (SkChartSeries *self)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), 0);
  return self->first_year + self->n_years - 1;
}

guint
sk_chart_series_get_n_months (SkChartSeries *self)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), 0);
  return self->n_years * 12;
}

int
sk_chart_series_index (SkChartSeries *self,
                       int            year,
                       int            month)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), -1);

  if (year < self->first_year || year >= self->first_year + self->n_years || month < 1 || month > 12)
    return -1;
  return (year - self->first_year) * 12 + month - 1;
}

gboolean
sk_chart_series_is_percent (SkChartSeries *self)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), FALSE);
  return g_strcmp0 (self->measure_unit, "%") == 0;
}

static Month *
month_at (SkChartSeries *self,
          guint          i)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), NULL);
  g_return_val_if_fail (i < (guint) self->n_years * 12, NULL);
  return &self->months[i];
}

double
sk_chart_series_get_value (SkChartSeries *self,
                           guint          i)
{
  Month *m = month_at (self, i);
  return m ? m->value : NAN;
}

void
sk_chart_series_set_value (SkChartSeries *self,
                           guint          i,
                           double         value)
{
  Month *m = month_at (self, i);

  if (m == NULL)
    return;
  m->value = isfinite (value) ? value : NAN;
  forget_statuses (self, i, 1);
}

const char *
sk_chart_series_get_missing_reason (SkChartSeries *self,
                                    guint          i)
{
  Month *m = month_at (self, i);
  return m ? m->missing_reason : NULL;
}

void
sk_chart_series_set_missing_reason (SkChartSeries *self,
                                    guint          i,
                                    const char    *reason)
{
  Month *m = month_at (self, i);

  if (m == NULL)
    return;
  g_free (m->missing_reason);
  m->missing_reason = (reason && *reason) ? g_strdup (reason) : NULL;
}

const char *
sk_chart_series_get_comment (SkChartSeries *self,
                             guint          i)
{
  Month *m = month_at (self, i);
  return m ? m->comment : NULL;
}

void
sk_chart_series_set_comment (SkChartSeries *self,
                             guint          i,
                             const char    *comment)
{
  Month *m = month_at (self, i);

  if (m == NULL)
    return;
  g_free (m->comment);
  m->comment = (comment && *comment) ? g_strdup (comment) : NULL;
}

gboolean
sk_chart_series_get_fictional (SkChartSeries *self,
                               guint          i)
{
  Month *m = month_at (self, i);
  return m ? m->fictional : FALSE;
}

void
sk_chart_series_set_fictional (SkChartSeries *self,
                               guint          i,
                               gboolean       fictional)
{
  Month *m = month_at (self, i);

  if (m != NULL)
    m->fictional = !!fictional;
}

double
sk_chart_series_get_ytd (SkChartSeries *self,
                         guint          i)
{
  Month *m = month_at (self, i);
  return m ? m->ytd : NAN;
}

void
sk_chart_series_set_ytd (SkChartSeries *self,
                         guint          i,
                         double         value)
{
  Month *m = month_at (self, i);

  if (m != NULL)
    m->ytd = isfinite (value) ? value : NAN;
}

double
sk_chart_series_get_r12 (SkChartSeries *self,
                         guint          i)
{
  Month *m = month_at (self, i);
  return m ? m->r12 : NAN;
}

void
sk_chart_series_set_r12 (SkChartSeries *self,
                         guint          i,
                         double         value)
{
  Month *m = month_at (self, i);

  if (m != NULL)
    m->r12 = isfinite (value) ? value : NAN;
}

int
sk_chart_series_get_decimals (SkChartSeries *self,
                              guint          i)
{
  Month *m = month_at (self, i);
  return m ? m->decimals : -1;
}

void
sk_chart_series_set_decimals (SkChartSeries *self,
                              guint          i,
                              int            decimals)
{
  Month *m = month_at (self, i);

  if (m != NULL)
    m->decimals = CLAMP (decimals, -1, 2);
}

char *
sk_chart_series_format (SkChartSeries *self,
                        guint          i,
                        double         value)
{
  int decimals = sk_chart_series_get_decimals (self, i);

  if (decimals < 0)
    return sk_format_value (value, self->measure_unit);
  return sk_figure_text (value, decimals, self->measure_unit);
}

SkStatus
sk_chart_series_get_status (SkChartSeries *self,
                            guint          i)
{
  Month *m = month_at (self, i);
  Year *y;

  if (m == NULL)
    return SK_STATUS_NO_VALUE;
  if (m->status != STATUS_UNKNOWN)
    return m->status;

  y = &self->years[i / 12];
  if (isnan (m->value))
    m->status = SK_STATUS_NO_VALUE;
  else if (y->target == NULL)
    m->status = SK_STATUS_NO_TARGET;
  else
    m->status = sk_target_evaluate (y->target, self->direction, m->value, self->tolerance,
                                    y->baseline, y->reference);
  return m->status;
}

void
sk_chart_series_set_status (SkChartSeries *self,
                            guint          i,
                            SkStatus       status)
{
  Month *m = month_at (self, i);

  if (m == NULL)
    return;
  m->status = status;
  m->status_set = TRUE;
}

static Year *
year_at (SkChartSeries *self,
         int            year)
{
  g_return_val_if_fail (SK_IS_CHART_SERIES (self), NULL);

  if (year < self->first_year || year >= self->first_year + self->n_years)
    return NULL;
  return &self->years[year - self->first_year];
}

void
sk_chart_series_set_target (SkChartSeries *self,
                            int            year,
                            SkTarget      *target,
                            double         baseline,
                            double         reference)
{
  Year *y = year_at (self, year);

  g_return_if_fail (target == NULL || SK_IS_TARGET (target));
  if (y == NULL)
    return;

  /* A target in another unit ("834 st" for a share) draws no line and
   * judges no point, as in the status table. */
  if (target != NULL && !sk_target_unit_matches (target, self->measure_unit))
    target = NULL;
  g_set_object (&y->target, target);
  y->baseline = baseline;
  y->reference = reference;
  if (target == NULL || !sk_target_threshold (target, baseline, reference, &y->threshold))
    y->threshold = NAN;
  forget_statuses (self, (year - self->first_year) * 12, 12);
}

SkTarget *
sk_chart_series_get_target (SkChartSeries *self,
                            int            year)
{
  Year *y = year_at (self, year);
  return y ? y->target : NULL;
}

double
sk_chart_series_get_threshold (SkChartSeries *self,
                               int            year)
{
  Year *y = year_at (self, year);
  return y ? y->threshold : NAN;
}

/* ---- From the store ---- */

/* Fictional flags are not part of the derived figures: read them once. */
static void
read_fictional (SkChartSeries *self,
                SkStore       *store,
                gint64         indicator_id,
                gint64         unit_id)
{
  g_autofree char *from = sk_period_make (self->first_year, 1);
  g_autofree char *to = sk_period_make (self->first_year + self->n_years - 1, 12);
  g_autoptr(GListModel) outcomes = sk_store_list_outcomes (store, indicator_id, unit_id, from, to);

  for (guint k = 0; k < g_list_model_get_n_items (outcomes); k++)
    {
      g_autoptr(SkOutcome) o = g_list_model_get_item (outcomes, k);
      int year, month, i;

      if (sk_outcome_get_kind (o) != SK_OUTCOME_MONTH ||
          !sk_period_parse (sk_outcome_get_period (o), &year, &month))
        continue;
      i = sk_chart_series_index (self, year, month);
      if (i >= 0)
        self->months[i].fictional = sk_outcome_get_fictional (o);
    }
}

/* One month from the derived figures; returns the year's baseline and
 * the latest reference figure through @baseline / @reference. */
static void
read_month (SkChartSeries *self,
            guint          i,
            SkFigures     *f,
            double        *baseline,
            double        *reference)
{
  sk_chart_series_set_value (self, i, f->month);
  sk_chart_series_set_missing_reason (self, i, f->missing_reason);
  sk_chart_series_set_comment (self, i, f->comment);
  sk_chart_series_set_ytd (self, i, f->ytd);
  sk_chart_series_set_r12 (self, i, f->r12);
  sk_chart_series_set_decimals (self, i, f->decimals);
  /* The derived status also judges a reported R12/YTD; a chart point is the month. */
  sk_chart_series_set_status (self, i, isnan (f->month) ? SK_STATUS_NO_VALUE : f->status);
  if (!isnan (f->baseline))
    *baseline = f->baseline;
  if (!isnan (f->reference))
    *reference = f->reference;
}

static void
read_year (SkChartSeries *self,
           SkStore       *store,
           SkIndicator   *indicator,
           gint64         unit_id,
           int            year)
{
  g_autoptr(SkTarget) target = NULL;
  double baseline = NAN;
  double reference = NAN;

  for (int month = 1; month <= 12; month++)
    {
      g_autofree char *period = sk_period_make (year, month);
      SkFigures f;

      if (!sk_figures_compute (store, indicator, unit_id, period, &f))
        continue;
      read_month (self, sk_chart_series_index (self, year, month), &f, &baseline, &reference);
      if (target == NULL && f.target != NULL)
        target = g_object_ref (f.target);
      sk_figures_clear (&f);
    }

  if (target == NULL)
    target = sk_store_get_target (store, sk_record_get_id (SK_RECORD (indicator)), year);
  if (target != NULL)
    {
      /* set_target forgets statuses; the derived ones are kept (status_set). */
      sk_chart_series_set_target (self, year, target, baseline, reference);
    }
}

SkChartSeries *
sk_chart_series_new_from_store (SkStore     *store,
                                SkIndicator *indicator,
                                gint64       unit_id,
                                int          first_year,
                                int          last_year)
{
  g_autoptr(SkUnit) unit = NULL;
  SkChartSeries *self;
  gint64 indicator_id;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), NULL);

  self = sk_chart_series_new (sk_indicator_get_name (indicator),
                              sk_indicator_get_measure_unit (indicator),
                              sk_indicator_get_direction (indicator),
                              first_year, last_year);
  if (self == NULL)
    return NULL;

  self->tolerance = sk_indicator_get_tolerance (indicator);
  unit = sk_store_get_unit (store, unit_id);
  if (unit != NULL)
    sk_chart_series_set_unit_name (self, sk_unit_get_name (unit));

  indicator_id = sk_record_get_id (SK_RECORD (indicator));
  for (int year = first_year; year <= last_year; year++)
    read_year (self, store, indicator, unit_id, year);
  read_fictional (self, store, indicator_id, unit_id);

  return self;
}

SkStatus
sk_chart_series_evaluate (SkChartSeries *self,
                          int            year,
                          double         value)
{
  Year *y;

  g_return_val_if_fail (SK_IS_CHART_SERIES (self), SK_STATUS_NO_VALUE);

  if (year < self->first_year || year >= self->first_year + (int) self->n_years || isnan (value))
    return SK_STATUS_NO_VALUE;
  y = &self->years[year - self->first_year];
  if (y->target == NULL)
    return SK_STATUS_NO_TARGET;
  return sk_target_evaluate (y->target, self->direction, value, self->tolerance,
                             y->baseline, y->reference);
}
