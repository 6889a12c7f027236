/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sk-store-budget.h"
#include "sk-store-private.h"
#include "sk-store-budget-private.h"

/* The internal budget (schema v4). The budget is the plan's content and is
 * locked with it; outcomes and forecasts are follow-up and stay open. */

gboolean
sk_store_budget_check_editable (SkStore  *self,
                                int       year,
                                GError  **error)
{
  gint64 plan_id = sk_store_query_int (self, "SELECT id FROM plan WHERE year = ?", year, 0);

  return plan_id == 0 || sk_store_check_editable (self, plan_id, error);
}

static gboolean
check_unit (SkStore  *self,
            gint64    unit_id,
            GError  **error)
{
  if (unit_id > 0 && sk_store_query_int (self, "SELECT count(*) FROM unit WHERE id = ?", unit_id, 0) > 0)
    return TRUE;
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("The unit no longer exists."));
  return FALSE;
}

gboolean
sk_store_budget_check_year (int       year,
                            GError  **error)
{
  if (year >= 1900 && year <= 9999)
    return TRUE;
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("The year %d is not a valid budget year."), year);
  return FALSE;
}

char *
sk_store_budget_number_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return NULL;
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

/* ---- Units of the budget ---- */

GArray *
sk_store_list_budget_units (SkStore *self,
                            int      year)
{
  GArray *units = g_array_new (FALSE, FALSE, sizeof (SkBudgetUnitEntry));
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GHashTable) financing = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), units);

  stmt = sk_store_prepare (self, "SELECT unit_id, financing FROM budget_unit WHERE year = ?", NULL);
  if (stmt == NULL)
    return units;
  sk_db_bind_int (stmt, 1, year);
  while (sk_store_step_row (self, stmt, NULL))
    g_hash_table_insert (financing, g_memdup2 (&(gint64) { sk_db_column_int64 (stmt, 0) }, sizeof (gint64)),
                         GINT_TO_POINTER (sk_db_column_int (stmt, 1) + 1));

  all = sk_store_list_units (self);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (all, i);
      gint64 id = sk_record_get_id (SK_RECORD (unit));
      gpointer f = g_hash_table_lookup (financing, &id);

      if (f != NULL)
        {
          SkBudgetUnitEntry entry = { id, GPOINTER_TO_INT (f) - 1 };

          g_array_append_val (units, entry);
        }
    }
  return units;
}

static int
get_financing (SkStore *self,
               int      year,
               gint64   unit_id)
{
  SkDbStmt *stmt = sk_store_prepare (self, "SELECT financing FROM budget_unit WHERE year = ? AND unit_id = ?", NULL);
  int financing = -1;

  if (stmt == NULL)
    return -1;
  sk_db_bind_int (stmt, 1, year);
  sk_db_bind_int64 (stmt, 2, unit_id);
  if (sk_store_step_row (self, stmt, NULL))
    {
      financing = sk_db_column_int (stmt, 0);
      sk_db_reset (stmt);
    }
  return financing;
}

static gboolean
write_budget_unit (SkStore           *self,
                   int                year,
                   gint64             unit_id,
                   SkBudgetFinancing  financing,
                   GError           **error)
{
  int old = get_financing (self, year, unit_id);
  SkDbStmt *stmt;
  g_autofree char *field = NULL;

  if (old == (int) financing)
    return TRUE;
  stmt = sk_store_prepare (self, "INSERT INTO budget_unit (year, unit_id, financing) VALUES (?, ?, ?)"
                           " ON CONFLICT (year, unit_id) DO UPDATE SET financing = excluded.financing", error);
  if (stmt == NULL)
    return FALSE;
  sk_db_bind_int (stmt, 1, year);
  sk_db_bind_int64 (stmt, 2, unit_id);
  sk_db_bind_int (stmt, 3, financing);
  if (!sk_store_step_done (self, stmt, error))
    return FALSE;
  field = g_strdup_printf ("%d financing", year);
  return sk_store_audit (self, "budget", unit_id, 0, field,
                         old < 0 ? NULL : sk_budget_financing_to_string (old),
                         sk_budget_financing_to_string (financing), error);
}

