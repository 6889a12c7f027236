/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-derived-forms"

/*
 * How the forms planners write targets in are judged from stored
 * outcomes: the qualifier picks the figure, "keep the level" is last
 * year's year-end outcome, a target in another unit is not comparable, and
 * what a reference target was measured against is said beside it.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "derived-test-util.h"
#include "sk-format.h"

#define EPS 1e-9

typedef SkDerivedFixture Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  sk_derived_fixture_set_up (fx, "styrkort-derived-forms-XXXXXX");
  /* Targets belong to a year's plan. */
  for (int year = 2024; year <= 2025; year++)
    {
      g_autoptr(SkPlan) plan = sk_store_create_plan (fx->store, year, "Verksamhetsplan", &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  sk_derived_fixture_tear_down (fx);
}

/* No "near": every case here is met or not met. */
#define add_indicator(fx, name, aggregation, measure_unit, direction) \
  sk_derived_add_indicator ((fx), (name), (aggregation), (measure_unit), (direction), 0)
#define put_kind(fx, ind, period, kind, value) \
  sk_derived_put_outcome ((fx), (ind), (period), (kind), (value), NAN, NAN, NULL)
#define set_target sk_derived_set_target
#define compute sk_derived_compute

static void
put_months (Fixture      *fx,
            SkIndicator  *ind,
            int           year,
            const double *values,
            int           n)
{
  for (int m = 1; m <= n; m++)
    {
      g_autofree char *period = sk_period_make (year, m);

      put_kind (fx, ind, period, SK_OUTCOME_MONTH, values[m - 1]);
    }
}

/* A share whose months fall: April alone misses ">90 %", the year's mean
 * meets it. The qualifier decides which of the two is judged. */
static void
test_qualifier_mean (Fixture       *fx,
                     gconstpointer  data)
{
  static const double months[] = { 96, 94, 92, 86 };
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Telefontillgänglighet", SK_AGGREGATION_LATEST, "%",
                                              SK_DIRECTION_HIGHER);
  SkFigures f;

  put_months (fx, ind, 2025, months, 4);

  set_target (fx, ind, 2025, ">90 %");
  compute (fx, ind, "2025-04", &f);
  g_assert_cmpfloat_with_epsilon (f.status_value, 86, EPS);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_MET);
  sk_figures_clear (&f);

  /* The indicator's own aggregation is LATEST; the text asks for the mean. */
  set_target (fx, ind, 2025, ">90 % ackumulerat medelvärde");
  compute (fx, ind, "2025-04", &f);
  g_assert_cmpfloat_with_epsilon (f.status_value, 92, EPS);
  g_assert_cmpint (f.status_month, ==, 4);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  g_assert_cmpint (f.ytd_status, ==, SK_STATUS_MET);
  sk_figures_clear (&f);

  set_target (fx, ind, 2025, "medelvärde >90 % / gäller vardagar");
  compute (fx, ind, "2025-04", &f);
  g_assert_cmpfloat_with_epsilon (f.status_value, 92, EPS);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  sk_figures_clear (&f);
}

/* A count judged month by month against "5 000", or as the year's sum
 * against "ackumulerat minst 18 000". */
static void
test_qualifier_ytd_sum (Fixture       *fx,
                        gconstpointer  data)
{
  static const double months[] = { 4000, 4500, 5000, 5500 };
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Antal besök", SK_AGGREGATION_MEAN, "",
                                              SK_DIRECTION_HIGHER);
  g_autofree char *when = NULL;
  SkFigures f;

  put_months (fx, ind, 2025, months, 4);
  set_target (fx, ind, 2025, "ackumulerat minst 18 000");
  compute (fx, ind, "2025-04", &f);
  /* Summed although the indicator's own aggregation is the mean. */
  g_assert_cmpfloat_with_epsilon (f.status_value, 19000, EPS);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  g_assert_cmpint (f.ytd_status, ==, SK_STATUS_MET);
  when = sk_figures_status_when (&f);
  /* The year so far, not the month: "to Apr 2025". */
  g_assert_cmpstr (when, ==, "to Apr 2025");
  sk_figures_clear (&f);

  set_target (fx, ind, 2025, "ackumulerat minst 20 000");
  compute (fx, ind, "2025-04", &f);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_MET);
  sk_figures_clear (&f);
}

