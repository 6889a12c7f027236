/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-plan-private.h"

/* The work-environment plan of a year: its goal and the indicators that
 * follow it (the priority areas are in sk-cli-plan.c, with the goal tree). */

/* ---- work-env: show, goal, indicator add/remove ---- */

static int
work_env_show (SkCliCall  *call,
               int         argc,
               char      **argv)
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
  g_auto(SkCliOpts) o = { 0 };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkWorkEnvPlan) wep = NULL;
  g_autoptr(GListModel) inds = NULL;
  g_autoptr(GArray) areas = NULL;
  g_autoptr(SkCliTable) table = NULL;
  gboolean tsv = call->globals->tsv;
  gint64 plan_id;
  int status;

  if ((status = sk_cli_plan_parse (call, &o, "year", &argc, &argv)) != 0)
    return status;
  if ((status = sk_cli_open_plan (call->globals, o.year, &store, &plan)) != 0)
    return status;
  plan_id = sk_record_get_id (SK_RECORD (plan));
  wep = sk_store_get_work_env_plan (store, plan_id);
  inds = sk_store_list_work_env_indicators (store, plan_id);
  areas = sk_cli_collect_priority_areas (store, plan_id);

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
      SkCliNode *node = &g_array_index (areas, SkCliNode, i);
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
work_env_goal (SkCliCall  *call,
               int         argc,
               char      **argv)
{
  g_auto(SkCliTarget) t = { 0 };
  g_autoptr(SkWorkEnvPlan) wep = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = sk_cli_target_parse (call, &t, "year,text", "text", &argc, &argv)) != 0
      || (status = sk_cli_target_open (call, &t, SK_CLI_OPEN_PLAN)) != 0)
    return status;
  wep = sk_store_get_work_env_plan (t.store, sk_record_get_id (SK_RECORD (t.plan)));
  if (wep == NULL)
    return sk_cli_check_reads (t.store, &status) ? SK_CLI_EXIT_REFUSED : status;
  /* The app lets the goal be cleared: so does this. */
  if (!sk_store_set_work_env_goal (t.store, wep, t.o.text, &error))
    return sk_cli_fail (error);
  sk_cli_say (call->globals, _("The work-environment goal for %d is saved."), t.o.year);
  return SK_CLI_EXIT_OK;
}

static int
work_env_indicator (SkCliCall  *call,
                    gboolean    adding,
                    int         argc,
                    char      **argv)
{
  g_auto(SkCliTarget) t = { 0 };
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(GListModel) linked = NULL;
  g_autoptr(GError) error = NULL;
  gint64 plan_id, ind_id;
  gboolean ok;
  int status;

  if ((status = sk_cli_target_parse (call, &t, "year,indicator", "indicator", &argc, &argv)) != 0
      || (status = sk_cli_target_open (call, &t, SK_CLI_OPEN_PLAN)) != 0)
    return status;
  plan_id = sk_record_get_id (SK_RECORD (t.plan));
  linked = sk_store_list_work_env_indicators (t.store, plan_id);
  if (adding)
    ind = sk_cli_find_in_register (t.store, t.o.year, t.o.indicator, &status);
  else
    ind = sk_cli_find_indicator (t.store, t.o.indicator, &status);
  if (ind == NULL)
    return status;
  ind_id = sk_record_get_id (SK_RECORD (ind));
  /* Named as the year's plan defines it. */
  g_object_unref (ind);
  if ((ind = sk_store_get_indicator_in_year (t.store, ind_id, t.o.year)) == NULL)
    return SK_CLI_EXIT_REFUSED;

  if (adding && sk_cli_has_indicator (linked, ind_id))
    {
      sk_cli_error (_("“%s” is already in the work-environment plan for %d."), sk_indicator_get_name (ind), t.o.year);
      return SK_CLI_EXIT_REFUSED;
    }
  if (!adding && !sk_cli_has_indicator (linked, ind_id))
    {
      sk_cli_error (_("“%s” is not in the work-environment plan for %d."), sk_indicator_get_name (ind), t.o.year);
      return SK_CLI_EXIT_REFUSED;
    }
  ok = adding ? sk_store_link_work_env_indicator (t.store, plan_id, ind_id, &error)
              : sk_store_unlink_work_env_indicator (t.store, plan_id, ind_id, &error);
  if (!ok)
    return sk_cli_fail (error);
  if (adding)
    sk_cli_say (call->globals, _("“%s” is now followed in the work-environment plan for %d."),
         sk_indicator_get_name (ind), t.o.year);
  else
    sk_cli_say (call->globals, _("“%s” is no longer followed in the work-environment plan for %d."),
         sk_indicator_get_name (ind), t.o.year);
  return SK_CLI_EXIT_OK;
}

static int
work_env_indicator_add (SkCliCall  *call,
                        int         argc,
                        char      **argv)
{
  return work_env_indicator (call, TRUE, argc, argv);
}

static int
work_env_indicator_remove (SkCliCall  *call,
                           int         argc,
                           char      **argv)
{
  return work_env_indicator (call, FALSE, argc, argv);
}

static const SkCliAction work_env_indicator_actions[] = {
  { "add", N_("Follow an indicator of the plan’s register in the work-environment plan"),
    work_env_indicator_add, SK_CLI_KIND_PRIORITY, NULL },
  { "remove", N_("Stop following an indicator in the work-environment plan"),
    work_env_indicator_remove, SK_CLI_KIND_PRIORITY, NULL },
  { NULL }
};

static const SkCliAction work_env_actions[] = {
  { "show", N_("Show the goal, the indicators and the priority areas with their ids"),
    work_env_show, SK_CLI_KIND_PRIORITY, NULL },
  { "goal", N_("Set the overall goal of the work-environment plan"), work_env_goal, SK_CLI_KIND_PRIORITY, NULL },
  { "indicator", N_("Add or remove an indicator of the work-environment plan"), NULL, SK_CLI_KIND_PRIORITY,
    work_env_indicator_actions },
  { NULL }
};

int
sk_cli_work_env (SkCliGlobals  *globals,
                 int            argc,
                 char         **argv)
{
  return sk_cli_run_action (globals, "work-env", sk_cli_command_summary ("work-env"), work_env_actions, argc, argv);
}
