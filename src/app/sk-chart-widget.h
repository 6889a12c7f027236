/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-chart-renderer.h"

G_BEGIN_DECLS

#define SK_TYPE_CHART_WIDGET (sk_chart_widget_get_type ())
G_DECLARE_FINAL_TYPE (SkChartWidget, sk_chart_widget, SK, CHART_WIDGET, GtkWidget)

/*
 * One chart on screen: lays out @series for its allocated size (cached
 * until the size, the data or the options change) and draws it with the
 * chart renderer in the light or dark palette. Focusable: Left/Right/
 * Home/End move between points, the focused or hovered point shows its
 * value, target and status; click or Enter emits ::activate. The
 * accessible label is the chart's summary.
 */
GtkWidget            *sk_chart_widget_new          (SkChartSeries        *series,
                                                    gboolean              compact);
SkChartSeries        *sk_chart_widget_get_series   (SkChartWidget        *self);
void                  sk_chart_widget_set_series   (SkChartWidget        *self,
                                                    SkChartSeries        *series);
/* Compact: a small multiple for a dashboard (no title, smaller type). */
gboolean              sk_chart_widget_get_compact  (SkChartWidget        *self);
void                  sk_chart_widget_set_compact  (SkChartWidget        *self,
                                                    gboolean              compact);
const SkChartOptions *sk_chart_widget_get_options  (SkChartWidget        *self);
void                  sk_chart_widget_set_options  (SkChartWidget        *self,
                                                    const SkChartOptions *options);
/* The layout for the current size (a default size before allocation);
 * NULL without a series. */
SkChartLayout        *sk_chart_widget_get_layout   (SkChartWidget        *self);
/* The keyboard-focused point, -1 for none. */
int                   sk_chart_widget_get_focused  (SkChartWidget        *self);
void                  sk_chart_widget_set_focused  (SkChartWidget        *self,
                                                    int                   point);
/* What the accessible label says (the summary), "" without a series. */
const char           *sk_chart_widget_get_summary  (SkChartWidget        *self);
/* What the accessible description says: the focused point, or else the
 * latest month (its date, value, target, status), "" without a series. */
const char           *sk_chart_widget_get_description (SkChartWidget   *self);
/* What the tooltip or popover says for the focused point; NULL for none. */
char                 *sk_chart_widget_get_point_text (SkChartWidget      *self);
/* A new renderer with the palette the widget draws in. */
SkChartRenderer      *sk_chart_widget_create_renderer (SkChartWidget     *self);

G_END_DECLS