/* "R12" judges the rolling twelve months, not the month. */
static void
test_qualifier_r12 (Fixture       *fx,
                    gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Personalomsättning", SK_AGGREGATION_LATEST, "%",
                                              SK_DIRECTION_LOWER);
  SkFigures f;

  put_kind (fx, ind, "2025-04", SK_OUTCOME_MONTH, 12.0);
  put_kind (fx, ind, "2025-04", SK_OUTCOME_R12, 17.1);

  set_target (fx, ind, 2025, "<15,2 %");
  compute (fx, ind, "2025-04", &f);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  sk_figures_clear (&f);

  set_target (fx, ind, 2025, "<15,2 % R12");
  compute (fx, ind, "2025-04", &f);
  g_assert_cmpfloat_with_epsilon (f.status_value, 17.1, EPS);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_MET);
  g_assert_cmpint (f.r12_status, ==, SK_STATUS_NOT_MET);
  /* The year to date (12 %) is not what the target speaks of: not judged. */
  g_assert_cmpfloat_with_epsilon (f.ytd, 12.0, EPS);
  g_assert_cmpint (f.ytd_status, ==, SK_STATUS_NO_TARGET);
  /* Nor is April's own 12 % (the grid's month cell). */
  g_assert_cmpint (f.month_status, ==, SK_STATUS_NO_TARGET);
  sk_figures_clear (&f);
}

/* "Bibehålla nivån" for listed patients: at least December's figure of
 * the year before (LATEST: the year-end outcome is December's value). */
static void
test_keep_level_latest (Fixture       *fx,
                        gconstpointer  data)
{
  static const double last_year[] = { 56000, 56100, 56200, 56300, 56400, 56500,
                                      56550, 56600, 56620, 56630, 56640, 56632 };
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Antal listade patienter", SK_AGGREGATION_LATEST, "",
                                              SK_DIRECTION_HIGHER);
  g_autofree char *against = NULL;
  g_autofree char *target = NULL;
  SkFigures f;

  put_months (fx, ind, 2024, last_year, 12);
  set_target (fx, ind, 2025, "Bibehålla nivån");

  put_kind (fx, ind, "2025-03", SK_OUTCOME_MONTH, 56640);
  compute (fx, ind, "2025-03", &f);
  g_assert_cmpfloat_with_epsilon (f.baseline, 56632, EPS);
  g_assert_cmpfloat_with_epsilon (f.threshold, 56632, EPS);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  against = sk_figures_measured_against (&f, ind);
  g_assert_nonnull (strstr (against, "56"));
  sk_figures_clear (&f);

  put_kind (fx, ind, "2025-04", SK_OUTCOME_MONTH, 56600);
  compute (fx, ind, "2025-04", &f);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_MET);
  target = sk_figures_target_text (&f, ind);
  g_assert_true (g_str_has_prefix (target, "Bibehålla nivån ("));
  sk_figures_clear (&f);
}

/* For a share, the year-end outcome is the year's figure (its mean), not
 * December's month alone; with no outcome last year nothing is judged. */
static void
test_keep_level_mean (Fixture       *fx,
                      gconstpointer  data)
{
  static const double last_year[] = { 80, 82, 84, 86, 88, 90, 80, 82, 84, 86, 88, 90 };
  g_autoptr(SkIndicator) share = add_indicator (fx, "Andel i tid", SK_AGGREGATION_MEAN, "%",
                                                SK_DIRECTION_HIGHER);
  g_autoptr(SkIndicator) fresh = add_indicator (fx, "Ny indikator", SK_AGGREGATION_MEAN, "%",
                                                SK_DIRECTION_HIGHER);
  SkFigures f;

  put_months (fx, share, 2024, last_year, 12);
  set_target (fx, share, 2025, "oförändrat");
  put_kind (fx, share, "2025-01", SK_OUTCOME_MONTH, 86);
  compute (fx, share, "2025-01", &f);
  g_assert_cmpfloat_with_epsilon (f.baseline, 85, EPS);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  sk_figures_clear (&f);

  set_target (fx, fresh, 2025, "Bibehålla nivån");
  put_kind (fx, fresh, "2025-01", SK_OUTCOME_MONTH, 86);
  compute (fx, fresh, "2025-01", &f);
  g_assert_true (isnan (f.baseline));
  g_assert_cmpint (f.status, ==, SK_STATUS_NO_TARGET);
  sk_figures_clear (&f);
}

