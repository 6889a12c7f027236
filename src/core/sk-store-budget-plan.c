/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sk-store-budget.h"
#include "sk-store-private.h"
#include "sk-store-budget-private.h"

/* What the plan states beside its budget figures: the assumptions it was
 * calculated on and the development proposals with their costs. Locked
 * with the plan, like the budget itself. */

/* ---- Assumptions ---- */

static gpointer
assumption_from_row (SkDbStmt *stmt)
{
  SkBudgetAssumption *a = sk_budget_assumption_new ();

  sk_record_set_id (SK_RECORD (a), sk_db_column_int64 (stmt, 0));
  sk_budget_assumption_set_year (a, sk_db_column_int (stmt, 1));
  sk_budget_assumption_set_position (a, sk_db_column_int (stmt, 2));
  sk_budget_assumption_set_kind (a, sk_db_column_int (stmt, 3));
  sk_budget_assumption_set_value (a, sk_db_column_type (stmt, 4) == SQLITE_NULL ? NAN : sk_db_column_double (stmt, 4));
  sk_budget_assumption_set_measure_unit (a, sk_column_text (stmt, 5));
  sk_budget_assumption_set_text (a, sk_column_text (stmt, 6));
  return a;
}

#define ASSUMPTION_COLUMNS "id, year, position, kind, value, measure_unit, text"

GListModel *
sk_store_list_budget_assumptions (SkStore *self,
                                  int      year)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return sk_store_list_query (self, SK_TYPE_BUDGET_ASSUMPTION,
                              "SELECT " ASSUMPTION_COLUMNS " FROM budget_assumption WHERE year = ?"
                              " ORDER BY position, id", assumption_from_row, "n", year);
}

static char *
assumption_text (SkBudgetAssumption *a)
{
  g_autofree char *value = sk_store_budget_number_text (sk_budget_assumption_get_value (a));

  return g_strdup_printf ("%s: %s %s %s", sk_budget_assumption_to_string (sk_budget_assumption_get_kind (a)),
                          value ? value : "", sk_budget_assumption_get_measure_unit (a),
                          sk_budget_assumption_get_text (a));
}

static void
bind_nullable_double (SkDbStmt *stmt,
                      int           index,
                      double        value)
{
  if (isnan (value))
    sk_db_bind_null (stmt, index);
  else
    sk_db_bind_double (stmt, index, value);
}

static gboolean
write_assumption (SkStore             *self,
                  SkBudgetAssumption  *a,
                  GError             **error)
{
  gint64 id = sk_record_get_id (SK_RECORD (a));
  g_autoptr(SkBudgetAssumption) old = id > 0 ? sk_store_fetch_one (self, "SELECT " ASSUMPTION_COLUMNS
                                                                   " FROM budget_assumption WHERE id = ?",
                                                                   assumption_from_row, id) : NULL;
  g_autofree char *old_text = old ? assumption_text (old) : NULL;
  g_autofree char *new_text = assumption_text (a);
  SkDbStmt *stmt;

  if (id > 0 && old == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("The assumption no longer exists."));
      return FALSE;
    }
  if (old != NULL && sk_budget_assumption_get_year (old) != sk_budget_assumption_get_year (a)
      && !sk_store_budget_check_editable (self, sk_budget_assumption_get_year (old), error))
    return FALSE;
  if (old == NULL)
    {
      int position = (int) sk_store_query_int (self, "SELECT ifnull(max(position) + 1, 0) FROM budget_assumption"
                                               " WHERE year = ?", sk_budget_assumption_get_year (a), 0);

      sk_budget_assumption_set_position (a, position);
      stmt = sk_store_prepare (self, "INSERT INTO budget_assumption (year, position, kind, value, measure_unit, text)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
    }
  else
    stmt = sk_store_prepare (self, "UPDATE budget_assumption SET year = ?1, position = ?2, kind = ?3, value = ?4,"
                             " measure_unit = ?5, text = ?6 WHERE id = ?7", error);
  if (stmt == NULL)
    return FALSE;
  sk_db_bind_int (stmt, 1, sk_budget_assumption_get_year (a));
  sk_db_bind_int (stmt, 2, sk_budget_assumption_get_position (a));
  sk_db_bind_int (stmt, 3, sk_budget_assumption_get_kind (a));
  bind_nullable_double (stmt, 4, sk_budget_assumption_get_value (a));
  sk_bind_text (stmt, 5, sk_budget_assumption_get_measure_unit (a));
  sk_bind_text (stmt, 6, sk_budget_assumption_get_text (a));
  if (old != NULL)
    sk_db_bind_int64 (stmt, 7, id);
  if (!sk_store_step_done (self, stmt, error))
    return FALSE;
  if (old == NULL)
    {
      id = sk_db_last_insert_rowid (self->db);
      sk_record_set_id (SK_RECORD (a), id);
    }
  return sk_store_audit (self, "budget_assumption", id, 0, old ? "assumption" : "created", old_text, new_text, error);
}

