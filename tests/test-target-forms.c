/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-target-forms"

/*
 * Targets as planners write them around a rule: a note after a slash, a
 * qualifier saying how the year is counted, compact baseline dates, two
 * alternatives not yet decided, and "keep the level". One row per form:
 * what it is understood as, how it is described in Swedish, how it judges.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-target.h"

typedef struct {
  const char        *text;
  SkTargetKind       kind;
  SkComparator       comparator;
  double             number;     /* VALUE: value; RELATIVE: change */
  const char        *unit;       /* VALUE: measure unit */
  const char        *baseline;   /* RELATIVE: baseline date, NULL to keep the level */
  const char        *reference;  /* REFERENCE */
  SkTargetQualifier  qualifier;
  const char        *note;
  gboolean           undecided;
  const char        *swedish;    /* sk_target_describe, higher is better, sv */
} FormCase;

static const FormCase forms[] = {
  /* a rule and a note after a slash */
  { ">90 % / gäller vardagar", SK_TARGET_VALUE, SK_COMPARATOR_GT, 90, "%", NULL, NULL,
    SK_QUALIFIER_NONE, "gäller vardagar", FALSE,
    "större än 90 % (notering: gäller vardagar)" },
  { "<15 min/ under kontorstid", SK_TARGET_VALUE, SK_COMPARATOR_LT, 15, "min", NULL, NULL,
    SK_QUALIFIER_NONE, "under kontorstid", FALSE,
    "mindre än 15 min (notering: under kontorstid)" },
  { "Enligt budget / se bilaga 2", SK_TARGET_REFERENCE, SK_COMPARATOR_NONE, NAN, "", NULL, "budget",
    SK_QUALIFIER_NONE, "se bilaga 2", FALSE,
    "enligt budget (minst det värdet) (notering: se bilaga 2)" },
  /* how the year is counted */
  { ">90 % ackumulerat", SK_TARGET_VALUE, SK_COMPARATOR_GT, 90, "%", NULL, NULL,
    SK_QUALIFIER_YTD, NULL, FALSE, "större än 90 %, räknat som årets ackumulerade summa" },
  { "Ackumulerat: minst 5 000", SK_TARGET_VALUE, SK_COMPARATOR_GE, 5000, "", NULL, NULL,
    SK_QUALIFIER_YTD, NULL, FALSE, "minst 5\u2009000, räknat som årets ackumulerade summa" },
  { ">90 % ackumulerad", SK_TARGET_VALUE, SK_COMPARATOR_GT, 90, "%", NULL, NULL,
    SK_QUALIFIER_YTD, NULL, FALSE, "större än 90 %, räknat som årets ackumulerade summa" },
  { ">85 % ackumulerat medelvärde", SK_TARGET_VALUE, SK_COMPARATOR_GT, 85, "%", NULL, NULL,
    SK_QUALIFIER_YTD_MEAN, NULL, FALSE, "större än 85 %, räknat som årets ackumulerade medelvärde" },
  { "ackumulerat medel >85%", SK_TARGET_VALUE, SK_COMPARATOR_GT, 85, "%", NULL, NULL,
    SK_QUALIFIER_YTD_MEAN, NULL, FALSE, "större än 85 %, räknat som årets ackumulerade medelvärde" },
  { "<15,2 % R12", SK_TARGET_VALUE, SK_COMPARATOR_LT, 15.2, "%", NULL, NULL,
    SK_QUALIFIER_R12, NULL, FALSE, "mindre än 15,2 %, räknat på rullande 12 månader" },
  { "R12: <15 %", SK_TARGET_VALUE, SK_COMPARATOR_LT, 15, "%", NULL, NULL,
    SK_QUALIFIER_R12, NULL, FALSE, "mindre än 15 %, räknat på rullande 12 månader" },
  { "<15 % (rullande 12)", SK_TARGET_VALUE, SK_COMPARATOR_LT, 15, "%", NULL, NULL,
    SK_QUALIFIER_R12, NULL, FALSE, "mindre än 15 %, räknat på rullande 12 månader" },
  { "medelvärde minst 85 %", SK_TARGET_VALUE, SK_COMPARATOR_GE, 85, "%", NULL, NULL,
    SK_QUALIFIER_MEAN, NULL, FALSE, "minst 85 %, räknat som medelvärdet av årets månader" },
  { "<15 min i genomsnitt", SK_TARGET_VALUE, SK_COMPARATOR_LT, 15, "min", NULL, NULL,
    SK_QUALIFIER_MEAN, NULL, FALSE, "mindre än 15 min, räknat som medelvärdet av årets månader" },
  { ">90 %, snitt", SK_TARGET_VALUE, SK_COMPARATOR_GT, 90, "%", NULL, NULL,
    SK_QUALIFIER_MEAN, NULL, FALSE, "större än 90 %, räknat som medelvärdet av årets månader" },
  /* qualifier and note together */
  { ">90 % R12 / gäller vardagar", SK_TARGET_VALUE, SK_COMPARATOR_GT, 90, "%", NULL, NULL,
    SK_QUALIFIER_R12, "gäller vardagar", FALSE,
    "större än 90 %, räknat på rullande 12 månader (notering: gäller vardagar)" },
  /* compact baseline dates */
  { "ökning med 20% mot utfall 241231", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, 0.20, "",
    "2024-12-31", NULL, SK_QUALIFIER_NONE, NULL, FALSE,
    "en ökning med minst 20 % jämfört med utfallet 2024-12-31" },
  { "ökning med 20% mot utfall 20251231", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, 0.20, "",
    "2025-12-31", NULL, SK_QUALIFIER_NONE, NULL, FALSE,
    "en ökning med minst 20 % jämfört med utfallet 2025-12-31" },
  { "Bibehålla antal utifrån utfall 31 dec 2025", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, 0, "",
    "2025-12-31", NULL, SK_QUALIFIER_NONE, NULL, FALSE, "minst utfallet 2025-12-31" },
  { "minskning med 5 % mot utfall 31 december 2025", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, -0.05, "",
    "2025-12-31", NULL, SK_QUALIFIER_NONE, NULL, FALSE,
    "en minskning med högst 5 % jämfört med utfallet 2025-12-31" },
  /* keep the level, without a number or a date */
  { "Bibehålla nivån", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, 0, "", NULL, NULL,
    SK_QUALIFIER_NONE, NULL, FALSE, "minst förra årets utfall vid årets slut" },
  { "behålla nivån", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, 0, "", NULL, NULL,
    SK_QUALIFIER_NONE, NULL, FALSE, "minst förra årets utfall vid årets slut" },
  { "Oförändrat", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, 0, "", NULL, NULL,
    SK_QUALIFIER_NONE, NULL, FALSE, "minst förra årets utfall vid årets slut" },
  { "Bibehålla", SK_TARGET_RELATIVE, SK_COMPARATOR_NONE, 0, "", NULL, NULL,
    SK_QUALIFIER_NONE, NULL, FALSE, "minst förra årets utfall vid årets slut" },
  /* two alternatives, not decided */
  { "85 % eller 90 %", SK_TARGET_UNMEASURABLE, SK_COMPARATOR_NONE, NAN, "", NULL, NULL,
    SK_QUALIFIER_NONE, NULL, TRUE, "Inte beslutat än: ”85 %” eller ”90 %” föreslås" },
  { ">5 000 eller Enligt budget", SK_TARGET_UNMEASURABLE, SK_COMPARATOR_NONE, NAN, "", NULL, NULL,
    SK_QUALIFIER_NONE, NULL, TRUE, "Inte beslutat än: ”>5 000” eller ”Enligt budget” föreslås" },
  { "85 eller 90 % / beslutas i mars", SK_TARGET_UNMEASURABLE, SK_COMPARATOR_NONE, NAN, "", NULL, NULL,
    SK_QUALIFIER_NONE, "beslutas i mars", TRUE,
    "Inte beslutat än: ”85” eller ”90 %” föreslås (notering: beslutas i mars)" },
  /* three or more alternatives, not decided either */
  { "85 eller 90 eller 95 %", SK_TARGET_UNMEASURABLE, SK_COMPARATOR_NONE, NAN, "", NULL, NULL,
    SK_QUALIFIER_NONE, NULL, TRUE, "Inte beslutat än: ”85”, ”90” eller ”95 %” föreslås" },
  { ">80 %, eller >85 % ELLER >90 % / beslutas i mars", SK_TARGET_UNMEASURABLE, SK_COMPARATOR_NONE, NAN, "",
    NULL, NULL, SK_QUALIFIER_NONE, "beslutas i mars", TRUE,
    "Inte beslutat än: ”>80 %”, ”>85 %” eller ”>90 %” föreslås (notering: beslutas i mars)" },
};

