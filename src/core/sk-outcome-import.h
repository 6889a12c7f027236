/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sk-csv.h"
#include "sk-store.h"

G_BEGIN_DECLS

/*
 * Outcomes brought in from a CSV file or a pasted block of cells, as a plan
 * of changes that is shown before anything is written: every value is new,
 * changed (old → new), unchanged or refused with its row and the reason.
 * The checks are the store's own (those of typing a value in the grid).
 * Applying writes all of it in one transaction, or nothing when any row is
 * refused; undoing puts back what was there before. Only outcomes are
 * written: targets, also an adopted plan's, are never touched.
 *
 * A CSV file is read in passes, never held whole: checking counts every
 * row and lists the first SK_IMPORT_LIST_LIMIT (1000) of each status,
 * applying reads it again and writes (refused when the file or the stored
 * values changed since the check).
 *
 * Opening (sk_outcome_import_open_csv, _read_csv) needs no store and may run
 * in a worker thread; checking, applying and undoing use a store in the
 * thread it belongs to (a file may be checked in a worker on a read-only
 * connection of the worker's own, and applied in a worker on a write
 * connection of its own; undone on the window's).
 */

typedef enum {
  SK_IMPORT_NEW,
  SK_IMPORT_CHANGED,
  SK_IMPORT_UNCHANGED,
  SK_IMPORT_REFUSED,
  SK_IMPORT_N_STATUS,
} SkImportStatus;

typedef struct
{
  guint           row;           /* record in the file (header = 1) or pasted row, from 1 */
  guint           column;        /* spreadsheet column, from 1; 0 when the row says all */
  SkImportStatus  status;
  const char     *indicator_text;
  const char     *unit_text;
  gint64          indicator_id;  /* 0 until found */
  gint64          unit_id;
  const char     *period;        /* "YYYY-MM" when understood */
  SkOutcomeKind   kind;
  double          value;         /* NAN when the cell is empty */
  char           *comment;       /* NULL: leave the stored comment as it is */
  const char     *measure_unit;  /* the indicator's, for showing values */
  SkOutcome      *outcome;       /* only while the row is checked */
  SkOutcome      *old;           /* what is stored now, kept when the row changes it (for undo) */
  char           *reason;        /* why refused */
} SkImportRow;

typedef struct _SkOutcomeImport SkOutcomeImport;

SkOutcomeImport *sk_outcome_import_new       (void);
void             sk_outcome_import_free      (SkOutcomeImport *self);

/* Reads a file held in memory: long (indicator; unit; period; value[; comment]) or
 * wide (indicator; unit; jan … dec with a year column, else @default_year)
 * layout, columns named in a header row, in any order, in Swedish or
 * English. @separator 0 detects it. Rows it cannot understand become
 * refused rows; an error only for a file that is not such a table at all
 * (or when cancelled). */
gboolean         sk_outcome_import_read_csv  (SkOutcomeImport *self,
                                              const char      *data,
                                              gsize            length,
                                              char             separator,
                                              int              default_year,
                                              GCancellable    *cancellable,
                                              GError         **error);
/* As read_csv, for a file read a piece at a time when checked and written
 * (never held whole: a million rows take the memory of a few). Checking
 * counts every row and lists the first SK_IMPORT_LIST_LIMIT of each status
 * (sk_outcome_import_get_row); the counts are the whole file's. */
gboolean         sk_outcome_import_open_csv  (SkOutcomeImport *self,
                                              GFile           *file,
                                              char             separator,
                                              int              default_year,
                                              GCancellable    *cancellable,
                                              GError         **error);
/* Called with each row (const SkImportRow *) as it is checked, listed or
 * not: a program's output of every row without keeping them (a row and its
 * texts live only for the call). */
void             sk_outcome_import_set_row_func (SkOutcomeImport *self,
                                              GFunc            func,
                                              gpointer         data);
/* One cell of a pasted block, for an indicator and unit already known. */
void             sk_outcome_import_add_cell  (SkOutcomeImport *self,
                                              guint            row,
                                              guint            column,
                                              gint64           indicator_id,
                                              gint64           unit_id,
                                              const char      *period,
                                              const char      *text);
/* One value named by text (indicator and unit by name or short name), as
 * another reader finds it (a Kolada file); @row numbers it for people. */
/* A year's figure (Kolada): stored where a year's figure of that indicator
 * lives — December's own value for a yearly indicator (the chart's point
 * for the year), else December's reported year to date (never replacing
 * December's own month). Decided when the row is checked. */
#define SK_IMPORT_KIND_YEAR_FIGURE ((SkOutcomeKind) 0xff)

void             sk_outcome_import_add_value (SkOutcomeImport *self,
                                              guint            row,
                                              const char      *indicator,
                                              const char      *unit,
                                              const char      *period,
                                              SkOutcomeKind    kind,
                                              double           value);
/* How far reading has come, 0–1 (may be read from another thread); of a
 * file's write pass too while it writes. */
double           sk_outcome_import_get_read_progress (SkOutcomeImport *self);

/* Checks up to @max_rows more rows against @store (0: all); TRUE when every
 * row is checked. */
gboolean         sk_outcome_import_check     (SkOutcomeImport *self,
                                              SkStore         *store,
                                              guint            max_rows);
double           sk_outcome_import_get_check_progress (SkOutcomeImport *self);

guint            sk_outcome_import_get_n_rows (SkOutcomeImport *self);
const SkImportRow *sk_outcome_import_get_row (SkOutcomeImport *self,
                                              guint            index);
guint            sk_outcome_import_count     (SkOutcomeImport *self,
                                              SkImportStatus   status);
SkCsvEncoding    sk_outcome_import_get_encoding  (SkOutcomeImport *self);
char             sk_outcome_import_get_separator (SkOutcomeImport *self);
gboolean         sk_outcome_import_is_wide   (SkOutcomeImport *self);
/* "Row 5" or "Row 5, column E": where a spreadsheet user finds it. */
char            *sk_import_row_place         (const SkImportRow *row);
/* One line for people: place, indicator, unit, month and the change or
 * the reason. */
char            *sk_import_row_describe      (const SkImportRow *row);
/* "3 new, 2 changed, 10 unchanged, 1 refused". */
char            *sk_outcome_import_summary   (SkOutcomeImport *self);

/* Writes the new and changed values in one transaction. Refused (nothing
 * written) when a row is refused or the rows are not all checked. */
gboolean         sk_outcome_import_apply     (SkOutcomeImport *self,
                                              SkStore         *store,
                                              GError         **error);
/* As apply; a file's write pass stops, writing nothing, when @cancellable
 * is cancelled, and sk_outcome_import_get_read_progress() tells how far it
 * has come. May run in a worker thread on a connection of the worker's
 * own (the app's window goes on reading its own meanwhile). */
gboolean         sk_outcome_import_apply_full (SkOutcomeImport *self,
                                              SkStore         *store,
                                              GCancellable    *cancellable,
                                              GError         **error);
/* Checks and writes in one pass and one transaction (a program's import
 * without a preview between): nothing is written when a row is refused,
 * and the counts and listed rows are those of the check. */
gboolean         sk_outcome_import_run       (SkOutcomeImport *self,
                                              SkStore         *store,
                                              GError         **error);
/* FALSE for a file whose import wrote more values than are kept to undo. */
gboolean         sk_outcome_import_can_undo  (SkOutcomeImport *self);
/* Puts back what an applied import replaced, in one transaction. */
gboolean         sk_outcome_import_undo      (SkOutcomeImport *self,
                                              SkStore         *store,
                                              GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkOutcomeImport, sk_outcome_import_free)

G_END_DECLS
