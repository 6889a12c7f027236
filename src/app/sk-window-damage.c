/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sk-a11y.h"
#include "sk-store-backup.h"
#include "sk-window-damage.h"

/*
 * A damaged database must never look like an empty plan. The file is
 * checked (PRAGMA quick_check) in a thread when it is opened, and every
 * read that fails later is announced by the store; either shows a banner
 * above the views that says what is damaged and what to do, and stays
 * until another file is opened. Backup and salvage run in threads on
 * connections of their own, so the window goes on working meanwhile.
 */

typedef struct
{
  GtkRevealer  *revealer;
  GtkLabel     *title;
  GtkLabel     *label;
  GtkWidget    *salvage_button;
  GCancellable *check;
  char         *text;
  gboolean      named;    /* the text names the damaged parts */
} Damage;

static void
damage_free (gpointer data)
{
  Damage *damage = data;

  g_cancellable_cancel (damage->check);
  g_clear_object (&damage->check);
  g_free (damage->text);
  g_free (damage);
}

static Damage *
get_damage (SkWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "sk-window-damage");
}

/* ---- The banner ---- */

static void
show_banner (SkWindow *self,
             GError   *error)
{
  Damage *damage = get_damage (self);
  gboolean damaged = g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED);
  g_autofree char *text = NULL;

  if (damage == NULL)
    return;
  if (damaged)
    text = g_strconcat (error->message, " ",
                        _("What is shown may be incomplete, and changes may fail. Keep a copy of the "
                          "file as it is, and save the readable rows into a new database with "
                          "“Save Readable Rows…”."), NULL);
  else
    text = g_strconcat (error->message, " ", _("What is shown may be incomplete."), NULL);

  gtk_label_set_text (damage->title, damaged ? _("The database is damaged")
                                             : _("Some data could not be read"));
  gtk_label_set_text (damage->label, text);
  gtk_widget_set_visible (damage->salvage_button, damaged);
  g_free (damage->text);
  damage->text = g_steal_pointer (&text);
  gtk_revealer_set_reveal_child (damage->revealer, TRUE);
}

static void
check_done (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(SkWindow) self = data;
  g_autoptr(GError) error = NULL;
  Damage *damage = get_damage (self);

  if (sk_store_check_file_finish (result, &error) || damage == NULL
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  damage->named = g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED);
  show_banner (self, error);
}

static void
start_check (SkWindow *self,
             SkStore  *store)
{
  Damage *damage = get_damage (self);

  g_cancellable_cancel (damage->check);
  g_clear_object (&damage->check);
  damage->check = g_cancellable_new ();
  sk_store_check_file_async (sk_store_get_path (store), damage->check, check_done, g_object_ref (self));
}

static void
on_read_failed (SkStore  *store,
                GError   *error,
                SkWindow *self)
{
  Damage *damage = get_damage (self);
  g_autoptr(GError) taken = sk_store_take_read_error (store);

  /* Taken, so that the next failure is announced too. */
  if (damage == NULL || damage->named)
    return;
  show_banner (self, error);
  /* The read says only "damaged"; the check says where. */
  if (g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED))
    start_check (self, store);
}

void
sk_window_damage_watch (SkWindow *self,
                        SkStore  *store)
{
  Damage *damage = get_damage (self);

  g_return_if_fail (SK_IS_WINDOW (self));
  g_return_if_fail (SK_IS_STORE (store));

  if (damage == NULL)
    return;
  gtk_revealer_set_reveal_child (damage->revealer, FALSE);
  g_clear_pointer (&damage->text, g_free);
  damage->named = FALSE;
  g_signal_connect_object (store, "read-failed", G_CALLBACK (on_read_failed), self, 0);
  start_check (self, store);
}

gboolean
sk_window_damage_is_shown (SkWindow *self)
{
  Damage *damage = get_damage (self);

  return damage != NULL && gtk_revealer_get_reveal_child (damage->revealer);
}

const char *
sk_window_damage_get_text (SkWindow *self)
{
  Damage *damage = get_damage (self);

  return damage != NULL ? damage->text : NULL;
}

