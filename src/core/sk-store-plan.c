/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-store-private.h"
#include "sk-text.h"

/* Plans, the goal tree, and what every record shares: delete, move, rename. */

/* What the generic record operations need to know about a table. The
 * table names are constants chosen here, never user text. */
typedef struct {
  const char *table;
  const char *text_column;   /* renamed by sk_store_rename */
  const char *siblings;      /* WHERE clause selecting the siblings of ?1 */
  const char *plan_sql;      /* the plan id of record ?1 */
  gboolean    plan_locked;   /* read-only once the plan is adopted */
} RecordInfo;

static const RecordInfo record_infos[] = {
  { "focus_area", "title",
    "plan_id = (SELECT plan_id FROM focus_area WHERE id = ?1)",
    "SELECT plan_id FROM focus_area WHERE id = ?", TRUE },
  { "regional_goal", "title",
    "focus_area_id = (SELECT focus_area_id FROM regional_goal WHERE id = ?1)",
    "SELECT f.plan_id FROM regional_goal r JOIN focus_area f ON f.id = r.focus_area_id WHERE r.id = ?", TRUE },
  { "board_goal", "text",
    "focus_area_id = (SELECT focus_area_id FROM board_goal WHERE id = ?1)"
    " AND ifnull(regional_goal_id, 0) = (SELECT ifnull(regional_goal_id, 0) FROM board_goal WHERE id = ?1)",
    "SELECT f.plan_id FROM board_goal b JOIN focus_area f ON f.id = b.focus_area_id WHERE b.id = ?", TRUE },
  { "priority_area", "title",
    "plan_id = (SELECT plan_id FROM priority_area WHERE id = ?1)",
    "SELECT plan_id FROM priority_area WHERE id = ?", TRUE },
  { "assignment", "title",
    "board_goal_id = (SELECT board_goal_id FROM assignment WHERE id = ?1)"
    " AND ifnull(parent_id, 0) = (SELECT ifnull(parent_id, 0) FROM assignment WHERE id = ?1)",
    "SELECT f.plan_id FROM assignment a JOIN board_goal b ON b.id = a.board_goal_id"
    " JOIN focus_area f ON f.id = b.focus_area_id WHERE a.id = ?", TRUE },
  { "unit", "name",
    "ifnull(parent_id, 0) = (SELECT ifnull(parent_id, 0) FROM unit WHERE id = ?1)",
    NULL, FALSE },
  /* The title is part of what the board adopted too. */
  { "plan", "title", NULL, "SELECT id FROM plan WHERE id = ?", TRUE },
  { "indicator", "name", NULL, NULL, FALSE },
  { "outcome", NULL, NULL, NULL, FALSE },
  { "goal_assessment", NULL, NULL, NULL, FALSE },
};

static const RecordInfo *
record_info (SkRecord *record)
{
  const char *table = sk_record_get_table (record);

  for (guint i = 0; i < G_N_ELEMENTS (record_infos); i++)
    if (g_strcmp0 (record_infos[i].table, table) == 0)
      return &record_infos[i];
  return NULL;
}

