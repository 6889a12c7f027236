/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-import"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-format.h"
#include "sk-store-bulk.h"
#include "sk-outcome-import.h"
#include "sk-text.h"

/* Plans of outcome changes from CSV files and pasted cells (see the header). */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

typedef enum {
  COL_NONE,
  COL_INDICATOR,
  COL_UNIT,
  COL_PERIOD,
  COL_VALUE,
  COL_COMMENT,
  COL_YEAR,
  COL_KIND,
  COL_MONTH,  /* + month - 1 */
} ColumnRole;

struct _SkOutcomeImport
{
  GArray        *rows;          /* SkImportRow */
  guint          checked;       /* rows checked so far */
  gint           read_permille; /* atomic: read progress */
  SkCsvEncoding  encoding;
  char           separator;
  gboolean       wide;
  gboolean       applied;
  GHashTable    *indicators;    /* folded text → SkIndicator or error message (in refusals) */
  GHashTable    *unit_ids;      /* folded text → gint64* (0: not found) */
  GHashTable    *unit_errors;   /* folded text → message */
  GHashTable    *indicator_errors;
  GHashTable    *keys;          /* "ind:unit:period:kind" → row number */
  GHashTable    *packed_keys;   /* the same packed in 64 bits, where the ids fit */
  GHashTable    *definitions;   /* "id:year" → the indicator as that year defines it */
  GStringChunk  *strings;       /* names, units and periods, each kept once: a
                                   million rows name the same few indicators */
};

static const char *
keep (SkOutcomeImport *self,
      const char      *text)
{
  return text != NULL ? g_string_chunk_insert_const (self->strings, text) : NULL;
}

static void
row_clear (gpointer data)
{
  SkImportRow *row = data;

  g_free (row->comment);
  g_clear_object (&row->outcome);
  g_clear_object (&row->old);
  g_free (row->reason);
}

SkOutcomeImport *
sk_outcome_import_new (void)
{
  SkOutcomeImport *self = g_new0 (SkOutcomeImport, 1);

  self->rows = g_array_new (FALSE, TRUE, sizeof (SkImportRow));
  g_array_set_clear_func (self->rows, row_clear);
  self->separator = ';';
  self->indicators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->indicator_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->unit_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->unit_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->packed_keys = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->definitions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->strings = g_string_chunk_new (4096);
  return self;
}

void
sk_outcome_import_free (SkOutcomeImport *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->rows);
  g_hash_table_unref (self->indicators);
  g_hash_table_unref (self->indicator_errors);
  g_hash_table_unref (self->unit_ids);
  g_hash_table_unref (self->unit_errors);
  g_hash_table_unref (self->keys);
  g_hash_table_unref (self->packed_keys);
  g_hash_table_unref (self->definitions);
  g_string_chunk_free (self->strings);
  g_free (self);
}

/* ---- Reading ---- */

static char *
fold (const char *text)
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
  g_autofree char *key = fold (header);

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

static gboolean
is_blank_record (GStrv fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    if (!is_blank (fields[i]))
      return FALSE;
  return TRUE;
}

static SkImportRow *
add_row (SkOutcomeImport *self,
         guint            record,
         guint            column)
{
  SkImportRow row = { 0 };

  row.row = record;
  row.column = column;
  row.value = NAN;
  row.kind = SK_OUTCOME_MONTH;
  g_array_append_val (self->rows, row);
  return &g_array_index (self->rows, SkImportRow, self->rows->len - 1);
}

static void
refuse (SkImportRow *row,
        const char  *format,
        ...) G_GNUC_PRINTF (2, 3);

