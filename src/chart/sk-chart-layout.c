/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-chart-layout-private.h"
#include "sk-format.h"

/* Text is measured by estimate (no font machinery here, so a layout is
 * pure arithmetic): an average glyph is about this wide per px of size. */
#define GLYPH_WIDTH 0.6
#define LINE_HEIGHT 1.35
/* Padding in px around the plot's labels. */
#define PAD 6.0

G_DEFINE_FINAL_TYPE (SkChartLayout, sk_chart_layout, G_TYPE_OBJECT)

static const char * const month_names[] = {
  NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
  NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
  NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
  NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
};

static const char *
month_name (int month)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "month name", month_names[month - 1]);
}

void
sk_chart_options_init (SkChartOptions *options)
{
  g_return_if_fail (options != NULL);

  options->mode = SK_CHART_MODE_TIMELINE;
  options->show_ytd = FALSE;
  options->show_r12 = FALSE;
  options->show_title = TRUE;
  options->font_size = 0;
  options->axis_min = NAN;
  options->axis_max = NAN;
  options->show_projection = FALSE;
  options->title_unit_only = FALSE;
}

static void
tick_clear (gpointer data)
{
  g_free (((SkChartTick *) data)->label);
}

static void
label_clear (gpointer data)
{
  g_free (((SkChartLabel *) data)->text);
}

static void
sk_chart_layout_finalize (GObject *object)
{
  SkChartLayout *self = SK_CHART_LAYOUT (object);

  g_clear_object (&self->series);
  g_free (self->title);
  g_free (self->axis_note);
  g_free (self->summary);
  g_free (self->latest_label.text);
  g_free (self->projection);
  g_array_unref (self->y_ticks);
  g_array_unref (self->x_ticks);
  g_array_unref (self->year_ticks);
  g_array_unref (self->year_bounds);
  g_array_unref (self->points);
  g_array_unref (self->segments);
  g_array_unref (self->coords);
  g_array_unref (self->steps);
  g_array_unref (self->line_labels);

  G_OBJECT_CLASS (sk_chart_layout_parent_class)->finalize (object);
}

static void
sk_chart_layout_class_init (SkChartLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_chart_layout_finalize;
}

static void
sk_chart_layout_init (SkChartLayout *self)
{
  self->y_ticks = g_array_new (FALSE, TRUE, sizeof (SkChartTick));
  self->x_ticks = g_array_new (FALSE, TRUE, sizeof (SkChartTick));
  self->year_ticks = g_array_new (FALSE, TRUE, sizeof (SkChartTick));
  g_array_set_clear_func (self->y_ticks, tick_clear);
  g_array_set_clear_func (self->x_ticks, tick_clear);
  g_array_set_clear_func (self->year_ticks, tick_clear);
  self->year_bounds = g_array_new (FALSE, TRUE, sizeof (double));
  self->points = g_array_new (FALSE, TRUE, sizeof (SkChartPoint));
  self->segments = g_array_new (FALSE, TRUE, sizeof (SkChartSegment));
  self->coords = g_array_new (FALSE, TRUE, sizeof (SkChartXY));
  self->steps = g_array_new (FALSE, TRUE, sizeof (SkChartTargetStep));
  self->line_labels = g_array_new (FALSE, TRUE, sizeof (SkChartLabel));
  g_array_set_clear_func (self->line_labels, label_clear);
  self->latest = -1;
}

/* ---- Helpers ---- */

static int
n_years (SkChartLayout *self)
{
  return sk_chart_series_get_last_year (self->series) - sk_chart_series_get_first_year (self->series) + 1;
}

static double
text_width (SkChartLayout *self,
            const char    *text)
{
  return g_utf8_strlen (text, -1) * self->cw;
}

void
sk_chart_add_tick (GArray     *ticks,
          double      value,
          double      pos,
          char       *label)
{
  SkChartTick tick = { value, pos, label };

  g_array_append_val (ticks, tick);
}

