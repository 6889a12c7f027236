/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-import-dialog.h"
#include "sk-kolada.h"
#include "sk-view-util.h"
#include "sk-window.h"

/* Rows listed in the preview; the counts above it cover all of them. */
#define MAX_LISTED 500
/* Rows checked against the store at a time, for a slice of time, then a
 * pause in which the progress bar is drawn. */
#define CHECK_CHUNK 2000
#define CHECK_SLICE_MS 50
#define CHECK_PAUSE_MS 10

struct _SkImportDialog
{
  AdwWindow        parent_instance;

  SkStore         *store;
  GFile           *file;
  GCancellable    *cancellable;
  SkOutcomeImport *import;    /* owned here once read */
  SkOutcomeImport *reading;   /* the worker's, while it reads */
  SkOutcomeImport *writing;   /* the worker's, while it writes */
  guint            progress_id;
  guint            check_id;
  const char      *state;

  /* template */
  AdwWindowTitle  *title;
  GtkWidget       *import_button;
  GtkWidget       *cancel_button;
  GtkStack        *stack;
  GtkProgressBar  *progress;
  GtkLabel        *loading_label;
  AdwStatusPage   *failed_page;
  GtkLabel        *summary;
  GtkLabel        *advice;
  GtkListBox      *rows;
  GtkEditable     *kpi_row;
  GtkEditable     *municipality_row;
  GtkEditable     *indicator_row;
  GtkEditable     *unit_row;
};

/* What the worker reads a Kolada file for; NULL kpi: a CSV file. */
typedef struct
{
  GFile *file;
  char  *db_path;
  char  *kpi;
  char  *municipality;
  char  *indicator;
  char  *unit;
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_object_unref (job->file);
  g_free (job->db_path);
  g_free (job->kpi);
  g_free (job->municipality);
  g_free (job->indicator);
  g_free (job->unit);
  g_free (job);
}

G_DEFINE_FINAL_TYPE (SkImportDialog, sk_import_dialog, ADW_TYPE_WINDOW)

static void
set_state (SkImportDialog *self,
           const char     *state)
{
  self->state = state;
  gtk_stack_set_visible_child_name (self->stack, state);
}

static void
stop_work (SkImportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_handle_id (&self->check_id, g_source_remove);
}

static void
show_failure (SkImportDialog *self,
              const char     *message)
{
  stop_work (self);
  adw_status_page_set_description (self->failed_page, message);
  gtk_widget_set_sensitive (self->import_button, FALSE);
  set_state (self, "failed");
}

/* ---- The preview ---- */

static const char *
status_word (SkImportStatus status)
{
  switch (status)
    {
    case SK_IMPORT_NEW: return _("New");
    case SK_IMPORT_CHANGED: return _("Changed");
    case SK_IMPORT_UNCHANGED: return _("Unchanged");
    case SK_IMPORT_REFUSED: return _("Refused");
    default: return "";
    }
}

static GtkWidget *
row_widget (const SkImportRow *row)
{
  g_autofree char *text = sk_import_row_describe (row);
  g_autofree char *line = g_strdup_printf ("%s — %s", status_word (row->status), text);
  GtkWidget *label = gtk_label_new (line);
  GtkWidget *item = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  if (row->status == SK_IMPORT_REFUSED)
    gtk_widget_add_css_class (label, "error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (item), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, line, -1);
  return item;
}

static void
show_preview (SkImportDialog *self)
{
  static const SkImportStatus order[] = { SK_IMPORT_REFUSED, SK_IMPORT_CHANGED, SK_IMPORT_NEW };
  SkOutcomeImport *import = self->import;
  g_autofree char *summary = sk_outcome_import_summary (import);
  guint refused = sk_outcome_import_count (import, SK_IMPORT_REFUSED);
  guint writes = sk_outcome_import_count (import, SK_IMPORT_NEW)
                 + sk_outcome_import_count (import, SK_IMPORT_CHANGED);
  guint listed = 0, left = 0;

  g_clear_handle_id (&self->progress_id, g_source_remove);
  gtk_label_set_text (self->summary, summary);
  if (refused > 0)
    gtk_label_set_text (self->advice,
                        _("Nothing is imported while a row is refused: correct the rows below in the "
                          "file and import it again."));
  else if (writes == 0)
    gtk_label_set_text (self->advice, _("Every value in the file is already entered: nothing to import."));
  else
    gtk_label_set_text (self->advice, _("Nothing has been written yet. “Import” writes all of it at once."));

  for (guint pass = 0; pass < G_N_ELEMENTS (order); pass++)
    for (guint i = 0; i < sk_outcome_import_get_n_rows (import); i++)
      {
        const SkImportRow *row = sk_outcome_import_get_row (import, i);

        if (row->status != order[pass])
          continue;
        if (listed++ < MAX_LISTED)
          gtk_list_box_append (self->rows, row_widget (row));
      }
  /* A large file lists its first rows of each kind; all are counted. */
  left = sk_outcome_import_count (import, SK_IMPORT_REFUSED) + writes - MIN (listed, MAX_LISTED);
  if (left > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (NULL, "… and %u more row", "… and %u more rows",
                                                            left), left);
      gtk_list_box_append (self->rows, gtk_label_new (more));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->rows), listed > 0);
  gtk_widget_set_sensitive (self->import_button, refused == 0 && writes > 0);
  set_state (self, "preview");
  if (gtk_widget_get_sensitive (self->import_button))
    gtk_widget_grab_focus (self->import_button);
}

