/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <glib/gi18n-lib.h>
#include <gio/gunixoutputstream.h>

#include "sk-cli-private.h"
#include "sk-format.h"
#include "sk-csv-export.h"
#include "sk-kolada.h"
#include "sk-outcome-import.h"

/* ---- import-csv: outcomes from a CSV file, all or nothing ---- */

static const SkCliColumn import_columns[] = {
  { "row", N_("Row"), TRUE },
  { "column", N_("Column"), TRUE },
  { "status", N_("Status"), FALSE },
  { "indicator", N_("Indicator"), FALSE },
  { "unit", N_("Unit"), FALSE },
  { "period", N_("Period"), FALSE },
  { "old", N_("Old"), TRUE },
  { "new", N_("New"), TRUE },
  { "reason", N_("Reason"), FALSE },
};

static const char *
status_key (SkImportStatus status)
{
  static const char * const keys[] = { "new", "changed", "unchanged", "refused" };

  return keys[status];
}

static char *
machine_value (SkOutcome *o)
{
  if (o == NULL || isnan (sk_outcome_get_value (o)))
    return g_strdup ("");
  return sk_format_machine (sk_outcome_get_value (o));
}

/* One TSV cell: escapes shown, not run; no tab or line break inside. */
static void
print_tsv_cell (const char *text,
                gboolean    last)
{
  g_autofree char *cell = sk_text_for_terminal (text != NULL ? text : "", TRUE);

  g_strdelimit (cell, "\t\r\n", ' ');
  fputs (cell, stdout);
  fputc (last ? '\n' : '\t', stdout);
}

static void
print_tsv_header (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (import_columns); i++)
    print_tsv_cell (import_columns[i].key, i + 1 == G_N_ELEMENTS (import_columns));
}

/* One row for programs: the stored and the new value. */
static void
print_tsv_row (gconstpointer data,
               gpointer      unused)
{
  const SkImportRow *row = data;
  g_autofree char *number = g_strdup_printf ("%u", row->row);
  g_autofree char *column = row->column ? g_strdup_printf ("%u", row->column) : g_strdup ("");
  /* The stored value is kept for a changed row; an unchanged one has the file's. */
  g_autofree char *new = isnan (row->value) || row->status == SK_IMPORT_REFUSED
                         ? g_strdup ("") : sk_format_machine (row->value);
  g_autofree char *old = row->status == SK_IMPORT_UNCHANGED ? g_strdup (new) : machine_value (row->old);
  const char *cells[G_N_ELEMENTS (import_columns)];

  cells[0] = number;
  cells[1] = column;
  cells[2] = status_key (row->status);
  cells[3] = row->indicator_text;
  cells[4] = row->unit_text;
  cells[5] = row->period;
  cells[6] = old;
  cells[7] = new;
  cells[8] = row->reason;
  for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
    print_tsv_cell (cells[c], c + 1 == G_N_ELEMENTS (cells));
}

/* Every row for programs, one line each. Printed as it goes (not gathered
 * in a table): a million rows stay small. */
static void
print_tsv (SkOutcomeImport *import)
{
  print_tsv_header ();
  for (guint i = 0; i < sk_outcome_import_get_n_rows (import); i++)
    print_tsv_row (sk_outcome_import_get_row (import, i), NULL);
}

/* For people: what is refused and what changes; the unchanged are counted. */
static void
print_text (SkOutcomeImport *import)
{
  g_autofree char *summary = sk_outcome_import_summary (import);

  for (guint pass = 0; pass < 3; pass++)
    {
      static const SkImportStatus order[] = { SK_IMPORT_REFUSED, SK_IMPORT_CHANGED, SK_IMPORT_NEW };
      static const char * const titles[] = { N_("Refused:"), N_("Changed:"), N_("New:") };
      gboolean any = FALSE;
      guint listed = 0, total = sk_outcome_import_count (import, order[pass]);

      for (guint i = 0; i < sk_outcome_import_get_n_rows (import); i++)
        {
          const SkImportRow *row = sk_outcome_import_get_row (import, i);
          g_autofree char *line = NULL;
          g_autofree char *safe = NULL;

          if (row->status != order[pass])
            continue;
          if (!any)
            printf ("%s\n", _(titles[pass]));
          any = TRUE;
          line = sk_import_row_describe (row);
          safe = sk_cli_safe (line);
          /* Not g_print: it flushes each line, a system call a row. */
          printf ("  %s\n", safe);
          listed++;
        }
      /* A large file lists its first rows of each kind; all are counted. */
      if (total > listed)
        {
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more row",
                                                                "… and %u more rows", total - listed),
                                                   total - listed);
          printf ("  %s\n", more);
        }
    }
  printf ("%s\n", summary);
  fflush (stdout);
}

