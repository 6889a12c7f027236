/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include "sk-store.h"
#include "sk-store-private.h"

/* Another program's changes (a file watched; a server's notifications in
 * sk-store-server.c) reach the views as ::changed::external. */
void
sk_store_external_changed (SkStore *self)
{
  g_signal_emit_by_name (self, "changed::external", "external");
}

static gboolean
check_external (gpointer data)
{
  SkStore *self = data;
  gint64 version;

  self->external_idle = 0;
  if (self->depth > 0)
    return G_SOURCE_REMOVE;
  if (sk_db_get_backend (self->db) == SK_DB_POSTGRES)
    {
      g_auto(GStrv) tables = sk_db_take_notifications (self->db, TRUE);

      if (tables != NULL && tables[0] != NULL)
        sk_store_external_changed (self);
      return G_SOURCE_REMOVE;
    }

  version = sk_store_query_int (self, "PRAGMA data_version", 0, self->data_version);
  if (version != self->data_version)
    {
      self->data_version = version;
      sk_store_external_changed (self);
    }
  return G_SOURCE_REMOVE;
}

void
sk_store_notice_external (SkStore *self)
{
  g_return_if_fail (SK_IS_STORE (self));

  /* What the watch would find a moment later: once, now. */
  g_clear_handle_id (&self->external_idle, g_source_remove);
  check_external (self);
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 gpointer           data)
{
  SkStore *self = data;

  /* Writers touch the WAL many times per commit: look once they settle. */
  if (self->external_idle == 0)
    self->external_idle = g_timeout_add (150, check_external, self);
}

void
sk_store_watch_file (SkStore *self)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (wal);

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed), self);
}