static void
assert_form (SkTarget *t, const FormCase *c)
{
  if (sk_target_get_kind (t) != c->kind)
    g_error ("“%s”: kind %d, expected %d (%s)", c->text, sk_target_get_kind (t), c->kind,
             sk_target_get_reason (t));
  /* what was written is never rewritten */
  g_assert_cmpstr (sk_target_get_text (t), ==, c->text);
  g_assert_cmpint (sk_target_get_comparator (t), ==, c->comparator);
  g_assert_cmpint (sk_target_get_qualifier (t), ==, c->qualifier);
  g_assert_cmpstr (sk_target_get_note (t), ==, c->note);
  g_assert_cmpint (sk_target_is_undecided (t), ==, c->undecided);
  switch (c->kind)
    {
    case SK_TARGET_VALUE:
      g_assert_cmpfloat_with_epsilon (sk_target_get_value (t), c->number, 1e-12);
      g_assert_cmpstr (sk_target_get_measure_unit (t), ==, c->unit);
      break;
    case SK_TARGET_RELATIVE:
      g_assert_cmpfloat_with_epsilon (sk_target_get_change (t), c->number, 1e-12);
      g_assert_cmpstr (sk_target_get_baseline_date (t), ==, c->baseline);
      g_assert_cmpint (sk_target_keeps_level (t), ==, c->baseline == NULL);
      break;
    case SK_TARGET_REFERENCE:
      g_assert_cmpstr (sk_target_get_reference (t), ==, c->reference);
      break;
    case SK_TARGET_UNMEASURABLE:
      g_assert_nonnull (sk_target_get_reason (t));
      break;
    case SK_TARGET_EMPTY:
    default:
      break;
    }
  g_assert_cmpint (sk_target_is_measurable (t), ==, !c->undecided);
}

