/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-chart"

#include "config.h"

#include <math.h>

#include "sk-chart-renderer-private.h"

/* ---- Lines ----
 *
 * cairo strokes a dense 120-month line at some 2 M instructions (each
 * steep month is a hundred rows of edges, sampled four times a row), two
 * thirds of a dashboard frame. On an image target the solid month line is
 * instead rasterized here, at about a third of that: each pixel's coverage
 * from the distance of its centre to the nearest segment (the largest over
 * the segments, so joins do not darken), then one cairo_mask() in the line
 * colour. The result matches a stroke with round joins. Dashed lines and
 * vector targets (SVG, PDF, print, GTK's recording) keep cairo's stroke.
 */

typedef struct
{
  guchar *data;
  int     stride;
  int     width, height;
} Coverage;

/* floor (@v) within 0..@max; truncation is floor where it matters. */
static inline int
pixel_index (double v,
             int    max)
{
  return v <= 0 ? 0 : v >= max ? max : (int) v;
}

/* Adds a segment with round ends to @c; coverage falls from full to none
 * between @r - 1 and @r px from it (@r: half the width + 0.5). */
static void
cover_segment (Coverage *c,
               double    x0,
               double    y0,
               double    x1,
               double    y1,
               double    r)
{
  double dx = x1 - x0, dy = y1 - y0;
  double len = sqrt (dx * dx + dy * dy);
  double ux = len > 1e-9 ? dx / len : 1, uy = len > 1e-9 ? dy / len : 0;
  double inv_dy = fabs (dy) > 1e-9 ? 1 / dy : 0;
  int j0, j1;

  if (!isfinite (len) || MAX (y0, y1) + r < 0 || MIN (y0, y1) - r > c->height)
    return;
  j0 = pixel_index (MIN (y0, y1) - r, c->height - 1);
  j1 = pixel_index (MAX (y0, y1) + r, c->height - 1);

  for (int j = j0; j <= j1; j++)
    {
      guchar *row = c->data + (gsize) j * c->stride;
      double py = j + 0.5 - y0, px, along, across;
      double t0 = 0, t1 = 1;
      int i0, i1;

      /* Only pixels within @r of the part of the segment near this row. */
      if (inv_dy != 0)
        {
          double ta = (py - r) * inv_dy, tb = (py + r) * inv_dy;

          t0 = CLAMP (MIN (ta, tb), 0, 1);
          t1 = CLAMP (MAX (ta, tb), 0, 1);
        }
      i0 = pixel_index (x0 + MIN (t0 * dx, t1 * dx) - r, c->width - 1);
      i1 = pixel_index (x0 + MAX (t0 * dx, t1 * dx) + r, c->width - 1);

      /* The pixel centre in the segment's own axes, stepped along the row. */
      px = i0 + 0.5 - x0;
      along = px * ux + py * uy;
      across = py * ux - px * uy;
      for (int i = i0; i <= i1; i++, along += ux, across -= uy)
        {
          double e = along < 0 ? along : along > len ? along - len : 0;
          double d = e == 0 ? fabs (across) : sqrt (e * e + across * across);
          int a;

          if (d >= r)
            continue;
          a = (int) (MIN (r - d, 1) * 255 + 0.5);
          if (a > row[i])
            row[i] = a;
        }
    }
}

/* Device px per user unit when lines can be rasterized here: an image
 * target, drawn unrotated at the same scale across and down; else 0. */
static double
raster_scale (cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_group_target (cr);
  cairo_matrix_t m;
  double sx, sy;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return 0;
  cairo_get_matrix (cr, &m);
  cairo_surface_get_device_scale (target, &sx, &sy);
  if (m.xy != 0 || m.yx != 0 || m.xx != m.yy || m.xx <= 0 || sx != sy)
    return 0;
  return m.xx * sx;
}

/* The user-space extent of @n segments' points, grown by @margin. */
static void
segments_extent (const SkChartSegment *segments,
                 guint                 n,
                 const SkChartXY      *xy,
                 double                margin,
                 SkChartRect          *extent)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;

  for (guint k = 0; k < n; k++)
    for (guint i = segments[k].first; i < segments[k].first + segments[k].n; i++)
      {
        x1 = MIN (x1, xy[i].x);
        x2 = MAX (x2, xy[i].x);
        y1 = MIN (y1, xy[i].y);
        y2 = MAX (y2, xy[i].y);
      }
  extent->x = x1 - margin;
  extent->y = y1 - margin;
  extent->width = x2 - x1 + 2 * margin;
  extent->height = y2 - y1 + 2 * margin;
}

/* Draws @n solid segments of one alpha as one mask (see above); @scale
 * from raster_scale(). */
