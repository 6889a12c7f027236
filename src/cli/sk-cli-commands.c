/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <gio/gunixoutputstream.h>
#include <unistd.h>

#include "sk-cli-private.h"
#include "sk-cli-chart.h"
#include "sk-cli-demo.h"
#include "sk-exchange.h"
#include "sk-format.h"

gboolean
sk_cli_check_arguments (int    argc,
                        char **argv,
                        int    n)
{
  if (argc - 1 < n)
    {
      sk_cli_error (_("Missing argument. Add --help to see what the command takes."));
      return FALSE;
    }
  if (argc - 1 > n)
    {
      sk_cli_error (_("Unexpected argument “%s”."), argv[n + 1]);
      return FALSE;
    }
  return TRUE;
}

SkIndicator *
sk_cli_find_indicator (SkStore    *store,
                       const char *name,
                       int        *exit_code)
{
  g_autoptr(GError) error = NULL;
  SkIndicator *indicator;

  if (name == NULL)
    {
      sk_cli_error (_("Name the indicator with --indicator."));
      *exit_code = SK_CLI_EXIT_USAGE;
      return NULL;
    }
  indicator = sk_store_find_indicator (store, name, &error);
  if (indicator == NULL)
    *exit_code = error ? sk_cli_fail (error) : SK_CLI_EXIT_REFUSED;
  return indicator;
}

/* ---- init ---- */

static int
cmd_init (SkCliGlobals *globals,
          int           argc,
          char        **argv)
{
  g_autoptr(SkStore) store = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "init", NULL, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_create_store (globals, &status)) == NULL)
    return status;

  if (globals->tsv)
    g_print ("%s\n", sk_store_get_path (store));
  else if (sk_store_is_read_only (store))
    g_print (_("Database ready for reading only (the file or its folder is read-only): %s\n"),
             sk_store_get_path (store));
  else
    g_print (_("Database ready: %s\n"), sk_store_get_path (store));
  return SK_CLI_EXIT_OK;
}

/* ---- load-example ---- */

static guint
count_outcomes (SkStore *store)
{
  g_autoptr(GListModel) indicators = sk_store_list_indicators (store, 0);
  g_autoptr(GListModel) units = sk_store_list_units (store);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkRecord) ind = g_list_model_get_item (indicators, i);

      for (guint u = 0; u < g_list_model_get_n_items (units); u++)
        {
          g_autoptr(SkRecord) unit = g_list_model_get_item (units, u);
          g_autoptr(GListModel) outcomes =
            sk_store_list_outcomes (store, sk_record_get_id (ind), sk_record_get_id (unit), NULL, NULL);

          n += g_list_model_get_n_items (outcomes);
        }
    }
  return n;
}

static guint
count_items (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  g_object_unref (model);
  return n;
}

static int
cmd_load_example (SkCliGlobals *globals,
                  int           argc,
                  char        **argv)
{
  static const SkCliColumn columns[] = {
    { "what", N_("What"), FALSE },
    { "count", N_("Count"), TRUE },
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkCliTable) table = NULL;
  g_autoptr(GError) error = NULL;
  char counts[4][G_ASCII_DTOSTR_BUF_SIZE];
  int status;

  if ((status = sk_cli_parse_options (globals, "load-example", NULL, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if (!sk_exchange_load_example (store, &error))
    return sk_cli_fail (error);

  g_snprintf (counts[0], sizeof counts[0], "%u", count_items (sk_store_list_plans (store)));
  g_snprintf (counts[1], sizeof counts[1], "%u", count_items (sk_store_list_indicators (store, 0)));
  g_snprintf (counts[2], sizeof counts[2], "%u", count_items (sk_store_list_units (store)));
  g_snprintf (counts[3], sizeof counts[3], "%u", count_outcomes (store));

  if (!globals->tsv)
    g_print (_("Loaded the example plan into %s. The database now holds:\n"), sk_store_get_path (store));
  table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), globals->tsv);
  sk_cli_table_add_row (table, globals->tsv ? "plans" : _("Plans"), counts[0]);
  sk_cli_table_add_row (table, globals->tsv ? "indicators" : _("Indicators"), counts[1]);
  sk_cli_table_add_row (table, globals->tsv ? "units" : _("Units"), counts[2]);
  sk_cli_table_add_row (table, globals->tsv ? "outcomes" : _("Outcomes"), counts[3]);
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}

/* ---- plans ---- */

static char *
plan_decision (SkPlan *plan)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (sk_plan_get_decision_date (plan) != NULL)
    g_ptr_array_add (parts, (gpointer) sk_plan_get_decision_date (plan));
  if (sk_plan_get_decision_paragraph (plan) != NULL)
    g_ptr_array_add (parts, (gpointer) sk_plan_get_decision_paragraph (plan));
  if (sk_plan_get_diary_number (plan) != NULL)
    g_ptr_array_add (parts, (gpointer) sk_plan_get_diary_number (plan));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (", ", (char **) parts->pdata);
}

