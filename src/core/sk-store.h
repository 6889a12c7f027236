/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sk-error.h"
#include "sk-enums.h"
#include "sk-record.h"
#include "sk-plan.h"
#include "sk-focus-area.h"
#include "sk-regional-goal.h"
#include "sk-board-goal.h"
#include "sk-indicator.h"
#include "sk-unit.h"
#include "sk-outcome.h"
#include "sk-target.h"
#include "sk-work-env-plan.h"
#include "sk-priority-area.h"
#include "sk-assignment.h"
#include "sk-goal-assessment.h"
#include "sk-audit-entry.h"

G_BEGIN_DECLS

/* Version written to PRAGMA user_version; older files are migrated,
 * newer ones refused. */
#define SK_STORE_SCHEMA_VERSION 4

#define SK_TYPE_STORE (sk_store_get_type ())
G_DECLARE_FINAL_TYPE (SkStore, sk_store, SK, STORE, GObject)

/*
 * The only place that speaks SQL. Every change goes through one call here
 * that validates, writes in a transaction, records who and when in the
 * audit table and then emits ::changed with the table as detail
 * ("changed::outcome"). Changes made by another process are noticed too
 * (the file is watched) and announced as ::changed with detail "external".
 *
 * List functions (sk_store_list_*) return a new GListModel (a GListStore)
 * of records: a snapshot that does not change. Watch functions
 * (sk_store_watch_*) return a live list (SkRecordList) that follows the
 * database, own and external changes alike: records keep their objects
 * and ::notify on changed fields, additions and removals come as
 * ::items-changed, so a view never needs to reload.
 * Update functions change the record passed in (so bound views get
 * ::notify) as well as the row.
 */

typedef enum {
  SK_STORE_OPEN_EXISTING  = 0,       /* a missing file is refused (SK_STORE_ERROR_NOT_FOUND) */
  SK_STORE_OPEN_CREATE    = 1 << 0,  /* create the file (0600) and its folder when missing */
  SK_STORE_OPEN_READ_ONLY = 1 << 1,  /* never write, even when the file could be written */
  SK_STORE_OPEN_NO_WAIT   = 1 << 2,  /* a lock at opening fails at once (SK_STORE_ERROR_LOCKED)
                                        instead of after a few seconds; changes still wait */
} SkStoreOpenFlags;

char          *sk_store_default_path      (void);
/* @path NULL: the default database in the user data folder. A file that
 * cannot be written (no write bits, or in a read-only folder) opens for
 * reading: sk_store_is_read_only() says so and every change is refused with
 * SK_STORE_ERROR_READ_ONLY. Never overwrites a file it cannot read. */
SkStore       *sk_store_open_full         (const char *path, SkStoreOpenFlags flags, GError **error);
/* As sk_store_open_full() with SK_STORE_OPEN_CREATE. */
SkStore       *sk_store_open              (const char *path, GError **error);
gboolean       sk_store_is_read_only      (SkStore *self);
const char    *sk_store_get_path          (SkStore *self);
int            sk_store_get_schema_version (SkStore *self);
/* How long a change waits for another program's lock before it fails
 * with SK_STORE_ERROR_LOCKED (5 s by default). */
void           sk_store_set_lock_wait     (SkStore *self, guint milliseconds);
/* The OS user's name, recorded as changed_by and in the audit. */
const char    *sk_store_get_user          (SkStore *self);
void           sk_store_set_user          (SkStore *self, const char *user);
gboolean       sk_store_is_empty          (SkStore *self); /* no plans, no indicators */
/* Announces at once (::changed "external") what another connection has
 * written, e.g. a worker thread's, instead of when the file watch sees it. */
void           sk_store_notice_external   (SkStore *self);
/* TRUE once a text read from the file was not valid UTF-8 (an older
 * version or the sqlite3 shell wrote it) and was shown with U+FFFD:
 * tell the user once. */
gboolean       sk_store_has_invalid_text  (SkStore *self);

/* Reads that fail. List and get functions return an empty list or NULL
 * when a read fails (a damaged page, a lock); the failure is kept here
 * (the first one since last taken) and announced as ::read-failed, so an
 * empty list is never shown as if it were the data. The count grows with
 * every failed read, so a caller can tell whether its own reads failed. */
