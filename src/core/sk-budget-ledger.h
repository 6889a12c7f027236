/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store-budget.h"

G_BEGIN_DECLS

/*
 * Monthly ledger totals from CSV as Swedish Excel writes it (sk-csv.c's
 * reader: ";", decimal comma, thousands with a space or no-break space,
 * UTF-8 with or without BOM, or Windows-1252). One row per unit, line and
 * month, in tkr, with a header naming the columns (any order, Swedish or
 * English; case does not matter):
 *
 *   Enhet;Rad;Period;Belopp            (unit; line; YYYY-MM; amount)
 *   VC;Personalkostnader;2024-01;-33 500
 *
 * "Rad" takes Intäkter, Personalkostnader, Övriga kostnader, Netto,
 * Investeringar (or revenue, staff, other, net, investment). An optional
 * "Slag" column (Utfall, Budget, Prognos) says what the amounts are; by
 * default outcomes. Units by name or short name.
 */

typedef struct {
  guint  rows;       /* values read */
  guint  changed;    /* of them, new or different from what was stored */
  int    first_year; /* of the periods read */
  int    last_year;
} SkBudgetLedgerResult;

/* Checks every row first and imports all or nothing (one transaction);
 * an error names the line of the file and what is wrong with it. */
gboolean sk_budget_ledger_import (SkStore               *store,
                                  const char            *data,
                                  gsize                  length,
                                  SkBudgetLedgerResult  *result,
                                  GError               **error);

G_END_DECLS