static void
refuse (SkImportRow *row,
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
static void
read_value (SkImportRow *row,
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
  refuse (row, _("“%s” is not a number."), shown);
}

/* "2024-04", "2024-4", or the date a spreadsheet made of it ("2024-04-01"). */
static gboolean
read_period (SkOutcomeImport *self,
             const char      *text,
             const char     **out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  int year, month, day;
  char tail = 0;

  if (sscanf (copy, "%4d-%2d-%2d%c", &year, &month, &day, &tail) >= 3
      || (sscanf (copy, "%4d-%2d%c", &year, &month, &tail) == 2))
    {
      if (tail != 0 && tail != ' ' && tail != 'T')
        return FALSE;
      if (year < SK_YEAR_MIN || year > SK_YEAR_MAX || month < 1 || month > 12)
        return FALSE;
      g_autofree char *period = sk_period_make (year, month);

      *out = keep (self, period);
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

  row->indicator_text = keep (self, indicator);
  row->unit_text = keep (self, unit);
  if (where[COL_COMMENT] >= 0 && !is_blank (field (fields, where[COL_COMMENT])))
    row->comment = g_strstrip (g_strdup (field (fields, where[COL_COMMENT])));
  if (where[COL_KIND] >= 0 && !is_blank (field (fields, where[COL_KIND])))
    {
      g_autofree char *kind = g_strstrip (g_strdup (field (fields, where[COL_KIND])));

      if (!sk_outcome_kind_from_string (kind, &row->kind))
        {
          g_autofree char *shown = sk_text_excerpt (kind);
          refuse (row, _("Unknown kind “%s”: use month, ytd, r12 or reference."), shown);
        }
    }
  if (is_blank (row->indicator_text))
    refuse (row, _("The indicator is missing."));
  else if (is_blank (row->unit_text))
    refuse (row, _("The unit is missing."));
}

static void
read_long_record (SkOutcomeImport *self,
                  guint            record,
                  GStrv            fields,
                  const int       *where)
{
  SkImportRow *row = add_row (self, record, 0);
  const char *period = field (fields, where[COL_PERIOD]);

  read_common (self, row, fields, where);
  if (!read_period (self, period, &row->period))
    {
      g_autofree char *shown = sk_text_excerpt (period);
      refuse (row, _("“%s” is not a month: write it as 2024-04."), shown);
    }
  read_value (row, field (fields, where[COL_VALUE]));
  /* An empty value with a comment is a gap with its reason. */
  if (isnan (row->value) && row->status != SK_IMPORT_REFUSED && row->comment == NULL)
    refuse (row, _("Enter a value, or say why it is missing."));
}

static void
read_wide_record (SkOutcomeImport *self,
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

      if (months[m] < 0 || is_blank (field (fields, months[m])))
        continue;
      row = add_row (self, record, months[m] + 1);
      read_common (self, row, fields, where);
      /* The comment column of a wide row is not one month's. */
      g_clear_pointer (&row->comment, g_free);
      if (!year_ok)
        {
          g_autofree char *shown = sk_text_excerpt (year_text);
          refuse (row, _("“%s” is not a year."), shown);
        }
      else
        {
          g_autofree char *made = sk_period_make (year, m + 1);

          row->period = keep (self, made);
        }
      read_value (row, field (fields, months[m]));
    }
}

static gboolean
read_header (SkOutcomeImport *self,
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

gboolean
sk_outcome_import_read_csv (SkOutcomeImport  *self,
                            const char       *data,
                            gsize             length,
                            char              separator,
                            int               default_year,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) header = NULL;
  SkCsvParser parser;
  int where[COL_KIND + 1];
  int months[12];
  gsize text_length;

  g_return_val_if_fail (self != NULL, FALSE);

  text = sk_csv_decode (data, length, &self->encoding, error);
  if (text == NULL)
    return FALSE;
  text_length = strlen (text);
  self->separator = separator != 0 ? separator : sk_csv_detect_separator (text);
  sk_csv_parser_init (&parser, text, self->separator);
  do
    {
      g_clear_pointer (&header, g_strfreev);
      header = sk_csv_parser_next (&parser);
    }
  while (header != NULL && is_blank_record (header));
  if (header == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT, _("The file is empty."));
      return FALSE;
    }
  if (!read_header (self, header, where, months, default_year, error))
    return FALSE;

  for (;;)
    {
      g_auto(GStrv) fields = sk_csv_parser_next (&parser);

      if (fields == NULL)
        break;
      if ((parser.record & 1023) == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          g_atomic_int_set (&self->read_permille,
                            (gint) (1000 * sk_csv_parser_progress (&parser, text, text_length)));
        }
      if (is_blank_record (fields))
        continue;
      if (self->wide)
        read_wide_record (self, parser.record, fields, where, months, default_year);
      else
        read_long_record (self, parser.record, fields, where);
    }
  g_atomic_int_set (&self->read_permille, 1000);
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

  row = add_row (self, row_number, column);
  row->indicator_id = indicator_id;
  row->unit_id = unit_id;
  row->period = keep (self, period);
  self->wide = TRUE;
  self->separator = '\t';
  if (period == NULL)
    refuse (row, _("The cell lies beyond December."));
  else if (indicator_id == 0)
    refuse (row, _("The cell lies below the last indicator."));
  read_value (row, text);
  if (isnan (row->value) && row->status != SK_IMPORT_REFUSED)
    refuse (row, _("Enter a value, or say why it is missing."));
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

  row = add_row (self, row_number, 0);
  row->indicator_text = keep (self, indicator);
  row->unit_text = keep (self, unit);
  row->period = keep (self, period);
  row->kind = kind;
  row->value = value;
  if (period == NULL)
    refuse (row, _("The period is missing."));
}

