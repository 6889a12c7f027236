/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-private.h"
#include "sk-plan-diff.h"
#include "sk-plan-review.h"

/* diff-plans, and the warnings set-target prints after setting a target. */

void
sk_cli_print_target_warnings (SkStore     *store,
                              SkIndicator *indicator,
                              int          year)
{
  g_autoptr(GPtrArray) warnings = sk_plan_review_check_indicator (store, year, indicator, NULL, 0);

  /* The target is set all the same: these are for the planner to look over. */
  for (guint i = 0; i < warnings->len; i++)
    {
      SkReviewWarning *warning = g_ptr_array_index (warnings, i);
      g_autofree char *safe = sk_cli_safe (warning->message);

      g_print (_("To look over: %s\n"), safe);
    }
}

void
sk_cli_print_plan_warnings (SkStore *store,
                            int      year)
{
  g_autoptr(GPtrArray) warnings = sk_plan_review_check_plan (store, year);

  for (guint i = 0; i < warnings->len; i++)
    {
      SkReviewWarning *warning = g_ptr_array_index (warnings, i);
      g_autofree char *name = sk_cli_safe (warning->indicator_name != NULL ? warning->indicator_name : "");
      g_autofree char *safe = sk_cli_safe (warning->message);

      /* Translators: "To look over: <indicator>: <what>" */
      g_print (_("To look over: %s: %s\n"), name, safe);
    }
}

static gboolean
parse_year (const char *text,
            int        *year)
{
  g_autoptr(GError) error = NULL;
  char *end = NULL;
  gint64 value = g_ascii_strtoll (text, &end, 10);

  if (end == text || *end != '\0' || value < G_MININT || value > G_MAXINT)
    {
      g_autofree char *shown = sk_text_excerpt (text);

      sk_cli_error (_("“%s” is not a year: write it as e.g. 2026."), shown);
      return FALSE;
    }
  if (!sk_year_check ((int) value, C_("plan diff", "The year"), &error))
    {
      sk_cli_error ("%s", error->message);
      return FALSE;
    }
  *year = (int) value;
  return TRUE;
}

/* The indicator a target or definition row is about; the other rows
 * carry their names in before/after. */
static const char *
indicator_name (const SkPlanDiffRow *row)
{
  if (row->item != SK_DIFF_ITEM_INDICATOR || row->name == NULL
      || row->kind == SK_DIFF_INDICATOR_ADDED || row->kind == SK_DIFF_INDICATOR_REMOVED
      || row->kind == SK_DIFF_INDICATOR_RENAMED)
    return "";
  return row->name;
}

static void
print_counts (SkCliGlobals *globals,
              SkPlanDiff   *diff)
{
  static const SkCliColumn columns[] = {
    { "change", N_("Change"), FALSE },
    { "count", N_("Count"), TRUE },
  };
  g_autoptr(SkCliTable) table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), globals->tsv);

  for (SkDiffKind kind = 0; kind < SK_N_DIFF_KINDS; kind++)
    {
      g_autofree char *count = g_strdup_printf ("%u", sk_plan_diff_count (diff, kind));

      sk_cli_table_add_row (table, globals->tsv ? sk_diff_kind_to_string (kind) : sk_diff_kind_label (kind),
                            count);
    }
  sk_cli_table_print (table, stdout);
}

/* For people: the rows under a heading per kind, one line each. */
static void
print_text_rows (SkPlanDiff *diff)
{
  for (SkDiffKind kind = 0; kind < SK_N_DIFF_KINDS; kind++)
    {
      if (sk_plan_diff_count (diff, kind) == 0)
        continue;
      g_print ("%s\n", sk_diff_kind_label (kind));
      for (guint i = 0; i < sk_plan_diff_get_n_rows (diff); i++)
        {
          const SkPlanDiffRow *row = sk_plan_diff_get_row (diff, i);
          const char *name;
          g_autofree char *what = NULL;
          g_autofree char *line = NULL;
          g_autofree char *safe = NULL;

          if (row->kind != kind)
            continue;
          name = indicator_name (row);
          if (row->field != NULL)
            what = g_strdup_printf ("%s, %s", name, sk_diff_field_label (row->field));
          else if (*name != '\0')
            what = g_strdup (name);
          else
            what = g_strdup (sk_diff_item_label (row->item));
          if (*row->before == '\0')
            line = g_strdup_printf ("  %s: %s", what, row->after);
          else if (*row->after == '\0')
            line = g_strdup_printf ("  %s: %s", what, row->before);
          else
            line = g_strdup_printf ("  %s: %s → %s", what, row->before, row->after);
          safe = sk_cli_safe (line);
          g_print ("%s\n", safe);
        }
    }
}

static void
print_rows (SkCliGlobals *globals,
            SkPlanDiff   *diff)
{
  static const SkCliColumn columns[] = {
    { "change", N_("Change"), FALSE },
    { "item", N_("Changed item"), FALSE },
    { "id", N_("Record id"), TRUE },
    { "indicator", N_("Indicator"), FALSE },
    { "field", N_("Field"), FALSE },
    { "before", N_("Earlier year"), FALSE },
    { "after", N_("Later year"), FALSE },
  };
  g_autoptr(SkCliTable) table = sk_cli_table_new (columns, G_N_ELEMENTS (columns), globals->tsv);

  for (guint i = 0; i < sk_plan_diff_get_n_rows (diff); i++)
    {
      const SkPlanDiffRow *row = sk_plan_diff_get_row (diff, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, row->new_id ? row->new_id : row->old_id);
      const char *name = indicator_name (row);
      const char *field = row->field == NULL ? "" : globals->tsv ? row->field : sk_diff_field_label (row->field);

      sk_cli_table_add_row (table,
                            globals->tsv ? sk_diff_kind_to_string (row->kind) : sk_diff_kind_label (row->kind),
                            globals->tsv ? sk_diff_item_to_string (row->item) : sk_diff_item_label (row->item),
                            id, name, field, row->before, row->after);
    }
  sk_cli_table_print (table, stdout);
}

int
sk_cli_diff_plans (SkCliGlobals *globals,
                   int           argc,
                   char        **argv)
{
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlanDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  int old_year, new_year, status;

  if ((status = sk_cli_parse_options (globals, "diff-plans", NULL, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 2) || !parse_year (argv[1], &old_year) || !parse_year (argv[2], &new_year))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((diff = sk_plan_diff_new (store, old_year, new_year, &error)) == NULL)
    return sk_cli_fail (error);

  /* Counts first, then the rows; in TSV a blank line parts the two tables. */
  if (!globals->tsv)
    g_print (_("Changes from %d to %d\n\n"), old_year, new_year);
  print_counts (globals, diff);
  g_print ("\n");
  if (globals->tsv)
    print_rows (globals, diff);
  else
    print_text_rows (diff);
  return SK_CLI_EXIT_OK;
}