gboolean
sk_store_set_budget_unit (SkStore            *self,
                          int                 year,
                          gint64              unit_id,
                          SkBudgetFinancing   financing,
                          GError            **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (financing != SK_BUDGET_REVENUE_FINANCED && financing != SK_BUDGET_GRANT_FINANCED)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("Unknown kind of financing."));
      return FALSE;
    }
  if (!sk_store_budget_check_year (year, error) || !check_unit (self, unit_id, error) || !sk_store_budget_check_editable (self, year, error))
    return FALSE;
  if (!SK_STORE_TRY (self, error, write_budget_unit (self, year, unit_id, financing, error)))
    return FALSE;
  sk_store_changed (self, "budget");
  return TRUE;
}

static gboolean
delete_budget_unit (SkStore  *self,
                    int       year,
                    gint64    unit_id,
                    GError  **error)
{
  static const char *steps[] = {
    "DELETE FROM budget_value WHERE year = ?1 AND unit_id = ?2 AND kind = 0",
    "DELETE FROM budget_unit WHERE year = ?1 AND unit_id = ?2",
  };
  g_autofree char *field = g_strdup_printf ("%d financing", year);
  int old = get_financing (self, year, unit_id);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      SkDbStmt *stmt = sk_store_prepare (self, steps[i], error);

      if (stmt == NULL)
        return FALSE;
      sk_db_bind_int (stmt, 1, year);
      sk_db_bind_int64 (stmt, 2, unit_id);
      if (!sk_store_step_done (self, stmt, error))
        return FALSE;
    }
  return sk_store_audit (self, "budget", unit_id, 0, field,
                         old < 0 ? NULL : sk_budget_financing_to_string (old), NULL, error);
}

gboolean
sk_store_remove_budget_unit (SkStore  *self,
                             int       year,
                             gint64    unit_id,
                             GError  **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (!sk_store_budget_check_editable (self, year, error))
    return FALSE;
  if (!SK_STORE_TRY (self, error, delete_budget_unit (self, year, unit_id, error)))
    return FALSE;
  sk_store_changed (self, "budget");
  return TRUE;
}

/* ---- Values ---- */

double
sk_store_get_budget_value (SkStore           *self,
                           int                year,
                           gint64             unit_id,
                           SkBudgetLineKind   line,
                           SkBudgetValueKind  kind,
                           guint              month)
{
  SkDbStmt *stmt;
  double value = NAN;

  g_return_val_if_fail (SK_IS_STORE (self), NAN);

  stmt = sk_store_prepare (self, "SELECT value FROM budget_value WHERE year = ? AND unit_id = ?"
                           " AND line = ? AND kind = ? AND month = ?", NULL);
  if (stmt == NULL)
    return NAN;
  sk_db_bind_int (stmt, 1, year);
  sk_db_bind_int64 (stmt, 2, unit_id);
  sk_db_bind_int (stmt, 3, line);
  sk_db_bind_int (stmt, 4, kind);
  sk_db_bind_int (stmt, 5, (int) month);
  if (sk_store_step_row (self, stmt, NULL))
    {
      value = sk_db_column_double (stmt, 0);
      sk_db_reset (stmt);
    }
  return value;
}

static gboolean
check_value (SkStore            *self,
             int                 year,
             gint64              unit_id,
             SkBudgetLineKind    line,
             SkBudgetValueKind   kind,
             guint               month,
             double              value,
             GError            **error)
{
  if (!sk_store_budget_check_year (year, error) || !check_unit (self, unit_id, error))
    return FALSE;
  if ((guint) line >= SK_N_BUDGET_LINES || (guint) kind >= SK_N_BUDGET_VALUES)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("Unknown budget line."));
      return FALSE;
    }
  if (month > SK_BUDGET_MONTHS || (month == 0 && kind != SK_BUDGET_VALUE_BUDGET))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("An outcome or a forecast belongs to a month (1–12), not to the whole year."));
      return FALSE;
    }
  if (isinf (value))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("The amount is not a number."));
      return FALSE;
    }
  if (kind == SK_BUDGET_VALUE_BUDGET && !sk_store_budget_check_editable (self, year, error))
    return FALSE;
  return TRUE;
}

