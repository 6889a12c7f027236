/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-format.h"
#include "sk-store-import.h"
#include "sk-store-import-batch.h"
#include "sk-store-private.h"
#include "sk-text.h"

/* The write path of one large import (see the header). Its statements are
 * its own, held for the whole pass: a million rows must not hash the SQL
 * text, lock the store's text table or reset the statement twice a row. */

struct _SkOutcomeWriter
{
  SkStore      *store;
  char         *now;
  char         *source;
  SkDbStmt *get;
  SkDbStmt *insert;
  SkDbStmt *update;
  SkDbStmt *audit;
  GHashTable   *new_values;  /* indicator id → count of values put into empty cells */
  gint64        last_counted;
  guint        *last_count;  /* new_values' count of last_counted */
  gint64        base;        /* the highest outcome id before the pass: higher ones are its own */
  guint8       *met;         /* a bit for each stored outcome's id (≤ base) the pass has met */
  SkDbStmt *latest;      /* the earliest and latest month stored for an indicator at a unit */
  GHashTable   *latest_of;   /* (indicator, unit) → StoredRange */
  gpointer      recent[256]; /* StoredRange: the last met in each slot */
  GString      *texts[5];    /* the texts of the last found (SkStoredOutcome) */
  SkOutcomeBatch *batch;     /* SQLite: new rows inserted many at a time */
  gboolean      repeated;    /* an insert met a row of this pass at its place */
  gboolean      wrote;
};

static void
bind_text (SkDbStmt *stmt,
           int           index,
           const char   *text)
{
  /* The texts were checked as typed ones are (valid UTF-8, sk_text_check),
   * and live until the statement is stepped. */
  if (text == NULL)
    sk_db_bind_null (stmt, index);
  else
    sk_db_bind_text (stmt, index, text, -1);
}

static void
bind_double (SkDbStmt *stmt,
             int           index,
             double        value)
{
  if (isnan (value))
    sk_db_bind_null (stmt, index);
  else
    sk_db_bind_double (stmt, index, value);
}

static const char *
column_text (SkDbStmt *stmt,
             int           column)
{
  return sk_db_column_text (stmt, column);
}

static double
column_double (SkDbStmt *stmt,
               int           column)
{
  return sk_db_column_type (stmt, column) == SQLITE_NULL ? NAN : sk_db_column_double (stmt, column);
}

static SkDbStmt *
prepare (SkStore     *store,
         const char  *sql,
         GError     **error)
{
  SkDbStmt *stmt = NULL;
  int rc = sk_db_prepare (store->db, sql, TRUE, &stmt);

  if (rc != SQLITE_OK)
    {
      sk_store_set_sqlite_error (store, rc, error);
      sk_db_finalize (stmt);
      return NULL;
    }
  return stmt;
}

SkOutcomeWriter *
sk_outcome_writer_new (SkStore     *store,
                       const char  *now,
                       const char  *source,
                       GError     **error)
{
  SkOutcomeWriter *self;
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);

  self = g_new0 (SkOutcomeWriter, 1);
  self->store = g_object_ref (store);
  self->now = g_strdup (now);
  self->source = g_strdup (source);
  self->new_values = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    self->texts[i] = g_string_new (NULL);
  self->get = prepare (store,
                       "SELECT id, value, numerator, denominator, missing_reason, comment, changed_by,"
                       " changed_at, fictional FROM outcome"
                       " WHERE indicator_id = ?1 AND unit_id = ?2 AND period = ?3 AND kind = ?4", error);
  if (self->get == NULL)
    goto fail;
  /* A month after the latest stored for the indicator and unit (a new
   * month's or year's file), or before the earliest, holds nothing: not
   * looked for. A second row for it in the file is found by the unique
   * index when written. */
  self->latest = prepare (store,
                          "SELECT ifnull(min(period), ''), ifnull(max(period), '') FROM outcome"
                          " WHERE indicator_id = ?1 AND unit_id = ?2", error);
  if (self->latest == NULL)
    goto fail;
  self->latest_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  /* Reading only (the preview): nothing else is needed. */
  if (now == NULL)
    return self;
  /* Where nothing is stored, a plain insert; else the stored row by its id
   * (found already): neither looks for the place again as an upsert would. */
  self->insert = prepare (store,
                          "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, numerator,"
                          " denominator, missing_reason, comment, changed_by, changed_at, fictional)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", error);
  if (self->insert == NULL)
    goto fail;
  self->update = prepare (store,
                          "UPDATE outcome SET value = ?2, numerator = ?3, denominator = ?4,"
                          " missing_reason = ?5, comment = ?6, changed_by = ?7, changed_at = ?8,"
                          " fictional = ?9 WHERE id = ?1", error);
  if (self->update == NULL)
    goto fail;
  /* Outcome ids grow (an INTEGER PRIMARY KEY without AUTOINCREMENT: the
   * highest + 1), so those above the highest now are the pass's own. */
  stmt = prepare (store, "SELECT ifnull(max(id), 0) FROM outcome", error);
  if (stmt == NULL)
    goto fail;
  if (sk_db_step (stmt) == SQLITE_ROW)
    self->base = sk_db_column_int64 (stmt, 0);
  sk_db_finalize (stmt);
  if ((self->batch = sk_outcome_batch_new (store, store->user, now, error)) == NULL
      && sk_db_get_backend (store->db) == SK_DB_SQLITE)
    goto fail;
  self->audit = prepare (store,
                         "INSERT INTO audit (at, who, entity, entity_id, indicator_id,"
                         " field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (self->audit == NULL)
    goto fail;
  return self;

fail:
  sk_outcome_writer_free (self);
  return NULL;
}