double
sk_outcome_import_get_read_progress (SkOutcomeImport *self)
{
  return g_atomic_int_get (&self->read_permille) / 1000.0;
}

/* ---- Checking against the store ---- */

static SkIndicator *
find_indicator (SkOutcomeImport  *self,
                SkStore          *store,
                SkImportRow      *row)
{
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  SkIndicator *ind;
  const char *message;

  if (row->indicator_id != 0)
    return sk_store_get_indicator (store, row->indicator_id);
  key = fold (row->indicator_text);
  ind = g_hash_table_lookup (self->indicators, key);
  if (ind != NULL)
    return g_object_ref (ind);
  message = g_hash_table_lookup (self->indicator_errors, key);
  if (message != NULL)
    {
      refuse (row, "%s", message);
      return NULL;
    }
  ind = sk_store_find_indicator (store, row->indicator_text, &error);
  if (ind == NULL)
    {
      message = error ? error->message : _("No such indicator.");
      refuse (row, "%s", message);
      g_hash_table_insert (self->indicator_errors, g_steal_pointer (&key), g_strdup (message));
      return NULL;
    }
  g_hash_table_insert (self->indicators, g_steal_pointer (&key), g_object_ref (ind));
  return ind;
}

static gint64
find_unit (SkOutcomeImport *self,
           SkStore         *store,
           SkImportRow     *row)
{
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkUnit) unit = NULL;
  gint64 *id;
  const char *message;

  if (row->unit_id != 0)
    return row->unit_id;
  key = fold (row->unit_text);
  id = g_hash_table_lookup (self->unit_ids, key);
  if (id != NULL)
    return *id;
  message = g_hash_table_lookup (self->unit_errors, key);
  if (message != NULL)
    {
      refuse (row, "%s", message);
      return 0;
    }
  unit = sk_store_find_unit (store, row->unit_text, &error);
  if (unit == NULL)
    {
      message = error ? error->message : _("No such unit.");
      refuse (row, "%s", message);
      g_hash_table_insert (self->unit_errors, g_steal_pointer (&key), g_strdup (message));
      return 0;
    }
  id = g_new (gint64, 1);
  *id = sk_record_get_id (SK_RECORD (unit));
  g_hash_table_insert (self->unit_ids, g_steal_pointer (&key), id);
  return *id;
}