/* ---- Reading (worker thread) and checking (here, in chunks) ---- */

/* Often enough that a write of a second or less is seen to move. */
#define PROGRESS_MS 40

static gboolean
update_progress (gpointer data)
{
  SkImportDialog *self = data;
  double fraction;

  if (self->writing != NULL)
    fraction = sk_outcome_import_get_read_progress (self->writing);
  else if (self->reading != NULL)
    fraction = sk_outcome_import_get_read_progress (self->reading);
  else if (self->import != NULL)
    fraction = 0.5 + sk_outcome_import_get_check_progress (self->import) / 2;
  else
    fraction = 0;
  gtk_progress_bar_set_fraction (self->progress, fraction);
  return G_SOURCE_CONTINUE;
}

static gboolean
check_chunk (gpointer data)
{
  SkImportDialog *self = data;
  gint64 until = g_get_monotonic_time () + CHECK_SLICE_MS * 1000;

  /* Rows given one by one (Kolada) are checked here, for a slice of time
   * then a pause: the window draws and answers Cancel between two. */
  while (!sk_outcome_import_check (self->import, self->store, CHECK_CHUNK))
    if (g_get_monotonic_time () >= until)
      return G_SOURCE_CONTINUE;
  self->check_id = 0;
  show_preview (self);
  return G_SOURCE_REMOVE;
}

/* Checks a file's rows on a connection of this thread's own: the window's
 * store stays in the window's thread. Reads only; the file's watch it
 * would start is tied to a context no one runs. */
static gboolean
check_in_thread (SkOutcomeImport  *import,
                 const char       *db_path,
                 GCancellable     *cancellable,
                 GError          **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  SkStore *store;
  gboolean done = FALSE;

  g_main_context_push_thread_default (context);
  store = sk_store_open_full (db_path, SK_STORE_OPEN_READ_ONLY, error);
  while (store != NULL && !done && !g_cancellable_set_error_if_cancelled (cancellable, error))
    done = sk_outcome_import_check (import, store, CHECK_CHUNK);
  g_clear_object (&store);
  g_main_context_pop_thread_default (context);
  return done;
}

static void
read_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  ReadJob *job = g_object_get_data (G_OBJECT (task), "job");
  SkOutcomeImport *import = data;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GError *error = NULL;
  gboolean ok;

  if (job->kpi != NULL)
    {
      ok = g_file_load_contents (job->file, cancellable, &contents, &length, NULL, &error);
      if (ok)
        ok = sk_outcome_import_read_kolada (import, contents, length, job->kpi, job->municipality,
                                            job->indicator, job->unit, NULL, &error);
    }
  else
    {
      /* A CSV file is read a piece at a time as it is checked, here too:
       * never whole, and the window stays free. */
      ok = sk_outcome_import_open_csv (import, job->file, 0, 0, cancellable, &error);
      if (ok)
        ok = check_in_thread (import, job->db_path, cancellable, &error);
    }
  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  SkImportDialog *self = SK_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;

  /* Closed while the worker read: the task frees the plan, nothing more to do. */
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      self->reading = NULL;
      return;
    }
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      self->reading = NULL;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_failure (self, error->message);
      return;
    }
  /* The worker is done with it: from here on the plan is used in this thread only. */
  self->import = g_steal_pointer (&self->reading);
  g_object_steal_data (G_OBJECT (result), "import");
  self->check_id = g_timeout_add (CHECK_PAUSE_MS, check_chunk, self);
}