GError        *sk_store_take_read_error   (SkStore *self);
gboolean       sk_store_check_reads       (SkStore *self, GError **error);
guint          sk_store_get_read_failures (SkStore *self);

/* Transactions nest (savepoints). A failure inside rolls back to the
 * matching begin; nothing is left half-written. */
gboolean       sk_store_begin             (SkStore *self, GError **error);
gboolean       sk_store_commit            (SkStore *self, GError **error);
void           sk_store_rollback          (SkStore *self);

/* Deletes any record (and what hangs under it, by ON DELETE CASCADE). */
gboolean       sk_store_delete            (SkStore *self, SkRecord *record, GError **error);
/* Moves a positioned record (focus area, regional goal, board goal,
 * priority area, assignment, unit) to @position among its siblings. */
gboolean       sk_store_move              (SkStore *self, SkRecord *record, int position, GError **error);

/* ---- Plans ---- */
GListModel    *sk_store_list_plans        (SkStore *self);            /* by year */
SkPlan        *sk_store_get_plan          (SkStore *self, int year);  /* NULL when none */
SkPlan        *sk_store_create_plan       (SkStore *self, int year, const char *title, GError **error);
gboolean       sk_store_update_plan       (SkStore *self, SkPlan *plan, const char *title, GError **error);
gboolean       sk_store_adopt_plan        (SkStore *self, SkPlan *plan, const char *date,
                                           const char *paragraph, const char *diary_number,
                                           GError **error);
/* Structure, register, targets and work-environment plan; no outcomes. */
SkPlan        *sk_store_copy_plan         (SkStore *self, SkPlan *plan, int new_year, GError **error);

/* ---- Goals (refused with SK_STORE_ERROR_ADOPTED on an adopted plan) ---- */
GListModel    *sk_store_list_focus_areas  (SkStore *self, gint64 plan_id);
SkFocusArea   *sk_store_add_focus_area    (SkStore *self, gint64 plan_id, const char *title,
                                           const char *description, GError **error);
GListModel    *sk_store_list_regional_goals (SkStore *self, gint64 focus_area_id);
SkRegionalGoal *sk_store_add_regional_goal (SkStore *self, gint64 focus_area_id, const char *title,
                                           const char *description, GError **error);
/* @regional_goal_id 0: the goals directly under the focus area. */
GListModel    *sk_store_list_board_goals  (SkStore *self, gint64 focus_area_id, gint64 regional_goal_id);
SkBoardGoal   *sk_store_add_board_goal    (SkStore *self, gint64 focus_area_id, gint64 regional_goal_id,
                                           const char *text, GError **error);
/* Title of a focus area / regional goal / priority area / assignment, or a board goal's text. */
gboolean       sk_store_rename            (SkStore *self, SkRecord *record, const char *text, GError **error);
gboolean       sk_store_set_description   (SkStore *self, SkRecord *record, const char *text, GError **error);
/* The plan a goal-tree record or priority area belongs to (0 when none). */
gint64         sk_store_plan_of           (SkStore *self, SkRecord *record);

/* ---- Indicators and their links ---- */
/* @year 0: every indicator (base definitions); else the plan's register
 * with that year's definitions (by perspective, then position). */
GListModel    *sk_store_list_indicators   (SkStore *self, int year);
SkIndicator   *sk_store_get_indicator     (SkStore *self, gint64 id);  /* the base definition (year 0) */
/* The definition in @year's plan when it has one, else the base (year 0). */
SkIndicator   *sk_store_get_indicator_in_year (SkStore *self, gint64 id, int year);
/* The definitions @year's plan holds (only indicators that have one), by name. */
GListModel    *sk_store_list_definitions  (SkStore *self, int year);
/* Exact name (in any year), else a unique case-insensitive match or substring.
 * Returns the base definition. */
SkIndicator   *sk_store_find_indicator    (SkStore *self, const char *name, GError **error);
/* Inserts when the id is 0, else updates every field; every changed field
 * is audited. With a year ≠ 0 writes that plan's definition (refused with
 * SK_STORE_ERROR_ADOPTED for an adopted plan); year 0 writes the base. */
