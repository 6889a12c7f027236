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

/* ---- Reading a file a piece at a time ---- */

#define PIECE 65536

/* Whether the eight bytes at @p are all ASCII: most of a file is, and is
 * passed over eight bytes at a time. */
static inline gboolean
is_ascii8 (const char *p)
{
  guint64 word;

  memcpy (&word, p, sizeof word);
  return (word & 0x8080808080808080ull) == 0;
}

static gboolean
is_cp1252_text (const char *data,
                gsize       length)
{
  /* The five bytes Windows-1252 leaves undefined, as g_convert refuses them. */
  for (gsize i = 0; i < length; i++)
    {
      guchar c;

      if (length - i >= 8 && is_ascii8 (data + i))
        {
          i += 7;
          continue;
        }
      c = (guchar) data[i];
      if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)
        return FALSE;
    }
  return TRUE;
}

/* g_utf8_validate_len() (it goes a character at a time, and stops at the
 * first that is not valid: so does this), with ASCII taken eight bytes at
 * a time. @data holds no zero bytes (sk_csv_scan() refuses them first). */
static gboolean
is_utf8_text (const char  *data,
              gsize        length,
              const char **end)
{
  const char *p = data, *stop = data + length;

  while (p < stop)
    {
      guchar c = (guchar) *p;
      gsize n;

      if (stop - p >= 8 && is_ascii8 (p))
        {
          p += 8;
          continue;
        }
      if (c < 0x80 && c != 0)
        {
          p++;
          continue;
        }
      /* One character, as long as its first byte says (a wrong one: 1). */
      n = c >= 0xC0 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF8 ? 4 : 1;
      if (!g_utf8_validate_len (p, MIN (n, (gsize) (stop - p)), NULL))
        break;
      p += n;
    }
  *end = p;
  return p == stop;
}

gboolean
sk_csv_scan (GInputStream   *stream,
             SkCsvEncoding  *encoding,
             guint64        *length,
             GCancellable   *cancellable,
             GError        **error)
{
  g_autofree char *buffer = g_malloc (PIECE + 4);
  SkCsvEncoding found = SK_CSV_UTF8;
  gboolean utf8 = TRUE, cp1252 = TRUE, first = TRUE;
  gsize carry = 0;
  guint64 total = 0;

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer + carry, PIECE, cancellable, error);
      const char *data = buffer, *end = NULL;
      gsize have;

      if (n < 0)
        return FALSE;
      total += n;
      have = carry + n;
      if (first && have >= 3 && memcmp (buffer, "\xEF\xBB\xBF", 3) == 0)
        {
          found = SK_CSV_UTF8_BOM;
          data += 3;
          have -= 3;
        }
      first = FALSE;
      if (memchr (data, '\0', have) != NULL)
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                       _("The file is not text (it holds zero bytes): save it as CSV."));
          return FALSE;
        }
      if (cp1252)
        cp1252 = is_cp1252_text (data + carry, have - carry);
      carry = 0;
      if (utf8 && !is_utf8_text (data, have, &end))
        {
          /* A character cut by the end of the piece is read with the next. */
          if (n > 0 && data + have - end < 4 && g_utf8_get_char_validated (end, data + have - end) == (gunichar) -2)
            {
              carry = data + have - end;
              memmove (buffer, end, carry);
            }
          else
            utf8 = FALSE;
        }
      if (n == 0)
        break;
    }
  if (!utf8 && found == SK_CSV_UTF8_BOM)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                   _("The file says it is UTF-8 but is not: save it again as CSV UTF-8."));
      return FALSE;
    }
  if (!utf8 && !cp1252)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                   _("The file is neither UTF-8 nor Windows-1252 text: save it as CSV."));
      return FALSE;
    }
  if (encoding != NULL)
    *encoding = utf8 ? found : SK_CSV_CP1252;
  if (length != NULL)
    *length = total;
  return TRUE;
}

struct _SkCsvReader
{
  GInputStream  *stream;
  SkCsvEncoding  encoding;
  GString       *text;     /* UTF-8: what is read and not yet taken */
  gsize          pos;      /* where the next record begins in text */
  gboolean       eof;
  gboolean       started;
  guint64        offset;
  guint64        checksum;
  gboolean       no_checksum;
  char           separator;
  guint          record;
  guint          next_line;
  char          *raw;
  /* The fields of the record last read (sk_csv_reader_next_fields()):
   * one buffer, and the places in it, reused from record to record. */
  char          *buf;
  gsize          buf_size;
  char         **fields;
  guint          fields_size;
  guint8         stops[256]; /* what ends a run of an unquoted field */
};