gboolean
sk_store_save_budget_assumption (SkStore             *self,
                                 SkBudgetAssumption  *a,
                                 GError             **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_BUDGET_ASSUMPTION (a), FALSE);

  if ((guint) sk_budget_assumption_get_kind (a) > SK_BUDGET_ASSUMPTION_OTHER)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("Unknown kind of assumption."));
      return FALSE;
    }
  if (isnan (sk_budget_assumption_get_value (a)) && sk_is_blank (sk_budget_assumption_get_text (a)))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("An assumption needs a value or a text."));
      return FALSE;
    }
  if (isinf (sk_budget_assumption_get_value (a)))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("The amount is not a number."));
      return FALSE;
    }
  if (!sk_store_budget_check_year (sk_budget_assumption_get_year (a), error)
      || !sk_store_budget_check_editable (self, sk_budget_assumption_get_year (a), error))
    return FALSE;
  if (!SK_STORE_TRY (self, error, write_assumption (self, a, error)))
    return FALSE;
  sk_store_changed (self, "budget");
  return TRUE;
}

static gboolean
delete_row (SkStore    *self,
            const char *table,
            gint64      id,
            const char *audit_text,
            GError    **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", table);
  SkDbStmt *stmt = sk_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sk_db_bind_int64 (stmt, 1, id);
  return sk_store_step_done (self, stmt, error)
         && sk_store_audit (self, table, id, 0, "deleted", audit_text, NULL, error);
}

gboolean
sk_store_remove_budget_assumption (SkStore             *self,
                                   SkBudgetAssumption  *a,
                                   GError             **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_BUDGET_ASSUMPTION (a), FALSE);

  if (!sk_store_budget_check_editable (self, sk_budget_assumption_get_year (a), error))
    return FALSE;
  text = assumption_text (a);
  if (!SK_STORE_TRY (self, error, delete_row (self, "budget_assumption", sk_record_get_id (SK_RECORD (a)), text, error)))
    return FALSE;
  sk_store_changed (self, "budget");
  return TRUE;
}

/* ---- Development proposals ---- */

#define PROPOSAL_COLUMNS "id, year, position, text, focus_area_id, price_level, granted, cost1, cost2, cost3, cost4, cost5"

static gpointer
proposal_from_row (SkDbStmt *stmt)
{
  SkBudgetProposal *p = sk_budget_proposal_new ();

  sk_record_set_id (SK_RECORD (p), sk_db_column_int64 (stmt, 0));
  sk_budget_proposal_set_year (p, sk_db_column_int (stmt, 1));
  sk_budget_proposal_set_position (p, sk_db_column_int (stmt, 2));
  sk_budget_proposal_set_text (p, sk_column_text (stmt, 3));
  sk_budget_proposal_set_focus_area_id (p, sk_db_column_int64 (stmt, 4));
  sk_budget_proposal_set_price_level (p, sk_column_text (stmt, 5));
  sk_budget_proposal_set_granted (p, sk_db_column_int (stmt, 6) != 0);
  for (guint i = 0; i < SK_BUDGET_PROPOSAL_YEARS; i++)
    sk_budget_proposal_set_cost (p, i, sk_db_column_type (stmt, 7 + i) == SQLITE_NULL
                                       ? NAN : sk_db_column_double (stmt, 7 + i));
  return p;
}

GListModel *
sk_store_list_budget_proposals (SkStore *self,
                                int      year)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return sk_store_list_query (self, SK_TYPE_BUDGET_PROPOSAL,
                              "SELECT " PROPOSAL_COLUMNS " FROM budget_proposal WHERE year = ?"
                              " ORDER BY position, id", proposal_from_row, "n", year);
}

static char *
proposal_text (SkBudgetProposal *p)
{
  GString *s = g_string_new (sk_budget_proposal_get_text (p));

  g_string_append_printf (s, " | %s | %s |", sk_budget_proposal_get_price_level (p),
                          sk_budget_proposal_get_granted (p) ? "granted" : "not granted");
  for (guint i = 0; i < SK_BUDGET_PROPOSAL_YEARS; i++)
    {
      g_autofree char *cost = sk_store_budget_number_text (sk_budget_proposal_get_cost (p, i));

      g_string_append_printf (s, " %s", cost ? cost : "-");
    }
  return g_string_free (s, FALSE);
}

