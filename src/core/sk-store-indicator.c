/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sk-store-private.h"
#include "sk-text.h"

/* Indicators, the plan register, goal links, targets and units. */

#define INDICATOR_COLUMNS \
  "i.id, i.name, i.perspective, i.measure_unit, i.direction, ifnull(i.responsible_unit_id, 0)," \
  " i.frequency, i.aggregation, i.r12, i.tolerance, i.description"

/* A year's definition (d, LEFT JOINed for plan p) where there is one, else
 * the base; then the position and the year whose definition it is. */
#define DEF(c) "CASE WHEN d.plan_id IS NULL THEN i." c " ELSE d." c " END"
#define YEAR_COLUMNS \
  "i.id, " DEF ("name") ", " DEF ("perspective") ", " DEF ("measure_unit") ", " DEF ("direction") "," \
  " ifnull(" DEF ("responsible_unit_id") ", 0), " DEF ("frequency") ", " DEF ("aggregation") "," \
  " " DEF ("r12") ", " DEF ("tolerance") ", " DEF ("description")
#define YEAR_OF_DEF "CASE WHEN d.plan_id IS NULL THEN 0 ELSE p.year END"
#define JOIN_DEF " LEFT JOIN indicator_definition d ON d.indicator_id = i.id AND d.plan_id = p.id"

static SkIndicator *
indicator_from_row (SkDbStmt *stmt)
{
  SkIndicator *ind = sk_indicator_new ();

  sk_record_set_id (SK_RECORD (ind), sk_db_column_int64 (stmt, 0));
  sk_indicator_set_name (ind, sk_column_text (stmt, 1));
  sk_indicator_set_perspective (ind, sk_db_column_int (stmt, 2));
  sk_indicator_set_measure_unit (ind, sk_column_text (stmt, 3));
  sk_indicator_set_direction (ind, sk_db_column_int (stmt, 4));
  sk_indicator_set_responsible_unit_id (ind, sk_db_column_int64 (stmt, 5));
  sk_indicator_set_frequency (ind, sk_db_column_int (stmt, 6));
  sk_indicator_set_aggregation (ind, sk_db_column_int (stmt, 7));
  sk_indicator_set_r12 (ind, sk_db_column_int (stmt, 8) != 0);
  sk_indicator_set_tolerance (ind, sk_db_column_double (stmt, 9));
  sk_indicator_set_description (ind, sk_column_text (stmt, 10));
  if (sk_db_column_count (stmt) > 11)
    sk_indicator_set_position (ind, sk_db_column_int (stmt, 11));
  if (sk_db_column_count (stmt) > 12)
    sk_indicator_set_year (ind, sk_db_column_int (stmt, 12));
  return ind;
}

static GListModel *
list_indicators_query (SkStore    *self,
                       const char *sql,
                       gint64      arg)
{
  GListStore *list = g_list_store_new (SK_TYPE_INDICATOR);
  SkDbStmt *stmt = sk_store_prepare (self, sql, NULL);

  if (stmt == NULL)
    return G_LIST_MODEL (list);
  if (sk_db_bind_parameter_count (stmt) > 0)
    sk_db_bind_int64 (stmt, 1, arg);
  while (sk_store_step_row (self, stmt, NULL))
    {
      g_autoptr(SkIndicator) ind = indicator_from_row (stmt);
      g_list_store_append (list, ind);
    }
  return G_LIST_MODEL (list);
}

GListModel *
sk_store_list_indicators (SkStore *self,
                          int      year)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  if (year == 0)
    return list_indicators_query (self,
                                  "SELECT " INDICATOR_COLUMNS ", 0 FROM indicator i"
                                  " ORDER BY i.perspective, i.name", 0);
  return list_indicators_query (self,
                                "SELECT " YEAR_COLUMNS ", pi.position, " YEAR_OF_DEF " FROM indicator i"
                                " JOIN plan_indicator pi ON pi.indicator_id = i.id"
                                " JOIN plan p ON p.id = pi.plan_id AND p.year = ?" JOIN_DEF
                                " ORDER BY 3, pi.position, 2", year);
}

