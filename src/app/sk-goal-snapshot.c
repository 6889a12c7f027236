/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-goal-snapshot"

#include "config.h"

#include "sk-goal-snapshot.h"

typedef enum {
  SNAP_FOCUS_AREA,
  SNAP_REGIONAL_GOAL,
  SNAP_BOARD_GOAL,
} SnapKind;

/* A follow-up comment or an assessment, as of one period. */
typedef struct
{
  char        *period;
  char        *text;       /* comment, or an assessment's analysis */
  SkAssessment assessment;
} PeriodEntry;

/* An assignment with its comments and sub-assignments, in order. */
typedef struct
{
  char      *title;
  GPtrArray *entries;       /* PeriodEntry */
  GPtrArray *children;      /* AssignmentSnap */
} AssignmentSnap;

struct _SkGoalSnapshot
{
  SnapKind   kind;
  char      *title;         /* title, or a board goal's text */
  char      *description;
  gint64     plan_id;
  gint64     focus_area_id;
  gint64     regional_goal_id;
  int        index;         /* among the siblings, as listed */
  GArray    *indicator_ids; /* board goals: linked indicators in order */
  GPtrArray *assignments;   /* board goals: AssignmentSnap, top level */
  GPtrArray *assessments;   /* board goals: PeriodEntry, by period */
  GPtrArray *children;      /* SkGoalSnapshot */
};

static void
period_entry_free (PeriodEntry *entry)
{
  g_free (entry->period);
  g_free (entry->text);
  g_free (entry);
}

static PeriodEntry *
period_entry_new (const char   *period,
                  const char   *text,
                  SkAssessment  assessment)
{
  PeriodEntry *entry = g_new0 (PeriodEntry, 1);

  entry->period = g_strdup (period);
  entry->text = g_strdup (text ? text : "");
  entry->assessment = assessment;
  return entry;
}

static void
assignment_snap_free (AssignmentSnap *snap)
{
  g_free (snap->title);
  g_ptr_array_unref (snap->entries);
  g_ptr_array_unref (snap->children);
  g_free (snap);
}

static SkGoalSnapshot *
snapshot_new (SnapKind kind)
{
  SkGoalSnapshot *self = g_new0 (SkGoalSnapshot, 1);

  self->kind = kind;
  self->indicator_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->assignments = g_ptr_array_new_with_free_func ((GDestroyNotify) assignment_snap_free);
  self->assessments = g_ptr_array_new_with_free_func ((GDestroyNotify) period_entry_free);
  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_goal_snapshot_free);
  return self;
}

void
sk_goal_snapshot_free (SkGoalSnapshot *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->description);
  g_array_unref (self->indicator_ids);
  g_ptr_array_unref (self->assignments);
  g_ptr_array_unref (self->assessments);
  g_ptr_array_unref (self->children);
  g_free (self);
}

const char *
sk_goal_snapshot_get_title (SkGoalSnapshot *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

static int
index_in (GListModel *siblings,
          gint64      id)
{
  guint n = g_list_model_get_n_items (siblings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkRecord) record = g_list_model_get_item (siblings, i);
      if (sk_record_get_id (record) == id)
        return (int) i;
    }
  return (int) n;
}

/* The assignments under @parent_id (0: top level) with every period's
 * comment, recursively: ON DELETE CASCADE takes them all with the goal. */
static void
capture_assignments (GPtrArray *into,
                     SkStore   *store,
                     gint64     goal_id,
                     gint64     parent_id)
{
  g_autoptr(GListModel) list = sk_store_list_assignments (store, goal_id, parent_id);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkAssignment) assignment = g_list_model_get_item (list, i);
      gint64 id = sk_record_get_id (SK_RECORD (assignment));
      g_auto(GStrv) periods = sk_store_list_assignment_periods (store, id);
      AssignmentSnap *snap = g_new0 (AssignmentSnap, 1);

      snap->title = g_strdup (sk_assignment_get_title (assignment));
      snap->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) period_entry_free);
      snap->children = g_ptr_array_new_with_free_func ((GDestroyNotify) assignment_snap_free);
      for (guint j = 0; periods != NULL && periods[j] != NULL; j++)
        {
          g_autofree char *comment = sk_store_get_assignment_comment (store, id, periods[j]);
          g_ptr_array_add (snap->entries, period_entry_new (periods[j], comment, SK_ASSESSMENT_NOT_ASSESSED));
        }
      capture_assignments (snap->children, store, goal_id, id);
      g_ptr_array_add (into, snap);
    }
}

