/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv-run"

#include "config.h"

#include <string.h>
#include <sqlite3.h>

#include "sk-outcome-import.h"
#include "sk-store.h"
#include "store-test-util.h"

/*
 * A CSV file checked and written in one pass (`styrkort-cli import-csv`):
 * a month given twice for an indicator and unit is refused with the row
 * that gave it first, whether the month was empty or had a value, and
 * nothing is written.
 */

typedef struct {
  char    *dir;
  char    *path;
  SkStore *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->store = sk_test_store_new ("sk-csv-run-XXXXXX", TRUE, &f->dir, &f->path);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  sk_test_store_remove (&f->store, &f->dir);
  g_clear_pointer (&f->path, g_free);
}

static guint
n_outcomes (SkStore *store)
{
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (store, "Sjukfrånvaro", NULL);
  g_autoptr(SkUnit) u = sk_store_find_unit (store, "VC", NULL);
  g_autoptr(GListModel) list = sk_store_list_outcomes (store, sk_record_get_id (SK_RECORD (ind)),
                                                       sk_record_get_id (SK_RECORD (u)), NULL, NULL);

  return g_list_model_get_n_items (list);
}

/* Runs @csv; returns the refused rows' descriptions, one a line. */
static char *
run_refused (Fixture *f, const char *csv, guint expect_refused)
{
  g_autofree char *path = g_build_filename (f->dir, "run.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
  g_autoptr(GError) error = NULL;
  GString *refused = g_string_new (NULL);

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  g_assert_true (sk_outcome_import_open_csv (import, file, 0, 0, NULL, &error));
  g_assert_false (sk_outcome_import_run (import, f->store, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_REFUSED), ==, expect_refused);
  for (guint i = 0; i < sk_outcome_import_get_n_rows (import); i++)
    {
      const SkImportRow *row = sk_outcome_import_get_row (import, i);

      if (row->status == SK_IMPORT_REFUSED)
        g_string_append_printf (refused, "%u: %s\n", row->row, row->reason);
    }
  return g_string_free (refused, FALSE);
}

/* 500 months of Sjukfrånvaro at VC from 1900-01, after @csv. */
static void
append_body (GString *csv)
{
  for (guint i = 0; i < 500; i++)
    g_string_append_printf (csv, "Sjukfrånvaro;VC;%u-%02u;%u,5\n", 1900 + i / 12, i % 12 + 1, i % 20);
}

#define HEADER "Indikator;Enhet;Period;Värde\n"

/* A month that was empty, given twice far apart; then one with a value
 * (unchanged the first time, changed the second), and the others. */
static void
test_repeated (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) csv = g_string_new (HEADER);
  guint before = n_outcomes (f->store);
  g_autofree char *refused = NULL;
  g_autofree char *again = NULL;

  append_body (csv);
  g_string_append (csv, "Sjukfrånvaro;VC;1900-02;7\n");
  refused = run_refused (f, csv->str, 1);
  g_assert_cmpstr (refused, ==, "502: Row 3 already gives this month for this indicator and unit.\n");
  g_assert_cmpuint (n_outcomes (f->store), ==, before);

  /* Written once; then months with values repeated: unchanged, changed. */
  {
    g_autofree char *path = g_build_filename (f->dir, "first.csv", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
    g_autoptr(GError) error = NULL;

    g_string_assign (csv, HEADER);
    append_body (csv);
    g_assert_true (g_file_set_contents (path, csv->str, -1, NULL));
    g_assert_true (sk_outcome_import_open_csv (import, file, 0, 0, NULL, &error));
    g_assert_true (sk_outcome_import_run (import, f->store, &error));
    g_assert_no_error (error);
  }
  before = n_outcomes (f->store);
  /* Row 2 changes 1900-05 (stored 4,5), which row 7 gives again; row 503
   * repeats row 6 as stored (unchanged twice); row 504 is new; row 505
   * repeats 1900-05 once more. */
  g_string_assign (csv, HEADER "Sjukfrånvaro;VC;1900-05;2\n");
  append_body (csv);
  g_string_append (csv, "Sjukfrånvaro;VC;1900-04;3,5\n"
                        "Sjukfrånvaro;VC;1950-01;9\n"
                        "Sjukfrånvaro;VC;1900-05;1\n");
  again = run_refused (f, csv->str, 3);
  g_assert_cmpstr (again, ==,
                   "7: Row 2 already gives this month for this indicator and unit.\n"
                   "503: Row 6 already gives this month for this indicator and unit.\n"
                   "505: Row 2 already gives this month for this indicator and unit.\n");
  g_assert_cmpuint (n_outcomes (f->store), ==, before);
}

/* Months after the latest stored (a new year's file) and before the
 * earliest, one of each given twice. */
static void
test_repeated_after_latest (Fixture *f, gconstpointer data)
{
  guint before = n_outcomes (f->store);
  g_autofree char *refused = run_refused (f, HEADER
                                          "Sjukfrånvaro;VC;2100-01;1\n"
                                          "Sjukfrånvaro;VC;2100-02;2\n"
                                          "Sjukfrånvaro;VC;2100-03;3\n"
                                          "Sjukfrånvaro;VC;2100-02;4\n"
                                          "Sjukfrånvaro;VC;2100-04;5\n"
                                          "Sjukfrånvaro;VC;1901-01;5\n"
                                          "Sjukfrånvaro;VC;1901-01;6\n", 2);

  g_assert_cmpstr (refused, ==, "5: Row 3 already gives this month for this indicator and unit.\n"
                                "8: Row 7 already gives this month for this indicator and unit.\n");
  g_assert_cmpuint (n_outcomes (f->store), ==, before);
}

/* Outcome ids too large for a bitmap of them (rows moved from elsewhere):
 * the places are remembered in a table instead, with the same answers. */
static void
test_repeated_large_ids (Fixture *f, gconstpointer data)
{
  g_autofree char *refused = NULL;
  guint before;

  g_assert_cmpint (sk_test_store_exec (f->path, "UPDATE outcome SET id = 300000000"
                                                " WHERE id = (SELECT max(id) FROM outcome)"), ==, SQLITE_OK);
  before = n_outcomes (f->store);
  refused = run_refused (f, HEADER
                         "Sjukfrånvaro;VC;2100-01;1\n"
                         "Sjukfrånvaro;VC;2100-02;2\n"
                         "Sjukfrånvaro;VC;2100-01;4\n", 1);
  g_assert_cmpstr (refused, ==, "4: Row 2 already gives this month for this indicator and unit.\n");
  g_assert_cmpuint (n_outcomes (f->store), ==, before);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sk_test_backend_init ();
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/csv-run/repeated", test_repeated);
  ADD ("/csv-run/repeated-after-latest", test_repeated_after_latest);
  ADD ("/csv-run/repeated-large-ids", test_repeated_large_ids);
  return g_test_run ();
}
