/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cli-test-util"

#include "config.h"

#include <sys/wait.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"

/* Shared by the tests that run styrkort-cli end to end. */

void
sk_cli_run_clear (SkCliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  run->exit_code = 0;
}

void
sk_cli_run_argv (SkCliRun             *run,
                 char                **envp,
                 GSpawnChildSetupFunc  setup,
                 const char * const   *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) own_env = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("SK_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  if (envp == NULL)
    envp = own_env = g_get_environ ();

  sk_cli_run_clear (run);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, setup, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_test_message ("status %d\nstdout: %s\nstderr: %s", wait_status, run->out, run->err);
  g_assert_true (WIFEXITED (wait_status));
  run->exit_code = WEXITSTATUS (wait_status);
}

void
sk_cli_run_va (SkCliRun             *run,
               char                **envp,
               GSpawnChildSetupFunc  setup,
               const char           *first,
               va_list               args)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (list, (gpointer) arg);
  g_ptr_array_add (list, NULL);
  sk_cli_run_argv (run, envp, setup, (const char * const *) list->pdata);
}

void
sk_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  /* A test may leave a folder read-only on purpose. */
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      sk_test_remove_tree (child);
    }
  g_rmdir (path);
}