static gboolean
write_proposal (SkStore           *self,
                SkBudgetProposal  *p,
                GError           **error)
{
  gint64 id = sk_record_get_id (SK_RECORD (p));
  g_autoptr(SkBudgetProposal) old = id > 0 ? sk_store_fetch_one (self, "SELECT " PROPOSAL_COLUMNS
                                                                 " FROM budget_proposal WHERE id = ?",
                                                                 proposal_from_row, id) : NULL;
  g_autofree char *old_text = old ? proposal_text (old) : NULL;
  g_autofree char *new_text = proposal_text (p);
  SkDbStmt *stmt;

  if (id > 0 && old == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("The proposal no longer exists."));
      return FALSE;
    }
  if (old != NULL && sk_budget_proposal_get_year (old) != sk_budget_proposal_get_year (p)
      && !sk_store_budget_check_editable (self, sk_budget_proposal_get_year (old), error))
    return FALSE;
  if (old == NULL)
    {
      sk_budget_proposal_set_position (p, (int) sk_store_query_int (self, "SELECT ifnull(max(position) + 1, 0)"
                                                                    " FROM budget_proposal WHERE year = ?",
                                                                    sk_budget_proposal_get_year (p), 0));
      stmt = sk_store_prepare (self, "INSERT INTO budget_proposal (year, position, text, focus_area_id, price_level,"
                               " granted, cost1, cost2, cost3, cost4, cost5)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
    }
  else
    stmt = sk_store_prepare (self, "UPDATE budget_proposal SET year = ?1, position = ?2, text = ?3, focus_area_id = ?4,"
                             " price_level = ?5, granted = ?6, cost1 = ?7, cost2 = ?8, cost3 = ?9, cost4 = ?10,"
                             " cost5 = ?11 WHERE id = ?12", error);
  if (stmt == NULL)
    return FALSE;
  sk_db_bind_int (stmt, 1, sk_budget_proposal_get_year (p));
  sk_db_bind_int (stmt, 2, sk_budget_proposal_get_position (p));
  sk_bind_text (stmt, 3, sk_budget_proposal_get_text (p));
  sk_bind_id (stmt, 4, sk_budget_proposal_get_focus_area_id (p));
  sk_bind_text (stmt, 5, sk_budget_proposal_get_price_level (p));
  sk_db_bind_int (stmt, 6, sk_budget_proposal_get_granted (p) ? 1 : 0);
  for (guint i = 0; i < SK_BUDGET_PROPOSAL_YEARS; i++)
    bind_nullable_double (stmt, 7 + i, sk_budget_proposal_get_cost (p, i));
  if (old != NULL)
    sk_db_bind_int64 (stmt, 12, id);
  if (!sk_store_step_done (self, stmt, error))
    return FALSE;
  if (old == NULL)
    {
      id = sk_db_last_insert_rowid (self->db);
      sk_record_set_id (SK_RECORD (p), id);
    }
  return sk_store_audit (self, "budget_proposal", id, 0, old ? "proposal" : "created", old_text, new_text, error);
}

gboolean
sk_store_save_budget_proposal (SkStore           *self,
                               SkBudgetProposal  *p,
                               GError           **error)
{
  gint64 focus_area_id;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_BUDGET_PROPOSAL (p), FALSE);

  if (!sk_store_check_text (sk_budget_proposal_get_text (p), error)
      || !sk_store_budget_check_year (sk_budget_proposal_get_year (p), error))
    return FALSE;
  for (guint i = 0; i < SK_BUDGET_PROPOSAL_YEARS; i++)
    if (isinf (sk_budget_proposal_get_cost (p, i)))
      {
        g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("The amount is not a number."));
        return FALSE;
      }
  focus_area_id = sk_budget_proposal_get_focus_area_id (p);
  if (focus_area_id > 0
      && sk_store_query_int (self, "SELECT p.year FROM focus_area f JOIN plan p ON p.id = f.plan_id WHERE f.id = ?",
                             focus_area_id, 0) != sk_budget_proposal_get_year (p))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("The focus area is not in the plan for %d."), sk_budget_proposal_get_year (p));
      return FALSE;
    }
  if (!sk_store_budget_check_editable (self, sk_budget_proposal_get_year (p), error))
    return FALSE;
  if (!SK_STORE_TRY (self, error, write_proposal (self, p, error)))
    return FALSE;
  sk_store_changed (self, "budget");
  return TRUE;
}

gboolean
sk_store_remove_budget_proposal (SkStore           *self,
                                 SkBudgetProposal  *p,
                                 GError           **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_BUDGET_PROPOSAL (p), FALSE);

  if (!sk_store_budget_check_editable (self, sk_budget_proposal_get_year (p), error))
    return FALSE;
  text = proposal_text (p);
  if (!SK_STORE_TRY (self, error, delete_row (self, "budget_proposal", sk_record_get_id (SK_RECORD (p)), text, error)))
    return FALSE;
  sk_store_changed (self, "budget");
  return TRUE;
}
