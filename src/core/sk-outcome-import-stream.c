/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-outcome-import-private.h"
#include "sk-store-bulk.h"

/*
 * A CSV file read in passes, a piece at a time, never held whole: checking
 * is one pass (counts, and the first rows of each status listed), writing
 * is another in one transaction (or both at once, sk_outcome_import_run()).
 * What a row is checked against is asked of the store once (indicators,
 * units, definitions); a row costs one lookup of the stored value (none
 * for a month outside those stored, sk-store-import.c) and, when it
 * writes, one insert or update. The preview remembers the places met in a
 * temporary table; a pass that writes unchecked finds a repeated place
 * through the rows it wrote. Values into empty cells get one history row
 * per indicator; a replaced value its own, as an edit.
 */

static GInputStream *
open_source (SkOutcomeImport  *self,
             GCancellable     *cancellable,
             GError          **error)
{
  if (self->bytes != NULL)
    return g_memory_input_stream_new_from_bytes (self->bytes);
  return G_INPUT_STREAM (g_file_read (self->file, cancellable, error));
}

/* The places a pass meets: the import's own, and the store's table. */
static gboolean
places_reset (SkOutcomeImport  *self,
              SkStore          *store,
              GError          **error)
{
  sk_import_places_clear (self);
  return sk_store_import_places_reset (store, error);
}

static void
places_drop (SkOutcomeImport *self,
             SkStore         *store)
{
  sk_import_places_clear (self);
  sk_store_import_places_drop (store);
}

/* A reader at the first record after the header. */
static SkCsvReader *
open_pass (SkOutcomeImport  *self,
           GError          **error)
{
  g_autoptr(GInputStream) stream = open_source (self, NULL, error);
  g_autoptr(SkCsvReader) reader = NULL;

  if (stream == NULL)
    return NULL;
  reader = sk_csv_reader_new (stream, self->encoding);
  sk_csv_reader_set_separator (reader, self->separator);
  while (sk_csv_reader_get_record (reader) < self->header_record)
    {
      g_auto(GStrv) fields = sk_csv_reader_next (reader, error);

      if (fields == NULL)
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT, _("The file changed while it was read."));
          return NULL;
        }
    }
  return g_steal_pointer (&reader);
}

static gboolean
open_csv (SkOutcomeImport  *self,
          char              separator,
          int               default_year,
          GCancellable     *cancellable,
          GError          **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(SkCsvReader) reader = NULL;
  g_auto(GStrv) header = NULL;
  GError *local = NULL;

  self->streamed = TRUE;
  self->default_year = default_year;
  /* Once through for the encoding (a file is UTF-8 only if all of it is). */
  stream = open_source (self, cancellable, error);
  if (stream == NULL || !sk_csv_scan (stream, &self->encoding, &self->length, cancellable, error))
    return FALSE;
  g_clear_object (&stream);
  if ((stream = open_source (self, cancellable, error)) == NULL)
    return FALSE;
  reader = sk_csv_reader_new (stream, self->encoding);
  self->separator = separator != 0 ? separator : sk_csv_reader_detect_separator (reader, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  sk_csv_reader_set_separator (reader, self->separator);
  do
    {
      g_clear_pointer (&header, g_strfreev);
      header = sk_csv_reader_next (reader, &local);
    }
  while (header != NULL && sk_import_is_blank_record (header));
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (header == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT, _("The file is empty."));
      return FALSE;
    }
  self->header_record = sk_csv_reader_get_record (reader);
  /* Reading goes on as the rows are checked (the progress is that pass's). */
  return sk_import_read_header (self, header, self->where, self->months, default_year, error);
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
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->streamed && self->rows->len == 0, FALSE);

  self->bytes = g_bytes_new (data, length);
  return open_csv (self, separator, default_year, cancellable, error);
}

gboolean
sk_outcome_import_open_csv (SkOutcomeImport  *self,
                            GFile            *file,
                            char              separator,
                            int               default_year,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (!self->streamed && self->rows->len == 0, FALSE);

  self->file = g_object_ref (file);
  return open_csv (self, separator, default_year, cancellable, error);
}

