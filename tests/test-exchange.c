/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-exchange"

#include "config.h"

#include <math.h>
#include <glib/gstdio.h>

#include "sk-exchange.h"
#include "store-test-util.h"

/* Every test works in its own temporary folder. */
typedef struct {
  char *dir;
  guint n;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("sk-exchange-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_remove (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static SkStore *
fresh_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_strdup_printf ("db%u.sqlite", f->n++);
  g_autofree char *path = g_build_filename (f->dir, file, NULL);
  SkStore *store = sk_test_store_open (path, &error);

  g_assert_no_error (error);
  sk_store_set_user (store, "test");
  return store;
}

static char *
export (SkStore *store)
{
  g_autoptr(GError) error = NULL;
  char *json = sk_exchange_export_string (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (json);
  return json;
}

#define OK(expr) G_STMT_START { g_autoptr(GError) e_ = NULL; gboolean ok_ = (expr); \
  g_assert_no_error (e_); g_assert_true (ok_); } G_STMT_END
#define OBJ(var, expr) G_STMT_START { g_autoptr(GError) e_ = NULL; var = (expr); \
  g_assert_no_error (e_); g_assert_nonnull (var); } G_STMT_END

static SkIndicator *
add_indicator (SkStore *store, const char *name, SkPerspective p, const char *unit, gint64 unit_id)
{
  SkIndicator *ind = sk_indicator_new ();

  sk_indicator_set_name (ind, name);
  sk_indicator_set_perspective (ind, p);
  sk_indicator_set_measure_unit (ind, unit);
  sk_indicator_set_direction (ind, SK_DIRECTION_LOWER);
  sk_indicator_set_responsible_unit_id (ind, unit_id);
  sk_indicator_set_frequency (ind, SK_FREQUENCY_TERTIAL);
  sk_indicator_set_aggregation (ind, SK_AGGREGATION_RATIO);
  sk_indicator_set_r12 (ind, TRUE);
  sk_indicator_set_tolerance (ind, 0.1);
  sk_indicator_set_description (ind, "Beskrivning med ”citat” och\nny rad");
  OK (sk_store_save_indicator (store, ind, &e_));
  return ind;
}

static void
add_outcome (SkStore *store, SkIndicator *ind, SkUnit *unit, const char *period, SkOutcomeKind kind,
             double value, double num, double den, const char *reason, const char *comment)
{
  g_autoptr(SkOutcome) o = sk_outcome_new ();

  sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
  sk_outcome_set_unit_id (o, sk_record_get_id (SK_RECORD (unit)));
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, kind);
  sk_outcome_set_value (o, value);
  sk_outcome_set_numerator (o, num);
  sk_outcome_set_denominator (o, den);
  sk_outcome_set_missing_reason (o, reason);
  sk_outcome_set_comment (o, comment);
  sk_outcome_set_fictional (o, kind == SK_OUTCOME_YTD);
  OK (sk_store_set_outcome (store, o, &e_));
}

