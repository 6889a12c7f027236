/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <errno.h>
#include <sys/stat.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-private.h"
#include "sk-format.h"

/* Global options are accepted before the command and among its options. */
static char *opt_db;
static char *opt_format;

static GOptionEntry global_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db,
    N_("The database file or a postgresql:// server address (default: styrkort.db in the user data folder)"), N_("FILE") },
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format,
    N_("Output format: text (for people) or tsv (tab-separated, for programs)"), N_("FORMAT") },
  { NULL }
};

void
sk_cli_error (const char *format,
              ...)
{
  g_autofree char *message = NULL;
  g_autofree char *safe = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Messages quote names from the database: no raw escapes on the terminal.
   * They may quote input too (GOption does): a pasted page is cut. */
  safe = sk_cli_safe (message);
  if (g_utf8_strlen (safe, -1) > SK_CLI_MAX_MESSAGE)
    {
      g_autofree char *start = g_utf8_substring (safe, 0, SK_CLI_MAX_MESSAGE);

      g_free (safe);
      safe = g_strconcat (start, "…", NULL);
    }
  g_printerr ("styrkort-cli: %s\n", safe);
}

/* Reports @error and says which exit code it deserves. */
int
sk_cli_fail (GError *error)
{
  sk_cli_error ("%s", error->message);
  if (g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED))
    sk_cli_explain_damage ();
  return SK_CLI_EXIT_REFUSED;
}

/* Moves what the global options said into @globals. */
static gboolean
take_global_options (SkCliGlobals *globals)
{
  if (opt_db != NULL)
    {
      g_free (globals->db_path);
      globals->db_path = g_steal_pointer (&opt_db);
    }

  if (opt_format != NULL)
    {
      g_autofree char *format = g_steal_pointer (&opt_format);

      if (g_strcmp0 (format, "tsv") == 0)
        globals->tsv = TRUE;
      else if (g_strcmp0 (format, "text") == 0)
        globals->tsv = FALSE;
      else
        {
          sk_cli_error (_("Unknown format “%s”: use text or tsv."), format);
          return FALSE;
        }
    }
  return TRUE;
}

int
sk_cli_parse_options (SkCliGlobals   *globals,
                      const char     *command,
                      GOptionEntry   *entries,
                      int            *argc,
                      char         ***argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const SkCliCommand *cmd = NULL;
  g_autofree char *parameters = NULL;

  for (guint i = 0; sk_cli_commands[i].name != NULL; i++)
    if (g_strcmp0 (sk_cli_commands[i].name, command) == 0)
      cmd = &sk_cli_commands[i];
  g_assert (cmd != NULL);

  if (cmd->parameters != NULL && cmd->parameters[0] != '\0')
    parameters = g_strdup_printf ("%s %s", cmd->name, _(cmd->parameters));
  else
    parameters = g_strdup (cmd->name);
  context = g_option_context_new (parameters);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(cmd->summary));
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, global_entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      sk_cli_error ("%s", error->message);
      return SK_CLI_EXIT_USAGE;
    }
  if (!sk_cli_check_options (entries) || !take_global_options (globals))
    return SK_CLI_EXIT_USAGE;
  return SK_CLI_EXIT_OK;
}

static SkStore *
open_store (SkCliGlobals     *globals,
            SkStoreOpenFlags  flags,
            int              *exit_code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  SkStore *store;

  path = globals->db_path ? g_strdup (globals->db_path) : sk_store_default_path ();
  store = sk_store_open_full (path, flags, &error);
  if (store == NULL)
    {
      /* Only init makes a database: a typo in --db must not. */
      if (g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *quoted = g_shell_quote (path);

          sk_cli_error (_("%s To create one there, run: styrkort-cli --db %s init"),
                        error->message, quoted);
          *exit_code = SK_CLI_EXIT_REFUSED;
        }
      else
        *exit_code = sk_cli_fail (error);
      return NULL;
    }
  sk_cli_watch_store (store);
  if (!sk_cli_check_store (store, exit_code))
    g_clear_object (&store);
  return store;
}

SkStore *
sk_cli_open_store (SkCliGlobals *globals,
                   int          *exit_code)
{
  return open_store (globals, SK_STORE_OPEN_EXISTING, exit_code);
}

