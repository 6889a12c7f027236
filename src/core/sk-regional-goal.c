/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-regional-goal"

#include "config.h"

#include "sk-regional-goal.h"

struct _SkRegionalGoal
{
  SkRecord parent_instance;

  gint64  focus_area_id;
  int     position;
  char   *title;
  char   *description;
};

G_DEFINE_FINAL_TYPE (SkRegionalGoal, sk_regional_goal, SK_TYPE_RECORD)

enum {
  PROP_0,
  PROP_FOCUS_AREA_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_regional_goal_finalize (GObject *object)
{
  SkRegionalGoal *self = (SkRegionalGoal *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (sk_regional_goal_parent_class)->finalize (object);
}

static void
sk_regional_goal_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SkRegionalGoal *self = SK_REGIONAL_GOAL (object);

  switch (prop_id)
    {
    case PROP_FOCUS_AREA_ID:
      g_value_set_int64 (value, sk_regional_goal_get_focus_area_id (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, sk_regional_goal_get_position (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, sk_regional_goal_get_title (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, sk_regional_goal_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_regional_goal_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SkRegionalGoal *self = SK_REGIONAL_GOAL (object);

  switch (prop_id)
    {
    case PROP_FOCUS_AREA_ID:
      sk_regional_goal_set_focus_area_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      sk_regional_goal_set_position (self, g_value_get_int (value));
      break;

    case PROP_TITLE:
      sk_regional_goal_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      sk_regional_goal_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_regional_goal_class_init (SkRegionalGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkRecordClass *record_class = SK_RECORD_CLASS (klass);

  object_class->finalize = sk_regional_goal_finalize;
  object_class->get_property = sk_regional_goal_get_property;
  object_class->set_property = sk_regional_goal_set_property;

  record_class->table = "regional_goal";

  properties[PROP_FOCUS_AREA_ID] =
    g_param_spec_int64 ("focus-area-id", NULL, NULL,
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
sk_regional_goal_init (SkRegionalGoal *self)
{
  self->title = g_strdup ("");
}

SkRegionalGoal *
sk_regional_goal_new (void)
{
  return g_object_new (SK_TYPE_REGIONAL_GOAL, NULL);
}

gint64
sk_regional_goal_get_focus_area_id (SkRegionalGoal *self)
{
  g_return_val_if_fail (SK_IS_REGIONAL_GOAL (self), 0);

  return self->focus_area_id;
}

void
sk_regional_goal_set_focus_area_id (SkRegionalGoal *self,
                                    gint64          value)
{
  g_return_if_fail (SK_IS_REGIONAL_GOAL (self));

  if (self->focus_area_id == value)
    return;

  self->focus_area_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_AREA_ID]);
}

int
sk_regional_goal_get_position (SkRegionalGoal *self)
{
  g_return_val_if_fail (SK_IS_REGIONAL_GOAL (self), 0);

  return self->position;
}

void
sk_regional_goal_set_position (SkRegionalGoal *self,
                               int             value)
{
  g_return_if_fail (SK_IS_REGIONAL_GOAL (self));

  if (self->position == value)
    return;

  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
sk_regional_goal_get_title (SkRegionalGoal *self)
{
  g_return_val_if_fail (SK_IS_REGIONAL_GOAL (self), NULL);

  return self->title;
}

void
sk_regional_goal_set_title (SkRegionalGoal *self,
                            const char     *value)
{
  char *old;

  g_return_if_fail (SK_IS_REGIONAL_GOAL (self));

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
sk_regional_goal_get_description (SkRegionalGoal *self)
{
  g_return_val_if_fail (SK_IS_REGIONAL_GOAL (self), NULL);

  return self->description;
}

void
sk_regional_goal_set_description (SkRegionalGoal *self,
                                  const char     *value)
{
  char *old;

  g_return_if_fail (SK_IS_REGIONAL_GOAL (self));

  if (g_strcmp0 (self->description, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->description);
  self->description = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}
