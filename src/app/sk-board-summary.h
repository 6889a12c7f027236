/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-chart-area.h"

G_BEGIN_DECLS

#define SK_BOARD_N_STATUSES (SK_STATUS_NOT_COMPARABLE + 1)

/*
 * What the Nämndvy's summary says of one area: how many of its
 * indicators stand at each status (the latest figure of the year, from
 * sk_figures_compute: the figure Uppföljning and `styrkort-cli status`
 * show), the indicators off target named, and those whose year-end
 * projection misses the target.
 */
typedef struct
{
  SkChartArea *area;
  guint        counts[SK_BOARD_N_STATUSES];
  GPtrArray   *not_met;     /* indicator names (char *) */
  GPtrArray   *near;
  GPtrArray   *miss;        /* projected "not met" in December */
} SkBoardAreaSummary;

/* From @items (SkChartItem of @area, from sk_chart_area_collect) of @year. */
SkBoardAreaSummary *sk_board_area_summary_new  (SkChartArea *area,
                                                GPtrArray   *items,
                                                int          year);
void                sk_board_area_summary_free (SkBoardAreaSummary *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkBoardAreaSummary, sk_board_area_summary_free)

/* "✓ 3 uppfyllt, ≈ 1 nära, ✗ 2 ej uppfyllt, · 1 inget värde". */
char               *sk_board_area_summary_counts_text (const SkBoardAreaSummary *self);

/* The status December's projection of @item would have; NO_VALUE
 * without a projection. Fills @year_end when not NULL. */
SkStatus            sk_board_item_projection   (SkChartItem *item,
                                                int          year,
                                                double      *year_end);

/*
 * The summary page: one activatable row per area of @summaries (array of
 * SkBoardAreaSummary); activating row i calls @activate (@data, i).
 */
typedef void (*SkBoardSummaryActivate) (gpointer data, guint area);
GtkWidget          *sk_board_summary_page_new  (GPtrArray             *summaries,
                                                SkBoardSummaryActivate activate,
                                                gpointer               data);

G_END_DECLS
