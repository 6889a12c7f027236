/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libpq-fe.h>

#include "sk-db-private.h"
#include "sk-db-pg-private.h"

/*
 * The PostgreSQL side of sk-db.h over libpq. One connection is used by one
 * thread at a time (as the store uses SQLite with NOMUTEX).
 *
 * Results come back as text (parameters are sent as text too, and the
 * server infers their types from the statement), and answers are SQLite's
 * codes. A refusal by the server's rights (GRANT or row-level security,
 * SQLSTATE 42501) is SQLITE_AUTH: SQLITE_PERM already means "the file is
 * read-only" to the store, while a refused statement is what SQLite's
 * authorizer reports as SQLITE_AUTH.
 *
 * last_insert_rowid: an INSERT into a table with an "id" column is sent
 * with "RETURNING id" added and the id of its last row kept. Unlike
 * lastval() it is right when the id is given explicitly (an import keeping
 * its ids) and when a trigger inserts elsewhere, needs no round trip and
 * no rights on the sequence, and cannot fail (lastval() fails when no
 * sequence was used yet, and a failure aborts the open transaction).
 */

/* Type oids from PostgreSQL's catalog/pg_type.h (not shipped by libpq-dev). */
#define BOOLOID     16
#define INT8OID     20
#define INT2OID     21
#define INT4OID     23
#define TEXTOID     25
#define OIDOID      26
#define FLOAT4OID   700
#define FLOAT8OID   701
#define NUMERICOID  1700

/* SQL rewritten once per connection; statements share it. */
typedef struct
{
  int        refs;
  char      *sql;       /* as the store wrote it */
  SkDbPgSql  pg;
  const char *run;      /* pg.text or pg.text_returning */
  char      *name;      /* the server's prepared statement, or NULL */
  Oid       *types;     /* [n_params]: 0 (inferred) or text for unused numbers */
} Entry;

typedef struct
{
  PGconn     *conn;
  GHashTable *entries;    /* SQL → Entry */
  GHashTable *id_tables;  /* table as written → GINT_TO_POINTER (1 with id, 2 without) */
  guint       n_prepared;
  int         errcode;
  char       *errmsg;
  int         changes;
  gint64      rowid;
} Conn;

typedef struct
{
  Entry     *entry;
  gboolean   persistent;
  char     **values;      /* [n_params] */
  PGresult  *result;      /* rows being walked, or NULL */
  int        row;
  int        n_fields;
  int        failed;      /* the last step's error, for reset */
} Stmt;

/* Entries no prepared statement holds are dropped past this many, so
 * SQL built with values in it cannot grow the cache without bound. */
#define MAX_UNPREPARED 500

static Conn *
conn_of (SkDb *db)
{
  return db->pg;
}

static Stmt *
stmt_of (SkDbStmt *stmt)
{
  return stmt->pg;
}

static void
entry_unref (gpointer data)
{
  Entry *e = data;

  if (e == NULL || --e->refs > 0)
    return;
  g_free (e->sql);
  sk_db_pg_sql_clear (&e->pg);
  g_free (e->name);
  g_free (e->types);
  g_free (e);
}

static int
set_error (Conn       *c,
           int         code,
           const char *message)
{
  c->errcode = code;
  g_free (c->errmsg);
  /* libpq's own messages go on with hints on further lines. */
  c->errmsg = g_strndup (message, strcspn (message, "\n"));
  return code;
}

static int
set_ok (Conn *c)
{
  c->errcode = SQLITE_OK;
  g_clear_pointer (&c->errmsg, g_free);
  return SQLITE_OK;
}

