/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-plan-private.h"

/*
 * What the plan, goal and work-environment commands share: actions
 * ("goal add"), their options, and finding a plan, a goal, an area or an
 * indicator by its text or id, as the store finds indicators.
 */

/* ---- What an action works on: words for each kind ---- */

const SkCliKindInfo sk_cli_kinds[] = {
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

static char *
action_names (const SkCliAction *actions)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; actions[i].name != NULL; i++)
    g_string_append_printf (names, "%s%s", i ? "|" : "", actions[i].name);
  return g_strdup (names->str);
}

static void
print_actions (const char        *words,
               const char        *summary,
               const SkCliAction *actions)
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
int
sk_cli_run_action (SkCliGlobals       *globals,
                   const char         *words,
                   const char         *summary,
                   const SkCliAction  *actions,
                   int                 argc,
                   char              **argv)
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
        SkCliCall call = { globals, full, actions[i].summary, actions[i].kind };

        if (actions[i].actions != NULL)
          return sk_cli_run_action (globals, full, actions[i].summary, actions[i].actions, argc - 1, argv + 1);
        return actions[i].run (&call, argc - 1, argv + 1);
      }
  sk_cli_error (_("Unknown action “%s”: use styrkort-cli %s %s"), name, words, names);
  return SK_CLI_EXIT_USAGE;
}

/* ---- Options ---- */

void
sk_cli_opts_clear (SkCliOpts *o)
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
  g_free (o->period);
}

/* Every option these commands take; each command picks its own by name. */
static GOptionEntry *
option_entries (SkCliOpts  *o,
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
    { "period", 0, 0, G_OPTION_ARG_STRING, &o->period,
      N_("The report the follow-up belongs to, as its last month: 2024-04 is January–April"), N_("YYYY-MM") },
  };
  g_auto(GStrv) names = g_strsplit (wanted, ",", -1);
  GArray *entries = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));

  for (guint n = 0; names[n] != NULL; n++)
    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      if (g_str_equal (all[i].long_name, names[n]))
        g_array_append_val (entries, all[i]);
  return (GOptionEntry *) g_array_free (entries, FALSE);
}

int
sk_cli_plan_parse (SkCliCall    *call,
                   SkCliOpts    *o,
                   const char   *wanted,
                   int          *argc,
                   char       ***argv)
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
gboolean
sk_cli_need (SkCliCall  *call,
             const void *value,
             const char *option)
{
  if (value != NULL)
    return TRUE;
  sk_cli_error (_("Give --%s: see “styrkort-cli %s --help”."), option, call->words);
  return FALSE;
}

gboolean
sk_cli_need_year (int year)
{
  if (year != 0)
    return TRUE;
  sk_cli_error (_("Give the year with --year."));
  return FALSE;
}