/* One of everything the format carries. */
static void
fill_store (SkStore *store)
{
  g_autoptr(SkUnit) root = NULL, child = NULL;
  g_autoptr(SkIndicator) a = NULL, b = NULL;
  g_autoptr(SkPlan) plan = NULL, draft = NULL;
  g_autoptr(SkFocusArea) fa = NULL;
  g_autoptr(SkRegionalGoal) rg = NULL;
  g_autoptr(SkBoardGoal) g1 = NULL, g2 = NULL;
  g_autoptr(SkAssignment) as = NULL, sub = NULL;
  g_autoptr(SkWorkEnvPlan) wep = NULL;
  g_autoptr(SkPriorityArea) pa = NULL;
  gint64 plan_id;

  OBJ (root, sk_store_add_unit (store, 0, "Förvaltningen", "F", &e_));
  OBJ (child, sk_store_add_unit (store, sk_record_get_id (SK_RECORD (root)), "Enheten", "E", &e_));
  a = add_indicator (store, "Andel i tid", SK_PERSPECTIVE_TARGET_GROUP, "%", sk_record_get_id (SK_RECORD (child)));
  b = add_indicator (store, "Budgetavvikelse", SK_PERSPECTIVE_FINANCE, "mnkr", 0);

  OBJ (plan, sk_store_create_plan (store, 2030, "Plan 2030", &e_));
  plan_id = sk_record_get_id (SK_RECORD (plan));
  OK (sk_store_add_to_register (store, plan_id, sk_record_get_id (SK_RECORD (a)), &e_));
  OK (sk_store_add_to_register (store, plan_id, sk_record_get_id (SK_RECORD (b)), &e_));
  OK (sk_store_set_target (store, sk_record_get_id (SK_RECORD (a)), 2030, ">95 %", &e_));
  OK (sk_store_set_target (store, sk_record_get_id (SK_RECORD (b)), 2030, "0 mnkr", &e_));
  OBJ (fa, sk_store_add_focus_area (store, plan_id, "Fokus", "Om fokus", &e_));
  OBJ (rg, sk_store_add_regional_goal (store, sk_record_get_id (SK_RECORD (fa)), "RF-mål", "Om RF-målet", &e_));
  OBJ (g1, sk_store_add_board_goal (store, sk_record_get_id (SK_RECORD (fa)), 0, "Mål direkt", &e_));
  OBJ (g2, sk_store_add_board_goal (store, sk_record_get_id (SK_RECORD (fa)), sk_record_get_id (SK_RECORD (rg)),
                                    "Mål under RF", &e_));
  OK (sk_store_link_indicator (store, sk_record_get_id (SK_RECORD (g2)), sk_record_get_id (SK_RECORD (b)), &e_));
  OK (sk_store_link_indicator (store, sk_record_get_id (SK_RECORD (g2)), sk_record_get_id (SK_RECORD (a)), &e_));
  OBJ (as, sk_store_add_assignment (store, sk_record_get_id (SK_RECORD (g2)), 0, "Uppdrag", &e_));
  OBJ (sub, sk_store_add_assignment (store, sk_record_get_id (SK_RECORD (g2)), sk_record_get_id (SK_RECORD (as)),
                                     "Deluppdrag", &e_));
  OK (sk_store_set_assignment_comment (store, sk_record_get_id (SK_RECORD (sub)), "2030-04", "Pågår.", &e_));
  /* Follow-ups written in the next year's reports belong to this plan too. */
  OK (sk_store_set_assignment_comment (store, sk_record_get_id (SK_RECORD (sub)), "2031-02", "Klart året efter.", &e_));
  OK (sk_store_set_assessment (store, sk_record_get_id (SK_RECORD (g2)), "2031-04", SK_ASSESSMENT_MET,
                               "Nått till slut.", &e_));
  OK (sk_store_set_assessment (store, sk_record_get_id (SK_RECORD (g2)), "2030-08", SK_ASSESSMENT_PARTLY,
                               "Delvis.", &e_));
  wep = sk_store_get_work_env_plan (store, plan_id);
  OK (sk_store_set_work_env_goal (store, wep, "God arbetsmiljö", &e_));
  OK (sk_store_link_work_env_indicator (store, plan_id, sk_record_get_id (SK_RECORD (a)), &e_));
  OBJ (pa, sk_store_add_priority_area (store, plan_id, "Risker", "Riskorienterat arbete", &e_));
  OK (sk_store_set_priority_follow_up (store, sk_record_get_id (SK_RECORD (pa)), "2030-04", "Gjort.", &e_));
  OK (sk_store_set_priority_follow_up (store, sk_record_get_id (SK_RECORD (pa)), "2031-08", "Följt upp igen.", &e_));
  OK (sk_store_adopt_plan (store, plan, "2029-12-11", "§98", "DN 1", &e_));
  OBJ (draft, sk_store_create_plan (store, 2031, "Utkast 2031", &e_));

  add_outcome (store, a, child, "2030-01", SK_OUTCOME_MONTH, 91.1, NAN, NAN, NULL, "Kommentar");
  add_outcome (store, a, child, "2030-02", SK_OUTCOME_MONTH, NAN, 3, 4, NULL, NULL);
  add_outcome (store, a, root, "2030-02", SK_OUTCOME_YTD, NAN, NAN, NAN, "Nytt schemasystem", NULL);
  add_outcome (store, b, root, "2030-04", SK_OUTCOME_R12, -2.5, NAN, NAN, NULL, NULL);
}

