/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

typedef struct _SkApplication SkApplication;

#define SK_TYPE_WINDOW (sk_window_get_type ())
G_DECLARE_FINAL_TYPE (SkWindow, sk_window, SK, WINDOW, AdwApplicationWindow)

/* @db_path NULL: the last database (GSettings), else the default one. */
SkWindow *sk_window_new          (SkApplication *app, const char *db_path);
SkStore  *sk_window_get_store    (SkWindow *self);
int       sk_window_get_year     (SkWindow *self);
void      sk_window_select_year  (SkWindow *self, int year);
/* "goals", "indicators", "outcomes", "workenv", "followup", "plans", … */
void      sk_window_show_view    (SkWindow *self, const char *name);
const char *sk_window_get_visible_view (SkWindow *self);
/* Chooses the unit (name or short name) in the outcomes view. */
gboolean  sk_window_select_unit  (SkWindow *self, const char *name);
/* Opens @path; on failure shows why and keeps the file untouched. @path
 * NULL: the default database, created when missing (first start); any
 * other missing file is created only after asking (FALSE until then). A
 * read-only file opens for viewing, with a banner. */
gboolean  sk_window_open_database (SkWindow *self, const char *path);
/* "empty", "error" or "views": what the window shows. */
const char *sk_window_get_page   (SkWindow *self);
void      sk_window_add_toast    (SkWindow *self, AdwToast *toast);
/* The view named as in sk_window_show_view(), bound to the window's store
 * and year (NULL when there is none). */
GtkWidget *sk_window_get_view    (SkWindow *self, const char *name);
/* The view if it was made already (views are made when first shown). */
GtkWidget *sk_window_peek_view   (SkWindow *self, const char *name);

G_END_DECLS
