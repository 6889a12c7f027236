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

G_END_DECLS
