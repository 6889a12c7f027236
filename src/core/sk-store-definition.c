/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-store-private.h"
#include "sk-store-schema.h"

/* An indicator's definition per plan year (schema v3): the name as printed
 * that year, direction, unit, responsible unit, tolerance, … Changing next
 * year's draft never changes what an adopted plan meant. The indicator row
 * keeps the identity and a base definition that follows the newest plan's,
 * so years without a plan show the latest name. */

/* The base follows the definition of the newest plan that has one;
 * @indicator_id 0: every indicator. A name another indicator's base
 * already has is left as it was (names of the base stay unique). */
gboolean
sk_store_definition_sync_base (SkStore  *self,
                               gint64    indicator_id,
                               GError  **error)
{
#define NEWEST \
  " FROM indicator_definition d JOIN plan p ON p.id = d.plan_id" \
  " WHERE d.indicator_id = indicator.id AND p.year = (SELECT max(p2.year) FROM indicator_definition d2" \
  "  JOIN plan p2 ON p2.id = d2.plan_id WHERE d2.indicator_id = indicator.id)"
  static const char *steps[] = {
    "UPDATE indicator SET (perspective, measure_unit, direction, responsible_unit_id, frequency,"
    " aggregation, r12, tolerance, description) = (SELECT d.perspective, d.measure_unit, d.direction,"
    " d.responsible_unit_id, d.frequency, d.aggregation, d.r12, d.tolerance, d.description" NEWEST ")"
    " WHERE (CAST(?1 AS BIGINT) = 0 OR id = ?1) AND EXISTS (SELECT 1 FROM indicator_definition d WHERE d.indicator_id = indicator.id)",
    /* Not "UPDATE OR IGNORE" (SQLite only): a name taken is skipped by the WHERE. */
    "UPDATE indicator SET name = (SELECT d.name" NEWEST ")"
    " WHERE (CAST(?1 AS BIGINT) = 0 OR id = ?1) AND EXISTS (SELECT 1 FROM indicator_definition d WHERE d.indicator_id = indicator.id)"
    " AND NOT EXISTS (SELECT 1 FROM indicator o WHERE o.id <> indicator.id AND o.name = (SELECT d.name" NEWEST "))",
  };
#undef NEWEST

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      SkDbStmt *stmt = sk_store_prepare (self, steps[i], error);

      if (stmt == NULL)
        return FALSE;
      sk_db_bind_int64 (stmt, 1, indicator_id);
      if (!sk_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Gives plan @plan_id a definition of the indicator when it has none: the
 * nearest earlier plan's, else the base. Inside the caller's transaction. */
gboolean
sk_store_definition_ensure (SkStore  *self,
                            gint64    plan_id,
                            gint64    indicator_id,
                            GError  **error)
{
  SkDbStmt *stmt;

  if (plan_id <= 0 || indicator_id <= 0)
    return TRUE;
  stmt = sk_store_prepare (self,
                           "INSERT OR IGNORE INTO indicator_definition (indicator_id, plan_id, " SK_STORE_DEFINITION_COLUMNS ")"
                           " SELECT ?2, ?1, " SK_STORE_DEFINITION_COLUMNS " FROM ("
                           "  SELECT d.*, 1 AS earlier, p.year AS y FROM indicator_definition d"
                           "  JOIN plan p ON p.id = d.plan_id WHERE d.indicator_id = ?2"
                           "  AND p.year < (SELECT year FROM plan WHERE id = ?1)"
                           "  UNION ALL SELECT id, 0, " SK_STORE_DEFINITION_COLUMNS ", 0, 0 FROM indicator WHERE id = ?2)"
                           " ORDER BY earlier DESC, y DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sk_db_bind_int64 (stmt, 1, plan_id);
  sk_db_bind_int64 (stmt, 2, indicator_id);
  if (!sk_store_step_done (self, stmt, error))
    return FALSE;
  if (sk_db_changes (self->db) == 0)
    return TRUE;
  return sk_store_definition_sync_base (self, indicator_id, error);
}

/* Plan @to gets plan @from's definitions (sk_store_copy_plan); an
 * indicator the copy holds that had none gets the base, as the migration
 * gives it. */
gboolean
sk_store_definition_copy (SkStore  *self,
                          gint64    from,
                          gint64    to,
                          GError  **error)
{
  static const char *steps[] = {
    "INSERT OR IGNORE INTO indicator_definition (indicator_id, plan_id, " SK_STORE_DEFINITION_COLUMNS ")"
    " SELECT indicator_id, ?2, " SK_STORE_DEFINITION_COLUMNS " FROM indicator_definition WHERE plan_id = ?1",
    "INSERT OR IGNORE INTO indicator_definition (indicator_id, plan_id, " SK_STORE_DEFINITION_COLUMNS ")"
    " SELECT i.id, ?2, i.name, i.perspective, i.measure_unit, i.direction, i.responsible_unit_id,"
    "  i.frequency, i.aggregation, i.r12, i.tolerance, i.description FROM indicator i"
    " WHERE EXISTS (SELECT 1 FROM plan_indicator x WHERE x.plan_id = ?2 AND x.indicator_id = i.id)"
    "  OR EXISTS (SELECT 1 FROM work_env_indicator x WHERE x.plan_id = ?2 AND x.indicator_id = i.id)"
    "  OR EXISTS (SELECT 1 FROM goal_indicator x JOIN board_goal b ON b.id = x.board_goal_id"
    "   JOIN focus_area f ON f.id = b.focus_area_id WHERE f.plan_id = ?2 AND x.indicator_id = i.id)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      SkDbStmt *stmt = sk_store_prepare (self, steps[i], error);

      if (stmt == NULL)
        return FALSE;
      /* ?1 unused in the second step: its slot still exists (?2 numbers it). */
      sk_db_bind_int64 (stmt, 1, from);
      sk_db_bind_int64 (stmt, 2, to);
      if (!sk_store_step_done (self, stmt, error))
        return FALSE;
    }
  return sk_store_definition_sync_base (self, 0, error);
}

/* ---- Audit of a definition's fields ---- */

static char *
unit_text (SkStore *self,
           gint64   unit_id)
{
  g_autoptr(SkUnit) unit = unit_id > 0 ? sk_store_get_unit (self, unit_id) : NULL;

  return unit != NULL ? g_strdup (sk_unit_get_name (unit)) : NULL;
}

static char *
tolerance_text (double tolerance)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", tolerance));
}

/* Records every field that differs between @old and @ind. */
gboolean
sk_store_definition_audit (SkStore      *self,
                           const char   *entity,
                           gint64        entity_id,
                           SkIndicator  *old,
                           SkIndicator  *ind,
                           GError      **error)
{
  gint64 id = sk_record_get_id (SK_RECORD (ind));
  g_autofree char *old_unit = unit_text (self, sk_indicator_get_responsible_unit_id (old));
  g_autofree char *new_unit = unit_text (self, sk_indicator_get_responsible_unit_id (ind));
  g_autofree char *old_tol = tolerance_text (sk_indicator_get_tolerance (old));
  g_autofree char *new_tol = tolerance_text (sk_indicator_get_tolerance (ind));
  const char *fields[][3] = {
    { "name", sk_indicator_get_name (old), sk_indicator_get_name (ind) },
    { "perspective", sk_perspective_to_string (sk_indicator_get_perspective (old)),
      sk_perspective_to_string (sk_indicator_get_perspective (ind)) },
    { "measure_unit", sk_indicator_get_measure_unit (old), sk_indicator_get_measure_unit (ind) },
    { "direction", sk_direction_to_string (sk_indicator_get_direction (old)),
      sk_direction_to_string (sk_indicator_get_direction (ind)) },
    { "responsible_unit", old_unit, new_unit },
    { "frequency", sk_frequency_to_string (sk_indicator_get_frequency (old)),
      sk_frequency_to_string (sk_indicator_get_frequency (ind)) },
    { "aggregation", sk_aggregation_to_string (sk_indicator_get_aggregation (old)),
      sk_aggregation_to_string (sk_indicator_get_aggregation (ind)) },
    { "r12", sk_indicator_get_r12 (old) ? "1" : "0", sk_indicator_get_r12 (ind) ? "1" : "0" },
    { "tolerance", old_tol, new_tol },
    { "description", sk_indicator_get_description (old), sk_indicator_get_description (ind) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      /* Texts: none and empty are the same; a responsible unit: none is NULL. */
      gboolean unit = g_str_equal (fields[i][0], "responsible_unit");
      const char *before = fields[i][1] != NULL || unit ? fields[i][1] : "";
      const char *after = fields[i][2] != NULL || unit ? fields[i][2] : "";

      if (g_strcmp0 (before, after) != 0
          && !sk_store_audit (self, entity, entity_id, id, fields[i][0], before, after, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- Saving a year's definition ---- */

/* Binds the ten fields of a definition to ?1 … ?10. */
static void
bind_fields (SkDbStmt *stmt,
             SkIndicator  *ind)
{
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
}

static gboolean
write_definition (SkStore      *self,
                  gint64        plan_id,
                  SkIndicator  *ind,
                  GError      **error)
{
  SkDbStmt *stmt = sk_store_prepare (self,
                                         "UPDATE indicator_definition SET name = ?1, perspective = ?2, measure_unit = ?3,"
                                         " direction = ?4, responsible_unit_id = ?5, frequency = ?6, aggregation = ?7,"
                                         " r12 = ?8, tolerance = ?9, description = ?10"
                                         " WHERE indicator_id = ?11 AND plan_id = ?12", error);

  if (stmt == NULL)
    return FALSE;
  bind_fields (stmt, ind);
  sk_db_bind_int64 (stmt, 11, sk_record_get_id (SK_RECORD (ind)));
  sk_db_bind_int64 (stmt, 12, plan_id);
  return sk_store_step_done (self, stmt, error);
}

static gint64
insert_base (SkStore      *self,
             SkIndicator  *ind,
             GError      **error)
{
  SkDbStmt *stmt = sk_store_prepare (self,
                                         "INSERT INTO indicator (" SK_STORE_DEFINITION_COLUMNS ")"
                                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  gint64 id;

  if (stmt == NULL)
    return 0;
  bind_fields (stmt, ind);
  if (!sk_store_step_done (self, stmt, error))
    return 0;
  id = sk_db_last_insert_rowid (self->db);
  if (!sk_store_audit (self, "indicator", id, id, "created", NULL, sk_indicator_get_name (ind), error))
    return 0;
  return id;
}

/* sk_store_save_indicator() for an indicator whose year is not 0: writes
 * that plan's definition (made first when the plan has none). A new
 * indicator gets its base row from the same fields. Refused for an adopted
 * plan. Inside the caller's transaction; the caller validated @ind. */
gboolean
sk_store_definition_save (SkStore      *self,
                          SkIndicator  *ind,
                          gboolean     *created,
                          GError      **error)
{
  int year = sk_indicator_get_year (ind);
  gint64 plan_id = sk_store_query_int (self, "SELECT id FROM plan WHERE year = ?", year, 0);
  gint64 id = sk_record_get_id (SK_RECORD (ind));
  g_autoptr(SkIndicator) old = NULL;

  *created = FALSE;
  if (plan_id == 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                   _("There is no plan for %d: create it first."), year);
      return FALSE;
    }
  if (!sk_store_check_editable (self, plan_id, error))
    return FALSE;
  if (id <= 0)
    {
      id = insert_base (self, ind, error);
      if (id == 0)
        return FALSE;
      sk_record_set_id (SK_RECORD (ind), id);
      *created = TRUE;
    }
  if (!sk_store_definition_ensure (self, plan_id, id, error))
    return FALSE;
  old = sk_store_get_indicator_in_year (self, id, year);
  if (old == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("The indicator no longer exists."));
      return FALSE;
    }
  return write_definition (self, plan_id, ind, error)
         && sk_store_definition_audit (self, "indicator_definition", year, old, ind, error)
         && sk_store_definition_sync_base (self, id, error);
}

/* ---- Reading ---- */

/* Every name of every indicator, in any year: (id, name) pairs as
 * indicators with only those two set. */
GPtrArray *
sk_store_definition_names (SkStore *self)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_object_unref);
  SkDbStmt *stmt = sk_store_prepare (self,
                                         "SELECT id, name FROM indicator"
                                         " UNION SELECT indicator_id, name FROM indicator_definition"
                                         " ORDER BY 1, 2", NULL);

  while (stmt != NULL && sk_store_step_row (self, stmt, NULL))
    {
      SkIndicator *ind = sk_indicator_new ();

      sk_record_set_id (SK_RECORD (ind), sk_db_column_int64 (stmt, 0));
      sk_indicator_set_name (ind, sk_column_text (stmt, 1));
      g_ptr_array_add (names, ind);
    }
  return names;
}