static void
capture_assessments (SkGoalSnapshot *self,
                     SkStore        *store,
                     gint64          goal_id)
{
  g_autoptr(GListModel) list = sk_store_list_assessments (store, goal_id);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkGoalAssessment) ga = g_list_model_get_item (list, i);
      g_ptr_array_add (self->assessments,
                       period_entry_new (sk_goal_assessment_get_period (ga), sk_goal_assessment_get_analysis (ga),
                                         sk_goal_assessment_get_assessment (ga)));
    }
}

static SkGoalSnapshot *
capture_board_goal (SkStore     *store,
                    SkBoardGoal *goal)
{
  SkGoalSnapshot *self = snapshot_new (SNAP_BOARD_GOAL);
  gint64 id = sk_record_get_id (SK_RECORD (goal));
  g_autoptr(GListModel) siblings = NULL;
  g_autoptr(GListModel) indicators = sk_store_list_goal_indicators (store, id);

  self->title = g_strdup (sk_board_goal_get_text (goal));
  self->focus_area_id = sk_board_goal_get_focus_area_id (goal);
  self->regional_goal_id = sk_board_goal_get_regional_goal_id (goal);
  siblings = sk_store_list_board_goals (store, self->focus_area_id, self->regional_goal_id);
  self->index = index_in (siblings, id);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkRecord) indicator = g_list_model_get_item (indicators, i);
      gint64 indicator_id = sk_record_get_id (indicator);
      g_array_append_val (self->indicator_ids, indicator_id);
    }
  capture_assignments (self->assignments, store, id, 0);
  capture_assessments (self, store, id);
  return self;
}

static void
capture_board_goals (SkGoalSnapshot *self,
                     SkStore        *store,
                     gint64          focus_area_id,
                     gint64          regional_goal_id)
{
  g_autoptr(GListModel) goals = sk_store_list_board_goals (store, focus_area_id, regional_goal_id);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, i);
      g_ptr_array_add (self->children, capture_board_goal (store, goal));
    }
}

static SkGoalSnapshot *
capture_regional_goal (SkStore        *store,
                       SkRegionalGoal *goal)
{
  SkGoalSnapshot *self = snapshot_new (SNAP_REGIONAL_GOAL);
  gint64 id = sk_record_get_id (SK_RECORD (goal));
  g_autoptr(GListModel) siblings = NULL;

  self->title = g_strdup (sk_regional_goal_get_title (goal));
  self->description = g_strdup (sk_regional_goal_get_description (goal));
  self->focus_area_id = sk_regional_goal_get_focus_area_id (goal);
  siblings = sk_store_list_regional_goals (store, self->focus_area_id);
  self->index = index_in (siblings, id);
  capture_board_goals (self, store, self->focus_area_id, id);
  return self;
}

static SkGoalSnapshot *
capture_focus_area (SkStore     *store,
                    SkFocusArea *area)
{
  SkGoalSnapshot *self = snapshot_new (SNAP_FOCUS_AREA);
  gint64 id = sk_record_get_id (SK_RECORD (area));
  g_autoptr(GListModel) siblings = NULL;
  g_autoptr(GListModel) regional = sk_store_list_regional_goals (store, id);

  self->title = g_strdup (sk_focus_area_get_title (area));
  self->description = g_strdup (sk_focus_area_get_description (area));
  self->plan_id = sk_focus_area_get_plan_id (area);
  siblings = sk_store_list_focus_areas (store, self->plan_id);
  self->index = index_in (siblings, id);
  for (guint i = 0; i < g_list_model_get_n_items (regional); i++)
    {
      g_autoptr(SkRegionalGoal) goal = g_list_model_get_item (regional, i);
      g_ptr_array_add (self->children, capture_regional_goal (store, goal));
    }
  capture_board_goals (self, store, id, 0);
  return self;
}

SkGoalSnapshot *
sk_goal_snapshot_capture (SkStore  *store,
                          SkRecord *record)
{
  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (SK_IS_RECORD (record), NULL);

  if (SK_IS_FOCUS_AREA (record))
    return capture_focus_area (store, SK_FOCUS_AREA (record));
  if (SK_IS_REGIONAL_GOAL (record))
    return capture_regional_goal (store, SK_REGIONAL_GOAL (record));
  if (SK_IS_BOARD_GOAL (record))
    return capture_board_goal (store, SK_BOARD_GOAL (record));
  return NULL;
}

static SkRecord *restore_into (SkGoalSnapshot *self, SkStore *store, gint64 plan_id,
                               gint64 focus_area_id, gint64 regional_goal_id, GError **error);

