/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-private.h"

/*
 * What the Plans, Goals and Work environment views do, for scripts and
 * tests: plans (new, copy, adopt), the goal tree (focus areas, regional
 * goals, board goals), links from goals to indicators, and the
 * work-environment plan. Every change is the one store call the app makes,
 * so what the app refuses is refused here with the same message; what the
 * app checks in its dialogs (a decision date, only the plan's own
 * indicators) is checked here the same way.
 */

/* ---- What an action works on ---- */

typedef enum {
  KIND_AREA,
  KIND_REGIONAL,
  KIND_GOAL,
  KIND_PRIORITY,
} Kind;

typedef struct {
  const char *option;   /* the option that names one: --goal */
  const char *tsv;      /* the level in TSV output */
  const char *label;    /* marked for translation */
  const char *none;     /* marked: year, query, year */
  const char *many;     /* marked: query, count, year, year */
} KindInfo;

static const KindInfo kinds[] = {
  { "area", "area", N_("Focus area"),
    N_("The plan for %d has no focus area “%s”. See them with: styrkort-cli goals --year %d"),
    N_("“%s” matches %u focus areas: write more of the title, or give the id that "
       "“styrkort-cli goals --year %d” shows.") },
  { "regional", "regional", N_("Regional goal"),
    N_("The plan for %d has no regional goal “%s”. See them with: styrkort-cli goals --year %d"),
    N_("“%s” matches %u regional goals: write more of the title, or give the id that "
       "“styrkort-cli goals --year %d” shows.") },
  { "goal", "goal", N_("Board goal"),
    N_("The plan for %d has no board goal “%s”. See them with: styrkort-cli goals --year %d"),
    N_("“%s” matches %u board goals: write more of the text, or give the id that "
       "“styrkort-cli goals --year %d” shows.") },
  { "priority", "priority", N_("Priority area"),
    N_("The plan for %d has no priority area “%s”. See them with: styrkort-cli work-env show --year %d"),
    N_("“%s” matches %u priority areas: write more of the title, or give the id that "
       "“styrkort-cli work-env show --year %d” shows.") },
};

/* ---- Actions: "goal add", "work-env indicator remove" ---- */

typedef struct
{
  SkCliGlobals *globals;
  const char   *words;    /* "goal add": for the usage line and messages */
  const char   *summary;  /* marked for translation */
  Kind          kind;
} Call;

typedef int (*ActionFunc) (Call  *call,
                           int    argc,
                           char **argv);

typedef struct _Action Action;
struct _Action
{
  const char   *name;
  const char   *summary;  /* marked for translation */
  ActionFunc    run;
  Kind          kind;
  const Action *actions;  /* an action with actions of its own ("work-env indicator") */
};

static char *
action_names (const Action *actions)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; actions[i].name != NULL; i++)
    g_string_append_printf (names, "%s%s", i ? "|" : "", actions[i].name);
  return g_strdup (names->str);
}

static void
print_actions (const char   *words,
               const char   *summary,
               const Action *actions)
{
  guint width = 0;

  g_print ("%s\n  styrkort-cli %s %s\n\n%s\n\n%s\n", _("Usage:"), words, _("ACTION [OPTION…]"),
           _(summary), _("Actions:"));
  for (guint i = 0; actions[i].name != NULL; i++)
    width = MAX (width, strlen (actions[i].name));
  for (guint i = 0; actions[i].name != NULL; i++)
    g_print ("  %-*s  %s\n", (int) width, actions[i].name, _(actions[i].summary));
  g_print ("\n");
  g_print (_("Run “styrkort-cli %s ACTION --help” for the options of an action."), words);
  g_print ("\n");
}

/* argv[1] names the action; the action sees itself as argv[0]. */
static int
run_action (SkCliGlobals *globals,
            const char   *words,
            const char   *summary,
            const Action *actions,
            int           argc,
            char        **argv)
{
  const char *name = argc > 1 ? argv[1] : NULL;
  g_autofree char *names = action_names (actions);

  if (name == NULL || name[0] == '-')
    {
      if (g_strcmp0 (name, "--help") == 0 || g_strcmp0 (name, "-h") == 0 || g_strcmp0 (name, "-?") == 0)
        {
          print_actions (words, summary, actions);
          return SK_CLI_EXIT_OK;
        }
      sk_cli_error (_("Say what to do: styrkort-cli %s %s"), words, names);
      return SK_CLI_EXIT_USAGE;
    }
  for (guint i = 0; actions[i].name != NULL; i++)
    if (g_strcmp0 (actions[i].name, name) == 0)
      {
        g_autofree char *full = g_strdup_printf ("%s %s", words, name);
        Call call = { globals, full, actions[i].summary, actions[i].kind };

        if (actions[i].actions != NULL)
          return run_action (globals, full, actions[i].summary, actions[i].actions, argc - 1, argv + 1);
        return actions[i].run (&call, argc - 1, argv + 1);
      }
  sk_cli_error (_("Unknown action “%s”: use styrkort-cli %s %s"), name, words, names);
  return SK_CLI_EXIT_USAGE;
}

/* ---- Options ---- */

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
} Opts;

static void
opts_clear (Opts *o)
{
  g_free (o->title);
  g_free (o->text);
  g_free (o->description);
  g_free (o->area);
  g_free (o->regional);
  g_free (o->goal);
  g_free (o->priority);
  g_free (o->indicator);
  g_free (o->date);
  g_free (o->paragraph);
  g_free (o->diary);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Opts, opts_clear)

