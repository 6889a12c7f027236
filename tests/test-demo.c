/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-demo"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sk-store-budget.h"
#include "sk-demo.h"
#include "sk-derived.h"
#include "sk-exchange.h"
#include "sk-format.h"

typedef struct
{
  char    *dir;
  SkStore *store;
} Db;

static gint64
add_indicator (SkStore       *store,
               const char    *name,
               const char    *measure_unit,
               SkDirection    direction,
               SkAggregation  aggregation,
               gint64         unit_id)
{
  g_autoptr(SkIndicator) ind = sk_indicator_new ();
  g_autoptr(GError) error = NULL;

  sk_indicator_set_name (ind, name);
  sk_indicator_set_measure_unit (ind, measure_unit);
  sk_indicator_set_direction (ind, direction);
  sk_indicator_set_aggregation (ind, aggregation);
  sk_indicator_set_responsible_unit_id (ind, unit_id);
  sk_store_save_indicator (store, ind, &error);
  g_assert_no_error (error);
  return sk_record_get_id (SK_RECORD (ind));
}

static void
add_real (SkStore    *store,
          gint64      ind,
          gint64      unit,
          const char *period,
          double      value,
          const char *comment)
{
  g_autoptr(SkOutcome) o = sk_outcome_new ();
  g_autoptr(GError) error = NULL;

  sk_outcome_set_indicator_id (o, ind);
  sk_outcome_set_unit_id (o, unit);
  sk_outcome_set_period (o, period);
  sk_outcome_set_value (o, value);
  sk_outcome_set_comment (o, comment);
  sk_store_set_outcome (store, o, &error);
  g_assert_no_error (error);
}

/* Two plans (2024 adopted, 2025 draft), three indicators, two real outcomes. */
static void
db_open (Db *db)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SkUnit) root = NULL;
  g_autoptr(SkUnit) vc = NULL;
  g_autoptr(SkPlan) p2024 = NULL;
  g_autoptr(SkPlan) p2025 = NULL;
  gint64 phone, visits, turnover, root_id, vc_id;

  db->dir = g_dir_make_tmp ("styrkort-demo-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (db->dir, "test.db", NULL);
  db->store = sk_store_open (path, &error);
  g_assert_no_error (error);
  sk_store_set_user (db->store, "test");

  root = sk_store_add_unit (db->store, 0, "Närsjukvården Halland", "NSVH", &error);
  g_assert_no_error (error);
  root_id = sk_record_get_id (SK_RECORD (root));
  vc = sk_store_add_unit (db->store, root_id, "Vårdcentralen Halland", "VC", &error);
  g_assert_no_error (error);
  vc_id = sk_record_get_id (SK_RECORD (vc));

  phone = add_indicator (db->store, "Telefontillgänglighet", "%", SK_DIRECTION_HIGHER, SK_AGGREGATION_MEAN, vc_id);
  visits = add_indicator (db->store, "Antal besök inkl. distans", "", SK_DIRECTION_HIGHER, SK_AGGREGATION_SUM, vc_id);
  turnover = add_indicator (db->store, "Personalomsättning", "%", SK_DIRECTION_LOWER, SK_AGGREGATION_LATEST, root_id);

  p2024 = sk_store_create_plan (db->store, 2024, "Verksamhetsplan 2024", &error);
  g_assert_no_error (error);
  p2025 = sk_store_create_plan (db->store, 2025, "Verksamhetsplan 2025", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      gint64 plan = sk_record_get_id (SK_RECORD (i == 0 ? p2024 : p2025));

      g_assert_true (sk_store_add_to_register (db->store, plan, phone, &error));
      g_assert_true (sk_store_add_to_register (db->store, plan, visits, &error));
    }
  g_assert_true (sk_store_add_to_register (db->store, sk_record_get_id (SK_RECORD (p2025)), turnover, &error));
  g_assert_true (sk_store_set_target (db->store, phone, 2024, ">90 %", &error));
  g_assert_true (sk_store_set_target (db->store, phone, 2025, ">95 %", &error));
  g_assert_true (sk_store_set_target (db->store, visits, 2025, "Enligt produktionsplan", &error));
  g_assert_true (sk_store_set_target (db->store, turnover, 2025, "<15,2 %", &error));
  g_assert_true (sk_store_adopt_plan (db->store, p2024, "2023-12-14", "§ 85", "DN 2023/12", &error));
  g_assert_no_error (error);

  add_real (db->store, phone, vc_id, "2024-04", 91.1, "Hög belastning i april");
  add_real (db->store, turnover, root_id, "2025-01", 16.0, NULL);
}

