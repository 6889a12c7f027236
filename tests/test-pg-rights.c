/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rights a PostgreSQL server enforces (SK_STORE_PG_ROLES), checked with
 * hand-written SQL as each kind of user, through libpq alone: what one
 * person may do with psql is what the server refuses, not the app. Needs a
 * server: SK_TEST_PG holds an administrator's connection string (the test
 * command starts a throw-away cluster); without it every case skips. */

#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <glib.h>
#include <libpq-fe.h>

#include "sk-store-pg-schema.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGconn, PQfinish)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, PQclear)

#define REFUSED "42501" /* insufficient_privilege */

/* Roles belong to the whole cluster, which other tests (and this one in
 * another build) share: every name here carries the process id. */
static char *suffix;
static char *template_db;
static GPtrArray *databases;

typedef struct {
  char   *db;
  PGconn *admin;
} Fixture;

static char *
user_name (const char *base)
{
  return g_strdup_printf ("%s_%s", base, suffix);
}

static PGconn *
connect_as (const char *db,
            const char *user)
{
  const char *keys[] = { "dbname", "dbname", "user", NULL };
  const char *values[] = { g_getenv ("SK_TEST_PG"), db, user, NULL };
  PGconn *conn;

  /* The first dbname is the whole connection string; the rest override it. */
  if (db == NULL)
    keys[1] = NULL;
  else if (user == NULL)
    keys[2] = NULL;
  conn = PQconnectdbParams (keys, values, 1);
  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("cannot connect to %s as %s: %s", db ? db : "the server", user ? user : "admin", PQerrorMessage (conn));
  PQsetNoticeProcessor (conn, NULL, NULL);
  return conn;
}

/* Runs @sql, which must succeed; returns the number of rows it changed. */
static int
run_ok (PGconn     *conn,
        const char *sql)
{
  g_autoptr(PGresult) res = PQexec (conn, sql);
  ExecStatusType status = PQresultStatus (res);

  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    g_error ("refused, expected to succeed: %.300s\n%s", sql, PQresultErrorMessage (res));
  return atoi (PQcmdTuples (res));
}

/* Runs @sql, which the server must refuse with @sqlstate. */
static void
run_refused (PGconn     *conn,
             const char *sqlstate,
             const char *sql)
{
  g_autoptr(PGresult) res = PQexec (conn, sql);
  const char *state;

  if (PQresultStatus (res) != PGRES_FATAL_ERROR)
    {
      g_test_message ("expected %s, but it succeeded (%s rows): %s", sqlstate, PQcmdTuples (res), sql);
      g_test_fail ();
      return;
    }
  state = PQresultErrorField (res, PG_DIAG_SQLSTATE);
  g_test_message ("refused as expected: %s -> %s %s", sql, state, PQresultErrorField (res, PG_DIAG_MESSAGE_PRIMARY));
  g_assert_cmpstr (state, ==, sqlstate);
}

/* The first column of the first row, as text ("" for NULL or no row). */
static char *
query (PGconn     *conn,
       const char *sql)
{
  g_autoptr(PGresult) res = PQexec (conn, sql);

  if (PQresultStatus (res) != PGRES_TUPLES_OK)
    g_error ("query failed: %s\n%s", sql, PQresultErrorMessage (res));
  return g_strdup (PQntuples (res) > 0 ? PQgetvalue (res, 0, 0) : "");
}

static void
assert_query (PGconn     *conn,
              const char *sql,
              const char *expected)
{
  g_autofree char *got = query (conn, sql);

  g_assert_cmpstr (got, ==, expected);
}

/* Units A (with a sub-unit A1) and B; indicator I; the 2024 plan adopted,
 * the 2025 plan a draft, each with a focus area, a goal and a target of I;
 * one outcome of each unit. Ids are fixed: 1 A, 2 A1, 3 B. */