/* Every option these commands take; each command picks its own by name. */
static GOptionEntry *
option_entries (Opts       *o,
                const char *wanted)
{
  const GOptionEntry all[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &o->year, N_("The year of the plan"), N_("YEAR") },
    { "from", 0, 0, G_OPTION_ARG_INT, &o->from, N_("The year of the plan to copy"), N_("YEAR") },
    { "to", 0, 0, G_OPTION_ARG_INT, &o->to, N_("The year of the new plan (default: the year after)"), N_("YEAR") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &o->title, N_("The plan’s title (default: “Business plan YEAR”)"), N_("TITLE") },
    { "area", 'a', 0, G_OPTION_ARG_STRING, &o->area,
      N_("The focus area: its title, a unique part of it, or its id"), N_("AREA") },
    { "regional", 'r', 0, G_OPTION_ARG_STRING, &o->regional,
      N_("The regional goal: its title, a unique part of it, or its id"), N_("GOAL") },
    { "goal", 'g', 0, G_OPTION_ARG_STRING, &o->goal,
      N_("The board goal: its text, a unique part of it, or its id"), N_("GOAL") },
    { "priority", 'p', 0, G_OPTION_ARG_STRING, &o->priority,
      N_("The priority area: its title, a unique part of it, or its id"), N_("AREA") },
    { "indicator", 'i', 0, G_OPTION_ARG_STRING, &o->indicator,
      N_("The indicator (its name or a unique part of it)"), N_("NAME") },
    { "text", 't', 0, G_OPTION_ARG_STRING, &o->text, N_("The text: a goal’s text or an area’s title"), N_("TEXT") },
    { "description", 'd', 0, G_OPTION_ARG_STRING, &o->description, N_("The description"), N_("TEXT") },
    { "position", 0, 0, G_OPTION_ARG_INT, &o->position, N_("The new place among its neighbours: 1 is the first"), N_("N") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &o->date, N_("The date of the board’s decision, YYYY-MM-DD"), N_("DATE") },
    { "paragraph", 0, 0, G_OPTION_ARG_STRING, &o->paragraph, N_("The paragraph of the minutes, e.g. §98"), N_("§") },
    { "diary", 0, 0, G_OPTION_ARG_STRING, &o->diary, N_("The diary number, e.g. DN NSV240361"), N_("DN") },
  };
  g_auto(GStrv) names = g_strsplit (wanted, ",", -1);
  GArray *entries = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));

  for (guint n = 0; names[n] != NULL; n++)
    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      if (g_str_equal (all[i].long_name, names[n]))
        g_array_append_val (entries, all[i]);
  return (GOptionEntry *) g_array_free (entries, FALSE);
}

static int
parse (Call        *call,
       Opts        *o,
       const char  *wanted,
       int         *argc,
       char      ***argv)
{
  g_autofree GOptionEntry *entries = option_entries (o, wanted);
  int status;

  status = sk_cli_parse_action_options (call->globals, call->words, call->summary, entries, argc, argv);
  if (status != SK_CLI_EXIT_OK)
    return status;
  if (!sk_cli_check_arguments (*argc, *argv, 0))
    return SK_CLI_EXIT_USAGE;
  return SK_CLI_EXIT_OK;
}

/* A usage error unless @value was given. */
static gboolean
need (Call       *call,
      const void *value,
      const char *option)
{
  if (value != NULL)
    return TRUE;
  sk_cli_error (_("Give --%s: see “styrkort-cli %s --help”."), option, call->words);
  return FALSE;
}

static gboolean
need_year (int year)
{
  if (year != 0)
    return TRUE;
  sk_cli_error (_("Give the year with --year."));
  return FALSE;
}

/* The plan of @year, reported when there is none. */
static SkPlan *
find_plan (SkStore *store,
           int      year,
           int     *status)
{
  SkPlan *plan = sk_store_get_plan (store, year);

  if (plan == NULL)
    {
      sk_cli_error (_("There is no plan for %d. Make it with new-plan or copy-plan."), year);
      *status = SK_CLI_EXIT_REFUSED;
    }
  return plan;
}

/* Opens the database and finds the plan of --year. */
static int
open_plan (SkCliGlobals  *globals,
           int            year,
           SkStore      **store,
           SkPlan       **plan)
{
  int status = SK_CLI_EXIT_OK;

  if (!need_year (year))
    return SK_CLI_EXIT_USAGE;
  if ((*store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((*plan = find_plan (*store, year, &status)) == NULL)
    return status;
  return SK_CLI_EXIT_OK;
}

/* ---- Finding things by text or id ---- */

static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normal ? normal : "", -1);
}

/* As the store finds indicators: the exact text (as written, then in any
 * case), else a unique part of it; "42" or "#42" is an id. Returns the
 * index in @texts, or -1 with the number of matches in @matches. */
static int
match_text (GPtrArray  *texts,
            GArray     *ids,
            const char *query,
            guint      *matches)
{
  g_autofree char *wanted = fold (query);
  const char *digits = query[0] == '#' ? query + 1 : query;
  char *end = NULL;
  gint64 id;
  int found = -1;

  *matches = 0;
  for (guint i = 0; i < texts->len; i++)
    if (g_strcmp0 (g_ptr_array_index (texts, i), query) == 0)
      {
        found = (int) i;
        (*matches)++;
      }
  if (*matches > 0)
    return *matches == 1 ? found : -1;

  id = g_ascii_strtoll (digits, &end, 10);
  if (*digits != '\0' && *end == '\0' && ids != NULL)
    for (guint i = 0; i < ids->len; i++)
      if (g_array_index (ids, gint64, i) == id)
        {
          *matches = 1;
          return (int) i;
        }

  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *have = fold (g_ptr_array_index (texts, i));

      if (g_str_equal (have, wanted))
        {
          found = (int) i;
          (*matches)++;
        }
    }
  if (*matches > 0)
    return *matches == 1 ? found : -1;

  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *have = fold (g_ptr_array_index (texts, i));

      if (strstr (have, wanted) != NULL)
        {
          found = (int) i;
          (*matches)++;
        }
    }
  return *matches == 1 ? found : -1;
}

/* One row of a plan's goal tree, or a priority area. */
typedef struct
{
  SkRecord   *record;
  Kind        kind;
  const char *text;          /* owned by the record */
  gint64      area_id;       /* the focus area it is in; an area's own id */
  gint64      regional_id;   /* the regional goal it is under, or 0 */
  const char *area_title;
  const char *regional_title;
  guint       position;      /* 1 is the first among its neighbours */
  guint       depth;
} Node;

