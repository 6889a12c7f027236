/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-import"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-format.h"
#include "sk-store-bulk.h"
#include "sk-outcome-import-private.h"
#include "sk-text.h"

/* Plans of outcome changes from CSV files and pasted cells (see the header). */

const char *
sk_import_keep (SkOutcomeImport *self,
      const char      *text)
{
  return text != NULL ? g_string_chunk_insert_const (self->strings, text) : NULL;
}

void
sk_import_row_clear (gpointer data)
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
  g_array_set_clear_func (self->rows, sk_import_row_clear);
  self->batch = g_array_new (FALSE, TRUE, sizeof (SkImportRow));
  g_array_set_clear_func (self->batch, sk_import_row_clear);
  self->separator = ';';
  self->indicators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->indicator_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->unit_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->unit_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->packed_keys = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->definitions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->raw_indicators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->raw_units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->strings = g_string_chunk_new (4096);
  return self;
}

void
sk_outcome_import_free (SkOutcomeImport *self)
{
  if (self == NULL)
    return;
  sk_import_stream_clear (self);
  sk_import_places_clear (self);
  g_array_unref (self->batch);
  g_array_unref (self->rows);
  g_hash_table_unref (self->indicators);
  g_hash_table_unref (self->indicator_errors);
  g_hash_table_unref (self->unit_ids);
  g_hash_table_unref (self->unit_errors);
  g_hash_table_unref (self->keys);
  g_hash_table_unref (self->packed_keys);
  g_hash_table_unref (self->definitions);
  g_hash_table_unref (self->raw_indicators);
  g_hash_table_unref (self->raw_units);
  g_string_chunk_free (self->strings);
  g_free (self);
}

/* What was looked up is asked again: a write relies on every indicator
 * and unit it names being read inside its own transaction. */
void
sk_import_forget_lookups (SkOutcomeImport *self)
{
  g_hash_table_remove_all (self->raw_indicators);
  g_hash_table_remove_all (self->raw_units);
  g_hash_table_remove_all (self->indicators);
  g_hash_table_remove_all (self->indicator_errors);
  g_hash_table_remove_all (self->unit_ids);
  g_hash_table_remove_all (self->unit_errors);
  g_hash_table_remove_all (self->definitions);
  self->last_indicator_text = NULL;
  self->last_indicator = NULL;
  self->last_definition = NULL;
}

double
sk_outcome_import_get_read_progress (SkOutcomeImport *self)
{
  return g_atomic_int_get (&self->read_permille) / 1000.0;
}

/* ---- Checking against the store ---- */

/* Borrowed: the import keeps what it found for the next rows. */
static SkIndicator *
find_indicator (SkOutcomeImport  *self,
                SkStore          *store,
                SkImportRow      *row)
{
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  SkIndicator *ind;
  const char *message, *raw;

  if (row->indicator_id != 0)
    {
      /* Kept beside the definitions, under year 0 (none is). */
      gint64 by_id = row->indicator_id * 100000;

      ind = g_hash_table_lookup (self->definitions, &by_id);
      if (ind == NULL && (ind = sk_store_get_indicator (store, row->indicator_id)) != NULL)
        g_hash_table_insert (self->definitions, g_memdup2 (&by_id, sizeof by_id), ind);
      return ind;
    }
  /* The text as the file spells it, met before: no folding a row. */
  if (self->last_indicator_text != NULL && strcmp (row->indicator_text, self->last_indicator_text) == 0)
    return self->last_indicator;
  if (g_hash_table_lookup_extended (self->raw_indicators, row->indicator_text, (gpointer *) &raw, (gpointer *) &ind))
    {
      self->last_indicator_text = raw;
      self->last_indicator = ind;
      return ind;
    }
  key = sk_import_fold (row->indicator_text);
  ind = g_hash_table_lookup (self->indicators, key);
  if (ind != NULL)
    {
      if (g_hash_table_size (self->raw_indicators) < SK_IMPORT_LIST_LIMIT)
        g_hash_table_insert (self->raw_indicators, g_strdup (row->indicator_text), ind);
      return ind;
    }
  message = g_hash_table_lookup (self->indicator_errors, key);
  if (message != NULL)
    {
      sk_import_refuse (row, "%s", message);
      return NULL;
    }
  ind = sk_store_find_indicator (store, row->indicator_text, &error);
  if (ind == NULL)
    {
      message = error ? error->message : _("No such indicator.");
      sk_import_refuse (row, "%s", message);
      if (g_hash_table_size (self->indicator_errors) < SK_IMPORT_LIST_LIMIT)
        g_hash_table_insert (self->indicator_errors, g_steal_pointer (&key), g_strdup (message));
      return NULL;
    }
  g_hash_table_insert (self->indicators, g_steal_pointer (&key), ind);
  if (g_hash_table_size (self->raw_indicators) < SK_IMPORT_LIST_LIMIT)
    g_hash_table_insert (self->raw_indicators, g_strdup (row->indicator_text), ind);
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
  id = g_hash_table_lookup (self->raw_units, row->unit_text);
  if (id != NULL)
    return *id;
  key = sk_import_fold (row->unit_text);
  id = g_hash_table_lookup (self->unit_ids, key);
  if (id != NULL)
    {
      if (g_hash_table_size (self->raw_units) < SK_IMPORT_LIST_LIMIT)
        g_hash_table_insert (self->raw_units, g_strdup (row->unit_text), id);
      return *id;
    }
  message = g_hash_table_lookup (self->unit_errors, key);
  if (message != NULL)
    {
      sk_import_refuse (row, "%s", message);
      return 0;
    }
  unit = sk_store_find_unit (store, row->unit_text, &error);
  if (unit == NULL)
    {
      message = error ? error->message : _("No such unit.");
      sk_import_refuse (row, "%s", message);
      if (g_hash_table_size (self->unit_errors) < SK_IMPORT_LIST_LIMIT)
        g_hash_table_insert (self->unit_errors, g_steal_pointer (&key), g_strdup (message));
      return 0;
    }
  id = g_new (gint64, 1);
  *id = sk_record_get_id (SK_RECORD (unit));
  g_hash_table_insert (self->unit_ids, g_steal_pointer (&key), id);
  if (g_hash_table_size (self->raw_units) < SK_IMPORT_LIST_LIMIT)
    g_hash_table_insert (self->raw_units, g_strdup (row->unit_text), id);
  return *id;
}

