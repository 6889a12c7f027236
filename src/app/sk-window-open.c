/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-exchange.h"
#include "sk-file-notice.h"
#include "sk-store-address.h"
#include "sk-window-damage.h"
#include "sk-window-private.h"
#include "sk-window-server.h"
#include "sk-window-text.h"

/* Opening a database: at start, from "Open…" and "New Database…", again
 * while another program holds the file locked, and the error page when
 * it cannot be opened; and the welcome page's "Load Example Plan". */

/* A file by its path; a server as "database @ server (user)", never
 * with its password. */
static char *
shown_name (const char *path)
{
  if (sk_store_address_is_server (path))
    return sk_store_address_describe_path (path);
  return g_strdup (path);
}

static void
show_error (SkWindow   *self,
            const char *path,
            GError     *error)
{
  g_autofree char *shown = shown_name (path);
  g_autofree char *title = g_strdup_printf (_("“%s” could not be opened"), shown);

  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
}

static void
show_error_dialog (SkWindow   *self,
                   const char *path,
                   GError     *error)
{
  g_autofree char *shown = shown_name (path);
  g_autofree char *title = g_strdup_printf (_("“%s” could not be opened"), shown);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), title, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A read-only file opens for viewing: the banner says why, and what
 * would write is switched off (the views ask the store themselves). */
static void
sync_read_only (SkWindow *self)
{
  gboolean writable = self->store != NULL && !sk_store_is_read_only (self->store);

  sk_file_notice_banner_update (self->read_only_banner, self->store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-example", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-plan", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-outcomes", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-outcomes", self->store != NULL);
}

static gboolean recheck_lock (gpointer data);

static gboolean
open_store (SkWindow         *self,
            const char       *path,
            SkStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  /* A lock fails at once here: the error page says so and looks again
   * by itself, instead of a window that does not appear for seconds. */
  store = sk_store_open_full (path, flags | SK_STORE_OPEN_NO_WAIT, &error);
  if (store == NULL)
    {
      g_autofree char *shown = path ? g_strdup (path) : sk_store_default_path ();

      /* Nothing is overwritten. With a database already open it stays
       * open and a dialog says why the other one could not be; at start
       * the error page says it and offers another file. */
      if (self->store != NULL && !g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND))
        show_error_dialog (self, shown, error);
      if (self->store == NULL)
        {
          gboolean locked = sk_file_notice_is_locked (error);

          g_free (self->failed_path);
          self->failed_path = g_strdup (path);
          gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.retry-open", locked);
          gtk_widget_set_visible (self->retry_button, locked);
          if (locked)
            {
              g_clear_error (&error);
              g_set_error_literal (&error, SK_STORE_ERROR, SK_STORE_ERROR_LOCKED,
                                   _("Another program is holding the database locked. Styrkort "
                                     "looks again every few seconds and opens it as soon as the "
                                     "other program lets go."));
            }
          show_error (self, shown, error);
          if (locked && self->recheck_id == 0)
            self->recheck_id = g_timeout_add_seconds (2, recheck_lock, self);
        }
      return FALSE;
    }
  sk_window_show_store (self, store);
  return TRUE;
}

void
sk_window_show_store (SkWindow *self,
                      SkStore  *store)
{
  g_autofree char *basename = NULL;

  g_return_if_fail (SK_IS_WINDOW (self));
  g_return_if_fail (SK_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* A change waits only a moment for another program's lock: the wait
   * blocks the window, and the toast's "Try Again" keeps what was typed.
   * (A longer stall between two toasts also crashes libadwaita 1.2's toast
   * animation.) The command line waits the full few seconds. */
  sk_store_set_lock_wait (store, 150);
  g_set_object (&self->store, store);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (sk_window_on_store_changed), self, 0);
  sk_window_watch_invalid_text (self, self->store);
  sk_window_damage_watch (self, self->store);
  /* A server's address is remembered apart, without its password: at
   * start the window opens the last file, never a server unasked. */
  if (self->settings != NULL && !sk_window_server_remember (self, store))
    g_settings_set_string (self->settings, "last-database", sk_store_get_path (store));
  /* What a role on a server may do; before the views look at the store. */
  sk_window_server_apply_rights (self, store);

  /* The file name (or database @ server (user)) shows where the switcher
   * leaves room (narrow windows). */
  basename = sk_store_address_describe_path (sk_store_get_path (store));
  adw_view_switcher_title_set_subtitle (self->switcher_title, basename);
  {
    g_autofree char *title = g_strdup_printf ("%s – Styrkort", basename);
    gtk_window_set_title (GTK_WINDOW (self), title);
  }

  self->year = 0;
  sk_window_watch_plans (self);
  sk_window_notify_store (self);
  sync_read_only (self);
  sk_window_update_page (self);
}