static gboolean
parse_separator (const char *text,
                 char       *out)
{
  if (text == NULL)
    *out = 0;
  else if (g_strcmp0 (text, ";") == 0 || g_strcmp0 (text, "semicolon") == 0)
    *out = ';';
  else if (g_strcmp0 (text, "tab") == 0 || g_strcmp0 (text, "\t") == 0)
    *out = '\t';
  else if (g_strcmp0 (text, ",") == 0 || g_strcmp0 (text, "comma") == 0)
    *out = ',';
  else
    {
      sk_cli_error (_("Unknown separator “%s”: use ; (semicolon), tab or , (comma)."), text);
      return FALSE;
    }
  return TRUE;
}

/* Checks, prints, and writes unless a row is refused or it is a dry run. */
static int
finish_import (SkCliGlobals    *globals,
               SkStore         *store,
               SkOutcomeImport *import,
               gboolean         dry_run,
               const char      *file,
               gboolean         tsv_printed)
{
  g_autoptr(GError) error = NULL;
  gboolean written = FALSE;
  guint refused;
  int status;

  /* Without a dry run, checked and written in one pass (nothing written
   * when a row is refused). */
  if (dry_run)
    sk_outcome_import_check (import, store, 0);
  else
    written = sk_outcome_import_run (import, store, &error);
  if (!sk_cli_check_reads (store, &status))
    return status;

  if (globals->tsv && !tsv_printed)
    print_tsv (import);
  else if (!globals->tsv)
    print_text (import);

  refused = sk_outcome_import_count (import, SK_IMPORT_REFUSED);
  if (refused > 0)
    {
      sk_cli_error (g_dngettext (GETTEXT_PACKAGE, "%u row is refused: nothing was imported.",
                                 "%u rows are refused: nothing was imported.", refused), refused);
      return SK_CLI_EXIT_REFUSED;
    }
  if (dry_run)
    {
      if (!globals->tsv)
        g_print (_("Nothing was written (--dry-run).\n"));
      return SK_CLI_EXIT_OK;
    }
  if (!written)
    return sk_cli_fail (error);
  if (!globals->tsv)
    g_print (_("Imported %s into %s.\n"), file, sk_store_get_path (store));
  return SK_CLI_EXIT_OK;
}

