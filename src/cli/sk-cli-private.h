/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>

#include "sk-store.h"
#include "sk-text.h"

G_BEGIN_DECLS

/* Exit codes: a usage error is the caller's mistake, a refusal the data's. */
#define SK_CLI_EXIT_OK      0
#define SK_CLI_EXIT_REFUSED 1
#define SK_CLI_EXIT_USAGE   2

typedef struct
{
  char     *db_path;   /* NULL: the default database */
  gboolean  tsv;       /* machine output instead of text for people */
} SkCliGlobals;

typedef int (*SkCliCommandFunc) (SkCliGlobals *globals,
                                 int           argc,
                                 char        **argv);

typedef struct
{
  const char       *name;
  const char       *summary;      /* marked for translation, one line */
  const char       *parameters;   /* marked for translation, shown after the command name */
  SkCliCommandFunc  run;
} SkCliCommand;

/* The table of commands, NULL-name terminated. */
extern const SkCliCommand sk_cli_commands[];

/* Output for people (aligned text) or machines (tab-separated). */
typedef struct
{
  const char *key;    /* the TSV header */
  const char *label;  /* marked for translation: the text header */
  gboolean    right;  /* right-align in text, as numbers are */
} SkCliColumn;

typedef struct _SkCliTable SkCliTable;

SkCliTable *sk_cli_table_new      (const SkCliColumn *columns,
                                   guint              n_columns,
                                   gboolean           tsv);
/* Takes @n_columns strings; NULL prints as empty. */
void        sk_cli_table_add_row  (SkCliTable  *table,
                                   const char  *first,
                                   ...);
void        sk_cli_table_print    (SkCliTable  *table,
                                   FILE        *out);
void        sk_cli_table_free     (SkCliTable  *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkCliTable, sk_cli_table_free)

/* Helpers shared by the commands. */
void        sk_cli_error          (const char  *format,
                                   ...) G_GNUC_PRINTF (1, 2);
int         sk_cli_fail           (GError      *error);
int         sk_cli_parse_options  (SkCliGlobals *globals,
                                   const char   *command,
                                   GOptionEntry *entries,
                                   int          *argc,
                                   char       ***argv);
/* Opens an existing database (read-only when the file is); a missing one
 * is refused. Only init creates: sk_cli_create_store(). */
SkStore    *sk_cli_open_store     (SkCliGlobals *globals,
                                   int          *exit_code);
SkStore    *sk_cli_create_store   (SkCliGlobals *globals,
                                   int          *exit_code);
/* A number for the output format: Swedish with unit for text, machine for TSV. */
char       *sk_cli_number         (SkCliGlobals *globals,
                                   double        value,
                                   const char   *measure_unit);

/* Longest message, in characters, before it is cut with "…". */
#define SK_CLI_MAX_MESSAGE 400

/* Input and output checks, in sk-cli-input.c. */
void        sk_cli_setup_locale   (void);
/* Refuses (reported) an argument that is not UTF-8, naming it. */
gboolean    sk_cli_check_argv     (int           argc,
                                   char        **argv);
/* Checks the parsed values of @entries: texts, --period, --year. */
gboolean    sk_cli_check_options  (const GOptionEntry *entries);
/* The core's text check, reported on stderr. */
gboolean    sk_cli_check_text     (const char  *text,
                                   const char  *field,
                                   SkTextRule   rule);
/* @text for the terminal: control characters made visible. */
char       *sk_cli_safe           (const char  *text);
/* Says once, when @store closes, if it showed repaired text. */
void        sk_cli_watch_store    (SkStore     *store);

/* The internal budget (sk-cli-budget.c). */
int         sk_cli_budget         (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_budget_lines   (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_set_budget     (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_import_ledger  (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_budget_assumptions (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_budget_assumption (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_budget_proposal (SkCliGlobals *globals, int argc, char **argv);

/* Commands that live in sk-cli-outcomes.c. */
int         sk_cli_set_outcome    (SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);
int         sk_cli_status         (SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);
/* Usage error unless exactly @n positional arguments follow the command. */
gboolean    sk_cli_check_arguments (int          argc,
                                    char       **argv,
                                    int          n);
/* Looks up an indicator or unit by name, reporting a failure. */
SkIndicator *sk_cli_find_indicator (SkStore    *store,
                                    const char *name,
                                    int        *exit_code);

/* Damage (sk-cli-backup.c): the file is checked when a command opens it,
 * and a command whose reads failed fails, never printing what it got. */
gboolean    sk_cli_check_store    (SkStore      *store,
                                   int          *exit_code);
gboolean    sk_cli_check_reads    (SkStore      *store,
                                   int          *exit_code);
gboolean    sk_cli_reads_failed   (void);
/* After an error that says "damaged": which part, and what to do. */
void        sk_cli_explain_damage (void);
/* Runs @command, then fails it if any of its reads failed. */
int         sk_cli_run            (const SkCliCommand *command,
                                   SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);
int         sk_cli_backup         (SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);
int         sk_cli_check          (SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);
int         sk_cli_salvage        (SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);
/* indicator add|rename|set-definition (sk-cli-indicator.c). */
int         sk_cli_indicator      (SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);

/* Commands for plans, goals and the work-environment plan (sk-cli-plan.c);
 * area, regional, goal, priority and work-env take an action first. */
int         sk_cli_parse_action_options (SkCliGlobals *globals,
                                         const char   *words,
                                         const char   *summary,
                                         GOptionEntry *entries,
                                         int          *argc,
                                         char       ***argv);
int         sk_cli_new_plan       (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_copy_plan      (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_adopt          (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_rename_plan    (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_goals          (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_area           (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_regional       (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_goal           (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_link           (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_unlink         (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_work_env       (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_priority       (SkCliGlobals *globals, int argc, char **argv);
/* Plan review (sk-cli-review.c). */
int         sk_cli_diff_plans     (SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);
/* Prints what the planner should look over in @indicator's target for @year. */
/* Prints what the planner should look over in @year's plan. */
void        sk_cli_print_plan_warnings (SkStore *store,
                                        int      year);
void        sk_cli_print_target_warnings (SkStore     *store,
                                          SkIndicator *indicator,
                                          int          year);
/* The follow-up report as PDF (sk-cli-report.c). */
int         sk_cli_report         (SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);

/* import-csv and import-kolada (sk-cli-csv.c). */
int         sk_cli_import_csv     (SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);
int         sk_cli_import_kolada  (SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);
int         sk_cli_export_csv     (SkCliGlobals *globals,
                                   int           argc,
                                   char        **argv);

/* Moving a database between a file and a server (sk-cli-migrate.c). */
int         sk_cli_migrate        (SkCliGlobals *globals, int argc, char **argv);
/* The server's roles for an administrator (sk-cli-users.c). */
int         sk_cli_setup_roles    (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_add_user       (SkCliGlobals *globals, int argc, char **argv);
int         sk_cli_users          (SkCliGlobals *globals, int argc, char **argv);

G_END_DECLS