/* The thresholds drawn: every year's on a timeline, the last year's in an overlay. */
gboolean
sk_chart_target_drawn (SkChartSeries *series,
              SkChartMode    mode,
              int            year)
{
  int last = sk_chart_series_get_last_year (series);

  if (isnan (sk_chart_series_get_threshold (series, year)))
    return FALSE;
  if (mode == SK_CHART_MODE_TIMELINE)
    return TRUE;
  for (int y = last; y > year; y--)
    if (!isnan (sk_chart_series_get_threshold (series, y)))
      return FALSE;
  return TRUE;
}

static gboolean
year_target_drawn (SkChartLayout *self,
                   int            year)
{
  return sk_chart_target_drawn (self->series, self->options.mode, year);
}

void
sk_chart_extend (double *lo,
        double *hi,
        double  v)
{
  if (isnan (v))
    return;
  *lo = MIN (*lo, v);
  *hi = MAX (*hi, v);
}

/* ---- Frame ---- */

/* "Indicator – unit"; when it would not fit, the indicator is shortened,
 * or when that leaves too little of it, the unit goes on a line of its
 * own: charts of units side by side must say which unit each shows. */
static char *
make_title (SkChartLayout *self,
            const char    *name,
            const char    *unit_name)
{
  /* The title is drawn in bold at 1.15 × the size: wider glyphs. */
  double room = (self->width - 2 * PAD) / (self->cw * 1.15 * 1.1);
  glong keep;
  g_autofree char *head = NULL;

  if (unit_name == NULL || *unit_name == '\0')
    return g_strdup (name);
  keep = (glong) room - g_utf8_strlen (unit_name, -1) - 4;
  if (g_utf8_strlen (name, -1) + g_utf8_strlen (unit_name, -1) + 3 <= room ||
      keep >= g_utf8_strlen (name, -1))
    return g_strdup_printf ("%s – %s", name, unit_name);
  if (keep < 12)
    return g_strdup_printf ("%s\n%s", name, unit_name);
  head = g_utf8_substring (name, 0, keep);
  return g_strdup_printf ("%s… – %s", g_strchomp (head), unit_name);
}

static void
compute_frame (SkChartLayout *self)
{
  const char *measure_unit = sk_chart_series_get_measure_unit (self->series);
  const char *unit_name = sk_chart_series_get_unit_name (self->series);
  double top = PAD, bottom, left, right = PAD * 2;
  double widest = 0;

  self->font_size = self->options.font_size > 0 ? self->options.font_size
                                                : CLAMP (self->height / 30, 9, 13);
  self->cw = self->font_size * GLYPH_WIDTH;
  self->lh = self->font_size * LINE_HEIGHT;

  if (self->options.show_title)
    {
      self->title = self->options.title_unit_only && unit_name && *unit_name ? g_strdup (unit_name)
                    : make_title (self, sk_chart_series_get_name (self->series), unit_name);
      top += self->lh * 1.2 * (strchr (self->title, '\n') ? 2 : 1) + PAD / 2;
    }
  /* The unit and the axis note sit on a line above the plot. */
  top += self->lh + PAD / 2;
  bottom = self->lh * 2 + PAD;
  if (self->options.mode == SK_CHART_MODE_OVERLAY)
    right += text_width (self, "2000") + PAD;

  self->plot.y = top;
  self->plot.height = MAX (self->height - top - bottom, 10);
  sk_chart_layout_compute_value_axis (self);
  sk_chart_layout_compute_y_ticks (self);

  for (guint i = 0; i < self->y_ticks->len; i++)
    widest = MAX (widest, text_width (self, g_array_index (self->y_ticks, SkChartTick, i).label));
  widest = MAX (widest, text_width (self, measure_unit));
  left = PAD + widest + PAD;
  self->plot.x = left;
  self->plot.width = MAX (self->width - left - right, 10);

  for (guint i = 0; i < self->y_ticks->len; i++)
    {
      SkChartTick *t = &g_array_index (self->y_ticks, SkChartTick, i);

      t->pos = sk_chart_layout_value_to_y (self, t->value);
    }
}

/* ---- Month axis ---- */