/* "834 st" for a share: not comparable, with or without a value. */
static void
test_not_comparable (Fixture       *fx,
                     gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Journalgranskning", SK_AGGREGATION_MEAN, "%",
                                              SK_DIRECTION_HIGHER);
  SkFigures f;

  set_target (fx, ind, 2025, "834 st");
  compute (fx, ind, "2025-04", &f);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_COMPARABLE);
  sk_figures_clear (&f);

  put_kind (fx, ind, "2025-04", SK_OUTCOME_MONTH, 71.2);
  compute (fx, ind, "2025-04", &f);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_COMPARABLE);
  g_assert_cmpint (f.r12_status, ==, SK_STATUS_NOT_COMPARABLE);
  g_assert_cmpstr (sk_status_to_string (f.status), ==, "not-comparable");
  g_assert_cmpstr (sk_status_mark (f.status), ==, "≠");
  sk_figures_clear (&f);
}

/* "Enligt budget": what ✗ was measured against is said with the target. */
static void
test_reference_shown (Fixture       *fx,
                      gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Antal besök", SK_AGGREGATION_SUM, "",
                                              SK_DIRECTION_HIGHER);
  g_autofree char *before = NULL;
  g_autofree char *against = NULL;
  g_autofree char *target = NULL;
  g_autofree char *words = NULL;
  SkFigures f;

  set_target (fx, ind, 2025, "Enligt budget");
  put_kind (fx, ind, "2025-04", SK_OUTCOME_MONTH, 5000);
  compute (fx, ind, "2025-04", &f);
  before = sk_figures_measured_against (&f, ind);
  g_assert_cmpstr (before, ==, "budget: no figure entered");
  sk_figures_clear (&f);

  put_kind (fx, ind, "2025-04", SK_OUTCOME_REFERENCE, 5227);
  compute (fx, ind, "2025-04", &f);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_MET);
  against = sk_figures_measured_against (&f, ind);
  target = sk_figures_target_text (&f, ind);
  g_assert_cmpstr (against, ==, "budget: 5\u2009227");
  g_assert_cmpstr (target, ==, "Enligt budget (budget: 5\u2009227)");
  /* The grid's cell says it too (tooltip and spoken label). */
  words = sk_figures_value_words (&f, ind, f.month, f.month_status);
  g_assert_cmpstr (words, ==, "5\u2009000, not met (budget: 5\u2009227)");
  sk_figures_clear (&f);

  /* At the year's end (Uppföljning, Helår) April is the latest figure:
   * judged against April's budget, not "no figure entered". */
  compute (fx, ind, "2025-12", &f);
  g_assert_cmpint (f.status_month, ==, 4);
  g_assert_cmpfloat_with_epsilon (f.reference, 5227, EPS);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_MET);
  sk_figures_clear (&f);
}

/* A target typed "0 Mnkr" for an indicator in "mnkr" is shown in the
 * indicator's spelling, so a card does not say both. */
static void
test_target_unit_spelling (Fixture       *fx,
                           gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Budgetavvikelse", SK_AGGREGATION_SUM, "mnkr",
                                              SK_DIRECTION_HIGHER);
  g_autoptr(SkIndicator) share = add_indicator (fx, "Andel", SK_AGGREGATION_MEAN, "%",
                                                SK_DIRECTION_HIGHER);
  g_autofree char *target = NULL;
  g_autofree char *other = NULL;
  SkFigures f;

  set_target (fx, ind, 2025, "0 Mnkr");
  put_kind (fx, ind, "2025-04", SK_OUTCOME_MONTH, 8.3);
  compute (fx, ind, "2025-04", &f);
  target = sk_figures_target_text (&f, ind);
  g_assert_cmpstr (target, ==, "0 mnkr");
  sk_figures_clear (&f);

  /* Otherwise as written. */
  set_target (fx, share, 2025, ">95 %");
  put_kind (fx, share, "2025-04", SK_OUTCOME_MONTH, 96);
  compute (fx, share, "2025-04", &f);
  other = sk_figures_target_text (&f, share);
  g_assert_cmpstr (other, ==, ">95 %");
  sk_figures_clear (&f);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/derived-forms/qualifier/mean", test_qualifier_mean);
  ADD ("/derived-forms/qualifier/ytd-sum", test_qualifier_ytd_sum);
  ADD ("/derived-forms/qualifier/r12", test_qualifier_r12);
  ADD ("/derived-forms/keep-level/latest", test_keep_level_latest);
  ADD ("/derived-forms/keep-level/mean", test_keep_level_mean);
  ADD ("/derived-forms/not-comparable", test_not_comparable);
  ADD ("/derived-forms/reference-shown", test_reference_shown);
  ADD ("/derived-forms/target-unit-spelling", test_target_unit_spelling);

  return g_test_run ();
}
