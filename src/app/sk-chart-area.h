/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-chart-series.h"

G_BEGIN_DECLS

typedef enum {
  SK_CHART_AREA_PERSPECTIVE = 0, /* id: the SkPerspective */
  SK_CHART_AREA_WORK_ENV    = 1, /* id: the plan */
  SK_CHART_AREA_FOCUS       = 2, /* id: the focus area */
  SK_CHART_AREA_UNIT        = 3, /* id: the unit */
} SkChartAreaKind;

#define SK_TYPE_CHART_AREA (sk_chart_area_get_type ())
G_DECLARE_FINAL_TYPE (SkChartArea, sk_chart_area, SK, CHART_AREA, GObject)

/*
 * A group of indicators the charts and board views show together: a
 * perspective, the work-environment plan, a focus area (the indicators
 * of its board goals) or a unit (register indicators with data there).
 */
SkChartArea     *sk_chart_area_new       (SkChartAreaKind kind,
                                          gint64          id,
                                          const char     *title);
SkChartAreaKind  sk_chart_area_get_kind  (SkChartArea    *self);
gint64           sk_chart_area_get_id    (SkChartArea    *self);
const char      *sk_chart_area_get_title (SkChartArea    *self);

/* The four perspectives, the work-environment plan, the focus areas of
 * the plan of @year and, with @with_units, every unit. */
GListModel      *sk_chart_area_list      (SkStore        *store,
                                          int             year,
                                          gboolean        with_units);

/* One indicator's chart in an area. */
typedef struct
{
  SkIndicator   *indicator;
  SkChartSeries *series;
  gint64         unit_id;
  SkStatus       status;    /* of the latest figure of the year */
  int            latest;    /* its month index in @series, -1 */
  char          *value;     /* it as shown: "5,1 %", NULL without */
  char          *when;      /* its month: "nov 2025", NULL without */
  char          *target;    /* as written, with what it was measured against:
                             * "Enligt budget (budget: 5 227)"; NULL without */
  gboolean       fictional; /* any shown value is generated */
} SkChartItem;

void             sk_chart_item_free      (SkChartItem    *item);
/* Fills @item's status, latest, value and when from the core's figures
 * (sk_figures_compute) of @year up to December: the same figure
 * Uppföljning and Arbetsmiljö show. */
void             sk_chart_item_read_latest (SkChartItem  *item,
                                            SkStore      *store,
                                            int           year);
/* "✗ ej uppfyllt · 17,1 % (apr 2025)", or "No values yet". */
char            *sk_chart_item_latest_text (SkChartItem  *item);

/*
 * The charts of the area over @first_year..@last_year, for @unit_id (0:
 * each indicator's responsible unit), off-target first: the latest value
 * not met, then near, then the rest in register order. Array of
 * SkChartItem.
 */
GPtrArray       *sk_chart_area_collect   (SkChartArea    *self,
                                          SkStore        *store,
                                          int             year,
                                          gint64          unit_id,
                                          int             first_year,
                                          int             last_year);

G_END_DECLS
