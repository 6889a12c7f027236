/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-cli-private.h"
#include "sk-store-roles.h"

/*
 * The server's roles for an administrator: setup-roles, add-user, users.
 * The store runs the SQL (sk-store-roles.c); a file has no roles and says
 * so.
 */

int
sk_cli_setup_roles (SkCliGlobals *globals,
                    int           argc,
                    char        **argv)
{
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "setup-roles", NULL, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if (!sk_store_setup_roles (store, &error))
    return sk_cli_fail (error);
  if (!globals->tsv)
    g_print (_("The roles admin, planner, board and editor are set up on the server. Add people "
               "with: styrkort-cli --db ADDRESS add-user LOGIN --role ROLE\n"));
  return SK_CLI_EXIT_OK;
}

int
sk_cli_add_user (SkCliGlobals *globals,
                 int           argc,
                 char        **argv)
{
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *role = NULL;
  g_auto(GStrv) units = NULL;
  const char *password;
  GOptionEntry entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &role,
      N_("What the person may do: editor, planner, board or admin"), N_("ROLE") },
    { "unit", 0, 0, G_OPTION_ARG_STRING_ARRAY, &units,
      N_("An editor's unit (with its sub-units); give it once per unit"), N_("NAME") },
    { NULL }
  };
  int status;

  if ((status = sk_cli_parse_options (globals, "add-user", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 1))
    return SK_CLI_EXIT_USAGE;
  if (role == NULL)
    {
      sk_cli_error (_("Say what the person may do: --role editor, planner, board or admin."));
      return SK_CLI_EXIT_USAGE;
    }
  /* Never on the command line, where others can read it. */
  password = g_getenv ("STYRKORT_NEW_PASSWORD");
  if (password != NULL && password[0] == '\0')
    password = NULL;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if (!sk_store_add_user (store, argv[1], role, password, (const char * const *) units, &error))
    return sk_cli_fail (error);
  if (!globals->tsv)
    {
      if (units != NULL && units[0] != NULL)
        {
          g_autofree char *list = g_strjoinv (", ", units);

          g_print (_("%s is now %s, of the units: %s.\n"), argv[1], role, list);
        }
      else
        g_print (_("%s is now %s.\n"), argv[1], role);
    }
  return SK_CLI_EXIT_OK;
}

int
sk_cli_users (SkCliGlobals *globals,
              int           argc,
              char        **argv)
{
  static const SkCliColumn columns[] = {
    { "login", N_("Login"), FALSE },
    { "roles", N_("Roles"), FALSE },
    { "units", N_("Units"), FALSE },
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) users = NULL;
  g_autoptr(SkCliTable) table = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "users", NULL, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((users = sk_store_list_users (store, &error)) == NULL)
    return sk_cli_fail (error);

  table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), globals->tsv);
  for (guint i = 0; i < users->len; i++)
    {
      SkStoreUser *user = g_ptr_array_index (users, i);
      g_autofree char *roles = g_strjoinv (", ", user->roles);
      g_autofree char *units = g_strjoinv (globals->tsv ? "|" : ", ", user->units);

      sk_cli_table_add_row (table, user->login, roles, units);
    }
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}
