/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-exchange.h"
#include "sk-store-migrate.h"
#include "sk-store-private.h"
#include "sk-store-pg-schema.h"

/*
 * Moving an administration between a file and a server (styrkort-cli
 * migrate). The JSON exchange format carries the whole database by
 * natural keys (units, indicators, plans with their goals, definitions per
 * year, targets as written, outcomes with comments, missing reasons and
 * the fictional flag, follow-up, assessments, budget, history), but an
 * import gives rows new ids, and the history names rows by id. So the copy
 * is made table by table, row for row with the ids (both schemas have the
 * same tables and columns, sk-store-pg-schema.h), and checked with the
 * exchange format: it is committed only when its export is the source's.
 */

gboolean
sk_store_is_server (SkStore *store)
{
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  return store->db != NULL && sk_db_get_backend (store->db) == SK_DB_POSTGRES;
}

gboolean
sk_store_holds_data (SkStore   *store,
                     gboolean  *holds,
                     GError   **error)
{
  static const char *const tables[] = { SK_STORE_PG_TABLES };

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  *holds = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (tables) && !*holds; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (SELECT 1 FROM %s LIMIT 1) AS x", tables[i]);

      /* -1 only when the read failed; sk_store_check_reads says why. */
      if (sk_store_query_int (store, sql, 0, -1) != 0)
        *holds = TRUE;
    }
  return sk_store_check_reads (store, error);
}

gboolean
sk_store_resync_ids (SkStore  *store,
                     GError  **error)
{
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  if (!sk_store_is_server (store))
    return TRUE;
  if (sk_db_exec (store->db, SK_STORE_PG_RESYNC_IDS) != SQLITE_OK)
    {
      sk_store_set_sqlite_error (store, sk_db_extended_errcode (store->db), error);
      return FALSE;
    }
  return TRUE;
}

/* The columns of @table in @store, in their order. */
static GPtrArray *
table_columns (SkStore     *store,
               const char  *table,
               GError     **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local = NULL;
  SkDbStmt *stmt;

  stmt = sk_store_prepare (store,
                           sk_store_is_server (store)
                           ? "SELECT column_name FROM information_schema.columns"
                             " WHERE table_schema = current_schema() AND table_name = ?1 ORDER BY ordinal_position"
                           : "SELECT name FROM pragma_table_info(?1) ORDER BY cid",
                           error);
  if (stmt == NULL)
    return NULL;
  sk_db_bind_text (stmt, 1, table, -1);
  while (sk_store_step_row (store, stmt, &local))
    g_ptr_array_add (columns, g_strdup (sk_db_column_text (stmt, 0)));
  sk_db_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return g_steal_pointer (&columns);
}

static gboolean
fail (SkStore  *store,
      GError  **error)
{
  sk_store_set_sqlite_error (store, sk_db_extended_errcode (store->db), error);
  return FALSE;
}

/* The source's current row as parameters @offset + 1 … of @dst, value for
 * value; column @skip (-1: none) as NULL. */
static void
bind_row (SkDbStmt *src,
          SkDbStmt *dst,
          int       offset,
          int       skip)
{
  for (int i = 0; i < sk_db_column_count (src); i++)
    switch (i == skip ? SQLITE_NULL : sk_db_column_type (src, i))
      {
      case SQLITE_INTEGER:
        sk_db_bind_int64 (dst, offset + i + 1, sk_db_column_int64 (src, i));
        break;
      case SQLITE_FLOAT:
        sk_db_bind_double (dst, offset + i + 1, sk_db_column_double (src, i));
        break;
      case SQLITE_NULL:
        sk_db_bind_null (dst, offset + i + 1);
        break;
      default:
        sk_db_bind_text (dst, offset + i + 1, sk_db_column_text (src, i), sk_db_column_bytes (src, i));
        break;
      }
}

static gboolean
source_changed (GError **error)
{
  g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_FAILED,
                       _("The source was changed while it was being copied, so the copy was not "
                         "kept: nothing has been written to the target. Try again when nobody is "
                         "working in it."));
  return FALSE;
}

/* INSERT of @n_rows rows of @n_columns at once: a server answers each
 * statement over the network, row by row would take minutes for a region. */
static char *
insert_sql (const char *table,
            const char *names,
            int         n_columns,
            int         n_rows)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO \"%s\" (%s) VALUES ", table, names);
  for (int r = 0; r < n_rows; r++)
    {
      g_string_append (sql, r > 0 ? ", (" : "(");
      for (int c = 0; c < n_columns; c++)
        g_string_append_printf (sql, "%s?%d", c > 0 ? ", " : "", r * n_columns + c + 1);
      g_string_append_c (sql, ')');
    }
  return g_string_free (sql, FALSE);
}

