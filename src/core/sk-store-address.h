/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The address of a store on a PostgreSQL server, a libpq URI
 * (postgresql://user:password@host:port/dbname?key=value…): taken apart
 * so the window can say where it is connected without showing the
 * password, and put together from the fields of "Connect to Server…".
 * No libpq needed: the URI form is plain text. */
typedef struct
{
  char      *host;      /* a name, an address or a socket folder ("/…"); NULL: libpq's default */
  char      *port;
  char      *dbname;
  char      *user;
  char      *password;
  GPtrArray *extra;     /* other parameters, "key=value" still escaped (sslmode, …) */
} SkStoreAddress;

SkStoreAddress *sk_store_address_new       (void);
void            sk_store_address_free      (SkStoreAddress *address);
/* NULL when @uri is not a postgresql:// or postgres:// address. */
SkStoreAddress *sk_store_address_parse     (const char *uri);
/* Every value in the query part, escaped: any character may be in a
 * password or a database name. Without the password when @with_password
 * is FALSE (what is remembered and shown). */
char           *sk_store_address_to_string (const SkStoreAddress *address,
                                            gboolean              with_password);
/* "database @ server (user)", with libpq's defaults filled in; never the password. */
char           *sk_store_address_describe  (const SkStoreAddress *address);

/* Whether @path is a server's address rather than a file. */
gboolean        sk_store_address_is_server (const char *path);
/* The same for an address as text; for a file, its base name. */
char           *sk_store_address_describe_path (const char *path);
/* @path without its password (a file's path as it is). */
char           *sk_store_address_hide_password (const char *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkStoreAddress, sk_store_address_free)

G_END_DECLS
