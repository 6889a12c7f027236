/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-plan-review"

#include "config.h"

#include <glib/gstdio.h>

#include "sk-exchange.h"
#include "sk-plan-diff.h"
#include "sk-plan-review.h"
#include "sk-store.h"
#include "store-test-util.h"

/* Next year's plan made from this year's, as planners do it every autumn:
 * what the warnings say before adoption, and what the comparison shows. */

typedef struct {
  char    *dir;
  char    *path;
  SkStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkPlan) copy = NULL;

  f->dir = g_dir_make_tmp ("sk-review-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "review.sqlite", NULL);
  f->store = sk_test_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (f->store, &error));
  g_assert_no_error (error);
  plan = sk_store_get_plan (f->store, 2025);
  copy = sk_store_copy_plan (f->store, plan, 2026, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static SkIndicator *
indicator (Fixture    *f,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  SkIndicator *ind = sk_store_find_indicator (f->store, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ind);
  return ind;
}

static gint64
indicator_id (Fixture    *f,
              const char *name)
{
  g_autoptr(SkIndicator) ind = indicator (f, name);

  return sk_record_get_id (SK_RECORD (ind));
}

static void
set_target (Fixture    *f,
            const char *name,
            int         year,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_store_set_target (f->store, indicator_id (f, name), year, text, &error));
  g_assert_no_error (error);
}

/* The warnings of @kind for @name in the year's plan. */
static GPtrArray *
warnings_of (Fixture      *f,
             int           year,
             SkReviewKind  kind,
             const char   *name)
{
  g_autoptr(GPtrArray) all = sk_plan_review_check_plan (f->store, year);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_review_warning_free);
  gint64 id = name ? indicator_id (f, name) : 0;

  for (guint i = 0; i < all->len; i++)
    {
      SkReviewWarning *w = g_ptr_array_index (all, i);

      g_test_message ("%s %" G_GINT64_FORMAT ": %s", sk_review_kind_to_string (w->kind), w->indicator_id, w->message);
      if (w->kind == kind && (id == 0 || w->indicator_id == id))
        g_ptr_array_add (found, sk_review_warning_copy (w));
    }
  return found;
}

static const char *
only_message (GPtrArray *warnings)
{
  g_assert_cmpuint (warnings->len, ==, 1);
  return ((SkReviewWarning *) g_ptr_array_index (warnings, 0))->message;
}

/* ---- Warnings ---- */

/* The copied plan still compares with the end of 2024: both relative
 * targets are flagged, and nothing else of the adopted 2025 plan is. */
static void
test_copied_baseline (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) all = sk_plan_review_check_plan (f->store, 2026);
  g_autoptr(GPtrArray) listed = warnings_of (f, 2026, SK_REVIEW_BASELINE_NOT_YEAR_END, "Antal listade patienter");
  g_autoptr(GPtrArray) in_2025 = warnings_of (f, 2025, SK_REVIEW_BASELINE_NOT_YEAR_END, NULL);
  guint baselines = 0;

  g_assert_cmpstr (only_message (listed), ==,
                   "The target “Bibehålla antal utifrån utfall 2024-12-31” compares with the outcome on 2024-12-31; "
                   "a plan for 2026 usually compares with 2025-12-31.");
  for (guint i = 0; i < all->len; i++)
    if (((SkReviewWarning *) g_ptr_array_index (all, i))->kind == SK_REVIEW_BASELINE_NOT_YEAR_END)
      baselines++;
  g_assert_cmpuint (baselines, ==, 2);
  /* In 2025 the same text is right. */
  g_assert_cmpuint (in_2025->len, ==, 0);

  /* Corrected, the warning goes. */
  set_target (f, "Antal listade patienter", 2026, "Bibehålla antal utifrån utfall 2025-12-31");
  {
    g_autoptr(GPtrArray) after = warnings_of (f, 2026, SK_REVIEW_BASELINE_NOT_YEAR_END, "Antal listade patienter");
    g_assert_cmpuint (after->len, ==, 0);
  }
}

