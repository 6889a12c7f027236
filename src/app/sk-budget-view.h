/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_BUDGET_VIEW (sk_budget_view_get_type ())
G_DECLARE_FINAL_TYPE (SkBudgetView, sk_budget_view, SK, BUDGET_VIEW, GtkWidget)

/* The internal budget of the plan year ("Budget", ekonomi): an entry grid
 * of a unit's budget and monthly outcome per line, the follow-up tables
 * of the report's economy section for a chosen month, and a chart of
 * accumulated outcome against accumulated budget. */

/* For tests: chooses the unit by name (TRUE when found) and the month. */
gboolean  sk_budget_view_select_unit  (SkBudgetView *self, const char *name);
void      sk_budget_view_select_month (SkBudgetView *self, guint month);
/* Shows the page "grid", "tables" or "chart". */
void      sk_budget_view_show_page    (SkBudgetView *self, const char *page);
/* The grid's cell of @line and @kind (budget or outcome) at @month (0 the year). */
GtkWidget *sk_budget_view_get_cell    (SkBudgetView *self, guint line, guint kind, guint month);

G_END_DECLS
