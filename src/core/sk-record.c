/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-record"

#include "config.h"

#include "sk-record.h"

typedef struct
{
  gint64 id;
} SkRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SkRecord, sk_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SkRecord *self = SK_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, sk_record_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SkRecord *self = SK_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      sk_record_set_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_record_class_init (SkRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sk_record_get_property;
  object_class->set_property = sk_record_set_property;

  /* 0 means "not stored yet". */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_record_init (SkRecord *self)
{
}

gint64
sk_record_get_id (SkRecord *self)
{
  SkRecordPrivate *priv = sk_record_get_instance_private (self);

  g_return_val_if_fail (SK_IS_RECORD (self), 0);

  return priv->id;
}

void
sk_record_set_id (SkRecord *self,
                  gint64    id)
{
  SkRecordPrivate *priv = sk_record_get_instance_private (self);

  g_return_if_fail (SK_IS_RECORD (self));
  g_return_if_fail (id >= 0);

  if (priv->id == id)
    return;

  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
sk_record_get_table (SkRecord *self)
{
  g_return_val_if_fail (SK_IS_RECORD (self), NULL);

  return SK_RECORD_GET_CLASS (self)->table;
}