gboolean
sk_store_check_editable (SkStore  *self,
                         gint64    plan_id,
                         GError  **error)
{
  gint64 status = sk_store_query_int (self, "SELECT status FROM plan WHERE id = ?", plan_id, 0);

  if (status == SK_PLAN_ADOPTED)
    {
      gint64 year = sk_store_query_int (self, "SELECT year FROM plan WHERE id = ?", plan_id, 0);
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED,
                   _("The plan for %d is adopted by the board: what it holds can no longer be changed. "
                     "Outcomes, comments and assessments can still be entered."),
                   (int) year);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_store_check_indicator_free (SkStore  *self,
                               gint64    indicator_id,
                               GError  **error)
{
  gint64 plan_id = sk_store_query_int (self,
                                       "SELECT p.id FROM plan p WHERE p.status = 1 AND ("
                                       " EXISTS (SELECT 1 FROM plan_indicator x WHERE x.plan_id = p.id AND x.indicator_id = ?1)"
                                       " OR EXISTS (SELECT 1 FROM work_env_indicator x WHERE x.plan_id = p.id AND x.indicator_id = ?1)"
                                       " OR EXISTS (SELECT 1 FROM target t WHERE t.year = p.year AND t.indicator_id = ?1)"
                                       " OR EXISTS (SELECT 1 FROM goal_indicator g JOIN board_goal b ON b.id = g.board_goal_id"
                                       "  JOIN focus_area f ON f.id = b.focus_area_id WHERE f.plan_id = p.id AND g.indicator_id = ?1))"
                                       " ORDER BY p.year LIMIT 1", indicator_id, 0);

  return plan_id == 0 || sk_store_check_editable (self, plan_id, error);
}

gint64
sk_store_plan_of (SkStore  *self,
                  SkRecord *record)
{
  const RecordInfo *info;

  g_return_val_if_fail (SK_IS_STORE (self), 0);
  g_return_val_if_fail (SK_IS_RECORD (record), 0);

  info = record_info (record);
  if (info == NULL || info->plan_sql == NULL)
    return 0;
  return sk_store_query_int (self, info->plan_sql, sk_record_get_id (record), 0);
}

static gboolean
check_record_editable (SkStore          *self,
                       const RecordInfo *info,
                       SkRecord         *record,
                       GError          **error)
{
  if (info == NULL || !info->plan_locked)
    return TRUE;
  return sk_store_check_editable (self, sk_store_plan_of (self, record), error);
}

static gboolean
renumber (SkStore          *self,
          const RecordInfo *info,
          gint64            id,
          int               position,
          GError          **error)
{
  g_autofree char *select = g_strdup_printf ("SELECT id FROM %s WHERE %s ORDER BY position, id",
                                             info->table, info->siblings);
  g_autofree char *update = g_strdup_printf ("UPDATE %s SET position = ? WHERE id = ?", info->table);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  SkDbStmt *stmt = sk_store_prepare (self, select, error);

  if (stmt == NULL)
    return FALSE;
  sk_db_bind_int64 (stmt, 1, id);
  while (sk_store_step_row (self, stmt, error))
    {
      gint64 sibling = sk_db_column_int64 (stmt, 0);
      if (sibling != id)
        g_array_append_val (ids, sibling);
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  position = CLAMP (position, 0, (int) ids->len);
  g_array_insert_val (ids, position, id);

  for (guint i = 0; i < ids->len; i++)
    {
      stmt = sk_store_prepare (self, update, error);
      if (stmt == NULL)
        return FALSE;
      sk_db_bind_int (stmt, 1, (int) i);
      sk_db_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!sk_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sk_store_move (SkStore   *self,
               SkRecord  *record,
               int        position,
               GError   **error)
{
  const RecordInfo *info;
  g_autofree char *old = NULL, *new_text = NULL;
  int before = 0, after;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_RECORD (record), FALSE);

  info = record_info (record);
  if (info == NULL || info->siblings == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("This item cannot be reordered."));
      return FALSE;
    }
  if (!check_record_editable (self, info, record, error))
    return FALSE;

  g_object_get (record, "position", &before, NULL);
  if (!sk_store_begin (self, error))
    return FALSE;
  if (!renumber (self, info, sk_record_get_id (record), position, error))
    {
      sk_store_rollback (self);
      return FALSE;
    }
  {
    g_autofree char *sql = g_strdup_printf ("SELECT position FROM %s WHERE id = ?", info->table);
    after = (int) sk_store_query_int (self, sql, sk_record_get_id (record), position);
  }
  old = g_strdup_printf ("%d", before);
  new_text = g_strdup_printf ("%d", after);
  if (!sk_store_audit (self, info->table, sk_record_get_id (record), 0, "position", old, new_text, error)
      || !sk_store_commit (self, error))
    {
      sk_store_rollback (self);
      return FALSE;
    }
  g_object_set (record, "position", after, NULL);
  sk_store_changed (self, info->table);
  return TRUE;
}

gboolean
sk_store_delete (SkStore   *self,
                 SkRecord  *record,
                 GError   **error)
{
  const RecordInfo *info;
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;
  SkDbStmt *stmt;
  gint64 id;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_RECORD (record), FALSE);

  info = record_info (record);
  id = sk_record_get_id (record);
  if (id <= 0)
    return TRUE;
  if (!check_record_editable (self, info, record, error))
    return FALSE;
  if (info == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("This item cannot be deleted."));
      return FALSE;
    }
  /* Deleting an adopted plan would take its decision with it. */
  if (g_str_equal (info->table, "plan") && !sk_store_check_editable (self, id, error))
    return FALSE;
  /* An indicator in an adopted plan would take its register rows, links
   * and targets with it. */
  if (g_str_equal (info->table, "indicator") && !sk_store_check_indicator_free (self, id, error))
    return FALSE;

  if (!sk_store_begin (self, error))
    return FALSE;
  if (info->text_column != NULL)
    {
      g_autofree char *q = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?", info->text_column, info->table);
      stmt = sk_store_prepare (self, q, NULL);
      if (stmt != NULL)
        {
          sk_db_bind_int64 (stmt, 1, id);
          if (sk_store_step_row (self, stmt, NULL))
            {
              text = g_strdup (sk_column_text (stmt, 0));
              sk_db_reset (stmt);
            }
        }
    }
  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", info->table);
  stmt = sk_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sk_db_bind_int64 (stmt, 1, id);
  /* Without the plan, the base follows the newest plan left. */
  if (!sk_store_step_done (self, stmt, error)
      || (g_str_equal (info->table, "plan") && !sk_store_definition_sync_base (self, 0, error))
      || !sk_store_audit (self, info->table, id, 0, "deleted", text != NULL ? text : "", NULL, error)
      || !sk_store_commit (self, error))
    goto fail;

  sk_store_changed (self, info->table);
  return TRUE;

fail:
  sk_store_rollback (self);
  return FALSE;
}