void
sk_window_damage_init (SkWindow  *self,
                       GtkWidget *content)
{
  Damage *damage = g_new0 (Damage, 1);
  GtkWidget *bar = gtk_info_bar_new ();
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *button;

  damage->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_widget_set_name (GTK_WIDGET (damage->revealer), "damage-banner");
  damage->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (damage->title, 0);
  gtk_label_set_wrap (damage->title, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (damage->title), "heading");
  damage->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (damage->label, 0);
  gtk_label_set_wrap (damage->label, TRUE);
  gtk_label_set_wrap_mode (damage->label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (damage->label, TRUE);
  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_box_append (GTK_BOX (text_box), GTK_WIDGET (damage->title));
  gtk_box_append (GTK_BOX (text_box), GTK_WIDGET (damage->label));

  button = gtk_button_new_with_mnemonic (_("Save _Readable Rows…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.salvage");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  damage->salvage_button = button;
  /* GTK 4.8 would name it with the mnemonic's underscore. */
  sk_a11y_name (button, _("Save _Readable Rows…"));

  gtk_info_bar_set_message_type (GTK_INFO_BAR (bar), GTK_MESSAGE_ERROR);
  gtk_info_bar_add_child (GTK_INFO_BAR (bar), text_box);
  gtk_info_bar_add_child (GTK_INFO_BAR (bar), button);
  gtk_revealer_set_child (damage->revealer, bar);

  /* Right above the views, below the header bar. */
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (content)),
                              GTK_WIDGET (damage->revealer), gtk_widget_get_prev_sibling (content));
  g_object_set_data_full (G_OBJECT (self), "sk-window-damage", damage, damage_free);
}

/* ---- Results ---- */

static void
message (SkWindow   *self,
         const char *title,
         const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), title, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  SkWindow *window;
  char     *dest;
} Job;

static Job *
job_new (SkWindow   *self,
         const char *dest)
{
  Job *job = g_new0 (Job, 1);

  job->window = g_object_ref (self);
  job->dest = g_strdup (dest);
  return job;
}

static void
job_free (Job *job)
{
  g_object_unref (job->window);
  g_free (job->dest);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static void
job_free_closure (gpointer  data,
                  GClosure *closure)
{
  job_free (data);
}

/* The chosen file must not be the open database itself. */
static gboolean
refuse_own_file (SkWindow   *self,
                 const char *dest)
{
  SkStore *store = sk_window_get_store (self);

  if (store == NULL)
    return TRUE;
  if (!sk_store_is_same_file (dest, sk_store_get_path (store)))
    return FALSE;
  message (self, _("Choose another file"),
           _("The copy cannot replace the database that is open. Choose a new file name."));
  return TRUE;
}

/* ---- Back up ---- */

static void
backup_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(Job) job = data;
  g_autoptr(GError) error = NULL;

  if (!sk_store_backup_file_finish (result, &error))
    {
      message (job->window, _("The backup could not be made"), error->message);
      return;
    }
  {
    g_autofree char *name = g_path_get_basename (job->dest);
    g_autofree char *text = g_strdup_printf (_("Backed up to “%s”"), name);
    AdwToast *toast = adw_toast_new (text);

    adw_toast_set_timeout (toast, 6);
    sk_window_add_toast (job->window, toast);
  }
}

void
sk_window_backup_to (SkWindow   *self,
                     const char *dest)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  g_return_if_fail (dest != NULL);

  if (refuse_own_file (self, dest))
    return;
  sk_store_backup_file_async (sk_store_get_path (sk_window_get_store (self)), dest, NULL,
                              backup_done, job_new (self, dest));
}

/* ---- Save readable rows ---- */