static int
cmd_plans (SkCliGlobals *globals,
           int           argc,
           char        **argv)
{
  static const SkCliColumn columns[] = {
    { "year", N_("Year"), FALSE },
    { "status", N_("Status"), FALSE },
    { "title", N_("Title"), FALSE },
    { "decision", N_("Decision"), FALSE },
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GListModel) plans = NULL;
  g_autoptr(SkCliTable) table = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "plans", NULL, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;

  table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), globals->tsv);
  plans = sk_store_list_plans (store);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(SkPlan) plan = g_list_model_get_item (plans, i);
      g_autofree char *year = g_strdup_printf ("%d", sk_plan_get_year (plan));
      g_autofree char *decision = plan_decision (plan);
      const char *state;

      if (globals->tsv)
        state = sk_plan_status_to_string (sk_plan_get_status (plan));
      else
        state = sk_plan_is_adopted (plan) ? _("adopted") : _("draft");
      sk_cli_table_add_row (table, year, state, sk_plan_get_title (plan), decision);
    }
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}

/* ---- indicators ---- */

static int
cmd_indicators (SkCliGlobals *globals,
                int           argc,
                char        **argv)
{
  static const SkCliColumn columns[] = {
    { "perspective", N_("Perspective"), FALSE },
    { "indicator", N_("Indicator"), FALSE },
    { "target", N_("Target"), FALSE },
    { "measure_unit", N_("Unit of measure"), FALSE },
    { "responsible", N_("Responsible unit"), FALSE },
    { "frequency", N_("Frequency"), FALSE },
  };
  int year = 0;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The plan year whose register to list (default: every indicator)"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GListModel) indicators = NULL;
  g_autoptr(SkCliTable) table = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "indicators", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;

  table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), globals->tsv);
  indicators = sk_store_list_indicators (store, year);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      gint64 id = sk_record_get_id (SK_RECORD (ind));
      g_autoptr(SkTarget) target = year ? sk_store_get_target (store, id, year) : NULL;
      g_autoptr(SkUnit) unit = NULL;
      SkPerspective perspective = sk_indicator_get_perspective (ind);
      SkFrequency frequency = sk_indicator_get_frequency (ind);

      if (sk_indicator_get_responsible_unit_id (ind) != 0)
        unit = sk_store_get_unit (store, sk_indicator_get_responsible_unit_id (ind));

      sk_cli_table_add_row (table,
                            globals->tsv ? sk_perspective_to_string (perspective)
                                         : sk_perspective_label (perspective),
                            sk_indicator_get_name (ind),
                            target ? sk_target_get_text (target) : NULL,
                            sk_indicator_get_measure_unit (ind),
                            unit ? sk_unit_get_name (unit) : NULL,
                            globals->tsv ? sk_frequency_to_string (frequency)
                                         : sk_frequency_label (frequency));
    }
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}

/* ---- parse-target and set-target ---- */

static const char *
target_kind_name (SkTargetKind kind)
{
  static const char *names[] = { "empty", "value", "relative", "reference", "unmeasurable" };

  return (guint) kind < G_N_ELEMENTS (names) ? names[kind] : "";
}

static const char *
comparator_symbol (SkComparator comparator)
{
  static const char *symbols[] = { "", ">", "≥", "<", "≤", "=" };

  return (guint) comparator < G_N_ELEMENTS (symbols) ? symbols[comparator] : "";
}

