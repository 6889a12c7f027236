/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-connect-dialog.h"
#include "sk-store-address.h"
#include "sk-store-rights.h"
#include "sk-window-private.h"
#include "sk-window-server.h"

gboolean
sk_window_server_remember (SkWindow *self,
                           SkStore  *store)
{
  g_autofree char *address = NULL;

  if (!sk_store_address_is_server (sk_store_get_path (store)))
    return FALSE;
  address = sk_store_address_hide_password (sk_store_get_path (store));
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-server", address);
  return TRUE;
}

/* GtkInfoBar: AdwBanner needs libadwaita 1.3. Under the read-only banner. */
static GtkWidget *
get_banner (SkWindow *self)
{
  GtkWidget *bar = g_object_get_data (G_OBJECT (self), "sk-rights-banner");
  GtkWidget *icon, *label;

  if (bar != NULL)
    return bar;
  bar = gtk_info_bar_new ();
  icon = gtk_image_new_from_icon_name ("system-users-symbolic");
  label = gtk_label_new (NULL);
  gtk_widget_set_name (bar, "rights-banner");
  gtk_info_bar_set_message_type (GTK_INFO_BAR (bar), GTK_MESSAGE_INFO);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_info_bar_add_child (GTK_INFO_BAR (bar), icon);
  gtk_info_bar_add_child (GTK_INFO_BAR (bar), label);
  gtk_widget_set_visible (bar, FALSE);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (self->read_only_banner)), bar,
                              self->read_only_banner);
  g_object_set_data (G_OBJECT (bar), "sk-label", label);
  g_object_set_data (G_OBJECT (self), "sk-rights-banner", bar);
  return bar;
}

static void
show_note (SkWindow   *self,
           const char *note)
{
  GtkWidget *bar = get_banner (self);

  gtk_label_set_text (g_object_get_data (G_OBJECT (bar), "sk-label"), note != NULL ? note : "");
  gtk_widget_set_visible (bar, note != NULL);
  gtk_info_bar_set_revealed (GTK_INFO_BAR (bar), note != NULL);
}

void
sk_window_server_apply_rights (SkWindow *self,
                               SkStore  *store)
{
  g_autoptr(SkStoreRights) rights = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;

  g_return_if_fail (SK_IS_WINDOW (self));

  /* A server keeps its own backups: there is no file here to copy or
   * salvage (sk-window-damage.c works on the file). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup",
                                 !sk_store_address_is_server (sk_store_get_path (store)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.salvage",
                                 !sk_store_address_is_server (sk_store_get_path (store)));
  if (!sk_store_address_is_server (sk_store_get_path (store)))
    {
      show_note (self, NULL);
      return;
    }
  /* The server decides in the end; this only spares the user refusals. */
  rights = sk_store_get_rights (store, &error);
  if (rights == NULL)
    {
      g_warning ("Could not ask the server what this login may do: %s", error->message);
      show_note (self, NULL);
      return;
    }
  note = sk_store_rights_describe (rights);
  if (!sk_store_rights_may_write (rights))
    sk_store_limit_to_reading (store, note);
  show_note (self, note);
}

const char *
sk_window_server_get_note (SkWindow *self)
{
  GtkWidget *bar = g_object_get_data (G_OBJECT (self), "sk-rights-banner");

  if (bar == NULL || !gtk_widget_get_visible (bar))
    return NULL;
  return gtk_label_get_text (g_object_get_data (G_OBJECT (bar), "sk-label"));
}

static void
on_connected (SkConnectDialog *dialog,
              SkStore         *store,
              SkWindow        *self)
{
  sk_window_show_store (self, store);
}

static void
connect_server_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);
  g_autofree char *last = NULL;
  SkConnectDialog *dialog;

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-server");
  dialog = sk_connect_dialog_new (GTK_WINDOW (self), last);
  g_signal_connect_object (dialog, "connected", G_CALLBACK (on_connected), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sk_window_server_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.connect-server", NULL, connect_server_action);
}