static char *
entry_text (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
start_reading (SkImportDialog *self,
               gboolean        kolada)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_read, NULL);
  SkOutcomeImport *import = sk_outcome_import_new ();
  ReadJob *job = g_new0 (ReadJob, 1);

  job->file = g_object_ref (self->file);
  job->db_path = g_strdup (sk_store_get_path (self->store));
  if (kolada)
    {
      job->kpi = entry_text (self->kpi_row);
      job->municipality = entry_text (self->municipality_row);
      job->indicator = entry_text (self->indicator_row);
      job->unit = entry_text (self->unit_row);
    }
  self->reading = import;
  g_object_set_data_full (G_OBJECT (task), "job", job, (GDestroyNotify) read_job_free);
  /* The task owns the plan until on_read takes it, so a dialog closed
   * while the worker reads never frees what the worker writes to. */
  g_task_set_task_data (task, import, NULL);
  g_object_set_data_full (G_OBJECT (task), "import", import, (GDestroyNotify) sk_outcome_import_free);
  self->progress_id = g_timeout_add (PROGRESS_MS, update_progress, self);
  set_state (self, "loading");
  g_task_run_in_thread (task, read_in_thread);
}

/* ---- Buttons ---- */

static void
on_read_clicked (SkImportDialog *self)
{
  g_autofree char *kpi = entry_text (self->kpi_row);
  g_autofree char *indicator = entry_text (self->indicator_row);
  g_autofree char *unit = entry_text (self->unit_row);

  if (kpi == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->kpi_row));
  else if (indicator == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->indicator_row));
  else if (unit == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->unit_row));
  else
    start_reading (self, TRUE);
}

static void
on_cancel_clicked (SkImportDialog *self)
{
  /* The worker rolls back; the dialog says so when it has (on_written). */
  if (self->writing != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      gtk_widget_set_sensitive (self->cancel_button, FALSE);
      return;
    }
  stop_work (self);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- Writing (worker thread) ---- */

/* What the worker writes; it owns the plan until on_written hands it on. */
typedef struct
{
  SkOutcomeImport *import;
  char            *db_path;
  char            *user;
  SkStore         *store;   /* the window's, told of the change afterwards */
  GtkWidget       *parent;  /* for the toast; NULL when none */
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_clear_pointer (&job->import, sk_outcome_import_free);
  g_free (job->db_path);
  g_free (job->user);
  g_object_unref (job->store);
  g_clear_object (&job->parent);
  g_free (job);
}

/* Writes on a connection of this thread's own, in one transaction, as
 * check_in_thread reads: the window's store stays in the window's thread
 * and, with SQLite's WAL, goes on reading while this writes. */
static void
write_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      data,
                 GCancellable *cancellable)
{
  WriteJob *job = data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  SkStore *store;
  GError *error = NULL;
  gboolean ok = FALSE;

  g_main_context_push_thread_default (context);
  store = sk_store_open_full (job->db_path, SK_STORE_OPEN_EXISTING, &error);
  if (store != NULL)
    {
      sk_store_set_user (store, job->user);
      ok = sk_outcome_import_apply_full (job->import, store, cancellable, &error);
    }
  g_clear_object (&store);
  g_main_context_pop_thread_default (context);
  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  SkImportDialog *self = SK_IMPORT_DIALOG (source);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  /* Disposed (its parent closed) while the worker wrote. */
  gboolean closed = self->store == NULL;

  self->writing = NULL;
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (closed)
        return;
      gtk_widget_set_sensitive (self->cancel_button, TRUE);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          adw_status_page_set_title (self->failed_page, _("Import Cancelled"));
          show_failure (self, _("Cancelled: nothing was written."));
        }
      else
        show_failure (self, error->message);
      return;
    }
  /* The window's views follow the database: tell them now, not when the
   * file watch notices. */
  sk_store_notice_external (job->store);
  if (job->parent != NULL && !closed)
    {
      g_autofree char *title = g_strdup_printf (_("Outcomes imported: %u new, %u changed"),
                                                sk_outcome_import_count (job->import, SK_IMPORT_NEW),
                                                sk_outcome_import_count (job->import, SK_IMPORT_CHANGED));

      sk_import_show_done_toast (job->parent, job->store, g_steal_pointer (&job->import), title);
    }
  if (!closed)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_import_clicked (SkImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  WriteJob *job;

  if (self->import == NULL || self->writing != NULL)
    return;
  task = g_task_new (self, self->cancellable, on_written, NULL);
  job = g_new0 (WriteJob, 1);
  job->import = g_steal_pointer (&self->import);
  job->db_path = g_strdup (sk_store_get_path (self->store));
  job->user = g_strdup (sk_store_get_user (self->store));
  job->store = g_object_ref (self->store);
  job->parent = parent != NULL ? g_object_ref (GTK_WIDGET (parent)) : NULL;
  self->writing = job->import;
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  /* Only Cancel may be used while it writes. */
  gtk_widget_set_sensitive (self->import_button, FALSE);
  gtk_label_set_text (self->loading_label, _("Writing the outcomes…"));
  gtk_progress_bar_set_fraction (self->progress, 0);
  self->progress_id = g_timeout_add (PROGRESS_MS, update_progress, self);
  self->state = "writing";
  gtk_stack_set_visible_child_name (self->stack, "loading");
  g_task_run_in_thread (task, write_in_thread);
}

