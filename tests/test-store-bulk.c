/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-store-bulk.h"
#include "store-test-util.h"

/*
 * History restored as one set (what an import with its own history does)
 * keeps the rules of one-by-one restoring: an entry equal to a stored row,
 * or to one earlier in the list, is not added again; NULL and "" differ;
 * the order of the list is kept.
 */

static SkAuditEntry *
entry (const char *at,
       const char *who,
       const char *field,
       const char *old_value,
       const char *new_value)
{
  SkAuditEntry *e = sk_audit_entry_new ();

  sk_audit_entry_set_at (e, at);
  sk_audit_entry_set_who (e, who);
  sk_audit_entry_set_entity (e, "outcome");
  sk_audit_entry_set_entity_id (e, 7);
  sk_audit_entry_set_field (e, field);
  sk_audit_entry_set_old_value (e, old_value);
  sk_audit_entry_set_new_value (e, new_value);
  return e;
}

static guint
history_length (SkStore *store)
{
  g_autoptr(GListModel) list = sk_store_list_audit (store, 0);
  return g_list_model_get_n_items (list);
}

/* Newest first: @i counts from the newest row. */
static SkAuditEntry *
history_at (SkStore *store,
            guint    i)
{
  g_autoptr(GListModel) list = sk_store_list_audit (store, 0);
  return g_list_model_get_item (list, i);
}

static void
test_restore_set (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-store-bulk-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_test_store_open (path, &error);
  g_autoptr(GPtrArray) first = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) second = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_object_unref);
  guint before;

  g_assert_no_error (error);
  before = history_length (store);

  g_ptr_array_add (first, entry ("2024-05-02T08:00:00Z", "anna", "2024-04 month", NULL, "92.5"));
  g_ptr_array_add (first, entry ("2024-05-02T08:00:00Z", "anna", "2024-04 month", NULL, "92.5"));
  g_ptr_array_add (first, entry ("2024-05-03T08:00:00Z", "bo", "comment", NULL, "sent"));
  g_ptr_array_add (first, entry ("2024-05-03T08:00:00Z", "bo", "comment", "", "sent"));
  g_assert_true (sk_store_restore_audit_entries (store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (history_length (store), ==, before + 3);

  /* The same again with one new entry: only that one is added, last. */
  g_ptr_array_add (second, g_object_ref (g_ptr_array_index (first, 0)));
  g_ptr_array_add (second, entry ("2024-05-04T08:00:00Z", "anna", "2024-04 month", "92.5", "93.25"));
  g_ptr_array_add (second, g_object_ref (g_ptr_array_index (first, 3)));
  g_assert_true (sk_store_restore_audit_entries (store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (history_length (store), ==, before + 4);
  {
    g_autoptr(SkAuditEntry) newest = history_at (store, 0);
    g_autoptr(SkAuditEntry) oldest = history_at (store, 3);

    g_assert_cmpstr (sk_audit_entry_get_new_value (newest), ==, "93.25");
    g_assert_cmpstr (sk_audit_entry_get_new_value (oldest), ==, "92.5");
  }

  /* An entry without a user is refused by its place; nothing is added. */
  g_ptr_array_add (bad, entry ("2024-06-01T08:00:00Z", "anna", "2024-05 month", NULL, "90"));
  g_ptr_array_add (bad, entry ("2024-06-01T08:00:00Z", "", "2024-05 month", NULL, "91"));
  g_assert_false (sk_store_restore_audit_entries (store, bad, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "2"));
  g_assert_cmpuint (history_length (store), ==, before + 4);

  g_clear_object (&store);
  g_remove (path);
  g_rmdir (dir); /* fails quietly while -wal and -shm remain */
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sk_test_backend_init ();
  g_test_add_func ("/store-bulk/restore-history-as-a-set", test_restore_set);
  return g_test_run ();
}