static void
db_close (Db *db)
{
  g_autofree char *path = g_build_filename (db->dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_object (&db->store);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
  g_rmdir (db->dir);
  g_free (db->dir);
}

static void
generate (Db           *db,
          guint32       seed,
          SkDemoCounts *counts)
{
  SkDemoOptions options = { 2023, 2025, 3, seed };
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_demo_generate (db->store, &options, counts, &error));
  g_assert_no_error (error);
}

/* Every outcome as text, by indicator and unit name, so two databases compare. */
static char *
dump (SkStore *store)
{
  g_autoptr(GListModel) indicators = sk_store_list_indicators (store, 0);
  g_autoptr(GListModel) units = sk_store_list_units (store);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    for (guint k = 0; k < g_list_model_get_n_items (units); k++)
      {
        g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
        g_autoptr(SkUnit) unit = g_list_model_get_item (units, k);
        g_autoptr(GListModel) outcomes = sk_store_list_outcomes (store, sk_record_get_id (SK_RECORD (ind)),
                                                                 sk_record_get_id (SK_RECORD (unit)), NULL, NULL);

        for (guint j = 0; j < g_list_model_get_n_items (outcomes); j++)
          {
            g_autoptr(SkOutcome) o = g_list_model_get_item (outcomes, j);
            g_autofree char *value = sk_format_machine (sk_outcome_get_value (o));

            g_string_append_printf (text, "%s\t%s\t%s\t%s\t%s\t%s\t%d\n", sk_indicator_get_name (ind),
                                    sk_unit_get_name (unit), sk_outcome_get_period (o),
                                    sk_outcome_kind_to_string (sk_outcome_get_kind (o)), value,
                                    sk_outcome_get_missing_reason (o) ? sk_outcome_get_missing_reason (o) : "",
                                    sk_outcome_get_fictional (o));
          }
      }
  return g_string_free (text, FALSE);
}

static void
test_same_seed_same_figures (void)
{
  Db a = { 0 }, b = { 0 }, c = { 0 };
  SkDemoCounts ca, cb, cc, again;
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;
  g_autofree char *dc = NULL;
  g_autofree char *da2 = NULL;

  db_open (&a);
  db_open (&b);
  db_open (&c);
  generate (&a, 42, &ca);
  generate (&b, 42, &cb);
  generate (&c, 7, &cc);

  g_assert_cmpuint (ca.outcomes_written, >, 300);
  g_assert_cmpuint (ca.outcomes_written, ==, cb.outcomes_written);
  da = dump (a.store);
  db = dump (b.store);
  dc = dump (c.store);
  g_assert_cmpstr (da, ==, db);
  g_assert_cmpstr (da, !=, dc);

  /* Running again changes nothing: the fictional rows are rewritten alike. */
  generate (&a, 42, &again);
  g_assert_cmpuint (again.units_created, ==, 0);
  g_assert_cmpuint (again.targets_created, ==, 0);
  da2 = dump (a.store);
  g_assert_cmpstr (da, ==, da2);

  db_close (&a);
  db_close (&b);
  db_close (&c);
}

