/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-store-migrate.h"
#include "sk-store-private.h"
#include "sk-store-pg-schema.h"
#include "sk-store-roles.h"
#include "sk-unit.h"

/*
 * The server's roles from the program: the SQL of sk-store-pg-schema.h run
 * by an administrator. The server checks the rights; what is checked here
 * first (the role's name, the units) is only so a mistake is explained in
 * the user's language rather than the server's.
 */

static const char *const known_roles[] = { "admin", "planner", "board", "editor", NULL };

void
sk_store_user_free (SkStoreUser *user)
{
  if (user == NULL)
    return;
  g_free (user->login);
  g_strfreev (user->roles);
  g_strfreev (user->units);
  g_free (user);
}

gboolean
sk_store_role_is_known (const char *role)
{
  return role != NULL && g_strv_contains (known_roles, role);
}

static gboolean
refuse_file (SkStore  *store,
             GError  **error)
{
  if (sk_store_is_server (store))
    return TRUE;
  g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                       _("Roles and users exist only in a database on a PostgreSQL server "
                         "(--db postgresql://…). A database file has none: whoever may write "
                         "the file may change everything in it."));
  return FALSE;
}

/* The functions SK_STORE_PG_ROLES makes are there. */
static gboolean
check_set_up (SkStore  *store,
              GError  **error)
{
  if (sk_store_query_int (store, "SELECT count(*) FROM pg_catalog.pg_proc"
                                 " WHERE proname = 'styrkort_create_user'", 0, -1) > 0)
    return TRUE;
  if (!sk_store_check_reads (store, error))
    return FALSE;
  g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                       _("The database on the server has no roles yet. An administrator makes "
                         "them first with: styrkort-cli --db ADDRESS setup-roles"));
  return FALSE;
}

gboolean
sk_store_setup_roles (SkStore  *store,
                      GError  **error)
{
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  if (!refuse_file (store, error))
    return FALSE;
  /* One string, one transaction on the server (its search_path lasts for it). */
  if (sk_db_exec (store->db, SK_STORE_PG_ROLES) != SQLITE_OK)
    {
      sk_store_set_sqlite_error (store, sk_db_extended_errcode (store->db), error);
      return FALSE;
    }
  return TRUE;
}

/* SELECT of a function that returns void, with text arguments. */
static gboolean
call (SkStore     *store,
      const char  *sql,
      const char  *a,
      const char  *b,
      const char  *c,
      GError     **error)
{
  SkDbStmt *stmt = sk_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sk_db_bind_text (stmt, 1, a, -1);
  sk_db_bind_text (stmt, 2, b, -1);
  if (sk_db_bind_parameter_count (stmt) >= 3)
    {
      if (c != NULL)
        sk_db_bind_text (stmt, 3, c, -1);
      else
        sk_db_bind_null (stmt, 3);
    }
  rc = sk_db_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      sk_store_set_sqlite_error (store, sk_db_extended_errcode (store->db), error);
      sk_db_reset (stmt);
      return FALSE;
    }
  sk_db_reset (stmt);
  return TRUE;
}

static gboolean
add_user (SkStore            *store,
          const char         *login,
          const char         *role,
          const char         *password,
          const char * const *units,
          GError            **error)
{
  /* "already a member of role": true, and no news to the administrator. */
  if (sk_db_exec (store->db, "SET LOCAL client_min_messages = warning") != SQLITE_OK)
    {
      sk_store_set_sqlite_error (store, sk_db_extended_errcode (store->db), error);
      return FALSE;
    }
  if (!call (store, "SELECT styrkort_create_user(CAST(?1 AS TEXT), CAST(?2 AS TEXT), CAST(?3 AS TEXT))",
             login, role, password, error))
    return FALSE;
  for (guint i = 0; units != NULL && units[i] != NULL; i++)
    if (!call (store, "SELECT styrkort_grant_editor(CAST(?1 AS TEXT), CAST(?2 AS TEXT))",
               login, units[i], NULL, error))
      return FALSE;
  return TRUE;
}

gboolean
sk_store_add_user (SkStore            *store,
                   const char         *login,
                   const char         *role,
                   const char         *password,
                   const char * const *units,
                   GError            **error)
{
  g_autoptr(GPtrArray) names = NULL;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (login != NULL, FALSE);

  if (!refuse_file (store, error) || !check_set_up (store, error))
    return FALSE;
  if (login[0] == '\0')
    {
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("The login cannot be empty."));
      return FALSE;
    }
  if (!sk_store_role_is_known (role))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("Unknown role “%s”: use editor, planner, board or admin."), role ? role : "");
      return FALSE;
    }
  if (units != NULL && units[0] != NULL && g_strcmp0 (role, "editor") != 0)
    {
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                           _("Only an editor has units: --unit goes with --role editor."));
      return FALSE;
    }
  /* A unit by name or short name, handed on by its full name, as the
   * server's unit_editor keeps it. */
  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; units != NULL && units[i] != NULL; i++)
    {
      g_autoptr(SkUnit) unit = sk_store_find_unit (store, units[i], error);

      if (unit == NULL)
        return FALSE;
      g_ptr_array_add (names, g_strdup (sk_unit_get_name (unit)));
    }
  g_ptr_array_add (names, NULL);
  return SK_STORE_TRY (store, error, add_user (store, login, role, password,
                                               (const char *const *) names->pdata, error));
}

static char **
split_list (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (text, "\n", -1);
}

GPtrArray *
sk_store_list_users (SkStore  *store,
                     GError  **error)
{
  g_autoptr(GPtrArray) users = NULL;
  g_autoptr(GError) local = NULL;
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);

  if (!refuse_file (store, error) || !check_set_up (store, error))
    return NULL;
  stmt = sk_store_prepare (store,
                           "WITH styrkort (oid, role) AS ("
                           "  SELECT oid, substr(rolname, 10) FROM pg_catalog.pg_roles"
                           "  WHERE rolname IN ('styrkort_admin', 'styrkort_planner', 'styrkort_board', 'styrkort_editor'))"
                           " SELECT r.rolname,"
                           "  (SELECT string_agg(s.role, chr(10) ORDER BY s.role) FROM pg_catalog.pg_auth_members m"
                           "    JOIN styrkort s ON s.oid = m.roleid WHERE m.member = r.oid),"
                           "  (SELECT string_agg(u.name, chr(10) ORDER BY u.name) FROM unit_editor e"
                           "    JOIN unit u ON u.id = e.unit_id WHERE e.role_name = r.rolname)"
                           " FROM pg_catalog.pg_roles r"
                           " WHERE r.rolname NOT LIKE 'styrkort\\_%'"
                           "  AND (EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN styrkort s ON s.oid = m.roleid"
                           "               WHERE m.member = r.oid)"
                           "   OR EXISTS (SELECT 1 FROM unit_editor e WHERE e.role_name = r.rolname))"
                           " ORDER BY r.rolname",
                           error);
  if (stmt == NULL)
    return NULL;
  users = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_store_user_free);
  while (sk_store_step_row (store, stmt, &local))
    {
      SkStoreUser *user = g_new0 (SkStoreUser, 1);

      user->login = g_strdup (sk_db_column_text (stmt, 0));
      user->roles = split_list (sk_db_column_text (stmt, 1));
      user->units = split_list (sk_db_column_text (stmt, 2));
      g_ptr_array_add (users, user);
    }
  sk_db_reset (stmt);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return g_steal_pointer (&users);
}
