/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-connect-dialog.h"
#include "sk-store-address.h"

/*
 * "Connect to Server…". The connection is tried in a thread: libpq's
 * connect blocks until the server answers or gives up, and the window
 * must not freeze meanwhile. The fields become one libpq URI with every
 * value escaped (sk-store-address.c), so a password with "&" or "@" or a
 * database named "plan 2026" reach the server as typed.
 */

struct _SkConnectDialog
{
  AdwWindow     parent_instance;

  GtkEditable  *server;
  GtkEditable  *port;
  GtkEditable  *database;
  GtkEditable  *user;
  GtkEditable  *password;
  GtkWidget    *connect_button;
  GtkWidget    *spinner;
  GtkLabel     *error_label;
  char         *error;
  gboolean      busy;
  gboolean      closed;
};

G_DEFINE_FINAL_TYPE (SkConnectDialog, sk_connect_dialog, ADW_TYPE_WINDOW)

enum { CONNECTED, N_SIGNALS };
static guint signals[N_SIGNALS];

#define DEFAULT_PORT "5432"

static char *
field (GtkEditable *editable)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

char *
sk_connect_dialog_get_address (SkConnectDialog *self,
                               gboolean         with_password)
{
  g_autoptr(SkStoreAddress) address = sk_store_address_new ();
  const char *password;

  g_return_val_if_fail (SK_IS_CONNECT_DIALOG (self), NULL);

  address->host = field (self->server);
  address->port = field (self->port);
  address->dbname = field (self->database);
  address->user = field (self->user);
  /* A password is taken as typed, spaces too. */
  password = gtk_editable_get_text (self->password);
  address->password = password[0] != '\0' ? g_strdup (password) : NULL;
  /* A server that does not answer at all is given up after a while. */
  g_ptr_array_add (address->extra, g_strdup ("connect_timeout=10"));
  return sk_store_address_to_string (address, with_password);
}

void
sk_connect_dialog_set_fields (SkConnectDialog *self,
                              const char      *server,
                              const char      *port,
                              const char      *database,
                              const char      *user,
                              const char      *password)
{
  g_return_if_fail (SK_IS_CONNECT_DIALOG (self));

  gtk_editable_set_text (self->server, server != NULL ? server : "");
  gtk_editable_set_text (self->port, port != NULL ? port : DEFAULT_PORT);
  gtk_editable_set_text (self->database, database != NULL ? database : "");
  gtk_editable_set_text (self->user, user != NULL ? user : "");
  gtk_editable_set_text (self->password, password != NULL ? password : "");
}

const char *
sk_connect_dialog_get_error (SkConnectDialog *self)
{
  g_return_val_if_fail (SK_IS_CONNECT_DIALOG (self), NULL);
  return self->error;
}

gboolean
sk_connect_dialog_is_busy (SkConnectDialog *self)
{
  g_return_val_if_fail (SK_IS_CONNECT_DIALOG (self), FALSE);
  return self->busy;
}

static void
set_busy (SkConnectDialog *self,
          gboolean         busy)
{
  self->busy = busy;
  gtk_widget_set_sensitive (self->connect_button, !busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_visible (self->spinner, busy);
}

static void
show_error (SkConnectDialog *self,
            const char      *message)
{
  g_free (self->error);
  self->error = message != NULL ? g_strdup (message) : NULL;
  /* libpq indents its hint with a tab: out of place in a wrapped label. */
  if (self->error != NULL)
    {
      char *out = self->error;

      for (const char *in = self->error; *in; in++)
        if (*in != '\t')
          *out++ = *in;
      *out = '\0';
      message = self->error;
    }
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  /* Read out at once, as an alert is. */
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
}

/* ---- Connecting ---- */

static void
open_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  const char *address = data;
  GError *error = NULL;
  /* An empty database gets Styrkort's tables (where the user may make
   * them), and the window then offers the example plan, as for a new file. */
  SkStore *store = sk_store_open_full (address, SK_STORE_OPEN_CREATE, &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  SkConnectDialog *self = SK_CONNECT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = g_task_propagate_pointer (G_TASK (result), &error);

  /* Closed meanwhile: its widgets are gone, and so is the wish to connect. */
  self->busy = FALSE;
  if (self->closed)
    return;
  set_busy (self, FALSE);
  if (store == NULL)
    {
      /* The store says where it tried (never the password), libpq what
       * went wrong: the port, the password, the database's name. */
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  g_signal_emit (self, signals[CONNECTED], 0, store);
  gtk_window_close (GTK_WINDOW (self));
}

static void
connect_action (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  SkConnectDialog *self = SK_CONNECT_DIALOG (widget);
  g_autoptr(GTask) task = NULL;

  if (self->busy)
    return;
  show_error (self, NULL);
  set_busy (self, TRUE);
  task = g_task_new (self, NULL, on_opened, NULL);
  g_task_set_task_data (task, sk_connect_dialog_get_address (self, TRUE), g_free);
  g_task_run_in_thread (task, open_in_thread);
}

/* ---- Building ---- */

/* The eye button of the password row is named by nothing but its icon
 * on GTK 4.8 ("GtkImage" to a screen reader): name it. */
static void
name_buttons (GtkWidget  *widget,
              const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      name_buttons (child, label);
    }
}

static void
on_entry_activated (SkConnectDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.connect", NULL);
}

static GtkEditable *
add_row (SkConnectDialog *self,
         GtkWidget       *group,
         GtkWidget       *row,
         const char      *title)
{
  GtkEditable *text;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  /* Enter in any field connects. */
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (on_entry_activated), self);
  /* GTK 4.8 names the text field inside the row by nothing: name it. */
  text = gtk_editable_get_delegate (GTK_EDITABLE (row));
  if (text != NULL)
    {
      g_autofree char *plain = g_strdup (title);
      char *out = plain;

      for (const char *in = title; *in; in++)
        if (*in != '_')
          *out++ = *in;
      *out = '\0';
      gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
    }
  return GTK_EDITABLE (row);
}