static void
node_clear (Node *node)
{
  g_clear_object (&node->record);
}

static Node *
add_node (GArray   *nodes,
          SkRecord *record,
          Kind      kind,
          guint     position)
{
  Node node = { g_object_ref (record), kind, NULL, 0, 0, NULL, NULL, position, 0 };

  g_array_append_val (nodes, node);
  return &g_array_index (nodes, Node, nodes->len - 1);
}

static void
add_board_goals (SkStore *store,
                 GArray  *nodes,
                 Node    *area,
                 Node    *regional)
{
  gint64 area_id = sk_record_get_id (area->record);
  gint64 regional_id = regional ? sk_record_get_id (regional->record) : 0;
  const char *area_title = area->text;
  const char *regional_title = regional ? regional->text : NULL;
  g_autoptr(GListModel) goals = sk_store_list_board_goals (store, area_id, regional_id);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, i);
      Node *node = add_node (nodes, SK_RECORD (goal), KIND_GOAL, i + 1);

      node->text = sk_board_goal_get_text (goal);
      node->area_id = area_id;
      node->regional_id = regional_id;
      node->area_title = area_title;
      node->regional_title = regional_title;
      node->depth = regional ? 2 : 1;
    }
}

/* The plan's tree in the order the Goals view shows it. */
static GArray *
collect_tree (SkStore *store,
              gint64   plan_id)
{
  GArray *nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, plan_id);

  g_array_set_clear_func (nodes, (GDestroyNotify) node_clear);
  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, a);
      g_autoptr(GListModel) regional = sk_store_list_regional_goals (store, sk_record_get_id (SK_RECORD (area)));
      Node *node = add_node (nodes, SK_RECORD (area), KIND_AREA, a + 1);
      guint area_index = nodes->len - 1;

      node->text = node->area_title = sk_focus_area_get_title (area);
      node->area_id = sk_record_get_id (SK_RECORD (area));
      for (guint r = 0; r < g_list_model_get_n_items (regional); r++)
        {
          g_autoptr(SkRegionalGoal) goal = g_list_model_get_item (regional, r);
          guint regional_index;

          node = add_node (nodes, SK_RECORD (goal), KIND_REGIONAL, r + 1);
          regional_index = nodes->len - 1;
          node->text = node->regional_title = sk_regional_goal_get_title (goal);
          node->area_id = sk_record_get_id (SK_RECORD (area));
          node->area_title = sk_focus_area_get_title (area);
          node->regional_id = sk_record_get_id (SK_RECORD (goal));
          node->depth = 1;
          /* Nodes move as the array grows: copy them first. */
          {
            Node area_node = g_array_index (nodes, Node, area_index);
            Node regional_node = g_array_index (nodes, Node, regional_index);

            add_board_goals (store, nodes, &area_node, &regional_node);
          }
        }
      {
        Node area_node = g_array_index (nodes, Node, area_index);

        add_board_goals (store, nodes, &area_node, NULL);
      }
    }
  return nodes;
}

static GArray *
collect_priority_areas (SkStore *store,
                        gint64   plan_id)
{
  GArray *nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  g_autoptr(GListModel) areas = sk_store_list_priority_areas (store, plan_id);

  g_array_set_clear_func (nodes, (GDestroyNotify) node_clear);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkPriorityArea) area = g_list_model_get_item (areas, i);
      Node *node = add_node (nodes, SK_RECORD (area), KIND_PRIORITY, i + 1);

      node->text = sk_priority_area_get_title (area);
    }
  return nodes;
}

/* The node of @kind that @query names, within @scope (a focus area or
 * regional goal node) when given; reported when there is none or many. */
static Node *
find_node (GArray     *nodes,
           Kind        kind,
           const char *query,
           Node       *scope,
           int         year,
           int        *status)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) where = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *shown = NULL;
  guint matches;
  int found;

  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);
      gint64 id = sk_record_get_id (node->record);

      if (node->kind != kind)
        continue;
      if (scope != NULL && scope->kind == KIND_AREA && node->area_id != scope->area_id)
        continue;
      if (scope != NULL && scope->kind == KIND_REGIONAL && node->regional_id != scope->regional_id)
        continue;
      g_ptr_array_add (texts, (gpointer) node->text);
      g_array_append_val (ids, id);
      g_array_append_val (where, i);
    }
  found = match_text (texts, ids, query, &matches);
  if (found >= 0)
    return &g_array_index (nodes, Node, g_array_index (where, guint, found));

  shown = sk_text_excerpt (query);
  if (matches == 0)
    sk_cli_error (_(kinds[kind].none), year, shown, year);
  else
    sk_cli_error (_(kinds[kind].many), shown, matches, year);
  *status = SK_CLI_EXIT_REFUSED;
  return NULL;
}

/* The indicator of the plan's register that @name names: the app links a
 * goal, or the work-environment plan, only to the plan's own indicators. */
static SkIndicator *
find_in_register (SkStore    *store,
                  int         year,
                  const char *name,
                  int        *status)
{
  g_autoptr(GListModel) reg = sk_store_list_indicators (store, year);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(SkIndicator) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = sk_text_excerpt (name);
  guint matches;
  int found;

  for (guint i = 0; i < g_list_model_get_n_items (reg); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (reg, i);

      g_ptr_array_add (texts, (gpointer) sk_indicator_get_name (ind));
    }
  found = match_text (texts, NULL, name, &matches);
  if (found >= 0)
    return g_list_model_get_item (reg, found);

  *status = SK_CLI_EXIT_REFUSED;
  if (matches > 1)
    {
      sk_cli_error (_("“%s” matches %u indicators: write more of the name."), shown, matches);
      return NULL;
    }
  /* Say whether it exists at all, and if so why it cannot be used. */
  other = sk_store_find_indicator (store, name, &error);
  if (other == NULL)
    {
      *status = sk_cli_fail (error);
      return NULL;
    }
  {
    g_autofree char *known = sk_text_excerpt (sk_indicator_get_name (other));

    sk_cli_error (_("“%s” is not in the indicator register of the plan for %d: only the plan’s own "
                    "indicators can be linked."), known, year);
  }
  return NULL;
}

