/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

/*
 * What the window tells about the database file itself: a banner when it
 * is read-only, a "Try Again" toast when another program holds it locked,
 * and the question before a missing file is created.
 */

/* The bar under the header bar; hidden until the file is read-only.
 * Named "read-only-banner". */
GtkWidget *sk_file_notice_banner_new    (void);
/* Shows the banner when @store (may be NULL) is open for reading only. */
void       sk_file_notice_banner_update (GtkWidget *banner,
                                         SkStore   *store);

/* A toast in @widget's window with @error's message. When the file was
 * locked by another program, the toast has a "Try Again" button that
 * calls @retry (@widget) while @widget lives; what was typed stays where
 * it is meanwhile. @retry may be NULL. */
void       sk_file_notice_toast         (GtkWidget    *widget,
                                         const GError *error,
                                         void        (*retry) (GtkWidget *widget));

/* Whether @store is open for reading only (FALSE without a store). */
gboolean   sk_file_notice_read_only     (SkStore *store);
/* The views' part of a read-only file: every text field and text area
 * under @root stops taking input (search fields excepted; they only
 * find), and the named actions of @view go off. Both come back when
 * @store can be written. @actions is NULL-terminated. */
void       sk_file_notice_lock_view     (GtkWidget          *view,
                                         GtkWidget          *root,
                                         SkStore            *store,
                                         const char * const *actions);
/* What a view says when a change is tried on a read-only file. */
const char *sk_file_notice_read_only_message (SkStore *store);

/* The same, where "Try Again" activates @widget's action @action (such
 * as "followup.save", which saves what is still unsaved). */
void       sk_file_notice_toast_action  (GtkWidget    *widget,
                                         const GError *error,
                                         const char   *action);

/* Whether @error says the file was locked (worth trying again). */
gboolean   sk_file_notice_is_locked     (const GError *error);

/* Asks whether to create a new database at @path; calls @create
 * (@parent, @path) only when the answer is yes. */
void       sk_file_notice_ask_create    (GtkWindow  *parent,
                                         const char *path,
                                         void      (*create) (GtkWindow *parent, const char *path));

G_END_DECLS
