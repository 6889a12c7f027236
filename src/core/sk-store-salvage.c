/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sk-store-backup.h"
#include "sk-store-backup-private.h"
#include "sk-store-private.h"

/*
 * Salvage: the readable rows of a damaged file copied into a new one,
 * skipping damaged pages, on a connection of its own (opened here, closed
 * here), so the app can run it in a GTask thread.
 */

/* ---- Salvage ---- */

void
sk_salvage_count_free (SkSalvageCount *count)
{
  if (count == NULL)
    return;
  g_free (count->table);
  g_free (count->label);
  g_free (count);
}

static GStrv
column_names (sqlite3    *db,
              const char *table)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_info(?)", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  return g_strv_builder_end (builder);
}

/* 0 with the first rowid ≥ @probe in @found, 1 when there is none, -1
 * when the search runs into a damaged page. */
static int
probe_rowid (sqlite3_stmt *stmt,
             gint64        probe,
             gint64       *found)
{
  int rc;

  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, probe);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *found = sqlite3_column_int64 (stmt, 0);
      return 0;
    }
  return rc == SQLITE_DONE ? 1 : -1;
}

/* The first rowid ≥ @from that can be reached past damaged pages: probe
 * ever further ahead until a probe gets past the damage, then search back
 * between it and the last probe that hit the damage for the first row
 * after it. FALSE when nothing more can be read. */
