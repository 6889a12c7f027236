/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-chart-area.h"

G_BEGIN_DECLS

/*
 * One indicator's chart large, opened from a Nämndvy card: its full
 * name, the latest value and status, the target, the year-end projection
 * in words and drawn ("Prognos"), and the chart across the screen.
 * Escape (or the close button) goes back to the cards.
 */
GtkWidget *sk_board_chart_new (GtkWindow   *parent,
                               SkChartItem *item,
                               int          year);

/* The chart widget inside a window from sk_board_chart_new(). */
GtkWidget *sk_board_chart_get_chart (GtkWidget *window);

/* "Prognos för december: 88,2 % (82,0–94,4 %), ej uppfyllt, efter förra
 * årets mönster"; NULL without a projection. */
char      *sk_board_projection_text (SkChartItem *item,
                                     int          year);

G_END_DECLS
