/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-target"

#include "config.h"

#include <locale.h>
#include <math.h>

#include <glib/gi18n-lib.h>

#include "sk-target.h"

#define THIN "\u2009"

/* One row per way a målvärde is written in the seeds. */
typedef struct {
  const char   *text;
  SkTargetKind  kind;
  SkComparator  comparator;
  double        value;  /* VALUE: the number; RELATIVE: the change */
  const char   *unit;   /* VALUE: unit; RELATIVE: baseline; REFERENCE: reference */
  const char   *canonical;
} SeedCase;

static const SeedCase seeds[] = {
  { ">95 %", SK_TARGET_VALUE, SK_COMPARATOR_GT, 95, "%", ">95 %" },
  { ">95%", SK_TARGET_VALUE, SK_COMPARATOR_GT, 95, "%", ">95 %" },
  { "<14,5 %", SK_TARGET_VALUE, SK_COMPARATOR_LT, 14.5, "%", "<14,5 %" },
  { "< 14,5%", SK_TARGET_VALUE, SK_COMPARATOR_LT, 14.5, "%", "<14,5 %" },
  { "<14,5%", SK_TARGET_VALUE, SK_COMPARATOR_LT, 14.5, "%", "<14,5 %" },
  { ">80", SK_TARGET_VALUE, SK_COMPARATOR_GT, 80, "", ">80" },
  { ">65", SK_TARGET_VALUE, SK_COMPARATOR_GT, 65, "", ">65" },
  { ">78", SK_TARGET_VALUE, SK_COMPARATOR_GT, 78, "", ">78" },
  { "<15 min", SK_TARGET_VALUE, SK_COMPARATOR_LT, 15, "min", "<15 min" },
  { "0 mnkr", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 0, "mnkr", "0 mnkr" },
  { "0 Mnkr", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 0, "mnkr", "0 mnkr" },
  { "<2%", SK_TARGET_VALUE, SK_COMPARATOR_LT, 2, "%", "<2 %" },
  { "<2 %", SK_TARGET_VALUE, SK_COMPARATOR_LT, 2, "%", "<2 %" },
  { ">10 %", SK_TARGET_VALUE, SK_COMPARATOR_GT, 10, "%", ">10 %" },
  { ">40%", SK_TARGET_VALUE, SK_COMPARATOR_GT, 40, "%", ">40 %" },
  { ">50%", SK_TARGET_VALUE, SK_COMPARATOR_GT, 50, "%", ">50 %" },
  { ">85%", SK_TARGET_VALUE, SK_COMPARATOR_GT, 85, "%", ">85 %" },
  { ">90 %", SK_TARGET_VALUE, SK_COMPARATOR_GT, 90, "%", ">90 %" },
  { ">70 %", SK_TARGET_VALUE, SK_COMPARATOR_GT, 70, "%", ">70 %" },
  { "16 mån", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 16, "mån", "16 mån" },
  { "56 632", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 56632, "", "56" THIN "632" },
  { "56" THIN "632", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 56632, "", "56" THIN "632" },
  { "834 st", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 834, "st", "834 st" },
  { "95%", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 95, "%", "95 %" },
  { "90%", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 90, "%", "90 %" },
  { "15 min", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 15, "min", "15 min" },
  { "15,2%", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 15.2, "%", "15,2 %" },
  { "2%", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 2, "%", "2 %" },
  { "76%", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 76, "%", "76 %" },
  { "40%", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 40, "%", "40 %" },
  { "32,5%", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 32.5, "%", "32,5 %" },
  { "5 227", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 5227, "", "5" THIN "227" },
  { "171 332", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 171332, "", "171" THIN "332" },
  { "Enligt budget", SK_TARGET_REFERENCE, SK_COMPARATOR_NONE, NAN, "budget", "Enligt budget" },
  { "Enligt produktionsplan", SK_TARGET_REFERENCE, SK_COMPARATOR_NONE, NAN, "produktionsplan",
    "Enligt produktionsplan" },
  { "Enligt \nproduktions\nplan", SK_TARGET_REFERENCE, SK_COMPARATOR_NONE, NAN, "produktionsplan",
    "Enligt produktionsplan" },
  { "Enligt produktions plan", SK_TARGET_REFERENCE, SK_COMPARATOR_NONE, NAN, "produktionsplan",
    "Enligt produktionsplan" },
  { "Bibehålla antal utifrån utfall 2024-12-31", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, 0,
    "2024-12-31", "Bibehålla antal utifrån utfall 2024-12-31" },
  { "ökning med 20% mot utfall 2024-12-31", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, 0.20,
    "2024-12-31", "ökning med 20 % mot utfall 2024-12-31" },
  { "ökning med 20% mot utfall 2024-12-\n31", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, 0.20,
    "2024-12-31", "ökning med 20 % mot utfall 2024-12-31" },
  { "minskning med 10 % mot utfall 2023-12-31", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, -0.10,
    "2023-12-31", "minskning med 10 % mot utfall 2023-12-31" },
  /* comparators and units people may also write */
  { "≥90 %", SK_TARGET_VALUE, SK_COMPARATOR_GE, 90, "%", "≥90 %" },
  { ">=90%", SK_TARGET_VALUE, SK_COMPARATOR_GE, 90, "%", "≥90 %" },
  { "≤ 5 dagar", SK_TARGET_VALUE, SK_COMPARATOR_LE, 5, "dagar", "≤5 dagar" },
  { "<= 3 dag", SK_TARGET_VALUE, SK_COMPARATOR_LE, 3, "dagar", "≤3 dagar" },
  { "= 0", SK_TARGET_VALUE, SK_COMPARATOR_EQ, 0, "", "=0" },
  { "minst 90 %", SK_TARGET_VALUE, SK_COMPARATOR_GE, 90, "%", "≥90 %" },
  { "Högst 12 månader", SK_TARGET_VALUE, SK_COMPARATOR_LE, 12, "mån", "≤12 mån" },
  { "max 15 min", SK_TARGET_VALUE, SK_COMPARATOR_LE, 15, "min", "≤15 min" },
  { "lägst 80", SK_TARGET_VALUE, SK_COMPARATOR_GE, 80, "", "≥80" },
  { "under 2 %", SK_TARGET_VALUE, SK_COMPARATOR_LT, 2, "%", "<2 %" },
  { "över 500 tkr", SK_TARGET_VALUE, SK_COMPARATOR_GT, 500, "tkr", ">500 tkr" },
  { "mer än 10", SK_TARGET_VALUE, SK_COMPARATOR_GT, 10, "", ">10" },
  { "mindre än 3,5 %", SK_TARGET_VALUE, SK_COMPARATOR_LT, 3.5, "%", "<3,5 %" },
  { "75 index", SK_TARGET_VALUE, SK_COMPARATOR_NONE, 75, "", "75" },
  { "-37 583 tkr", SK_TARGET_VALUE, SK_COMPARATOR_NONE, -37583, "tkr", "-37" THIN "583 tkr" },
  { "\u22123,2 mnkr", SK_TARGET_VALUE, SK_COMPARATOR_NONE, -3.2, "mnkr", "-3,2 mnkr" },
};

