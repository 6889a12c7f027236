/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-plan-private.h"

/*
 * What the Plans and Goals views do, for scripts and tests: plans (new,
 * copy, rename, adopt), the goal tree (focus areas, regional goals, board
 * goals) and the priority areas of the work-environment plan, and links
 * from goals to indicators. Every change is the one store call the app
 * makes, so what the app refuses is refused here with the same message;
 * what the app checks in its dialogs (a decision date, only the plan's own
 * indicators) is checked here the same way.
 */

/* ---- new-plan, copy-plan, adopt ---- */

int
sk_cli_new_plan (SkCliGlobals  *globals,
                 int            argc,
                 char         **argv)
{
  SkCliCall call = sk_cli_command_call (globals, "new-plan");
  g_auto(SkCliOpts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = sk_cli_plan_parse (&call, &o, "year,title", &argc, &argv)) != 0)
    return status;
  if (!sk_cli_need_year (o.year))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((plan = sk_store_create_plan (store, o.year, o.title, &error)) == NULL)
    return sk_cli_fail (error);
  if (globals->tsv)
    g_print ("%d\n", sk_plan_get_year (plan));
  sk_cli_say (globals, _("Created the plan for %d: %s"), sk_plan_get_year (plan), sk_plan_get_title (plan));
  return SK_CLI_EXIT_OK;
}

int
sk_cli_copy_plan (SkCliGlobals  *globals,
                  int            argc,
                  char         **argv)
{
  SkCliCall call = sk_cli_command_call (globals, "copy-plan");
  g_auto(SkCliOpts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkPlan) copy = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = sk_cli_plan_parse (&call, &o, "from,to", &argc, &argv)) != 0)
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
  if ((plan = sk_cli_find_plan (store, o.from, &status)) == NULL)
    return status;
  if ((copy = sk_store_copy_plan (store, plan, o.to, &error)) == NULL)
    return sk_cli_fail (error);
  if (globals->tsv)
    g_print ("%d\n", o.to);
  sk_cli_say (globals, _("The plan for %d was created from %d"), o.to, o.from);
  return SK_CLI_EXIT_OK;
}

int
sk_cli_rename_plan (SkCliGlobals  *globals,
                    int            argc,
                    char         **argv)
{
  SkCliCall call = sk_cli_command_call (globals, "rename-plan");
  g_auto(SkCliTarget) t = { 0 };
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = sk_cli_target_parse (&call, &t, "year,title", "title", &argc, &argv)) != 0
      || (status = sk_cli_target_open (&call, &t, SK_CLI_OPEN_PLAN)) != 0)
    return status;
  if (!sk_store_update_plan (t.store, t.plan, t.o.title, &error))
    return sk_cli_fail (error);
  sk_cli_say (globals, _("The plan for %d is now called “%s”."), t.o.year, sk_plan_get_title (t.plan));
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
sk_cli_adopt (SkCliGlobals  *globals,
              int            argc,
              char         **argv)
{
  SkCliCall call = sk_cli_command_call (globals, "adopt");
  g_auto(SkCliTarget) t = { 0 };
  SkCliOpts *o = &t.o;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = sk_cli_target_parse (&call, &t, "year,date,paragraph,diary", "", &argc, &argv)) != 0)
    return status;
  /* The dialog's rules: a decision date is needed, and must be one. */
  if (o->date == NULL)
    {
      sk_cli_error (_("The decision date is needed."));
      return SK_CLI_EXIT_USAGE;
    }
  if (!valid_date (o->date))
    {
      g_autofree char *shown = sk_text_excerpt (o->date);

      sk_cli_error (_("“%s” is not a date: write it as YYYY-MM-DD, e.g. 2024-12-11."), shown);
      return SK_CLI_EXIT_USAGE;
    }
  if ((status = sk_cli_target_open (&call, &t, SK_CLI_OPEN_PLAN)) != 0)
    return status;
  if (sk_plan_is_adopted (t.plan))
    {
      sk_cli_error (_("The plan for %d is already adopted"), o->year);
      return SK_CLI_EXIT_REFUSED;
    }
  if (!sk_store_adopt_plan (t.store, t.plan, o->date, o->paragraph, o->diary, &error))
    return sk_cli_fail (error);
  sk_cli_say (globals, _("The plan for %d is adopted"), o->year);
  /* As the adopt dialog: adopting with warnings is allowed, but they are named. */
  if (!globals->tsv)
    sk_cli_print_plan_warnings (t.store, o->year);
  return SK_CLI_EXIT_OK;
}