static void
create_database (GtkWindow  *window,
                 const char *path)
{
  open_store (SK_WINDOW (window), path, SK_STORE_OPEN_CREATE);
}

gboolean
sk_window_open_database (SkWindow   *self,
                         const char *path)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);

  /* Only the default database is made without asking (first start); a
   * name that leads nowhere is more often a typo than a wish. */
  if (path == NULL)
    return open_store (self, NULL, SK_STORE_OPEN_CREATE);
  if (open_store (self, path, SK_STORE_OPEN_EXISTING))
    return TRUE;
  if (!sk_store_address_is_server (path) && !g_file_test (path, G_FILE_TEST_EXISTS))
    sk_file_notice_ask_create (GTK_WINDOW (self), path, create_database);
  return FALSE;
}

/* ---- Actions ---- */

static void
load_example_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!sk_exchange_load_example (self->store, &error))
    {
      sk_window_toast_message (self, error->message);
      return;
    }
  sk_window_refresh_plans (self);
  sk_window_update_page (self);
  sk_window_toast_message (self, _("The example plan was loaded"));
}

static void
on_file_chosen (GtkNativeDialog *dialog,
                int              response,
                SkWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      /* "New Database…" makes the file it names; "Open" asks first. */
      if (path != NULL && gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)) == GTK_FILE_CHOOSER_ACTION_SAVE)
        open_store (self, path, SK_STORE_OPEN_CREATE);
      else if (path != NULL)
        sk_window_open_database (self, path);
    }
  g_object_unref (dialog);
}

static void
choose_file (SkWindow             *self,
             GtkFileChooserAction  mode)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (mode == GTK_FILE_CHOOSER_ACTION_SAVE ? _("New Database")
                                                                              : _("Open Database"),
                                        GTK_WINDOW (self), mode,
                                        mode == GTK_FILE_CHOOSER_ACTION_SAVE ? _("_Create") : _("_Open"),
                                        _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Styrkort databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (mode == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("plan.db"));
  g_signal_connect (dialog, "response", G_CALLBACK (on_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  choose_file (SK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
new_database_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  choose_file (SK_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

/* The error page's "Try Again" after another program held the file. */
static void
retry_open_action (GtkWidget  *widget,
                   const char *action,
                   GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);
  g_autofree char *path = g_strdup (self->failed_path);

  if (self->store == NULL)
    open_store (self, path, path != NULL ? SK_STORE_OPEN_EXISTING : SK_STORE_OPEN_CREATE);
}

static gboolean
recheck_lock (gpointer data)
{
  SkWindow *self = data;

  retry_open_action (GTK_WIDGET (self), NULL, NULL);
  if (self->store == NULL && gtk_widget_get_visible (self->retry_button))
    return G_SOURCE_CONTINUE;
  self->recheck_id = 0;
  return G_SOURCE_REMOVE;
}

static void
default_database_action (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  sk_window_open_database (SK_WINDOW (widget), NULL);
}

void
sk_window_open_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.load-example", NULL, load_example_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL, new_database_action);
  gtk_widget_class_install_action (widget_class, "win.default-database", NULL, default_database_action);
  gtk_widget_class_install_action (widget_class, "win.retry-open", NULL, retry_open_action);
  sk_window_server_class_init (widget_class);
}
