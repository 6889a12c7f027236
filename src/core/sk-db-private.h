/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-db.h"

G_BEGIN_DECLS

/* Shared by sk-db.c (the SQLite side and the dispatch) and sk-db-pg.c. */
struct _SkDb
{
  SkDbBackend  backend;
  sqlite3     *lite;
  gpointer     pg;      /* sk-db-pg.c's connection state */
};

struct _SkDbStmt
{
  SkDb         *db;
  sqlite3_stmt *lite;
  gpointer      pg;     /* sk-db-pg.c's statement state */
};

/* sk-db-pg.c: the PostgreSQL side, called by sk-db.c for SK_DB_POSTGRES.
 * Same meaning as the public functions of the same name without "_pg". */
gpointer      sk_db_pg_connect      (const char *conninfo, char **message);
void          sk_db_pg_close        (SkDb *db);
int           sk_db_pg_exec         (SkDb *db, const char *sql);
int           sk_db_pg_prepare      (SkDb *db, const char *sql, gboolean persistent, SkDbStmt *stmt);
int           sk_db_pg_step         (SkDbStmt *stmt);
int           sk_db_pg_reset        (SkDbStmt *stmt);
int           sk_db_pg_clear_bindings (SkDbStmt *stmt);
void          sk_db_pg_finalize     (SkDbStmt *stmt);
const char   *sk_db_pg_stmt_sql     (SkDbStmt *stmt);
int           sk_db_pg_bind_parameter_count (SkDbStmt *stmt);
int           sk_db_pg_bind_null    (SkDbStmt *stmt, int index);
int           sk_db_pg_bind_int64   (SkDbStmt *stmt, int index, gint64 value);
int           sk_db_pg_bind_double  (SkDbStmt *stmt, int index, double value);
int           sk_db_pg_bind_text    (SkDbStmt *stmt, int index, const char *value, int length);
int           sk_db_pg_column_count (SkDbStmt *stmt);
int           sk_db_pg_column_type  (SkDbStmt *stmt, int column);
gint64        sk_db_pg_column_int64 (SkDbStmt *stmt, int column);
double        sk_db_pg_column_double (SkDbStmt *stmt, int column);
const char   *sk_db_pg_column_text  (SkDbStmt *stmt, int column);
int           sk_db_pg_column_bytes (SkDbStmt *stmt, int column);
gint64        sk_db_pg_last_insert_rowid (SkDb *db);
int           sk_db_pg_changes      (SkDb *db);
int           sk_db_pg_extended_errcode (SkDb *db);
const char   *sk_db_pg_errmsg       (SkDb *db);
void          sk_db_pg_busy_timeout (SkDb *db, int milliseconds);
int           sk_db_pg_listen       (SkDb *db, const char *channel);
char        **sk_db_pg_take_notifications (SkDb *db, gboolean read_socket);

G_END_DECLS
