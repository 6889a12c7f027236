/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-report-dialog.h"
#include "sk-report.h"

/*
 * The preview shows each page as a picture drawn by the same code that
 * writes the PDF (sk_report_draw_page), so what is seen is what is saved.
 * Built in code: a header bar, the pages in a scrolled column, a toast
 * when the file is saved.
 */

/* Pixels per point of the preview: an A4 page about 714 px wide. */
#define PREVIEW_SCALE 1.2

struct _SkReportDialog
{
  AdwWindow        parent_instance;

  SkReport        *report;
  AdwToastOverlay *toasts;
  GtkWidget       *pages;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (SkReportDialog, sk_report_dialog, ADW_TYPE_WINDOW)

static GdkTexture *
page_texture (SkReport *report,
              guint     page)
{
  int width = (int) (SK_REPORT_PAGE_WIDTH * PREVIEW_SCALE);
  int height = (int) (SK_REPORT_PAGE_HEIGHT * PREVIEW_SCALE);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  cairo_scale (cr, PREVIEW_SCALE, PREVIEW_SCALE);
  sk_report_draw_page (report, page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static void
fill_pages (SkReportDialog *self)
{
  for (guint i = 0; i < sk_report_get_n_pages (self->report); i++)
    {
      g_autoptr(GdkTexture) texture = page_texture (self->report, i);
      GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
      g_autofree char *label = g_strdup_printf (_("Page %u of %u"), i + 1, sk_report_get_n_pages (self->report));

      /* Shown at its own size: the page is read, not fitted. */
      gtk_picture_set_can_shrink (GTK_PICTURE (picture), FALSE);
      gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (picture, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_box_append (GTK_BOX (self->pages), picture);
    }
}

gboolean
sk_report_dialog_save (SkReportDialog  *self,
                       const char      *path,
                       GError         **error)
{
  g_return_val_if_fail (SK_IS_REPORT_DIALOG (self), FALSE);

  if (!sk_report_write_pdf (self->report, path, error))
    return FALSE;
  {
    g_autofree char *name = g_path_get_basename (path);
    g_autofree char *text = g_strdup_printf (_("Saved the report as %s"), name);

    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
  }
  return TRUE;
}

static void
on_chosen (GtkNativeDialog *chooser,
           int              response,
           SkReportDialog  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;
  if (!g_str_has_suffix (path, ".pdf"))
    {
      char *with = g_strconcat (path, ".pdf", NULL);
      g_free (path);
      path = with;
    }
  if (!sk_report_dialog_save (self, path, &error))
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
}

static void
save_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  SkReportDialog *self = SK_REPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Save the Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  /* TRANSLATORS: the suggested file name of a report: "Uppföljning januari–april 2024.pdf" */
  name = g_strdup_printf (_("%s.pdf"), sk_report_get_title (self->report));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static GtkWidget *
build_content (SkReportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_window_title_new (_("Report Preview"), sk_report_get_title (self->report));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save as PDF…"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_widget_set_name (save, "report-save");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "report.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  self->pages = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (self->pages, 18);
  gtk_widget_set_margin_bottom (self->pages, 18);
  gtk_widget_set_margin_start (self->pages, 18);
  gtk_widget_set_margin_end (self->pages, 18);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), (int) (SK_REPORT_PAGE_WIDTH * PREVIEW_SCALE));
  adw_clamp_set_child (ADW_CLAMP (clamp), self->pages);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_add_css_class (scroller, "view");

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, scroller);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  return box;
}

SkReportDialog *
sk_report_dialog_new (GtkWindow   *parent,
                      SkStore     *store,
                      int          year,
                      const char  *period,
                      GError     **error)
{
  g_autoptr(SkReport) report = sk_report_new (store, year, period, 0, error);
  SkReportDialog *self;

  if (report == NULL)
    return NULL;
  self = g_object_new (SK_TYPE_REPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "default-width", 820,
                       "default-height", 900,
                       "title", sk_report_get_title (report),
                       NULL);
  self->report = g_steal_pointer (&report);
  adw_window_set_content (ADW_WINDOW (self), build_content (self));
  fill_pages (self);
  return self;
}

guint
sk_report_dialog_get_n_pages (SkReportDialog *self)
{
  g_return_val_if_fail (SK_IS_REPORT_DIALOG (self), 0);
  return sk_report_get_n_pages (self->report);
}

static void
sk_report_dialog_dispose (GObject *object)
{
  SkReportDialog *self = SK_REPORT_DIALOG (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->report);

  G_OBJECT_CLASS (sk_report_dialog_parent_class)->dispose (object);
}

static void
sk_report_dialog_class_init (SkReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_report_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "report.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "report.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sk_report_dialog_init (SkReportDialog *self)
{
}
