/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-json"

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "sk-exchange.h"
#include "sk-fuzz.h"
#include "sk-store.h"

/*
 * The JSON import (import-json and the app's Importera) into a database
 * that holds the example plan, so fragments can name its units and
 * indicators. Each input is imported inside a transaction that is then
 * rolled back: every input meets the same database.
 */

const char sk_fuzz_name[] = "json";

static SkStore *store;
static char *dir;

static void
remove_store (void)
{
  static const char *files[] = { "fuzz.db", "fuzz.db-wal", "fuzz.db-shm" };

  g_clear_object (&store);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
  g_clear_pointer (&dir, g_free);
}

void
sk_fuzz_init (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (store != NULL)
    return;
  dir = g_dir_make_tmp ("styrkort-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "fuzz.db", NULL);
  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  sk_exchange_load_example (store, &error);
  g_assert_no_error (error);
  atexit (remove_store);
}

void
sk_fuzz_one (const guint8 *data,
             gsize         size)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert_true (sk_store_begin (store, NULL));
  ok = sk_exchange_import (store, (const char *) data, (gssize) size, &error);
  /* Refused or not, one clear message, never both or neither. */
  g_assert_true (ok == (error == NULL));
  if (error != NULL)
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
  sk_store_rollback (store);
}