static gboolean
has_indicator (GListModel *list,
               gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkRecord) record = g_list_model_get_item (list, i);

      if (sk_record_get_id (record) == id)
        return TRUE;
    }
  return FALSE;
}

/* What a change did, for people; scripts (TSV) get the id of what was added. */
static void
say (SkCliGlobals *globals,
     const char   *format,
     ...) G_GNUC_PRINTF (2, 3);

static void
say (SkCliGlobals *globals,
     const char   *format,
     ...)
{
  g_autofree char *text = NULL;
  g_autofree char *safe = NULL;
  va_list args;

  if (globals->tsv)
    return;
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  safe = sk_cli_safe (text);
  g_print ("%s\n", safe);
}

/* ---- new-plan, copy-plan, adopt ---- */

static Call
command_call (SkCliGlobals *globals,
              const char   *name)
{
  Call call = { globals, name, NULL, KIND_AREA };

  for (guint i = 0; sk_cli_commands[i].name != NULL; i++)
    if (g_strcmp0 (sk_cli_commands[i].name, name) == 0)
      call.summary = sk_cli_commands[i].summary;
  return call;
}

int
sk_cli_new_plan (SkCliGlobals *globals,
                 int           argc,
                 char        **argv)
{
  Call call = command_call (globals, "new-plan");
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = parse (&call, &o, "year,title", &argc, &argv)) != 0)
    return status;
  if (!need_year (o.year))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((plan = sk_store_create_plan (store, o.year, o.title, &error)) == NULL)
    return sk_cli_fail (error);
  if (globals->tsv)
    g_print ("%d\n", sk_plan_get_year (plan));
  say (globals, _("Created the plan for %d: %s"), sk_plan_get_year (plan), sk_plan_get_title (plan));
  return SK_CLI_EXIT_OK;
}

int
sk_cli_copy_plan (SkCliGlobals *globals,
                  int           argc,
                  char        **argv)
{
  Call call = command_call (globals, "copy-plan");
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkPlan) copy = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = parse (&call, &o, "from,to", &argc, &argv)) != 0)
    return status;
  if (o.from == 0)
    {
      sk_cli_error (_("Give --from: see “styrkort-cli %s --help”."), call.words);
      return SK_CLI_EXIT_USAGE;
    }
  if (o.to == 0 && o.from < SK_YEAR_MAX)
    o.to = o.from + 1;
  if (!sk_year_check (o.from, "--from", &error) || !sk_year_check (o.to, "--to", &error))
    {
      sk_cli_error ("%s", error->message);
      return SK_CLI_EXIT_USAGE;
    }
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((plan = find_plan (store, o.from, &status)) == NULL)
    return status;
  if ((copy = sk_store_copy_plan (store, plan, o.to, &error)) == NULL)
    return sk_cli_fail (error);
  if (globals->tsv)
    g_print ("%d\n", o.to);
  say (globals, _("The plan for %d was created from %d"), o.to, o.from);
  return SK_CLI_EXIT_OK;
}

int
sk_cli_rename_plan (SkCliGlobals *globals,
                    int           argc,
                    char        **argv)
{
  Call call = command_call (globals, "rename-plan");
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = parse (&call, &o, "year,title", &argc, &argv)) != 0)
    return status;
  if (!need_year (o.year) || !need (&call, o.title, "title"))
    return SK_CLI_EXIT_USAGE;
  if ((status = open_plan (globals, o.year, &store, &plan)) != 0)
    return status;
  if (!sk_store_update_plan (store, plan, o.title, &error))
    return sk_cli_fail (error);
  say (globals, _("The plan for %d is now called “%s”."), o.year, sk_plan_get_title (plan));
  return SK_CLI_EXIT_OK;
}

/* As the adopt dialog checks it: YYYY-MM-DD and a real day. */
static gboolean
valid_date (const char *date)
{
  int y, m, d;
  char tail;

  return date != NULL && strlen (date) == 10
         && sscanf (date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3
         && date[4] == '-' && date[7] == '-'
         && g_ascii_isdigit (date[5]) && g_ascii_isdigit (date[8])
         && g_date_valid_dmy (d, m, y);
}

int
sk_cli_adopt (SkCliGlobals *globals,
              int           argc,
              char        **argv)
{
  Call call = command_call (globals, "adopt");
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = parse (&call, &o, "year,date,paragraph,diary", &argc, &argv)) != 0)
    return status;
  if (!need_year (o.year))
    return SK_CLI_EXIT_USAGE;
  /* The dialog's rules: a decision date is needed, and must be one. */
  if (o.date == NULL)
    {
      sk_cli_error (_("The decision date is needed."));
      return SK_CLI_EXIT_USAGE;
    }
  if (!valid_date (o.date))
    {
      g_autofree char *shown = sk_text_excerpt (o.date);

      sk_cli_error (_("“%s” is not a date: write it as YYYY-MM-DD, e.g. 2024-12-11."), shown);
      return SK_CLI_EXIT_USAGE;
    }
  if ((status = open_plan (globals, o.year, &store, &plan)) != 0)
    return status;
  if (sk_plan_is_adopted (plan))
    {
      sk_cli_error (_("The plan for %d is already adopted"), o.year);
      return SK_CLI_EXIT_REFUSED;
    }
  if (!sk_store_adopt_plan (store, plan, o.date, o.paragraph, o.diary, &error))
    return sk_cli_fail (error);
  say (globals, _("The plan for %d is adopted"), o.year);
  return SK_CLI_EXIT_OK;
}

/* ---- goals: the tree with ids ---- */

