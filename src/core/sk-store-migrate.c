/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-exchange.h"
#include "sk-store-migrate.h"
#include "sk-store-private.h"
#include "sk-store-pg-schema.h"

/*
 * Moving an administration between a file and a server (styrkort-cli
 * migrate). The JSON exchange format carries the whole database by
 * natural keys (units, indicators, plans with their goals, definitions per
 * year, targets as written, outcomes with comments, missing reasons and
 * the fictional flag, follow-up, assessments, budget, history), so a copy
 * is an export of one and an import into the other, checked by exporting
 * the copy again before it is committed.
 */

gboolean
sk_store_is_server_address (const char *name)
{
  return name != NULL && sk_db_is_postgres_uri (name);
}

gboolean
sk_store_is_server (SkStore *store)
{
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  return store->db != NULL && sk_db_get_backend (store->db) == SK_DB_POSTGRES;
}

gboolean
sk_store_holds_data (SkStore   *store,
                     gboolean  *holds,
                     GError   **error)
{
  static const char *const tables[] = { SK_STORE_PG_TABLES };

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  *holds = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (tables) && !*holds; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (SELECT 1 FROM %s LIMIT 1) AS x", tables[i]);

      /* -1 only when the read failed; sk_store_check_reads says why. */
      if (sk_store_query_int (store, sql, 0, -1) != 0)
        *holds = TRUE;
    }
  return sk_store_check_reads (store, error);
}

gboolean
sk_store_resync_ids (SkStore  *store,
                     GError  **error)
{
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  if (!sk_store_is_server (store))
    return TRUE;
  if (sk_db_exec (store->db, SK_STORE_PG_RESYNC_IDS) != SQLITE_OK)
    {
      sk_store_set_sqlite_error (store, sk_db_extended_errcode (store->db), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
copy_into (SkStore     *to,
           const char  *json,
           GError     **error)
{
  g_autofree char *copy = NULL;

  if (!sk_exchange_import (to, json, -1, error) || !sk_store_resync_ids (to, error))
    return FALSE;
  if ((copy = sk_exchange_export_string (to, error)) == NULL)
    return FALSE;
  if (strcmp (json, copy) != 0)
    {
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_FAILED,
                           _("The copy did not come out the same as the original, so it was not "
                             "kept: nothing has been written to the target."));
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_store_migrate (SkStore  *from,
                  SkStore  *to,
                  GError  **error)
{
  g_autofree char *json = NULL;
  gboolean holds = FALSE;

  g_return_val_if_fail (SK_IS_STORE (from), FALSE);
  g_return_val_if_fail (SK_IS_STORE (to), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sk_store_holds_data (to, &holds, error))
    return FALSE;
  if (holds)
    {
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS,
                           _("The target already holds data, so nothing was copied into it: a copy "
                             "goes only into an empty database (a new file, or a new database on "
                             "the server)."));
      return FALSE;
    }
  if ((json = sk_exchange_export_string (from, error)) == NULL)
    return FALSE;
  return SK_STORE_TRY (to, error, copy_into (to, json, error));
}