void
sk_outcome_import_set_row_func (SkOutcomeImport *self,
                                GFunc            func,
                                gpointer         data)
{
  g_return_if_fail (self != NULL);

  self->row_func = func;
  self->row_data = data;
}

static void
clear_undo (SkOutcomeImport *self)
{
  if (self->undo == NULL)
    return;
  for (guint i = 0; i < self->undo->len; i++)
    g_clear_object (&g_array_index (self->undo, SkImportUndo, i).old);
  g_clear_pointer (&self->undo, g_array_unref);
}

void
sk_import_stream_clear (SkOutcomeImport *self)
{
  g_clear_pointer (&self->reader, sk_csv_reader_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->writer, sk_outcome_writer_free);
  clear_undo (self);
}

/* ---- One pass ---- */

typedef struct
{
  gboolean  write;
  gboolean  list;         /* count and list the rows (else they were already) */
  gboolean  redo;         /* a row is refused: check the file again for the list */
  guint     given;        /* rows given to row_func */
  char     *now;          /* the time every written row and history row gets */
  guint     counts[SK_IMPORT_N_STATUS];
  GError   *error;        /* why writing stopped */
} Pass;

static void
remember_undo (SkOutcomeImport *self,
               SkImportRow     *row)
{
  SkImportUndo undo;

  if (self->undo == NULL)
    return;
  if (self->undo->len >= SK_IMPORT_UNDO_LIMIT)
    {
      /* Too many to keep: the history still has every old value. */
      clear_undo (self);
      return;
    }
  undo.indicator_id = row->indicator_id;
  undo.unit_id = row->unit_id;
  undo.period = sk_import_keep (self, row->period);
  undo.kind = row->kind;
  undo.old = row->old != NULL ? g_object_ref (row->old) : NULL;
  g_array_append_val (self->undo, undo);
}

/* Keeps @row in the list for people: its texts outlive the record. */
static void
list_row (SkOutcomeImport *self,
          SkImportRow     *row)
{
  SkImportRow kept = *row;

  kept.indicator_text = sk_import_keep (self, row->indicator_text);
  kept.unit_text = sk_import_keep (self, row->unit_text);
  kept.measure_unit = sk_import_keep (self, row->measure_unit);
  kept.period = sk_import_keep (self, row->period);
  /* What the list keeps moves to it; the rest goes with the record. */
  kept.outcome = NULL;
  if (kept.status == SK_IMPORT_CHANGED)
    row->old = NULL;
  else
    kept.old = NULL;
  row->comment = NULL;
  row->reason = NULL;
  g_array_append_val (self->rows, kept);
}

static void
take_row (SkOutcomeImport *self,
          SkStore         *store,
          Pass            *pass,
          SkImportRow     *row)
{
  sk_import_check_row (self, store, row);
  if (self->places_written && row->status == SK_IMPORT_REFUSED)
    {
      /* Nothing will be written: the file is checked again as a preview,
       * which finds what a repeated place repeats. */
      pass->redo = TRUE;
      return;
    }
  pass->counts[row->status]++;
  if (pass->write && pass->error == NULL)
    {
      if (row->status == SK_IMPORT_REFUSED)
        {
          g_autofree char *place = sk_import_row_place (row);

          g_set_error (&pass->error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, "%s: %s", place, row->reason);
        }
      else if (row->status == SK_IMPORT_NEW || row->status == SK_IMPORT_CHANGED)
        {
          SkOutcomeRow values;

          sk_import_row_values (row, row->old != NULL ? sk_outcome_get_comment (row->old) : NULL, &values);
          if (sk_outcome_writer_write (self->writer, &values, row->old, &pass->error))
            remember_undo (self, row);
        }
      if (pass->error != NULL && self->places_written && sk_outcome_writer_repeated (self->writer))
        {
          /* A repeated place: the file is checked again for the list. */
          g_clear_error (&pass->error);
          pass->redo = TRUE;
          return;
        }
      if (pass->error != NULL && !pass->list)
        return;
    }
  if (!pass->list)
    return;
  if (self->row_func != NULL && self->row_func_skip > 0)
    self->row_func_skip--;
  else if (self->row_func != NULL)
    {
      self->row_func (row, self->row_data);
      pass->given++;
    }
  if (self->listed[row->status] < SK_IMPORT_LIST_LIMIT)
    {
      self->listed[row->status]++;
      list_row (self, row);
    }
}

