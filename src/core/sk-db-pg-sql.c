/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <string.h>

#include "sk-db-pg-private.h"

/*
 * The store writes its SQL once, for SQLite; these are the forms
 * PostgreSQL reads differently, rewritten token by token (never inside
 * '…' literals, "…" identifiers or comments):
 *
 *   ?N, ?                     → $N, $k (k one past the highest so far, as SQLite numbers them)
 *   ifnull(                   → coalesce(
 *   coalesce(x, 0)            → coalesce(x, 0::bigint)   (see integer ())
 *   max(a, b), min(a, b)      → greatest(a, b), least(a, b)   (the scalar forms)
 *   printf('%06d', x)         → lpad((x)::text, 6, '0')
 *   x IS ?N, x IS NOT ?N      → x IS NOT DISTINCT FROM $N, x IS DISTINCT FROM $N
 *   INSERT OR IGNORE INTO …   → INSERT INTO … ON CONFLICT DO NOTHING
 *   BEGIN IMMEDIATE/DEFERRED  → BEGIN
 *   temp.name                 → pg_temp.name
 *   FROM (SELECT …)           → FROM (SELECT …) AS sk_derived_N  (PostgreSQL 15 wants a name)
 *
 * What has no textual equivalent is refused with a message (a store bug,
 * worded like an engine's message, so not translated: the store shows it
 * as the detail after its own translated sentence).
 */

typedef struct
{
  const char *p;
  GString    *out;
  GByteArray *used;
  int         max_param;
  int         depth;
  guint64     derived;         /* bit d: the ( at depth d opened a subquery in FROM */
  guint64     coalesce;        /* bit d: the ( at depth d opened coalesce's arguments */
  gboolean    coalesce_next;   /* the next ( does */
  char        prev_word[16];   /* the last token when it was a word, upper case */
  int         n_aliases;
  gboolean    at_start;        /* the next word begins a statement */
  gsize       end;             /* out->len after the statement's last token */
  int         n_statements;
  char        kind[16];        /* the statement's first word, upper case */
  char        last_kind[16];   /* that of the last statement */
  gboolean    ignore;          /* ON CONFLICT DO NOTHING is due */
  gboolean    returning;       /* the statement has its own RETURNING */
  char       *insert_table;
  gsize       returning_at;    /* where RETURNING id would go, or 0 */
  char       *message;
} Rewriter;

static gboolean
is_word_start (char c)
{
  return g_ascii_isalpha (c) || c == '_' || (guchar) c >= 0x80;
}

static gboolean
is_word_char (char c)
{
  return is_word_start (c) || g_ascii_isdigit (c) || c == '$';
}

static const char *
skip_space (const char *p)
{
  while (g_ascii_isspace (*p))
    p++;
  return p;
}

/* The end of the word at @p (@p itself when none starts there). */
static const char *
word_end (const char *p)
{
  if (!is_word_start (*p))
    return p;
  while (is_word_char (*p))
    p++;
  return p;
}

static gboolean
word_is (const char *p,
         const char *end,
         const char *word)
{
  gsize n = strlen (word);

  return (gsize) (end - p) == n && g_ascii_strncasecmp (p, word, n) == 0;
}

/* TRUE when the next word after @p (past spaces) is @word; *after is set
 * past it. */
static gboolean
next_word_is (const char  *p,
              const char  *word,
              const char **after)
{
  const char *start = skip_space (p);
  const char *end = word_end (start);

  if (!word_is (start, end, word))
    return FALSE;
  if (after != NULL)
    *after = end;
  return TRUE;
}

/* Past a '…' literal or "…" identifier starting at @p (doubled quotes
 * inside); at the end of the text when it is not closed. */
static const char *
skip_quoted (const char *p)
{
  char quote = *p++;

  for (; *p != '\0'; p++)
    if (*p == quote)
      {
        if (p[1] != quote)
          return p + 1;
        p++;
      }
  return p;
}

