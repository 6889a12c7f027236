/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-file-notice.h"
#include "sk-store-rights.h"
#include "sk-view-util.h"

/* ---- Read-only banner ---- */

GtkWidget *
sk_file_notice_banner_new (void)
{
  /* GtkInfoBar: AdwBanner needs libadwaita 1.3. */
  GtkWidget *bar = gtk_info_bar_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  GtkWidget *label = gtk_label_new (_("The file is read-only: you can look at everything but not "
                                      "change anything. To make changes, copy it somewhere you may "
                                      "write, or ask for write access."));

  gtk_widget_set_name (bar, "read-only-banner");
  gtk_info_bar_set_message_type (GTK_INFO_BAR (bar), GTK_MESSAGE_INFO);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_info_bar_add_child (GTK_INFO_BAR (bar), icon);
  gtk_info_bar_add_child (GTK_INFO_BAR (bar), label);
  gtk_info_bar_set_revealed (GTK_INFO_BAR (bar), FALSE);
  gtk_widget_set_visible (bar, FALSE);
  return bar;
}

void
sk_file_notice_banner_update (GtkWidget *banner,
                              SkStore   *store)
{
  /* A role that may only read: the banner of sk-window-server.c says so. */
  gboolean read_only = store != NULL && sk_store_is_read_only (store)
                       && sk_store_get_read_only_reason (store) == NULL;

  g_return_if_fail (GTK_IS_INFO_BAR (banner));
  gtk_widget_set_visible (banner, read_only);
  gtk_info_bar_set_revealed (GTK_INFO_BAR (banner), read_only);
}

gboolean
sk_file_notice_read_only (SkStore *store)
{
  return store != NULL && sk_store_is_read_only (store);
}

const char *
sk_file_notice_read_only_message (SkStore *store)
{
  /* A role on a server that may only read: who is signed in, not "file". */
  if (store != NULL && sk_store_get_read_only_reason (store) != NULL)
    return sk_store_get_read_only_reason (store);
  return _("The file is read-only: nothing can be changed in it.");
}

static void
lock_texts (GtkWidget *widget,
            gboolean   editable)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      gtk_text_view_set_editable (GTK_TEXT_VIEW (widget), editable);
      return;
    }
  if (GTK_IS_ENTRY (widget))
    {
      gtk_editable_set_editable (GTK_EDITABLE (widget), editable);
      return;
    }
  if (GTK_IS_SEARCH_ENTRY (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    lock_texts (child, editable);
}

void
sk_file_notice_lock_view (GtkWidget          *view,
                          GtkWidget          *root,
                          SkStore            *store,
                          const char * const *actions)
{
  gboolean writable = !sk_file_notice_read_only (store);

  g_return_if_fail (GTK_IS_WIDGET (view));

  if (root != NULL)
    lock_texts (root, writable);
  for (guint i = 0; actions != NULL && actions[i] != NULL; i++)
    gtk_widget_action_set_enabled (view, actions[i], writable);
}

/* ---- Locks: try again ---- */

gboolean
sk_file_notice_is_locked (const GError *error)
{
  return g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_LOCKED);
}

typedef void (*RetryFunc) (GtkWidget *widget);

static void
on_retry_clicked (GtkWidget *widget,
                  AdwToast  *toast)
{
  RetryFunc retry = (RetryFunc) g_object_get_data (G_OBJECT (toast), "sk-retry");

  if (retry != NULL)
    retry (widget);
}

void
sk_file_notice_toast (GtkWidget    *widget,
                      const GError *error,
                      void        (*retry) (GtkWidget *widget))
{
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (error != NULL);

  toast = adw_toast_new (error->message);
  if (retry != NULL && sk_file_notice_is_locked (error))
    {
      /* Long enough to read, and to notice the other program finishing. */
      adw_toast_set_timeout (toast, 0);
      adw_toast_set_button_label (toast, _("_Try Again"));
      g_object_set_data (G_OBJECT (toast), "sk-retry", (gpointer) retry);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_retry_clicked), widget,
                               G_CONNECT_SWAPPED);
    }
  else
    adw_toast_set_timeout (toast, 6);
  sk_view_add_toast (widget, toast);
}

static void
activate_retry_action (GtkWidget *widget)
{
  const char *action = g_object_get_data (G_OBJECT (widget), "sk-retry-action");

  if (action != NULL)
    gtk_widget_activate_action (widget, action, NULL);
}

void
sk_file_notice_toast_action (GtkWidget    *widget,
                             const GError *error,
                             const char   *action)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_data_full (G_OBJECT (widget), "sk-retry-action", g_strdup (action), g_free);
  sk_file_notice_toast (widget, error, activate_retry_action);
}

/* ---- A missing file ---- */

typedef void (*CreateFunc) (GtkWindow *parent, const char *path);

static void
on_create_response (AdwMessageDialog *dialog,
                    const char       *response,
                    GtkWindow        *parent)
{
  CreateFunc create = (CreateFunc) g_object_get_data (G_OBJECT (dialog), "sk-create");
  const char *path = g_object_get_data (G_OBJECT (dialog), "sk-path");

  if (g_strcmp0 (response, "create") == 0 && create != NULL)
    create (parent, path);
}

static gboolean
present_idle (gpointer dialog)
{
  gtk_window_present (dialog);
  return G_SOURCE_REMOVE;
}

static void
present_once (GtkWindow *dialog,
              GtkWidget *parent)
{
  g_signal_handlers_disconnect_by_func (parent, present_once, dialog);
  /* After the window itself is up, so the question comes on top. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, present_idle, g_object_ref (dialog), g_object_unref);
}

void
sk_file_notice_ask_create (GtkWindow  *parent,
                           const char *path,
                           void      (*create) (GtkWindow *parent, const char *path))
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (path != NULL);

  body = g_strdup_printf (_("There is no database at “%s”. Create a new, empty database there? "
                            "If the name is mistyped, cancel and open the right file instead."), path);
  dialog = adw_message_dialog_new (parent, _("Create a New Database?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "create", _("C_reate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create", ADW_RESPONSE_SUGGESTED);
  /* A typo is the likelier cause: Enter does not create. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sk-path", g_strdup (path), g_free);
  g_object_set_data (G_OBJECT (dialog), "sk-create", (gpointer) create);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_create_response), parent, 0);
  /* At start (--db) the window is not on screen yet: ask once it is. */
  if (gtk_widget_get_mapped (GTK_WIDGET (parent)))
    gtk_window_present (GTK_WINDOW (dialog));
  else
    g_signal_connect_object (parent, "map", G_CALLBACK (present_once), dialog, G_CONNECT_SWAPPED);
}