/* Inside the caller's transaction. */
static gboolean
write_value (SkStore            *self,
             int                 year,
             gint64              unit_id,
             SkBudgetLineKind    line,
             SkBudgetValueKind   kind,
             guint               month,
             double              value,
             const char         *who,
             const char         *when,
             GError            **error)
{
  double old = sk_store_get_budget_value (self, year, unit_id, line, kind, month);
  g_autofree char *old_text = sk_store_budget_number_text (old);
  g_autofree char *new_text = sk_store_budget_number_text (value);
  g_autofree char *field = NULL;
  g_autofree char *now = NULL;
  SkDbStmt *stmt;

  if ((isnan (old) && isnan (value)) || old == value)
    return TRUE;
  if (isnan (value))
    {
      stmt = sk_store_prepare (self, "DELETE FROM budget_value WHERE year = ? AND unit_id = ?"
                               " AND line = ? AND kind = ? AND month = ?", error);
      if (stmt == NULL)
        return FALSE;
    }
  else
    {
      stmt = sk_store_prepare (self, "INSERT INTO budget_value (year, unit_id, line, kind, month, value,"
                               " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (year, unit_id, line, kind, month) DO UPDATE SET"
                               " value = excluded.value, changed_by = excluded.changed_by,"
                               " changed_at = excluded.changed_at", error);
      if (stmt == NULL)
        return FALSE;
      now = when ? g_strdup (when) : sk_store_now ();
      sk_db_bind_double (stmt, 6, value);
      sk_bind_text (stmt, 7, who ? who : self->user);
      sk_bind_text (stmt, 8, now);
    }
  sk_db_bind_int (stmt, 1, year);
  sk_db_bind_int64 (stmt, 2, unit_id);
  sk_db_bind_int (stmt, 3, line);
  sk_db_bind_int (stmt, 4, kind);
  sk_db_bind_int (stmt, 5, (int) month);
  if (!sk_store_step_done (self, stmt, error))
    return FALSE;
  /* A budget puts its unit in the budget (revenue-financed until told). */
  if (kind == SK_BUDGET_VALUE_BUDGET && !isnan (value) && get_financing (self, year, unit_id) < 0
      && !write_budget_unit (self, year, unit_id, SK_BUDGET_REVENUE_FINANCED, error))
    return FALSE;
  field = month == 0 ? g_strdup_printf ("%d %s %s", year, sk_budget_line_to_string (line),
                                        sk_budget_value_to_string (kind))
                     : g_strdup_printf ("%d-%02u %s %s", year, month, sk_budget_line_to_string (line),
                                        sk_budget_value_to_string (kind));
  return sk_store_audit (self, "budget", unit_id, 0, field, old_text, new_text, error);
}

gboolean
sk_store_set_budget_value (SkStore            *self,
                           int                 year,
                           gint64              unit_id,
                           SkBudgetLineKind    line,
                           SkBudgetValueKind   kind,
                           guint               month,
                           double              value,
                           GError            **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (!check_value (self, year, unit_id, line, kind, month, value, error))
    return FALSE;
  if (!SK_STORE_TRY (self, error, write_value (self, year, unit_id, line, kind, month, value, NULL, NULL, error)))
    return FALSE;
  sk_store_changed (self, "budget");
  return TRUE;
}

SkBudgetLine *
sk_store_get_budget_line (SkStore           *self,
                          int                year,
                          gint64             unit_id,
                          SkBudgetLineKind   line,
                          SkBudgetValueKind  kind)
{
  SkBudgetLine *result = sk_budget_line_new (year, unit_id, line, kind);
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), result);

  stmt = sk_store_prepare (self, "SELECT month, value FROM budget_value WHERE year = ? AND unit_id = ?"
                           " AND line = ? AND kind = ?", NULL);
  if (stmt == NULL)
    return result;
  sk_db_bind_int (stmt, 1, year);
  sk_db_bind_int64 (stmt, 2, unit_id);
  sk_db_bind_int (stmt, 3, line);
  sk_db_bind_int (stmt, 4, kind);
  while (sk_store_step_row (self, stmt, NULL))
    sk_budget_line_set_value (result, (guint) CLAMP (sk_db_column_int (stmt, 0), 0, SK_BUDGET_MONTHS),
                              sk_db_column_double (stmt, 1));
  return result;
}

