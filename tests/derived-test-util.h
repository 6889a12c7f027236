/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-derived.h"

G_BEGIN_DECLS

/* Shared by the tests that compute figures from outcomes in a real store
 * (test-derived, test-derived-forms): a store in a folder of its own with
 * one unit, and the steps that fill it. */
typedef struct
{
  char    *dir;
  SkStore *store;
  gint64   unit_id;
} SkDerivedFixture;

/* @tmpl as for g_dir_make_tmp: "styrkort-derived-XXXXXX". */
void         sk_derived_fixture_set_up    (SkDerivedFixture *fx,
                                           const char       *tmpl);
void         sk_derived_fixture_tear_down (SkDerivedFixture *fx);
/* A saved indicator; @tolerance < 0 leaves the default one. */
SkIndicator *sk_derived_add_indicator     (SkDerivedFixture *fx,
                                           const char       *name,
                                           SkAggregation     aggregation,
                                           const char       *measure_unit,
                                           SkDirection       direction,
                                           double            tolerance);
/* One outcome of the fixture's unit; NAN and NULL for what it lacks. */
void         sk_derived_put_outcome       (SkDerivedFixture *fx,
                                           SkIndicator      *ind,
                                           const char       *period,
                                           SkOutcomeKind     kind,
                                           double            value,
                                           double            numerator,
                                           double            denominator,
                                           const char       *missing_reason);
/* The target of @year's plan, which is made when there is none. */
void         sk_derived_set_target        (SkDerivedFixture *fx,
                                           SkIndicator      *ind,
                                           int               year,
                                           const char       *text);
void         sk_derived_compute           (SkDerivedFixture *fx,
                                           SkIndicator      *ind,
                                           const char       *period,
                                           SkFigures        *out);

G_END_DECLS
