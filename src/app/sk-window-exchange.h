/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-window.h"

G_BEGIN_DECLS

/* The whole database as JSON from the primary menu (sk-window-exchange.c):
 * "Export…" writes it, "Import…" merges a file into the open database
 * (the same format and rules as styrkort-cli export-json / import-json). */

/* Installs win.export-json and win.import-json. */
void      sk_window_exchange_class_init (GtkWidgetClass *widget_class);
/* What the file choosers lead to; a toast says what was done, a dialog
 * why not. The export is done on return (FALSE: nothing was written);
 * the import runs in a thread (FALSE: it did not start) until
 * sk_window_is_importing() says it is over. */
gboolean  sk_window_export_json_to      (SkWindow       *self,
                                         const char     *dest);
gboolean  sk_window_import_json_from    (SkWindow       *self,
                                         const char     *path);
gboolean  sk_window_is_importing        (SkWindow       *self);

G_END_DECLS
