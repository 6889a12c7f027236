/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store-files"

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "sk-store.h"
#include "sk-store-private.h"
#include "sk-store-schema.h"

/* The database file as people have it: read-only copies, typos in the
 * name, folders, full disks, other programs holding a lock, and the
 * permissions of the files we make. */

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("sk-files-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "plan.db", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  g_chmod (path, 0700);
  if (d == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (path, name, NULL);
      remove_tree (p);
    }
  g_rmdir (path);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_plain (const GError *error)
{
  g_assert_nonnull (error);
  g_test_message ("message: %s", error->message);
  g_assert_null (strstr (error->message, "SQLite"));
}

static SkOutcome *
make_outcome (gint64 ind, gint64 unit, const char *period, double value)
{
  SkOutcome *o = sk_outcome_new ();

  sk_outcome_set_indicator_id (o, ind);
  sk_outcome_set_unit_id (o, unit);
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, SK_OUTCOME_MONTH);
  sk_outcome_set_value (o, value);
  return o;
}

typedef struct {
  gint64 indicator;
  gint64 unit;
  gint64 plan;
} Ids;

/* A small plan with one outcome, closed again (so no -wal or -shm remain). */
static Ids
fill (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_open (path, &error);
  g_autoptr(SkUnit) unit = NULL;
  g_autoptr(SkIndicator) ind = sk_indicator_new ();
  g_autoptr(SkOutcome) o = NULL;
  g_autoptr(SkPlan) plan = NULL;
  Ids ids;

  g_assert_no_error (error);
  unit = sk_store_add_unit (store, 0, "Vårdcentralen", "VC", &error);
  g_assert_no_error (error);
  sk_indicator_set_name (ind, "Besök");
  sk_indicator_set_perspective (ind, SK_PERSPECTIVE_TARGET_GROUP);
  g_assert_true (sk_store_save_indicator (store, ind, &error));
  plan = sk_store_create_plan (store, 2024, NULL, &error);
  g_assert_no_error (error);
  ids.indicator = sk_record_get_id (SK_RECORD (ind));
  ids.unit = sk_record_get_id (SK_RECORD (unit));
  ids.plan = sk_record_get_id (SK_RECORD (plan));
  o = make_outcome (ids.indicator, ids.unit, "2024-01", 120);
  g_assert_true (sk_store_set_outcome (store, o, &error));
  return ids;
}

/* Everything reads; every change is refused with a plain message, and the
 * file stays byte for byte as it was. */
static void
assert_viewable (const char *path, Ids ids)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  gsize len_before, len_after;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkOutcome) back = NULL;
  g_autoptr(SkOutcome) o = make_outcome (ids.indicator, ids.unit, "2024-02", 99);
  g_autoptr(SkUnit) unit = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(SkWorkEnvPlan) wep = NULL;

  g_assert_true (g_file_get_contents (path, &before, &len_before, NULL));
  store = sk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (sk_store_is_read_only (store));

  units = sk_store_list_units (store);
  g_assert_cmpuint (g_list_model_get_n_items (units), ==, 1);
  back = sk_store_get_outcome (store, ids.indicator, ids.unit, "2024-01", SK_OUTCOME_MONTH);
  g_assert_nonnull (back);
  g_assert_cmpfloat (sk_outcome_get_value (back), ==, 120);
  /* The work-environment plan is made on first use: here it is shown empty. */
  wep = sk_store_get_work_env_plan (store, ids.plan);
  g_assert_nonnull (wep);

  g_assert_false (sk_store_set_outcome (store, o, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY);
  assert_plain (error);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_clear_error (&error);
  unit = sk_store_add_unit (store, 0, "Ny", "", &error);
  g_assert_null (unit);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_clear_object (&store);
  g_assert_true (g_file_get_contents (path, &after, &len_after, NULL));
  g_assert_cmpmem (before, len_before, after, len_after);
}

static void
test_read_only_file (Fixture *f, gconstpointer data)
{
  Ids ids = fill (f->path);

  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  assert_viewable (f->path, ids);
}

static void
test_read_only_folder (Fixture *f, gconstpointer data)
{
  Ids ids = fill (f->path);
  g_autofree char *listed = NULL;

  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  assert_viewable (f->path, ids);
  /* Nothing was made beside it (no -wal, no -shm), even when root. */
  listed = list_dir (f->dir);
  g_assert_cmpstr (listed, ==, "plan.db");
}