static void
test_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) first = fresh_store (f);
  g_autoptr(SkStore) second = fresh_store (f);
  g_autofree char *a = NULL, *b = NULL;

  fill_store (first);
  a = export (first);
  /* Every kind of element made it into the file. */
  for (const char *needle[] = { "\"Enheten\"", "\"tertial\"", "\"ratio\"", "\"§98\"", "\"Utkast 2031\"",
                                "\"Deluppdrag\"", "\"Pågår.\"", "\"partly\"", "\"Gjort.\"", "\"God arbetsmiljö\"",
                                "\"Nytt schemasystem\"", "\"r12\"", "\"0 mnkr\"", "\"RF-mål\"",
                                "\"Klart året efter.\"", "\"Nått till slut.\"", "\"Följt upp igen.\"", NULL },
       **n = needle; *n; n++)
    if (strstr (a, *n) == NULL)
      g_error ("“%s” missing from the export:\n%s", *n, a);

  OK (sk_exchange_import (second, a, -1, &e_));
  b = export (second);
  g_assert_cmpstr (a, ==, b);

  /* Numbers come back exactly, and so do the parts of a share. */
  {
    g_autoptr(SkIndicator) ind = sk_store_find_indicator (second, "Andel i tid", NULL);
    g_autoptr(SkUnit) unit = sk_store_find_unit (second, "Enheten", NULL);
    g_autoptr(SkOutcome) jan = sk_store_get_outcome (second, sk_record_get_id (SK_RECORD (ind)),
                                                     sk_record_get_id (SK_RECORD (unit)), "2030-01", SK_OUTCOME_MONTH);
    g_autoptr(SkOutcome) feb = sk_store_get_outcome (second, sk_record_get_id (SK_RECORD (ind)),
                                                     sk_record_get_id (SK_RECORD (unit)), "2030-02", SK_OUTCOME_MONTH);

    g_assert_cmpfloat (sk_outcome_get_value (jan), ==, 91.1);
    g_assert_cmpstr (sk_outcome_get_comment (jan), ==, "Kommentar");
    g_assert_cmpfloat (sk_outcome_get_value (feb), ==, 75.0);
    g_assert_cmpfloat (sk_outcome_get_denominator (feb), ==, 4.0);
  }
}

typedef struct {
  guint units, indicators, plans, areas, regional, goals, links, assignments, targets, outcomes, audit;
} Counts;

static guint
count_assignments (SkStore *store, gint64 goal, gint64 parent)
{
  g_autoptr(GListModel) list = sk_store_list_assignments (store, goal, parent);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkRecord) r = g_list_model_get_item (list, i);
      n += count_assignments (store, goal, sk_record_get_id (r));
    }
  return n;
}

static void
count_goals (SkStore *store, gint64 fa, gint64 rg, Counts *c)
{
  g_autoptr(GListModel) goals = sk_store_list_board_goals (store, fa, rg);

  c->goals += g_list_model_get_n_items (goals);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkRecord) g = g_list_model_get_item (goals, i);
      g_autoptr(GListModel) links = sk_store_list_goal_indicators (store, sk_record_get_id (g));
      c->links += g_list_model_get_n_items (links);
      c->assignments += count_assignments (store, sk_record_get_id (g), 0);
    }
}