static void
add_target_rows (SkCliGlobals *globals,
                 SkCliTable   *table,
                 SkTarget     *target,
                 SkDirection   direction)
{
  g_autofree char *value = sk_cli_number (globals, sk_target_get_value (target), NULL);
  g_autofree char *change = sk_cli_number (globals, sk_target_get_change (target) * 100.0, "%");
  g_autofree char *canonical = sk_target_format (target);
  g_autofree char *rule = sk_target_describe (target, direction);
  SkTargetKind kind = sk_target_get_kind (target);

  sk_cli_table_add_row (table, globals->tsv ? "kind" : _("Kind"), target_kind_name (kind));
  if (kind == SK_TARGET_VALUE)
    {
      sk_cli_table_add_row (table, globals->tsv ? "comparator" : _("Comparator"),
                            comparator_symbol (sk_target_get_comparator (target)));
      sk_cli_table_add_row (table, globals->tsv ? "value" : _("Value"), value);
      sk_cli_table_add_row (table, globals->tsv ? "unit" : _("Unit of measure"),
                            sk_target_get_measure_unit (target));
    }
  else if (kind == SK_TARGET_RELATIVE)
    {
      sk_cli_table_add_row (table, globals->tsv ? "change" : _("Change"), change);
      sk_cli_table_add_row (table, globals->tsv ? "baseline_date" : _("Baseline date"),
                            sk_target_get_baseline_date (target));
    }
  else if (kind == SK_TARGET_REFERENCE)
    sk_cli_table_add_row (table, globals->tsv ? "reference" : _("Refers to"),
                          sk_target_get_reference (target));
  if (sk_target_get_qualifier (target) != SK_QUALIFIER_NONE)
    sk_cli_table_add_row (table, globals->tsv ? "qualifier" : _("Checked against"),
                          globals->tsv ? sk_target_qualifier_to_string (sk_target_get_qualifier (target))
                                       : sk_target_qualifier_label (sk_target_get_qualifier (target)));
  if (sk_target_get_note (target) != NULL)
    sk_cli_table_add_row (table, globals->tsv ? "note" : _("Note"), sk_target_get_note (target));
  sk_cli_table_add_row (table, globals->tsv ? "canonical" : _("Written as"), canonical);
  sk_cli_table_add_row (table, globals->tsv ? "rule" : _("Rule"), rule);
}

static gboolean
parse_direction (const char  *text,
                 SkDirection *direction)
{
  if (text == NULL)
    return TRUE;
  if (sk_direction_from_string (text, direction))
    return TRUE;
  sk_cli_error (_("Unknown direction “%s”: use higher or lower."), text);
  return FALSE;
}

static int
cmd_parse_target (SkCliGlobals *globals,
                  int           argc,
                  char        **argv)
{
  static const SkCliColumn columns[] = {
    { "field", N_("Field"), FALSE },
    { "value", N_("Value"), FALSE },
  };
  g_autofree char *direction_text = NULL;
  GOptionEntry entries[] = {
    { "direction", 'd', 0, G_OPTION_ARG_STRING, &direction_text,
      N_("Which way is better when the target has no comparator: higher or lower"), N_("DIRECTION") },
    { NULL }
  };
  g_autoptr(SkTarget) target = NULL;
  g_autoptr(SkCliTable) table = NULL;
  SkDirection direction = SK_DIRECTION_HIGHER;
  int status;

  if ((status = sk_cli_parse_options (globals, "parse-target", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 1) || !parse_direction (direction_text, &direction)
      || !sk_cli_check_text (argv[1], "TEXT", SK_TEXT_LINE))
    return SK_CLI_EXIT_USAGE;

  target = sk_target_new (argv[1]);
  /* Not being measurable is an answer, not a failure. */
  if (!sk_target_is_measurable (target))
    {
      if (globals->tsv)
        g_print ("kind\treason\n%s\t%s\n",
                 sk_target_is_undecided (target) ? "undecided"
                                                 : target_kind_name (sk_target_get_kind (target)),
                 sk_target_get_reason (target) ? sk_target_get_reason (target) : "");
      else if (sk_target_is_undecided (target))
        g_print ("%s\n", sk_target_get_reason (target));
      else
        g_print (_("not measurable: %s\n"), sk_target_get_reason (target) ? sk_target_get_reason (target) : "");
      return SK_CLI_EXIT_OK;
    }

  table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), globals->tsv);
  add_target_rows (globals, table, target, direction);
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}