static char *
linked_names (SkStore *store,
              Node    *node)
{
  g_autoptr(GListModel) linked = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (node->kind != KIND_GOAL)
    return NULL;
  linked = sk_store_list_goal_indicators (store, sk_record_get_id (node->record));
  for (guint i = 0; i < g_list_model_get_n_items (linked); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (linked, i);

      g_ptr_array_add (names, (gpointer) g_strdup (sk_indicator_get_name (ind)));
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("; ", (char **) names->pdata);
}

int
sk_cli_goals (SkCliGlobals *globals,
              int           argc,
              char        **argv)
{
  static const SkCliColumn text_columns[] = {
    { "id", N_("Id"), TRUE },
    { "level", N_("Level"), FALSE },
    { "text", N_("Text"), FALSE },
    { "indicators", N_("Indicators"), FALSE },
  };
  static const SkCliColumn tsv_columns[] = {
    { "id", NULL, FALSE }, { "level", NULL, FALSE }, { "position", NULL, FALSE },
    { "focus_area", NULL, FALSE }, { "regional_goal", NULL, FALSE }, { "text", NULL, FALSE },
    { "indicators", NULL, FALSE },
  };
  Call call = command_call (globals, "goals");
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(SkCliTable) table = NULL;
  int status;

  if ((status = parse (&call, &o, "year", &argc, &argv)) != 0)
    return status;
  if ((status = open_plan (globals, o.year, &store, &plan)) != 0)
    return status;

  if (globals->tsv)
    table = sk_cli_table_new (tsv_columns, G_N_ELEMENTS (tsv_columns), TRUE);
  else
    table = sk_cli_table_new (text_columns, G_N_ELEMENTS (text_columns), FALSE);
  nodes = collect_tree (store, sk_record_get_id (SK_RECORD (plan)));
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = &g_array_index (nodes, Node, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, sk_record_get_id (node->record));
      g_autofree char *position = g_strdup_printf ("%u", node->position);
      g_autofree char *indicators = linked_names (store, node);

      if (globals->tsv)
        sk_cli_table_add_row (table, id, kinds[node->kind].tsv, position,
                              node->kind == KIND_AREA ? NULL : node->area_title,
                              node->kind == KIND_GOAL ? node->regional_title : NULL,
                              node->text, indicators);
      else
        {
          /* Indented as the tree in the Goals view. */
          g_autofree char *text = g_strdup_printf ("%*s%s", (int) node->depth * 2, "", node->text);

          sk_cli_table_add_row (table, id, _(kinds[node->kind].label), text, indicators);
        }
    }
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}

/* ---- area, regional, goal, priority: add, rename, describe, remove, move ---- */

/* Opens the plan of --year and collects what @kind lives in. */
static int
open_nodes (Call     *call,
            Opts     *o,
            SkStore **store,
            SkPlan  **plan,
            GArray  **nodes)
{
  int status = open_plan (call->globals, o->year, store, plan);

  if (status != SK_CLI_EXIT_OK)
    return status;
  if (call->kind == KIND_PRIORITY)
    *nodes = collect_priority_areas (*store, sk_record_get_id (SK_RECORD (*plan)));
  else
    *nodes = collect_tree (*store, sk_record_get_id (SK_RECORD (*plan)));
  return SK_CLI_EXIT_OK;
}

/* The node the action is about: --goal, narrowed by --area and --regional. */
static Node *
target_node (Call   *call,
             Opts   *o,
             GArray *nodes,
             int    *status)
{
  Node *scope = NULL;

  switch (call->kind)
    {
    case KIND_AREA:
      return find_node (nodes, KIND_AREA, o->area, NULL, o->year, status);
    case KIND_PRIORITY:
      return find_node (nodes, KIND_PRIORITY, o->priority, NULL, o->year, status);
    case KIND_REGIONAL:
      if (o->area != NULL && (scope = find_node (nodes, KIND_AREA, o->area, NULL, o->year, status)) == NULL)
        return NULL;
      return find_node (nodes, KIND_REGIONAL, o->regional, scope, o->year, status);
    case KIND_GOAL:
    default:
      if (o->area != NULL && (scope = find_node (nodes, KIND_AREA, o->area, NULL, o->year, status)) == NULL)
        return NULL;
      if (o->regional != NULL
          && (scope = find_node (nodes, KIND_REGIONAL, o->regional, scope, o->year, status)) == NULL)
        return NULL;
      return find_node (nodes, KIND_GOAL, o->goal, scope, o->year, status);
    }
}

/* The options that name the node of @kind, and the one it must have. */
static const char *
naming_options (Kind         kind,
                const char **required)
{
  static const char *names[] = { "year,area", "year,area,regional", "year,area,regional,goal", "year,priority" };

  *required = kinds[kind].option;
  return names[kind];
}

static const char *
required_value (Kind  kind,
                Opts *o)
{
  const char *values[] = { o->area, o->regional, o->goal, o->priority };

  return values[kind];
}

static int
tree_add (Call  *call,
          int    argc,
          char **argv)
{
  static const char *wanted[] = { "year,text", "year,area,text", "year,area,regional,text", "year,text,description" };
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRecord) added = NULL;
  g_autofree char *id = NULL;
  Node *area = NULL, *regional = NULL;
  gint64 plan_id;
  int status;

  if ((status = parse (call, &o, wanted[call->kind], &argc, &argv)) != 0)
    return status;
  if (!need_year (o.year)
      || (call->kind == KIND_REGIONAL && !need (call, o.area, "area"))
      /* A regional goal says which focus area it is in. */
      || (call->kind == KIND_GOAL && o.regional == NULL && !need (call, o.area, "area"))
      || !need (call, o.text, "text"))
    return SK_CLI_EXIT_USAGE;
  if ((status = open_nodes (call, &o, &store, &plan, &nodes)) != 0)
    return status;
  plan_id = sk_record_get_id (SK_RECORD (plan));
  if (o.area != NULL && (area = find_node (nodes, KIND_AREA, o.area, NULL, o.year, &status)) == NULL)
    return status;
  if (o.regional != NULL && (regional = find_node (nodes, KIND_REGIONAL, o.regional, area, o.year, &status)) == NULL)
    return status;

  switch (call->kind)
    {
    case KIND_AREA:
      added = SK_RECORD (sk_store_add_focus_area (store, plan_id, o.text, NULL, &error));
      break;
    case KIND_REGIONAL:
      added = SK_RECORD (sk_store_add_regional_goal (store, area->area_id, o.text, NULL, &error));
      break;
    case KIND_GOAL:
      added = SK_RECORD (sk_store_add_board_goal (store, regional ? regional->area_id : area->area_id,
                                                  regional ? regional->regional_id : 0, o.text, &error));
      break;
    case KIND_PRIORITY:
    default:
      added = SK_RECORD (sk_store_add_priority_area (store, plan_id, o.text, o.description, &error));
      break;
    }
  if (added == NULL)
    return error ? sk_cli_fail (error) : SK_CLI_EXIT_REFUSED;
  id = g_strdup_printf ("%" G_GINT64_FORMAT, sk_record_get_id (added));
  if (call->globals->tsv)
    g_print ("%s\n", id);
  say (call->globals, _("Added “%s” to the plan for %d (id %s)."), o.text, o.year, id);
  return SK_CLI_EXIT_OK;
}

