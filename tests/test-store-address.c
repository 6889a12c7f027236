/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A server's address taken apart and put together (sk-store-address.c):
 * what "Connect to Server…" builds reaches libpq as typed, and what the
 * window shows or remembers never holds the password. No server needed. */

#include <string.h>

#include <glib/gstdio.h>

#include "sk-store-address.h"
#include "sk-store-rights.h"

static void
test_round_trip (void)
{
  g_autoptr(SkStoreAddress) address = sk_store_address_new ();
  g_autoptr(SkStoreAddress) back = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *hidden = NULL;

  address->host = g_strdup ("/run/postgresql");
  address->port = g_strdup ("5433");
  address->dbname = g_strdup ("plan 2026 å&b=c?d/e#f");
  address->user = g_strdup ("anna@region");
  address->password = g_strdup ("p@ss w&rd=%2F?#:'\"");
  uri = sk_store_address_to_string (address, TRUE);
  g_assert_true (sk_store_address_is_server (uri));
  /* Nothing in a value can end it early: no raw separator survives. */
  g_assert_null (strchr (uri, ' '));
  g_assert_null (strchr (uri, '#'));
  g_assert_null (strchr (uri, '@'));
  back = sk_store_address_parse (uri);
  g_assert_cmpstr (back->host, ==, address->host);
  g_assert_cmpstr (back->port, ==, address->port);
  g_assert_cmpstr (back->dbname, ==, address->dbname);
  g_assert_cmpstr (back->user, ==, address->user);
  g_assert_cmpstr (back->password, ==, address->password);

  hidden = sk_store_address_hide_password (uri);
  g_assert_null (strstr (hidden, "p%40ss"));
  g_assert_null (strstr (hidden, "password"));
  g_assert_nonnull (strstr (hidden, "5433"));
}

static void
test_parse_forms (void)
{
  g_autoptr(SkStoreAddress) a = sk_store_address_parse ("postgresql://bo:hemligt@db.example.se:6432/styrkort?sslmode=require");
  g_autoptr(SkStoreAddress) b = sk_store_address_parse ("postgres:///plan");
  g_autoptr(SkStoreAddress) c = sk_store_address_parse ("postgresql://[::1]:5432/x");
  g_autofree char *described = NULL;
  g_autofree char *again = NULL;

  g_assert_cmpstr (a->user, ==, "bo");
  g_assert_cmpstr (a->password, ==, "hemligt");
  g_assert_cmpstr (a->host, ==, "db.example.se");
  g_assert_cmpstr (a->port, ==, "6432");
  g_assert_cmpstr (a->dbname, ==, "styrkort");
  g_assert_cmpuint (a->extra->len, ==, 1);
  described = sk_store_address_describe (a);
  g_assert_cmpstr (described, ==, "styrkort @ db.example.se:6432 (bo)");
  /* Other parameters are kept, the password is not. */
  again = sk_store_address_to_string (a, FALSE);
  g_assert_nonnull (strstr (again, "sslmode=require"));
  g_assert_null (strstr (again, "hemligt"));

  g_assert_cmpstr (b->dbname, ==, "plan");
  g_assert_null (b->host);
  g_assert_cmpstr (c->host, ==, "::1");
  g_assert_cmpstr (c->port, ==, "5432");
  g_assert_null (sk_store_address_parse ("/home/anna/plan.db"));
}

static void
test_describe_path (void)
{
  g_autofree char *file = sk_store_address_describe_path ("/home/anna/plan.db");
  g_autofree char *server = sk_store_address_describe_path ("postgresql:///plan?host=%2Ftmp%2Fpg&user=board1&password=x%26y");
  g_autofree char *kept = sk_store_address_hide_password ("/home/anna/plan.db");

  g_assert_cmpstr (file, ==, "plan.db");
  g_assert_cmpstr (server, ==, "plan @ /tmp/pg (board1)");
  g_assert_cmpstr (kept, ==, "/home/anna/plan.db");
}

/* On a file everything is allowed, and nothing is said. */
static void
test_file_rights (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-rights-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_open (path, &error);
  g_autoptr(SkStoreRights) rights = NULL;
  g_autofree char *note = NULL;

  g_assert_no_error (error);
  rights = sk_store_get_rights (store, &error);
  g_assert_no_error (error);
  g_assert_false (rights->on_server);
  g_assert_true (rights->roles & SK_STORE_ROLE_ADMIN);
  g_assert_true (sk_store_rights_may_write (rights));
  note = sk_store_rights_describe (rights);
  g_assert_null (note);
  g_assert_null (sk_store_get_read_only_reason (store));

  /* A role that may only read: refused with its reason, as a read-only file is. */
  sk_store_limit_to_reading (store, "Signed in as board1 (board): read only");
  g_assert_true (sk_store_is_read_only (store));
  g_assert_null (sk_store_add_unit (store, 0, "Ny enhet", "", &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, "Signed in as board1 (board): read only");
  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store-address/round-trip", test_round_trip);
  g_test_add_func ("/store-address/parse-forms", test_parse_forms);
  g_test_add_func ("/store-address/describe-path", test_describe_path);
  g_test_add_func ("/store-address/file-rights", test_file_rights);
  return g_test_run ();
}
