/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_OUTCOME_CELL (sk_outcome_cell_get_type ())
G_DECLARE_FINAL_TYPE (SkOutcomeCell, sk_outcome_cell, SK, OUTCOME_CELL, GtkWidget)

/*
 * One cell of the outcomes grid: a value, an optional small caption
 * under it, a status shown by colour and by a mark, and a corner mark
 * when the cell has a comment. The view may place its editor in it.
 */
GtkWidget  *sk_outcome_cell_new          (guint          row,
                                          guint          column);
guint       sk_outcome_cell_get_row      (SkOutcomeCell *self);
guint       sk_outcome_cell_get_column   (SkOutcomeCell *self);

void        sk_outcome_cell_set_text     (SkOutcomeCell *self,
                                          const char    *text,
                                          const char    *caption);
const char *sk_outcome_cell_get_text     (SkOutcomeCell *self);
void        sk_outcome_cell_set_status   (SkOutcomeCell *self,
                                          SkStatus       status);
void        sk_outcome_cell_set_flags    (SkOutcomeCell *self,
                                          gboolean       has_comment,
                                          gboolean       fictional);
/* The spoken description ("Personalomsättning, april: 17,09 %, ej uppfyllt"). */
void        sk_outcome_cell_set_label    (SkOutcomeCell *self,
                                          const char    *label);
const char *sk_outcome_cell_get_label    (SkOutcomeCell *self);

/* Shows @editor in place of the text; NULL takes it out again. */
void        sk_outcome_cell_set_editor   (SkOutcomeCell *self,
                                          GtkWidget     *editor);
GtkWidget  *sk_outcome_cell_get_editor   (SkOutcomeCell *self);

G_END_DECLS