/* An indicator's name is part of its definition for a plan year: it goes
 * the way every definition change goes (the year's definition, the lock
 * of an adopted year, the audit trail), not straight into the base row. */
static gboolean
rename_indicator (SkStore      *self,
                  SkIndicator  *indicator,
                  const char   *name,
                  GError      **error)
{
  g_autofree char *old = g_strdup (sk_indicator_get_name (indicator));

  if (g_strcmp0 (old, name) == 0)
    return TRUE;
  sk_indicator_set_name (indicator, name);
  if (sk_store_save_indicator (self, indicator, error))
    return TRUE;
  sk_indicator_set_name (indicator, old);
  return FALSE;
}

gboolean
sk_store_rename (SkStore     *self,
                 SkRecord    *record,
                 const char  *text,
                 GError     **error)
{
  const RecordInfo *info;
  g_autofree char *sql = NULL;
  g_autofree char *old = NULL;
  g_autofree char *clean = NULL;
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_RECORD (record), FALSE);

  info = record_info (record);
  if (info == NULL || info->text_column == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("This item cannot be renamed."));
      return FALSE;
    }
  clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*clean == '\0')
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("The text cannot be empty."));
      return FALSE;
    }
  if (!sk_text_check (clean, -1, NULL, SK_TEXT_MULTILINE, error)
      || !check_record_editable (self, info, record, error))
    return FALSE;
  if (SK_IS_INDICATOR (record))
    return rename_indicator (self, SK_INDICATOR (record), clean, error);

  g_object_get (record, g_str_equal (info->text_column, "text") ? "text"
                        : g_str_equal (info->text_column, "name") ? "name" : "title", &old, NULL);
  if (g_strcmp0 (old, clean) == 0)
    return TRUE;

  if (!sk_store_begin (self, error))
    return FALSE;
  sql = g_strdup_printf ("UPDATE %s SET %s = ? WHERE id = ?", info->table, info->text_column);
  stmt = sk_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sk_bind_text (stmt, 1, clean);
  sk_db_bind_int64 (stmt, 2, sk_record_get_id (record));
  if (!sk_store_step_done (self, stmt, error)
      || !sk_store_audit (self, info->table, sk_record_get_id (record), 0, info->text_column, old, clean, error)
      || !sk_store_commit (self, error))
    goto fail;

  g_object_set (record, g_str_equal (info->text_column, "text") ? "text"
                        : g_str_equal (info->text_column, "name") ? "name" : "title", clean, NULL);
  sk_store_changed (self, info->table);
  return TRUE;