static int
code_for_sqlstate (const char *state)
{
  static const struct { const char *state; int code; } codes[] = {
    { "23505", SQLITE_CONSTRAINT_UNIQUE },
    { "23503", SQLITE_CONSTRAINT_FOREIGNKEY },
    { "23502", SQLITE_CONSTRAINT_NOTNULL },
    { "23514", SQLITE_CONSTRAINT_CHECK },
    { "42501", SQLITE_AUTH },           /* insufficient_privilege, row-level security */
    { "40001", SQLITE_BUSY },           /* serialization_failure */
    { "40P01", SQLITE_BUSY },           /* deadlock_detected */
    { "55P03", SQLITE_BUSY },           /* lock_not_available (lock_timeout) */
    { "57014", SQLITE_BUSY },           /* query_canceled (statement_timeout) */
    { "25006", SQLITE_READONLY },       /* read_only_sql_transaction (a standby) */
    { "53100", SQLITE_FULL },           /* disk_full */
  };

  if (state == NULL)
    return SQLITE_ERROR;
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (strcmp (state, codes[i].state) == 0)
      return codes[i].code;
  if (g_str_has_prefix (state, "23"))
    return SQLITE_CONSTRAINT;
  if (g_str_has_prefix (state, "08") || g_str_has_prefix (state, "57P"))
    return SQLITE_IOERR;              /* connection exceptions, server shut down */
  return SQLITE_ERROR;
}

/* Records and returns the code of a failed @result (which may be NULL). */
static int
result_error (Conn     *c,
              PGresult *result)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  const char *primary = result != NULL ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) : NULL;
  int code = code_for_sqlstate (state);

  if (PQstatus (c->conn) == CONNECTION_BAD)
    code = SQLITE_IOERR;
  if (primary == NULL && result != NULL && *PQresultErrorMessage (result) != '\0')
    primary = PQresultErrorMessage (result);
  if (primary == NULL)
    primary = PQerrorMessage (c->conn);
  return set_error (c, code, primary);
}

static gboolean
is_change (PGresult *result)
{
  const char *status = PQcmdStatus (result);

  return g_str_has_prefix (status, "INSERT ") || g_str_has_prefix (status, "UPDATE ")
         || g_str_has_prefix (status, "DELETE ") || g_str_has_prefix (status, "MERGE ");
}

/* The outcome of a command that ran: OK, or the error it carries. A
 * COMMIT of a transaction that a failed statement aborted answers
 * "ROLLBACK": that is a failure, not a commit. */
static int
command_result (Conn     *c,
                PGresult *result,
                gboolean  commits)
{
  ExecStatusType status = result != NULL ? PQresultStatus (result) : PGRES_FATAL_ERROR;

  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
    return result_error (c, result);
  if (commits && g_str_equal (PQcmdStatus (result), "ROLLBACK"))
    return set_error (c, SQLITE_ERROR,
                      "The transaction was rolled back, not committed: a statement in it failed");
  if (is_change (result))
    c->changes = atoi (PQcmdTuples (result));
  return set_ok (c);
}

static char *
describe_server (const char *conninfo)
{
  PQconninfoOption *options = PQconninfoParse (conninfo, NULL);
  const char *host = NULL, *port = NULL, *dbname = NULL;
  char *text;

  for (PQconninfoOption *o = options; o != NULL && o->keyword != NULL; o++)
    if (o->val != NULL && *o->val != '\0')
      {
        if (strcmp (o->keyword, "host") == 0 || (host == NULL && strcmp (o->keyword, "hostaddr") == 0))
          host = o->val;
        else if (strcmp (o->keyword, "port") == 0)
          port = o->val;
        else if (strcmp (o->keyword, "dbname") == 0)
          dbname = o->val;
      }
  /* Never the password: only where the server is and which database. */
  text = g_strdup_printf ("%s%s%s%s%s", dbname != NULL ? dbname : "", dbname != NULL ? " @ " : "",
                          host != NULL ? host : "localhost", port != NULL ? ":" : "", port != NULL ? port : "");
  PQconninfoFree (options);
  return text;
}

/* Ends @conn with the message naming the server and libpq's @reason. */
static gpointer
refuse_connection (PGconn      *conn,
                   const char  *conninfo,
                   const char  *reason,
                   char       **message)
{
  g_autofree char *server = describe_server (conninfo);
  g_autofree char *why = g_strstrip (g_strdup (reason));

  *message = g_strdup_printf (_("Could not connect to the PostgreSQL server %s: %s"), server, why);
  PQfinish (conn);
  return NULL;
}

/* The server's notices ("already exists, skipping") are for developers:
 * the store reports what matters as errors. */
static void
log_notice (void       *data,
            const char *message)
{
  g_debug ("PostgreSQL: %s", message);
}

