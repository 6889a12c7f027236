/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-derived"

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "derived-test-util.h"

#define EPS 1e-9

/* ---- Pure aggregation ---- */

static void
test_aggregate_sum_mean_latest (void)
{
  const double values[] = { 60000, 61000, 61465, 66020 };

  g_assert_cmpfloat_with_epsilon (sk_aggregate (SK_AGGREGATION_SUM, values, NULL, NULL, 4, FALSE),
                                  248485, EPS);
  g_assert_cmpfloat_with_epsilon (sk_aggregate (SK_AGGREGATION_MEAN, values, NULL, NULL, 4, FALSE),
                                  62121.25, EPS);
  g_assert_cmpfloat_with_epsilon (sk_aggregate (SK_AGGREGATION_LATEST, values, NULL, NULL, 4, FALSE),
                                  66020, EPS);
  /* Only the first two months. */
  g_assert_cmpfloat_with_epsilon (sk_aggregate (SK_AGGREGATION_SUM, values, NULL, NULL, 2, FALSE),
                                  121000, EPS);
}

static void
test_aggregate_nan_is_a_gap (void)
{
  const double values[] = { 10, NAN, 20, NAN };
  const double none[] = { NAN, NAN, NAN };

  g_assert_cmpfloat_with_epsilon (sk_aggregate (SK_AGGREGATION_SUM, values, NULL, NULL, 4, FALSE), 30, EPS);
  /* A zero would give 7.5: the gap does not count. */
  g_assert_cmpfloat_with_epsilon (sk_aggregate (SK_AGGREGATION_MEAN, values, NULL, NULL, 4, FALSE), 15, EPS);
  /* The last month is missing: the latest reported one stands. */
  g_assert_cmpfloat_with_epsilon (sk_aggregate (SK_AGGREGATION_LATEST, values, NULL, NULL, 4, FALSE), 20, EPS);

  g_assert_true (isnan (sk_aggregate (SK_AGGREGATION_SUM, none, NULL, NULL, 3, FALSE)));
  g_assert_true (isnan (sk_aggregate (SK_AGGREGATION_MEAN, none, NULL, NULL, 3, FALSE)));
  g_assert_true (isnan (sk_aggregate (SK_AGGREGATION_LATEST, none, NULL, NULL, 3, FALSE)));
  g_assert_true (isnan (sk_aggregate (SK_AGGREGATION_RATIO, NULL, none, none, 3, TRUE)));
  g_assert_true (isnan (sk_aggregate (SK_AGGREGATION_SUM, values, NULL, NULL, 0, FALSE)));
}

static void
test_aggregate_ratio (void)
{
  /* 90 of 100, then 10 of 50: 100 of 150 overall = 66,7 %, while the
   * mean of the two monthly shares (90 % and 20 %) would be 55 %. */
  const double num[] = { 90, 10, NAN };
  const double den[] = { 100, 50, NAN };
  const double shares[] = { 90, 20, NAN };
  double ratio = sk_aggregate (SK_AGGREGATION_RATIO, shares, num, den, 3, TRUE);
  double mean = sk_aggregate (SK_AGGREGATION_MEAN, shares, NULL, NULL, 3, FALSE);

  g_assert_cmpfloat_with_epsilon (ratio, 100.0 / 150.0 * 100.0, EPS);
  g_assert_cmpfloat_with_epsilon (mean, 55, EPS);
  g_assert_cmpfloat (fabs (ratio - mean), >, 1);

  /* Not a percentage: a plain quotient. */
  g_assert_cmpfloat_with_epsilon (sk_aggregate (SK_AGGREGATION_RATIO, NULL, num, den, 3, FALSE),
                                  100.0 / 150.0, EPS);
}

static void
test_tertials (void)
{
  static const int expected[] = { 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3 };

  for (int m = 1; m <= 12; m++)
    g_assert_cmpint (sk_tertial_of (m), ==, expected[m - 1]);

  g_assert_cmpint (sk_tertial_first_month (1), ==, 1);
  g_assert_cmpint (sk_tertial_first_month (2), ==, 5);
  g_assert_cmpint (sk_tertial_first_month (3), ==, 9);
}

/* ---- Figures from a real store ---- */

typedef SkDerivedFixture Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  sk_derived_fixture_set_up (fx, "styrkort-derived-XXXXXX");
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  sk_derived_fixture_tear_down (fx);
}