static void
fill_from (SkConnectDialog *self,
           const char      *last_address)
{
  g_autoptr(SkStoreAddress) last = sk_store_address_parse (last_address);

  if (last == NULL)
    {
      sk_connect_dialog_set_fields (self, NULL, NULL, NULL, g_get_user_name (), NULL);
      return;
    }
  sk_connect_dialog_set_fields (self, last->host, last->port, last->dbname, last->user, NULL);
}

/* A connection still being tried is dropped when it comes. */
static gboolean
sk_connect_dialog_close_request (SkConnectDialog *self)
{
  self->closed = TRUE;
  return FALSE;
}

static void
sk_connect_dialog_init (SkConnectDialog *self)
{
  GtkWidget *box, *header, *content, *group, *cancel, *intro;
  GtkEventController *keys;

  gtk_window_set_title (GTK_WINDOW (self), _("Connect to Server"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 440, -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->connect_button = gtk_button_new_with_mnemonic (_("C_onnect"));
  gtk_widget_add_css_class (self->connect_button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->connect_button), "dialog.connect");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->connect_button);
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->spinner);
  gtk_box_append (GTK_BOX (box), header);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 18);
  intro = gtk_label_new (_("A plan shared by several users lives in a PostgreSQL database on a server. "
                           "What you may change is decided by the server, from the user you sign "
                           "in as."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (intro), 50);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_box_append (GTK_BOX (content), intro);

  group = adw_preferences_group_new ();
  self->server = add_row (self, group, adw_entry_row_new (), _("_Server (name or socket folder)"));
  self->port = add_row (self, group, adw_entry_row_new (), _("_Port"));
  gtk_editable_set_text (self->port, DEFAULT_PORT);
  self->database = add_row (self, group, adw_entry_row_new (), _("_Database"));
  self->user = add_row (self, group, adw_entry_row_new (), _("_User"));
  self->password = add_row (self, group, adw_password_entry_row_new (), _("Pass_word"));
  name_buttons (GTK_WIDGET (self->password), _("Show Password"));
  gtk_box_append (GTK_BOX (content), group);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->error_label), "connect-error");
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->error_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->error_label), 50);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));
  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (self), box);

  /* Escape closes, as in every dialog. */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (self, "close-request", G_CALLBACK (sk_connect_dialog_close_request), NULL);
}

static void
sk_connect_dialog_finalize (GObject *object)
{
  SkConnectDialog *self = SK_CONNECT_DIALOG (object);

  g_free (self->error);
  G_OBJECT_CLASS (sk_connect_dialog_parent_class)->finalize (object);
}

static void
sk_connect_dialog_class_init (SkConnectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sk_connect_dialog_finalize;

  /**
   * SkConnectDialog::connected:
   * @store: the store on the server, open
   */
  signals[CONNECTED] = g_signal_new ("connected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, SK_TYPE_STORE);
  gtk_widget_class_install_action (widget_class, "dialog.connect", NULL, connect_action);
}

SkConnectDialog *
sk_connect_dialog_new (GtkWindow  *parent,
                       const char *last_address)
{
  SkConnectDialog *self = g_object_new (SK_TYPE_CONNECT_DIALOG, "transient-for", parent, NULL);

  fill_from (self, last_address);
  gtk_widget_grab_focus (GTK_WIDGET (last_address != NULL && last_address[0] != '\0' ? self->password
                                                                                      : self->server));
  return self;
}
