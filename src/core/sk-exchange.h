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
/* As above; @notes (NULL-terminated, may be NULL) gets one sentence per
 * change of an adopted plan's content that the file asked for and that
 * was not made: such a plan stays as the board adopted it, while the
 * follow-up in the file (outcomes, comments, assessments) is imported. */
gboolean sk_exchange_import_full (SkStore *store, const char *json, gssize length,
                                  GStrv *notes, GError **error);
gboolean sk_exchange_import_file_full (SkStore *store, const char *path,
                                       GStrv *notes, GError **error);
/* The example plan shipped in the core's resources. */
gboolean sk_exchange_load_example (SkStore *store, GError **error);

G_END_DECLS
