/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/* A new database file in a folder of its own (@prefix names the folder,
 * ending in XXXXXX), with the example plan when @example. Sets @dir, and
 * @path when not NULL, both for the caller to free. */
SkStore *sk_test_store_new    (const char  *prefix,
                               gboolean     example,
                               char       **dir,
                               char       **path);

/* Closes *@store and removes *@dir with every file in it (the -wal and
 * -shm included); frees and clears both. */
void     sk_test_store_remove (SkStore    **store,
                               char       **dir);

G_END_DECLS