/* A read-only file from an older version cannot be migrated: said
 * plainly, and the file is left as it was. */
static void
test_read_only_old_version (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 1;",
                                             SK_STORE_APPLICATION_ID);
  g_autofree char *before = NULL, *after = NULL;
  gsize len_before, len_after;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, SK_STORE_SCHEMA_V1, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  g_assert_true (g_file_get_contents (f->path, &before, &len_before, NULL));

  store = sk_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY);
  assert_plain (error);
  g_assert_nonnull (strstr (error->message, "older version"));
  g_assert_true (g_file_get_contents (f->path, &after, &len_after, NULL));
  g_assert_cmpmem (before, len_before, after, len_after);
}

/* A copy taken while another program had changes in its -wal, in a
 * read-only folder: those changes are shown, or the file is refused with
 * a reason; never an older plan shown as if it were the file. */
static void
test_read_only_pending_wal (Fixture *f, gconstpointer data)
{
  g_autofree char *copy_dir = g_build_filename (f->dir, "copy", NULL);
  g_autofree char *copy = g_build_filename (copy_dir, "plan.db", NULL);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  gsize len;
  sqlite3 *db = NULL;

  fill (f->path);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 0;"
                                 " INSERT INTO unit (name) VALUES ('Bara i WAL');", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (g_mkdir (copy_dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (f->path, &bytes, &len, NULL));
  g_assert_true (g_file_set_contents (copy, bytes, len, NULL));
  g_clear_pointer (&bytes, g_free);
  g_assert_true (g_file_get_contents (wal, &bytes, &len, NULL));
  g_assert_cmpuint (len, >, 0);
  g_assert_true (g_file_set_contents (copy_wal, bytes, len, NULL));
  sqlite3_close (db);
  g_assert_cmpint (g_chmod (copy_dir, 0555), ==, 0);

  store = sk_store_open (copy, &error);
  if (store != NULL)
    {
      g_autoptr(SkUnit) unit = sk_store_find_unit (store, "Bara i WAL", NULL);
      g_assert_nonnull (unit);
    }
  else
    {
      g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, "-wal"));
    }
  g_clear_object (&store);
  g_chmod (copy_dir, 0700);
}

