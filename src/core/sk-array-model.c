/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-array-model"

#include "config.h"

#include "sk-array-model.h"

struct _SkArrayModel
{
  GObject    parent_instance;
  GType      item_type;
  GPtrArray *items;
};

static GType
get_item_type (GListModel *model)
{
  return SK_ARRAY_MODEL (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return SK_ARRAY_MODEL (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  SkArrayModel *self = SK_ARRAY_MODEL (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
sk_array_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (SkArrayModel, sk_array_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, sk_array_model_list_model_init))

static void
sk_array_model_finalize (GObject *object)
{
  SkArrayModel *self = SK_ARRAY_MODEL (object);

  g_ptr_array_unref (self->items);
  G_OBJECT_CLASS (sk_array_model_parent_class)->finalize (object);
}

static void
sk_array_model_class_init (SkArrayModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_array_model_finalize;
}

static void
sk_array_model_init (SkArrayModel *self)
{
}

GListModel *
sk_array_model_new (GType      item_type,
                    GPtrArray *items)
{
  SkArrayModel *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (items != NULL, NULL);

  self = g_object_new (SK_TYPE_ARRAY_MODEL, NULL);
  self->item_type = item_type;
  self->items = items;
  return G_LIST_MODEL (self);
}