static void
mask_segments (Draw                 *d,
               const SkChartSegment *segments,
               guint                 n,
               double                line_width,
               double                scale)
{
  const SkChartXY *xy = sk_chart_layout_get_coords (d->layout, NULL);
  double r = line_width * scale / 2 + 0.5;
  double dev, cx1, cy1, cx2, cy2;
  cairo_surface_t *mask;
  cairo_matrix_t m;
  SkChartRect e;
  Coverage c;
  int ox, oy;

  /* Mask px are device px: user (x, y) is at dev × (CTM × (x, y)). */
  cairo_get_matrix (d->cr, &m);
  dev = scale / m.xx;
#define PX(x) (dev * (m.xx * (x) + m.x0))
#define PY(y) (dev * (m.yy * (y) + m.y0))
  segments_extent (segments, n, xy, line_width / 2 + 1 / scale, &e);
  cairo_clip_extents (d->cr, &cx1, &cy1, &cx2, &cy2);
  cx1 = MAX (cx1, e.x);
  cy1 = MAX (cy1, e.y);
  cx2 = MIN (cx2, e.x + e.width);
  cy2 = MIN (cy2, e.y + e.height);
  if (cx1 >= cx2 || cy1 >= cy2)
    return;
  ox = (int) floor (PX (cx1));
  oy = (int) floor (PY (cy1));
  mask = cairo_image_surface_create (CAIRO_FORMAT_A8, (int) ceil (PX (cx2)) - ox, (int) ceil (PY (cy2)) - oy);
  c.data = cairo_image_surface_get_data (mask);
  c.stride = cairo_image_surface_get_stride (mask);
  c.width = cairo_image_surface_get_width (mask);
  c.height = cairo_image_surface_get_height (mask);
  if (c.data == NULL) /* out of memory: draw nothing rather than fail the cairo_t */
    {
      cairo_surface_destroy (mask);
      return;
    }

  for (guint k = 0; k < n; k++)
    {
      const SkChartXY *p = &xy[segments[k].first];

      /* A lone month is a dot. */
      if (segments[k].n == 1)
        cover_segment (&c, PX (p[0].x) - ox, PY (p[0].y) - oy, PX (p[0].x) - ox, PY (p[0].y) - oy, r);
      for (guint i = 1; i < segments[k].n; i++)
        cover_segment (&c, PX (p[i - 1].x) - ox, PY (p[i - 1].y) - oy, PX (p[i].x) - ox, PY (p[i].y) - oy, r);
    }
#undef PX
#undef PY
  cairo_surface_mark_dirty (mask);
  cairo_surface_set_device_scale (mask, dev, dev);

  cairo_save (d->cr);
  cairo_identity_matrix (d->cr);
  set_color (d->cr, &d->pal->line, segments[0].alpha);
  cairo_mask_surface (d->cr, mask, ox / dev, oy / dev);
  cairo_restore (d->cr);
  cairo_surface_destroy (mask);
}

static void
stroke_segment (Draw                 *d,
                const SkChartSegment *s,
                double                line_width)
{
  const SkChartXY *xy = sk_chart_layout_get_coords (d->layout, NULL);
  static const double ytd_dash[] = { 6, 3 };
  static const double r12_dash[] = { 2, 3 };

  /* Derived lines differ by dash too, not only by colour. */
  switch (s->kind)
    {
    case SK_CHART_LINE_YTD:
      set_color (d->cr, &d->pal->ytd, s->alpha);
      cairo_set_dash (d->cr, ytd_dash, 2, 0);
      break;
    case SK_CHART_LINE_R12:
      set_color (d->cr, &d->pal->r12, s->alpha);
      cairo_set_dash (d->cr, r12_dash, 2, 0);
      break;
    case SK_CHART_LINE_MONTH:
    default:
      set_color (d->cr, &d->pal->line, s->alpha);
      cairo_set_dash (d->cr, NULL, 0, 0);
      break;
    }
  cairo_set_line_width (d->cr, line_width);
  cairo_move_to (d->cr, xy[s->first].x, xy[s->first].y);
  for (guint k = 1; k < s->n; k++)
    cairo_line_to (d->cr, xy[s->first + k].x, xy[s->first + k].y);
  /* A lone month is a dot: a round cap on a line of no length. */
  cairo_set_line_cap (d->cr, s->n == 1 ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
  if (s->n == 1)
    cairo_line_to (d->cr, xy[s->first].x, xy[s->first].y);
  cairo_stroke (d->cr);
}

void
sk_chart_renderer_draw_segments (Draw *d)
{
  const SkChartSegment *segments;
  gboolean dense = !sk_chart_layout_get_show_marks (d->layout);
  double scale = raster_scale (d->cr);
  guint n;

  segments = sk_chart_layout_get_segments (d->layout, &n);
  /* Bevel joins and butt caps: round ones cost twice the time to fill and
   * look the same at 2 px. A dense line (no room for marks, as on a
   * dashboard) is antialiased with fewer samples: the result is alike and
   * draws in half the time. */
  cairo_set_line_join (d->cr, CAIRO_LINE_JOIN_BEVEL);
  if (dense)
    cairo_set_antialias (d->cr, CAIRO_ANTIALIAS_FAST);
  for (guint i = 0; i < n;)
    {
      double width = (segments[i].kind == SK_CHART_LINE_MONTH ? 2 : 1.5) * (dense ? 0.75 : 1);
      guint j = i + 1;

      if (scale > 0 && segments[i].kind == SK_CHART_LINE_MONTH)
        {
          /* The years of a timeline share one mask; an overlay's fade. */
          while (j < n && segments[j].kind == SK_CHART_LINE_MONTH && segments[j].alpha == segments[i].alpha)
            j++;
          mask_segments (d, &segments[i], j - i, width, scale);
        }
      else
        stroke_segment (d, &segments[i], width);
      i = j;
    }
  cairo_set_dash (d->cr, NULL, 0, 0);
  cairo_set_line_cap (d->cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_antialias (d->cr, CAIRO_ANTIALIAS_DEFAULT);
}
