/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-definition"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "sk-store.h"
#include "sk-store-schema.h"
#include "sk-derived.h"
#include "sk-exchange.h"
#include "store-test-util.h"

/* An indicator's definition per plan year: what the board adopted for 2024
 * stays as adopted while the 2025 draft changes. */

typedef struct {
  char    *dir;
  char    *path;
  SkStore *store;
  gint64   p2024, p2025;
  gint64   unit;
  gint64   chat;     /* in both registers */
  gint64   sick;     /* work-environment indicator of 2025 only */
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

static SkIndicator *
make_indicator (SkStore *store, const char *name, const char *unit, SkDirection direction)
{
  g_autoptr(GError) error = NULL;
  SkIndicator *ind = sk_indicator_new ();

  sk_indicator_set_name (ind, name);
  sk_indicator_set_perspective (ind, SK_PERSPECTIVE_TARGET_GROUP);
  sk_indicator_set_measure_unit (ind, unit);
  sk_indicator_set_direction (ind, direction);
  sk_indicator_set_aggregation (ind, SK_AGGREGATION_MEAN);
  g_assert_true (sk_store_save_indicator (store, ind, &error));
  g_assert_no_error (error);
  return ind;
}

static void
set_outcome (SkStore *store, gint64 ind, gint64 unit, const char *period, double value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkOutcome) o = sk_outcome_new ();

  sk_outcome_set_indicator_id (o, ind);
  sk_outcome_set_unit_id (o, unit);
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, SK_OUTCOME_MONTH);
  sk_outcome_set_value (o, value);
  g_assert_true (sk_store_set_outcome (store, o, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) p2024 = NULL;
  g_autoptr(SkPlan) p2025 = NULL;
  g_autoptr(SkUnit) unit = NULL;
  g_autoptr(SkIndicator) chat = NULL;
  g_autoptr(SkIndicator) sick = NULL;

  f->dir = g_dir_make_tmp ("sk-definition-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = sk_test_store_open (f->path, &error);
  g_assert_no_error (error);

  p2024 = sk_store_create_plan (f->store, 2024, "Verksamhetsplan 2024", &error);
  p2025 = sk_store_create_plan (f->store, 2025, "Verksamhetsplan 2025", &error);
  unit = sk_store_add_unit (f->store, 0, "Närsjukvården Halland", "NSVH", &error);
  g_assert_no_error (error);
  f->p2024 = sk_record_get_id (SK_RECORD (p2024));
  f->p2025 = sk_record_get_id (SK_RECORD (p2025));
  f->unit = sk_record_get_id (SK_RECORD (unit));

  chat = make_indicator (f->store, "Svarstid Clinic24", "min", SK_DIRECTION_LOWER);
  sick = make_indicator (f->store, "Sjukfrånvaro", "%", SK_DIRECTION_LOWER);
  f->chat = sk_record_get_id (SK_RECORD (chat));
  f->sick = sk_record_get_id (SK_RECORD (sick));
  g_assert_true (sk_store_add_to_register (f->store, f->p2024, f->chat, &error));
  g_assert_true (sk_store_add_to_register (f->store, f->p2025, f->chat, &error));
  g_assert_true (sk_store_link_work_env_indicator (f->store, f->p2025, f->sick, &error));
  g_assert_true (sk_store_set_target (f->store, f->chat, 2024, "15 min", &error));
  g_assert_true (sk_store_set_target (f->store, f->chat, 2025, "15 min", &error));
  g_assert_no_error (error);
  set_outcome (f->store, f->chat, f->unit, "2024-04", 12);
  set_outcome (f->store, f->chat, f->unit, "2025-04", 14);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static SkIndicator *
in_year (Fixture *f, gint64 id, int year)
{
  SkIndicator *ind = sk_store_get_indicator_in_year (f->store, id, year);

  g_assert_nonnull (ind);
  return ind;
}

static SkStatus
status_of (Fixture *f, gint64 id, const char *period)
{
  g_autoptr(SkIndicator) base = sk_store_get_indicator (f->store, id);
  SkFigures figures = { 0 };
  SkStatus status;

  g_assert_true (sk_figures_compute (f->store, base, f->unit, period, &figures));
  status = figures.status;
  sk_figures_clear (&figures);
  return status;
}

static void
adopt_2024 (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2024);

  g_assert_true (sk_store_adopt_plan (f->store, plan, "2023-12-14", "§ 85", "DN 2023/12", &error));
  g_assert_no_error (error);
}

/* Renaming the 2025 definition leaves the 2024 name; the base and a year
 * without a plan follow the newest plan; the old name still finds it. */
static void
test_rename_per_year (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) ind = in_year (f, f->chat, 2025);
  g_autoptr(SkIndicator) y2024 = NULL;
  g_autoptr(SkIndicator) base = NULL;
  g_autoptr(SkIndicator) y2030 = NULL;
  g_autoptr(SkIndicator) found = NULL;
  g_autoptr(GListModel) reg2024 = NULL;
  g_autoptr(SkIndicator) listed = NULL;

  g_assert_cmpint (sk_indicator_get_year (ind), ==, 2025);
  sk_indicator_set_name (ind, "Svarstid digital vård / tandvård");
  g_assert_true (sk_store_save_indicator (f->store, ind, &error));
  g_assert_no_error (error);

  y2024 = in_year (f, f->chat, 2024);
  g_assert_cmpstr (sk_indicator_get_name (y2024), ==, "Svarstid Clinic24");
  g_assert_cmpint (sk_indicator_get_year (y2024), ==, 2024);
  reg2024 = sk_store_list_indicators (f->store, 2024);
  g_assert_cmpuint (g_list_model_get_n_items (reg2024), ==, 1);
  listed = g_list_model_get_item (reg2024, 0);
  g_assert_cmpstr (sk_indicator_get_name (listed), ==, "Svarstid Clinic24");
  g_assert_cmpint (sk_indicator_get_year (listed), ==, 2024);

  base = sk_store_get_indicator (f->store, f->chat);
  g_assert_cmpstr (sk_indicator_get_name (base), ==, "Svarstid digital vård / tandvård");
  g_assert_cmpint (sk_indicator_get_year (base), ==, 0);
  y2030 = sk_store_get_indicator_in_year (f->store, f->chat, 2030);
  g_assert_cmpstr (sk_indicator_get_name (y2030), ==, "Svarstid digital vård / tandvård");

  found = sk_store_find_indicator (f->store, "Svarstid Clinic24", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_record_get_id (SK_RECORD (found)), ==, f->chat);

  /* Without the 2025 plan, the base follows 2024 again. */
  {
    g_autoptr(SkPlan) p2025 = sk_store_get_plan (f->store, 2025);
    g_autoptr(SkIndicator) again = NULL;

    g_assert_true (sk_store_delete (f->store, SK_RECORD (p2025), &error));
    g_assert_no_error (error);
    again = sk_store_get_indicator (f->store, f->chat);
    g_assert_cmpstr (sk_indicator_get_name (again), ==, "Svarstid Clinic24");
  }
}

