/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"
#include "sk-store-bulk.h"

G_BEGIN_DECLS

/*
 * The outcomes of one large import (a CSV file, sk-outcome-import-stream.c)
 * looked up and written with statements prepared once and held, inside the
 * caller's transaction.
 *
 * History: a value that replaces a stored one gets its own history rows, as
 * typed in the grid (who changed what from what to what). Values put into
 * empty cells are recorded once per indicator as one 'import' row (the file,
 * how many new values, who and when); each new outcome row also carries who
 * entered it and when (the grid's tooltip).
 */
typedef struct _SkOutcomeWriter SkOutcomeWriter;

/* The store's checks of an outcome (as sk_store_check_outcome()) on its
 * values, with the indicator as the outcome's year defines it already at
 * hand (@in_year; NULL: there is none) and the unit known to exist: no
 * object and no query a row. What the checks settle is set in
 * @row (a value from its parts; no reason beside a value). */
gboolean         sk_store_check_outcome_row (SkStore       *store,
                                             SkOutcomeRow  *row,
                                             SkIndicator   *in_year,
                                             GError       **error);

/* @now: the import's one time stamp; @source: the file's name (NULL: none). */
SkOutcomeWriter *sk_outcome_writer_new    (SkStore          *store,
                                           const char       *now,
                                           const char       *source,
                                           GError          **error);
/* What is stored at a place: its id and values; the texts are the
 * writer's until its next find. */
typedef struct
{
  gint64        id;
  SkOutcomeRow  values;
} SkStoredOutcome;

/* Whether something is stored at the place; if so, sets @stored. */
gboolean         sk_outcome_writer_find   (SkOutcomeWriter  *self,
                                           gint64            indicator_id,
                                           gint64            unit_id,
                                           const char       *period,
                                           SkOutcomeKind     kind,
                                           SkStoredOutcome  *stored);
/* The stored outcome as an object (kept by an import's row for undo). */
SkOutcome       *sk_stored_outcome_to_object (const SkStoredOutcome *stored);
/* Whether a place met now was met before in this pass: its stored row
 * (@id, from sk_outcome_writer_find()) was written by it, or was met
 * already. A new place (@id 0) is not; a later row for it finds the row
 * written. No table of places: one bit per stored outcome. */
gboolean         sk_outcome_writer_repeats (SkOutcomeWriter *self,
                                            gint64           id);
/* Whether repeats can be told so (a writer that writes, and outcome ids
 * small enough for the bitmap); else the caller remembers the places. */
gboolean         sk_outcome_writer_can_tell_repeats (SkOutcomeWriter *self);
/* Whether a write failed because its place was written before in this
 * pass (a repeated place sk_outcome_writer_repeats() could not see: a
 * month after the latest stored, or before the earliest, is not looked for). */
gboolean         sk_outcome_writer_repeated (SkOutcomeWriter *self);
/* Writes @values, checked with sk_store_check_outcome_row() (changed_by
 * and changed_at are the writer's); @old is what is stored at its place
 * (sk_stored_outcome_to_object()), NULL for nothing. A new value may be held back to be inserted with
 * others (SQLite): a place given twice may fail only at a later write,
 * sk_outcome_writer_flush() or _finish(). */
gboolean         sk_outcome_writer_write  (SkOutcomeWriter     *self,
                                           const SkOutcomeRow  *values,
                                           SkOutcome           *old,
                                           GError             **error);
/* About how many rows the pass may write (a guess from the file's size):
 * many more than are stored lets an index be built once at the end. */
void             sk_outcome_writer_expect (SkOutcomeWriter  *self,
                                           guint64           rows);
/* Writes what is held back; on failure sk_outcome_writer_repeated() tells
 * whether a place was given twice. */
gboolean         sk_outcome_writer_flush  (SkOutcomeWriter  *self,
                                           GError          **error);
/* Writes what is held back, the import's history rows for its new
 * values; then announces the change. */
gboolean         sk_outcome_writer_finish (SkOutcomeWriter  *self,
                                           GError          **error);
void             sk_outcome_writer_free   (SkOutcomeWriter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkOutcomeWriter, sk_outcome_writer_free)

G_END_DECLS
