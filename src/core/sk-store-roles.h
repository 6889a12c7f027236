/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/* Who may do what on a PostgreSQL server (sk-store-pg-schema.h): the
 * roles, grants and row-level security the server enforces, administered
 * by an administrator. A file has no roles: every function refuses it with
 * SK_STORE_ERROR_INVALID and says so. */

/* One person (or group) with rights in the database. */
typedef struct
{
  char  *login;
  char **roles;   /* "admin", "planner", "board", "editor"; sorted */
  char **units;   /* an editor's units by name (each with its sub-units); sorted */
} SkStoreUser;

void      sk_store_user_free     (SkStoreUser *user);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStoreUser, sk_store_user_free)

/* TRUE for a role name sk_store_add_user takes. */
gboolean  sk_store_role_is_known (const char *role);

/* Makes (or brings up to date) the roles, grants, row-level security and
 * the functions that administer people. Idempotent; needs an
 * administrator with CREATEROLE. */
gboolean  sk_store_setup_roles   (SkStore *store, GError **error);
/* Makes @login (if new) a member of @role; @password NULL keeps the one it
 * has (or none: the server's pg_hba.conf decides how it signs in); an
 * editor gets @units (names, NULL-terminated, may be NULL). One
 * transaction: an unknown unit changes nothing. */
gboolean  sk_store_add_user      (SkStore            *store,
                                  const char         *login,
                                  const char         *role,
                                  const char         *password,
                                  const char * const *units,
                                  GError            **error);
/* Everyone who has one of the roles or an editor's unit, by login;
 * NULL on error. */
GPtrArray *sk_store_list_users   (SkStore *store, GError **error);

G_END_DECLS
