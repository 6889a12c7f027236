/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-board-goal"

#include "config.h"

#include "sk-board-goal.h"

struct _SkBoardGoal
{
  SkRecord parent_instance;

  gint64  focus_area_id;
  gint64  regional_goal_id;
  int     position;
  char   *text;
};

G_DEFINE_FINAL_TYPE (SkBoardGoal, sk_board_goal, SK_TYPE_RECORD)

enum {
  PROP_0,
  PROP_FOCUS_AREA_ID,
  PROP_REGIONAL_GOAL_ID,
  PROP_POSITION,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_board_goal_finalize (GObject *object)
{
  SkBoardGoal *self = (SkBoardGoal *) object;

  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (sk_board_goal_parent_class)->finalize (object);
}

static void
sk_board_goal_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SkBoardGoal *self = SK_BOARD_GOAL (object);

  switch (prop_id)
    {
    case PROP_FOCUS_AREA_ID:
      g_value_set_int64 (value, sk_board_goal_get_focus_area_id (self));
      break;

    case PROP_REGIONAL_GOAL_ID:
      g_value_set_int64 (value, sk_board_goal_get_regional_goal_id (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, sk_board_goal_get_position (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, sk_board_goal_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_board_goal_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SkBoardGoal *self = SK_BOARD_GOAL (object);

  switch (prop_id)
    {
    case PROP_FOCUS_AREA_ID:
      sk_board_goal_set_focus_area_id (self, g_value_get_int64 (value));
      break;

    case PROP_REGIONAL_GOAL_ID:
      sk_board_goal_set_regional_goal_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      sk_board_goal_set_position (self, g_value_get_int (value));
      break;

    case PROP_TEXT:
      sk_board_goal_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_board_goal_class_init (SkBoardGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkRecordClass *record_class = SK_RECORD_CLASS (klass);

  object_class->finalize = sk_board_goal_finalize;
  object_class->get_property = sk_board_goal_get_property;
  object_class->set_property = sk_board_goal_set_property;

  record_class->table = "board_goal";

  properties[PROP_FOCUS_AREA_ID] =
    g_param_spec_int64 ("focus-area-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REGIONAL_GOAL_ID] =
    g_param_spec_int64 ("regional-goal-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_board_goal_init (SkBoardGoal *self)
{
  self->text = g_strdup ("");
}

SkBoardGoal *
sk_board_goal_new (void)
{
  return g_object_new (SK_TYPE_BOARD_GOAL, NULL);
}

gint64
sk_board_goal_get_focus_area_id (SkBoardGoal *self)
{
  g_return_val_if_fail (SK_IS_BOARD_GOAL (self), 0);

  return self->focus_area_id;
}

void
sk_board_goal_set_focus_area_id (SkBoardGoal *self,
                                 gint64       value)
{
  g_return_if_fail (SK_IS_BOARD_GOAL (self));

  if (self->focus_area_id == value)
    return;

  self->focus_area_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_AREA_ID]);
}

gint64
sk_board_goal_get_regional_goal_id (SkBoardGoal *self)
{
  g_return_val_if_fail (SK_IS_BOARD_GOAL (self), 0);

  return self->regional_goal_id;
}

void
sk_board_goal_set_regional_goal_id (SkBoardGoal *self,
                                    gint64       value)
{
  g_return_if_fail (SK_IS_BOARD_GOAL (self));

  if (self->regional_goal_id == value)
    return;

  self->regional_goal_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGIONAL_GOAL_ID]);
}

int
sk_board_goal_get_position (SkBoardGoal *self)
{
  g_return_val_if_fail (SK_IS_BOARD_GOAL (self), 0);

  return self->position;
}

void
sk_board_goal_set_position (SkBoardGoal *self,
                            int          value)
{
  g_return_if_fail (SK_IS_BOARD_GOAL (self));

  if (self->position == value)
    return;

  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
sk_board_goal_get_text (SkBoardGoal *self)
{
  g_return_val_if_fail (SK_IS_BOARD_GOAL (self), NULL);

  return self->text;
}

void
sk_board_goal_set_text (SkBoardGoal *self,
                        const char  *value)
{
  char *old;

  g_return_if_fail (SK_IS_BOARD_GOAL (self));

  if (value == NULL)
    value = "";

  if (g_strcmp0 (self->text, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->text);
  self->text = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
