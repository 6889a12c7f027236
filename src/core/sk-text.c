/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-text"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-error.h"
#include "sk-format.h"
#include "sk-text.h"

static gboolean
is_control (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_CONTROL;
}

/* A line break (a CR only as part of CRLF, as Windows writes it) or a tab. */
static gboolean
allowed_in_lines (const char *p,
                  gunichar    c)
{
  return c == '\n' || c == '\t' || (c == '\r' && p[1] == '\n');
}

gunichar
sk_text_find_control (const char *text,
                      SkTextRule  rule)
{
  if (text == NULL)
    return 0;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_control (c))
        continue;
      if ((rule & SK_TEXT_MULTILINE) && allowed_in_lines (p, c))
        continue;
      return c;
    }
  return 0;
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static const char *
or_input (const char *field)
{
  return field != NULL ? field : _("The text");
}

gboolean
sk_text_check (const char  *text,
               gssize       length,
               const char  *field,
               SkTextRule   rule,
               GError     **error)
{
  g_autofree char *terminated = NULL;
  const char *end = NULL;
  gunichar control;

  if (text == NULL)
    {
      if (!(rule & SK_TEXT_REQUIRED))
        return TRUE;
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("%s cannot be empty."), or_input (field));
      return FALSE;
    }
  if (length >= 0 && memchr (text, '\0', length) != NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("%s contains a NUL character (byte %ld). Texts cannot hold it: remove it."),
                   or_input (field), (long) ((const char *) memchr (text, '\0', length) - text));
      return FALSE;
    }
  if (!g_utf8_validate (text, length, &end))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("%s is not valid UTF-8 text (byte %ld cannot be read). "
                     "Save or type it as UTF-8 and try again."),
                   or_input (field), (long) (end - text));
      return FALSE;
    }
  /* What follows reads up to a NUL: a copy that ends where @length says. */
  if (length >= 0)
    text = terminated = g_strndup (text, length);
  if ((control = sk_text_find_control (text, rule)) != 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   (rule & SK_TEXT_MULTILINE)
                   ? _("%s contains a control character (U+%04X); only line breaks and tabs "
                       "are allowed. Remove it.")
                   : _("%s contains a control character (U+%04X), such as a line break, tab "
                       "or terminal escape. Remove it."),
                   or_input (field), control);
      return FALSE;
    }
  if ((rule & SK_TEXT_REQUIRED) && is_blank (text))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("%s cannot be empty."), or_input (field));
      return FALSE;
    }
  return TRUE;
}

/* A visible stand-in for a control character: the Unicode "control
 * pictures" (ESC → ␛, BEL → ␇), U+FFFD for the C1 range. */
static gunichar
visible_control (gunichar c)
{
  if (c < 0x20)
    return 0x2400 + c;
  if (c == 0x7F)
    return 0x2421;
  return 0xFFFD;
}

static GString *
append_for_terminal (GString    *out,
                     const char *text,
                     gboolean    keep_lines,
                     glong       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  glong n = 0;

  for (const char *p = valid; *p; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (max_chars >= 0 && n == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (is_control (c) && !(keep_lines && allowed_in_lines (p, c)))
        c = visible_control (c);
      g_string_append_unichar (out, c);
    }
  return out;
}

char *
sk_text_excerpt (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  return g_string_free (append_for_terminal (g_string_new (NULL), text, FALSE,
                                             SK_TEXT_EXCERPT_CHARS), FALSE);
}

char *
sk_text_for_terminal (const char *text,
                      gboolean    keep_lines)
{
  if (text == NULL)
    return NULL;
  return g_string_free (append_for_terminal (g_string_new (NULL), text, keep_lines, -1), FALSE);
}

gboolean
sk_year_check (int          year,
               const char  *field,
               GError     **error)
{
  if (year >= SK_YEAR_MIN && year <= SK_YEAR_MAX)
    return TRUE;
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
               _("%s: %d is not a year between %d and %d."),
               field != NULL ? field : _("Year"), year, SK_YEAR_MIN, SK_YEAR_MAX);
  return FALSE;
}

gboolean
sk_period_check (const char  *period,
                 const char  *field,
                 GError     **error)
{
  g_autofree char *shown = NULL;

  if (sk_period_parse (period, NULL, NULL))
    return TRUE;
  shown = sk_text_excerpt (period);
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
               _("%s: “%s” is not a month. Write it as YYYY-MM, from %d-01 to %d-12, e.g. 2024-04."),
               field != NULL ? field : _("Period"), shown, SK_YEAR_MIN, SK_YEAR_MAX);
  return FALSE;
}

static gboolean
digits_at (const char *s,
           guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* "YYYY-MM-DDTHH:MM:SS", optional fraction, then Z or ±HH:MM. */
static gboolean
timestamp_shape (const char *t)
{
  const char *p;

  if (strlen (t) < 20 || !digits_at (t, 4) || t[4] != '-' || !digits_at (t + 5, 2)
      || t[7] != '-' || !digits_at (t + 8, 2) || (t[10] != 'T' && t[10] != 't')
      || !digits_at (t + 11, 2) || t[13] != ':' || !digits_at (t + 14, 2) || t[16] != ':'
      || !digits_at (t + 17, 2))
    return FALSE;
  p = t + 19;
  if (*p == '.' || *p == ',')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if ((*p == 'Z' || *p == 'z') && p[1] == '\0')
    return TRUE;
  return (*p == '+' || *p == '-') && digits_at (p + 1, 2) && p[3] == ':'
         && digits_at (p + 4, 2) && p[6] == '\0';
}

gboolean
sk_timestamp_check (const char  *text,
                    const char  *field,
                    GError     **error)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *shown = NULL;
  int year;

  if (text != NULL && timestamp_shape (text)
      && (time = g_date_time_new_from_iso8601 (text, NULL)) != NULL)
    {
      year = g_date_time_get_year (time);
      if (year >= SK_YEAR_MIN && year <= SK_YEAR_MAX)
        return TRUE;
    }
  shown = sk_text_excerpt (text);
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
               _("%s: “%s” is not a time. Write it as in an export, e.g. 2024-05-20T08:12:03Z."),
               field != NULL ? field : _("Time"), shown);
  return FALSE;
}
