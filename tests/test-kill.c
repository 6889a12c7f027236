/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-kill"

#include "config.h"

#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

/*
 * kill -9 at random moments of styrkort-cli (SK_CLI, set by meson): every
 * write the program acknowledged (exit 0 before the kill) is in the file,
 * the one in flight is wholly there or wholly absent, every import and
 * demo fill is before-or-after, and PRAGMA integrity_check says ok.
 *
 * The file is read here with SQLite itself, not through the store: an
 * observer that shares no code with what it checks.
 *
 * SK_KILL_SEED picks the random delays (printed; the default is fixed),
 * SK_KILL_SCALE multiplies the number of kills (the long suite sets 10,
 * sanitizer builds 0.1: there the program is several times slower and
 * what is checked, the file after a kill, does not change).
 */

#define DEFAULT_SEED 20261206u
/* Kills per operation at scale 1: a few hundred in all. */
#define SET_OUTCOME_KILLS 150
#define IMPORT_KILLS 75
#define DEMO_KILLS 75
#define INDICATOR_PART "telefontillgänglighet"
#define UNIT "Vårdcentralen Halland"

typedef struct
{
  char   *dir;
  char   *xdg;
  char   *template_db;   /* init + load-example */
  char   *demo_db;       /* the template after a whole generate-demo */
  char   *import_json;   /* export of demo_db */
  char   *before;        /* digest of the template */
  char   *after_demo;    /* digest after a whole generate-demo */
  char   *after_import;  /* digest after a whole import-json into the template */
  gint64  demo_usec;     /* how long one uninterrupted run takes */
  gint64  import_usec;
} Shared;

static Shared shared;
static GRand *rand_gen;
static double scale = 1;

/* ---- Running the program ---- */

static char **
cli_argv (const char *db,
          const char *first,
          va_list     args)
{
  GPtrArray *argv = g_ptr_array_new ();

  g_ptr_array_add (argv, g_strdup (g_getenv ("SK_CLI")));
  g_ptr_array_add (argv, g_strdup ("--db"));
  g_ptr_array_add (argv, g_strdup (db));
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  g_ptr_array_add (argv, NULL);
  return (char **) g_ptr_array_free (argv, FALSE);
}

static char **
cli_env (void)
{
  char **envp = g_get_environ ();

  /* Never the user's real data folder; English messages. */
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", shared.xdg, TRUE);
  return g_environ_unsetenv (envp, "LANGUAGE");
}

/* Runs the CLI to the end; returns how long it took. */
static gint64
run_cli (const char *db,
         const char *first,
         ...)
{
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) envp = cli_env ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  gint64 start;
  va_list args;

  va_start (args, first);
  argv = cli_argv (db, first, args);
  va_end (args);

  start = g_get_monotonic_time ();
  g_spawn_sync (NULL, argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, NULL))
    g_error ("%s failed: %s", argv[3], err);
  return g_get_monotonic_time () - start;
}

/* Starts the CLI, sends SIGKILL after @delay_usec; TRUE when it had
 * already finished with exit 0 by then (an acknowledged write). */
static gboolean
run_and_kill (gint64      delay_usec,
              const char *db,
              const char *first,
              ...)
{
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) envp = cli_env ();
  g_autoptr(GError) error = NULL;
  GPid pid;
  int wait_status = 0;
  va_list args;

  va_start (args, first);
  argv = cli_argv (db, first, args);
  va_end (args);

  g_spawn_async (NULL, argv, envp,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_usleep (delay_usec);
  /* Not yet reaped, so the pid is still ours even if it has exited. */
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_spawn_close_pid (pid);

  if (WIFSIGNALED (wait_status))
    {
      g_assert_cmpint (WTERMSIG (wait_status), ==, SIGKILL);
      return FALSE;
    }
  g_assert_true (WIFEXITED (wait_status));
  if (WEXITSTATUS (wait_status) != 0)
    g_error ("%s exited with %d without being killed", argv[3], WEXITSTATUS (wait_status));
  return TRUE;
}

static gint64
random_delay (gint64 range)
{
  return g_rand_int_range (rand_gen, 0, (gint32) CLAMP (range, 1000, G_MAXINT32));
}

/* The range of delays follows how long a run takes now (the machine may
 * be busy): a run that finished first narrows it, a kill that came before
 * anything was written widens it. About a third of the runs finish, and
 * the kills spread over the whole run, the commit included. */
