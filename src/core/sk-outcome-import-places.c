/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-import"

#include "config.h"

#include <string.h>

#include "sk-format.h"
#include "sk-outcome-import-private.h"
#include "sk-store-bulk.h"
#include "sk-text.h"

/*
 * The places (indicator, unit, month, kind) a file's pass has met, for
 * "row N already gives this month". For each indicator, unit and kind met,
 * the row that first gave each month, in an array over the months met
 * (a file of a year's months at many units, or of many years at a few,
 * both take a few bytes a value). Beyond PLACES_MAX_BYTES (a file of
 * months scattered over centuries at many units) they move to the store's
 * temporary table, on disk when large, as every later place does: memory
 * stays bounded.
 */

#define PLACES_MAX_BYTES (16 << 20)

typedef struct
{
  int      first;  /* the month (year * 12 + month - 1) of rows[0] */
  guint    n;
  guint32 *rows;   /* 0: not met */
} PlaceRun;

static void
place_run_free (gpointer data)
{
  PlaceRun *run = data;

  g_free (run->rows);
  g_free (run);
}

void
sk_import_places_clear (SkOutcomeImport *self)
{
  g_clear_pointer (&self->place_runs, g_hash_table_unref);
  self->place_bytes = 0;
  self->places_spilled = FALSE;
}

/* Everything met so far into the store's table; then it answers alone. */
static void
spill (SkOutcomeImport *self,
       SkStore         *store)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->place_runs);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint64 packed = GPOINTER_TO_SIZE (key);
      PlaceRun *run = value;
      gint64 indicator_id = (gint64) (packed >> 26);
      gint64 unit_id = (gint64) ((packed >> 2) & ((1 << 24) - 1));
      SkOutcomeKind kind = (SkOutcomeKind) (packed & 3);

      for (guint i = 0; i < run->n; i++)
        if (run->rows[i] != 0)
          {
            int month = run->first + (int) i;
            g_autofree char *period = sk_period_make (month / 12, month % 12 + 1);

            sk_store_import_place_seen (store, indicator_id, unit_id, period, kind, run->rows[i]);
          }
    }
  sk_import_places_clear (self);
  self->places_spilled = TRUE;
}

guint
sk_import_place_seen (SkOutcomeImport   *self,
                      SkStore           *store,
                      const SkImportRow *row)
{
  PlaceRun *run;
  gpointer key;
  int year = 0, month = 0, at;
  guint first;

  if (self->places_spilled || sizeof (gpointer) < 8 || row->indicator_id <= 0 || row->indicator_id >= (1 << 20)
      || row->unit_id <= 0 || row->unit_id >= (1 << 24) || (guint) row->kind > 3
      || !sk_period_parse (row->period, &year, &month))
    return sk_store_import_place_seen (store, row->indicator_id, row->unit_id, row->period, row->kind, row->row);

  key = GSIZE_TO_POINTER ((gsize) (((guint64) row->indicator_id << 26) | ((guint64) row->unit_id << 2)
                                   | (guint64) row->kind));
  at = year * 12 + month - 1;
  if (self->place_runs == NULL)
    self->place_runs = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, place_run_free);
  run = g_hash_table_lookup (self->place_runs, key);
  if (run == NULL)
    {
      run = g_new0 (PlaceRun, 1);
      run->first = at;
      g_hash_table_insert (self->place_runs, key, run);
      self->place_bytes += sizeof (PlaceRun) + 64;
    }
  if (at < run->first || at >= run->first + (int) run->n)
    {
      /* Grown by half again past the month met: a file going month by
       * month grows each run a few times, not once a row. */
      int lo = MIN (at, run->first), hi = MAX (at + 1, run->first + (int) run->n);
      int span = hi - lo, extra = MAX (12, span / 2);
      int new_first = at < run->first ? lo - extra : lo;
      guint new_n = (guint) (span + extra);
      guint32 *rows;

      if (self->place_bytes + new_n * sizeof (guint32) > PLACES_MAX_BYTES)
        {
          spill (self, store);
          return sk_store_import_place_seen (store, row->indicator_id, row->unit_id, row->period, row->kind,
                                             row->row);
        }
      rows = g_new0 (guint32, new_n);
      if (run->n > 0)
        memcpy (rows + (run->first - new_first), run->rows, run->n * sizeof (guint32));
      self->place_bytes += (new_n - run->n) * sizeof (guint32);
      g_free (run->rows);
      run->rows = rows;
      run->first = new_first;
      run->n = new_n;
    }
  first = run->rows[at - run->first];
  if (first == 0)
    {
      run->rows[at - run->first] = row->row;
      return 0;
    }
  return first == row->row ? 0 : first;
}
