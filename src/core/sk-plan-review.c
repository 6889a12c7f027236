/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-plan-review"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sk-plan-review.h"

/*
 * The checks are written against the target as the planner wrote it and
 * the indicator's definition in the plan year (sk_store_list_indicators
 * gives the year's definitions), so the message quotes the text exactly.
 */

G_DEFINE_BOXED_TYPE (SkReviewWarning, sk_review_warning, sk_review_warning_copy, sk_review_warning_free)

SkReviewWarning *
sk_review_warning_copy (const SkReviewWarning *warning)
{
  SkReviewWarning *copy = g_new0 (SkReviewWarning, 1);

  *copy = *warning;
  copy->indicator_name = g_strdup (warning->indicator_name);
  copy->message = g_strdup (warning->message);
  return copy;
}

void
sk_review_warning_free (SkReviewWarning *warning)
{
  if (warning == NULL)
    return;
  g_free (warning->indicator_name);
  g_free (warning->message);
  g_free (warning);
}

const char *
sk_review_kind_to_string (SkReviewKind kind)
{
  static const char *names[SK_N_REVIEW_KINDS] = {
    "direction-contradicts-indicator", "direction-flipped", "share-out-of-range",
    "baseline-not-year-end", "target-uncheckable", "not-in-register", "no-target",
  };

  g_return_val_if_fail (kind < SK_N_REVIEW_KINDS, "");
  return names[kind];
}

static void
add_warning (GPtrArray    *warnings,
             SkReviewKind  kind,
             SkIndicator  *indicator,
             gint64        board_goal_id,
             char         *message)
{
  SkReviewWarning *warning = g_new0 (SkReviewWarning, 1);

  warning->kind = kind;
  warning->indicator_id = sk_record_get_id (SK_RECORD (indicator));
  warning->indicator_name = g_strdup (sk_indicator_get_name (indicator));
  warning->board_goal_id = board_goal_id;
  warning->message = message;
  g_ptr_array_add (warnings, warning);
}

/* Which way a target points: +1 "more is the goal", -1 "less", 0 neither. */
static int
target_sense (SkTarget *target)
{
  switch (sk_target_get_kind (target))
    {
    case SK_TARGET_VALUE:
      switch (sk_target_get_comparator (target))
        {
        case SK_COMPARATOR_GT:
        case SK_COMPARATOR_GE:
          return 1;
        case SK_COMPARATOR_LT:
        case SK_COMPARATOR_LE:
          return -1;
        case SK_COMPARATOR_NONE:
        case SK_COMPARATOR_EQ:
        default:
          return 0;
        }
    case SK_TARGET_RELATIVE:
      /* "ökning med 20 %" wants more; keeping the level points nowhere. */
      return sk_target_get_change (target) > 0 ? 1 : sk_target_get_change (target) < 0 ? -1 : 0;
    case SK_TARGET_EMPTY:
    case SK_TARGET_REFERENCE:
    case SK_TARGET_UNMEASURABLE:
    default:
      return 0;
    }
}

static void
check_direction (GPtrArray   *warnings,
                 SkStore     *store,
                 int          year,
                 SkIndicator *indicator,
                 SkTarget    *target)
{
  gint64 id = sk_record_get_id (SK_RECORD (indicator));
  int sense = target_sense (target);
  int wanted = sk_indicator_get_direction (indicator) == SK_DIRECTION_LOWER ? -1 : 1;
  g_autoptr(SkTarget) last = NULL;
  const char *text = sk_target_get_text (target);
  const char *last_text = NULL;

  if (sense == 0)
    return;
  last = store != NULL ? sk_store_get_target (store, id, year - 1) : NULL;
  if (last != NULL && target_sense (last) == -sense)
    last_text = sk_target_get_text (last);

  /* One warning per target: against the indicator first, naming last
   * year's target too when that also pointed the other way. */
  if (sense != wanted)
    {
      char *message;

      if (wanted > 0 && last_text != NULL)
        message = g_strdup_printf (_("The target “%s” points the other way than the indicator, where higher is better, "
                                     "and than last year’s target “%s”."), text, last_text);
      else if (wanted > 0)
        message = g_strdup_printf (_("The target “%s” points the other way than the indicator, where higher is better."),
                                   text);
      else if (last_text != NULL)
        message = g_strdup_printf (_("The target “%s” points the other way than the indicator, where lower is better, "
                                     "and than last year’s target “%s”."), text, last_text);
      else
        message = g_strdup_printf (_("The target “%s” points the other way than the indicator, where lower is better."),
                                   text);
      add_warning (warnings, SK_REVIEW_DIRECTION_CONTRADICTS, indicator, 0, message);
    }
  else if (last_text != NULL)
    add_warning (warnings, SK_REVIEW_DIRECTION_FLIPPED, indicator, 0,
                 g_strdup_printf (_("The target “%s” points the other way than last year’s target “%s”."),
                                  text, last_text));
}

