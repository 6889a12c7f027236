/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-budget"

#include "config.h"

#include <math.h>

#include "sk-budget-line.h"

struct _SkBudgetLine
{
  GObject            parent_instance;

  int                year;
  gint64             unit_id;
  SkBudgetLineKind   line;
  SkBudgetValueKind  kind;
  double             values[SK_BUDGET_MONTHS + 1];
};

G_DEFINE_FINAL_TYPE (SkBudgetLine, sk_budget_line, G_TYPE_OBJECT)

/* Read-only properties, for list views' expressions. */
enum {
  PROP_0,
  PROP_YEAR,
  PROP_UNIT_ID,
  PROP_LINE,
  PROP_KIND,
  N_PROPS
};

static void
sk_budget_line_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SkBudgetLine *self = SK_BUDGET_LINE (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;
    case PROP_LINE:
      g_value_set_int (value, self->line);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_budget_line_class_init (SkBudgetLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = sk_budget_line_get_property;
  g_object_class_install_property (object_class, PROP_YEAR,
                                   g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, flags));
  g_object_class_install_property (object_class, PROP_UNIT_ID,
                                   g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, flags));
  g_object_class_install_property (object_class, PROP_LINE,
                                   g_param_spec_int ("line", NULL, NULL, 0, SK_N_BUDGET_LINES - 1, 0, flags));
  g_object_class_install_property (object_class, PROP_KIND,
                                   g_param_spec_int ("kind", NULL, NULL, 0, SK_N_BUDGET_VALUES - 1, 0, flags));
}

static void
sk_budget_line_init (SkBudgetLine *self)
{
  for (guint i = 0; i <= SK_BUDGET_MONTHS; i++)
    self->values[i] = NAN;
}

SkBudgetLine *
sk_budget_line_new (int               year,
                    gint64            unit_id,
                    SkBudgetLineKind  line,
                    SkBudgetValueKind kind)
{
  SkBudgetLine *self = g_object_new (SK_TYPE_BUDGET_LINE, NULL);

  self->year = year;
  self->unit_id = unit_id;
  self->line = line;
  self->kind = kind;
  return self;
}

int
sk_budget_line_get_year (SkBudgetLine *self)
{
  g_return_val_if_fail (SK_IS_BUDGET_LINE (self), 0);
  return self->year;
}

gint64
sk_budget_line_get_unit_id (SkBudgetLine *self)
{
  g_return_val_if_fail (SK_IS_BUDGET_LINE (self), 0);
  return self->unit_id;
}

SkBudgetLineKind
sk_budget_line_get_line (SkBudgetLine *self)
{
  g_return_val_if_fail (SK_IS_BUDGET_LINE (self), 0);
  return self->line;
}

SkBudgetValueKind
sk_budget_line_get_kind (SkBudgetLine *self)
{
  g_return_val_if_fail (SK_IS_BUDGET_LINE (self), 0);
  return self->kind;
}

double
sk_budget_line_get_value (SkBudgetLine *self,
                          guint         month)
{
  g_return_val_if_fail (SK_IS_BUDGET_LINE (self), NAN);
  g_return_val_if_fail (month <= SK_BUDGET_MONTHS, NAN);
  return self->values[month];
}

void
sk_budget_line_set_value (SkBudgetLine *self,
                          guint         month,
                          double        value)
{
  g_return_if_fail (SK_IS_BUDGET_LINE (self));
  g_return_if_fail (month <= SK_BUDGET_MONTHS);
  self->values[month] = value;
}

gboolean
sk_budget_line_has_months (SkBudgetLine *self)
{
  g_return_val_if_fail (SK_IS_BUDGET_LINE (self), FALSE);
  for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
    if (!isnan (self->values[m]))
      return TRUE;
  return FALSE;
}