/* The ')' closing the '(' at @open, counting the commas at its own
 * level; NULL when it is not closed. */
static const char *
matching_paren (const char *open,
                int        *commas)
{
  int depth = 0;

  *commas = 0;
  for (const char *p = open; *p != '\0';)
    {
      if (*p == '\'' || *p == '"')
        {
          p = skip_quoted (p);
          continue;
        }
      if (*p == '(')
        depth++;
      else if (*p == ')' && --depth == 0)
        return p;
      else if (*p == ',' && depth == 1)
        (*commas)++;
      p++;
    }
  return NULL;
}

static void
refuse (Rewriter   *rw,
        const char *message)
{
  if (rw->message == NULL)
    rw->message = g_strdup (message);
}

static void
mark_end (Rewriter *rw)
{
  rw->end = rw->out->len;
  rw->prev_word[0] = '\0';
}

static void
note_word (Rewriter   *rw,
           const char *start,
           const char *end)
{
  gsize n = MIN ((gsize) (end - start), sizeof rw->prev_word - 1);

  for (gsize i = 0; i < n; i++)
    rw->prev_word[i] = g_ascii_toupper (start[i]);
  rw->prev_word[n] = '\0';
}

/* What may follow a table expression in FROM when it has no alias. */
static gboolean
needs_alias (const char *after)
{
  static const char *const clauses[] = {
    "WHERE", "GROUP", "ORDER", "LIMIT", "OFFSET", "UNION", "INTERSECT", "EXCEPT", "HAVING",
    "WINDOW", "JOIN", "LEFT", "RIGHT", "INNER", "FULL", "CROSS", "NATURAL", "ON", "USING",
    "RETURNING", "FETCH", "FOR",
  };
  const char *p = skip_space (after);
  const char *end = word_end (p);

  if (*p == '\0' || *p == ';' || *p == ')' || *p == ',')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (clauses); i++)
    if (word_is (p, end, clauses[i]))
      return TRUE;
  return FALSE;
}

static void
open_paren (Rewriter *rw)
{
  gboolean in_from = g_str_equal (rw->prev_word, "FROM") || g_str_equal (rw->prev_word, "JOIN");
  const char *inner = skip_space (rw->p + 1);

  if (rw->depth + 1 >= 64)
    rw->coalesce_next = FALSE;

  rw->depth++;
  if (rw->depth < 64)
    {
      guint64 bit = G_GUINT64_CONSTANT (1) << rw->depth;

      if (rw->coalesce_next)
        rw->coalesce |= bit;
      else
        rw->coalesce &= ~bit;
      rw->coalesce_next = FALSE;
      if (in_from && (next_word_is (inner, "SELECT", NULL) || next_word_is (inner, "WITH", NULL)
                      || next_word_is (inner, "VALUES", NULL)))
        rw->derived |= bit;
      else
        rw->derived &= ~bit;
    }
}

static void
close_paren (Rewriter *rw)
{
  if (rw->depth > 0 && rw->depth < 64 && (rw->derived & (G_GUINT64_CONSTANT (1) << rw->depth))
      && needs_alias (rw->p))
    g_string_append_printf (rw->out, " AS sk_derived_%d", ++rw->n_aliases);
  rw->depth--;
}

static void
finish_statement (Rewriter *rw)
{
  if (rw->ignore)
    {
      g_string_insert (rw->out, rw->end, " ON CONFLICT DO NOTHING");
      rw->end += strlen (" ON CONFLICT DO NOTHING");
    }
  if (g_str_equal (rw->kind, "INSERT") && !rw->returning && rw->insert_table != NULL)
    rw->returning_at = rw->end;
  else
    rw->returning_at = 0;
  if (rw->kind[0] != '\0')
    {
      rw->n_statements++;
      memcpy (rw->last_kind, rw->kind, sizeof rw->kind);
    }
  rw->ignore = FALSE;
  rw->returning = FALSE;
  rw->at_start = TRUE;
  rw->depth = 0;
  rw->derived = 0;
  rw->coalesce = 0;
}