static int
cmd_set_target (SkCliGlobals *globals,
                int           argc,
                char        **argv)
{
  g_autofree char *name = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    { "indicator", 'i', 0, G_OPTION_ARG_STRING, &name, N_("The indicator (its name or a unique part of it)"), N_("NAME") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The year the target is for"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkIndicator) base = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkTarget) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *safe_name = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "set-target", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 1) || !sk_cli_check_text (argv[1], "TEXT", SK_TEXT_LINE))
    return SK_CLI_EXIT_USAGE;
  if (year == 0)
    {
      sk_cli_error (_("Give the year with --year."));
      return SK_CLI_EXIT_USAGE;
    }
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((base = sk_cli_find_indicator (store, name, &status)) == NULL)
    return status;
  /* Named and judged as that year's plan defines it. */
  if ((ind = sk_store_get_indicator_in_year (store, sk_record_get_id (SK_RECORD (base)), year)) == NULL)
    ind = g_object_ref (base);

  if (!sk_store_set_target (store, sk_record_get_id (SK_RECORD (ind)), year, argv[1], &error))
    return sk_cli_fail (error);

  target = sk_target_new (argv[1]);
  rule = sk_target_describe (target, sk_indicator_get_direction (ind));
  /* Stored as written even when not measurable; say how it was understood. */
  safe_name = sk_cli_safe (sk_indicator_get_name (ind));
  g_print (_("Target for %s in %d: %s (%s)\n"), safe_name, year, argv[1], rule);
  sk_cli_print_target_warnings (store, ind, year);
  return SK_CLI_EXIT_OK;
}

/* ---- history ---- */

/* The audit trail stores machine words; people read them in their language. */
static const struct { const char *word; const char *text; } history_words[] = {
  { "month", N_("month value") },
  { "ytd", N_("year to date") },
  { "r12", N_("rolling 12 months") },
  { "reference", N_("reference figure") },
  { "created", N_("created") },
  { "name", N_("name") },
  { "target", N_("target") },
  { "linked", N_("linked") },
  { "comment", N_("comment") },
  { "deleted", N_("deleted") },
  { "position", N_("position") },
  { "description", N_("description") },
  { "adopted", N_("adopted") },
  { "copied from", N_("copied from") },
  { "goal", N_("goal") },
  { "analysis", N_("analysis") },
  { "perspective", N_("perspective") },
  { "measure_unit", N_("unit of measure") },
  { "direction", N_("direction") },
  { "responsible_unit", N_("responsible unit") },
  { "frequency", N_("frequency") },
  { "aggregation", N_("aggregation") },
  { "tolerance", N_("tolerance") },
};

static const char *
history_word (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (history_words); i++)
    if (g_strcmp0 (word, history_words[i].word) == 0)
      return _(history_words[i].text);
  return word;
}

/* "2024-04 month" → "2024-04 månadsvärde"; "created" → "skapad". */
static char *
history_field (const char *field)
{
  const char *space = field ? strchr (field, ' ') : NULL;
  g_autofree char *period = NULL;
  int year, month;

  if (space != NULL)
    {
      period = g_strndup (field, space - field);
      if (sk_period_parse (period, &year, &month))
        return g_strdup_printf ("%s %s", period, history_word (space + 1));
    }
  return g_strdup (history_word (field));
}

/* A stored outcome value for people: "5,1 %", "saknas: …"; other texts as written. */
static char *
history_value (const char  *entity,
               const char  *field,
               const char  *value,
               const char  *measure_unit)
{
  char *end = NULL;
  double number;

  if (value == NULL)
    return g_strdup ("–");
  /* An import's values into empty cells, counted (sk-store-import.h). */
  if (g_strcmp0 (entity, "import") == 0)
    {
      guint n = (guint) g_ascii_strtoull (value, NULL, 10);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new value", "%u new values", n), n);
    }
  /* A tolerance is stored as a fraction and written as a percentage. */
  if (g_strcmp0 (field, "tolerance") == 0 && isfinite (number = g_ascii_strtod (value, &end)) && end != value)
    {
      g_autofree char *percent = sk_format_number (number * 100.0, 1);
      return g_strdup_printf ("%s %%", percent);
    }
  /* A link row stores "1" for "linked". */
  if (g_str_has_suffix (entity, "_indicator") && g_strcmp0 (value, "1") == 0)
    return g_strdup (_("linked"));
  if (g_strcmp0 (entity, "outcome") != 0)
    return g_strdup (value);
  if (g_str_has_prefix (value, "missing: "))
    return g_strdup_printf (_("missing: %s"), value + strlen ("missing: "));
  number = g_ascii_strtod (value, &end);
  if (end != value && *end == '\0' && isfinite (number))
    return sk_format_value (number, measure_unit);
  return g_strdup (value);
}

