/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-plan-diff"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sk-format.h"
#include "sk-plan-diff.h"

struct _SkPlanDiff
{
  GObject     parent_instance;

  int         old_year;
  int         new_year;
  GPtrArray  *rows;                    /* SkPlanDiffRow */
  guint       counts[SK_N_DIFF_KINDS];
};

G_DEFINE_FINAL_TYPE (SkPlanDiff, sk_plan_diff, G_TYPE_OBJECT)

static void
row_free (SkPlanDiffRow *row)
{
  g_free (row->name);
  g_free (row->field);
  g_free (row->before);
  g_free (row->after);
  g_free (row);
}

static void
add_row (SkPlanDiff *self,
         SkDiffKind  kind,
         SkDiffItem  item,
         gint64      old_id,
         gint64      new_id,
         const char *name,
         const char *field,
         const char *before,
         const char *after)
{
  SkPlanDiffRow *row = g_new0 (SkPlanDiffRow, 1);

  row->kind = kind;
  row->item = item;
  row->old_id = old_id;
  row->new_id = new_id;
  row->name = g_strdup (name);
  row->field = g_strdup (field);
  row->before = g_strdup (before ? before : "");
  row->after = g_strdup (after ? after : "");
  g_ptr_array_add (self->rows, row);
  self->counts[kind]++;
}

/* ---- Goals ---- */

typedef struct {
  gint64      id;
  const char *text;
  gpointer    record;   /* owned by the list it came from */
  gint64      match;    /* the id of the matched node of the other year, 0: none */
} Node;

static GArray *
nodes_of (GListModel *list,
          SkDiffItem  item)
{
  GArray *nodes = g_array_new (FALSE, TRUE, sizeof (Node));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (list, i);
      Node node = { sk_record_get_id (SK_RECORD (record)), NULL, record, 0 };

      if (item == SK_DIFF_ITEM_FOCUS_AREA)
        node.text = sk_focus_area_get_title (SK_FOCUS_AREA (record));
      else if (item == SK_DIFF_ITEM_REGIONAL_GOAL)
        node.text = sk_regional_goal_get_title (SK_REGIONAL_GOAL (record));
      else
        node.text = sk_board_goal_get_text (SK_BOARD_GOAL (record));
      g_array_append_val (nodes, node);
    }
  return nodes;
}

/* The casefolded words of @text, as a set. */
static GHashTable *
words_of (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);
  GString *word = g_string_new (NULL);

  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        g_hash_table_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  return words;
}

/* Whether @word and @other are one word inflected ("krisberedskap",
 * "krisberedskapen"; "kontinuiteten", "kontinuitetshantering"): a common
 * beginning of at least five letters and 70 % of the shorter word. */
static gboolean
same_stem (const char *word,
           const char *other)
{
  glong shorter = MIN (g_utf8_strlen (word, -1), g_utf8_strlen (other, -1));
  glong common = 0;

  for (const char *a = word, *b = other; *a && *b && g_utf8_get_char (a) == g_utf8_get_char (b);
       a = g_utf8_next_char (a), b = g_utf8_next_char (b))
    common++;
  return common >= 5 && common * 10 >= shorter * 7;
}

static gboolean
has_inflection (GHashTable *words,
                const char *word)
{
  GHashTableIter iter;
  gpointer other;

  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, &other, NULL))
    if (same_stem (word, other))
      return TRUE;
  return FALSE;
}

/* Share of words in common (Dice), 0…1; a Swedish word counts in any of
 * its forms, since a reworded goal often inflects the same words. */
static double
similarity (const char *a,
            const char *b)
{
  g_autoptr(GHashTable) wa = words_of (a);
  g_autoptr(GHashTable) wb = words_of (b);
  GHashTableIter iter;
  gpointer word;
  guint common = 0, total = g_hash_table_size (wa) + g_hash_table_size (wb);

  if (total == 0)
    return 0;
  g_hash_table_iter_init (&iter, wa);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (g_hash_table_contains (wb, word) || has_inflection (wb, word))
      common++;
  return 2.0 * common / total;
}

static void
pair (Node *a,
      Node *b)
{
  a->match = b->id;
  b->match = a->id;
}