/* The case: turning the 2025 direction leaves the adopted 2024
 * status as it was, and the change is in the audit trail. */
static void
test_direction_keeps_adopted_status (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(GListModel) audit = NULL;
  gboolean audited = FALSE;

  adopt_2024 (f);
  g_assert_cmpint (status_of (f, f->chat, "2024-04"), ==, SK_STATUS_MET);
  g_assert_cmpint (status_of (f, f->chat, "2025-04"), ==, SK_STATUS_MET);

  ind = in_year (f, f->chat, 2025);
  sk_indicator_set_direction (ind, SK_DIRECTION_HIGHER);
  g_assert_true (sk_store_save_indicator (f->store, ind, &error));
  g_assert_no_error (error);

  g_assert_cmpint (status_of (f, f->chat, "2024-04"), ==, SK_STATUS_MET);
  g_assert_cmpint (status_of (f, f->chat, "2025-04"), !=, SK_STATUS_MET);

  audit = sk_store_list_audit (f->store, f->chat);
  for (guint i = 0; i < g_list_model_get_n_items (audit); i++)
    {
      g_autoptr(SkAuditEntry) e = g_list_model_get_item (audit, i);

      if (g_strcmp0 (sk_audit_entry_get_entity (e), "indicator_definition") == 0
          && g_strcmp0 (sk_audit_entry_get_field (e), "direction") == 0)
        {
          g_assert_cmpint (sk_audit_entry_get_entity_id (e), ==, 2025);
          g_assert_cmpstr (sk_audit_entry_get_old_value (e), ==, "lower");
          g_assert_cmpstr (sk_audit_entry_get_new_value (e), ==, "higher");
          audited = TRUE;
        }
    }
  g_assert_true (audited);
}

