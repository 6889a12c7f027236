/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-format.h"
#include "sk-store-private.h"
#include "sk-text.h"

/* Work-environment plan, assignments and goal assessments: the follow-up
 * texts stay editable after a plan is adopted. */

static gboolean
check_period (const char  *period,
              GError     **error)
{
  return sk_period_check (period, _("Period"), error);
}

static char *
get_text (SkStore    *self,
          const char *sql,
          gint64      id,
          const char *period)
{
  SkDbStmt *stmt = sk_store_prepare (self, sql, NULL);
  char *text = NULL;

  if (stmt == NULL)
    return NULL;
  sk_db_bind_int64 (stmt, 1, id);
  sk_bind_text (stmt, 2, period);
  if (sk_store_step_row (self, stmt, NULL))
    {
      text = g_strdup (sk_column_text (stmt, 0));
      sk_db_reset (stmt);
    }
  return text;
}

/* The periods of the texts keyed by @id, sorted (a NULL-terminated array). */
static GStrv
list_periods (SkStore    *self,
              const char *sql,
              gint64      id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  SkDbStmt *stmt = sk_store_prepare (self, sql, NULL);

  if (stmt != NULL)
    {
      sk_db_bind_int64 (stmt, 1, id);
      while (sk_store_step_row (self, stmt, NULL))
        g_strv_builder_add (builder, sk_column_text (stmt, 0));
    }
  return g_strv_builder_end (builder);
}

/* Upserts (or, for empty text, deletes) a text keyed by (id, period). */
static gboolean
set_text (SkStore     *self,
          const char  *table,
          const char  *get_sql,
          const char  *upsert_sql,
          const char  *delete_sql,
          gint64       id,
          const char  *period,
          const char  *text,
          GError     **error)
{
  g_autofree char *old = NULL;
  gboolean clear = text == NULL || *text == '\0';
  SkDbStmt *stmt;

  if (!check_period (period, error)
      || !sk_text_check (text, -1, _("The follow-up"), SK_TEXT_MULTILINE, error))
    return FALSE;
  old = get_text (self, get_sql, id, period);
  if (g_strcmp0 (old, clear ? NULL : text) == 0)
    return TRUE;
  if (!sk_store_begin (self, error))
    return FALSE;
  stmt = sk_store_prepare (self, clear ? delete_sql : upsert_sql, error);
  if (stmt == NULL)
    goto fail;
  sk_db_bind_int64 (stmt, 1, id);
  sk_bind_text (stmt, 2, period);
  if (!clear)
    sk_bind_text (stmt, 3, text);
  if (!sk_store_step_done (self, stmt, error)
      || !sk_store_audit (self, table, id, 0, period, old, clear ? NULL : text, error)
      || !sk_store_commit (self, error))
    goto fail;
  sk_store_changed (self, table);
  return TRUE;

fail:
  sk_store_rollback (self);
  return FALSE;
}

/* ---- Work-environment plan ---- */

