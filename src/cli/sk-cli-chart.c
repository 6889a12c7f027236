/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-chart.h"
#include "sk-chart-page.h"

gboolean
sk_cli_parse_years (const char *text,
                    int        *first,
                    int        *last)
{
  g_auto(GStrv) parts = NULL;
  guint64 a, b;

  if (text == NULL)
    {
      sk_cli_error (_("Give the years with --years, e.g. 2023-2025."));
      return FALSE;
    }
  parts = g_strsplit (text, "-", 2);
  if (!g_ascii_string_to_unsigned (parts[0], 10, 1900, 2999, &a, NULL) ||
      !g_ascii_string_to_unsigned (parts[1] ? parts[1] : parts[0], 10, 1900, 2999, &b, NULL) ||
      a > b || b - a > 50)
    {
      g_autofree char *shown = sk_text_excerpt (text);

      sk_cli_error (_("--years: “%s” is not a range of years from 1900 to 2999: write e.g. 2023-2025."),
                    shown);
      return FALSE;
    }
  *first = (int) a;
  *last = (int) b;
  return TRUE;
}

typedef struct
{
  char     *indicator;
  char     *unit;
  char     *years;
  char     *mode;
  char     *output;
  char     *paper;
  gboolean  portrait;
  gboolean  ytd;
  gboolean  r12;
  gboolean  dark;
  int       width;
  int       height;
} ChartArgs;

static void
chart_args_clear (ChartArgs *args)
{
  g_free (args->indicator);
  g_free (args->unit);
  g_free (args->years);
  g_free (args->mode);
  g_free (args->output);
  g_free (args->paper);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ChartArgs, chart_args_clear)

static gboolean
check_chart_args (ChartArgs      *args,
                  SkChartOptions *options,
                  int            *first,
                  int            *last,
                  double         *paper_width,
                  double         *paper_height)
{
  sk_chart_options_init (options);
  options->show_ytd = args->ytd;
  options->show_r12 = args->r12;
  if (args->mode == NULL || g_strcmp0 (args->mode, "timeline") == 0)
    options->mode = SK_CHART_MODE_TIMELINE;
  else if (g_strcmp0 (args->mode, "overlay") == 0)
    options->mode = SK_CHART_MODE_OVERLAY;
  else
    {
      sk_cli_error (_("Unknown mode “%s”: use timeline or overlay."), args->mode);
      return FALSE;
    }
  if (args->output == NULL)
    {
      sk_cli_error (_("Name the file to write with --output (.png, .svg or .pdf)."));
      return FALSE;
    }
  if (args->width < 100 || args->width > 10000 || args->height < 80 || args->height > 10000)
    {
      sk_cli_error (_("The size must be between 100×80 and 10000×10000 pixels."));
      return FALSE;
    }
  if (!sk_chart_page_paper_size (args->paper ? args->paper : "a4", !args->portrait, paper_width, paper_height))
    {
      sk_cli_error (_("Unknown paper “%s”: use a4 or letter."), args->paper);
      return FALSE;
    }
  return sk_cli_parse_years (args->years, first, last);
}

/* The named unit, else the indicator's responsible unit. */
static SkUnit *
chart_unit (SkStore     *store,
            SkIndicator *ind,
            const char  *name,
            int         *exit_code)
{
  g_autoptr(GError) error = NULL;
  SkUnit *unit;

  if (name == NULL && sk_indicator_get_responsible_unit_id (ind) != 0)
    return sk_store_get_unit (store, sk_indicator_get_responsible_unit_id (ind));
  if (name == NULL)
    {
      sk_cli_error (_("Name the unit with --unit."));
      *exit_code = SK_CLI_EXIT_USAGE;
      return NULL;
    }
  unit = sk_store_find_unit (store, name, &error);
  if (unit == NULL)
    *exit_code = error ? sk_cli_fail (error) : SK_CLI_EXIT_REFUSED;
  return unit;
}