#define add_indicator(fx, name, aggregation, measure_unit, direction) \
  sk_derived_add_indicator ((fx), (name), (aggregation), (measure_unit), (direction), -1)
#define put_full sk_derived_put_outcome
#define set_target sk_derived_set_target
#define compute sk_derived_compute

static void
put (Fixture     *fx,
     SkIndicator *ind,
     const char  *period,
     double       value)
{
  put_full (fx, ind, period, SK_OUTCOME_MONTH, value, NAN, NAN, NULL);
}

static void
test_figures_sum (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Antal besök inkl. distans",
                                              SK_AGGREGATION_SUM, "", SK_DIRECTION_HIGHER);
  SkFigures f;

  put (fx, ind, "2024-01", 60000);
  put (fx, ind, "2024-02", 61000);
  put (fx, ind, "2024-03", 61465);
  put (fx, ind, "2024-04", 66020);
  put (fx, ind, "2024-05", 1);   /* after the period: never counted */
  set_target (fx, ind, 2024, "56 632");

  compute (fx, ind, "2024-04", &f);
  g_assert_cmpfloat_with_epsilon (f.month, 66020, EPS);
  g_assert_cmpfloat_with_epsilon (f.ytd, 248485, EPS);
  g_assert_false (f.ytd_reported);
  g_assert_cmpuint (f.ytd_months, ==, 4);
  g_assert_cmpfloat_with_epsilon (f.tertial, 248485, EPS);
  /* Four months are not a rolling year: no R12 from them. */
  g_assert_true (isnan (f.r12));
  g_assert_nonnull (f.target);
  g_assert_cmpfloat_with_epsilon (f.threshold, 56632, EPS);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  /* 248 485 against 4 × 56 632 = 226 528, not against 56 632 alone. */
  g_assert_cmpint (f.ytd_status, ==, SK_STATUS_MET);
  sk_figures_clear (&f);

  /* February: the year so far is two months. */
  compute (fx, ind, "2024-02", &f);
  g_assert_cmpfloat_with_epsilon (f.ytd, 121000, EPS);
  g_assert_cmpuint (f.ytd_months, ==, 2);
  sk_figures_clear (&f);

  /* May opens the second tertial. */
  compute (fx, ind, "2024-05", &f);
  g_assert_cmpfloat_with_epsilon (f.tertial, 1, EPS);
  g_assert_cmpfloat_with_epsilon (f.ytd, 248486, EPS);
  sk_figures_clear (&f);
}

static void
test_figures_sum_ytd_below_months_target (Fixture       *fx,
                                          gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Antal hembesök",
                                              SK_AGGREGATION_SUM, "st", SK_DIRECTION_HIGHER);
  SkFigures f;

  /* February alone beats 100, but the two months together (170) fall
   * short of 2 × 100 by more than the 5 % tolerance. */
  put (fx, ind, "2024-01", 20);
  put (fx, ind, "2024-02", 150);
  set_target (fx, ind, 2024, "100 st");

  compute (fx, ind, "2024-02", &f);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  g_assert_cmpint (f.ytd_status, ==, SK_STATUS_NOT_MET);
  sk_figures_clear (&f);
}

static void
test_figures_mean_share (Fixture       *fx,
                         gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Telefontillgänglighet",
                                              SK_AGGREGATION_MEAN, "%", SK_DIRECTION_HIGHER);
  SkFigures f;

  put (fx, ind, "2024-01", 93.0);
  put (fx, ind, "2024-02", 92.0);
  put (fx, ind, "2024-03", 93.1);
  put (fx, ind, "2024-04", 91.1);
  set_target (fx, ind, 2024, ">95 %");

  compute (fx, ind, "2024-04", &f);
  g_assert_cmpfloat_with_epsilon (f.month, 91.1, EPS);
  g_assert_cmpfloat_with_epsilon (f.ytd, 92.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (f.status_value, 91.1, EPS);
  /* 91,1 misses 95 but lies within 5 % of it. */
  g_assert_cmpint (f.status, ==, SK_STATUS_NEAR);
  g_assert_cmpint (f.ytd_status, ==, SK_STATUS_NEAR);
  sk_figures_clear (&f);

  /* A figure the source system reported wins over the computed one. */
  put_full (fx, ind, "2024-04", SK_OUTCOME_YTD, 92.5, NAN, NAN, NULL);
  compute (fx, ind, "2024-04", &f);
  g_assert_cmpfloat_with_epsilon (f.ytd, 92.5, EPS);
  g_assert_true (f.ytd_reported);
  g_assert_cmpfloat_with_epsilon (f.month, 91.1, EPS);
  sk_figures_clear (&f);

  /* The target belongs to its year: none set for 2025. */
  put (fx, ind, "2025-01", 97.0);
  compute (fx, ind, "2025-01", &f);
  g_assert_null (f.target);
  g_assert_cmpint (f.status, ==, SK_STATUS_NO_TARGET);
  g_assert_true (isnan (f.threshold));
  sk_figures_clear (&f);
}

