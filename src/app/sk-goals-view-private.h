/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by sk-goals-view.c and sk-goals-view-link.c. */

#include <adwaita.h>

#include "sk-store.h"
#include "sk-goals-view.h"

G_BEGIN_DECLS

struct _SkGoalsView
{
  AdwBin               parent_instance;

  SkStore             *store;
  int                  year;
  SkPlan              *plan;

  GListStore          *root;
  GtkTreeListModel    *tree;
  GtkSingleSelection  *selection;
  gboolean             reloading;
  gboolean             expand_all;  /* a newly shown plan opens fully */

  GtkWidget           *link_popover;
  GtkSearchEntry      *link_search;
  GtkListBox          *link_list;

  /* template */
  GtkRevealer         *lock_revealer;
  GtkStack            *stack;
  GtkListView         *list_view;
  GtkWidget           *add_button;
  GtkWidget           *link_button;
  GtkWidget           *toolbar;
};

/* sk-goals-view-link.c: linking indicators to a board goal (Ctrl+L). */
void sk_goals_view_build_link_popover       (SkGoalsView *self);
void sk_goals_view_link_indicator_action    (GtkWidget *widget, const char *action, GVariant *param);
void sk_goals_view_link_indicator_id_action (GtkWidget *widget, const char *action, GVariant *param);

G_END_DECLS
