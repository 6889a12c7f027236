/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/* What the signed-in role may do on a server (sk-store-pg-schema.h,
 * SK_STORE_PG_ROLES). The server enforces it; the app only shows it, and
 * switches off what would be refused anyway. On a file everything is
 * allowed (SK_STORE_ROLE_ADMIN). */
typedef enum
{
  SK_STORE_ROLE_ADMIN   = 1 << 0,  /* everything, the adopted plan too */
  SK_STORE_ROLE_PLANNER = 1 << 1,  /* the content of draft plans */
  SK_STORE_ROLE_BOARD   = 1 << 2,  /* reads */
  SK_STORE_ROLE_EDITOR  = 1 << 3,  /* outcomes of its units */
} SkStoreRoles;

typedef struct
{
  gboolean      on_server;
  char         *login;   /* session_user; NULL on a file */
  SkStoreRoles  roles;
  GStrv         units;   /* an editor's units, by name (their sub-units count too) */
} SkStoreRights;

/* Asks the server; NULL with @error when it cannot be asked. A database
 * without the roles (SK_STORE_PG_ROLES never run) has only its owner:
 * everything is allowed. */
SkStoreRights *sk_store_get_rights        (SkStore *self, GError **error);
void           sk_store_rights_free       (SkStoreRights *rights);
/* Whether any change at all may be made. */
gboolean       sk_store_rights_may_write  (const SkStoreRights *rights);
/* A short line for the window: "Signed in as board1 (board): read only";
 * NULL where there is nothing to say (a file, an administrator). */
char          *sk_store_rights_describe   (const SkStoreRights *rights);

/* Whether the signed-in role may enter outcomes for @unit_id, asked of
 * the server's own rule (styrkort_may_edit_unit: its units and their
 * sub-units; an administrator all). FALSE with @error saying so. TRUE on
 * a file, on a database without the roles, and when the server cannot
 * be asked: it refuses a change itself anyway. */
gboolean       sk_store_check_unit_rights (SkStore *self, gint64 unit_id, GError **error);

/* Makes the store read-only, as a read-only file is: every change is
 * refused with @reason (SK_STORE_ERROR_READ_ONLY). For a role that may
 * only read, so the views switch editing off as they do for such a file. */
void           sk_store_limit_to_reading  (SkStore *self, const char *reason);
/* The reason given there, or NULL. */
const char    *sk_store_get_read_only_reason (SkStore *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStoreRights, sk_store_rights_free)

G_END_DECLS
