/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-exchange.h"
#include "store-test-util.h"

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
  store = sk_store_open (file, &error);
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
