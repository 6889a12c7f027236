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
#include "sk-db.h"
#include "sk-store-backup-private.h"
#include "sk-store-private.h"

/*
 * Finding damage and backups (salvage is in sk-store-salvage.c). Each
 * works on its own connection (opened here, closed here), so the app can
 * run them in a GTask thread while its main connection stays in use.
 */

/* A step copies about a mebibyte, whatever the file's page size, so that
 * other work gets its turn between steps. */
#define BACKUP_BYTES_PER_STEP (1 << 20)

/* ---- Plain names ---- */

const char *
sk_store_table_label (const char *table)
{
  static const struct { const char *table; const char *label; } labels[] = {
    { "unit", N_("the units") },
    { "plan", N_("the plans") },
    { "focus_area", N_("the focus areas") },
    { "regional_goal", N_("the regional goals") },
    { "board_goal", N_("the board’s goals") },
    { "indicator", N_("the indicators") },
    { "indicator_definition", N_("the indicators’ definitions for each plan year") },
    { "plan_indicator", N_("the indicator registers of the plans") },
    { "goal_indicator", N_("the links between goals and indicators") },
    { "target", N_("the targets") },
    { "outcome", N_("the outcomes") },
    { "work_env_plan", N_("the work-environment plans") },
    { "work_env_indicator", N_("the work-environment indicators") },
    { "priority_area", N_("the priority areas") },
    { "priority_follow_up", N_("the follow-ups of the priority areas") },
    { "assignment", N_("the assignments") },
    { "assignment_follow_up", N_("the follow-ups of the assignments") },
    { "goal_assessment", N_("the goal assessments") },
    { "audit", N_("the history of changes") },
    { "budget_unit", N_("the units of the internal budget") },
    { "budget_value", N_("the internal budget, its outcomes and forecasts") },
    { "budget_assumption", N_("the assumptions of the internal budget") },
    { "budget_proposal", N_("the development proposals") },
    { "budget_indicator", N_("the economy indicators computed from the budget") },
    { "sqlite_schema", N_("the list of tables") },
    { "sqlite_master", N_("the list of tables") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].table, table) == 0)
      return _(labels[i].label);
  return _("other data");
}

static char *
describe_btree (const char *name,
                const char *table)
{
  if (g_strcmp0 (name, table) == 0 || table == NULL)
    /* TRANSLATORS: "the outcomes (table outcome)" */
    return g_strdup_printf (_("%s (table %s)"), sk_store_table_label (name), name);
  /* TRANSLATORS: "the outcomes (index outcome_unit_period of table outcome)" */
  return g_strdup_printf (_("%s (index %s of table %s)"), sk_store_table_label (table), name, table);
}

/* ---- Connections of our own ---- */

sqlite3 *
sk_backup_open_db (const char  *path,
                   gboolean     read_only,
                   GError     **error)
{
  sqlite3 *db = NULL;
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
  g_autofree char *uri = NULL;
  int rc;

  /* A reader opens the file the way the store does, so a file in a folder
   * we must not write gets no -wal or -shm beside it. */
  if (read_only)
    uri = sk_store_file_uri (path, sk_store_file_use_immutable (path));
  rc = sqlite3_open_v2 (uri != NULL ? uri : path, &db, flags | (uri != NULL ? SQLITE_OPEN_URI : 0), NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FAILED,
                   _("“%s” cannot be opened: %s"), path,
                   db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, 1500);
  return db;
}

