/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/* TRUE when @store is on a PostgreSQL server, FALSE for a file. */
gboolean sk_store_is_server   (SkStore *store);
/* Sets *@holds to whether any data table of @store has a row (units,
 * plans, indicators, outcomes, budget, history, …). */
gboolean sk_store_holds_data  (SkStore *store, gboolean *holds, GError **error);
/* After rows were copied in with their ids: on a server each identity
 * continues after the largest id; nothing to do on a file. */
gboolean sk_store_resync_ids  (SkStore *store, GError **error);

/* Copies everything in @from into @to, which must hold no data (refused
 * with SK_STORE_ERROR_EXISTS, nothing written): every row of every table,
 * with its id. All or nothing: the copy is exported (sk-exchange.h) inside
 * its transaction and kept only when that export is byte for byte the
 * source's. */
gboolean sk_store_migrate     (SkStore *from, SkStore *to, GError **error);

G_END_DECLS
