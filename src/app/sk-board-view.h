/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-board-summary.h"

G_BEGIN_DECLS

#define SK_TYPE_BOARD_VIEW (sk_board_view_get_type ())
G_DECLARE_FINAL_TYPE (SkBoardView, sk_board_view, SK, BOARD_VIEW, AdwBin)

/*
 * The "board" page for board members: read only, large type. It opens
 * on a summary (page 0: every area with its counts of met / near / not
 * met, the indicators off target and those projected to miss named);
 * then one area per page (the four perspectives, the work-environment
 * plan, the focus areas), its indicators off target first, each with its
 * latest value and status in words and a chart with its year-end
 * projection. Enter on a summary row opens the area; Enter or a click on
 * a card opens its large chart (Escape goes back). Page Down/Up,
 * Home/End page through the areas; F11 goes full screen, Escape leaves it.
 */
GtkWidget  *sk_board_view_new            (void);
guint       sk_board_view_get_n_pages    (SkBoardView *self);
guint       sk_board_view_get_page       (SkBoardView *self);
void        sk_board_view_set_page       (SkBoardView *self,
                                          guint        page);
/* The title of the area shown. */
const char *sk_board_view_get_area_title (SkBoardView *self);

/* The summary of area @area (0 = the first area, page 1); NULL past the end. */
const SkBoardAreaSummary *sk_board_view_get_summary (SkBoardView *self,
                                                     guint        area);
/* The large chart window open, NULL when none. */
GtkWidget  *sk_board_view_get_large_chart (SkBoardView *self);

G_END_DECLS