void
sk_backup_set_db_error (sqlite3     *db,
                        const char  *path,
                        GError     **error)
{
  int rc = sqlite3_extended_errcode (db);
  int code = (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB
             ? SK_STORE_ERROR_DAMAGED : SK_STORE_ERROR_FAILED;

  g_set_error (error, SK_STORE_ERROR, code, _("“%s” cannot be read (SQLite %d: %s)."),
               path, rc, sqlite3_errmsg (db));
}

/* ---- Which part is damaged ---- */

static void
add_unique (GPtrArray  *names,
            const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return;
  g_ptr_array_add (names, g_strdup (name));
}

/* The table or index whose root is @page, or, through dbstat, the one the
 * page belongs to. */
static void
add_btree_of_page (sqlite3   *db,
                   gint64     page,
                   GPtrArray *names)
{
  static const char *queries[] = {
    "SELECT name FROM sqlite_master WHERE rootpage = ?",
    "SELECT name FROM dbstat WHERE pageno = ? LIMIT 1",
  };

  if (page == 1)
    {
      add_unique (names, "sqlite_schema");
      return;
    }
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;
      gboolean found = FALSE;

      if (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL) == SQLITE_OK)
        {
          sqlite3_bind_int64 (stmt, 1, page);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            {
              add_unique (names, (const char *) sqlite3_column_text (stmt, 0));
              found = TRUE;
            }
        }
      sqlite3_finalize (stmt);
      if (found)
        return;
    }
}

/* A table is damaged when a full scan of it fails; that catches what
 * quick_check's page numbers cannot be traced back to. */
static void
add_unreadable_tables (sqlite3   *db,
                       GPtrArray *names)
{
  sqlite3_stmt *tables = NULL;
  int list_rc;

  if (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table'"
                          " AND name NOT LIKE 'sqlite_%' ORDER BY rowid", -1, &tables, NULL) != SQLITE_OK)
    {
      add_unique (names, "sqlite_schema");
      sqlite3_finalize (tables);
      return;
    }
  while ((list_rc = sqlite3_step (tables)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", name);
      sqlite3_stmt *scan = NULL;
      int rc = sqlite3_prepare_v2 (db, sql, -1, &scan, NULL);

      while (rc == SQLITE_OK && (rc = sqlite3_step (scan)) == SQLITE_ROW)
        rc = SQLITE_OK;
      if (rc != SQLITE_DONE)
        add_unique (names, name);
      sqlite3_finalize (scan);
    }
  if (list_rc != SQLITE_DONE)
    add_unique (names, "sqlite_schema");
  sqlite3_finalize (tables);
}

/* The table an index belongs to, or NULL for a table. */
static char *
table_of (sqlite3    *db,
          const char *name)
{
  sqlite3_stmt *stmt = NULL;
  char *table = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT tbl_name FROM sqlite_master WHERE name = ?", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        table = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  return table;
}

static char *
describe_damage (sqlite3   *db,
                 GPtrArray *problems)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      const char *line = g_ptr_array_index (problems, i);
      gint64 root = 0, page = 0;

      /* "Page N is never used" follows from a damaged page elsewhere. */
      if (strstr (line, "never used") != NULL)
        continue;
      if (sscanf (line, "Tree %" G_GINT64_FORMAT " page %" G_GINT64_FORMAT, &root, &page) >= 1)
        add_btree_of_page (db, root, names);
      else if (sscanf (line, "Page %" G_GINT64_FORMAT, &page) == 1
               || sscanf (line, "On tree page %" G_GINT64_FORMAT, &page) == 1)
        add_btree_of_page (db, page, names);
    }
  add_unreadable_tables (db, names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *table = table_of (db, name);
      g_autofree char *part = describe_btree (name, table);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, part);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* quick_check on @db; the message names @path and the damaged parts. */
static gboolean
check_db (sqlite3     *db,
          const char  *path,
          GError     **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *parts = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);
      /* The first problem comes after a "*** in database main ***" line in the same row. */
      g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (lines[i][0] != '\0' && g_strcmp0 (lines[i], "ok") != 0
            && !g_str_has_prefix (lines[i], "*** in database"))
          g_ptr_array_add (problems, g_strdup (lines[i]));
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    {
      int code = sqlite3_extended_errcode (db);

      sqlite3_finalize (stmt);
      if ((code & 0xff) != SQLITE_CORRUPT && (code & 0xff) != SQLITE_NOTADB)
        {
          sk_backup_set_db_error (db, path, error);
          return FALSE;
        }
      g_ptr_array_add (problems, g_strdup (sqlite3_errmsg (db)));
    }
  else
    sqlite3_finalize (stmt);
  if (problems->len == 0)
    return TRUE;

  for (guint i = 0; i < problems->len; i++)
    g_debug ("quick_check %s: %s", path, (const char *) g_ptr_array_index (problems, i));
  parts = describe_damage (db, problems);
  if (parts[0] != '\0')
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED,
                 _("The database “%s” is damaged: %s cannot be read in full. "
                   "Nothing has been changed."), path, parts);
  else
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED,
                 _("The database “%s” is damaged (SQLite reports: %s). Nothing has been changed."),
                 path, (const char *) g_ptr_array_index (problems, 0));
  return FALSE;
}