static void
test_fictional_and_real (void)
{
  Db d = { 0 };
  SkDemoCounts counts;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkUnit) vc = NULL;
  g_autoptr(SkUnit) root = NULL;
  g_autoptr(SkUnit) demo = NULL;
  g_autoptr(SkIndicator) phone = NULL;
  g_autoptr(SkIndicator) turnover = NULL;
  g_autoptr(SkIndicator) visits = NULL;
  g_autoptr(SkOutcome) real = NULL;
  g_autoptr(SkTarget) t2023 = NULL;
  g_autoptr(SkTarget) t2024 = NULL;
  g_autoptr(GListModel) outcomes = NULL;
  guint n_real = 0, n_fictional = 0, n_missing = 0, n_month = 0, n_ref = 0;
  double sum = 0;
  guint used = 0;

  db_open (&d);
  generate (&d, 2025, &counts);
  g_assert_cmpuint (counts.units_created, ==, 3);
  g_assert_cmpuint (counts.real_kept, ==, 2);

  vc = sk_store_find_unit (d.store, "Vårdcentralen Halland", &error);
  root = sk_store_find_unit (d.store, "Närsjukvården Halland", &error);
  demo = sk_store_find_unit (d.store, "Vårdcentral 3 (fiktiv)", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_unit_get_parent_id (demo), ==, sk_record_get_id (SK_RECORD (vc)));
  phone = sk_store_find_indicator (d.store, "Telefontillgänglighet", &error);
  turnover = sk_store_find_indicator (d.store, "Personalomsättning", &error);
  visits = sk_store_find_indicator (d.store, "Antal besök inkl. distans", &error);
  g_assert_no_error (error);

  /* The real outcomes are untouched. */
  real = sk_store_get_outcome (d.store, sk_record_get_id (SK_RECORD (phone)), sk_record_get_id (SK_RECORD (vc)),
                               "2024-04", SK_OUTCOME_MONTH);
  g_assert_false (sk_outcome_get_fictional (real));
  g_assert_cmpfloat (sk_outcome_get_value (real), ==, 91.1);
  g_assert_cmpstr (sk_outcome_get_comment (real), ==, "Hög belastning i april");
  g_assert_cmpstr (sk_outcome_get_changed_by (real), ==, "test");
  g_clear_object (&real);
  real = sk_store_get_outcome (d.store, sk_record_get_id (SK_RECORD (turnover)), sk_record_get_id (SK_RECORD (root)),
                               "2025-01", SK_OUTCOME_MONTH);
  g_assert_false (sk_outcome_get_fictional (real));
  g_assert_cmpfloat (sk_outcome_get_value (real), ==, 16.0);

  /* 2023 has no plan: its series follow the latest plan's register and
   * targets, but no target is written for it (it would belong to no plan
   * and be lost); the adopted 2024 plan gets none added. */
  t2023 = sk_store_get_target (d.store, sk_record_get_id (SK_RECORD (turnover)), 2023);
  g_assert_null (t2023);
  t2024 = sk_store_get_target (d.store, sk_record_get_id (SK_RECORD (visits)), 2024);
  g_assert_null (t2024);

  /* Every other outcome is fictional; shares stay within 0–100 %. */
  outcomes = sk_store_list_outcomes (d.store, sk_record_get_id (SK_RECORD (phone)),
                                     sk_record_get_id (SK_RECORD (demo)), NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (outcomes), ==, 36);
  g_clear_object (&outcomes);
  for (guint u = 0; u < 2; u++)
    {
      outcomes = sk_store_list_outcomes (d.store, sk_record_get_id (SK_RECORD (phone)),
                                         sk_record_get_id (SK_RECORD (u == 0 ? vc : demo)), NULL, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
        {
          g_autoptr(SkOutcome) o = g_list_model_get_item (outcomes, i);
          double v = sk_outcome_get_value (o);

          if (!sk_outcome_get_fictional (o))
            {
              n_real++;
              continue;
            }
          n_fictional++;
          if (isnan (v))
            {
              g_assert_cmpstr (sk_outcome_get_missing_reason (o), ==, SK_DEMO_MISSING_REASON);
              n_missing++;
              continue;
            }
          g_assert_cmpfloat (v, >=, 0);
          g_assert_cmpfloat (v, <=, 100);
          if (g_str_has_prefix (sk_outcome_get_period (o), "2025"))
            {
              sum += v;
              used++;
            }
        }
      g_clear_object (&outcomes);
    }
  g_assert_cmpuint (n_real, ==, 1);
  g_assert_cmpuint (n_fictional, ==, 71);
  /* Around the 2025 target of 95 %. */
  g_assert_cmpfloat (sum / used, >, 82);
  g_assert_cmpfloat (sum / used, <, 100);

  /* Visits: whole numbers with a summer dip, and the plan figure they refer to. */
  outcomes = sk_store_list_outcomes (d.store, sk_record_get_id (SK_RECORD (visits)), sk_record_get_id (SK_RECORD (vc)),
                                     "2025-01", "2025-12");
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(SkOutcome) o = g_list_model_get_item (outcomes, i);

      g_assert_true (sk_outcome_get_fictional (o));
      if (sk_outcome_get_kind (o) == SK_OUTCOME_REFERENCE)
        n_ref++;
      else if (!isnan (sk_outcome_get_value (o)))
        {
          g_assert_cmpfloat (sk_outcome_get_value (o), ==, round (sk_outcome_get_value (o)));
          n_month++;
        }
    }
  g_assert_cmpuint (n_ref, ==, 12);
  g_assert_cmpuint (n_month, >=, 9);
  (void) n_missing;

  db_close (&d);
}

static void
test_no_plan_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styrkort-demo-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(SkStore) store = sk_store_open (path, &error);
  SkDemoOptions options = { 2021, 2025, 2, 1 };
  SkDemoOptions backwards = { 2025, 2021, 2, 1 };

  g_assert_no_error (error);
  g_assert_false (sk_demo_generate (store, &backwards, NULL, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sk_demo_generate (store, &options, NULL, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND);

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (dir);
  }
}