fail:
  sk_store_rollback (self);
  return FALSE;
}

gboolean
sk_store_set_description (SkStore     *self,
                          SkRecord    *record,
                          const char  *text,
                          GError     **error)
{
  const RecordInfo *info;
  g_autofree char *sql = NULL;
  g_autofree char *old = NULL;
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_RECORD (record), FALSE);

  info = record_info (record);
  if (info == NULL || g_object_class_find_property (G_OBJECT_GET_CLASS (record), "description") == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("This item has no description."));
      return FALSE;
    }
  if (!sk_text_check (text, -1, _("The description"), SK_TEXT_MULTILINE, error)
      || !check_record_editable (self, info, record, error))
    return FALSE;
  g_object_get (record, "description", &old, NULL);
  if (g_strcmp0 (old, text != NULL ? text : "") == 0)
    return TRUE;

  if (!sk_store_begin (self, error))
    return FALSE;
  sql = g_strdup_printf ("UPDATE %s SET description = ? WHERE id = ?", info->table);
  stmt = sk_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sk_bind_text (stmt, 1, text != NULL ? text : "");
  sk_db_bind_int64 (stmt, 2, sk_record_get_id (record));
  if (!sk_store_step_done (self, stmt, error)
      || !sk_store_audit (self, info->table, sk_record_get_id (record), 0, "description", old, text, error)
      || !sk_store_commit (self, error))
    goto fail;
  g_object_set (record, "description", text != NULL ? text : "", NULL);
  sk_store_changed (self, info->table);
  return TRUE;

fail:
  sk_store_rollback (self);
  return FALSE;
}

/* ---- Plans ---- */

static SkPlan *
plan_from_row (SkDbStmt *stmt)
{
  SkPlan *plan = sk_plan_new ();

  sk_record_set_id (SK_RECORD (plan), sk_db_column_int64 (stmt, 0));
  sk_plan_set_year (plan, sk_db_column_int (stmt, 1));
  sk_plan_set_title (plan, sk_column_text (stmt, 2));
  sk_plan_set_status (plan, sk_db_column_int (stmt, 3));
  sk_plan_set_decision_date (plan, sk_column_text (stmt, 4));
  sk_plan_set_decision_paragraph (plan, sk_column_text (stmt, 5));
  sk_plan_set_diary_number (plan, sk_column_text (stmt, 6));
  return plan;
}

#define PLAN_COLUMNS "id, year, title, status, decision_date, decision_paragraph, diary_number"

GListModel *
sk_store_list_plans (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return sk_store_list_query (self, SK_TYPE_PLAN, "SELECT " PLAN_COLUMNS " FROM plan ORDER BY year",
                              (SkRowFunc) plan_from_row, NULL);
}

SkPlan *
sk_store_get_plan (SkStore *self,
                   int      year)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return sk_store_fetch_one (self, "SELECT " PLAN_COLUMNS " FROM plan WHERE year = ?",
                             (SkRowFunc) plan_from_row, year);
}

SkPlan *
sk_store_create_plan (SkStore     *self,
                      int          year,
                      const char  *title,
                      GError     **error)
{
  SkDbStmt *stmt;
  g_autofree char *default_title = NULL;
  g_autofree char *year_text = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  if (year < 1900 || year > 2999)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("%d is not a plan year."), year);
      return NULL;
    }
  if (!sk_text_check (title, -1, _("The plan’s title"), SK_TEXT_MULTILINE, error))
    return NULL;
  if (sk_store_query_int (self, "SELECT count(*) FROM plan WHERE year = ?", year, 0) > 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS,
                   _("There is already a plan for %d."), year);
      return NULL;
    }
  if (title == NULL || *title == '\0')
    title = default_title = g_strdup_printf (_("Business plan %d"), year);

  if (!sk_store_begin (self, error))
    return NULL;
  stmt = sk_store_prepare (self, "INSERT INTO plan (year, title) VALUES (?, ?)", error);
  if (stmt == NULL)
    goto fail;
  sk_db_bind_int (stmt, 1, year);
  sk_bind_text (stmt, 2, title);
  year_text = g_strdup_printf ("%d", year);
  if (!sk_store_step_done (self, stmt, error)
      || !sk_store_audit (self, "plan", sk_db_last_insert_rowid (self->db), 0, "created", NULL, year_text, error)
      || !sk_store_commit (self, error))
    goto fail;

  sk_store_changed (self, "plan");
  return sk_store_get_plan (self, year);

