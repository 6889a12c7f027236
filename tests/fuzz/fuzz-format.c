/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-format"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-format.h"
#include "sk-fuzz.h"
#include "sk-text.h"

/* The number parser (values typed by people), the period parser, and the
 * checks every text, month and time passes before it is stored. */

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
  g_autoptr(GError) error = NULL;
  int year = 0, month = 0;
  gboolean parsed = sk_period_parse (text, &year, &month);

  /* The check of what enters and the parser agree on what a month is. */
  g_assert_true (sk_period_check (text, "period", &error) == parsed);
  g_assert_true (parsed == (error == NULL));
  if (error != NULL)
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (!parsed)
    return;
  /* One spelling per period: parsing and making agree. */
  made = sk_period_make (year, month);
  g_assert_cmpstr (made, ==, text);
  g_assert_nonnull (sk_month_abbrev (month));
}

/* Any bytes: a refusal names the field in valid UTF-8, and what goes to
 * a terminal or into a message is valid UTF-8 without escape characters. */
static void
texts (const char   *data,
       gsize         size,
       const char   *text)
{
  static const SkTextRule rules[] = {
    SK_TEXT_LINE, SK_TEXT_MULTILINE, SK_TEXT_LINE | SK_TEXT_REQUIRED,
  };
  g_autofree char *shown = sk_text_for_terminal (text, TRUE);
  g_autofree char *excerpt = sk_text_excerpt (text);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GError) refused = NULL;

      if (!sk_text_check (data, (gssize) size, "comment", rules[i], &refused))
        g_assert_true (g_utf8_validate (refused->message, -1, NULL));
      else
        g_assert_null (refused);
    }
  if (!sk_timestamp_check (text, "changed_at", &error))
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_utf8_validate (shown, -1, NULL));
  g_assert_true (g_utf8_validate (excerpt, -1, NULL));
  g_assert_null (strchr (shown, '\033'));
  g_assert_null (strchr (excerpt, '\033'));
}

void
sk_fuzz_one (const guint8 *data,
             gsize         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);

  number (text);
  period (text);
  texts ((const char *) data, size, text);
}
