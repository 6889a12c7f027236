/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sk-chart-page.h"
#include "sk-chart-widget.h"
#include "sk-charts-view.h"
#include "sk-charts-view-private.h"
#include "sk-view-util.h"

/* Export size in px (PNG) or pt (SVG, PDF). */
#define EXPORT_WIDTH  1000
#define EXPORT_HEIGHT 600
/* One unit's chart in a comparison sheet. */
#define COMPARE_WIDTH  640
#define COMPARE_HEIGHT 400
/* Small charts per printed page of an area: 2 × 3 upright, 3 × 2 lying. */
#define PRINT_PER_PAGE 6

/* ---- Export and print ---- */

/* The printer, paper and orientation last chosen, offered again. */
static GtkPrintSettings *last_settings;

/* A saved PDF's page, lying: the paper last printed on, else the
 * locale's (A4 here, Letter in the US). */
static void
export_paper (double *width,
              double *height)
{
  g_autoptr(GtkPaperSize) paper = last_settings ? gtk_print_settings_get_paper_size (last_settings) : NULL;
  const char *name;
  double w, h;

  if (paper == NULL)
    paper = gtk_paper_size_new (NULL);
  name = gtk_paper_size_get_name (paper);
  w = gtk_paper_size_get_width (paper, GTK_UNIT_POINTS);
  h = gtk_paper_size_get_height (paper, GTK_UNIT_POINTS);
  /* Exactly the sizes the CLI writes for the two common papers. */
  if (g_strcmp0 (name, GTK_PAPER_NAME_A4) == 0 || g_strcmp0 (name, GTK_PAPER_NAME_LETTER) == 0)
    sk_chart_page_paper_size (g_strcmp0 (name, GTK_PAPER_NAME_A4) == 0 ? "a4" : "letter", TRUE, &w, &h);
  *width = MAX (w, h);
  *height = MIN (w, h);
}

gboolean
sk_charts_view_export (SkChartsView  *self,
                       const char    *path,
                       GError       **error)
{
  g_autoptr(SkChartRenderer) renderer = NULL;
  g_autoptr(SkChartPage) page = NULL;
  SkChartOptions options;
  double paper_width, paper_height;
  guint n;

  g_return_val_if_fail (SK_IS_CHARTS_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->detail_series->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no chart to save"));
      return FALSE;
    }
  sk_charts_view_detail_options (self, &options);
  /* Files go on paper and slides: always the light palette. */
  renderer = sk_chart_renderer_new (sk_chart_palette_light ());
  sk_chart_renderer_set_fill_background (renderer, TRUE);
  /* Units compared: every unit's chart on one sheet, as on screen; the
   * header (whole title, period, date, notice) as on paper. A PDF is a
   * landscape page of the paper printed on (A4 by default). */
  n = self->detail_series->len;
  page = sk_chart_page_new ((SkChartSeries * const *) self->detail_series->pdata, n, &options, NULL);
  export_paper (&paper_width, &paper_height);
  return sk_chart_page_write_file (page, renderer, MAX (self->detail_cols, 1),
                                   n > 1 ? COMPARE_WIDTH : EXPORT_WIDTH, n > 1 ? COMPARE_HEIGHT : EXPORT_HEIGHT,
                                   paper_width, paper_height, path, error);
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    SkChartsView    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path != NULL && sk_charts_view_export (self, path, &error))
        {
          g_autofree char *base = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Saved “%s”"), base);
          sk_view_toast (GTK_WIDGET (self), message);
        }
      else if (error != NULL)
        sk_view_toast (GTK_WIDGET (self), error->message);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

/* A file name from the indicator's name: no slashes or colons. */
static char *
export_name (SkChartsView *self,
             const char   *ext)
{
  g_autofree char *base = g_strdup (self->detail_indicator ? sk_indicator_get_name (self->detail_indicator) : "chart");

  g_strdelimit (base, "/\\:*?\"<>|", '-');
  return g_strdup_printf ("%s.%s", g_strstrip (base), ext);
}