SkWorkEnvPlan *
sk_store_get_work_env_plan (SkStore *self,
                            gint64   plan_id)
{
  SkDbStmt *stmt;
  SkWorkEnvPlan *wep = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  if (sk_store_query_int (self, "SELECT count(*) FROM plan WHERE id = ?", plan_id, 0) == 0)
    return NULL;
  /* Every plan has one; make it on first use. */
  stmt = self->read_only ? NULL
                         : sk_store_prepare (self, "INSERT OR IGNORE INTO work_env_plan (plan_id) VALUES (?)", NULL);
  if (stmt != NULL)
    {
      sk_db_bind_int64 (stmt, 1, plan_id);
      sk_store_step_done (self, stmt, NULL);
    }
  stmt = sk_store_prepare (self, "SELECT id, plan_id, goal_text FROM work_env_plan WHERE plan_id = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sk_db_bind_int64 (stmt, 1, plan_id);
  if (sk_store_step_row (self, stmt, NULL))
    {
      wep = sk_work_env_plan_new ();
      sk_record_set_id (SK_RECORD (wep), sk_db_column_int64 (stmt, 0));
      sk_work_env_plan_set_plan_id (wep, sk_db_column_int64 (stmt, 1));
      sk_work_env_plan_set_goal_text (wep, sk_column_text (stmt, 2));
      sk_db_reset (stmt);
    }
  /* A file open for viewing cannot get the row: show it empty. */
  if (wep == NULL && self->read_only)
    {
      wep = sk_work_env_plan_new ();
      sk_work_env_plan_set_plan_id (wep, plan_id);
    }
  return wep;
}

gboolean
sk_store_set_work_env_goal (SkStore        *self,
                            SkWorkEnvPlan  *wep,
                            const char     *text,
                            GError        **error)
{
  SkDbStmt *stmt;
  const char *old;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_WORK_ENV_PLAN (wep), FALSE);

  if (!sk_text_check (text, -1, _("The goal"), SK_TEXT_MULTILINE, error)
      || !sk_store_check_editable (self, sk_work_env_plan_get_plan_id (wep), error))
    return FALSE;
  old = sk_work_env_plan_get_goal_text (wep);
  if (g_strcmp0 (old, text ? text : "") == 0)
    return TRUE;
  if (!sk_store_begin (self, error))
    return FALSE;
  stmt = sk_store_prepare (self, "UPDATE work_env_plan SET goal_text = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sk_bind_text (stmt, 1, text ? text : "");
  sk_db_bind_int64 (stmt, 2, sk_record_get_id (SK_RECORD (wep)));
  if (!sk_store_step_done (self, stmt, error)
      || !sk_store_audit (self, "work_env_plan", sk_record_get_id (SK_RECORD (wep)), 0, "goal", old, text, error)
      || !sk_store_commit (self, error))
    goto fail;
  sk_work_env_plan_set_goal_text (wep, text ? text : "");
  sk_store_changed (self, "work_env_plan");
  return TRUE;

fail:
  sk_store_rollback (self);
  return FALSE;
}

#define PRIORITY_AREA_COLUMNS "id, plan_id, position, title, description"
#define ASSIGNMENT_COLUMNS "id, board_goal_id, ifnull(parent_id, 0), position, title"

static SkPriorityArea *
priority_area_from_row (SkDbStmt *stmt)
{
  SkPriorityArea *pa = sk_priority_area_new ();

  sk_record_set_id (SK_RECORD (pa), sk_db_column_int64 (stmt, 0));
  sk_priority_area_set_plan_id (pa, sk_db_column_int64 (stmt, 1));
  sk_priority_area_set_position (pa, sk_db_column_int (stmt, 2));
  sk_priority_area_set_title (pa, sk_column_text (stmt, 3));
  sk_priority_area_set_description (pa, sk_column_text (stmt, 4));
  return pa;
}

GListModel *
sk_store_list_priority_areas (SkStore *self,
                              gint64   plan_id)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return sk_store_list_query (self, SK_TYPE_PRIORITY_AREA,
                              "SELECT " PRIORITY_AREA_COLUMNS " FROM priority_area"
                              " WHERE plan_id = ? ORDER BY position, id",
                              (SkRowFunc) priority_area_from_row, "i", plan_id);
}

SkPriorityArea *
sk_store_add_priority_area (SkStore     *self,
                            gint64       plan_id,
                            const char  *title,
                            const char  *description,
                            GError     **error)
{
  gint64 id;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  if (!sk_store_check_text (title, error) || !sk_store_check_editable (self, plan_id, error))
    return NULL;
  id = sk_store_insert (self, "priority_area", title, error,
                        "INSERT INTO priority_area (plan_id, position, title, description) VALUES (?1,"
                        " (SELECT ifnull(max(position), -1) + 1 FROM priority_area WHERE plan_id = ?1), ?2, ?3)",
                        "itt", plan_id, title, description ? description : "");
  if (id == 0)
    return NULL;
  sk_store_changed (self, "priority_area");
  return sk_store_fetch_one (self, "SELECT " PRIORITY_AREA_COLUMNS " FROM priority_area WHERE id = ?",
                             (SkRowFunc) priority_area_from_row, id);
}

char *
sk_store_get_priority_follow_up (SkStore    *self,
                                 gint64      priority_area_id,
                                 const char *period)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return get_text (self, "SELECT text FROM priority_follow_up WHERE priority_area_id = ? AND period = ?",
                   priority_area_id, period);
}

gboolean
sk_store_set_priority_follow_up (SkStore     *self,
                                 gint64       priority_area_id,
                                 const char  *period,
                                 const char  *text,
                                 GError     **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  return set_text (self, "priority_follow_up",
                   "SELECT text FROM priority_follow_up WHERE priority_area_id = ? AND period = ?",
                   "INSERT INTO priority_follow_up (priority_area_id, period, text) VALUES (?1, ?2, ?3)"
                   " ON CONFLICT (priority_area_id, period) DO UPDATE SET text = excluded.text",
                   "DELETE FROM priority_follow_up WHERE priority_area_id = ?1 AND period = ?2",
                   priority_area_id, period, text, error);
}

