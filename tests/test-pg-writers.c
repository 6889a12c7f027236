/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-pg-writers"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sk-store.h"
#include "store-test-util.h"

/*
 * Many people saving at once lose nothing (issue 12). 50 writers, each
 * with a store of its own opened in its own thread (a store serves one
 * thread), write for a minute into one database: the server's with
 * SK_TEST_BACKEND=postgres, else a file. Each writer
 *   - writes its own unit's cells, remembering the last value of each;
 *   - adds one to a counter every writer shares, as an edit does: read,
 *     save only if unchanged since, read again and retry when refused.
 * Afterwards each cell holds its writer's last value, the counter the sum
 * of every accepted increment (a lost update would leave it short), and
 * the history one row per accepted write.
 *
 * SK_TEST_WRITERS_SECONDS sets the duration (default 60 s; the file
 * variant in tests/meson.build runs 10 s).
 */

#define N_WRITERS 50
#define N_CELL_INDICATORS 3
#define N_PERIODS 12
#define N_CELLS (N_CELL_INDICATORS * N_PERIODS)

typedef struct {
  const char *address;           /* the database, as sk_store_open() takes it */
  gint64      unit_id;           /* the writer's own unit */
  gint64      cell_indicators[N_CELL_INDICATORS];
  gint64      counter_indicator;
  gint64      shared_unit;
  gint64      deadline;          /* monotonic */
  int         number;

  /* Written by the writer, read after it was joined. */
  double      last[N_CELLS];     /* NAN: never written */
  guint64     writes;
  guint64     increments;
  guint64     conflicts;         /* refused as changed since read: read again */
  guint64     locked;            /* waited out a lock too long: tried again */
  guint64     heard;             /* others' changes announced in this thread */
  char       *failure;           /* the first error that is neither */
} Writer;

static const char *
period_of (int p)
{
  static const char *const periods[N_PERIODS] = {
    "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06",
    "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12",
  };
  return periods[p];
}

static gboolean
retry_error (Writer *w, GError *error)
{
  if (g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_CONFLICT))
    {
      w->conflicts++;
      return TRUE;
    }
  if (g_error_matches (error, SK_STORE_ERROR, SK_STORE_ERROR_LOCKED))
    {
      w->locked++;
      return TRUE;
    }
  if (w->failure == NULL)
    w->failure = g_strdup_printf ("writer %d: %s", w->number, error->message);
  return FALSE;
}

/* One cell of the writer's own, a new value each time; FALSE on a failure
 * that is not a lock (the writer stops). */
static gboolean
write_own_cell (Writer  *w,
                SkStore *store,
                guint64  step)
{
  int cell = step % N_CELLS;
  /* Unique to writer and step: the history records every write. */
  double value = w->number * 10000000.0 + (double) step;

  for (;;)
    {
      g_autoptr(SkOutcome) o = sk_outcome_new ();
      g_autoptr(GError) error = NULL;

      sk_outcome_set_indicator_id (o, w->cell_indicators[cell / N_PERIODS]);
      sk_outcome_set_unit_id (o, w->unit_id);
      sk_outcome_set_period (o, period_of (cell % N_PERIODS));
      sk_outcome_set_value (o, value);
      if (sk_store_set_outcome (store, o, &error))
        {
          w->last[cell] = value;
          w->writes++;
          return TRUE;
        }
      if (!retry_error (w, error))
        return FALSE;
    }
}

static gboolean
increment_counter (Writer  *w,
                   SkStore *store)
{
  for (;;)
    {
      g_autoptr(SkOutcome) read = sk_store_get_outcome (store, w->counter_indicator, w->shared_unit,
                                                        "2024-01", SK_OUTCOME_MONTH);
      g_autoptr(SkOutcome) o = sk_outcome_new ();
      g_autoptr(GError) error = NULL;

      sk_outcome_set_indicator_id (o, w->counter_indicator);
      sk_outcome_set_unit_id (o, w->shared_unit);
      sk_outcome_set_period (o, "2024-01");
      sk_outcome_set_value (o, (read != NULL ? sk_outcome_get_value (read) : 0) + 1);
      if (sk_store_set_outcome_if_unchanged (store, read, o, &error))
        {
          w->increments++;
          return TRUE;
        }
      if (!retry_error (w, error))
        return FALSE;
    }
}

static void
on_external (SkStore    *store,
             const char *table,
             gpointer    data)
{
  Writer *w = data;

  w->heard++;
}