/* printf('%0Nd', x) → lpad((x)::text, N, '0'); FALSE (left as written, and
 * PostgreSQL will say printf does not exist) for any other format. */
static gboolean
rewrite_printf (Rewriter   *rw,
                const char *after)
{
  const char *p = skip_space (after);
  const char *close, *expr;
  int commas, width;
  char *end;

  if (*p != '(' || (close = matching_paren (p, &commas)) == NULL || commas != 1)
    return FALSE;
  p = skip_space (p + 1);
  if (strncmp (p, "'%0", 3) != 0)
    return FALSE;
  width = (int) strtol (p + 3, &end, 10);
  if (width <= 0 || strncmp (end, "d'", 2) != 0)
    return FALSE;
  p = skip_space (end + 2);
  if (*p != ',')
    return FALSE;
  expr = p + 1;
  /* Only a plain expression: no parameters or literals to renumber. */
  for (p = expr; p < close; p++)
    if (*p == '?' || *p == '\'' || *p == '"' || *p == ';')
      return FALSE;
  g_string_append (rw->out, "lpad((");
  g_string_append_len (rw->out, expr, close - expr);
  g_string_append_printf (rw->out, ")::text, %d, '0')", width);
  rw->p = close + 1;
  return TRUE;
}

/* The table an INSERT writes into, as written after INTO. */
static void
note_insert_table (Rewriter   *rw,
                   const char *after)
{
  const char *start, *p;

  if (!next_word_is (after, "INTO", &p))
    return;
  start = p = skip_space (p);
  for (;;)
    {
      if (*p == '"')
        p = skip_quoted (p);
      else if (is_word_start (*p))
        p = word_end (p);
      else
        break;
      if (*p != '.')
        break;
      p++;
    }
  if (p > start)
    {
      g_free (rw->insert_table);
      rw->insert_table = g_strndup (start, p - start);
      if (g_ascii_strncasecmp (rw->insert_table, "temp.", 5) == 0)
        {
          char *rest = g_strdup (rw->insert_table + 5);

          g_free (rw->insert_table);
          rw->insert_table = g_strconcat ("pg_temp.", rest, NULL);
          g_free (rest);
        }
    }
}

/* The first word of a statement. */
static void
first_word (Rewriter   *rw,
            const char *start,
            const char *end)
{
  const char *after;
  gsize n = MIN ((gsize) (end - start), sizeof rw->kind - 1);

  for (gsize i = 0; i < n; i++)
    rw->kind[i] = g_ascii_toupper (start[i]);
  rw->kind[n] = '\0';
  rw->at_start = FALSE;
  g_clear_pointer (&rw->insert_table, g_free);

  if (word_is (start, end, "PRAGMA"))
    refuse (rw, "PRAGMA is SQLite's own and cannot be sent to PostgreSQL");
  else if (word_is (start, end, "REPLACE"))
    refuse (rw, "REPLACE INTO cannot run on PostgreSQL: write INSERT … ON CONFLICT DO UPDATE");
  else if (word_is (start, end, "UPDATE") && next_word_is (end, "OR", NULL))
    refuse (rw, "UPDATE OR … cannot run on PostgreSQL");
  g_string_append_len (rw->out, start, end - start);
  rw->p = end;

  if (word_is (start, end, "BEGIN")
      && (next_word_is (end, "IMMEDIATE", &after) || next_word_is (end, "DEFERRED", &after)
          || next_word_is (end, "EXCLUSIVE", &after)))
    rw->p = after;   /* PostgreSQL takes its locks row by row */
  else if (word_is (start, end, "INSERT") && next_word_is (end, "OR", &after))
    {
      if (next_word_is (after, "IGNORE", &after))
        {
          rw->ignore = TRUE;
          rw->p = after;
        }
      else
        refuse (rw, "INSERT OR REPLACE (or ROLLBACK, ABORT, FAIL) cannot run on PostgreSQL: "
                    "write INSERT … ON CONFLICT DO UPDATE");
    }
  if (word_is (start, end, "INSERT"))
    note_insert_table (rw, rw->p);
}