static gboolean
next_readable_rowid (sqlite3      *src,
                     const char   *table,
                     gint64        from,
                     gint64       *found)
{
  g_autofree char *sql = g_strdup_printf ("SELECT rowid FROM \"%s\" WHERE rowid >= ?"
                                          " ORDER BY rowid LIMIT 1", table);
  sqlite3_stmt *stmt = NULL;
  gint64 step = 1, probe = from, damaged = 0, row = 0;
  gboolean have_damaged = FALSE;
  int r = -1;

  if (sqlite3_prepare_v2 (src, sql, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  for (int tries = 0; tries < 63; tries++)
    {
      r = probe_rowid (stmt, probe, &row);
      if (r >= 0)
        break;
      damaged = probe;
      have_damaged = TRUE;
      if (probe > G_MAXINT64 - step)
        break;
      probe = from + step;
      /* Past 2^62 the next guard stops the search (no signed overflow). */
      step = step > G_MAXINT64 / 2 ? G_MAXINT64 : step * 2;
    }
  /* Between a probe into the damage and one past it: the first probe
   * past it finds the first readable row after the damage. */
  if (r >= 0 && have_damaged)
    for (gint64 end = probe; end - damaged > 1;)
      {
        gint64 mid = damaged + (end - damaged) / 2, mid_row = 0;
        int m = probe_rowid (stmt, mid, &mid_row);

        if (m < 0)
          damaged = mid;
        else
          {
            end = mid;
            r = m;
            row = mid_row;
          }
      }
  sqlite3_finalize (stmt);
  *found = row;
  return r == 0;
}

/* Copies the readable rows of @table; counts what was copied and whether
 * anything could not be read. */
static gboolean
copy_table (sqlite3         *src,
            sqlite3         *dst,
            const char      *table,
            SkSalvageCount  *count,
            GError         **error)
{
  g_auto(GStrv) dst_columns = column_names (dst, table);
  g_auto(GStrv) src_columns = column_names (src, table);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autofree char *select_sql = NULL, *insert_sql = NULL;
  sqlite3_stmt *select = NULL, *insert = NULL;
  gint64 next = G_MININT64, last = G_MININT64, floor_id = G_MININT64;
  gboolean damaged = FALSE;
  guint n = 0;

  for (guint i = 0; dst_columns[i] != NULL; i++)
    if (g_strv_contains ((const char * const *) src_columns, dst_columns[i]))
      {
        g_string_append_printf (names, "%s\"%s\"", n > 0 ? ", " : "", dst_columns[i]);
        g_string_append (marks, n > 0 ? ", ?" : "?");
        n++;
      }
  if (n == 0)
    {
      count->lost = -1;
      return TRUE;
    }
  select_sql = g_strdup_printf ("SELECT rowid, %s FROM \"%s\" WHERE rowid >= ? ORDER BY rowid",
                                names->str, table);
  insert_sql = g_strdup_printf ("INSERT INTO main.\"%s\" (%s) VALUES (%s)", table, names->str, marks->str);
  if (sqlite3_prepare_v2 (dst, insert_sql, -1, &insert, NULL) != SQLITE_OK)
    {
      sk_backup_set_db_error (dst, table, error);
      return FALSE;
    }
  if (sqlite3_prepare_v2 (src, select_sql, -1, &select, NULL) != SQLITE_OK)
    {
      sqlite3_finalize (insert);
      count->lost = -1;
      return TRUE;
    }

  for (;;)
    {
      gint64 resume;
      int rc;

      sqlite3_reset (select);
      sqlite3_bind_int64 (select, 1, next);
      while ((rc = sqlite3_step (select)) == SQLITE_ROW)
        {
          last = sqlite3_column_int64 (select, 0);
          for (guint c = 0; c < n; c++)
            sqlite3_bind_value (insert, c + 1, sqlite3_column_value (select, c + 1));
          /* A row that breaks a rule of the schema is garbage read as a row. */
          if (sqlite3_step (insert) == SQLITE_DONE)
            count->saved++;
          else
            damaged = TRUE;
          sqlite3_reset (insert);
        }
      if (rc == SQLITE_DONE || last == G_MAXINT64)
        break;
      damaged = TRUE;
      /* Resume past the damage; never at the same place twice. */
      floor_id = MAX (floor_id, last == G_MININT64 ? 1 : last + 1);
      if (!next_readable_rowid (src, table, floor_id, &resume))
        break;
      next = resume;
      floor_id = resume + 1;
    }
  sqlite3_finalize (select);
  sqlite3_finalize (insert);
  if (damaged)
    count->lost = -1;
  return TRUE;
}

/* count(*) may be answered by an index that is intact when the table is
 * not: then we know how many rows there were. -1 when it cannot. */
static gint64
count_rows (sqlite3    *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static SkSalvageCount *
find_count (GPtrArray  *counts,
            const char *table)
{
  for (guint i = 0; i < counts->len; i++)
    {
      SkSalvageCount *c = g_ptr_array_index (counts, i);
      if (g_str_equal (c->table, table))
        return c;
    }
  return NULL;
}

/* Rows whose parent was lost cannot be shown: remove them (and what hangs
 * under them, round by round) and count them as lost. */
static void
drop_orphans (sqlite3   *dst,
              GPtrArray *counts)
{
  for (int round = 0; round < 32; round++)
    {
      sqlite3_stmt *check = NULL;
      g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_free);

      if (sqlite3_prepare_v2 (dst, "PRAGMA foreign_key_check", -1, &check, NULL) != SQLITE_OK)
        return;
      while (sqlite3_step (check) == SQLITE_ROW)
        if (sqlite3_column_type (check, 1) != SQLITE_NULL)
          g_ptr_array_add (doomed, g_strdup_printf ("DELETE FROM \"%s\" WHERE rowid = %" G_GINT64_FORMAT,
                                                    (const char *) sqlite3_column_text (check, 0),
                                                    (gint64) sqlite3_column_int64 (check, 1)));
      sqlite3_finalize (check);
      if (doomed->len == 0)
        return;
      for (guint i = 0; i < doomed->len; i++)
        {
          const char *sql = g_ptr_array_index (doomed, i);
          g_autofree char *table = g_strndup (sql + 13, strchr (sql + 13, '"') - (sql + 13));
          SkSalvageCount *c = find_count (counts, table);

          if (sqlite3_exec (dst, sql, NULL, NULL, NULL) == SQLITE_OK && sqlite3_changes (dst) > 0 && c != NULL)
            {
              c->saved--;
              if (c->lost >= 0)
                c->lost++;
            }
        }
    }
}

static gboolean
copy_tables (sqlite3     *src,
             sqlite3     *dst,
             const char  *path,
             GPtrArray   *counts,
             GError     **error)
{
  sqlite3_stmt *tables = NULL;
  g_autoptr(GPtrArray) src_tables = g_ptr_array_new_with_free_func (g_free);
  int rc;

  rc = sqlite3_prepare_v2 (src, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &tables, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (tables)) == SQLITE_ROW)
    {
      g_ptr_array_add (src_tables, g_strdup ((const char *) sqlite3_column_text (tables, 0)));
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED,
                   _("The list of tables in “%s” cannot be read, so no rows can be saved from it "
                     "(SQLite: %s)."), path, sqlite3_errmsg (src));
      sqlite3_finalize (tables);
      return FALSE;
    }
  sqlite3_finalize (tables);

  /* In the new file's schema order, parents before children. */
  if (sqlite3_prepare_v2 (dst, "SELECT name FROM sqlite_master WHERE type = 'table'"
                          " AND name NOT LIKE 'sqlite_%' ORDER BY rowid", -1, &tables, NULL) != SQLITE_OK)
    {
      sk_backup_set_db_error (dst, path, error);
      return FALSE;
    }
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      SkSalvageCount *count = g_new0 (SkSalvageCount, 1);
      gint64 expected;

      count->table = g_strdup (table);
      count->label = g_strdup (sk_store_table_label (table));
      g_ptr_array_add (counts, count);
      if (!g_ptr_array_find_with_equal_func (src_tables, table, g_str_equal, NULL))
        continue;
      expected = count_rows (src, table);
      if (!copy_table (src, dst, table, count, error))
        {
          sqlite3_finalize (tables);
          return FALSE;
        }
      if (expected >= 0)
        count->lost = MAX (expected - count->saved, 0);
    }
  sqlite3_finalize (tables);
  drop_orphans (dst, counts);
  return TRUE;
}

