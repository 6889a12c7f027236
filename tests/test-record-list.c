/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-record-list"

#include "config.h"

#include <glib/gstdio.h>

#include "sk-record-list.h"
#include "sk-store.h"
#include "store-test-util.h"

/* Each test gets a fresh folder; the database lives there. */
typedef struct {
  char    *dir;
  char    *path;
  SkStore *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sk-record-list-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = sk_test_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_clear_object (&f->store);
  d = g_dir_open (f->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_remove (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Records every ::items-changed and replays it on a mirror, so a test can
 * check that the signals alone describe the list correctly. */
typedef struct {
  GListModel *model;
  GListStore *mirror;
  GArray     *calls;   /* guint triples: position, removed, added */
} Recorder;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, Recorder *r)
{
  guint call[3] = { position, removed, added };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_array_append_vals (r->calls, call, 3);
  for (guint i = 0; i < added; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, position + i));
  g_list_store_splice (r->mirror, position, removed, items->pdata, added);
}

static void
recorder_init (Recorder *r, GListModel *model)
{
  r->model = model;
  r->mirror = g_list_store_new (g_list_model_get_item_type (model));
  r->calls = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_list_store_append (r->mirror, item);
    }
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), r);
}

static void
recorder_clear (Recorder *r)
{
  g_signal_handlers_disconnect_by_data (r->model, r);
  g_clear_object (&r->mirror);
  g_clear_pointer (&r->calls, g_array_unref);
}

static guint
n_calls (Recorder *r)
{
  return r->calls->len / 3;
}

static void
assert_call (Recorder *r, guint n, guint position, guint removed, guint added)
{
  g_assert_cmpuint (n, <, n_calls (r));
  g_assert_cmpuint (g_array_index (r->calls, guint, 3 * n), ==, position);
  g_assert_cmpuint (g_array_index (r->calls, guint, 3 * n + 1), ==, removed);
  g_assert_cmpuint (g_array_index (r->calls, guint, 3 * n + 2), ==, added);
}

/* The mirror built from the signals holds the very objects of the list. */
static void
assert_mirror (Recorder *r)
{
  guint n = g_list_model_get_n_items (r->model);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (r->mirror)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (r->model, i);
      g_autoptr(GObject) b = g_list_model_get_item (G_LIST_MODEL (r->mirror), i);
      g_assert_true (a == b);
    }
}

static SkPlan *
plan_at (GListModel *model, guint position)
{
  return g_list_model_get_item (model, position);
}

