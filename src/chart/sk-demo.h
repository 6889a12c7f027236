/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store.h"

G_BEGIN_DECLS

/* The name the generator gives demo units: "Vårdcentral 3 (fiktiv)". */
#define SK_DEMO_UNIT_FORMAT "Vårdcentral %u (fiktiv)"
/* The missing reason written into a fictional gap. */
#define SK_DEMO_MISSING_REASON "Fiktivt: data saknas"

typedef struct
{
  int      first_year;
  int      last_year;
  guint    n_units;  /* demo vårdcentraler to add under Vårdcentralen Halland */
  guint32  seed;
} SkDemoOptions;

typedef struct
{
  guint units_created;
  guint targets_created;
  guint series;            /* (indicator, unit) pairs filled */
  guint outcomes_written;  /* month values and reference figures */
  guint missing_written;   /* of which gaps with a reason */
  guint real_kept;         /* real outcomes left as they were */
} SkDemoCounts;

/*
 * Fills @store with fictional monthly outcomes for the register of each
 * year: around each year's target (or the indicator's real figures when
 * there is no target), with a slow trend, a summer dip, noise and an
 * occasional missing month. Shares and indices stay within 0..100; a real
 * year-to-date figure is what the generated months before it give (and
 * the months after keep that level); a year whose plan has no number
 * centres on the latest plan's. The same seed on the same data gives the same
 * figures. Every outcome written is marked fictional; a real outcome is
 * never overwritten. A year without a plan takes the latest plan's
 * register, and its targets where it has none.
 */
gboolean sk_demo_generate (SkStore             *store,
                           const SkDemoOptions *options,
                           SkDemoCounts        *counts,
                           GError             **error);

G_END_DECLS