/* "2024-05-02T08:15:00Z" → "2024-05-02 10:15" in local time; as stored when unreadable. */
static char *
history_time (const char *at)
{
  g_autoptr(GDateTime) utc = at ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup (at ? at : "");
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* What an audit row changed, in words: "Vårdcentralen Halland, 2024-04 månadsvärde". */
static char *
describe_change (SkStore      *store,
                 SkAuditEntry *e)
{
  const char *entity = sk_audit_entry_get_entity (e);
  g_autofree char *field = history_field (sk_audit_entry_get_field (e));

  if (g_strcmp0 (entity, "outcome") == 0)
    {
      g_autoptr(SkUnit) unit = sk_store_get_unit (store, sk_audit_entry_get_entity_id (e));
      return g_strdup_printf ("%s, %s", unit ? sk_unit_get_name (unit) : "?", field);
    }
  if (g_strcmp0 (entity, "target") == 0)
    return g_strdup_printf (_("target %d"), (int) sk_audit_entry_get_entity_id (e));
  if (g_strcmp0 (entity, "import") == 0)
    return g_strdup_printf (_("import of %s"), sk_audit_entry_get_field (e));
  /* A plan year's definition: which year it was. */
  if (g_strcmp0 (entity, "indicator_definition") == 0)
    return g_strdup_printf (_("%s in the %d plan"), field, (int) sk_audit_entry_get_entity_id (e));
  if (g_strcmp0 (entity, "goal_indicator") == 0)
    return g_strdup (_("link to a board goal"));
  if (g_strcmp0 (entity, "plan_indicator") == 0)
    return g_strdup (_("in a plan's register"));
  if (g_strcmp0 (entity, "work_env_indicator") == 0)
    return g_strdup (_("in a work-environment plan"));
  return g_steal_pointer (&field);
}

static int
cmd_history (SkCliGlobals *globals,
             int           argc,
             char        **argv)
{
  static const SkCliColumn text_columns[] = {
    { "at", N_("When"), FALSE },
    { "who", N_("Who"), FALSE },
    { "field", N_("What"), FALSE },
    { "change", N_("Change"), FALSE },
  };
  static const SkCliColumn tsv_columns[] = {
    { "at", NULL, FALSE }, { "who", NULL, FALSE }, { "entity", NULL, FALSE },
    { "field", NULL, FALSE }, { "old_value", NULL, FALSE }, { "new_value", NULL, FALSE },
  };
  g_autofree char *name = NULL;
  GOptionEntry entries[] = {
    { "indicator", 'i', 0, G_OPTION_ARG_STRING, &name, N_("The indicator (its name or a unique part of it)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(GListModel) entries_model = NULL;
  g_autoptr(SkCliTable) table = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "history", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((ind = sk_cli_find_indicator (store, name, &status)) == NULL)
    return status;

  if (globals->tsv)
    table = sk_cli_table_new (tsv_columns, G_N_ELEMENTS (tsv_columns), TRUE);
  else
    table = sk_cli_table_new (text_columns, G_N_ELEMENTS (text_columns), FALSE);

  entries_model = sk_store_list_audit (store, sk_record_get_id (SK_RECORD (ind)));
  for (guint i = 0; i < g_list_model_get_n_items (entries_model); i++)
    {
      g_autoptr(SkAuditEntry) e = g_list_model_get_item (entries_model, i);
      const char *old_value = sk_audit_entry_get_old_value (e);
      const char *new_value = sk_audit_entry_get_new_value (e);

      if (globals->tsv)
        {
          sk_cli_table_add_row (table, sk_audit_entry_get_at (e), sk_audit_entry_get_who (e),
                                sk_audit_entry_get_entity (e), sk_audit_entry_get_field (e),
                                old_value, new_value);
        }
      else
        {
          const char *entity = sk_audit_entry_get_entity (e);
          const char *measure_unit = sk_indicator_get_measure_unit (ind);
          const char *field = sk_audit_entry_get_field (e);
          g_autofree char *old_text = history_value (entity, field, old_value, measure_unit);
          g_autofree char *new_text = history_value (entity, field, new_value, measure_unit);
          g_autofree char *change = g_strdup_printf ("%s → %s", old_text, new_text);
          g_autofree char *what = describe_change (store, e);
          g_autofree char *at = history_time (sk_audit_entry_get_at (e));

          sk_cli_table_add_row (table, at, sk_audit_entry_get_who (e),
                                what, change);
        }
    }
  sk_cli_table_print (table, stdout);
  return SK_CLI_EXIT_OK;
}

/* ---- export-json and import-json ---- */

/* Streamed, so an export of any size takes little memory. A file is
 * written beside the old one and takes its place only when complete. */
static gboolean
export_json_to (SkStore     *store,
                const char  *output,
                GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  guint failures = sk_store_get_read_failures (store);

  if (output == NULL || g_strcmp0 (output, "-") == 0)
    {
      fflush (stdout); /* the stream writes to the descriptor directly */
      out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
      return sk_exchange_export (store, out, error)
             && sk_store_get_read_failures (store) == failures
             && g_output_stream_close (out, NULL, error);
    }
  file = g_file_new_for_commandline_arg (output);
  /* An export holds the whole plan: the owner's alone, whatever the umask. */
  out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, error));
  if (out == NULL)
    return FALSE;
  if (sk_exchange_export (store, out, error) && sk_store_get_read_failures (store) == failures)
    return g_output_stream_close (out, NULL, error);
  /* Closing with a cancelled cancellable drops the new file, keeps the old one. */
  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (out, abandon, NULL);
  return FALSE;
}

static int
cmd_export_json (SkCliGlobals *globals,
                 int           argc,
                 char        **argv)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of the standard output"), N_("FILE") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "export-json", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;

  if (!export_json_to (store, output, &error))
    {
      /* An export with unreadable rows left out is not an export: the
       * read error (and quick_check) say which part is damaged. */
      if (!sk_cli_check_reads (store, &status))
        return status;
      return sk_cli_fail (error);
    }
  return SK_CLI_EXIT_OK;
}

static int
cmd_import_json (SkCliGlobals *globals,
                 int           argc,
                 char        **argv)
{
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) notes = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "import-json", NULL, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 1))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;

  if (!sk_exchange_import_file_full (store, argv[1], &notes, &error))
    return sk_cli_fail (error);
  /* Imported, but not all of it: say what stayed as the board adopted it. */
  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    sk_cli_error ("%s", notes[i]);
  if (!globals->tsv)
    g_print (_("Imported %s into %s.\n"), argv[1], sk_store_get_path (store));
  return SK_CLI_EXIT_OK;
}

