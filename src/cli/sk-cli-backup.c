/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-cli-private.h"
#include "sk-format.h"
#include "sk-store-backup.h"

/*
 * Damage never looks like an empty plan: the file is checked when a
 * command opens it, every read that failed turns the command into a
 * failure, and `backup` and `salvage` save what can be saved.
 */

/* The store the command opened, kept until main() has seen whether any
 * of its reads failed. */
static SkStore *opened_store;

/* quick_check reads the whole file (50–100 ms for 20 MB, about 1 s for
 * 1,4 million outcomes), so only the commands whose answer is the whole
 * plan check it first (plans, indicators, export-json). Those that answer
 * one question (status, history, chart) or only write check what they
 * read: any read that meets damage fails the command and names the part,
 * so damage never prints as an empty table either way. `check` checks the
 * whole file on request. */
static gboolean check_at_open = TRUE;
static const char * const unchecked_commands[] = {
  "init", "set-outcome", "set-target", "import-json", "generate-demo",
  "status", "history", "chart", "report", NULL,
};

static gboolean damage_explained;

static void
print_damage_help (const char *path)
{
  damage_explained = TRUE;
  sk_cli_error (_("Keep the file as it is (copy it), then save the readable rows into a new "
                  "database with: styrkort-cli --db %s salvage NEW-FILE"), path);
}

static int
fail_with (GError     *error,
           const char *path)
{
  sk_cli_error ("%s", error->message);
  if (g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED))
    print_damage_help (path);
  return SK_CLI_EXIT_REFUSED;
}

void
sk_cli_explain_damage (void)
{
  g_autoptr(GError) named = NULL;

  if (opened_store == NULL)
    return;
  if (!sk_store_check_file (sk_store_get_path (opened_store), &named)
      && g_error_matches (named, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED))
    sk_cli_error ("%s", named->message);
  print_damage_help (sk_store_get_path (opened_store));
}

gboolean
sk_cli_check_store (SkStore *store,
                    int     *exit_code)
{
  g_autoptr(GError) error = NULL;

  if (check_at_open && !sk_store_check_file (sk_store_get_path (store), &error))
    {
      *exit_code = fail_with (error, sk_store_get_path (store));
      return FALSE;
    }
  g_set_object (&opened_store, store);
  return TRUE;
}

gboolean
sk_cli_reads_failed (void)
{
  return opened_store != NULL && sk_store_get_read_failures (opened_store) > 0;
}

/* After a failed read the error alone says "damaged"; quick_check says where. */
static int
fail_read (SkStore *store,
           GError  *error)
{
  g_autoptr(GError) named = NULL;

  if (g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED)
      && !sk_store_check_file (sk_store_get_path (store), &named))
    return fail_with (named, sk_store_get_path (store));
  return fail_with (error, sk_store_get_path (store));
}

gboolean
sk_cli_check_reads (SkStore *store,
                    int     *exit_code)
{
  g_autoptr(GError) error = NULL;

  if (sk_store_check_reads (store, &error))
    return TRUE;
  *exit_code = fail_read (store, error);
  return FALSE;
}

int
sk_cli_run (const SkCliCommand *command,
            SkCliGlobals       *globals,
            int                 argc,
            char              **argv)
{
  g_autoptr(SkStore) store = NULL;
  int status;

  check_at_open = !g_strv_contains (unchecked_commands, command->name);
  status = command->run (globals, argc, argv);
  store = g_steal_pointer (&opened_store);
  /* A command that failed for another reason ("no such indicator") may
   * have failed because a read did: say so too, once. */
  if (store != NULL && !damage_explained)
    {
      int read_status = status;

      if (!sk_cli_check_reads (store, &read_status) && status == SK_CLI_EXIT_OK)
        status = read_status;
    }
  return status;
}

/* ---- backup ---- */

static char *
database_path (SkCliGlobals *globals,
               int          *exit_code)
{
  g_autofree char *path = globals->db_path ? g_strdup (globals->db_path) : sk_store_default_path ();

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      sk_cli_error (_("There is no database “%s”."), path);
      *exit_code = SK_CLI_EXIT_REFUSED;
      return NULL;
    }
  return g_steal_pointer (&path);
}

int
sk_cli_backup (SkCliGlobals *globals,
            int           argc,
            char        **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "backup", NULL, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 1))
    return SK_CLI_EXIT_USAGE;
  if ((path = database_path (globals, &status)) == NULL)
    return status;
  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      sk_cli_error (_("“%s” already exists. Choose a new name for the backup, or remove the old one first."),
                    argv[1]);
      return SK_CLI_EXIT_REFUSED;
    }
  /* Not through sk_store_open: a backup reads the file as it is, without
   * migrating it, and works while others have it open. */
  if (!sk_store_backup_file (path, argv[1], NULL, NULL, &error))
    return fail_with (error, path);
  if (globals->tsv)
    g_print ("%s\n", argv[1]);
  else
    g_print (_("Backed up %s to %s.\n"), path, argv[1]);
  return SK_CLI_EXIT_OK;
}

/* ---- check ---- */

int
sk_cli_check (SkCliGlobals *globals,
              int           argc,
              char        **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "check", NULL, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if ((path = database_path (globals, &status)) == NULL)
    return status;
  if (!sk_store_check_file (path, &error))
    return fail_with (error, path);
  if (!globals->tsv)
    g_print (_("%s is whole: every table and index can be read.\n"), path);
  return SK_CLI_EXIT_OK;
}

/* ---- salvage ---- */

int
sk_cli_salvage (SkCliGlobals *globals,
             int           argc,
             char        **argv)
{
  static const SkCliColumn columns[] = {
    { "table", N_("Table"), FALSE },
    { "contents", N_("Contents"), FALSE },
    { "saved", N_("Saved"), TRUE },
    { "lost", N_("Lost"), TRUE },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(SkCliTable) table = NULL;
  g_autofree char *path = NULL;
  gboolean complete = TRUE;
  int status;

  if ((status = sk_cli_parse_options (globals, "salvage", NULL, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 1))
    return SK_CLI_EXIT_USAGE;
  if ((path = database_path (globals, &status)) == NULL)
    return status;
  if ((counts = sk_store_salvage (path, argv[1], &error)) == NULL)
    return sk_cli_fail (error);

  table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), globals->tsv);
  for (guint i = 0; i < counts->len; i++)
    {
      SkSalvageCount *c = g_ptr_array_index (counts, i);
      char saved[32], lost[32];

      g_snprintf (saved, sizeof saved, "%" G_GINT64_FORMAT, c->saved);
      if (c->lost < 0)
        g_strlcpy (lost, globals->tsv ? "?" : _("some"), sizeof lost);
      else
        g_snprintf (lost, sizeof lost, "%" G_GINT64_FORMAT, c->lost);
      if (c->lost != 0)
        complete = FALSE;
      sk_cli_table_add_row (table, c->table, c->label, saved, lost);
    }
  if (!globals->tsv)
    {
      if (complete)
        g_print (_("Every row of %s could be read and was saved in %s:\n"), path, argv[1]);
      else
        g_print (_("Saved the readable rows of %s in %s; some rows could not be read:\n"), path, argv[1]);
    }
  sk_cli_table_print (table, stdout);
  if (!globals->tsv)
    g_print (_("Check the saved data, for example with “styrkort-cli --db %s status”, before "
               "you work on in it. The damaged file has not been changed.\n"), argv[1]);
  return SK_CLI_EXIT_OK;
}