static void
word (Rewriter *rw)
{
  const char *start = rw->p, *end = word_end (start), *after;
  const char *next = skip_space (end);
  int commas;

  if (rw->at_start)
    {
      first_word (rw, start, end);
      mark_end (rw);
      return;
    }
  rw->p = end;
  rw->coalesce_next = *next == '(' && (word_is (start, end, "ifnull") || word_is (start, end, "coalesce"));
  if (*next == '(' && word_is (start, end, "ifnull"))
    g_string_append (rw->out, "coalesce");
  else if (*next == '(' && (word_is (start, end, "max") || word_is (start, end, "min"))
           && matching_paren (next, &commas) != NULL && commas > 0)
    g_string_append (rw->out, g_ascii_tolower (start[1]) == 'a' ? "greatest" : "least");
  else if (word_is (start, end, "printf") && rewrite_printf (rw, end))
    ;
  else if (word_is (start, end, "IS") && *next == '?')
    g_string_append (rw->out, "IS NOT DISTINCT FROM");
  else if (word_is (start, end, "IS") && next_word_is (end, "NOT", &after) && *skip_space (after) == '?')
    {
      g_string_append (rw->out, "IS DISTINCT FROM");
      rw->p = after;
    }
  else if (word_is (start, end, "temp") && *end == '.')
    g_string_append (rw->out, "pg_temp");
  else
    {
      if (rw->depth == 0 && word_is (start, end, "RETURNING") && g_str_equal (rw->kind, "INSERT"))
        {
          if (rw->ignore)
            g_string_append (rw->out, "ON CONFLICT DO NOTHING ");
          rw->ignore = FALSE;
          rw->returning = TRUE;
        }
      g_string_append_len (rw->out, start, end - start);
    }
  mark_end (rw);
  note_word (rw, start, end);
}

static void
parameter (Rewriter *rw)
{
  const char *p = rw->p + 1;
  int n;

  if (g_ascii_isdigit (*p))
    {
      char *end;

      n = (int) strtol (p, &end, 10);
      p = end;
    }
  else
    n = rw->max_param + 1;
  if (n <= 0 || n > 32766)
    {
      refuse (rw, "A parameter number is out of range");
      n = 1;
    }
  rw->max_param = MAX (rw->max_param, n);
  if (rw->used->len <= (guint) n)
    {
      guint len = rw->used->len;

      g_byte_array_set_size (rw->used, n + 1);
      memset (rw->used->data + len, 0, n + 1 - len);
    }
  rw->used->data[n] = 1;
  g_string_append_printf (rw->out, "$%d", n);
  rw->p = p;
  mark_end (rw);
}

/* An integer literal that is a whole argument of coalesce() (ifnull()) is
 * made a bigint, as the store's ids and counts are: PostgreSQL types
 * coalesce(?1, 0) as integer and then refuses ?1 for a bigint column
 * elsewhere in the statement ("inconsistent types deduced"). The number
 * has just been copied from @start to rw->p. */
static void
integer (Rewriter   *rw,
         const char *start)
{
  const char *after = skip_space (rw->p);
  gssize i;

  if (rw->depth <= 0 || rw->depth >= 64 || !(rw->coalesce & (G_GUINT64_CONSTANT (1) << rw->depth))
      || (*after != ',' && *after != ')'))
    return;
  for (const char *p = start; p < rw->p; p++)
    if (!g_ascii_isdigit (*p))
      return;
  /* Before it, past spaces and a minus sign: the ( or a comma. */
  i = (gssize) (rw->out->len - (rw->p - start)) - 1;
  while (i >= 0 && g_ascii_isspace (rw->out->str[i]))
    i--;
  if (i >= 0 && rw->out->str[i] == '-')
    i--;
  while (i >= 0 && g_ascii_isspace (rw->out->str[i]))
    i--;
  if (i >= 0 && (rw->out->str[i] == '(' || rw->out->str[i] == ','))
    g_string_append (rw->out, "::bigint");
}