/* Every row of @select (on @from) into @table of @to, in statements of
 * several rows; the last statement takes the rows that are left. */
static gboolean
insert_rows (SkStore     *from,
             SkStore     *to,
             const char  *table,
             const char  *names,
             int          n_columns,
             const char  *select,
             int          skip,
             GError     **error)
{
  g_autofree char *count = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  g_autofree char *full_sql = NULL, *rest_sql = NULL;
  SkDbStmt *src = NULL, *full = NULL, *rest = NULL;
  int per = MAX (1, 1000 / n_columns);
  gint64 n, full_rows, r = 0;
  gboolean ok = FALSE;
  int rc;

  if ((n = sk_store_query_int (from, count, 0, -1)) < 0)
    {
      if (sk_store_check_reads (from, error))
        sk_store_set_sqlite_error (from, SQLITE_ERROR, error);
      return FALSE;
    }
  full_rows = n - n % per;
  if (sk_db_prepare (from->db, select, FALSE, &src) != SQLITE_OK)
    {
      fail (from, error);
      goto out;
    }
  full_sql = insert_sql (table, names, n_columns, per);
  rest_sql = insert_sql (table, names, n_columns, MAX (1, (int) (n % per)));
  if ((full_rows > 0 && sk_db_prepare (to->db, full_sql, FALSE, &full) != SQLITE_OK)
      || (n % per > 0 && sk_db_prepare (to->db, rest_sql, FALSE, &rest) != SQLITE_OK))
    {
      fail (to, error);
      goto out;
    }
  while ((rc = sk_db_step (src)) == SQLITE_ROW)
    {
      SkDbStmt *dst = r < full_rows ? full : rest;

      if (r >= n)
        {
          source_changed (error);
          goto out;
        }
      bind_row (src, dst, (int) (r < full_rows ? r % per : r - full_rows) * n_columns, skip);
      r++;
      if ((r <= full_rows && r % per == 0) || r == n)
        {
          rc = sk_db_step (dst);
          if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            {
              fail (to, error);
              goto out;
            }
          sk_db_reset (dst);
        }
    }
  if (rc != SQLITE_DONE)
    fail (from, error);
  else if (r != n)
    source_changed (error);
  else
    ok = TRUE;
out:
  sk_db_finalize (src);
  sk_db_finalize (full);
  sk_db_finalize (rest);
  return ok;
}

/* Runs @select on @from and @insert on @to for each row, value for value;
 * column @skip (-1: none) is written as NULL. */
static gboolean
copy_rows (SkStore     *from,
           SkStore     *to,
           const char  *select,
           const char  *insert,
           int          skip,
           GError     **error)
{
  SkDbStmt *src = NULL, *dst = NULL;
  gboolean ok = FALSE;
  int rc;

  if (sk_db_prepare (from->db, select, FALSE, &src) != SQLITE_OK)
    {
      fail (from, error);
      goto out;
    }
  if (sk_db_prepare (to->db, insert, FALSE, &dst) != SQLITE_OK)
    {
      fail (to, error);
      goto out;
    }
  while ((rc = sk_db_step (src)) == SQLITE_ROW)
    {
      bind_row (src, dst, 0, skip);
      rc = sk_db_step (dst);
      if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        {
          fail (to, error);
          goto out;
        }
      sk_db_reset (dst);
    }
  if (rc != SQLITE_DONE)
    fail (from, error);
  else
    ok = TRUE;
out:
  sk_db_finalize (src);
  sk_db_finalize (dst);
  return ok;
}

/* Every row of @table with its id. A row's parent (unit, assignment) may
 * come after it: parents are linked once all rows are in. */
