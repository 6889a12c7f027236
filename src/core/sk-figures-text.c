/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-derived"

/* The figures of sk-derived.c written for people: what a target was
 * measured against, beside the target and the status wherever they are. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-derived.h"

/* A figure written with the precision it needs, at least the indicator's here. */
static char *
figure_for_people (const SkFigures *figures,
                   SkIndicator     *indicator,
                   double           value)
{
  return sk_figure_text (value, MAX (figures->decimals, sk_figure_decimals_of (value)),
                         sk_indicator_get_measure_unit (indicator));
}

char *
sk_figures_measured_against (const SkFigures *figures,
                             SkIndicator     *indicator)
{
  g_autofree char *figure = NULL;
  g_autofree char *threshold = NULL;
  SkTarget *target;

  g_return_val_if_fail (figures != NULL, NULL);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), NULL);

  target = figures->target;
  if (target == NULL)
    return NULL;
  switch (sk_target_get_kind (target))
    {
    case SK_TARGET_REFERENCE:
      if (isnan (figures->reference))
        /* TRANSLATORS: the figure "Enligt budget" refers to is not entered: "budget: inget värde inmatat" */
        return g_strdup_printf (_("%s: no figure entered"), sk_target_get_reference (target));
      figure = figure_for_people (figures, indicator, figures->reference);
      /* TRANSLATORS: the figure a target "Enligt budget" refers to: "budget: 5 227" */
      return g_strdup_printf (_("%s: %s"), sk_target_get_reference (target), figure);

    case SK_TARGET_RELATIVE:
      if (sk_target_keeps_level (target))
        {
          if (isnan (figures->baseline))
            return g_strdup (_("last year’s outcome: not entered"));
          figure = figure_for_people (figures, indicator, figures->baseline);
          return g_strdup_printf (_("last year’s outcome: %s"), figure);
        }
      if (isnan (figures->baseline))
        return g_strdup_printf (_("outcome on %s: not entered"), sk_target_get_baseline_date (target));
      figure = figure_for_people (figures, indicator, figures->baseline);
      if (isnan (figures->threshold))
        return g_strdup_printf (_("outcome on %s: %s"), sk_target_get_baseline_date (target), figure);
      threshold = figure_for_people (figures, indicator, figures->threshold);
      /* TRANSLATORS: "utfallet 2024-12-31: 1 000, mål 1 200" */
      return g_strdup_printf (_("outcome on %s: %s, target %s"), sk_target_get_baseline_date (target),
                              figure, threshold);

    case SK_TARGET_EMPTY:
    case SK_TARGET_VALUE:
    case SK_TARGET_UNMEASURABLE:
    default:
      return NULL;
    }
}

/* The target as written, its unit spelled as the indicator's ("0 Mnkr"
 * for an indicator in "mnkr" reads "0 mnkr"): one card, one spelling. */
static char *
written_target (SkTarget    *target,
                SkIndicator *indicator)
{
  const char *text = sk_target_get_text (target);
  const char *unit = sk_indicator_get_measure_unit (indicator);
  gsize tl = text ? strlen (text) : 0, ul = unit ? strlen (unit) : 0;
  g_autofree char *tail = NULL;
  g_autofree char *want = NULL;

  if (ul == 0 || tl <= ul || g_ascii_isalpha (text[tl - ul - 1]) || strcmp (text + tl - ul, unit) == 0)
    return g_strdup (text);
  tail = g_utf8_casefold (text + tl - ul, -1);
  want = g_utf8_casefold (unit, -1);
  if (strcmp (tail, want) != 0)
    return g_strdup (text);
  return g_strdup_printf ("%.*s%s", (int) (tl - ul), text, unit);
}

char *
sk_figures_target_text (const SkFigures *figures,
                        SkIndicator     *indicator)
{
  g_autofree char *against = NULL;
  g_autofree char *written = NULL;

  g_return_val_if_fail (figures != NULL, NULL);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), NULL);

  if (figures->target == NULL)
    return g_strdup ("");
  against = sk_figures_measured_against (figures, indicator);
  written = written_target (figures->target, indicator);
  if (against == NULL)
    return g_steal_pointer (&written);
  /* TRANSLATORS: a target as written and what it was measured against:
   * "Enligt budget (budget: 5 227)" */
  return g_strdup_printf (_("%s (%s)"), written, against);
}

char *
sk_figures_value_words (const SkFigures *figures,
                        SkIndicator     *indicator,
                        double           value,
                        SkStatus         status)
{
  g_autofree char *text = NULL;
  g_autofree char *against = NULL;

  g_return_val_if_fail (figures != NULL, NULL);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), NULL);

  text = sk_figure_text (value, figures->decimals, sk_indicator_get_measure_unit (indicator));
  if (!sk_status_is_judged (status))
    return g_steal_pointer (&text);
  against = sk_figures_measured_against (figures, indicator);
  if (against != NULL)
    /* TRANSLATORS: a value, its status and what it was measured against:
     * "40 000, ej uppfyllt (produktionsplan: 45 000)" */
    return g_strdup_printf (_("%s, %s (%s)"), text, sk_status_label (status), against);
  /* TRANSLATORS: a value and how it stands against the target: "17,09 %, ej uppfyllt" */
  return g_strdup_printf (_("%s, %s"), text, sk_status_label (status));
}