void
sk_charts_view_export_action (GtkWidget  *widget,
                              const char *action,
                              GVariant   *param)
{
  SkChartsView *self = SK_CHARTS_VIEW (widget);
  const char *ext = g_variant_get_string (param, NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = export_name (self, ext);
  g_autofree char *pattern = g_strdup_printf ("*.%s", ext);

  dialog = gtk_file_chooser_native_new (_("Save Chart"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, ext);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

typedef struct
{
  SkChartPage    *page;
  gboolean        detail;   /* the large chart(s); else an area's charts */
  guint           per_page;
  guint           cols;
} PrintJob;


static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  sk_chart_page_free (job->page);
  g_free (job);
}

/* How many charts a page, in how many columns, for the paper and
 * orientation chosen: a large chart fills the printable area; units
 * compared two by two; an area's six charts two across upright, three
 * across lying. */
static void
on_begin_print (GtkPrintOperation *op,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  gboolean landscape = gtk_print_context_get_width (context) > gtk_print_context_get_height (context);
  guint n = sk_chart_page_get_n_series (job->page);

  if (n == 1)
    job->per_page = job->cols = 1;
  else if (job->detail)
    job->per_page = 4, job->cols = 2;
  else
    job->per_page = PRINT_PER_PAGE, job->cols = landscape ? 3 : 2;
  gtk_print_operation_set_n_pages (op, MAX (1, (n + job->per_page - 1) / job->per_page));
}

/* The same page as an exported file (header, then the charts), in the
 * printable area of the paper chosen. */
static void
on_draw_page (GtkPrintOperation *op,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  g_autoptr(SkChartRenderer) renderer = sk_chart_renderer_new (sk_chart_palette_light ());

  sk_chart_renderer_set_fill_background (renderer, FALSE);
  sk_chart_page_draw (job->page, renderer, gtk_print_context_get_cairo_context (context),
                      gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                      page * job->per_page, job->per_page, job->cols);
}

static void
on_print_done (GtkPrintOperation       *op,
               GtkPrintOperationResult  result)
{
  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    return;
  g_set_object (&last_settings, gtk_print_operation_get_print_settings (op));
}

/* The name of the area chosen, for the header of its printed charts. */
static char *
area_title (SkChartsView *self)
{
  guint i = gtk_drop_down_get_selected (self->area_dropdown);
  const char *name = i != GTK_INVALID_LIST_POSITION ? gtk_string_list_get_string (self->area_names, i) : NULL;

  return g_strdup (name);
}

/* @pdf NULL: the print dialog; else exported to that file without one. */
static gboolean
run_print (SkChartsView  *self,
           GPtrArray     *series,
           gboolean       detail,
           const char    *pdf,
           GError       **error)
{
  g_autoptr(GtkPrintOperation) op = gtk_print_operation_new ();
  PrintJob *job = g_new0 (PrintJob, 1);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkPrintOperationResult result;
  g_autofree char *title = detail ? NULL : area_title (self);
  SkChartOptions options;

  sk_charts_view_detail_options (self, &options);
  /* An area's charts each keep their own axis. */
  if (!detail)
    options.axis_min = options.axis_max = NAN;
  job->page = sk_chart_page_new ((SkChartSeries * const *) series->pdata, series->len, &options, title);
  job->detail = detail;
  g_object_set_data_full (G_OBJECT (op), "job", job, print_job_free);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (op, sk_chart_page_get_title (job->page) ? sk_chart_page_get_title (job->page)
                                                                           : gtk_label_get_label (self->detail_title));
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (op, last_settings);
  if (last_settings != NULL)
    {
      /* The dialog takes paper and orientation from the page setup. */
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
      g_autoptr(GtkPaperSize) paper = gtk_print_settings_get_paper_size (last_settings);

      if (paper != NULL)
        gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
      gtk_page_setup_set_orientation (setup, gtk_print_settings_get_orientation (last_settings));
      gtk_print_operation_set_default_page_setup (op, setup);
    }
  else if (detail)
    {
      /* A large chart is wide: lying until the user chooses otherwise. */
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();

      gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
      gtk_print_operation_set_default_page_setup (op, setup);
    }
  g_signal_connect (op, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (op, "draw-page", G_CALLBACK (on_draw_page), job);
  if (pdf != NULL)
    gtk_print_operation_set_export_filename (op, pdf);
  result = gtk_print_operation_run (op, pdf ? GTK_PRINT_OPERATION_ACTION_EXPORT : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, error);
  if (pdf == NULL)
    on_print_done (op, result);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* What charts.print prints: the large chart(s), else the area's charts. */
static gboolean
print_shown (SkChartsView  *self,
             const char    *pdf,
             GError       **error)
{
  g_autoptr(GPtrArray) series = g_ptr_array_new ();

  if (sk_charts_view_get_detail_shown (self))
    return self->detail_series->len == 0 ||
           run_print (self, self->detail_series, TRUE, pdf, error);

  for (guint i = 0; self->items && i < self->items->len; i++)
    g_ptr_array_add (series, ((SkChartItem *) g_ptr_array_index (self->items, i))->series);
  return series->len == 0 || run_print (self, series, FALSE, pdf, error);
}

gboolean
sk_charts_view_print_to_file (SkChartsView  *self,
                              const char    *pdf,
                              GError       **error)
{
  g_return_val_if_fail (SK_IS_CHARTS_VIEW (self), FALSE);
  g_return_val_if_fail (pdf != NULL, FALSE);

  return print_shown (self, pdf, error);
}

void
sk_charts_view_print_action (GtkWidget  *widget,
                             const char *action,
                             GVariant   *param)
{
  SkChartsView *self = SK_CHARTS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!print_shown (self, NULL, &error))
    sk_view_toast (widget, error->message);
}

void
sk_charts_view_print_area_action (GtkWidget  *widget,
                                  const char *action,
                                  GVariant   *param)
{
  SkChartsView *self = SK_CHARTS_VIEW (widget);
  g_autoptr(GPtrArray) series = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; self->items && i < self->items->len; i++)
    g_ptr_array_add (series, ((SkChartItem *) g_ptr_array_index (self->items, i))->series);
  if (series->len > 0 && !run_print (self, series, FALSE, NULL, &error))
    sk_view_toast (widget, error->message);
}