gboolean       sk_store_save_indicator    (SkStore *self, SkIndicator *indicator, GError **error);
gboolean       sk_store_add_to_register   (SkStore *self, gint64 plan_id, gint64 indicator_id, GError **error);
gboolean       sk_store_remove_from_register (SkStore *self, gint64 plan_id, gint64 indicator_id, GError **error);
GListModel    *sk_store_list_goal_indicators (SkStore *self, gint64 board_goal_id);
GListModel    *sk_store_list_indicator_goals (SkStore *self, gint64 indicator_id, gint64 plan_id);
gboolean       sk_store_link_indicator    (SkStore *self, gint64 board_goal_id, gint64 indicator_id, GError **error);
gboolean       sk_store_unlink_indicator  (SkStore *self, gint64 board_goal_id, gint64 indicator_id, GError **error);

/* ---- Targets ---- */
SkTarget      *sk_store_get_target        (SkStore *self, gint64 indicator_id, int year); /* NULL when none */
/* Stores @text exactly as written (NULL or "" removes the target). */
gboolean       sk_store_set_target        (SkStore *self, gint64 indicator_id, int year,
                                           const char *text, GError **error);

/* ---- Units ---- */
GListModel    *sk_store_list_units        (SkStore *self); /* tree order: parent before children */
SkUnit        *sk_store_get_unit          (SkStore *self, gint64 id);
SkUnit        *sk_store_find_unit         (SkStore *self, const char *name, GError **error); /* name or short name */
SkUnit        *sk_store_add_unit          (SkStore *self, gint64 parent_id, const char *name,
                                           const char *short_name, GError **error);

/* ---- Outcomes ---- */
/* Validates (a finite value, or a missing reason; a share within 0–100 %;
 * numerator and denominator together), then inserts or replaces the row
 * for (indicator, unit, period, kind). changed-by/at are filled in. */
gboolean       sk_store_set_outcome       (SkStore *self, SkOutcome *outcome, GError **error);
/* The checks of set_outcome without writing (an import's preview); like
 * it, fills in a share's value from its parts and drops a reason that a
 * value replaces. */
gboolean       sk_store_check_outcome     (SkStore *self, SkOutcome *outcome, GError **error);
/* As set_outcome, for an edit of the value @read (as it was read when the
 * edit began; NULL for an empty cell): refused with
 * SK_STORE_ERROR_CONFLICT, both values named and nothing written, when
 * someone else has changed or entered it since. */
gboolean       sk_store_set_outcome_if_unchanged (SkStore *self, SkOutcome *read, SkOutcome *outcome,
                                                  GError **error);
/* As set_outcome, but keeps the outcome's changed-by/at (for imports). */
gboolean       sk_store_import_outcome    (SkStore *self, SkOutcome *outcome, GError **error);
SkOutcome     *sk_store_get_outcome       (SkStore *self, gint64 indicator_id, gint64 unit_id,
                                           const char *period, SkOutcomeKind kind);
gboolean       sk_store_clear_outcome     (SkStore *self, gint64 indicator_id, gint64 unit_id,
                                           const char *period, SkOutcomeKind kind, GError **error);
/* Periods inclusive ("2024-01".."2024-12"); NULL for open ends; every kind.
 * With both periods, an economy indicator linked to the internal budget
 * lists the budget's figures in place of stored ones (id 0: not stored;
 * sk_budget_indicator_outcomes()). */
GListModel    *sk_store_list_outcomes     (SkStore *self, gint64 indicator_id, gint64 unit_id,
                                           const char *from_period, const char *to_period);
/* Units that have any outcome for the indicator in @year. */
GListModel    *sk_store_list_outcome_units (SkStore *self, gint64 indicator_id, int year);
/* The same for the periods @from_period to @to_period (YYYY-MM, inclusive). */
GListModel    *sk_store_list_outcome_units_between (SkStore *self, gint64 indicator_id,
                                                    const char *from_period, const char *to_period);
/* The ids of the indicators @unit_id has any outcome for in the periods
 * (inclusive; NULL for open ends), in one query: a set of gint64 keys. */
