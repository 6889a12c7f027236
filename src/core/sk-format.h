/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Numbers for people, Swedish style whatever the locale: decimal comma,
 * thin space (U+2009) between thousands: "66 020", "91,1", "-37 583".
 * @decimals < 0 means "as many as needed, at most 2". */
char    *sk_format_number       (double value, int decimals);
/* Number followed by its unit: "91,1 %", "12 min", "66 020" (no unit) */
char    *sk_format_value        (double value, const char *measure_unit);

/* Parse a number written by a person: decimal comma or point, plain,
 * thin or no-break spaces as thousands separators, a leading minus or
 * U+2212. The whole string (after trimming) must be the number. */
gboolean sk_parse_number        (const char *text, double *out);

/* Machine text for files and SQL: never depends on the locale. */
char    *sk_format_machine      (double value);

/* Periods are "YYYY-MM" strings. */
gboolean sk_period_parse        (const char *period, int *year, int *month);
char    *sk_period_make         (int year, int month);
const char *sk_month_abbrev     (int month); /* translated "jan", "feb", … */

G_END_DECLS