static const char seed_sql[] =
  "INSERT INTO unit (id, name, parent_id) VALUES (1, 'A', NULL), (2, 'A1', 1), (3, 'B', NULL);"
  "INSERT INTO indicator (id, name, perspective) VALUES (1, 'I', 0), (2, 'J', 0);"
  "INSERT INTO plan (id, year, title) VALUES (1, 2024, 'Plan 2024'), (2, 2025, 'Plan 2025');"
  "INSERT INTO focus_area (id, plan_id, position, title) VALUES (1, 1, 0, 'F 2024'), (2, 2, 0, 'F 2025');"
  "INSERT INTO board_goal (id, focus_area_id, position, text) VALUES (1, 1, 0, 'adopted goal'), (2, 2, 0, 'draft goal');"
  "INSERT INTO goal_indicator (board_goal_id, indicator_id, position) VALUES (1, 1, 0), (2, 1, 0);"
  "INSERT INTO plan_indicator (plan_id, indicator_id, position) VALUES (1, 1, 0), (2, 1, 0);"
  "INSERT INTO target (indicator_id, year, text) VALUES (1, 2024, '>95 %'), (1, 2025, '>96 %');"
  "INSERT INTO outcome (id, indicator_id, unit_id, period, kind, value, changed_by, changed_at) VALUES"
  " (1, 1, 1, '2025-01', 0, 10, 'seed', 'now'), (2, 1, 2, '2025-01', 0, 20, 'seed', 'now'),"
  " (3, 1, 3, '2025-01', 0, 30, 'seed', 'now');"
  SK_STORE_PG_RESYNC_IDS
  "UPDATE plan SET status = 1, decision_date = '2023-12-11' WHERE year = 2024;";

static void
make_template (void)
{
  g_autoptr(PGconn) server = connect_as (NULL, NULL);
  g_autoptr(PGconn) conn = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *ed_a = user_name ("ed_a");
  g_autofree char *planner1 = user_name ("planner1");
  g_autofree char *board1 = user_name ("board1");
  g_autofree char *admin1 = user_name ("admin1");

  template_db = g_strdup_printf ("sk_rights_%s", suffix);
  sql = g_strdup_printf ("CREATE DATABASE %s", template_db);
  run_ok (server, sql);
  conn = connect_as (template_db, NULL);
  run_ok (conn, SK_STORE_PG_SCHEMA);
  run_ok (conn, SK_STORE_PG_NOTIFY);
  run_ok (conn, SK_STORE_PG_ROLES);
  /* An administrator may run it again (after an upgrade, say). */
  run_ok (conn, SK_STORE_PG_ROLES);
  run_ok (conn, seed_sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT styrkort_grant_editor('%s', 'A');"
                         "SELECT styrkort_create_user('%s', 'planner');"
                         "SELECT styrkort_create_user('%s', 'board');"
                         "SELECT styrkort_create_user('%s', 'admin');",
                         ed_a, planner1, board1, admin1);
  run_ok (conn, sql);
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(PGconn) server = NULL;
  g_autofree char *sql = NULL;

  (void) data;
  if (g_getenv ("SK_TEST_PG") == NULL)
    return;
  if (template_db == NULL)
    make_template ();
  fx->db = g_strdup_printf ("%s_%u", template_db, databases->len);
  g_ptr_array_add (databases, g_strdup (fx->db));
  server = connect_as (NULL, NULL);
  sql = g_strdup_printf ("CREATE DATABASE %s TEMPLATE %s", fx->db, template_db);
  /* The template's last session may still be ending. */
  for (int tries = 0;; tries++)
    {
      g_autoptr(PGresult) res = PQexec (server, sql);

      if (PQresultStatus (res) == PGRES_COMMAND_OK)
        break;
      if (tries > 100 || g_strcmp0 (PQresultErrorField (res, PG_DIAG_SQLSTATE), "55006") != 0)
        g_error ("%s: %s", sql, PQresultErrorMessage (res));
      g_usleep (50000);
    }
  fx->admin = connect_as (fx->db, NULL);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  (void) data;
  g_clear_pointer (&fx->admin, PQfinish);
  g_free (fx->db);
}

static gboolean
need_server (void)
{
  if (g_getenv ("SK_TEST_PG") != NULL)
    return TRUE;
  g_test_skip ("SK_TEST_PG is not set: no PostgreSQL server to test against");
  return FALSE;
}

static PGconn *
connect_user (Fixture    *fx,
              const char *base)
{
  g_autofree char *user = user_name (base);

  return connect_as (fx->db, user);
}