/* Asked for reading only, a writable file opens read-only too. */
static void
test_read_only_flag (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  fill (f->path);
  store = sk_store_open_full (f->path, SK_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sk_store_is_read_only (store));
  g_assert_null (sk_store_add_unit (store, 0, "Ny", "", &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY);
}

/* A typo in the name refuses; neither the file nor its folders appear. */
static void
test_missing (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sub = g_build_filename (f->dir, "nonexist", NULL);
  g_autofree char *path = g_build_filename (sub, "x.db", NULL);
  g_autoptr(SkStore) store = NULL;

  store = sk_store_open_full (path, SK_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND);
  assert_plain (error);
  g_assert_nonnull (strstr (error->message, "There is no database"));
  g_assert_false (g_file_test (sub, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  store = sk_store_open_full (f->path, SK_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* With the flag it is made, folders and all. */
  store = sk_store_open_full (path, SK_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (sk_store_is_read_only (store));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_folder (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_open (f->dir, &error);

  g_assert_null (store);
  g_assert_nonnull (error);
  assert_plain (error);
  g_assert_nonnull (strstr (error->message, "is a folder"));
}

/* The disk fills up: simulated with SQLite's page limit, which gives the
 * same SQLITE_FULL as a full disk. */
static void
test_full (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_open (f->path, &error);
  g_autofree char *name = NULL;
  char *pragma;
  gint64 pages;
  guint i;

  g_assert_no_error (error);
  pages = sk_store_query_int (store, "PRAGMA page_count", 0, 0);
  pragma = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 2);
  g_assert_cmpint (sk_db_exec (store->db, pragma), ==, SQLITE_OK);
  g_free (pragma);

  for (i = 0; i < 1000; i++)
    {
      g_autoptr(SkUnit) unit = NULL;
      g_autofree char *unit_name = g_strdup_printf ("Enhet %u %0500d", i, 0);

      unit = sk_store_add_unit (store, 0, unit_name, "", &error);
      if (unit == NULL)
        break;
    }
  g_assert_cmpuint (i, <, 1000);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NO_SPACE);
  assert_plain (error);
  g_assert_nonnull (strstr (error->message, "full"));
}

typedef struct {
  char   *path;
  GMutex  mutex;
  GCond   cond;
  gboolean locked;
  guint   hold_ms;
} Locker;

/* Another program: takes the write lock, holds it a while, lets go. */
static gpointer
hold_lock (gpointer data)
{
  Locker *l = data;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (l->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN EXCLUSIVE; INSERT INTO unit (name) VALUES ('Annan');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_mutex_lock (&l->mutex);
  l->locked = TRUE;
  g_cond_signal (&l->cond);
  g_mutex_unlock (&l->mutex);
  g_usleep (l->hold_ms * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return NULL;
}

/* A lock held for a couple of seconds is waited out: the write goes in. */
static void
test_lock_waits (Fixture *f, gconstpointer data)
{
  Ids ids = fill (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_open (f->path, &error);
  g_autoptr(SkOutcome) o = make_outcome (ids.indicator, ids.unit, "2024-02", 7);
  g_autoptr(SkOutcome) back = NULL;
  Locker l = { f->path, { 0 }, { 0 }, FALSE, 2500 };
  GThread *thread;

  g_mutex_init (&l.mutex);
  g_cond_init (&l.cond);
  thread = g_thread_new ("locker", hold_lock, &l);
  g_mutex_lock (&l.mutex);
  while (!l.locked)
    g_cond_wait (&l.cond, &l.mutex);
  g_mutex_unlock (&l.mutex);

  g_assert_true (sk_store_set_outcome (store, o, &error));
  g_assert_no_error (error);
  g_thread_join (thread);
  back = sk_store_get_outcome (store, ids.indicator, ids.unit, "2024-02", SK_OUTCOME_MONTH);
  g_assert_nonnull (back);
  g_mutex_clear (&l.mutex);
  g_cond_clear (&l.cond);
}

/* A lock that stays gives up with a plain message, and nothing changes. */
static void
test_lock_message (Fixture *f, gconstpointer data)
{
  Ids ids = fill (f->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_open (f->path, &error);
  g_autoptr(SkOutcome) o = make_outcome (ids.indicator, ids.unit, "2024-02", 7);
  g_autoptr(SkOutcome) back = NULL;
  g_autoptr(SkStore) again = NULL;
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (sk_store_set_outcome (store, o, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_LOCKED);
  assert_plain (error);
  g_assert_nonnull (strstr (error->message, "locked by another program"));
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);

  /* A program that keeps the whole file to itself: even opening waits,
   * then says so. */
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_exec (other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
                                 " INSERT INTO unit (name) VALUES ('Annan'); COMMIT;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  again = sk_store_open (f->path, &error);
  g_assert_null (again);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_LOCKED);
  assert_plain (error);
  g_clear_error (&error);
  /* The app asks not to wait at opening; it looks again by itself. */
  again = sk_store_open_full (f->path, SK_STORE_OPEN_NO_WAIT, &error);
  g_assert_null (again);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  sqlite3_close (other);

  again = sk_store_open (f->path, &error);
  g_assert_no_error (error);
  back = sk_store_get_outcome (again, ids.indicator, ids.unit, "2024-02", SK_OUTCOME_MONTH);
  g_assert_null (back);
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* What we make is the owner's alone, whatever the umask. */
static void
test_modes (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkUnit) unit = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  mode_t old = umask (022);

  store = sk_store_open (f->path, &error);
  g_assert_no_error (error);
  unit = sk_store_add_unit (store, 0, "VC", "", &error);
  g_assert_no_error (error);
  umask (old);
  g_assert_cmpuint (mode_of (f->path), ==, 0600);
  g_assert_cmpuint (mode_of (wal), ==, 0600);
  g_assert_cmpuint (mode_of (shm), ==, 0600);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/store-files/read-only-file", test_read_only_file);
  ADD ("/store-files/read-only-folder", test_read_only_folder);
  ADD ("/store-files/read-only-flag", test_read_only_flag);
  ADD ("/store-files/read-only-pending-wal", test_read_only_pending_wal);
  ADD ("/store-files/read-only-old-version", test_read_only_old_version);
  ADD ("/store-files/missing", test_missing);
  ADD ("/store-files/folder", test_folder);
  ADD ("/store-files/full", test_full);
  ADD ("/store-files/lock-waits", test_lock_waits);
  ADD ("/store-files/lock-message", test_lock_message);
  ADD ("/store-files/modes", test_modes);
#undef ADD

  return g_test_run ();
}
