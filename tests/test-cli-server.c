/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-server"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include "cli-test-util.h"
#include "sk-db.h"

/* The example plan from a PostgreSQL server in styrkort-cli, with the
 * three roles (issue 12): an administrator makes the database and the
 * people; each of them sees the plan's figures as they are in a file; an
 * editor writes its own unit's outcomes and is refused another unit's, in
 * Swedish; the board reads only; a planner edits a draft plan's targets but
 * not the adopted plan's. Needs SK_TEST_PG (the test command starts a
 * throw-away cluster); without it the server's case skips. On a file the
 * role commands say that roles exist only on a server. */

typedef struct
{
  SkCliFixture fx;
  char        *suffix;   /* roles belong to the whole cluster: names carry the process id */
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  sk_cli_fixture_set_up (&f->fx, "styrkort-cli-server-XXXXXX");
  sk_cli_fixture_load_example (&f->fx);
  f->suffix = g_strdup_printf ("%d", (int) getpid ());
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  sk_cli_fixture_tear_down (&f->fx);
  g_free (f->suffix);
}

/* Runs the CLI on @db, in Swedish when @language is "sv". */
static void
run_on (Fixture *f, SkCliRun *run, const char *language, const char *db, ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, (gpointer) db);
  va_start (ap, db);
  for (const char *arg = va_arg (ap, const char *); arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  sk_cli_fixture_run_argv (&f->fx, run, language, (const char * const *) args->pdata);
}

#define RUN_OK(f, db, ...) G_STMT_START {                                   \
    g_auto(SkCliRun) run_ = { NULL };                                       \
    run_on ((f), &run_, NULL, (db), __VA_ARGS__, NULL);                     \
    if (run_.exit_code != 0)                                                \
      g_error ("exit %d: %s", run_.exit_code, run_.err);                   \
  } G_STMT_END

