/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A view with "store" and "year" properties whose edit actions are off
 * while its plan is adopted: those of its own shortcuts that edit (F2,
 * Delete, Alt+Up/Down, Ctrl+N, Ctrl+L) then say why in a toast instead of
 * doing nothing. */
void sk_view_explain_adopted_keys (GtkWidget *view);

G_END_DECLS
