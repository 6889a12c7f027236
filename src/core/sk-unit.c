/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-unit"

#include "config.h"

#include "sk-unit.h"

struct _SkUnit
{
  SkRecord parent_instance;

  gint64  parent_id;
  char   *name;
  char   *short_name;
  int     position;
};

G_DEFINE_FINAL_TYPE (SkUnit, sk_unit, SK_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARENT_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_unit_finalize (GObject *object)
{
  SkUnit *self = (SkUnit *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);

  G_OBJECT_CLASS (sk_unit_parent_class)->finalize (object);
}

static void
sk_unit_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SkUnit *self = SK_UNIT (object);

  switch (prop_id)
    {
    case PROP_PARENT_ID:
      g_value_set_int64 (value, sk_unit_get_parent_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, sk_unit_get_name (self));
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, sk_unit_get_short_name (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, sk_unit_get_position (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_unit_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  SkUnit *self = SK_UNIT (object);

  switch (prop_id)
    {
    case PROP_PARENT_ID:
      sk_unit_set_parent_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      sk_unit_set_name (self, g_value_get_string (value));
      break;

    case PROP_SHORT_NAME:
      sk_unit_set_short_name (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      sk_unit_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_unit_class_init (SkUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkRecordClass *record_class = SK_RECORD_CLASS (klass);

  object_class->finalize = sk_unit_finalize;
  object_class->get_property = sk_unit_get_property;
  object_class->set_property = sk_unit_set_property;

  record_class->table = "unit";

  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_unit_init (SkUnit *self)
{
  self->name = g_strdup ("");
}

SkUnit *
sk_unit_new (void)
{
  return g_object_new (SK_TYPE_UNIT, NULL);
}

gint64
sk_unit_get_parent_id (SkUnit *self)
{
  g_return_val_if_fail (SK_IS_UNIT (self), 0);

  return self->parent_id;
}

void
sk_unit_set_parent_id (SkUnit *self,
                       gint64  value)
{
  g_return_if_fail (SK_IS_UNIT (self));

  if (self->parent_id == value)
    return;

  self->parent_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}

const char *
sk_unit_get_name (SkUnit *self)
{
  g_return_val_if_fail (SK_IS_UNIT (self), NULL);

  return self->name;
}

void
sk_unit_set_name (SkUnit     *self,
                  const char *value)
{
  char *old;

  g_return_if_fail (SK_IS_UNIT (self));

  if (value == NULL)
    value = "";

  if (g_strcmp0 (self->name, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->name);
  self->name = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
sk_unit_get_short_name (SkUnit *self)
{
  g_return_val_if_fail (SK_IS_UNIT (self), NULL);

  return self->short_name;
}

void
sk_unit_set_short_name (SkUnit     *self,
                        const char *value)
{
  char *old;

  g_return_if_fail (SK_IS_UNIT (self));

  if (g_strcmp0 (self->short_name, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->short_name);
  self->short_name = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
}

int
sk_unit_get_position (SkUnit *self)
{
  g_return_val_if_fail (SK_IS_UNIT (self), 0);

  return self->position;
}

void
sk_unit_set_position (SkUnit *self,
                      int     value)
{
  g_return_if_fail (SK_IS_UNIT (self));

  if (self->position == value)
    return;

  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}
