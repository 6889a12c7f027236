/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The store's SQL (written for SQLite) as PostgreSQL reads it: what
 * sk-db-pg-sql.c makes of one SQL text. Apart from the connection so the
 * rewriting is tested without a server. */
typedef struct
{
  char     *text;          /* the rewritten SQL */
  /* The same with " RETURNING id" added, for one INSERT without a
   * RETURNING of its own: its rows give last_insert_rowid. NULL otherwise. */
  char     *text_returning;
  /* The table of that INSERT as written (perhaps quoted or qualified). */
  char     *insert_table;
  int       n_params;      /* the highest parameter number */
  guint8   *used;          /* [n_params + 1]: 1 where $N appears in the text */
  gboolean  commits;       /* the last statement is COMMIT or END */
} SkDbPgSql;

/* FALSE with *message set (free it) for what PostgreSQL cannot run
 * (PRAGMA, INSERT OR REPLACE, UPDATE OR IGNORE, …). */
gboolean sk_db_pg_sql_rewrite (const char  *sql,
                               SkDbPgSql   *out,
                               char       **message);
void     sk_db_pg_sql_clear   (SkDbPgSql   *sql);

G_END_DECLS