static gpointer
run_writer (gpointer data)
{
  Writer *w = data;
  /* As a worker of an app would: its own main context, so the store's
   * notifications of others' changes arrive in this thread. */
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_main_context_push_thread_default (context);
  store = sk_store_open (w->address, &error);
  if (store == NULL)
    {
      w->failure = g_strdup_printf ("writer %d did not open the database: %s", w->number, error->message);
      g_main_context_pop_thread_default (context);
      return NULL;
    }
  g_signal_connect (store, "changed::external", G_CALLBACK (on_external), w);
  for (guint64 step = 0; g_get_monotonic_time () < w->deadline; step++)
    {
      if (!write_own_cell (w, store, step) || !increment_counter (w, store))
        break;
      while (g_main_context_iteration (context, FALSE))
        ;
    }
  g_clear_object (&store);
  g_main_context_pop_thread_default (context);
  return NULL;
}

static gint64
add_indicator (SkStore    *store,
               const char *name)
{
  g_autoptr(SkIndicator) ind = sk_indicator_new ();
  g_autoptr(GError) error = NULL;

  sk_indicator_set_name (ind, name);
  sk_indicator_set_measure_unit (ind, "st");
  g_assert_true (sk_store_save_indicator (store, ind, &error));
  g_assert_no_error (error);
  return sk_record_get_id (SK_RECORD (ind));
}

static gint64
add_unit (SkStore    *store,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkUnit) unit = sk_store_add_unit (store, 0, name, NULL, &error);

  g_assert_no_error (error);
  return sk_record_get_id (SK_RECORD (unit));
}

static guint
history_rows (SkStore *store,
              gint64   indicator_id)
{
  g_autoptr(GListModel) audit = sk_store_list_audit (store, indicator_id);

  return g_list_model_get_n_items (audit);
}

static void
test_writers (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-writers-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "writers.db", NULL);
  g_autofree char *address = NULL;
  const char *env = g_getenv ("SK_TEST_WRITERS_SECONDS");
  double seconds = env != NULL ? g_ascii_strtod (env, NULL) : 60;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkOutcome) zero = sk_outcome_new ();
  g_autoptr(SkOutcome) counter = NULL;
  g_autoptr(GError) error = NULL;
  Writer writers[N_WRITERS] = { 0 };
  GThread *threads[N_WRITERS];
  gint64 cells[N_CELL_INDICATORS], counter_id, shared, started;
  guint64 writes = 0, increments = 0, conflicts = 0, locked = 0, heard = 0;
  guint history_before[N_CELL_INDICATORS], counter_history_before;
  double elapsed;

  /* Prepared by one store before the writers start. */
  store = sk_test_store_open (path, &error);
  g_assert_no_error (error);
  address = g_strdup (sk_store_get_path (store));
  for (int i = 0; i < N_CELL_INDICATORS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Besök %d", i + 1);

      cells[i] = add_indicator (store, name);
    }
  counter_id = add_indicator (store, "Räknare");
  shared = add_unit (store, "Gemensam");
  sk_outcome_set_indicator_id (zero, counter_id);
  sk_outcome_set_unit_id (zero, shared);
  sk_outcome_set_period (zero, "2024-01");
  sk_outcome_set_value (zero, 0);
  g_assert_true (sk_store_set_outcome (store, zero, &error));
  g_assert_no_error (error);

  for (int n = 0; n < N_WRITERS; n++)
    {
      g_autofree char *name = g_strdup_printf ("Enhet %02d", n + 1);
      Writer *w = &writers[n];

      w->address = address;
      w->number = n + 1;
      w->unit_id = add_unit (store, name);
      memcpy (w->cell_indicators, cells, sizeof cells);
      w->counter_indicator = counter_id;
      w->shared_unit = shared;
      for (int c = 0; c < N_CELLS; c++)
        w->last[c] = NAN;
    }
  for (int i = 0; i < N_CELL_INDICATORS; i++)
    history_before[i] = history_rows (store, cells[i]);
  counter_history_before = history_rows (store, counter_id);
  /* Not listening while the writers run: reopened for the checks. */
  g_clear_object (&store);

  started = g_get_monotonic_time ();
  for (int n = 0; n < N_WRITERS; n++)
    {
      writers[n].deadline = started + (gint64) (seconds * G_USEC_PER_SEC);
      threads[n] = g_thread_new ("writer", run_writer, &writers[n]);
    }
  for (int n = 0; n < N_WRITERS; n++)
    g_thread_join (threads[n]);
  elapsed = (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;

  for (int n = 0; n < N_WRITERS; n++)
    {
      g_assert_null (writers[n].failure);
      g_assert_cmpuint (writers[n].writes, >, 0);
      /* On the server, others' changes are announced in the writer's own
       * thread. Not asked of a file: a file store's own commit takes the
       * file's data_version as seen (sk_store_commit), so one that writes
       * all the time never notices the others' commits in between. */
      if (sk_test_on_server ())
        g_assert_cmpuint (writers[n].heard, >, 0);
      writes += writers[n].writes;
      increments += writers[n].increments;
      conflicts += writers[n].conflicts;
      locked += writers[n].locked;
      heard += writers[n].heard;
    }
  g_test_message ("%s: %d writers, %.1f s: %" G_GUINT64_FORMAT " cell writes and %" G_GUINT64_FORMAT
                  " counter increments (%.0f writes/s), %" G_GUINT64_FORMAT " refused as changed and"
                  " retried, %" G_GUINT64_FORMAT " waited out a lock and retried, %" G_GUINT64_FORMAT
                  " announcements of others' changes",
                  sk_test_on_server () ? "server" : "file", N_WRITERS, elapsed, writes, increments,
                  (writes + increments) / elapsed, conflicts, locked, heard);

  store = sk_store_open (address, &error);
  g_assert_no_error (error);
  /* Every cell holds the last value its writer wrote. */
  for (int n = 0; n < N_WRITERS; n++)
    for (int c = 0; c < N_CELLS; c++)
      {
        Writer *w = &writers[n];
        g_autoptr(SkOutcome) o = sk_store_get_outcome (store, cells[c / N_PERIODS], w->unit_id,
                                                       period_of (c % N_PERIODS), SK_OUTCOME_MONTH);

        if (isnan (w->last[c]))
          g_assert_null (o);
        else
          {
            g_assert_nonnull (o);
            g_assert_cmpfloat (sk_outcome_get_value (o), ==, w->last[c]);
          }
      }
  /* No increment lost: every accepted one counted. */
  counter = sk_store_get_outcome (store, counter_id, shared, "2024-01", SK_OUTCOME_MONTH);
  g_assert_nonnull (counter);
  g_assert_cmpfloat (sk_outcome_get_value (counter), ==, (double) increments);
  /* One history row per accepted write, no more, no less. */
  g_assert_cmpuint (history_rows (store, counter_id) - counter_history_before, ==, increments);
  {
    guint64 rows = 0;

    for (int i = 0; i < N_CELL_INDICATORS; i++)
      rows += history_rows (store, cells[i]) - history_before[i];
    g_assert_cmpuint (rows, ==, writes);
  }
  g_assert_no_error (sk_store_take_read_error (store));

  for (int n = 0; n < N_WRITERS; n++)
    g_free (writers[n].failure);
  g_clear_object (&store);
  if (!sk_test_on_server ())
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_remove (wal);
      g_remove (shm);
      g_remove (path);
    }
  g_rmdir (dir);
}