GStrv
sk_store_list_priority_periods (SkStore *self,
                                gint64   priority_area_id)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return list_periods (self, "SELECT period FROM priority_follow_up WHERE priority_area_id = ? ORDER BY period",
                       priority_area_id);
}

/* ---- Assignments ---- */

static SkAssignment *
assignment_from_row (SkDbStmt *stmt)
{
  SkAssignment *a = sk_assignment_new ();

  sk_record_set_id (SK_RECORD (a), sk_db_column_int64 (stmt, 0));
  sk_assignment_set_board_goal_id (a, sk_db_column_int64 (stmt, 1));
  sk_assignment_set_parent_id (a, sk_db_column_int64 (stmt, 2));
  sk_assignment_set_position (a, sk_db_column_int (stmt, 3));
  sk_assignment_set_title (a, sk_column_text (stmt, 4));
  return a;
}

GListModel *
sk_store_list_assignments (SkStore *self,
                           gint64   board_goal_id,
                           gint64   parent_id)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return sk_store_list_query (self, SK_TYPE_ASSIGNMENT,
                              "SELECT " ASSIGNMENT_COLUMNS " FROM assignment"
                              " WHERE board_goal_id = ?1 AND ifnull(parent_id, 0) = ifnull(CAST(?2 AS BIGINT), 0)"
                              " ORDER BY position, id",
                              (SkRowFunc) assignment_from_row, "ii", board_goal_id, parent_id);
}

SkAssignment *
sk_store_add_assignment (SkStore     *self,
                         gint64       board_goal_id,
                         gint64       parent_id,
                         const char  *title,
                         GError     **error)
{
  gint64 id;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  /* The förvaltning's assignments are part of the adopted plan; their
   * follow-up comments are not. */
  if (!sk_store_check_text (title, error)
      || !sk_store_check_editable (self, sk_store_query_int (self,
                                                             "SELECT f.plan_id FROM board_goal b"
                                                             " JOIN focus_area f ON f.id = b.focus_area_id"
                                                             " WHERE b.id = ?", board_goal_id, 0), error))
    return NULL;
  id = sk_store_insert (self, "assignment", title, error,
                        "INSERT INTO assignment (board_goal_id, parent_id, position, title) VALUES (?1, ?2,"
                        " (SELECT ifnull(max(position), -1) + 1 FROM assignment WHERE board_goal_id = ?1"
                        "  AND ifnull(parent_id, 0) = ifnull(CAST(?2 AS BIGINT), 0)), ?3)",
                        "iit", board_goal_id, parent_id, title);
  if (id == 0)
    return NULL;
  sk_store_changed (self, "assignment");
  return sk_store_fetch_one (self, "SELECT " ASSIGNMENT_COLUMNS " FROM assignment WHERE id = ?",
                             (SkRowFunc) assignment_from_row, id);
}

char *
sk_store_get_assignment_comment (SkStore    *self,
                                 gint64      assignment_id,
                                 const char *period)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return get_text (self, "SELECT comment FROM assignment_follow_up WHERE assignment_id = ? AND period = ?",
                   assignment_id, period);
}

gboolean
sk_store_set_assignment_comment (SkStore     *self,
                                 gint64       assignment_id,
                                 const char  *period,
                                 const char  *text,
                                 GError     **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  return set_text (self, "assignment_follow_up",
                   "SELECT comment FROM assignment_follow_up WHERE assignment_id = ? AND period = ?",
                   "INSERT INTO assignment_follow_up (assignment_id, period, comment) VALUES (?1, ?2, ?3)"
                   " ON CONFLICT (assignment_id, period) DO UPDATE SET comment = excluded.comment",
                   "DELETE FROM assignment_follow_up WHERE assignment_id = ?1 AND period = ?2",
                   assignment_id, period, text, error);
}

GStrv
sk_store_list_assignment_periods (SkStore *self,
                                  gint64   assignment_id)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return list_periods (self, "SELECT period FROM assignment_follow_up WHERE assignment_id = ? ORDER BY period",
                       assignment_id);
}

/* ---- Assessments ---- */

#define ASSESSMENT_COLUMNS "id, board_goal_id, period, assessment, analysis, changed_by, changed_at"

