/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_CONNECT_DIALOG (sk_connect_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkConnectDialog, sk_connect_dialog, SK, CONNECT_DIALOG, AdwWindow)

/* "Connect to Server…": asks for server, port, database, user and
 * password, opens the store in a thread, and emits ::connected with it;
 * a refusal stays in the dialog. @last_address (no password) fills it in. */
SkConnectDialog *sk_connect_dialog_new          (GtkWindow       *parent,
                                                 const char      *last_address);
/* The fields, as typed: for tests and for the address. */
void             sk_connect_dialog_set_fields   (SkConnectDialog *self,
                                                 const char      *server,
                                                 const char      *port,
                                                 const char      *database,
                                                 const char      *user,
                                                 const char      *password);
/* The libpq address the fields make, with or without the password. */
char            *sk_connect_dialog_get_address  (SkConnectDialog *self,
                                                 gboolean         with_password);
/* The refusal shown, NULL when none. */
const char      *sk_connect_dialog_get_error    (SkConnectDialog *self);
/* Whether a connection is being tried. */
gboolean         sk_connect_dialog_is_busy      (SkConnectDialog *self);

G_END_DECLS