/* The plan of @year, reported when there is none. */
SkPlan *
sk_cli_find_plan (SkStore *store,
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
int
sk_cli_open_plan (SkCliGlobals  *globals,
                  int            year,
                  SkStore      **store,
                  SkPlan       **plan)
{
  int status = SK_CLI_EXIT_OK;

  if (!sk_cli_need_year (year))
    return SK_CLI_EXIT_USAGE;
  if ((*store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((*plan = sk_cli_find_plan (*store, year, &status)) == NULL)
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
int
sk_cli_match_text (GPtrArray  *texts,
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

static void
node_clear (SkCliNode *node)
{
  g_clear_object (&node->record);
}

static SkCliNode *
add_node (GArray    *nodes,
          SkRecord  *record,
          SkCliKind  kind,
          guint      position)
{
  SkCliNode node = { g_object_ref (record), kind, NULL, 0, 0, NULL, NULL, position, 0 };

  g_array_append_val (nodes, node);
  return &g_array_index (nodes, SkCliNode, nodes->len - 1);
}

static void
add_board_goals (SkStore   *store,
                 GArray    *nodes,
                 SkCliNode *area,
                 SkCliNode *regional)
{
  gint64 area_id = sk_record_get_id (area->record);
  gint64 regional_id = regional ? sk_record_get_id (regional->record) : 0;
  const char *area_title = area->text;
  const char *regional_title = regional ? regional->text : NULL;
  g_autoptr(GListModel) goals = sk_store_list_board_goals (store, area_id, regional_id);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, i);
      SkCliNode *node = add_node (nodes, SK_RECORD (goal), SK_CLI_KIND_GOAL, i + 1);

      node->text = sk_board_goal_get_text (goal);
      node->area_id = area_id;
      node->regional_id = regional_id;
      node->area_title = area_title;
      node->regional_title = regional_title;
      node->depth = regional ? 2 : 1;
    }
}

/* The plan's tree in the order the Goals view shows it. */
GArray *
sk_cli_collect_tree (SkStore *store,
                     gint64   plan_id)
{
  GArray *nodes = g_array_new (FALSE, TRUE, sizeof (SkCliNode));
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, plan_id);

  g_array_set_clear_func (nodes, (GDestroyNotify) node_clear);
  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, a);
      g_autoptr(GListModel) regional = sk_store_list_regional_goals (store, sk_record_get_id (SK_RECORD (area)));
      SkCliNode *node = add_node (nodes, SK_RECORD (area), SK_CLI_KIND_AREA, a + 1);
      guint area_index = nodes->len - 1;

      node->text = node->area_title = sk_focus_area_get_title (area);
      node->area_id = sk_record_get_id (SK_RECORD (area));
      for (guint r = 0; r < g_list_model_get_n_items (regional); r++)
        {
          g_autoptr(SkRegionalGoal) goal = g_list_model_get_item (regional, r);
          guint regional_index;

          node = add_node (nodes, SK_RECORD (goal), SK_CLI_KIND_REGIONAL, r + 1);
          regional_index = nodes->len - 1;
          node->text = node->regional_title = sk_regional_goal_get_title (goal);
          node->area_id = sk_record_get_id (SK_RECORD (area));
          node->area_title = sk_focus_area_get_title (area);
          node->regional_id = sk_record_get_id (SK_RECORD (goal));
          node->depth = 1;
          /* Nodes move as the array grows: copy them first. */
          {
            SkCliNode area_node = g_array_index (nodes, SkCliNode, area_index);
            SkCliNode regional_node = g_array_index (nodes, SkCliNode, regional_index);

            add_board_goals (store, nodes, &area_node, &regional_node);
          }
        }
      {
        SkCliNode area_node = g_array_index (nodes, SkCliNode, area_index);

        add_board_goals (store, nodes, &area_node, NULL);
      }
    }
  return nodes;
}

GArray *
sk_cli_collect_priority_areas (SkStore *store,
                               gint64   plan_id)
{
  GArray *nodes = g_array_new (FALSE, TRUE, sizeof (SkCliNode));
  g_autoptr(GListModel) areas = sk_store_list_priority_areas (store, plan_id);

  g_array_set_clear_func (nodes, (GDestroyNotify) node_clear);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkPriorityArea) area = g_list_model_get_item (areas, i);
      SkCliNode *node = add_node (nodes, SK_RECORD (area), SK_CLI_KIND_PRIORITY, i + 1);

      node->text = sk_priority_area_get_title (area);
    }
  return nodes;
}

/* The node of @kind that @query names, within @scope (a focus area or
 * regional goal node) when given; reported when there is none or many. */
SkCliNode *
sk_cli_find_node (GArray     *nodes,
                  SkCliKind   kind,
                  const char *query,
                  SkCliNode  *scope,
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
      SkCliNode *node = &g_array_index (nodes, SkCliNode, i);
      gint64 id = sk_record_get_id (node->record);

      if (node->kind != kind)
        continue;
      if (scope != NULL && scope->kind == SK_CLI_KIND_AREA && node->area_id != scope->area_id)
        continue;
      if (scope != NULL && scope->kind == SK_CLI_KIND_REGIONAL && node->regional_id != scope->regional_id)
        continue;
      g_ptr_array_add (texts, (gpointer) node->text);
      g_array_append_val (ids, id);
      g_array_append_val (where, i);
    }
  found = sk_cli_match_text (texts, ids, query, &matches);
  if (found >= 0)
    return &g_array_index (nodes, SkCliNode, g_array_index (where, guint, found));

  shown = sk_text_excerpt (query);
  if (matches == 0)
    sk_cli_error (_(sk_cli_kinds[kind].none), year, shown, year);
  else
    sk_cli_error (_(sk_cli_kinds[kind].many), shown, matches, year);
  *status = SK_CLI_EXIT_REFUSED;
  return NULL;
}

/* The indicator of the plan's register that @name names: the app links a
 * goal, or the work-environment plan, only to the plan's own indicators. */