static void
test_figures_ratio (Fixture       *fx,
                    gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Andel besök på distans",
                                              SK_AGGREGATION_RATIO, "%", SK_DIRECTION_HIGHER);
  SkFigures f;

  put_full (fx, ind, "2024-01", SK_OUTCOME_MONTH, NAN, 90, 100, NULL);
  put_full (fx, ind, "2024-02", SK_OUTCOME_MONTH, NAN, 10, 50, NULL);
  set_target (fx, ind, 2024, ">10 %");

  compute (fx, ind, "2024-02", &f);
  /* The month's own share, derived from its parts by the store. */
  g_assert_cmpfloat_with_epsilon (f.month, 20, EPS);
  /* 100 of 150, not the mean of 90 % and 20 %. */
  g_assert_cmpfloat_with_epsilon (f.ytd, 100.0 / 150.0 * 100.0, 1e-9);
  g_assert_cmpuint (f.ytd_months, ==, 2);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  sk_figures_clear (&f);
}

static void
test_figures_latest_and_gap (Fixture       *fx,
                             gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Korta väntetiden på Tandregleringen",
                                              SK_AGGREGATION_LATEST, "mån", SK_DIRECTION_LOWER);
  SkFigures f;

  put (fx, ind, "2024-01", 14);
  put (fx, ind, "2024-02", 12.8);
  put_full (fx, ind, "2024-03", SK_OUTCOME_MONTH, NAN, NAN, NAN, "Nytt journalsystem");
  put (fx, ind, "2024-04", 13);
  set_target (fx, ind, 2024, "16 mån");

  compute (fx, ind, "2024-04", &f);
  g_assert_cmpfloat_with_epsilon (f.month, 13, EPS);
  g_assert_cmpfloat_with_epsilon (f.ytd, 13, EPS);
  g_assert_cmpuint (f.ytd_months, ==, 3);
  /* 13 months against "16 mån" where lower is better. */
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  sk_figures_clear (&f);

  /* The missing month: no value, its reason kept, the latest before stands. */
  compute (fx, ind, "2024-03", &f);
  g_assert_true (isnan (f.month));
  g_assert_cmpstr (f.missing_reason, ==, "Nytt journalsystem");
  g_assert_cmpfloat_with_epsilon (f.ytd, 12.8, EPS);
  g_assert_cmpuint (f.ytd_months, ==, 2);
  g_assert_cmpint (f.ytd_through, ==, 2);
  /* The status judges the latest figure up to March: February's. */
  g_assert_cmpfloat_with_epsilon (f.status_value, 12.8, EPS);
  g_assert_cmpint (f.status_month, ==, 2);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  sk_figures_clear (&f);
}

static void
test_figures_gap_not_zero (Fixture       *fx,
                           gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Sjukfrånvaro",
                                              SK_AGGREGATION_MEAN, "%", SK_DIRECTION_LOWER);
  SkFigures f;

  put (fx, ind, "2024-01", 6.0);
  put_full (fx, ind, "2024-02", SK_OUTCOME_MONTH, NAN, NAN, NAN, "Nytt schemasystem");
  put (fx, ind, "2024-03", 5.0);

  compute (fx, ind, "2024-03", &f);
  /* (6 + 5) / 2, not (6 + 0 + 5) / 3. */
  g_assert_cmpfloat_with_epsilon (f.ytd, 5.5, EPS);
  g_assert_cmpuint (f.ytd_months, ==, 2);
  sk_figures_clear (&f);
}