static gboolean
same_value (double a,
            double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static void
classify (SkImportRow *row)
{
  SkOutcome *o = row->outcome;
  SkOutcome *old = row->old;

  if (old == NULL)
    row->status = SK_IMPORT_NEW;
  else if (same_value (sk_outcome_get_value (o), sk_outcome_get_value (old))
           && g_strcmp0 (sk_outcome_get_missing_reason (o), sk_outcome_get_missing_reason (old)) == 0
           && g_strcmp0 (sk_outcome_get_comment (o), sk_outcome_get_comment (old)) == 0)
    row->status = SK_IMPORT_UNCHANGED;
  else
    row->status = SK_IMPORT_CHANGED;
}

/* What is written for @row: a gap's Kommentar is its reason; the stored
 * comment (of @old) stays unless the file gives a value with a comment. */
static SkOutcome *
make_outcome (const SkImportRow *row,
              SkOutcome         *old)
{
  SkOutcome *o = sk_outcome_new ();

  sk_outcome_set_indicator_id (o, row->indicator_id);
  sk_outcome_set_unit_id (o, row->unit_id);
  sk_outcome_set_period (o, row->period);
  sk_outcome_set_kind (o, row->kind);
  sk_outcome_set_value (o, row->value);
  if (isnan (row->value))
    sk_outcome_set_missing_reason (o, row->comment);
  if (!isnan (row->value) && row->comment != NULL)
    sk_outcome_set_comment (o, row->comment);
  else if (old != NULL)
    sk_outcome_set_comment (o, sk_outcome_get_comment (old));
  return o;
}

/* The row that already gave this place (indicator, unit, period, kind),
 * or 0 after remembering @row for it. */
static guint
remember_place (SkOutcomeImport   *self,
                const SkImportRow *row)
{
  int year = 0, month = 0;
  guint first;

  sk_period_parse (row->period, &year, &month);
  /* Packed in 64 bits where the ids allow: no string a row. */
  if (sizeof (gpointer) == 8 && row->indicator_id < (1 << 20) && row->unit_id < (1 << 24))
    {
      guint64 packed = ((guint64) row->indicator_id << 40) | ((guint64) row->unit_id << 16)
                       | ((guint64) ((year - SK_YEAR_MIN) * 12 + month - 1) << 2) | (guint64) row->kind;
      gpointer key = GSIZE_TO_POINTER ((gsize) packed);

      first = GPOINTER_TO_UINT (g_hash_table_lookup (self->packed_keys, key));
      if (first == 0)
        g_hash_table_insert (self->packed_keys, key, GUINT_TO_POINTER (row->row));
    }
  else
    {
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%s:%d",
                                              row->indicator_id, row->unit_id, row->period, row->kind);

      first = GPOINTER_TO_UINT (g_hash_table_lookup (self->keys, key));
      if (first == 0)
        g_hash_table_insert (self->keys, g_steal_pointer (&key), GUINT_TO_POINTER (row->row));
    }
  return first;
}

/* The indicator as @year defines it (name, unit of measure), asked once. */
static SkIndicator *
definition_in_year (SkOutcomeImport *self,
                    SkStore         *store,
                    gint64           indicator_id,
                    int              year)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%d", indicator_id, year);
  SkIndicator *ind = g_hash_table_lookup (self->definitions, key);

  if (ind == NULL)
    {
      ind = sk_store_get_indicator_in_year (store, indicator_id, year);
      if (ind == NULL)
        return NULL;
      g_hash_table_insert (self->definitions, g_steal_pointer (&key), ind);
    }
  return g_object_ref (ind);
}

static void
check_row (SkOutcomeImport *self,
           SkStore         *store,
           SkImportRow     *row)
{
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkIndicator) in_year = NULL;
  g_autoptr(GError) error = NULL;
  guint first;
  int year = 0, month = 0;

  if (row->status == SK_IMPORT_REFUSED)
    return;
  ind = find_indicator (self, store, row);
  if (ind == NULL)
    return;
  row->indicator_id = sk_record_get_id (SK_RECORD (ind));
  row->unit_id = find_unit (self, store, row);
  if (row->unit_id == 0)
    return;
  sk_period_parse (row->period, &year, &month);
  in_year = definition_in_year (self, store, row->indicator_id, year);
  if (row->indicator_text == NULL)
    row->indicator_text = keep (self, sk_indicator_get_name (in_year ? in_year : ind));
  if (row->unit_text == NULL)
    {
      g_autoptr(SkUnit) unit = sk_store_get_unit (store, row->unit_id);

      row->unit_text = keep (self, unit != NULL ? sk_unit_get_name (unit) : "");
    }
  row->measure_unit = keep (self, sk_indicator_get_measure_unit (in_year ? in_year : ind));
  if (row->kind == SK_IMPORT_KIND_YEAR_FIGURE)
    row->kind = sk_indicator_get_frequency (in_year ? in_year : ind) == SK_FREQUENCY_YEAR
                ? SK_OUTCOME_MONTH : SK_OUTCOME_YTD;

  row->old = sk_store_get_outcome (store, row->indicator_id, row->unit_id, row->period, row->kind);
  row->outcome = make_outcome (row, row->old);

  /* The store's own checks: the same as typing the value in the grid. */
  if (!sk_store_check_outcome (store, row->outcome, &error))
    {
      refuse (row, "%s", error->message);
      return;
    }
  first = remember_place (self, row);
  if (first != 0)
    {
      refuse (row, _("Row %u already gives this month for this indicator and unit."), first);
      return;
    }
  classify (row);
  /* Only what undo needs is kept: the values are in the row, and what is
   * written is made again from them (a million rows stay small). */
  g_clear_object (&row->outcome);
  if (row->status != SK_IMPORT_CHANGED)
    g_clear_object (&row->old);
}

