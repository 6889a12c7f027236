/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-chart"

/* Where the chart layout puts its value label: beside the point, clear of
 * the lines it would otherwise sit on (the month line, the target line,
 * the projection). */

#include "config.h"

#include <math.h>

#include "sk-chart-layout-private.h"

/* How much of the line from @a to @b runs through @r: the samples (every
 * 2 px along x) that fall inside. */
static guint
segment_hits (const SkChartXY   *a,
              const SkChartXY   *b,
              const SkChartRect *r)
{
  guint steps = MAX (1, (guint) (fabs (b->x - a->x) / 2));
  guint hits = 0;

  for (guint k = 0; k <= steps; k++)
    {
      double t = (double) k / steps;
      double x = a->x + (b->x - a->x) * t, y = a->y + (b->y - a->y) * t;

      hits += x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height;
    }
  return hits;
}

/* How much of what is drawn a label in @r would cover. */
static guint
overlap (SkChartLayout     *self,
         const SkChartRect *r)
{
  const SkChartXY *coords = (const SkChartXY *) self->coords->data;
  guint hits = 0;

  for (guint s = 0; s < self->segments->len; s++)
    {
      const SkChartSegment *seg = &g_array_index (self->segments, SkChartSegment, s);

      if (seg->kind != SK_CHART_LINE_MONTH || seg->alpha < 1)
        continue;
      for (guint i = seg->first; i + 1 < seg->first + seg->n; i++)
        hits += segment_hits (&coords[i], &coords[i + 1], r);
    }
  for (guint s = 0; s < self->steps->len; s++)
    {
      const SkChartTargetStep *step = &g_array_index (self->steps, SkChartTargetStep, s);
      SkChartXY a = { step->x0, step->y }, b = { step->x1, step->y };

      hits += segment_hits (&a, &b, r);
    }
  if (self->projection != NULL)
    for (guint i = 0; i + 1 < self->projection->n; i++)
      hits += segment_hits (&self->projection->line[i], &self->projection->line[i + 1], r);
  return hits;
}

void
sk_chart_layout_place_label (SkChartLayout *self,
                             SkChartLabel  *label,
                             double         px,
                             double         py,
                             double         width,
                             double         gap)
{
  /* Above, below, then beside the point, then a little farther off. */
  const double ys[] = {
    py - self->lh - 2, py + gap, py - self->lh / 2,
    py - 2 * self->lh - 2, py + gap + self->lh,
  };
  double top = self->plot.y, bottom = self->plot.y + self->plot.height - self->lh;
  guint best = G_MAXUINT;

  label->y = py - self->lh - 2 < top ? py + gap : py - self->lh - 2;
  for (guint i = 0; i < G_N_ELEMENTS (ys) && best > 0; i++)
    {
      SkChartRect r = { label->right ? label->x - width : label->x, ys[i], width, self->lh };
      guint hits;

      if (ys[i] < top || ys[i] > bottom)
        continue;
      hits = overlap (self, &r);
      if (hits < best)
        {
          best = hits;
          label->y = ys[i];
        }
    }
}