fail:
  sk_store_rollback (self);
  return NULL;
}

gboolean
sk_store_update_plan (SkStore     *self,
                      SkPlan      *plan,
                      const char  *title,
                      GError     **error)
{
  g_return_val_if_fail (SK_IS_PLAN (plan), FALSE);
  return sk_store_rename (self, SK_RECORD (plan), title, error);
}

static gboolean
valid_date (const char *date)
{
  int y, m, d;
  char tail;

  return date != NULL
         && sscanf (date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3
         && strlen (date) == 10
         && g_date_valid_dmy (d, m, y);
}

gboolean
sk_store_adopt_plan (SkStore     *self,
                     SkPlan      *plan,
                     const char  *date,
                     const char  *paragraph,
                     const char  *diary_number,
                     GError     **error)
{
  SkDbStmt *stmt;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_PLAN (plan), FALSE);

  if (date != NULL && *date != '\0' && !valid_date (date))
    {
      g_autofree char *shown = sk_text_excerpt (date);

      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("“%s” is not a date: write it as YYYY-MM-DD, e.g. 2024-12-11."), shown);
      return FALSE;
    }
  if (!sk_text_check (paragraph, -1, _("The paragraph"), SK_TEXT_LINE, error)
      || !sk_text_check (diary_number, -1, _("The diary number"), SK_TEXT_LINE, error))
    return FALSE;
  /* The board's decision is not rewritten: adopted once, by one decision. */
  if (!sk_store_check_editable (self, sk_record_get_id (SK_RECORD (plan)), error))
    return FALSE;
  if (!sk_store_begin (self, error))
    return FALSE;
  stmt = sk_store_prepare (self,
                           "UPDATE plan SET status = 1, decision_date = ?, decision_paragraph = ?,"
                           " diary_number = ? WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sk_bind_text (stmt, 1, date && *date ? date : NULL);
  sk_bind_text (stmt, 2, paragraph && *paragraph ? paragraph : NULL);
  sk_bind_text (stmt, 3, diary_number && *diary_number ? diary_number : NULL);
  sk_db_bind_int64 (stmt, 4, sk_record_get_id (SK_RECORD (plan)));
  summary = g_strdup_printf ("%s %s %s", date ? date : "", paragraph ? paragraph : "",
                             diary_number ? diary_number : "");
  if (!sk_store_step_done (self, stmt, error)
      || !sk_store_audit (self, "plan", sk_record_get_id (SK_RECORD (plan)), 0, "adopted",
                          sk_plan_status_to_string (sk_plan_get_status (plan)), g_strstrip (summary), error)
      || !sk_store_commit (self, error))
    goto fail;

  sk_plan_set_status (plan, SK_PLAN_ADOPTED);
  sk_plan_set_decision_date (plan, date && *date ? date : NULL);
  sk_plan_set_decision_paragraph (plan, paragraph && *paragraph ? paragraph : NULL);
  sk_plan_set_diary_number (plan, diary_number && *diary_number ? diary_number : NULL);
  sk_store_changed (self, "plan");
  return TRUE;

fail:
  sk_store_rollback (self);
  return FALSE;
}

/* ---- Copying a plan to a new year ---- */

static gboolean
run_copy (SkStore     *self,
          const char  *sql,
          gint64       from,
          gint64       to,
          GError     **error)
{
  SkDbStmt *stmt = sk_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sk_db_bind_int64 (stmt, 1, from);
  sk_db_bind_int64 (stmt, 2, to);
  return sk_store_step_done (self, stmt, error);
}

