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
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
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

static const char *
field (GStrv fields,
       int   index)
{
  if (index < 0 || index >= (int) g_strv_length (fields))
    return "";
  return fields[index];
}

gboolean
sk_import_is_blank_record (GStrv fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    if (!sk_import_is_blank (fields[i]))
      return FALSE;
  return TRUE;
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

/* "91,1", "66 020", "91,1 %" (a share as Excel shows one); empty is NAN. */
void
sk_import_read_value (SkImportRow *row,
            const char  *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  gsize len = strlen (copy);
  g_autofree char *shown = NULL;

  if (len == 0)
    return;
  if (copy[len - 1] == '%')
    {
      copy[len - 1] = '\0';
      g_strchomp (copy);
    }
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
  if (strlen (text) == 7 && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) && g_ascii_isdigit (text[2])
      && g_ascii_isdigit (text[3]) && text[4] == '-' && g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[6]))
    {
      year = atoi (text);
      month = (text[5] - '0') * 10 + (text[6] - '0');
      if (year >= SK_YEAR_MIN && year <= SK_YEAR_MAX && month >= 1 && month <= 12)
        {
          *out = sk_import_keep (self, text);
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

static void
read_common (SkOutcomeImport *self,
             SkImportRow     *row,
             GStrv            fields,
             const int       *where)
{
  g_autofree char *indicator = g_strstrip (g_strdup (field (fields, where[COL_INDICATOR])));
  g_autofree char *unit = g_strstrip (g_strdup (field (fields, where[COL_UNIT])));

  row->indicator_text = sk_import_keep (self, indicator);
  row->unit_text = sk_import_keep (self, unit);
  if (where[COL_COMMENT] >= 0 && !sk_import_is_blank (field (fields, where[COL_COMMENT])))
    row->comment = g_strstrip (g_strdup (field (fields, where[COL_COMMENT])));
  if (where[COL_KIND] >= 0 && !sk_import_is_blank (field (fields, where[COL_KIND])))
    {
      g_autofree char *kind = g_strstrip (g_strdup (field (fields, where[COL_KIND])));

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
                  GStrv            fields,
                  const int       *where)
{
  SkImportRow *row = sk_import_add_row (self, record, 0);
  const char *period = field (fields, where[COL_PERIOD]);

  read_common (self, row, fields, where);
  if (!read_period (self, period, &row->period))
    {
      g_autofree char *shown = sk_text_excerpt (period);
      sk_import_refuse (row, _("“%s” is not a month: write it as 2024-04."), shown);
    }
  sk_import_read_value (row, field (fields, where[COL_VALUE]));
  /* An empty value with a comment is a gap with its reason. */
  if (isnan (row->value) && row->status != SK_IMPORT_REFUSED && row->comment == NULL)
    sk_import_refuse (row, _("Enter a value, or say why it is missing."));
}

void
sk_import_read_wide_record (SkOutcomeImport *self,
                  guint            record,
                  GStrv            fields,
                  const int       *where,
                  const int       *months,
                  int              default_year)
{
  const char *year_text = field (fields, where[COL_YEAR]);
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

      if (months[m] < 0 || sk_import_is_blank (field (fields, months[m])))
        continue;
      row = sk_import_add_row (self, record, months[m] + 1);
      read_common (self, row, fields, where);
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
      sk_import_read_value (row, field (fields, months[m]));
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
