/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_PLANS_VIEW (sk_plans_view_get_type ())
G_DECLARE_FINAL_TYPE (SkPlansView, sk_plans_view, SK, PLANS_VIEW, AdwBin)

/*
 * The list of plans, one per year, with what the board decided. Signals:
 * ::plan-activated (int year) when the user chooses a plan; the view also
 * activates "win.select-year" with the year.
 */
GtkWidget *sk_plans_view_new       (void);
SkStore   *sk_plans_view_get_store (SkPlansView *self);
void       sk_plans_view_set_store (SkPlansView *self,
                                    SkStore     *store);
int        sk_plans_view_get_year  (SkPlansView *self);
void       sk_plans_view_set_year  (SkPlansView *self,
                                    int          year);

G_END_DECLS