gpointer
sk_db_pg_connect (const char  *conninfo,
                  char       **message)
{
  /* The store's text is UTF-8, whatever the user's conninfo says; the
   * name shows in pg_stat_activity unless the conninfo gives another. */
  const char *keys[] = { "dbname", "client_encoding", "fallback_application_name", NULL };
  const char *values[] = { conninfo, "UTF8", "styrkort", NULL };
  PGconn *conn = PQconnectdbParams (keys, values, 1);
  PGresult *result;
  Conn *c;

  if (PQstatus (conn) != CONNECTION_OK)
    return refuse_connection (conn, conninfo, conn != NULL ? PQerrorMessage (conn) : "out of memory",
                              message);
  /* Text the store can read back the same: ISO dates, every digit of a
   * double, backslashes as written. */
  result = PQexec (conn, "SET standard_conforming_strings = on; SET DateStyle = 'ISO';"
                         " SET extra_float_digits = 3");
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    {
      g_autofree char *reason = g_strdup (PQresultErrorMessage (result));

      PQclear (result);
      return refuse_connection (conn, conninfo, reason, message);
    }
  PQclear (result);
  PQsetNoticeProcessor (conn, log_notice, NULL);

  c = g_new0 (Conn, 1);
  c->conn = conn;
  c->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_unref);
  c->id_tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return c;
}

void
sk_db_pg_close (SkDb *db)
{
  Conn *c = conn_of (db);

  PQfinish (c->conn);
  g_hash_table_unref (c->entries);
  g_hash_table_unref (c->id_tables);
  g_free (c->errmsg);
  g_free (c);
  db->pg = NULL;
}

int
sk_db_pg_exec (SkDb       *db,
               const char *sql)
{
  Conn *c = conn_of (db);
  SkDbPgSql pg;
  char *message = NULL;
  PGresult *result;
  int rc;

  if (!sk_db_pg_sql_rewrite (sql, &pg, &message))
    {
      rc = set_error (c, SQLITE_ERROR, message);
      g_free (message);
      return rc;
    }
  result = PQexec (c->conn, pg.text);
  rc = command_result (c, result, pg.commits);
  PQclear (result);
  sk_db_pg_sql_clear (&pg);
  return rc;
}

/* Whether INSERTs into @table get "RETURNING id" (1) or not (0), asked of
 * the server once per table; -1 when it could not tell (no such table
 * yet, or a failed transaction): then nothing is remembered. */
static int
table_has_id (Conn       *c,
              const char *table)
{
  const char *values[] = { table };
  gpointer known = g_hash_table_lookup (c->id_tables, table);
  PGresult *result;
  int has_id = -1;

  if (known != NULL)
    return GPOINTER_TO_INT (known) == 1;
  result = PQexecParams (c->conn,
                         "SELECT to_regclass($1) IS NOT NULL, EXISTS (SELECT 1 FROM pg_attribute"
                         " WHERE attrelid = to_regclass($1) AND attname = 'id' AND attnum > 0"
                         " AND NOT attisdropped)", 1, NULL, values, NULL, NULL, 0);
  if (PQresultStatus (result) == PGRES_TUPLES_OK && PQntuples (result) == 1
      && strcmp (PQgetvalue (result, 0, 0), "t") == 0)
    {
      has_id = strcmp (PQgetvalue (result, 0, 1), "t") == 0;
      g_hash_table_insert (c->id_tables, g_strdup (table), GINT_TO_POINTER (has_id == 1 ? 1 : 2));
    }
  PQclear (result);
  return has_id;
}

