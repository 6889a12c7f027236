/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-outcome-import.h"

G_BEGIN_DECLS

/* Region Halland in Kolada. */
#define SK_KOLADA_REGION_HALLAND "0013"

/*
 * A Kolada API v2 response saved to a file ({"values": [{"kpi",
 * "municipality", "period", "values": [{"gender": "T"|"K"|"M", "value"}]}]})
 * read as the yearly figures of @indicator at @unit (December; see
 * SK_IMPORT_KIND_YEAR_FIGURE): the total (gender T) of @kpi for
 * @municipality. A null value (Kolada has none that year) is left out.
 * An error only for a file that is not such a response.
 */
gboolean sk_outcome_import_read_kolada (SkOutcomeImport  *import,
                                        const char       *data,
                                        gsize             length,
                                        const char       *kpi,
                                        const char       *municipality,
                                        const char       *indicator,
                                        const char       *unit,
                                        guint            *n_without_value,
                                        GError          **error);

G_END_DECLS
