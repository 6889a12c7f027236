/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdarg.h>

#include <glib.h>

G_BEGIN_DECLS

/* What one run of styrkort-cli (the built program, $SK_CLI) answered. */
typedef struct
{
  char *out;
  char *err;
  int   exit_code;
} SkCliRun;

void sk_cli_run_clear (SkCliRun *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SkCliRun, sk_cli_run_clear)

/* Runs $SK_CLI with @args in @envp (NULL: the test's own environment, as
 * meson sets it); @setup runs in the child (NULL for none). A crash fails
 * the test: it is never an answer. Clears @run first. */
void sk_cli_run_argv (SkCliRun             *run,
                      char                **envp,
                      GSpawnChildSetupFunc  setup,
                      const char * const   *args);
/* The same with the arguments as a NULL-terminated va_list. */
void sk_cli_run_va   (SkCliRun             *run,
                      char                **envp,
                      GSpawnChildSetupFunc  setup,
                      const char           *first,
                      va_list               args);

/* Removes a file, or a folder with everything in it. */
void sk_test_remove_tree (const char *path);

/* A test's own folder, the database in it, and a data folder of its own
 * (XDG_DATA_HOME) so no run touches the user's. */
typedef struct
{
  char *dir;
  char *db;
  char *xdg;
} SkCliFixture;

/* @tmpl as for g_dir_make_tmp: "styrkort-cli-XXXXXX". */
void  sk_cli_fixture_set_up     (SkCliFixture        *fx,
                                 const char          *tmpl);
void  sk_cli_fixture_tear_down  (SkCliFixture        *fx);
/* Runs $SK_CLI with @args in the fixture's data folder; @language NULL for
 * the test's own (English), "sv" for Swedish. */
void  sk_cli_fixture_run_argv   (SkCliFixture        *fx,
                                 SkCliRun            *run,
                                 const char          *language,
                                 const char * const  *args);
void  sk_cli_fixture_run        (SkCliFixture        *fx,
                                 SkCliRun            *run,
                                 const char          *language,
                                 const char          *first,
                                 ...) G_GNUC_NULL_TERMINATED;
/* Writes @contents to @name in the fixture's folder; returns the path. */
char *sk_cli_fixture_write_file (SkCliFixture        *fx,
                                 const char          *name,
                                 const char          *contents);

/* init and load-example on fx->db, each exiting 0 and saying nothing on stderr. */
void  sk_cli_fixture_load_example (SkCliFixture      *fx);

/* @envp with the CLI in Swedish, whatever the test's locale: LANGUAGE=sv,
 * LANG=@lang, no LC_ALL. Takes @envp; returns the new one. */
char **sk_cli_env_swedish (char       **envp,
                           const char  *lang);
/* sk_cli_run_va with "--db @db" first. */
void   sk_cli_run_db_va   (SkCliRun    *run,
                           char       **envp,
                           const char  *db,
                           const char  *first,
                           va_list      args);

/* A PostgreSQL server: SK_TEST_PG holds an administrator's address (the
 * test command starts a throw-away cluster). */
/* Runs @sql at @address (NULL: SK_TEST_PG, as the administrator); it
 * must succeed. */
void   sk_cli_test_pg_exec     (const char *address,
                                const char *sql);
/* @address with @database and @user (each NULL: as it is) put in. */
char  *sk_cli_test_pg_address  (const char *address,
                                const char *database,
                                const char *user);
/* A new, empty database @name (an old one of that name dropped first);
 * its administrator's address, or NULL when SK_TEST_PG is unset. */
char  *sk_cli_test_pg_database (const char *name);

G_END_DECLS