/* ">65" that became "<65" while higher is better: one warning naming both. */
static void
test_direction_contradicts (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) before = warnings_of (f, 2026, SK_REVIEW_DIRECTION_CONTRADICTS, "OSA-index");
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) flipped = NULL;

  g_assert_cmpuint (before->len, ==, 0);
  set_target (f, "OSA-index", 2026, "<65");
  after = warnings_of (f, 2026, SK_REVIEW_DIRECTION_CONTRADICTS, "OSA-index");
  g_assert_cmpstr (only_message (after), ==,
                   "The target “<65” points the other way than the indicator, where higher is better, "
                   "and than last year’s target “>65”.");
  flipped = warnings_of (f, 2026, SK_REVIEW_DIRECTION_FLIPPED, "OSA-index");
  g_assert_cmpuint (flipped->len, ==, 0);
}

/* A target turned around from last year's, the indicator agreeing with the
 * new one: flagged against last year alone. */
static void
test_direction_flipped (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan_2026 = sk_store_get_plan (f->store, 2026);
  g_autoptr(SkPlan) plan_2027 = NULL;
  g_autoptr(GPtrArray) flipped = NULL;
  g_autoptr(GPtrArray) contradicts = NULL;

  set_target (f, "Personalomsättning", 2026, ">14,5 %");
  plan_2027 = sk_store_copy_plan (f->store, plan_2026, 2027, &error);
  g_assert_no_error (error);
  set_target (f, "Personalomsättning", 2027, "<14 %");
  flipped = warnings_of (f, 2027, SK_REVIEW_DIRECTION_FLIPPED, "Personalomsättning");
  g_assert_cmpstr (only_message (flipped), ==,
                   "The target “<14 %” points the other way than last year’s target “>14,5 %”.");
  contradicts = warnings_of (f, 2027, SK_REVIEW_DIRECTION_CONTRADICTS, "Personalomsättning");
  g_assert_cmpuint (contradicts->len, ==, 0);
}

static void
test_share_out_of_range (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) over = NULL;
  g_autoptr(GPtrArray) count = NULL;

  set_target (f, "Andel besök på distans", 2026, ">110 %");
  over = warnings_of (f, 2026, SK_REVIEW_SHARE_OUT_OF_RANGE, "Andel besök på distans");
  g_assert_cmpstr (only_message (over), ==, "The target “>110 %” is a share outside 0–100 %.");
  /* A count of 110 000 visits is no share. */
  set_target (f, "Antal besök inkl. distans", 2026, "110 000");
  count = warnings_of (f, 2026, SK_REVIEW_SHARE_OUT_OF_RANGE, "Antal besök inkl. distans");
  g_assert_cmpuint (count->len, ==, 0);
}

static void
test_uncheckable (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) unit = NULL;
  g_autoptr(GPtrArray) words = NULL;

  set_target (f, "Följsamhet strukturerad journalgranskning", 2026, "834 st");
  unit = warnings_of (f, 2026, SK_REVIEW_UNCHECKABLE, "Följsamhet strukturerad journalgranskning");
  g_assert_cmpstr (only_message (unit), ==,
                   "The target “834 st” cannot be checked: it is written in st, the indicator is measured in %.");
  set_target (f, "HME-Index", 2026, "som förra året ungefär");
  words = warnings_of (f, 2026, SK_REVIEW_UNCHECKABLE, "HME-Index");
  g_assert_cmpuint (words->len, ==, 1);
  g_assert_true (g_str_has_prefix (only_message (words), "The target “som förra året ungefär” cannot be checked: "));
}

/* Linked under a goal but dropped from the register: named with its goal. */
static void
test_not_in_register (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2026);
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(SkIndicator) ind = indicator (f, "Sjukfrånvaro");
  SkReviewWarning *w;

  g_assert_true (sk_store_remove_from_register (f->store, sk_record_get_id (SK_RECORD (plan)),
                                                sk_record_get_id (SK_RECORD (ind)), &error));
  g_assert_no_error (error);
  missing = warnings_of (f, 2026, SK_REVIEW_NOT_IN_REGISTER, "Sjukfrånvaro");
  g_assert_cmpstr (only_message (missing), ==,
                   "“Sjukfrånvaro” follows the goal “Genomföra arbetsmiljöplanen för god arbetsmiljö där "
                   "medarbetare stannar och trivs” but is missing from the indicator register of 2026.");
  w = g_ptr_array_index (missing, 0);
  g_assert_cmpint (w->board_goal_id, >, 0);
  g_assert_cmpstr (w->indicator_name, ==, "Sjukfrånvaro");

  /* The goal tree's row of that link says the same. */
  {
    g_autoptr(GPtrArray) row = sk_plan_review_check_indicator (f->store, 2026, ind, NULL, w->board_goal_id);
    g_assert_cmpuint (row->len, ==, 1);
    g_assert_cmpint (((SkReviewWarning *) g_ptr_array_index (row, 0))->kind, ==, SK_REVIEW_NOT_IN_REGISTER);
  }
}

