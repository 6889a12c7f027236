/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-format"

#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-format.h"

#define THIN_SPACE "\u2009"
#define MAX_DECIMALS 15
/* Room for "%.15f" of the largest double (309 integer digits). */
#define NUMBER_BUF_SIZE 400

/* Inserts a thin space between groups of three digits of @digits. */
static void
append_grouped (GString    *out,
                const char *digits,
                gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, THIN_SPACE);
      g_string_append_c (out, digits[i]);
    }
}

static gboolean
has_nonzero_digit (const char *s)
{
  for (; *s; s++)
    if (*s >= '1' && *s <= '9')
      return TRUE;
  return FALSE;
}

/* Drops trailing zeros (and a bare point) from an ASCII "%.Nf" result. */
static void
strip_trailing_zeros (char *s)
{
  char *point = strchr (s, '.');
  char *end;

  if (point == NULL)
    return;
  end = s + strlen (s);
  while (end > point + 1 && end[-1] == '0')
    *--end = '\0';
  if (end == point + 1)
    *point = '\0';
}

/*
 * |value| rounded half away from zero, as people round ("0,125" → "0,13";
 * printf rounds halves to even). The nudge makes typed decimals that are
 * not exact in binary (1,005) round the way they were written.
 */
static double
round_magnitude (double value,
                 int    decimals)
{
  double scale = pow (10, decimals);
  double scaled = fabs (value) * scale * (1 + 4 * DBL_EPSILON);

  if (!isfinite (scaled) || scaled >= 0x1p52)
    return fabs (value);
  return round (scaled) / scale;
}

char *
sk_format_number (double value,
                  int    decimals)
{
  char buf[NUMBER_BUF_SIZE];
  char fmt[16];
  const char *point;
  GString *out;
  int shown;

  if (!isfinite (value))
    return g_strdup ("");

  shown = decimals < 0 ? 2 : MIN (decimals, MAX_DECIMALS);
  g_snprintf (fmt, sizeof fmt, "%%.%df", shown);
  /* Format the magnitude so "-0" cannot appear; the sign is added below. */
  g_ascii_formatd (buf, sizeof buf, fmt, round_magnitude (value, shown));
  if (decimals < 0)
    strip_trailing_zeros (buf);

  out = g_string_new (NULL);
  if (value < 0 && has_nonzero_digit (buf))
    g_string_append_c (out, '-');

  point = strchr (buf, '.');
  append_grouped (out, buf, point ? (gsize) (point - buf) : strlen (buf));
  if (point != NULL)
    {
      g_string_append_c (out, ',');
      g_string_append (out, point + 1);
    }
  return g_string_free (out, FALSE);
}

char *
sk_format_value (double      value,
                 const char *measure_unit)
{
  g_autofree char *number = sk_format_number (value, -1);

  if (measure_unit == NULL || *measure_unit == '\0' || *number == '\0')
    return g_steal_pointer (&number);
  return g_strconcat (number, " ", measure_unit, NULL);
}

static gboolean
is_group_separator (gunichar c)
{
  return c == ' ' || c == 0x00A0 || c == 0x2009 || c == 0x202F;
}

static const char *
skip_spaces (const char *p)
{
  while (*p && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/*
 * Copies the digits of the integer part to @ascii. Separators are only
 * allowed between real thousands groups: "56 632" but not "12 34 5".
 */
static gboolean
read_integer_part (const char **pp,
                   GString     *ascii)
{
  const char *p = *pp;
  guint group = 0;
  gboolean grouped = FALSE;

  for (;;)
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        {
          g_string_append_c (ascii, (char) c);
          group++;
          p++;
          continue;
        }
      if (!is_group_separator (c) || !g_ascii_isdigit (*g_utf8_next_char (p)))
        break;
      if (group == 0 || group > 3 || (grouped && group != 3))
        return FALSE;
      grouped = TRUE;
      group = 0;
      p = g_utf8_next_char (p);
    }

  *pp = p;
  return group > 0 && (!grouped || group == 3);
}

gboolean
sk_parse_number (const char *text,
                 double     *out)
{
  g_autoptr(GString) ascii = NULL;
  const char *p;
  char *end = NULL;
  gunichar c;
  double value;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  ascii = g_string_new (NULL);
  p = skip_spaces (text);
  c = g_utf8_get_char (p);
  if (c == '-' || c == 0x2212)
    g_string_append_c (ascii, '-');
  if (c == '-' || c == 0x2212 || c == '+')
    p = g_utf8_next_char (p);

  if (!read_integer_part (&p, ascii))
    return FALSE;

  if (*p == ',' || *p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      g_string_append_c (ascii, '.');
      while (g_ascii_isdigit (*p))
        g_string_append_c (ascii, *p++);
    }

  if (*skip_spaces (p) != '\0')
    return FALSE;

  value = g_ascii_strtod (ascii->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (value))
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

char *
sk_format_machine (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* The shortest of the two that reads back as the same double. */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (isfinite (value) && g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);
  return g_strdup (buf);
}

static gboolean
read_digits (const char *s,
             guint       n,
             int        *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

gboolean
sk_period_parse (const char *period,
                 int        *year,
                 int        *month)
{
  int y, m;

  if (period == NULL || strlen (period) != 7 || period[4] != '-')
    return FALSE;
  if (!read_digits (period, 4, &y) || !read_digits (period + 5, 2, &m))
    return FALSE;
  if (y < 1900 || y > 2999 || m < 1 || m > 12)
    return FALSE;

  if (year != NULL)
    *year = y;
  if (month != NULL)
    *month = m;
  return TRUE;
}

char *
sk_period_make (int year,
                int month)
{
  g_return_val_if_fail (year >= 1900 && year <= 2999, NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return g_strdup_printf ("%04d-%02d", year, month);
}

static const char * const month_abbrevs[] = {
  NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"),
  NC_("month", "Apr"), NC_("month", "May"), NC_("month", "Jun"),
  NC_("month", "Jul"), NC_("month", "Aug"), NC_("month", "Sep"),
  NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
};

const char *
sk_month_abbrev (int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_abbrevs[month - 1]);
}