/* An editor writes outcomes of its unit and of the unit's sub-units. */
static void
test_editor_own_units (Fixture       *fx,
                       gconstpointer  data)
{
  g_autoptr(PGconn) ed = NULL;

  (void) data;
  if (!need_server ())
    return;
  ed = connect_user (fx, "ed_a");
  g_assert_cmpint (run_ok (ed, "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, changed_by, changed_at)"
                               " VALUES (1, 1, '2025-02', 0, 11, 'ed', 'now')"), ==, 1);
  g_assert_cmpint (run_ok (ed, "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, changed_by, changed_at)"
                               " VALUES (1, 2, '2025-02', 0, 21, 'ed', 'now')"), ==, 1);
  g_assert_cmpint (run_ok (ed, "UPDATE outcome SET value = 12, comment = 'checked' WHERE id = 1"), ==, 1);
  g_assert_cmpint (run_ok (ed, "UPDATE outcome SET value = 22 WHERE id = 2"), ==, 1);
  /* The store's own statement: an upsert. */
  g_assert_cmpint (run_ok (ed, "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, changed_by, changed_at)"
                               " VALUES (1, 1, '2025-01', 0, 13, 'ed', 'now')"
                               " ON CONFLICT (indicator_id, unit_id, period, kind) DO UPDATE SET value = excluded.value"), ==, 1);
  g_assert_cmpint (run_ok (ed, "INSERT INTO audit (at, who, entity, entity_id, indicator_id, field, old_value, new_value)"
                               " VALUES ('now', 'ed', 'outcome', 1, 1, 'value', '12', '13')"), ==, 1);
  g_assert_cmpint (run_ok (ed, "DELETE FROM outcome WHERE unit_id = 2 AND period = '2025-02'"), ==, 1);
  /* Budget follow-up of its unit too, not the budget itself. */
  g_assert_cmpint (run_ok (ed, "INSERT INTO budget_value (year, unit_id, line, kind, month, value, changed_by, changed_at)"
                               " VALUES (2025, 2, 0, 1, 1, -100, 'ed', 'now')"), ==, 1);
  run_refused (ed, REFUSED, "INSERT INTO budget_value (year, unit_id, line, kind, month, value, changed_by, changed_at)"
                            " VALUES (2025, 2, 0, 0, 1, -100, 'ed', 'now')");

  assert_query (fx->admin, "SELECT value || ' ' || comment FROM outcome WHERE id = 1", "13 checked");
  assert_query (fx->admin, "SELECT value FROM outcome WHERE id = 2", "22");
  assert_query (fx->admin, "SELECT string_agg(unit_id || ':' || value, ' ' ORDER BY unit_id) FROM outcome"
                           " WHERE period = '2025-02'", "1:11");
}

/* Nothing of another unit's outcomes can be written, whatever the statement. */
static void
test_editor_other_unit (Fixture       *fx,
                        gconstpointer  data)
{
  g_autoptr(PGconn) ed = NULL;

  (void) data;
  if (!need_server ())
    return;
  ed = connect_user (fx, "ed_a");
  run_refused (ed, REFUSED, "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, changed_by, changed_at)"
                            " VALUES (1, 3, '2025-02', 0, 31, 'ed', 'now')");
  run_refused (ed, REFUSED, "UPDATE outcome SET value = 99 WHERE id = 3");
  run_refused (ed, REFUSED, "UPDATE outcome SET value = 99 WHERE unit_id = 3 OR unit_id = 1");
  run_refused (ed, REFUSED, "DELETE FROM outcome WHERE id = 3");
  run_refused (ed, REFUSED, "DELETE FROM outcome");
  /* Moving a row between units counts for both. */
  run_refused (ed, REFUSED, "UPDATE outcome SET unit_id = 3, period = '2025-03' WHERE id = 1");
  run_refused (ed, REFUSED, "UPDATE outcome SET unit_id = 1, period = '2025-03' WHERE id = 3");
  run_refused (ed, REFUSED, "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, changed_by, changed_at)"
                            " VALUES (1, 3, '2025-01', 0, 99, 'ed', 'now')"
                            " ON CONFLICT (indicator_id, unit_id, period, kind) DO UPDATE SET value = excluded.value");
  run_refused (ed, REFUSED, "INSERT INTO budget_value (year, unit_id, line, kind, month, value, changed_by, changed_at)"
                            " VALUES (2025, 3, 0, 1, 1, -100, 'ed', 'now')");
  /* A table of its own cannot stand in for the list of its units. */
  run_ok (ed, "CREATE TEMP TABLE unit_editor (role_name text, unit_id bigint);"
              "INSERT INTO unit_editor SELECT current_user, 3");
  run_refused (ed, REFUSED, "UPDATE outcome SET value = 99 WHERE id = 3");
  /* Nor can it give itself units, or write the plan, or rewrite history. */
  run_refused (ed, REFUSED, "INSERT INTO public.unit_editor VALUES (current_user, 3)");
  run_refused (ed, REFUSED, "UPDATE board_goal SET text = 'x' WHERE id = 2");
  run_refused (ed, REFUSED, "UPDATE audit SET who = 'x'");
  run_refused (ed, REFUSED, "DELETE FROM audit");

  assert_query (fx->admin, "SELECT string_agg(id || ':' || unit_id || ':' || value, ' ' ORDER BY id) FROM outcome",
                "1:1:10 2:2:20 3:3:30");
  assert_query (fx->admin, "SELECT count(*) FROM budget_value", "0");
  assert_query (fx->admin, "SELECT count(*) FROM unit_editor WHERE unit_id = 3", "0");
}

