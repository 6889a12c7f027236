/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sk-enums.h"

/* One table per enum keeps names, labels and values in one place. */
typedef struct {
  int         value;
  const char *name;
  const char *label; /* N_() marked, translated on use */
} SkEnumEntry;

static const char *
entry_name (const SkEnumEntry *table, guint n, int value)
{
  for (guint i = 0; i < n; i++)
    if (table[i].value == value)
      return table[i].name;
  return NULL;
}

static const char *
entry_label (const SkEnumEntry *table, guint n, int value)
{
  for (guint i = 0; i < n; i++)
    if (table[i].value == value)
      return table[i].label ? _(table[i].label) : table[i].name;
  return NULL;
}

static gboolean
entry_parse (const SkEnumEntry *table, guint n, const char *s, int *out)
{
  if (s == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_ascii_strcasecmp (table[i].name, s) == 0)
      {
        *out = table[i].value;
        return TRUE;
      }
  return FALSE;
}

#define SK_ENUM_FUNCS(prefix, Type, table)                                   \
  const char *prefix##_to_string (Type v)                                    \
  { return entry_name (table, G_N_ELEMENTS (table), (int) v); }              \
  gboolean prefix##_from_string (const char *s, Type *out)                   \
  {                                                                          \
    int v;                                                                   \
    if (!entry_parse (table, G_N_ELEMENTS (table), s, &v))                   \
      return FALSE;                                                          \
    *out = (Type) v;                                                         \
    return TRUE;                                                             \
  }

static const SkEnumEntry perspectives[] = {
  { SK_PERSPECTIVE_TARGET_GROUP, "target-group", N_("Target group") },
  { SK_PERSPECTIVE_OPERATIONS,   "operations",   N_("Operations") },
  { SK_PERSPECTIVE_STAFF,        "staff",        N_("Staff") },
  { SK_PERSPECTIVE_FINANCE,      "finance",      N_("Finance") },
};
SK_ENUM_FUNCS (sk_perspective, SkPerspective, perspectives)
const char *sk_perspective_label (SkPerspective p)
{ return entry_label (perspectives, G_N_ELEMENTS (perspectives), p); }

static const SkEnumEntry directions[] = {
  { SK_DIRECTION_HIGHER, "higher", NULL },
  { SK_DIRECTION_LOWER,  "lower",  NULL },
};
SK_ENUM_FUNCS (sk_direction, SkDirection, directions)

static const SkEnumEntry frequencies[] = {
  { SK_FREQUENCY_MONTH,   "month",   N_("Monthly") },
  { SK_FREQUENCY_TERTIAL, "tertial", N_("Per tertial") },
  { SK_FREQUENCY_YEAR,    "year",    N_("Yearly") },
};
SK_ENUM_FUNCS (sk_frequency, SkFrequency, frequencies)
const char *sk_frequency_label (SkFrequency f)
{ return entry_label (frequencies, G_N_ELEMENTS (frequencies), f); }

static const SkEnumEntry aggregations[] = {
  { SK_AGGREGATION_SUM,    "sum",    NULL },
  { SK_AGGREGATION_MEAN,   "mean",   NULL },
  { SK_AGGREGATION_LATEST, "latest", NULL },
  { SK_AGGREGATION_RATIO,  "ratio",  NULL },
};
SK_ENUM_FUNCS (sk_aggregation, SkAggregation, aggregations)

static const SkEnumEntry plan_statuses[] = {
  { SK_PLAN_DRAFT,   "draft",   NULL },
  { SK_PLAN_ADOPTED, "adopted", NULL },
};
SK_ENUM_FUNCS (sk_plan_status, SkPlanStatus, plan_statuses)

static const SkEnumEntry outcome_kinds[] = {
  { SK_OUTCOME_MONTH, "month", NULL },
  { SK_OUTCOME_YTD,   "ytd",   NULL },
  { SK_OUTCOME_R12,   "r12",   NULL },
  { SK_OUTCOME_REFERENCE, "reference", NULL },
};
SK_ENUM_FUNCS (sk_outcome_kind, SkOutcomeKind, outcome_kinds)

static const SkEnumEntry assessments[] = {
  { SK_ASSESSMENT_NOT_ASSESSED, "not-assessed", N_("not assessed") },
  { SK_ASSESSMENT_MET,          "met",          N_("met") },
  { SK_ASSESSMENT_PARTLY,       "partly",       N_("partly met") },
  { SK_ASSESSMENT_NOT_MET,      "not-met",      N_("not met") },
};
SK_ENUM_FUNCS (sk_assessment, SkAssessment, assessments)
const char *sk_assessment_label (SkAssessment a)
{ return entry_label (assessments, G_N_ELEMENTS (assessments), a); }

static const SkEnumEntry statuses[] = {
  { SK_STATUS_NO_VALUE,  "no-value",  N_("no value") },
  { SK_STATUS_NO_TARGET, "no-target", N_("no target") },
  { SK_STATUS_MET,       "met",       N_("met") },
  { SK_STATUS_NEAR,      "near",      N_("near") },
  { SK_STATUS_NOT_MET,   "not-met",   N_("not met") },
  { SK_STATUS_NOT_COMPARABLE, "not-comparable", N_("not comparable") },
};

const char *
sk_status_to_string (SkStatus s)
{
  return entry_name (statuses, G_N_ELEMENTS (statuses), s);
}

const char *
sk_status_label (SkStatus s)
{
  return entry_label (statuses, G_N_ELEMENTS (statuses), s);
}

const char *
sk_status_mark (SkStatus s)
{
  switch (s)
    {
    case SK_STATUS_MET:       return "✓";
    case SK_STATUS_NEAR:      return "≈";
    case SK_STATUS_NOT_MET:   return "✗";
    case SK_STATUS_NO_TARGET: return "–";
    case SK_STATUS_NOT_COMPARABLE: return "≠";
    case SK_STATUS_NO_VALUE:
    default:                  return "·";
    }
}

const char *
sk_target_qualifier_to_string (SkTargetQualifier q)
{
  switch (q)
    {
    case SK_QUALIFIER_YTD:      return "ytd";
    case SK_QUALIFIER_YTD_MEAN: return "ytd-mean";
    case SK_QUALIFIER_R12:      return "r12";
    case SK_QUALIFIER_MEAN:     return "mean";
    case SK_QUALIFIER_NONE:
    default:                    return "";
    }
}

const char *
sk_target_qualifier_label (SkTargetQualifier q)
{
  switch (q)
    {
    case SK_QUALIFIER_YTD:      return _("year-to-date sum");
    case SK_QUALIFIER_YTD_MEAN: return _("year-to-date mean");
    case SK_QUALIFIER_R12:      return _("rolling 12 months");
    case SK_QUALIFIER_MEAN:     return _("mean of the year’s months");
    case SK_QUALIFIER_NONE:
    default:                    return "";
    }
}

gboolean
sk_status_is_judged (SkStatus s)
{
  return s == SK_STATUS_MET || s == SK_STATUS_NEAR || s == SK_STATUS_NOT_MET
         || s == SK_STATUS_NOT_COMPARABLE;
}
