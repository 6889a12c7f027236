/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sk-format.h"
#include "sk-record-list.h"
#include "sk-store.h"
#include "sk-store-private.h"
#include "sk-store-schema.h"
#include "sk-text.h"
#include "sk-store-backup.h"

/*
 * Connection, schema, migrations, transactions, errors and change
 * signals. The per-table queries live in sk-store-*.c, sharing the
 * helpers declared in sk-store-private.h.
 */

enum {
  SIGNAL_CHANGED,
  SIGNAL_INVALID_TEXT,
  SIGNAL_READ_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SkStore, sk_store, G_TYPE_OBJECT)

static void
sk_store_dispose (GObject *object)
{
  SkStore *self = SK_STORE (object);

  g_clear_handle_id (&self->external_idle, g_source_remove);
  g_clear_handle_id (&self->read_failed_idle, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  /* Not g_source_remove(): that looks only in the global main context. */
  if (self->server_watch != NULL)
    g_source_destroy (self->server_watch);
  g_clear_pointer (&self->server_watch, g_source_unref);
  g_clear_object (&self->monitor);
  g_clear_object (&self->last_target);

  G_OBJECT_CLASS (sk_store_parent_class)->dispose (object);
}

static void
sk_store_finalize (GObject *object)
{
  SkStore *self = SK_STORE (object);

  sk_store_text_forget (self->db);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sk_db_close (self->db);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_free (self->path);
  g_free (self->user);
  g_free (self->read_only_reason);
  g_clear_error (&self->read_error);

  G_OBJECT_CLASS (sk_store_parent_class)->finalize (object);
}

static void
sk_store_class_init (SkStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_store_dispose;
  object_class->finalize = sk_store_finalize;

  /**
   * SkStore::changed:
   * @table: what changed ("outcome", "target", …, or "external" when
   *   another process wrote to the file)
   *
   * Emitted after a change is committed; the detail is the table too.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * SkStore::invalid-text:
   *
   * Emitted once, from the main loop, when a text read from the file was
   * not valid UTF-8 and is shown with U+FFFD (sk_store_has_invalid_text()).
   */
  signals[SIGNAL_INVALID_TEXT] =
    g_signal_new ("invalid-text", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SkStore::read-failed:
   * @error: the first read that failed since the error was last taken
   *
   * Emitted from the main loop soon after a read failed (a damaged page,
   * a lock), so that whatever shows the data can say so instead of
   * showing an empty list as if it were the truth.
   */
  signals[SIGNAL_READ_FAILED] =
    g_signal_new ("read-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
finalize_statement (gpointer data)
{
  sk_db_finalize (data);
}

/* Statements are looked up once per row in bulk work, and their SQL runs to
 * hundreds of characters: hash its length and ends, compare it whole. */
static guint
sql_hash (gconstpointer key)
{
  const char *sql = key;
  gsize len = strlen (sql);
  guint h = (guint) len;

  for (gsize i = 0; i < MIN (len, 48); i++)
    h = h * 31 + (guchar) sql[i];
  for (gsize i = len > 48 ? MAX (48, len - 48) : len; i < len; i++)
    h = h * 31 + (guchar) sql[i];
  return h;
}

static void
sk_store_init (SkStore *self)
{
  self->statements = g_hash_table_new_full (sql_hash, g_str_equal, g_free, finalize_statement);
  self->pending = g_ptr_array_new ();
  self->user = g_strdup (g_get_user_name ());
  self->lock_wait_ms = SK_STORE_LOCK_WAIT_MS;
}

/* ---- Reads that fail ---- */

static gboolean
emit_read_failed (gpointer data)
{
  SkStore *self = data;
  g_autoptr(GError) error = NULL;

  self->read_failed_idle = 0;
  if (self->read_error == NULL)
    return G_SOURCE_REMOVE;
  error = g_error_copy (self->read_error);
  g_signal_emit (self, signals[SIGNAL_READ_FAILED], 0, error);
  return G_SOURCE_REMOVE;
}

/* A read that no caller's GError will carry must still reach the user:
 * it is kept (the first one) until taken, and announced from the main
 * loop, never in the middle of the read that failed. */
void
sk_store_read_failed (SkStore *self,
                      int      rc)
{
  self->read_failures++;
  if (self->read_error != NULL)
    return;
  sk_store_set_sqlite_error (self, rc, &self->read_error);
  g_debug ("A read failed: %s", self->read_error->message);
  if (self->read_failed_idle == 0)
    self->read_failed_idle = g_idle_add (emit_read_failed, self);
}

GError *
sk_store_take_read_error (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return g_steal_pointer (&self->read_error);
}

gboolean
sk_store_check_reads (SkStore  *self,
                      GError  **error)
{
  GError *read_error;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  read_error = sk_store_take_read_error (self);
  if (read_error == NULL)
    return TRUE;
  g_propagate_error (error, read_error);
  return FALSE;
}

guint
sk_store_get_read_failures (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), 0);
  return self->read_failures;
}

/* ---- Statements ---- */

/* Statements are prepared once and cached by their SQL text; callers
 * get them reset with bindings cleared. */
SkDbStmt *
sk_store_prepare (SkStore     *self,
                  const char  *sql,
                  GError     **error)
{
  SkDbStmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sk_db_reset (stmt);
      sk_db_clear_bindings (stmt);
      sk_store_text_forget_bound (stmt);
      return stmt;
    }

  rc = sk_db_prepare (self->db, sql, TRUE, &stmt);
  if (rc != SQLITE_OK)
    {
      if (error == NULL)
        sk_store_read_failed (self, sk_db_extended_errcode (self->db));
      sk_store_set_sqlite_error (self, rc, error);
      sk_db_finalize (stmt);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

void
sk_bind_text (SkDbStmt *stmt, int index, const char *value)
{
  sk_store_text_bind (stmt, index, value);
}

void
sk_bind_id (SkDbStmt *stmt, int index, gint64 id)
{
  if (id <= 0)
    sk_db_bind_null (stmt, index);
  else
    sk_db_bind_int64 (stmt, index, id);
}

void
sk_bind_double (SkDbStmt *stmt, int index, double value)
{
  if (isnan (value))
    sk_db_bind_null (stmt, index);
  else
    sk_db_bind_double (stmt, index, value);
}

/* Always valid UTF-8: see sk-store-text.c. */
const char *
sk_column_text (SkDbStmt *stmt, int column)
{
  return sk_store_text_read (stmt, column);
}

double
sk_column_double (SkDbStmt *stmt, int column)
{
  if (sk_db_column_type (stmt, column) == SQLITE_NULL)
    return NAN;
  return sk_db_column_double (stmt, column);
}

/* Runs a statement that returns no rows. */
gboolean
sk_store_step_done (SkStore       *self,
                    SkDbStmt  *stmt,
                    GError       **error)
{
  int rc;

  if (!sk_store_text_check_bound (stmt, error))
    {
      sk_db_reset (stmt);
      return FALSE;
    }
  rc = sk_db_step (stmt);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    {
      sk_db_reset (stmt);
      return TRUE;
    }
  if (error == NULL)
    sk_store_read_failed (self, sk_db_extended_errcode (self->db));
  sk_store_set_sqlite_error (self, sk_db_extended_errcode (self->db), error);
  sk_db_reset (stmt);
  return FALSE;
}

/* Steps once; TRUE with a row, FALSE at the end or on error (@error set). */
gboolean
sk_store_step_row (SkStore       *self,
                   SkDbStmt  *stmt,
                   GError       **error)
{
  int rc = sk_db_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE && error == NULL)
    sk_store_read_failed (self, sk_db_extended_errcode (self->db));
  else if (rc != SQLITE_DONE)
    sk_store_set_sqlite_error (self, sk_db_extended_errcode (self->db), error);
  sk_db_reset (stmt);
  return FALSE;
}

gint64
sk_store_query_int (SkStore    *self,
                    const char *sql,
                    gint64      arg,
                    gint64      fallback)
{
  SkDbStmt *stmt = sk_store_prepare (self, sql, NULL);
  gint64 result = fallback;
  int rc;

  if (stmt == NULL)
    return fallback;
  if (strchr (sql, '?') != NULL)
    sk_db_bind_int64 (stmt, 1, arg);
  rc = sk_db_step (stmt);
  if (rc == SQLITE_ROW && sk_db_column_type (stmt, 0) != SQLITE_NULL)
    result = sk_db_column_int64 (stmt, 0);
  else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    sk_store_read_failed (self, sk_db_extended_errcode (self->db));
  sk_db_reset (stmt);
  return result;
}

static void
bind_values (SkDbStmt *stmt,
             const char   *types,
             va_list       args)
{
  for (int i = 0; types != NULL && types[i] != '\0'; i++)
    switch (types[i])
      {
      case 'i':
        sk_bind_id (stmt, i + 1, va_arg (args, gint64));
        break;
      case 'n':
        sk_db_bind_int (stmt, i + 1, va_arg (args, int));
        break;
      case 't':
        sk_bind_text (stmt, i + 1, va_arg (args, const char *));
        break;
      default:
        g_assert_not_reached ();
      }
}

GListModel *
sk_store_list_query (SkStore    *self,
                     GType       item_type,
                     const char *sql,
                     SkRowFunc   from_row,
                     const char *types,
                     ...)
{
  GListStore *list = g_list_store_new (item_type);
  SkDbStmt *stmt = sk_store_prepare (self, sql, NULL);
  va_list args;

  if (stmt == NULL)
    return G_LIST_MODEL (list);
  va_start (args, types);
  bind_values (stmt, types, args);
  va_end (args);
  while (sk_store_step_row (self, stmt, NULL))
    {
      g_autoptr(GObject) item = from_row (stmt);
      g_list_store_append (list, item);
    }
  return G_LIST_MODEL (list);
}

gpointer
sk_store_fetch_one (SkStore    *self,
                    const char *sql,
                    SkRowFunc   from_row,
                    gint64      id)
{
  SkDbStmt *stmt = sk_store_prepare (self, sql, NULL);
  gpointer item = NULL;

  if (stmt == NULL)
    return NULL;
  sk_db_bind_int64 (stmt, 1, id);
  if (sk_store_step_row (self, stmt, NULL))
    {
      item = from_row (stmt);
      sk_db_reset (stmt);
    }
  return item;
}

gint64
sk_store_insert (SkStore     *self,
                 const char  *table,
                 const char  *audit_text,
                 GError     **error,
                 const char  *sql,
                 const char  *types,
                 ...)
{
  SkDbStmt *stmt;
  va_list args;
  gint64 id;

  if (!sk_store_begin (self, error))
    return 0;
  stmt = sk_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  va_start (args, types);
  bind_values (stmt, types, args);
  va_end (args);
  if (!sk_store_step_done (self, stmt, error))
    goto fail;
  id = sk_db_last_insert_rowid (self->db);
  if (!sk_store_audit (self, table, id, 0, "created", NULL, audit_text, error)
      || !sk_store_commit (self, error))
    goto fail;
  return id;

fail:
  sk_store_rollback (self);
  return 0;
}

static gboolean
exec_sql (SkStore     *self,
          const char  *sql,
          GError     **error)
{
  int rc = sk_db_exec (self->db, sql);

  if (rc != SQLITE_OK)
    {
      sk_store_set_sqlite_error (self, sk_db_extended_errcode (self->db), error);
      return FALSE;
    }
  return TRUE;
}

/* ---- Transactions and change signals ---- */

static gboolean
is_busy (int rc)
{
  return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

/* The busy handler waits out most locks, but SQLite returns SQLITE_BUSY at
 * once in a few cases (another connection recovering the WAL, for one), so
 * those are tried again until the same deadline. */
static gboolean
begin_immediate (SkStore  *self,
                 GError  **error)
{
  gint64 deadline = g_get_monotonic_time () + self->lock_wait_ms * G_TIME_SPAN_MILLISECOND;
  /* A server takes its locks row by row as the transaction writes. */
  const char *begin = sk_db_get_backend (self->db) == SK_DB_POSTGRES ? "BEGIN" : "BEGIN IMMEDIATE";
  int rc;

  while (is_busy (rc = sk_db_exec (self->db, begin))
         && g_get_monotonic_time () < deadline)
    g_usleep (50 * G_TIME_SPAN_MILLISECOND);
  if (rc != SQLITE_OK)
    {
      sk_store_set_sqlite_error (self, sk_db_extended_errcode (self->db), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
refuse_read_only (SkStore  *self,
                  GError  **error)
{
  /* A role that may only read: its reason, never the address (it may hold a password). */
  if (self->read_only_reason != NULL)
    {
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY, self->read_only_reason);
      return FALSE;
    }
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY,
               _("“%s” is read-only, so nothing can be changed in it. Copy it somewhere "
                 "writable, or ask for write access."), self->path);
  return FALSE;
}

gboolean
sk_store_begin (SkStore  *self,
                GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (self->read_only)
    return refuse_read_only (self, error);
  /* The outermost level takes the write lock at once (IMMEDIATE), so a
   * busy database fails here and not halfway through. */
  if (self->depth == 0)
    {
      if (!begin_immediate (self, error))
        return FALSE;
    }
  else
    {
      sql = g_strdup_printf ("SAVEPOINT sk%u", self->depth);
      if (!exec_sql (self, sql, error))
        return FALSE;
    }
  self->depth++;
  return TRUE;
}

static void
flush_pending (SkStore *self)
{
  g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending);

  self->pending = g_ptr_array_new ();
  for (guint i = 0; i < pending->len; i++)
    {
      const char *table = g_ptr_array_index (pending, i);
      g_signal_emit (self, signals[SIGNAL_CHANGED], g_quark_from_string (table), table);
    }
}

gboolean
sk_store_commit (SkStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE sk%u", self->depth - 1);
  if (!exec_sql (self, sql, error))
    {
      sk_store_rollback (self);
      return FALSE;
    }
  self->depth--;
  /* Our own writes bump data_version neither way; remember it so the
   * file watch does not announce them as someone else's. */
  if (self->depth == 0)
    {
      if (sk_db_get_backend (self->db) == SK_DB_SQLITE)
        self->data_version = sk_store_query_int (self, "PRAGMA data_version", 0, 0);
      flush_pending (self);
    }
  return TRUE;
}

void
sk_store_rollback (SkStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (SK_IS_STORE (self));
  if (self->depth == 0)
    return;

  if (self->depth == 1)
    {
      sk_db_exec (self->db, "ROLLBACK");
      g_ptr_array_set_size (self->pending, 0);
    }
  else
    {
      sql = g_strdup_printf ("ROLLBACK TO sk%u; RELEASE sk%u", self->depth - 1, self->depth - 1);
      sk_db_exec (self->db, sql);
    }
  self->depth--;
}

/* Queues ::changed for @table, sent once the outermost transaction commits. */
void
sk_store_changed (SkStore    *self,
                  const char *table)
{
  const char *interned = g_intern_string (table);

  for (guint i = 0; i < self->pending->len; i++)
    if (g_ptr_array_index (self->pending, i) == interned)
      return;
  g_ptr_array_add (self->pending, (gpointer) interned);
  if (self->depth == 0)
    flush_pending (self);
}

char *
sk_store_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Records one change in the audit table (inside the caller's transaction). */
gboolean
sk_store_audit (SkStore     *self,
                const char  *entity,
                gint64       entity_id,
                gint64       indicator_id,
                const char  *field,
                const char  *old_value,
                const char  *new_value,
                GError     **error)
{
  SkDbStmt *stmt;
  g_autofree char *now = NULL;

  if (self->audit_off || g_strcmp0 (old_value, new_value) == 0)
    return TRUE;

  stmt = sk_store_prepare (self,
                           "INSERT INTO audit (at, who, entity, entity_id, indicator_id,"
                           " field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  now = sk_store_now ();
  sk_bind_text (stmt, 1, now);
  sk_bind_text (stmt, 2, self->user);
  sk_bind_text (stmt, 3, entity);
  sk_db_bind_int64 (stmt, 4, entity_id);
  sk_bind_id (stmt, 5, indicator_id);
  sk_bind_text (stmt, 6, field);
  sk_bind_text (stmt, 7, old_value);
  sk_bind_text (stmt, 8, new_value);
  return sk_store_step_done (self, stmt, error);
}

void
sk_store_set_auditing (SkStore  *self,
                       gboolean  enabled)
{
  g_return_if_fail (SK_IS_STORE (self));
  self->audit_off = !enabled;
}

/* IS compares NULLs as equal, so a restored row is found again. */
static gboolean
audit_row_exists (SkStore      *self,
                  SkAuditEntry *e)
{
  SkDbStmt *stmt;
  gboolean found;

  stmt = sk_store_prepare (self,
                           "SELECT 1 FROM audit WHERE at IS ?1 AND who IS ?2 AND entity IS ?3"
                           " AND entity_id = ?4 AND indicator_id IS ?5 AND field IS ?6"
                           " AND old_value IS ?7 AND new_value IS ?8 LIMIT 1", NULL);
  if (stmt == NULL)
    return FALSE;
  sk_bind_text (stmt, 1, sk_audit_entry_get_at (e));
  sk_bind_text (stmt, 2, sk_audit_entry_get_who (e));
  sk_bind_text (stmt, 3, sk_audit_entry_get_entity (e));
  sk_db_bind_int64 (stmt, 4, sk_audit_entry_get_entity_id (e));
  sk_bind_id (stmt, 5, sk_audit_entry_get_indicator_id (e));
  sk_bind_text (stmt, 6, sk_audit_entry_get_field (e));
  sk_bind_text (stmt, 7, sk_audit_entry_get_old_value (e));
  sk_bind_text (stmt, 8, sk_audit_entry_get_new_value (e));
  found = sk_store_step_row (self, stmt, NULL);
  sk_db_reset (stmt);
  return found;
}

gboolean
sk_store_restore_audit (SkStore       *self,
                        SkAuditEntry  *entry,
                        GError       **error)
{
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_AUDIT_ENTRY (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (sk_is_blank (sk_audit_entry_get_at (entry)) || sk_is_blank (sk_audit_entry_get_who (entry))
      || sk_is_blank (sk_audit_entry_get_entity (entry)) || sk_audit_entry_get_field (entry) == NULL)
    {
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                           _("A history entry needs a time, a user, an entity and a field."));
      return FALSE;
    }
  if (audit_row_exists (self, entry))
    return TRUE;
  stmt = sk_store_prepare (self,
                           "INSERT INTO audit (at, who, entity, entity_id, indicator_id,"
                           " field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sk_bind_text (stmt, 1, sk_audit_entry_get_at (entry));
  sk_bind_text (stmt, 2, sk_audit_entry_get_who (entry));
  sk_bind_text (stmt, 3, sk_audit_entry_get_entity (entry));
  sk_db_bind_int64 (stmt, 4, sk_audit_entry_get_entity_id (entry));
  sk_bind_id (stmt, 5, sk_audit_entry_get_indicator_id (entry));
  sk_bind_text (stmt, 6, sk_audit_entry_get_field (entry));
  sk_bind_text (stmt, 7, sk_audit_entry_get_old_value (entry));
  sk_bind_text (stmt, 8, sk_audit_entry_get_new_value (entry));
  if (!sk_store_step_done (self, stmt, error))
    return FALSE;
  sk_store_changed (self, "audit");
  return TRUE;
}

/* ---- Opening, schema and migrations ---- */

char *
sk_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "styrkort", "styrkort.db", NULL);
}

static gboolean
migrate (SkStore  *self,
         int       from,
         GError  **error)
{
  /* Each step runs in the same transaction as the version bump, so a
   * failed migration leaves the file as it was. */
  static const char *steps[SK_STORE_SCHEMA_VERSION] = {
    SK_STORE_SCHEMA_V1,
    SK_STORE_MIGRATE_V2,
    SK_STORE_MIGRATE_V3,
    SK_STORE_MIGRATE_V4,
  };
  g_autofree char *pragma = NULL;

  if (from >= SK_STORE_SCHEMA_VERSION)
    return TRUE;
  /* A file with data keeps a copy of itself as it was (sk-store-backup.c). */
  if (from > 0 && !sk_store_backup_before_migration (self, from, error))
    return FALSE;
  if (!sk_store_begin (self, error))
    return FALSE;
  for (int v = from; v < SK_STORE_SCHEMA_VERSION; v++)
    if (!exec_sql (self, steps[v], error))
      {
        sk_store_rollback (self);
        return FALSE;
      }
  pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                            SK_STORE_APPLICATION_ID, SK_STORE_SCHEMA_VERSION);
  if (!exec_sql (self, pragma, error))
    {
      sk_store_rollback (self);
      return FALSE;
    }
  return sk_store_commit (self, error);
}

/* Reads the header without writing anything: a damaged, foreign or
 * too-new file must be left exactly as it is. */
gboolean
sk_store_check_header (SkStore  *self,
                       int      *version,
                       GError  **error)
{
  SkDbStmt *stmt = NULL;
  gint64 app_id = 0, tables = 0;
  int rc;

  rc = sk_db_prepare (self->db,
                           "SELECT (SELECT user_version FROM pragma_user_version),"
                           " (SELECT application_id FROM pragma_application_id),"
                           " (SELECT count(*) FROM sqlite_master)",
                           FALSE, &stmt);
  if (rc == SQLITE_OK)
    rc = sk_db_step (stmt);
  if (rc != SQLITE_ROW)
    {
      rc = sk_db_extended_errcode (self->db);
      sk_db_finalize (stmt);
      sk_store_set_sqlite_error (self, rc == SQLITE_OK ? SQLITE_NOTADB : rc, error);
      return FALSE;
    }
  *version = sk_db_column_int (stmt, 0);
  app_id = sk_db_column_int64 (stmt, 1);
  tables = sk_db_column_int64 (stmt, 2);
  sk_db_finalize (stmt);

  if (tables > 0 && app_id != SK_STORE_APPLICATION_ID)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED,
                   _("“%s” is an SQLite database of another program, not a Styrkort database. "
                     "It has not been changed."), self->path);
      return FALSE;
    }
  if (*version > SK_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Styrkort (database version %d; "
                     "this version reads up to %d). Update Styrkort to open it; the file has not "
                     "been changed."), self->path, *version, SK_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
}

SkStore *
sk_store_open_full (const char        *path,
                    SkStoreOpenFlags   flags,
                    GError           **error)
{
  g_autoptr(SkStore) self = g_object_new (SK_TYPE_STORE, NULL);
  int version = 0;

  self->path = path != NULL ? g_strdup (path) : sk_store_default_path ();

  if (sk_db_is_postgres_uri (self->path))
    {
      if (!sk_store_server_connect (self, flags, error))
        return NULL;
      sk_store_text_attach (self);
      return g_steal_pointer (&self);
    }

  if (!sk_store_file_connect (self, flags, error))
    return NULL;
  if (!(self->read_only ? sk_store_file_check_read_only (self, &version, error)
                        : sk_store_check_header (self, &version, error)))
    return NULL;

  if (self->read_only)
    {
      /* Reading an older file would need its migration written first. */
      if (version < SK_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY,
                       _("“%s” is read-only and was made by an older version of Styrkort "
                         "(or is empty). It must be updated before it can be shown, which needs "
                         "write access: copy it somewhere writable and open the copy."),
                       self->path);
          return NULL;
        }
      if (!exec_sql (self, "PRAGMA foreign_keys = ON;", error))
        return NULL;
    }
  /* Only now that the file is known to be ours do we write to it. */
  /* A new file gets 16 KiB pages (SQLite keeps a file's first choice):
   * a region's million outcomes take a quarter of the pages, and writing
   * them in one import a tenth less time. */
  else if (!exec_sql (self,
                      "PRAGMA foreign_keys = ON;"
                      "PRAGMA page_size = 16384;"
                      "PRAGMA journal_mode = WAL;"
                      "PRAGMA synchronous = NORMAL;",
                      error)
           || !migrate (self, version, error))
    return NULL;

  self->schema_version = (int) sk_store_query_int (self, "PRAGMA user_version", 0, 0);
  self->data_version = sk_store_query_int (self, "PRAGMA data_version", 0, 0);
  sk_db_busy_timeout (self->db, self->lock_wait_ms);
  sk_store_watch_file (self);
  sk_store_text_attach (self);
  return g_steal_pointer (&self);
}

gboolean
sk_store_is_read_only (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  return self->read_only;
}

SkStore *
sk_store_open (const char  *path,
               GError     **error)
{
  return sk_store_open_full (path, SK_STORE_OPEN_CREATE, error);
}

const char *
sk_store_get_path (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return self->path;
}

int
sk_store_get_schema_version (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), 0);
  return self->schema_version;
}

void
sk_store_set_lock_wait (SkStore *self,
                        guint    milliseconds)
{
  g_return_if_fail (SK_IS_STORE (self));
  self->lock_wait_ms = milliseconds;
  sk_db_busy_timeout (self->db, (int) milliseconds);
}

const char *
sk_store_get_user (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return self->user;
}

void
sk_store_set_user (SkStore    *self,
                   const char *user)
{
  g_return_if_fail (SK_IS_STORE (self));
  g_free (self->user);
  self->user = g_strdup (user != NULL ? user : g_get_user_name ());
}

gboolean
sk_store_is_empty (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), TRUE);
  return sk_store_query_int (self,
                             "SELECT (SELECT count(*) FROM plan) + (SELECT count(*) FROM indicator)",
                             0, 0) == 0;
}

char *
sk_store_query_text (SkStore    *self,
                     const char *sql)
{
  SkDbStmt *stmt = sk_store_prepare (self, sql, NULL);
  char *text = NULL;

  if (stmt != NULL && sk_store_step_row (self, stmt, NULL))
    {
      text = g_strdup (sk_column_text (stmt, 0));
      sk_db_reset (stmt);
    }
  return text;
}