void
sk_outcome_writer_free (SkOutcomeWriter *self)
{
  if (self == NULL)
    return;
  sk_db_finalize (self->get);
  sk_db_finalize (self->insert);
  sk_db_finalize (self->update);
  sk_db_finalize (self->audit);
  sk_db_finalize (self->latest);
  g_clear_pointer (&self->batch, sk_outcome_batch_free);
  g_clear_pointer (&self->latest_of, g_hash_table_unref);
  g_hash_table_unref (self->new_values);
  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_string_free (self->texts[i], TRUE);
  g_free (self->met);
  g_free (self->now);
  g_free (self->source);
  g_object_unref (self->store);
  g_free (self);
}

/* The months stored for an indicator at a unit: "YYYY-MM" each. */
typedef struct
{
  gint64 key;        /* indicator << 32 | unit */
  char   first[8];
  char   last[8];
  gboolean none;     /* nothing stored */
} StoredRange;

static StoredRange *
stored_range (SkOutcomeWriter *self,
              gint64           key,
              gint64           indicator_id,
              gint64           unit_id)
{
  /* Asked a row: a small table in front of the hash (a file's rows go
   * round a few indicators and units). */
  guint slot = (guint) ((indicator_id * 31 + unit_id) & (G_N_ELEMENTS (self->recent) - 1));
  StoredRange *range = self->recent[slot];

  if (range != NULL && range->key == key)
    return range;
  range = g_hash_table_lookup (self->latest_of, &key);
  if (range == NULL)
    {
      const char *first, *last;

      sk_db_bind_int64 (self->latest, 1, indicator_id);
      sk_db_bind_int64 (self->latest, 2, unit_id);
      if (sk_db_step (self->latest) != SQLITE_ROW)
        {
          sk_db_reset (self->latest);
          return NULL;
        }
      first = column_text (self->latest, 0);
      last = column_text (self->latest, 1);
      range = g_new0 (StoredRange, 1);
      range->key = key;
      range->none = first == NULL || first[0] == '\0';
      /* Stored months are "YYYY-MM"; anything else is looked for row by row. */
      if (!range->none && (strlen (first) != 7 || last == NULL || strlen (last) != 7))
        {
          sk_db_reset (self->latest);
          g_free (range);
          return NULL;
        }
      if (!range->none)
        {
          memcpy (range->first, first, 8);
          memcpy (range->last, last, 8);
        }
      sk_db_reset (self->latest);
      g_hash_table_insert (self->latest_of, &range->key, range);
    }
  self->recent[slot] = range;
  return range;
}

/* Whether @period comes after every month stored for the indicator at the
 * unit, or before every one. */
static gboolean
outside_stored (SkOutcomeWriter *self,
                gint64           indicator_id,
                gint64           unit_id,
                const char      *period)
{
  StoredRange *range;

  if (indicator_id <= 0 || indicator_id >= G_MAXINT32 || unit_id <= 0 || unit_id >= G_MAXINT32)
    return FALSE;
  range = stored_range (self, indicator_id << 32 | unit_id, indicator_id, unit_id);
  if (range == NULL)
    return FALSE;
  if (range->none)
    return TRUE;
  if (strlen (period) != 7)
    return FALSE;
  return memcmp (period, range->first, 7) < 0 || memcmp (period, range->last, 7) > 0;
}

static const char *
keep_text (GString    *buffer,
           const char *text)
{
  if (text == NULL)
    return NULL;
  g_string_assign (buffer, text);
  return buffer->str;
}