static void
check_share (GPtrArray   *warnings,
             SkIndicator *indicator,
             SkTarget    *target)
{
  const char *unit = sk_target_get_measure_unit (target);
  double value = sk_target_get_value (target);

  if (sk_target_get_kind (target) != SK_TARGET_VALUE)
    return;
  if (unit == NULL || *unit == '\0')
    unit = sk_indicator_get_measure_unit (indicator);
  if (g_strcmp0 (unit, "%") != 0 || (value >= 0 && value <= 100) || isnan (value))
    return;
  add_warning (warnings, SK_REVIEW_SHARE_OUT_OF_RANGE, indicator, 0,
               g_strdup_printf (_("The target “%s” is a share outside 0–100 %%."), sk_target_get_text (target)));
}

static void
check_baseline (GPtrArray   *warnings,
                int          year,
                SkIndicator *indicator,
                SkTarget    *target)
{
  const char *date = sk_target_get_baseline_date (target);
  g_autofree char *year_end = g_strdup_printf ("%d-12-31", year - 1);

  if (sk_target_get_kind (target) != SK_TARGET_RELATIVE || date == NULL || *date == '\0'
      || g_str_equal (date, year_end))
    return;
  add_warning (warnings, SK_REVIEW_BASELINE_NOT_YEAR_END, indicator, 0,
               g_strdup_printf (_("The target “%s” compares with the outcome on %s; a plan for %d "
                                  "usually compares with %s."),
                                sk_target_get_text (target), date, year, year_end));
}

static gboolean
check_checkable (GPtrArray   *warnings,
                 SkIndicator *indicator,
                 SkTarget    *target)
{
  const char *measure_unit = sk_indicator_get_measure_unit (indicator);

  if (sk_target_get_kind (target) == SK_TARGET_UNMEASURABLE)
    {
      add_warning (warnings, SK_REVIEW_UNCHECKABLE, indicator, 0,
                   g_strdup_printf (_("The target “%s” cannot be checked: %s"),
                                    sk_target_get_text (target), sk_target_get_reason (target)));
      return FALSE;
    }
  if (sk_target_get_kind (target) == SK_TARGET_VALUE && !sk_target_unit_matches (target, measure_unit))
    {
      add_warning (warnings, SK_REVIEW_UNCHECKABLE, indicator, 0,
                   g_strdup_printf (_("The target “%s” cannot be checked: it is written in %s, "
                                      "the indicator is measured in %s."),
                                    sk_target_get_text (target), sk_target_get_measure_unit (target),
                                    measure_unit && *measure_unit ? measure_unit : _("numbers without unit")));
      return FALSE;
    }
  return TRUE;
}

static char *
goal_text (SkStore *store,
           int      year,
           gint64   indicator_id,
           gint64   board_goal_id)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);
  g_autoptr(GListModel) goals = NULL;

  if (plan == NULL)
    return g_strdup ("");
  goals = sk_store_list_indicator_goals (store, indicator_id, sk_record_get_id (SK_RECORD (plan)));
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, i);

      if (sk_record_get_id (SK_RECORD (goal)) == board_goal_id)
        return g_strdup (sk_board_goal_get_text (goal));
    }
  return g_strdup ("");
}

static void
check_register (GPtrArray   *warnings,
                SkStore     *store,
                int          year,
                SkIndicator *indicator,
                gint64       board_goal_id)
{
  gint64 id = sk_record_get_id (SK_RECORD (indicator));
  g_autofree char *goal = NULL;

  if (board_goal_id == 0 || store == NULL || sk_store_in_register (store, year, id))
    return;
  goal = goal_text (store, year, id, board_goal_id);
  add_warning (warnings, SK_REVIEW_NOT_IN_REGISTER, indicator, board_goal_id,
               g_strdup_printf (_("“%s” follows the goal “%s” but is missing from the indicator register of %d."),
                                sk_indicator_get_name (indicator), goal, year));
}

