/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-csv.h"
#include "sk-format.h"
#include "sk-import-dialog.h"
#include "sk-outcome-import.h"
#include "sk-outcomes-view-private.h"
#include "sk-view-util.h"

/*
 * Ctrl+V in the Utfall grid: a block of cells copied from LibreOffice Calc
 * or Excel (tab-separated rows, decimal comma) lands at the current cell,
 * its rows on the indicators downwards and its columns on the months to
 * the right. Every value gets the checks of typing it; the block is
 * written whole or not at all, and the toast can undo all of it.
 */

/* Says at once what became of the paste, not behind an older message. */
static void
paste_toast (SkOutcomesView *self,
             const char     *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 10);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  sk_view_add_toast (GTK_WIDGET (self), toast);
}

/* The plan for @text placed at the current cell; empty cells are left alone. */
static SkOutcomeImport *
plan_paste (SkOutcomesView *self,
            const char     *text)
{
  SkOutcomeImport *import = sk_outcome_import_new ();
  SkCsvParser parser;
  GStrv fields;

  sk_csv_parser_init (&parser, text, '\t');
  while ((fields = sk_csv_parser_next (&parser)) != NULL)
    {
      guint r = parser.record - 1;
      guint row_index = self->cur_row + r;
      Row *row = row_index < self->rows->len ? g_ptr_array_index (self->rows, row_index) : NULL;

      for (guint c = 0; fields[c] != NULL; c++)
        {
          guint month = self->cur_col + c + 1;
          g_autofree char *period = NULL;
          g_autofree char *value = g_strstrip (g_strdup (fields[c]));

          if (value[0] == '\0')
            continue;
          if (month <= N_MONTHS)
            period = sk_period_make (self->year, (int) month);
          sk_outcome_import_add_cell (import, r + 1, c + 1,
                                      row != NULL ? sk_outcomes_view_row_indicator_id (row) : 0,
                                      self->unit_id, period, value);
        }
      g_strfreev (fields);
    }
  return import;
}

static void
refuse_paste (SkOutcomesView  *self,
              SkOutcomeImport *import)
{
  guint refused = sk_outcome_import_count (import, SK_IMPORT_REFUSED);
  g_autofree char *first = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; i < sk_outcome_import_get_n_rows (import) && first == NULL; i++)
    {
      const SkImportRow *row = sk_outcome_import_get_row (import, i);

      if (row->status == SK_IMPORT_REFUSED)
        first = sk_import_row_describe (row);
    }
  if (refused == 1)
    message = g_strdup_printf (_("Nothing was pasted: %s"), first);
  else
    message = g_strdup_printf (_("Nothing was pasted: %u cells are refused, first %s"), refused, first);
  paste_toast (self, message);
}

static void
paste_text (SkOutcomesView *self,
            const char     *text)
{
  g_autoptr(SkOutcomeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (self->store == NULL || self->rows->len == 0 || self->unit_id == 0 || text == NULL)
    return;
  import = plan_paste (self, text);
  if (sk_outcome_import_get_n_rows (import) == 0)
    return;
  sk_outcome_import_check (import, self->store, 0);
  if (sk_outcome_import_count (import, SK_IMPORT_REFUSED) > 0)
    {
      refuse_paste (self, import);
      return;
    }
  if (!sk_outcome_import_apply (import, self->store, &error))
    {
      paste_toast (self, error->message);
      return;
    }
  title = g_strdup_printf (_("Pasted: %u new, %u changed"),
                           sk_outcome_import_count (import, SK_IMPORT_NEW),
                           sk_outcome_import_count (import, SK_IMPORT_CHANGED));
  sk_import_show_done_toast (GTK_WIDGET (self), self->store, g_steal_pointer (&import), title);
}

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(SkOutcomesView) self = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        paste_toast (self, _("The clipboard holds no text to paste."));
      return;
    }
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    paste_text (self, text);
}

static void
paste_action (GtkWidget  *widget,
              const char *action,
              GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);

  if (self->editing)
    return;  /* the editor pastes into itself */
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text,
                                 g_object_ref (self));
}

void
sk_outcomes_view_paste_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "outcomes.paste", NULL, paste_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "outcomes.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_SHIFT_MASK, "outcomes.paste", NULL);
}
