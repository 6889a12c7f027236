/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-json-writer.h"
#include "sk-store.h"

G_BEGIN_DECLS

/* What a file says it is, written by the export and checked by the import. */
#define SK_EXCHANGE_FORMAT  "styrkort"
#define SK_EXCHANGE_VERSION 1

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

/* The import's big arrays, read one element at a time (sk-exchange-stream.c). */
typedef struct _SkExchangeSplit SkExchangeSplit;

/* NULL when the file is best read whole by json-glib (no big arrays, or
 * anything unusual at the top level: json-glib then judges it as before). */
SkExchangeSplit *sk_exchange_split          (const char *json, gssize length);
/* The file with the "outcomes" and "audit" arrays emptied, for json-glib. */
const char      *sk_exchange_split_skeleton (SkExchangeSplit *split, gsize *length);
void             sk_exchange_split_free     (SkExchangeSplit *split);

/* Called with each element of an array: its object, or NULL for another value. */
typedef gboolean (*SkExchangeElementFunc) (JsonObject *obj, guint n, gpointer data, GError **error);
/* Each element of @member ("outcomes" or "audit") in order; stops at the first
 * FALSE. Text that is not JSON fails with a JSON_PARSER_ERROR. */
gboolean         sk_exchange_split_each     (SkExchangeSplit *split, const char *member,
                                             SkExchangeElementFunc func, gpointer data,
                                             GError **error);

/* A plan's indicator definitions (sk-exchange-definition.c): "definitions",
 * one object per indicator the plan holds, named by its identity (base)
 * name in "indicator" and by the year's name in "name". The name tables
 * map a gint64 id to its name. */
void             sk_exchange_write_definitions (JsonBuilder *b, SkStore *store, int year,
                                                GHashTable *indicator_names, GHashTable *unit_names);
/* The ids of the indicators @year's plan has a definition of (a set of gint64). */
GHashTable      *sk_exchange_definitions_held  (SkStore *store, int year);
/* Applies a plan's "definitions" (name → SkIndicator as in the file's
 * "indicators", name → SkUnit). A definition the import's links made
 * (not in @held) and the file does not give is the file's indicator as
 * it is, as the migration to schema 3 does. With @notes (the plan was
 * adopted before the import) nothing is written: each difference is noted. */
gboolean         sk_exchange_read_definitions  (SkStore *store, JsonObject *plan, int year,
                                                GHashTable *held, GHashTable *indicators,
                                                GHashTable *units, GPtrArray *notes, GError **error);

/* Puts the newest plan first: a plan that takes an indicator in copies
 * the nearest earlier plan's definition, and the base follows the newest
 * plan, so the newest one read first gets the file's indicator as it is
 * and an older one only its own differences. */
void             sk_exchange_order_plans       (JsonObject *root);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkExchangeSplit, sk_exchange_split_free)

G_END_DECLS