static void
test_no_target (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) none = NULL;

  set_target (f, "Intäktsutveckling", 2026, NULL);
  none = warnings_of (f, 2026, SK_REVIEW_NO_TARGET, "Intäktsutveckling");
  g_assert_cmpstr (only_message (none), ==, "“Intäktsutveckling” has no target for 2026.");
}

/* An indicator only the work-environment plan holds (not in the register,
 * under no goal) is adopted with the plan too: its target is checked. */
static void
test_work_env_only (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2026);
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  gint64 id = indicator_id (f, "HME-Index");
  g_autoptr(GListModel) goals = sk_store_list_indicator_goals (f->store, id, plan_id);
  g_autoptr(GPtrArray) none = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkRecord) goal = g_list_model_get_item (goals, i);
      g_assert_true (sk_store_unlink_indicator (f->store, sk_record_get_id (goal), id, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sk_store_remove_from_register (f->store, plan_id, id, &error));
  g_assert_no_error (error);
  set_target (f, "HME-Index", 2026, NULL);
  none = warnings_of (f, 2026, SK_REVIEW_NO_TARGET, "HME-Index");
  g_assert_cmpstr (only_message (none), ==, "“HME-Index” has no target for 2026.");
}

/* The editor checks what is being typed, before it is saved. */
static void
test_typed_text (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = indicator (f, "OSA-index");
  g_autoptr(GPtrArray) typed = sk_plan_review_check_indicator (f->store, 2026, ind, "<65", 0);
  g_autoptr(GPtrArray) stored = sk_plan_review_check_indicator (f->store, 2026, ind, NULL, 0);

  g_assert_cmpuint (typed->len, ==, 1);
  g_assert_cmpstr (sk_review_kind_to_string (((SkReviewWarning *) g_ptr_array_index (typed, 0))->kind), ==,
                   "direction-contradicts-indicator");
  g_assert_cmpuint (stored->len, ==, 0);
}

/* ---- The comparison ---- */

static const SkPlanDiffRow *
row_of (SkPlanDiff *diff,
        SkDiffKind  kind,
        guint       nth)
{
  for (guint i = 0; i < sk_plan_diff_get_n_rows (diff); i++)
    {
      const SkPlanDiffRow *row = sk_plan_diff_get_row (diff, i);

      if (row->kind == kind && nth-- == 0)
        return row;
    }
  g_assert_not_reached ();
  return NULL;
}

static SkBoardGoal *
board_goal (Fixture    *f,
            int         year,
            const char *text)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, year);
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (f->store, sk_record_get_id (SK_RECORD (plan)));

  for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
    {
      g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, a);
      g_autoptr(GListModel) regional = sk_store_list_regional_goals (f->store, sk_record_get_id (SK_RECORD (area)));

      for (guint r = 0; r < g_list_model_get_n_items (regional); r++)
        {
          g_autoptr(SkRegionalGoal) rg = g_list_model_get_item (regional, r);
          g_autoptr(GListModel) goals = sk_store_list_board_goals (f->store, sk_record_get_id (SK_RECORD (area)),
                                                                   sk_record_get_id (SK_RECORD (rg)));

          for (guint b = 0; b < g_list_model_get_n_items (goals); b++)
            {
              g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, b);

              if (g_str_has_prefix (sk_board_goal_get_text (goal), text))
                return g_steal_pointer (&goal);
            }
        }
    }
  g_assert_not_reached ();
  return NULL;
}

/* An unchanged copy shows no change at all. */
static void
test_diff_unchanged (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlanDiff) diff = sk_plan_diff_new (f->store, 2025, 2026, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sk_plan_diff_get_n_rows (diff), ==, 0);
  for (SkDiffKind k = 0; k < SK_N_DIFF_KINDS; k++)
    g_assert_cmpuint (sk_plan_diff_count (diff, k), ==, 0);
}

static void
test_diff_missing_plan (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlanDiff) diff = sk_plan_diff_new (f->store, 2026, 2030, &error);

  g_assert_null (diff);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no plan for 2030 to compare.");
}

