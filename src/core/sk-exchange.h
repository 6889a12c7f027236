/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/* The whole database as JSON (json-glib), and back. The format is
 * described in data/example/README.md; the example plan uses it too. */
gboolean sk_exchange_export      (SkStore *store, GOutputStream *out, GError **error);
char    *sk_exchange_export_string (SkStore *store, GError **error);
/* Merges by natural keys (unit and indicator names, plan years, titles,
 * periods) in one transaction: importing the same file twice changes
 * nothing the second time. Returns FALSE and leaves the store as it was
 * on any error. */
gboolean sk_exchange_import      (SkStore *store, const char *json, gssize length, GError **error);
gboolean sk_exchange_import_file (SkStore *store, const char *path, GError **error);
/* The example plan shipped in the core's resources. */
gboolean sk_exchange_load_example (SkStore *store, GError **error);

G_END_DECLS