static double
month_x (SkChartLayout *self,
         guint          index)
{
  guint slot = self->options.mode == SK_CHART_MODE_OVERLAY ? index % 12 : index;

  return self->plot.x + (slot + 0.5) * self->slot;
}

/* Label every k-th month, k the smallest that leaves room for "sep". */
static int
month_label_step (SkChartLayout *self)
{
  static const int steps[] = { 1, 2, 3, 6 };
  double need = text_width (self, "sep") + PAD;

  for (guint k = 0; k < G_N_ELEMENTS (steps); k++)
    if (steps[k] * self->slot >= need)
      return steps[k];
  return 12; /* no month labels: years only */
}

static void
compute_x_ticks (SkChartLayout *self)
{
  guint months = self->options.mode == SK_CHART_MODE_OVERLAY ? 12 : sk_chart_series_get_n_months (self->series);
  int first = sk_chart_series_get_first_year (self->series);
  int k, year_every = 1;

  self->slot = self->plot.width / months;
  k = month_label_step (self);
  if (k < 12)
    for (guint i = 0; i < months; i++)
      if ((int) (i % 12) % k == 0)
        sk_chart_add_tick (self->x_ticks, NAN, month_x (self, i), g_strdup (sk_month_abbrev (i % 12 + 1)));

  if (self->options.mode == SK_CHART_MODE_OVERLAY)
    return;
  while (year_every * 12 * self->slot < text_width (self, "2000") + PAD && year_every < n_years (self))
    year_every++;
  for (int y = 0; y < n_years (self); y++)
    {
      double bound = self->plot.x + y * 12 * self->slot;

      if (y > 0)
        g_array_append_val (self->year_bounds, bound);
      if (y % year_every == 0)
        sk_chart_add_tick (self->year_ticks, NAN, bound + 6 * self->slot, g_strdup_printf ("%d", first + y));
    }
}

/* ---- Points and lines ---- */

static double
year_alpha (SkChartLayout *self,
            int            year_offset)
{
  int n = n_years (self);

  if (self->options.mode != SK_CHART_MODE_OVERLAY || n == 1)
    return 1.0;
  return 0.3 + 0.7 * year_offset / (n - 1);
}

static void
compute_points (SkChartLayout *self)
{
  guint n = sk_chart_series_get_n_months (self->series);
  int first = sk_chart_series_get_first_year (self->series);

  for (guint i = 0; i < n; i++)
    {
      SkChartPoint p = { 0 };

      p.index = i;
      p.year = first + i / 12;
      p.month = i % 12 + 1;
      p.value = sk_chart_series_get_value (self->series, i);
      p.x = month_x (self, i);
      p.missing = isnan (p.value) && sk_chart_series_get_missing_reason (self->series, i) != NULL;
      /* A reported gap sits on the axis, so its reason can be hovered. */
      p.y = !isnan (p.value) ? sk_chart_layout_value_to_y (self, p.value)
            : p.missing ? self->plot.y + self->plot.height : NAN;
      p.fictional = sk_chart_series_get_fictional (self->series, i);
      p.status = sk_chart_series_get_status (self->series, i);
      p.alpha = year_alpha (self, i / 12);
      g_array_append_val (self->points, p);
      if (!isnan (p.value))
        self->latest = i;
    }
  self->show_marks = self->slot >= 9;
  self->mark_radius = CLAMP (self->slot * 0.28, 3, 4.5);
}

static double
line_value (SkChartLayout   *self,
            SkChartLineKind  kind,
            guint            i)
{
  switch (kind)
    {
    case SK_CHART_LINE_YTD: return sk_chart_series_get_ytd (self->series, i);
    case SK_CHART_LINE_R12: return sk_chart_series_get_r12 (self->series, i);
    case SK_CHART_LINE_MONTH:
    default:                return sk_chart_series_get_value (self->series, i);
    }
}