static gint64
adapt_range (gint64   range,
             gboolean finished,
             gboolean nothing_written)
{
  if (finished)
    return range * 9 / 10;
  if (nothing_written)
    return range * 21 / 20;
  return range;
}

/* ---- Files ---- */

static void
remove_db (const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  g_file_get_contents (from, &data, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, data, len, &error);
  g_assert_no_error (error);
}

/* A fresh copy of a closed database (its WAL, if any, with it). */
static void
copy_db (const char *from,
         const char *to)
{
  g_autofree char *from_wal = g_strconcat (from, "-wal", NULL);
  g_autofree char *to_wal = g_strconcat (to, "-wal", NULL);

  remove_db (to);
  copy_file (from, to);
  if (g_file_test (from_wal, G_FILE_TEST_EXISTS))
    copy_file (from_wal, to_wal);
}

/* ---- Looking at the file with SQLite itself ---- */

static sqlite3 *
open_db (const char *path)
{
  sqlite3 *db = NULL;

  /* Read-write: the first opener after a kill recovers the hot WAL. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

/* Every row of @sql, columns joined by tabs, rows by newlines. */
static char *
query_text (sqlite3    *db,
            const char *sql)
{
  GString *text = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *v = (const char *) sqlite3_column_text (stmt, i);

          g_string_append (text, i > 0 ? "\t" : "");
          g_string_append (text, v ? v : "NULL");
        }
      g_string_append_c (text, '\n');
    }
  if (rc != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return g_string_free (text, FALSE);
}

static void
assert_intact (sqlite3 *db)
{
  g_autofree char *integrity = query_text (db, "PRAGMA integrity_check");
  g_autofree char *foreign = query_text (db, "PRAGMA foreign_key_check");

  g_assert_cmpstr (integrity, ==, "ok\n");
  g_assert_cmpstr (foreign, ==, "");
}

/* What the user's data is, without what differs between two identical
 * runs (the time of the change, row ids of outcomes). Not the history
 * (audit): once, under ASan on a busy machine, a whole generate-demo wrote
 * 2 951 history rows instead of 2 944 with the same data; that is not what
 * a kill test checks (left to an issue). */
static const char *digest_queries[] = {
  "SELECT * FROM unit ORDER BY id",
  "SELECT * FROM plan ORDER BY id",
  "SELECT * FROM indicator ORDER BY id",
  "SELECT * FROM target ORDER BY indicator_id, year",
  "SELECT indicator_id, unit_id, period, kind, quote (value), quote (numerator),"
  " quote (denominator), missing_reason, comment, fictional, changed_by"
  " FROM outcome ORDER BY indicator_id, unit_id, period, kind",
};

static char *
digest_of (sqlite3 *db)
{
  static const char names[] = "upito";
  g_autofree char *outcomes = query_text (db, "SELECT count (*) FROM outcome");
  GString *digest = g_string_new (g_strchomp (outcomes));

  /* The count first, then a short sum per table (unit, plan, indicator,
   * target, outcome), so a mismatch says where it is. */
  g_string_append (digest, " outcomes,");
  for (guint i = 0; i < G_N_ELEMENTS (digest_queries); i++)
    {
      g_autofree char *text = query_text (db, digest_queries[i]);
      g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

      g_string_append_printf (digest, " %c:%.6s", names[i], sum);
    }
  return g_string_free (digest, FALSE);
}

static char *
check_file (const char *path)
{
  sqlite3 *db = open_db (path);
  char *digest;

  assert_intact (db);
  digest = digest_of (db);
  sqlite3_close (db);
  return digest;
}

/* Where two files differ: the first differing line of each query, so a
 * failure says what the user would see changed. */
static char *
explain_difference (const char *path,
                    const char *reference)
{
  GString *out = g_string_new (NULL);
  sqlite3 *a = open_db (path);
  sqlite3 *b = open_db (reference);

  for (guint i = 0; i < G_N_ELEMENTS (digest_queries); i++)
    {
      g_autofree char *ta = query_text (a, digest_queries[i]);
      g_autofree char *tb = query_text (b, digest_queries[i]);
      g_auto(GStrv) la = g_strsplit (ta, "\n", -1);
      g_auto(GStrv) lb = g_strsplit (tb, "\n", -1);

      for (guint j = 0; la[j] != NULL || lb[j] != NULL; j++)
        if (la[j] == NULL || lb[j] == NULL || strcmp (la[j], lb[j]) != 0)
          {
            g_string_append_printf (out, "\n%s, row %u:\n  file:      %s\n  reference: %s",
                                    digest_queries[i], j, la[j] ? la[j] : "(none)",
                                    lb[j] ? lb[j] : "(none)");
            break;
          }
    }
  sqlite3_close (a);
  sqlite3_close (b);
  return g_string_free (out, FALSE);
}

