/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Every menu button below @root keeps its tooltip off while its menu is
 * open: GTK 4.8 shows the tooltip of the button under the pointer, which
 * stays there after the click, and the tooltip covers the menu's first
 * item. The tooltip comes back when the menu closes. */
void sk_menu_tooltip_follow_all (GtkWidget *root);

G_END_DECLS
