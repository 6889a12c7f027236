/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-cli-chart.h"
#include "sk-cli-demo.h"
#include "sk-demo.h"

/* A whole region: the largest ones have a few thousand units. */
#define MAX_UNITS 5000

static void
print_counts (const SkDemoCounts *c)
{
  g_print (_("Fictional outcomes written: %u (of them missing months: %u)"), c->outcomes_written, c->missing_written);
  g_print ("\n");
  g_print (_("Series (indicator and unit): %u"), c->series);
  g_print ("\n");
  g_print (_("Real outcomes kept as they were: %u"), c->real_kept);
  g_print ("\n");
  g_print (_("Demo units created: %u; targets added to draft plans: %u"),
           c->units_created, c->targets_created);
  g_print ("\n");
}

int
sk_cli_generate_demo (SkCliGlobals *globals,
                      int           argc,
                      char        **argv)
{
  g_autofree char *years = NULL;
  int units = 0;
  gint64 seed = 1;
  GOptionEntry entries[] = {
    { "years", 'y', 0, G_OPTION_ARG_STRING, &years, N_("The years to fill, e.g. 2021-2025"), N_("YEARS") },
    { "units", 'n', 0, G_OPTION_ARG_INT, &units, N_("How many fictional vårdcentraler to add (default 0)"), N_("N") },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, N_("The same seed gives the same figures (default 1)"), N_("SEED") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SkDemoOptions options = { 0 };
  SkDemoCounts counts;
  int status;

  if ((status = sk_cli_parse_options (globals, "generate-demo", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0) ||
      !sk_cli_parse_years (years, &options.first_year, &options.last_year))
    return SK_CLI_EXIT_USAGE;
  if (units < 0 || units > MAX_UNITS)
    {
      sk_cli_error (_("--units must be between 0 and %d."), MAX_UNITS);
      return SK_CLI_EXIT_USAGE;
    }
  options.n_units = units;
  options.seed = (guint32) seed;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if (!sk_demo_generate (store, &options, &counts, &error))
    return sk_cli_fail (error);
  print_counts (&counts);
  return SK_CLI_EXIT_OK;
}