/* ---- Shared set-up: the states before and after each operation ---- */

static void
shared_set_up (void)
{
  g_autoptr(GError) error = NULL;
  const char *seed_env = g_getenv ("SK_KILL_SEED");
  const char *scale_env = g_getenv ("SK_KILL_SCALE");
  guint32 seed = seed_env ? (guint32) g_ascii_strtoull (seed_env, NULL, 10) : DEFAULT_SEED;
  g_autofree char *copy = NULL;

  g_assert_nonnull (g_getenv ("SK_CLI"));
  if (scale_env != NULL)
    scale = CLAMP (g_ascii_strtod (scale_env, NULL), 0.01, 1000);
  rand_gen = g_rand_new_with_seed (seed);
  g_test_message ("kill delays from seed %u (set SK_KILL_SEED to repeat), scale %g", seed, scale);

  shared.dir = g_dir_make_tmp ("styrkort-kill-XXXXXX", &error);
  g_assert_no_error (error);
  shared.xdg = g_build_filename (shared.dir, "xdg", NULL);
  shared.template_db = g_build_filename (shared.dir, "template.db", NULL);
  shared.demo_db = g_build_filename (shared.dir, "demo.db", NULL);
  shared.import_json = g_build_filename (shared.dir, "demo.json", NULL);
  copy = g_build_filename (shared.dir, "after-import.db", NULL);

  run_cli (shared.template_db, "init", NULL);
  run_cli (shared.template_db, "load-example", NULL);
  shared.before = check_file (shared.template_db);

  /* Each whole run twice: the faster one sets the range of the delays. */
  shared.demo_usec = shared.import_usec = G_MAXINT64;
  for (int i = 0; i < 2; i++)
    {
      copy_db (shared.template_db, shared.demo_db);
      shared.demo_usec = MIN (shared.demo_usec,
                              run_cli (shared.demo_db, "generate-demo", "--years", "2022-2025",
                                       "--units", "3", NULL));
    }
  shared.after_demo = check_file (shared.demo_db);
  g_assert_cmpstr (shared.after_demo, !=, shared.before);

  run_cli (shared.demo_db, "export-json", "--output", shared.import_json, NULL);
  for (int i = 0; i < 2; i++)
    {
      copy_db (shared.template_db, copy);
      shared.import_usec = MIN (shared.import_usec, run_cli (copy, "import-json", shared.import_json, NULL));
    }
  shared.after_import = check_file (copy);
  g_assert_cmpstr (shared.after_import, !=, shared.before);
  g_test_message ("before: %s; after generate-demo (%.0f ms): %s; after import-json (%.0f ms): %s",
                  shared.before, shared.demo_usec / 1000.0, shared.after_demo,
                  shared.import_usec / 1000.0, shared.after_import);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

static void
shared_tear_down (void)
{
  remove_tree (shared.dir);
  g_free (shared.dir);
  g_free (shared.xdg);
  g_free (shared.template_db);
  g_free (shared.demo_db);
  g_free (shared.import_json);
  g_free (shared.before);
  g_free (shared.after_demo);
  g_free (shared.after_import);
  g_rand_free (rand_gen);
}

/* ---- Whole operations: before or after, nothing between ---- */

typedef enum { OP_DEMO, OP_IMPORT } Op;

static void
kill_whole (Op    op,
            guint kills_wanted)
{
  g_autofree char *db = g_build_filename (shared.dir, "victim.db", NULL);
  const char *after = op == OP_DEMO ? shared.after_demo : shared.after_import;
  /* Up to a quarter past the whole run, at first. */
  gint64 range = (op == OP_DEMO ? shared.demo_usec : shared.import_usec) * 5 / 4;
  guint kills = 0, finished = 0, kept_before = 0, kept_after = 0;

  while (kills < kills_wanted)
    {
      gint64 delay = random_delay (range);
      g_autofree char *digest = NULL;
      gboolean done;

      copy_db (shared.template_db, db);
      if (op == OP_DEMO)
        done = run_and_kill (delay, db, "generate-demo", "--years", "2022-2025", "--units", "3", NULL);
      else
        done = run_and_kill (delay, db, "import-json", shared.import_json, NULL);
      digest = check_file (db);
      range = adapt_range (range, done, !done && g_strcmp0 (digest, shared.before) == 0);

      if (done)
        {
          /* Acknowledged: all of it is there, as in a run never killed. */
          if (g_strcmp0 (digest, after) != 0)
            {
              g_autofree char *ref = op == OP_DEMO ? g_strdup (shared.demo_db)
                                     : g_build_filename (shared.dir, "after-import.db", NULL);
              g_autofree char *why = explain_difference (db, ref);

              g_error ("a run that finished after %.1f ms left %s, not %s:%s",
                       delay / 1000.0, digest, after, why);
            }
          finished++;
          continue;
        }
      kills++;
      if (g_strcmp0 (digest, after) == 0)
        kept_after++;
      else if (g_strcmp0 (digest, shared.before) == 0)
        kept_before++;
      else
        g_error ("killed after %.1f ms: the file holds neither the state before (%s) "
                 "nor after (%s) but %s", delay / 1000.0, shared.before, after, digest);
    }
  g_test_message ("%u kills (%u left it as before, %u as after), %u runs finished first; "
                  "delays up to %.0f ms at the end", kills, kept_before, kept_after, finished,
                  range / 1000.0);
}

static guint
scaled (guint kills)
{
  return MAX (1, (guint) round (kills * scale));
}

static void
test_kill_generate_demo (void)
{
  kill_whole (OP_DEMO, scaled (DEMO_KILLS));
}

static void
test_kill_import (void)
{
  kill_whole (OP_IMPORT, scaled (IMPORT_KILLS));
}

/* A failure halfway (here a trigger that refuses 2024's rows, so 2022 and
 * 2023 would already be written) leaves the file as it was. */
static void
test_demo_error_writes_nothing (void)
{
  g_autofree char *db_path = g_build_filename (shared.dir, "refused.db", NULL);
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) envp = cli_env ();
  g_autofree char *err = NULL;
  g_autofree char *digest = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("SK_CLI");
  int wait_status = 0;
  sqlite3 *db;

  copy_db (shared.template_db, db_path);
  db = open_db (db_path);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TRIGGER refuse_2024 BEFORE INSERT ON outcome"
                                 " WHEN NEW.period >= '2024' BEGIN"
                                 " SELECT RAISE (ABORT, 'refused by the test'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  digest = digest_of (db);
  sqlite3_close (db);

  argv = g_strdupv ((char *[]) { (char *) cli, "--db", db_path, "generate-demo",
                                 "--years", "2022-2025", "--units", "3", NULL });
  g_spawn_sync (NULL, argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), !=, 0);
  g_assert_nonnull (strstr (err, "refused by the test"));

  db = open_db (db_path);
  assert_intact (db);
  {
    g_autofree char *now = digest_of (db);

    g_assert_cmpstr (now, ==, digest);
  }
  sqlite3_close (db);
}