static char *
status_of (Fixture *f, const char *db)
{
  g_auto(SkCliRun) run = { NULL };

  run_on (f, &run, NULL, db, "status", "--year", "2024", "--period", "2024-04", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  return g_steal_pointer (&run.out);
}

static char *
export_of (Fixture *f, const char *db)
{
  g_auto(SkCliRun) run = { NULL };

  run_on (f, &run, NULL, db, "export-json", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  return g_steal_pointer (&run.out);
}

/* Whether the server keeps a password for @login. */
static gboolean
has_password (const char *admin,
              const char *login)
{
  g_autofree char *message = NULL;
  SkDb *db = sk_db_open_postgres (admin, &message);
  SkDbStmt *stmt = NULL;
  gboolean has;

  g_assert_nonnull (db);
  g_assert_cmpint (sk_db_prepare (db, "SELECT count(*) FROM pg_authid WHERE rolname = ?1 AND rolpassword IS NOT NULL",
                                  FALSE, &stmt), ==, SQLITE_OK);
  sk_db_bind_text (stmt, 1, login, -1);
  g_assert_cmpint (sk_db_step (stmt), ==, SQLITE_ROW);
  has = sk_db_column_int (stmt, 0) == 1;
  sk_db_finalize (stmt);
  sk_db_close (db);
  return has;
}

static void
test_file_has_no_roles (Fixture *f, gconstpointer data)
{
  const char *commands[][5] = {
    { "setup-roles", NULL },
    { "add-user", "anna", "--role", "planner", NULL },
    { "users", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(SkCliRun) run = { NULL };
      const char *args[8] = { "--db", f->fx.db, NULL };

      for (guint j = 0; commands[i][j] != NULL; j++)
        args[2 + j] = commands[i][j];
      sk_cli_fixture_run_argv (&f->fx, &run, "sv", args);
      g_assert_cmpint (run.exit_code, !=, 0);
      g_assert_nonnull (strstr (run.err, "Roller och användare finns bara i en databas på en PostgreSQL-server"));
    }
}

static void
test_three_roles (Fixture *f, gconstpointer data)
{
  g_autofree char *name = g_strdup_printf ("sk_cli_server_%s", f->suffix);
  g_autofree char *admin = sk_cli_test_pg_database (name);
  g_autofree char *editor = g_strdup_printf ("ed_loa_%s", f->suffix);
  g_autofree char *planner = g_strdup_printf ("plan1_%s", f->suffix);
  g_autofree char *board = g_strdup_printf ("board1_%s", f->suffix);
  g_autofree char *as_editor = NULL, *as_planner = NULL, *as_board = NULL;
  g_autofree char *on_file = NULL, *before = NULL, *after = NULL, *cleanup = NULL;
  g_autofree char *refusal = NULL;
  const char *own_unit = "Vårdcentralen Halland", *other_unit = "Folktandvården Halland";

  if (admin == NULL)
    {
      g_test_skip ("no PostgreSQL server (SK_TEST_PG is unset)");
      return;
    }
  as_editor = sk_cli_test_pg_address (admin, NULL, editor);
  as_planner = sk_cli_test_pg_address (admin, NULL, planner);
  as_board = sk_cli_test_pg_address (admin, NULL, board);

  /* The administrator makes the database and the people. */
  RUN_OK (f, admin, "init");
  RUN_OK (f, admin, "load-example");
  RUN_OK (f, admin, "setup-roles");
  /* A unit by its short name, as every other command takes it. */
  RUN_OK (f, admin, "add-user", editor, "--role", "editor", "--unit", "VC");
  {
    /* The password from the environment, never from the command line. */
    g_auto(SkCliRun) run = { NULL };
    g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", f->fx.xdg, TRUE);
    const char *args[] = { "--db", admin, "add-user", planner, "--role", "planner", NULL };

    envp = g_environ_setenv (envp, "STYRKORT_NEW_PASSWORD", "hemligt-lösen", TRUE);
    sk_cli_run_argv (&run, envp, NULL, args);
    g_assert_cmpint (run.exit_code, ==, 0);
    g_assert_null (strstr (run.out, "hemligt"));
  }
  RUN_OK (f, admin, "add-user", board, "--role", "board");
  {
    g_auto(SkCliRun) run = { NULL };
    g_autofree char *row = g_strdup_printf ("%s\teditor\t%s\n", editor, own_unit);

    run_on (f, &run, NULL, admin, "--format", "tsv", "users", NULL);
    g_assert_cmpint (run.exit_code, ==, 0);
    g_assert_nonnull (strstr (run.out, row));
    g_clear_pointer (&row, g_free);
    row = g_strdup_printf ("%s\tplanner\t\n", planner);
    g_assert_nonnull (strstr (run.out, row));
    g_clear_pointer (&row, g_free);
    row = g_strdup_printf ("%s\tboard\t\n", board);
    g_assert_nonnull (strstr (run.out, row));
  }

  g_assert_true (has_password (admin, planner));
  g_assert_false (has_password (admin, board));

  /* Everyone sees the figures the file shows. */
  on_file = status_of (f, f->fx.db);
  g_assert_nonnull (strstr (on_file, own_unit));
  for (const char *const *db = (const char *const[]) { admin, as_editor, as_planner, as_board, NULL }; *db; db++)
    {
      g_autofree char *seen = status_of (f, *db);

      g_assert_cmpstr (seen, ==, on_file);
    }

  /* The editor writes its own unit's outcome. */
  RUN_OK (f, as_editor, "set-outcome", "--indicator", "Svarstid Clinic24", "--unit", own_unit,
          "--period", "2024-05", "--value", "14");

  /* Another unit's, new or existing, is refused in Swedish and not written;
   * the board writes nothing. */
  before = export_of (f, admin);
  refusal = g_strdup_printf ("Den inloggade användaren ”%s” får inte ändra utfallen för enheten ”%s”",
                             editor, other_unit);
  for (const char *const *period = (const char *const[]) { "2024-05", "2024-04", NULL }; *period; period++)
    {
      g_auto(SkCliRun) run = { NULL };

      run_on (f, &run, "sv", as_editor, "set-outcome", "--indicator", "Korta väntetiden på Tandregleringen",
              "--unit", other_unit, "--period", *period, "--value", "14", NULL);
      g_assert_cmpint (run.exit_code, !=, 0);
      g_assert_nonnull (strstr (run.err, refusal));
      g_assert_nonnull (strstr (run.err, "Servern nekade ändringen"));
    }
  {
    g_auto(SkCliRun) run = { NULL };
    g_autofree char *who = g_strdup_printf ("”%s”", board);

    run_on (f, &run, "sv", as_board, "set-outcome", "--indicator", "Svarstid Clinic24", "--unit", own_unit,
            "--period", "2024-05", "--value", "13", NULL);
    g_assert_cmpint (run.exit_code, !=, 0);
    g_assert_nonnull (strstr (run.err, "Servern nekade ändringen"));
    g_assert_nonnull (strstr (run.err, who));
    run_on (f, &run, NULL, as_board, "set-target", "--indicator", "Svarstid Clinic24", "--year", "2025",
            "12 min", NULL);
    g_assert_cmpint (run.exit_code, !=, 0);
  }
  after = export_of (f, admin);
  g_assert_cmpstr (before, ==, after);

  /* The planner edits a draft plan's target, not the adopted plan's. */
  RUN_OK (f, admin, "copy-plan", "--from", "2025", "--to", "2026");
  RUN_OK (f, as_planner, "set-target", "--indicator", "Svarstid Clinic24", "--year", "2026", "12 min");
  {
    g_auto(SkCliRun) run = { NULL };

    run_on (f, &run, NULL, as_planner, "indicators", "--year", "2026", NULL);
    g_assert_cmpint (run.exit_code, ==, 0);
    g_assert_nonnull (strstr (run.out, "12 min"));
    run_on (f, &run, "sv", as_planner, "set-target", "--indicator", "Svarstid Clinic24", "--year", "2024",
            "12 min", NULL);
    g_assert_cmpint (run.exit_code, !=, 0);
    g_assert_nonnull (strstr (run.err, "Planen för 2024 är fastställd"));
  }

  /* Only an administrator makes people. */
  {
    g_auto(SkCliRun) run = { NULL };
    g_autofree char *intruder = g_strdup_printf ("intruder_%s", f->suffix);

    run_on (f, &run, "sv", as_planner, "add-user", intruder, "--role", "admin", NULL);
    g_assert_cmpint (run.exit_code, !=, 0);
    g_assert_nonnull (strstr (run.err, "Servern nekade ändringen"));
    run_on (f, &run, NULL, admin, "users", NULL);
    g_assert_cmpint (run.exit_code, ==, 0);
    g_assert_null (strstr (run.out, intruder));
  }

  cleanup = g_strdup_printf ("DROP DATABASE %s WITH (FORCE)", name);
  sk_cli_test_pg_exec (NULL, cleanup);
  g_free (cleanup);
  cleanup = g_strdup_printf ("DROP ROLE %s, %s, %s", editor, planner, board);
  sk_cli_test_pg_exec (NULL, cleanup);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-server/file-has-no-roles", test_file_has_no_roles);
  ADD ("/cli-server/three-roles", test_three_roles);
#undef ADD

  return g_test_run ();
}
