/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"
#include "sk-window.h"

G_BEGIN_DECLS

/* The harness shared by the app tests: they run in-process under Xvfb. */

/* A view on a database, in a window of its own: most view tests' fixture. */
typedef struct {
  char      *path;
  SkStore   *store;
  GtkWindow *window;
  GtkWidget *view;
} SkTestView;

gboolean          sk_test_app_init          (int         *argc,
                                             char      ***argv);
void              sk_test_spin              (void);
void              sk_test_wait_ms           (guint        ms);
char             *sk_test_temp_db           (const char  *prefix);
SkStore          *sk_test_open_store        (const char  *path);
SkStore          *sk_test_example_store     (const char  *path);
/* The id of the unit named @name (or its short name); asserted. */
gint64            sk_test_unit_id           (SkStore     *store,
                                             const char  *name);
SkPlan           *sk_test_copy_plan         (SkStore     *store,
                                             int          from_year,
                                             int          to_year);
/* A temporary database with the example and a draft 2026 copy of 2025. */
char             *sk_test_example_draft_db  (const char  *prefix);
/* The main window on @path, shown (@width, @height 0: default size). */
SkWindow         *sk_test_window_open       (const char  *path,
                                             int          width,
                                             int          height);
/* The same with the example loaded through "win.load-example". */
SkWindow         *sk_test_window_with_example (const char *path,
                                               int         width,
                                               int         height);
/* A new connection to v->path and a view of @type on it for @year, shown. */
void              sk_test_view_open         (SkTestView  *v,
                                             GType        type,
                                             int          year,
                                             int          width,
                                             int          height);
/* Closes the window and the connection (the file stays). */
void              sk_test_view_close        (SkTestView  *v);
/* The fixture's tear-down: closes what is open and forgets the file. */
void              sk_test_view_tear_down    (SkTestView   *v,
                                             gconstpointer data);
GtkWindow        *sk_test_show              (GtkWidget   *child,
                                             int          width,
                                             int          height);
void              sk_test_close             (GtkWindow   *window);
GtkWidget        *sk_test_find_named        (GtkWidget   *root,
                                             const char  *name);
GtkWidget        *sk_test_find_shown_type   (GtkWidget   *root,
                                             GType        type);
GtkWidget        *sk_test_find_shown_button (GtkWidget   *root,
                                             const char  *label);
AdwMessageDialog *sk_test_find_dialog       (void);
/* Runs @action on @widget and returns the dialog it opened (asserted). */
AdwMessageDialog *sk_test_action_dialog     (GtkWidget        *widget,
                                             const char       *action,
                                             GVariant         *param);
/* The text typed in @dialog's text field (a new string), or set it. */
char             *sk_test_dialog_text       (AdwMessageDialog *dialog);
void              sk_test_set_dialog_text   (AdwMessageDialog *dialog,
                                             const char       *text);

/* The first shown top-level window of @type, or NULL. */
GtkWindow        *sk_test_find_shown_window (GType        type);
/* The first mapped widget of @type below @root (itself included), or NULL. */
GtkWidget        *sk_test_find_mapped_type  (GtkWidget   *root,
                                             GType        type);
/* The texts of every visible label below @root, one per line (a new string). */
char             *sk_test_labels_of         (GtkWidget   *root);
/* Whether a mapped label below @root (itself included) shows exactly @text. */
gboolean          sk_test_shows_label       (GtkWidget   *root,
                                             const char  *text);

G_END_DECLS
