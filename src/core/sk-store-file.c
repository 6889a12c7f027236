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

gboolean
sk_store_file_folder_writable (const char *path)
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

gboolean
sk_store_file_prepare (const char        *path,
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
               || !sk_store_file_folder_writable (path);
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

/* Whether a read-only connection should treat the file as immutable: in a
 * folder we may not write SQLite cannot make the -shm it needs to read a
 * WAL database, and we must not try. A non-empty -wal holds committed
 * changes that "immutable" would skip, so then try an ordinary read-only
 * open first (it works when the -shm is there). */
gboolean
sk_store_file_has_wal (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

gboolean
sk_store_file_use_immutable (const char *path)
{
  return !sk_store_file_folder_writable (path) && !sk_store_file_has_wal (path);
}