static void
match_nodes (GArray *old_nodes,
             GArray *new_nodes)
{
  /* Equal texts first, in order. */
  for (guint i = 0; i < old_nodes->len; i++)
    {
      Node *o = &g_array_index (old_nodes, Node, i);

      for (guint j = 0; j < new_nodes->len && o->match == 0; j++)
        {
          Node *n = &g_array_index (new_nodes, Node, j);

          if (n->match == 0 && g_strcmp0 (o->text, n->text) == 0)
            pair (o, n);
        }
    }
  /* A reworded goal usually keeps its place. */
  for (guint i = 0; i < old_nodes->len && i < new_nodes->len; i++)
    {
      Node *o = &g_array_index (old_nodes, Node, i);
      Node *n = &g_array_index (new_nodes, Node, i);

      if (o->match == 0 && n->match == 0 && similarity (o->text, n->text) >= 1.0 / 3)
        pair (o, n);
    }
  /* Or moved among its siblings. */
  for (guint i = 0; i < old_nodes->len; i++)
    {
      Node *o = &g_array_index (old_nodes, Node, i);
      Node *best = NULL;
      double best_score = 0.5;

      for (guint j = 0; j < new_nodes->len && o->match == 0; j++)
        {
          Node *n = &g_array_index (new_nodes, Node, j);
          double score;

          if (n->match != 0)
            continue;
          score = similarity (o->text, n->text);
          if (score >= best_score)
            {
              best = n;
              best_score = score;
            }
        }
      if (best != NULL)
        pair (o, best);
    }
}

static void diff_level (SkPlanDiff *self, SkStore *store, SkDiffItem item,
                        GListModel *old_list, GListModel *new_list);

static void
diff_children (SkPlanDiff *self,
               SkStore    *store,
               SkDiffItem  item,
               Node       *o,
               Node       *n)
{
  if (item == SK_DIFF_ITEM_FOCUS_AREA)
    {
      g_autoptr(GListModel) old_regional = sk_store_list_regional_goals (store, o->id);
      g_autoptr(GListModel) new_regional = sk_store_list_regional_goals (store, n->id);
      g_autoptr(GListModel) old_goals = sk_store_list_board_goals (store, o->id, 0);
      g_autoptr(GListModel) new_goals = sk_store_list_board_goals (store, n->id, 0);

      diff_level (self, store, SK_DIFF_ITEM_REGIONAL_GOAL, old_regional, new_regional);
      diff_level (self, store, SK_DIFF_ITEM_BOARD_GOAL, old_goals, new_goals);
    }
  else if (item == SK_DIFF_ITEM_REGIONAL_GOAL)
    {
      g_autoptr(GListModel) old_goals =
        sk_store_list_board_goals (store, sk_regional_goal_get_focus_area_id (o->record), o->id);
      g_autoptr(GListModel) new_goals =
        sk_store_list_board_goals (store, sk_regional_goal_get_focus_area_id (n->record), n->id);

      diff_level (self, store, SK_DIFF_ITEM_BOARD_GOAL, old_goals, new_goals);
    }
}

static void
diff_level (SkPlanDiff *self,
            SkStore    *store,
            SkDiffItem  item,
            GListModel *old_list,
            GListModel *new_list)
{
  g_autoptr(GArray) old_nodes = nodes_of (old_list, item);
  g_autoptr(GArray) new_nodes = nodes_of (new_list, item);

  match_nodes (old_nodes, new_nodes);
  for (guint i = 0; i < old_nodes->len; i++)
    {
      Node *o = &g_array_index (old_nodes, Node, i);

      if (o->match == 0)
        add_row (self, SK_DIFF_GOAL_REMOVED, item, o->id, 0, NULL, NULL, o->text, NULL);
    }
  for (guint j = 0; j < new_nodes->len; j++)
    {
      Node *n = &g_array_index (new_nodes, Node, j);
      Node *o = NULL;

      if (n->match == 0)
        {
          add_row (self, SK_DIFF_GOAL_ADDED, item, 0, n->id, NULL, NULL, NULL, n->text);
          continue;
        }
      for (guint i = 0; i < old_nodes->len && o == NULL; i++)
        if (g_array_index (old_nodes, Node, i).id == n->match)
          o = &g_array_index (old_nodes, Node, i);
      if (g_strcmp0 (o->text, n->text) != 0)
        add_row (self, SK_DIFF_GOAL_RENAMED, item, o->id, n->id, NULL, NULL, o->text, n->text);
      diff_children (self, store, item, o, n);
    }
}

/* ---- Targets ---- */

static int
sense (SkTarget *target)
{
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
}

