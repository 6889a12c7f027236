/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-damage"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "damage-util.h"
#include "sk-exchange.h"
#include "sk-record-list.h"
#include "sk-store.h"
#include "sk-store-backup.h"
#include "sk-store-schema.h"

/* A damaged page never looks like an empty plan: reads report it, the
 * check names it, backups refuse it, salvage saves the rest. */

typedef struct {
  char *dir;
  char *path;
  gint64 indicator_id;   /* of an outcome of the example */
  gint64 unit_id;
} Fixture;

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_remove (p);
    }
  g_rmdir (dir);
}

/* The example plan (50 outcomes), closed, so everything is in the main file. */
static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  f->dir = g_dir_make_tmp ("sk-damage-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "plan.db", NULL);
  sk_test_small_pages (f->path);
  store = sk_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (store, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT indicator_id, unit_id FROM outcome LIMIT 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  f->indicator_id = sqlite3_column_int64 (stmt, 0);
  f->unit_id = sqlite3_column_int64 (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpint (sk_test_count_rows (f->path, "outcome"), ==, 50);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Files whose name starts with @prefix: a target and its temporary files. */
static guint
n_files (const char *dir,
         const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;
  return n;
}

static void
on_read_failed (SkStore *store, GError *error, GError **seen)
{
  g_clear_error (seen);
  *seen = g_error_copy (error);
}

/* An outcome list read from a damaged page is not "no outcomes": the
 * store keeps the error and announces it. */
static void
test_read_error (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GListModel) outcomes = NULL;
  g_autoptr(GListModel) plans = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) seen = NULL;

  sk_test_damage_table (f->path, "outcome", "root");
  store = sk_store_open (f->path, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "read-failed", G_CALLBACK (on_read_failed), &seen);

  /* Undamaged tables read as usual, with no error. */
  plans = sk_store_list_plans (store);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  g_assert_true (sk_store_check_reads (store, NULL));
  g_assert_cmpuint (sk_store_get_read_failures (store), ==, 0);

  outcomes = sk_store_list_outcomes (store, f->indicator_id, f->unit_id, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (outcomes), ==, 0);
  g_assert_cmpuint (sk_store_get_read_failures (store), >, 0);
  g_assert_false (sk_store_check_reads (store, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED);
  /* Taken: asked again, nothing new has failed. */
  g_assert_true (sk_store_check_reads (store, NULL));

  /* Announced from the main loop, not in the middle of the read. */
  g_clear_object (&outcomes);
  outcomes = sk_store_list_outcomes (store, f->indicator_id, f->unit_id, NULL, NULL);
  g_assert_null (seen);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_error (seen, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED);
}

/* A live list that has shown the indicators keeps them when a reload
 * fails, instead of turning into an empty register. */
static void
test_live_list_keeps_contents (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GListModel) indicators = NULL;
  sqlite3 *other = NULL;
  guint before;

  store = sk_store_open (f->path, NULL);
  indicators = sk_store_watch_indicators (store, 0);
  before = g_list_model_get_n_items (indicators);
  g_assert_cmpuint (before, ==, 32);

  sk_test_damage_table (f->path, "indicator", "root");
  /* Another program writes elsewhere, so our cached pages are dropped. */
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "INSERT INTO unit (name) VALUES ('Ny enhet')", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (other);

  sk_record_list_reload (SK_RECORD_LIST (indicators));
  g_assert_cmpuint (sk_store_get_read_failures (store), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, before);
  g_assert_false (sk_store_check_reads (store, NULL));
}

/* quick_check finds the damage and says, in words, which part it is. */
static void
test_check_names_table (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_store_check_file (f->path, &error));
  g_assert_no_error (error);

  sk_test_damage_table (f->path, "outcome", "root");
  g_assert_false (sk_store_check_file (f->path, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "the outcomes (table outcome)"));
  g_assert_null (strstr (error->message, "indicator"));
}

/* A damaged index is named as such, and costs salvage no rows: the table
 * itself is whole. */
static void
test_damaged_index (Fixture *f, gconstpointer data)
{
  g_autofree char *dest = g_build_filename (f->dir, "saved.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) counts = NULL;

  sk_test_damage_table (f->path, "outcome_unit_period", "root");
  g_assert_false (sk_store_check_file (f->path, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "the outcomes (index outcome_unit_period of table outcome)"));
  g_assert_null (strstr (error->message, "(table outcome)"));
  g_clear_error (&error);

  counts = sk_store_salvage (f->path, dest, &error);
  g_assert_no_error (error);
  g_assert_nonnull (counts);
  for (guint i = 0; i < counts->len; i++)
    g_assert_cmpint (((SkSalvageCount *) g_ptr_array_index (counts, i))->lost, ==, 0);
  g_assert_cmpint (sk_test_count_rows (dest, "outcome"), ==, 50);
  g_assert_true (sk_store_check_file (dest, NULL));
}

static void
check_done (GObject *source, GAsyncResult *result, gpointer data)
{
  GError **error = data;

  g_assert_false (sk_store_check_file_finish (result, error));
}

/* The app runs the check in a thread. */
/* Every table of the schema is named in plain words in the check and
 * salvage messages: none reads as "other data". */
static void
test_every_table_named (Fixture *f, gconstpointer data)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%'", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);

      g_test_message ("%s: %s", table, sk_store_table_label (table));
      if (g_strcmp0 (sk_store_table_label (table), "other data") == 0)
        g_error ("the table “%s” reads as “other data”", table);
      n++;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpuint (n, >=, 19);
}