/* The month values of @ind at @unit in @year (NAN where none). */
static void
year_months (SkStore     *store,
             SkIndicator *ind,
             gint64       unit,
             int          year,
             double      *months)
{
  g_autofree char *from = sk_period_make (year, 1);
  g_autofree char *to = sk_period_make (year, 12);
  g_autoptr(GListModel) list = sk_store_list_outcomes (store, sk_record_get_id (SK_RECORD (ind)), unit, from, to);

  for (int m = 0; m < 12; m++)
    months[m] = NAN;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkOutcome) o = g_list_model_get_item (list, i);
      int y, m;

      if (sk_outcome_get_kind (o) == SK_OUTCOME_MONTH && sk_period_parse (sk_outcome_get_period (o), &y, &m))
        months[m - 1] = sk_outcome_get_value (o);
    }
}

/*
 * Demo data that looks like real data, on the example plan: an index on
 * 0..100 stays inside it, a reported year-to-date figure follows from the
 * months before it, and a count keeps its level from year to year.
 */
static void
test_example_looks_real (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styrkort-demo-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autoptr(SkStore) store = sk_store_open (path, &error);
  g_autoptr(GListModel) indicators = NULL;
  SkDemoOptions options = { 2022, 2025, 2, 7 };
  SkDemoCounts counts = { 0 };
  guint indices = 0, ytds = 0;

  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (store, &error));
  g_assert_true (sk_demo_generate (store, &options, &counts, &error));
  g_assert_no_error (error);

  indicators = sk_store_list_indicators (store, 2025);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      g_autofree char *name = g_utf8_casefold (sk_indicator_get_name (ind), -1);
      gint64 id = sk_record_get_id (SK_RECORD (ind));
      g_autoptr(GListModel) units = sk_store_list_outcome_units (store, id, 2024);

      for (guint u = 0; u < g_list_model_get_n_items (units); u++)
        {
          g_autoptr(SkUnit) unit = g_list_model_get_item (units, u);
          gint64 unit_id = sk_record_get_id (SK_RECORD (unit));
          double mean[4] = { 0 };

          for (int year = 2022; year <= 2025; year++)
            {
              double months[12];
              int n = 0;

              year_months (store, ind, unit_id, year, months);
              for (int m = 0; m < 12; m++)
                {
                  if (isnan (months[m]))
                    continue;
                  if (strstr (name, "index") != NULL)
                    {
                      g_assert_cmpfloat (months[m], >=, 0);
                      g_assert_cmpfloat (months[m], <=, 100);
                      indices++;
                    }
                  mean[year - 2022] += months[m];
                  n++;
                }
              mean[year - 2022] = n ? mean[year - 2022] / n : NAN;
            }
          /* A count does not fall to a third, nor triple, in a year. */
          if (sk_indicator_get_aggregation (ind) == SK_AGGREGATION_SUM)
            for (int y = 1; y < 4; y++)
              if (mean[y - 1] > 0 && mean[y] > 0)
                {
                  if (mean[y] < mean[y - 1] / 2 || mean[y] > mean[y - 1] * 2)
                    g_test_message ("%s at %s: %.0f → %.0f", sk_indicator_get_name (ind),
                                    sk_unit_get_name (unit), mean[y - 1], mean[y]);
                  g_assert_cmpfloat (mean[y], >=, mean[y - 1] / 2);
                  g_assert_cmpfloat (mean[y], <=, mean[y - 1] * 2);
                }

          /* The reported year to date at April is what the months give. */
          {
            g_autoptr(SkOutcome) ytd = sk_store_get_outcome (store, id, unit_id, "2024-04", SK_OUTCOME_YTD);
            SkAggregation agg = sk_indicator_get_aggregation (ind);
            double months[12], from_months;

            /* An economy indicator's 2024 comes from the budget, not the demo. */
            if (ytd == NULL || sk_outcome_get_fictional (ytd) || agg == SK_AGGREGATION_RATIO
                || sk_store_budget_gives (store, id, 2024))
              continue;
            year_months (store, ind, unit_id, 2024, months);
            from_months = sk_aggregate (agg, months, NULL, NULL, 4, FALSE);
            g_test_message ("%s at %s: reported %.3f, from the months %.3f", sk_indicator_get_name (ind),
                            sk_unit_get_name (unit), sk_outcome_get_value (ytd), from_months);
            g_assert_cmpfloat (fabs (from_months - sk_outcome_get_value (ytd)), <=,
                               0.001 * MAX (1, fabs (sk_outcome_get_value (ytd))));
            ytds++;
          }
        }
    }
  g_assert_cmpuint (indices, >, 0);
  g_assert_cmpuint (ytds, >=, 5);

  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/same-seed-same-figures", test_same_seed_same_figures);
  g_test_add_func ("/demo/fictional-and-real", test_fictional_and_real);
  g_test_add_func ("/demo/no-plan", test_no_plan_refused);
  g_test_add_func ("/demo/example-looks-real", test_example_looks_real);

  return g_test_run ();
}