static SkDiffKind
target_change (SkTarget *before,
               SkTarget *after)
{
  SkTargetKind kind = sk_target_get_kind (before);

  if (kind != sk_target_get_kind (after))
    return SK_DIFF_TARGET_REWORDED;
  if (kind == SK_TARGET_VALUE
      && g_strcmp0 (sk_target_get_measure_unit (before), sk_target_get_measure_unit (after)) == 0)
    {
      double a = sk_target_get_value (before), b = sk_target_get_value (after);

      if (sense (before) * sense (after) < 0)
        return SK_DIFF_TARGET_FLIPPED;
      if (b > a)
        return SK_DIFF_TARGET_RAISED;
      if (b < a)
        return SK_DIFF_TARGET_LOWERED;
    }
  if (kind == SK_TARGET_RELATIVE)
    {
      double a = sk_target_get_change (before), b = sk_target_get_change (after);

      if (a * b < 0)
        return SK_DIFF_TARGET_FLIPPED;
      if (b > a)
        return SK_DIFF_TARGET_RAISED;
      if (b < a)
        return SK_DIFF_TARGET_LOWERED;
    }
  return SK_DIFF_TARGET_REWORDED;
}

static void
diff_target (SkPlanDiff  *self,
             SkStore     *store,
             SkIndicator *indicator)
{
  gint64 id = sk_record_get_id (SK_RECORD (indicator));
  const char *name = sk_indicator_get_name (indicator);
  g_autoptr(SkTarget) before = sk_store_get_target (store, id, self->old_year);
  g_autoptr(SkTarget) after = sk_store_get_target (store, id, self->new_year);
  const char *a = before ? sk_target_get_text (before) : "";
  const char *b = after ? sk_target_get_text (after) : "";

  if (g_strcmp0 (a, b) == 0)
    return;
  if (*a == '\0')
    add_row (self, SK_DIFF_TARGET_ADDED, SK_DIFF_ITEM_INDICATOR, id, id, name, NULL, a, b);
  else if (*b == '\0')
    add_row (self, SK_DIFF_TARGET_REMOVED, SK_DIFF_ITEM_INDICATOR, id, id, name, NULL, a, b);
  else
    add_row (self, target_change (before, after), SK_DIFF_ITEM_INDICATOR, id, id, name, NULL, a, b);
}

/* ---- Definitions ---- */

static const char *
direction_label (SkDirection direction)
{
  return direction == SK_DIRECTION_LOWER ? C_("plan diff", "lower is better") : C_("plan diff", "higher is better");
}

static const char *
aggregation_label (SkAggregation aggregation)
{
  switch (aggregation)
    {
    case SK_AGGREGATION_SUM:
      return C_("plan diff", "sum");
    case SK_AGGREGATION_LATEST:
      return C_("plan diff", "latest value");
    case SK_AGGREGATION_RATIO:
      return C_("plan diff", "ratio of sums");
    case SK_AGGREGATION_MEAN:
    default:
      return C_("plan diff", "mean");
    }
}

static char *
unit_name (SkStore *store,
           gint64   id)
{
  g_autoptr(SkUnit) unit = id > 0 && store != NULL ? sk_store_get_unit (store, id) : NULL;

  return g_strdup (unit != NULL ? sk_unit_get_name (unit) : "");
}

static void
definition_field (SkPlanDiff  *self,
                  SkIndicator *indicator,
                  const char  *field,
                  const char  *before,
                  const char  *after)
{
  if (g_strcmp0 (before, after) != 0)
    {
      gint64 id = sk_record_get_id (SK_RECORD (indicator));

      add_row (self, SK_DIFF_DEFINITION_CHANGED, SK_DIFF_ITEM_INDICATOR, id, id,
               sk_indicator_get_name (indicator), field, before, after);
    }
}