/* ---- The toast with undo ---- */

static void
on_undo_clicked (AdwToast *toast,
                 gpointer  data)
{
  SkOutcomeImport *import = g_object_get_data (G_OBJECT (toast), "import");
  SkStore *store = g_object_get_data (G_OBJECT (toast), "store");
  GtkWidget *widget = g_object_get_data (G_OBJECT (toast), "widget");
  g_autoptr(GError) error = NULL;

  if (!sk_outcome_import_undo (import, store, &error) && widget != NULL)
    sk_view_toast (widget, error->message);
}

void
sk_import_show_done_toast (GtkWidget       *widget,
                           SkStore         *store,
                           SkOutcomeImport *import,
                           const char      *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 10);
  /* An import too large to keep what it replaced offers no undo (the
   * history still holds every old value). */
  if (sk_outcome_import_can_undo (import))
    adw_toast_set_button_label (toast, _("_Undo"));
  /* Undo is only worth something now: not behind an older message. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "import", import, (GDestroyNotify) sk_outcome_import_free);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "widget", g_object_ref (widget), g_object_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_clicked), NULL);
  sk_view_add_toast (widget, toast);
}

/* ---- The menu action ---- */

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         data)
{
  GtkWindow *window = GTK_WINDOW (data);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      SkStore *store = sk_window_get_store (SK_WINDOW (window));

      if (file != NULL && store != NULL)
        gtk_window_present (GTK_WINDOW (sk_import_dialog_new (window, store, file)));
    }
  g_object_unref (chooser);
}

void
sk_import_dialog_action (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Outcomes"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV and Kolada files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_pattern (csv, "*.txt");
  gtk_file_filter_add_pattern (csv, "*.tsv");
  gtk_file_filter_add_pattern (csv, "*.json");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- GObject ---- */

const char *
sk_import_dialog_get_state (SkImportDialog *self)
{
  g_return_val_if_fail (SK_IS_IMPORT_DIALOG (self), NULL);
  return self->state;
}

SkOutcomeImport *
sk_import_dialog_get_import (SkImportDialog *self)
{
  g_return_val_if_fail (SK_IS_IMPORT_DIALOG (self), NULL);
  return g_strcmp0 (self->state, "preview") == 0 ? self->import : NULL;
}

static gboolean
on_close_request (GtkWindow *window)
{
  SkImportDialog *self = SK_IMPORT_DIALOG (window);

  /* Closing while it writes is Cancel: the dialog stays to say that
   * nothing was written. */
  if (self->writing != NULL)
    {
      on_cancel_clicked (self);
      return TRUE;
    }
  stop_work (self);
  return FALSE;
}

static void
sk_import_dialog_dispose (GObject *object)
{
  SkImportDialog *self = SK_IMPORT_DIALOG (object);

  stop_work (self);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (sk_import_dialog_parent_class)->dispose (object);
}

static void
sk_import_dialog_finalize (GObject *object)
{
  SkImportDialog *self = SK_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->import, sk_outcome_import_free);
  G_OBJECT_CLASS (sk_import_dialog_parent_class)->finalize (object);
}

static void
sk_import_dialog_class_init (SkImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sk_import_dialog_dispose;
  object_class->finalize = sk_import_dialog_finalize;
  window_class->close_request = on_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/styrkort/Styrkort/sk-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, title);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, loading_label);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, summary);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, advice);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, rows);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, kpi_row);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, municipality_row);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, indicator_row);
  gtk_widget_class_bind_template_child (widget_class, SkImportDialog, unit_row);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_read_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sk_import_dialog_init (SkImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->state = "loading";
}

SkImportDialog *
sk_import_dialog_new (GtkWindow *parent,
                      SkStore   *store,
                      GFile     *file)
{
  SkImportDialog *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (SK_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);
  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->title, name);
  /* A Kolada response names no indicator or unit: ask for them first. */
  if (g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".JSON"))
    {
      self->state = "kolada";
      gtk_stack_set_visible_child_name (self->stack, "kolada");
      gtk_widget_grab_focus (GTK_WIDGET (self->kpi_row));
    }
  else
    start_reading (self, FALSE);
  return self;
}
