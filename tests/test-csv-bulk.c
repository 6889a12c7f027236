/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv-bulk"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "sk-outcome-import.h"
#include "sk-store.h"
#include "store-test-util.h"

/*
 * A large import into a file: its new values go in many at a time, with
 * the foreign keys and the index on (unit, period) set aside for the
 * write (sk-store-import-batch.c). What a user relies on stays true: the
 * file is whole afterwards (index and all), removing an indicator still
 * removes its values, a place given twice still refuses the whole file,
 * and an indicator removed by someone else between the preview and the
 * import leaves no values pointing at nothing.
 */

#define N_MONTHS 10000  /* a unit's months from 1900-01 on */
#define INDICATOR "Andel prov klara i tid"  /* in no plan: it may be removed */

typedef struct {
  char    *dir;
  char    *path;
  SkStore *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(SkIndicator) ind = sk_indicator_new ();
  g_autoptr(GError) error = NULL;

  f->store = sk_test_store_new ("sk-csv-bulk-XXXXXX", TRUE, &f->dir, &f->path);
  sk_indicator_set_name (ind, INDICATOR);
  sk_indicator_set_perspective (ind, SK_PERSPECTIVE_TARGET_GROUP);
  sk_indicator_set_measure_unit (ind, "%");
  g_assert_true (sk_store_save_indicator (f->store, ind, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_free (f->path);
  sk_test_store_remove (&f->store, &f->dir);
}

/* 4 units × N_MONTHS rows (more than one batch), then @extra as written. */
static GFile *
write_csv (Fixture *f, const char *extra)
{
  static const char * const units[] = { "VC", "SU", "FTV", "LoA" };
  g_autoptr(GString) csv = g_string_new ("Indikator;Enhet;Period;Värde;Kommentar\r\n");
  g_autofree char *path = g_build_filename (f->dir, "bulk.csv", NULL);

  for (guint m = 0; m < N_MONTHS; m++)
    for (guint u = 0; u < G_N_ELEMENTS (units); u++)
      g_string_append_printf (csv, INDICATOR ";%s;%u-%02u;%u,%u\r\n", units[u], 1900 + m / 12, m % 12 + 1,
                              (m + u) % 100, m % 10);
  g_string_append (csv, extra);
  g_assert_true (g_file_set_contents (path, csv->str, (gssize) csv->len, NULL));
  return g_file_new_for_path (path);
}

/* One number asked of the file by hand, beside the store. */
static gint64
ask (Fixture *f, const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_type (stmt, 0) == SQLITE_TEXT
        ? (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0 ? 1 : 0)
        : sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static gint64
n_values (Fixture *f)
{
  return ask (f, "SELECT count(*) FROM outcome WHERE indicator_id ="
                 " (SELECT id FROM indicator WHERE name = '" INDICATOR "')");
}

static void
assert_whole (Fixture *f)
{
  g_assert_cmpint (ask (f, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                           " AND name = 'outcome_unit_period'"), ==, 1);
  g_assert_cmpint (ask (f, "PRAGMA integrity_check"), ==, 1);
  g_assert_cmpint (ask (f, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
}

/* All written; the file is whole; the indicator's removal takes its values. */
static void
test_written_whole (Fixture *f, gconstpointer data)
{
  /* A comment and a gap with its reason among the plain values. */
  g_autoptr(GFile) file = write_csv (f, INDICATOR ";RGU;2999-11;12,5;Efter omorganisationen\r\n"
                                        INDICATOR ";RGU;2999-12;;Systembyte\r\n");
  g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before = n_values (f);

  g_assert_true (sk_outcome_import_open_csv (import, file, 0, 0, NULL, &error));
  g_assert_true (sk_outcome_import_run (import, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_NEW), ==, 4 * N_MONTHS + 2);
  g_assert_cmpint (n_values (f), ==, before + 4 * N_MONTHS + 2);
  assert_whole (f);
  g_assert_cmpint (ask (f, "SELECT count(*) FROM outcome WHERE period = '2999-11' AND value = 12.5"
                           " AND comment = 'Efter omorganisationen' AND missing_reason IS NULL"), ==, 1);
  g_assert_cmpint (ask (f, "SELECT count(*) FROM outcome WHERE period = '2999-12' AND value IS NULL"
                           " AND missing_reason = 'Systembyte'"), ==, 1);
  g_assert_cmpint (ask (f, "SELECT count(*) FROM outcome WHERE period = '1900-01' AND comment IS NULL"
                           " AND missing_reason IS NULL AND numerator IS NULL AND fictional = 0"), ==, 4);
  /* The index is the one the store's own queries use: a unit's months. */
  g_assert_cmpint (ask (f, "SELECT count(*) FROM outcome INDEXED BY outcome_unit_period"
                           " WHERE unit_id = (SELECT id FROM unit WHERE short_name = 'SU')"
                           " AND period BETWEEN '1900-01' AND '1900-12'"), ==, 12);

  /* The foreign keys are on again for the store: a removed indicator
   * takes its values with it. */
  ind = sk_store_find_indicator (f->store, INDICATOR, &error);
  g_assert_no_error (error);
  g_assert_true (sk_store_delete (f->store, SK_RECORD (ind), &error));
  g_assert_no_error (error);
  g_assert_cmpint (n_values (f), ==, 0);
  g_assert_cmpint (ask (f, "SELECT count(*) FROM outcome WHERE indicator_id NOT IN (SELECT id FROM indicator)"),
                   ==, 0);
}

/* A place given again at the very end: nothing written, the first row named. */
static void
test_repeat_at_end (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) file = write_csv (f, INDICATOR ";VC;1900-01;5\r\n");
  g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
  g_autoptr(GError) error = NULL;
  gint64 before = n_values (f);
  gboolean named = FALSE;

  g_assert_true (sk_outcome_import_open_csv (import, file, 0, 0, NULL, &error));
  g_assert_false (sk_outcome_import_run (import, f->store, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_REFUSED), ==, 1);
  for (guint i = 0; i < sk_outcome_import_get_n_rows (import); i++)
    {
      const SkImportRow *row = sk_outcome_import_get_row (import, i);

      if (row->status == SK_IMPORT_REFUSED)
        {
          g_assert_cmpuint (row->row, ==, 4 * N_MONTHS + 2);
          g_assert_nonnull (strstr (row->reason, "Row 2 "));
          named = TRUE;
        }
    }
  g_assert_true (named);
  g_assert_cmpint (n_values (f), ==, before);
  assert_whole (f);
}

/* Someone removes the indicator after the preview: the import refuses,
 * and no value is left pointing at an indicator that is gone. */
static void
test_removed_after_preview (Fixture *f, gconstpointer data)
{
  g_autoptr(GFile) file = write_csv (f, "");
  g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_outcome_import_open_csv (import, file, 0, 0, NULL, &error));
  g_assert_true (sk_outcome_import_check (import, f->store, 0));
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_NEW), ==, 4 * N_MONTHS);
  {
    g_autoptr(SkStore) other = sk_store_open (f->path, &error);
    g_autoptr(SkIndicator) ind = NULL;

    g_assert_no_error (error);
    ind = sk_store_find_indicator (other, INDICATOR, &error);
    g_assert_no_error (error);
    g_assert_true (sk_store_delete (other, SK_RECORD (ind), &error));
    g_assert_no_error (error);
  }
  g_assert_false (sk_outcome_import_apply (import, f->store, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_assert_cmpint (ask (f, "SELECT count(*) FROM outcome WHERE indicator_id NOT IN (SELECT id FROM indicator)"),
                   ==, 0);
  assert_whole (f);
}

/* The row that gave a place first, as the preview names it for @place_row's repeat. */
static guint
first_of_repeat (SkOutcomeImport *import, guint repeat_row)
{
  for (guint i = 0; i < sk_outcome_import_get_n_rows (import); i++)
    {
      const SkImportRow *row = sk_outcome_import_get_row (import, i);
      guint first = 0;

      if (row->status == SK_IMPORT_REFUSED && row->row == repeat_row
          && sscanf (row->reason, "Row %u already gives", &first) == 1)
        return first;
    }
  return 0;
}

/* Months scattered over eleven centuries at many indicators and units:
 * more places than the preview keeps in memory, so the rest go to the
 * store's table. A repeat is still found, with the row it repeats, both
 * of a place met before the move and of one met after it. */
static void
test_places_beyond_memory (Fixture *f, gconstpointer data)
{
  static const char * const units[] = { "VC", "SU", "FTV", "LoA", "NSVH", "RGU" };
  g_autoptr(GString) csv = g_string_new ("Indikator;Enhet;Period;Värde\r\n");
  g_autofree char *path = g_build_filename (f->dir, "scattered.csv", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (guint i = 0; i < 80; i++)
    {
      g_autoptr(SkIndicator) ind = sk_indicator_new ();
      g_autofree char *name = g_strdup_printf ("Spridd %u", i);

      sk_indicator_set_name (ind, name);
      sk_indicator_set_perspective (ind, SK_PERSPECTIVE_TARGET_GROUP);
      sk_indicator_set_measure_unit (ind, "%");
      g_assert_true (sk_store_save_indicator (f->store, ind, &error));
      g_assert_no_error (error);
      for (guint u = 0; u < G_N_ELEMENTS (units); u++)
        {
          g_string_append_printf (csv, "Spridd %u;%s;1900-01;1\r\n", i, units[u]);
          g_string_append_printf (csv, "Spridd %u;%s;2999-12;2\r\n", i, units[u]);
          n += 2;
        }
    }
  /* The file's first place (row 2), and its last but one (row n). */
  g_string_append (csv, "Spridd 0;VC;1900-01;3\r\n");
  g_string_append (csv, "Spridd 79;RGU;1900-01;3\r\n");
  g_assert_true (g_file_set_contents (path, csv->str, (gssize) csv->len, NULL));
  file = g_file_new_for_path (path);

  g_assert_true (sk_outcome_import_open_csv (import, file, 0, 0, NULL, &error));
  g_assert_true (sk_outcome_import_check (import, f->store, 0));
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_NEW), ==, n);
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_REFUSED), ==, 2);
  g_assert_cmpuint (first_of_repeat (import, n + 2), ==, 2);
  g_assert_cmpuint (first_of_repeat (import, n + 3), ==, n);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/csv-bulk/written-whole", Fixture, NULL, fixture_setup, test_written_whole, fixture_teardown);
  g_test_add ("/csv-bulk/repeat-at-end", Fixture, NULL, fixture_setup, test_repeat_at_end, fixture_teardown);
  g_test_add ("/csv-bulk/removed-after-preview", Fixture, NULL, fixture_setup, test_removed_after_preview,
              fixture_teardown);
  g_test_add ("/csv-bulk/places-beyond-memory", Fixture, NULL, fixture_setup, test_places_beyond_memory,
              fixture_teardown);
  return g_test_run ();
}
