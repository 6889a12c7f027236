/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-assignment"

#include "config.h"

#include "sk-assignment.h"

struct _SkAssignment
{
  SkRecord parent_instance;

  gint64  board_goal_id;
  gint64  parent_id;
  int     position;
  char   *title;
};

G_DEFINE_FINAL_TYPE (SkAssignment, sk_assignment, SK_TYPE_RECORD)

enum {
  PROP_0,
  PROP_BOARD_GOAL_ID,
  PROP_PARENT_ID,
  PROP_POSITION,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_assignment_finalize (GObject *object)
{
  SkAssignment *self = (SkAssignment *) object;

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (sk_assignment_parent_class)->finalize (object);
}

static void
sk_assignment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SkAssignment *self = SK_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_BOARD_GOAL_ID:
      g_value_set_int64 (value, sk_assignment_get_board_goal_id (self));
      break;

    case PROP_PARENT_ID:
      g_value_set_int64 (value, sk_assignment_get_parent_id (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, sk_assignment_get_position (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, sk_assignment_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_assignment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SkAssignment *self = SK_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_BOARD_GOAL_ID:
      sk_assignment_set_board_goal_id (self, g_value_get_int64 (value));
      break;

    case PROP_PARENT_ID:
      sk_assignment_set_parent_id (self, g_value_get_int64 (value));
      break;

    case PROP_POSITION:
      sk_assignment_set_position (self, g_value_get_int (value));
      break;

    case PROP_TITLE:
      sk_assignment_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_assignment_class_init (SkAssignmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkRecordClass *record_class = SK_RECORD_CLASS (klass);

  object_class->finalize = sk_assignment_finalize;
  object_class->get_property = sk_assignment_get_property;
  object_class->set_property = sk_assignment_set_property;

  record_class->table = "assignment";

  properties[PROP_BOARD_GOAL_ID] =
    g_param_spec_int64 ("board-goal-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL,
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_assignment_init (SkAssignment *self)
{
  self->title = g_strdup ("");
}

SkAssignment *
sk_assignment_new (void)
{
  return g_object_new (SK_TYPE_ASSIGNMENT, NULL);
}

gint64
sk_assignment_get_board_goal_id (SkAssignment *self)
{
  g_return_val_if_fail (SK_IS_ASSIGNMENT (self), 0);

  return self->board_goal_id;
}

void
sk_assignment_set_board_goal_id (SkAssignment *self,
                                 gint64        value)
{
  g_return_if_fail (SK_IS_ASSIGNMENT (self));

  if (self->board_goal_id == value)
    return;

  self->board_goal_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD_GOAL_ID]);
}

gint64
sk_assignment_get_parent_id (SkAssignment *self)
{
  g_return_val_if_fail (SK_IS_ASSIGNMENT (self), 0);

  return self->parent_id;
}

void
sk_assignment_set_parent_id (SkAssignment *self,
                             gint64        value)
{
  g_return_if_fail (SK_IS_ASSIGNMENT (self));

  if (self->parent_id == value)
    return;

  self->parent_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}

int
sk_assignment_get_position (SkAssignment *self)
{
  g_return_val_if_fail (SK_IS_ASSIGNMENT (self), 0);

  return self->position;
}

void
sk_assignment_set_position (SkAssignment *self,
                            int           value)
{
  g_return_if_fail (SK_IS_ASSIGNMENT (self));

  if (self->position == value)
    return;

  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
sk_assignment_get_title (SkAssignment *self)
{
  g_return_val_if_fail (SK_IS_ASSIGNMENT (self), NULL);

  return self->title;
}

void
sk_assignment_set_title (SkAssignment *self,
                         const char   *value)
{
  char *old;

  g_return_if_fail (SK_IS_ASSIGNMENT (self));

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