/* Splits months @from..@to of one line into runs of values. */
static void
add_segments (SkChartLayout   *self,
              SkChartLineKind  kind,
              guint            from,
              guint            to,
              int              year,
              double           alpha)
{
  SkChartSegment *open = NULL;

  for (guint i = from; i < to; i++)
    {
      double v = line_value (self, kind, i);
      SkChartXY xy;

      if (isnan (v))
        {
          open = NULL;
          continue;
        }
      if (open == NULL)
        {
          SkChartSegment s = { kind, year, alpha, self->coords->len, 0 };

          g_array_append_val (self->segments, s);
          open = &g_array_index (self->segments, SkChartSegment, self->segments->len - 1);
        }
      xy.x = month_x (self, i);
      xy.y = sk_chart_layout_value_to_y (self, v);
      g_array_append_val (self->coords, xy);
      open->n++;
      /* A value with no neighbour on its line (a yearly figure) would be
       * a mere dot: it gets a mark in every size. */
      if (kind == SK_CHART_LINE_MONTH &&
          (i == from || isnan (line_value (self, kind, i - 1))) &&
          (i + 1 == to || isnan (line_value (self, kind, i + 1))))
        g_array_index (self->points, SkChartPoint, i).isolated = TRUE;
    }
}

static void
compute_lines (SkChartLayout *self)
{
  SkChartLineKind kinds[3] = { SK_CHART_LINE_MONTH };
  guint n_kinds = 1;
  int first = sk_chart_series_get_first_year (self->series);

  /* Derived lines first, so the month line is drawn on top. */
  if (self->options.show_r12)
    kinds[n_kinds++] = SK_CHART_LINE_R12;
  if (self->options.show_ytd)
    kinds[n_kinds++] = SK_CHART_LINE_YTD;

  for (guint k = n_kinds; k > 0; k--)
    {
      if (self->options.mode == SK_CHART_MODE_TIMELINE)
        add_segments (self, kinds[k - 1], 0, sk_chart_series_get_n_months (self->series), 0, 1.0);
      else
        for (int y = 0; y < n_years (self); y++)
          add_segments (self, kinds[k - 1], y * 12, y * 12 + 12, first + y, year_alpha (self, y));
    }
}

static void
compute_line_labels (SkChartLayout *self)
{
  int first = sk_chart_series_get_first_year (self->series);

  if (self->options.mode != SK_CHART_MODE_OVERLAY)
    return;

  for (int y = 0; y < n_years (self); y++)
    {
      SkChartLabel label = { 0 };
      int last = -1;

      for (int i = y * 12; i < y * 12 + 12; i++)
        if (!isnan (sk_chart_series_get_value (self->series, i)))
          last = i;
      if (last < 0)
        continue;
      label.x = month_x (self, last) + self->mark_radius + 3;
      label.y = sk_chart_layout_value_to_y (self, sk_chart_series_get_value (self->series, last)) - self->lh / 2;
      label.text = g_strdup_printf ("%d", first + y);
      g_array_append_val (self->line_labels, label);
    }
}

/* ---- Target ---- */

static void
compute_targets (SkChartLayout *self)
{
  int first = sk_chart_series_get_first_year (self->series);
  gboolean lower = sk_chart_series_get_direction (self->series) == SK_DIRECTION_LOWER;
  double bottom = self->plot.y + self->plot.height;

  for (int y = 0; y < n_years (self); y++)
    {
      SkChartTargetStep step = { 0 };

      if (!year_target_drawn (self, first + y))
        continue;
      step.year = first + y;
      step.threshold = sk_chart_series_get_threshold (self->series, first + y);
      step.y = sk_chart_layout_value_to_y (self, step.threshold);
      if (self->options.mode == SK_CHART_MODE_OVERLAY)
        {
          step.x0 = self->plot.x;
          step.x1 = self->plot.x + self->plot.width;
        }
      else
        {
          step.x0 = self->plot.x + y * 12 * self->slot;
          step.x1 = step.x0 + 12 * self->slot;
        }
      step.good.x = step.x0;
      step.good.width = step.x1 - step.x0;
      step.good.y = lower ? step.y : self->plot.y;
      step.good.height = lower ? bottom - step.y : step.y - self->plot.y;
      g_array_append_val (self->steps, step);
    }
}

/* ---- Latest value and texts ---- */

