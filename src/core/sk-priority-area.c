/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-priority-area"

#include "config.h"

#include "sk-priority-area.h"

struct _SkPriorityArea
{
  SkRecord parent_instance;

  gint64  plan_id;
  int     position;
  char   *title;
  char   *description;
};

G_DEFINE_FINAL_TYPE (SkPriorityArea, sk_priority_area, SK_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PLAN_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_priority_area_finalize (GObject *object)
{
  SkPriorityArea *self = (SkPriorityArea *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (sk_priority_area_parent_class)->finalize (object);
}

static void
sk_priority_area_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SkPriorityArea *self = SK_PRIORITY_AREA (object);

  switch (prop_id)
    {
    case PROP_PLAN_ID:
      g_value_set_int64 (value, sk_priority_area_get_plan_id (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, sk_priority_area_get_position (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, sk_priority_area_get_title (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, sk_priority_area_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_priority_area_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SkPriorityArea *self = SK_PRIORITY_AREA (object);

  switch (prop_id)
    {
    case PROP_PLAN_ID:
      sk_priority_area_set_plan_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      sk_priority_area_set_position (self, g_value_get_int (value));
      break;

    case PROP_TITLE:
      sk_priority_area_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      sk_priority_area_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_priority_area_class_init (SkPriorityAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkRecordClass *record_class = SK_RECORD_CLASS (klass);

  object_class->finalize = sk_priority_area_finalize;
  object_class->get_property = sk_priority_area_get_property;
  object_class->set_property = sk_priority_area_set_property;

  record_class->table = "priority_area";

  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_priority_area_init (SkPriorityArea *self)
{
  self->title = g_strdup ("");
}

SkPriorityArea *
sk_priority_area_new (void)
{
  return g_object_new (SK_TYPE_PRIORITY_AREA, NULL);
}

gint64
sk_priority_area_get_plan_id (SkPriorityArea *self)
{
  g_return_val_if_fail (SK_IS_PRIORITY_AREA (self), 0);

  return self->plan_id;
}

void
sk_priority_area_set_plan_id (SkPriorityArea *self,
                              gint64          value)
{
  g_return_if_fail (SK_IS_PRIORITY_AREA (self));

  if (self->plan_id == value)
    return;

  self->plan_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
}

int
sk_priority_area_get_position (SkPriorityArea *self)
{
  g_return_val_if_fail (SK_IS_PRIORITY_AREA (self), 0);

  return self->position;
}

void
sk_priority_area_set_position (SkPriorityArea *self,
                               int             value)
{
  g_return_if_fail (SK_IS_PRIORITY_AREA (self));

  if (self->position == value)
    return;

  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
sk_priority_area_get_title (SkPriorityArea *self)
{
  g_return_val_if_fail (SK_IS_PRIORITY_AREA (self), NULL);

  return self->title;
}

void
sk_priority_area_set_title (SkPriorityArea *self,
                            const char     *value)
{
  char *old;

  g_return_if_fail (SK_IS_PRIORITY_AREA (self));

  if (value == NULL)
    value = "";

  if (g_strcmp0 (self->title, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->title);
  self->title = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
sk_priority_area_get_description (SkPriorityArea *self)
{
  g_return_val_if_fail (SK_IS_PRIORITY_AREA (self), NULL);

  return self->description;
}

void
sk_priority_area_set_description (SkPriorityArea *self,
                                  const char     *value)
{
  char *old;

  g_return_if_fail (SK_IS_PRIORITY_AREA (self));

  if (g_strcmp0 (self->description, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->description);
  self->description = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}