/* The autumn's work: a goal renamed, one added, one removed, an indicator
 * added and one dropped, targets raised, lowered, reworded, turned round. */
static void
test_diff_changes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2026);
  gint64 plan_id = sk_record_get_id (SK_RECORD (plan));
  g_autoptr(SkBoardGoal) renamed = board_goal (f, 2026, "Genomföra Närsjukvårdens kompetensförsörjningsplan");
  g_autoptr(SkBoardGoal) removed = board_goal (f, 2026, "Minska verksamhetens klimatpåverkan");
  g_autoptr(SkBoardGoal) added = NULL;
  g_autoptr(SkIndicator) new_ind = sk_indicator_new ();
  g_autoptr(SkPlanDiff) diff = NULL;
  const SkPlanDiffRow *row;

  g_assert_true (sk_store_rename (f->store, SK_RECORD (renamed),
                                  "Genomföra Närsjukvårdens kompetensförsörjningsplan och minska beroendet av inhyrd kompetens",
                                  &error));
  g_assert_no_error (error);
  added = sk_store_add_board_goal (f->store, sk_board_goal_get_focus_area_id (removed),
                                   sk_board_goal_get_regional_goal_id (removed),
                                   "Halvera andelen engångsplast i vården", &error);
  g_assert_no_error (error);
  g_assert_true (sk_store_delete (f->store, SK_RECORD (removed), &error));
  g_assert_no_error (error);

  sk_indicator_set_name (new_ind, "Andel barn i FTV med fluorlackning");
  sk_indicator_set_measure_unit (new_ind, "%");
  g_assert_true (sk_store_save_indicator (f->store, new_ind, &error));
  g_assert_true (sk_store_add_to_register (f->store, plan_id, sk_record_get_id (SK_RECORD (new_ind)), &error));
  g_assert_true (sk_store_remove_from_register (f->store, plan_id, indicator_id (f, "Kostnadsutveckling"), &error));
  g_assert_no_error (error);

  set_target (f, "Andel besök på distans", 2026, ">12 %");
  set_target (f, "Personalomsättning", 2026, "<14 %");
  set_target (f, "Intäktsutveckling", 2026, "Enligt budget 2026");
  set_target (f, "OSA-index", 2026, "<65");

  diff = sk_plan_diff_new (f->store, 2025, 2026, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_GOAL_RENAMED), ==, 1);
  row = row_of (diff, SK_DIFF_GOAL_RENAMED, 0);
  g_assert_cmpint (row->item, ==, SK_DIFF_ITEM_BOARD_GOAL);
  g_assert_cmpint (row->new_id, ==, sk_record_get_id (SK_RECORD (renamed)));
  g_assert_cmpstr (row->before, ==,
                   "Genomföra Närsjukvårdens kompetensförsörjningsplan och säkra oberoendet av inhyrd kompetens");

  /* The removed goal's place holds the new one, but they share no words:
   * one removed and one added, not a rename. */
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_GOAL_ADDED), ==, 1);
  g_assert_cmpstr (row_of (diff, SK_DIFF_GOAL_ADDED, 0)->after, ==, "Halvera andelen engångsplast i vården");
  g_assert_cmpint (row_of (diff, SK_DIFF_GOAL_ADDED, 0)->new_id, ==, sk_record_get_id (SK_RECORD (added)));
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_GOAL_REMOVED), ==, 1);
  g_assert_cmpstr (row_of (diff, SK_DIFF_GOAL_REMOVED, 0)->before, ==, "Minska verksamhetens klimatpåverkan utifrån regional plan");
  g_assert_cmpint (row_of (diff, SK_DIFF_GOAL_REMOVED, 0)->new_id, ==, 0);

  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_INDICATOR_ADDED), ==, 1);
  g_assert_cmpstr (row_of (diff, SK_DIFF_INDICATOR_ADDED, 0)->after, ==, "Andel barn i FTV med fluorlackning");
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_INDICATOR_REMOVED), ==, 1);
  g_assert_cmpstr (row_of (diff, SK_DIFF_INDICATOR_REMOVED, 0)->before, ==, "Kostnadsutveckling");

  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_TARGET_RAISED), ==, 1);
  row = row_of (diff, SK_DIFF_TARGET_RAISED, 0);
  g_assert_cmpstr (row->name, ==, "Andel besök på distans");
  g_assert_cmpstr (row->before, ==, ">10 %");
  g_assert_cmpstr (row->after, ==, ">12 %");
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_TARGET_LOWERED), ==, 1);
  g_assert_cmpstr (row_of (diff, SK_DIFF_TARGET_LOWERED, 0)->after, ==, "<14 %");
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_TARGET_REWORDED), ==, 1);
  g_assert_cmpstr (row_of (diff, SK_DIFF_TARGET_REWORDED, 0)->after, ==, "Enligt budget 2026");
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_TARGET_FLIPPED), ==, 1);
  row = row_of (diff, SK_DIFF_TARGET_FLIPPED, 0);
  g_assert_cmpstr (row->before, ==, ">65");
  g_assert_cmpstr (row->after, ==, "<65");
  g_assert_cmpint (row->new_id, ==, indicator_id (f, "OSA-index"));
}

