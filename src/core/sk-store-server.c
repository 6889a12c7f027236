/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n-lib.h>

#include "sk-store.h"
#include "sk-store-private.h"
#include "sk-store-pg-schema.h"

/*
 * A store on a PostgreSQL server (--db postgresql://…). The tables, the
 * model API and every query are the file's; what differs is here: the
 * schema is made on an empty database and its version kept in
 * styrkort_meta (a file keeps it in PRAGMA user_version), and other
 * users' changes arrive as notifications (a file is watched instead).
 * Who may change what is the server's to enforce (sk-store-pg-schema.h);
 * the store only reports its refusals.
 */

/* The version in styrkort_meta, 0 for an empty database; FALSE when the
 * database holds tables that are not Styrkort's. */
static gboolean
read_version (SkStore  *self,
              int      *version,
              GError  **error)
{
  gint64 ours, tables;

  ours = sk_store_query_int (self, "SELECT count(*) FROM pg_catalog.pg_tables"
                                   " WHERE schemaname = current_schema() AND tablename = 'styrkort_meta'", 0, -1);
  tables = sk_store_query_int (self, "SELECT count(*) FROM pg_catalog.pg_tables"
                                     " WHERE schemaname = current_schema()", 0, -1);
  if (ours < 0 || tables < 0)
    return sk_store_check_reads (self, error);
  if (ours == 0 && tables > 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED,
                   _("The database on the server holds tables of another program, not a "
                     "Styrkort database. Nothing has been changed in it."));
      return FALSE;
    }
  *version = ours == 0 ? 0 : (int) sk_store_query_int (self,
                                                       "SELECT CAST(value AS INTEGER) FROM styrkort_meta"
                                                       " WHERE key = 'schema_version'", 0, 0);
  return TRUE;
}

static gboolean
create_schema (SkStore  *self,
               GError  **error)
{
  if (!sk_store_begin (self, error))
    return FALSE;
  if (sk_db_exec (self->db, SK_STORE_PG_SCHEMA) != SQLITE_OK
      || sk_db_exec (self->db, SK_STORE_PG_NOTIFY) != SQLITE_OK)
    {
      sk_store_set_sqlite_error (self, sk_db_extended_errcode (self->db), error);
      sk_store_rollback (self);
      return FALSE;
    }
  return sk_store_commit (self, error);
}

/* Other users' changes: each notification names a table; the views
 * reload as they do for another program's change to a file. The source
 * is ready when the socket has data, and also when libpq has already
 * read notifications while answering the store's own queries: the socket
 * is quiet then, and a plain fd watch would sleep on them until the
 * next change (a busy store would hardly ever hear others). */
typedef struct
{
  GSource   source;
  SkStore  *store;   /* not a reference: the store destroys the source */
  gpointer  fd_tag;
  gboolean  heard;
} NotifySource;

static gboolean
take_notifications (NotifySource *ns,
                    gboolean      read_socket)
{
  if (!ns->heard)
    {
      g_auto(GStrv) tables = sk_db_take_notifications (ns->store->db, read_socket);

      ns->heard = tables != NULL && tables[0] != NULL;
    }
  return ns->heard;
}

static gboolean
notify_prepare (GSource *source,
                int     *timeout)
{
  *timeout = -1;
  /* Every turn of the loop: only what libpq holds, no read of the socket. */
  return take_notifications ((NotifySource *) source, FALSE);
}

static gboolean
notify_check (GSource *source)
{
  NotifySource *ns = (NotifySource *) source;

  if (g_source_query_unix_fd (source, ns->fd_tag) & G_IO_IN)
    return take_notifications (ns, TRUE);
  return ns->heard;
}

static gboolean
notify_dispatch (GSource     *source,
                 GSourceFunc  callback,
                 gpointer     data)
{
  NotifySource *ns = (NotifySource *) source;

  ns->heard = FALSE;
  sk_store_external_changed (ns->store);
  return G_SOURCE_CONTINUE;
}

static GSourceFuncs notify_funcs = {
  .prepare = notify_prepare,
  .check = notify_check,
  .dispatch = notify_dispatch,
};

static void
listen_for_changes (SkStore *self)
{
  int fd = sk_db_listen (self->db, "styrkort");
  NotifySource *ns;

  if (fd < 0)
    {
      g_debug ("Not listening for other users' changes: %s", sk_db_errmsg (self->db));
      return;
    }
  ns = (NotifySource *) g_source_new (&notify_funcs, sizeof (NotifySource));
  ns->store = self;
  ns->fd_tag = g_source_add_unix_fd (&ns->source, fd, G_IO_IN);
  g_source_set_name (&ns->source, "styrkort server notifications");
  /* In the opening thread's context, not the global one: a store serves
   * the thread that opened it, and a worker's store must not be read
   * from the main loop. */
  g_source_attach (&ns->source, g_main_context_get_thread_default ());
  self->server_watch = &ns->source;
}

gboolean
sk_store_server_connect (SkStore           *self,
                         SkStoreOpenFlags   flags,
                         GError           **error)
{
  g_autofree char *message = NULL;
  g_autofree char *login = NULL;
  int version = 0;

  self->db = sk_db_open_postgres (self->path, &message);
  if (self->db == NULL)
    {
      g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_FAILED, message);
      return FALSE;
    }
  sk_db_busy_timeout (self->db, (flags & SK_STORE_OPEN_NO_WAIT) ? 100 : (int) self->lock_wait_ms);
  if (!read_version (self, &version, error))
    return FALSE;
  G_STATIC_ASSERT (SK_STORE_PG_SCHEMA_VERSION == SK_STORE_SCHEMA_VERSION);
  if (version > SK_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_TOO_NEW,
                   _("The database on the server was written by a newer version of Styrkort "
                     "(database version %d; this version reads up to %d). Update Styrkort to "
                     "open it; nothing has been changed."), version, SK_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  self->read_only = (flags & SK_STORE_OPEN_READ_ONLY) != 0;
  if (version == 0)
    {
      if (self->read_only || !(flags & SK_STORE_OPEN_CREATE))
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                       _("The database on the server is empty: it has no Styrkort plan yet."));
          return FALSE;
        }
      if (!create_schema (self, error))
        return FALSE;
      version = SK_STORE_SCHEMA_VERSION;
    }
  /* The server's schema starts at the file's current version; a later
   * version brings its own step here. */
  self->schema_version = version;

  /* Who changed a value is who signed in to the server. */
  login = sk_store_query_text (self, "SELECT session_user");
  if (login != NULL)
    sk_store_set_user (self, login);
  listen_for_changes (self);
  return TRUE;
}