SkStore *
sk_cli_create_store (SkCliGlobals *globals,
                     int          *exit_code)
{
  return open_store (globals, SK_STORE_OPEN_CREATE, exit_code);
}

char *
sk_cli_number (SkCliGlobals *globals,
               double        value,
               const char   *measure_unit)
{
  if (globals->tsv)
    return isnan (value) ? g_strdup ("") : sk_format_machine (value);
  if (isnan (value))
    return g_strdup ("–");
  return sk_format_value (value, measure_unit);
}

static char *
commands_description (void)
{
  GString *text = g_string_new (_("Commands:"));
  guint width = 0;

  for (guint i = 0; sk_cli_commands[i].name != NULL; i++)
    width = MAX (width, strlen (sk_cli_commands[i].name));

  for (guint i = 0; sk_cli_commands[i].name != NULL; i++)
    g_string_append_printf (text, "\n  %-*s  %s", (int) width,
                            sk_cli_commands[i].name, _(sk_cli_commands[i].summary));

  g_string_append_c (text, '\n');
  g_string_append (text, _("Run “styrkort-cli COMMAND --help” for the options of a command."));
  return g_string_free (text, FALSE);
}

static const char *
locale_dir (void)
{
  /* Uninstalled, the catalogues built next to the program are the current ones. */
  if (g_file_test (BUILD_LOCALEDIR, G_FILE_TEST_IS_DIR))
    return BUILD_LOCALEDIR;
  return LOCALEDIR;
}

/* Parses the options before the command; leaves the command first in @argv. */
static int
parse_global (SkCliGlobals   *globals,
              int            *argc,
              char         ***argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = commands_description ();
  gboolean version = FALSE;
  GOptionEntry version_entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and exit"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("COMMAND [OPTION…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Follow up the business plan from the command line."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, global_entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, version_entries, GETTEXT_PACKAGE);
  /* Stop at the command: what follows is its own. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      sk_cli_error ("%s", error->message);
      return SK_CLI_EXIT_USAGE;
    }
  if (version)
    {
      g_print ("styrkort-cli %s\n", PACKAGE_VERSION);
      exit (SK_CLI_EXIT_OK);
    }
  if (!take_global_options (globals))
    return SK_CLI_EXIT_USAGE;
  if (*argc < 2)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return SK_CLI_EXIT_USAGE;
    }
  return SK_CLI_EXIT_OK;
}

int
main (int   argc,
      char *argv[])
{
  SkCliGlobals globals = { NULL, FALSE };
  int status;

  /* Everything written (database, exports, charts, backups) holds the
   * administration's figures: the owner's alone, whatever the umask. */
  umask (077);
  sk_cli_setup_locale ();
  bindtextdomain (GETTEXT_PACKAGE, locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("styrkort-cli");
  if (!sk_cli_check_argv (argc, argv))
    return SK_CLI_EXIT_USAGE;

  status = parse_global (&globals, &argc, &argv);
  if (status != SK_CLI_EXIT_OK)
    goto out;

  status = SK_CLI_EXIT_USAGE;
  for (guint i = 0; sk_cli_commands[i].name != NULL; i++)
    if (g_strcmp0 (sk_cli_commands[i].name, argv[1]) == 0)
      {
        /* The command sees itself as argv[0]. */
        status = sk_cli_run (&sk_cli_commands[i], &globals, argc - 1, argv + 1);
        goto out;
      }
  sk_cli_error (_("Unknown command “%s”. Run “styrkort-cli --help” for the list."), argv[1]);

out:
  g_free (globals.db_path);
  return status;
}

/* As sk_cli_parse_options, for an action of a command: @words is the
 * whole command as typed ("goal add"), @summary what the action does. */
int
sk_cli_parse_action_options (SkCliGlobals   *globals,
                             const char     *words,
                             const char     *summary,
                             GOptionEntry   *entries,
                             int            *argc,
                             char         ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (words);
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (summary != NULL)
    g_option_context_set_summary (context, _(summary));
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, global_entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      sk_cli_error ("%s", error->message);
      return SK_CLI_EXIT_USAGE;
    }
  if (!sk_cli_check_options (entries) || !take_global_options (globals))
    return SK_CLI_EXIT_USAGE;
  return SK_CLI_EXIT_OK;
}