/* One person in two windows (one user name) edits a value twice within
 * a second, both edits begun on the same read: the stamp (whole seconds,
 * the same name) is the same, yet the second save is refused. */
static void
test_same_user_same_second (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-writers-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "same-second.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) one = sk_test_store_open (path, &error);
  g_autoptr(SkStore) two = NULL;
  g_autoptr(SkOutcome) first = sk_outcome_new ();
  g_autoptr(SkOutcome) mine = sk_outcome_new ();
  g_autoptr(SkOutcome) theirs = sk_outcome_new ();
  g_autoptr(SkOutcome) read_one = NULL, read_two = NULL, now = NULL;
  gint64 ind, unit;

  g_assert_no_error (error);
  two = sk_test_store_open (path, &error);
  g_assert_no_error (error);
  sk_store_set_user (one, "anna");
  sk_store_set_user (two, "anna");
  ind = add_indicator (one, "Besök");
  unit = add_unit (one, "VC");
  for (int i = 0; i < 3; i++)
    {
      SkOutcome *o = (SkOutcome *[]) { first, mine, theirs }[i];

      sk_outcome_set_indicator_id (o, ind);
      sk_outcome_set_unit_id (o, unit);
      sk_outcome_set_period (o, "2024-04");
    }
  sk_outcome_set_value (first, 10);
  sk_outcome_set_value (theirs, 11);
  sk_outcome_set_value (mine, 12);
  g_assert_true (sk_store_set_outcome (one, first, &error));
  g_assert_no_error (error);

  read_one = sk_store_get_outcome (one, ind, unit, "2024-04", SK_OUTCOME_MONTH);
  read_two = sk_store_get_outcome (two, ind, unit, "2024-04", SK_OUTCOME_MONTH);
  g_assert_true (sk_store_set_outcome_if_unchanged (one, read_one, theirs, &error));
  g_assert_no_error (error);
  g_assert_false (sk_store_set_outcome_if_unchanged (two, read_two, mine, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_CONFLICT);
  now = sk_store_get_outcome (two, ind, unit, "2024-04", SK_OUTCOME_MONTH);
  g_assert_cmpfloat (sk_outcome_get_value (now), ==, 11);

  g_clear_object (&one);
  g_clear_object (&two);
  if (!sk_test_on_server ())
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_remove (wal);
      g_remove (shm);
      g_remove (path);
    }
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sk_test_backend_init ();

  g_test_add_func ("/writers/same-user-same-second", test_same_user_same_second);
  g_test_add_func ("/writers/lose-nothing", test_writers);
  return g_test_run ();
}
