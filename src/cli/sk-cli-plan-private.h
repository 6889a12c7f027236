/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-cli-private.h"

G_BEGIN_DECLS

/* Shared by the plan, goal and work-environment commands
 * (sk-cli-plan.c, sk-cli-work-env.c; defined in sk-cli-plan-util.c). */

/* What an action works on. */
typedef enum {
  SK_CLI_KIND_AREA,
  SK_CLI_KIND_REGIONAL,
  SK_CLI_KIND_GOAL,
  SK_CLI_KIND_PRIORITY,
} SkCliKind;

typedef struct {
  const char *option;   /* the option that names one: --goal */
  const char *tsv;      /* the level in TSV output */
  const char *label;    /* marked for translation */
  const char *none;     /* marked: year, query, year */
  const char *many;     /* marked: query, count, year */
} SkCliKindInfo;

extern const SkCliKindInfo sk_cli_kinds[];

/* One action of a command: "goal add", "work-env indicator remove". */
typedef struct
{
  SkCliGlobals *globals;
  const char   *words;    /* "goal add": for the usage line and messages */
  const char   *summary;  /* marked for translation */
  SkCliKind     kind;
} SkCliCall;

typedef int (*SkCliActionFunc) (SkCliCall  *call,
                                int         argc,
                                char      **argv);

typedef struct _SkCliAction SkCliAction;
struct _SkCliAction
{
  const char        *name;
  const char        *summary;  /* marked for translation */
  SkCliActionFunc    run;
  SkCliKind          kind;
  const SkCliAction *actions;  /* an action with actions of its own ("work-env indicator") */
};

/* argv[1] names the action, which sees itself as argv[0]; --help lists them. */
int          sk_cli_run_action      (SkCliGlobals      *globals,
                                     const char        *words,
                                     const char        *summary,
                                     const SkCliAction *actions,
                                     int                argc,
                                     char             **argv);
/* The command @name of the table as a call: its summary. */
SkCliCall    sk_cli_command_call    (SkCliGlobals      *globals,
                                     const char        *name);
const char  *sk_cli_command_summary (const char        *name);

/* Every option these commands take; each picks its own by name. */
typedef struct
{
  int   year;
  int   from;
  int   to;
  int   position;
  char *title;
  char *text;
  char *description;
  char *area;
  char *regional;
  char *goal;
  char *priority;
  char *indicator;
  char *date;
  char *paragraph;
  char *diary;
  char *period;
} SkCliOpts;

void         sk_cli_opts_clear      (SkCliOpts         *o);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SkCliOpts, sk_cli_opts_clear)

/* Parses the options named in @wanted ("year,text") into @o; no arguments. */
int          sk_cli_plan_parse      (SkCliCall         *call,
                                     SkCliOpts         *o,
                                     const char        *wanted,
                                     int               *argc,
                                     char            ***argv);
/* Usage errors, reported, unless the option was given. */
gboolean     sk_cli_need            (SkCliCall         *call,
                                     const void        *value,
                                     const char        *option);
gboolean     sk_cli_need_year       (int                year);
/* The plan of @year, reported (exit 1) when there is none. */
SkPlan      *sk_cli_find_plan       (SkStore           *store,
                                     int                year,
                                     int               *status);
/* Opens the database and finds the plan of @year; returns the exit status. */
int          sk_cli_open_plan       (SkCliGlobals      *globals,
                                     int                year,
                                     SkStore          **store,
                                     SkPlan           **plan);

/* As the store finds indicators: the exact text, then in any case, else a
 * unique part; "42" or "#42" is one of @ids (may be NULL). Returns the
 * index in @texts, or -1 with the number of matches in @matches. */
int          sk_cli_match_text      (GPtrArray         *texts,
                                     GArray            *ids,
                                     const char        *query,
                                     guint             *matches);

/* One row of a plan's goal tree, or a priority area. */
typedef struct
{
  SkRecord   *record;
  SkCliKind   kind;
  const char *text;          /* owned by the record */
  gint64      area_id;       /* the focus area it is in; an area's own id */
  gint64      regional_id;   /* the regional goal it is under (its own id), or 0 */
  const char *area_title;
  const char *regional_title;
  guint       position;      /* 1 is the first among its neighbours */
  guint       depth;
} SkCliNode;

/* GArrays of SkCliNode: the tree in the Goals view's order; the priority areas. */
GArray      *sk_cli_collect_tree    (SkStore           *store,
                                     gint64             plan_id);
GArray      *sk_cli_collect_priority_areas (SkStore    *store,
                                            gint64      plan_id);
/* The node of @kind that @query names, within @scope (a focus area or
 * regional goal) when given; reported (exit 1) when none or many. */
SkCliNode   *sk_cli_find_node       (GArray            *nodes,
                                     SkCliKind          kind,
                                     const char        *query,
                                     SkCliNode         *scope,
                                     int                year,
                                     int               *status);
/* An indicator of the plan's register: the app links only those. */
SkIndicator *sk_cli_find_in_register (SkStore          *store,
                                      int               year,
                                      const char       *name,
                                      int              *status);
gboolean     sk_cli_has_indicator   (GListModel        *list,
                                     gint64             id);

/* What a change did, for people; nothing in TSV. */
void         sk_cli_say             (SkCliGlobals      *globals,
                                     const char        *format,
                                     ...) G_GNUC_PRINTF (2, 3);

/* What an action works with: its options, the year's plan and, as asked,
 * the plan's nodes and the one the options name. */
typedef struct
{
  SkCliOpts  o;
  SkStore   *store;
  SkPlan    *plan;
  GArray    *nodes;  /* of SkCliNode: the tree, or the priority areas */
  SkCliNode *node;   /* in @nodes */
} SkCliTarget;

void         sk_cli_target_clear    (SkCliTarget       *t);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SkCliTarget, sk_cli_target_clear)

/* Parses the options named in @wanted into t->o, then reports a usage error
 * unless --year and each string option in @required ("text,indicator") was
 * given. Returns the exit status. */
int          sk_cli_target_parse    (SkCliCall         *call,
                                     SkCliTarget       *t,
                                     const char        *wanted,
                                     const char        *required,
                                     int               *argc,
                                     char            ***argv);

typedef enum {
  SK_CLI_OPEN_PLAN,    /* the plan of --year */
  SK_CLI_OPEN_NODES,   /* and what call->kind lives in */
  SK_CLI_OPEN_TARGET,  /* and the node of call->kind the options name */
} SkCliOpen;

/* Opens as much as @what says; returns the exit status. */
int          sk_cli_target_open     (SkCliCall         *call,
                                     SkCliTarget       *t,
                                     SkCliOpen          what);

G_END_DECLS