void
sk_plan_diff_compare_indicator (SkPlanDiff  *self,
                                SkStore     *store,
                                SkIndicator *before,
                                SkIndicator *after)
{
  gint64 id = sk_record_get_id (SK_RECORD (after));
  g_autofree char *old_unit = NULL;
  g_autofree char *new_unit = NULL;
  g_autofree char *old_tolerance = NULL;
  g_autofree char *new_tolerance = NULL;

  g_return_if_fail (SK_IS_PLAN_DIFF (self));
  g_return_if_fail (SK_IS_INDICATOR (before) && SK_IS_INDICATOR (after));

  if (g_strcmp0 (sk_indicator_get_name (before), sk_indicator_get_name (after)) != 0)
    add_row (self, SK_DIFF_INDICATOR_RENAMED, SK_DIFF_ITEM_INDICATOR, id, id, sk_indicator_get_name (after),
             NULL, sk_indicator_get_name (before), sk_indicator_get_name (after));
  definition_field (self, after, "perspective", sk_perspective_label (sk_indicator_get_perspective (before)),
                    sk_perspective_label (sk_indicator_get_perspective (after)));
  definition_field (self, after, "direction", direction_label (sk_indicator_get_direction (before)),
                    direction_label (sk_indicator_get_direction (after)));
  definition_field (self, after, "measure-unit", sk_indicator_get_measure_unit (before),
                    sk_indicator_get_measure_unit (after));
  old_unit = unit_name (store, sk_indicator_get_responsible_unit_id (before));
  new_unit = unit_name (store, sk_indicator_get_responsible_unit_id (after));
  definition_field (self, after, "responsible-unit", old_unit, new_unit);
  old_tolerance = sk_format_value (sk_indicator_get_tolerance (before) * 100, "%");
  new_tolerance = sk_format_value (sk_indicator_get_tolerance (after) * 100, "%");
  definition_field (self, after, "tolerance", old_tolerance, new_tolerance);
  definition_field (self, after, "frequency", sk_frequency_label (sk_indicator_get_frequency (before)),
                    sk_frequency_label (sk_indicator_get_frequency (after)));
  definition_field (self, after, "aggregation", aggregation_label (sk_indicator_get_aggregation (before)),
                    aggregation_label (sk_indicator_get_aggregation (after)));
  definition_field (self, after, "r12", sk_indicator_get_r12 (before) ? C_("plan diff", "yes") : C_("plan diff", "no"),
                    sk_indicator_get_r12 (after) ? C_("plan diff", "yes") : C_("plan diff", "no"));
}

/* ---- Indicators ---- */

static SkIndicator *
find_indicator (GListModel *list,
                gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (list, i);

      if (sk_record_get_id (SK_RECORD (ind)) == id)
        return g_steal_pointer (&ind);
    }
  return NULL;
}

static void
diff_indicators (SkPlanDiff *self,
                 SkStore    *store)
{
  g_autoptr(GListModel) old_list = sk_store_list_indicators (store, self->old_year);
  g_autoptr(GListModel) new_list = sk_store_list_indicators (store, self->new_year);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (old_list); i++)
    {
      g_autoptr(SkIndicator) before = g_list_model_get_item (old_list, i);
      gint64 id = sk_record_get_id (SK_RECORD (before));
      g_autoptr(SkIndicator) after = find_indicator (new_list, id);

      if (after == NULL)
        add_row (self, SK_DIFF_INDICATOR_REMOVED, SK_DIFF_ITEM_INDICATOR, id, 0, sk_indicator_get_name (before),
                 NULL, sk_indicator_get_name (before), NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (new_list); i++)
    {
      g_autoptr(SkIndicator) after = g_list_model_get_item (new_list, i);
      gint64 id = sk_record_get_id (SK_RECORD (after));
      g_autoptr(SkIndicator) before = find_indicator (old_list, id);

      if (before == NULL)
        add_row (self, SK_DIFF_INDICATOR_ADDED, SK_DIFF_ITEM_INDICATOR, 0, id, sk_indicator_get_name (after),
                 NULL, NULL, sk_indicator_get_name (after));
      else
        {
          sk_plan_diff_compare_indicator (self, store, before, after);
          g_ptr_array_add (kept, g_object_ref (after));
        }
    }
  /* Targets of the indicators both years hold. */
  for (guint i = 0; i < kept->len; i++)
    diff_target (self, store, g_ptr_array_index (kept, i));
}

/* ---- The object ---- */

SkPlanDiff *
sk_plan_diff_new (SkStore  *store,
                  int       old_year,
                  int       new_year,
                  GError  **error)
{
  g_autoptr(SkPlanDiff) self = NULL;
  g_autoptr(SkPlan) old_plan = NULL;
  g_autoptr(SkPlan) new_plan = NULL;
  g_autoptr(GListModel) old_areas = NULL;
  g_autoptr(GListModel) new_areas = NULL;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);

  old_plan = sk_store_get_plan (store, old_year);
  new_plan = sk_store_get_plan (store, new_year);
  if (old_plan == NULL || new_plan == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND,
                   _("There is no plan for %d to compare."), old_plan == NULL ? old_year : new_year);
      return NULL;
    }
  self = g_object_new (SK_TYPE_PLAN_DIFF, NULL);
  self->old_year = old_year;
  self->new_year = new_year;
  old_areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (old_plan)));
  new_areas = sk_store_list_focus_areas (store, sk_record_get_id (SK_RECORD (new_plan)));
  diff_level (self, store, SK_DIFF_ITEM_FOCUS_AREA, old_areas, new_areas);
  diff_indicators (self, store);
  if (!sk_store_check_reads (store, error))
    return NULL;
  return g_steal_pointer (&self);
}