static Counts
count_rows (SkStore *store)
{
  Counts c = { 0 };
  g_autoptr(GListModel) units = sk_store_list_units (store);
  g_autoptr(GListModel) inds = sk_store_list_indicators (store, 0);
  g_autoptr(GListModel) plans = sk_store_list_plans (store);
  g_autoptr(GListModel) audit = sk_store_list_audit (store, 0);

  c.units = g_list_model_get_n_items (units);
  c.indicators = g_list_model_get_n_items (inds);
  c.plans = g_list_model_get_n_items (plans);
  c.audit = g_list_model_get_n_items (audit);
  for (guint i = 0; i < c.plans; i++)
    {
      g_autoptr(SkPlan) p = g_list_model_get_item (plans, i);
      g_autoptr(GListModel) areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (p)));

      for (guint k = 0; k < c.indicators; k++)
        {
          g_autoptr(SkIndicator) ind = g_list_model_get_item (inds, k);
          g_autoptr(SkTarget) t = sk_store_get_target (store, sk_record_get_id (SK_RECORD (ind)), sk_plan_get_year (p));
          c.targets += t != NULL;
        }
      c.areas += g_list_model_get_n_items (areas);
      for (guint j = 0; j < g_list_model_get_n_items (areas); j++)
        {
          g_autoptr(SkRecord) fa = g_list_model_get_item (areas, j);
          g_autoptr(GListModel) rgs = sk_store_list_regional_goals (store, sk_record_get_id (fa));

          c.regional += g_list_model_get_n_items (rgs);
          count_goals (store, sk_record_get_id (fa), 0, &c);
          for (guint k = 0; k < g_list_model_get_n_items (rgs); k++)
            {
              g_autoptr(SkRecord) rg = g_list_model_get_item (rgs, k);
              count_goals (store, sk_record_get_id (fa), sk_record_get_id (rg), &c);
            }
        }
    }
  for (guint k = 0; k < c.indicators; k++)
    for (guint u = 0; u < c.units; u++)
      {
        g_autoptr(SkRecord) ind = g_list_model_get_item (inds, k);
        g_autoptr(SkRecord) unit = g_list_model_get_item (units, u);
        g_autoptr(GListModel) o = sk_store_list_outcomes (store, sk_record_get_id (ind), sk_record_get_id (unit), NULL, NULL);
        c.outcomes += g_list_model_get_n_items (o);
      }
  return c;
}

static void
test_import_twice (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) source = fresh_store (f);
  g_autoptr(SkStore) store = fresh_store (f);
  g_autofree char *json = NULL, *after_first = NULL, *after_second = NULL;
  Counts first, second;

  fill_store (source);
  json = export (source);
  OK (sk_exchange_import (store, json, -1, &e_));
  first = count_rows (store);
  after_first = export (store);
  g_assert_cmpuint (first.units, ==, 2);
  g_assert_cmpuint (first.plans, ==, 2);
  g_assert_cmpuint (first.goals, ==, 2);
  g_assert_cmpuint (first.links, ==, 2);
  g_assert_cmpuint (first.assignments, ==, 2);
  g_assert_cmpuint (first.outcomes, ==, 4);

  /* The same file again, and the example twice on top: nothing new. */
  OK (sk_exchange_import (store, json, -1, &e_));
  second = count_rows (store);
  g_assert_cmpmem (&first, sizeof first, &second, sizeof second);
  after_second = export (store);
  g_assert_cmpstr (after_first, ==, after_second);

  OK (sk_exchange_load_example (store, &e_));
  first = count_rows (store);
  g_assert_cmpuint (first.plans, ==, 4);
  OK (sk_exchange_load_example (store, &e_));
  second = count_rows (store);
  g_assert_cmpmem (&first, sizeof first, &second, sizeof second);
}

static char *
replace (const char *text, const char *from, const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, 2);

  g_assert_nonnull (parts[1]);
  return g_strjoinv (to, parts);
}

