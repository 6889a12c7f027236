/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-format"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-format.h"

#define THIN "\u2009"

static void
check_number (double value, int decimals, const char *expected)
{
  g_autofree char *s = sk_format_number (value, decimals);

  g_assert_cmpstr (s, ==, expected);
}

static void
test_format_number (void)
{
  check_number (17.09, -1, "17,09");
  check_number (91.1, -1, "91,1");
  check_number (66020, -1, "66" THIN "020");
  check_number (248485, -1, "248" THIN "485");
  check_number (1234567.5, -1, "1" THIN "234" THIN "567,5");
  check_number (-37583, -1, "-37" THIN "583");
  check_number (95, -1, "95");
  check_number (999, -1, "999");
  check_number (1000, -1, "1" THIN "000");
  check_number (12.8, -1, "12,8");
  check_number (2.999, -1, "3");
  check_number (91.1, 2, "91,10");
  check_number (91.16, 0, "91");
  check_number (0.1 + 0.2, -1, "0,3");
  /* never a negative zero */
  check_number (-0.0, -1, "0");
  check_number (-0.001, -1, "0");
  check_number (-0.001, 1, "0,0");
  check_number (-3.2, -1, "-3,2");
  /* halves round away from zero, as people do it */
  check_number (0.125, -1, "0,13");
  check_number (1.005, -1, "1,01");
  check_number (2.5, 0, "3");
  check_number (-2.5, 0, "-3");
  check_number (66019.996, -1, "66" THIN "020");
}

static void
test_format_value (void)
{
  g_autofree char *percent = sk_format_value (91.1, "%");
  g_autofree char *minutes = sk_format_value (12, "min");
  g_autofree char *count = sk_format_value (66020, "");
  g_autofree char *null_unit = sk_format_value (66020, NULL);
  g_autofree char *months = sk_format_value (12.8, "mån");

  g_assert_cmpstr (percent, ==, "91,1 %");
  g_assert_cmpstr (minutes, ==, "12 min");
  g_assert_cmpstr (count, ==, "66" THIN "020");
  g_assert_cmpstr (null_unit, ==, "66" THIN "020");
  g_assert_cmpstr (months, ==, "12,8 mån");
}

static void
check_parse (const char *text, double expected)
{
  double value = NAN;

  if (!sk_parse_number (text, &value))
    g_error ("“%s” was not accepted", text);
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-12);
}

static void
test_parse_accepts (void)
{
  check_parse ("56 632", 56632);
  check_parse ("56" THIN "632", 56632);
  check_parse ("56\u00A0632", 56632);
  check_parse ("56\u202F632", 56632);
  check_parse ("171 332", 171332);
  check_parse ("1 234 567", 1234567);
  check_parse ("14,5", 14.5);
  check_parse ("14.5", 14.5);
  check_parse ("-37 583", -37583);
  check_parse ("\u22123,2", -3.2);
  check_parse ("95", 95);
  check_parse ("0", 0);
  check_parse ("  12,8 ", 12.8);
  check_parse ("5 227,25", 5227.25);
}

static void
test_parse_rejects (void)
{
  const char *bad[] = {
    "", " ", "abc", "1,2,3", "12 34 5", "1 23", "1234 567", "12 3456",
    "95 %", "95x", "14,", ",5", "-", "- 5", "1 000,5 0", "1,2.3", "56  632",
    "nan", "inf", "1e5", "0x10",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      double value = 42;

      if (sk_parse_number (bad[i], &value))
        g_error ("“%s” was accepted as %g", bad[i], value);
      g_assert_cmpfloat (value, ==, 42);
    }
  g_assert_false (sk_parse_number (NULL, NULL));
}

/* What the person sees must read back as the same number. */
static void
test_parse_format_round_trip (void)
{
  const double values[] = { 0, 1, -1, 14.5, 91.1, 17.09, 66020, -37583, 1234567.89 };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *s = sk_format_number (values[i], -1);
      double back = NAN;

      g_assert_true (sk_parse_number (s, &back));
      g_assert_cmpfloat (back, ==, values[i]);
    }
}

static void
test_format_machine (void)
{
  const double values[] = { 0.1, 0.1 + 0.2, 91.1, 66020, -37583, 1.0 / 3.0, 1e-300, 1e300, 17.09 };
  g_autofree char *tenth = sk_format_machine (0.1);
  g_autofree char *big = sk_format_machine (66020);
  g_autofree char *neg = sk_format_machine (-3.25);

  g_assert_cmpstr (tenth, ==, "0.1");
  g_assert_cmpstr (big, ==, "66020");
  g_assert_cmpstr (neg, ==, "-3.25");

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *s = sk_format_machine (values[i]);

      g_assert_null (strchr (s, ','));
      g_assert_cmpfloat (g_ascii_strtod (s, NULL), ==, values[i]);
    }
}

static void
test_period (void)
{
  int year = 0, month = 0;
  g_autofree char *made = sk_period_make (2024, 4);
  const char *bad[] = {
    "", "2024", "2024-4", "2024-00", "2024-13", "1899-12", "3000-01",
    "2024/04", "2024-04-01", "24-04", "abcd-ef", "2024-1a",
  };

  g_assert_true (sk_period_parse ("2024-04", &year, &month));
  g_assert_cmpint (year, ==, 2024);
  g_assert_cmpint (month, ==, 4);
  g_assert_true (sk_period_parse ("1900-01", NULL, NULL));
  g_assert_true (sk_period_parse ("2999-12", NULL, NULL));
  g_assert_cmpstr (made, ==, "2024-04");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    if (sk_period_parse (bad[i], &year, &month))
      g_error ("period “%s” was accepted", bad[i]);
  g_assert_false (sk_period_parse (NULL, NULL, NULL));
}

static void
test_month_abbrev (void)
{
  /* The tests run untranslated (C.UTF-8): the English msgids show. */
  g_assert_cmpstr (sk_month_abbrev (1), ==, "Jan");
  g_assert_cmpstr (sk_month_abbrev (5), ==, "May");
  g_assert_cmpstr (sk_month_abbrev (12), ==, "Dec");
}

/* A Swedish desktop: translated month names, but numbers for machines
 * still use a point whatever LC_NUMERIC says. */
static void
test_swedish_locale (void)
{
  g_autofree char *machine = NULL;
  g_autofree char *people = NULL;
  double value = 0;

  if (setlocale (LC_ALL, "sv_SE.UTF-8") == NULL)
    {
      g_test_skip ("the sv_SE.UTF-8 locale is not installed");
      return;
    }
  machine = sk_format_machine (91.1);
  people = sk_format_number (91.1, -1);

  g_assert_cmpstr (sk_month_abbrev (5), ==, "maj");
  g_assert_cmpstr (sk_month_abbrev (10), ==, "okt");
  g_assert_cmpstr (machine, ==, "91.1");
  g_assert_cmpstr (people, ==, "91,1");
  g_assert_true (sk_parse_number ("14.5", &value));
  g_assert_cmpfloat (value, ==, 14.5);

  setlocale (LC_ALL, "");
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/number", test_format_number);
  g_test_add_func ("/format/value", test_format_value);
  g_test_add_func ("/format/parse-accepts", test_parse_accepts);
  g_test_add_func ("/format/parse-rejects", test_parse_rejects);
  g_test_add_func ("/format/round-trip", test_parse_format_round_trip);
  g_test_add_func ("/format/machine", test_format_machine);
  g_test_add_func ("/format/period", test_period);
  g_test_add_func ("/format/month-abbrev", test_month_abbrev);
  g_test_add_func ("/format/swedish-locale", test_swedish_locale);

  return g_test_run ();
}