/* The target checks alone, on a parsed target. */
static void
check_target (GPtrArray   *warnings,
              SkStore     *store,
              int          year,
              SkIndicator *indicator,
              SkTarget    *target)
{
  if (sk_target_get_kind (target) == SK_TARGET_EMPTY)
    {
      add_warning (warnings, SK_REVIEW_NO_TARGET, indicator, 0,
                   g_strdup_printf (_("“%s” has no target for %d."), sk_indicator_get_name (indicator), year));
      return;
    }
  if (!check_checkable (warnings, indicator, target))
    return;
  check_direction (warnings, store, year, indicator, target);
  check_share (warnings, indicator, target);
  check_baseline (warnings, year, indicator, target);
}

static SkTarget *
target_for (SkStore     *store,
            int          year,
            SkIndicator *indicator,
            const char  *target_text)
{
  SkTarget *stored;

  if (target_text != NULL)
    return sk_target_new (target_text);
  stored = store != NULL ? sk_store_get_target (store, sk_record_get_id (SK_RECORD (indicator)), year) : NULL;
  return stored != NULL ? stored : sk_target_new ("");
}

GPtrArray *
sk_plan_review_check_indicator (SkStore     *store,
                                int          year,
                                SkIndicator *indicator,
                                const char  *target_text,
                                gint64       board_goal_id)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_review_warning_free);
  g_autoptr(SkTarget) target = NULL;

  g_return_val_if_fail (store == NULL || SK_IS_STORE (store), warnings);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), warnings);

  check_register (warnings, store, year, indicator, board_goal_id);
  target = target_for (store, year, indicator, target_text);
  check_target (warnings, store, year, indicator, target);
  return warnings;
}

/* The work-environment plan's indicators that neither the register nor a
 * goal holds: their targets are adopted with the plan too. */
static void
check_work_env (GPtrArray  *warnings,
                SkStore    *store,
                int         year,
                GHashTable *checked)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);
  g_autoptr(GListModel) indicators = NULL;

  if (plan == NULL)
    return;
  indicators = sk_store_list_work_env_indicators (store, sk_record_get_id (SK_RECORD (plan)));
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autoptr(SkTarget) target = NULL;
      gint64 id = sk_record_get_id (SK_RECORD (indicator));

      if (g_hash_table_contains (checked, &id))
        continue;
      g_hash_table_add (checked, g_memdup2 (&id, sizeof id));
      target = target_for (store, year, indicator, NULL);
      check_target (warnings, store, year, indicator, target);
    }
}

GPtrArray *
sk_plan_review_check_plan (SkStore *store,
                           int      year)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_review_warning_free);
  g_autoptr(GListModel) indicators = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GHashTable) checked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_return_val_if_fail (SK_IS_STORE (store), warnings);

  indicators = sk_store_list_indicators (store, year);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autoptr(GPtrArray) found = sk_plan_review_check_indicator (store, year, indicator, NULL, 0);
      gint64 id = sk_record_get_id (SK_RECORD (indicator));

      g_hash_table_add (checked, g_memdup2 (&id, sizeof id));
      g_ptr_array_extend_and_steal (warnings, g_steal_pointer (&found));
    }

  /* The goals' indicators that the register lacks: once per goal for the
   * link, once per indicator for its target. */
  links = sk_store_list_plan_links (store, year);
  for (guint i = 0; i < links->len; i++)
    {
      SkGoalLink *link = &g_array_index (links, SkGoalLink, i);
      g_autoptr(SkIndicator) indicator = NULL;
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(SkTarget) target = NULL;

      if (g_hash_table_contains (checked, &link->indicator_id)
          && sk_store_in_register (store, year, link->indicator_id))
        continue;
#if SK_STORE_SCHEMA_VERSION >= 3
      /* Per-year definitions: the year's direction and name. */
      indicator = sk_store_get_indicator_in_year (store, link->indicator_id, year);
#else
      indicator = sk_store_get_indicator (store, link->indicator_id);
#endif
      if (indicator == NULL)
        continue;
      found = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_review_warning_free);
      check_register (found, store, year, indicator, link->board_goal_id);
      if (!g_hash_table_contains (checked, &link->indicator_id))
        {
          target = target_for (store, year, indicator, NULL);
          check_target (found, store, year, indicator, target);
          g_hash_table_add (checked, g_memdup2 (&link->indicator_id, sizeof link->indicator_id));
        }
      g_ptr_array_extend_and_steal (warnings, g_steal_pointer (&found));
    }
  check_work_env (warnings, store, year, checked);
  return warnings;
}