static const char *
rule_string (SkTarget *t)
{
  switch (sk_target_get_kind (t))
    {
    case SK_TARGET_RELATIVE:  return sk_target_get_baseline_date (t);
    case SK_TARGET_REFERENCE: return sk_target_get_reference (t);
    case SK_TARGET_EMPTY:
    case SK_TARGET_VALUE:
    case SK_TARGET_UNMEASURABLE:
    default:                  return sk_target_get_measure_unit (t);
    }
}

static double
rule_number (SkTarget *t)
{
  return sk_target_get_kind (t) == SK_TARGET_RELATIVE ? sk_target_get_change (t)
                                                       : sk_target_get_value (t);
}

static void
assert_seed (SkTarget *t, const SeedCase *c)
{
  if (sk_target_get_kind (t) != c->kind)
    g_error ("“%s”: kind %d, expected %d (%s)", c->text, sk_target_get_kind (t), c->kind,
             sk_target_get_reason (t));
  g_assert_cmpint (sk_target_get_comparator (t), ==, c->comparator);
  g_assert_cmpstr (rule_string (t), ==, c->unit);
  if (isnan (c->value))
    g_assert_true (isnan (rule_number (t)));
  else
    g_assert_cmpfloat_with_epsilon (rule_number (t), c->value, 1e-12);
  g_assert_true (sk_target_is_measurable (t));
}

static void
test_parse_seeds (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(SkTarget) t = sk_target_new (seeds[i].text);

      assert_seed (t, &seeds[i]);
      /* what was written is never rewritten */
      g_assert_cmpstr (sk_target_get_text (t), ==, seeds[i].text);
      g_assert_null (sk_target_get_reason (t));
    }
}

