/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sk-store.h"

G_BEGIN_DECLS

/*
 * Damage, backups and salvage (sk-store-backup.c). These work on a file
 * by its path through a connection of their own, so they can run in a
 * worker thread while the app keeps the database open.
 */

/* PRAGMA quick_check. FALSE with SK_STORE_ERROR_DAMAGED when the file is
 * damaged; the message names the damaged parts in plain words ("the
 * outcomes (table outcome)"). */
gboolean       sk_store_check_file        (const char           *path,
                                           GError              **error);
void           sk_store_check_file_async  (const char           *path,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean       sk_store_check_file_finish (GAsyncResult         *result,
                                           GError              **error);

/* Called between steps of a backup with the pages still to copy. */
typedef void (*SkBackupProgress) (int remaining, int total, gpointer user_data);

/* Copies @path to @dest through SQLite's online backup API, while others
 * go on reading and writing it. The copy is checked: a damaged database
 * is not backed up (the error names the damage). Written to a temporary
 * file beside @dest and renamed on success, so @dest is either the whole
 * copy or untouched. */
gboolean       sk_store_backup_file       (const char           *path,
                                           const char           *dest,
                                           SkBackupProgress      progress,
                                           gpointer              user_data,
                                           GError              **error);
void           sk_store_backup_file_async (const char           *path,
                                           const char           *dest,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean       sk_store_backup_file_finish (GAsyncResult        *result,
                                           GError              **error);

/* The name of the automatic copy made before migrating from @version. */
char          *sk_store_migration_backup_name (const char *path,
                                               int         version,
                                               GDateTime  *when);

typedef struct
{
  char   *table;   /* the SQL name */
  char   *label;   /* plain words, translated: "the outcomes" */
  gint64  saved;
  gint64  lost;    /* -1: some, but how many is unknown */
} SkSalvageCount;

void           sk_salvage_count_free      (SkSalvageCount *count);

/* Copies every readable row of every table of @path into a new database
 * @dest (which must not exist), skipping damaged pages. Rows whose parent
 * row was lost are left out too, and counted as lost. Returns one
 * SkSalvageCount per table, in schema order. */
GPtrArray     *sk_store_salvage           (const char           *path,
                                           const char           *dest,
                                           GError              **error);
void           sk_store_salvage_async     (const char           *path,
                                           const char           *dest,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
GPtrArray     *sk_store_salvage_finish    (GAsyncResult         *result,
                                           GError              **error);

/* By device and inode: "./plan.db", a link or another spelling of the
 * open database must never be replaced by its own copy. */
gboolean       sk_store_is_same_file      (const char           *a,
                                           const char           *b);

/* The table's contents in plain words, translated ("the outcomes"). */
const char    *sk_store_table_label       (const char           *table);

G_END_DECLS
