/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/* What changed between two plan years, by kind. */
typedef enum {
  SK_DIFF_GOAL_ADDED,
  SK_DIFF_GOAL_REMOVED,
  SK_DIFF_GOAL_RENAMED,
  SK_DIFF_INDICATOR_ADDED,
  SK_DIFF_INDICATOR_REMOVED,
  SK_DIFF_INDICATOR_RENAMED,
  SK_DIFF_TARGET_RAISED,
  SK_DIFF_TARGET_LOWERED,
  SK_DIFF_TARGET_REWORDED,
  SK_DIFF_TARGET_FLIPPED,
  SK_DIFF_TARGET_ADDED,      /* the indicator had no target the year before */
  SK_DIFF_TARGET_REMOVED,    /* … and has none now */
  SK_DIFF_DEFINITION_CHANGED,
  SK_N_DIFF_KINDS
} SkDiffKind;

/* What a row is about. */
typedef enum {
  SK_DIFF_ITEM_FOCUS_AREA,
  SK_DIFF_ITEM_REGIONAL_GOAL,
  SK_DIFF_ITEM_BOARD_GOAL,
  SK_DIFF_ITEM_INDICATOR,
} SkDiffItem;

typedef struct {
  SkDiffKind  kind;
  SkDiffItem  item;
  gint64      old_id;   /* the record in the earlier year, 0 when added */
  gint64      new_id;   /* the record in the later year, 0 when removed (indicators: the same id) */
  char       *name;     /* indicators: the name in the later year (the earlier for a removed one); else NULL */
  char       *field;    /* DEFINITION_CHANGED: "direction", "measure-unit", … ; else NULL */
  char       *before;   /* as written / shown in the earlier year ("" when none) */
  char       *after;    /* as written / shown in the later year ("" when none) */
} SkPlanDiffRow;

#define SK_TYPE_PLAN_DIFF (sk_plan_diff_get_type ())
G_DECLARE_FINAL_TYPE (SkPlanDiff, sk_plan_diff, SK, PLAN_DIFF, GObject)

/*
 * Compares @old_year's plan with @new_year's (both must exist).
 *
 * Goals have no lineage across years (a copy makes new rows with the same
 * texts), so they are matched level by level under their matched parent:
 * first equal texts, then the same position among the siblings when the
 * texts share at least a third of their words, then any sibling sharing
 * at least half. A match with another text is a rename; the rest are
 * added or removed (a removed focus area or regional goal is one row,
 * not one per goal under it).
 * Indicators keep their id across years: they are compared by id, with
 * each year's definition (sk_store_list_indicators (store, year)).
 */
SkPlanDiff          *sk_plan_diff_new        (SkStore  *store,
                                              int       old_year,
                                              int       new_year,
                                              GError  **error);
int                  sk_plan_diff_get_old_year (SkPlanDiff *self);
int                  sk_plan_diff_get_new_year (SkPlanDiff *self);
guint                sk_plan_diff_get_n_rows (SkPlanDiff *self);
const SkPlanDiffRow *sk_plan_diff_get_row    (SkPlanDiff *self,
                                              guint       index);
guint                sk_plan_diff_count      (SkPlanDiff *self,
                                              SkDiffKind  kind);

/* Compares one indicator's definitions of the two years (same id): adds
 * INDICATOR_RENAMED when the name differs and DEFINITION_CHANGED for every
 * other field that does. @store (nullable) names the responsible units. */
void                 sk_plan_diff_compare_indicator (SkPlanDiff  *self,
                                                     SkStore     *store,
                                                     SkIndicator *before,
                                                     SkIndicator *after);

/* Stable machine names ("target-raised", "board-goal") for TSV and tests. */
const char          *sk_diff_kind_to_string  (SkDiffKind kind);
const char          *sk_diff_item_to_string  (SkDiffItem item);
/* Translated headings and labels: "Targets raised", "Board goal", "Direction". */
const char          *sk_diff_kind_label      (SkDiffKind kind);
const char          *sk_diff_item_label      (SkDiffItem item);
const char          *sk_diff_field_label     (const char *field);

G_END_DECLS
