/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "sk-store.h"
#include "sk-store-schema.h"
#include "store-test-util.h"

/* Each test gets a fresh folder; the database lives there. */
typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("sk-store-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "test.db", NULL);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_chmod (p, 0600);
      g_remove (p);
    }
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_chmod (f->dir, 0700);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static SkStore *
open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  SkStore *store = sk_test_store_open (f->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static char *
read_bytes (const char *path, gsize *len)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, len, NULL));
  return contents;
}

static guint
n_items (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  g_object_unref (model);
  return n;
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

static SkIndicator *
make_indicator (SkStore *store, const char *name, const char *unit)
{
  g_autoptr(GError) error = NULL;
  SkIndicator *ind = sk_indicator_new ();

  sk_indicator_set_name (ind, name);
  sk_indicator_set_perspective (ind, SK_PERSPECTIVE_TARGET_GROUP);
  sk_indicator_set_measure_unit (ind, unit);
  g_assert_true (sk_store_save_indicator (store, ind, &error));
  g_assert_no_error (error);
  return ind;
}

/* Everything written is there, field by field, after closing and reopening. */
static void
test_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = open_store (f);
  g_autoptr(SkUnit) root = sk_store_add_unit (store, 0, "Närsjukvården Halland", "NSVH", &error);
  g_autoptr(SkUnit) vc = sk_store_add_unit (store, sk_record_get_id (SK_RECORD (root)), "Vårdcentralen Halland", "VC", &error);
  g_autoptr(SkPlan) plan = sk_store_create_plan (store, 2025, "Verksamhetsplan 2025", &error);
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  g_autoptr(SkFocusArea) fa = sk_store_add_focus_area (store, plan_id, "En tillgänglig vård", "Beskrivning", &error);
  gint64 fa_id = sk_record_get_id (SK_RECORD (fa));
  g_autoptr(SkRegionalGoal) rg = sk_store_add_regional_goal (store, fa_id, "God och tillgänglig vård", "", &error);
  g_autoptr(SkBoardGoal) bg = sk_store_add_board_goal (store, fa_id, sk_record_get_id (SK_RECORD (rg)), "Säkerställa god vård", &error);
  g_autoptr(SkBoardGoal) direct = sk_store_add_board_goal (store, fa_id, 0, "Mål utan RF-mål", &error);
  g_autoptr(SkIndicator) ind = make_indicator (store, "Telefontillgänglighet", "%");
  gint64 ind_id = sk_record_get_id (SK_RECORD (ind));
  gint64 vc_id = sk_record_get_id (SK_RECORD (vc));
  gint64 bg_id = sk_record_get_id (SK_RECORD (bg));
  g_autoptr(SkOutcome) o = make_outcome (ind_id, vc_id, "2024-04", 91.1);
  g_autoptr(SkOutcome) missing = make_outcome (ind_id, vc_id, "2024-03", NAN);
  g_autoptr(SkWorkEnvPlan) wep = NULL;
  g_autoptr(SkPriorityArea) pa = NULL;
  g_autoptr(SkAssignment) as = NULL;
  g_autoptr(SkGoalAssessment) ga = NULL;
  g_autoptr(SkTarget) target = NULL;
  g_autoptr(SkOutcome) back = NULL;
  g_autoptr(SkOutcome) back_missing = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *follow = NULL;
  g_autofree char *comment = NULL;

  g_assert_no_error (error);
  g_assert_true (sk_store_add_to_register (store, plan_id, ind_id, &error));
  g_assert_true (sk_store_link_indicator (store, bg_id, ind_id, &error));
  g_assert_true (sk_store_set_target (store, ind_id, 2025, ">95 %", &error));
  sk_outcome_set_comment (o, "Hög belastning");
  g_assert_true (sk_store_set_outcome (store, o, &error));
  sk_outcome_set_missing_reason (missing, "Nytt schemasystem");
  g_assert_true (sk_store_set_outcome (store, missing, &error));
  wep = sk_store_get_work_env_plan (store, plan_id);
  g_assert_true (sk_store_set_work_env_goal (store, wep, "En säker arbetsmiljö", &error));
  g_assert_true (sk_store_link_work_env_indicator (store, plan_id, ind_id, &error));
  pa = sk_store_add_priority_area (store, plan_id, "Riskorienterat arbetssätt", "Fortsatt arbete", &error);
  g_assert_true (sk_store_set_priority_follow_up (store, sk_record_get_id (SK_RECORD (pa)), "2024-04", "Genomlysning gjord", &error));
  as = sk_store_add_assignment (store, bg_id, 0, "Stärka digital utveckling", &error);
  g_assert_true (sk_store_set_assignment_comment (store, sk_record_get_id (SK_RECORD (as)), "2024-04", "Pågår", &error));
  g_assert_true (sk_store_set_assessment (store, bg_id, "2024-04", SK_ASSESSMENT_PARTLY, "Delvis nått", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = open_store (f);
  g_assert_cmpint (sk_store_get_schema_version (store), ==, SK_STORE_SCHEMA_VERSION);
  g_clear_object (&plan);
  plan = sk_store_get_plan (store, 2025);
  g_assert_nonnull (plan);
  g_assert_cmpstr (sk_plan_get_title (plan), ==, "Verksamhetsplan 2025");
  list = sk_store_list_focus_areas (store, plan_id);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&fa);
  fa = g_list_model_get_item (list, 0);
  g_assert_cmpstr (sk_focus_area_get_title (fa), ==, "En tillgänglig vård");
  g_assert_cmpstr (sk_focus_area_get_description (fa), ==, "Beskrivning");
  g_assert_cmpuint (n_items (sk_store_list_regional_goals (store, fa_id)), ==, 1);
  g_assert_cmpuint (n_items (sk_store_list_board_goals (store, fa_id, sk_record_get_id (SK_RECORD (rg)))), ==, 1);
  g_assert_cmpuint (n_items (sk_store_list_board_goals (store, fa_id, 0)), ==, 1);
  g_assert_cmpuint (n_items (sk_store_list_goal_indicators (store, bg_id)), ==, 1);
  g_assert_cmpuint (n_items (sk_store_list_indicators (store, 2025)), ==, 1);
  g_assert_cmpuint (n_items (sk_store_list_units (store)), ==, 2);
  target = sk_store_get_target (store, ind_id, 2025);
  g_assert_cmpstr (sk_target_get_text (target), ==, ">95 %");
  back = sk_store_get_outcome (store, ind_id, vc_id, "2024-04", SK_OUTCOME_MONTH);
  g_assert_cmpfloat (sk_outcome_get_value (back), ==, 91.1);
  g_assert_cmpstr (sk_outcome_get_comment (back), ==, "Hög belastning");
  g_assert_cmpstr (sk_outcome_get_changed_by (back), ==, sk_store_get_user (store));
  back_missing = sk_store_get_outcome (store, ind_id, vc_id, "2024-03", SK_OUTCOME_MONTH);
  g_assert_true (isnan (sk_outcome_get_value (back_missing)));
  g_assert_cmpstr (sk_outcome_get_missing_reason (back_missing), ==, "Nytt schemasystem");
  g_clear_object (&wep);
  wep = sk_store_get_work_env_plan (store, plan_id);
  g_assert_cmpstr (sk_work_env_plan_get_goal_text (wep), ==, "En säker arbetsmiljö");
  g_assert_cmpuint (n_items (sk_store_list_work_env_indicators (store, plan_id)), ==, 1);
  g_assert_cmpuint (n_items (sk_store_list_priority_areas (store, plan_id)), ==, 1);
  follow = sk_store_get_priority_follow_up (store, sk_record_get_id (SK_RECORD (pa)), "2024-04");
  g_assert_cmpstr (follow, ==, "Genomlysning gjord");
  comment = sk_store_get_assignment_comment (store, sk_record_get_id (SK_RECORD (as)), "2024-04");
  g_assert_cmpstr (comment, ==, "Pågår");
  ga = sk_store_get_assessment (store, bg_id, "2024-04");
  g_assert_cmpint (sk_goal_assessment_get_assessment (ga), ==, SK_ASSESSMENT_PARTLY);
  g_assert_cmpstr (sk_goal_assessment_get_analysis (ga), ==, "Delvis nått");
}

/* A file made by the first schema opens with its data intact and upgraded. */
static void
test_migration (Fixture *f, gconstpointer data)
{
  sqlite3 *db = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkOutcome) o = NULL;
  g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 1;",
                                             SK_STORE_APPLICATION_ID);

  if (sk_test_on_server ())
    {
      g_test_skip ("about the SQLite file itself");
      return;
    }
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, SK_STORE_SCHEMA_V1, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO unit (id, name) VALUES (1, 'VC');"
                                 "INSERT INTO indicator (id, name, perspective) VALUES (1, 'Besök', 1);"
                                 "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, changed_by, changed_at)"
                                 " VALUES (1, 1, '2024-01', 0, 66020, 'anna', '2024-02-01T00:00:00Z');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = open_store (f);
  g_assert_cmpint (sk_store_get_schema_version (store), ==, SK_STORE_SCHEMA_VERSION);
  o = sk_store_get_outcome (store, 1, 1, "2024-01", SK_OUTCOME_MONTH);
  g_assert_nonnull (o);
  g_assert_cmpfloat (sk_outcome_get_value (o), ==, 66020);
  g_assert_cmpstr (sk_outcome_get_changed_by (o), ==, "anna");
  g_assert_false (sk_outcome_get_fictional (o));
}

