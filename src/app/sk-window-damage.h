/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-window.h"

G_BEGIN_DECLS

/* The window's side of a damaged database (sk-window-damage.c): a banner
 * that stays until another file is opened, "Back Up…" and "Save Readable
 * Rows…". */

/* Installs win.backup and win.salvage. */
void      sk_window_damage_class_init (GtkWidgetClass *widget_class);
/* Puts the (hidden) banner above @content. */
void      sk_window_damage_init       (SkWindow       *self,
                                       GtkWidget      *content);
/* A newly opened @store: hide the banner, check the file in a thread,
 * and listen for reads that fail. */
void      sk_window_damage_watch      (SkWindow       *self,
                                       SkStore        *store);
/* What the file choosers of the two actions lead to. */
void      sk_window_backup_to         (SkWindow       *self,
                                       const char     *dest);
void      sk_window_salvage_to        (SkWindow       *self,
                                       const char     *dest);
/* Whether the banner is showing, and its text (for tests). */
gboolean  sk_window_damage_is_shown   (SkWindow       *self);
const char *sk_window_damage_get_text (SkWindow       *self);

G_END_DECLS