static gboolean
write_line (SkStore       *self,
            SkBudgetLine  *line,
            GError       **error)
{
  for (guint m = 0; m <= SK_BUDGET_MONTHS; m++)
    {
      double value = sk_budget_line_get_value (line, m);

      if (m == 0 && sk_budget_line_get_kind (line) != SK_BUDGET_VALUE_BUDGET)
        continue;
      if (!check_value (self, sk_budget_line_get_year (line), sk_budget_line_get_unit_id (line),
                        sk_budget_line_get_line (line), sk_budget_line_get_kind (line), m, value, error)
          || !write_value (self, sk_budget_line_get_year (line), sk_budget_line_get_unit_id (line),
                           sk_budget_line_get_line (line), sk_budget_line_get_kind (line), m, value,
                           NULL, NULL, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
sk_store_set_budget_line (SkStore       *self,
                          SkBudgetLine  *line,
                          GError       **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_BUDGET_LINE (line), FALSE);

  if (!SK_STORE_TRY (self, error, write_line (self, line, error)))
    return FALSE;
  sk_store_changed (self, "budget");
  return TRUE;
}

GListModel *
sk_store_list_budget_lines (SkStore           *self,
                            int                year,
                            SkBudgetValueKind  kind)
{
  GListStore *list = g_list_store_new (SK_TYPE_BUDGET_LINE);
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), G_LIST_MODEL (list));

  stmt = sk_store_prepare (self, "SELECT unit_id, line, month, value FROM budget_value"
                           " WHERE year = ? AND kind = ?", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  sk_db_bind_int (stmt, 1, year);
  sk_db_bind_int (stmt, 2, kind);
  while (sk_store_step_row (self, stmt, NULL))
    {
      gint64 unit_id = sk_db_column_int64 (stmt, 0);
      int line = sk_db_column_int (stmt, 1);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d", unit_id, line);
      SkBudgetLine *bl = g_hash_table_lookup (lines, key);

      if ((guint) line >= SK_N_BUDGET_LINES)
        continue;
      if (bl == NULL)
        {
          bl = sk_budget_line_new (year, unit_id, line, kind);
          g_hash_table_insert (lines, g_steal_pointer (&key), bl);
        }
      sk_budget_line_set_value (bl, (guint) CLAMP (sk_db_column_int (stmt, 2), 0, SK_BUDGET_MONTHS),
                                sk_db_column_double (stmt, 3));
    }
  units = sk_store_list_units (self);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);

      for (int line = 0; line < SK_N_BUDGET_LINES; line++)
        {
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d", sk_record_get_id (SK_RECORD (unit)), line);
          SkBudgetLine *bl = g_hash_table_lookup (lines, key);

          if (bl != NULL)
            g_list_store_append (list, bl);
        }
    }
  return G_LIST_MODEL (list);
}

GListModel *
sk_store_list_budget_rows (SkStore           *self,
                           int                year,
                           SkBudgetValueKind  kind)
{
  GListStore *rows = g_list_store_new (SK_TYPE_BUDGET_LINE);
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GArray) budget_units = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_return_val_if_fail (SK_IS_STORE (self), G_LIST_MODEL (rows));

  lines = sk_store_list_budget_lines (self, year, kind);
  budget_units = sk_store_list_budget_units (self, year);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      SkBudgetLine *bl = g_list_model_get_item (lines, i);
      gint64 unit_id = sk_budget_line_get_unit_id (bl);

      g_hash_table_insert (by_key, g_strdup_printf ("%" G_GINT64_FORMAT "/%d", unit_id, sk_budget_line_get_line (bl)), bl);
      g_hash_table_add (present, g_memdup2 (&unit_id, sizeof unit_id));
      g_object_unref (bl);  /* @lines keeps it */
    }
  for (guint i = 0; i < budget_units->len; i++)
    g_hash_table_add (present, g_memdup2 (&g_array_index (budget_units, SkBudgetUnitEntry, i).unit_id, sizeof (gint64)));

  units = sk_store_list_units (self);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);
      gint64 unit_id = sk_record_get_id (SK_RECORD (unit));

      if (!g_hash_table_contains (present, &unit_id))
        continue;
      for (int line = 0; line < SK_N_BUDGET_LINES; line++)
        {
          g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d", unit_id, line);
          SkBudgetLine *bl = g_hash_table_lookup (by_key, key);

          if (bl != NULL)
            g_list_store_append (rows, bl);
          else
            {
              g_autoptr(SkBudgetLine) empty = sk_budget_line_new (year, unit_id, line, kind);

              g_list_store_append (rows, empty);
            }
        }
    }
  return G_LIST_MODEL (rows);
}

