/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store-outcome-ids"

#include "config.h"

#include <glib/gstdio.h>

#include "sk-exchange.h"
#include "sk-store.h"
#include "store-test-util.h"

/* Which indicators a unit has figures for in a span of months, in one
 * query (Utfall's unit filter): the same set as asking the outcomes of
 * each indicator in turn. */

typedef struct {
  char       *dir;
  char       *path;
  SkStore    *store;
  GHashTable *indicators;  /* every indicator of every plan year: id → itself */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = sk_test_store_new ("sk-outcome-ids-XXXXXX", TRUE, &f->dir, &f->path);

  f->indicators = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (int year = 2023; year <= 2026; year++)
    {
      g_autoptr(GListModel) register_ = sk_store_list_indicators (f->store, year);

      for (guint i = 0; i < g_list_model_get_n_items (register_); i++)
        {
          g_autoptr(SkRecord) ind = g_list_model_get_item (register_, i);
          gint64 id = sk_record_get_id (ind);

          g_hash_table_add (f->indicators, g_memdup2 (&id, sizeof id));
        }
    }
  g_assert_cmpuint (g_hash_table_size (f->indicators), >, 20);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  sk_test_store_remove (&f->store, &f->dir);
  g_free (f->path);
  g_hash_table_unref (f->indicators);
}

static gint64
add_outcome (SkStore       *store,
             gint64         indicator_id,
             gint64         unit_id,
             const char    *period,
             SkOutcomeKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkOutcome) o = sk_outcome_new ();

  sk_outcome_set_indicator_id (o, indicator_id);
  sk_outcome_set_unit_id (o, unit_id);
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, kind);
  sk_outcome_set_value (o, 42);
  g_assert_true (sk_store_set_outcome (store, o, &error));
  g_assert_no_error (error);
  return indicator_id;
}

/* What the unit filter found before: one sk_store_list_outcomes() per
 * indicator, kept where it lists anything. */
static GHashTable *
per_indicator (Fixture    *f,
               gint64      unit_id,
               const char *from,
               const char *to)
{
  GHashTable *found = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, f->indicators);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(GListModel) outcomes = sk_store_list_outcomes (f->store, *(gint64 *) key, unit_id, from, to);

      if (g_list_model_get_n_items (outcomes) > 0)
        g_hash_table_add (found, g_memdup2 (key, sizeof (gint64)));
    }
  return found;
}

static void
assert_same_set (GHashTable *a,
                 GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  g_assert_cmpuint (g_hash_table_size (a), ==, g_hash_table_size (b));
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (g_hash_table_contains (b, key));
}

/* Every unit of the example, every year and some spans across years. */
static void
test_same_as_per_indicator (Fixture       *f,
                            gconstpointer  data)
{
  static const char *spans[][2] = {
    { "2023-01", "2023-12" }, { "2024-01", "2024-12" }, { "2025-01", "2025-12" }, { "2026-01", "2026-12" },
    { "2024-06", "2025-03" }, { "2025-04", "2025-04" }, { NULL, "2024-12" }, { "2025-01", NULL }, { NULL, NULL },
  };
  g_autoptr(GListModel) units = sk_store_list_units (f->store);
  guint non_empty = 0;

  g_assert_cmpuint (g_list_model_get_n_items (units), >, 1);
  for (guint u = 0; u < g_list_model_get_n_items (units); u++)
    {
      g_autoptr(SkRecord) unit = g_list_model_get_item (units, u);

      for (guint s = 0; s < G_N_ELEMENTS (spans); s++)
        {
          const char *from = spans[s][0], *to = spans[s][1];
          g_autoptr(GHashTable) before = per_indicator (f, sk_record_get_id (unit), from, to);
          g_autoptr(GHashTable) now = sk_store_list_outcome_indicator_ids (f->store, sk_record_get_id (unit),
                                                                           from, to);

          assert_same_set (now, before);
          non_empty += g_hash_table_size (now) > 0;
        }
    }
  /* The example has figures: the sets compared are not all empty. */
  g_assert_cmpuint (non_empty, >, 3);
}

/* The first and last month count, the months around them do not; every
 * kind of figure counts; another unit's figures do not. */
static void
test_span_edges (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkUnit) unit = sk_store_add_unit (f->store, 0, "Testenheten", "TE", &error);
  g_autoptr(SkUnit) other = sk_store_add_unit (f->store, 0, "Grannenheten", "GE", &error);
  g_autoptr(GListModel) register_ = sk_store_list_indicators (f->store, 2025);
  gint64 ids[5], unit_id, other_id;
  g_autoptr(GHashTable) year = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) open = NULL;
  g_autoptr(GHashTable) none = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (register_), >=, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(SkRecord) ind = g_list_model_get_item (register_, i);
      ids[i] = sk_record_get_id (ind);
    }
  unit_id = sk_record_get_id (SK_RECORD (unit));
  other_id = sk_record_get_id (SK_RECORD (other));
  add_outcome (f->store, ids[0], unit_id, "2024-12", SK_OUTCOME_MONTH);
  add_outcome (f->store, ids[1], unit_id, "2025-01", SK_OUTCOME_MONTH);
  add_outcome (f->store, ids[2], unit_id, "2025-12", SK_OUTCOME_YTD);
  add_outcome (f->store, ids[3], unit_id, "2025-06", SK_OUTCOME_REFERENCE);
  add_outcome (f->store, ids[4], other_id, "2025-06", SK_OUTCOME_MONTH);

  year = sk_store_list_outcome_indicator_ids (f->store, unit_id, "2025-01", "2025-12");
  g_assert_cmpuint (g_hash_table_size (year), ==, 3);
  g_assert_true (g_hash_table_contains (year, &ids[1]));
  g_assert_true (g_hash_table_contains (year, &ids[2]));
  g_assert_true (g_hash_table_contains (year, &ids[3]));
  before = sk_store_list_outcome_indicator_ids (f->store, unit_id, "2024-01", "2024-12");
  g_assert_cmpuint (g_hash_table_size (before), ==, 1);
  g_assert_true (g_hash_table_contains (before, &ids[0]));
  open = sk_store_list_outcome_indicator_ids (f->store, unit_id, NULL, NULL);
  g_assert_cmpuint (g_hash_table_size (open), ==, 4);
  g_assert_false (g_hash_table_contains (open, &ids[4]));
  none = sk_store_list_outcome_indicator_ids (f->store, unit_id, "2026-01", "2026-12");
  g_assert_cmpuint (g_hash_table_size (none), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  sk_test_backend_init ();
  g_test_add ("/store/outcome-indicator-ids/same-as-per-indicator", Fixture, NULL, fixture_setup,
              test_same_as_per_indicator, fixture_teardown);
  g_test_add ("/store/outcome-indicator-ids/span-edges", Fixture, NULL, fixture_setup,
              test_span_edges, fixture_teardown);
  return g_test_run ();
}
