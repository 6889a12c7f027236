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

/* The store suite runs on both backends. With SK_TEST_BACKEND=postgres a
 * test's database "file" is a database of its own on the server named in
 * SK_TEST_PG (made on first use; the same path is the same database, so a
 * test that reopens its file reopens its database); else the file itself. */
SkStore *sk_test_store_open   (const char  *path,
                               GError     **error);
/* The server's database for @path whatever SK_TEST_BACKEND says (a
 * benchmark that runs on both). */
SkStore *sk_test_store_open_server (const char  *path,
                                    GError     **error);
/* TRUE when the tests run on the server. */
gboolean sk_test_on_server    (void);
/* Call after g_test_init(): on the server backend without a server to use
 * (SK_TEST_PG unset) the whole program is skipped. */
void     sk_test_backend_init (void);
/* Runs @sql by hand on the database of @path (the file, or its database
 * on the server) beside the store, as a user's tool would; an SQLite
 * result code. */
int      sk_test_store_exec   (const char  *path,
                               const char  *sql);

G_END_DECLS
