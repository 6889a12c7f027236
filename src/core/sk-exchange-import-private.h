/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-exchange-private.h"
#include "sk-store.h"

G_BEGIN_DECLS

/* What the import's files share (sk-exchange-import.c reads the file and
 * its units, indicators, outcomes and history; sk-exchange-import-plan.c
 * its plans). */

typedef struct {
  SkStore    *store;
  GHashTable *units;       /* name → SkUnit (owned) */
  GHashTable *indicators;  /* name → SkIndicator (owned) */
  GPtrArray  *audit;       /* SkAuditEntry to restore, in file order */
  SkExchangeSplit *split;  /* the big arrays, when read apart from the tree */
  GPtrArray  *notes;       /* what was left as adopted, for the user (owned strings) */
} Importer;

/* Sets a SK_STORE_ERROR_FORMAT error (the text made valid UTF-8); FALSE. */
gboolean     sk_exchange_format_error    (GError     **error,
                                          const char  *format,
                                          ...) G_GNUC_PRINTF (2, 3);
/* A member as text: NULL when missing or null; FALSE when not text. */
gboolean     sk_exchange_get_text        (JsonObject  *obj,
                                          const char  *member,
                                          const char **out);
/* A member as number: NAN when missing or null; FALSE when not a number. */
gboolean     sk_exchange_get_number      (JsonObject  *obj,
                                          const char  *member,
                                          double      *out);
gboolean     sk_exchange_get_bool        (JsonObject  *obj,
                                          const char  *member,
                                          gboolean     fallback);
/* An array member; an empty one when missing. FALSE when not an array. */
gboolean     sk_exchange_get_array       (JsonObject  *obj,
                                          const char  *member,
                                          JsonArray  **out);
guint        sk_exchange_array_length    (JsonArray   *array);
/* Element @i of @array as an object, or NULL. */
JsonObject  *sk_exchange_element         (JsonArray   *array,
                                          guint        i);
const char  *sk_exchange_element_text    (JsonArray   *array,
                                          guint        i);
gboolean     sk_exchange_is_blank        (const char  *text);
gboolean     sk_exchange_text_differs    (const char  *a,
                                          const char  *b);
SkIndicator *sk_exchange_known_indicator (Importer    *im,
                                          const char  *name);
/* One element of "plans" (n: its place, for messages). */
gboolean     sk_exchange_import_plan     (Importer    *im,
                                          JsonObject  *obj,
                                          guint        n,
                                          GError     **error);

G_END_DECLS
