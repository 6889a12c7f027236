/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_BOARD_VIEW (sk_board_view_get_type ())
G_DECLARE_FINAL_TYPE (SkBoardView, sk_board_view, SK, BOARD_VIEW, AdwBin)

/*
 * The "board" page for board members: read only, large type, one area per
 * page (the four perspectives, the work-environment plan, the focus
 * areas), its indicators off target first, each with its latest value
 * and status in words and a chart. Page Down/Up, Home/End page through
 * the areas; F11 goes full screen, Escape leaves it.
 */
GtkWidget  *sk_board_view_new            (void);
guint       sk_board_view_get_n_pages    (SkBoardView *self);
guint       sk_board_view_get_page       (SkBoardView *self);
void        sk_board_view_set_page       (SkBoardView *self,
                                          guint        page);
/* The title of the area shown. */
const char *sk_board_view_get_area_title (SkBoardView *self);

G_END_DECLS
