/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "sk-db.h"
#include "sk-exchange.h"
#include "store-test-util.h"

gboolean
sk_test_on_server (void)
{
  return g_strcmp0 (g_getenv ("SK_TEST_BACKEND"), "postgres") == 0;
}

void
sk_test_backend_init (void)
{
  if (sk_test_on_server () && g_getenv ("SK_TEST_PG") == NULL)
    {
      /* Before the plan is printed: TAP reads this as a skipped program. */
      g_print ("1..0 # SKIP no PostgreSQL server (SK_TEST_PG is unset)\n");
      exit (0);
    }
}

/* postgresql:///postgres?host=… → postgresql:///NAME?host=… */
static char *
server_address (const char *admin,
                const char *name)
{
  const char *query = strchr (admin, '?');
  const char *slash;

  g_assert_nonnull (query);
  for (slash = query; slash > admin && *slash != '/'; slash--)
    ;
  g_assert_true (*slash == '/');
  return g_strdup_printf ("%.*s/%s%s", (int) (slash - admin), admin, name, query);
}

static char *
server_database (const char *path)
{
  const char *admin = g_getenv ("SK_TEST_PG");
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA1, path, -1);
  g_autofree char *name = g_strdup_printf ("sk_%.24s", digest);
  g_autofree char *sql = NULL;
  g_autofree char *message = NULL;
  SkDb *db;

  g_assert_nonnull (admin);
  db = sk_db_open_postgres (admin, &message);
  if (db == NULL)
    g_error ("%s", message);
  sql = g_strdup_printf ("CREATE DATABASE %s", name);
  /* Already there when the test opens its file a second time. */
  if (sk_db_exec (db, sql) != SQLITE_OK)
    g_assert_nonnull (strstr (sk_db_errmsg (db), "already exists"));
  sk_db_close (db);
  return server_address (admin, name);
}

SkStore *
sk_test_store_open_server (const char  *path,
                           GError     **error)
{
  g_autofree char *address = server_database (path);

  return sk_store_open (address, error);
}

SkStore *
sk_test_store_open (const char  *path,
                    GError     **error)
{
  if (!sk_test_on_server ())
    return sk_store_open (path, error);
  return sk_test_store_open_server (path, error);
}

SkStore *
sk_test_store_new (const char  *prefix,
                   gboolean     example,
                   char       **dir,
                   char       **path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;
  SkStore *store;

  *dir = g_dir_make_tmp (prefix, &error);
  g_assert_no_error (error);
  file = g_build_filename (*dir, "test.db", NULL);
  store = sk_test_store_open (file, &error);
  g_assert_no_error (error);
  if (example)
    {
      g_assert_true (sk_exchange_load_example (store, &error));
      g_assert_no_error (error);
    }
  if (path != NULL)
    *path = g_steal_pointer (&file);
  return store;
}

void
sk_test_store_remove (SkStore **store,
                      char    **dir)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_clear_object (store);
  d = g_dir_open (*dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (*dir, name, NULL);

      g_remove (file);
    }
  g_rmdir (*dir);
  g_clear_pointer (dir, g_free);
}

int
sk_test_store_exec (const char *path,
                    const char *sql)
{
  g_autofree char *address = NULL;
  g_autofree char *message = NULL;
  sqlite3 *handle = NULL;
  SkDb *db;
  int rc;

  if (!sk_test_on_server ())
    {
      rc = sqlite3_open (path, &handle);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (handle, sql, NULL, NULL, NULL);
      sqlite3_close (handle);
      return rc;
    }
  address = server_database (path);
  db = sk_db_open_postgres (address, &message);
  if (db == NULL)
    g_error ("%s", message);
  rc = sk_db_exec (db, sql);
  if (rc != SQLITE_OK)
    g_printerr ("%s\n", sk_db_errmsg (db));
  sk_db_close (db);
  return rc;
}
