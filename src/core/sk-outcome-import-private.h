/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-outcome-import.h"
#include "sk-store-import.h"

G_BEGIN_DECLS

/* Shared by sk-outcome-import.c (checking, the plan, writing given rows),
 * sk-outcome-import-read.c (understanding records) and
 * sk-outcome-import-stream.c (a CSV file read in passes). */

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

/* Rows of each status listed for people; the rest are only counted. */
#define SK_IMPORT_LIST_LIMIT 1000
/* Written rows an import can take back; a larger one is undone from the history. */
#define SK_IMPORT_UNDO_LIMIT 100000

typedef struct
{
  gint64         indicator_id;
  gint64         unit_id;
  const char    *period;  /* kept */
  SkOutcomeKind  kind;
  SkOutcome     *old;     /* NULL: the row was new */
} SkImportUndo;

struct _SkOutcomeImport
{
  GArray        *rows;          /* SkImportRow: every row given one by one;
                                   of a CSV file, only those listed */
  guint          checked;       /* rows checked so far */
  gint           read_permille; /* atomic: read progress */
  SkCsvEncoding  encoding;
  char           separator;
  gboolean       wide;
  gboolean       applied;
  GHashTable    *indicators;    /* folded text → SkIndicator */
  GHashTable    *unit_ids;      /* folded text → gint64* (0: not found) */
  GHashTable    *unit_errors;   /* folded text → message */
  GHashTable    *indicator_errors;
  GHashTable    *keys;          /* "ind:unit:period:kind" → row number */
  GHashTable    *packed_keys;   /* the same packed in 64 bits, where the ids fit */
  GHashTable    *definitions;   /* id * 100000 + year → the indicator as that year defines it */
  GHashTable    *raw_indicators;/* text as written → SkIndicator (borrowed from indicators) */
  GHashTable    *raw_units;     /* text as written → gint64* (borrowed from unit_ids) */
  GStringChunk  *strings;       /* names, units and periods, each kept once: a
                                   million rows name the same few indicators */

  /* A CSV file, read in passes and never held whole (sk-outcome-import-stream.c). */
  gboolean       streamed;
  GFile         *file;          /* the file, or */
  GBytes        *bytes;         /* its contents */
  guint64        length;
  int            where[COL_KIND + 1];
  int            months[12];
  int            default_year;
  guint          header_record;
  SkCsvReader   *reader;        /* the checking pass under way */
  gboolean       check_done;
  guint64        checksum;      /* of the file as checked */
  guint          counts[SK_IMPORT_N_STATUS];
  guint          listed[SK_IMPORT_N_STATUS];
  GArray        *batch;         /* SkImportRow: those of the record at hand */
  GArray        *undo;          /* SkImportUndo; NULL when too many to keep */
  gboolean       places_checked;/* writing what was checked: no row repeats a place */
  SkOutcomeWriter *writer;      /* the pass under way's statements */
  gboolean       places_written;/* writing unchecked: the writer tells a repeated place */
  guint          row_func_skip; /* rows row_func was given already (a pass done again) */
  GFunc          row_func;      /* every row as it is checked */
  gpointer       row_data;

  /* The last row's answers (a file names the same indicator row after
   * row); cleared with the tables they come from. */
  const char    *last_indicator_text;  /* a key of raw_indicators */
  SkIndicator   *last_indicator;
  gint64         last_definition_key;
  SkIndicator   *last_definition;

  /* The places a pass has met (sk-outcome-import-places.c). */
  GHashTable    *place_runs;
  gsize          place_bytes;
  gboolean       places_spilled;
};

const char  *sk_import_keep             (SkOutcomeImport *self,
                                         const char      *text);
void         sk_import_row_clear        (gpointer         data);
gboolean     sk_import_is_blank         (const char      *text);
char        *sk_import_fold             (const char      *text);
gboolean     sk_import_is_blank_record  (GStrv            fields);
gboolean     sk_import_is_blank_fields  (char           **fields,
                                         guint            n_fields);
SkImportRow *sk_import_add_row          (SkOutcomeImport *self,
                                         guint            record,
                                         guint            column);
void         sk_import_refuse           (SkImportRow     *row,
                                         const char      *format,
                                         ...) G_GNUC_PRINTF (2, 3);
void         sk_import_read_value       (SkImportRow     *row,
                                         const char      *text);
gboolean     sk_import_read_header      (SkOutcomeImport *self,
                                         GStrv            header,
                                         int             *where,
                                         int             *months,
                                         int              default_year,
                                         GError         **error);
/* @fields: the reader's (sk_csv_reader_next_fields()), stripped in place;
 * the rows' texts and period point into them while the record is checked. */
void         sk_import_read_long_record (SkOutcomeImport *self,
                                         guint            record,
                                         char           **fields,
                                         guint            n_fields,
                                         const int       *where);
void         sk_import_read_wide_record (SkOutcomeImport *self,
                                         guint            record,
                                         char           **fields,
                                         guint            n_fields,
                                         const int       *where,
                                         const int       *months,
                                         int              default_year);
void         sk_import_check_row        (SkOutcomeImport *self,
                                         SkStore         *store,
                                         SkImportRow     *row);
void         sk_import_forget_lookups   (SkOutcomeImport *self);
void         sk_import_places_clear     (SkOutcomeImport *self);
guint        sk_import_place_seen       (SkOutcomeImport   *self,
                                         SkStore           *store,
                                         const SkImportRow *row);
void         sk_import_row_values       (const SkImportRow *row,
                                         const char        *old_comment,
                                         SkOutcomeRow      *values);
SkOutcome   *sk_import_make_outcome     (const SkImportRow *row,
                                         SkOutcome         *old);

/* The streamed file's part of the public calls. */
gboolean     sk_import_stream_check     (SkOutcomeImport *self,
                                         SkStore         *store,
                                         guint            max_rows);
gboolean     sk_import_stream_apply     (SkOutcomeImport *self,
                                         SkStore         *store,
                                         gboolean         checked,
                                         GCancellable    *cancellable,
                                         GError         **error);
gboolean     sk_import_stream_undo      (SkOutcomeImport *self,
                                         SkStore         *store,
                                         GError         **error);
void         sk_import_stream_clear     (SkOutcomeImport *self);

G_END_DECLS