static void
assert_refused_unchanged (Fixture *f, int code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  gsize len_before, len_after;
  SkStore *store;

  before = read_bytes (f->path, &len_before);
  store = sk_test_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, SK_STORE_ERROR, code);
  g_assert_cmpuint (strlen (error->message), >, 20);
  after = read_bytes (f->path, &len_after);
  g_assert_cmpmem (before, len_before, after, len_after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_damaged (Fixture *f, gconstpointer data)
{
  g_autoptr(GString) junk = g_string_new ("SQLite format 3");

  if (sk_test_on_server ())
    {
      g_test_skip ("about the SQLite file itself");
      return;
    }
  /* A header that claims to be SQLite, followed by garbage. */
  for (int i = 0; i < 4096; i++)
    g_string_append_c (junk, (char) (i * 7 + 3));
  g_assert_true (g_file_set_contents (f->path, junk->str, junk->len, NULL));
  assert_refused_unchanged (f, SK_STORE_ERROR_DAMAGED);

  g_assert_true (g_file_set_contents (f->path, "Budget 2025;tkr\n1;2;3\n", -1, NULL));
  assert_refused_unchanged (f, SK_STORE_ERROR_DAMAGED);
}

static void
test_foreign (Fixture *f, gconstpointer data)
{
  sqlite3 *db = NULL;

  if (sk_test_on_server ())
    {
      g_test_skip ("about the SQLite file itself");
      return;
    }
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE photos (id INTEGER);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused_unchanged (f, SK_STORE_ERROR_DAMAGED);
}

static void
test_too_new (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = open_store (f);
  sqlite3 *db = NULL;

  if (sk_test_on_server ())
    {
      g_test_skip ("about the SQLite file itself");
      return;
    }
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused_unchanged (f, SK_STORE_ERROR_TOO_NEW);
}

static void
test_read_only (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  SkStore *again;

  if (sk_test_on_server ())
    {
      g_test_skip ("about the SQLite file itself");
      return;
    }
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  /* It opens for viewing (more in test-store-files.c). */
  again = sk_test_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_store_is_read_only (again));
  g_object_unref (again);
}

