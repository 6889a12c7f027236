/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sk-store.h"

G_BEGIN_DECLS

typedef enum {
  SK_CSV_LAYOUT_LONG,  /* Indikator;Enhet;Period;Typ;Värde;Kommentar: one value a row */
  SK_CSV_LAYOUT_WIDE,  /* Indikator;Enhet;År;jan;…;dec: month values, one row a year */
} SkCsvLayout;

/*
 * Outcomes as Swedish Excel and LibreOffice read CSV: UTF-8 with a
 * byte-order mark (so Excel knows it), ";" between fields, decimal comma,
 * Windows line ends, fields quoted where they hold ";", quotes or line
 * breaks. Indicators carry the name of the outcome's year, units their
 * full name, so sk_outcome_import_read_csv() reads it back unchanged.
 * @year 0: every year. A month without a value is written with its reason
 * in Kommentar (long layout) or left empty (wide).
 */
gboolean sk_outcomes_write_csv (SkStore        *store,
                                int             year,
                                SkCsvLayout     layout,
                                GOutputStream  *out,
                                GError        **error);

/* @year's indicator register in the same format, one indicator a row:
 * Perspektiv;Indikator;Måttenhet;Riktning;Målvärde;Ansvarig enhet;Frekvens
 * (the target as written, the labels in the user's language). */
gboolean sk_register_write_csv (SkStore        *store,
                                int             year,
                                GOutputStream  *out,
                                GError        **error);

G_END_DECLS