/* ---- set-outcome: a sequence of writes, each perhaps killed ---- */

typedef struct
{
  gint64 indicator;
  gint64 unit;
} Cell;

static Cell
find_cell (const char *path)
{
  sqlite3 *db = open_db (path);
  g_autofree char *ind = query_text (db, "SELECT id FROM indicator WHERE lower (name) LIKE '%"
                                         INDICATOR_PART "%' ORDER BY id LIMIT 1");
  g_autofree char *unit = query_text (db, "SELECT id FROM unit WHERE name = '" UNIT "'");
  Cell cell = { g_ascii_strtoll (ind, NULL, 10), g_ascii_strtoll (unit, NULL, 10) };

  sqlite3_close (db);
  g_assert_cmpint (cell.indicator, >, 0);
  g_assert_cmpint (cell.unit, >, 0);
  return cell;
}

/* The month values of the cell, period → value (NAN when absent). */
static GHashTable *
read_cell (const char *path,
           Cell        cell)
{
  g_autofree char *sql = g_strdup_printf ("SELECT period, value FROM outcome WHERE indicator_id = %"
                                          G_GINT64_FORMAT " AND unit_id = %" G_GINT64_FORMAT
                                          " AND kind = 0 AND value IS NOT NULL", cell.indicator, cell.unit);
  sqlite3 *db = open_db (path);
  g_autofree char *rows = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  assert_intact (db);
  rows = query_text (db, sql);
  sqlite3_close (db);
  lines = g_strsplit (rows, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], "\t", 2);
      double *v = g_new (double, 1);

      *v = g_ascii_strtod (f[1], NULL);
      g_hash_table_insert (values, g_strdup (f[0]), v);
    }
  return values;
}

