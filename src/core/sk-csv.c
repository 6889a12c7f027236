/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-csv"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-csv.h"
#include "sk-error.h"

char *
sk_csv_decode (const char     *data,
               gsize           length,
               SkCsvEncoding  *encoding,
               GError        **error)
{
  g_autoptr(GError) local = NULL;
  SkCsvEncoding found = SK_CSV_UTF8;
  char *text;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
      found = SK_CSV_UTF8_BOM;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                   _("The file is not text (it holds zero bytes): save it as CSV."));
      return NULL;
    }
  if (g_utf8_validate_len (data, length, NULL))
    text = g_strndup (data, length);
  else if (found == SK_CSV_UTF8_BOM)
    {
      /* A byte-order mark promised UTF-8: guessing further would garble. */
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                   _("The file says it is UTF-8 but is not: save it again as CSV UTF-8."));
      return NULL;
    }
  else
    {
      /* Not UTF-8: what Swedish Excel writes as "CSV (semikolonavgränsad)". */
      text = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, &local);
      if (text == NULL)
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                       _("The file is neither UTF-8 nor Windows-1252 text: save it as CSV."));
          return NULL;
        }
      found = SK_CSV_CP1252;
    }
  if (encoding != NULL)
    *encoding = found;
  return text;
}

char
sk_csv_detect_separator (const char *text)
{
  guint semicolons = 0, tabs = 0, commas = 0;
  gboolean quoted = FALSE;

  g_return_val_if_fail (text != NULL, ';');

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ';')
        semicolons++;
      else if (*p == '\t')
        tabs++;
      else if (*p == ',')
        commas++;
    }
  /* ";" is what Swedish Excel writes; a comma is also a decimal mark, so
   * it counts only when the header has neither of the others. */
  if (semicolons > 0)
    return ';';
  if (tabs > 0)
    return '\t';
  if (commas > 0)
    return ',';
  return ';';
}

void
sk_csv_parser_init (SkCsvParser *parser,
                    const char  *text,
                    char         separator)
{
  g_return_if_fail (parser != NULL && text != NULL);

  parser->p = text;
  parser->separator = separator;
  parser->record = 0;
  parser->line = 0;
  parser->next_line = 1;
}

GStrv
sk_csv_parser_next (SkCsvParser *parser)
{
  g_autoptr(GStrvBuilder) fields = NULL;
  g_autoptr(GString) field = NULL;
  const char *p = parser->p;
  gboolean quoted = FALSE, was_quoted = FALSE;

  if (*p == '\0')
    return NULL;

  fields = g_strv_builder_new ();
  field = g_string_new (NULL);
  parser->record++;
  parser->line = parser->next_line;
  for (;; p++)
    {
      char c = *p;

      if (c == '\0')
        break;
      if (quoted)
        {
          if (c == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                parser->next_line++;
              /* Windows line ends inside a cell are one line break. */
              if (!(c == '\r' && p[1] == '\n'))
                g_string_append_c (field, c);
            }
          continue;
        }
      if (c == '"' && (field->len == 0 && !was_quoted))
        {
          quoted = was_quoted = TRUE;
          continue;
        }
      if (c == parser->separator)
        {
          g_strv_builder_add (fields, field->str);
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          continue;
        }
      if (c == '\r' || c == '\n')
        {
          if (c == '\r' && p[1] == '\n')
            p++;
          p++;
          parser->next_line++;
          break;
        }
      g_string_append_c (field, c);
    }
  g_strv_builder_add (fields, field->str);
  parser->p = p;
  return g_strv_builder_end (fields);
}

double
sk_csv_parser_progress (SkCsvParser *parser,
                        const char  *text,
                        gsize        length)
{
  if (length == 0)
    return 1.0;
  return (double) (parser->p - text) / (double) length;
}
