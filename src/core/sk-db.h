/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/*
 * The store's one door to a database engine: SQLite (the embedded
 * default) or PostgreSQL over libpq. It is shaped like the part of the
 * SQLite API the store uses, so the store's code reads the same for both,
 * and it answers with SQLite's result codes (SQLITE_OK, SQLITE_ROW,
 * SQLITE_DONE, SQLITE_CONSTRAINT_UNIQUE, SQLITE_BUSY, …) for both:
 * PostgreSQL's SQLSTATEs are mapped onto them (sk-db-pg.c).
 *
 * SQL is written once, in the dialect both engines share: "?" and "?N"
 * parameters, ifnull(), INSERT OR IGNORE. The PostgreSQL side rewrites
 * those few forms; what cannot be shared is asked with
 * sk_db_get_backend().
 *
 * Only the store layer (src/core/sk-store*.c) includes this header.
 */

typedef enum
{
  SK_DB_SQLITE,
  SK_DB_POSTGRES,
} SkDbBackend;

typedef struct _SkDb     SkDb;
typedef struct _SkDbStmt SkDbStmt;

/* SQLite: wraps a handle opened by the caller (sk-store-file.c knows how
 * a file is opened) and takes it over. */
SkDb         *sk_db_new_sqlite      (sqlite3 *handle);
/* PostgreSQL: a libpq connection string or URI (postgresql://…,
 * postgres:///dbname). NULL on failure with *message set (free it). */
SkDb         *sk_db_open_postgres   (const char *conninfo, char **message);
void          sk_db_close           (SkDb *db);

SkDbBackend   sk_db_get_backend     (SkDb *db);
/* The SQLite handle, for what only SQLite has (backup, salvage, PRAGMAs);
 * NULL on PostgreSQL. */
sqlite3      *sk_db_get_sqlite      (SkDb *db);
/* The libpq PGconn, as a pointer so callers need not include libpq-fe.h;
 * NULL on SQLite. */
gpointer      sk_db_get_pg          (SkDb *db);

/* TRUE for a --db argument that names a PostgreSQL server. */
gboolean      sk_db_is_postgres_uri (const char *name);

/* Runs one or more statements without parameters or results. */
int           sk_db_exec            (SkDb *db, const char *sql);
/* Prepares one statement; @persistent for those cached for the life of
 * the connection. */
int           sk_db_prepare         (SkDb *db, const char *sql, gboolean persistent, SkDbStmt **stmt);

int           sk_db_step            (SkDbStmt *stmt);
int           sk_db_reset           (SkDbStmt *stmt);
int           sk_db_clear_bindings  (SkDbStmt *stmt);
void          sk_db_finalize        (SkDbStmt *stmt);
SkDb         *sk_db_stmt_db         (SkDbStmt *stmt);
const char   *sk_db_stmt_sql        (SkDbStmt *stmt);
int           sk_db_bind_parameter_count (SkDbStmt *stmt);

/* Parameters count from 1. Text is always copied. */
int           sk_db_bind_null       (SkDbStmt *stmt, int index);
int           sk_db_bind_int        (SkDbStmt *stmt, int index, int value);
int           sk_db_bind_int64      (SkDbStmt *stmt, int index, gint64 value);
int           sk_db_bind_double     (SkDbStmt *stmt, int index, double value);
int           sk_db_bind_text       (SkDbStmt *stmt, int index, const char *value, int length);

/* Columns count from 0; valid until the next step, reset or finalize. */
int           sk_db_column_count    (SkDbStmt *stmt);
/* SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT or SQLITE_TEXT. */
int           sk_db_column_type     (SkDbStmt *stmt, int column);
int           sk_db_column_int      (SkDbStmt *stmt, int column);
gint64        sk_db_column_int64    (SkDbStmt *stmt, int column);
double        sk_db_column_double   (SkDbStmt *stmt, int column);
const char   *sk_db_column_text     (SkDbStmt *stmt, int column);
int           sk_db_column_bytes    (SkDbStmt *stmt, int column);

/* Of the last statement run on @db. */
gint64        sk_db_last_insert_rowid (SkDb *db);
int           sk_db_changes         (SkDb *db);
int           sk_db_extended_errcode (SkDb *db);
const char   *sk_db_errmsg          (SkDb *db);
/* Milliseconds a statement waits for another writer's lock. */
void          sk_db_busy_timeout    (SkDb *db, int milliseconds);

/* PostgreSQL: starts listening on @channel; the socket to watch for
 * what arrives (-1 on SQLite). */
int           sk_db_listen          (SkDb *db, const char *channel);
/* The payloads of notifications sent by other connections (ours are left
 * out), NULL-terminated, or NULL when none. @read_socket: read what the
 * socket holds first; else only take what the engine has already read
 * (no system call: for a main loop's every turn). */
char        **sk_db_take_notifications (SkDb *db, gboolean read_socket);

G_END_DECLS