static int
tree_rename (Call  *call,
             int    argc,
             char **argv)
{
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *old = NULL;
  const char *required;
  Node *node;
  int status;

  wanted = g_strconcat (naming_options (call->kind, &required), ",text", NULL);
  if ((status = parse (call, &o, wanted, &argc, &argv)) != 0)
    return status;
  if (!need_year (o.year) || !need (call, required_value (call->kind, &o), required)
      || !need (call, o.text, "text"))
    return SK_CLI_EXIT_USAGE;
  if ((status = open_nodes (call, &o, &store, &plan, &nodes)) != 0)
    return status;
  if ((node = target_node (call, &o, nodes, &status)) == NULL)
    return status;

  old = g_strdup (node->text);
  if (!sk_store_rename (store, node->record, o.text, &error))
    return sk_cli_fail (error);
  say (call->globals, _("Renamed “%s” to “%s”."), old, g_strstrip (o.text));
  return SK_CLI_EXIT_OK;
}

static int
tree_describe (Call  *call,
               int    argc,
               char **argv)
{
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wanted = NULL;
  const char *required;
  Node *node;
  int status;

  wanted = g_strconcat (naming_options (call->kind, &required), ",description", NULL);
  if ((status = parse (call, &o, wanted, &argc, &argv)) != 0)
    return status;
  if (!need_year (o.year) || !need (call, required_value (call->kind, &o), required)
      || !need (call, o.description, "description"))
    return SK_CLI_EXIT_USAGE;
  if ((status = open_nodes (call, &o, &store, &plan, &nodes)) != 0)
    return status;
  if ((node = target_node (call, &o, nodes, &status)) == NULL)
    return status;

  if (!sk_store_set_description (store, node->record, o.description, &error))
    return sk_cli_fail (error);
  say (call->globals, _("The description of “%s” is saved."), node->text);
  return SK_CLI_EXIT_OK;
}

static int
tree_remove (Call  *call,
             int    argc,
             char **argv)
{
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old = NULL;
  const char *required;
  Node *node;
  int status;

  if ((status = parse (call, &o, naming_options (call->kind, &required), &argc, &argv)) != 0)
    return status;
  if (!need_year (o.year) || !need (call, required_value (call->kind, &o), required))
    return SK_CLI_EXIT_USAGE;
  if ((status = open_nodes (call, &o, &store, &plan, &nodes)) != 0)
    return status;
  if ((node = target_node (call, &o, nodes, &status)) == NULL)
    return status;

  old = g_strdup (node->text);
  if (!sk_store_delete (store, node->record, &error))
    return sk_cli_fail (error);
  say (call->globals, _("Removed “%s” from the plan for %d."), old, o.year);
  return SK_CLI_EXIT_OK;
}

static int
tree_move (Call  *call,
           int    argc,
           char **argv)
{
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *wanted = NULL;
  const char *required;
  Node *node;
  int status, position = 0;

  wanted = g_strconcat (naming_options (call->kind, &required), ",position", NULL);
  if ((status = parse (call, &o, wanted, &argc, &argv)) != 0)
    return status;
  if (!need_year (o.year) || !need (call, required_value (call->kind, &o), required))
    return SK_CLI_EXIT_USAGE;
  if (o.position < 1)
    {
      sk_cli_error (_("Give the new place with --position: 1 is the first."));
      return SK_CLI_EXIT_USAGE;
    }
  if ((status = open_nodes (call, &o, &store, &plan, &nodes)) != 0)
    return status;
  if ((node = target_node (call, &o, nodes, &status)) == NULL)
    return status;

  if (!sk_store_move (store, node->record, o.position - 1, &error))
    return sk_cli_fail (error);
  g_object_get (node->record, "position", &position, NULL);
  say (call->globals, _("Moved “%s” to place %d."), node->text, position + 1);
  return SK_CLI_EXIT_OK;
}

static const Action tree_actions[][5] = {
  [KIND_AREA] = {
    { "add", N_("Add a focus area to the plan"), tree_add, KIND_AREA, NULL },
    { "rename", N_("Change a focus area’s title"), tree_rename, KIND_AREA, NULL },
    { "remove", N_("Remove a focus area with everything under it"), tree_remove, KIND_AREA, NULL },
    { "move", N_("Move a focus area to another place"), tree_move, KIND_AREA, NULL },
    { NULL } },
  [KIND_REGIONAL] = {
    { "add", N_("Add a regional goal to a focus area"), tree_add, KIND_REGIONAL, NULL },
    { "rename", N_("Change a regional goal’s title"), tree_rename, KIND_REGIONAL, NULL },
    { "remove", N_("Remove a regional goal with the goals under it"), tree_remove, KIND_REGIONAL, NULL },
    { "move", N_("Move a regional goal to another place in its focus area"), tree_move, KIND_REGIONAL, NULL },
    { NULL } },
  [KIND_GOAL] = {
    { "add", N_("Add a board goal under a focus area or regional goal"), tree_add, KIND_GOAL, NULL },
    { "rename", N_("Change a board goal’s text"), tree_rename, KIND_GOAL, NULL },
    { "remove", N_("Remove a board goal with its links and follow-up"), tree_remove, KIND_GOAL, NULL },
    { "move", N_("Move a board goal to another place among its neighbours"), tree_move, KIND_GOAL, NULL },
    { NULL } },
};

