/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Reading CSV as Swedish Excel and LibreOffice write it: fields separated
 * by ";" (or a tab when a block of cells is pasted, or "," when the header
 * clearly uses it), quoted fields that hold the separator, line breaks and
 * doubled quotes, in UTF-8 (with or without a byte-order mark) or
 * Windows-1252. No store, no GTK: this runs in any thread.
 */

typedef enum {
  SK_CSV_UTF8,
  SK_CSV_UTF8_BOM,
  SK_CSV_CP1252,
} SkCsvEncoding;

/* The text as UTF-8 without a byte-order mark: bytes that are not valid
 * UTF-8 are read as Windows-1252 (what Swedish Excel writes with "CSV
 * (semikolonavgränsad)"). NULL with an error when they are neither. */
char        *sk_csv_decode            (const char     *data,
                                       gsize           length,
                                       SkCsvEncoding  *encoding,
                                       GError        **error);
/* The separator the first record uses: ';', '\t' or ','. */
char         sk_csv_detect_separator  (const char     *text);

typedef struct
{
  const char *p;
  char        separator;
  guint       record;  /* number of the record last read, from 1 */
  guint       line;    /* line where the record last read began, from 1 */
  guint       next_line;
} SkCsvParser;

void         sk_csv_parser_init       (SkCsvParser    *parser,
                                       const char     *text,
                                       char            separator);
/* The next record's fields (NULL-terminated), or NULL at the end. Blank
 * lines are records with one empty field. */
GStrv        sk_csv_parser_next       (SkCsvParser    *parser);
/* How far the parser has come through @text, 0–1. */
double       sk_csv_parser_progress   (SkCsvParser    *parser,
                                       const char     *text,
                                       gsize           length);

/* ---- Reading a file a piece at a time ---- */

/* Reads @stream through once without keeping it: its encoding (as
 * sk_csv_decode() decides it for the whole) and its length in bytes. */
gboolean     sk_csv_scan              (GInputStream   *stream,
                                       SkCsvEncoding  *encoding,
                                       guint64        *length,
                                       GCancellable   *cancellable,
                                       GError        **error);

/* Records from a stream in @encoding, read in pieces of a fixed size: a
 * million rows take the memory of a few. */
typedef struct _SkCsvReader SkCsvReader;

SkCsvReader *sk_csv_reader_new        (GInputStream   *stream,
                                       SkCsvEncoding   encoding);
void         sk_csv_reader_free       (SkCsvReader    *reader);
/* The separator the first record uses (sk_csv_detect_separator()). */
char         sk_csv_reader_detect_separator (SkCsvReader *reader,
                                       GError        **error);
void         sk_csv_reader_set_separator (SkCsvReader  *reader,
                                       char            separator);
/* As sk_csv_parser_next(); NULL at the end or with @error set. */
GStrv        sk_csv_reader_next       (SkCsvReader    *reader,
                                       GError        **error);
/* As sk_csv_reader_next(), without a copy: @n_fields fields (and a NULL
 * after them) that are the reader's and live until its next call; they
 * may be changed in place (stripped, say) until then. */
char       **sk_csv_reader_next_fields (SkCsvReader   *reader,
                                       guint          *n_fields,
                                       GError        **error);
/* The number of the record last read, from 1. */
guint        sk_csv_reader_get_record (SkCsvReader    *reader);
/* Bytes of the stream read so far, and a sum of them to tell whether a
 * file changed between two readings. */
guint64      sk_csv_reader_get_offset (SkCsvReader    *reader);
guint64      sk_csv_reader_get_checksum (SkCsvReader  *reader);
/* For a pass whose sum nobody compares: no sum is made from here on (it
 * costs about a third of reading), and the checksum is 0. */
void         sk_csv_reader_skip_checksum (SkCsvReader *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkCsvReader, sk_csv_reader_free)

G_END_DECLS