static void
test_format_seeds (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(SkTarget) t = sk_target_new (seeds[i].text);
      g_autofree char *canonical = sk_target_format (t);

      g_assert_cmpstr (canonical, ==, seeds[i].canonical);
    }
}

static void
assert_same_rule (SkTarget *a, SkTarget *b)
{
  g_assert_cmpint (sk_target_get_kind (a), ==, sk_target_get_kind (b));
  g_assert_cmpint (sk_target_get_comparator (a), ==, sk_target_get_comparator (b));
  g_assert_cmpstr (sk_target_get_measure_unit (a), ==, sk_target_get_measure_unit (b));
  g_assert_cmpstr (sk_target_get_baseline_date (a), ==, sk_target_get_baseline_date (b));
  g_assert_cmpstr (sk_target_get_reference (a), ==, sk_target_get_reference (b));
  g_assert_cmpstr (sk_target_get_reason (a), ==, sk_target_get_reason (b));
  g_assert_true (isnan (sk_target_get_value (a)) == isnan (sk_target_get_value (b)));
  if (!isnan (sk_target_get_value (a)))
    g_assert_cmpfloat (sk_target_get_value (a), ==, sk_target_get_value (b));
  g_assert_true (isnan (sk_target_get_change (a)) == isnan (sk_target_get_change (b)));
  if (!isnan (sk_target_get_change (a)))
    g_assert_cmpfloat_with_epsilon (sk_target_get_change (a), sk_target_get_change (b), 1e-12);
}

static const char *const unmeasurable[] = {
  "bra", "ca 95 %", ">", "95 % eller bättre?", "Öka", "95 kr", "1,2,3 %", ">> 5",
  "ökning med många % mot utfall 2024-12-31", "Bibehålla antal utifrån utfall 2024-02-30",
};

static void
test_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeds) + G_N_ELEMENTS (unmeasurable); i++)
    {
      const char *text = i < G_N_ELEMENTS (seeds) ? seeds[i].text
                                                  : unmeasurable[i - G_N_ELEMENTS (seeds)];
      g_autoptr(SkTarget) first = sk_target_new (text);
      g_autofree char *formatted = sk_target_format (first);
      g_autoptr(SkTarget) again = sk_target_new (formatted);
      g_autofree char *formatted_again = sk_target_format (again);

      assert_same_rule (first, again);
      g_assert_cmpstr (formatted, ==, formatted_again);
    }
}

static void
test_unmeasurable (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (unmeasurable); i++)
    {
      g_autoptr(SkTarget) t = sk_target_new (unmeasurable[i]);
      g_autofree char *formatted = sk_target_format (t);

      if (sk_target_get_kind (t) != SK_TARGET_UNMEASURABLE)
        g_error ("“%s” was understood as kind %d", unmeasurable[i], sk_target_get_kind (t));
      g_assert_false (sk_target_is_measurable (t));
      g_assert_nonnull (sk_target_get_reason (t));
      g_assert_cmpstr (formatted, ==, unmeasurable[i]);
      g_assert_cmpstr (sk_target_get_text (t), ==, unmeasurable[i]);
    }
}

static void
assert_reason (const char *text, const char *reason)
{
  g_autoptr(SkTarget) t = sk_target_new (text);
  g_autofree char *described = sk_target_describe (t, SK_DIRECTION_HIGHER);
  g_autofree char *expected = g_strconcat ("Not measurable: ", reason, NULL);

  g_assert_cmpint (sk_target_get_kind (t), ==, SK_TARGET_UNMEASURABLE);
  g_assert_cmpstr (sk_target_get_reason (t), ==, reason);
  g_assert_cmpstr (described, ==, expected);
}

static void
test_reasons (void)
{
  assert_reason ("bra", "No number found in “bra”");
  assert_reason ("Öka", "No number found in “Öka”");
  assert_reason (">", "The comparator has no number after it");
  assert_reason ("ca 95 %", "“ca” before the number is not understood");
  assert_reason ("95 kr", "Unknown unit “kr”");
  assert_reason ("95 % eller bättre?", "“eller bättre?” after the unit is not understood");
  assert_reason ("12 34 5", "“12 34 5” is not a number");
  assert_reason ("Bibehålla antal utifrån utfall 2024-02-30", "“2024-02-30” is not a valid date");
}

