/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Text that enters the program (command-line arguments, JSON files,
 * entries, later CSV and the clipboard) goes through sk_text_check()
 * before it is stored; text that leaves for a terminal goes through
 * sk_text_for_terminal(). Messages that quote input use sk_text_excerpt().
 */

typedef enum {
  SK_TEXT_LINE      = 0,       /* one line: no control characters at all */
  SK_TEXT_MULTILINE = 1 << 0,  /* line breaks and tabs allowed (comments, descriptions) */
  SK_TEXT_REQUIRED  = 1 << 1,  /* must not be empty or only white space */
} SkTextRule;

/* Years and months the program works with. */
#define SK_YEAR_MIN 1900
#define SK_YEAR_MAX 2999

/* Characters of input quoted in a message before it is cut with "…". */
#define SK_TEXT_EXCERPT_CHARS 40

/*
 * Checks @text (@length bytes, or up to its NUL when -1) against @rule:
 * valid UTF-8, no NUL inside, no control characters (but line breaks and
 * tabs for SK_TEXT_MULTILINE), not blank for SK_TEXT_REQUIRED. On refusal
 * sets SK_STORE_ERROR_INVALID with a message that names @field. NULL
 * passes unless SK_TEXT_REQUIRED.
 */
gboolean sk_text_check          (const char  *text,
                                 gssize       length,
                                 const char  *field,
                                 SkTextRule   rule,
                                 GError     **error);

/* The first control character of a UTF-8 @text that @rule forbids, or 0. */
gunichar sk_text_find_control   (const char  *text,
                                 SkTextRule   rule);

/* @text for quoting in a message: valid UTF-8, control characters shown
 * as symbols, at most SK_TEXT_EXCERPT_CHARS characters then "…". */
char    *sk_text_excerpt        (const char  *text);

/* @text safe to print on a terminal: invalid bytes become U+FFFD and
 * control characters (escape sequences) their visible symbols, e.g.
 * ESC → ␛. Line breaks and tabs are kept when @keep_lines. */
char    *sk_text_for_terminal   (const char  *text,
                                 gboolean     keep_lines);

/* A year between SK_YEAR_MIN and SK_YEAR_MAX; the message names @field. */
gboolean sk_year_check          (int          year,
                                 const char  *field,
                                 GError     **error);

/* A month "YYYY-MM" from 1900-01 to 2999-12, with one message that says
 * what a month looks like and the allowed range. */
gboolean sk_period_check        (const char  *period,
                                 const char  *field,
                                 GError     **error);

/* A time as the export writes it, ISO 8601 with a time zone:
 * "2024-05-20T08:12:03Z" (fractions of seconds and ±HH:MM also pass). */
gboolean sk_timestamp_check     (const char  *text,
                                 const char  *field,
                                 GError     **error);

G_END_DECLS