SkIndicator *
sk_cli_find_in_register (SkStore    *store,
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
  found = sk_cli_match_text (texts, NULL, name, &matches);
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

gboolean
sk_cli_has_indicator (GListModel *list,
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
void
sk_cli_say (SkCliGlobals *globals,
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

/* The command @name as an action: its summary from the table of commands. */
SkCliCall
sk_cli_command_call (SkCliGlobals *globals,
                     const char   *name)
{
  SkCliCall call = { globals, name, NULL, SK_CLI_KIND_AREA };

  for (guint i = 0; sk_cli_commands[i].name != NULL; i++)
    if (g_strcmp0 (sk_cli_commands[i].name, name) == 0)
      call.summary = sk_cli_commands[i].summary;
  return call;
}

const char *
sk_cli_command_summary (const char *name)
{
  SkCliCall call = sk_cli_command_call (NULL, name);

  return call.summary;
}

/* ---- What an action works with ---- */

void
sk_cli_target_clear (SkCliTarget *t)
{
  t->node = NULL;
  g_clear_pointer (&t->nodes, g_array_unref);
  g_clear_object (&t->plan);
  g_clear_object (&t->store);
  sk_cli_opts_clear (&t->o);
}

int
sk_cli_target_parse (SkCliCall    *call,
                     SkCliTarget  *t,
                     const char   *wanted,
                     const char   *required,
                     int          *argc,
                     char       ***argv)
{
  g_autofree GOptionEntry *entries = NULL;
  int status;

  if ((status = sk_cli_plan_parse (call, &t->o, wanted, argc, argv)) != SK_CLI_EXIT_OK)
    return status;
  if (!sk_cli_need_year (t->o.year))
    return SK_CLI_EXIT_USAGE;
  /* In the order given, so the first one missing is the one reported. */
  entries = option_entries (&t->o, required);
  for (guint i = 0; entries[i].long_name != NULL; i++)
    if (!sk_cli_need (call, *(char **) entries[i].arg_data, entries[i].long_name))
      return SK_CLI_EXIT_USAGE;
  return SK_CLI_EXIT_OK;
}

/* The node the action is about: --goal, narrowed by --area and --regional. */
static SkCliNode *
target_node (SkCliCall *call,
             SkCliOpts *o,
             GArray    *nodes,
             int       *status)
{
  SkCliNode *scope = NULL;

  switch (call->kind)
    {
    case SK_CLI_KIND_AREA:
      return sk_cli_find_node (nodes, SK_CLI_KIND_AREA, o->area, NULL, o->year, status);
    case SK_CLI_KIND_PRIORITY:
      return sk_cli_find_node (nodes, SK_CLI_KIND_PRIORITY, o->priority, NULL, o->year, status);
    case SK_CLI_KIND_REGIONAL:
      if (o->area != NULL && (scope = sk_cli_find_node (nodes, SK_CLI_KIND_AREA, o->area, NULL, o->year, status)) == NULL)
        return NULL;
      return sk_cli_find_node (nodes, SK_CLI_KIND_REGIONAL, o->regional, scope, o->year, status);
    case SK_CLI_KIND_GOAL:
    default:
      if (o->area != NULL && (scope = sk_cli_find_node (nodes, SK_CLI_KIND_AREA, o->area, NULL, o->year, status)) == NULL)
        return NULL;
      if (o->regional != NULL
          && (scope = sk_cli_find_node (nodes, SK_CLI_KIND_REGIONAL, o->regional, scope, o->year, status)) == NULL)
        return NULL;
      return sk_cli_find_node (nodes, SK_CLI_KIND_GOAL, o->goal, scope, o->year, status);
    }
}


int
sk_cli_target_open (SkCliCall   *call,
                    SkCliTarget *t,
                    SkCliOpen    what)
{
  int status = sk_cli_open_plan (call->globals, t->o.year, &t->store, &t->plan);
  gint64 plan_id;

  if (status != SK_CLI_EXIT_OK || what == SK_CLI_OPEN_PLAN)
    return status;
  plan_id = sk_record_get_id (SK_RECORD (t->plan));
  if (call->kind == SK_CLI_KIND_PRIORITY)
    t->nodes = sk_cli_collect_priority_areas (t->store, plan_id);
  else
    t->nodes = sk_cli_collect_tree (t->store, plan_id);
  if (what == SK_CLI_OPEN_TARGET && (t->node = target_node (call, &t->o, t->nodes, &status)) == NULL)
    return status != SK_CLI_EXIT_OK ? status : SK_CLI_EXIT_REFUSED;
  return SK_CLI_EXIT_OK;
}
