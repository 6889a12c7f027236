/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-exchange.h"
#include "sk-window-exchange.h"

/*
 * JSON export and import from the app: the same file as the CLI's
 * export-json and import-json, so a plan moves between machines (or to
 * the CLI) without a terminal. The export runs on the main thread (the
 * example database is written in a few milliseconds, 105 000 outcomes
 * in about 0,4 s); the import in a thread.
 */

static void
message (SkWindow   *self,
         const char *title,
         const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), title, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
toast (SkWindow   *self,
       const char *text)
{
  AdwToast *t = adw_toast_new (text);

  adw_toast_set_timeout (t, 6);
  sk_window_add_toast (self, t);
}

/* ---- Export ---- */

static gboolean
write_json (SkStore     *store,
            const char  *dest,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (dest);
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  guint failures = sk_store_get_read_failures (store);

  /* An export holds the whole plan: the owner's alone, whatever the umask. */
  out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, error));
  if (out == NULL)
    return FALSE;
  if (sk_exchange_export (store, out, error))
    {
      /* Rows that could not be read would be missing silently. */
      if (sk_store_get_read_failures (store) == failures)
        return g_output_stream_close (out, NULL, error);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Some of the database could not be read, so the file would be incomplete."));
    }
  /* Closing with a cancelled cancellable drops the new file, keeps an old one. */
  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (out, abandon, NULL);
  return FALSE;
}

gboolean
sk_window_export_json_to (SkWindow   *self,
                          const char *dest)
{
  SkStore *store;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);

  if ((store = sk_window_get_store (self)) == NULL)
    return FALSE;
  if (!write_json (store, dest, &error))
    {
      message (self, _("The file could not be exported"), error->message);
      return FALSE;
    }
  name = g_path_get_basename (dest);
  text = g_strdup_printf (_("The whole database was exported to “%s”"), name);
  toast (self, text);
  return TRUE;
}

/* ---- Import ---- */

/* A large file takes seconds to merge (105 000 outcomes: about 6 s), so
 * the import runs in a thread on a connection of its own; the window's
 * store sees the change as any other program's and the views follow. */

typedef struct
{
  char  *db_path;
  char  *json_path;
  char  *user;
  GStrv  notes;
} ImportJob;

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_free (job->db_path);
  g_free (job->json_path);
  g_free (job->user);
  g_strfreev (job->notes);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ImportJob *job = data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(SkStore) store = NULL;
  GError *error = NULL;
  gboolean ok;

  /* The store watches its file: keep that off the main thread's loop. */
  g_main_context_push_thread_default (context);
  store = sk_store_open_full (job->db_path, SK_STORE_OPEN_EXISTING, &error);
  if (store != NULL)
    sk_store_set_user (store, job->user);
  ok = store != NULL && sk_exchange_import_file_full (store, job->json_path, &job->notes, &error);
  g_clear_object (&store);
  g_main_context_pop_thread_default (context);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
import_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  SkWindow *self = SK_WINDOW (source);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (job->json_path);
  g_autofree char *text = NULL;

  g_object_set_data (G_OBJECT (self), "sk-importing", NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-json", TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* All or nothing: on an error the database stays as it was. */
      g_autofree char *body = g_strconcat (error->message, " ", _("Nothing was changed."), NULL);

      message (self, _("The file could not be imported"), body);
      return;
    }
  if (job->notes != NULL && job->notes[0] != NULL)
    {
      /* An adopted plan stays as the board adopted it: say what was kept. */
      g_autofree char *list = g_strjoinv ("\n", job->notes);
      g_autofree char *title = g_strdup_printf (_("“%s” was imported, but not all of it"), name);

      message (self, title, list);
      return;
    }
  text = g_strdup_printf (_("“%s” was imported"), name);
  toast (self, text);
}

gboolean
sk_window_import_json_from (SkWindow   *self,
                            const char *path)
{
  SkStore *store;
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((store = sk_window_get_store (self)) == NULL || sk_window_is_importing (self))
    return FALSE;
  if (sk_store_is_read_only (store))
    {
      message (self, _("The file could not be imported"),
               _("The database is open for reading only."));
      return FALSE;
    }
  job = g_new0 (ImportJob, 1);
  job->db_path = g_strdup (sk_store_get_path (store));
  job->json_path = g_strdup (path);
  job->user = g_strdup (sk_store_get_user (store));
  g_object_set_data (G_OBJECT (self), "sk-importing", GINT_TO_POINTER (TRUE));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-json", FALSE);
  task = g_task_new (self, NULL, import_done, NULL);
  g_task_set_source_tag (task, sk_window_import_json_from);
  g_task_set_task_data (task, job, import_job_free);
  g_task_run_in_thread (task, import_thread);
  return TRUE;
}

gboolean
sk_window_is_importing (SkWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "sk-importing") != NULL;
}

/* ---- Actions ---- */

typedef gboolean (*ChosenFunc) (SkWindow *self, const char *path);

static void
on_chosen (GtkNativeDialog *dialog,
           int              response,
           SkWindow        *self)
{
  ChosenFunc then = g_object_get_data (G_OBJECT (dialog), "sk-then");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        then (self, path);
    }
  g_object_unref (dialog);
}

static void
choose (SkWindow             *self,
        GtkFileChooserAction  mode,
        const char           *title,
        const char           *accept,
        ChosenFunc            then)
{
  SkStore *store = sk_window_get_store (self);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (store == NULL)
    return;
  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), mode, accept, _("_Cancel"));
  gtk_file_filter_set_name (filter, _("JSON files"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_pattern (filter, "*.JSON");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (mode == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
      /* TRANSLATORS: the suggested name of an exported file; %s is today's date */
      g_autofree char *name = g_strdup_printf (_("styrkort-%s.json"), date);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }
  g_object_set_data (G_OBJECT (dialog), "sk-then", then);
  g_signal_connect (dialog, "response", G_CALLBACK (on_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_json_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *param)
{
  choose (SK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE, _("Export the Database as JSON"),
          _("_Save"), sk_window_export_json_to);
}

static void
import_json_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *param)
{
  choose (SK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN, _("Import a JSON File"),
          _("_Open"), sk_window_import_json_from);
}

void
sk_window_exchange_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-json", NULL, export_json_action);
  gtk_widget_class_install_action (widget_class, "win.import-json", NULL, import_json_action);
}
