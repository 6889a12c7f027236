/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-store-private.h"
#include "sk-store-rights.h"

/* The group roles the session user is a member of. A superuser counts
 * as a member of every role, so it is asked apart (and is an admin). */
#define ROLES_SQL \
  "SELECT r.rolname FROM pg_catalog.pg_roles r" \
  " WHERE r.rolname IN ('styrkort_admin', 'styrkort_planner', 'styrkort_board', 'styrkort_editor')" \
  "   AND pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER')"
#define ROLES_EXIST_SQL \
  "SELECT count(*) FROM pg_catalog.pg_roles" \
  " WHERE rolname IN ('styrkort_admin', 'styrkort_planner', 'styrkort_board', 'styrkort_editor')"
#define SUPERUSER_SQL \
  "SELECT CASE WHEN rolsuper THEN 1 ELSE 0 END FROM pg_catalog.pg_roles WHERE rolname = session_user"
#define HAS_UNIT_EDITOR_SQL \
  "SELECT CASE WHEN to_regclass('unit_editor') IS NULL THEN 0 ELSE 1 END"
/* A row counts for whoever has that role's privileges, as in
 * styrkort_may_edit_unit. */
#define UNITS_SQL \
  "SELECT DISTINCT u.name FROM unit_editor e" \
  "  JOIN pg_catalog.pg_roles r ON r.rolname = e.role_name" \
  "  JOIN unit u ON u.id = e.unit_id" \
  " WHERE pg_catalog.pg_has_role(session_user, r.oid, 'USAGE')" \
  " ORDER BY u.name"

