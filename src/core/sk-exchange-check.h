/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The exchange format nests about 11 levels (plan → focus area → regional
 * goal → goal → assignment → sub-assignment …); far more is not a file of
 * ours, and deep enough nesting overflows the stack of a recursive parser. */
#define SK_EXCHANGE_MAX_DEPTH 32

/*
 * Looks at the raw bytes BEFORE any JSON parser does: valid UTF-8, no NUL
 * byte, no "\u0000" escape inside a string (it would cut the text there
 * without a word), and no nesting deeper than SK_EXCHANGE_MAX_DEPTH.
 * Refuses with SK_STORE_ERROR_FORMAT and the line number.
 */
gboolean sk_exchange_check_raw  (const char  *json,
                                 gssize       length,
                                 GError     **error);

/*
 * Checks every text of a parsed file as the fields it will become, naming
 * the field by its path ("outcomes[12].changed_at"): control characters
 * (line breaks and tabs only in comments, descriptions and other long
 * texts), times as the export writes them, months as YYYY-MM, years.
 */
gboolean sk_exchange_check_tree (JsonNode    *root,
                                 GError     **error);

/* The same for one element of a big list read apart from the tree
 * ("outcomes", 12 names it "outcomes[12]"). */
gboolean sk_exchange_check_element (const char  *member,
                                    guint        index,
                                    JsonObject  *object,
                                    GError     **error);

G_END_DECLS
