/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include "sk-db-private.h"

/* SQLite is the common case and stays a direct call; PostgreSQL goes
 * through sk-db-pg.c. */
#define PG(db) ((db)->backend == SK_DB_POSTGRES)

SkDb *
sk_db_new_sqlite (sqlite3 *handle)
{
  SkDb *db = g_new0 (SkDb, 1);

  db->backend = SK_DB_SQLITE;
  db->lite = handle;
  return db;
}

SkDb *
sk_db_open_postgres (const char  *conninfo,
                     char       **message)
{
  gpointer pg = sk_db_pg_connect (conninfo, message);
  SkDb *db;

  if (pg == NULL)
    return NULL;
  db = g_new0 (SkDb, 1);
  db->backend = SK_DB_POSTGRES;
  db->pg = pg;
  return db;
}

void
sk_db_close (SkDb *db)
{
  if (db == NULL)
    return;
  if (PG (db))
    sk_db_pg_close (db);
  else
    sqlite3_close_v2 (db->lite);
  g_free (db);
}

SkDbBackend
sk_db_get_backend (SkDb *db)
{
  return db->backend;
}

sqlite3 *
sk_db_get_sqlite (SkDb *db)
{
  return db != NULL ? db->lite : NULL;
}

gpointer
sk_db_get_pg (SkDb *db)
{
  return db != NULL ? db->pg : NULL;
}

gboolean
sk_db_is_postgres_uri (const char *name)
{
  return name != NULL
         && (g_str_has_prefix (name, "postgresql://") || g_str_has_prefix (name, "postgres://"));
}

int
sk_db_exec (SkDb       *db,
            const char *sql)
{
  if (PG (db))
    return sk_db_pg_exec (db, sql);
  return sqlite3_exec (db->lite, sql, NULL, NULL, NULL);
}

int
sk_db_prepare (SkDb        *db,
               const char  *sql,
               gboolean     persistent,
               SkDbStmt   **out)
{
  SkDbStmt *stmt = g_new0 (SkDbStmt, 1);
  int rc;

  stmt->db = db;
  if (PG (db))
    rc = sk_db_pg_prepare (db, sql, persistent, stmt);
  else
    rc = sqlite3_prepare_v3 (db->lite, sql, -1, persistent ? SQLITE_PREPARE_PERSISTENT : 0,
                             &stmt->lite, NULL);
  if (rc != SQLITE_OK)
    {
      sk_db_finalize (stmt);
      stmt = NULL;
    }
  *out = stmt;
  return rc;
}

int
sk_db_step (SkDbStmt *stmt)
{
  return PG (stmt->db) ? sk_db_pg_step (stmt) : sqlite3_step (stmt->lite);
}

int
sk_db_reset (SkDbStmt *stmt)
{
  return PG (stmt->db) ? sk_db_pg_reset (stmt) : sqlite3_reset (stmt->lite);
}

int
sk_db_clear_bindings (SkDbStmt *stmt)
{
  return PG (stmt->db) ? sk_db_pg_clear_bindings (stmt) : sqlite3_clear_bindings (stmt->lite);
}

void
sk_db_finalize (SkDbStmt *stmt)
{
  if (stmt == NULL)
    return;
  if (PG (stmt->db))
    sk_db_pg_finalize (stmt);
  else
    sqlite3_finalize (stmt->lite);
  g_free (stmt);
}

SkDb *
sk_db_stmt_db (SkDbStmt *stmt)
{
  return stmt->db;
}

const char *
sk_db_stmt_sql (SkDbStmt *stmt)
{
  return PG (stmt->db) ? sk_db_pg_stmt_sql (stmt) : sqlite3_sql (stmt->lite);
}

int
sk_db_bind_parameter_count (SkDbStmt *stmt)
{
  return PG (stmt->db) ? sk_db_pg_bind_parameter_count (stmt) : sqlite3_bind_parameter_count (stmt->lite);
}

