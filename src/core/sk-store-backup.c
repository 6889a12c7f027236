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
#include "sk-store-private.h"

/*
 * Finding damage, backups and salvage. Each works on its own connection
 * (opened here, closed here), so the app can run them in a GTask thread
 * while its main connection stays in use.
 */

#define BACKUP_PAGES_PER_STEP 256

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

static sqlite3 *
open_db (const char  *path,
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

static void
set_db_error (sqlite3     *db,
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
          set_db_error (db, path, error);
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

  if ((db = open_db (path, TRUE, error)) == NULL)
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
static char *
make_temp_beside (const char  *dest,
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

static void
remove_temp (const char *tmp)
{
  static const char *suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (tmp, suffixes[i], NULL);
      g_unlink (name);
    }
}

static gboolean
rename_into_place (const char  *tmp,
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
  remove_temp (tmp);
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
  int rc, busy = 0;

  if ((dst = open_db (tmp, FALSE, error)) == NULL)
    return FALSE;
  backup = sqlite3_backup_init (dst, "main", src, "main");
  if (backup == NULL)
    {
      set_db_error (dst, tmp, error);
      sqlite3_close (dst);
      return FALSE;
    }
  do
    {
      rc = sqlite3_backup_step (backup, BACKUP_PAGES_PER_STEP);
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
      set_db_error (sqlite3_errcode (dst) != SQLITE_OK ? dst : src, src_path, error);
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
      set_db_error (dst, tmp, error);
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
  if ((src = open_db (path, TRUE, error)) == NULL)
    return FALSE;
  if ((tmp = make_temp_beside (dest, error)) == NULL)
    {
      sqlite3_close (src);
      return FALSE;
    }
  ok = backup_db (src, path, tmp, TRUE, progress, user_data, error);
  sqlite3_close (src);
  if (!ok)
    {
      remove_temp (tmp);
      return FALSE;
    }
  return rename_into_place (tmp, dest, error);
}

/* Runs @func in a thread with the task data { @path, @dest }. */
static void
run_on_paths (const char          *path,
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
  run_on_paths (path, dest, sk_store_backup_file_async, backup_thread, cancellable, callback, user_data);
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

  if ((tmp = make_temp_beside (dest, error)) == NULL)
    return FALSE;
  /* Unchecked: this copy is to keep the file as it was, damage and all. */
  if (!backup_db (self->db, self->path, tmp, FALSE, NULL, NULL, error))
    {
      remove_temp (tmp);
      g_prefix_error (error, _("No backup could be made before updating the database: "));
      return FALSE;
    }
  if (!rename_into_place (tmp, dest, error))
    return FALSE;
  g_message (_("Kept a copy of “%s” as it was before the update: “%s”"), self->path, dest);
  return TRUE;
}

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
      set_db_error (dst, table, error);
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
      set_db_error (dst, path, error);
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

  if ((src = open_db (path, TRUE, error)) == NULL)
    return FALSE;
  if ((dst = open_db (tmp, FALSE, error)) == NULL)
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
      set_db_error (dst, tmp, error);
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
  if ((tmp = make_temp_beside (dest, error)) == NULL)
    return NULL;
  if (!salvage_into (path, tmp, counts, error))
    {
      remove_temp (tmp);
      return NULL;
    }
  if (!rename_into_place (tmp, dest, error))
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
  run_on_paths (path, dest, sk_store_salvage_async, salvage_thread, cancellable, callback, user_data);
}

GPtrArray *
sk_store_salvage_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
