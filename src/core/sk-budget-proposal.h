/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-budget.h"

G_BEGIN_DECLS

#define SK_TYPE_BUDGET_PROPOSAL (sk_budget_proposal_get_type ())
G_DECLARE_FINAL_TYPE (SkBudgetProposal, sk_budget_proposal, SK, BUDGET_PROPOSAL, SkRecord)

/* A development proposal (utvecklingsförslag) with its economic
 * consequences: its net cost in tkr for each of up to five years from
 * the plan year (NAN: none that year), at a stated price level
 * ("2025 års prisnivå"), under a focus area of the plan (0: none), and
 * whether the board granted it. */
SkBudgetProposal *sk_budget_proposal_new (void);

int          sk_budget_proposal_get_year (SkBudgetProposal *self);
void         sk_budget_proposal_set_year (SkBudgetProposal *self, int year);
int          sk_budget_proposal_get_position (SkBudgetProposal *self);
void         sk_budget_proposal_set_position (SkBudgetProposal *self, int position);
const char  *sk_budget_proposal_get_text (SkBudgetProposal *self);
void         sk_budget_proposal_set_text (SkBudgetProposal *self, const char *text);
gint64       sk_budget_proposal_get_focus_area_id (SkBudgetProposal *self);
void         sk_budget_proposal_set_focus_area_id (SkBudgetProposal *self, gint64 id);
const char  *sk_budget_proposal_get_price_level (SkBudgetProposal *self);
void         sk_budget_proposal_set_price_level (SkBudgetProposal *self, const char *text);
gboolean     sk_budget_proposal_get_granted (SkBudgetProposal *self);
void         sk_budget_proposal_set_granted (SkBudgetProposal *self, gboolean granted);
/* @index 0 … SK_BUDGET_PROPOSAL_YEARS − 1: the plan year + index. */
double       sk_budget_proposal_get_cost (SkBudgetProposal *self, guint index);
void         sk_budget_proposal_set_cost (SkBudgetProposal *self, guint index, double tkr);

G_END_DECLS