static void
test_empty (void)
{
  const char *blank[] = { "", "   ", "\n\t ", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (blank); i++)
    {
      g_autoptr(SkTarget) t = sk_target_new (blank[i]);
      g_autofree char *formatted = sk_target_format (t);

      g_assert_cmpint (sk_target_get_kind (t), ==, SK_TARGET_EMPTY);
      g_assert_false (sk_target_is_measurable (t));
      g_assert_cmpstr (formatted, ==, "");
      g_assert_cmpint (sk_target_evaluate (t, SK_DIRECTION_HIGHER, 5, 0.05, NAN, NAN), ==,
                       SK_STATUS_NO_TARGET);
    }
}

static void
on_notify (GObject *object, GParamSpec *pspec, gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
test_set_text_notifies_on_change (void)
{
  g_autoptr(SkTarget) t = sk_target_new (">95 %");
  g_autofree char *prop = NULL;
  guint count = 0;

  g_signal_connect (t, "notify::text", G_CALLBACK (on_notify), &count);
  sk_target_set_text (t, ">95 %");
  g_assert_cmpuint (count, ==, 0);

  sk_target_set_text (t, "<14,5 %");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpint (sk_target_get_comparator (t), ==, SK_COMPARATOR_LT);
  g_assert_cmpfloat (sk_target_get_value (t), ==, 14.5);

  g_object_set (t, "text", "<14,5 %", NULL);
  g_assert_cmpuint (count, ==, 1);
  g_object_set (t, "text", "bra", NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpint (sk_target_get_kind (t), ==, SK_TARGET_UNMEASURABLE);

  g_object_get (t, "text", &prop, NULL);
  g_assert_cmpstr (prop, ==, "bra");

  /* a reparse forgets the old rule */
  sk_target_set_text (t, "Enligt budget");
  g_assert_cmpuint (count, ==, 3);
  g_assert_null (sk_target_get_reason (t));
  g_assert_true (isnan (sk_target_get_value (t)));
}

static void
assert_describe (const char *text, SkDirection direction, const char *expected)
{
  g_autoptr(SkTarget) t = sk_target_new (text);
  g_autofree char *described = sk_target_describe (t, direction);

  g_assert_cmpstr (described, ==, expected);
}

static void
test_describe (void)
{
  assert_describe (">95 %", SK_DIRECTION_HIGHER, "greater than 95 %");
  assert_describe ("≥90 %", SK_DIRECTION_HIGHER, "at least 90 %");
  assert_describe ("< 14,5%", SK_DIRECTION_LOWER, "less than 14,5 %");
  assert_describe ("högst 12 mån", SK_DIRECTION_LOWER, "at most 12 mån");
  assert_describe ("= 0", SK_DIRECTION_LOWER, "equal to 0");
  assert_describe ("16 mån", SK_DIRECTION_LOWER, "at most 16 mån");
  assert_describe ("56 632", SK_DIRECTION_HIGHER, "at least 56" THIN "632");
  assert_describe ("0 Mnkr", SK_DIRECTION_HIGHER, "at least 0 mnkr");
  assert_describe ("Bibehålla antal utifrån utfall 2024-12-31", SK_DIRECTION_HIGHER,
                   "at least the outcome on 2024-12-31");
  assert_describe ("Bibehålla antal utifrån utfall 2024-12-31", SK_DIRECTION_LOWER,
                   "at most the outcome on 2024-12-31");
  assert_describe ("ökning med 20% mot utfall 2024-12-31", SK_DIRECTION_HIGHER,
                   "an increase of at least 20 % compared with the outcome on 2024-12-31");
  assert_describe ("minskning med 10 % mot utfall 2023-12-31", SK_DIRECTION_LOWER,
                   "a decrease of at least 10 % compared with the outcome on 2023-12-31");
  assert_describe ("Enligt budget", SK_DIRECTION_LOWER, "according to the budget (at most that figure)");
  assert_describe ("Enligt \nproduktions\nplan", SK_DIRECTION_HIGHER,
                   "according to the produktionsplan (at least that figure)");
  assert_describe ("", SK_DIRECTION_HIGHER, "No target");
}

static void
test_describe_swedish (void)
{
  if (setlocale (LC_ALL, "sv_SE.UTF-8") == NULL)
    {
      g_test_skip ("the sv_SE.UTF-8 locale is not installed");
      return;
    }
  assert_describe (">95 %", SK_DIRECTION_HIGHER, "större än 95 %");
  assert_describe ("16 mån", SK_DIRECTION_LOWER, "högst 16 mån");
  assert_describe ("ökning med 20% mot utfall 2024-12-31", SK_DIRECTION_HIGHER,
                   "en ökning med minst 20 % jämfört med utfallet 2024-12-31");
  assert_describe ("95 kr", SK_DIRECTION_HIGHER, "Inte mätbart: Okänd enhet ”kr”");
  setlocale (LC_ALL, "");
}

typedef struct {
  double   value;
  SkStatus status;
} Probe;

static void
check_probes (const char  *text,
              SkDirection  direction,
              double       tolerance,
              double       baseline,
              double       reference,
              const Probe *probes,
              guint        n)
{
  g_autoptr(SkTarget) t = sk_target_new (text);

  for (guint i = 0; i < n; i++)
    {
      SkStatus s = sk_target_evaluate (t, direction, probes[i].value, tolerance, baseline, reference);

      if (s != probes[i].status)
        g_error ("“%s” with %.17g: status %d, expected %d", text, probes[i].value, s, probes[i].status);
    }
}

#define CHECK(text, dir, tol, base, ref, ...)                                  \
  G_STMT_START {                                                               \
    const Probe probes_[] = { __VA_ARGS__ };                                   \
    check_probes (text, dir, tol, base, ref, probes_, G_N_ELEMENTS (probes_)); \
  } G_STMT_END

static void
test_evaluate_value (void)
{
  CHECK (">95 %", SK_DIRECTION_HIGHER, 0.05, NAN, NAN,
         { 95.1, SK_STATUS_MET }, { 100, SK_STATUS_MET }, { 95.0, SK_STATUS_NEAR },
         { 94.9, SK_STATUS_NEAR }, { 90.25, SK_STATUS_NEAR }, { 90.2, SK_STATUS_NOT_MET },
         { 90, SK_STATUS_NOT_MET }, { NAN, SK_STATUS_NO_VALUE });
  /* without a tolerance the boundary itself is simply not met */
  CHECK (">95 %", SK_DIRECTION_HIGHER, 0, NAN, NAN,
         { 95.0, SK_STATUS_NOT_MET }, { 95.0000001, SK_STATUS_MET }, { 94.9, SK_STATUS_NOT_MET });
  CHECK ("≥90 %", SK_DIRECTION_HIGHER, 0.05, NAN, NAN,
         { 90, SK_STATUS_MET }, { 89.9, SK_STATUS_NEAR }, { 85.5, SK_STATUS_NEAR },
         { 85.4, SK_STATUS_NOT_MET });
  CHECK ("<14,5 %", SK_DIRECTION_LOWER, 0.05, NAN, NAN,
         { 14.4, SK_STATUS_MET }, { 14.5, SK_STATUS_NEAR }, { 15.2, SK_STATUS_NEAR },
         { 15.225, SK_STATUS_NEAR }, { 15.3, SK_STATUS_NOT_MET });
  CHECK ("<14,5 %", SK_DIRECTION_LOWER, 0, NAN, NAN,
         { 14.5, SK_STATUS_NOT_MET }, { 14.4999, SK_STATUS_MET });
  CHECK ("16 mån", SK_DIRECTION_LOWER, 0.05, NAN, NAN,
         { 16, SK_STATUS_MET }, { 13, SK_STATUS_MET }, { 16.5, SK_STATUS_NEAR },
         { 16.8, SK_STATUS_NEAR }, { 16.9, SK_STATUS_NOT_MET });
  /* the same bare value read the other way round */
  CHECK ("16 mån", SK_DIRECTION_HIGHER, 0.05, NAN, NAN,
         { 16, SK_STATUS_MET }, { 13, SK_STATUS_NOT_MET }, { 16.5, SK_STATUS_MET });
  CHECK ("56 632", SK_DIRECTION_HIGHER, 0.05, NAN, NAN,
         { 66020, SK_STATUS_MET }, { 56632, SK_STATUS_MET }, { 56631, SK_STATUS_NEAR },
         { 50000, SK_STATUS_NOT_MET });
  /* a zero threshold has no "near" */
  CHECK ("0 mnkr", SK_DIRECTION_HIGHER, 0.05, NAN, NAN,
         { 8.3, SK_STATUS_MET }, { 0, SK_STATUS_MET }, { -0.1, SK_STATUS_NOT_MET });
  CHECK ("= 10", SK_DIRECTION_HIGHER, 0.05, NAN, NAN,
         { 10, SK_STATUS_MET }, { 10.5, SK_STATUS_NEAR }, { 9.5, SK_STATUS_NEAR },
         { 10.6, SK_STATUS_NOT_MET });
  /* binary noise does not decide a boundary */
  CHECK ("≤0,3", SK_DIRECTION_LOWER, 0, NAN, NAN, { 0.1 + 0.2, SK_STATUS_MET });
  CHECK ("≥0,3", SK_DIRECTION_HIGHER, 0, NAN, NAN, { 0.1 + 0.2, SK_STATUS_MET });
}

static void
test_evaluate_relative (void)
{
  g_autoptr(SkTarget) up = sk_target_new ("ökning med 20% mot utfall 2024-12-31");
  double threshold = 0;

  CHECK ("Bibehålla antal utifrån utfall 2024-12-31", SK_DIRECTION_HIGHER, 0.05, 170000, NAN,
         { 170391, SK_STATUS_MET }, { 170000, SK_STATUS_MET }, { 169000, SK_STATUS_NEAR },
         { 150000, SK_STATUS_NOT_MET });
  CHECK ("Bibehålla antal utifrån utfall 2024-12-31", SK_DIRECTION_HIGHER, 0.05, NAN, NAN,
         { 170391, SK_STATUS_NO_TARGET });

  g_assert_true (sk_target_threshold (up, 50, NAN, &threshold));
  g_assert_cmpfloat_with_epsilon (threshold, 60, 1e-9);
  g_assert_false (sk_target_threshold (up, NAN, NAN, &threshold));
  CHECK ("ökning med 20% mot utfall 2024-12-31", SK_DIRECTION_HIGHER, 0.05, 50, NAN,
         { 60, SK_STATUS_MET }, { 59.99, SK_STATUS_NEAR }, { 50, SK_STATUS_NOT_MET });
  CHECK ("minskning med 10 % mot utfall 2023-12-31", SK_DIRECTION_LOWER, 0.05, 200, NAN,
         { 180, SK_STATUS_MET }, { 170, SK_STATUS_MET }, { 185, SK_STATUS_NEAR },
         { 200, SK_STATUS_NOT_MET });
}

static void
test_evaluate_reference (void)
{
  g_autoptr(SkTarget) budget = sk_target_new ("Enligt budget");
  double threshold = 0;

  g_assert_true (sk_target_threshold (budget, NAN, 100, &threshold));
  g_assert_cmpfloat (threshold, ==, 100);
  CHECK ("Enligt budget", SK_DIRECTION_LOWER, 0.05, NAN, 100,
         { 99, SK_STATUS_MET }, { 100, SK_STATUS_MET }, { 104, SK_STATUS_NEAR },
         { 106, SK_STATUS_NOT_MET });
  CHECK ("Enligt produktionsplan", SK_DIRECTION_HIGHER, 0.05, NAN, 1000,
         { 1000, SK_STATUS_MET }, { 960, SK_STATUS_NEAR }, { 900, SK_STATUS_NOT_MET });
  CHECK ("Enligt budget", SK_DIRECTION_LOWER, 0.05, NAN, NAN, { 99, SK_STATUS_NO_TARGET });
}

static void
test_evaluate_unmeasurable (void)
{
  g_autoptr(SkTarget) t = sk_target_new ("bra");
  double threshold = 0;

  g_assert_false (sk_target_threshold (t, 1, 1, &threshold));
  CHECK ("bra", SK_DIRECTION_HIGHER, 0.05, 1, 1, { 95, SK_STATUS_NO_TARGET });
  CHECK ("ca 95 %", SK_DIRECTION_HIGHER, 0.05, NAN, NAN, { 95, SK_STATUS_NO_TARGET });
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/target/parse-seeds", test_parse_seeds);
  g_test_add_func ("/target/format-seeds", test_format_seeds);
  g_test_add_func ("/target/round-trip", test_round_trip);
  g_test_add_func ("/target/unmeasurable", test_unmeasurable);
  g_test_add_func ("/target/reasons", test_reasons);
  g_test_add_func ("/target/empty", test_empty);
  g_test_add_func ("/target/notify", test_set_text_notifies_on_change);
  g_test_add_func ("/target/describe", test_describe);
  g_test_add_func ("/target/describe-swedish", test_describe_swedish);
  g_test_add_func ("/target/evaluate/value", test_evaluate_value);
  g_test_add_func ("/target/evaluate/relative", test_evaluate_relative);
  g_test_add_func ("/target/evaluate/reference", test_evaluate_reference);
  g_test_add_func ("/target/evaluate/unmeasurable", test_evaluate_unmeasurable);

  return g_test_run ();
}
