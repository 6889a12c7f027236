/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-window.h"

G_BEGIN_DECLS

/* The window on a PostgreSQL server: "Connect to Server…" (win.connect-server),
 * the address remembered without its password, and what the signed-in
 * role may do. */

/* For a store on a server, remembers its address (no password) in
 * "last-server" and returns TRUE; FALSE for a file. */
gboolean sk_window_server_remember     (SkWindow       *self,
                                        SkStore        *store);
/* Asks the server what the role may do: a role that may only read makes
 * the store read-only, and a banner says who is signed in and what for. */
void     sk_window_server_apply_rights (SkWindow       *self,
                                        SkStore        *store);
/* The banner's text, NULL when hidden (for tests). */
const char *sk_window_server_get_note  (SkWindow       *self);
void     sk_window_server_class_init   (GtkWidgetClass *widget_class);

G_END_DECLS
