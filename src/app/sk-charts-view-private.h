/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-chart-layout.h"
#include "sk-charts-view.h"

G_BEGIN_DECLS

/* Shared by sk-charts-view.c (the views) and sk-charts-view-export.c
 * (files and printing). */
struct _SkChartsView
{
  AdwBin         parent_instance;

  SkStore       *store;
  int            year;
  GListModel    *areas;       /* SkChartArea */
  GListModel    *units;       /* SkUnit; the unit chooser has "responsible" first */
  GPtrArray     *items;       /* SkChartItem, in the order shown */
  gboolean       updating;    /* filling choosers: ignore their signals */
  guint          reload_id;

  SkIndicator   *detail_indicator;
  gint64         detail_unit;
  GPtrArray     *detail_series; /* SkChartSeries, one per chart shown large */
  guint          detail_cols;
  double         detail_axis_min; /* units compared share one axis; else NAN */
  double         detail_axis_max;

  /* template */
  AdwLeaflet    *leaflet;
  GtkDropDown   *area_dropdown;
  GtkStringList *area_names;
  GtkDropDown   *unit_dropdown;
  GtkStringList *unit_names;
  GtkSpinButton *years_spin;
  GtkWidget     *controls_box;
  GtkWidget     *detail_options;
  GtkWidget     *fictional_notice;
  GtkLabel      *fictional_label;
  GtkStack      *dashboard_stack;
  GtkScrolledWindow *dashboard_scroll;
  GtkFlowBox    *flowbox;
  GtkLabel      *detail_title;
  GtkDropDown   *mode_dropdown;
  GtkCheckButton *ytd_check;
  GtkCheckButton *r12_check;
  GtkSpinButton *from_spin;
  GtkSpinButton *to_spin;
  GtkToggleButton *compare_toggle;
  GtkWidget     *detail_notice;
  GtkLabel      *detail_notice_label;
  GtkGrid       *detail_grid;
};

/* The large chart's options as chosen. */
void sk_charts_view_detail_options     (SkChartsView   *self,
                                        SkChartOptions *options);

/* The charts.export, charts.print and charts.print-area actions. */
void sk_charts_view_export_action      (GtkWidget  *widget,
                                        const char *action,
                                        GVariant   *param);
void sk_charts_view_print_action       (GtkWidget  *widget,
                                        const char *action,
                                        GVariant   *param);
void sk_charts_view_print_area_action  (GtkWidget  *widget,
                                        const char *action,
                                        GVariant   *param);

G_END_DECLS
