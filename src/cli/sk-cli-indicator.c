/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-private.h"

/* `indicator add|rename|set-definition`: an indicator as one year's plan
 * defines it. The store refuses what the app refuses (an adopted plan, a
 * name taken in the plan) with the same messages. */

/* The definition fields a command may set; NULL/unset leaves a field. */
typedef struct {
  char *perspective, *measure_unit, *direction, *responsible_unit;
  char *frequency, *aggregation, *tolerance, *description;
} Fields;

static void
fields_clear (Fields *f)
{
  g_free (f->perspective);
  g_free (f->measure_unit);
  g_free (f->direction);
  g_free (f->responsible_unit);
  g_free (f->frequency);
  g_free (f->aggregation);
  g_free (f->tolerance);
  g_free (f->description);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Fields, fields_clear)

#define FIELD_ENTRIES(f) \
  { "perspective", 0, 0, G_OPTION_ARG_STRING, &(f).perspective, \
    N_("Perspective: target-group, operations, staff or finance"), N_("PERSPECTIVE") }, \
  { "measure-unit", 0, 0, G_OPTION_ARG_STRING, &(f).measure_unit, N_("Unit of measure, e.g. %, min, st"), N_("UNIT") }, \
  { "unit", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &(f).measure_unit, NULL, NULL }, \
  { "direction", 0, 0, G_OPTION_ARG_STRING, &(f).direction, N_("Which way is better: higher or lower"), N_("DIRECTION") }, \
  { "responsible-unit", 0, 0, G_OPTION_ARG_STRING, &(f).responsible_unit, \
    N_("The responsible unit (its name or short name; \"\" for none)"), N_("UNIT") }, \
  { "frequency", 0, 0, G_OPTION_ARG_STRING, &(f).frequency, N_("How often it is reported: month, tertial or year"), N_("FREQUENCY") }, \
  { "aggregation", 0, 0, G_OPTION_ARG_STRING, &(f).aggregation, \
    N_("How months make a year: sum, mean, latest or ratio"), N_("AGGREGATION") }, \
  { "tolerance", 0, 0, G_OPTION_ARG_STRING, &(f).tolerance, N_("How near the target counts as near, in percent"), N_("PERCENT") }, \
  { "description", 0, 0, G_OPTION_ARG_STRING, &(f).description, N_("What the indicator measures"), N_("TEXT") }

/* Sets what @f gives on @ind; reports and returns FALSE on a bad value. */
static gboolean
apply_fields (SkStore     *store,
              SkIndicator *ind,
              Fields      *f)
{
  SkPerspective perspective;
  SkDirection direction;
  SkFrequency frequency;
  SkAggregation aggregation;

  if (f->perspective != NULL)
    {
      if (!sk_perspective_from_string (f->perspective, &perspective))
        {
          sk_cli_error (_("Unknown perspective “%s”: write target-group, operations, staff or finance."), f->perspective);
          return FALSE;
        }
      sk_indicator_set_perspective (ind, perspective);
    }
  if (f->measure_unit != NULL)
    sk_indicator_set_measure_unit (ind, f->measure_unit);
  if (f->direction != NULL)
    {
      if (!sk_direction_from_string (f->direction, &direction))
        {
          sk_cli_error (_("Unknown direction “%s”: write higher or lower."), f->direction);
          return FALSE;
        }
      sk_indicator_set_direction (ind, direction);
    }
  if (f->frequency != NULL)
    {
      if (!sk_frequency_from_string (f->frequency, &frequency))
        {
          sk_cli_error (_("Unknown frequency “%s”: write month, tertial or year."), f->frequency);
          return FALSE;
        }
      sk_indicator_set_frequency (ind, frequency);
    }
  if (f->aggregation != NULL)
    {
      if (!sk_aggregation_from_string (f->aggregation, &aggregation))
        {
          sk_cli_error (_("Unknown aggregation “%s”: write sum, mean, latest or ratio."), f->aggregation);
          return FALSE;
        }
      sk_indicator_set_aggregation (ind, aggregation);
    }
  if (f->responsible_unit != NULL)
    {
      g_autoptr(SkUnit) unit = NULL;
      g_autoptr(GError) error = NULL;

      if (f->responsible_unit[0] != '\0'
          && (unit = sk_store_find_unit (store, f->responsible_unit, &error)) == NULL)
        {
          sk_cli_fail (error);
          return FALSE;
        }
      sk_indicator_set_responsible_unit_id (ind, unit ? sk_record_get_id (SK_RECORD (unit)) : 0);
    }
  if (f->tolerance != NULL)
    {
      g_autofree char *text = g_strdelimit (g_strdup (f->tolerance), ",", '.');
      char *number = g_strstrip (text);
      char *end = NULL;
      double percent;

      /* "5", "5 %", "2,5": Swedish decimals too. */
      if (g_str_has_suffix (number, "%"))
        {
          number[strlen (number) - 1] = '\0';
          g_strstrip (number);
        }
      percent = g_ascii_strtod (number, &end);
      if (end == number || *end != '\0' || !isfinite (percent) || percent < 0 || percent > 100)
        {
          sk_cli_error (_("The tolerance must be a percentage between 0 and 100, e.g. 5."));
          return FALSE;
        }
      sk_indicator_set_tolerance (ind, percent / 100.0);
    }
  if (f->description != NULL)
    sk_indicator_set_description (ind, f->description);
  return TRUE;
}

static gboolean
check_year (int year)
{
  if (year == 0)
    {
      sk_cli_error (_("Give the plan year with --year."));
      return FALSE;
    }
  return TRUE;
}

/* The indicator as @year's plan defines it; refused when the plan does
 * not hold it (the app edits a plan's register only). */
