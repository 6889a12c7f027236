/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_BUDGET_PROPOSALS (sk_budget_proposals_get_type ())
G_DECLARE_FINAL_TYPE (SkBudgetProposals, sk_budget_proposals, SK, BUDGET_PROPOSALS, GtkWidget)

/* The budget's "Förutsättningar": the plan year's assumptions and its
 * development proposals with their net cost for up to five years; the
 * proposals are added, edited and removed here until the plan is
 * adopted, then shown read-only with the reason. */
GtkWidget *sk_budget_proposals_new      (void);
void       sk_budget_proposals_set_year (SkBudgetProposals *self,
                                         SkStore           *store,
                                         int                year);
/* The "Add development proposal" button (for tests). */
GtkWidget *sk_budget_proposals_get_add_button (SkBudgetProposals *self);

G_END_DECLS
