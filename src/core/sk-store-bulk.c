/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-format.h"
#include "sk-store-bulk.h"
#include "sk-store-private.h"

/* Whole-table reads for the export and the set-wise history restore. */

gboolean
sk_store_foreach_outcome (SkStore          *self,
                          gint64            indicator_id,
                          gint64            unit_id,
                          SkOutcomeRowFunc  func,
                          gpointer          data,
                          GError          **error)
{
  SkDbStmt *stmt;
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  /* The unique (indicator, unit, period, kind) index gives the order. */
  stmt = sk_store_prepare (self,
                           "SELECT period, kind, value, numerator, denominator, missing_reason, comment,"
                           " fictional, changed_by, changed_at FROM outcome"
                           " WHERE indicator_id = ? AND unit_id = ? ORDER BY period, kind", error);
  if (stmt == NULL)
    return FALSE;
  sk_db_bind_int64 (stmt, 1, indicator_id);
  sk_db_bind_int64 (stmt, 2, unit_id);
  while ((rc = sk_db_step (stmt)) == SQLITE_ROW)
    {
      SkOutcomeRow row = {
        indicator_id, unit_id, sk_column_text (stmt, 0), sk_db_column_int (stmt, 1),
        sk_column_double (stmt, 2), sk_column_double (stmt, 3), sk_column_double (stmt, 4),
        sk_column_text (stmt, 5), sk_column_text (stmt, 6), sk_db_column_int (stmt, 7) != 0,
        sk_column_text (stmt, 8), sk_column_text (stmt, 9),
      };

      if (!func (&row, data, error))
        {
          sk_db_reset (stmt);
          return FALSE;
        }
    }
  sk_db_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_store_foreach_audit (SkStore         *self,
                        SkAuditRowFunc   func,
                        gpointer         data,
                        GError         **error)
{
  SkDbStmt *stmt;
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  stmt = sk_store_prepare (self,
                           "SELECT at, who, entity, entity_id, ifnull(indicator_id, 0), field, old_value, new_value"
                           " FROM audit ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sk_db_step (stmt)) == SQLITE_ROW)
    {
      SkAuditRow row = {
        sk_column_text (stmt, 0), sk_column_text (stmt, 1), sk_column_text (stmt, 2),
        sk_db_column_int64 (stmt, 3), sk_db_column_int64 (stmt, 4), sk_column_text (stmt, 5),
        sk_column_text (stmt, 6), sk_column_text (stmt, 7),
      };

      if (!func (&row, data, error))
        {
          sk_db_reset (stmt);
          return FALSE;
        }
    }
  sk_db_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* ---- History restore ---- */

/* Texts by length, so no separator can be mistaken for content; NULL apart from "". */
static void
key_text (GString    *key,
          const char *text)
{
  char digits[24];
  gsize len, n = 0;

  if (text == NULL)
    {
      g_string_append_c (key, '-');
      return;
    }
  len = strlen (text);
  do
    digits[sizeof digits - ++n] = (char) ('0' + len % 10);
  while ((len /= 10) > 0 && n < sizeof digits);
  g_string_append_len (key, digits + sizeof digits - n, n);
  g_string_append_c (key, ':');
  g_string_append (key, text);
}

/* A row's identity as sk_store_restore_audit() compares it (IS, field by field). */
static char *
audit_key (const char *at, const char *who, const char *entity, gint64 entity_id,
           gint64 indicator_id, const char *field, const char *old_value, const char *new_value)
{
  GString *key = g_string_sized_new (128);

  key_text (key, at);
  key_text (key, who);
  key_text (key, entity);
  g_string_append_printf (key, "%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT ";",
                          entity_id, indicator_id > 0 ? indicator_id : 0);
  key_text (key, field);
  key_text (key, old_value);
  key_text (key, new_value);
  return g_string_free (key, FALSE);
}

static char *
entry_key (SkAuditEntry *e)
{
  return audit_key (sk_audit_entry_get_at (e), sk_audit_entry_get_who (e), sk_audit_entry_get_entity (e),
                    sk_audit_entry_get_entity_id (e), sk_audit_entry_get_indicator_id (e),
                    sk_audit_entry_get_field (e), sk_audit_entry_get_old_value (e),
                    sk_audit_entry_get_new_value (e));
}

/* The keys of the stored rows that could equal an entry: only those with a
 * time within the entries' (a text range on ISO times). */
static GHashTable *
existing_keys (SkStore     *self,
               const char  *first_at,
               const char  *last_at,
               GError     **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SkDbStmt *stmt;
  int rc;

  stmt = sk_store_prepare (self,
                           "SELECT at, who, entity, entity_id, ifnull(indicator_id, 0), field, old_value, new_value"
                           " FROM audit WHERE at BETWEEN ? AND ?", error);
  if (stmt == NULL)
    return NULL;
  sk_bind_text (stmt, 1, first_at);
  sk_bind_text (stmt, 2, last_at);
  while ((rc = sk_db_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (keys, audit_key (sk_column_text (stmt, 0), sk_column_text (stmt, 1),
                                       sk_column_text (stmt, 2), sk_db_column_int64 (stmt, 3),
                                       sk_db_column_int64 (stmt, 4), sk_column_text (stmt, 5),
                                       sk_column_text (stmt, 6), sk_column_text (stmt, 7)));
  sk_db_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&keys);
}

static gboolean
check_entries (GPtrArray   *entries,
               const char **first_at,
               const char **last_at,
               GError     **error)
{
  *first_at = *last_at = NULL;
  for (guint i = 0; i < entries->len; i++)
    {
      SkAuditEntry *e = g_ptr_array_index (entries, i);
      const char *at = sk_audit_entry_get_at (e);

      if (sk_is_blank (at) || sk_is_blank (sk_audit_entry_get_who (e))
          || sk_is_blank (sk_audit_entry_get_entity (e)) || sk_audit_entry_get_field (e) == NULL)
        {
          /* The same words as sk_store_restore_audit(), after the entry's place. */
          g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                               _("A history entry needs a time, a user, an entity and a field."));
          g_prefix_error (error, _("History entry %u: "), i + 1);
          return FALSE;
        }
      if (*first_at == NULL || strcmp (at, *first_at) < 0)
        *first_at = at;
      if (*last_at == NULL || strcmp (at, *last_at) > 0)
        *last_at = at;
    }
  return TRUE;
}

static gboolean
insert_entry (SkStore       *self,
              SkAuditEntry  *e,
              GError       **error)
{
  SkDbStmt *stmt = sk_store_prepare (self,
                                         "INSERT INTO audit (at, who, entity, entity_id, indicator_id,"
                                         " field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                         error);

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
  return sk_store_step_done (self, stmt, error);
}

gboolean
sk_store_restore_audit_entries (SkStore    *self,
                                GPtrArray  *entries,
                                GError    **error)
{
  g_autoptr(GHashTable) keys = NULL;
  const char *first_at, *last_at;
  guint added = 0;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (entries->len == 0)
    return TRUE;
  if (!check_entries (entries, &first_at, &last_at, error)
      || !sk_store_begin (self, error))
    return FALSE;
  keys = existing_keys (self, first_at, last_at, error);
  if (keys == NULL)
    goto fail;
  for (guint i = 0; i < entries->len; i++)
    {
      SkAuditEntry *e = g_ptr_array_index (entries, i);
      char *key = entry_key (e);

      /* An entry equal to one stored, or to one before it, is there already. */
      if (!g_hash_table_add (keys, key))
        continue;
      if (!insert_entry (self, e, error))
        goto fail;
      added++;
    }
  if (added > 0)
    sk_store_changed (self, "audit");
  return sk_store_commit (self, error);

fail:
  sk_store_rollback (self);
  return FALSE;
}

void
sk_store_set_bulk (SkStore  *self,
                   gboolean  bulk)
{
  g_return_if_fail (SK_IS_STORE (self));

  /* A server sizes its own cache: the PRAGMA is SQLite's alone. */
  if (sk_db_get_backend (self->db) == SK_DB_POSTGRES)
    return;
  /* Back to SQLite's default after: readers and small edits need no more. */
  sk_db_exec (self->db, bulk ? "PRAGMA cache_size = -131072" : "PRAGMA cache_size = -2000");
}

/* ---- The places an import has met ---- */

gboolean
sk_store_import_places_reset (SkStore  *self,
                              GError  **error)
{
  int rc;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  /* TEMP: private to this connection, and allowed on a read-only file.
   * Places packed in one integer where the ids fit (a rowid table: the
   * cheapest to search and fill), else by their parts. Its pages in memory
   * are capped: a larger file's go to the temporary file. */
  /* PostgreSQL: the same tables without SQLite's PRAGMA and WITHOUT ROWID,
   * and BIGINT where SQLite's INTEGER holds 64 bits (a packed place). */
  if (sk_db_get_backend (self->db) == SK_DB_POSTGRES)
    rc = sk_db_exec (self->db,
                     "CREATE TEMP TABLE IF NOT EXISTS import_packed (place BIGINT PRIMARY KEY, row INTEGER);"
                     "CREATE TEMP TABLE IF NOT EXISTS import_place (indicator_id BIGINT, unit_id BIGINT,"
                     " period TEXT, kind INTEGER, row INTEGER,"
                     " PRIMARY KEY (indicator_id, unit_id, period, kind));"
                     " DELETE FROM temp.import_packed; DELETE FROM temp.import_place");
  else
    rc = sk_db_exec (self->db,
                     "PRAGMA temp.cache_size = -8192;"
                     "CREATE TEMP TABLE IF NOT EXISTS import_packed (place INTEGER PRIMARY KEY, row INTEGER);"
                     "CREATE TEMP TABLE IF NOT EXISTS import_place (indicator_id INTEGER, unit_id INTEGER,"
                     " period TEXT, kind INTEGER, row INTEGER,"
                     " PRIMARY KEY (indicator_id, unit_id, period, kind)) WITHOUT ROWID;"
                     " DELETE FROM temp.import_packed; DELETE FROM temp.import_place");
  if (rc != SQLITE_OK)
    {
      sk_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

guint
sk_store_import_place_seen (SkStore       *self,
                            gint64         indicator_id,
                            gint64         unit_id,
                            const char    *period,
                            SkOutcomeKind  kind,
                            guint          row)
{
  SkDbStmt *stmt;
  guint first = 0;
  int year = 0, month = 0;

  g_return_val_if_fail (SK_IS_STORE (self), 0);

  if (indicator_id > 0 && indicator_id < (1 << 20) && unit_id > 0 && unit_id < (1 << 24)
      && sk_period_parse (period, &year, &month) && year >= 0 && year < 10000 && (guint) kind < 4)
    {
      gint64 place = (((indicator_id << 24) | unit_id) << 17 | (year * 12 + month - 1)) << 2 | kind;

      stmt = sk_store_prepare (self, "INSERT OR IGNORE INTO temp.import_packed VALUES (?1, ?2)", NULL);
      if (stmt == NULL)
        return 0;
      sk_db_bind_int64 (stmt, 1, place);
      sk_db_bind_int (stmt, 2, (int) row);
      sk_db_step (stmt);
      sk_db_reset (stmt);
      if (sk_db_changes (self->db) > 0)
        return 0;
      stmt = sk_store_prepare (self, "SELECT row FROM temp.import_packed WHERE place = ?", NULL);
      if (stmt == NULL)
        return 0;
      sk_db_bind_int64 (stmt, 1, place);
    }
  else
    {
      stmt = sk_store_prepare (self,
                               "INSERT INTO temp.import_place VALUES (?1, ?2, ?3, ?4, ?5)"
                               " ON CONFLICT (indicator_id, unit_id, period, kind) DO UPDATE SET row = import_place.row RETURNING row", NULL);
      if (stmt == NULL)
        return 0;
      sk_db_bind_int64 (stmt, 1, indicator_id);
      sk_db_bind_int64 (stmt, 2, unit_id);
      sk_bind_text (stmt, 3, period);
      sk_db_bind_int (stmt, 4, kind);
      sk_db_bind_int (stmt, 5, (int) row);
    }
  if (sk_db_step (stmt) == SQLITE_ROW)
    first = (guint) sk_db_column_int (stmt, 0);
  sk_db_reset (stmt);
  return first == row ? 0 : first;
}

void
sk_store_import_places_drop (SkStore *self)
{
  g_return_if_fail (SK_IS_STORE (self));

  sk_db_exec (self->db, "DROP TABLE IF EXISTS temp.import_packed; DROP TABLE IF EXISTS temp.import_place");
}

gboolean
sk_store_begin_read (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (self->depth > 0 || sk_db_exec (self->db, "BEGIN DEFERRED") != SQLITE_OK)
    return FALSE;
  self->depth++;
  return TRUE;
}

void
sk_store_end_read (SkStore *self)
{
  g_return_if_fail (SK_IS_STORE (self));
  g_return_if_fail (self->depth == 1);

  /* Only reads (and the connection's temporary tables) happened in it. */
  sk_db_exec (self->db, "COMMIT");
  self->depth--;
}

void
sk_store_set_bulk_cache (SkStore *self,
                         guint    kib)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (SK_IS_STORE (self));

  /* As sk_store_set_bulk(): SQLite's PRAGMA, nothing to do on a server. */
  if (sk_db_get_backend (self->db) == SK_DB_POSTGRES)
    return;
  sql = g_strdup_printf ("PRAGMA cache_size = -%u", kib > 0 ? kib : 2000);
  sk_db_exec (self->db, sql);
}

gboolean
sk_store_set_foreign_keys (SkStore  *self,
                           gboolean  on)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  /* SQLite changes it only outside a transaction; a server keeps its own. */
  if (sk_db_get_backend (self->db) != SK_DB_SQLITE || self->depth > 0)
    return FALSE;
  return sk_db_exec (self->db, on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF") == SQLITE_OK;
}