/* An adopted year's definition cannot be changed, by any field. */
static void
test_adopted_refused (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkIndicator) after = NULL;

  adopt_2024 (f);
  ind = in_year (f, f->chat, 2024);
  sk_indicator_set_name (ind, "Något annat");
  sk_indicator_set_tolerance (ind, 0.2);
  g_assert_false (sk_store_save_indicator (f->store, ind, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_ADOPTED);

  after = in_year (f, f->chat, 2024);
  g_assert_cmpstr (sk_indicator_get_name (after), ==, "Svarstid Clinic24");
  g_assert_cmpfloat (sk_indicator_get_tolerance (after), ==, 0.05);
}

/* Copying a plan copies its definitions; the copy then changes alone. A
 * plan that takes an indicator in starts from the nearest earlier year. */
static void
test_copy_and_link (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) p2025 = sk_store_get_plan (f->store, 2025);
  g_autoptr(SkPlan) p2026 = NULL;
  g_autoptr(SkIndicator) ind = in_year (f, f->chat, 2025);
  g_autoptr(SkIndicator) y2026 = NULL;
  g_autoptr(SkIndicator) y2025 = NULL;
  g_autoptr(SkIndicator) sick = NULL;
  g_autoptr(SkPlan) p2027 = NULL;
  g_autoptr(SkIndicator) y2027 = NULL;

  sk_indicator_set_name (ind, "Svarstid digital vård / tandvård");
  g_assert_true (sk_store_save_indicator (f->store, ind, &error));
  p2026 = sk_store_copy_plan (f->store, p2025, 2026, &error);
  g_assert_no_error (error);

  g_clear_object (&ind);
  ind = in_year (f, f->chat, 2026);
  g_assert_cmpint (sk_indicator_get_year (ind), ==, 2026);
  g_assert_cmpstr (sk_indicator_get_name (ind), ==, "Svarstid digital vård / tandvård");
  sk_indicator_set_measure_unit (ind, "dagar");
  sk_indicator_set_name (ind, "Svarstid 2026");
  g_assert_true (sk_store_save_indicator (f->store, ind, &error));
  g_assert_no_error (error);

  y2026 = in_year (f, f->chat, 2026);
  y2025 = in_year (f, f->chat, 2025);
  g_assert_cmpstr (sk_indicator_get_measure_unit (y2026), ==, "dagar");
  g_assert_cmpstr (sk_indicator_get_measure_unit (y2025), ==, "min");
  g_assert_cmpstr (sk_indicator_get_name (y2025), ==, "Svarstid digital vård / tandvård");

  /* The work-environment indicator of 2025 is in the copy too. */
  sick = in_year (f, f->sick, 2026);
  g_assert_cmpint (sk_indicator_get_year (sick), ==, 2026);
  {
    /* A plan that held an indicator without a definition (written by
     * hand): its copy gets the base. */
    g_autoptr(SkPlan) p2026b = NULL;
    g_autoptr(SkIndicator) held = NULL;
    g_autofree char *sql = g_strdup_printf ("DELETE FROM indicator_definition WHERE plan_id = %" G_GINT64_FORMAT
                                            " AND indicator_id = %" G_GINT64_FORMAT, f->p2025, f->sick);

    g_assert_cmpint (sk_test_store_exec (f->path, sql), ==, SQLITE_OK);
    p2026b = sk_store_copy_plan (f->store, p2025, 2029, &error);
    g_assert_no_error (error);
    held = in_year (f, f->sick, 2029);
    g_assert_cmpint (sk_indicator_get_year (held), ==, 2029);
  }

  /* 2027 takes the indicator in: from 2026's definition, not the base's. */
  p2027 = sk_store_create_plan (f->store, 2027, "Verksamhetsplan 2027", &error);
  g_assert_true (sk_store_add_to_register (f->store, sk_record_get_id (SK_RECORD (p2027)), f->chat, &error));
  g_assert_no_error (error);
  y2027 = in_year (f, f->chat, 2027);
  g_assert_cmpint (sk_indicator_get_year (y2027), ==, 2027);
  g_assert_cmpstr (sk_indicator_get_name (y2027), ==, "Svarstid 2026");
  g_assert_cmpstr (sk_indicator_get_measure_unit (y2027), ==, "dagar");
}