/* ---- goals: the tree with ids ---- */

static char *
linked_names (SkStore   *store,
              SkCliNode *node)
{
  g_autoptr(GListModel) linked = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (node->kind != SK_CLI_KIND_GOAL)
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
sk_cli_goals (SkCliGlobals  *globals,
              int            argc,
              char         **argv)
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
  SkCliCall call = sk_cli_command_call (globals, "goals");
  g_auto(SkCliOpts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GArray) nodes = NULL;
  g_autoptr(SkCliTable) table = NULL;
  int status;

  if ((status = sk_cli_plan_parse (&call, &o, "year", &argc, &argv)) != 0)
    return status;
  if ((status = sk_cli_open_plan (globals, o.year, &store, &plan)) != 0)
    return status;

  if (globals->tsv)
    table = sk_cli_table_new (tsv_columns, G_N_ELEMENTS (tsv_columns), TRUE);
  else
    table = sk_cli_table_new (text_columns, G_N_ELEMENTS (text_columns), FALSE);
  nodes = sk_cli_collect_tree (store, sk_record_get_id (SK_RECORD (plan)));
  for (guint i = 0; i < nodes->len; i++)
    {
      SkCliNode *node = &g_array_index (nodes, SkCliNode, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, sk_record_get_id (node->record));
      g_autofree char *position = g_strdup_printf ("%u", node->position);
      g_autofree char *indicators = linked_names (store, node);

      if (globals->tsv)
        sk_cli_table_add_row (table, id, sk_cli_kinds[node->kind].tsv, position,
                              node->kind == SK_CLI_KIND_AREA ? NULL : node->area_title,
                              node->kind == SK_CLI_KIND_GOAL ? node->regional_title : NULL,
                              node->text, indicators);
      else
        {
          /* Indented as the tree in the Goals view. */
          g_autofree char *text = g_strdup_printf ("%*s%s", (int) node->depth * 2, "", node->text);

          sk_cli_table_add_row (table, id, _(sk_cli_kinds[node->kind].label), text, indicators);
        }
    }
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}

/* ---- area, regional, goal, priority: add, rename, describe, remove, move ---- */

/* Parses the options that name the node of call->kind and @more ("text"),
 * which the node's own option needs beside it when @more_required. */
static int
parse_target (SkCliCall    *call,
              SkCliTarget  *t,
              const char   *more,
              gboolean      more_required,
              int          *argc,
              char       ***argv)
{
  static const char *names[] = { "year,area", "year,area,regional", "year,area,regional,goal", "year,priority" };
  g_autofree char *wanted = g_strconcat (names[call->kind], more ? "," : "", more, NULL);
  g_autofree char *required = g_strconcat (sk_cli_kinds[call->kind].option,
                                           more && more_required ? "," : "", more_required ? more : NULL, NULL);

  return sk_cli_target_parse (call, t, wanted, required, argc, argv);
}