int
sk_cli_import_csv (SkCliGlobals *globals,
                   int           argc,
                   char        **argv)
{
  gboolean dry_run = FALSE;
  int year = 0;
  g_autofree char *separator_text = NULL;
  GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Show what would change, write nothing"), NULL },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year,
      N_("The year of the months when the file has no year column"), N_("YEAR") },
    { "separator", 's', 0, G_OPTION_ARG_STRING, &separator_text,
      N_("The field separator: ; (semicolon), tab or , (comma); found by itself when left out"), N_("SEP") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkOutcomeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  char separator = 0;
  int status;

  if ((status = sk_cli_parse_options (globals, "import-csv", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 1) || !parse_separator (separator_text, &separator))
    return SK_CLI_EXIT_USAGE;
  /* Read a piece at a time as it is checked: never held whole. */
  file = g_file_new_for_commandline_arg (argv[1]);
  import = sk_outcome_import_new ();
  if (!sk_outcome_import_open_csv (import, file, separator, year, NULL, &error))
    return sk_cli_fail (error);
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if (globals->tsv)
    {
      print_tsv_header ();
      sk_outcome_import_set_row_func (import, (GFunc) print_tsv_row, NULL);
    }
  return finish_import (globals, store, import, dry_run, argv[1], globals->tsv);
}


/* ---- import-kolada: yearly reference values from a Kolada response ---- */

int
sk_cli_import_kolada (SkCliGlobals *globals,
                      int           argc,
                      char        **argv)
{
  gboolean dry_run = FALSE;
  g_autofree char *kpi = NULL;
  g_autofree char *indicator = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *municipality = NULL;
  GOptionEntry entries[] = {
    { "kpi", 0, 0, G_OPTION_ARG_STRING, &kpi, N_("The Kolada key figure, e.g. N00945"), N_("ID") },
    { "indicator", 'i', 0, G_OPTION_ARG_STRING, &indicator, N_("The indicator (its name or a unique part of it)"), N_("NAME") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit, N_("The unit (its name or short name)"), N_("UNIT") },
    { "municipality", 'm', 0, G_OPTION_ARG_STRING, &municipality,
      N_("The Kolada municipality or region id (default 0013, Region Halland)"), N_("ID") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Show what would change, write nothing"), NULL },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkOutcomeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  guint without = 0;
  int status;

  if ((status = sk_cli_parse_options (globals, "import-kolada", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 1))
    return SK_CLI_EXIT_USAGE;
  if (kpi == NULL || indicator == NULL || unit == NULL)
    {
      sk_cli_error (_("Give --kpi, --indicator and --unit."));
      return SK_CLI_EXIT_USAGE;
    }
  if (!g_file_get_contents (argv[1], &data, &length, &error))
    return sk_cli_fail (error);
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;

  import = sk_outcome_import_new ();
  if (!sk_outcome_import_read_kolada (import, data, length, kpi, municipality, indicator, unit,
                                      &without, &error))
    return sk_cli_fail (error);
  if (sk_outcome_import_get_n_rows (import) == 0 && without == 0)
    {
      sk_cli_error (_("The file has no values of %s for %s."), kpi,
                    municipality ? municipality : SK_KOLADA_REGION_HALLAND);
      return SK_CLI_EXIT_REFUSED;
    }
  if (without > 0 && !globals->tsv)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u year has no value in Kolada and is left out.\n",
                          "%u years have no value in Kolada and are left out.\n", without), without);
  return finish_import (globals, store, import, dry_run, argv[1], FALSE);
}

/* ---- export-csv: outcomes as Swedish Excel reads them ---- */

int
sk_cli_export_csv (SkCliGlobals *globals,
                   int           argc,
                   char        **argv)
{
  g_autofree char *layout_text = NULL;
  g_autofree char *output = NULL;
  gboolean reg = FALSE;
  int year = 0;
  GOptionEntry entries[] = {
    { "register", 'r', 0, G_OPTION_ARG_NONE, &reg,
      N_("The indicator register of --year (default: the newest plan) instead of outcomes"), NULL },
    { "layout", 'l', 0, G_OPTION_ARG_STRING, &layout_text,
      N_("long (one value a row, the default) or wide (one row a year, jan … dec)"), N_("LAYOUT") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("Only this year (default: every year)"), N_("YEAR") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write (default: standard output)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  SkCsvLayout layout = SK_CSV_LAYOUT_LONG;
  int status;

  if ((status = sk_cli_parse_options (globals, "export-csv", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0))
    return SK_CLI_EXIT_USAGE;
  if (g_strcmp0 (layout_text, "wide") == 0)
    layout = SK_CSV_LAYOUT_WIDE;
  else if (layout_text != NULL && g_strcmp0 (layout_text, "long") != 0)
    {
      sk_cli_error (_("Unknown layout “%s”: use long or wide."), layout_text);
      return SK_CLI_EXIT_USAGE;
    }
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, &error));
    }
  else
    out = g_unix_output_stream_new (1, FALSE);
  if (reg && year == 0)
    {
      g_autoptr(GListModel) plans = sk_store_list_plans (store);
      guint n = g_list_model_get_n_items (plans);
      g_autoptr(SkPlan) newest = n > 0 ? g_list_model_get_item (plans, n - 1) : NULL;

      year = newest != NULL ? sk_plan_get_year (newest) : 0;
    }
  if (out == NULL
      || !(reg ? sk_register_write_csv (store, year, out, &error)
               : sk_outcomes_write_csv (store, year, layout, out, &error))
      || !g_output_stream_close (out, NULL, &error))
    return sk_cli_fail (error);
  return SK_CLI_EXIT_OK;
}
