/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sk-cli-private.h"
#include "sk-store-migrate.h"
#include "sk-store-address.h"

/*
 * migrate --from SOURCE --to TARGET: an administration's whole database
 * from a file to a server or back (either side a file or a postgresql://
 * address), into an empty target only, all or nothing (sk_store_migrate).
 */

/* A file this command made is removed again when the copy fails. */
static void
remove_new_file (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

int
sk_cli_migrate (SkCliGlobals *globals,
                int           argc,
                char        **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(SkStore) source = NULL;
  g_autoptr(SkStore) target = NULL;
  g_autoptr(GError) error = NULL;
  gboolean new_file;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from,
      N_("The database to copy: a file or a postgresql:// address"), N_("SOURCE") },
    { "to", 0, 0, G_OPTION_ARG_FILENAME, &to,
      N_("The empty database to copy it into: a new file or a postgresql:// address"), N_("TARGET") },
    { NULL }
  };
  int status;

  if ((status = sk_cli_parse_options (globals, "migrate", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if (from == NULL || to == NULL)
    {
      sk_cli_error (_("Name both databases: migrate --from SOURCE --to TARGET."));
      return SK_CLI_EXIT_USAGE;
    }
  if (g_strcmp0 (from, to) == 0)
    {
      sk_cli_error (_("The source and the target are the same database."));
      return SK_CLI_EXIT_USAGE;
    }

  source = sk_store_open_full (from, SK_STORE_OPEN_EXISTING, &error);
  if (source == NULL)
    return sk_cli_fail (error);
  new_file = !sk_store_address_is_server (to) && !g_file_test (to, G_FILE_TEST_EXISTS);
  target = sk_store_open_full (to, SK_STORE_OPEN_CREATE, &error);
  if (target == NULL)
    {
      if (new_file)
        remove_new_file (to);
      return sk_cli_fail (error);
    }

  if (!sk_store_migrate (source, target, &error))
    {
      g_clear_object (&target);
      if (new_file)
        remove_new_file (to);
      return sk_cli_fail (error);
    }
  if (!globals->tsv)
    {
      g_print (_("Copied the whole database into the target: its JSON export is the same as the source’s.\n"));
      /* Who may do what is the server's, not the data's: it does not travel. */
      if (sk_store_is_server (target))
        g_print (_("People get their rights on the server with setup-roles and add-user "
                   "(styrkort-cli --db ADDRESS setup-roles).\n"));
    }
  return SK_CLI_EXIT_OK;
}