static int
tree_add (SkCliCall  *call,
          int         argc,
          char      **argv)
{
  static const char *wanted[] = { "year,text", "year,area,text", "year,area,regional,text", "year,text,description" };
  g_auto(SkCliTarget) t = { 0 };
  SkCliOpts *o = &t.o;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRecord) added = NULL;
  g_autofree char *id = NULL;
  SkCliNode *area = NULL, *regional = NULL;
  gint64 plan_id;
  int status;

  if ((status = sk_cli_plan_parse (call, o, wanted[call->kind], &argc, &argv)) != 0)
    return status;
  if (!sk_cli_need_year (o->year)
      || (call->kind == SK_CLI_KIND_REGIONAL && !sk_cli_need (call, o->area, "area"))
      /* A regional goal says which focus area it is in. */
      || (call->kind == SK_CLI_KIND_GOAL && o->regional == NULL && !sk_cli_need (call, o->area, "area"))
      || !sk_cli_need (call, o->text, "text"))
    return SK_CLI_EXIT_USAGE;
  if ((status = sk_cli_target_open (call, &t, SK_CLI_OPEN_NODES)) != 0)
    return status;
  plan_id = sk_record_get_id (SK_RECORD (t.plan));
  if (o->area != NULL && (area = sk_cli_find_node (t.nodes, SK_CLI_KIND_AREA, o->area, NULL, o->year, &status)) == NULL)
    return status;
  if (o->regional != NULL
      && (regional = sk_cli_find_node (t.nodes, SK_CLI_KIND_REGIONAL, o->regional, area, o->year, &status)) == NULL)
    return status;

  switch (call->kind)
    {
    case SK_CLI_KIND_AREA:
      added = SK_RECORD (sk_store_add_focus_area (t.store, plan_id, o->text, NULL, &error));
      break;
    case SK_CLI_KIND_REGIONAL:
      added = SK_RECORD (sk_store_add_regional_goal (t.store, area->area_id, o->text, NULL, &error));
      break;
    case SK_CLI_KIND_GOAL:
      added = SK_RECORD (sk_store_add_board_goal (t.store, regional ? regional->area_id : area->area_id,
                                                  regional ? regional->regional_id : 0, o->text, &error));
      break;
    case SK_CLI_KIND_PRIORITY:
    default:
      added = SK_RECORD (sk_store_add_priority_area (t.store, plan_id, o->text, o->description, &error));
      break;
    }
  if (added == NULL)
    return error ? sk_cli_fail (error) : SK_CLI_EXIT_REFUSED;
  id = g_strdup_printf ("%" G_GINT64_FORMAT, sk_record_get_id (added));
  if (call->globals->tsv)
    g_print ("%s\n", id);
  sk_cli_say (call->globals, _("Added “%s” to the plan for %d (id %s)."), o->text, o->year, id);
  return SK_CLI_EXIT_OK;
}

static int
tree_rename (SkCliCall  *call,
             int         argc,
             char      **argv)
{
  g_auto(SkCliTarget) t = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *old = NULL;
  int status;

  if ((status = parse_target (call, &t, "text", TRUE, &argc, &argv)) != 0
      || (status = sk_cli_target_open (call, &t, SK_CLI_OPEN_TARGET)) != 0)
    return status;

  old = g_strdup (t.node->text);
  if (!sk_store_rename (t.store, t.node->record, t.o.text, &error))
    return sk_cli_fail (error);
  sk_cli_say (call->globals, _("Renamed “%s” to “%s”."), old, g_strstrip (t.o.text));
  return SK_CLI_EXIT_OK;
}

static int
tree_describe (SkCliCall  *call,
               int         argc,
               char      **argv)
{
  g_auto(SkCliTarget) t = { 0 };
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = parse_target (call, &t, "description", TRUE, &argc, &argv)) != 0
      || (status = sk_cli_target_open (call, &t, SK_CLI_OPEN_TARGET)) != 0)
    return status;

  if (!sk_store_set_description (t.store, t.node->record, t.o.description, &error))
    return sk_cli_fail (error);
  sk_cli_say (call->globals, _("The description of “%s” is saved."), t.node->text);
  return SK_CLI_EXIT_OK;
}

static int
tree_remove (SkCliCall  *call,
             int         argc,
             char      **argv)
{
  g_auto(SkCliTarget) t = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *old = NULL;
  int status;

  if ((status = parse_target (call, &t, NULL, FALSE, &argc, &argv)) != 0
      || (status = sk_cli_target_open (call, &t, SK_CLI_OPEN_TARGET)) != 0)
    return status;

  old = g_strdup (t.node->text);
  if (!sk_store_delete (t.store, t.node->record, &error))
    return sk_cli_fail (error);
  sk_cli_say (call->globals, _("Removed “%s” from the plan for %d."), old, t.o.year);
  return SK_CLI_EXIT_OK;
}

