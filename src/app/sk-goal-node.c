/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-goal-node"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-board-goal.h"
#include "sk-focus-area.h"
#include "sk-goal-node.h"
#include "sk-indicator.h"
#include "sk-regional-goal.h"

struct _SkGoalNode
{
  GObject         parent_instance;

  SkGoalNodeKind  kind;
  SkRecord       *record;
  SkGoalNode     *parent;   /* weak */
  char           *key;
  char           *target;
  char           *shown_title; /* the title last announced */
  GListStore     *children;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkGoalNode, sk_goal_node, G_TYPE_OBJECT)

static void
sk_goal_node_dispose (GObject *object)
{
  SkGoalNode *self = SK_GOAL_NODE (object);

  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->children);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (sk_goal_node_parent_class)->dispose (object);
}

static void
sk_goal_node_finalize (GObject *object)
{
  SkGoalNode *self = SK_GOAL_NODE (object);

  g_free (self->key);
  g_free (self->target);
  g_free (self->shown_title);

  G_OBJECT_CLASS (sk_goal_node_parent_class)->finalize (object);
}

static void
sk_goal_node_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SkGoalNode *self = SK_GOAL_NODE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, sk_goal_node_get_title (self));
      break;
    case PROP_TARGET:
      g_value_set_string (value, sk_goal_node_get_target (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_goal_node_class_init (SkGoalNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_goal_node_dispose;
  object_class->finalize = sk_goal_node_finalize;
  object_class->get_property = sk_goal_node_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_string ("target", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_goal_node_init (SkGoalNode *self)
{
  self->target = g_strdup ("");
}

static char *
make_key (SkGoalNodeKind  kind,
          SkRecord       *record,
          SkGoalNode     *parent)
{
  gint64 id = sk_record_get_id (record);

  switch (kind)
    {
    case SK_GOAL_NODE_FOCUS_AREA:
      return g_strdup_printf ("fa:%" G_GINT64_FORMAT, id);
    case SK_GOAL_NODE_REGIONAL_GOAL:
      return g_strdup_printf ("rg:%" G_GINT64_FORMAT, id);
    case SK_GOAL_NODE_BOARD_GOAL:
      return g_strdup_printf ("bg:%" G_GINT64_FORMAT, id);
    case SK_GOAL_NODE_INDICATOR:
    default:
      /* One indicator may hang under several goals. */
      return g_strdup_printf ("in:%s:%" G_GINT64_FORMAT,
                              parent ? sk_goal_node_get_key (parent) : "", id);
    }
}

SkGoalNode *
sk_goal_node_new (SkGoalNodeKind  kind,
                  SkRecord       *record,
                  SkGoalNode     *parent)
{
  SkGoalNode *self;

  g_return_val_if_fail (SK_IS_RECORD (record), NULL);

  self = g_object_new (SK_TYPE_GOAL_NODE, NULL);
  self->kind = kind;
  self->record = g_object_ref (record);
  g_set_weak_pointer (&self->parent, parent);
  self->key = make_key (kind, record, parent);
  self->shown_title = g_strdup (sk_goal_node_get_title (self));
  if (kind != SK_GOAL_NODE_INDICATOR)
    self->children = g_list_store_new (SK_TYPE_GOAL_NODE);
  return self;
}

SkGoalNodeKind
sk_goal_node_get_kind (SkGoalNode *self)
{
  g_return_val_if_fail (SK_IS_GOAL_NODE (self), SK_GOAL_NODE_FOCUS_AREA);
  return self->kind;
}

SkRecord *
sk_goal_node_get_record (SkGoalNode *self)
{
  g_return_val_if_fail (SK_IS_GOAL_NODE (self), NULL);
  return self->record;
}

void
sk_goal_node_set_record (SkGoalNode *self,
                         SkRecord   *record)
{
  g_return_if_fail (SK_IS_GOAL_NODE (self));
  g_return_if_fail (SK_IS_RECORD (record));

  g_set_object (&self->record, record);
  /* Compared with the title last announced, not with the old record's:
   * a rename changes the record the node holds in place, so that one
   * already has the new text and the row would keep the old. */
  if (g_strcmp0 (self->shown_title, sk_goal_node_get_title (self)) != 0)
    {
      g_free (self->shown_title);
      self->shown_title = g_strdup (sk_goal_node_get_title (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

SkGoalNode *
sk_goal_node_get_parent (SkGoalNode *self)
{
  g_return_val_if_fail (SK_IS_GOAL_NODE (self), NULL);
  return self->parent;
}

const char *
sk_goal_node_get_key (SkGoalNode *self)
{
  g_return_val_if_fail (SK_IS_GOAL_NODE (self), NULL);
  return self->key;
}

const char *
sk_goal_node_get_title (SkGoalNode *self)
{
  g_return_val_if_fail (SK_IS_GOAL_NODE (self), NULL);

  switch (self->kind)
    {
    case SK_GOAL_NODE_FOCUS_AREA:
      return sk_focus_area_get_title (SK_FOCUS_AREA (self->record));
    case SK_GOAL_NODE_REGIONAL_GOAL:
      return sk_regional_goal_get_title (SK_REGIONAL_GOAL (self->record));
    case SK_GOAL_NODE_BOARD_GOAL:
      return sk_board_goal_get_text (SK_BOARD_GOAL (self->record));
    case SK_GOAL_NODE_INDICATOR:
    default:
      return sk_indicator_get_name (SK_INDICATOR (self->record));
    }
}

const char *
sk_goal_node_get_kind_label (SkGoalNode *self)
{
  g_return_val_if_fail (SK_IS_GOAL_NODE (self), NULL);

  switch (self->kind)
    {
    case SK_GOAL_NODE_FOCUS_AREA:
      return _("Focus area");
    case SK_GOAL_NODE_REGIONAL_GOAL:
      /* The region's goal the board's goals serve ("RF-mål"). */
      return _("Regional goal");
    case SK_GOAL_NODE_BOARD_GOAL:
      return _("Board goal");
    case SK_GOAL_NODE_INDICATOR:
    default:
      return _("Indicator");
    }
}

const char *
sk_goal_node_get_target (SkGoalNode *self)
{
  g_return_val_if_fail (SK_IS_GOAL_NODE (self), NULL);
  return self->target;
}

void
sk_goal_node_set_target (SkGoalNode *self,
                         const char *target)
{
  g_return_if_fail (SK_IS_GOAL_NODE (self));

  if (target == NULL)
    target = "";
  if (g_strcmp0 (self->target, target) == 0)
    return;
  g_free (self->target);
  self->target = g_strdup (target);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

GListStore *
sk_goal_node_get_children (SkGoalNode *self)
{
  g_return_val_if_fail (SK_IS_GOAL_NODE (self), NULL);
  return self->children;
}

int
sk_goal_node_get_sibling_index (SkGoalNode *self,
                                GListModel *siblings)
{
  guint n;
  int index = 0;

  g_return_val_if_fail (SK_IS_GOAL_NODE (self), -1);

  n = g_list_model_get_n_items (siblings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkGoalNode) node = g_list_model_get_item (siblings, i);

      if (node == self)
        return index;
      if (node->kind == self->kind)
        index++;
    }
  return -1;
}

static SkGoalNode *
find_by_key (GListModel *model,
             const char *key)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkGoalNode) node = g_list_model_get_item (model, i);

      if (g_str_equal (node->key, key))
        return node;   /* still owned by @model */
    }
  return NULL;
}

/* Takes the fresh fields of @fresh into the existing node @node. */
static void
update_node (SkGoalNode *node,
             SkGoalNode *fresh)
{
  sk_goal_node_set_record (node, fresh->record);
  sk_goal_node_set_target (node, fresh->target);
  if (node->children != NULL && fresh->children != NULL)
    {
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (fresh->children));

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (fresh->children), i));
      sk_goal_node_sync_list (node->children, node, items);
    }
}

static gboolean
node_is_empty (SkGoalNode *node)
{
  return node->children == NULL || g_list_model_get_n_items (G_LIST_MODEL (node->children)) == 0;
}

static void
adopt_node (SkGoalNode *node,
            SkGoalNode *owner)
{
  g_set_weak_pointer (&node->parent, owner);
}

void
sk_goal_node_sync_list (GListStore *store,
                        SkGoalNode *owner,
                        GPtrArray  *items)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  guint start = 0, end_old = n_old, end_new;

  g_return_if_fail (G_IS_LIST_STORE (store));

  for (guint i = 0; i < items->len; i++)
    {
      SkGoalNode *fresh = g_ptr_array_index (items, i);
      SkGoalNode *node = find_by_key (model, fresh->key);

      /* A row learns once whether it can expand: a node that gains its
       * first child or loses its last one is replaced, not updated. */
      if (node != NULL && node_is_empty (node) == node_is_empty (fresh))
        update_node (node, fresh);
      else
        adopt_node ((node = fresh), owner);
      g_ptr_array_add (wanted, g_object_ref (node));
    }

  /* Splice only what differs, so untouched rows keep their state. */
  end_new = wanted->len;
  while (start < n_old && start < end_new)
    {
      g_autoptr(SkGoalNode) node = g_list_model_get_item (model, start);
      if (node != g_ptr_array_index (wanted, start))
        break;
      start++;
    }
  while (end_old > start && end_new > start)
    {
      g_autoptr(SkGoalNode) node = g_list_model_get_item (model, end_old - 1);
      if (node != g_ptr_array_index (wanted, end_new - 1))
        break;
      end_old--;
      end_new--;
    }
  if (start == end_old && start == end_new)
    return;
  g_list_store_splice (store, start, end_old - start,
                       wanted->pdata + start, end_new - start);
}
