/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-cli-private.h"
#include "sk-format.h"
#include "sk-report.h"

/* ---- report: the board's follow-up report as PDF ---- */

static gboolean
check_report_options (int         year,
                      const char *period,
                      const char *output)
{
  int p_year, p_month;

  if (year == 0 || period == NULL || output == NULL)
    {
      sk_cli_error (_("Give --year, --period and --output."));
      return FALSE;
    }
  if (!sk_period_parse (period, &p_year, &p_month))
    {
      sk_cli_error (_("“%s” is not a month: write it as YYYY-MM, e.g. 2024-04."), period);
      return FALSE;
    }
  if (p_year != year)
    {
      sk_cli_error (_("The period %s is not in %d."), period, year);
      return FALSE;
    }
  if (!g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".PDF"))
    {
      sk_cli_error (_("The report is written as PDF: give a file name that ends in .pdf (“%s”)."), output);
      return FALSE;
    }
  return TRUE;
}

int
sk_cli_report (SkCliGlobals *globals,
               int           argc,
               char        **argv)
{
  int year = 0;
  g_autofree char *period = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The plan year"), N_("YEAR") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period, N_("The last month of the follow-up, as YYYY-MM"), N_("PERIOD") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name, N_("Only this unit’s figures (its name or short name)"), N_("UNIT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkUnit) unit = NULL;
  g_autoptr(SkReport) report = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = sk_cli_parse_options (globals, "report", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0) || !check_report_options (year, period, output))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if (unit_name != NULL && (unit = sk_store_find_unit (store, unit_name, &error)) == NULL)
    return error ? sk_cli_fail (error) : SK_CLI_EXIT_REFUSED;

  report = sk_report_new (store, year, period, unit ? sk_record_get_id (SK_RECORD (unit)) : 0, &error);
  if (report == NULL || !sk_report_write_pdf (report, output, &error))
    return sk_cli_fail (error);

  if (globals->tsv)
    g_print ("%s\t%u\t%s\n", output, sk_report_get_n_pages (report),
             sk_report_get_fictional (report) ? "fictional" : "");
  else
    {
      g_autofree char *safe = sk_cli_safe (output);

      g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %s: %u page\n", "Wrote %s: %u pages\n",
                            sk_report_get_n_pages (report)),
               safe, sk_report_get_n_pages (report));
      if (sk_report_get_fictional (report))
        g_print ("%s\n", _("The report holds fictional outcomes: every page says so."));
    }
  return SK_CLI_EXIT_OK;
}