/* Another program holding the write lock gives a clear error, not a hang
 * or a crash, and the write succeeds once the lock is released. */
static void
test_locked (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkUnit) unit = sk_store_add_unit (store, 0, "VC", "", &error);
  g_autoptr(SkIndicator) ind = make_indicator (store, "Besök", "");
  g_autoptr(SkOutcome) o = make_outcome (sk_record_get_id (SK_RECORD (ind)), sk_record_get_id (SK_RECORD (unit)), "2024-01", 5);
  g_autoptr(SkOutcome) back = NULL;
  sqlite3 *other = NULL;

  if (sk_test_on_server ())
    {
      g_test_skip ("about the SQLite file itself");
      return;
    }
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE; INSERT INTO unit (name) VALUES ('FTV');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (sk_store_set_outcome (store, o, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  back = sk_store_get_outcome (store, sk_record_get_id (SK_RECORD (ind)), sk_record_get_id (SK_RECORD (unit)), "2024-01", SK_OUTCOME_MONTH);
  g_assert_null (back);

  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_assert_true (sk_store_set_outcome (store, o, &error));
  g_assert_no_error (error);
}

static void
count_changed (SkStore *store, const char *table, guint *count)
{
  (*count)++;
}

/* A rolled-back transaction leaves nothing behind and announces nothing. */
static void
test_rollback (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = sk_store_create_plan (store, 2025, NULL, &error);
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  g_autoptr(SkFocusArea) fa = NULL;
  g_autoptr(SkRegionalGoal) rg = NULL;
  g_autoptr(SkFocusArea) dup = NULL;
  guint changes = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &changes);
  g_assert_true (sk_store_begin (store, &error));
  fa = sk_store_add_focus_area (store, plan_id, "A", "", &error);
  rg = sk_store_add_regional_goal (store, sk_record_get_id (SK_RECORD (fa)), "B", "", &error);
  g_assert_no_error (error);
  /* The second half of the change fails: the same title twice. */
  dup = sk_store_add_focus_area (store, plan_id, "A", "", &error);
  g_assert_null (dup);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS);
  sk_store_rollback (store);

  g_assert_cmpuint (n_items (sk_store_list_focus_areas (store, plan_id)), ==, 0);
  g_assert_cmpuint (changes, ==, 0);

  /* And the same change committed is announced once per table. */
  g_assert_true (sk_store_begin (store, NULL));
  g_clear_object (&fa);
  fa = sk_store_add_focus_area (store, plan_id, "A", "", NULL);
  sk_store_add_focus_area (store, plan_id, "C", "", NULL);
  g_assert_true (sk_store_commit (store, NULL));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (n_items (sk_store_list_focus_areas (store, plan_id)), ==, 2);
}