static char *
salvage_summary (GPtrArray  *counts,
                 const char *dest)
{
  g_autoptr(GString) lost = g_string_new (NULL);
  g_autofree char *name = g_path_get_basename (dest);
  g_autofree char *total = NULL;
  gint64 saved = 0;

  for (guint i = 0; i < counts->len; i++)
    {
      SkSalvageCount *c = g_ptr_array_index (counts, i);
      g_autofree char *rows = NULL;

      saved += c->saved;
      if (c->lost == 0)
        continue;
      if (c->lost < 0)
        rows = g_strdup (_("an unknown number of rows"));
      else
        {
          g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, c->lost);
          rows = g_strdup_printf (g_dngettext (NULL, "%s row", "%s rows", (gulong) c->lost), n);
        }
      /* TRANSLATORS: a list item: "the outcomes (table outcome): 50 rows" */
      g_string_append_printf (lost, _("\n• %s (table %s): %s"), c->label, c->table, rows);
    }
  total = g_strdup_printf ("%" G_GINT64_FORMAT, saved);
  if (lost->len == 0)
    return g_strdup_printf (g_dngettext (NULL, "Every row could be read: %s row was saved in “%s”.",
                                         "Every row could be read: %s rows were saved in “%s”.",
                                         (gulong) saved), total, name);
  return g_strdup_printf (g_dngettext (NULL, "%s row was saved in “%s”. These could not be read:%s",
                                       "%s rows were saved in “%s”. These could not be read:%s",
                                       (gulong) saved), total, name, lost->str);
}

static void
on_salvage_response (AdwMessageDialog *dialog,
                     const char       *response,
                     Job              *job)
{
  if (g_strcmp0 (response, "open") == 0)
    sk_window_open_database (job->window, job->dest);
}

static void
salvage_done (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) counts = sk_store_salvage_finish (result, &error);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (counts == NULL)
    {
      message (job->window, _("No rows could be saved"), error->message);
      job_free (job);
      return;
    }
  body = salvage_summary (counts, job->dest);
  dialog = adw_message_dialog_new (GTK_WINDOW (job->window), _("Readable rows saved"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "open", _("_Open the Saved Database"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_salvage_response), job,
                         job_free_closure, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sk_window_salvage_to (SkWindow   *self,
                      const char *dest)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  g_return_if_fail (dest != NULL);

  if (refuse_own_file (self, dest))
    return;
  /* The file chooser has asked before replacing a file; salvage itself
   * never writes over one. */
  if (g_file_test (dest, G_FILE_TEST_IS_REGULAR) && g_unlink (dest) != 0)
    {
      message (self, _("No rows could be saved"), g_strerror (errno));
      return;
    }
  sk_store_salvage_async (sk_store_get_path (sk_window_get_store (self)), dest, NULL,
                          salvage_done, job_new (self, dest));
}

/* ---- Actions ---- */

typedef void (*ChosenFunc) (SkWindow *self, const char *dest);

static void
on_chosen (GtkNativeDialog *dialog,
           int              response,
           SkWindow        *self)
{
  ChosenFunc then = g_object_get_data (G_OBJECT (dialog), "sk-then");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        then (self, path);
    }
  g_object_unref (dialog);
}

static void
choose_target (SkWindow   *self,
               const char *title,
               const char *accept,
               const char *suffix,
               ChosenFunc  then)
{
  SkStore *store = sk_window_get_store (self);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  GtkFileChooserNative *dialog;

  if (store == NULL)
    return;
  base = g_path_get_basename (sk_store_get_path (store));
  if (g_str_has_suffix (base, ".db"))
    base[strlen (base) - 3] = '\0';
  name = g_strdup_printf ("%s-%s-%s.db", base, suffix, date);

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        accept, _("_Cancel"));
  folder = g_file_new_for_path (sk_store_get_path (store));
  {
    g_autoptr(GFile) parent = g_file_get_parent (folder);
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), parent, NULL);
  }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data (G_OBJECT (dialog), "sk-then", then);
  g_signal_connect (dialog, "response", G_CALLBACK (on_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
backup_action (GtkWidget  *widget,
               const char *action,
               GVariant   *param)
{
  /* TRANSLATORS: part of a file name, no spaces */
  choose_target (SK_WINDOW (widget), _("Back Up Database"), _("_Back Up"), _("backup"),
                 sk_window_backup_to);
}

static void
salvage_action (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  /* TRANSLATORS: part of a file name, no spaces */
  choose_target (SK_WINDOW (widget), _("Save Readable Rows"), _("_Save"), _("saved"),
                 sk_window_salvage_to);
}

void
sk_window_damage_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.salvage", NULL, salvage_action);
}
