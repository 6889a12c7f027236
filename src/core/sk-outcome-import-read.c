/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-import"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-format.h"
#include "sk-outcome-import-private.h"
#include "sk-text.h"

/* Understanding a CSV file's header and records, and rows given one by one. */

gboolean
sk_import_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0';)
    {
      guchar c = (guchar) *p;

      /* ASCII as g_unichar_isspace() takes it, without decoding. */
      if (c < 0x80)
        {
          if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            return FALSE;
          p++;
          continue;
        }
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

/* g_strstrip() without a copy: the field is the reader's to change. */
static char *
strip_in_place (char *text)
{
  gsize len;

  while (g_ascii_isspace (*text))
    text++;
  len = strlen (text);
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    text[--len] = '\0';
  return text;
}


char *
sk_import_fold (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gsize len = strlen (stripped);

  /* "Värde:" and "Jan." name the same column as "värde" and "jan". */
  while (len > 0 && (stripped[len - 1] == ':' || stripped[len - 1] == '.'))
    stripped[--len] = '\0';
  return g_utf8_casefold (stripped, -1);
}

static ColumnRole
column_role (const char *header)
{
  static const struct { const char *name; ColumnRole role; } names[] = {
    { "indikator", COL_INDICATOR }, { "indicator", COL_INDICATOR },
    { "enhet", COL_UNIT }, { "unit", COL_UNIT }, { "verksamhetsområde", COL_UNIT },
    { "period", COL_PERIOD }, { "månad", COL_PERIOD }, { "month", COL_PERIOD },
    { "värde", COL_VALUE }, { "value", COL_VALUE }, { "utfall", COL_VALUE }, { "outcome", COL_VALUE },
    { "kommentar", COL_COMMENT }, { "comment", COL_COMMENT },
    { "år", COL_YEAR }, { "year", COL_YEAR },
    { "typ", COL_KIND }, { "kind", COL_KIND },
  };
  /* Swedish and English, short and long: "jan", "januari", "january". */
  static const char * const months[12][4] = {
    { "jan", "januari", "january", NULL }, { "feb", "februari", "february", NULL },
    { "mar", "mars", "march", NULL }, { "apr", "april", NULL, NULL },
    { "maj", "may", NULL, NULL }, { "jun", "juni", "june", NULL },
    { "jul", "juli", "july", NULL }, { "aug", "augusti", "august", NULL },
    { "sep", "sept", "september", NULL }, { "okt", "oct", "oktober", "october" },
    { "nov", "november", NULL, NULL }, { "dec", "december", NULL, NULL },
  };
  g_autofree char *key = sk_import_fold (header);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (key, names[i].name))
      return names[i].role;
  for (guint m = 0; m < 12; m++)
    for (guint j = 0; j < 4 && months[m][j] != NULL; j++)
      if (g_str_equal (key, months[m][j]))
        return COL_MONTH + m;
  return COL_NONE;
}

static char *
field (char **fields,
       guint  n_fields,
       int    index)
{
  static char empty[1];

  if (index < 0 || (guint) index >= n_fields)
    return empty;  /* never changed: stripping it writes nothing */
  return fields[index];
}

gboolean
sk_import_is_blank_fields (char **fields,
                           guint  n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    if (!sk_import_is_blank (fields[i]))
      return FALSE;
  return TRUE;
}

gboolean
sk_import_is_blank_record (GStrv fields)
{
  return sk_import_is_blank_fields (fields, g_strv_length (fields));
}

SkImportRow *
sk_import_add_row (SkOutcomeImport *self,
         guint            record,
         guint            column)
{
  SkImportRow row = { 0 };

  row.row = record;
  row.column = column;
  row.value = NAN;
  row.kind = SK_OUTCOME_MONTH;
  /* A streamed file's rows live only while their record is checked. */
  if (self->streamed)
    {
      g_array_append_val (self->batch, row);
      return &g_array_index (self->batch, SkImportRow, self->batch->len - 1);
    }
  g_array_append_val (self->rows, row);
  return &g_array_index (self->rows, SkImportRow, self->rows->len - 1);
}

void
sk_import_refuse (SkImportRow *row,
        const char  *format,
        ...)
{
  va_list args;

  if (row->status == SK_IMPORT_REFUSED)
    return;  /* the first reason is the one to fix first */
  row->status = SK_IMPORT_REFUSED;
  va_start (args, format);
  row->reason = g_strdup_vprintf (format, args);
  va_end (args);
}

/* The value of "91", "-91,1" or "91.1" (ASCII digits only, no more than
 * 15 in all), as sk_parse_number() reads it, without its allocations:
 * both the digits and the power of ten below 10^22 are exact doubles, so
 * their one division rounds as g_ascii_strtod() does (Clinger's fast
 * path). FALSE for anything else. */
