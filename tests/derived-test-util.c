/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "derived-test-util"

#include "config.h"

#include <glib/gstdio.h>

#include "derived-test-util.h"

void
sk_derived_fixture_set_up (SkDerivedFixture *fx,
                           const char       *tmpl)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(SkUnit) unit = NULL;

  fx->dir = g_dir_make_tmp (tmpl, &error);
  g_assert_no_error (error);
  path = g_build_filename (fx->dir, "test.db", NULL);
  fx->store = sk_store_open (path, &error);
  g_assert_no_error (error);
  sk_store_set_user (fx->store, "test");

  unit = sk_store_add_unit (fx->store, 0, "Vårdcentral Norr", "VC N", &error);
  g_assert_no_error (error);
  fx->unit_id = sk_record_get_id (SK_RECORD (unit));
}

void
sk_derived_fixture_tear_down (SkDerivedFixture *fx)
{
  g_autofree char *path = g_build_filename (fx->dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_object (&fx->store);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
  g_rmdir (fx->dir);
  g_clear_pointer (&fx->dir, g_free);
}

SkIndicator *
sk_derived_add_indicator (SkDerivedFixture *fx,
                          const char       *name,
                          SkAggregation     aggregation,
                          const char       *measure_unit,
                          SkDirection       direction,
                          double            tolerance)
{
  g_autoptr(GError) error = NULL;
  SkIndicator *ind = sk_indicator_new ();

  sk_indicator_set_name (ind, name);
  sk_indicator_set_aggregation (ind, aggregation);
  sk_indicator_set_measure_unit (ind, measure_unit);
  sk_indicator_set_direction (ind, direction);
  if (tolerance >= 0)
    sk_indicator_set_tolerance (ind, tolerance);
  sk_store_save_indicator (fx->store, ind, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_record_get_id (SK_RECORD (ind)), >, 0);
  return ind;
}

void
sk_derived_put_outcome (SkDerivedFixture *fx,
                        SkIndicator      *ind,
                        const char       *period,
                        SkOutcomeKind     kind,
                        double            value,
                        double            numerator,
                        double            denominator,
                        const char       *missing_reason)
{
  g_autoptr(SkOutcome) o = sk_outcome_new ();
  g_autoptr(GError) error = NULL;

  sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
  sk_outcome_set_unit_id (o, fx->unit_id);
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, kind);
  sk_outcome_set_value (o, value);
  sk_outcome_set_numerator (o, numerator);
  sk_outcome_set_denominator (o, denominator);
  sk_outcome_set_missing_reason (o, missing_reason);
  sk_store_set_outcome (fx->store, o, &error);
  g_assert_no_error (error);
}

void
sk_derived_set_target (SkDerivedFixture *fx,
                       SkIndicator      *ind,
                       int               year,
                       const char       *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = sk_store_get_plan (fx->store, year);

  /* A target belongs to a year's plan. */
  if (plan == NULL)
    plan = sk_store_create_plan (fx->store, year, NULL, &error);
  g_assert_no_error (error);
  sk_store_set_target (fx->store, sk_record_get_id (SK_RECORD (ind)), year, text, &error);
  g_assert_no_error (error);
}

void
sk_derived_compute (SkDerivedFixture *fx,
                    SkIndicator      *ind,
                    const char       *period,
                    SkFigures        *out)
{
  g_assert_true (sk_figures_compute (fx->store, ind, fx->unit_id, period, out));
}