SkCsvReader *
sk_csv_reader_new (GInputStream  *stream,
                   SkCsvEncoding  encoding)
{
  SkCsvReader *reader = g_new0 (SkCsvReader, 1);

  reader->stream = g_object_ref (stream);
  reader->encoding = encoding;
  reader->text = g_string_sized_new (2 * PIECE);
  reader->separator = ';';
  reader->next_line = 1;
  reader->checksum = 14695981039346656037ull;
  reader->raw = g_malloc (PIECE);
  sk_csv_reader_set_separator (reader, ';');
  return reader;
}

void
sk_csv_reader_free (SkCsvReader *reader)
{
  if (reader == NULL)
    return;
  g_object_unref (reader->stream);
  g_string_free (reader->text, TRUE);
  g_free (reader->raw);
  g_free (reader->buf);
  g_free (reader->fields);
  g_free (reader);
}

/* One more piece onto the text; FALSE on a read error. */
static gboolean
fill (SkCsvReader  *reader,
      GError      **error)
{
  gssize n = g_input_stream_read (reader->stream, reader->raw, PIECE, NULL, error);
  const char *data = reader->raw;

  if (n < 0)
    return FALSE;
  if (n == 0)
    {
      reader->eof = TRUE;
      return TRUE;
    }
  /* FNV-1a: a byte at a time, each step waiting for the last (a twentieth
   * of a second for 60 MB): only when someone asks for the sum. */
  if (!reader->no_checksum)
    for (gssize i = 0; i < n; i++)
      reader->checksum = (reader->checksum ^ (guchar) data[i]) * 1099511628211ull;
  if (reader->offset == 0 && reader->encoding == SK_CSV_UTF8_BOM && n >= 3
      && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      n -= 3;
    }
  reader->offset += n + (data - reader->raw);
  if (reader->encoding == SK_CSV_CP1252)
    {
      /* One byte a character: a piece never cuts one. */
      g_autofree char *text = g_convert (data, n, "UTF-8", "WINDOWS-1252", NULL, NULL, error);

      if (text == NULL)
        return FALSE;
      g_string_append (reader->text, text);
    }
  else
    g_string_append_len (reader->text, data, n);
  return TRUE;
}

/* Reads until the text holds a whole record from pos (or the end): the
 * same rules as the parser, so that it never stops within one. */
static gboolean
fill_record (SkCsvReader  *reader,
             GError      **error)
{
  gsize i = reader->pos;
  gboolean quoted = FALSE, fresh = TRUE;

  /* What is taken is let go before reading more: the text stays small. */
  if (reader->pos > PIECE)
    {
      g_string_erase (reader->text, 0, reader->pos);
      i = reader->pos = 0;
    }
  for (;;)
    {
      for (; i < reader->text->len; i++)
        {
          char c = reader->text->str[i];

          if (quoted)
            {
              if (c != '"')
                continue;
              if (i + 1 >= reader->text->len)
                break;  /* "" or " and the end of the field: need the next */
              if (reader->text->str[i + 1] == '"')
                i++;
              else
                quoted = FALSE;
              continue;
            }
          if (c == '"' && fresh)
            {
              quoted = TRUE;
              fresh = FALSE;
            }
          else if (c == reader->separator)
            fresh = TRUE;
          else if (c == '\n')
            return TRUE;
          else if (c == '\r')
            {
              if (i + 1 >= reader->text->len)
                break;
              return TRUE;
            }
          else
            fresh = FALSE;
        }
      if (reader->eof)
        return TRUE;
      if (!fill (reader, error))
        return FALSE;
    }
}

char
sk_csv_reader_detect_separator (SkCsvReader  *reader,
                                GError      **error)
{
  /* The header is one line (a quoted one with breaks is not worth more). */
  while (!reader->eof && strchr (reader->text->str + reader->pos, '\n') == NULL)
    if (!fill (reader, error))
      return 0;
  return sk_csv_detect_separator (reader->text->str + reader->pos);
}

void
sk_csv_reader_set_separator (SkCsvReader *reader,
                             char         separator)
{
  reader->separator = separator;
  memset (reader->stops, 0, sizeof reader->stops);
  reader->stops[0] = reader->stops['\r'] = reader->stops['\n'] = 1;
  reader->stops[(guchar) separator] = 1;
}

/* What ends a run of a quoted field: its quote, a line break (counted; a
 * Windows one is one break), the end of the text. */
static const guint8 quoted_stops[256] = { [0] = 1, ['"'] = 1, ['\r'] = 1, ['\n'] = 1 };

enum { PARSED, AT_END, NEED_MORE };

static inline void
end_field (SkCsvReader *reader,
           guint       *n,
           gsize       *out,
           gsize        start)
{
  if (*n + 2 > reader->fields_size)
    {
      reader->fields_size = MAX (16, 2 * reader->fields_size);
      reader->fields = g_renew (char *, reader->fields, reader->fields_size);
    }
  reader->buf[(*out)++] = '\0';
  reader->fields[(*n)++] = reader->buf + start;
}