static int
write_chart (SkStore              *store,
             SkIndicator          *ind,
             SkUnit               *unit,
             const ChartArgs      *args,
             const SkChartOptions *options,
             int                   first,
             int                   last,
             double                paper_width,
             double                paper_height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkChartSeries) series = NULL;
  g_autoptr(SkChartLayout) layout = NULL;
  g_autoptr(SkChartRenderer) renderer = NULL;
  g_autoptr(SkChartPage) page = NULL;
  g_autofree char *summary = NULL;

  series = sk_chart_series_new_from_store (store, ind, sk_record_get_id (SK_RECORD (unit)), first, last);
  layout = sk_chart_layout_new (series, args->width, args->height, options);
  renderer = sk_chart_renderer_new (args->dark ? sk_chart_palette_dark () : sk_chart_palette_light ());
  /* The file carries the whole title, period, date and notice above the chart. */
  page = sk_chart_page_new (&series, 1, options, NULL);
  if (!sk_chart_page_write_file (page, renderer, 1, args->width, args->height,
                                 paper_width, paper_height, args->output, &error))
    return sk_cli_fail (error);

  /* The text a screen reader gets, so the file's gist is on the terminal too. */
  g_print ("%s\n", summary = sk_cli_safe (sk_chart_layout_get_summary (layout)));
  g_print (_("Wrote %s"), args->output);
  g_print ("\n");
  return SK_CLI_EXIT_OK;
}

int
sk_cli_chart (SkCliGlobals *globals,
              int           argc,
              char        **argv)
{
  g_auto(ChartArgs) args = { .width = 900, .height = 500 };
  GOptionEntry entries[] = {
    { "indicator", 'i', 0, G_OPTION_ARG_STRING, &args.indicator, N_("The indicator (its name or part of it)"), N_("NAME") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &args.unit, N_("The unit (default: the indicator’s responsible unit)"), N_("UNIT") },
    { "years", 'y', 0, G_OPTION_ARG_STRING, &args.years, N_("The years to show, e.g. 2023-2025"), N_("YEARS") },
    { "mode", 'm', 0, G_OPTION_ARG_STRING, &args.mode, N_("timeline (the years in a row) or overlay (the years on top of each other)"), N_("MODE") },
    { "ytd", 0, 0, G_OPTION_ARG_NONE, &args.ytd, N_("Also draw the year-to-date figure"), NULL },
    { "r12", 0, 0, G_OPTION_ARG_NONE, &args.r12, N_("Also draw the rolling 12 months figure"), NULL },
    { "width", 0, 0, G_OPTION_ARG_INT, &args.width, N_("Width in pixels of a PNG or SVG chart (default 900)"), N_("PX") },
    { "height", 0, 0, G_OPTION_ARG_INT, &args.height, N_("Height in pixels of a PNG or SVG chart, below its header (default 500)"), N_("PX") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &args.paper, N_("Paper of a PDF: a4 (default) or letter"), N_("PAPER") },
    { "portrait", 0, 0, G_OPTION_ARG_NONE, &args.portrait, N_("A PDF page upright (default: landscape)"), NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &args.dark, N_("Dark colours"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output, N_("The file to write: .png, .svg or .pdf"), N_("FILE") },
    { NULL }
  };
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkUnit) unit = NULL;
  SkChartOptions options;
  double paper_width, paper_height;
  int status, first, last;

  if ((status = sk_cli_parse_options (globals, "chart", entries, &argc, &argv)) != 0)
    return status;
  if (!sk_cli_check_arguments (argc, argv, 0) || !check_chart_args (&args, &options, &first, &last, &paper_width, &paper_height))
    return SK_CLI_EXIT_USAGE;
  if ((store = sk_cli_open_store (globals, &status)) == NULL)
    return status;
  if ((ind = sk_cli_find_indicator (store, args.indicator, &status)) == NULL)
    return status;
  /* One identity over the years, named as the newest year shown defines it. */
  {
    SkIndicator *of_last = sk_store_get_indicator_in_year (store, sk_record_get_id (SK_RECORD (ind)), last);

    if (of_last != NULL)
      {
        g_object_unref (ind);
        ind = of_last;
      }
  }
  if ((unit = chart_unit (store, ind, args.unit, &status)) == NULL)
    return status;
  return write_chart (store, ind, unit, &args, &options, first, last, paper_width, paper_height);
}