static int
tree_move (SkCliCall  *call,
           int         argc,
           char      **argv)
{
  g_auto(SkCliTarget) t = { 0 };
  g_autoptr(GError) error = NULL;
  int status, position = 0;

  if ((status = parse_target (call, &t, "position", FALSE, &argc, &argv)) != 0)
    return status;
  if (t.o.position < 1)
    {
      sk_cli_error (_("Give the new place with --position: 1 is the first."));
      return SK_CLI_EXIT_USAGE;
    }
  if ((status = sk_cli_target_open (call, &t, SK_CLI_OPEN_TARGET)) != 0)
    return status;

  if (!sk_store_move (t.store, t.node->record, t.o.position - 1, &error))
    return sk_cli_fail (error);
  g_object_get (t.node->record, "position", &position, NULL);
  sk_cli_say (call->globals, _("Moved “%s” to place %d."), t.node->text, position + 1);
  return SK_CLI_EXIT_OK;
}

/* The four actions every level of the goal tree has, with its own words. */
#define TREE_ACTIONS(kind, add, rename, remove, move) { \
    { "add", add, tree_add, kind, NULL }, \
    { "rename", rename, tree_rename, kind, NULL }, \
    { "remove", remove, tree_remove, kind, NULL }, \
    { "move", move, tree_move, kind, NULL }, \
    { NULL } }

static const SkCliAction tree_actions[][5] = {
  [SK_CLI_KIND_AREA] = TREE_ACTIONS (SK_CLI_KIND_AREA,
                                     N_("Add a focus area to the plan"),
                                     N_("Change a focus area’s title"),
                                     N_("Remove a focus area with everything under it"),
                                     N_("Move a focus area to another place")),
  [SK_CLI_KIND_REGIONAL] = TREE_ACTIONS (SK_CLI_KIND_REGIONAL,
                                         N_("Add a regional goal to a focus area"),
                                         N_("Change a regional goal’s title"),
                                         N_("Remove a regional goal with the goals under it"),
                                         N_("Move a regional goal to another place in its focus area")),
  [SK_CLI_KIND_GOAL] = TREE_ACTIONS (SK_CLI_KIND_GOAL,
                                     N_("Add a board goal under a focus area or regional goal"),
                                     N_("Change a board goal’s text"),
                                     N_("Remove a board goal with its links and follow-up"),
                                     N_("Move a board goal to another place among its neighbours")),
};

/* Follow-up stays open once the plan is adopted, as in the app. */
static int
priority_follow_up (SkCliCall  *call,
                    int         argc,
                    char      **argv)
{
  g_auto(SkCliTarget) t = { 0 };
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = sk_cli_target_parse (call, &t, "year,priority,period,text", "priority,period,text", &argc, &argv)) != 0
      || (status = sk_cli_target_open (call, &t, SK_CLI_OPEN_TARGET)) != 0)
    return status;

  if (!sk_store_set_priority_follow_up (t.store, sk_record_get_id (t.node->record), t.o.period, t.o.text, &error))
    return sk_cli_fail (error);
  sk_cli_say (call->globals, _("The follow-up of “%s” for %s is saved."), t.node->text, t.o.period);
  return SK_CLI_EXIT_OK;
}

static const SkCliAction priority_actions[] = {
  { "add", N_("Add a priority area to the work-environment plan"), tree_add, SK_CLI_KIND_PRIORITY, NULL },
  { "rename", N_("Change a priority area’s title"), tree_rename, SK_CLI_KIND_PRIORITY, NULL },
  { "describe", N_("Change a priority area’s description"), tree_describe, SK_CLI_KIND_PRIORITY, NULL },
  { "remove", N_("Remove a priority area with its follow-up"), tree_remove, SK_CLI_KIND_PRIORITY, NULL },
  { "move", N_("Move a priority area to another place"), tree_move, SK_CLI_KIND_PRIORITY, NULL },
  { "follow-up", N_("Write a priority area’s follow-up for a report period"), priority_follow_up,
    SK_CLI_KIND_PRIORITY, NULL },
  { NULL }
};