SkIndicator *
sk_store_get_indicator (SkStore *self,
                        gint64   id)
{
  SkDbStmt *stmt;
  SkIndicator *ind = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_prepare (self, "SELECT " INDICATOR_COLUMNS " FROM indicator i WHERE i.id = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sk_db_bind_int64 (stmt, 1, id);
  if (sk_store_step_row (self, stmt, NULL))
    {
      ind = indicator_from_row (stmt);
      sk_db_reset (stmt);
    }
  return ind;
}

GListModel *
sk_store_list_definitions (SkStore *self,
                           int      year)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return list_indicators_query (self,
                                "SELECT " YEAR_COLUMNS ", 0, p.year FROM indicator_definition d"
                                " JOIN plan p ON p.id = d.plan_id AND p.year = ?"
                                " JOIN indicator i ON i.id = d.indicator_id ORDER BY 2", year);
}

SkIndicator *
sk_store_get_indicator_in_year (SkStore *self,
                                gint64   id,
                                int      year)
{
  SkDbStmt *stmt;
  SkIndicator *ind = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  if (year == 0)
    return sk_store_get_indicator (self, id);
  stmt = sk_store_prepare (self,
                           "SELECT " YEAR_COLUMNS ", 0, " YEAR_OF_DEF " FROM indicator i"
                           " LEFT JOIN plan p ON p.year = ?2" JOIN_DEF " WHERE i.id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sk_db_bind_int64 (stmt, 1, id);
  sk_db_bind_int (stmt, 2, year);
  if (sk_store_step_row (self, stmt, NULL))
    {
      ind = indicator_from_row (stmt);
      sk_db_reset (stmt);
    }
  return ind;
}

/* Case-insensitive, accent-preserving comparison for Swedish names. */
static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  return g_utf8_casefold (normal, -1);
}

SkIndicator *
sk_store_find_indicator (SkStore     *self,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *wanted = NULL;
  g_autoptr(SkIndicator) found = NULL;
  gint64 found_id = 0;
  g_autofree char *shown = NULL;
  guint matches = 0;
  gboolean exact = FALSE;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* A blank name is part of every name: it would match them all. */
  if (!sk_text_check (name, -1, _("The indicator’s name"), SK_TEXT_REQUIRED, error))
    return NULL;
  wanted = fold (name);
  /* Every year's names count: the 2024 plan's "Svarstid Clinic24" finds
   * the indicator now called "Svarstid digital vård / tandvård". */
  names = sk_store_definition_names (self);
  for (guint i = 0; i < names->len; i++)
    {
      SkIndicator *ind = g_ptr_array_index (names, i);
      gint64 id = sk_record_get_id (SK_RECORD (ind));
      g_autofree char *have = fold (sk_indicator_get_name (ind));

      if (g_str_equal (have, wanted))
        {
          /* An exact match wins over any number of partial ones. */
          if (!exact)
            matches = 0;
          if (!exact || id != found_id)
            matches++;
          exact = TRUE;
          found_id = id;
        }
      else if (!exact && strstr (have, wanted) != NULL && id != found_id)
        {
          found_id = id;
          matches++;
        }
    }
  if (matches == 1)
    found = sk_store_get_indicator (self, found_id);

  if (matches == 1 && found != NULL)
    return g_steal_pointer (&found);
  shown = sk_text_excerpt (name);
  if (matches == 0)
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("No indicator is called “%s”."), shown);
  else
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                 _("“%s” matches %u indicators: write more of the name."), shown, matches);
  return NULL;
}

