/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "sk-store.h"
#include "sk-store-private.h"
#include "sk-text.h"

/* What SQLite reports, in words a user can act on. */

static SkStoreError
code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return SK_STORE_ERROR_DAMAGED;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return SK_STORE_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return SK_STORE_ERROR_LOCKED;
    case SQLITE_FULL:
      return SK_STORE_ERROR_NO_SPACE;
    case SQLITE_AUTH:
      return SK_STORE_ERROR_DENIED;
    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        return SK_STORE_ERROR_EXISTS;
      return SK_STORE_ERROR_INVALID;
    default:
      return SK_STORE_ERROR_FAILED;
    }
}

static const char *
message_for_code (SkStoreError code)
{
  switch (code)
    {
    case SK_STORE_ERROR_DAMAGED:
      return _("The file is damaged or is not a Styrkort database. It has not been changed.");
    case SK_STORE_ERROR_READ_ONLY:
      return _("The database cannot be written: the file or its folder is read-only.");
    case SK_STORE_ERROR_LOCKED:
      return _("The database is locked by another program, and it still was after waiting a few "
               "seconds. Nothing was changed. Try again when the other program has finished.");
    case SK_STORE_ERROR_NO_SPACE:
      return _("The disk is full, so the change could not be saved. Nothing was changed. "
               "Free some space and try again.");
    case SK_STORE_ERROR_EXISTS:
      return _("That name is already in use.");
    case SK_STORE_ERROR_INVALID:
      return _("The change was refused by the database's rules.");
    default:
      return _("The database reported an error.");
    }
}

void
sk_store_set_sqlite_error (SkStore  *self,
                           int       rc,
                           GError  **error)
{
  SkStoreError code = code_for_sqlite (rc);
  const char *detail = self->db != NULL ? sk_db_errmsg (self->db) : sqlite3_errstr (rc);

  /* These say all there is to say; SQLite's own words would only confuse. */
  if (code == SK_STORE_ERROR_READ_ONLY || code == SK_STORE_ERROR_LOCKED
      || code == SK_STORE_ERROR_NO_SPACE || code == SK_STORE_ERROR_EXISTS)
    g_set_error_literal (error, SK_STORE_ERROR, code, message_for_code (code));
  else if (code == SK_STORE_ERROR_DENIED)
    /* A server's rights (sk-store-pg-schema.h): who is refused, and the server's reason. */
    g_set_error (error, SK_STORE_ERROR, code,
                 _("The server refused the change: the signed-in user “%s” may not make it. "
                   "Nothing was changed. (%s)"),
                 self->user != NULL ? self->user : "", detail);
  else if ((rc & 0xff) == SQLITE_CANTOPEN)
    g_set_error (error, SK_STORE_ERROR, code,
                 _("“%s” cannot be opened: check that the file and its folder exist and "
                   "that you may read them."), self->path);
  else
    g_set_error (error, SK_STORE_ERROR, code, "%s (SQLite %d: %s)",
                 message_for_code (code), rc, detail);
}

gboolean
sk_store_check_text (const char  *text,
                     GError     **error)
{
  if (sk_is_blank (text))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("The text cannot be empty."));
      return FALSE;
    }
  return sk_text_check (text, -1, NULL, SK_TEXT_MULTILINE, error);
}