static gboolean
copy_structure (SkStore  *self,
                gint64    from,
                gint64    to,
                int       from_year,
                int       to_year,
                GError  **error)
{
  /* Temporary maps from old to new ids keep the tree's links. */
  static const char *steps[] = {
    "INSERT INTO focus_area (plan_id, position, title, description)"
    " SELECT ?2, position, title, description FROM focus_area WHERE plan_id = ?1",
    "INSERT INTO regional_goal (focus_area_id, position, title, description)"
    " SELECT nf.id, r.position, r.title, r.description FROM regional_goal r"
    " JOIN focus_area f ON f.id = r.focus_area_id AND f.plan_id = ?1"
    " JOIN focus_area nf ON nf.plan_id = ?2 AND nf.title = f.title",
    "INSERT INTO board_goal (focus_area_id, regional_goal_id, position, text)"
    " SELECT nf.id, nr.id, b.position, b.text FROM board_goal b"
    " JOIN focus_area f ON f.id = b.focus_area_id AND f.plan_id = ?1"
    " JOIN focus_area nf ON nf.plan_id = ?2 AND nf.title = f.title"
    " LEFT JOIN regional_goal r ON r.id = b.regional_goal_id"
    " LEFT JOIN regional_goal nr ON nr.focus_area_id = nf.id AND nr.title = r.title",
    "INSERT INTO goal_indicator (board_goal_id, indicator_id, position)"
    " SELECT nb.id, gi.indicator_id, gi.position FROM goal_indicator gi"
    " JOIN board_goal b ON b.id = gi.board_goal_id"
    " JOIN focus_area f ON f.id = b.focus_area_id AND f.plan_id = ?1"
    " JOIN focus_area nf ON nf.plan_id = ?2 AND nf.title = f.title"
    " JOIN board_goal nb ON nb.focus_area_id = nf.id AND nb.text = b.text"
    "  AND ifnull(nb.regional_goal_id, 0) = ifnull((SELECT nr.id FROM regional_goal r"
    "   JOIN regional_goal nr ON nr.focus_area_id = nf.id AND nr.title = r.title"
    "   WHERE r.id = b.regional_goal_id), 0)",
    "INSERT INTO plan_indicator (plan_id, indicator_id, position)"
    " SELECT ?2, indicator_id, position FROM plan_indicator WHERE plan_id = ?1",
    "INSERT INTO work_env_plan (plan_id, goal_text)"
    " SELECT ?2, goal_text FROM work_env_plan WHERE plan_id = ?1",
    "INSERT INTO work_env_indicator (plan_id, indicator_id, position)"
    " SELECT ?2, indicator_id, position FROM work_env_indicator WHERE plan_id = ?1",
    "INSERT INTO priority_area (plan_id, position, title, description)"
    " SELECT ?2, position, title, description FROM priority_area WHERE plan_id = ?1",
  };
  SkDbStmt *stmt;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (!run_copy (self, steps[i], from, to, error))
      return FALSE;

  /* Targets belong to years: the new year starts with last year's. */
  stmt = sk_store_prepare (self,
                           "INSERT OR IGNORE INTO target (indicator_id, year, text)"
                           " SELECT indicator_id, ?2, text FROM target WHERE year = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sk_db_bind_int (stmt, 1, from_year);
  sk_db_bind_int (stmt, 2, to_year);
  return sk_store_step_done (self, stmt, error);
}

SkPlan *
sk_store_copy_plan (SkStore   *self,
                    SkPlan    *plan,
                    int        new_year,
                    GError   **error)
{
  g_autoptr(SkPlan) copy = NULL;
  g_autofree char *title = NULL;
  g_autofree char *old_year = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  g_return_val_if_fail (SK_IS_PLAN (plan), NULL);

  old_year = g_strdup_printf ("%d", sk_plan_get_year (plan));
  title = g_strdup (sk_plan_get_title (plan));
  /* "Verksamhetsplan … 2025 …" becomes "… 2026 …" */
  if (strstr (title, old_year) != NULL)
    {
      g_autofree char *new_year_text = g_strdup_printf ("%d", new_year);
      g_auto(GStrv) parts = g_strsplit (title, old_year, -1);
      g_free (title);
      title = g_strjoinv (new_year_text, parts);
    }

  if (!sk_store_begin (self, error))
    return NULL;
  copy = sk_store_create_plan (self, new_year, title, error);
  if (copy == NULL
      || !copy_structure (self, sk_record_get_id (SK_RECORD (plan)), sk_record_get_id (SK_RECORD (copy)),
                          sk_plan_get_year (plan), new_year, error)
      || !sk_store_definition_copy (self, sk_record_get_id (SK_RECORD (plan)), sk_record_get_id (SK_RECORD (copy)), error)
      || !sk_store_budget_copy (self, sk_plan_get_year (plan), new_year, error)
      || !sk_store_audit (self, "plan", sk_record_get_id (SK_RECORD (copy)), 0, "copied from", NULL, old_year, error)
      || !sk_store_commit (self, error))
    {
      sk_store_rollback (self);
      return NULL;
    }
  sk_store_changed (self, "focus_area");
  sk_store_changed (self, "target");
  return g_steal_pointer (&copy);
}

/* ---- Goal tree ---- */

static SkFocusArea *
focus_area_from_row (SkDbStmt *stmt)
{
  SkFocusArea *fa = sk_focus_area_new ();

  sk_record_set_id (SK_RECORD (fa), sk_db_column_int64 (stmt, 0));
  sk_focus_area_set_plan_id (fa, sk_db_column_int64 (stmt, 1));
  sk_focus_area_set_position (fa, sk_db_column_int (stmt, 2));
  sk_focus_area_set_title (fa, sk_column_text (stmt, 3));
  sk_focus_area_set_description (fa, sk_column_text (stmt, 4));
  return fa;
}

#define FOCUS_AREA_COLUMNS "id, plan_id, position, title, description"
#define REGIONAL_GOAL_COLUMNS "id, focus_area_id, position, title, description"
#define BOARD_GOAL_COLUMNS "id, focus_area_id, ifnull(regional_goal_id, 0), position, text"

GListModel *
sk_store_list_focus_areas (SkStore *self,
                           gint64   plan_id)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return sk_store_list_query (self, SK_TYPE_FOCUS_AREA,
                              "SELECT " FOCUS_AREA_COLUMNS " FROM focus_area"
                              " WHERE plan_id = ? ORDER BY position, id",
                              (SkRowFunc) focus_area_from_row, "i", plan_id);
}