/* The commands area, regional, goal and priority: one action each run. */
#define TREE_COMMAND(function, command, actions)                          \
  int                                                                     \
  function (SkCliGlobals  *globals,                                       \
            int            argc,                                          \
            char         **argv)                                          \
  {                                                                       \
    return sk_cli_run_action (globals, command, sk_cli_command_summary (command), \
                              actions, argc, argv);                       \
  }

TREE_COMMAND (sk_cli_area, "area", tree_actions[SK_CLI_KIND_AREA])
TREE_COMMAND (sk_cli_regional, "regional", tree_actions[SK_CLI_KIND_REGIONAL])
TREE_COMMAND (sk_cli_goal, "goal", tree_actions[SK_CLI_KIND_GOAL])
TREE_COMMAND (sk_cli_priority, "priority", priority_actions)

/* ---- link, unlink ---- */

static int
change_link (SkCliGlobals  *globals,
             const char    *command,
             gboolean       linking,
             int            argc,
             char         **argv)
{
  SkCliCall call = sk_cli_command_call (globals, command);
  g_auto(SkCliTarget) t = { 0 };
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(GListModel) linked = NULL;
  g_autoptr(GError) error = NULL;
  gint64 goal_id, ind_id;
  gboolean ok;
  SkCliNode *goal;
  int status;

  call.kind = SK_CLI_KIND_GOAL;
  if ((status = sk_cli_target_parse (&call, &t, "year,area,regional,goal,indicator", "goal,indicator", &argc, &argv)) != 0
      || (status = sk_cli_target_open (&call, &t, SK_CLI_OPEN_TARGET)) != 0)
    return status;
  goal = t.node;
  goal_id = sk_record_get_id (goal->record);
  linked = sk_store_list_goal_indicators (t.store, goal_id);

  if (linking)
    ind = sk_cli_find_in_register (t.store, t.o.year, t.o.indicator, &status);
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
      found = sk_cli_match_text (texts, NULL, t.o.indicator, &matches);
      if (found >= 0)
        ind = g_list_model_get_item (linked, found);
      else if ((ind = sk_cli_find_indicator (t.store, t.o.indicator, &status)) == NULL)
        return status;
    }
  if (ind == NULL)
    return status;
  ind_id = sk_record_get_id (SK_RECORD (ind));

  /* The app offers only what would change something; say why not here. */
  if (linking && sk_cli_has_indicator (linked, ind_id))
    {
      sk_cli_error (_("“%s” is already linked to “%s”."), sk_indicator_get_name (ind), goal->text);
      return SK_CLI_EXIT_REFUSED;
    }
  if (!linking && !sk_cli_has_indicator (linked, ind_id))
    {
      sk_cli_error (_("“%s” is not linked to “%s”."), sk_indicator_get_name (ind), goal->text);
      return SK_CLI_EXIT_REFUSED;
    }
  ok = linking ? sk_store_link_indicator (t.store, goal_id, ind_id, &error)
               : sk_store_unlink_indicator (t.store, goal_id, ind_id, &error);
  if (!ok)
    return sk_cli_fail (error);
  if (linking)
    sk_cli_say (globals, _("Linked “%s” to “%s”."), sk_indicator_get_name (ind), goal->text);
  else
    sk_cli_say (globals, _("Unlinked “%s” from “%s”."), sk_indicator_get_name (ind), goal->text);
  return SK_CLI_EXIT_OK;
}

int
sk_cli_link (SkCliGlobals  *globals,
             int            argc,
             char         **argv)
{
  return change_link (globals, "link", TRUE, argc, argv);
}

int
sk_cli_unlink (SkCliGlobals  *globals,
               int            argc,
               char         **argv)
{
  return change_link (globals, "unlink", FALSE, argc, argv);
}