static SkGoalAssessment *
assessment_from_row (SkDbStmt *stmt)
{
  SkGoalAssessment *ga = sk_goal_assessment_new ();

  sk_record_set_id (SK_RECORD (ga), sk_db_column_int64 (stmt, 0));
  sk_goal_assessment_set_board_goal_id (ga, sk_db_column_int64 (stmt, 1));
  sk_goal_assessment_set_period (ga, sk_column_text (stmt, 2));
  sk_goal_assessment_set_assessment (ga, sk_db_column_int (stmt, 3));
  sk_goal_assessment_set_analysis (ga, sk_column_text (stmt, 4));
  sk_goal_assessment_set_changed_by (ga, sk_column_text (stmt, 5));
  sk_goal_assessment_set_changed_at (ga, sk_column_text (stmt, 6));
  return ga;
}

GListModel *
sk_store_list_assessments (SkStore *self,
                           gint64   board_goal_id)
{
  GListStore *list = g_list_store_new (SK_TYPE_GOAL_ASSESSMENT);
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), G_LIST_MODEL (list));

  stmt = sk_store_prepare (self,
                           "SELECT " ASSESSMENT_COLUMNS " FROM goal_assessment"
                           " WHERE board_goal_id = ? ORDER BY period", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  sk_db_bind_int64 (stmt, 1, board_goal_id);
  while (sk_store_step_row (self, stmt, NULL))
    {
      g_autoptr(SkGoalAssessment) ga = assessment_from_row (stmt);
      g_list_store_append (list, ga);
    }
  return G_LIST_MODEL (list);
}

SkGoalAssessment *
sk_store_get_assessment (SkStore    *self,
                         gint64      board_goal_id,
                         const char *period)
{
  SkDbStmt *stmt;
  SkGoalAssessment *ga = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_prepare (self,
                           "SELECT " ASSESSMENT_COLUMNS
                           " FROM goal_assessment WHERE board_goal_id = ? AND period = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sk_db_bind_int64 (stmt, 1, board_goal_id);
  sk_bind_text (stmt, 2, period);
  if (sk_store_step_row (self, stmt, NULL))
    {
      ga = assessment_from_row (stmt);
      sk_db_reset (stmt);
    }
  return ga;
}

gboolean
sk_store_set_assessment (SkStore       *self,
                         gint64         board_goal_id,
                         const char    *period,
                         SkAssessment   assessment,
                         const char    *analysis,
                         GError       **error)
{
  g_autoptr(SkGoalAssessment) old = NULL;
  g_autofree char *now = NULL;
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (!check_period (period, error)
      || !sk_text_check (analysis, -1, _("The analysis"), SK_TEXT_MULTILINE, error))
    return FALSE;
  if ((guint) assessment > SK_ASSESSMENT_NOT_MET)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("Unknown assessment."));
      return FALSE;
    }
  old = sk_store_get_assessment (self, board_goal_id, period);
  if (old != NULL && sk_goal_assessment_get_assessment (old) == assessment
      && g_strcmp0 (sk_goal_assessment_get_analysis (old), analysis ? analysis : "") == 0)
    return TRUE;

  now = sk_store_now ();
  if (!sk_store_begin (self, error))
    return FALSE;
  stmt = sk_store_prepare (self,
                           "INSERT INTO goal_assessment (board_goal_id, period, assessment, analysis,"
                           " changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                           " ON CONFLICT (board_goal_id, period) DO UPDATE SET assessment = excluded.assessment,"
                           " analysis = excluded.analysis, changed_by = excluded.changed_by,"
                           " changed_at = excluded.changed_at", error);
  if (stmt == NULL)
    goto fail;
  sk_db_bind_int64 (stmt, 1, board_goal_id);
  sk_bind_text (stmt, 2, period);
  sk_db_bind_int (stmt, 3, assessment);
  sk_bind_text (stmt, 4, analysis ? analysis : "");
  sk_bind_text (stmt, 5, self->user);
  sk_bind_text (stmt, 6, now);
  if (!sk_store_step_done (self, stmt, error)
      || !sk_store_audit (self, "goal_assessment", board_goal_id, 0, period,
                          old ? sk_assessment_to_string (sk_goal_assessment_get_assessment (old)) : NULL,
                          sk_assessment_to_string (assessment), error)
      || (old != NULL && g_strcmp0 (sk_goal_assessment_get_analysis (old), analysis) != 0
          && !sk_store_audit (self, "goal_assessment", board_goal_id, 0, "analysis",
                              sk_goal_assessment_get_analysis (old), analysis, error))
      || !sk_store_commit (self, error))
    goto fail;
  sk_store_changed (self, "goal_assessment");
  return TRUE;

fail:
  if (error != NULL && *error != NULL && (*error)->code == SK_STORE_ERROR_INVALID)
    {
      g_clear_error (error);
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("The goal no longer exists."));
    }
  sk_store_rollback (self);
  return FALSE;
}
