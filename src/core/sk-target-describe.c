/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-target"

/* SkTarget written back: the canonical text and the description for
 * people. Only the public getters: the parser lives in sk-target.c. */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sk-format.h"
#include "sk-target.h"
#include "sk-target-forms.h"

/* Digits kept when a rule is written back: enough for any target people write. */
#define MAX_DECIMALS 10

/* Fewest decimals that still give @value back (the seeds use at most 2). */
static int
needed_decimals (double value)
{
  for (int d = 0; d < MAX_DECIMALS; d++)
    {
      double scale = pow (10, d);

      if (fabs (round (value * scale) / scale - value) <= 1e-9 * MAX (1.0, fabs (value)))
        return d;
    }
  return MAX_DECIMALS;
}

static char *
format_exact (double      value,
              const char *unit)
{
  g_autofree char *number = sk_format_number (value, needed_decimals (value));

  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);
  return g_strconcat (number, " ", unit, NULL);
}

/* ---------------------------------------------------------------------- */
/* Formatting and description                                             */

static const char *
comparator_symbol (SkComparator comparator)
{
  switch (comparator)
    {
    case SK_COMPARATOR_GT: return ">";
    case SK_COMPARATOR_GE: return "≥";
    case SK_COMPARATOR_LT: return "<";
    case SK_COMPARATOR_LE: return "≤";
    case SK_COMPARATOR_EQ: return "=";
    case SK_COMPARATOR_NONE:
    default:               return "";
    }
}

static char *
format_relative (SkTarget *self)
{
  g_autofree char *percent = NULL;

  if (sk_target_get_change (self) == 0 && sk_target_get_baseline_date (self) == NULL)
    return g_strdup ("Bibehålla nivån");
  if (sk_target_get_change (self) == 0)
    return g_strdup_printf ("Bibehålla antal utifrån utfall %s", sk_target_get_baseline_date (self));
  percent = format_exact (fabs (sk_target_get_change (self)) * 100, "%");
  return g_strdup_printf ("%s med %s mot utfall %s",
                          sk_target_get_change (self) > 0 ? "ökning" : "minskning",
                          percent, sk_target_get_baseline_date (self));
}

static char *
format_rule (SkTarget *self)
{
  g_autofree char *number = NULL;

  switch (sk_target_get_kind (self))
    {
    case SK_TARGET_VALUE:
      number = format_exact (sk_target_get_value (self), sk_target_get_measure_unit (self));
      return g_strconcat (comparator_symbol (sk_target_get_comparator (self)), number, NULL);
    case SK_TARGET_RELATIVE:
      return format_relative (self);
    case SK_TARGET_REFERENCE:
      return g_strconcat ("Enligt ", sk_target_get_reference (self), NULL);
    case SK_TARGET_UNMEASURABLE:
      return g_strdup (sk_target_get_text (self));
    case SK_TARGET_EMPTY:
    default:
      return g_strdup ("");
    }
}

char *
sk_target_format (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), NULL);

  return sk_target_forms_decorate (format_rule (self), sk_target_get_qualifier (self),
                                   sk_target_get_note (self));
}

/* The comparison sk_target_evaluate makes: described as it is judged. */
static SkComparator
effective_comparator (SkTarget    *self,
                      SkDirection  direction)
{
  if (sk_target_get_kind (self) == SK_TARGET_VALUE
      && sk_target_get_comparator (self) != SK_COMPARATOR_NONE)
    return sk_target_get_comparator (self);
  return direction == SK_DIRECTION_LOWER ? SK_COMPARATOR_LE : SK_COMPARATOR_GE;
}

static char *
describe_value (SkTarget    *self,
                SkDirection  direction)
{
  g_autofree char *value = format_exact (sk_target_get_value (self), sk_target_get_measure_unit (self));

  switch (effective_comparator (self, direction))
    {
    case SK_COMPARATOR_GT: return g_strdup_printf (_("greater than %s"), value);
    case SK_COMPARATOR_LT: return g_strdup_printf (_("less than %s"), value);
    case SK_COMPARATOR_LE: return g_strdup_printf (_("at most %s"), value);
    case SK_COMPARATOR_EQ: return g_strdup_printf (_("equal to %s"), value);
    case SK_COMPARATOR_GE:
    case SK_COMPARATOR_NONE:
    default:               return g_strdup_printf (_("at least %s"), value);
    }
}

/* Whole sentences per case, so translators never glue fragments. */
static char *
describe_relative (SkTarget    *self,
                   SkDirection  direction)
{
  g_autofree char *percent = format_exact (fabs (sk_target_get_change (self)) * 100, "%");
  const char *date = sk_target_get_baseline_date (self);
  gboolean higher = direction != SK_DIRECTION_LOWER;

  if (sk_target_get_change (self) == 0 && date == NULL)
    return higher ? g_strdup (_("at least last year’s year-end outcome"))
                  : g_strdup (_("at most last year’s year-end outcome"));
  if (sk_target_get_change (self) == 0)
    return higher ? g_strdup_printf (_("at least the outcome on %s"), date)
                  : g_strdup_printf (_("at most the outcome on %s"), date);
  if (sk_target_get_change (self) > 0 && higher)
    return g_strdup_printf (_("an increase of at least %s compared with the outcome on %s"),
                            percent, date);
  if (sk_target_get_change (self) > 0)
    return g_strdup_printf (_("an increase of at most %s compared with the outcome on %s"),
                            percent, date);
  if (higher)
    return g_strdup_printf (_("a decrease of at most %s compared with the outcome on %s"),
                            percent, date);
  return g_strdup_printf (_("a decrease of at least %s compared with the outcome on %s"),
                          percent, date);
}

static char *
describe_rule (SkTarget    *self,
               SkDirection  direction)
{
  switch (sk_target_get_kind (self))
    {
    case SK_TARGET_VALUE:
      return describe_value (self, direction);
    case SK_TARGET_RELATIVE:
      return describe_relative (self, direction);
    case SK_TARGET_REFERENCE:
      return direction == SK_DIRECTION_LOWER
             ? g_strdup_printf (_("according to the %s (at most that figure)"), sk_target_get_reference (self))
             : g_strdup_printf (_("according to the %s (at least that figure)"), sk_target_get_reference (self));
    case SK_TARGET_UNMEASURABLE:
      if (sk_target_is_undecided (self))
        return g_strdup (sk_target_get_reason (self));
      return g_strdup_printf (_("Not measurable: %s"), sk_target_get_reason (self));
    case SK_TARGET_EMPTY:
    default:
      return g_strdup (_("No target"));
    }
}

char *
sk_target_describe (SkTarget    *self,
                    SkDirection  direction)
{
  g_autofree char *rule = NULL;

  g_return_val_if_fail (SK_IS_TARGET (self), NULL);

  rule = sk_target_forms_describe_qualified (describe_rule (self, direction), sk_target_get_qualifier (self));
  if (sk_target_get_note (self) == NULL)
    return g_steal_pointer (&rule);
  /* TRANSLATORS: a rule and the note written after it, which is not checked */
  return g_strdup_printf (_("%s (note: %s)"), rule, sk_target_get_note (self));
}

