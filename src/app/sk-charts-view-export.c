/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

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
/* Small charts per printed page of an area: two columns, three rows. */
#define PRINT_PER_PAGE 6

/* ---- Export and print ---- */

gboolean
sk_charts_view_export (SkChartsView  *self,
                       const char    *path,
                       GError       **error)
{
  g_autoptr(SkChartRenderer) renderer = NULL;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  SkChartOptions options;
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
  /* Units compared: every unit's chart on one sheet, as on screen. */
  n = self->detail_series->len;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (layouts, sk_chart_layout_new (g_ptr_array_index (self->detail_series, i),
                                                   n > 1 ? COMPARE_WIDTH : EXPORT_WIDTH,
                                                   n > 1 ? COMPARE_HEIGHT : EXPORT_HEIGHT, &options));
  return sk_chart_renderer_write_grid (renderer, (SkChartLayout **) layouts->pdata, n,
                                       MAX (self->detail_cols, 1), path, error);
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
  GPtrArray      *series;   /* SkChartSeries */
  SkChartOptions  options;
  guint           per_page;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_ptr_array_unref (job->series);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *op,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  gtk_print_operation_set_n_pages (op, MAX (1, (job->series->len + job->per_page - 1) / job->per_page));
}

/* Several charts per page in two columns; the same renderer as on screen. */
static void
on_draw_page (GtkPrintOperation *op,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  guint cols = job->per_page > 1 ? 2 : 1;
  guint rows = (job->per_page + cols - 1) / cols;
  double cw = width / cols, ch = height / rows;
  g_autoptr(SkChartRenderer) renderer = sk_chart_renderer_new (sk_chart_palette_light ());

  sk_chart_renderer_set_fill_background (renderer, FALSE);
  for (guint k = 0; k < job->per_page; k++)
    {
      guint i = page * job->per_page + k;
      g_autoptr(SkChartLayout) layout = NULL;

      if (i >= job->series->len)
        break;
      layout = sk_chart_layout_new (g_ptr_array_index (job->series, i), cw - 12, ch - 12, &job->options);
      cairo_save (cr);
      cairo_translate (cr, (k % cols) * cw, (k / cols) * ch);
      sk_chart_renderer_draw (renderer, cr, layout, -1);
      cairo_restore (cr);
    }
}

/* @pdf NULL: the print dialog; else exported to that file without one. */
static gboolean
run_print (SkChartsView  *self,
           GPtrArray     *series,
           guint          per_page,
           gboolean       detail,
           const char    *pdf,
           GError       **error)
{
  g_autoptr(GtkPrintOperation) op = gtk_print_operation_new ();
  PrintJob *job = g_new0 (PrintJob, 1);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkPrintOperationResult result;

  job->series = g_ptr_array_ref (series);
  job->per_page = per_page;
  sk_charts_view_detail_options (self, &job->options);
  /* An area's charts each keep their own axis. */
  if (!detail)
    job->options.axis_min = job->options.axis_max = NAN;
  g_object_set_data_full (G_OBJECT (op), "job", job, print_job_free);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (op, gtk_label_get_label (self->detail_title));
  g_signal_connect (op, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (op, "draw-page", G_CALLBACK (on_draw_page), job);
  if (pdf != NULL)
    gtk_print_operation_set_export_filename (op, pdf);
  result = gtk_print_operation_run (op, pdf ? GTK_PRINT_OPERATION_ACTION_EXPORT : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, error);
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
           run_print (self, self->detail_series, self->detail_series->len > 1 ? 4 : 1, TRUE, pdf, error);

  for (guint i = 0; self->items && i < self->items->len; i++)
    g_ptr_array_add (series, ((SkChartItem *) g_ptr_array_index (self->items, i))->series);
  return series->len == 0 || run_print (self, series, PRINT_PER_PAGE, FALSE, pdf, error);
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
  if (series->len > 0 && !run_print (self, series, PRINT_PER_PAGE, FALSE, NULL, &error))
    sk_view_toast (widget, error->message);
}