/* The rows of one more record; FALSE at the end of the file (or an error). */
static gboolean
take_record (SkOutcomeImport  *self,
             SkStore          *store,
             SkCsvReader      *reader,
             Pass             *pass,
             GError          **error)
{
  guint n_fields = 0;
  /* The reader's own, until it reads again: the rows point into them. */
  char **fields = sk_csv_reader_next_fields (reader, &n_fields, error);

  if (fields == NULL)
    return FALSE;
  if (sk_import_is_blank_fields (fields, n_fields))
    return TRUE;
  g_array_set_size (self->batch, 0);
  if (self->wide)
    sk_import_read_wide_record (self, sk_csv_reader_get_record (reader), fields, n_fields, self->where,
                                self->months, self->default_year);
  else
    sk_import_read_long_record (self, sk_csv_reader_get_record (reader), fields, n_fields, self->where);
  for (guint i = 0; i < self->batch->len; i++)
    take_row (self, store, pass, &g_array_index (self->batch, SkImportRow, i));
  g_array_set_size (self->batch, 0);
  return TRUE;
}

gboolean
sk_import_stream_check (SkOutcomeImport *self,
                        SkStore         *store,
                        guint            max_rows)
{
  g_autoptr(GError) error = NULL;
  Pass pass = { FALSE, TRUE, FALSE, 0, NULL, { 0 }, NULL };
  gboolean in_transaction, more = TRUE;

  if (self->check_done)
    return TRUE;
  if (self->reader == NULL)
    {
      g_clear_pointer (&self->writer, sk_outcome_writer_free);
      if (!places_reset (self, store, NULL)
          || (self->writer = sk_outcome_writer_new (store, NULL, NULL, &error)) == NULL
          || (self->reader = open_pass (self, &error)) == NULL)
        {
          g_warning ("Could not read the file again: %s", error ? error->message : "");
          self->check_done = TRUE;
          return TRUE;
        }
    }
  /* One read transaction for the lot: SQLite takes and drops its file lock
   * once, not for each of the rows' queries. */
  in_transaction = sk_store_begin_read (store);
  for (guint n = 0; (max_rows == 0 || n < max_rows) && more; n++)
    {
      more = take_record (self, store, self->reader, &pass, &error);
      if ((n & 1023) == 0 && self->length > 0)
        g_atomic_int_set (&self->read_permille,
                          (gint) (1000 * sk_csv_reader_get_offset (self->reader) / self->length));
    }
  if (in_transaction)
    sk_store_end_read (store);
  for (guint s = 0; s < SK_IMPORT_N_STATUS; s++)
    self->counts[s] += pass.counts[s];
  if (more)
    return FALSE;
  if (error != NULL)
    {
      /* The file could be read once and not again: a refusal to show. */
      SkImportRow *row = sk_import_add_row (self, sk_csv_reader_get_record (self->reader) + 1, 0);

      sk_import_refuse (row, "%s", error->message);
      self->counts[SK_IMPORT_REFUSED]++;
      self->listed[SK_IMPORT_REFUSED]++;
      list_row (self, row);
      g_array_set_size (self->batch, 0);
    }
  self->checksum = sk_csv_reader_get_checksum (self->reader);
  g_clear_pointer (&self->reader, sk_csv_reader_free);
  g_clear_pointer (&self->writer, sk_outcome_writer_free);
  places_drop (self, store);
  self->check_done = TRUE;
  g_atomic_int_set (&self->read_permille, 1000);
  return TRUE;
}

/* A row of an unchecked write is refused: nothing is written, and the file
 * is checked again as the preview checks it, for the whole list (each
 * repeated place with the row that gave it first). */
