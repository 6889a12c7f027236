/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_GOALS_VIEW (sk_goals_view_get_type ())
G_DECLARE_FINAL_TYPE (SkGoalsView, sk_goals_view, SK, GOALS_VIEW, AdwBin)

GtkWidget *sk_goals_view_new               (void);
SkStore   *sk_goals_view_get_store         (SkGoalsView *self);
void       sk_goals_view_set_store         (SkGoalsView *self,
                                            SkStore     *store);
int        sk_goals_view_get_year          (SkGoalsView *self);
void       sk_goals_view_set_year          (SkGoalsView *self,
                                            int          year);
/* Selects the row with this key ("fa:3", "bg:12", "in:bg:12:7"), expanding
 * its ancestors; FALSE when it is not in the tree. */
gboolean   sk_goals_view_select_key        (SkGoalsView *self,
                                            const char  *key);
/* The selected row's key, or NULL. */
const char *sk_goals_view_get_selected_key (SkGoalsView *self);

G_END_DECLS