/* The record at pos into the buffer of fields, by the rules of
 * sk_csv_parser_next(). NEED_MORE (and nothing changed) when the text ends
 * before the record does, or before the character that tells how it goes
 * on, and the stream has more. */
static int
parse_record (SkCsvReader *reader,
              guint       *n_fields)
{
  const char *text = reader->text->str;
  const char *end = text + reader->text->len;
  const char *p = text + reader->pos;
  const guint8 *stops = reader->stops;
  guint next_line = reader->next_line;
  gsize out = 0, start = 0;
  guint n = 0;
  char *buf;

  if (p == end && !reader->eof)
    return NEED_MORE;
  if (*p == '\0')
    return AT_END;
  /* The fields are no longer than the record, with one '\0' each. */
  if (reader->buf_size < (gsize) (end - p) + 2)
    {
      reader->buf_size = MAX ((gsize) (end - p) + 2, 2 * reader->buf_size);
      g_free (reader->buf);
      reader->buf = g_malloc (reader->buf_size);
    }
  buf = reader->buf;
  for (;;)
    {
      const char *q;

      if (*p == '"')
        {
          /* A quoted field: separators and line breaks are its text. */
          for (p++;;)
            {
              for (q = p; !quoted_stops[(guchar) *q]; q++)
                ;
              memcpy (buf + out, p, q - p);
              out += q - p;
              p = q;
              if (*q == '"')
                {
                  if (q + 1 == end && !reader->eof)
                    return NEED_MORE;
                  if (q[1] != '"')
                    {
                      p = q + 1;
                      break;
                    }
                  buf[out++] = '"';
                  p = q + 2;
                }
              else if (*q == '\n')
                {
                  next_line++;
                  buf[out++] = '\n';
                  p = q + 1;
                }
              else if (*q == '\r')
                {
                  /* Windows line ends inside a cell are one line break. */
                  if (q[1] != '\n')
                    buf[out++] = '\r';
                  p = q + 1;
                }
              else if (q == end && !reader->eof)
                return NEED_MORE;
              else
                goto done;  /* the end of the text within quotes */
            }
          /* After the closing quote, a quote is text. */
          for (q = p; !stops[(guchar) *q]; q++)
            ;
        }
      else
        for (q = p; !stops[(guchar) *q]; q++)
          ;
      memcpy (buf + out, p, q - p);
      out += q - p;
      p = q;
      if (*q == reader->separator && *q != '\0')
        {
          end_field (reader, &n, &out, start);
          start = out;
          p = q + 1;
          continue;
        }
      if (*q == '\n')
        {
          p = q + 1;
          next_line++;
          break;
        }
      if (*q == '\r')
        {
          if (q + 1 == end && !reader->eof)
            return NEED_MORE;
          p = q[1] == '\n' ? q + 2 : q + 1;
          next_line++;
          break;
        }
      /* '\0': the end of the text */
      if (q == end && !reader->eof)
        return NEED_MORE;
      break;
    }
done:
  end_field (reader, &n, &out, start);
  reader->fields[n] = NULL;
  *n_fields = n;
  reader->pos = p - text;
  reader->record++;
  reader->next_line = next_line;
  return PARSED;
}

char **
sk_csv_reader_next_fields (SkCsvReader  *reader,
                           guint        *n_fields,
                           GError      **error)
{
  gboolean whole = FALSE;
  guint n = 0;
  int step;

  g_return_val_if_fail (reader != NULL, NULL);

  while ((step = parse_record (reader, &n)) == NEED_MORE)
    {
      /* A record across pieces is read whole first (linear, however long);
       * then it parses, or one more piece is read (never stuck). */
      if (!(whole ? fill (reader, error) : fill_record (reader, error)))
        return NULL;
      whole = TRUE;
    }
  if (n_fields != NULL)
    *n_fields = n;
  return step == PARSED ? reader->fields : NULL;
}

GStrv
sk_csv_reader_next (SkCsvReader  *reader,
                    GError      **error)
{
  char **fields = sk_csv_reader_next_fields (reader, NULL, error);

  return fields != NULL ? g_strdupv (fields) : NULL;
}

guint
sk_csv_reader_get_record (SkCsvReader *reader)
{
  return reader->record;
}

guint64
sk_csv_reader_get_offset (SkCsvReader *reader)
{
  return reader->offset - (reader->text->len - reader->pos);
}

guint64
sk_csv_reader_get_checksum (SkCsvReader *reader)
{
  return reader->no_checksum ? 0 : reader->checksum;
}

void
sk_csv_reader_skip_checksum (SkCsvReader *reader)
{
  reader->no_checksum = TRUE;
}