static void
test_check_async (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  sk_test_damage_table (f->path, "outcome", "root");
  sk_store_check_file_async (f->path, NULL, check_done, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED);
}

typedef struct {
  SkStore *other;
  gint64   indicator_id;
  gint64   unit_id;
  guint    steps;
} BackupWatch;

/* Between two steps of the backup, another store writes to the file. */
static void
on_backup_step (int remaining, int total, gpointer data)
{
  BackupWatch *watch = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkOutcome) o = NULL;

  if (watch->steps++ > 0)
    return;
  g_assert_cmpint (remaining, >, 0);
  o = sk_outcome_new ();
  sk_outcome_set_indicator_id (o, watch->indicator_id);
  sk_outcome_set_unit_id (o, watch->unit_id);
  sk_outcome_set_period (o, "2031-01");
  sk_outcome_set_kind (o, SK_OUTCOME_MONTH);
  sk_outcome_set_value (o, 12);
  g_assert_true (sk_store_set_outcome (watch->other, o, &error));
  g_assert_no_error (error);
}

/* A backup runs while the database is open and written to, and gives a
 * whole, consistent copy. */
static void
test_backup_while_open (Fixture *f, gconstpointer data)
{
  g_autofree char *dest = g_build_filename (f->dir, "copy.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkStore) copy = NULL;
  g_autoptr(SkOutcome) o = NULL;
  g_autoptr(GListModel) plans = NULL;
  BackupWatch watch = { NULL, f->indicator_id, f->unit_id, 0 };
  sqlite3 *db = NULL;

  /* A couple of MB, so the backup takes several steps. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000)"
                                 " INSERT INTO audit (at, who, entity, entity_id, field, new_value)"
                                 " SELECT '2024-01-01T00:00:00Z', 'test', 'outcome', x, 'value',"
                                 " hex(randomblob(300)) FROM c",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = sk_store_open (f->path, &error);
  watch.other = sk_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_store_backup_file (f->path, dest, on_backup_step, &watch, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (watch.steps, >, 1);

  /* The database itself, by another name, is never the target. */
  {
    g_autofree char *dir_name = g_path_get_basename (f->dir);
    g_autofree char *other_name = g_build_filename (f->dir, "..", dir_name, "plan.db", NULL);
    g_autoptr(GError) same = NULL;

    g_assert_false (sk_store_backup_file (f->path, other_name, NULL, NULL, &same));
    g_assert_error (same, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  }

  /* Both stores still work. */
  plans = sk_store_list_plans (store);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  o = sk_store_get_outcome (store, f->indicator_id, f->unit_id, "2031-01", SK_OUTCOME_MONTH);
  g_assert_nonnull (o);
  g_clear_object (&o);
  g_clear_object (&watch.other);

  /* The copy is whole and has what was written during the backup; it is
   * one file, without a write-ahead log. */
  g_assert_cmpint (sqlite3_open_v2 (dest, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "delete");
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);
  g_assert_true (sk_store_check_file (dest, &error));
  copy = sk_store_open (dest, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_test_count_rows (dest, "outcome"), ==, 51);
  o = sk_store_get_outcome (copy, f->indicator_id, f->unit_id, "2031-01", SK_OUTCOME_MONTH);
  g_assert_nonnull (o);
  g_assert_cmpfloat (sk_outcome_get_value (o), ==, 12);
  g_assert_true (sk_store_check_reads (copy, NULL));
}

/* A damaged database is not backed up as if it were whole, and no file
 * is left behind. */
static void
test_backup_refuses_damage (Fixture *f, gconstpointer data)
{
  g_autofree char *dest = g_build_filename (f->dir, "copy.db", NULL);
  g_autoptr(GError) error = NULL;

  sk_test_damage_table (f->path, "outcome", "root");
  g_assert_false (sk_store_backup_file (f->path, dest, NULL, NULL, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "table outcome"));
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (n_files (f->dir, "copy.db"), ==, 0);
}

static SkSalvageCount *
count_of (GPtrArray *counts, const char *table)
{
  for (guint i = 0; i < counts->len; i++)
    {
      SkSalvageCount *c = g_ptr_array_index (counts, i);
      if (g_str_equal (c->table, table))
        return c;
    }
  g_assert_not_reached ();
}

/* Salvage copies every row around the damaged page into a new database
 * that opens and reads without errors. */
static void
test_salvage (Fixture *f, gconstpointer data)
{
  g_autofree char *dest = g_build_filename (f->dir, "saved.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  g_autoptr(SkStore) saved = NULL;
  g_autoptr(GListModel) indicators = NULL;
  SkSalvageCount *outcomes;
  gint64 leaf_size, page;
  g_autofree char *leaf_sql = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 on_leaf = 0;

  /* How many outcomes live on the page that is about to go. */
  page = sk_test_page_of (f->path, "outcome", "leaf", &leaf_size);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  leaf_sql = g_strdup_printf ("SELECT ncell FROM dbstat WHERE pageno = %" G_GINT64_FORMAT, page);
  g_assert_cmpint (sqlite3_prepare_v2 (db, leaf_sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  on_leaf = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpint (on_leaf, >, 0);
  g_assert_cmpint (on_leaf, <, 50);

  sk_test_damage_table (f->path, "outcome", "leaf");
  counts = sk_store_salvage (f->path, dest, &error);
  g_assert_no_error (error);
  g_assert_nonnull (counts);

  outcomes = count_of (counts, "outcome");
  g_assert_cmpint (outcomes->saved, ==, 50 - on_leaf);
  g_assert_cmpint (outcomes->lost, ==, on_leaf);
  g_assert_cmpint (count_of (counts, "indicator")->saved, ==, 32);
  g_assert_cmpint (count_of (counts, "indicator")->lost, ==, 0);
  g_assert_cmpint (count_of (counts, "plan")->saved, ==, 2);

  g_assert_true (sk_store_check_file (dest, &error));
  g_assert_no_error (error);
  saved = sk_store_open (dest, &error);
  g_assert_no_error (error);
  indicators = sk_store_list_indicators (saved, 2025);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), >, 0);
  g_assert_cmpint (sk_test_count_rows (dest, "outcome"), ==, 50 - on_leaf);
  g_assert_true (sk_store_check_reads (saved, NULL));

  /* The target is never overwritten. */
  g_clear_pointer (&counts, g_ptr_array_unref);
  counts = sk_store_salvage (f->path, dest, &error);
  g_assert_null (counts);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS);
}

/* With the outcome table's root gone, salvage still saves every other table. */
static void
test_salvage_root (Fixture *f, gconstpointer data)
{
  g_autofree char *dest = g_build_filename (f->dir, "saved.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) counts = NULL;

  sk_test_damage_table (f->path, "outcome", "root");
  counts = sk_store_salvage (f->path, dest, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_of (counts, "outcome")->saved, ==, 0);
  g_assert_cmpint (count_of (counts, "outcome")->lost, ==, 50);
  g_assert_cmpint (count_of (counts, "unit")->saved, ==, 6);
  g_assert_cmpint (count_of (counts, "target")->lost, ==, 0);
  g_assert_true (sk_store_check_file (dest, NULL));
}

/* Updating an old file keeps a copy of it as it was, beside it. */
static void
test_backup_before_migration (Fixture *f, gconstpointer data)
{
  g_autofree char *old = g_build_filename (f->dir, "old.db", NULL);
  g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 1;",
                                             SK_STORE_APPLICATION_ID);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autofree char *backup = NULL;
  const char *name;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (old, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, SK_STORE_SCHEMA_V1, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO unit (id, name) VALUES (1, 'VC');"
                                 "INSERT INTO indicator (id, name, perspective) VALUES (1, 'Besök', 1);"
                                 "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, changed_by, changed_at)"
                                 " VALUES (1, 1, '2024-01', 0, 66020, 'anna', '2024-02-01T00:00:00Z');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = sk_store_open (old, NULL);
  g_assert_nonnull (store);
  g_assert_cmpint (sk_store_get_schema_version (store), ==, SK_STORE_SCHEMA_VERSION);

  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "old.db.v1-") && g_str_has_suffix (name, ".bak"))
      backup = g_build_filename (f->dir, name, NULL);
  g_assert_nonnull (backup);

  /* The copy is the old file, version 1 with its outcome. */
  g_assert_cmpint (sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version),"
                                       " (SELECT value FROM outcome)", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  g_assert_cmpfloat (sqlite3_column_double (stmt, 1), ==, 66020);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* Opening it again, already up to date, makes no new copy. */
  g_clear_object (&store);
  {
    store = sk_store_open (old, NULL);
    g_assert_nonnull (store);
    g_clear_object (&store);
    g_autoptr(GDir) again = g_dir_open (f->dir, 0, NULL);
    guint copies = 0;

    while ((name = g_dir_read_name (again)) != NULL)
      copies += g_str_has_suffix (name, ".bak");
    g_assert_cmpuint (copies, ==, 1);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/damage/read-error", test_read_error);
  ADD ("/damage/live-list-keeps-contents", test_live_list_keeps_contents);
  ADD ("/damage/check-names-table", test_check_names_table);
  ADD ("/damage/check-async", test_check_async);
  ADD ("/damage/every-table-named", test_every_table_named);
  ADD ("/damage/damaged-index", test_damaged_index);
  ADD ("/damage/backup-while-open", test_backup_while_open);
  ADD ("/damage/backup-refuses-damage", test_backup_refuses_damage);
  ADD ("/damage/salvage", test_salvage);
  ADD ("/damage/salvage-root", test_salvage_root);
  ADD ("/damage/backup-before-migration", test_backup_before_migration);
#undef ADD

  return g_test_run ();
}