/* A figure of month @index as every view shows it (the core's decimals). */
static char *
value_text (SkChartLayout *self,
            guint          index,
            double         value)
{
  return sk_chart_series_format (self->series, index, value);
}

static void
compute_latest_label (SkChartLayout *self)
{
  const SkChartPoint *p;
  g_autofree char *value = NULL;
  double w, gap;

  if (self->latest < 0)
    return;
  p = &g_array_index (self->points, SkChartPoint, self->latest);
  value = value_text (self, p->index, p->value);
  if (p->status == SK_STATUS_NO_TARGET || p->status == SK_STATUS_NO_VALUE)
    self->latest_label.text = g_steal_pointer (&value);
  else
    self->latest_label.text = g_strdup_printf ("%s %s %s", value, sk_status_mark (p->status),
                                               sk_status_label (p->status));

  w = text_width (self, self->latest_label.text);
  gap = self->mark_radius + 4;
  /* Right of the point when it fits, else ending left of it. */
  self->latest_label.right = p->x + gap + w > self->width - 2;
  self->latest_label.x = self->latest_label.right ? p->x - gap : p->x + gap;
  sk_chart_layout_place_label (self, &self->latest_label, p->x, p->y, w, gap);
}

/* The month the latest run of rises (or falls) began in, -1 without. */
static int
trend_start (SkChartLayout *self,
             int           *sign)
{
  int i = self->latest;
  double eps;

  if (i < 1 || isnan (sk_chart_series_get_value (self->series, i - 1)))
    return -1;
  eps = 1e-9 * MAX (1, fabs (sk_chart_series_get_value (self->series, i)));
#define SIGN(a, b) ((a) - (b) > eps ? 1 : (b) - (a) > eps ? -1 : 0)
  *sign = SIGN (sk_chart_series_get_value (self->series, i), sk_chart_series_get_value (self->series, i - 1));
  while (i >= 1)
    {
      double prev = sk_chart_series_get_value (self->series, i - 1);

      if (isnan (prev) || SIGN (sk_chart_series_get_value (self->series, i), prev) != *sign)
        break;
      i--;
    }
#undef SIGN
  return i;
}

static char *
trend_text (SkChartLayout *self)
{
  g_autofree char *since = NULL;
  int latest_year = sk_chart_series_get_first_year (self->series) + self->latest / 12;
  int sign = 0;
  int start = trend_start (self, &sign);
  int year, month;

  if (start < 0)
    return NULL;
  year = sk_chart_series_get_first_year (self->series) + start / 12;
  month = start % 12 + 1;
  since = year == latest_year ? g_strdup (month_name (month))
                              : g_strdup_printf ("%s %d", month_name (month), year);
  if (sign > 0)
    return g_strdup_printf (_("rising since %s"), since);
  if (sign < 0)
    return g_strdup_printf (_("falling since %s"), since);
  return g_strdup_printf (_("unchanged since %s"), since);
}

static char *
with_trend (char       *text,
            const char *trend)
{
  char *result;

  if (trend == NULL)
    return text;
  /* TRANSLATORS: a chart summary, then how the values move: "…, rising since January" */
  result = g_strdup_printf (_("%s, %s"), text, trend);
  g_free (text);
  return result;
}

static void
compute_summary (SkChartLayout *self)
{
  const char *name = sk_chart_series_get_name (self->series);
  const SkChartPoint *p;
  g_autofree char *value = NULL;
  g_autofree char *trend = NULL;
  SkTarget *target;
  char *text;

  if (self->latest < 0)
    {
      self->summary = g_strdup_printf (_("%s: no values %d–%d"), name,
                                       sk_chart_series_get_first_year (self->series),
                                       sk_chart_series_get_last_year (self->series));
      return;
    }
  p = &g_array_index (self->points, SkChartPoint, self->latest);
  value = value_text (self, p->index, p->value);
  trend = trend_text (self);
  target = sk_chart_series_get_target (self->series, p->year);

  if (target != NULL && p->status != SK_STATUS_NO_TARGET)
    {
      g_autofree char *rule = sk_target_describe (target, sk_chart_series_get_direction (self->series));

      /* TRANSLATORS: indicator, latest value, the target described, its status label */
      text = g_strdup_printf (_("%s %s, target %s, %s"), name, value, rule, sk_status_label (p->status));
    }
  else /* TRANSLATORS: indicator, latest value; a target in another unit: "…, ej jämförbart med målet" */
    text = g_strdup_printf (p->status == SK_STATUS_NOT_COMPARABLE ? _("%s %s, not comparable with the target")
                                                                  : _("%s %s, no target"), name, value);
  self->summary = with_trend (text, trend);
}

