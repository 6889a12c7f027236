/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-exchange-import-private.h"

G_BEGIN_DECLS

/* The internal budget in the exchange file (sk-exchange-budget.c). The
 * names tables map a gint64 id to its name. */

/* The plan's "budget" member, when @year has a budget. */
void     sk_exchange_write_plan_budget (JsonBuilder *b, SkStore *store, int year, GHashTable *unit_names);
/* "budgets" (years without a plan), "budget_follow_up", "budget_indicators". */
void     sk_exchange_write_budgets     (JsonBuilder *b, SkStore *store, GHashTable *unit_names,
                                        GHashTable *indicator_names);

/* The plan's "budget" (@obj is the plan); on a plan adopted before the
 * import (@locked) nothing changes and @notes gets a sentence when the
 * file's budget differs. */
gboolean sk_exchange_import_plan_budget (Importer *im, JsonObject *obj, int year, gboolean locked,
                                         GError **error);
/* The top-level "budgets", "budget_follow_up" and "budget_indicators". */
gboolean sk_exchange_import_budgets     (Importer *im, JsonObject *root, GError **error);

G_END_DECLS
