/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <sqlite3.h>

#include "sk-store-import-batch.h"
#include "sk-store-private.h"
#include "sk-store-schema.h"

/* Rows gathered before they are inserted: a few megabytes, whatever the
 * size of the file. */
#define BATCH_ROWS 32768

typedef struct
{
  gint64  indicator_id;
  gint64  unit_id;
  char    period[8];    /* "YYYY-MM", as checked */
  int     kind;
  double  value;
  double  numerator;
  double  denominator;
  char   *missing_reason;
  char   *comment;
  int     fictional;
} BatchRow;

struct _SkOutcomeBatch
{
  SkStore      *store;
  sqlite3      *db;
  sqlite3_stmt *insert;
  sqlite3_stmt *insert_plain;
  gboolean      plain;        /* every row gathered is a plain value */
  char         *user;
  char         *now;
  BatchRow     *rows;
  guint         n_rows;
  gboolean      failed_unique;
  gboolean      may_drop_index;  /* the rows will outnumber those stored */
  gboolean      index_dropped;
};

/* ---- The virtual table sk_outcome_batch(batch): the rows of a batch ---- */

#define POINTER_TYPE "sk_outcome_batch"
#define COLUMN_BATCH 10

typedef struct
{
  sqlite3_vtab_cursor  base;
  SkOutcomeBatch      *batch;
  guint                i;
} Cursor;

static int
vt_connect (sqlite3             *db,
            void                *aux,
            int                  argc,
            const char * const  *argv,
            sqlite3_vtab       **vtab,
            char               **err)
{
  int rc = sqlite3_declare_vtab (db, "CREATE TABLE x (indicator_id, unit_id, period, kind, value, numerator,"
                                     " denominator, missing_reason, comment, fictional, batch HIDDEN)");

  if (rc != SQLITE_OK)
    return rc;
  *vtab = sqlite3_malloc (sizeof (sqlite3_vtab));
  if (*vtab == NULL)
    return SQLITE_NOMEM;
  memset (*vtab, 0, sizeof (sqlite3_vtab));
  return SQLITE_OK;
}

static int
vt_disconnect (sqlite3_vtab *vtab)
{
  sqlite3_free (vtab);
  return SQLITE_OK;
}

static int
vt_best_index (sqlite3_vtab       *vtab,
               sqlite3_index_info *info)
{
  /* Only with its batch given: sk_outcome_batch(?). */
  for (int i = 0; i < info->nConstraint; i++)
    if (info->aConstraint[i].iColumn == COLUMN_BATCH && info->aConstraint[i].op == SQLITE_INDEX_CONSTRAINT_EQ
        && info->aConstraint[i].usable)
      {
        info->aConstraintUsage[i].argvIndex = 1;
        info->aConstraintUsage[i].omit = 1;
        info->estimatedCost = 1;
        info->estimatedRows = BATCH_ROWS;
        return SQLITE_OK;
      }
  return SQLITE_CONSTRAINT;
}

static int
vt_open (sqlite3_vtab         *vtab,
         sqlite3_vtab_cursor **cursor)
{
  Cursor *c = sqlite3_malloc (sizeof (Cursor));

  if (c == NULL)
    return SQLITE_NOMEM;
  memset (c, 0, sizeof (Cursor));
  *cursor = &c->base;
  return SQLITE_OK;
}

static int
vt_close (sqlite3_vtab_cursor *cursor)
{
  sqlite3_free (cursor);
  return SQLITE_OK;
}

static int
vt_filter (sqlite3_vtab_cursor  *cursor,
           int                   index_num,
           const char           *index_str,
           int                   argc,
           sqlite3_value       **argv)
{
  Cursor *c = (Cursor *) cursor;

  c->batch = argc > 0 ? sqlite3_value_pointer (argv[0], POINTER_TYPE) : NULL;
  c->i = 0;
  return SQLITE_OK;
}

static int
vt_next (sqlite3_vtab_cursor *cursor)
{
  ((Cursor *) cursor)->i++;
  return SQLITE_OK;
}

static int
vt_eof (sqlite3_vtab_cursor *cursor)
{
  Cursor *c = (Cursor *) cursor;

  return c->batch == NULL || c->i >= c->batch->n_rows;
}

static void
result_double (sqlite3_context *ctx,
               double           value)
{
  if (isnan (value))
    sqlite3_result_null (ctx);
  else
    sqlite3_result_double (ctx, value);
}

