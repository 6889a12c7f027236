/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-cli-private.h"

G_BEGIN_DECLS

/* "2023-2025" or "2024"; reports a usage error and returns FALSE otherwise. */
gboolean sk_cli_parse_years (const char *text,
                             int        *first,
                             int        *last);

/* styrkort-cli chart --indicator NAME --years 2023-2025 --output FILE */
int      sk_cli_chart       (SkCliGlobals *globals,
                             int           argc,
                             char        **argv);

G_END_DECLS