static gboolean
validate_indicator (SkIndicator  *ind,
                    GError      **error)
{
  const char *name = sk_indicator_get_name (ind);
  double tolerance = sk_indicator_get_tolerance (ind);

  if (sk_is_blank (name))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("An indicator needs a name."));
      return FALSE;
    }
  if (!sk_text_check (name, -1, _("The indicator’s name"), SK_TEXT_LINE, error)
      || !sk_text_check (sk_indicator_get_measure_unit (ind), -1, _("The unit of measure"),
                         SK_TEXT_LINE, error)
      || !sk_text_check (sk_indicator_get_description (ind), -1, _("The description"),
                         SK_TEXT_MULTILINE, error))
    return FALSE;
  if (!isfinite (tolerance) || tolerance < 0 || tolerance > 1)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("The tolerance must lie between 0 and 100 %%."));
      return FALSE;
    }
  if ((guint) sk_indicator_get_perspective (ind) >= SK_N_PERSPECTIVES)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("Unknown perspective."));
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_store_save_indicator (SkStore      *self,
                         SkIndicator  *ind,
                         GError      **error)
{
  SkDbStmt *stmt;
  gint64 id;
  g_autoptr(SkIndicator) old = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_INDICATOR (ind), FALSE);

  if (!validate_indicator (ind, error))
    return FALSE;
  id = sk_record_get_id (SK_RECORD (ind));
  if (sk_indicator_get_year (ind) != 0)
    {
      gboolean created = FALSE;

      if (!sk_store_begin (self, error))
        return FALSE;
      if (!sk_store_definition_save (self, ind, &created, error)
          || !sk_store_commit (self, error))
        {
          if (created)
            sk_record_set_id (SK_RECORD (ind), 0);
          goto fail;
        }
      sk_store_changed (self, "indicator_definition");
      sk_store_changed (self, "indicator");
      return TRUE;
    }
  if (id > 0)
    old = sk_store_get_indicator (self, id);

  if (!sk_store_begin (self, error))
    return FALSE;
  if (id > 0)
    stmt = sk_store_prepare (self,
                             "UPDATE indicator SET name = ?1, perspective = ?2, measure_unit = ?3, direction = ?4,"
                             " responsible_unit_id = ?5, frequency = ?6, aggregation = ?7, r12 = ?8,"
                             " tolerance = ?9, description = ?10 WHERE id = ?11", error);
  else
    stmt = sk_store_prepare (self,
                             "INSERT INTO indicator (name, perspective, measure_unit, direction,"
                             " responsible_unit_id, frequency, aggregation, r12, tolerance, description)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    goto fail;
  sk_bind_text (stmt, 1, sk_indicator_get_name (ind));
  sk_db_bind_int (stmt, 2, sk_indicator_get_perspective (ind));
  sk_bind_text (stmt, 3, sk_indicator_get_measure_unit (ind) ? sk_indicator_get_measure_unit (ind) : "");
  sk_db_bind_int (stmt, 4, sk_indicator_get_direction (ind));
  sk_bind_id (stmt, 5, sk_indicator_get_responsible_unit_id (ind));
  sk_db_bind_int (stmt, 6, sk_indicator_get_frequency (ind));
  sk_db_bind_int (stmt, 7, sk_indicator_get_aggregation (ind));
  sk_db_bind_int (stmt, 8, sk_indicator_get_r12 (ind) ? 1 : 0);
  sk_db_bind_double (stmt, 9, sk_indicator_get_tolerance (ind));
  sk_bind_text (stmt, 10, sk_indicator_get_description (ind) ? sk_indicator_get_description (ind) : "");
  if (id > 0)
    sk_db_bind_int64 (stmt, 11, id);
  if (!sk_store_step_done (self, stmt, error))
    goto fail;
  if (id <= 0)
    id = sk_db_last_insert_rowid (self->db);
  if (!(old ? sk_store_definition_audit (self, "indicator", id, old, ind, error)
             : sk_store_audit (self, "indicator", id, id, "created", NULL, sk_indicator_get_name (ind), error))
      || !sk_store_commit (self, error))
    goto fail;

  sk_record_set_id (SK_RECORD (ind), id);
  sk_store_changed (self, "indicator");
  return TRUE;

fail:
  if (error != NULL && *error != NULL && (*error)->code == SK_STORE_ERROR_EXISTS)
    {
      g_clear_error (error);
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS,
                   _("There is already an indicator called “%s”."), sk_indicator_get_name (ind));
    }
  sk_store_rollback (self);
  return FALSE;
}

/* Adds (@linking) or removes a row of a link table, audited. */
static gboolean
change_link (SkStore     *self,
             const char  *sql,
             gint64       plan_id,
             gint64       a,
             gint64       b,
             const char  *table,
             gboolean     locked,
             gboolean     linking,
             GError     **error)
{
  SkDbStmt *stmt;

  if (locked && !sk_store_check_editable (self, plan_id, error))
    return FALSE;
  if (!sk_store_begin (self, error))
    return FALSE;
  stmt = sk_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sk_db_bind_int64 (stmt, 1, a);
  sk_db_bind_int64 (stmt, 2, b);
  /* A plan that takes an indicator in gets its own definition of it. */
  if (!sk_store_step_done (self, stmt, error)
      || (linking && !sk_store_definition_ensure (self, plan_id, b, error))
      || !sk_store_audit (self, table, a, b, "linked", linking ? NULL : "1", linking ? "1" : NULL, error)
      || !sk_store_commit (self, error))
    goto fail;
  sk_store_changed (self, table);
  return TRUE;

fail:
  sk_store_rollback (self);
  return FALSE;
}

gboolean
sk_store_add_to_register (SkStore  *self,
                          gint64    plan_id,
                          gint64    indicator_id,
                          GError  **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  return change_link (self,
                      "INSERT OR IGNORE INTO plan_indicator (plan_id, indicator_id, position)"
                      " VALUES (?1, ?2, (SELECT ifnull(max(position), -1) + 1 FROM plan_indicator WHERE plan_id = ?1))",
                      plan_id, plan_id, indicator_id, "plan_indicator", TRUE, TRUE, error);
}