static const Action priority_actions[] = {
  { "add", N_("Add a priority area to the work-environment plan"), tree_add, KIND_PRIORITY, NULL },
  { "rename", N_("Change a priority area’s title"), tree_rename, KIND_PRIORITY, NULL },
  { "describe", N_("Change a priority area’s description"), tree_describe, KIND_PRIORITY, NULL },
  { "remove", N_("Remove a priority area with its follow-up"), tree_remove, KIND_PRIORITY, NULL },
  { "move", N_("Move a priority area to another place"), tree_move, KIND_PRIORITY, NULL },
  { NULL }
};

static const char *
command_summary (const char *name)
{
  Call call = command_call (NULL, name);

  return call.summary;
}

int
sk_cli_area (SkCliGlobals *globals,
             int           argc,
             char        **argv)
{
  return run_action (globals, "area", command_summary ("area"), tree_actions[KIND_AREA], argc, argv);
}

int
sk_cli_regional (SkCliGlobals *globals,
                 int           argc,
                 char        **argv)
{
  return run_action (globals, "regional", command_summary ("regional"), tree_actions[KIND_REGIONAL], argc, argv);
}

int
sk_cli_goal (SkCliGlobals *globals,
             int           argc,
             char        **argv)
{
  return run_action (globals, "goal", command_summary ("goal"), tree_actions[KIND_GOAL], argc, argv);
}

int
sk_cli_priority (SkCliGlobals *globals,
                 int           argc,
                 char        **argv)
{
  return run_action (globals, "priority", command_summary ("priority"), priority_actions, argc, argv);
}

/* ---- link, unlink ---- */

static int
change_link (SkCliGlobals *globals,
             const char   *command,
             gboolean      linking,
             int           argc,
             char        **argv)
{
  Call call = command_call (globals, command);
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(GListModel) linked = NULL;
  g_autoptr(GError) error = NULL;
  gint64 goal_id, ind_id;
  gboolean ok;
  Node *goal;
  int status;

  call.kind = KIND_GOAL;
  if ((status = parse (&call, &o, "year,area,regional,goal,indicator", &argc, &argv)) != 0)
    return status;
  if (!need_year (o.year) || !need (&call, o.goal, "goal") || !need (&call, o.indicator, "indicator"))
    return SK_CLI_EXIT_USAGE;
  if ((status = open_nodes (&call, &o, &store, &plan, &nodes)) != 0)
    return status;
  if ((goal = target_node (&call, &o, nodes, &status)) == NULL)
    return status;
  goal_id = sk_record_get_id (goal->record);
  linked = sk_store_list_goal_indicators (store, goal_id);

  if (linking)
    ind = find_in_register (store, o.year, o.indicator, &status);
  else
    {
      /* What is linked can be unlinked, in the register or not. */
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();
      guint matches;
      int found;

      for (guint i = 0; i < g_list_model_get_n_items (linked); i++)
        {
          g_autoptr(SkIndicator) each = g_list_model_get_item (linked, i);
          g_ptr_array_add (texts, (gpointer) sk_indicator_get_name (each));
        }
      found = match_text (texts, NULL, o.indicator, &matches);
      if (found >= 0)
        ind = g_list_model_get_item (linked, found);
      else if ((ind = sk_cli_find_indicator (store, o.indicator, &status)) == NULL)
        return status;
    }
  if (ind == NULL)
    return status;
  ind_id = sk_record_get_id (SK_RECORD (ind));

  /* The app offers only what would change something; say why not here. */
  if (linking && has_indicator (linked, ind_id))
    {
      sk_cli_error (_("“%s” is already linked to “%s”."), sk_indicator_get_name (ind), goal->text);
      return SK_CLI_EXIT_REFUSED;
    }
  if (!linking && !has_indicator (linked, ind_id))
    {
      sk_cli_error (_("“%s” is not linked to “%s”."), sk_indicator_get_name (ind), goal->text);
      return SK_CLI_EXIT_REFUSED;
    }
  ok = linking ? sk_store_link_indicator (store, goal_id, ind_id, &error)
               : sk_store_unlink_indicator (store, goal_id, ind_id, &error);
  if (!ok)
    return sk_cli_fail (error);
  if (linking)
    say (globals, _("Linked “%s” to “%s”."), sk_indicator_get_name (ind), goal->text);
  else
    say (globals, _("Unlinked “%s” from “%s”."), sk_indicator_get_name (ind), goal->text);
  return SK_CLI_EXIT_OK;
}

int
sk_cli_link (SkCliGlobals *globals,
             int           argc,
             char        **argv)
{
  return change_link (globals, "link", TRUE, argc, argv);
}

int
sk_cli_unlink (SkCliGlobals *globals,
               int           argc,
               char        **argv)
{
  return change_link (globals, "unlink", FALSE, argc, argv);
}

/* ---- work-env: show, goal, indicator add/remove ---- */