static void
test_parse_forms (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(SkTarget) t = sk_target_new (forms[i].text);

      assert_form (t, &forms[i]);
    }
}

/* The canonical text keeps the qualifier and the note: parsing it gives
 * the same target. */
static void
test_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(SkTarget) first = sk_target_new (forms[i].text);
      g_autofree char *formatted = sk_target_format (first);
      g_autoptr(SkTarget) again = sk_target_new (formatted);

      if (forms[i].undecided)
        continue;
      g_assert_cmpint (sk_target_get_kind (again), ==, forms[i].kind);
      g_assert_cmpint (sk_target_get_qualifier (again), ==, forms[i].qualifier);
      g_assert_cmpstr (sk_target_get_note (again), ==, forms[i].note);
      g_assert_cmpstr (sk_target_get_baseline_date (again), ==, sk_target_get_baseline_date (first));
    }
}

static void
test_describe_swedish (void)
{
  if (setlocale (LC_ALL, "sv_SE.UTF-8") == NULL)
    {
      g_test_skip ("the sv_SE.UTF-8 locale is not installed");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(SkTarget) t = sk_target_new (forms[i].text);
      g_autofree char *described = sk_target_describe (t, SK_DIRECTION_HIGHER);

      g_assert_cmpstr (described, ==, forms[i].swedish);
    }
  setlocale (LC_ALL, "");
}

/* Undecided says so, not "Unknown unit". */
static void
test_undecided_reason (void)
{
  g_autoptr(SkTarget) t = sk_target_new ("85 % eller 90 %");
  g_autofree char *described = sk_target_describe (t, SK_DIRECTION_HIGHER);

  g_assert_nonnull (strstr (sk_target_get_reason (t), "Not decided yet"));
  g_assert_null (strstr (sk_target_get_reason (t), "Unknown unit"));
  g_assert_cmpstr (described, ==, sk_target_get_reason (t));
  g_assert_cmpint (sk_target_evaluate (t, SK_DIRECTION_HIGHER, 88, 0, NAN, NAN), ==,
                   SK_STATUS_NO_TARGET);
}

/* Many alternatives: up to twelve are listed, a pasted run of a thousand
 * is text (and parsed once per part, never nested: the fuzz regressions
 * feed it too). */
static void
test_many_alternatives (void)
{
  g_autoptr(GString) twelve = g_string_new (NULL);
  g_autoptr(GString) thousand = g_string_new (NULL);
  g_autoptr(SkTarget) a = NULL;
  g_autoptr(SkTarget) b = NULL;

  for (int i = 0; i < 11; i++)
    g_string_append_printf (twelve, "%d eller ", 80 + i);
  g_string_append (twelve, "95 %");
  a = sk_target_new (twelve->str);
  g_assert_true (sk_target_is_undecided (a));
  g_assert_nonnull (strstr (sk_target_get_reason (a), "“89”, “90” or “95 %” is offered"));

  for (int i = 0; i < 1000; i++)
    g_string_append (thousand, "85 eller ");
  g_string_append (thousand, "90 %");
  b = sk_target_new (thousand->str);
  g_assert_false (sk_target_is_undecided (b));
  g_assert_cmpint (sk_target_get_kind (b), ==, SK_TARGET_UNMEASURABLE);
  g_assert_cmpstr (sk_target_get_text (b), ==, thousand->str);
}