gboolean
sk_store_remove_from_register (SkStore  *self,
                               gint64    plan_id,
                               gint64    indicator_id,
                               GError  **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  return change_link (self, "DELETE FROM plan_indicator WHERE plan_id = ? AND indicator_id = ?",
                      plan_id, plan_id, indicator_id, "plan_indicator", TRUE, FALSE, error);
}

GListModel *
sk_store_list_goal_indicators (SkStore *self,
                               gint64   board_goal_id)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return list_indicators_query (self,
                                "SELECT " YEAR_COLUMNS ", gi.position, " YEAR_OF_DEF " FROM indicator i"
                                " JOIN goal_indicator gi ON gi.indicator_id = i.id"
                                " JOIN board_goal b ON b.id = gi.board_goal_id"
                                " JOIN focus_area f ON f.id = b.focus_area_id"
                                " JOIN plan p ON p.id = f.plan_id" JOIN_DEF
                                " WHERE gi.board_goal_id = ? ORDER BY gi.position, 2", board_goal_id);
}

GListModel *
sk_store_list_indicator_goals (SkStore *self,
                               gint64   indicator_id,
                               gint64   plan_id)
{
  GListStore *list = g_list_store_new (SK_TYPE_BOARD_GOAL);
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), G_LIST_MODEL (list));

  stmt = sk_store_prepare (self,
                           "SELECT b.id, b.focus_area_id, ifnull(b.regional_goal_id, 0), b.position, b.text"
                           " FROM board_goal b JOIN goal_indicator gi ON gi.board_goal_id = b.id"
                           " JOIN focus_area f ON f.id = b.focus_area_id"
                           " WHERE gi.indicator_id = ? AND f.plan_id = ? ORDER BY f.position, b.position", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  sk_db_bind_int64 (stmt, 1, indicator_id);
  sk_db_bind_int64 (stmt, 2, plan_id);
  while (sk_store_step_row (self, stmt, NULL))
    {
      g_autoptr(SkBoardGoal) bg = sk_board_goal_new ();
      sk_record_set_id (SK_RECORD (bg), sk_db_column_int64 (stmt, 0));
      sk_board_goal_set_focus_area_id (bg, sk_db_column_int64 (stmt, 1));
      sk_board_goal_set_regional_goal_id (bg, sk_db_column_int64 (stmt, 2));
      sk_board_goal_set_position (bg, sk_db_column_int (stmt, 3));
      sk_board_goal_set_text (bg, sk_column_text (stmt, 4));
      g_list_store_append (list, bg);
    }
  return G_LIST_MODEL (list);
}

static gint64
plan_of_goal (SkStore *self,
              gint64   board_goal_id)
{
  return sk_store_query_int (self,
                             "SELECT f.plan_id FROM board_goal b JOIN focus_area f ON f.id = b.focus_area_id"
                             " WHERE b.id = ?", board_goal_id, 0);
}

gboolean
sk_store_link_indicator (SkStore  *self,
                         gint64    board_goal_id,
                         gint64    indicator_id,
                         GError  **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  return change_link (self,
                      "INSERT OR IGNORE INTO goal_indicator (board_goal_id, indicator_id, position)"
                      " VALUES (?1, ?2, (SELECT ifnull(max(position), -1) + 1 FROM goal_indicator WHERE board_goal_id = ?1))",
                      plan_of_goal (self, board_goal_id), board_goal_id, indicator_id, "goal_indicator", TRUE, TRUE, error);
}

gboolean
sk_store_unlink_indicator (SkStore  *self,
                           gint64    board_goal_id,
                           gint64    indicator_id,
                           GError  **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  return change_link (self, "DELETE FROM goal_indicator WHERE board_goal_id = ? AND indicator_id = ?",
                      plan_of_goal (self, board_goal_id), board_goal_id, indicator_id, "goal_indicator", TRUE, FALSE, error);
}

GListModel *
sk_store_list_work_env_indicators (SkStore *self,
                                   gint64   plan_id)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return list_indicators_query (self,
                                "SELECT " YEAR_COLUMNS ", w.position, " YEAR_OF_DEF " FROM indicator i"
                                " JOIN work_env_indicator w ON w.indicator_id = i.id"
                                " JOIN plan p ON p.id = w.plan_id" JOIN_DEF
                                " WHERE w.plan_id = ? ORDER BY w.position, 2", plan_id);
}