static void
test_adopted (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = sk_store_create_plan (store, 2025, NULL, &error);
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  g_autoptr(SkFocusArea) fa = sk_store_add_focus_area (store, plan_id, "A", "", &error);
  g_autoptr(SkBoardGoal) bg = sk_store_add_board_goal (store, sk_record_get_id (SK_RECORD (fa)), 0, "Mål", &error);
  g_autoptr(SkIndicator) ind = make_indicator (store, "Sjukfrånvaro", "%");
  g_autoptr(SkUnit) unit = sk_store_add_unit (store, 0, "NSVH", "", &error);
  g_autoptr(SkOutcome) o = make_outcome (sk_record_get_id (SK_RECORD (ind)), sk_record_get_id (SK_RECORD (unit)), "2025-01", 5.1);
  g_autoptr(SkTarget) target = NULL;
  g_autoptr(SkPlan) back = NULL;

  g_assert_true (sk_store_set_target (store, sk_record_get_id (SK_RECORD (ind)), 2025, "<5,4 %", &error));
  g_assert_true (sk_store_adopt_plan (store, plan, "2024-12-11", "§98", "DN NSV240361", &error));
  g_assert_no_error (error);
  back = sk_store_get_plan (store, 2025);
  g_assert_cmpint (sk_plan_get_status (back), ==, SK_PLAN_ADOPTED);
  g_assert_cmpstr (sk_plan_get_decision_paragraph (back), ==, "§98");

  g_assert_false (sk_store_set_target (store, sk_record_get_id (SK_RECORD (ind)), 2025, "<5 %", &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED);
  g_clear_error (&error);
  g_assert_false (sk_store_rename (store, SK_RECORD (bg), "Annat mål", &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED);
  g_clear_error (&error);
  g_assert_false (sk_store_delete (store, SK_RECORD (bg), &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED);
  g_clear_error (&error);
  g_assert_null (sk_store_add_focus_area (store, plan_id, "B", "", &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED);
  g_clear_error (&error);

  target = sk_store_get_target (store, sk_record_get_id (SK_RECORD (ind)), 2025);
  g_assert_cmpstr (sk_target_get_text (target), ==, "<5,4 %");
  g_assert_cmpstr (sk_board_goal_get_text (bg), ==, "Mål");
  /* Outcomes and follow-up stay editable. */
  g_assert_true (sk_store_set_outcome (store, o, &error));
  g_assert_true (sk_store_set_assessment (store, sk_record_get_id (SK_RECORD (bg)), "2025-04", SK_ASSESSMENT_MET, "", &error));
  g_assert_no_error (error);
}

static void
test_copy_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = sk_store_create_plan (store, 2025, "Verksamhetsplan 2025 för nämnden", &error);
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  g_autoptr(SkFocusArea) fa = sk_store_add_focus_area (store, plan_id, "A", "", &error);
  g_autoptr(SkRegionalGoal) rg = sk_store_add_regional_goal (store, sk_record_get_id (SK_RECORD (fa)), "R", "", &error);
  g_autoptr(SkBoardGoal) bg = sk_store_add_board_goal (store, sk_record_get_id (SK_RECORD (fa)), sk_record_get_id (SK_RECORD (rg)), "Mål", &error);
  g_autoptr(SkIndicator) ind = make_indicator (store, "HME", "");
  g_autoptr(SkIndicator) ind2 = make_indicator (store, "OSA", "");
  g_autoptr(SkUnit) unit = sk_store_add_unit (store, 0, "NSVH", "", &error);
  g_autoptr(SkOutcome) o = make_outcome (sk_record_get_id (SK_RECORD (ind)), sk_record_get_id (SK_RECORD (unit)), "2025-12", 81);
  g_autoptr(SkPlan) copy = NULL;
  g_autoptr(GListModel) fas = NULL;
  g_autoptr(SkFocusArea) fa2 = NULL;
  g_autoptr(GListModel) rgs = NULL;
  g_autoptr(SkRegionalGoal) rg2 = NULL;
  g_autoptr(GListModel) bgs = NULL;
  g_autoptr(SkBoardGoal) bg2 = NULL;
  g_autoptr(SkTarget) t1 = NULL;
  g_autoptr(SkTarget) t2 = NULL;
  gint64 id1 = sk_record_get_id (SK_RECORD (ind)), id2 = sk_record_get_id (SK_RECORD (ind2));

  sk_store_add_to_register (store, plan_id, id1, &error);
  sk_store_add_to_register (store, plan_id, id2, &error);
  sk_store_link_indicator (store, sk_record_get_id (SK_RECORD (bg)), id1, &error);
  sk_store_set_target (store, id1, 2025, ">80", &error);
  sk_store_set_target (store, id2, 2025, ">65", &error);
  sk_store_add_priority_area (store, plan_id, "Korttidsfrånvaro", "", &error);
  sk_store_set_outcome (store, o, &error);
  g_assert_no_error (error);
  g_assert_true (sk_store_adopt_plan (store, plan, "2024-12-11", "§98", "DN", &error));

  copy = sk_store_copy_plan (store, plan, 2026, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  g_assert_cmpstr (sk_plan_get_title (copy), ==, "Verksamhetsplan 2026 för nämnden");
  g_assert_cmpint (sk_plan_get_status (copy), ==, SK_PLAN_DRAFT);
  fas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (copy)));
  g_assert_cmpuint (g_list_model_get_n_items (fas), ==, 1);
  fa2 = g_list_model_get_item (fas, 0);
  rgs = sk_store_list_regional_goals (store, sk_record_get_id (SK_RECORD (fa2)));
  g_assert_cmpuint (g_list_model_get_n_items (rgs), ==, 1);
  rg2 = g_list_model_get_item (rgs, 0);
  bgs = sk_store_list_board_goals (store, sk_record_get_id (SK_RECORD (fa2)), sk_record_get_id (SK_RECORD (rg2)));
  g_assert_cmpuint (g_list_model_get_n_items (bgs), ==, 1);
  bg2 = g_list_model_get_item (bgs, 0);
  g_assert_cmpuint (n_items (sk_store_list_goal_indicators (store, sk_record_get_id (SK_RECORD (bg2)))), ==, 1);
  g_assert_cmpuint (n_items (sk_store_list_indicators (store, 2026)), ==, 2);
  g_assert_cmpuint (n_items (sk_store_list_priority_areas (store, sk_record_get_id (SK_RECORD (copy)))), ==, 1);
  t1 = sk_store_get_target (store, id1, 2026);
  t2 = sk_store_get_target (store, id2, 2026);
  g_assert_cmpstr (sk_target_get_text (t1), ==, ">80");
  g_assert_cmpstr (sk_target_get_text (t2), ==, ">65");
  /* No outcomes come along. */
  g_assert_cmpuint (n_items (sk_store_list_outcomes (store, id1, sk_record_get_id (SK_RECORD (unit)), "2026-01", "2026-12")), ==, 0);
  /* And the copy can be edited although the original is adopted. */
  g_assert_true (sk_store_set_target (store, id1, 2026, ">82", &error));
  g_assert_no_error (error);
}

static void
test_outcome_validation (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) share = make_indicator (store, "Andel besök på distans", "%");
  g_autoptr(SkUnit) unit = sk_store_add_unit (store, 0, "VC", "", &error);
  gint64 ind = sk_record_get_id (SK_RECORD (share)), u = sk_record_get_id (SK_RECORD (unit));
  g_autoptr(SkOutcome) good = make_outcome (ind, u, "2024-04", 8);
  g_autoptr(SkOutcome) bad = make_outcome (ind, u, "2024-04", 120);
  g_autoptr(SkOutcome) no_reason = make_outcome (ind, u, "2024-04", NAN);
  g_autoptr(SkOutcome) bad_period = make_outcome (ind, u, "2024-13", 5);
  g_autoptr(SkOutcome) parts = make_outcome (ind, u, "2024-05", NAN);
  g_autoptr(SkOutcome) back = NULL;

  g_assert_true (sk_store_set_outcome (store, good, &error));
  g_assert_false (sk_store_set_outcome (store, bad, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sk_store_set_outcome (store, no_reason, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sk_store_set_outcome (store, bad_period, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  back = sk_store_get_outcome (store, ind, u, "2024-04", SK_OUTCOME_MONTH);
  g_assert_cmpfloat (sk_outcome_get_value (back), ==, 8);

  /* A share given as its parts gets its value from them. */
  sk_outcome_set_numerator (parts, 20000);
  sk_outcome_set_denominator (parts, 250000);
  g_assert_true (sk_store_set_outcome (store, parts, &error));
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (parts), 8.0, 1e-9);
}

static void
test_audit (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) ind = make_indicator (store, "Svarstid", "min");
  g_autoptr(SkUnit) unit = sk_store_add_unit (store, 0, "VC", "", &error);
  gint64 id = sk_record_get_id (SK_RECORD (ind));
  g_autoptr(SkOutcome) o = make_outcome (id, sk_record_get_id (SK_RECORD (unit)), "2024-04", 12);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(SkAuditEntry) newest = NULL;

  sk_store_set_user (store, "karin");
  g_assert_true (sk_store_set_outcome (store, o, &error));
  sk_outcome_set_value (o, 13);
  g_assert_true (sk_store_set_outcome (store, o, &error));
  {
    g_autoptr(SkPlan) plan = sk_store_create_plan (store, 2024, NULL, &error); /* targets belong to a plan */
    g_assert_no_error (error);
  }
  g_assert_true (sk_store_set_target (store, id, 2024, "<15 min", &error));

  history = sk_store_list_audit (store, id);
  g_assert_cmpuint (g_list_model_get_n_items (history), >=, 3);
  newest = g_list_model_get_item (history, 0);
  g_assert_cmpstr (sk_audit_entry_get_entity (newest), ==, "target");
  g_assert_cmpstr (sk_audit_entry_get_new_value (newest), ==, "<15 min");
  g_assert_cmpstr (sk_audit_entry_get_who (newest), ==, "karin");
  g_clear_object (&newest);
  newest = g_list_model_get_item (history, 1);
  g_assert_cmpstr (sk_audit_entry_get_old_value (newest), ==, "12");
  g_assert_cmpstr (sk_audit_entry_get_new_value (newest), ==, "13");
}

static void
test_move (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = open_store (f);
  g_autoptr(SkPlan) plan = sk_store_create_plan (store, 2025, NULL, NULL);
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  g_autoptr(SkFocusArea) a = sk_store_add_focus_area (store, plan_id, "A", "", NULL);
  g_autoptr(SkFocusArea) b = sk_store_add_focus_area (store, plan_id, "B", "", NULL);
  g_autoptr(SkFocusArea) c = sk_store_add_focus_area (store, plan_id, "C", "", NULL);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(SkFocusArea) first = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_store_move (store, SK_RECORD (c), 0, &error));
  g_assert_no_error (error);
  list = sk_store_list_focus_areas (store, plan_id);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (sk_focus_area_get_title (first), ==, "C");
  g_assert_cmpint (sk_focus_area_get_position (c), ==, 0);
}

/* Every period with a text or assessment is listed, sorted, whatever the
 * year; a cleared text drops out. */
static void
test_list_periods (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = open_store (f);
  g_autoptr(SkPlan) plan = sk_store_create_plan (store, 2025, NULL, NULL);
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  g_autoptr(SkFocusArea) fa = sk_store_add_focus_area (store, plan_id, "Kunder", "", NULL);
  g_autoptr(SkBoardGoal) bg = sk_store_add_board_goal (store, sk_record_get_id (SK_RECORD (fa)), 0, "Nöjda kunder", NULL);
  gint64 bg_id = sk_record_get_id (SK_RECORD (bg));
  g_autoptr(SkAssignment) as = sk_store_add_assignment (store, bg_id, 0, "Mät nöjdheten", NULL);
  gint64 as_id = sk_record_get_id (SK_RECORD (as));
  g_autoptr(SkPriorityArea) pa = sk_store_add_priority_area (store, plan_id, "Arbetsmiljö", "", NULL);
  gint64 pa_id = sk_record_get_id (SK_RECORD (pa));
  g_autoptr(GListModel) assessments = NULL;
  g_autoptr(SkGoalAssessment) first = NULL;
  g_autoptr(SkGoalAssessment) last = NULL;
  g_auto(GStrv) periods = NULL;
  g_auto(GStrv) none = NULL;
  g_autoptr(GError) error = NULL;

  /* Written out of order and across years. */
  g_assert_true (sk_store_set_assignment_comment (store, as_id, "2025-08", "Augusti", &error));
  g_assert_true (sk_store_set_assignment_comment (store, as_id, "2024-12", "December", &error));
  g_assert_true (sk_store_set_assignment_comment (store, as_id, "2025-04", "April", &error));
  g_assert_true (sk_store_set_assignment_comment (store, as_id, "2025-04", "", &error)); /* cleared */
  g_assert_true (sk_store_set_priority_follow_up (store, pa_id, "2026-04", "Nästa år", &error));
  g_assert_true (sk_store_set_priority_follow_up (store, pa_id, "2025-04", "I år", &error));
  g_assert_true (sk_store_set_assessment (store, bg_id, "2025-08", SK_ASSESSMENT_NOT_MET, "Sent", &error));
  g_assert_true (sk_store_set_assessment (store, bg_id, "2023-04", SK_ASSESSMENT_MET, "Klart", &error));
  g_assert_no_error (error);

  periods = sk_store_list_assignment_periods (store, as_id);
  g_assert_cmpstrv (periods, ((const char *[]) { "2024-12", "2025-08", NULL }));
  g_clear_pointer (&periods, g_strfreev);
  periods = sk_store_list_priority_periods (store, pa_id);
  g_assert_cmpstrv (periods, ((const char *[]) { "2025-04", "2026-04", NULL }));
  none = sk_store_list_assignment_periods (store, as_id + 100);
  g_assert_nonnull (none);
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  assessments = sk_store_list_assessments (store, bg_id);
  g_assert_cmpuint (g_list_model_get_n_items (assessments), ==, 2);
  first = g_list_model_get_item (assessments, 0);
  last = g_list_model_get_item (assessments, 1);
  g_assert_cmpstr (sk_goal_assessment_get_period (first), ==, "2023-04");
  g_assert_cmpint (sk_goal_assessment_get_assessment (first), ==, SK_ASSESSMENT_MET);
  g_assert_cmpstr (sk_goal_assessment_get_analysis (first), ==, "Klart");
  g_assert_cmpint (sk_goal_assessment_get_board_goal_id (first), ==, bg_id);
  g_assert_cmpstr (sk_goal_assessment_get_period (last), ==, "2025-08");
  g_assert_cmpint (sk_goal_assessment_get_assessment (last), ==, SK_ASSESSMENT_NOT_MET);
  g_assert_cmpstr (sk_goal_assessment_get_analysis (last), ==, "Sent");
  g_assert_cmpuint (n_items (sk_store_list_assessments (store, bg_id + 100)), ==, 0);
}

typedef struct {
  GMainLoop *loop;
  gboolean   seen;
} ExternalWait;

static void
on_external (SkStore *store, const char *table, ExternalWait *wait)
{
  wait->seen = TRUE;
  g_main_loop_quit (wait->loop);
}

static gboolean
give_up (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* A change by another process (here: another connection) reaches us. */
static void
test_external_change (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) store = open_store (f);
  g_autoptr(SkStore) other = open_store (f);
  ExternalWait wait = { g_main_loop_new (NULL, FALSE), FALSE };
  g_autoptr(SkPlan) plan = NULL;
  guint timeout;

  g_signal_connect (store, "changed::external", G_CALLBACK (on_external), &wait);
  plan = sk_store_create_plan (other, 2030, NULL, NULL);
  g_assert_nonnull (plan);
  timeout = g_timeout_add_seconds (5, give_up, wait.loop);
  g_main_loop_run (wait.loop);
  g_assert_true (wait.seen);
  g_source_remove (timeout);
  g_main_loop_unref (wait.loop);
}

/* Two users edit the same cell: the later save is refused with both
 * values named, and the first one's value stays; on a file and a server. */
static void
test_edit_conflict (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) anna = open_store (f);
  g_autoptr(SkStore) bo = open_store (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) ind = make_indicator (anna, "Besök", "");
  g_autoptr(SkUnit) unit = sk_store_add_unit (anna, 0, "VC", "", &error);
  gint64 i = sk_record_get_id (SK_RECORD (ind)), u = sk_record_get_id (SK_RECORD (unit));
  g_autoptr(SkOutcome) first = make_outcome (i, u, "2024-04", 10);
  g_autoptr(SkOutcome) hers = make_outcome (i, u, "2024-04", 30);
  g_autoptr(SkOutcome) his = make_outcome (i, u, "2024-04", 20);
  g_autoptr(SkOutcome) empty_his = make_outcome (i, u, "2024-05", 5);
  g_autoptr(SkOutcome) empty_hers = make_outcome (i, u, "2024-05", 7);
  g_autoptr(SkOutcome) read_anna = NULL, read_bo = NULL, read_empty = NULL, back = NULL, again = NULL;

  g_assert_no_error (error);
  sk_store_set_user (anna, "anna");
  sk_store_set_user (bo, "bo");
  g_assert_true (sk_store_set_outcome (anna, first, &error));

  /* Both begin editing 10; Bo saves first. */
  read_anna = sk_store_get_outcome (anna, i, u, "2024-04", SK_OUTCOME_MONTH);
  read_bo = sk_store_get_outcome (bo, i, u, "2024-04", SK_OUTCOME_MONTH);
  /* The new row's id, not its history row's. */
  g_assert_cmpint (sk_record_get_id (SK_RECORD (first)), ==, sk_record_get_id (SK_RECORD (read_anna)));
  g_assert_true (sk_store_set_outcome_if_unchanged (bo, read_bo, his, &error));
  g_assert_no_error (error);
  g_assert_false (sk_store_set_outcome_if_unchanged (anna, read_anna, hers, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "bo"));
  g_assert_nonnull (strstr (error->message, "20"));
  g_assert_nonnull (strstr (error->message, "30"));
  g_clear_error (&error);
  back = sk_store_get_outcome (anna, i, u, "2024-04", SK_OUTCOME_MONTH);
  g_assert_cmpfloat (sk_outcome_get_value (back), ==, 20);
  g_assert_cmpstr (sk_outcome_get_changed_by (back), ==, "bo");

  /* An empty cell Bo fills while Anna types into it. */
  read_empty = sk_store_get_outcome (anna, i, u, "2024-05", SK_OUTCOME_MONTH);
  g_assert_null (read_empty);
  g_assert_true (sk_store_set_outcome (bo, empty_his, &error));
  g_assert_false (sk_store_set_outcome_if_unchanged (anna, NULL, empty_hers, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_clear_object (&back);
  back = sk_store_get_outcome (anna, i, u, "2024-05", SK_OUTCOME_MONTH);
  g_assert_cmpfloat (sk_outcome_get_value (back), ==, 5);

  /* Having seen Bo's value, Anna's edit of it is saved. */
  again = sk_store_get_outcome (anna, i, u, "2024-04", SK_OUTCOME_MONTH);
  g_assert_true (sk_store_set_outcome_if_unchanged (anna, again, hers, &error));
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  sk_test_backend_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/store/round-trip", test_round_trip);
  ADD ("/store/migration-from-v1", test_migration);
  ADD ("/store/damaged-file", test_damaged);
  ADD ("/store/foreign-database", test_foreign);
  ADD ("/store/too-new", test_too_new);
  ADD ("/store/read-only", test_read_only);
  ADD ("/store/locked", test_locked);
  ADD ("/store/rollback", test_rollback);
  ADD ("/store/adopted-plan", test_adopted);
  ADD ("/store/copy-plan", test_copy_plan);
  ADD ("/store/outcome-validation", test_outcome_validation);
  ADD ("/store/audit", test_audit);
  ADD ("/store/move", test_move);
  ADD ("/store/list-periods", test_list_periods);
  ADD ("/store/external-change", test_external_change);
  ADD ("/store/edit-conflict", test_edit_conflict);
#undef ADD

  return g_test_run ();
}