/* A new reference to the rewritten @sql, or NULL when it cannot run. */
static Entry *
lookup_entry (Conn       *c,
              const char *sql)
{
  Entry *e = g_hash_table_lookup (c->entries, sql);
  char *message = NULL;
  int has_id = 0;

  if (e != NULL)
    {
      e->refs++;
      return e;
    }
  e = g_new0 (Entry, 1);
  if (!sk_db_pg_sql_rewrite (sql, &e->pg, &message))
    {
      set_error (c, SQLITE_ERROR, message);
      g_free (message);
      g_free (e);
      return NULL;
    }
  e->refs = 1;
  e->sql = g_strdup (sql);
  e->run = e->pg.text;
  if (e->pg.text_returning != NULL && (has_id = table_has_id (c, e->pg.insert_table)) == 1)
    e->run = e->pg.text_returning;
  /* A number the text skips ("?2" alone) still has a slot: PostgreSQL
   * cannot infer its type, so it is text (and never read). */
  e->types = g_new0 (Oid, MAX (e->pg.n_params, 1));
  for (int i = 1; i <= e->pg.n_params; i++)
    e->types[i - 1] = e->pg.used[i] ? 0 : TEXTOID;

  if (has_id < 0)
    return e;   /* asked again next time */
  if (g_hash_table_size (c->entries) >= MAX_UNPREPARED + c->n_prepared)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, c->entries);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (((Entry *) value)->name == NULL)
          g_hash_table_iter_remove (&iter);
    }
  g_hash_table_insert (c->entries, e->sql, e);
  e->refs++;
  return e;
}

int
sk_db_pg_prepare (SkDb       *db,
                  const char *sql,
                  gboolean    persistent,
                  SkDbStmt   *stmt)
{
  Conn *c = conn_of (db);
  Entry *e = lookup_entry (c, sql);
  Stmt *s;

  if (e == NULL)
    return c->errcode;
  /* Prepared once per connection, when first asked: the server keeps the
   * plan for the statements the store keeps. */
  if (persistent && e->name == NULL)
    {
      g_autofree char *name = g_strdup_printf ("sk_%u", c->n_prepared + 1);
      PGresult *result = PQprepare (c->conn, name, e->run, e->pg.n_params, e->types);
      int rc = command_result (c, result, FALSE);

      PQclear (result);
      if (rc != SQLITE_OK)
        {
          entry_unref (e);
          return rc;
        }
      e->name = g_steal_pointer (&name);
      c->n_prepared++;
    }
  s = g_new0 (Stmt, 1);
  s->entry = e;   /* takes the reference */
  s->persistent = persistent;
  s->values = g_new0 (char *, MAX (e->pg.n_params, 1));
  stmt->pg = s;
  return set_ok (c);
}

static void
drop_result (Stmt *s)
{
  g_clear_pointer (&s->result, PQclear);
  s->row = 0;
}

static PGresult *
run (Conn *c,
     Stmt *s)
{
  Entry *e = s->entry;
  const char *const *values = (const char *const *) s->values;

  if (e->name != NULL)
    return PQexecPrepared (c->conn, e->name, e->pg.n_params, values, NULL, NULL, 0);
  return PQexecParams (c->conn, e->run, e->pg.n_params, e->types, values, NULL, NULL, 0);
}

/* Runs the statement: its rows are then walked by step. */
static int
execute (Conn *c,
         Stmt *s)
{
  PGresult *result = run (c, s);
  int rc = command_result (c, result, s->entry->pg.commits);

  if (rc != SQLITE_OK)
    {
      PQclear (result);
      return rc;
    }
  s->n_fields = PQnfields (result);
  if (s->entry->run == s->entry->pg.text_returning)
    {
      /* Rows of the added RETURNING id: the store sees none. */
      if (PQntuples (result) > 0)
        c->rowid = g_ascii_strtoll (PQgetvalue (result, PQntuples (result) - 1, 0), NULL, 10);
      s->n_fields = 0;
      PQclear (result);
      return SQLITE_DONE;
    }
  if (PQresultStatus (result) != PGRES_TUPLES_OK)
    {
      PQclear (result);
      return SQLITE_DONE;
    }
  s->result = result;
  s->row = -1;
  return SQLITE_ROW;
}

int
sk_db_pg_step (SkDbStmt *stmt)
{
  Conn *c = conn_of (stmt->db);
  Stmt *s = stmt_of (stmt);
  int rc;

  if (s->result == NULL)
    {
      rc = execute (c, s);
      if (rc != SQLITE_ROW)
        {
          s->failed = rc == SQLITE_DONE ? SQLITE_OK : rc;
          return rc;
        }
    }
  if (++s->row < PQntuples (s->result))
    return SQLITE_ROW;
  /* Done; the next step runs the statement again, as SQLite's does. */
  drop_result (s);
  return SQLITE_DONE;
}