/* Texts that only look like the forms stay what they were. */
static void
test_not_the_forms (void)
{
  static const struct { const char *text; SkTargetKind kind; } cases[] = {
    /* a slash after no rule: not a note */
    { "Svarstid digital vård / tandvård", SK_TARGET_UNMEASURABLE },
    /* "eller" between words that are not rules: not alternatives */
    { "95 % eller bättre?", SK_TARGET_UNMEASURABLE },
    { "hög eller låg", SK_TARGET_UNMEASURABLE },
    { "85 % eller 90 % eller bättre", SK_TARGET_UNMEASURABLE },
    { "85 % eller  eller 90 %", SK_TARGET_UNMEASURABLE },
    /* a qualifier alone is no rule */
    { "R12", SK_TARGET_UNMEASURABLE },
    { "ackumulerat", SK_TARGET_UNMEASURABLE },
    /* "keep" with something after it that is not a date or a level */
    { "Bibehålla god kvalitet", SK_TARGET_UNMEASURABLE },
    /* compact dates that are not dates */
    { "ökning med 20% mot utfall 241331", SK_TARGET_UNMEASURABLE },
    { "ökning med 20% mot utfall 31 foo 2025", SK_TARGET_UNMEASURABLE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SkTarget) t = sk_target_new (cases[i].text);

      if (sk_target_get_kind (t) != cases[i].kind)
        g_error ("“%s”: kind %d, expected %d", cases[i].text, sk_target_get_kind (t), cases[i].kind);
      g_assert_null (sk_target_get_note (t));
      g_assert_false (sk_target_is_undecided (t));
      g_assert_cmpint (sk_target_get_qualifier (t), ==, SK_QUALIFIER_NONE);
    }
}

/* The note is never checked; the rule before it is. */
static void
test_evaluate (void)
{
  g_autoptr(SkTarget) noted = sk_target_new (">90 % / gäller vardagar");
  g_autoptr(SkTarget) keep = sk_target_new ("Bibehålla nivån");
  g_autoptr(SkTarget) lower = sk_target_new ("<15,2 % R12");
  double threshold;

  g_assert_cmpint (sk_target_evaluate (noted, SK_DIRECTION_HIGHER, 90.5, 0, NAN, NAN), ==, SK_STATUS_MET);
  g_assert_cmpint (sk_target_evaluate (noted, SK_DIRECTION_HIGHER, 90, 0, NAN, NAN), ==, SK_STATUS_NOT_MET);

  /* Keep the level: at least the baseline when higher is better, at most when lower. */
  g_assert_true (sk_target_threshold (keep, 1200, NAN, &threshold));
  g_assert_cmpfloat (threshold, ==, 1200);
  g_assert_cmpint (sk_target_evaluate (keep, SK_DIRECTION_HIGHER, 1200, 0, 1200, NAN), ==, SK_STATUS_MET);
  g_assert_cmpint (sk_target_evaluate (keep, SK_DIRECTION_HIGHER, 1199, 0, 1200, NAN), ==, SK_STATUS_NOT_MET);
  g_assert_cmpint (sk_target_evaluate (keep, SK_DIRECTION_LOWER, 1199, 0, 1200, NAN), ==, SK_STATUS_MET);
  /* Without last year's outcome it cannot judge. */
  g_assert_cmpint (sk_target_evaluate (keep, SK_DIRECTION_HIGHER, 1199, 0, NAN, NAN), ==, SK_STATUS_NO_TARGET);

  g_assert_cmpint (sk_target_evaluate (lower, SK_DIRECTION_LOWER, 15.1, 0, NAN, NAN), ==, SK_STATUS_MET);
  g_assert_cmpint (sk_target_evaluate (lower, SK_DIRECTION_LOWER, 15.2, 0, NAN, NAN), ==, SK_STATUS_NOT_MET);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/target-forms/parse", test_parse_forms);
  g_test_add_func ("/target-forms/round-trip", test_round_trip);
  g_test_add_func ("/target-forms/describe-swedish", test_describe_swedish);
  g_test_add_func ("/target-forms/undecided-reason", test_undecided_reason);
  g_test_add_func ("/target-forms/not-the-forms", test_not_the_forms);
  g_test_add_func ("/target-forms/many-alternatives", test_many_alternatives);
  g_test_add_func ("/target-forms/evaluate", test_evaluate);

  return g_test_run ();
}