gboolean
sk_store_has_budget (SkStore *self,
                     int      year)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  return sk_store_query_int (self, "SELECT EXISTS (SELECT 1 FROM budget_value WHERE year = ?)", year, 0) != 0;
}

GArray *
sk_store_list_forecast_months (SkStore *self,
                               int      year)
{
  GArray *months = g_array_new (FALSE, FALSE, sizeof (guint));
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), months);

  stmt = sk_store_prepare (self, "SELECT DISTINCT month FROM budget_value WHERE year = ? AND kind = 2"
                           " ORDER BY month", NULL);
  if (stmt == NULL)
    return months;
  sk_db_bind_int (stmt, 1, year);
  while (sk_store_step_row (self, stmt, NULL))
    {
      guint m = (guint) sk_db_column_int (stmt, 0);

      g_array_append_val (months, m);
    }
  return months;
}

gboolean
sk_store_import_budget_value (SkStore              *self,
                              const SkBudgetValue  *v,
                              GError              **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (!check_value (self, v->year, v->unit_id, v->line, v->kind, v->month, v->value, error))
    return FALSE;
  if (!SK_STORE_TRY (self, error, write_value (self, v->year, v->unit_id, v->line, v->kind, v->month, v->value,
                                               v->changed_by, v->changed_at, error)))
    return FALSE;
  sk_store_changed (self, "budget");
  return TRUE;
}

GArray *
sk_store_list_budget_values (SkStore *self,
                             int      from_year,
                             int      to_year)
{
  GArray *values = g_array_new (FALSE, FALSE, sizeof (SkBudgetValue));
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), values);

  stmt = sk_store_prepare (self, "SELECT year, unit_id, line, kind, month, value, changed_by, changed_at"
                           " FROM budget_value WHERE year BETWEEN ? AND ?"
                           " ORDER BY year, unit_id, line, kind, month", NULL);
  if (stmt == NULL)
    return values;
  sk_db_bind_int (stmt, 1, from_year);
  sk_db_bind_int (stmt, 2, to_year);
  while (sk_store_step_row (self, stmt, NULL))
    {
      SkBudgetValue v = {
        sk_db_column_int (stmt, 0), sk_db_column_int64 (stmt, 1), sk_db_column_int (stmt, 2),
        sk_db_column_int (stmt, 3), (guint) CLAMP (sk_db_column_int (stmt, 4), 0, SK_BUDGET_MONTHS),
        sk_db_column_double (stmt, 5), g_intern_string (sk_column_text (stmt, 6)),
        g_intern_string (sk_column_text (stmt, 7)),
      };

      if ((guint) v.line < SK_N_BUDGET_LINES && (guint) v.kind < SK_N_BUDGET_VALUES)
        g_array_append_val (values, v);
    }
  return values;
}

GArray *
sk_store_list_budget_years (SkStore *self)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), years);

  stmt = sk_store_prepare (self, "SELECT year FROM budget_value UNION SELECT year FROM budget_unit"
                           " UNION SELECT year FROM budget_assumption UNION SELECT year FROM budget_proposal"
                           " ORDER BY 1", NULL);
  if (stmt == NULL)
    return years;
  while (sk_store_step_row (self, stmt, NULL))
    {
      int year = sk_db_column_int (stmt, 0);

      g_array_append_val (years, year);
    }
  return years;
}

/* ---- Economy indicators ---- */

int
sk_store_get_budget_measure (SkStore *self,
                             gint64   indicator_id)
{
  g_return_val_if_fail (SK_IS_STORE (self), -1);
  return (int) sk_store_query_int (self, "SELECT measure FROM budget_indicator WHERE indicator_id = ?",
                                   indicator_id, -1);
}

