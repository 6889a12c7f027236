/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-outcome-cell.h"
#include "sk-outcomes-view.h"
#include "sk-store.h"

G_BEGIN_DECLS

/*
 * Shared by the parts of the Utfall view: sk-outcomes-view.c (the unit
 * and year, loading), sk-outcomes-view-grid.c (the cells, moving about,
 * building the grid) and sk-outcomes-view-edit.c (editing, prompts,
 * actions, undo).
 */

#define N_MONTHS 12
#define N_CELLS  (N_MONTHS + 1) /* months and the year to date */
#define YTD      SK_OUTCOMES_VIEW_YTD_COLUMN
/* Columns of the names grid, and of the values grid: the months. The
 * year to date has a grid of its own (ytd_grid), frozen on the right. */
#define NAME_GRID_COLUMN   0
#define TARGET_GRID_COLUMN 1
#define MONTH_GRID_COLUMN  0

typedef struct
{
  SkIndicator  *indicator;
  GtkWidget    *name;
  GtkWidget    *target;
  GtkWidget    *cells[N_CELLS];
  guint         data_mask; /* bit m-1: month m has a figure */
} Row;

/* One entry of the undo history: the month row before and after. */
typedef struct
{
  gint64     indicator_id;
  gint64     unit_id;
  char      *period;
  SkOutcome *before;  /* NULL: there was none */
  SkOutcome *after;   /* NULL: cleared */
} Change;

typedef enum {
  PROMPT_MISSING,
  PROMPT_COMMENT,
} PromptMode;

struct _SkOutcomesView
{
  AdwBin        parent_instance;

  SkStore      *store;
  int           year;
  gint64        unit_id;     /* remembered while this view lives */
  GListModel   *units;

  GPtrArray    *rows;        /* Row */
  guint         cur_row;
  guint         cur_col;
  gint64        place_indicator_id;
  gboolean      place_chosen; /* by the user; until then start at the latest month */

  GtkWidget    *editor;      /* GtkText, moved into the cell being edited */
  gboolean      editing;
  SkOutcome    *edit_read;      /* the value as the edit began (NULL: empty), to refuse a save over another's */
  gboolean      updating_units;
  int           name_px;     /* the width of the names, to fit the view */
  guint         fit_idle;
  guint         focus_idle;  /* moves the focus to the grid once a unit is chosen */

  GtkWidget    *tip;         /* the hover tip (sk-outcomes-view-tip.c) */
  GtkWidget    *tip_label;
  GtkWidget    *tip_owner;   /* weak: the widget pointed at */
  guint         tip_timeout;

  GtkWidget    *menu;        /* the cell context menu */
  GtkWidget    *prompt;      /* asks a missing reason or a comment */
  GtkWidget    *prompt_title;
  GtkWidget    *prompt_entry;
  GtkWidget    *prompt_error;
  PromptMode    prompt_mode;

  GQueue        undo;        /* Change, newest first */
  GQueue        redo;

  /* While the grids are built: the widths every column shares. */
  GtkSizeGroup *name_width;
  GtkSizeGroup *target_width;
  GtkSizeGroup *cell_width[N_CELLS];

  /* template */
  GtkStack     *stack;
  GtkDropDown  *unit_dropdown;
  GtkSwitch    *show_all_switch;
  GtkLabel     *fictional_label;
  GtkGrid      *grid;        /* the cells */
  GtkGrid      *corner_grid; /* the name and target headers */
  GtkGrid      *header_grid; /* the month headers */
  GtkGrid      *names_grid;  /* names, targets, perspectives */
  GtkScrolledWindow *scroller;
  GtkScrolledWindow *header_scroller;
  GtkScrolledWindow *names_scroller;
  GtkGrid      *ytd_grid;        /* the year to date, frozen on the right */
  GtkGrid      *ytd_corner_grid; /* its header */
  GtkScrolledWindow *ytd_scroller;
  GtkScrolledWindow *ytd_header_scroller;
  GtkScrolledWindow *corner_scroller;
  GtkPopover   *error_popover; /* holds error_label, beside the current cell */
  GtkLabel     *error_label;
  GtkWidget    *edit_hint;      /* hidden on a read-only file */
  GtkLabel     *place_label;  /* the current cell in words, for a quick look and screen readers */
  GMenuModel   *cell_menu;
};

