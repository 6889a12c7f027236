/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-budget"

#include "config.h"

#include <math.h>

#include "sk-budget-proposal.h"

struct _SkBudgetProposal
{
  SkRecord  parent_instance;

  int       year;
  int       position;
  char     *text;
  gint64    focus_area_id;
  char     *price_level;
  gboolean  granted;
  double    costs[SK_BUDGET_PROPOSAL_YEARS];
};

G_DEFINE_FINAL_TYPE (SkBudgetProposal, sk_budget_proposal, SK_TYPE_RECORD)

/* Read-only properties, for list views' expressions; the record is a
 * snapshot the store fills. */
enum {
  PROP_0,
  PROP_YEAR,
  PROP_TEXT,
  PROP_FOCUS_AREA_ID,
  PROP_PRICE_LEVEL,
  PROP_GRANTED,
  N_PROPS
};

static void
sk_budget_proposal_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SkBudgetProposal *self = SK_BUDGET_PROPOSAL (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_FOCUS_AREA_ID:
      g_value_set_int64 (value, self->focus_area_id);
      break;
    case PROP_PRICE_LEVEL:
      g_value_set_string (value, self->price_level);
      break;
    case PROP_GRANTED:
      g_value_set_boolean (value, self->granted);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_budget_proposal_finalize (GObject *object)
{
  SkBudgetProposal *self = (SkBudgetProposal *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->price_level, g_free);
  G_OBJECT_CLASS (sk_budget_proposal_parent_class)->finalize (object);
}

static void
sk_budget_proposal_class_init (SkBudgetProposalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sk_budget_proposal_finalize;
  object_class->get_property = sk_budget_proposal_get_property;
  SK_RECORD_CLASS (klass)->table = "budget_proposal";

  g_object_class_install_property (object_class, PROP_YEAR,
                                   g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags));
  g_object_class_install_property (object_class, PROP_TEXT,
                                   g_param_spec_string ("text", NULL, NULL, NULL, flags));
  g_object_class_install_property (object_class, PROP_FOCUS_AREA_ID,
                                   g_param_spec_int64 ("focus-area-id", NULL, NULL, 0, G_MAXINT64, 0, flags));
  g_object_class_install_property (object_class, PROP_PRICE_LEVEL,
                                   g_param_spec_string ("price-level", NULL, NULL, NULL, flags));
  g_object_class_install_property (object_class, PROP_GRANTED,
                                   g_param_spec_boolean ("granted", NULL, NULL, FALSE, flags));
}

static void
sk_budget_proposal_init (SkBudgetProposal *self)
{
  self->text = g_strdup ("");
  self->price_level = g_strdup ("");
  for (guint i = 0; i < SK_BUDGET_PROPOSAL_YEARS; i++)
    self->costs[i] = NAN;
}

SkBudgetProposal *
sk_budget_proposal_new (void)
{
  return g_object_new (SK_TYPE_BUDGET_PROPOSAL, NULL);
}

#define GETSET(type, field, fail) \
  type sk_budget_proposal_get_##field (SkBudgetProposal *self) \
  { g_return_val_if_fail (SK_IS_BUDGET_PROPOSAL (self), fail); return self->field; } \
  void sk_budget_proposal_set_##field (SkBudgetProposal *self, type v) \
  { g_return_if_fail (SK_IS_BUDGET_PROPOSAL (self)); self->field = v; }

GETSET (int, year, 0)
GETSET (int, position, 0)
GETSET (gint64, focus_area_id, 0)
GETSET (gboolean, granted, FALSE)

#define GETSET_TEXT(field) \
  const char *sk_budget_proposal_get_##field (SkBudgetProposal *self) \
  { g_return_val_if_fail (SK_IS_BUDGET_PROPOSAL (self), NULL); return self->field; } \
  void sk_budget_proposal_set_##field (SkBudgetProposal *self, const char *v) \
  { g_return_if_fail (SK_IS_BUDGET_PROPOSAL (self)); g_free (self->field); self->field = g_strdup (v ? v : ""); }

GETSET_TEXT (text)
GETSET_TEXT (price_level)

double
sk_budget_proposal_get_cost (SkBudgetProposal *self,
                             guint             index)
{
  g_return_val_if_fail (SK_IS_BUDGET_PROPOSAL (self), NAN);
  g_return_val_if_fail (index < SK_BUDGET_PROPOSAL_YEARS, NAN);
  return self->costs[index];
}

void
sk_budget_proposal_set_cost (SkBudgetProposal *self,
                             guint             index,
                             double            tkr)
{
  g_return_if_fail (SK_IS_BUDGET_PROPOSAL (self));
  g_return_if_fail (index < SK_BUDGET_PROPOSAL_YEARS);
  self->costs[index] = tkr;
}
