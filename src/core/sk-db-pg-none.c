/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-db-private.h"

/* Built without libpq: a server address is refused with the reason, and
 * nothing else here is ever reached (no SkDb of this backend exists). */
gpointer
sk_db_pg_connect (const char  *conninfo,
                  char       **message)
{
  *message = g_strdup (_("This build of Styrkort cannot connect to a PostgreSQL server "
                         "(it was built without libpq)."));
  return NULL;
}

void sk_db_pg_close (SkDb *db) { g_assert_not_reached (); }
int sk_db_pg_exec (SkDb *db, const char *sql) { g_assert_not_reached (); }
int sk_db_pg_prepare (SkDb *db, const char *sql, gboolean persistent, SkDbStmt *stmt) { g_assert_not_reached (); }
int sk_db_pg_step (SkDbStmt *stmt) { g_assert_not_reached (); }
int sk_db_pg_reset (SkDbStmt *stmt) { g_assert_not_reached (); }
int sk_db_pg_clear_bindings (SkDbStmt *stmt) { g_assert_not_reached (); }
void sk_db_pg_finalize (SkDbStmt *stmt) { g_assert_not_reached (); }
const char *sk_db_pg_stmt_sql (SkDbStmt *stmt) { g_assert_not_reached (); }
int sk_db_pg_bind_parameter_count (SkDbStmt *stmt) { g_assert_not_reached (); }
int sk_db_pg_bind_null (SkDbStmt *stmt, int index) { g_assert_not_reached (); }
int sk_db_pg_bind_int64 (SkDbStmt *stmt, int index, gint64 value) { g_assert_not_reached (); }
int sk_db_pg_bind_double (SkDbStmt *stmt, int index, double value) { g_assert_not_reached (); }
int sk_db_pg_bind_text (SkDbStmt *stmt, int index, const char *value, int length) { g_assert_not_reached (); }
int sk_db_pg_column_count (SkDbStmt *stmt) { g_assert_not_reached (); }
int sk_db_pg_column_type (SkDbStmt *stmt, int column) { g_assert_not_reached (); }
gint64 sk_db_pg_column_int64 (SkDbStmt *stmt, int column) { g_assert_not_reached (); }
double sk_db_pg_column_double (SkDbStmt *stmt, int column) { g_assert_not_reached (); }
const char *sk_db_pg_column_text (SkDbStmt *stmt, int column) { g_assert_not_reached (); }
int sk_db_pg_column_bytes (SkDbStmt *stmt, int column) { g_assert_not_reached (); }
gint64 sk_db_pg_last_insert_rowid (SkDb *db) { g_assert_not_reached (); }
int sk_db_pg_changes (SkDb *db) { g_assert_not_reached (); }
int sk_db_pg_extended_errcode (SkDb *db) { g_assert_not_reached (); }
const char *sk_db_pg_errmsg (SkDb *db) { g_assert_not_reached (); }
void sk_db_pg_busy_timeout (SkDb *db, int milliseconds) { g_assert_not_reached (); }
int sk_db_pg_listen (SkDb *db, const char *channel) { g_assert_not_reached (); }
char **sk_db_pg_take_notifications (SkDb *db, gboolean read_socket) { g_assert_not_reached (); }