/* Reworded in other forms of the same words, as planners write: still a
 * rename, not a goal removed and another added. */
static void
test_diff_goal_reworded (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkBoardGoal) goal = board_goal (f, 2026, "Stärka krisberedskap");
  g_autoptr(SkPlanDiff) diff = NULL;

  g_assert_true (sk_store_rename (f->store, SK_RECORD (goal),
                                  "Stärka krisberedskapen och kontinuiteten i hela förvaltningen", &error));
  g_assert_no_error (error);
  diff = sk_plan_diff_new (f->store, 2025, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_GOAL_RENAMED), ==, 1);
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_GOAL_ADDED), ==, 0);
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_GOAL_REMOVED), ==, 0);
}

/* A focus area reworded in place keeps its goals matched under it. */
static void
test_diff_focus_area_renamed (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2026);
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (f->store, sk_record_get_id (SK_RECORD (plan)));
  g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, 0);
  g_autoptr(SkPlanDiff) diff = NULL;

  g_assert_true (sk_store_rename (f->store, SK_RECORD (area),
                                  "En organisation med utvecklingskraft och motståndskraft", &error));
  g_assert_no_error (error);
  diff = sk_plan_diff_new (f->store, 2025, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sk_plan_diff_get_n_rows (diff), ==, 1);
  g_assert_cmpint (row_of (diff, SK_DIFF_GOAL_RENAMED, 0)->item, ==, SK_DIFF_ITEM_FOCUS_AREA);
}

/* Definitions per year arrive with per-year indicator definitions; here the
 * two years' definitions are made by hand. */
static void
test_diff_definitions (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlanDiff) diff = sk_plan_diff_new (f->store, 2025, 2026, &error);
  g_autoptr(SkIndicator) before = indicator (f, "Sjukfrånvaro");
  g_autoptr(SkIndicator) after = indicator (f, "Sjukfrånvaro");
  g_autoptr(GListModel) units = sk_store_list_units (f->store);
  g_autoptr(SkUnit) unit = g_list_model_get_item (units, 1);
  const SkPlanDiffRow *row;

  sk_indicator_set_name (after, "Sjukfrånvaro (total)");
  sk_indicator_set_direction (after, SK_DIRECTION_HIGHER);
  sk_indicator_set_measure_unit (after, "dagar");
  sk_indicator_set_responsible_unit_id (after, sk_record_get_id (SK_RECORD (unit)));
  sk_indicator_set_tolerance (after, 0.1);
  sk_indicator_set_frequency (after, SK_FREQUENCY_TERTIAL);
  sk_indicator_set_aggregation (after, SK_AGGREGATION_SUM);
  sk_plan_diff_compare_indicator (diff, f->store, before, after);

  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_INDICATOR_RENAMED), ==, 1);
  g_assert_cmpstr (row_of (diff, SK_DIFF_INDICATOR_RENAMED, 0)->after, ==, "Sjukfrånvaro (total)");
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_DEFINITION_CHANGED), ==, 6);
  row = row_of (diff, SK_DIFF_DEFINITION_CHANGED, 0);
  g_assert_cmpstr (row->field, ==, "direction");
  g_assert_cmpstr (row->before, ==, "lower is better");
  g_assert_cmpstr (row->after, ==, "higher is better");
  g_assert_cmpstr (row_of (diff, SK_DIFF_DEFINITION_CHANGED, 1)->field, ==, "measure-unit");
  g_assert_cmpstr (row_of (diff, SK_DIFF_DEFINITION_CHANGED, 2)->field, ==, "responsible-unit");
  g_assert_cmpstr (row_of (diff, SK_DIFF_DEFINITION_CHANGED, 2)->after, ==, sk_unit_get_name (unit));
  row = row_of (diff, SK_DIFF_DEFINITION_CHANGED, 3);
  g_assert_cmpstr (row->field, ==, "tolerance");
  g_assert_cmpstr (row->after, ==, "10 %");
  g_assert_cmpstr (row_of (diff, SK_DIFF_DEFINITION_CHANGED, 4)->field, ==, "frequency");
  g_assert_cmpstr (row_of (diff, SK_DIFF_DEFINITION_CHANGED, 5)->field, ==, "aggregation");
}