static gboolean
copy_table (SkStore     *from,
            SkStore     *to,
            const char  *table,
            GError     **error)
{
  g_autoptr(GPtrArray) columns = table_columns (to, table, error);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *select = NULL;
  int parent = -1;
  gboolean has_id = FALSE;

  if (columns == NULL)
    return FALSE;
  for (guint i = 0; i < columns->len; i++)
    {
      const char *column = g_ptr_array_index (columns, i);

      g_string_append_printf (names, "%s\"%s\"", i > 0 ? ", " : "", column);
      if (strcmp (column, "parent_id") == 0)
        parent = (int) i;
      if (strcmp (column, "id") == 0)
        has_id = TRUE;
    }
  select = g_strdup_printf ("SELECT %s FROM \"%s\"%s", names->str, table, has_id ? " ORDER BY id" : "");
  if (!insert_rows (from, to, table, names->str, (int) columns->len, select, parent, error))
    return FALSE;
  if (parent >= 0)
    {
      g_autofree char *parents = g_strdup_printf ("SELECT id, parent_id FROM \"%s\" WHERE parent_id IS NOT NULL",
                                                  table);
      g_autofree char *link = g_strdup_printf ("UPDATE \"%s\" SET parent_id = ?2 WHERE id = ?1", table);

      if (!copy_rows (from, to, parents, link, -1, error))
        return FALSE;
    }
  sk_store_changed (to, table);
  return TRUE;
}

/* The store's JSON export in a temporary file: a region's database would
 * take hundreds of megabytes as a string, twice. */
static GFile *
export_to_file (SkStore  *store,
                GError  **error)
{
  g_autoptr(GFileIOStream) io = NULL;
  g_autoptr(GFile) file = g_file_new_tmp ("styrkort-migrate-XXXXXX.json", &io, error);
  GOutputStream *out;

  if (file == NULL)
    return NULL;
  out = g_buffered_output_stream_new (g_io_stream_get_output_stream (G_IO_STREAM (io)));
  if (!sk_exchange_export (store, out, error) || !g_output_stream_close (out, NULL, error)
      || !g_io_stream_close (G_IO_STREAM (io), NULL, error))
    {
      g_object_unref (out);
      g_file_delete (file, NULL, NULL);
      return NULL;
    }
  g_object_unref (out);
  return g_steal_pointer (&file);
}

static gboolean
same_contents (GFile     *a,
               GFile     *b,
               gboolean  *same,
               GError   **error)
{
  g_autoptr(GFileInputStream) in_a = g_file_read (a, NULL, error);
  g_autoptr(GFileInputStream) in_b = in_a != NULL ? g_file_read (b, NULL, error) : NULL;
  g_autofree char *buf_a = g_malloc (65536), *buf_b = g_malloc (65536);
  gsize n_a, n_b;

  if (in_b == NULL)
    return FALSE;
  *same = TRUE;
  do
    {
      if (!g_input_stream_read_all (G_INPUT_STREAM (in_a), buf_a, 65536, &n_a, NULL, error)
          || !g_input_stream_read_all (G_INPUT_STREAM (in_b), buf_b, 65536, &n_b, NULL, error))
        return FALSE;
      if (n_a != n_b || memcmp (buf_a, buf_b, n_a) != 0)
        *same = FALSE;
    }
  while (*same && n_a > 0);
  return TRUE;
}

static gboolean
copy_into (SkStore     *from,
           SkStore     *to,
           GFile       *original,
           GError     **error)
{
  static const char *const tables[] = { SK_STORE_PG_TABLES };
  g_autoptr(GFile) copy = NULL;
  gboolean same = FALSE, ok;

  /* Row for row with the ids: the history names rows by id (an outcome's
   * entry its unit's), which an import by names would renumber. */
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (!copy_table (from, to, tables[i], error))
      return FALSE;
  if (!sk_store_resync_ids (to, error))
    return FALSE;
  if ((copy = export_to_file (to, error)) == NULL)
    return FALSE;
  ok = same_contents (original, copy, &same, error);
  g_file_delete (copy, NULL, NULL);
  if (ok && !same)
    {
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_FAILED,
                           _("The copy did not come out the same as the original, so it was not "
                             "kept: nothing has been written to the target."));
      return FALSE;
    }
  return ok;
}

gboolean
sk_store_migrate (SkStore  *from,
                  SkStore  *to,
                  GError  **error)
{
  g_autoptr(GFile) original = NULL;
  gboolean holds = FALSE, ok;

  g_return_val_if_fail (SK_IS_STORE (from), FALSE);
  g_return_val_if_fail (SK_IS_STORE (to), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sk_store_holds_data (to, &holds, error))
    return FALSE;
  if (holds)
    {
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS,
                           _("The target already holds data, so nothing was copied into it: a copy "
                             "goes only into an empty database (a new file, or a new database on "
                             "the server)."));
      return FALSE;
    }
  if ((original = export_to_file (from, error)) == NULL)
    return FALSE;
  ok = SK_STORE_TRY (to, error, copy_into (from, to, original, error));
  g_file_delete (original, NULL, NULL);
  return ok;
}