static void
test_figures_r12 (Fixture       *fx,
                  gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Övertid",
                                              SK_AGGREGATION_SUM, "", SK_DIRECTION_LOWER);
  g_autoptr(SkIndicator) turnover = add_indicator (fx, "Personalomsättning (R12)",
                                                   SK_AGGREGATION_MEAN, "%", SK_DIRECTION_LOWER);
  SkFigures f;

  /* April 2023 falls just outside the 12 months ending April 2024. */
  put (fx, ind, "2023-04", 1000);
  for (int m = 5; m <= 12; m++)
    {
      g_autofree char *p = g_strdup_printf ("2023-%02d", m);
      put (fx, ind, p, 10);
    }
  for (int m = 1; m <= 4; m++)
    {
      g_autofree char *p = g_strdup_printf ("2024-%02d", m);
      put (fx, ind, p, 20);
    }

  compute (fx, ind, "2024-04", &f);
  g_assert_cmpfloat_with_epsilon (f.r12, 8 * 10 + 4 * 20, EPS);
  g_assert_false (f.r12_reported);
  g_assert_cmpfloat_with_epsilon (f.ytd, 80, EPS);
  sk_figures_clear (&f);

  /* No month at all in the window: no R12, not a zero. */
  compute (fx, ind, "2025-06", &f);
  g_assert_true (isnan (f.r12));
  g_assert_true (isnan (f.ytd));
  g_assert_cmpint (f.status, ==, SK_STATUS_NO_VALUE);
  sk_figures_clear (&f);

  /* Reported R12 only: it is both the R12 and the value judged. */
  put_full (fx, turnover, "2024-04", SK_OUTCOME_R12, 17.09, NAN, NAN, NULL);
  set_target (fx, turnover, 2024, "<15,2 %");
  compute (fx, turnover, "2024-04", &f);
  g_assert_true (f.r12_reported);
  g_assert_cmpfloat_with_epsilon (f.r12, 17.09, EPS);
  g_assert_true (isnan (f.month));
  g_assert_cmpfloat_with_epsilon (f.status_value, 17.09, EPS);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_MET);
  sk_figures_clear (&f);
}

static void
test_figures_relative_and_reference (Fixture       *fx,
                                     gconstpointer  data)
{
  g_autoptr(SkIndicator) visits = add_indicator (fx, "Antal videobesök",
                                                 SK_AGGREGATION_SUM, "", SK_DIRECTION_HIGHER);
  g_autoptr(SkIndicator) result = add_indicator (fx, "Ekonomiskt resultat",
                                                 SK_AGGREGATION_SUM, "tkr", SK_DIRECTION_HIGHER);
  SkFigures f;

  put (fx, visits, "2024-12", 100);
  put (fx, visits, "2025-01", 125);
  set_target (fx, visits, 2025, "ökning med 20% mot utfall 2024-12-31");

  compute (fx, visits, "2025-01", &f);
  g_assert_cmpfloat_with_epsilon (f.baseline, 100, EPS);
  g_assert_cmpfloat_with_epsilon (f.threshold, 120, 1e-9);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  sk_figures_clear (&f);

  put (fx, result, "2024-04", 40);
  set_target (fx, result, 2024, "Enligt budget");
  compute (fx, result, "2024-04", &f);
  /* No budget figure entered: the target cannot judge. */
  g_assert_true (isnan (f.reference));
  g_assert_cmpint (f.status, ==, SK_STATUS_NO_TARGET);
  sk_figures_clear (&f);

  put_full (fx, result, "2024-04", SK_OUTCOME_REFERENCE, 50, NAN, NAN, NULL);
  compute (fx, result, "2024-04", &f);
  g_assert_cmpfloat_with_epsilon (f.reference, 50, EPS);
  g_assert_cmpfloat_with_epsilon (f.threshold, 50, EPS);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_MET);
  sk_figures_clear (&f);
}

/* A target written in another unit ("834 st" for a share) cannot judge
 * the value: not comparable, neither a false "not met" nor "no target". */
