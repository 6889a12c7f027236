/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-outcomes-export.h"
#include "sk-view-util.h"
#include "sk-window.h"

gboolean
sk_outcomes_export_to_file (GtkWidget    *widget,
                            SkStore      *store,
                            GFile        *file,
                            SkCsvLayout   layout,
                            GError      **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* The administration's figures: readable by their owner only. */
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, error);
  if (out == NULL
      || !sk_outcomes_write_csv (store, 0, layout, G_OUTPUT_STREAM (out), error)
      || !g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error))
    return FALSE;
  name = g_file_get_basename (file);
  message = g_strdup_printf (_("Outcomes exported to “%s”"), name);
  sk_view_toast (widget, message);
  return TRUE;
}

gboolean
sk_register_export_to_file (GtkWidget  *widget,
                            SkStore    *store,
                            int         year,
                            GFile      *file,
                            GError    **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, error);
  if (out == NULL
      || !sk_register_write_csv (store, year, G_OUTPUT_STREAM (out), error)
      || !g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error))
    return FALSE;
  name = g_file_get_basename (file);
  /* TRANSLATORS: %d is the plan year, %s the file name */
  message = g_strdup_printf (_("The indicator register of %d exported to “%s”"), year, name);
  sk_view_toast (widget, message);
  return TRUE;
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         data)
{
  GtkWidget *window = data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      const char *layout = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "layout");
      SkStore *store = sk_window_get_store (SK_WINDOW (window));
      g_autoptr(GError) error = NULL;

      if (g_strcmp0 (layout, "register") == 0)
        {
          /* The register of the year the window shows, with its targets. */
          if (file != NULL && store != NULL
              && !sk_register_export_to_file (window, store, sk_window_get_year (SK_WINDOW (window)),
                                              file, &error))
            sk_view_toast (window, error->message);
        }
      else if (file != NULL && store != NULL
          && !sk_outcomes_export_to_file (window, store, file,
                                          g_strcmp0 (layout, "wide") == 0 ? SK_CSV_LAYOUT_WIDE
                                                                          : SK_CSV_LAYOUT_LONG,
                                          &error))
        sk_view_toast (window, error->message);
    }
  g_object_unref (chooser);
}

void
sk_outcomes_export_action (GtkWidget  *widget,
                           const char *action,
                           GVariant   *param)
{
  GtkFileChooserNative *chooser;
  const char *ids[] = { "long", "wide", "register", NULL };
  const char *labels[] = { _("One value a row"), _("One row a year, as the grid"),
                           _("The indicator register of the year"), NULL };

  chooser = gtk_file_chooser_native_new (_("Export Outcomes"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("outcomes.csv"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "layout", _("Layout"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "layout", "long");
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
