/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Tab goes round the window's controls, also from the last one. */
void sk_window_focus_init    (GtkWindow *window);
/* Tab inside @widget is its own (it moves within it), not the window's. */
void sk_window_focus_own_tab (GtkWidget *widget);

G_END_DECLS
