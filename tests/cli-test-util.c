/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "cli-test-util"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"
#include "sk-db.h"

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

void
sk_cli_fixture_set_up (SkCliFixture *fx,
                       const char   *tmpl)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp (tmpl, &error);
  g_assert_no_error (error);
  fx->db = g_build_filename (fx->dir, "test.db", NULL);
  fx->xdg = g_build_filename (fx->dir, "xdg", NULL);
}

void
sk_cli_fixture_tear_down (SkCliFixture *fx)
{
  sk_test_remove_tree (fx->dir);
  g_clear_pointer (&fx->dir, g_free);
  g_clear_pointer (&fx->db, g_free);
  g_clear_pointer (&fx->xdg, g_free);
}

void
sk_cli_fixture_run_argv (SkCliFixture        *fx,
                         SkCliRun            *run,
                         const char          *language,
                         const char * const  *args)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fx->xdg, TRUE);

  if (language != NULL)
    envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);
  sk_cli_run_argv (run, envp, NULL, args);
}

void
sk_cli_fixture_run (SkCliFixture *fx,
                    SkCliRun     *run,
                    const char   *language,
                    const char   *first,
                    ...)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (list, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (list, NULL);
  sk_cli_fixture_run_argv (fx, run, language, (const char * const *) list->pdata);
}

char *
sk_cli_fixture_write_file (SkCliFixture *fx,
                           const char   *name,
                           const char   *contents)
{
  char *path = g_build_filename (fx->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

void
sk_cli_fixture_load_example (SkCliFixture *fx)
{
  g_auto(SkCliRun) run = { NULL };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "init", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "load-example", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
}

char **
sk_cli_env_swedish (char       **envp,
                    const char  *lang)
{
  envp = g_environ_unsetenv (envp, "LC_ALL");
  envp = g_environ_setenv (envp, "LANGUAGE", "sv", TRUE);
  return g_environ_setenv (envp, "LANG", lang, TRUE);
}

void
sk_cli_run_db_va (SkCliRun    *run,
                  char       **envp,
                  const char  *db,
                  const char  *first,
                  va_list      args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, (gpointer) db);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);
  sk_cli_run_argv (run, envp, NULL, (const char * const *) argv->pdata);
}

/* ---- A PostgreSQL server (SK_TEST_PG, an administrator's address) ---- */

void
sk_cli_test_pg_exec (const char *address,
                     const char *sql)
{
  g_autofree char *message = NULL;
  SkDb *db = sk_db_open_postgres (address != NULL ? address : g_getenv ("SK_TEST_PG"), &message);

  if (db == NULL)
    g_error ("cannot connect to SK_TEST_PG: %s", message);
  if (sk_db_exec (db, sql) != SQLITE_OK)
    g_error ("%s: %s", sql, sk_db_errmsg (db));
  sk_db_close (db);
}

/* postgresql:///DB?host=…&user=U: @database (NULL: as it is) and @user
 * (NULL: as it is) put in. */
char *
sk_cli_test_pg_address (const char *address,
                        const char *database,
                        const char *user)
{
  const char *query = strchr (address, '?');
  const char *slash;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) params = NULL;

  g_assert_nonnull (query);
  for (slash = query; slash > address && *slash != '/'; slash--)
    ;
  g_assert_true (*slash == '/');
  if (database != NULL)
    g_string_append_printf (out, "%.*s/%s?", (int) (slash - address), address, database);
  else
    g_string_append_len (out, address, query - address + 1);
  params = g_strsplit (query + 1, "&", -1);
  for (guint i = 0; params[i] != NULL; i++)
    if (user == NULL || !g_str_has_prefix (params[i], "user="))
      g_string_append_printf (out, "%s&", params[i]);
  if (user != NULL)
    g_string_append_printf (out, "user=%s", user);
  else
    g_string_truncate (out, out->len - 1);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
sk_cli_test_pg_database (const char *name)
{
  g_autofree char *drop = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)", name);
  g_autofree char *create = g_strdup_printf ("CREATE DATABASE %s", name);

  if (g_getenv ("SK_TEST_PG") == NULL)
    return NULL;
  sk_cli_test_pg_exec (NULL, drop);
  sk_cli_test_pg_exec (NULL, create);
  return sk_cli_test_pg_address (g_getenv ("SK_TEST_PG"), name, NULL);
}