static void
test_target_in_other_unit (Fixture       *fx,
                           gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = add_indicator (fx, "Journalgranskning", SK_AGGREGATION_MEAN, "%",
                                              SK_DIRECTION_HIGHER);
  SkFigures f;

  put (fx, ind, "2024-04", 71.2);
  set_target (fx, ind, 2024, "834 st");
  compute (fx, ind, "2024-04", &f);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_COMPARABLE);
  g_assert_cmpint (f.ytd_status, ==, SK_STATUS_NOT_COMPARABLE);
  g_assert_cmpstr (sk_status_to_string (f.status), ==, "not-comparable");
  g_assert_true (isnan (f.threshold));
  sk_figures_clear (&f);

  set_target (fx, ind, 2024, ">95 %");
  compute (fx, ind, "2024-04", &f);
  g_assert_cmpint (f.status, ==, SK_STATUS_NOT_MET);
  g_assert_cmpfloat (f.threshold, ==, 95);
  sk_figures_clear (&f);
}

/* A year to date reported for January–April goes on with May's month:
 * the reported months are not dropped. */
static void
test_ytd_continues_reported (Fixture       *fx,
                             gconstpointer  data)
{
  g_autoptr(SkIndicator) visits = add_indicator (fx, "Besök", SK_AGGREGATION_SUM, "", SK_DIRECTION_HIGHER);
  g_autoptr(SkIndicator) phone = add_indicator (fx, "Telefon", SK_AGGREGATION_MEAN, "%", SK_DIRECTION_HIGHER);
  SkFigures f;

  put_full (fx, visits, "2024-04", SK_OUTCOME_YTD, 248485, NAN, NAN, NULL);
  put (fx, visits, "2024-04", 66020);
  put (fx, visits, "2024-05", 60000);
  compute (fx, visits, "2024-05", &f);
  g_assert_false (f.ytd_reported);
  g_assert_cmpfloat_with_epsilon (f.ytd, 308485, 1e-9);
  g_assert_cmpuint (f.ytd_months, ==, 5);
  sk_figures_clear (&f);

  /* Before May is entered, April's reported figure is what there is. */
  compute (fx, visits, "2024-04", &f);
  g_assert_true (f.ytd_reported);
  g_assert_cmpfloat (f.ytd, ==, 248485);
  sk_figures_clear (&f);

  put_full (fx, phone, "2024-04", SK_OUTCOME_YTD, 92.3, NAN, NAN, NULL);
  put (fx, phone, "2024-05", 95);
  compute (fx, phone, "2024-05", &f);
  g_assert_cmpfloat_with_epsilon (f.ytd, (92.3 * 4 + 95) / 5, 1e-9);
  sk_figures_clear (&f);

  /* A reported figure of another year does not carry over. */
  put (fx, phone, "2025-01", 90);
  compute (fx, phone, "2025-01", &f);
  g_assert_cmpfloat (f.ytd, ==, 90);
  sk_figures_clear (&f);
}

/* At May before May is entered, the year to date is the one through
 * April (reported 248 485), not April's month alone, and says so. */
static void
test_figures_ytd_through_latest (Fixture       *fx,
                                 gconstpointer  data)
{
  g_autoptr(SkIndicator) visits = add_indicator (fx, "Antal besök inkl. distans",
                                                 SK_AGGREGATION_SUM, "", SK_DIRECTION_HIGHER);
  g_autoptr(SkIndicator) turnover = add_indicator (fx, "Personalomsättning",
                                                   SK_AGGREGATION_MEAN, "%", SK_DIRECTION_LOWER);
  g_autofree char *text = NULL;
  g_autofree char *when = NULL;
  SkFigures f;

  put (fx, visits, "2024-04", 66020);
  put_full (fx, visits, "2024-04", SK_OUTCOME_YTD, 248485, NAN, NAN, NULL);
  set_target (fx, visits, 2024, "56 632");

  compute (fx, visits, "2024-05", &f);
  g_assert_true (isnan (f.month));
  g_assert_cmpfloat_with_epsilon (f.ytd, 248485, EPS);
  g_assert_true (f.ytd_reported);
  g_assert_cmpint (f.ytd_through, ==, 4);
  /* 248 485 against 4 × 56 632, not 5 ×. */
  g_assert_cmpint (f.ytd_status, ==, SK_STATUS_MET);
  /* The status judges April's month, the latest figure. */
  g_assert_cmpfloat_with_epsilon (f.status_value, 66020, EPS);
  g_assert_cmpint (f.status_month, ==, 4);
  g_assert_cmpint (f.status, ==, SK_STATUS_MET);
  text = sk_figures_format (&f, visits, f.ytd);
  g_assert_cmpstr (text, ==, "248\u2009485");
  when = sk_figures_status_when (&f);
  g_assert_nonnull (when);
  sk_figures_clear (&f);

  /* A reported R12 stands until the next one, named with its month. */
  put_full (fx, turnover, "2024-04", SK_OUTCOME_R12, 17.09, NAN, NAN, NULL);
  compute (fx, turnover, "2024-06", &f);
  g_assert_true (f.r12_reported);
  g_assert_cmpfloat_with_epsilon (f.r12, 17.09, EPS);
  g_assert_cmpint (f.r12_through, ==, 4);
  g_assert_cmpint (f.decimals, ==, 2);
  sk_figures_clear (&f);
}