gboolean
sk_outcome_import_check (SkOutcomeImport *self,
                         SkStore         *store,
                         guint            max_rows)
{
  gboolean in_transaction;
  guint end;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  end = max_rows == 0 ? self->rows->len : MIN (self->rows->len, self->checked + max_rows);
  /* One read transaction for the lot: SQLite takes and drops its file lock
   * once, not for each of the rows' queries (12 system calls a row). */
  in_transaction = sk_store_begin (store, NULL);
  for (guint i = self->checked; i < end; i++)
    check_row (self, store, &g_array_index (self->rows, SkImportRow, i));
  if (in_transaction && !sk_store_commit (store, NULL))
    sk_store_rollback (store);
  self->checked = end;
  return self->checked == self->rows->len;
}

double
sk_outcome_import_get_check_progress (SkOutcomeImport *self)
{
  return self->rows->len == 0 ? 1.0 : (double) self->checked / self->rows->len;
}

/* ---- The plan ---- */

guint
sk_outcome_import_get_n_rows (SkOutcomeImport *self)
{
  return self->rows->len;
}

const SkImportRow *
sk_outcome_import_get_row (SkOutcomeImport *self,
                           guint            index)
{
  g_return_val_if_fail (index < self->rows->len, NULL);
  return &g_array_index (self->rows, SkImportRow, index);
}

guint
sk_outcome_import_count (SkOutcomeImport *self,
                         SkImportStatus   status)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    if (g_array_index (self->rows, SkImportRow, i).status == status)
      n++;
  return n;
}

SkCsvEncoding
sk_outcome_import_get_encoding (SkOutcomeImport *self)
{
  return self->encoding;
}

char
sk_outcome_import_get_separator (SkOutcomeImport *self)
{
  return self->separator;
}

gboolean
sk_outcome_import_is_wide (SkOutcomeImport *self)
{
  return self->wide;
}

char *
sk_import_row_place (const SkImportRow *row)
{
  char letters[8];
  guint n = row->column, i = sizeof letters - 1;

  if (n == 0)
    return g_strdup_printf (_("Row %u"), row->row);
  /* Spreadsheet column letters: 1 → A, 27 → AA. */
  letters[i] = '\0';
  while (n > 0 && i > 0)
    {
      letters[--i] = 'A' + (n - 1) % 26;
      n = (n - 1) / 26;
    }
  return g_strdup_printf (_("Row %u, column %s"), row->row, letters + i);
}

static char *
value_text (SkOutcome  *o,
            const char *measure_unit)
{
  double value = sk_outcome_get_value (o);

  if (isnan (value))
    return g_strdup_printf (_("missing (%s)"), sk_outcome_get_missing_reason (o));
  return sk_format_value (value, measure_unit);
}