/* Runs @sql (no parameters) and adds column 0 of every row to @out. */
static gboolean
query_texts (SkStore    *self,
             const char *sql,
             GPtrArray  *out,
             GError    **error)
{
  SkDbStmt *stmt = NULL;
  int rc = sk_db_prepare (self->db, sql, FALSE, &stmt);

  if (rc != SQLITE_OK)
    {
      sk_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  while ((rc = sk_db_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (out, g_strdup (sk_db_column_text (stmt, 0)));
  sk_db_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      sk_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_flag (SkStore    *self,
            const char *sql,
            gboolean   *flag,
            GError    **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

  if (!query_texts (self, sql, rows, error))
    return FALSE;
  *flag = rows->len > 0 && g_strcmp0 (g_ptr_array_index (rows, 0), "0") != 0;
  return TRUE;
}

static SkStoreRoles
role_for_name (const char *name)
{
  if (g_str_equal (name, "styrkort_admin"))
    return SK_STORE_ROLE_ADMIN;
  if (g_str_equal (name, "styrkort_planner"))
    return SK_STORE_ROLE_PLANNER;
  if (g_str_equal (name, "styrkort_board"))
    return SK_STORE_ROLE_BOARD;
  if (g_str_equal (name, "styrkort_editor"))
    return SK_STORE_ROLE_EDITOR;
  return 0;
}

SkStoreRights *
sk_store_get_rights (SkStore  *self,
                     GError  **error)
{
  g_autoptr(SkStoreRights) rights = g_new0 (SkStoreRights, 1);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_free);
  gboolean roles_exist = FALSE, superuser = FALSE, has_units = FALSE;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  if (!sk_db_is_postgres_uri (self->path))
    {
      rights->roles = SK_STORE_ROLE_ADMIN;
      return g_steal_pointer (&rights);
    }
  rights->on_server = TRUE;
  rights->login = sk_store_query_text (self, "SELECT session_user");
  if (!query_flag (self, SUPERUSER_SQL, &superuser, error)
      || !query_flag (self, ROLES_EXIST_SQL, &roles_exist, error))
    return NULL;
  /* No roles: nobody but the database's owner and superusers work in it. */
  if (superuser || !roles_exist)
    {
      rights->roles = SK_STORE_ROLE_ADMIN;
      return g_steal_pointer (&rights);
    }
  if (!query_texts (self, ROLES_SQL, names, error))
    return NULL;
  for (guint i = 0; i < names->len; i++)
    rights->roles |= role_for_name (g_ptr_array_index (names, i));
  if (!query_flag (self, HAS_UNIT_EDITOR_SQL, &has_units, error))
    return NULL;
  if (has_units && !query_texts (self, UNITS_SQL, units, error))
    return NULL;
  g_ptr_array_add (units, NULL);
  rights->units = (GStrv) g_ptr_array_steal (units, NULL);
  return g_steal_pointer (&rights);
}

void
sk_store_rights_free (SkStoreRights *rights)
{
  if (rights == NULL)
    return;
  g_free (rights->login);
  g_strfreev (rights->units);
  g_free (rights);
}

gboolean
sk_store_rights_may_write (const SkStoreRights *rights)
{
  g_return_val_if_fail (rights != NULL, FALSE);

  return (rights->roles & (SK_STORE_ROLE_ADMIN | SK_STORE_ROLE_PLANNER)) != 0
         || ((rights->roles & SK_STORE_ROLE_EDITOR) && rights->units != NULL && rights->units[0] != NULL);
}

char *
sk_store_rights_describe (const SkStoreRights *rights)
{
  g_autofree char *units = NULL;
  const char *login;

  g_return_val_if_fail (rights != NULL, NULL);

  if (!rights->on_server || (rights->roles & SK_STORE_ROLE_ADMIN))
    return NULL;
  login = rights->login != NULL ? rights->login : "?";
  if (rights->roles & SK_STORE_ROLE_PLANNER)
    /* TRANSLATORS: %s is the user's login on the server */
    return g_strdup_printf (_("Signed in as %s (planner): goals and targets of draft plans"), login);
  if ((rights->roles & SK_STORE_ROLE_EDITOR) && rights->units != NULL && rights->units[0] != NULL)
    {
      units = g_strjoinv (", ", rights->units);
      /* TRANSLATORS: %s are the login and the names of the units whose outcomes it may enter */
      return g_strdup_printf (_("Signed in as %s: outcomes for %s"), login, units);
    }
  if (rights->roles & SK_STORE_ROLE_BOARD)
    /* TRANSLATORS: %s is the user's login on the server */
    return g_strdup_printf (_("Signed in as %s (board): read only"), login);
  if (rights->roles & SK_STORE_ROLE_EDITOR)
    /* TRANSLATORS: %s is the user's login on the server */
    return g_strdup_printf (_("Signed in as %s, an editor who has no unit yet: read only"), login);
  /* TRANSLATORS: %s is the user's login on the server */
  return g_strdup_printf (_("Signed in as %s, who has no Styrkort role: read only"), login);
}

gboolean
sk_store_check_unit_rights (SkStore  *self,
                            gint64    unit_id,
                            GError  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  gboolean has_rule = FALSE;
  SkDbStmt *stmt = NULL;
  int rc;
  gboolean allowed = TRUE;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  if (!sk_db_is_postgres_uri (self->path) || unit_id <= 0)
    return TRUE;
  /* Asked apart: a call of a function that is not there fails as the
   * statement is read, whatever a CASE around it says. */
  if (!query_flag (self, "SELECT CASE WHEN to_regprocedure('styrkort_may_edit_unit(bigint)') IS NULL"
                         " THEN 0 ELSE 1 END", &has_rule, NULL) || !has_rule)
    return TRUE;
  if (sk_db_prepare (self->db, "SELECT CASE WHEN styrkort_may_edit_unit(?) THEN 1 ELSE 0 END",
                     FALSE, &stmt) != SQLITE_OK)
    return TRUE;
  sk_db_bind_int64 (stmt, 1, unit_id);
  rc = sk_db_step (stmt);
  if (rc == SQLITE_ROW)
    allowed = sk_db_column_int64 (stmt, 0) != 0;
  sk_db_finalize (stmt);
  if (!allowed)
    {
      g_autofree char *login = sk_store_query_text (self, "SELECT session_user");

      /* TRANSLATORS: %s is the user's login on the server */
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY,
                   _("The outcomes of this unit are not yours to change: you are signed in as %s."),
                   login != NULL ? login : "?");
    }
  return allowed;
}

void
sk_store_limit_to_reading (SkStore    *self,
                           const char *reason)
{
  g_return_if_fail (SK_IS_STORE (self));

  self->read_only = TRUE;
  g_free (self->read_only_reason);
  self->read_only_reason = g_strdup (reason);
}

const char *
sk_store_get_read_only_reason (SkStore *self)
{
  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return self->read_only_reason;
}