/* Figures are shown with the precision they were entered with, not the
 * arithmetic's, and judged as shown. */
static void
test_figures_decimals (Fixture       *fx,
                       gconstpointer  data)
{
  g_autoptr(SkIndicator) phone = add_indicator (fx, "Telefontillgänglighet",
                                                SK_AGGREGATION_MEAN, "%", SK_DIRECTION_HIGHER);
  g_autoptr(SkIndicator) sick = add_indicator (fx, "Sjukfrånvaro",
                                               SK_AGGREGATION_MEAN, "%", SK_DIRECTION_LOWER);
  g_autofree char *ytd = NULL;
  g_autofree char *month = NULL;
  SkFigures f;

  put (fx, phone, "2024-04", 91.1);
  put_full (fx, phone, "2024-04", SK_OUTCOME_YTD, 92.3, NAN, NAN, NULL);
  put (fx, phone, "2024-05", 93.5);
  compute (fx, phone, "2024-05", &f);
  /* (92,3 × 4 + 93,5) / 5 = 92,54, shown as 92,5 like the figures typed. */
  g_assert_cmpfloat_with_epsilon (f.ytd, 92.54, 1e-9);
  g_assert_cmpint (f.decimals, ==, 1);
  ytd = sk_figures_format (&f, phone, f.ytd);
  g_assert_cmpstr (ytd, ==, "92,5 %");
  month = sk_figures_format (&f, phone, f.month);
  g_assert_cmpstr (month, ==, "93,5 %");
  sk_figures_clear (&f);

  /* 5,36 shows as 5,4: not "met" against "<5,4 %". */
  put (fx, sick, "2024-01", 5.3);
  put (fx, sick, "2024-02", 5.3);
  put (fx, sick, "2024-03", 5.5);
  put (fx, sick, "2024-04", 5.2);
  put (fx, sick, "2024-05", 5.5);
  set_target (fx, sick, 2024, "<5,4 %");
  compute (fx, sick, "2024-05", &f);
  g_assert_cmpfloat_with_epsilon (f.ytd, 5.36, 1e-9);
  g_assert_cmpint (f.ytd_status, !=, SK_STATUS_MET);
  sk_figures_clear (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/derived/aggregate/sum-mean-latest", test_aggregate_sum_mean_latest);
  g_test_add_func ("/derived/aggregate/nan-is-a-gap", test_aggregate_nan_is_a_gap);
  g_test_add_func ("/derived/aggregate/ratio", test_aggregate_ratio);
  g_test_add_func ("/derived/tertials", test_tertials);
  g_test_add ("/derived/ytd-continues-reported", Fixture, NULL, fixture_set_up, test_ytd_continues_reported, fixture_tear_down);
  g_test_add ("/derived/target-in-other-unit", Fixture, NULL, fixture_set_up, test_target_in_other_unit, fixture_tear_down);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/derived/figures/sum", test_figures_sum);
  ADD ("/derived/figures/sum-ytd-against-months", test_figures_sum_ytd_below_months_target);
  ADD ("/derived/figures/mean-share", test_figures_mean_share);
  ADD ("/derived/figures/ratio", test_figures_ratio);
  ADD ("/derived/figures/latest-and-gap", test_figures_latest_and_gap);
  ADD ("/derived/figures/gap-not-zero", test_figures_gap_not_zero);
  ADD ("/derived/figures/r12", test_figures_r12);
  ADD ("/derived/figures/relative-and-reference", test_figures_relative_and_reference);
  ADD ("/derived/figures/ytd-through-latest", test_figures_ytd_through_latest);
  ADD ("/derived/figures/decimals", test_figures_decimals);
#undef ADD

  return g_test_run ();
}