static void
copy_until (Rewriter   *rw,
            const char *end)
{
  g_string_append_len (rw->out, rw->p, end - rw->p);
  rw->p = end;
}

static void
rewrite (Rewriter *rw)
{
  while (*rw->p != '\0')
    {
      const char *p = rw->p;

      if (*p == '\'' || *p == '"')
        {
          copy_until (rw, skip_quoted (p));
          rw->at_start = FALSE;
          mark_end (rw);
        }
      else if (p[0] == '-' && p[1] == '-')
        copy_until (rw, p + strcspn (p, "\n"));
      else if (p[0] == '/' && p[1] == '*')
        {
          const char *close = strstr (p + 2, "*/");

          copy_until (rw, close != NULL ? close + 2 : p + strlen (p));
        }
      else if (*p == '?')
        parameter (rw);
      else if (is_word_start (*p))
        word (rw);
      else if (g_ascii_isdigit (*p) || (*p == '.' && g_ascii_isdigit (p[1])))
        {
          /* A number, so that the "e9" of 1e9 is not taken for a word. */
          const char *end = p;

          while (g_ascii_isalnum (*end) || *end == '.'
                 || ((*end == '+' || *end == '-') && (end[-1] == 'e' || end[-1] == 'E')))
            end++;
          copy_until (rw, end);
          integer (rw, p);
          mark_end (rw);
        }
      else if (*p == ';' && rw->depth == 0)
        {
          finish_statement (rw);
          copy_until (rw, p + 1);
          rw->kind[0] = '\0';
        }
      else
        {
          if (*p == '(')
            open_paren (rw);
          copy_until (rw, p + 1);
          if (*p == ')')
            close_paren (rw);
          if (!g_ascii_isspace (*p))
            {
              rw->at_start = FALSE;
              mark_end (rw);
            }
        }
    }
  if (!rw->at_start)
    finish_statement (rw);
}

gboolean
sk_db_pg_sql_rewrite (const char  *sql,
                      SkDbPgSql   *out,
                      char       **message)
{
  Rewriter rw = { 0 };

  g_return_val_if_fail (sql != NULL, FALSE);

  memset (out, 0, sizeof *out);
  rw.p = sql;
  rw.out = g_string_sized_new (strlen (sql) + 32);
  rw.used = g_byte_array_new ();
  rw.at_start = TRUE;
  rewrite (&rw);

  if (rw.message != NULL)
    {
      *message = g_steal_pointer (&rw.message);
      g_string_free (rw.out, TRUE);
      g_byte_array_unref (rw.used);
      g_free (rw.insert_table);
      return FALSE;
    }
  if (rw.used->len == 0)
    g_byte_array_append (rw.used, (const guint8 *) "", 1);   /* used[0], never a parameter */
  out->n_params = rw.max_param;
  out->commits = g_str_equal (rw.last_kind, "COMMIT") || g_str_equal (rw.last_kind, "END");
  if (rw.n_statements == 1 && rw.returning_at > 0)
    {
      GString *with = g_string_new (rw.out->str);

      g_string_insert (with, rw.returning_at, " RETURNING id");
      out->text_returning = g_string_free (with, FALSE);
      out->insert_table = g_steal_pointer (&rw.insert_table);
    }
  g_free (rw.insert_table);
  out->used = g_byte_array_free (rw.used, FALSE);
  out->text = g_string_free (rw.out, FALSE);
  return TRUE;
}

void
sk_db_pg_sql_clear (SkDbPgSql *sql)
{
  g_clear_pointer (&sql->text, g_free);
  g_clear_pointer (&sql->text_returning, g_free);
  g_clear_pointer (&sql->insert_table, g_free);
  g_clear_pointer (&sql->used, g_free);
  sql->n_params = 0;
}