GArray *
sk_store_budget_linked_indicators (SkStore *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  SkDbStmt *stmt = sk_store_prepare (self, "SELECT indicator_id FROM budget_indicator ORDER BY indicator_id", NULL);

  while (stmt != NULL && sk_store_step_row (self, stmt, NULL))
    {
      gint64 id = sk_db_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  return ids;
}

gboolean
sk_store_budget_gives (SkStore *self,
                       gint64   indicator_id,
                       int      year)
{
  SkDbStmt *stmt;
  gboolean gives = FALSE;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (sk_store_get_budget_measure (self, indicator_id) < 0)
    return FALSE;
  stmt = sk_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM budget_value WHERE year = ? AND kind IN (1, 2))", NULL);
  if (stmt == NULL)
    return FALSE;
  sk_db_bind_int (stmt, 1, year);
  if (sk_store_step_row (self, stmt, NULL))
    {
      gives = sk_db_column_int (stmt, 0) != 0;
      sk_db_reset (stmt);
    }
  return gives;
}

static gboolean
write_budget_indicator (SkStore  *self,
                        gint64    indicator_id,
                        int       measure,
                        int       old,
                        GError  **error)
{
  SkDbStmt *stmt;

  if (measure < 0)
    {
      stmt = sk_store_prepare (self, "DELETE FROM budget_indicator WHERE indicator_id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sk_db_bind_int64 (stmt, 1, indicator_id);
    }
  else
    {
      stmt = sk_store_prepare (self, "INSERT INTO budget_indicator (indicator_id, measure) VALUES (?, ?)"
                               " ON CONFLICT (indicator_id) DO UPDATE SET measure = excluded.measure", error);
      if (stmt == NULL)
        return FALSE;
      sk_db_bind_int64 (stmt, 1, indicator_id);
      sk_db_bind_int (stmt, 2, measure);
    }
  return sk_store_step_done (self, stmt, error)
         && sk_store_audit (self, "indicator", indicator_id, indicator_id, "budget_measure",
                            old < 0 ? NULL : sk_budget_measure_to_string (old),
                            measure < 0 ? NULL : sk_budget_measure_to_string (measure), error);
}

gboolean
sk_store_set_budget_indicator (SkStore  *self,
                               gint64    indicator_id,
                               int       measure,
                               GError  **error)
{
  int old;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (measure >= SK_N_BUDGET_MEASURES)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("Unknown figure of the budget."));
      return FALSE;
    }
  if (sk_store_query_int (self, "SELECT count(*) FROM indicator WHERE id = ?", indicator_id, 0) == 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("The indicator no longer exists."));
      return FALSE;
    }
  measure = MAX (measure, -1);
  old = sk_store_get_budget_measure (self, indicator_id);
  if (old == measure)
    return TRUE;
  if (!SK_STORE_TRY (self, error, write_budget_indicator (self, indicator_id, measure, old, error)))
    return FALSE;
  sk_store_changed (self, "budget");
  sk_store_changed (self, "outcome");
  return TRUE;
}

gboolean
sk_store_budget_copy (SkStore  *self,
                      int       from_year,
                      int       to_year,
                      GError  **error)
{
  static const char *steps[] = {
    "INSERT OR IGNORE INTO budget_unit (year, unit_id, financing)"
    " SELECT ?2, unit_id, financing FROM budget_unit WHERE year = ?1",
    "INSERT INTO budget_assumption (year, position, kind, value, measure_unit, text)"
    " SELECT ?2, position, kind, value, measure_unit, text FROM budget_assumption WHERE year = ?1"
    " AND NOT EXISTS (SELECT 1 FROM budget_assumption WHERE year = ?2)",
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      SkDbStmt *stmt = sk_store_prepare (self, steps[i], error);

      if (stmt == NULL)
        return FALSE;
      sk_db_bind_int (stmt, 1, from_year);
      sk_db_bind_int (stmt, 2, to_year);
      if (!sk_store_step_done (self, stmt, error))
        return FALSE;
    }
  sk_store_changed (self, "budget");
  return TRUE;
}