/* The board reads; every write is refused. */
static void
test_board_read_only (Fixture       *fx,
                      gconstpointer  data)
{
  g_autoptr(PGconn) board = NULL;

  (void) data;
  if (!need_server ())
    return;
  board = connect_user (fx, "board1");
  assert_query (board, "SELECT count(*) FROM outcome", "3");
  run_refused (board, REFUSED, "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, changed_by, changed_at)"
                               " VALUES (1, 1, '2025-02', 0, 1, 'board', 'now')");
  run_refused (board, REFUSED, "UPDATE outcome SET value = 1");
  run_refused (board, REFUSED, "DELETE FROM outcome");
  run_refused (board, REFUSED, "UPDATE board_goal SET text = 'x' WHERE id = 2");
  run_refused (board, REFUSED, "INSERT INTO focus_area (plan_id, position, title) VALUES (2, 1, 'x')");
  run_refused (board, REFUSED, "DELETE FROM plan WHERE id = 2");
  run_refused (board, REFUSED, "UPDATE plan SET status = 1 WHERE id = 2");
  run_refused (board, REFUSED, "UPDATE indicator SET name = 'x'");
  run_refused (board, REFUSED, "INSERT INTO goal_assessment (board_goal_id, period, assessment, changed_by, changed_at)"
                               " VALUES (1, '2025-04', 1, 'board', 'now')");
  run_refused (board, REFUSED, "INSERT INTO audit (at, who, entity, entity_id, field) VALUES ('now', 'b', 'plan', 1, 'x')");
  run_refused (board, REFUSED, "UPDATE unit SET name = 'x' WHERE id = 1");
  run_refused (board, REFUSED, "SELECT styrkort_create_user(current_user, 'admin')");

  assert_query (fx->admin, "SELECT string_agg(value::text, ' ' ORDER BY id) FROM outcome", "10 20 30");
  assert_query (fx->admin, "SELECT text FROM board_goal WHERE id = 2", "draft goal");
  assert_query (fx->admin, "SELECT status FROM plan WHERE id = 2", "0");
  assert_query (fx->admin, "SELECT count(*) FROM audit", "0");
}

/* A planner edits the draft plan, adopts it, and it is locked from then on. */
static void
test_planner_draft (Fixture       *fx,
                    gconstpointer  data)
{
  g_autoptr(PGconn) planner = NULL;

  (void) data;
  if (!need_server ())
    return;
  planner = connect_user (fx, "planner1");
  g_assert_cmpint (run_ok (planner, "UPDATE board_goal SET text = 'draft goal, edited' WHERE id = 2"), ==, 1);
  g_assert_cmpint (run_ok (planner, "INSERT INTO focus_area (plan_id, position, title) VALUES (2, 1, 'new area')"), ==, 1);
  g_assert_cmpint (run_ok (planner, "UPDATE target SET text = '>97 %' WHERE indicator_id = 1 AND year = 2025"), ==, 1);
  g_assert_cmpint (run_ok (planner, "INSERT INTO goal_indicator (board_goal_id, indicator_id, position) VALUES (2, 2, 1)"), ==, 1);
  g_assert_cmpint (run_ok (planner, "INSERT INTO audit (at, who, entity, entity_id, field) VALUES ('now', 'p', 'plan', 2, 'x')"), ==, 1);
  assert_query (fx->admin, "SELECT text FROM board_goal WHERE id = 2", "draft goal, edited");

  /* Adopting is the last change of a draft. */
  g_assert_cmpint (run_ok (planner, "UPDATE plan SET status = 1, decision_date = '2024-12-11' WHERE id = 2"), ==, 1);
  run_refused (planner, REFUSED, "UPDATE board_goal SET text = 'after adoption' WHERE id = 2");
  assert_query (fx->admin, "SELECT text FROM board_goal WHERE id = 2", "draft goal, edited");
}