int
sk_db_bind_null (SkDbStmt *stmt, int index)
{
  return PG (stmt->db) ? sk_db_pg_bind_null (stmt, index) : sqlite3_bind_null (stmt->lite, index);
}

int
sk_db_bind_int (SkDbStmt *stmt, int index, int value)
{
  return PG (stmt->db) ? sk_db_pg_bind_int64 (stmt, index, value) : sqlite3_bind_int (stmt->lite, index, value);
}

int
sk_db_bind_int64 (SkDbStmt *stmt, int index, gint64 value)
{
  return PG (stmt->db) ? sk_db_pg_bind_int64 (stmt, index, value) : sqlite3_bind_int64 (stmt->lite, index, value);
}

int
sk_db_bind_double (SkDbStmt *stmt, int index, double value)
{
  return PG (stmt->db) ? sk_db_pg_bind_double (stmt, index, value) : sqlite3_bind_double (stmt->lite, index, value);
}

int
sk_db_bind_text (SkDbStmt *stmt, int index, const char *value, int length)
{
  if (PG (stmt->db))
    return sk_db_pg_bind_text (stmt, index, value, length);
  return sqlite3_bind_text (stmt->lite, index, value, length, SQLITE_TRANSIENT);
}

int
sk_db_column_count (SkDbStmt *stmt)
{
  return PG (stmt->db) ? sk_db_pg_column_count (stmt) : sqlite3_column_count (stmt->lite);
}

int
sk_db_column_type (SkDbStmt *stmt, int column)
{
  return PG (stmt->db) ? sk_db_pg_column_type (stmt, column) : sqlite3_column_type (stmt->lite, column);
}

int
sk_db_column_int (SkDbStmt *stmt, int column)
{
  return PG (stmt->db) ? (int) sk_db_pg_column_int64 (stmt, column) : sqlite3_column_int (stmt->lite, column);
}

gint64
sk_db_column_int64 (SkDbStmt *stmt, int column)
{
  return PG (stmt->db) ? sk_db_pg_column_int64 (stmt, column) : sqlite3_column_int64 (stmt->lite, column);
}

double
sk_db_column_double (SkDbStmt *stmt, int column)
{
  return PG (stmt->db) ? sk_db_pg_column_double (stmt, column) : sqlite3_column_double (stmt->lite, column);
}

const char *
sk_db_column_text (SkDbStmt *stmt, int column)
{
  if (PG (stmt->db))
    return sk_db_pg_column_text (stmt, column);
  return (const char *) sqlite3_column_text (stmt->lite, column);
}

int
sk_db_column_bytes (SkDbStmt *stmt, int column)
{
  return PG (stmt->db) ? sk_db_pg_column_bytes (stmt, column) : sqlite3_column_bytes (stmt->lite, column);
}

gint64
sk_db_last_insert_rowid (SkDb *db)
{
  return PG (db) ? sk_db_pg_last_insert_rowid (db) : sqlite3_last_insert_rowid (db->lite);
}

int
sk_db_changes (SkDb *db)
{
  return PG (db) ? sk_db_pg_changes (db) : sqlite3_changes (db->lite);
}

int
sk_db_extended_errcode (SkDb *db)
{
  return PG (db) ? sk_db_pg_extended_errcode (db) : sqlite3_extended_errcode (db->lite);
}

const char *
sk_db_errmsg (SkDb *db)
{
  return PG (db) ? sk_db_pg_errmsg (db) : sqlite3_errmsg (db->lite);
}

void
sk_db_busy_timeout (SkDb *db, int milliseconds)
{
  if (PG (db))
    sk_db_pg_busy_timeout (db, milliseconds);
  else
    sqlite3_busy_timeout (db->lite, milliseconds);
}

int
sk_db_listen (SkDb *db, const char *channel)
{
  return PG (db) ? sk_db_pg_listen (db, channel) : -1;
}

char **
sk_db_take_notifications (SkDb *db, gboolean read_socket)
{
  return PG (db) ? sk_db_pg_take_notifications (db, read_socket) : NULL;
}
