/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-store.h"
#include "sk-store-private.h"

/*
 * The one path by which text goes into and comes out of SQLite.
 *
 * Out: a file written by an older version, another program or by hand in
 * the sqlite3 shell may hold bytes that are not UTF-8. GTK, Pango,
 * json-glib and GRegex all assume UTF-8 and crash or refuse, so such a
 * text is repaired with U+FFFD before anyone sees it, and the store
 * remembers that it did (sk_store_has_invalid_text()).
 *
 * In: a bound text that is not UTF-8 is bound repaired (so nothing can
 * write such bytes even by mistake) and the statement is marked; the
 * next sk_store_step_done() on it refuses, so the caller's transaction
 * rolls back with a clear message.
 *
 * SQLite keeps a column's text until the next step; a repaired copy lives
 * until the same statement's column is repaired again or the store closes,
 * which is longer. The tables are keyed by statement and connection, not
 * by store, because sk_column_text() and sk_bind_text() only see the
 * statement.
 */

typedef struct
{
  SkDb      *db;
  GPtrArray *texts;  /* column → repaired text (owned) or NULL */
} Repaired;

static GMutex lock;
static GHashTable *stores;          /* SkDb → SkStore (no reference; removed at finalize) */
static GHashTable *repaired;        /* SkDbStmt → Repaired */
static GHashTable *poisoned_dbs;    /* SkDb → 1: read text that needed repair */
static GHashTable *refused_stmts;   /* SkDbStmt → 1: bound text that was not UTF-8 */
static gint n_refused;              /* size of refused_stmts, read without the lock */

static void
repaired_free (gpointer data)
{
  Repaired *r = data;

  g_ptr_array_unref (r->texts);
  g_free (r);
}

static void
ensure_tables (void)
{
  if (repaired != NULL)
    return;
  stores = g_hash_table_new (NULL, NULL);
  repaired = g_hash_table_new_full (NULL, NULL, NULL, repaired_free);
  poisoned_dbs = g_hash_table_new (NULL, NULL);
  refused_stmts = g_hash_table_new (NULL, NULL);
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static gboolean
announce (gpointer data)
{
  g_autoptr(SkStore) store = g_weak_ref_get (data);

  if (store != NULL)
    g_signal_emit_by_name (store, "invalid-text");
  return G_SOURCE_REMOVE;
}

/* From the main loop, not from inside the read that found the text; a
 * weak reference, so a program without a main loop still closes it. */
static void
schedule_announce (SkStore *store)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, store);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, announce, ref, free_weak_ref);
}

static const char *
keep_repaired (SkDbStmt *stmt,
               int           column,
               char         *text)
{
  Repaired *r;

  g_mutex_lock (&lock);
  ensure_tables ();
  r = g_hash_table_lookup (repaired, stmt);
  if (r == NULL)
    {
      r = g_new0 (Repaired, 1);
      r->db = sk_db_stmt_db (stmt);
      r->texts = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (repaired, stmt, r);
    }
  if ((guint) column >= r->texts->len)
    g_ptr_array_set_size (r->texts, column + 1);
  g_free (g_ptr_array_index (r->texts, column));
  g_ptr_array_index (r->texts, column) = text;
  if (!g_hash_table_contains (poisoned_dbs, r->db))
    {
      SkStore *store = g_hash_table_lookup (stores, r->db);

      g_debug ("column %d of “%s” is not valid UTF-8: repaired", column, sk_db_stmt_sql (stmt));
      if (store != NULL)
        schedule_announce (store);
    }
  g_hash_table_add (poisoned_dbs, r->db);
  g_mutex_unlock (&lock);
  return text;
}

const char *
sk_store_text_read (SkDbStmt *stmt,
                    int           column)
{
  const char *text = sk_db_column_text (stmt, column);
  int length;

  if (text == NULL)
    return NULL;
  length = sk_db_column_bytes (stmt, column);
  /* A NUL inside the value (only the shell can put one there) fails too. */
  if (G_LIKELY (g_utf8_validate_len (text, length, NULL)))
    return text;
  return keep_repaired (stmt, column, g_utf8_make_valid (text, length));
}

void
sk_store_text_bind (SkDbStmt *stmt,
                    int           index,
                    const char   *value)
{
  if (value == NULL)
    {
      sk_db_bind_null (stmt, index);
      return;
    }
  if (G_LIKELY (g_utf8_validate (value, -1, NULL)))
    {
      sk_db_bind_text (stmt, index, value, -1);
      return;
    }
  {
    g_autofree char *valid = g_utf8_make_valid (value, -1);
    sk_db_bind_text (stmt, index, valid, -1);
  }
  g_mutex_lock (&lock);
  ensure_tables ();
  if (g_hash_table_add (refused_stmts, stmt))
    g_atomic_int_inc (&n_refused);
  g_mutex_unlock (&lock);
}

static gboolean
take_refusal (SkDbStmt *stmt)
{
  gboolean found;

  if (g_atomic_int_get (&n_refused) == 0)
    return FALSE;
  g_mutex_lock (&lock);
  found = g_hash_table_remove (refused_stmts, stmt);
  if (found)
    g_atomic_int_add (&n_refused, -1);
  g_mutex_unlock (&lock);
  return found;
}

void
sk_store_text_forget_bound (SkDbStmt *stmt)
{
  take_refusal (stmt);
}

gboolean
sk_store_text_check_bound (SkDbStmt  *stmt,
                           GError       **error)
{
  if (!take_refusal (stmt))
    return TRUE;
  g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                       _("A text is not valid UTF-8 and was not saved. "
                         "Type it again or save the file it came from as UTF-8."));
  return FALSE;
}

static gboolean
belongs_to (gpointer key,
            gpointer value,
            gpointer db)
{
  return ((Repaired *) value)->db == db;
}

static gboolean
statement_of (gpointer key,
              gpointer value,
              gpointer db)
{
  return sk_db_stmt_db (key) == db;
}

void
sk_store_text_attach (SkStore *self)
{
  g_mutex_lock (&lock);
  ensure_tables ();
  g_hash_table_insert (stores, self->db, self);
  g_mutex_unlock (&lock);
}

/* Called before the store finalizes its statements and closes @db. */
void
sk_store_text_forget (SkDb *db)
{
  g_mutex_lock (&lock);
  if (repaired != NULL)
    {
      g_hash_table_remove (stores, db);
      g_hash_table_foreach_remove (repaired, belongs_to, db);
      g_hash_table_remove (poisoned_dbs, db);
      g_atomic_int_add (&n_refused, -(int) g_hash_table_foreach_remove (refused_stmts, statement_of, db));
    }
  g_mutex_unlock (&lock);
}

gboolean
sk_store_has_invalid_text (SkStore *self)
{
  gboolean found;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  g_mutex_lock (&lock);
  found = poisoned_dbs != NULL && self->db != NULL && g_hash_table_contains (poisoned_dbs, self->db);
  g_mutex_unlock (&lock);
  return found;
}