gboolean
sk_store_check_file (const char  *path,
                     GError     **error)
{
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A server keeps its own pages whole; there is no file here to check. */
  if (sk_db_is_postgres_uri (path))
    return TRUE;
  if ((db = sk_backup_open_db (path, TRUE, error)) == NULL)
    return FALSE;
  ok = check_db (db, path, error);
  sqlite3_close (db);
  return ok;
}

static void
check_file_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  GError *error = NULL;

  if (sk_store_check_file (data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
sk_store_check_file_async (const char          *path,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, sk_store_check_file_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, check_file_thread);
}

gboolean
sk_store_check_file_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- Temporary files beside the target ---- */

/* An empty file readable by its owner only, beside @dest. */
char *
sk_backup_make_temp_beside (const char  *dest,
                            GError     **error)
{
  g_autofree char *tmp = g_strconcat (dest, ".tmp-XXXXXX", NULL);
  int fd = g_mkstemp_full (tmp, O_RDWR, 0600);

  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *dir = g_path_get_dirname (dest);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write in the folder “%s”: %s"), dir, g_strerror (saved));
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&tmp);
}

void
sk_backup_remove_temp (const char *tmp)
{
  static const char *suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (tmp, suffixes[i], NULL);
      g_unlink (name);
    }
}

gboolean
sk_backup_rename_into_place (const char  *tmp,
                             const char  *dest,
                             GError     **error)
{
  static const char *suffixes[] = { "-journal", "-wal", "-shm" };

  /* A journal left beside an older file of that name would be replayed
   * into the new one when it is opened. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *stale = g_strconcat (dest, suffixes[i], NULL);
      g_unlink (stale);
    }
  if (g_rename (tmp, dest) == 0)
    return TRUE;
  {
    int saved = errno;

    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                 _("Cannot write “%s”: %s"), dest, g_strerror (saved));
  }
  sk_backup_remove_temp (tmp);
  return FALSE;
}

/* ---- Backup ---- */

gboolean
sk_store_is_same_file (const char *a,
                       const char *b)
{
  GStatBuf sa, sb;

  if (g_strcmp0 (a, b) == 0)
    return TRUE;
  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0
         && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int
page_size (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int size = 4096;

  if (sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    size = MAX (512, sqlite3_column_int (stmt, 0));
  sqlite3_finalize (stmt);
  return size;
}

/* Copies @src page by page into the new file @tmp. Between steps the
 * source is free: other connections read and write it, and a step after
 * their write starts over with what they wrote. */
static gboolean
backup_db (sqlite3           *src,
           const char        *src_path,
           const char        *tmp,
           gboolean           check,
           SkBackupProgress   progress,
           gpointer           user_data,
           GError           **error)
{
  sqlite3 *dst;
  sqlite3_backup *backup;
  int rc, busy = 0, pages_per_step;

  if ((dst = sk_backup_open_db (tmp, FALSE, error)) == NULL)
    return FALSE;
  backup = sqlite3_backup_init (dst, "main", src, "main");
  if (backup == NULL)
    {
      sk_backup_set_db_error (dst, tmp, error);
      sqlite3_close (dst);
      return FALSE;
    }
  pages_per_step = MAX (1, BACKUP_BYTES_PER_STEP / page_size (src));
  do
    {
      rc = sqlite3_backup_step (backup, pages_per_step);
      if ((rc == SQLITE_OK || rc == SQLITE_DONE) && progress != NULL)
        progress (sqlite3_backup_remaining (backup), sqlite3_backup_pagecount (backup), user_data);
      if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busy++ < 100)
        {
          sqlite3_sleep (50);
          rc = SQLITE_OK;
        }
    }
  while (rc == SQLITE_OK);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      /* The error is on the source when the copy could not read it. */
      sk_backup_set_db_error (sqlite3_errcode (dst) != SQLITE_OK ? dst : src, src_path, error);
      sqlite3_close (dst);
      return FALSE;
    }
  /* The pages were copied as they are, damage included: check the copy,
   * which is the same snapshot, instead of holding up the source. */
  if (check && !check_db (dst, src_path, error))
    {
      sqlite3_close (dst);
      return FALSE;
    }
  /* A copy is one file, also where it can only be read (a share, a
   * stick): no write-ahead log beside it. */
  if (sqlite3_exec (dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
    {
      sk_backup_set_db_error (dst, tmp, error);
      sqlite3_close (dst);
      return FALSE;
    }
  return sqlite3_close (dst) == SQLITE_OK;
}

gboolean
sk_store_backup_file (const char        *path,
                      const char        *dest,
                      SkBackupProgress   progress,
                      gpointer           user_data,
                      GError           **error)
{
  g_autofree char *tmp = NULL;
  sqlite3 *src;
  gboolean ok;

  g_return_val_if_fail (path != NULL && dest != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (sk_store_is_same_file (path, dest))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("A backup cannot replace the database itself. Choose another file."));
      return FALSE;
    }
  if ((src = sk_backup_open_db (path, TRUE, error)) == NULL)
    return FALSE;
  if ((tmp = sk_backup_make_temp_beside (dest, error)) == NULL)
    {
      sqlite3_close (src);
      return FALSE;
    }
  ok = backup_db (src, path, tmp, TRUE, progress, user_data, error);
  sqlite3_close (src);
  if (!ok)
    {
      sk_backup_remove_temp (tmp);
      return FALSE;
    }
  return sk_backup_rename_into_place (tmp, dest, error);
}

/* Runs @func in a thread with the task data { @path, @dest }. */
void
sk_backup_run_on_paths (const char          *path,
                        const char          *dest,
                        gpointer             source_tag,
                        GTaskThreadFunc      func,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  char **paths = g_new0 (char *, 3);

  paths[0] = g_strdup (path);
  paths[1] = g_strdup (dest);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, paths, (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, func);
}

static void
backup_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  char **paths = data;
  GError *error = NULL;

  if (sk_store_backup_file (paths[0], paths[1], NULL, NULL, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
sk_store_backup_file_async (const char          *path,
                            const char          *dest,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  sk_backup_run_on_paths (path, dest, sk_store_backup_file_async, backup_thread, cancellable, callback, user_data);
}

gboolean
sk_store_backup_file_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
sk_store_migration_backup_name (const char *path,
                                int         version,
                                GDateTime  *when)
{
  g_autofree char *stamp = g_date_time_format (when, "%Y%m%d-%H%M%S");

  return g_strdup_printf ("%s.v%d-%s.bak", path, version, stamp);
}

/* The file as it was, kept beside it, before a migration rewrites it. */
gboolean
sk_store_backup_before_migration (SkStore  *self,
                                  int       from,
                                  GError  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dest = sk_store_migration_backup_name (self->path, from, now);
  g_autofree char *tmp = NULL;

  if ((tmp = sk_backup_make_temp_beside (dest, error)) == NULL)
    return FALSE;
  /* Unchecked: this copy is to keep the file as it was, damage and all. */
  if (!backup_db (sk_db_get_sqlite (self->db), self->path, tmp, FALSE, NULL, NULL, error))
    {
      sk_backup_remove_temp (tmp);
      g_prefix_error (error, _("No backup could be made before updating the database: "));
      return FALSE;
    }
  if (!sk_backup_rename_into_place (tmp, dest, error))
    return FALSE;
  g_message (_("Kept a copy of “%s” as it was before the update: “%s”"), self->path, dest);
  return TRUE;
}