static void
result_text (sqlite3_context *ctx,
             const char      *text)
{
  if (text == NULL)
    sqlite3_result_null (ctx);
  else
    sqlite3_result_text (ctx, text, -1, SQLITE_STATIC);
}

static int
vt_column (sqlite3_vtab_cursor *cursor,
           sqlite3_context     *ctx,
           int                  column)
{
  Cursor *c = (Cursor *) cursor;
  const BatchRow *row = &c->batch->rows[c->i];

  switch (column)
    {
    case 0: sqlite3_result_int64 (ctx, row->indicator_id); break;
    case 1: sqlite3_result_int64 (ctx, row->unit_id); break;
    case 2: sqlite3_result_text (ctx, row->period, -1, SQLITE_STATIC); break;
    case 3: sqlite3_result_int (ctx, row->kind); break;
    case 4: result_double (ctx, row->value); break;
    case 5: result_double (ctx, row->numerator); break;
    case 6: result_double (ctx, row->denominator); break;
    case 7: result_text (ctx, row->missing_reason); break;
    case 8: result_text (ctx, row->comment); break;
    case 9: sqlite3_result_int (ctx, row->fictional); break;
    default: sqlite3_result_null (ctx); break;
    }
  return SQLITE_OK;
}

static int
vt_rowid (sqlite3_vtab_cursor *cursor,
          sqlite3_int64       *rowid)
{
  *rowid = ((Cursor *) cursor)->i;
  return SQLITE_OK;
}

/* Eponymous only (no xCreate): it exists as a function of its batch. */
static sqlite3_module batch_module = {
  .iVersion = 0,
  .xConnect = vt_connect,
  .xBestIndex = vt_best_index,
  .xDisconnect = vt_disconnect,
  .xOpen = vt_open,
  .xClose = vt_close,
  .xFilter = vt_filter,
  .xNext = vt_next,
  .xEof = vt_eof,
  .xColumn = vt_column,
  .xRowid = vt_rowid,
};

/* ---- The batch ---- */

#define INSERT_SQL \
  "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, numerator, denominator," \
  " missing_reason, comment, changed_by, changed_at, fictional)" \
  " SELECT indicator_id, unit_id, period, kind, value, numerator, denominator, missing_reason," \
  " comment, ?2, ?3, fictional FROM sk_outcome_batch(?1)"
/* A batch of plain values (the common file: no parts, reasons, comments or
 * demo marks) asks the table for only the columns that vary. */
#define INSERT_PLAIN_SQL \
  "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, numerator, denominator," \
  " missing_reason, comment, changed_by, changed_at, fictional)" \
  " SELECT indicator_id, unit_id, period, kind, value, NULL, NULL, NULL, NULL, ?2, ?3, 0" \
  " FROM sk_outcome_batch(?1)"