gboolean
sk_store_link_work_env_indicator (SkStore  *self,
                                  gint64    plan_id,
                                  gint64    indicator_id,
                                  GError  **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  return change_link (self,
                      "INSERT OR IGNORE INTO work_env_indicator (plan_id, indicator_id, position)"
                      " VALUES (?1, ?2, (SELECT ifnull(max(position), -1) + 1 FROM work_env_indicator WHERE plan_id = ?1))",
                      plan_id, plan_id, indicator_id, "work_env_indicator", TRUE, TRUE, error);
}

gboolean
sk_store_unlink_work_env_indicator (SkStore  *self,
                                    gint64    plan_id,
                                    gint64    indicator_id,
                                    GError  **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  return change_link (self, "DELETE FROM work_env_indicator WHERE plan_id = ? AND indicator_id = ?",
                      plan_id, plan_id, indicator_id, "work_env_indicator", TRUE, FALSE, error);
}

/* ---- Targets ---- */

SkTarget *
sk_store_get_target (SkStore *self,
                     gint64   indicator_id,
                     int      year)
{
  SkDbStmt *stmt;
  SkTarget *target = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_prepare (self, "SELECT text FROM target WHERE indicator_id = ? AND year = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sk_db_bind_int64 (stmt, 1, indicator_id);
  sk_db_bind_int (stmt, 2, year);
  if (sk_store_step_row (self, stmt, NULL))
    {
      const char *text = sk_column_text (stmt, 0);

      /* Parsing costs more than the query; a year's status asks for the
       * same target once per unit. Nothing changes a target it got from
       * here, and the text is compared each time. */
      if (self->last_target != NULL && g_strcmp0 (sk_target_get_text (self->last_target), text) == 0)
        target = g_object_ref (self->last_target);
      else
        {
          target = sk_target_new (text);
          g_set_object (&self->last_target, target);
        }
      sk_db_reset (stmt);
    }
  return target;
}

gboolean
sk_store_set_target (SkStore     *self,
                     gint64       indicator_id,
                     int          year,
                     const char  *text,
                     GError     **error)
{
  g_autoptr(SkTarget) old = NULL;
  SkDbStmt *stmt;
  gint64 plan_id;
  gboolean clear = sk_is_blank (text);

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (!sk_year_check (year, _("The target’s year"), error)
      || !sk_text_check (text, -1, _("The target"), SK_TEXT_LINE, error))
    return FALSE;
  if (sk_store_query_int (self, "SELECT count(*) FROM indicator WHERE id = ?", indicator_id, 0) == 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("The indicator no longer exists."));
      return FALSE;
    }
  plan_id = sk_store_query_int (self, "SELECT id FROM plan WHERE year = ?", year, 0);
  /* A target belongs to a year's plan: without one it would be shown
   * nowhere and lost in an export. (A file open for viewing says so first.) */
  if (plan_id == 0 && !self->read_only)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                   _("There is no plan for %d, and a target belongs to a year’s plan. Create the plan first: "
                     "copy last year’s plan in Plans (or run “styrkort-cli copy-plan --from %d --to %d”), "
                     "or make a new one."), year, year - 1, year);
      return FALSE;
    }
  if (!sk_store_check_editable (self, plan_id, error))
    return FALSE;

  old = sk_store_get_target (self, indicator_id, year);
  if (g_strcmp0 (old ? sk_target_get_text (old) : NULL, clear ? NULL : text) == 0)
    return TRUE;

  if (!sk_store_begin (self, error))
    return FALSE;
  if (clear)
    stmt = sk_store_prepare (self, "DELETE FROM target WHERE indicator_id = ?1 AND year = ?2", error);
  else
    stmt = sk_store_prepare (self,
                             "INSERT INTO target (indicator_id, year, text) VALUES (?1, ?2, ?3)"
                             " ON CONFLICT (indicator_id, year) DO UPDATE SET text = excluded.text", error);
  if (stmt == NULL)
    goto fail;
  sk_db_bind_int64 (stmt, 1, indicator_id);
  sk_db_bind_int (stmt, 2, year);
  if (!clear)
    sk_bind_text (stmt, 3, text); /* exactly as written: never lose what people typed */
  if (!sk_store_step_done (self, stmt, error)
      || !sk_store_audit (self, "target", year, indicator_id, "target",
                          old ? sk_target_get_text (old) : NULL, clear ? NULL : text, error)
      || !sk_store_commit (self, error))
    goto fail;
  sk_store_changed (self, "target");
  return TRUE;

