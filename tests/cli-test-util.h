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

G_END_DECLS