static gboolean
same_value (double a,
            double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* @stored: what is stored at the row's place, NULL for nothing. */
static void
classify (SkImportRow         *row,
          const SkOutcomeRow  *v,
          const SkOutcomeRow  *stored)
{
  if (stored == NULL)
    row->status = SK_IMPORT_NEW;
  else if (same_value (v->value, stored->value)
           && g_strcmp0 (v->missing_reason, stored->missing_reason) == 0
           && g_strcmp0 (v->comment, stored->comment) == 0)
    row->status = SK_IMPORT_UNCHANGED;
  else
    row->status = SK_IMPORT_CHANGED;
}

/* What is written for @row: a gap's Kommentar is its reason; the stored
 * comment (@old_comment) stays unless the file gives a value with a
 * comment. The texts are @row's and the caller's. */
void
sk_import_row_values (const SkImportRow *row,
                      const char        *old_comment,
                      SkOutcomeRow      *v)
{
  gboolean gap = isnan (row->value);

  *v = (SkOutcomeRow) {
    row->indicator_id, row->unit_id, row->period, row->kind, row->value, NAN, NAN,
    gap ? row->comment : NULL,
    !gap && row->comment != NULL ? row->comment : old_comment,
    FALSE, NULL, NULL,
  };
}

SkOutcome *
sk_import_make_outcome (const SkImportRow *row,
                        SkOutcome         *old)
{
  SkOutcome *o = sk_outcome_new ();
  SkOutcomeRow v;

  sk_import_row_values (row, old != NULL ? sk_outcome_get_comment (old) : NULL, &v);
  sk_outcome_set_indicator_id (o, v.indicator_id);
  sk_outcome_set_unit_id (o, v.unit_id);
  sk_outcome_set_period (o, v.period);
  sk_outcome_set_kind (o, v.kind);
  sk_outcome_set_value (o, v.value);
  sk_outcome_set_missing_reason (o, v.missing_reason);
  sk_outcome_set_comment (o, v.comment);
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
  /* Keyed by one number: no text made a row. */
  gint64 key = indicator_id * 100000 + year;
  SkIndicator *ind;

  if (key == self->last_definition_key && self->last_definition != NULL)
    return self->last_definition;
  ind = g_hash_table_lookup (self->definitions, &key);
  if (ind == NULL)
    {
      ind = sk_store_get_indicator_in_year (store, indicator_id, year);
      if (ind == NULL)
        return NULL;
      g_hash_table_insert (self->definitions, g_memdup2 (&key, sizeof key), ind);
    }
  self->last_definition_key = key;
  self->last_definition = ind;
  return ind;  /* borrowed, as find_indicator()'s */
}

void
sk_import_check_row (SkOutcomeImport *self,
           SkStore         *store,
           SkImportRow     *row)
{
  SkIndicator *ind, *in_year, *defined;
  g_autoptr(GError) error = NULL;
  SkStoredOutcome stored = { 0 };
  gboolean found = FALSE;
  SkOutcomeRow v;
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
  defined = in_year != NULL ? in_year : ind;
  if (row->indicator_text == NULL)
    row->indicator_text = sk_import_keep (self, sk_indicator_get_name (defined));
  if (row->unit_text == NULL)
    {
      g_autoptr(SkUnit) unit = sk_store_get_unit (store, row->unit_id);

      row->unit_text = sk_import_keep (self, unit != NULL ? sk_unit_get_name (unit) : "");
    }
  /* The indicator lives as long as the import (its tables hold it). */
  row->measure_unit = sk_indicator_get_measure_unit (defined);
  if (row->kind == SK_IMPORT_KIND_YEAR_FIGURE)
    row->kind = sk_indicator_get_frequency (defined) == SK_FREQUENCY_YEAR ? SK_OUTCOME_MONTH : SK_OUTCOME_YTD;

  /* A file's pass finds what is stored as values (no object a row), and
   * keeps an object only of a value it changes (for undo). */
  if (self->writer != NULL)
    found = sk_outcome_writer_find (self->writer, row->indicator_id, row->unit_id, row->period, row->kind,
                                    &stored);
  else if ((row->old = sk_store_get_outcome (store, row->indicator_id, row->unit_id, row->period,
                                             row->kind)) != NULL)
    {
      found = TRUE;
      stored.id = sk_record_get_id (SK_RECORD (row->old));
      stored.values = (SkOutcomeRow) {
        .value = sk_outcome_get_value (row->old),
        .missing_reason = sk_outcome_get_missing_reason (row->old),
        .comment = sk_outcome_get_comment (row->old),
      };
    }
  sk_import_row_values (row, found ? stored.values.comment : NULL, &v);

  /* The store's own checks: the same as typing the value in the grid.
   * A file's rows are checked with what was asked once (indicator, unit),
   * on their values: no object a row. */
  if (self->streamed)
    {
      if (!sk_store_check_outcome_row (store, &v, in_year, &error))
        {
          sk_import_refuse (row, "%s", error->message);
          return;
        }
    }
  else
    {
      g_autoptr(SkOutcome) outcome = sk_import_make_outcome (row, row->old);

      if (!sk_store_check_outcome (store, outcome, &error))
        {
          sk_import_refuse (row, "%s", error->message);
          return;
        }
    }
  /* A file's places are kept in the store's temporary table, not here. */
  if (self->places_written && sk_outcome_writer_repeats (self->writer, found ? stored.id : 0))
    {
      /* Which row gave it first is found when the file is checked again. */
      row->status = SK_IMPORT_REFUSED;
      return;
    }
  first = !self->streamed ? remember_place (self, row)
          : self->places_checked || self->places_written ? 0
          : sk_import_place_seen (self, store, row);
  if (first != 0)
    {
      sk_import_refuse (row, _("Row %u already gives this month for this indicator and unit."), first);
      return;
    }
  classify (row, &v, found ? &stored.values : NULL);
  /* Rows keep only what undo needs: what is written is made again from
   * their values. */
  if (row->status == SK_IMPORT_CHANGED && row->old == NULL)
    row->old = sk_stored_outcome_to_object (&stored);
  else if (row->status != SK_IMPORT_CHANGED)
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

  if (self->streamed)
    return sk_import_stream_check (self, store, max_rows);
  end = max_rows == 0 ? self->rows->len : MIN (self->rows->len, self->checked + max_rows);
  /* One read transaction for the lot: SQLite takes and drops its file lock
   * once, not for each of the rows' queries (12 system calls a row). */
  in_transaction = sk_store_begin (store, NULL);
  for (guint i = self->checked; i < end; i++)
    sk_import_check_row (self, store, &g_array_index (self->rows, SkImportRow, i));
  if (in_transaction && !sk_store_commit (store, NULL))
    sk_store_rollback (store);
  self->checked = end;
  return self->checked == self->rows->len;
}

double
sk_outcome_import_get_check_progress (SkOutcomeImport *self)
{
  if (self->streamed)
    return self->check_done || self->length == 0 ? 1.0
           : self->reader == NULL ? 0.0 : (double) sk_csv_reader_get_offset (self->reader) / self->length;
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

  if (self->streamed)
    return status < SK_IMPORT_N_STATUS ? self->counts[status] : 0;
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
      g_autoptr(SkOutcome) outcome = sk_import_make_outcome (row, row->old);
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
  return sk_outcome_import_apply_full (self, store, NULL, error);
}

gboolean
sk_outcome_import_apply_full (SkOutcomeImport  *self,
                              SkStore          *store,
                              GCancellable     *cancellable,
                              GError          **error)
{
  guint refused;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  if (self->streamed)
    return sk_import_stream_apply (self, store, TRUE, cancellable, error);
  /* Rows given one by one are few: written at once, or not at all. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
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
      outcome = sk_import_make_outcome (row, row->old);
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
  if (self->streamed)
    return sk_import_stream_undo (self, store, error);
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
