/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "sk-enums.h"

G_BEGIN_DECLS

/*
 * The forms planners write around a rule, taken apart on text that
 * sk-target.c has already normalised (one plain space, trimmed). Private
 * to SkTarget; each returns newly allocated text or NULL when the form is
 * not there.
 */

/* ">90 % / gäller vardagar" → ">90 %", @note "gäller vardagar". */
char     *sk_target_forms_split_note        (const char        *text,
                                             char             **note);

/* ">90 % ackumulerat", "R12: <15 %", "medelvärde minst 85 %" → the rule
 * without the qualifier, and which one it was. */
char     *sk_target_forms_strip_qualifier   (const char        *text,
                                             SkTargetQualifier *qualifier);

/* "85 % eller 90 %", two rules as alternatives: why it cannot be
 * checked yet (translated); NULL when @text is not that form. */
char     *sk_target_forms_undecided_reason  (const char        *text);

/* "Bibehålla nivån", "behålla", "oförändrat": keep last year's level. */
gboolean  sk_target_forms_keeps_level       (const char        *text);

/* A date as written: "2024-12-31", "241231", "20241231", "31 dec 2024",
 * "31 december 2024" → "2024-12-31"; NULL when it is not a date form.
 * The result is not checked for validity (31 feb). */
char     *sk_target_forms_iso_date          (const char        *text);

/* @rule (taken) with the qualifier's word and " / note" written after
 * it, so that parsing the result gives the same target. */
char     *sk_target_forms_decorate          (char              *rule,
                                             SkTargetQualifier  qualifier,
                                             const char        *note);
/* @rule (taken, a description) with how the year is counted, translated. */
char     *sk_target_forms_describe_qualified (char             *rule,
                                              SkTargetQualifier qualifier);

/* The pattern sk_target_forms_iso_date understands, for use inside a regex. */
#define SK_TARGET_FORMS_DATE_PATTERN \
  "\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{6}|\\d{1,2} [[:alpha:]]+\\.? \\d{4}"

G_END_DECLS