/* ---- Public ---- */

SkChartLayout *
sk_chart_layout_new (SkChartSeries        *series,
                     double                width,
                     double                height,
                     const SkChartOptions *options)
{
  SkChartLayout *self;

  g_return_val_if_fail (SK_IS_CHART_SERIES (series), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_object_new (SK_TYPE_CHART_LAYOUT, NULL);
  self->series = g_object_ref (series);
  self->width = width;
  self->height = height;
  if (options != NULL)
    self->options = *options;
  else
    sk_chart_options_init (&self->options);

  compute_frame (self);
  compute_x_ticks (self);
  compute_points (self);
  self->projection = sk_chart_layout_compute_projection (self);
  compute_lines (self);
  compute_line_labels (self);
  compute_targets (self);
  compute_latest_label (self);
  compute_summary (self);
  return self;
}

SkChartSeries *
sk_chart_layout_get_series (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return self->series;
}

const SkChartOptions *
sk_chart_layout_get_options (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return &self->options;
}

double
sk_chart_layout_get_width (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), 0);
  return self->width;
}

double
sk_chart_layout_get_height (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), 0);
  return self->height;
}

double
sk_chart_layout_get_font_size (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), 0);
  return self->font_size;
}

const SkChartRect *
sk_chart_layout_get_plot (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return &self->plot;
}

const char *
sk_chart_layout_get_title (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return self->title;
}

double
sk_chart_layout_get_axis_min (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NAN);
  return self->axis_min;
}

double
sk_chart_layout_get_axis_max (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NAN);
  return self->axis_max;
}

double
sk_chart_layout_get_axis_step (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NAN);
  return self->axis_step;
}

static gconstpointer
array_data (GArray *array,
            guint  *n)
{
  if (n != NULL)
    *n = array->len;
  return array->data;
}

const SkChartTick *
sk_chart_layout_get_y_ticks (SkChartLayout *self,
                             guint         *n)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return array_data (self->y_ticks, n);
}

const char *
sk_chart_layout_get_axis_unit (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return sk_chart_series_get_measure_unit (self->series);
}

gboolean
sk_chart_layout_get_zero_cut (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), FALSE);
  return self->zero_cut;
}

const char *
sk_chart_layout_get_axis_note (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return self->axis_note;
}

const SkChartTick *
sk_chart_layout_get_x_ticks (SkChartLayout *self,
                             guint         *n)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return array_data (self->x_ticks, n);
}

const SkChartTick *
sk_chart_layout_get_year_ticks (SkChartLayout *self,
                                guint         *n)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return array_data (self->year_ticks, n);
}

const double *
sk_chart_layout_get_year_bounds (SkChartLayout *self,
                                 guint         *n)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return array_data (self->year_bounds, n);
}

const SkChartPoint *
sk_chart_layout_get_points (SkChartLayout *self,
                            guint         *n)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return array_data (self->points, n);
}

const SkChartSegment *
sk_chart_layout_get_segments (SkChartLayout *self,
                              guint         *n)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return array_data (self->segments, n);
}

const SkChartXY *
sk_chart_layout_get_coords (SkChartLayout *self,
                            guint         *n)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return array_data (self->coords, n);
}

gboolean
sk_chart_layout_get_show_marks (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), FALSE);
  return self->show_marks;
}

double
sk_chart_layout_get_mark_radius (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), 0);
  return self->mark_radius;
}