static gboolean
salvage_into (const char  *path,
              const char  *tmp,
              GPtrArray   *counts,
              GError     **error)
{
  g_autoptr(SkStore) fresh = NULL;
  sqlite3 *src, *dst;
  gboolean ok;

  /* The schema comes from the normal way of making a database. */
  if ((fresh = sk_store_open (tmp, error)) == NULL)
    return FALSE;
  g_clear_object (&fresh);

  if ((src = sk_backup_open_db (path, TRUE, error)) == NULL)
    return FALSE;
  if ((dst = sk_backup_open_db (tmp, FALSE, error)) == NULL)
    {
      sqlite3_close (src);
      return FALSE;
    }
  /* Foreign keys are off on a new connection: rows go in table by table,
   * and orphans are dealt with at the end. */
  ok = sqlite3_exec (dst, "BEGIN", NULL, NULL, NULL) == SQLITE_OK
       && copy_tables (src, dst, path, counts, error);
  if (ok && sqlite3_exec (dst, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      sk_backup_set_db_error (dst, tmp, error);
      ok = FALSE;
    }
  if (!ok)
    sqlite3_exec (dst, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (src);
  if (sqlite3_close (dst) != SQLITE_OK)
    ok = FALSE;
  return ok;
}

GPtrArray *
sk_store_salvage (const char  *path,
                  const char  *dest,
                  GError     **error)
{
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_salvage_count_free);
  g_autofree char *tmp = NULL;

  g_return_val_if_fail (path != NULL && dest != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                   _("There is no database “%s”."), path);
      return NULL;
    }
  if (g_file_test (dest, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS,
                   _("“%s” already exists. The saved rows go into a new file: choose another name."),
                   dest);
      return NULL;
    }
  if ((tmp = sk_backup_make_temp_beside (dest, error)) == NULL)
    return NULL;
  if (!salvage_into (path, tmp, counts, error))
    {
      sk_backup_remove_temp (tmp);
      return NULL;
    }
  if (!sk_backup_rename_into_place (tmp, dest, error))
    return NULL;
  return g_steal_pointer (&counts);
}

static void
salvage_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  char **paths = data;
  GError *error = NULL;
  GPtrArray *counts = sk_store_salvage (paths[0], paths[1], &error);

  if (counts != NULL)
    g_task_return_pointer (task, counts, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

void
sk_store_salvage_async (const char          *path,
                        const char          *dest,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  sk_backup_run_on_paths (path, dest, sk_store_salvage_async, salvage_thread, cancellable, callback, user_data);
}

GPtrArray *
sk_store_salvage_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