static void
expect_failure (SkStore *store, const char *json, const char *must_name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = export (store);
  g_autofree char *after = NULL;
  Counts a = count_rows (store), b;

  g_assert_false (sk_exchange_import (store, json, -1, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT);
  g_test_message ("refused: %s", error->message);
  if (must_name != NULL)
    g_assert_nonnull (strstr (error->message, must_name));
  after = export (store);
  b = count_rows (store);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpmem (&a, sizeof a, &b, sizeof b);
}

static void
test_broken (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) source = fresh_store (f);
  g_autoptr(SkStore) store = fresh_store (f);
  g_autofree char *json = NULL, *bad_json = NULL, *bad_format = NULL, *bad_version = NULL;

  fill_store (source);
  json = export (source);
  OK (sk_exchange_load_example (store, &e_));

  expect_failure (store, "{ \"format\": \"styrkort\", \"version\": 1, \"units\": [", NULL);
  bad_format = replace (json, "\"format\" : \"styrkort\"", "\"format\" : \"excel\"");
  expect_failure (store, bad_format, "styrkort");
  bad_version = replace (json, "\"version\" : 1", "\"version\" : 7");
  expect_failure (store, bad_version, NULL);
  /* Units, indicators and plans come before the bad outcome: all rolled back. */
  bad_json = replace (json, "\"indicator\" : \"Budgetavvikelse\",\n      \"unit\"",
                      "\"indicator\" : \"Ingen sådan\",\n      \"unit\"");
  expect_failure (store, bad_json, "Ingen sådan");
  g_assert_null (sk_store_get_plan (store, 2031));
}

/* Edits by another user, so the history has old and new values to carry. */
static gint64
edit_history (SkStore *store)
{
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (store, "Andel i tid", NULL);
  g_autoptr(SkUnit) unit = sk_store_find_unit (store, "Enheten", NULL);

  sk_store_set_user (store, "anna");
  add_outcome (store, ind, unit, "2030-01", SK_OUTCOME_MONTH, 92.5, NAN, NAN, NULL, "Rättad");
  add_outcome (store, ind, unit, "2030-01", SK_OUTCOME_MONTH, 93.25, NAN, NAN, NULL, "Rättad igen");
  OK (sk_store_set_target (store, sk_record_get_id (SK_RECORD (ind)), 2031, ">97 %", &e_));
  sk_store_set_user (store, "test");
  return sk_record_get_id (SK_RECORD (ind));
}

static guint
audit_count (SkStore *store, gint64 indicator_id)
{
  g_autoptr(GListModel) list = sk_store_list_audit (store, indicator_id);
  return g_list_model_get_n_items (list);
}

static gboolean
history_has (GListModel *list, const char *who, const char *old_value, const char *new_value)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkAuditEntry) e = g_list_model_get_item (list, i);

      if (g_strcmp0 (sk_audit_entry_get_who (e), who) == 0
          && g_strcmp0 (sk_audit_entry_get_old_value (e), old_value) == 0
          && g_strcmp0 (sk_audit_entry_get_new_value (e), new_value) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
assert_same_history (SkStore *a, gint64 a_id, SkStore *b, gint64 b_id)
{
  g_autoptr(GListModel) la = sk_store_list_audit (a, a_id);
  g_autoptr(GListModel) lb = sk_store_list_audit (b, b_id);

  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(SkAuditEntry) x = g_list_model_get_item (la, i);
      g_autoptr(SkAuditEntry) y = g_list_model_get_item (lb, i);

      g_assert_cmpstr (sk_audit_entry_get_at (x), ==, sk_audit_entry_get_at (y));
      g_assert_cmpstr (sk_audit_entry_get_who (x), ==, sk_audit_entry_get_who (y));
      g_assert_cmpstr (sk_audit_entry_get_entity (x), ==, sk_audit_entry_get_entity (y));
      g_assert_cmpstr (sk_audit_entry_get_field (x), ==, sk_audit_entry_get_field (y));
      g_assert_cmpstr (sk_audit_entry_get_old_value (x), ==, sk_audit_entry_get_old_value (y));
      g_assert_cmpstr (sk_audit_entry_get_new_value (x), ==, sk_audit_entry_get_new_value (y));
      g_assert_cmpint (sk_audit_entry_get_indicator_id (y), ==, b_id);
    }
}

