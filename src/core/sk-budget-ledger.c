/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-budget"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sk-budget-ledger.h"
#include "sk-csv.h"
#include "sk-format.h"

/* Monthly ledger totals from a Swedish Excel CSV (see the header). */

enum { COL_UNIT, COL_LINE, COL_PERIOD, COL_VALUE, COL_KIND, N_COLS };

static const char * const column_names[N_COLS][6] = {
  [COL_UNIT]   = { "enhet", "unit", "verksamhet", NULL },
  [COL_LINE]   = { "rad", "line", "budgetrad", "kontogrupp", "konto", NULL },
  [COL_PERIOD] = { "period", "månad", "month", NULL },
  [COL_VALUE]  = { "belopp", "tkr", "value", "värde", "utfall", NULL },
  [COL_KIND]   = { "slag", "kind", NULL },
};

typedef struct {
  int               year;
  gint64            unit_id;
  SkBudgetLineKind  line;
  SkBudgetValueKind kind;
  guint             month;
  double            value;
} Row;

static gboolean
find_columns (GStrv     header,
              int       columns[N_COLS],
              GError  **error)
{
  for (int c = 0; c < N_COLS; c++)
    columns[c] = -1;
  for (int i = 0; header[i] != NULL; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (header[i]));
      g_autofree char *folded = g_utf8_casefold (stripped, -1);

      for (int c = 0; c < N_COLS; c++)
        for (int k = 0; column_names[c][k] != NULL; k++)
          if (columns[c] < 0 && g_strcmp0 (folded, column_names[c][k]) == 0)
            columns[c] = i;
    }
  if (columns[COL_UNIT] < 0 || columns[COL_LINE] < 0 || columns[COL_PERIOD] < 0 || columns[COL_VALUE] < 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("The first line must name the columns: Enhet, Rad, Period and Belopp (and, if wanted, Slag)."));
      return FALSE;
    }
  return TRUE;
}

static const char *
field (GStrv fields, int column)
{
  for (int i = 0; fields[i] != NULL; i++)
    if (i == column)
      return fields[i];
  return "";
}

static gboolean
blank_record (GStrv fields)
{
  for (int i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *s = g_strstrip (g_strdup (fields[i]));

      if (*s != '\0')
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_row (SkStore      *store,
          GStrv         fields,
          const int     columns[N_COLS],
          GHashTable   *units,
          Row          *row,
          GError      **error)
{
  g_autofree char *unit_name = g_strstrip (g_strdup (field (fields, columns[COL_UNIT])));
  g_autofree char *line_name = g_strstrip (g_strdup (field (fields, columns[COL_LINE])));
  g_autofree char *period = g_strstrip (g_strdup (field (fields, columns[COL_PERIOD])));
  g_autofree char *kind_name = columns[COL_KIND] >= 0
                               ? g_strstrip (g_strdup (field (fields, columns[COL_KIND]))) : g_strdup ("");
  const char *amount = field (fields, columns[COL_VALUE]);
  SkUnit *unit;
  int year, month;

  unit = g_hash_table_lookup (units, unit_name);
  if (unit == NULL)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(SkUnit) found = sk_store_find_unit (store, unit_name, &local);

      if (found == NULL)
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("unknown unit “%s”"), unit_name);
          return FALSE;
        }
      unit = found;
      g_hash_table_insert (units, g_strdup (unit_name), g_steal_pointer (&found));
    }
  row->unit_id = sk_record_get_id (SK_RECORD (unit));
  if (!sk_budget_line_from_string (line_name, &row->line))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("“%s” is not a budget line (Intäkter, Personalkostnader, Övriga kostnader, Netto, Investeringar)"),
                   line_name);
      return FALSE;
    }
  row->kind = SK_BUDGET_VALUE_OUTCOME;
  if (*kind_name != '\0' && !sk_budget_value_from_string (kind_name, &row->kind))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("“%s” is not Utfall, Budget or Prognos"), kind_name);
      return FALSE;
    }
  if (!sk_period_parse (period, &year, &month))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("“%s” is not a month written as YYYY-MM"), period);
      return FALSE;
    }
  row->year = year;
  row->month = (guint) month;
  if (!sk_parse_number (amount, &row->value) || !isfinite (row->value))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("“%s” is not an amount"), amount);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_rows (SkStore               *store,
            GArray                *rows,
            SkBudgetLedgerResult  *result,
            GError               **error)
{
  for (guint i = 0; i < rows->len; i++)
    {
      Row *r = &g_array_index (rows, Row, i);
      double old = sk_store_get_budget_value (store, r->year, r->unit_id, r->line, r->kind, r->month);

      if (old == r->value)
        continue;
      if (!sk_store_set_budget_value (store, r->year, r->unit_id, r->line, r->kind, r->month, r->value, error))
        return FALSE;
      result->changed++;
    }
  return TRUE;
}

gboolean
sk_budget_ledger_import (SkStore               *store,
                         const char            *data,
                         gsize                  length,
                         SkBudgetLedgerResult  *result,
                         GError               **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_auto(GStrv) header = NULL;
  SkBudgetLedgerResult local = { 0 };
  SkCsvEncoding encoding;
  SkCsvParser parser;
  int columns[N_COLS];
  GStrv fields;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  if (result == NULL)
    result = &local;
  *result = (SkBudgetLedgerResult) { 0 };
  text = sk_csv_decode (data, length, &encoding, error);
  if (text == NULL)
    return FALSE;
  sk_csv_parser_init (&parser, text, sk_csv_detect_separator (text));
  header = sk_csv_parser_next (&parser);
  if (header == NULL || !find_columns (header, columns, error))
    {
      if (header == NULL)
        g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("The file is empty."));
      return FALSE;
    }
  /* Every row is checked before anything is written. */
  while ((fields = sk_csv_parser_next (&parser)) != NULL)
    {
      g_auto(GStrv) owned = fields;
      g_autoptr(GError) row_error = NULL;
      Row row;

      if (blank_record (owned))
        continue;
      if (!read_row (store, owned, columns, units, &row, &row_error))
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("Line %u: %s. Nothing was imported."),
                       parser.line, row_error->message);
          return FALSE;
        }
      g_array_append_val (rows, row);
      result->first_year = result->rows == 0 ? row.year : MIN (result->first_year, row.year);
      result->last_year = MAX (result->last_year, row.year);
      result->rows++;
    }
  if (!sk_store_begin (store, error))
    return FALSE;
  if (!write_rows (store, rows, result, error))
    {
      sk_store_rollback (store);
      result->changed = 0;
      g_prefix_error (error, _("Nothing was imported: "));
      return FALSE;
    }
  return sk_store_commit (store, error);
}