/* Two indicators cannot share a name within one plan. */
static void
test_name_unique_in_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) sick = in_year (f, f->sick, 2025);
  g_autoptr(SkIndicator) after = NULL;

  sk_indicator_set_name (sick, "Svarstid Clinic24");
  g_assert_false (sk_store_save_indicator (f->store, sick, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_EXISTS);
  after = in_year (f, f->sick, 2025);
  g_assert_cmpstr (sk_indicator_get_name (after), ==, "Sjukfrånvaro");
}

/* A new indicator saved for a year gets its base row and that year's
 * definition; a year without a plan is refused and nothing is left. */
static void
test_new_in_year (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) ind = sk_indicator_new ();
  g_autoptr(SkIndicator) back = NULL;
  g_autoptr(SkIndicator) orphan = sk_indicator_new ();

  sk_indicator_set_name (ind, "Antal besök inkl. distans");
  sk_indicator_set_perspective (ind, SK_PERSPECTIVE_OPERATIONS);
  sk_indicator_set_year (ind, 2025);
  g_assert_true (sk_store_save_indicator (f->store, ind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sk_record_get_id (SK_RECORD (ind)), >, 0);
  back = in_year (f, sk_record_get_id (SK_RECORD (ind)), 2025);
  g_assert_cmpint (sk_indicator_get_year (back), ==, 2025);
  g_assert_cmpint (sk_indicator_get_perspective (back), ==, SK_PERSPECTIVE_OPERATIONS);

  sk_indicator_set_name (orphan, "Utan plan");
  sk_indicator_set_year (orphan, 2031);
  g_assert_false (sk_store_save_indicator (f->store, orphan, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (sk_record_get_id (SK_RECORD (orphan)), ==, 0);
  g_clear_error (&error);
  g_assert_null (sk_store_find_indicator (f->store, "Utan plan", NULL));
}

/* A version-2 file (schema v1 + step 2) opens as version 3 with every
 * figure kept, a backup made, and each plan holding the definition of
 * every indicator it references (register, goal links, work-environment). */
static void
test_migration_from_v2 (Fixture *f, gconstpointer data)
{
  g_autofree char *old_path = g_build_filename (f->dir, "old.db", NULL);
  g_autofree char *pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 2;",
                                             SK_STORE_APPLICATION_ID);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkOutcome) o = NULL;
  g_autoptr(SkTarget) target = NULL;
  g_autoptr(GListModel) reg = NULL;
  g_autoptr(GListModel) goal = NULL;
  g_autoptr(GListModel) wep = NULL;
  g_autoptr(SkIndicator) linked = NULL;
  g_autoptr(SkIndicator) y2024 = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;
  guint files = 0;
  sqlite3 *db = NULL;

  if (sk_test_on_server ())
    {
      g_test_skip ("about the file: a schema v2 file is migrated when opened; a server's schema is made new");
      return;
    }
  g_assert_cmpint (sqlite3_open (old_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, SK_STORE_SCHEMA_V1 SK_STORE_MIGRATE_V2, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO unit (id, name) VALUES (1, 'VC');"
                                 "INSERT INTO plan (id, year, title, status) VALUES (1, 2024, 'VP 2024', 1), (2, 2025, 'VP 2025', 0);"
                                 "INSERT INTO indicator (id, name, perspective, measure_unit, direction, responsible_unit_id, tolerance)"
                                 " VALUES (1, 'Besök', 1, 'st', 0, 1, 0.1), (2, 'Svarstid', 0, 'min', 1, NULL, 0.05),"
                                 " (3, 'Sjukfrånvaro', 2, '%', 1, NULL, 0.05), (4, 'Oanvänd', 3, '', 0, NULL, 0.05);"
                                 "INSERT INTO plan_indicator VALUES (1, 1, 0), (2, 1, 0);"
                                 "INSERT INTO focus_area (id, plan_id, position, title) VALUES (1, 2, 0, 'FA');"
                                 "INSERT INTO board_goal (id, focus_area_id, position, text) VALUES (1, 1, 0, 'Mål');"
                                 "INSERT INTO goal_indicator VALUES (1, 2, 0);"
                                 "INSERT INTO work_env_indicator VALUES (2, 3, 0);"
                                 "INSERT INTO target VALUES (1, 2024, '>50000'), (2, 2025, '<15 min');"
                                 "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, changed_by, changed_at, fictional)"
                                 " VALUES (1, 1, '2024-01', 0, 66020, 'anna', '2024-02-01T00:00:00Z', 0),"
                                 " (2, 1, '2025-03', 0, 12.5, 'bo', '2025-04-01T00:00:00Z', 1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = sk_test_store_open (old_path, &error);
  g_assert_no_error (error);
  /* Migrated through v3 to the newest version. */
  g_assert_cmpint (sk_store_get_schema_version (store), ==, SK_STORE_SCHEMA_VERSION);

  o = sk_store_get_outcome (store, 1, 1, "2024-01", SK_OUTCOME_MONTH);
  g_assert_cmpfloat (sk_outcome_get_value (o), ==, 66020);
  g_assert_cmpstr (sk_outcome_get_changed_by (o), ==, "anna");
  g_clear_object (&o);
  o = sk_store_get_outcome (store, 2, 1, "2025-03", SK_OUTCOME_MONTH);
  g_assert_cmpfloat (sk_outcome_get_value (o), ==, 12.5);
  g_assert_true (sk_outcome_get_fictional (o));
  target = sk_store_get_target (store, 1, 2024);
  g_assert_cmpstr (sk_target_get_text (target), ==, ">50000");

  /* Register: both years; goal link and work-environment: 2025 only. */
  y2024 = sk_store_get_indicator_in_year (store, 1, 2024);
  g_assert_cmpint (sk_indicator_get_year (y2024), ==, 2024);
  g_assert_cmpstr (sk_indicator_get_name (y2024), ==, "Besök");
  g_assert_cmpstr (sk_indicator_get_measure_unit (y2024), ==, "st");
  g_assert_cmpint (sk_indicator_get_responsible_unit_id (y2024), ==, 1);
  g_assert_cmpfloat (sk_indicator_get_tolerance (y2024), ==, 0.1);
  reg = sk_store_list_indicators (store, 2025);
  g_assert_cmpuint (g_list_model_get_n_items (reg), ==, 1);
  goal = sk_store_list_goal_indicators (store, 1);
  linked = g_list_model_get_item (goal, 0);
  g_assert_cmpint (sk_indicator_get_year (linked), ==, 2025);
  g_assert_cmpint (sk_indicator_get_direction (linked), ==, SK_DIRECTION_LOWER);
  wep = sk_store_list_work_env_indicators (store, 2);
  g_assert_cmpuint (g_list_model_get_n_items (wep), ==, 1);
  g_clear_object (&linked);
  linked = g_list_model_get_item (wep, 0);
  g_assert_cmpint (sk_indicator_get_year (linked), ==, 2025);
  g_clear_object (&linked);
  linked = sk_store_get_indicator_in_year (store, 2, 2024);
  g_assert_cmpint (sk_indicator_get_year (linked), ==, 0);
  g_clear_object (&linked);
  linked = sk_store_get_indicator_in_year (store, 4, 2025);
  g_assert_cmpint (sk_indicator_get_year (linked), ==, 0);
  g_clear_object (&reg);
  reg = sk_store_list_indicators (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (reg), ==, 4);

  /* The file as it was is kept beside it. */
  d = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "old.db") && !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      files++;
  g_assert_cmpuint (files, ==, 2);
}

/* Export → import keeps each year's definitions. */
static void
test_exchange_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) ind = in_year (f, f->chat, 2025);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autoptr(SkStore) other = NULL;
  g_autoptr(SkIndicator) found = NULL;
  g_autoptr(SkIndicator) y2024 = NULL;
  g_autoptr(SkIndicator) y2025 = NULL;
  const char *json;
  gsize len;

  sk_indicator_set_name (ind, "Svarstid digital vård / tandvård");
  sk_indicator_set_direction (ind, SK_DIRECTION_HIGHER);
  sk_indicator_set_tolerance (ind, 0.1);
  g_assert_true (sk_store_save_indicator (f->store, ind, &error));
  g_assert_no_error (error);
  adopt_2024 (f);

  g_assert_true (sk_exchange_export (f->store, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  json = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out));
  len = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out));
  g_assert_nonnull (g_strstr_len (json, len, "\"definitions\""));

  other = sk_test_store_open (other_path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_import (other, json, len, &error));
  g_assert_no_error (error);

  found = sk_store_find_indicator (other, "Svarstid digital vård / tandvård", &error);
  g_assert_no_error (error);
  y2024 = sk_store_get_indicator_in_year (other, sk_record_get_id (SK_RECORD (found)), 2024);
  y2025 = sk_store_get_indicator_in_year (other, sk_record_get_id (SK_RECORD (found)), 2025);
  g_assert_cmpstr (sk_indicator_get_name (y2024), ==, "Svarstid Clinic24");
  g_assert_cmpint (sk_indicator_get_direction (y2024), ==, SK_DIRECTION_LOWER);
  g_assert_cmpfloat (sk_indicator_get_tolerance (y2024), ==, 0.05);
  g_assert_cmpstr (sk_indicator_get_name (y2025), ==, "Svarstid digital vård / tandvård");
  g_assert_cmpint (sk_indicator_get_direction (y2025), ==, SK_DIRECTION_HIGHER);
  g_assert_cmpfloat (sk_indicator_get_tolerance (y2025), ==, 0.1);
}