int
sk_db_pg_reset (SkDbStmt *stmt)
{
  Stmt *s = stmt_of (stmt);
  int rc = s->failed;

  drop_result (s);
  s->failed = SQLITE_OK;
  return rc;
}

int
sk_db_pg_clear_bindings (SkDbStmt *stmt)
{
  Stmt *s = stmt_of (stmt);

  for (int i = 0; i < s->entry->pg.n_params; i++)
    g_clear_pointer (&s->values[i], g_free);
  return SQLITE_OK;
}

void
sk_db_pg_finalize (SkDbStmt *stmt)
{
  Stmt *s = stmt_of (stmt);

  if (s == NULL)
    return;
  drop_result (s);
  sk_db_pg_clear_bindings (stmt);
  g_free (s->values);
  entry_unref (s->entry);
  g_free (s);
  stmt->pg = NULL;
}

const char *
sk_db_pg_stmt_sql (SkDbStmt *stmt)
{
  return stmt_of (stmt)->entry->sql;
}

int
sk_db_pg_bind_parameter_count (SkDbStmt *stmt)
{
  return stmt_of (stmt)->entry->pg.n_params;
}

/* Takes @value. */
static int
bind (SkDbStmt *stmt,
      int       index,
      char     *value)
{
  Stmt *s = stmt_of (stmt);

  if (index < 1 || index > s->entry->pg.n_params)
    {
      g_free (value);
      return set_error (conn_of (stmt->db), SQLITE_RANGE, "column index out of range");
    }
  g_free (s->values[index - 1]);
  s->values[index - 1] = value;
  return SQLITE_OK;
}

int
sk_db_pg_bind_null (SkDbStmt *stmt,
                    int       index)
{
  return bind (stmt, index, NULL);
}

int
sk_db_pg_bind_int64 (SkDbStmt *stmt,
                     int       index,
                     gint64    value)
{
  return bind (stmt, index, g_strdup_printf ("%" G_GINT64_FORMAT, value));
}

int
sk_db_pg_bind_double (SkDbStmt *stmt,
                      int       index,
                      double    value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* SQLite stores a NaN as NULL. */
  if (isnan (value))
    return bind (stmt, index, NULL);
  if (isinf (value))
    return bind (stmt, index, g_strdup (value > 0 ? "Infinity" : "-Infinity"));
  /* The shortest text that reads back as the same double, never a comma. */
  return bind (stmt, index, g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value)));
}

int
sk_db_pg_bind_text (SkDbStmt   *stmt,
                    int         index,
                    const char *value,
                    int         length)
{
  if (value == NULL)
    return bind (stmt, index, NULL);
  return bind (stmt, index, length < 0 ? g_strdup (value) : g_strndup (value, length));
}

int
sk_db_pg_column_count (SkDbStmt *stmt)
{
  return stmt_of (stmt)->n_fields;
}

/* The value in the current row, or NULL (for SQL NULL too). */
static const char *
value_at (Stmt *s,
          int   column)
{
  if (s->result == NULL || s->row < 0 || s->row >= PQntuples (s->result)
      || column < 0 || column >= PQnfields (s->result) || PQgetisnull (s->result, s->row, column))
    return NULL;
  return PQgetvalue (s->result, s->row, column);
}

int
sk_db_pg_column_type (SkDbStmt *stmt,
                      int       column)
{
  Stmt *s = stmt_of (stmt);
  const char *value = value_at (s, column);

  if (value == NULL)
    return SQLITE_NULL;
  switch (PQftype (s->result, column))
    {
    case INT2OID:
    case INT4OID:
    case INT8OID:
    case OIDOID:
    case BOOLOID:
      return SQLITE_INTEGER;
    case FLOAT4OID:
    case FLOAT8OID:
      return SQLITE_FLOAT;
    case NUMERICOID:
      /* sum() of integers is numeric in PostgreSQL and an integer in
       * SQLite: a whole number stays one. */
      return value[strspn (value, "-0123456789")] == '\0' ? SQLITE_INTEGER : SQLITE_FLOAT;
    default:
      return SQLITE_TEXT;
    }
}