int
sk_plan_diff_get_old_year (SkPlanDiff *self)
{
  g_return_val_if_fail (SK_IS_PLAN_DIFF (self), 0);
  return self->old_year;
}

int
sk_plan_diff_get_new_year (SkPlanDiff *self)
{
  g_return_val_if_fail (SK_IS_PLAN_DIFF (self), 0);
  return self->new_year;
}

guint
sk_plan_diff_get_n_rows (SkPlanDiff *self)
{
  g_return_val_if_fail (SK_IS_PLAN_DIFF (self), 0);
  return self->rows->len;
}

const SkPlanDiffRow *
sk_plan_diff_get_row (SkPlanDiff *self,
                      guint       index)
{
  g_return_val_if_fail (SK_IS_PLAN_DIFF (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return g_ptr_array_index (self->rows, index);
}

guint
sk_plan_diff_count (SkPlanDiff *self,
                    SkDiffKind  kind)
{
  g_return_val_if_fail (SK_IS_PLAN_DIFF (self), 0);
  g_return_val_if_fail (kind < SK_N_DIFF_KINDS, 0);
  return self->counts[kind];
}

const char *
sk_diff_kind_to_string (SkDiffKind kind)
{
  static const char *names[SK_N_DIFF_KINDS] = {
    "goal-added", "goal-removed", "goal-renamed",
    "indicator-added", "indicator-removed", "indicator-renamed",
    "target-raised", "target-lowered", "target-reworded", "target-flipped",
    "target-added", "target-removed",
    "definition-changed",
  };

  g_return_val_if_fail (kind < SK_N_DIFF_KINDS, "");
  return names[kind];
}

const char *
sk_diff_kind_label (SkDiffKind kind)
{
  static const char *labels[SK_N_DIFF_KINDS] = {
    N_("Goals added"), N_("Goals removed"), N_("Goals renamed"),
    N_("Indicators added"), N_("Indicators removed"), N_("Indicators renamed"),
    N_("Targets raised"), N_("Targets lowered"), N_("Targets reworded"), N_("Targets turned around"),
    N_("Targets added"), N_("Targets removed"),
    N_("Definitions changed"),
  };

  g_return_val_if_fail (kind < SK_N_DIFF_KINDS, "");
  return _(labels[kind]);
}

const char *
sk_diff_item_to_string (SkDiffItem item)
{
  static const char *names[] = { "focus-area", "regional-goal", "board-goal", "indicator" };

  g_return_val_if_fail (item < G_N_ELEMENTS (names), "");
  return names[item];
}

const char *
sk_diff_item_label (SkDiffItem item)
{
  static const char *labels[] = {
    N_("Focus area"), N_("Regional goal"), N_("Board goal"), N_("Indicator"),
  };

  g_return_val_if_fail (item < G_N_ELEMENTS (labels), "");
  return _(labels[item]);
}

const char *
sk_diff_field_label (const char *field)
{
  static const struct { const char *field; const char *label; } fields[] = {
    { "perspective", NC_("plan diff", "Perspective") },
    { "direction", NC_("plan diff", "Direction") },
    { "measure-unit", NC_("plan diff", "Unit of measure") },
    { "responsible-unit", NC_("plan diff", "Responsible unit") },
    { "tolerance", NC_("plan diff", "Tolerance") },
    { "frequency", NC_("plan diff", "Frequency") },
    { "aggregation", NC_("plan diff", "Aggregation") },
    { "r12", NC_("plan diff", "Rolling 12 months") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (field, fields[i].field) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "plan diff", fields[i].label);
  return field ? field : "";
}

static void
sk_plan_diff_finalize (GObject *object)
{
  SkPlanDiff *self = SK_PLAN_DIFF (object);

  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (sk_plan_diff_parent_class)->finalize (object);
}

static void
sk_plan_diff_class_init (SkPlanDiffClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_plan_diff_finalize;
}

static void
sk_plan_diff_init (SkPlanDiff *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
}
