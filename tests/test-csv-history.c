/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv-history"

#include "config.h"

#include <string.h>

#include "sk-outcome-import.h"
#include "sk-store.h"
#include "store-test-util.h"

/*
 * What a CSV file's import leaves in the history: a value that replaced a
 * stored one has its own row (who changed it from what to what, as an
 * edit in the grid); values put into empty cells are told once per
 * indicator as one import row (the file, how many, who, when), and each
 * new outcome carries who entered it and when.
 */

typedef struct {
  char    *dir;
  SkStore *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->store = sk_test_store_new ("sk-csv-history-XXXXXX", TRUE, &f->dir, NULL);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  sk_test_store_remove (&f->store, &f->dir);
}

static gint64
indicator_id (SkStore *store, const char *name)
{
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (store, name, NULL);

  g_assert_nonnull (ind);
  return sk_record_get_id (SK_RECORD (ind));
}

static gint64
unit_id (SkStore *store, const char *name)
{
  g_autoptr(SkUnit) unit = sk_store_find_unit (store, name, NULL);

  g_assert_nonnull (unit);
  return sk_record_get_id (SK_RECORD (unit));
}

static void
import_file (Fixture *f, const char *name, const char *csv, guint expect_new, guint expect_changed)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  g_assert_true (sk_outcome_import_open_csv (import, file, 0, 0, NULL, &error));
  g_assert_true (sk_outcome_import_run (import, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_NEW), ==, expect_new);
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_CHANGED), ==, expect_changed);
}

/* The history rows of @indicator newer than the first @skip (newest first). */
static GPtrArray *
new_entries (SkStore *store, gint64 indicator, guint before)
{
  g_autoptr(GListModel) list = sk_store_list_audit (store, indicator);
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (list);

  g_assert_cmpuint (n, >=, before);
  for (guint i = 0; i < n - before; i++)
    g_ptr_array_add (entries, g_list_model_get_item (list, i));
  return entries;
}

static guint
n_entries (SkStore *store, gint64 indicator)
{
  g_autoptr(GListModel) list = sk_store_list_audit (store, indicator);

  return g_list_model_get_n_items (list);
}

static void
test_new_and_changed (Fixture *f, gconstpointer data)
{
  gint64 sick = indicator_id (f->store, "Sjukfrånvaro");
  gint64 vc = unit_id (f->store, "VC");
  guint before = n_entries (f->store, sick);
  g_autoptr(GString) csv = g_string_new ("Indikator;Enhet;Period;Värde\n");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(SkOutcome) stored = NULL;
  SkAuditEntry *e;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (csv, "Sjukfrånvaro;VC;%u-%02u;%u,5\n", 1900 + i / 12, i % 12 + 1, i % 20);
  import_file (f, "utfall-1.csv", csv->str, 300, 0);
  /* One row tells of the 300 new values: the file, by whom, when. */
  entries = new_entries (f->store, sick, before);
  g_assert_cmpuint (entries->len, ==, 1);
  e = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (sk_audit_entry_get_entity (e), ==, "import");
  g_assert_cmpstr (sk_audit_entry_get_field (e), ==, "utfall-1.csv");
  g_assert_cmpstr (sk_audit_entry_get_new_value (e), ==, "300");
  g_assert_null (sk_audit_entry_get_old_value (e));
  g_assert_cmpstr (sk_audit_entry_get_who (e), ==, sk_store_get_user (f->store));
  /* Each value says who entered it and when (the grid's tooltip). */
  stored = sk_store_get_outcome (f->store, sick, vc, "1900-02", SK_OUTCOME_MONTH);
  g_assert_nonnull (stored);
  g_assert_cmpfloat (sk_outcome_get_value (stored), ==, 1.5);
  g_assert_cmpstr (sk_outcome_get_changed_by (stored), ==, sk_store_get_user (f->store));
  g_assert_cmpstr (sk_outcome_get_changed_at (stored), ==, sk_audit_entry_get_at (e));

  /* A file that changes two of them: a row each, from the old value to the new. */
  before = n_entries (f->store, sick);
  import_file (f, "utfall-2.csv", "Indikator;Enhet;Period;Värde\n"
                                  "Sjukfrånvaro;VC;1900-02;7\n"
                                  "Sjukfrånvaro;VC;1900-03;2,5\n"
                                  "Sjukfrånvaro;VC;1900-04;8\n", 0, 2);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = new_entries (f->store, sick, before);
  g_assert_cmpuint (entries->len, ==, 2);
  e = g_ptr_array_index (entries, 1);
  g_assert_cmpstr (sk_audit_entry_get_entity (e), ==, "outcome");
  g_assert_cmpint (sk_audit_entry_get_entity_id (e), ==, vc);
  g_assert_cmpstr (sk_audit_entry_get_field (e), ==, "1900-02 month");
  g_assert_cmpstr (sk_audit_entry_get_old_value (e), ==, "1.5");
  g_assert_cmpstr (sk_audit_entry_get_new_value (e), ==, "7");
  e = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (sk_audit_entry_get_field (e), ==, "1900-04 month");
  g_assert_cmpstr (sk_audit_entry_get_old_value (e), ==, "3.5");
  g_assert_cmpstr (sk_audit_entry_get_new_value (e), ==, "8");

  /* The same file again changes nothing and tells nothing. */
  before = n_entries (f->store, sick);
  import_file (f, "utfall-2.csv", "Indikator;Enhet;Period;Värde\n"
                                  "Sjukfrånvaro;VC;1900-02;7\n", 0, 0);
  g_assert_cmpuint (n_entries (f->store, sick), ==, before);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sk_test_backend_init ();
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/csv-history/new-and-changed", test_new_and_changed);
  return g_test_run ();
}
