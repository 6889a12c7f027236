/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by sk-window.c and sk-window-open.c. */

#include <adwaita.h>

#include "sk-window.h"

G_BEGIN_DECLS

struct _SkWindow
{
  AdwApplicationWindow parent_instance;

  SkStore          *store;
  int               year;
  GSettings        *settings;
  GListModel       *plans;      /* SkPlan, follows the database */
  gboolean          updating_years;
  GtkWidget        *read_only_banner;
  char             *failed_path;  /* what the error page is about; NULL: the default */
  guint             recheck_id;   /* looks again while another program holds the file */
  gboolean          defer_view;   /* the visible view is made after the first frame */

  /* template */
  AdwToastOverlay  *toasts;
  GtkStack         *main_stack;
  AdwStatusPage    *error_page;
  AdwViewStack     *views;
  GtkDropDown      *year_dropdown;
  GtkStringList    *years;
  GtkWidget        *year_box;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget        *load_example_button;
  GtkWidget        *retry_button;
};

/* sk-window.c */
void sk_window_toast_message    (SkWindow   *self,
                                 const char *message);
void sk_window_refresh_plans    (SkWindow   *self);
void sk_window_watch_plans      (SkWindow   *self);
void sk_window_update_page      (SkWindow   *self);
void sk_window_on_store_changed (SkStore    *store,
                                 const char *table,
                                 SkWindow   *self);
void sk_window_notify_store     (SkWindow   *self);

/* sk-window-open.c: installs win.load-example, win.open, win.new-database,
 * win.default-database and win.retry-open. */
void sk_window_open_class_init  (GtkWidgetClass *widget_class);
/* Makes @store the window's (what opening one ends with). */
void sk_window_show_store       (SkWindow       *self,
                                 SkStore        *store);

G_END_DECLS