GHashTable    *sk_store_list_outcome_indicator_ids (SkStore *self, gint64 unit_id,
                                                    const char *from_period, const char *to_period);

/* ---- Work-environment plan ---- */
SkWorkEnvPlan *sk_store_get_work_env_plan (SkStore *self, gint64 plan_id); /* created empty when missing */
gboolean       sk_store_set_work_env_goal (SkStore *self, SkWorkEnvPlan *wep, const char *text, GError **error);
GListModel    *sk_store_list_work_env_indicators (SkStore *self, gint64 plan_id);
gboolean       sk_store_link_work_env_indicator   (SkStore *self, gint64 plan_id, gint64 indicator_id, GError **error);
gboolean       sk_store_unlink_work_env_indicator (SkStore *self, gint64 plan_id, gint64 indicator_id, GError **error);
GListModel    *sk_store_list_priority_areas (SkStore *self, gint64 plan_id);
SkPriorityArea *sk_store_add_priority_area (SkStore *self, gint64 plan_id, const char *title,
                                           const char *description, GError **error);
/* Follow-up texts are per period ("2024-04" = the Jan–Apr report). */
char          *sk_store_get_priority_follow_up (SkStore *self, gint64 priority_area_id, const char *period);
gboolean       sk_store_set_priority_follow_up (SkStore *self, gint64 priority_area_id, const char *period,
                                                const char *text, GError **error);
/* The periods that have a follow-up text, sorted. */
GStrv          sk_store_list_priority_periods (SkStore *self, gint64 priority_area_id);

/* ---- Assignments (förvaltningens uppdrag / deluppdrag) ---- */
GListModel    *sk_store_list_assignments  (SkStore *self, gint64 board_goal_id, gint64 parent_id);
SkAssignment  *sk_store_add_assignment    (SkStore *self, gint64 board_goal_id, gint64 parent_id,
                                           const char *title, GError **error);
char          *sk_store_get_assignment_comment (SkStore *self, gint64 assignment_id, const char *period);
gboolean       sk_store_set_assignment_comment (SkStore *self, gint64 assignment_id, const char *period,
                                                const char *text, GError **error);
/* The periods that have a comment, sorted. */
GStrv          sk_store_list_assignment_periods (SkStore *self, gint64 assignment_id);

/* ---- Goal assessments per period ---- */
SkGoalAssessment *sk_store_get_assessment (SkStore *self, gint64 board_goal_id, const char *period); /* NULL when none */
gboolean       sk_store_set_assessment    (SkStore *self, gint64 board_goal_id, const char *period,
                                           SkAssessment assessment, const char *analysis, GError **error);
/* SkGoalAssessment items, by period. */
GListModel    *sk_store_list_assessments  (SkStore *self, gint64 board_goal_id);

/* ---- Live lists (follow the database; see above) ---- */
GListModel    *sk_store_watch_plans       (SkStore *self);
GListModel    *sk_store_watch_indicators  (SkStore *self, int year);
GListModel    *sk_store_watch_units       (SkStore *self);
GListModel    *sk_store_watch_focus_areas (SkStore *self, gint64 plan_id);

/* ---- Audit ---- */
/* Newest first; @indicator_id 0 for all. */
GListModel    *sk_store_list_audit        (SkStore *self, gint64 indicator_id);
/* While disabled, changes are not recorded in the audit (an import that
 * carries its own history restores that instead). Enabled by default. */
void           sk_store_set_auditing      (SkStore *self, gboolean enabled);
/* Inserts the entry's at, who, entity, entity_id, indicator_id, field, old
 * and new value as given, unless an identical row exists already. */
gboolean       sk_store_restore_audit     (SkStore *self, SkAuditEntry *entry, GError **error);

/* ---- Plan review (sk-store-review.c) ---- */
typedef struct {
  gint64 board_goal_id;
  gint64 indicator_id;
} SkGoalLink;

/* Whether the indicator is in the register of @year's plan. */
gboolean       sk_store_in_register       (SkStore *self, int year, gint64 indicator_id);
/* Every goal–indicator link of @year's plan (SkGoalLink), in tree order. */
GArray        *sk_store_list_plan_links   (SkStore *self, int year);

G_END_DECLS