static double
value_in (GHashTable *values,
          const char *period)
{
  double *v = g_hash_table_lookup (values, period);

  return v ? *v : NAN;
}

static gboolean
same (double a,
      double b)
{
  return (isnan (a) && isnan (b)) || fabs (a - b) < 1e-9;
}

static void
test_kill_set_outcome (void)
{
  g_autofree char *db = g_build_filename (shared.dir, "outcomes.db", NULL);
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint kills = 0, acknowledged = 0, kept_new = 0, kept_old = 0, kills_wanted = scaled (SET_OUTCOME_KILLS);
  gint64 usec = G_MAXINT64, range;
  Cell cell;

  copy_db (shared.template_db, db);
  cell = find_cell (db);
  /* What the cell holds before: the example's real months. */
  {
    g_autoptr(GHashTable) start = read_cell (db, cell);
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, start);
    while (g_hash_table_iter_next (&iter, &key, &value))
      g_hash_table_insert (expected, g_strdup (key), g_memdup2 (value, sizeof (double)));
  }
  /* How long one write takes, when nothing interrupts it (the fastest of three). */
  for (int i = 0; i < 3; i++)
    usec = MIN (usec, run_cli (db, "set-outcome", "--indicator", INDICATOR_PART, "--unit", UNIT,
                               "--period", "2024-04", "--value", "90", NULL));
  g_hash_table_insert (expected, g_strdup ("2024-04"), g_memdup2 (&(double) { 90 }, sizeof (double)));
  /* Twice the run, at first: about half the writes finish. */
  range = usec * 2;

  for (guint n = 0; kills < kills_wanted; n++)
    {
      /* Months 2000-01 … 2049-12 in turn, each written many times over. */
      g_autofree char *period = g_strdup_printf ("%04u-%02u", 2000 + n / 12 % 50, n % 12 + 1);
      double value = g_rand_int_range (rand_gen, 0, 1001) / 10.0;
      char text[G_ASCII_DTOSTR_BUF_SIZE];
      double old = value_in (expected, period);
      g_autoptr(GHashTable) now = NULL;
      GHashTableIter iter;
      gpointer key, want;
      gboolean done;
      double got;

      g_ascii_formatd (text, sizeof text, "%.1f", value);
      done = run_and_kill (random_delay (range), db, "set-outcome", "--indicator", INDICATOR_PART,
                           "--unit", UNIT, "--period", period, "--value", text, NULL);
      now = read_cell (db, cell);
      got = value_in (now, period);
      range = adapt_range (range, done, !done && !same (got, value));

      if (done)
        {
          acknowledged++;
          if (!same (got, value))
            g_error ("set-outcome %s = %s exited 0, but the file holds %g", period, text, got);
        }
      else
        {
          kills++;
          if (same (got, value))
            kept_new++;
          else if (same (got, old))
            kept_old++;
          else
            g_error ("set-outcome %s = %s killed: the file holds %g, neither the new value nor the old %g",
                     period, text, got, old);
        }
      if (!isnan (got))
        g_hash_table_insert (expected, g_strdup (period), g_memdup2 (&got, sizeof got));

      /* Every earlier write is still there, and nothing else appeared. */
      g_assert_cmpuint (g_hash_table_size (now), ==, g_hash_table_size (expected));
      g_hash_table_iter_init (&iter, expected);
      while (g_hash_table_iter_next (&iter, &key, &want))
        if (!same (value_in (now, key), *(double *) want))
          g_error ("after writing %s, the value of %s became %g (it was %g)",
                   period, (char *) key, value_in (now, key), *(double *) want);
    }
  g_test_message ("%u kills (%u kept the new value, %u the old), %u writes acknowledged; "
                  "delays up to %.0f ms at the end", kills, kept_new, kept_old, acknowledged,
                  range / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  shared_set_up ();

  g_test_add_func ("/kill/generate-demo-error-writes-nothing", test_demo_error_writes_nothing);
  g_test_add_func ("/kill/set-outcome", test_kill_set_outcome);
  g_test_add_func ("/kill/import-json", test_kill_import);
  g_test_add_func ("/kill/generate-demo", test_kill_generate_demo);

  status = g_test_run ();
  shared_tear_down ();
  return status;
}