static SkPlan *
create_plan (SkStore *store, int year)
{
  g_autoptr(GError) error = NULL;
  SkPlan *plan = sk_store_create_plan (store, year, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* Creating and deleting a plan through the store each send one
 * ::items-changed, at the right place, and leave other objects alone. */
static void
test_create_delete (Fixture *f, gconstpointer data)
{
  g_autoptr(SkPlan) p2023 = create_plan (f->store, 2023);
  g_autoptr(SkPlan) p2025 = create_plan (f->store, 2025);
  g_autoptr(GListModel) plans = sk_store_watch_plans (f->store);
  g_autoptr(SkPlan) first = plan_at (plans, 0);
  g_autoptr(SkPlan) last = plan_at (plans, 1);
  g_autoptr(SkPlan) p2024 = NULL;
  g_autoptr(GError) error = NULL;
  Recorder r;

  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  g_assert_true (g_list_model_get_item_type (plans) == SK_TYPE_PLAN);
  recorder_init (&r, plans);

  p2024 = create_plan (f->store, 2024);
  g_assert_cmpuint (n_calls (&r), ==, 1);
  assert_call (&r, 0, 1, 0, 1);
  assert_mirror (&r);
  {
    g_autoptr(SkPlan) middle = plan_at (plans, 1);
    g_autoptr(SkPlan) still_first = plan_at (plans, 0);
    g_autoptr(SkPlan) still_last = plan_at (plans, 2);
    g_assert_cmpint (sk_plan_get_year (middle), ==, 2024);
    g_assert_true (still_first == first);
    g_assert_true (still_last == last);
  }

  g_assert_true (sk_store_delete (f->store, SK_RECORD (p2023), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_calls (&r), ==, 2);
  assert_call (&r, 1, 0, 1, 0);
  assert_mirror (&r);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);

  /* Unrelated tables do not disturb it. */
  g_object_unref (sk_store_add_unit (f->store, 0, "Förvaltningen", "FV", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_calls (&r), ==, 2);
  recorder_clear (&r);
}

static void
count_notify (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

/* A rename keeps the object: it notifies once, the list does not change. */
static void
test_rename (Fixture *f, gconstpointer data)
{
  g_autoptr(SkPlan) created = create_plan (f->store, 2025);
  g_autoptr(GListModel) plans = sk_store_watch_plans (f->store);
  g_autoptr(SkPlan) shown = plan_at (plans, 0);
  g_autoptr(SkPlan) other = sk_store_get_plan (f->store, 2025);
  g_autoptr(GError) error = NULL;
  guint titles = 0, years = 0;
  Recorder r;

  recorder_init (&r, plans);
  g_assert_true (shown != other);
  g_signal_connect (shown, "notify::title", G_CALLBACK (count_notify), &titles);
  g_signal_connect (shown, "notify::year", G_CALLBACK (count_notify), &years);

  /* Renamed through another object: the list's own one catches up. */
  g_assert_true (sk_store_update_plan (f->store, other, "Verksamhetsplan 2025", &error));
  g_assert_no_error (error);
  {
    g_autoptr(SkPlan) now = plan_at (plans, 0);
    g_assert_true (now == shown);
  }
  g_assert_cmpstr (sk_plan_get_title (shown), ==, "Verksamhetsplan 2025");
  g_assert_cmpuint (titles, ==, 1);
  g_assert_cmpuint (years, ==, 0);
  g_assert_cmpuint (n_calls (&r), ==, 0);

  /* Renamed through the list's object: still one notification, not two. */
  g_assert_true (sk_store_update_plan (f->store, shown, "Plan 2025", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sk_plan_get_title (shown), ==, "Plan 2025");
  g_assert_cmpuint (titles, ==, 2);
  g_assert_cmpuint (n_calls (&r), ==, 0);

  g_signal_handlers_disconnect_by_data (shown, &titles);
  g_signal_handlers_disconnect_by_data (shown, &years);
  recorder_clear (&r);
}

static void
quit_on_change (GListModel *model, guint position, guint removed, guint added, GMainLoop *loop)
{
  g_main_loop_quit (loop);
}

static gboolean
give_up (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Another program's new plan shows up by itself. */
static void
test_external (Fixture *f, gconstpointer data)
{
  g_autoptr(SkPlan) mine = create_plan (f->store, 2024);
  g_autoptr(GListModel) plans = sk_store_watch_plans (f->store);
  g_autoptr(SkStore) other = NULL;
  g_autoptr(SkPlan) theirs = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  guint timeout;
  Recorder r;

  recorder_init (&r, plans);
  other = sk_test_store_open (f->path, &error);
  g_assert_no_error (error);
  theirs = create_plan (other, 2026);
  g_assert_cmpuint (n_calls (&r), ==, 0);

  g_signal_connect (plans, "items-changed", G_CALLBACK (quit_on_change), loop);
  timeout = g_timeout_add_seconds (5, give_up, loop);
  g_main_loop_run (loop);
  g_source_remove (timeout);
  g_signal_handlers_disconnect_by_data (plans, loop);

  g_assert_cmpuint (n_calls (&r), ==, 1);
  assert_call (&r, 0, 1, 0, 1);
  assert_mirror (&r);
  {
    g_autoptr(SkPlan) added = plan_at (plans, 1);
    g_assert_cmpint (sk_plan_get_year (added), ==, 2026);
    g_assert_cmpint (sk_record_get_id (SK_RECORD (added)), ==, sk_record_get_id (SK_RECORD (theirs)));
  }
  recorder_clear (&r);
}

static SkIndicator *
make_indicator (SkStore *store, const char *name)
{
  g_autoptr(GError) error = NULL;
  SkIndicator *ind = sk_indicator_new ();

  sk_indicator_set_name (ind, name);
  sk_indicator_set_perspective (ind, SK_PERSPECTIVE_TARGET_GROUP);
  sk_indicator_set_measure_unit (ind, "%");
  g_assert_true (sk_store_save_indicator (store, ind, &error));
  g_assert_no_error (error);
  return ind;
}

/* A year's register follows add_to_register and remove_from_register;
 * another year's stays as it is. */
static void
test_indicators (Fixture *f, gconstpointer data)
{
  g_autoptr(SkPlan) plan = create_plan (f->store, 2025);
  g_autoptr(SkPlan) other_plan = create_plan (f->store, 2024);
  g_autoptr(SkIndicator) a = make_indicator (f->store, "Andel nöjda brukare");
  g_autoptr(SkIndicator) b = make_indicator (f->store, "Sjukfrånvaro");
  g_autoptr(GListModel) reg = sk_store_watch_indicators (f->store, 2025);
  g_autoptr(GListModel) other_reg = sk_store_watch_indicators (f->store, 2024);
  g_autoptr(GError) error = NULL;
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  Recorder r, other_r;

  g_assert_cmpuint (g_list_model_get_n_items (reg), ==, 0);
  recorder_init (&r, reg);
  recorder_init (&other_r, other_reg);

  g_assert_true (sk_store_add_to_register (f->store, plan_id, sk_record_get_id (SK_RECORD (a)), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_calls (&r), ==, 1);
  assert_call (&r, 0, 0, 0, 1);
  g_assert_true (sk_store_add_to_register (f->store, plan_id, sk_record_get_id (SK_RECORD (b)), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_calls (&r), ==, 2);
  assert_call (&r, 1, 1, 0, 1);
  assert_mirror (&r);
  {
    g_autoptr(SkIndicator) second = g_list_model_get_item (reg, 1);
    g_assert_cmpstr (sk_indicator_get_name (second), ==, "Sjukfrånvaro");
  }

  g_assert_true (sk_store_remove_from_register (f->store, plan_id, sk_record_get_id (SK_RECORD (a)), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_calls (&r), ==, 3);
  assert_call (&r, 2, 0, 1, 0);
  assert_mirror (&r);
  g_assert_cmpuint (n_calls (&other_r), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (other_reg), ==, 0);
  recorder_clear (&r);
  recorder_clear (&other_r);
}

/* ---- Reconciling, driven by a loader the test controls ---- */

typedef struct {
  const gint64 *ids;
  guint         n;
} Script;

static GListModel *
scripted_loader (SkStore *store, gpointer data)
{
  Script *script = data;
  GListStore *list = g_list_store_new (SK_TYPE_PLAN);

  for (guint i = 0; i < script->n; i++)
    {
      g_autoptr(SkPlan) plan = sk_plan_new ();
      g_autofree char *title = g_strdup_printf ("Plan %" G_GINT64_FORMAT, script->ids[i]);

      sk_record_set_id (SK_RECORD (plan), script->ids[i]);
      sk_plan_set_year (plan, 2000 + (int) script->ids[i]);
      sk_plan_set_title (plan, title);
      g_list_store_append (list, plan);
    }
  return G_LIST_MODEL (list);
}

static void
assert_ids (GListModel *model, const gint64 *ids, guint n)
{
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkRecord) rec = g_list_model_get_item (model, i);
      g_assert_cmpint (sk_record_get_id (rec), ==, ids[i]);
    }
}

/* One removal and one insertion far apart are two small changes, not one
 * big one; a moved record keeps its object. */
static void
test_smallest_ranges (Fixture *f, gconstpointer data)
{
  static const gint64 before[] = { 1, 2, 3, 4, 5 };
  static const gint64 after[] = { 1, 3, 4, 6, 5 };
  static const gint64 moved[] = { 5, 1, 3, 4, 6 };
  static const char * const tables[] = { "plan", NULL };
  Script script = { before, G_N_ELEMENTS (before) };
  g_autoptr(SkRecordList) list = sk_record_list_new (f->store, SK_TYPE_PLAN, tables,
                                                     scripted_loader, &script, NULL);
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(SkPlan) five = plan_at (model, 4);
  Recorder r;

  assert_ids (model, before, G_N_ELEMENTS (before));
  recorder_init (&r, model);

  script = (Script) { after, G_N_ELEMENTS (after) };
  sk_record_list_reload (list);
  assert_ids (model, after, G_N_ELEMENTS (after));
  g_assert_cmpuint (n_calls (&r), ==, 2);
  assert_call (&r, 0, 1, 1, 0);
  assert_call (&r, 1, 3, 0, 1);
  assert_mirror (&r);

  script = (Script) { moved, G_N_ELEMENTS (moved) };
  sk_record_list_reload (list);
  assert_ids (model, moved, G_N_ELEMENTS (moved));
  g_assert_cmpuint (n_calls (&r), ==, 4);
  assert_mirror (&r);
  {
    g_autoptr(SkPlan) first = plan_at (model, 0);
    g_assert_true (first == five);
  }

  /* Nothing new: no signal at all. */
  sk_record_list_reload (list);
  g_assert_cmpuint (n_calls (&r), ==, 4);
  recorder_clear (&r);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  sk_test_backend_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/record-list/create-delete", test_create_delete);
  ADD ("/record-list/rename", test_rename);
  ADD ("/record-list/external-change", test_external);
  ADD ("/record-list/indicators", test_indicators);
  ADD ("/record-list/smallest-ranges", test_smallest_ranges);
  return g_test_run ();
}