fail:
  sk_store_rollback (self);
  return FALSE;
}

/* ---- Units ---- */

static SkUnit *
unit_from_row (SkDbStmt *stmt)
{
  SkUnit *unit = sk_unit_new ();

  sk_record_set_id (SK_RECORD (unit), sk_db_column_int64 (stmt, 0));
  sk_unit_set_parent_id (unit, sk_db_column_int64 (stmt, 1));
  sk_unit_set_name (unit, sk_column_text (stmt, 2));
  sk_unit_set_short_name (unit, sk_column_text (stmt, 3));
  sk_unit_set_position (unit, sk_db_column_int (stmt, 4));
  return unit;
}

GListModel *
sk_store_list_units (SkStore *self)
{
  GListStore *list = g_list_store_new (SK_TYPE_UNIT);
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), G_LIST_MODEL (list));

  /* Depth-first, so a parent comes right before its children. */
  stmt = sk_store_prepare (self,
                           "WITH RECURSIVE tree (id, parent_id, name, short_name, position, path) AS ("
                           " SELECT id, ifnull(parent_id, 0), name, short_name, position,"
                           "  printf('%06d', position) FROM unit WHERE parent_id IS NULL"
                           " UNION ALL"
                           " SELECT u.id, u.parent_id, u.name, u.short_name, u.position,"
                           "  t.path || '/' || printf('%06d', u.position) FROM unit u JOIN tree t ON u.parent_id = t.id)"
                           " SELECT id, parent_id, name, short_name, position FROM tree ORDER BY path, name", NULL);
  while (stmt != NULL && sk_store_step_row (self, stmt, NULL))
    {
      g_autoptr(SkUnit) unit = unit_from_row (stmt);
      g_list_store_append (list, unit);
    }
  return G_LIST_MODEL (list);
}

SkUnit *
sk_store_get_unit (SkStore *self,
                   gint64   id)
{
  SkDbStmt *stmt;
  SkUnit *unit = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_prepare (self,
                           "SELECT id, ifnull(parent_id, 0), name, short_name, position FROM unit WHERE id = ?",
                           NULL);
  if (stmt == NULL)
    return NULL;
  sk_db_bind_int64 (stmt, 1, id);
  if (sk_store_step_row (self, stmt, NULL))
    {
      unit = unit_from_row (stmt);
      sk_db_reset (stmt);
    }
  return unit;
}

SkUnit *
sk_store_find_unit (SkStore     *self,
                    const char  *name,
                    GError     **error)
{
  g_autoptr(GListModel) units = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!sk_text_check (name, -1, _("The unit’s name"), SK_TEXT_REQUIRED, error))
    return NULL;
  wanted = fold (name);
  units = sk_store_list_units (self);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);
      g_autofree char *full = fold (sk_unit_get_name (unit));
      g_autofree char *brief = fold (sk_unit_get_short_name (unit) ? sk_unit_get_short_name (unit) : "");

      if (g_str_equal (full, wanted) || g_str_equal (brief, wanted))
        return g_steal_pointer (&unit);
    }
  shown = sk_text_excerpt (name);
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("No unit is called “%s”."), shown);
  return NULL;
}

SkUnit *
sk_store_add_unit (SkStore     *self,
                   gint64       parent_id,
                   const char  *name,
                   const char  *short_name,
                   GError     **error)
{
  gint64 id;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  if (sk_is_blank (name))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("A unit needs a name."));
      return NULL;
    }
  if (!sk_text_check (name, -1, _("The unit’s name"), SK_TEXT_LINE, error)
      || !sk_text_check (short_name, -1, _("The unit’s short name"), SK_TEXT_LINE, error))
    return NULL;
  id = sk_store_insert (self, "unit", name, error,
                        "INSERT INTO unit (parent_id, name, short_name, position) VALUES (?1, ?2, ?3,"
                        " (SELECT ifnull(max(position), -1) + 1 FROM unit WHERE ifnull(parent_id, 0) = ifnull(CAST(?1 AS BIGINT), 0)))",
                        "itt", parent_id, name, short_name ? short_name : "");
  if (id == 0)
    {
      if (error != NULL && *error != NULL && (*error)->code == SK_STORE_ERROR_EXISTS)
        {
          g_clear_error (error);
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS, _("There is already a unit called “%s”."), name);
        }
      return NULL;
    }
  sk_store_changed (self, "unit");
  return sk_store_get_unit (self, id);
}