static gboolean
is_bool (Stmt *s,
         int   column)
{
  return PQftype (s->result, column) == BOOLOID;
}

gint64
sk_db_pg_column_int64 (SkDbStmt *stmt,
                       int       column)
{
  Stmt *s = stmt_of (stmt);
  const char *value = value_at (s, column);
  double d;

  if (value == NULL)
    return 0;
  if (is_bool (s, column))
    return value[0] == 't';
  if (value[strspn (value, " -0123456789")] == '\0')
    return g_ascii_strtoll (value, NULL, 10);
  /* As SQLite reads a REAL as an integer: truncated, saturated. */
  d = g_ascii_strtod (value, NULL);
  if (isnan (d))
    return 0;
  if (d >= 9223372036854775807.0)
    return G_MAXINT64;
  if (d <= -9223372036854775808.0)
    return G_MININT64;
  return (gint64) d;
}

double
sk_db_pg_column_double (SkDbStmt *stmt,
                        int       column)
{
  Stmt *s = stmt_of (stmt);
  const char *value = value_at (s, column);

  if (value == NULL)
    return 0.0;
  if (is_bool (s, column))
    return value[0] == 't';
  return g_ascii_strtod (value, NULL);
}

const char *
sk_db_pg_column_text (SkDbStmt *stmt,
                      int       column)
{
  Stmt *s = stmt_of (stmt);
  const char *value = value_at (s, column);

  /* A boolean reads as the 1 or 0 SQLite would give. */
  if (value != NULL && is_bool (s, column))
    return value[0] == 't' ? "1" : "0";
  return value;
}

int
sk_db_pg_column_bytes (SkDbStmt *stmt,
                       int       column)
{
  const char *value = sk_db_pg_column_text (stmt, column);

  return value != NULL ? (int) strlen (value) : 0;
}

gint64
sk_db_pg_last_insert_rowid (SkDb *db)
{
  return conn_of (db)->rowid;
}

int
sk_db_pg_changes (SkDb *db)
{
  return conn_of (db)->changes;
}

int
sk_db_pg_extended_errcode (SkDb *db)
{
  return conn_of (db)->errcode;
}

const char *
sk_db_pg_errmsg (SkDb *db)
{
  Conn *c = conn_of (db);

  return c->errmsg != NULL ? c->errmsg : "not an error";
}

void
sk_db_pg_busy_timeout (SkDb *db,
                       int   milliseconds)
{
  Conn *c = conn_of (db);
  /* 0 means "do not wait" to SQLite but "wait for ever" to PostgreSQL. */
  g_autofree char *sql = g_strdup_printf ("SET lock_timeout = %d", MAX (milliseconds, 1));
  PGresult *result = PQexec (c->conn, sql);

  command_result (c, result, FALSE);
  PQclear (result);
}

int
sk_db_pg_listen (SkDb       *db,
                 const char *channel)
{
  Conn *c = conn_of (db);
  g_autofree char *sql = NULL;
  char *quoted;
  PGresult *result;
  gboolean ok;

  quoted = PQescapeIdentifier (c->conn, channel, strlen (channel));
  sql = g_strdup_printf ("LISTEN %s", quoted);
  PQfreemem (quoted);
  result = PQexec (c->conn, sql);
  ok = PQresultStatus (result) == PGRES_COMMAND_OK;
  PQclear (result);
  return ok ? PQsocket (c->conn) : -1;
}

char **
sk_db_pg_take_notifications (SkDb     *db,
                             gboolean  read_socket)
{
  Conn *c = conn_of (db);
  GPtrArray *payloads = NULL;
  PGnotify *notify;
  int own = PQbackendPID (c->conn);

  if (read_socket)
    PQconsumeInput (c->conn);
  while ((notify = PQnotifies (c->conn)) != NULL)
    {
      /* Our own changes are announced by the store as it makes them. */
      if (notify->be_pid != own)
        {
          if (payloads == NULL)
            payloads = g_ptr_array_new ();
          g_ptr_array_add (payloads, g_strdup (notify->extra));
        }
      PQfreemem (notify);
    }
  if (payloads == NULL)
    return NULL;
  g_ptr_array_add (payloads, NULL);
  return (char **) g_ptr_array_free (payloads, FALSE);
}