char *
sk_import_row_describe (const SkImportRow *row)
{
  g_autofree char *place = sk_import_row_place (row);
  g_autofree char *what = NULL;
  g_autofree char *change = NULL;

  if (row->status == SK_IMPORT_REFUSED)
    return g_strdup_printf ("%s: %s", place, row->reason);
  what = g_strdup_printf ("%s, %s, %s", row->indicator_text ? row->indicator_text : "",
                          row->unit_text ? row->unit_text : "", row->period);
  if (row->status == SK_IMPORT_CHANGED)
    {
      g_autoptr(SkOutcome) outcome = make_outcome (row, row->old);
      g_autofree char *old = value_text (row->old, row->measure_unit);
      g_autofree char *new = value_text (outcome, row->measure_unit);

      if (g_strcmp0 (old, new) == 0)
        change = g_strdup_printf (_("%s (new comment)"), new);
      else
        change = g_strdup_printf ("%s → %s", old, new);
    }
  else if (isnan (row->value) && row->comment != NULL)
    change = g_strdup_printf (_("missing (%s)"), row->comment);
  else if (!isnan (row->value))
    change = sk_format_value (row->value, row->measure_unit);
  return g_strdup_printf ("%s: %s: %s", place, what, change ? change : "");
}

char *
sk_outcome_import_summary (SkOutcomeImport *self)
{
  return g_strdup_printf (_("%u new, %u changed, %u unchanged, %u refused"),
                          sk_outcome_import_count (self, SK_IMPORT_NEW),
                          sk_outcome_import_count (self, SK_IMPORT_CHANGED),
                          sk_outcome_import_count (self, SK_IMPORT_UNCHANGED),
                          sk_outcome_import_count (self, SK_IMPORT_REFUSED));
}

gboolean
sk_outcome_import_apply (SkOutcomeImport  *self,
                         SkStore          *store,
                         GError          **error)
{
  guint refused;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  if (self->checked < self->rows->len)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("The rows are not all checked yet."));
      return FALSE;
    }
  refused = sk_outcome_import_count (self, SK_IMPORT_REFUSED);
  if (refused > 0)
    {
      /* All or nothing: a half-imported month is worse than none. */
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "%u row is refused: nothing was imported.",
                                "%u rows are refused: nothing was imported.", refused), refused);
      return FALSE;
    }
  if (!sk_store_begin (store, error))
    return FALSE;
  /* One large write: keep the index pages in memory (see sk-store-bulk.h). */
  sk_store_set_bulk (store, TRUE);
  for (guint i = 0; i < self->rows->len; i++)
    {
      SkImportRow *row = &g_array_index (self->rows, SkImportRow, i);
      g_autoptr(GError) local = NULL;
      g_autoptr(SkOutcome) outcome = NULL;

      if (row->status != SK_IMPORT_NEW && row->status != SK_IMPORT_CHANGED)
        continue;
      outcome = make_outcome (row, row->old);
      if (!sk_store_set_outcome (store, outcome, &local))
        {
          g_autofree char *place = sk_import_row_place (row);

          sk_store_rollback (store);
          sk_store_set_bulk (store, FALSE);
          g_set_error (error, local->domain, local->code, "%s: %s", place, local->message);
          return FALSE;
        }
    }
  if (!sk_store_commit (store, error))
    {
      sk_store_rollback (store);
      sk_store_set_bulk (store, FALSE);
      return FALSE;
    }
  sk_store_set_bulk (store, FALSE);
  self->applied = TRUE;
  return TRUE;
}

gboolean
sk_outcome_import_undo (SkOutcomeImport  *self,
                        SkStore          *store,
                        GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  if (!self->applied)
    return TRUE;
  if (!sk_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      SkImportRow *row = &g_array_index (self->rows, SkImportRow, i);
      gboolean ok = TRUE;

      if (row->status == SK_IMPORT_NEW)
        ok = sk_store_clear_outcome (store, row->indicator_id, row->unit_id, row->period, row->kind, error);
      else if (row->status == SK_IMPORT_CHANGED)
        {
          /* The old value comes back with who entered it and when. */
          g_autoptr(SkOutcome) old = g_object_ref (row->old);
          ok = sk_store_import_outcome (store, old, error);
        }
      if (!ok)
        {
          sk_store_rollback (store);
          return FALSE;
        }
    }
  if (!sk_store_commit (store, error))
    {
      sk_store_rollback (store);
      return FALSE;
    }
  self->applied = FALSE;
  return TRUE;
}