static gboolean
restore_children (SkGoalSnapshot *self,
                  SkStore        *store,
                  gint64          focus_area_id,
                  gint64          regional_goal_id,
                  GError        **error)
{
  for (guint i = 0; i < self->children->len; i++)
    {
      SkGoalSnapshot *child = g_ptr_array_index (self->children, i);
      g_autoptr(SkRecord) record = NULL;
      /* A board goal captured under a regional goal goes under its new id. */
      gint64 rg = child->kind == SNAP_BOARD_GOAL && child->regional_goal_id != 0 ? regional_goal_id : 0;

      record = restore_into (child, store, 0, focus_area_id, rg, error);
      if (record == NULL)
        return FALSE;
    }
  return TRUE;
}

static SkRecord *
add_record (SkGoalSnapshot *self,
            SkStore        *store,
            gint64          plan_id,
            gint64          focus_area_id,
            gint64          regional_goal_id,
            GError        **error)
{
  switch (self->kind)
    {
    case SNAP_FOCUS_AREA:
      return SK_RECORD (sk_store_add_focus_area (store, plan_id, self->title, self->description, error));
    case SNAP_REGIONAL_GOAL:
      return SK_RECORD (sk_store_add_regional_goal (store, focus_area_id, self->title, self->description, error));
    case SNAP_BOARD_GOAL:
    default:
      return SK_RECORD (sk_store_add_board_goal (store, focus_area_id, regional_goal_id, self->title, error));
    }
}

/* Adding in captured order keeps the order among siblings. */
static gboolean
restore_assignments (GPtrArray  *snaps,
                     SkStore    *store,
                     gint64      goal_id,
                     gint64      parent_id,
                     GError    **error)
{
  for (guint i = 0; i < snaps->len; i++)
    {
      AssignmentSnap *snap = g_ptr_array_index (snaps, i);
      g_autoptr(SkAssignment) assignment = sk_store_add_assignment (store, goal_id, parent_id, snap->title, error);
      gint64 id;

      if (assignment == NULL)
        return FALSE;
      id = sk_record_get_id (SK_RECORD (assignment));
      for (guint j = 0; j < snap->entries->len; j++)
        {
          PeriodEntry *entry = g_ptr_array_index (snap->entries, j);
          if (!sk_store_set_assignment_comment (store, id, entry->period, entry->text, error))
            return FALSE;
        }
      if (!restore_assignments (snap->children, store, goal_id, id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
restore_assessments (SkGoalSnapshot  *self,
                     SkStore         *store,
                     gint64           goal_id,
                     GError         **error)
{
  for (guint i = 0; i < self->assessments->len; i++)
    {
      PeriodEntry *entry = g_ptr_array_index (self->assessments, i);
      if (!sk_store_set_assessment (store, goal_id, entry->period, entry->assessment, entry->text, error))
        return FALSE;
    }
  return TRUE;
}

static SkRecord *
restore_into (SkGoalSnapshot *self,
              SkStore        *store,
              gint64          plan_id,
              gint64          focus_area_id,
              gint64          regional_goal_id,
              GError        **error)
{
  g_autoptr(SkRecord) record = add_record (self, store, plan_id, focus_area_id, regional_goal_id, error);
  gint64 id;

  if (record == NULL || !sk_store_move (store, record, self->index, error))
    return NULL;
  id = sk_record_get_id (record);
  for (guint i = 0; i < self->indicator_ids->len; i++)
    if (!sk_store_link_indicator (store, id, g_array_index (self->indicator_ids, gint64, i), error))
      return NULL;
  if (!restore_assignments (self->assignments, store, id, 0, error)
      || !restore_assessments (self, store, id, error))
    return NULL;

  if (self->kind == SNAP_FOCUS_AREA && !restore_children (self, store, id, 0, error))
    return NULL;
  if (self->kind == SNAP_REGIONAL_GOAL && !restore_children (self, store, focus_area_id, id, error))
    return NULL;
  return g_steal_pointer (&record);
}

SkRecord *
sk_goal_snapshot_restore (SkGoalSnapshot *self,
                          SkStore        *store,
                          GError        **error)
{
  g_autoptr(SkRecord) record = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (SK_IS_STORE (store), NULL);

  if (!sk_store_begin (store, error))
    return NULL;
  record = restore_into (self, store, self->plan_id, self->focus_area_id, self->regional_goal_id, error);
  if (record == NULL || !sk_store_commit (store, error))
    {
      sk_store_rollback (store);
      return NULL;
    }
  return g_steal_pointer (&record);
}
