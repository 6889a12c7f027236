/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

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

G_END_DECLS