SkFocusArea *
sk_store_add_focus_area (SkStore     *self,
                         gint64       plan_id,
                         const char  *title,
                         const char  *description,
                         GError     **error)
{
  gint64 id;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  if (!sk_store_check_text (title, error) || !sk_store_check_editable (self, plan_id, error))
    return NULL;
  id = sk_store_insert (self, "focus_area", title, error,
                        "INSERT INTO focus_area (plan_id, position, title, description) VALUES (?1,"
                        " (SELECT ifnull(max(position), -1) + 1 FROM focus_area WHERE plan_id = ?1), ?2, ?3)",
                        "itt", plan_id, title, description ? description : "");
  if (id == 0)
    return NULL;
  sk_store_changed (self, "focus_area");
  return sk_store_fetch_one (self, "SELECT " FOCUS_AREA_COLUMNS " FROM focus_area WHERE id = ?",
                             (SkRowFunc) focus_area_from_row, id);
}

static SkRegionalGoal *
regional_goal_from_row (SkDbStmt *stmt)
{
  SkRegionalGoal *rg = sk_regional_goal_new ();

  sk_record_set_id (SK_RECORD (rg), sk_db_column_int64 (stmt, 0));
  sk_regional_goal_set_focus_area_id (rg, sk_db_column_int64 (stmt, 1));
  sk_regional_goal_set_position (rg, sk_db_column_int (stmt, 2));
  sk_regional_goal_set_title (rg, sk_column_text (stmt, 3));
  sk_regional_goal_set_description (rg, sk_column_text (stmt, 4));
  return rg;
}

GListModel *
sk_store_list_regional_goals (SkStore *self,
                              gint64   focus_area_id)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return sk_store_list_query (self, SK_TYPE_REGIONAL_GOAL,
                              "SELECT " REGIONAL_GOAL_COLUMNS " FROM regional_goal"
                              " WHERE focus_area_id = ? ORDER BY position, id",
                              (SkRowFunc) regional_goal_from_row, "i", focus_area_id);
}