static gboolean
redo_as_check (SkOutcomeImport  *self,
               SkStore          *store,
               Pass             *pass,
               GError          **error)
{
  guint refused;

  sk_store_rollback (store);
  g_clear_pointer (&self->writer, sk_outcome_writer_free);
  sk_store_set_bulk_cache (store, 0);
  places_drop (self, store);
  g_array_set_size (self->rows, 0);
  memset (self->counts, 0, sizeof self->counts);
  memset (self->listed, 0, sizeof self->listed);
  g_clear_pointer (&self->reader, sk_csv_reader_free);
  self->check_done = FALSE;
  /* Those rows were told already (the CLI's TSV lines). */
  self->row_func_skip = pass->given;
  sk_import_stream_check (self, store, 0);
  self->row_func_skip = 0;
  self->applied = FALSE;
  refused = self->counts[SK_IMPORT_REFUSED];
  if (refused > 0)
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE, "%u row is refused: nothing was imported.",
                              "%u rows are refused: nothing was imported.", refused), refused);
  else
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                 _("The file or the outcomes changed after the check: read the file again."));
  g_atomic_int_set (&self->read_permille, 1000);
  return FALSE;
}

static gboolean
stream_apply (SkOutcomeImport  *self,
              SkStore          *store,
              gboolean          checked,
              GCancellable     *cancellable,
              GError          **error)
{
  g_autoptr(SkCsvReader) reader = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GError) cancelled = NULL;
  guint n = 0;
  Pass pass = { TRUE, !checked, FALSE, 0, NULL, { 0 }, NULL };
  gboolean ok = TRUE;

  if (checked && !self->check_done)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("The rows are not all checked yet."));
      return FALSE;
    }
  if (checked && self->counts[SK_IMPORT_REFUSED] > 0)
    {
      guint refused = self->counts[SK_IMPORT_REFUSED];

      /* All or nothing: a half-imported month is worse than none. */
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "%u row is refused: nothing was imported.",
                                "%u rows are refused: nothing was imported.", refused), refused);
      return FALSE;
    }
  if (!sk_store_begin (store, error))
    return FALSE;
  sk_import_forget_lookups (self);
  if (!places_reset (self, store, error) || (reader = open_pass (self, error)) == NULL)
    {
      sk_store_rollback (store);
      return FALSE;
    }
  /* Only what was checked is compared with what is written. */
  if (!checked)
    sk_csv_reader_skip_checksum (reader);
  /* One large write: more index pages in memory than SQLite's 2 MB, but a
   * fixed amount, so that a million rows take no more than a hundred
   * thousand (128 MB saved a twentieth of the time for 130 MB more). */
  sk_store_set_bulk_cache (store, 16384);
  {
    /* The store's format of a time (sk_store_now). */
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autofree char *source = self->file != NULL ? g_file_get_basename (self->file) : NULL;

    pass.now = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
    g_clear_pointer (&self->writer, sk_outcome_writer_free);
    self->writer = sk_outcome_writer_new (store, pass.now, source, error);
    if (self->writer != NULL)
      sk_outcome_writer_expect (self->writer, self->length / 64);
    if (self->writer == NULL)
      {
        g_free (pass.now);
        sk_store_set_bulk_cache (store, 0);
        places_drop (self, store);
        sk_store_rollback (store);
        return FALSE;
      }
  }
  /* Undo is offered after a preview (the app), not for a run at once. */
  clear_undo (self);
  if (checked)
    self->undo = g_array_new (FALSE, FALSE, sizeof (SkImportUndo));
  /* After a check, the same file (its sum is compared below) repeats no
   * place: the write pass need not look for one. */
  self->places_checked = checked;
  /* Unchecked, the written rows tell a repeated place: no table of places. */
  self->places_written = !checked && sk_outcome_writer_can_tell_repeats (self->writer);
  g_atomic_int_set (&self->read_permille, 0);
  while (take_record (self, store, reader, &pass, &local))
    {
      if ((pass.error != NULL && !pass.list) || pass.redo)
        break;
      /* The progress and Cancel of a write in a worker thread (the app). */
      if ((++n & 1023) == 0)
        {
          /* The last twentieth is the rows held back, an index and the
           * commit: the bar does not stand full while they are written. */
          if (self->length > 0)
            g_atomic_int_set (&self->read_permille,
                              (gint) (950 * sk_csv_reader_get_offset (reader) / self->length));
          if (g_cancellable_set_error_if_cancelled (cancellable, &cancelled))
            break;
        }
    }
  /* The rows held back are written now: a place given twice among them
   * is a repeat to list, as one met in the loop. */
  if (pass.error == NULL && local == NULL && cancelled == NULL && !pass.redo
      && !sk_outcome_writer_flush (self->writer, &pass.error)
      && self->places_written && sk_outcome_writer_repeated (self->writer))
    {
      g_clear_error (&pass.error);
      pass.redo = TRUE;
    }
  self->places_checked = FALSE;
  self->places_written = FALSE;
  g_free (pass.now);
  if (pass.redo && cancelled == NULL && local == NULL && pass.error == NULL)
    return redo_as_check (self, store, &pass, error);
  if (cancelled != NULL)
    {
      g_clear_error (&pass.error);
      pass.error = g_steal_pointer (&cancelled);
    }
  else if (!pass.list)
    {
      /* What is written must be what was shown: the file or the data may
       * have changed since. */
      if (pass.error == NULL && local == NULL
          && (sk_csv_reader_get_checksum (reader) != self->checksum
              || memcmp (pass.counts, self->counts, sizeof pass.counts) != 0))
        g_set_error (&pass.error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                     _("The file or the outcomes changed after the check: read the file again."));
    }
  else
    {
      memcpy (self->counts, pass.counts, sizeof pass.counts);
      self->check_done = TRUE;
      if (self->counts[SK_IMPORT_REFUSED] > 0)
        {
          guint refused = self->counts[SK_IMPORT_REFUSED];

          g_clear_error (&pass.error);
          g_set_error (&pass.error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE, "%u row is refused: nothing was imported.",
                                    "%u rows are refused: nothing was imported.", refused), refused);
        }
    }
  if (local != NULL && pass.error == NULL)
    pass.error = g_steal_pointer (&local);
  if (pass.error != NULL || !sk_outcome_writer_finish (self->writer, &pass.error)
      || !sk_store_commit (store, &pass.error))
    {
      sk_store_rollback (store);
      ok = FALSE;
      g_propagate_error (error, pass.error);
      /* Nothing was written: nothing to undo. */
      clear_undo (self);
    }
  g_clear_pointer (&self->writer, sk_outcome_writer_free);
  sk_store_set_bulk_cache (store, 0);
  places_drop (self, store);
  self->applied = ok;
  g_atomic_int_set (&self->read_permille, 1000);
  return ok;
}

