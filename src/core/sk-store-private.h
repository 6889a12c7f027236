/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-db.h"

#include "sk-store.h"

G_BEGIN_DECLS

/* Shared by the sk-store*.c files, which split the store by topic. */
struct _SkStore
{
  GObject       parent_instance;

  SkDb         *db;
  char         *path;
  char         *user;
  int           schema_version;
  guint         depth;          /* transaction nesting */
  GHashTable   *statements;     /* SQL text → prepared statement */
  GPtrArray    *pending;        /* interned table names to announce */
  GFileMonitor *monitor;
  guint         external_idle;
  gint64        data_version;
  gboolean      audit_off;      /* sk_store_set_auditing (FALSE) */
  gboolean      read_only;      /* opened for viewing: every change is refused */
  guint         lock_wait_ms;   /* how long a change waits out another program's lock */
  GError       *read_error;     /* first failed read since last taken */
  guint         read_failures;  /* every failed read, ever */
  guint         read_failed_idle;
  SkTarget     *last_target;    /* the last one parsed, reused for the same text */
  GSource      *server_watch;   /* a server's notifications (sk-store-server.c), in the
                                   main context of the thread that opened the store */
  char         *read_only_reason; /* why every change is refused (sk-store-rights.c) */
};

/* How long a change waits for another program's lock before giving up. */
#define SK_STORE_LOCK_WAIT_MS 5000

/* Reads the header without writing: version, and whether the file is ours. */
gboolean      sk_store_check_header (SkStore *self, int *version, GError **error);

/* sk-store-file.c: opens self->path as @flags and the file allow (sets
 * self->db and self->read_only); for a read-only file, checks the header
 * and falls back to reading it as immutable where that is safe. */
gboolean      sk_store_file_connect (SkStore *self, SkStoreOpenFlags flags, GError **error);
gboolean      sk_store_file_check_read_only (SkStore *self, int *version, GError **error);
/* How a reader of its own (quick_check, backup) opens @path read-only:
 * an SQLite URI, immutable where no -wal or -shm may be made. */
char         *sk_store_file_uri   (const char *path, gboolean immutable);
gboolean      sk_store_file_use_immutable (const char *path);

/* sk-store-external.c: another program's or user's changes. */
void          sk_store_watch_file (SkStore *self);
void          sk_store_external_changed (SkStore *self);
/* sk-store-server.c: opens self->path, a postgresql:// address. */
gboolean      sk_store_server_connect (SkStore *self, SkStoreOpenFlags flags, GError **error);
/* The first column of the first row as text (NULL when none): for the
 * few questions asked once. */
char         *sk_store_query_text (SkStore *self, const char *sql);

/* Records a read whose error no caller will see (sk-store.c). */
void          sk_store_read_failed (SkStore *self, int rc);
/* Backs up the open database before a migration from @from (sk-store-backup.c). */
gboolean      sk_store_backup_before_migration (SkStore *self, int from, GError **error);

void          sk_store_set_sqlite_error (SkStore *self, int rc, GError **error);
SkDbStmt *sk_store_prepare    (SkStore *self, const char *sql, GError **error);
gboolean      sk_store_step_done  (SkStore *self, SkDbStmt *stmt, GError **error);
gboolean      sk_store_step_row   (SkStore *self, SkDbStmt *stmt, GError **error);
gint64        sk_store_query_int  (SkStore *self, const char *sql, gint64 arg, gint64 fallback);
void          sk_store_changed    (SkStore *self, const char *table);
gboolean      sk_store_audit      (SkStore *self, const char *entity, gint64 entity_id,
                                   gint64 indicator_id, const char *field,
                                   const char *old_value, const char *new_value,
                                   GError **error);
char         *sk_store_now        (void);
/* How an outcome reads in the audit trail (sk-store-outcome.c): a
 * machine number or the reason it is missing; NULL for none. */
char         *sk_store_outcome_summary (SkOutcome *o);
char         *sk_store_value_summary   (double value, const char *missing_reason);

void          sk_bind_text        (SkDbStmt *stmt, int index, const char *value);
void          sk_bind_id          (SkDbStmt *stmt, int index, gint64 id);
void          sk_bind_double      (SkDbStmt *stmt, int index, double value);
const char   *sk_column_text      (SkDbStmt *stmt, int column);
double        sk_column_double    (SkDbStmt *stmt, int column);

/* The text path, in sk-store-text.c. */
const char   *sk_store_text_read  (SkDbStmt *stmt, int column);
void          sk_store_text_bind  (SkDbStmt *stmt, int index, const char *value);
gboolean      sk_store_text_check_bound  (SkDbStmt *stmt, GError **error);
void          sk_store_text_forget_bound (SkDbStmt *stmt);
void          sk_store_text_attach       (SkStore *self);
void          sk_store_text_forget       (SkDb *db);

/* NULL, empty or only white space. */
static inline gboolean
sk_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* Builds a record from the current row of a SELECT. */
typedef gpointer (*SkRowFunc) (SkDbStmt *stmt);

/* The values bound to a statement are named by @types, one letter each:
 * 'i' an id (gint64, NULL when ≤ 0), 'n' an int, 't' a string. */
GListModel   *sk_store_list_query (SkStore *self, GType item_type, const char *sql,
                                   SkRowFunc from_row, const char *types, ...);
/* The record of row @id, or NULL. */
gpointer      sk_store_fetch_one  (SkStore *self, const char *sql, SkRowFunc from_row, gint64 id);
/* Inserts a row in its own (nested) transaction, audited as created with
 * @audit_text. Returns the new row id, 0 on error. */
gint64        sk_store_insert     (SkStore *self, const char *table, const char *audit_text,
                                   GError **error, const char *sql, const char *types, ...);

/* Refuses blank titles and texts, invalid UTF-8 and control characters
 * (but line breaks and tabs) with a clear message. */
gboolean      sk_store_check_text (const char *text, GError **error);

/* Refuses with SK_STORE_ERROR_ADOPTED when @plan_id is adopted. */
gboolean      sk_store_check_editable (SkStore *self, gint64 plan_id, GError **error);
/* Refuses with SK_STORE_ERROR_ADOPTED when an adopted plan holds the
 * indicator (register, goal link, work environment or target). */
gboolean      sk_store_check_indicator_free (SkStore *self, gint64 indicator_id, GError **error);
/* Per-year indicator definitions (sk-store-definition.c); inside the
 * caller's transaction. */
gboolean      sk_store_definition_sync_base (SkStore *self, gint64 indicator_id, GError **error);
gboolean      sk_store_definition_ensure (SkStore *self, gint64 plan_id, gint64 indicator_id, GError **error);
gboolean      sk_store_definition_copy (SkStore *self, gint64 from, gint64 to, GError **error);
gboolean      sk_store_definition_audit (SkStore *self, const char *entity, gint64 entity_id,
                                         SkIndicator *old, SkIndicator *ind, GError **error);
gboolean      sk_store_definition_save (SkStore *self, SkIndicator *ind, gboolean *created, GError **error);
GPtrArray    *sk_store_definition_names (SkStore *self);

/* A copied plan's budget starts from the old one's units, financing and
 * assumptions, not its amounts (sk-store-budget.c); inside the caller's
 * transaction. */
gboolean      sk_store_budget_copy (SkStore *self, int from_year, int to_year, GError **error);

/* Wraps a write: begin, run, commit or roll back. */
#define SK_STORE_TRY(self, error, expr) \
  (sk_store_begin ((self), (error)) && ((expr) ? sk_store_commit ((self), (error)) : (sk_store_rollback (self), FALSE)))

G_END_DECLS
