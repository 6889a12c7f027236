/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv-large"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sk-csv.h"
#include "sk-exchange.h"
#include "sk-outcome-import.h"
#include "sk-store.h"
#include "store-test-util.h"

/*
 * A CSV file larger than what is listed (1000 rows of each kind) and than
 * one piece the reader takes at a time (64 KiB): the totals are the whole
 * file's, nothing is written while any row is refused, a second import
 * changes nothing, and records, encodings and quotes cut by a piece's end
 * read as a whole file's.
 */

#define LIMIT 1000  /* SK_IMPORT_LIST_LIMIT */

typedef struct {
  char    *dir;
  SkStore *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->store = sk_test_store_new ("sk-csv-large-XXXXXX", TRUE, &f->dir, NULL);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  sk_test_store_remove (&f->store, &f->dir);
}

static GFile *
write_file (Fixture *f, const char *name, const char *data, gsize length)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  return g_file_new_for_path (path);
}

static guint
n_outcomes (SkStore *store, const char *unit)
{
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (store, "Sjukfrånvaro", NULL);
  g_autoptr(SkUnit) u = sk_store_find_unit (store, unit, NULL);
  g_autoptr(GListModel) list = sk_store_list_outcomes (store, sk_record_get_id (SK_RECORD (ind)),
                                                       sk_record_get_id (SK_RECORD (u)), NULL, NULL);

  return g_list_model_get_n_items (list);
}

/* @n_good months of Sjukfrånvaro at VC from 1900-01 on, then @n_bad rows
 * naming no indicator there is. */
static GString *
make_csv (guint n_good, guint n_bad)
{
  GString *csv = g_string_new ("Indikator;Enhet;Period;Värde\r\n");

  for (guint i = 0; i < n_good; i++)
    g_string_append_printf (csv, "Sjukfrånvaro;VC;%u-%02u;%u,%u\r\n", 1900 + i / 12, i % 12 + 1, i % 20, i % 10);
  for (guint i = 0; i < n_bad; i++)
    g_string_append_printf (csv, "Ingen sådan indikator %u;VC;2024-01;1\r\n", i);
  return csv;
}

static guint
n_listed (SkOutcomeImport *import, SkImportStatus status)
{
  guint n = 0;

  for (guint i = 0; i < sk_outcome_import_get_n_rows (import); i++)
    if (sk_outcome_import_get_row (import, i)->status == status)
      n++;
  return n;
}

/* More refusals than are listed: all counted, only the first listed, none written. */
static void
test_totals_beyond_the_list (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) csv = make_csv (1500, 1300);
  g_autoptr(GFile) file = write_file (f, "big.csv", csv->str, csv->len);
  g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
  g_autoptr(GError) error = NULL;
  guint before = n_outcomes (f->store, "VC");

  g_assert_true (sk_outcome_import_open_csv (import, file, 0, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sk_outcome_import_check (import, f->store, 0));
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_REFUSED), ==, 1300);
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_NEW)
                    + sk_outcome_import_count (import, SK_IMPORT_CHANGED)
                    + sk_outcome_import_count (import, SK_IMPORT_UNCHANGED), ==, 1500);
  g_assert_cmpuint (n_listed (import, SK_IMPORT_REFUSED), ==, LIMIT);
  /* The first refused row is the file's first wrong one (row 1502, after the header). */
  for (guint i = 0; i < sk_outcome_import_get_n_rows (import); i++)
    {
      const SkImportRow *row = sk_outcome_import_get_row (import, i);

      if (row->status == SK_IMPORT_REFUSED)
        {
          g_assert_cmpuint (row->row, ==, 1502);
          break;
        }
    }
  g_assert_false (sk_outcome_import_apply (import, f->store, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1300"));
  g_assert_cmpuint (n_outcomes (f->store, "VC"), ==, before);

  /* In one pass the same: counted, and all or nothing. */
  {
    g_autoptr(SkOutcomeImport) run = sk_outcome_import_new ();
    g_autoptr(GError) local = NULL;

    g_assert_true (sk_outcome_import_open_csv (run, file, 0, 0, NULL, &local));
    g_assert_false (sk_outcome_import_run (run, f->store, &local));
    g_assert_error (local, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
    g_assert_cmpuint (sk_outcome_import_count (run, SK_IMPORT_REFUSED), ==, 1300);
    g_assert_cmpuint (n_listed (run, SK_IMPORT_REFUSED), ==, LIMIT);
    g_assert_cmpuint (n_outcomes (f->store, "VC"), ==, before);
  }
}

/* A row at the end giving a month given at the start is refused with its first row. */
static void
test_duplicate_far_apart (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) csv = make_csv (3000, 0);
  g_autoptr(GFile) file = NULL;
  g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
  g_autoptr(GError) error = NULL;
  const SkImportRow *row = NULL;

  g_string_append (csv, "Sjukfrånvaro;VC;1900-01;7\r\n");
  file = write_file (f, "dup.csv", csv->str, csv->len);
  g_assert_true (sk_outcome_import_open_csv (import, file, 0, 0, NULL, &error));
  g_assert_true (sk_outcome_import_check (import, f->store, 0));
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_REFUSED), ==, 1);
  for (guint i = 0; i < sk_outcome_import_get_n_rows (import) && row == NULL; i++)
    if (sk_outcome_import_get_row (import, i)->status == SK_IMPORT_REFUSED)
      row = sk_outcome_import_get_row (import, i);
  g_assert_nonnull (row);
  g_assert_cmpuint (row->row, ==, 3002);
  g_assert_nonnull (strstr (row->reason, "Row 2 "));
}