/* Nothing that belongs to an adopted plan changes by a planner's hand. */
static void
test_planner_adopted (Fixture       *fx,
                      gconstpointer  data)
{
  g_autoptr(PGconn) planner = NULL;

  (void) data;
  if (!need_server ())
    return;
  planner = connect_user (fx, "planner1");
  run_refused (planner, REFUSED, "UPDATE board_goal SET text = 'x' WHERE id = 1");
  run_refused (planner, REFUSED, "DELETE FROM board_goal WHERE id = 1");
  run_refused (planner, REFUSED, "INSERT INTO board_goal (focus_area_id, position, text) VALUES (1, 1, 'x')");
  run_refused (planner, REFUSED, "INSERT INTO focus_area (plan_id, position, title) VALUES (1, 1, 'x')");
  run_refused (planner, REFUSED, "UPDATE focus_area SET title = 'x' WHERE id = 1");
  run_refused (planner, REFUSED, "DELETE FROM goal_indicator WHERE board_goal_id = 1");
  run_refused (planner, REFUSED, "DELETE FROM plan_indicator WHERE plan_id = 1");
  run_refused (planner, REFUSED, "UPDATE target SET text = 'x' WHERE year = 2024");
  run_refused (planner, REFUSED, "INSERT INTO target (indicator_id, year, text) VALUES (2, 2024, 'x')");
  /* Moving a goal in or out of an adopted plan changes it too. */
  run_refused (planner, REFUSED, "UPDATE board_goal SET focus_area_id = 1 WHERE id = 2");
  run_refused (planner, REFUSED, "UPDATE board_goal SET focus_area_id = 2 WHERE id = 1");
  /* Nor is the plan reopened, retitled or deleted; nor its indicator deleted. */
  run_refused (planner, REFUSED, "UPDATE plan SET status = 0 WHERE id = 1");
  run_refused (planner, REFUSED, "UPDATE plan SET title = 'x' WHERE id = 1");
  run_refused (planner, REFUSED, "DELETE FROM plan WHERE id = 1");
  run_refused (planner, REFUSED, "DELETE FROM indicator WHERE id = 1");
  run_refused (planner, REFUSED, "INSERT INTO plan (year, title, status) VALUES (2023, 'x', 1)");
  run_refused (planner, REFUSED, "INSERT INTO budget_value (year, unit_id, line, kind, month, value, changed_by, changed_at)"
                                 " VALUES (2024, 1, 0, 0, 0, -100, 'p', 'now')");
  /* Outcomes are the editors'. */
  run_refused (planner, REFUSED, "UPDATE outcome SET value = 1 WHERE id = 1");
  run_refused (planner, REFUSED, "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, changed_by, changed_at)"
                                 " VALUES (1, 1, '2025-02', 0, 1, 'p', 'now')");
  /* The follow-up of an adopted plan stays open. */
  g_assert_cmpint (run_ok (planner, "INSERT INTO goal_assessment (board_goal_id, period, assessment, changed_by, changed_at)"
                                    " VALUES (1, '2024-04', 1, 'p', 'now')"), ==, 1);
  /* An indicator of no adopted plan may go. */
  g_assert_cmpint (run_ok (planner, "DELETE FROM indicator WHERE id = 2"), ==, 1);

  assert_query (fx->admin, "SELECT text FROM board_goal WHERE id = 1", "adopted goal");
  assert_query (fx->admin, "SELECT count(*) FROM board_goal", "2");
  assert_query (fx->admin, "SELECT string_agg(title, ' ' ORDER BY id) FROM focus_area", "F 2024 F 2025");
  assert_query (fx->admin, "SELECT count(*) FROM goal_indicator WHERE board_goal_id = 1", "1");
  assert_query (fx->admin, "SELECT text FROM target WHERE year = 2024", ">95 %");
  assert_query (fx->admin, "SELECT status || ' ' || title FROM plan WHERE id = 1", "1 Plan 2024");
  assert_query (fx->admin, "SELECT count(*) FROM indicator", "1");
  assert_query (fx->admin, "SELECT value FROM outcome WHERE id = 1", "10");
}

/* A member of styrkort_admin (not a superuser) passes every rule. */
static void
test_admin (Fixture       *fx,
            gconstpointer  data)
{
  g_autoptr(PGconn) admin = NULL;

  (void) data;
  if (!need_server ())
    return;
  admin = connect_user (fx, "admin1");
  g_assert_cmpint (run_ok (admin, "UPDATE outcome SET value = 31 WHERE id = 3"), ==, 1);
  g_assert_cmpint (run_ok (admin, "UPDATE board_goal SET text = 'corrected' WHERE id = 1"), ==, 1);
  g_assert_cmpint (run_ok (admin, "DELETE FROM audit"), ==, 0);
  assert_query (fx->admin, "SELECT value FROM outcome WHERE id = 3", "31");
}