const SkCliCommand sk_cli_commands[] = {
  { "init", N_("Create or open the database and show where it is"), "", cmd_init },
  { "load-example", N_("Load the example plan and its outcomes"), "", cmd_load_example },
  { "plans", N_("List the plans: year, title, decision and status"), "", cmd_plans },
  { "indicators", N_("List the indicator register of a year with targets"), "", cmd_indicators },
  { "set-outcome", N_("Enter an outcome for an indicator, unit and month"), "", sk_cli_set_outcome },
  { "status", N_("Show month values, year-to-date and status against the targets"), "", sk_cli_status },
  { "set-target", N_("Set an indicator’s target for a year"), N_("TEXT"), cmd_set_target },
  { "parse-target", N_("Show how a target text is understood"), N_("TEXT"), cmd_parse_target },
  { "history", N_("Show the change history of an indicator"), "", cmd_history },
  { "export-json", N_("Write the whole database as JSON"), "", cmd_export_json },
  { "import-json", N_("Merge a JSON file into the database"), N_("FILE"), cmd_import_json },
  { "chart", N_("Draw an indicator over time to a PNG, SVG or PDF file"), "", sk_cli_chart },
  { "generate-demo", N_("Fill the database with fictional monthly outcomes"), "", sk_cli_generate_demo },
  { "backup", N_("Copy the database to a new file, also while it is in use"), N_("FILE"), sk_cli_backup },
  { "check", N_("Check that every table and index of the database can be read"), "", sk_cli_check },
  { "salvage", N_("Copy every readable row of a damaged database to a new file"), N_("FILE"), sk_cli_salvage },
  { "new-plan", N_("Create an empty plan for a year"), "", sk_cli_new_plan },
  { "copy-plan", N_("Copy a plan to a new year: goals, register, targets, work-environment plan"), "", sk_cli_copy_plan },
  { "rename-plan", N_("Change a plan’s title"), "", sk_cli_rename_plan },
  { "adopt", N_("Record the board’s adoption of a plan: date, paragraph, diary number"), "", sk_cli_adopt },
  { "goals", N_("List a plan’s focus areas, regional goals and board goals with their ids"), "", sk_cli_goals },
  { "area", N_("Focus areas: add, rename, remove, move"), N_("ACTION"), sk_cli_area },
  { "regional", N_("Regional goals: add, rename, remove, move"), N_("ACTION"), sk_cli_regional },
  { "goal", N_("Board goals: add, rename, remove, move"), N_("ACTION"), sk_cli_goal },
  { "link", N_("Link an indicator of the plan’s register to a board goal"), "", sk_cli_link },
  { "unlink", N_("Unlink an indicator from a board goal"), "", sk_cli_unlink },
  { "work-env", N_("The work-environment plan: show, goal, indicator add|remove"), N_("ACTION"), sk_cli_work_env },
  { "priority", N_("Priority areas of the work-environment plan: add, rename, describe, remove, move, follow-up"),
    N_("ACTION"), sk_cli_priority },
  { "diff-plans", N_("Show what changed from one plan year to another"), N_("YEAR YEAR"), sk_cli_diff_plans },
  { "indicator", N_("Add, rename or redefine an indicator in a year’s plan"),
    N_("add|rename|set-definition …"), sk_cli_indicator },
  { "report", N_("Write the board’s follow-up report of a period as PDF"), "", sk_cli_report },
  { "import-csv", N_("Import outcomes from a CSV file (Swedish Excel), all or nothing"), N_("FILE"),
    sk_cli_import_csv },
  { "import-kolada", N_("Import yearly reference values from a saved Kolada API response"), N_("FILE"),
    sk_cli_import_kolada },
  { "export-csv", N_("Write outcomes as CSV for Swedish Excel and LibreOffice (long or wide layout)"), "",
    sk_cli_export_csv },
  { "budget", N_("Show the internal budget's follow-up: result, costs, revenue, forecast, investments"), "",
    sk_cli_budget },
  { "budget-lines", N_("List a year's budget, outcomes or forecasts per unit, line and month"), "",
    sk_cli_budget_lines },
  { "set-budget", N_("Enter a budget, outcome or forecast amount, or a unit's financing"), "", sk_cli_set_budget },
  { "import-ledger", N_("Import monthly ledger totals of the budget from CSV (Swedish Excel), all or nothing"),
    N_("FILE"), sk_cli_import_ledger },
  { "budget-assumptions", N_("List the budget's assumptions and development proposals of a year"), "",
    sk_cli_budget_assumptions },
  { "budget-assumption", N_("Add an assumption the plan states for its budget (uppräkning, effektivisering, …)"), "",
    sk_cli_budget_assumption },
  { "budget-proposal", N_("Add a development proposal with its net cost per year to a year's budget"), "",
    sk_cli_budget_proposal },
  { "migrate", N_("Copy the whole database from a file to a server or back, into an empty target"), "",
    sk_cli_migrate },
  { "setup-roles", N_("Set up the server's roles: admin, planner, board and editor (administrators)"), "",
    sk_cli_setup_roles },
  { "add-user", N_("Give a login a role on the server, an editor its units (administrators)"), N_("LOGIN"),
    sk_cli_add_user },
  { "users", N_("List the logins on the server with their roles and units"), "", sk_cli_users },
  { NULL }
};
