/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-format"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-format.h"
#include "sk-fuzz.h"

/* The number parser (values typed by people) and the period parser. */

const char sk_fuzz_name[] = "format";

void
sk_fuzz_init (void)
{
}

static void
number (const char *text)
{
  g_autofree char *machine = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *with_unit = NULL;
  double value, again;

  if (!sk_parse_number (text, &value))
    return;
  g_assert_true (isfinite (value));

  /* Machine text reads back as the same double. */
  machine = sk_format_machine (value);
  g_assert_cmpfloat (g_ascii_strtod (machine, NULL), ==, value);

  /* What people are shown, they can type back in. */
  shown = sk_format_number (value, -1);
  if (!sk_parse_number (shown, &again))
    g_error ("“%s” parsed as %.17g, shown as “%s”, which does not parse", text, value, shown);
  for (int decimals = 0; decimals <= 2; decimals++)
    {
      g_autofree char *fixed = sk_format_number (value, decimals);

      g_assert_true (sk_parse_number (fixed, NULL));
    }
  with_unit = sk_format_value (value, "%");
  g_assert_nonnull (with_unit);
}

static void
period (const char *text)
{
  g_autofree char *made = NULL;
  int year = 0, month = 0;

  if (!sk_period_parse (text, &year, &month))
    return;
  /* One spelling per period: parsing and making agree. */
  made = sk_period_make (year, month);
  g_assert_cmpstr (made, ==, text);
  g_assert_nonnull (sk_month_abbrev (month));
}

void
sk_fuzz_one (const guint8 *data,
             gsize         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);

  number (text);
  period (text);
}
