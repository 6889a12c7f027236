/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_OUTCOMES_VIEW (sk_outcomes_view_get_type ())
G_DECLARE_FINAL_TYPE (SkOutcomesView, sk_outcomes_view, SK, OUTCOMES_VIEW, AdwBin)

/*
 * Utfall: the month values of one unit and one year as a grid, entered
 * like a spreadsheet. Columns 0..11 are January..December, column 12 the
 * year to date (read only).
 */
#define SK_OUTCOMES_VIEW_YTD_COLUMN 12

GtkWidget   *sk_outcomes_view_new         (void);
SkStore     *sk_outcomes_view_get_store   (SkOutcomesView *self);
void         sk_outcomes_view_set_store   (SkOutcomesView *self,
                                           SkStore        *store);
int          sk_outcomes_view_get_year    (SkOutcomesView *self);
void         sk_outcomes_view_set_year    (SkOutcomesView *self,
                                           int             year);
gint64       sk_outcomes_view_get_unit    (SkOutcomesView *self);
/* Chooses the unit in the selector; FALSE when it is not listed. */
gboolean     sk_outcomes_view_set_unit    (SkOutcomesView *self,
                                           gint64          unit_id);

/* Every indicator of the year (TRUE), or only those the unit reports:
 * it is responsible for them or has figures for them (FALSE, at first). */
gboolean     sk_outcomes_view_get_show_all (SkOutcomesView *self);
void         sk_outcomes_view_set_show_all (SkOutcomesView *self,
                                            gboolean        show_all);

/* The place: the indicator's row and a column (0..12). */
gboolean     sk_outcomes_view_focus_cell  (SkOutcomesView *self,
                                           gint64          indicator_id,
                                           guint           column);
gboolean     sk_outcomes_view_get_focus   (SkOutcomesView *self,
                                           gint64         *indicator_id,
                                           guint          *column);
/* The shown text and spoken label of a cell, NULL when there is none. */
const char  *sk_outcomes_view_get_cell_text  (SkOutcomesView *self,
                                              gint64          indicator_id,
                                              guint           column);
const char  *sk_outcomes_view_get_cell_label (SkOutcomesView *self,
                                              gint64          indicator_id,
                                              guint           column);
/* The in-place editor (a GtkEditable) while a cell is edited, else NULL. */
GtkWidget   *sk_outcomes_view_get_editor  (SkOutcomesView *self);
/* The entry of the open "missing reason" or "comment" prompt, else NULL. */
GtkWidget   *sk_outcomes_view_get_prompt  (SkOutcomesView *self);
/* Why the last entry was refused; "" when nothing is wrong. */
const char  *sk_outcomes_view_get_error   (SkOutcomesView *self);

G_END_DECLS
