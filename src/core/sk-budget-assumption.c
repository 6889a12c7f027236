/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-budget"

#include "config.h"

#include <math.h>

#include "sk-budget-assumption.h"

struct _SkBudgetAssumption
{
  SkRecord               parent_instance;

  int                    year;
  int                    position;
  SkBudgetAssumptionKind kind;
  double                 value;
  char                  *measure_unit;
  char                  *text;
};

G_DEFINE_FINAL_TYPE (SkBudgetAssumption, sk_budget_assumption, SK_TYPE_RECORD)

/* Read-only properties, for list views' expressions; the record is a
 * snapshot the store fills. */
enum {
  PROP_0,
  PROP_YEAR,
  PROP_KIND,
  PROP_VALUE,
  PROP_MEASURE_UNIT,
  PROP_TEXT,
  N_PROPS
};

static void
sk_budget_assumption_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  SkBudgetAssumption *self = SK_BUDGET_ASSUMPTION (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_MEASURE_UNIT:
      g_value_set_string (value, self->measure_unit);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_budget_assumption_finalize (GObject *object)
{
  SkBudgetAssumption *self = (SkBudgetAssumption *) object;

  g_clear_pointer (&self->measure_unit, g_free);
  g_clear_pointer (&self->text, g_free);
  G_OBJECT_CLASS (sk_budget_assumption_parent_class)->finalize (object);
}

static void
sk_budget_assumption_class_init (SkBudgetAssumptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sk_budget_assumption_finalize;
  object_class->get_property = sk_budget_assumption_get_property;
  SK_RECORD_CLASS (klass)->table = "budget_assumption";

  g_object_class_install_property (object_class, PROP_YEAR,
                                   g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags));
  g_object_class_install_property (object_class, PROP_KIND,
                                   g_param_spec_int ("kind", NULL, NULL, 0, G_MAXINT, 0, flags));
  g_object_class_install_property (object_class, PROP_VALUE,
                                   g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags));
  g_object_class_install_property (object_class, PROP_MEASURE_UNIT,
                                   g_param_spec_string ("measure-unit", NULL, NULL, NULL, flags));
  g_object_class_install_property (object_class, PROP_TEXT,
                                   g_param_spec_string ("text", NULL, NULL, NULL, flags));
}

static void
sk_budget_assumption_init (SkBudgetAssumption *self)
{
  self->value = NAN;
  self->measure_unit = g_strdup ("");
  self->text = g_strdup ("");
}

SkBudgetAssumption *
sk_budget_assumption_new (void)
{
  return g_object_new (SK_TYPE_BUDGET_ASSUMPTION, NULL);
}

#define GETSET(type, field, fail) \
  type sk_budget_assumption_get_##field (SkBudgetAssumption *self) \
  { g_return_val_if_fail (SK_IS_BUDGET_ASSUMPTION (self), fail); return self->field; } \
  void sk_budget_assumption_set_##field (SkBudgetAssumption *self, type v) \
  { g_return_if_fail (SK_IS_BUDGET_ASSUMPTION (self)); self->field = v; }

GETSET (int, year, 0)
GETSET (int, position, 0)
GETSET (SkBudgetAssumptionKind, kind, 0)
GETSET (double, value, NAN)

const char *
sk_budget_assumption_get_measure_unit (SkBudgetAssumption *self)
{
  g_return_val_if_fail (SK_IS_BUDGET_ASSUMPTION (self), NULL);
  return self->measure_unit;
}

void
sk_budget_assumption_set_measure_unit (SkBudgetAssumption *self,
                                       const char         *unit)
{
  g_return_if_fail (SK_IS_BUDGET_ASSUMPTION (self));
  g_free (self->measure_unit);
  self->measure_unit = g_strdup (unit ? unit : "");
}

const char *
sk_budget_assumption_get_text (SkBudgetAssumption *self)
{
  g_return_val_if_fail (SK_IS_BUDGET_ASSUMPTION (self), NULL);
  return self->text;
}

void
sk_budget_assumption_set_text (SkBudgetAssumption *self,
                               const char         *text)
{
  g_return_if_fail (SK_IS_BUDGET_ASSUMPTION (self));
  g_free (self->text);
  self->text = g_strdup (text ? text : "");
}
