/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "sk-store.h"
#include "sk-store-private.h"

/*
 * The database file as people have it: missing, a folder, read-only, on a
 * read-only share. Decides how SQLite may open it before SQLite sees it,
 * so that each case gets a plain message instead of "SQLite 14".
 */

#define ANY_WRITE_BIT (S_IWUSR | S_IWGRP | S_IWOTH)

/* No write bit means the owner wants the thing kept as it is, even when we
 * run as root (where access() says yes); so the mode bits count as well. */
static gboolean
is_writable (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return FALSE;
  return (st.st_mode & ANY_WRITE_BIT) != 0 && g_access (path, W_OK) == 0;
}

static gboolean
folder_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return is_writable (dir);
}

/* Creates an empty file (a valid empty SQLite database) readable by its
 * owner only, whatever the umask: SQLite gives the -wal and -shm beside it
 * the database file's mode. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY,
                   _("The folder “%s” cannot be created: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno == EEXIST)
    return TRUE;
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, SK_STORE_ERROR,
                   saved == ENOSPC ? SK_STORE_ERROR_NO_SPACE : SK_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be created: %s"), path, g_strerror (saved));
      return FALSE;
    }
  fchmod (fd, 0600);
  close (fd);
  return TRUE;
}

static gboolean
prepare_file (const char        *path,
              SkStoreOpenFlags   flags,
              gboolean          *read_only,
              GError           **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      if (saved != ENOENT)
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FAILED,
                       _("“%s” cannot be opened: %s"), path, g_strerror (saved));
          return FALSE;
        }
      /* A typo in a file name must not quietly make an empty database. */
      if (!(flags & SK_STORE_OPEN_CREATE) || (flags & SK_STORE_OPEN_READ_ONLY))
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                       _("There is no database at “%s”."), path);
          return FALSE;
        }
      *read_only = FALSE;
      return create_private_file (path, error);
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FAILED,
                   _("“%s” is a folder, not a database file. Choose a file in it, "
                     "or give a name for a new file."), path);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FAILED,
                   _("“%s” is not an ordinary file, so it cannot be a database."), path);
      return FALSE;
    }
  if (g_access (path, R_OK) != 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY,
                   _("You may not read “%s”. Ask its owner for access, or for a copy."), path);
      return FALSE;
    }
  /* WAL writes files beside the database: the folder must be writable too. */
  *read_only = (flags & SK_STORE_OPEN_READ_ONLY) || !is_writable (path)
               || !folder_writable (path);
  return TRUE;
}

/* An SQLite URI for @path ("?" and "#" in names must not end the path). */
char *
sk_store_file_uri (const char *path,
                   gboolean    immutable)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", TRUE);

  return g_strconcat ("file:", escaped, immutable ? "?immutable=1" : "?mode=ro", NULL);
}

/* A -wal with changes in it. */
static gboolean
has_wal (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/* Whether a read-only connection should treat the file as immutable: in a
 * folder we may not write SQLite cannot make the -shm it needs to read a
 * WAL database, and we must not try. A non-empty -wal holds committed
 * changes that "immutable" would skip, so then try an ordinary read-only
 * open first (it works when the -shm is there). */
gboolean
sk_store_file_use_immutable (const char *path)
{
  return !folder_writable (path) && !has_wal (path);
}

/* ---- The connection ---- */

gboolean
sk_store_file_connect (SkStore           *self,
                       SkStoreOpenFlags   flags,
                       GError           **error)
{
  g_autofree char *uri = NULL;
  sqlite3 *handle = NULL;
  int rc;

  if (!prepare_file (self->path, flags, &self->read_only, error))
    return FALSE;

  if (!self->read_only)
    rc = sqlite3_open_v2 (self->path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  else
    {
      uri = sk_store_file_uri (self->path, sk_store_file_use_immutable (self->path));
      rc = sqlite3_open_v2 (uri, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
    }
  if (rc != SQLITE_OK)
    {
      sqlite3_close_v2 (handle);
      sk_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  sqlite3_extended_result_codes (handle, 1);
  self->db = sk_db_new_sqlite (handle);
  sk_db_busy_timeout (self->db, (flags & SK_STORE_OPEN_NO_WAIT) ? 100 : SK_STORE_LOCK_WAIT_MS);
  return TRUE;
}

/* A read-only WAL database whose -shm cannot be made cannot be read the
 * ordinary way; as a last resort read it as immutable. */
static gboolean
reopen_immutable (SkStore *self)
{
  g_autofree char *uri = sk_store_file_uri (self->path, TRUE);
  sqlite3 *handle = NULL;

  sk_store_text_forget (self->db);
  g_hash_table_remove_all (self->statements);
  g_clear_pointer (&self->db, sk_db_close);
  if (sqlite3_open_v2 (uri, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    {
      sqlite3_close_v2 (handle);
      return FALSE;
    }
  sqlite3_extended_result_codes (handle, 1);
  self->db = sk_db_new_sqlite (handle);
  return TRUE;
}

gboolean
sk_store_file_check_read_only (SkStore  *self,
                               int      *version,
                               GError  **error)
{
  g_autoptr(GError) first = NULL;

  if (sk_store_check_header (self, version, &first))
    return TRUE;
  if (first->code != SK_STORE_ERROR_READ_ONLY && first->code != SK_STORE_ERROR_FAILED)
    {
      g_propagate_error (error, g_steal_pointer (&first));
      return FALSE;
    }
  /* "Immutable" would skip changes still in the -wal: refuse rather than
   * show an older plan as if it were the file. */
  if (has_wal (self->path))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY,
                   _("“%s” has recent changes in “%s-wal” that can only be read with write "
                     "access to its folder. Copy both files to a folder where you may write, "
                     "and open the copy."), self->path, self->path);
      return FALSE;
    }
  if (reopen_immutable (self) && sk_store_check_header (self, version, NULL))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&first));
  return FALSE;
}