SkOutcomeBatch *
sk_outcome_batch_new (SkStore     *store,
                      const char  *user,
                      const char  *now,
                      GError     **error)
{
  sqlite3 *db = sk_db_get_sqlite (store->db);
  sqlite3_stmt *insert = NULL, *insert_plain = NULL;
  SkOutcomeBatch *self;
  int rc;

  if (db == NULL)
    return NULL;
  /* Registered once on a connection: a module registered again would be
   * replaced under statements that use it. */
  if (sqlite3_prepare_v3 (db, INSERT_SQL, -1, SQLITE_PREPARE_PERSISTENT, &insert, NULL) != SQLITE_OK)
    {
      sqlite3_finalize (insert);
      insert = NULL;
      rc = sqlite3_create_module (db, "sk_outcome_batch", &batch_module, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v3 (db, INSERT_SQL, -1, SQLITE_PREPARE_PERSISTENT, &insert, NULL);
      if (rc != SQLITE_OK)
        {
          sk_store_set_sqlite_error (store, rc, error);
          sqlite3_finalize (insert);
          return NULL;
        }
    }
  if (sqlite3_prepare_v3 (db, INSERT_PLAIN_SQL, -1, SQLITE_PREPARE_PERSISTENT, &insert_plain, NULL) != SQLITE_OK)
    {
      sk_store_set_sqlite_error (store, sqlite3_extended_errcode (db), error);
      sqlite3_finalize (insert);
      sqlite3_finalize (insert_plain);
      return NULL;
    }
  self = g_new0 (SkOutcomeBatch, 1);
  self->store = g_object_ref (store);
  self->db = db;
  self->insert = insert;
  self->insert_plain = insert_plain;
  self->plain = TRUE;
  self->user = g_strdup (user != NULL ? user : "");
  self->now = g_strdup (now);
  self->rows = g_new (BatchRow, BATCH_ROWS);
  return self;
}

static void
clear_rows (SkOutcomeBatch *self)
{
  for (guint i = 0; i < self->n_rows; i++)
    {
      g_free (self->rows[i].missing_reason);
      g_free (self->rows[i].comment);
    }
  self->n_rows = 0;
  self->plain = TRUE;
}

void
sk_outcome_batch_allow_index_rebuild (SkOutcomeBatch *self)
{
  self->may_drop_index = TRUE;
}

gboolean
sk_outcome_batch_flush (SkOutcomeBatch  *self,
                        GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  self->failed_unique = FALSE;
  if (self->n_rows == 0)
    return TRUE;
  /* Many more rows than stored: the index on (unit, period) is built
   * again from all of them once (a sort) rather than grown a row at a
   * time in six places at once. It is left out only inside this
   * transaction: a rollback brings it back, _finish() makes it. */
  if (self->may_drop_index && !self->index_dropped && self->n_rows == BATCH_ROWS)
    {
      rc = sqlite3_exec (self->db, "DROP INDEX outcome_unit_period", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          sk_store_set_sqlite_error (self->store, rc, error);
          clear_rows (self);
          return FALSE;
        }
      self->index_dropped = TRUE;
    }
  stmt = self->plain ? self->insert_plain : self->insert;
  sqlite3_bind_pointer (stmt, 1, self, POINTER_TYPE, NULL);
  sqlite3_bind_text (stmt, 2, self->user, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->now, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      self->failed_unique = sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE;
      sk_store_set_sqlite_error (self->store, rc, error);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  clear_rows (self);
  return rc == SQLITE_DONE;
}

gboolean
sk_outcome_batch_add (SkOutcomeBatch      *self,
                      const SkOutcomeRow  *row,
                      GError             **error)
{
  BatchRow *r;

  /* A period is "YYYY-MM" once checked (sk_store_check_outcome_row()). */
  g_return_val_if_fail (row->period != NULL && strlen (row->period) == 7, FALSE);

  r = &self->rows[self->n_rows++];
  r->indicator_id = row->indicator_id;
  r->unit_id = row->unit_id;
  memcpy (r->period, row->period, 8);
  r->kind = row->kind;
  r->value = row->value;
  r->numerator = row->numerator;
  r->denominator = row->denominator;
  r->missing_reason = g_strdup (row->missing_reason);
  r->comment = g_strdup (row->comment);
  r->fictional = row->fictional ? 1 : 0;
  if (!isnan (r->numerator) || !isnan (r->denominator) || r->missing_reason != NULL || r->comment != NULL
      || r->fictional)
    self->plain = FALSE;
  if (self->n_rows < BATCH_ROWS)
    return TRUE;
  return sk_outcome_batch_flush (self, error);
}

gboolean
sk_outcome_batch_finish (SkOutcomeBatch  *self,
                         GError         **error)
{
  int rc;

  if (!sk_outcome_batch_flush (self, error))
    return FALSE;
  if (!self->index_dropped)
    return TRUE;
  /* SQLite sorts in as much memory as its page cache may hold, then in a
   * temporary file: a few megabytes keep a larger import's peak where a
   * smaller one's is (the caller sets the cache back after the write). */
  sk_store_set_bulk_cache (self->store, 4096);
  rc = sqlite3_exec (self->db, SK_STORE_OUTCOME_UNIT_PERIOD_INDEX, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      sk_store_set_sqlite_error (self->store, rc, error);
      return FALSE;
    }
  self->index_dropped = FALSE;
  return TRUE;
}

gboolean
sk_outcome_batch_failed_unique (SkOutcomeBatch *self)
{
  return self->failed_unique;
}

void
sk_outcome_batch_free (SkOutcomeBatch *self)
{
  if (self == NULL)
    return;
  clear_rows (self);
  sqlite3_finalize (self->insert);
  sqlite3_finalize (self->insert_plain);
  g_free (self->rows);
  g_free (self->user);
  g_free (self->now);
  g_object_unref (self->store);
  g_free (self);
}