/* All of a large file is written, and a second import of it changes nothing. */
static void
test_large_twice (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) csv = make_csv (3000, 0);
  g_autoptr(GFile) file = write_file (f, "ok.csv", csv->str, csv->len);
  g_autoptr(SkOutcomeImport) first = sk_outcome_import_new ();
  g_autoptr(SkOutcomeImport) second = sk_outcome_import_new ();
  g_autoptr(GListModel) audit = NULL;
  g_autoptr(GListModel) audit_again = NULL;
  g_autoptr(GError) error = NULL;
  guint before = n_outcomes (f->store, "VC");

  g_assert_true (sk_outcome_import_open_csv (first, file, 0, 0, NULL, &error));
  /* In pieces, as the app checks. */
  g_assert_false (sk_outcome_import_check (first, f->store, 100));
  while (!sk_outcome_import_check (first, f->store, 100))
    ;
  g_assert_cmpuint (sk_outcome_import_count (first, SK_IMPORT_REFUSED), ==, 0);
  g_assert_true (sk_outcome_import_apply (first, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_outcomes (f->store, "VC") - before, ==, sk_outcome_import_count (first, SK_IMPORT_NEW));
  g_assert_cmpuint (sk_outcome_import_count (first, SK_IMPORT_NEW) + sk_outcome_import_count (first, SK_IMPORT_CHANGED)
                    + sk_outcome_import_count (first, SK_IMPORT_UNCHANGED), ==, 3000);
  audit = sk_store_list_audit (f->store, 0);

  g_assert_true (sk_outcome_import_open_csv (second, file, 0, 0, NULL, &error));
  g_assert_true (sk_outcome_import_run (second, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_outcome_import_count (second, SK_IMPORT_UNCHANGED), ==, 3000);
  g_assert_cmpuint (sk_outcome_import_count (second, SK_IMPORT_NEW), ==, 0);
  audit_again = sk_store_list_audit (f->store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (audit_again), ==, g_list_model_get_n_items (audit));

  /* Undo takes the whole first import back. */
  g_assert_true (sk_outcome_import_can_undo (first));
  g_assert_true (sk_outcome_import_undo (first, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_outcomes (f->store, "VC"), ==, before);
}

/* A Windows-1252 "å" first met beyond the first 64 KiB, and a quoted
 * comment whose line break lies beyond the second: read as a small file. */
static void
test_pieces (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) csv = g_string_new ("Indicator;Unit;Period;Value;Comment\r\n");
  g_autoptr(GFile) file = NULL;
  g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (f->store, "Sjukfrånvaro", NULL);
  g_autoptr(SkUnit) unit = sk_store_find_unit (f->store, "VC", NULL);
  g_autoptr(SkOutcome) o = NULL;
  guint i = 0;

  const char *last = "Sjukfr\xE5nvaro;VC;2030-01;4,5;\"F\xF6rsta raden\r\n";
  g_autofree char *filler = NULL;
  gsize room;

  /* Plain ASCII rows through the first piece and into the second, */
  while (csv->len < 2 * 65536 - 300)
    {
      g_string_append_printf (csv, "Kostnadsutveckling;VC;%u-%02u;1;\r\n", 1900 + i / 12, i % 12 + 1);
      i++;
    }
  /* one with a comment as long as it takes for the second piece to end
   * just after the line break within the quotes of the last row. */
  room = 2 * 65536 - csv->len - strlen (last) - strlen ("Kostnadsutveckling;FTV;2029-01;1;\r\n");
  filler = g_strnfill (room, 'x');
  g_string_append_printf (csv, "Kostnadsutveckling;FTV;2029-01;1;%s\r\n", filler);
  i++;
  g_string_append (csv, last);
  g_assert_cmpuint (csv->len, ==, 2 * 65536);
  g_string_append (csv, "andra raden\"\r\n");
  file = write_file (f, "cp1252.csv", csv->str, csv->len);
  g_assert_true (sk_outcome_import_open_csv (import, file, 0, 0, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sk_outcome_import_get_encoding (import), ==, SK_CSV_CP1252);
  g_assert_true (sk_outcome_import_run (import, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_REFUSED), ==, 0);
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_NEW), ==, i + 1);
  o = sk_store_get_outcome (f->store, sk_record_get_id (SK_RECORD (ind)), sk_record_get_id (SK_RECORD (unit)),
                            "2030-01", SK_OUTCOME_MONTH);
  g_assert_nonnull (o);
  g_assert_cmpfloat (sk_outcome_get_value (o), ==, 4.5);
  g_assert_cmpstr (sk_outcome_get_comment (o), ==, "Första raden\nandra raden");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/csv-large/totals-beyond-the-list", test_totals_beyond_the_list);
  ADD ("/csv-large/duplicate-far-apart", test_duplicate_far_apart);
  ADD ("/csv-large/twice", test_large_twice);
  ADD ("/csv-large/pieces", test_pieces);
  return g_test_run ();
}