static void
test_history (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) first = fresh_store (f);
  g_autoptr(SkStore) second = fresh_store (f);
  g_autoptr(SkIndicator) copy = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  gint64 id;
  guint n_all;

  fill_store (first);
  id = edit_history (first);
  a = export (first);
  g_assert_nonnull (strstr (a, "\"audit\" : [\n    {"));
  g_assert_nonnull (strstr (a, "\"new_value\" : \">97 %\""));

  /* Into a fresh database: the same file back, history included. */
  OK (sk_exchange_import (second, a, -1, &e_));
  b = export (second);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpuint (audit_count (second, 0), ==, audit_count (first, 0));

  copy = sk_store_find_indicator (second, "Andel i tid", NULL);
  assert_same_history (first, id, second, sk_record_get_id (SK_RECORD (copy)));
  history = sk_store_list_audit (second, sk_record_get_id (SK_RECORD (copy)));
  g_assert_true (history_has (history, "anna", "92.5", "93.25"));
  g_assert_true (history_has (history, "anna", NULL, ">97 %"));

  /* Again: no duplicated history. */
  n_all = audit_count (second, 0);
  OK (sk_exchange_import (second, a, -1, &e_));
  g_assert_cmpuint (audit_count (second, 0), ==, n_all);
  c = export (second);
  g_assert_cmpstr (a, ==, c);

  /* Auditing is back on after the import: a new edit is recorded. */
  OK (sk_store_set_target (second, sk_record_get_id (SK_RECORD (copy)), 2031, ">98 %", &e_));
  g_assert_cmpuint (audit_count (second, 0), ==, n_all + 1);
}

/* A file without history (the example) is audited as today; a failed
 * import with history leaves auditing on. */
static void
test_history_absent_and_failed (Fixture *f, gconstpointer data)
{
  g_autoptr(SkStore) source = fresh_store (f);
  g_autoptr(SkStore) store = fresh_store (f);
  g_autoptr(SkIndicator) ind = NULL;
  g_autofree char *json = NULL, *bad = NULL;
  guint n;

  OK (sk_exchange_load_example (store, &e_));
  n = audit_count (store, 0);
  g_assert_cmpuint (n, >, 0);
  OK (sk_exchange_load_example (store, &e_));
  g_assert_cmpuint (audit_count (store, 0), ==, n);

  fill_store (source);
  edit_history (source);
  json = export (source);
  bad = replace (json, "\"who\" : \"anna\"", "\"who\" : 7");
  expect_failure (store, bad, NULL);
  g_free (bad);
  bad = replace (json, "\"indicator\" : \"Andel i tid\",\n      \"field\"",
                 "\"indicator\" : \"Ingen sådan\",\n      \"field\"");
  expect_failure (store, bad, "Ingen sådan");
  g_assert_cmpuint (audit_count (store, 0), ==, n);

  ind = sk_store_find_indicator (store, "Personalomsättning", NULL);
  g_assert_nonnull (ind);
  {
    g_autoptr(SkPlan) plan = NULL;

    OBJ (plan, sk_store_create_plan (store, 2031, NULL, &e_)); /* a target belongs to a plan */
  }
  OK (sk_store_set_target (store, sk_record_get_id (SK_RECORD (ind)), 2031, "<10 %", &e_));
  g_assert_cmpuint (audit_count (store, 0), ==, n + 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  sk_test_backend_init ();
  g_test_add ("/exchange/round-trip", Fixture, NULL, fixture_setup, test_round_trip, fixture_teardown);
  g_test_add ("/exchange/import-twice", Fixture, NULL, fixture_setup, test_import_twice, fixture_teardown);
  g_test_add ("/exchange/broken", Fixture, NULL, fixture_setup, test_broken, fixture_teardown);
  g_test_add ("/exchange/history", Fixture, NULL, fixture_setup, test_history, fixture_teardown);
  g_test_add ("/exchange/history-absent-and-failed", Fixture, NULL, fixture_setup,
              test_history_absent_and_failed, fixture_teardown);
  return g_test_run ();
}
