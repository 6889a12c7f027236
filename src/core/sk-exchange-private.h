/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-json-writer.h"
#include "sk-store.h"

G_BEGIN_DECLS

/* The export's large sections, streamed row by row (sk-exchange-rows.c):
 * "outcomes" ordered by indicator (@indicators' order), unit (@units'
 * order), period and kind, then "audit" oldest first. The names tables map
 * a gint64 id to its name. */
gboolean sk_exchange_write_rows (SkJsonWriter  *w,
                                 SkStore       *store,
                                 GListModel    *indicators,
                                 GListModel    *units,
                                 GHashTable    *indicator_names,
                                 GHashTable    *unit_names,
                                 GError       **error);

G_END_DECLS