#if SK_STORE_SCHEMA_VERSION >= 3
/* With per-year definitions (schema 3) the store itself gives each year's
 * definition: a rename and a new direction in the 2026 draft show, and the
 * adopted 2025 definition stays as it was. */
static void
test_diff_year_definitions (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = indicator_id (f, "Sjukfrånvaro");
  g_autoptr(SkIndicator) draft = sk_store_get_indicator_in_year (f->store, id, 2026);
  g_autoptr(SkIndicator) adopted = NULL;
  g_autoptr(SkPlanDiff) diff = NULL;
  const SkPlanDiffRow *row;

  g_assert_cmpint (sk_indicator_get_year (draft), ==, 2026);
  sk_indicator_set_name (draft, "Sjukfrånvaro, total");
  sk_indicator_set_direction (draft, SK_DIRECTION_HIGHER);
  g_assert_true (sk_store_save_indicator (f->store, draft, &error));
  g_assert_no_error (error);

  diff = sk_plan_diff_new (f->store, 2025, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_INDICATOR_RENAMED), ==, 1);
  row = row_of (diff, SK_DIFF_INDICATOR_RENAMED, 0);
  g_assert_cmpstr (row->before, ==, "Sjukfrånvaro");
  g_assert_cmpstr (row->after, ==, "Sjukfrånvaro, total");
  g_assert_cmpuint (sk_plan_diff_count (diff, SK_DIFF_DEFINITION_CHANGED), ==, 1);
  row = row_of (diff, SK_DIFF_DEFINITION_CHANGED, 0);
  g_assert_cmpstr (row->field, ==, "direction");
  g_assert_cmpstr (row->after, ==, "higher is better");

  adopted = sk_store_get_indicator_in_year (f->store, id, 2025);
  g_assert_cmpstr (sk_indicator_get_name (adopted), ==, "Sjukfrånvaro");

  /* The 2026 target "<5,4 %" now points the other way than its indicator. */
  {
    g_autoptr(GPtrArray) flagged = warnings_of (f, 2026, SK_REVIEW_DIRECTION_CONTRADICTS, NULL);
    g_assert_cmpuint (flagged->len, ==, 1);
    g_assert_cmpint (((SkReviewWarning *) g_ptr_array_index (flagged, 0))->indicator_id, ==, id);
  }
}
#endif

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  sk_test_backend_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/review/copied-baseline", test_copied_baseline);
  ADD ("/review/direction-contradicts", test_direction_contradicts);
  ADD ("/review/direction-flipped", test_direction_flipped);
  ADD ("/review/share-out-of-range", test_share_out_of_range);
  ADD ("/review/uncheckable", test_uncheckable);
  ADD ("/review/not-in-register", test_not_in_register);
  ADD ("/review/no-target", test_no_target);
  ADD ("/review/typed-text", test_typed_text);
  ADD ("/review/work-env-only", test_work_env_only);
  ADD ("/diff/unchanged", test_diff_unchanged);
  ADD ("/diff/missing-plan", test_diff_missing_plan);
  ADD ("/diff/changes", test_diff_changes);
  ADD ("/diff/focus-area-renamed", test_diff_focus_area_renamed);
  ADD ("/diff/goal-reworded", test_diff_goal_reworded);
  ADD ("/diff/definitions", test_diff_definitions);
#if SK_STORE_SCHEMA_VERSION >= 3
  ADD ("/diff/year-definitions", test_diff_year_definitions);
#endif
#undef ADD
  return g_test_run ();
}