gboolean
sk_outcome_writer_find (SkOutcomeWriter  *self,
                        gint64            indicator_id,
                        gint64            unit_id,
                        const char       *period,
                        SkOutcomeKind     kind,
                        SkStoredOutcome  *stored)
{
  SkDbStmt *stmt = self->get;
  int rc;

  if (self->latest != NULL && period != NULL && outside_stored (self, indicator_id, unit_id, period))
    return FALSE;

  sk_db_bind_int64 (stmt, 1, indicator_id);
  sk_db_bind_int64 (stmt, 2, unit_id);
  bind_text (stmt, 3, period);
  sk_db_bind_int (stmt, 4, kind);
  rc = sk_db_step (stmt);
  if (rc == SQLITE_ROW)
    {
      /* Copied into the writer's buffers: no object a row (a file
       * imported again meets every row stored). */
      stored->id = sk_db_column_int64 (stmt, 0);
      stored->values = (SkOutcomeRow) {
        indicator_id, unit_id, keep_text (self->texts[0], period), kind,
        column_double (stmt, 1), column_double (stmt, 2), column_double (stmt, 3),
        keep_text (self->texts[1], column_text (stmt, 4)), keep_text (self->texts[2], column_text (stmt, 5)),
        sk_db_column_int (stmt, 8) != 0,
        keep_text (self->texts[3], column_text (stmt, 6)), keep_text (self->texts[4], column_text (stmt, 7)),
      };
    }
  else if (rc != SQLITE_DONE)
    sk_store_read_failed (self->store, rc);
  sk_db_reset (stmt);
  return rc == SQLITE_ROW;
}

SkOutcome *
sk_stored_outcome_to_object (const SkStoredOutcome *stored)
{
  const SkOutcomeRow *v = &stored->values;
  SkOutcome *o = sk_outcome_new ();

  sk_record_set_id (SK_RECORD (o), stored->id);
  sk_outcome_set_indicator_id (o, v->indicator_id);
  sk_outcome_set_unit_id (o, v->unit_id);
  sk_outcome_set_period (o, v->period);
  sk_outcome_set_kind (o, v->kind);
  sk_outcome_set_value (o, v->value);
  sk_outcome_set_numerator (o, v->numerator);
  sk_outcome_set_denominator (o, v->denominator);
  sk_outcome_set_missing_reason (o, v->missing_reason);
  sk_outcome_set_comment (o, v->comment);
  sk_outcome_set_changed_by (o, v->changed_by);
  sk_outcome_set_changed_at (o, v->changed_at);
  sk_outcome_set_fictional (o, v->fictional);
  return o;
}

gboolean
sk_outcome_writer_can_tell_repeats (SkOutcomeWriter *self)
{
  /* Its bitmap at most 16 MB (ids are rows ever written: far fewer). */
  return self->insert != NULL && self->base < ((gint64) 1 << 27);
}

gboolean
sk_outcome_writer_repeated (SkOutcomeWriter *self)
{
  return self->repeated;
}

gboolean
sk_outcome_writer_repeats (SkOutcomeWriter *self,
                           gint64           id)
{
  guint8 bit;

  if (id == 0)
    return FALSE;
  if (id > self->base || id < 0)
    return TRUE;
  if (self->met == NULL)
    self->met = g_malloc0 ((gsize) (self->base / 8 + 1));
  bit = (guint8) (1u << (id % 8));
  if (self->met[id / 8] & bit)
    return TRUE;
  self->met[id / 8] |= bit;
  return FALSE;
}