static SkIndicator *
find_in_year (SkStore    *store,
              const char *name,
              int         year,
              int        *status)
{
  g_autoptr(SkIndicator) base = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autofree char *safe = NULL;

  if ((base = sk_cli_find_indicator (store, name, status)) == NULL)
    return NULL;
  if ((plan = sk_store_get_plan (store, year)) == NULL)
    {
      sk_cli_error (_("There is no plan for %d: create it first."), year);
      *status = SK_CLI_EXIT_REFUSED;
      return NULL;
    }
  ind = sk_store_get_indicator_in_year (store, sk_record_get_id (SK_RECORD (base)), year);
  if (ind == NULL || sk_indicator_get_year (ind) != year)
    {
      safe = sk_cli_safe (sk_indicator_get_name (base));
      sk_cli_error (_("“%s” is not in the %d plan."), safe, year);
      *status = SK_CLI_EXIT_REFUSED;
      return NULL;
    }
  return g_steal_pointer (&ind);
}

static int
indicator_add (SkCliGlobals *globals,
               int           argc,
               char        **argv)
{
  g_auto(Fields) f = { NULL };
  g_autofree char *name = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The plan year"), N_("YEAR") },
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name, N_("The indicator’s name as the plan prints it"), N_("NAME") },
    FIELD_ENTRIES (f),
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkIndicator) ind = sk_indicator_new ();
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *safe = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "indicator", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0) || !check_year (year))
    return SK_CLI_EXIT_USAGE;
  if (name == NULL || f.perspective == NULL)
    {
      sk_cli_error (_("Give the name with --name and the perspective with --perspective."));
      return SK_CLI_EXIT_USAGE;
    }
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;

  sk_indicator_set_name (ind, name);
  sk_indicator_set_year (ind, year);
  if (!apply_fields (store, ind, &f))
    return SK_CLI_EXIT_USAGE;
  if ((plan = sk_store_get_plan (store, year)) == NULL)
    {
      sk_cli_error (_("There is no plan for %d: create it first."), year);
      return SK_CLI_EXIT_REFUSED;
    }
  /* One change: the indicator, its definition and its place in the register. */
  if (!sk_store_begin (store, &error))
    return sk_cli_fail (error);
  if (!sk_store_save_indicator (store, ind, &error)
      || !sk_store_add_to_register (store, sk_record_get_id (SK_RECORD (plan)),
                                    sk_record_get_id (SK_RECORD (ind)), &error)
      || !sk_store_commit (store, &error))
    {
      sk_store_rollback (store);
      return sk_cli_fail (error);
    }
  safe = sk_cli_safe (name);
  g_print (_("Added “%s” to the %d register.\n"), safe, year);
  return SK_CLI_EXIT_OK;
}

static int
indicator_rename (SkCliGlobals *globals,
                  int           argc,
                  char        **argv)
{
  int year = 0;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The plan year"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *safe_old = NULL;
  g_autofree char *safe_new = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "indicator", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 2) || !check_year (year)
      || !sk_cli_check_text (argv[2], "NEW", SK_TEXT_REQUIRED))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((ind = find_in_year (store, argv[1], year, &status)) == NULL)
    return status;

  old_name = g_strdup (sk_indicator_get_name (ind));
  sk_indicator_set_name (ind, argv[2]);
  if (!sk_store_save_indicator (store, ind, &error))
    return sk_cli_fail (error);
  safe_old = sk_cli_safe (old_name);
  safe_new = sk_cli_safe (argv[2]);
  g_print (_("Renamed “%s” to “%s” in the %d plan.\n"), safe_old, safe_new, year);
  return SK_CLI_EXIT_OK;
}

static int
indicator_set_definition (SkCliGlobals *globals,
                          int           argc,
                          char        **argv)
{
  g_auto(Fields) f = { NULL };
  int year = 0;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The plan year"), N_("YEAR") },
    FIELD_ENTRIES (f),
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *safe = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "indicator", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 1) || !check_year (year))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((ind = find_in_year (store, argv[1], year, &status)) == NULL)
    return status;
  if (!apply_fields (store, ind, &f))
    return SK_CLI_EXIT_USAGE;
  if (!sk_store_save_indicator (store, ind, &error))
    return sk_cli_fail (error);
  safe = sk_cli_safe (sk_indicator_get_name (ind));
  g_print (_("Saved the definition of “%s” in the %d plan.\n"), safe, year);
  return SK_CLI_EXIT_OK;
}

int
sk_cli_indicator (SkCliGlobals *globals,
                  int           argc,
                  char        **argv)
{
  static const struct {
    const char *name;
    int (*run) (SkCliGlobals *, int, char **);
  } subcommands[] = {
    { "add", indicator_add },
    { "rename", indicator_rename },
    { "set-definition", indicator_set_definition },
  };

  /* argv[0] is "indicator"; the subcommand takes its place for parsing. */
  if (argc >= 2)
    for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
      if (g_strcmp0 (argv[1], subcommands[i].name) == 0)
        return subcommands[i].run (globals, argc - 1, argv + 1);
  if (argc >= 2 && (g_strcmp0 (argv[1], "--help") == 0 || g_strcmp0 (argv[1], "-h") == 0))
    {
      g_print ("%s\n", _("Usage: styrkort-cli indicator add --year YEAR --name NAME --perspective PERSPECTIVE [OPTION…]\n"
                         "       styrkort-cli indicator rename --year YEAR INDICATOR NEW-NAME\n"
                         "       styrkort-cli indicator set-definition --year YEAR INDICATOR [OPTION…]\n"
                         "Add --help after the subcommand to see its options."));
      return SK_CLI_EXIT_OK;
    }
  sk_cli_error (_("Write add, rename or set-definition after “indicator”."));
  return SK_CLI_EXIT_USAGE;
}