/* The plan of a focus area, or 0 with an error when it is gone. */
static gint64
plan_of_focus_area (SkStore  *self,
                    gint64    focus_area_id,
                    GError  **error)
{
  gint64 plan_id = sk_store_query_int (self, "SELECT plan_id FROM focus_area WHERE id = ?", focus_area_id, 0);

  if (plan_id == 0)
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("The focus area no longer exists."));
  return plan_id;
}

SkRegionalGoal *
sk_store_add_regional_goal (SkStore     *self,
                            gint64       focus_area_id,
                            const char  *title,
                            const char  *description,
                            GError     **error)
{
  gint64 plan_id, id;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  if ((plan_id = plan_of_focus_area (self, focus_area_id, error)) == 0
      || !sk_store_check_text (title, error) || !sk_store_check_editable (self, plan_id, error))
    return NULL;
  id = sk_store_insert (self, "regional_goal", title, error,
                        "INSERT INTO regional_goal (focus_area_id, position, title, description) VALUES (?1,"
                        " (SELECT ifnull(max(position), -1) + 1 FROM regional_goal WHERE focus_area_id = ?1), ?2, ?3)",
                        "itt", focus_area_id, title, description ? description : "");
  if (id == 0)
    return NULL;
  sk_store_changed (self, "regional_goal");
  return sk_store_fetch_one (self, "SELECT " REGIONAL_GOAL_COLUMNS " FROM regional_goal WHERE id = ?",
                             (SkRowFunc) regional_goal_from_row, id);
}

static SkBoardGoal *
board_goal_from_row (SkDbStmt *stmt)
{
  SkBoardGoal *bg = sk_board_goal_new ();

  sk_record_set_id (SK_RECORD (bg), sk_db_column_int64 (stmt, 0));
  sk_board_goal_set_focus_area_id (bg, sk_db_column_int64 (stmt, 1));
  sk_board_goal_set_regional_goal_id (bg, sk_db_column_int64 (stmt, 2));
  sk_board_goal_set_position (bg, sk_db_column_int (stmt, 3));
  sk_board_goal_set_text (bg, sk_column_text (stmt, 4));
  return bg;
}

GListModel *
sk_store_list_board_goals (SkStore *self,
                           gint64   focus_area_id,
                           gint64   regional_goal_id)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  /* Bound as plain numbers: 0 means "directly under the focus area". */
  return sk_store_list_query (self, SK_TYPE_BOARD_GOAL,
                              "SELECT " BOARD_GOAL_COLUMNS " FROM board_goal"
                              " WHERE focus_area_id = ?1 AND ifnull(regional_goal_id, 0) = ifnull(CAST(?2 AS BIGINT), 0)"
                              " ORDER BY position, id",
                              (SkRowFunc) board_goal_from_row, "ii", focus_area_id, regional_goal_id);
}

SkBoardGoal *
sk_store_add_board_goal (SkStore     *self,
                         gint64       focus_area_id,
                         gint64       regional_goal_id,
                         const char  *text,
                         GError     **error)
{
  gint64 plan_id, id;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  if ((plan_id = plan_of_focus_area (self, focus_area_id, error)) == 0)
    return NULL;
  if (regional_goal_id > 0
      && sk_store_query_int (self, "SELECT focus_area_id FROM regional_goal WHERE id = ?", regional_goal_id, 0) != focus_area_id)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                   _("The regional goal does not belong to this focus area."));
      return NULL;
    }
  if (!sk_store_check_text (text, error) || !sk_store_check_editable (self, plan_id, error))
    return NULL;
  id = sk_store_insert (self, "board_goal", text, error,
                        "INSERT INTO board_goal (focus_area_id, regional_goal_id, position, text)"
                        " VALUES (?1, ?2, (SELECT ifnull(max(position), -1) + 1 FROM board_goal"
                        "  WHERE focus_area_id = ?1 AND ifnull(regional_goal_id, 0) = ifnull(CAST(?2 AS BIGINT), 0)), ?3)",
                        "iit", focus_area_id, regional_goal_id, text);
  if (id == 0)
    return NULL;
  sk_store_changed (self, "board_goal");
  return sk_store_fetch_one (self, "SELECT " BOARD_GOAL_COLUMNS " FROM board_goal WHERE id = ?",
                             (SkRowFunc) board_goal_from_row, id);
}