static gboolean
parse_plain_number (const char *p,
                    const char *end,
                    double     *out)
{
  static const double tens[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                 1e12, 1e13, 1e14, 1e15 };
  gboolean negative = FALSE;
  guint64 digits = 0;
  guint n = 0, decimals = 0;

  if (p < end && (*p == '-' || *p == '+'))
    negative = *p++ == '-';
  for (; p < end && g_ascii_isdigit (*p); p++, n++)
    digits = digits * 10 + (guint64) (*p - '0');
  if (n == 0)
    return FALSE;
  if (p < end && (*p == ',' || *p == '.'))
    {
      for (p++; p < end && g_ascii_isdigit (*p); p++, decimals++)
        digits = digits * 10 + (guint64) (*p - '0');
      if (decimals == 0)
        return FALSE;
    }
  if (p != end || n + decimals > 15)
    return FALSE;
  *out = (double) digits / tens[decimals];
  if (negative)
    *out = -*out;
  return TRUE;
}

/* "91,1", "66 020", "91,1 %" (a share as Excel shows one); empty is NAN. */
void
sk_import_read_value (SkImportRow *row,
            const char  *text)
{
  const char *start = text, *end;
  g_autofree char *copy = NULL;
  g_autofree char *shown = NULL;

  /* Stripped as g_strstrip() does, by its ends and not a copy. */
  while (g_ascii_isspace (*start))
    start++;
  end = start + strlen (start);
  while (end > start && g_ascii_isspace (end[-1]))
    end--;
  if (end == start)
    return;
  if (end[-1] == '%')
    {
      end--;
      while (end > start && g_ascii_isspace (end[-1]))
        end--;
    }
  if (parse_plain_number (start, end, &row->value))
    return;
  copy = g_strndup (start, end - start);
  if (sk_parse_number (copy, &row->value))
    return;
  shown = sk_text_excerpt (text);
  sk_import_refuse (row, _("“%s” is not a number."), shown);
}

/* "2024-04", "2024-4", or the date a spreadsheet made of it ("2024-04-01"). */
static gboolean
read_period (SkOutcomeImport *self,
             const char      *text,
             const char     **out)
{
  g_autofree char *copy = NULL;
  int year, month, day;
  char tail = 0;

  /* "2024-04" as written by us and most: taken as it is. */
  if (g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && g_ascii_isdigit (text[2])
      && g_ascii_isdigit (text[3]) && text[4] == '-' && g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[6])
      && text[7] == '\0')
    {
      year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
      month = (text[5] - '0') * 10 + (text[6] - '0');
      if (year >= SK_YEAR_MIN && year <= SK_YEAR_MAX && month >= 1 && month <= 12)
        {
          /* The field's own text: it lives while the record is checked,
           * and a row kept beyond that keeps its period (list_row). */
          *out = text;
          return TRUE;
        }
      return FALSE;
    }
  copy = g_strstrip (g_strdup (text));

  if (sscanf (copy, "%4d-%2d-%2d%c", &year, &month, &day, &tail) >= 3
      || (sscanf (copy, "%4d-%2d%c", &year, &month, &tail) == 2))
    {
      if (tail != 0 && tail != ' ' && tail != 'T')
        return FALSE;
      if (year < SK_YEAR_MIN || year > SK_YEAR_MAX || month < 1 || month > 12)
        return FALSE;
      g_autofree char *period = sk_period_make (year, month);

      *out = sk_import_keep (self, period);
      return TRUE;
    }
  return FALSE;
}

/* The texts are the record's fields, stripped in place (again for each
 * month of a wide row, which changes nothing): they live while the record
 * is checked, and a row kept beyond that keeps its own (list_row). */
static void
read_common (SkOutcomeImport *self,
             SkImportRow     *row,
             char           **fields,
             guint            n_fields,
             const int       *where)
{
  row->indicator_text = strip_in_place (field (fields, n_fields, where[COL_INDICATOR]));
  row->unit_text = strip_in_place (field (fields, n_fields, where[COL_UNIT]));
  if (where[COL_COMMENT] >= 0 && !sk_import_is_blank (field (fields, n_fields, where[COL_COMMENT])))
    row->comment = g_strdup (strip_in_place (field (fields, n_fields, where[COL_COMMENT])));
  if (where[COL_KIND] >= 0 && !sk_import_is_blank (field (fields, n_fields, where[COL_KIND])))
    {
      const char *kind = strip_in_place (field (fields, n_fields, where[COL_KIND]));

      if (!sk_outcome_kind_from_string (kind, &row->kind))
        {
          g_autofree char *shown = sk_text_excerpt (kind);
          sk_import_refuse (row, _("Unknown kind “%s”: use month, ytd, r12 or reference."), shown);
        }
    }
  if (sk_import_is_blank (row->indicator_text))
    sk_import_refuse (row, _("The indicator is missing."));
  else if (sk_import_is_blank (row->unit_text))
    sk_import_refuse (row, _("The unit is missing."));
}