const SkChartTargetStep *
sk_chart_layout_get_target_steps (SkChartLayout *self,
                                  guint         *n)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return array_data (self->steps, n);
}

const SkChartLabel *
sk_chart_layout_get_line_labels (SkChartLayout *self,
                                 guint         *n)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return array_data (self->line_labels, n);
}

int
sk_chart_layout_get_latest (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), -1);
  return self->latest;
}

const SkChartLabel *
sk_chart_layout_get_latest_label (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return self->latest_label.text ? &self->latest_label : NULL;
}

const char *
sk_chart_layout_get_summary (SkChartLayout *self)
{
  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  return self->summary;
}

int
sk_chart_layout_hit_test (SkChartLayout *self,
                          double         x,
                          double         y,
                          double         radius)
{
  double best = radius * radius;
  int hit = -1;

  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), -1);

  for (guint i = 0; i < self->points->len; i++)
    {
      const SkChartPoint *p = &g_array_index (self->points, SkChartPoint, i);
      double d;

      if (isnan (p->y))
        continue;
      d = (p->x - x) * (p->x - x) + (p->y - y) * (p->y - y);
      /* On a tie the later point (the brighter, newer year) wins. */
      if (d <= best)
        {
          best = d;
          hit = i;
        }
    }
  return hit;
}

int
sk_chart_layout_step_focus (SkChartLayout *self,
                            int            point,
                            int            step)
{
  int n;

  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), -1);
  g_return_val_if_fail (step == 1 || step == -1, -1);

  n = self->points->len;
  if (point < 0)
    point = step > 0 ? -1 : n;
  for (int i = point + step; i >= 0 && i < n; i += step)
    if (!isnan (g_array_index (self->points, SkChartPoint, i).y))
      return i;
  return -1;
}

static void
append_figure (GString       *text,
               SkChartLayout *self,
               guint          index,
               const char    *format,
               double         value)
{
  g_autofree char *v = NULL;

  if (isnan (value))
    return;
  v = value_text (self, index, value);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, format, v);
}

char *
sk_chart_layout_get_tooltip (SkChartLayout *self,
                             guint          point)
{
  const SkChartPoint *p;
  GString *text;
  SkTarget *target;
  const char *reason, *comment;

  g_return_val_if_fail (SK_IS_CHART_LAYOUT (self), NULL);
  g_return_val_if_fail (point < self->points->len, NULL);

  p = &g_array_index (self->points, SkChartPoint, point);
  text = g_string_new (NULL);
  if (isnan (p->value))
    /* TRANSLATORS: month abbreviation and year of a month without a value */
    g_string_append_printf (text, _("%s %d: no value"), sk_month_abbrev (p->month), p->year);
  else
    {
      g_autofree char *v = value_text (self, p->index, p->value);

      /* TRANSLATORS: month abbreviation, year and value: "apr 2025: 17,1 %" */
      g_string_append_printf (text, _("%s %d: %s"), sk_month_abbrev (p->month), p->year, v);
    }

  target = sk_chart_series_get_target (self->series, p->year);
  if (target != NULL)
    {
      g_autofree char *rule = sk_target_format (target);

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Target: %s"), rule);
    }
  if (p->status != SK_STATUS_NO_VALUE && p->status != SK_STATUS_NO_TARGET)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Status: %s %s"), sk_status_mark (p->status), sk_status_label (p->status));
    }
  if (self->options.show_ytd)
    append_figure (text, self, p->index, _("Year to date: %s"), sk_chart_series_get_ytd (self->series, p->index));
  if (self->options.show_r12)
    append_figure (text, self, p->index, _("Rolling 12 months: %s"), sk_chart_series_get_r12 (self->series, p->index));

  reason = sk_chart_series_get_missing_reason (self->series, point);
  if (isnan (p->value) && reason != NULL)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Missing: %s"), reason);
    }
  comment = sk_chart_series_get_comment (self->series, point);
  if (comment != NULL)
    g_string_append_printf (text, "\n%s", comment);
  if (p->fictional)
    g_string_append_printf (text, "\n%s", _("Fictional outcome"));

  return g_string_free (text, FALSE);
}
