/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/*
 * Whole-table work for export and import: rows are handed out one at a time
 * from a single statement (no object per row, no list built), and history is
 * restored as one set, so both stay linear at region scale.
 */

/* One outcome row; the strings are borrowed for the length of the call. */
typedef struct
{
  gint64         indicator_id;
  gint64         unit_id;
  const char    *period;
  SkOutcomeKind  kind;
  double         value;        /* NAN when none */
  double         numerator;
  double         denominator;
  const char    *missing_reason;
  const char    *comment;
  gboolean       fictional;
  const char    *changed_by;
  const char    *changed_at;
} SkOutcomeRow;

/* One history row; the strings are borrowed for the length of the call. */
typedef struct
{
  const char *at;
  const char *who;
  const char *entity;
  gint64      entity_id;
  gint64      indicator_id;  /* 0 when none */
  const char *field;
  const char *old_value;
  const char *new_value;
} SkAuditRow;

/* Return FALSE (with @error set) to stop. */
typedef gboolean (*SkOutcomeRowFunc) (const SkOutcomeRow *row, gpointer data, GError **error);
typedef gboolean (*SkAuditRowFunc)   (const SkAuditRow *row, gpointer data, GError **error);

/* The outcomes of one indicator at one unit, by period and kind. A read
 * error is returned, never taken for the end of the rows. */
gboolean sk_store_foreach_outcome (SkStore          *self,
                                   gint64            indicator_id,
                                   gint64            unit_id,
                                   SkOutcomeRowFunc  func,
                                   gpointer          data,
                                   GError          **error);

/* The whole history, oldest first. */
gboolean sk_store_foreach_audit   (SkStore         *self,
                                   SkAuditRowFunc   func,
                                   gpointer         data,
                                   GError         **error);

/* sk_store_restore_audit() for a list of SkAuditEntry, in their order, in
 * one transaction: existing rows are read once instead of searched for each
 * entry. An entry that lacks a time, user, entity or field is refused with
 * its place in the list (from 1). */
gboolean sk_store_restore_audit_entries (SkStore    *self,
                                         GPtrArray  *entries,
                                         GError    **error);

/* For one large write (an import): keeps up to 128 MB of pages in memory
 * instead of SQLite's 2 MB, so pages of the indexes filled out of their
 * order are not spilled to the write-ahead log again and again (a fifth
 * less CPU time for 1,4 million outcomes). FALSE turns it back. */
void     sk_store_set_bulk              (SkStore    *self,
                                         gboolean    bulk);
/* As set_bulk with a cache of @kib KiB (0: back to SQLite's default). */
void     sk_store_set_bulk_cache        (SkStore    *self,
                                         guint       kib);

/* ---- One large import of outcomes (sk-outcome-import.c) ---- */

/* The places (indicator, unit, period, kind) an import has met so far, in
 * a temporary table (on disk when large, not in the process's memory).
 * Reset empties it; seen returns the row that first gave the place, or 0
 * after remembering @row for it. */
gboolean sk_store_import_places_reset   (SkStore      *self,
                                         GError      **error);
guint    sk_store_import_place_seen     (SkStore      *self,
                                         gint64        indicator_id,
                                         gint64        unit_id,
                                         const char   *period,
                                         SkOutcomeKind kind,
                                         guint         row);
void     sk_store_import_places_drop    (SkStore      *self);
/* A read transaction (also on a read-only store, and taking no write
 * lock): one file lock for many reads. FALSE when one is open already. */
gboolean sk_store_begin_read            (SkStore      *self);
void     sk_store_end_read              (SkStore      *self);

/* Foreign keys off for one large write whose every reference was read
 * inside its own (IMMEDIATE, so unchanged by others) transaction, and on
 * again after it: SQLite's check of two parents a row costs a tenth of an
 * import. Only for an SQLite file outside a transaction: FALSE when
 * nothing was changed. */
gboolean sk_store_set_foreign_keys (SkStore  *self,
                                    gboolean  on);

G_END_DECLS
