/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"
#include "sk-indicators-view.h"

G_BEGIN_DECLS

/* Shared by sk-indicators-view.c, sk-indicators-view-editor.c and
 * sk-indicators-view-register.c. */

typedef enum {
  COL_NAME,
  COL_TARGET,
  COL_MEASURE_UNIT,
  COL_RESPONSIBLE,
  COL_FREQUENCY,
  N_COLS
} Column;

typedef struct {
  SkIndicatorsView *view;
  Column            column;
} ColumnData;

struct _SkIndicatorsView
{
  AdwBin              parent_instance;

  SkStore            *store;
  int                 year;
  SkPlan             *plan;
  GHashTable         *targets;      /* indicator id → SkTarget */
  GHashTable         *units;        /* unit id → SkUnit */
  GArray             *unit_ids;     /* responsible_row position → unit id (0: none) */
  char               *units_signature; /* the units responsible_row shows */
  SkIndicator        *current;      /* being edited */
  gint64              selected_id;
  gboolean            loading;      /* filling widgets: not a user edit */
  gboolean            dirty;        /* the editor holds unsaved edits */
  gboolean            row_pressed;  /* a pointer press on a row of the table */
  guint               save_idle;    /* a choice in the side panel, saved at once */

  ColumnData          columns[N_COLS];
  GListStore         *items;        /* perspective headers and SkIndicator rows */
  GtkSorter          *group_sorter; /* keeps rows under their perspective's header */
  GtkSingleSelection *selection;
  GtkWidget          *table;

  /* template */
  GtkStack           *stack;
  AdwLeaflet         *leaflet;
  GtkWidget          *back_bar;
  GtkLabel           *summary_label;
  GtkScrolledWindow  *scroller;
  GtkStack           *editor_stack;
  GtkWidget          *lock_note;
  GtkLabel           *lock_label;
  GtkLabel           *target_heading;
  GtkEntry           *target_entry;
  GtkWidget          *target_warning;
  GtkLabel           *target_description;
  GtkWidget          *structure_group;
  AdwEntryRow        *name_row;
  AdwComboRow        *perspective_row;
  AdwEntryRow        *measure_unit_row;
  AdwComboRow        *direction_row;
  AdwComboRow        *responsible_row;
  AdwComboRow        *frequency_row;
  AdwComboRow        *aggregation_row;
  GtkSwitch          *r12_switch;
  GtkSpinButton      *tolerance_spin;
  AdwPreferencesGroup *history_group;
  GPtrArray          *history_rows; /* the rows history_group shows */
};

gboolean sk_indicators_view_is_editable  (SkIndicatorsView *self);
/* Writes the side panel into the year's definition and target. */
gboolean sk_indicators_view_save_editor  (SkIndicatorsView *self);

/* sk-indicators-view-editor.c */
void     sk_indicators_view_on_choice_changed (SkIndicatorsView *self);
void     sk_indicators_view_flush_on_close    (SkIndicatorsView *self);
gboolean sk_indicators_view_focus             (GtkWidget        *widget,
                                               GtkDirectionType  direction);
/* The audit trail of the indicator being edited: its definitions (per
 * year) and targets, newest first. */
void     sk_indicators_view_load_history      (SkIndicatorsView *self);

/* sk-indicators-view-register.c */
/* A perspective's header row is a GtkStringObject holding its heading. */
gboolean    sk_indicators_view_is_header      (gpointer          item);
/* The year's target of @indicator, or NULL. */
SkTarget   *sk_indicators_view_target_of      (SkIndicatorsView *self,
                                               SkIndicator      *indicator);
GListModel *sk_indicators_view_build_register (SkIndicatorsView *self);
void        sk_indicators_view_fill_register  (SkIndicatorsView *self,
                                               GListModel       *indicators);

G_END_DECLS