gboolean
sk_import_stream_apply (SkOutcomeImport  *self,
                        SkStore          *store,
                        gboolean          checked,
                        GCancellable     *cancellable,
                        GError          **error)
{
  /* Every indicator and unit the pass writes is read inside its write
   * transaction (sk_import_forget_lookups()), which no one else can
   * change: SQLite need not check them again for each row. */
  gboolean keys_off = sk_store_set_foreign_keys (store, FALSE);
  gboolean ok = stream_apply (self, store, checked, cancellable, error);

  if (keys_off)
    sk_store_set_foreign_keys (store, TRUE);
  return ok;
}

gboolean
sk_outcome_import_run (SkOutcomeImport  *self,
                       SkStore          *store,
                       GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  if (!self->streamed || self->check_done)
    {
      if (!sk_outcome_import_check (self, store, 0))
        return FALSE;
      return sk_outcome_import_apply (self, store, error);
    }
  return sk_import_stream_apply (self, store, FALSE, NULL, error);
}

gboolean
sk_outcome_import_can_undo (SkOutcomeImport *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return !self->streamed || self->undo != NULL;
}

gboolean
sk_import_stream_undo (SkOutcomeImport  *self,
                       SkStore          *store,
                       GError          **error)
{
  if (self->undo == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("This import is too large to undo here: the history keeps every old value."));
      return FALSE;
    }
  if (!sk_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < self->undo->len; i++)
    {
      SkImportUndo *undo = &g_array_index (self->undo, SkImportUndo, i);
      gboolean ok;

      if (undo->old == NULL)
        ok = sk_store_clear_outcome (store, undo->indicator_id, undo->unit_id, undo->period, undo->kind, error);
      else
        {
          /* The old value comes back with who entered it and when. */
          g_autoptr(SkOutcome) old = g_object_ref (undo->old);
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