/* A file from before definitions: every plan that holds an indicator gets
 * the file's indicator as its definition, as the migration does. */
static void
test_import_without_definitions (Fixture *f, gconstpointer data)
{
  static const char json[] =
    "{\"format\": \"styrkort\", \"version\": 1,"
    " \"units\": [ { \"name\": \"VC\", \"short_name\": \"\", \"parent\": null } ],"
    " \"indicators\": [ { \"name\": \"Väntetid\", \"perspective\": \"operations\", \"measure_unit\": \"dagar\","
    "   \"direction\": \"lower\", \"responsible_unit\": \"VC\", \"frequency\": \"month\","
    "   \"aggregation\": \"mean\", \"r12\": false, \"tolerance\": 0.1, \"description\": \"\" } ],"
    " \"plans\": ["
    "  { \"year\": 2021, \"title\": \"VP 2021\", \"status\": \"adopted\", \"decision\": null,"
    "    \"register\": [\"Väntetid\"], \"targets\": [], \"focus_areas\": [] },"
    "  { \"year\": 2022, \"title\": \"VP 2022\", \"status\": \"draft\", \"decision\": null,"
    "    \"register\": [], \"targets\": [], \"focus_areas\": [],"
    "    \"work_environment\": { \"goal\": \"\", \"indicators\": [\"Väntetid\"], \"priority_areas\": [] } } ] }";
  g_autofree char *other_path = g_build_filename (f->dir, "old-format.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) other = sk_test_store_open (other_path, &error);
  g_autoptr(SkIndicator) base = NULL;
  int years[] = { 2021, 2022 };

  g_assert_no_error (error);
  g_assert_true (sk_exchange_import (other, json, -1, &error));
  g_assert_no_error (error);
  base = sk_store_find_indicator (other, "Väntetid", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr(SkIndicator) d = sk_store_get_indicator_in_year (other, sk_record_get_id (SK_RECORD (base)), years[i]);

      g_assert_cmpint (sk_indicator_get_year (d), ==, years[i]);
      g_assert_cmpstr (sk_indicator_get_name (d), ==, "Väntetid");
      g_assert_cmpint (sk_indicator_get_perspective (d), ==, SK_PERSPECTIVE_OPERATIONS);
      g_assert_cmpstr (sk_indicator_get_measure_unit (d), ==, "dagar");
      g_assert_cmpint (sk_indicator_get_direction (d), ==, SK_DIRECTION_LOWER);
      g_assert_cmpint (sk_indicator_get_responsible_unit_id (d), !=, 0);
      g_assert_cmpfloat (sk_indicator_get_tolerance (d), ==, 0.1);
    }
  /* The same file again changes nothing, the adopted 2021 plan included. */
  g_assert_true (sk_exchange_import (other, json, -1, &error));
  g_assert_no_error (error);
}

/* A file that defines an adopted year's indicator otherwise leaves the
 * plan as adopted and says so; the draft year takes the file's. */
static void
test_import_into_adopted (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) ind = in_year (f, f->chat, 2024);
  g_autoptr(SkIndicator) y2024 = NULL;
  g_autoptr(SkIndicator) y2025 = NULL;
  g_autofree char *json = NULL;
  g_autofree char *all_notes = NULL;
  g_auto(GStrv) notes = NULL;

  /* The file: 2024 and 2025 with the direction turned. */
  sk_indicator_set_direction (ind, SK_DIRECTION_HIGHER);
  g_assert_true (sk_store_save_indicator (f->store, ind, &error));
  g_clear_object (&ind);
  ind = in_year (f, f->chat, 2025);
  sk_indicator_set_direction (ind, SK_DIRECTION_HIGHER);
  g_assert_true (sk_store_save_indicator (f->store, ind, &error));
  g_assert_no_error (error);
  json = sk_exchange_export_string (f->store, &error);
  g_assert_no_error (error);
  g_clear_object (&ind);
  ind = in_year (f, f->chat, 2024);
  sk_indicator_set_direction (ind, SK_DIRECTION_LOWER);
  g_assert_true (sk_store_save_indicator (f->store, ind, &error));
  g_clear_object (&ind);
  ind = in_year (f, f->chat, 2025);
  sk_indicator_set_direction (ind, SK_DIRECTION_LOWER);
  g_assert_true (sk_store_save_indicator (f->store, ind, &error));
  adopt_2024 (f);

  g_assert_true (sk_exchange_import_full (f->store, json, -1, &notes, &error));
  g_assert_no_error (error);
  y2024 = in_year (f, f->chat, 2024);
  y2025 = in_year (f, f->chat, 2025);
  g_assert_cmpint (sk_indicator_get_direction (y2024), ==, SK_DIRECTION_LOWER);
  g_assert_cmpint (sk_indicator_get_direction (y2025), ==, SK_DIRECTION_HIGHER);
  g_assert_nonnull (notes);
  g_assert_nonnull (notes[0]);
  all_notes = g_strjoinv ("\n", notes);
  g_assert_nonnull (strstr (all_notes, "the definition of “Svarstid Clinic24”"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  sk_test_backend_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/definition/rename-per-year", test_rename_per_year);
  ADD ("/definition/direction-keeps-adopted-status", test_direction_keeps_adopted_status);
  ADD ("/definition/adopted-refused", test_adopted_refused);
  ADD ("/definition/copy-and-link", test_copy_and_link);
  ADD ("/definition/name-unique-in-plan", test_name_unique_in_plan);
  ADD ("/definition/new-in-year", test_new_in_year);
  ADD ("/definition/migration-from-v2", test_migration_from_v2);
  ADD ("/definition/exchange-round-trip", test_exchange_round_trip);
  ADD ("/definition/import-without-definitions", test_import_without_definitions);
  ADD ("/definition/import-into-adopted", test_import_into_adopted);
#undef ADD

  return g_test_run ();
}