static gboolean
step_done (SkOutcomeWriter  *self,
           SkDbStmt     *stmt,
           GError          **error)
{
  int rc = sk_db_step (stmt);

  sk_db_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_sqlite_error (self->store, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
audit (SkOutcomeWriter  *self,
       const char       *entity,
       gint64            entity_id,
       gint64            indicator_id,
       const char       *field,
       const char       *old_value,
       const char       *new_value,
       GError          **error)
{
  SkDbStmt *stmt = self->audit;

  if (g_strcmp0 (old_value, new_value) == 0)
    return TRUE;
  bind_text (stmt, 1, self->now);
  bind_text (stmt, 2, self->store->user);
  bind_text (stmt, 3, entity);
  sk_db_bind_int64 (stmt, 4, entity_id);
  sk_db_bind_int64 (stmt, 5, indicator_id);
  bind_text (stmt, 6, field);
  bind_text (stmt, 7, old_value);
  bind_text (stmt, 8, new_value);
  return step_done (self, stmt, error);
}


/* A replaced value's history rows: the same as an edit in the grid writes. */
static gboolean
audit_change (SkOutcomeWriter     *self,
              const SkOutcomeRow  *v,
              SkOutcome           *old,
              GError             **error)
{
  g_autofree char *old_text = sk_store_outcome_summary (old);
  g_autofree char *new_text = sk_store_value_summary (v->value, v->missing_reason);
  g_autofree char *field = g_strdup_printf ("%s %s", v->period, sk_outcome_kind_to_string (v->kind));

  return audit (self, "outcome", v->unit_id, v->indicator_id, field, old_text, new_text, error)
         && (g_strcmp0 (sk_outcome_get_comment (old), v->comment) == 0
             || audit (self, "outcome", v->unit_id, v->indicator_id, "comment", sk_outcome_get_comment (old),
                       v->comment, error));
}

static void
count_new (SkOutcomeWriter *self,
           gint64           indicator_id)
{
  guint *count;

  /* Rows come indicator by indicator: the last one's count, most often. */
  if (self->last_count != NULL && indicator_id == self->last_counted)
    {
      (*self->last_count)++;
      return;
    }
  count = g_hash_table_lookup (self->new_values, &indicator_id);
  if (count == NULL)
    {
      count = g_new0 (guint, 1);
      g_hash_table_insert (self->new_values, g_memdup2 (&indicator_id, sizeof indicator_id), count);
    }
  self->last_counted = indicator_id;
  self->last_count = count;
  (*count)++;
}

static SkDbStmt *
bind_outcome (SkOutcomeWriter     *self,
              SkDbStmt            *stmt,
              const SkOutcomeRow  *v,
              SkOutcome           *old)
{
  int first;

  if (old == NULL)
    {
      sk_db_bind_int64 (stmt, 1, v->indicator_id);
      sk_db_bind_int64 (stmt, 2, v->unit_id);
      bind_text (stmt, 3, v->period);
      sk_db_bind_int (stmt, 4, v->kind);
      first = 5;
    }
  else
    {
      sk_db_bind_int64 (stmt, 1, sk_record_get_id (SK_RECORD (old)));
      first = 2;
    }
  bind_double (stmt, first, v->value);
  bind_double (stmt, first + 1, v->numerator);
  bind_double (stmt, first + 2, v->denominator);
  bind_text (stmt, first + 3, v->missing_reason);
  bind_text (stmt, first + 4, v->comment);
  bind_text (stmt, first + 5, self->store->user);
  bind_text (stmt, first + 6, self->now);
  sk_db_bind_int (stmt, first + 7, v->fictional ? 1 : 0);
  return stmt;
}

gboolean
sk_outcome_writer_write (SkOutcomeWriter     *self,
                         const SkOutcomeRow  *values,
                         SkOutcome           *old,
                         GError             **error)
{
  SkOutcomeRow v = *values;

  g_return_val_if_fail (self->insert != NULL, FALSE);
  g_return_val_if_fail (self->store->depth > 0, FALSE);

  if (sk_is_blank (v.comment))
    v.comment = NULL;
  if (old == NULL && self->batch != NULL)
    {
      if (!sk_outcome_batch_add (self->batch, &v, error))
        {
          self->repeated = sk_outcome_batch_failed_unique (self->batch);
          return FALSE;
        }
    }
  else if (!step_done (self, bind_outcome (self, old == NULL ? self->insert : self->update, &v, old), error))
    {
      /* Not looked for (outside the months stored), and written before in this pass. */
      if (old == NULL && sk_db_extended_errcode (self->store->db) == SQLITE_CONSTRAINT_UNIQUE)
        self->repeated = TRUE;
      return FALSE;
    }
  self->wrote = TRUE;
  if (self->store->audit_off)
    return TRUE;
  if (old != NULL)
    return audit_change (self, &v, old, error);
  count_new (self, v.indicator_id);
  return TRUE;
}

void
sk_outcome_writer_expect (SkOutcomeWriter *self,
                          guint64          rows)
{
  /* base: the highest id, about the number stored. */
  if (self->batch != NULL && rows / 2 >= (guint64) self->base)
    sk_outcome_batch_allow_index_rebuild (self->batch);
}

gboolean
sk_outcome_writer_flush (SkOutcomeWriter  *self,
                         GError          **error)
{
  if (self->batch == NULL || sk_outcome_batch_flush (self->batch, error))
    return TRUE;
  self->repeated = sk_outcome_batch_failed_unique (self->batch);
  return FALSE;
}

gboolean
sk_outcome_writer_finish (SkOutcomeWriter  *self,
                          GError          **error)
{
  GHashTableIter iter;
  gpointer key, count;

  g_return_val_if_fail (self->insert != NULL, FALSE);

  if (self->batch != NULL && !sk_outcome_batch_finish (self->batch, error))
    {
      self->repeated = sk_outcome_batch_failed_unique (self->batch);
      return FALSE;
    }
  /* One row per indicator, so that its history shows the import. */
  g_hash_table_iter_init (&iter, self->new_values);
  while (g_hash_table_iter_next (&iter, &key, &count))
    {
      char number[16];

      g_snprintf (number, sizeof number, "%u", *(guint *) count);
      if (!audit (self, "import", 0, *(gint64 *) key, self->source ? self->source : "", NULL, number, error))
        return FALSE;
    }
  g_hash_table_remove_all (self->new_values);
  self->last_count = NULL;
  if (self->wrote)
    sk_store_changed (self->store, "outcome");
  return TRUE;
}
