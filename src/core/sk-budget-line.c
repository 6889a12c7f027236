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

static void
sk_budget_line_class_init (SkBudgetLineClass *klass)
{
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