static int
work_env_show (Call  *call,
               int    argc,
               char **argv)
{
  static const SkCliColumn text_columns[] = {
    { "what", N_("What"), FALSE },
    { "id", N_("Id"), TRUE },
    { "text", N_("Text"), FALSE },
  };
  static const SkCliColumn tsv_columns[] = {
    { "what", NULL, FALSE }, { "id", NULL, FALSE }, { "position", NULL, FALSE },
    { "text", NULL, FALSE }, { "description", NULL, FALSE },
  };
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkWorkEnvPlan) wep = NULL;
  g_autoptr(GListModel) inds = NULL;
  g_autoptr(GArray) areas = NULL;
  g_autoptr(SkCliTable) table = NULL;
  gboolean tsv = call->globals->tsv;
  gint64 plan_id;
  int status;

  if ((status = parse (call, &o, "year", &argc, &argv)) != 0)
    return status;
  if ((status = open_plan (call->globals, o.year, &store, &plan)) != 0)
    return status;
  plan_id = sk_record_get_id (SK_RECORD (plan));
  wep = sk_store_get_work_env_plan (store, plan_id);
  inds = sk_store_list_work_env_indicators (store, plan_id);
  areas = collect_priority_areas (store, plan_id);

  if (tsv)
    table = sk_cli_table_new (tsv_columns, G_N_ELEMENTS (tsv_columns), TRUE);
  else
    table = sk_cli_table_new (text_columns, G_N_ELEMENTS (text_columns), FALSE);
  sk_cli_table_add_row (table, tsv ? "goal" : _("Goal"), NULL, wep ? sk_work_env_plan_get_goal_text (wep) : NULL,
                        NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (inds); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (inds, i);
      g_autofree char *position = g_strdup_printf ("%u", i + 1);

      if (tsv)
        sk_cli_table_add_row (table, "indicator", NULL, position, sk_indicator_get_name (ind), NULL);
      else
        sk_cli_table_add_row (table, _("Indicator"), NULL, sk_indicator_get_name (ind));
    }
  for (guint i = 0; i < areas->len; i++)
    {
      Node *node = &g_array_index (areas, Node, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, sk_record_get_id (node->record));
      g_autofree char *position = g_strdup_printf ("%u", node->position);

      if (tsv)
        sk_cli_table_add_row (table, "priority", id, position, node->text,
                              sk_priority_area_get_description (SK_PRIORITY_AREA (node->record)));
      else
        sk_cli_table_add_row (table, _("Priority area"), id, node->text);
    }
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}

static int
work_env_goal (Call  *call,
               int    argc,
               char **argv)
{
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkWorkEnvPlan) wep = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = parse (call, &o, "year,text", &argc, &argv)) != 0)
    return status;
  if (!need_year (o.year) || !need (call, o.text, "text"))
    return SK_CLI_EXIT_USAGE;
  if ((status = open_plan (call->globals, o.year, &store, &plan)) != 0)
    return status;
  wep = sk_store_get_work_env_plan (store, sk_record_get_id (SK_RECORD (plan)));
  if (wep == NULL)
    return sk_cli_check_reads (store, &status) ? SK_CLI_EXIT_REFUSED : status;
  /* The app lets the goal be cleared: so does this. */
  if (!sk_store_set_work_env_goal (store, wep, o.text, &error))
    return sk_cli_fail (error);
  say (call->globals, _("The work-environment goal for %d is saved."), o.year);
  return SK_CLI_EXIT_OK;
}

static int
work_env_indicator (Call     *call,
                    gboolean  adding,
                    int       argc,
                    char    **argv)
{
  g_auto(Opts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(GListModel) linked = NULL;
  g_autoptr(GError) error = NULL;
  gint64 plan_id, ind_id;
  gboolean ok;
  int status;

  if ((status = parse (call, &o, "year,indicator", &argc, &argv)) != 0)
    return status;
  if (!need_year (o.year) || !need (call, o.indicator, "indicator"))
    return SK_CLI_EXIT_USAGE;
  if ((status = open_plan (call->globals, o.year, &store, &plan)) != 0)
    return status;
  plan_id = sk_record_get_id (SK_RECORD (plan));
  linked = sk_store_list_work_env_indicators (store, plan_id);
  if (adding)
    ind = find_in_register (store, o.year, o.indicator, &status);
  else
    ind = sk_cli_find_indicator (store, o.indicator, &status);
  if (ind == NULL)
    return status;
  ind_id = sk_record_get_id (SK_RECORD (ind));

  if (adding && has_indicator (linked, ind_id))
    {
      sk_cli_error (_("“%s” is already in the work-environment plan for %d."), sk_indicator_get_name (ind), o.year);
      return SK_CLI_EXIT_REFUSED;
    }
  if (!adding && !has_indicator (linked, ind_id))
    {
      sk_cli_error (_("“%s” is not in the work-environment plan for %d."), sk_indicator_get_name (ind), o.year);
      return SK_CLI_EXIT_REFUSED;
    }
  ok = adding ? sk_store_link_work_env_indicator (store, plan_id, ind_id, &error)
              : sk_store_unlink_work_env_indicator (store, plan_id, ind_id, &error);
  if (!ok)
    return sk_cli_fail (error);
  if (adding)
    say (call->globals, _("“%s” is now followed in the work-environment plan for %d."),
         sk_indicator_get_name (ind), o.year);
  else
    say (call->globals, _("“%s” is no longer followed in the work-environment plan for %d."),
         sk_indicator_get_name (ind), o.year);
  return SK_CLI_EXIT_OK;
}

static int
work_env_indicator_add (Call  *call,
                        int    argc,
                        char **argv)
{
  return work_env_indicator (call, TRUE, argc, argv);
}

static int
work_env_indicator_remove (Call  *call,
                           int    argc,
                           char **argv)
{
  return work_env_indicator (call, FALSE, argc, argv);
}

static const Action work_env_indicator_actions[] = {
  { "add", N_("Follow an indicator of the plan’s register in the work-environment plan"),
    work_env_indicator_add, KIND_PRIORITY, NULL },
  { "remove", N_("Stop following an indicator in the work-environment plan"),
    work_env_indicator_remove, KIND_PRIORITY, NULL },
  { NULL }
};

static const Action work_env_actions[] = {
  { "show", N_("Show the goal, the indicators and the priority areas with their ids"),
    work_env_show, KIND_PRIORITY, NULL },
  { "goal", N_("Set the overall goal of the work-environment plan"), work_env_goal, KIND_PRIORITY, NULL },
  { "indicator", N_("Add or remove an indicator of the work-environment plan"), NULL, KIND_PRIORITY,
    work_env_indicator_actions },
  { NULL }
};

int
sk_cli_work_env (SkCliGlobals *globals,
                 int           argc,
                 char        **argv)
{
  return run_action (globals, "work-env", command_summary ("work-env"), work_env_actions, argc, argv);
}