/* sk-outcomes-view-grid.c */
const char    *sk_outcomes_view_month_name        (int             month);
void           sk_outcomes_view_row_free          (gpointer        data);
Row           *sk_outcomes_view_current_row       (SkOutcomesView *self);
SkOutcomeCell *sk_outcomes_view_current_cell      (SkOutcomesView *self);
gint64         sk_outcomes_view_row_indicator_id  (Row            *row);
Row           *sk_outcomes_view_find_row          (SkOutcomesView *self,
                                                   gint64          indicator_id,
                                                   guint          *index);
char          *sk_outcomes_view_current_period    (SkOutcomesView *self);
void           sk_outcomes_view_update_content    (SkOutcomesView *self);
void           sk_outcomes_view_move_to           (SkOutcomesView *self,
                                                   guint           row_index,
                                                   guint           col,
                                                   gboolean        grab);
gboolean       sk_outcomes_view_move_by           (SkOutcomesView *self,
                                                   int             drow,
                                                   int             dcol,
                                                   gboolean        wrap);
gboolean       sk_outcomes_view_same_indicators   (SkOutcomesView *self,
                                                   GListModel     *indicators);
void           sk_outcomes_view_rebuild           (SkOutcomesView *self,
                                                   GListModel     *indicators);
void           sk_outcomes_view_start_at_latest   (SkOutcomesView *self);
void           sk_outcomes_view_set_tooltips      (SkOutcomesView *self,
                                                   gboolean        enabled);
void           sk_outcomes_view_grid_init         (SkOutcomesView *self);

/* sk-outcomes-view-edit.c */
void           sk_outcomes_view_change_free       (gpointer        data);
SkOutcome     *sk_outcomes_view_outcome_copy      (SkOutcome      *o);
void           sk_outcomes_view_show_error        (SkOutcomesView *self,
                                                   const char     *message);
void           sk_outcomes_view_hide_error        (SkOutcomesView *self);
void           sk_outcomes_view_start_edit        (SkOutcomesView *self,
                                                   const char     *initial);
void           sk_outcomes_view_finish_edit       (SkOutcomesView *self,
                                                   gboolean        refocus);
void           sk_outcomes_view_cancel_edit       (SkOutcomesView *self);
/* Remembers a change of the current place for undo. */
void           sk_outcomes_view_push_change       (SkOutcomesView *self,
                                                   const char     *period,
                                                   SkOutcome      *before,
                                                   SkOutcome      *after);
gboolean       sk_outcomes_view_save_outcome      (SkOutcomesView *self,
                                                   SkOutcome      *old,
                                                   SkOutcome      *outcome);
/* A new month outcome for the current place, a copy of @old if any. */
SkOutcome     *sk_outcomes_view_outcome_for_place (SkOutcomesView *self,
                                                   SkOutcome      *old);
gboolean       sk_outcomes_view_commit            (SkOutcomesView *self);
void           sk_outcomes_view_update_history_actions (SkOutcomesView *self);
void           sk_outcomes_view_edit_class_init   (GtkWidgetClass *widget_class);
void           sk_outcomes_view_edit_init         (SkOutcomesView *self);

/* sk-outcomes-view-tip.c: hover tips placed off the current row. */
void           sk_outcomes_view_tip_init          (SkOutcomesView *self);
void           sk_outcomes_view_tip_hide          (SkOutcomesView *self);
void           sk_outcomes_view_tip_dispose       (SkOutcomesView *self);

/* sk-outcomes-paste.c: Ctrl+V of a block of spreadsheet cells. */
void           sk_outcomes_view_paste_class_init  (GtkWidgetClass *widget_class);

G_END_DECLS
