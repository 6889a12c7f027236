/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* What backup (sk-store-backup.c) and salvage (sk-store-salvage.c) share:
 * connections of their own, and temporary files beside the target. */

/* A connection of its own; a reader opens the file as the store does. */
sqlite3  *sk_backup_open_db           (const char           *path,
                                       gboolean              read_only,
                                       GError              **error);
/* The connection's last error, DAMAGED when SQLite says the file is. */
void      sk_backup_set_db_error      (sqlite3              *db,
                                       const char           *path,
                                       GError              **error);
/* An empty file readable by its owner only, beside @dest. */
char     *sk_backup_make_temp_beside  (const char           *dest,
                                       GError              **error);
/* Removes @tmp and its journal, -wal and -shm. */
void      sk_backup_remove_temp       (const char           *tmp);
/* Moves @tmp to @dest (stale journals of @dest removed first). */
gboolean  sk_backup_rename_into_place (const char           *tmp,
                                       const char           *dest,
                                       GError              **error);
/* Runs @func in a thread with the task data { @path, @dest }. */
void      sk_backup_run_on_paths      (const char           *path,
                                       const char           *dest,
                                       gpointer              source_tag,
                                       GTaskThreadFunc       func,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);

G_END_DECLS