/* Everybody reads every table. */
static void
test_everyone_reads (Fixture       *fx,
                     gconstpointer  data)
{
  const char *const tables[] = { SK_STORE_PG_TABLES, "styrkort_meta", "unit_editor" };
  const char *const users[] = { "ed_a", "planner1", "board1", "admin1" };

  (void) data;
  if (!need_server ())
    return;
  for (guint u = 0; u < G_N_ELEMENTS (users); u++)
    {
      g_autoptr(PGconn) conn = connect_user (fx, users[u]);

      for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[t]);
          g_autofree char *mine = query (conn, sql);
          g_autofree char *all = query (fx->admin, sql);

          g_assert_cmpstr (mine, ==, all);
        }
    }
  assert_query (fx->admin, "SELECT value FROM styrkort_meta WHERE key = 'schema_version'", "4");
  assert_query (fx->admin, "SELECT value FROM styrkort_meta WHERE key = 'application'", "styrkort");
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* A change by one user reaches the windows of the others. */
static void
test_notify (Fixture       *fx,
             gconstpointer  data)
{
  g_autoptr(PGconn) ed = NULL;
  g_autoptr(PGconn) board = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  PGnotify *note;

  (void) data;
  if (!need_server ())
    return;
  board = connect_user (fx, "board1");
  ed = connect_user (fx, "ed_a");
  run_ok (board, "LISTEN styrkort");
  run_ok (ed, "BEGIN;"
              "UPDATE outcome SET value = 14 WHERE id = 1;"
              "UPDATE outcome SET value = 24 WHERE id = 2;"
              "INSERT INTO audit (at, who, entity, entity_id, field) VALUES ('now', 'ed', 'outcome', 1, 'value');"
              "COMMIT");
  /* Delivered at commit, before the server answers COMMIT: waiting on the
   * socket is a bound, not a measure. */
  for (int waits = 0; seen->len < 2 && waits < 100; waits++)
    {
      fd_set fds;
      struct timeval tv = { 0, 100000 };

      FD_ZERO (&fds);
      FD_SET (PQsocket (board), &fds);
      select (PQsocket (board) + 1, &fds, NULL, NULL, &tv);
      PQconsumeInput (board);
      while ((note = PQnotifies (board)) != NULL)
        {
          g_assert_cmpstr (note->relname, ==, "styrkort");
          g_ptr_array_add (seen, g_strdup (note->extra));
          PQfreemem (note);
        }
    }
  g_ptr_array_sort (seen, compare_strings);
  g_assert_cmpuint (seen->len, ==, 2);
  /* One notification per table and transaction. */
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "audit");
  g_assert_cmpstr (g_ptr_array_index (seen, 1), ==, "outcome");
}

static void
drop_all (void)
{
  g_autoptr(PGconn) server = connect_as (NULL, NULL);
  const char *const users[] = { "ed_a", "planner1", "board1", "admin1" };

  for (guint i = 0; i < databases->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)",
                                              (char *) g_ptr_array_index (databases, i));
      run_ok (server, sql);
    }
  if (template_db != NULL)
    {
      g_autofree char *sql = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)", template_db);
      run_ok (server, sql);
    }
  for (guint i = 0; i < G_N_ELEMENTS (users); i++)
    {
      g_autofree char *user = user_name (users[i]);
      g_autofree char *sql = g_strdup_printf ("DROP ROLE IF EXISTS %s", user);
      run_ok (server, sql);
    }
}

#define ADD(path, func) \
  g_test_add ("/pg-rights/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  suffix = g_strdup_printf ("%d", (int) getpid ());
  databases = g_ptr_array_new_with_free_func (g_free);

  ADD ("editor/own-units", test_editor_own_units);
  ADD ("editor/other-unit", test_editor_other_unit);
  ADD ("board/read-only", test_board_read_only);
  ADD ("planner/draft", test_planner_draft);
  ADD ("planner/adopted", test_planner_adopted);
  ADD ("admin", test_admin);
  ADD ("everyone-reads", test_everyone_reads);
  ADD ("notify", test_notify);

  status = g_test_run ();
  if (g_getenv ("SK_TEST_PG") != NULL && template_db != NULL)
    drop_all ();
  g_ptr_array_unref (databases);
  g_free (template_db);
  g_free (suffix);
  return status;
}