void
sk_import_read_long_record (SkOutcomeImport *self,
                  guint            record,
                  char           **fields,
                  guint            n_fields,
                  const int       *where)
{
  SkImportRow *row = sk_import_add_row (self, record, 0);
  const char *period = field (fields, n_fields, where[COL_PERIOD]);

  read_common (self, row, fields, n_fields, where);
  if (!read_period (self, period, &row->period))
    {
      g_autofree char *shown = sk_text_excerpt (period);
      sk_import_refuse (row, _("“%s” is not a month: write it as 2024-04."), shown);
    }
  sk_import_read_value (row, field (fields, n_fields, where[COL_VALUE]));
  /* An empty value with a comment is a gap with its reason. */
  if (isnan (row->value) && row->status != SK_IMPORT_REFUSED && row->comment == NULL)
    sk_import_refuse (row, _("Enter a value, or say why it is missing."));
}

void
sk_import_read_wide_record (SkOutcomeImport *self,
                  guint            record,
                  char           **fields,
                  guint            n_fields,
                  const int       *where,
                  const int       *months,
                  int              default_year)
{
  const char *year_text = field (fields, n_fields, where[COL_YEAR]);
  int year = default_year;
  gboolean year_ok = TRUE;

  if (where[COL_YEAR] >= 0)
    {
      double y;

      year_ok = sk_parse_number (year_text, &y) && y == floor (y)
                && y >= SK_YEAR_MIN && y <= SK_YEAR_MAX;
      year = year_ok ? (int) y : 0;
    }
  for (guint m = 0; m < 12; m++)
    {
      SkImportRow *row;

      if (months[m] < 0 || sk_import_is_blank (field (fields, n_fields, months[m])))
        continue;
      row = sk_import_add_row (self, record, months[m] + 1);
      read_common (self, row, fields, n_fields, where);
      /* The comment column of a wide row is not one month's. */
      g_clear_pointer (&row->comment, g_free);
      if (!year_ok)
        {
          g_autofree char *shown = sk_text_excerpt (year_text);
          sk_import_refuse (row, _("“%s” is not a year."), shown);
        }
      else
        {
          g_autofree char *made = sk_period_make (year, m + 1);

          row->period = sk_import_keep (self, made);
        }
      sk_import_read_value (row, field (fields, n_fields, months[m]));
    }
}

gboolean
sk_import_read_header (SkOutcomeImport *self,
             GStrv            header,
             int             *where,
             int             *months,
             int              default_year,
             GError         **error)
{
  gboolean any_month = FALSE;

  for (guint r = 0; r <= COL_KIND; r++)
    where[r] = -1;
  for (guint m = 0; m < 12; m++)
    months[m] = -1;
  for (int i = 0; header[i] != NULL; i++)
    {
      ColumnRole role = column_role (header[i]);

      if (role >= COL_MONTH)
        {
          months[role - COL_MONTH] = i;
          any_month = TRUE;
        }
      else if (role != COL_NONE && where[role] < 0)
        where[role] = i;
    }
  if (where[COL_INDICATOR] < 0 || where[COL_UNIT] < 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                   _("The first row must name the columns: Indikator, Enhet, and Period and Värde, "
                     "or jan … dec with År."));
      return FALSE;
    }
  self->wide = any_month && where[COL_VALUE] < 0;
  if (self->wide && where[COL_YEAR] < 0 && default_year == 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                   _("The months have no year: add a column År, or give the year."));
      return FALSE;
    }
  if (!self->wide && (where[COL_PERIOD] < 0 || where[COL_VALUE] < 0))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                   _("The first row must name a column Period and a column Värde, "
                     "or the months jan … dec."));
      return FALSE;
    }
  return TRUE;
}

void
sk_outcome_import_add_cell (SkOutcomeImport *self,
                            guint            row_number,
                            guint            column,
                            gint64           indicator_id,
                            gint64           unit_id,
                            const char      *period,
                            const char      *text)
{
  SkImportRow *row;

  g_return_if_fail (self != NULL);

  row = sk_import_add_row (self, row_number, column);
  row->indicator_id = indicator_id;
  row->unit_id = unit_id;
  row->period = sk_import_keep (self, period);
  self->wide = TRUE;
  self->separator = '\t';
  if (period == NULL)
    sk_import_refuse (row, _("The cell lies beyond December."));
  else if (indicator_id == 0)
    sk_import_refuse (row, _("The cell lies below the last indicator."));
  sk_import_read_value (row, text);
  if (isnan (row->value) && row->status != SK_IMPORT_REFUSED)
    sk_import_refuse (row, _("Enter a value, or say why it is missing."));
}

void
sk_outcome_import_add_value (SkOutcomeImport *self,
                             guint            row_number,
                             const char      *indicator,
                             const char      *unit,
                             const char      *period,
                             SkOutcomeKind    kind,
                             double           value)
{
  SkImportRow *row;

  g_return_if_fail (self != NULL);

  row = sk_import_add_row (self, row_number, 0);
  row->indicator_text = sk_import_keep (self, indicator);
  row->unit_text = sk_import_keep (self, unit);
  row->period = sk_import_keep (self, period);
  row->kind = kind;
  row->value = value;
  if (period == NULL)
    sk_import_refuse (row, _("The period is missing."));
}
