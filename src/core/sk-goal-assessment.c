/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-goal-assessment"

#include "config.h"

#include "sk-goal-assessment.h"

struct _SkGoalAssessment
{
  SkRecord parent_instance;

  gint64        board_goal_id;
  char         *period;
  SkAssessment  assessment;
  char         *analysis;
  char         *changed_by;
  char         *changed_at;
};

G_DEFINE_FINAL_TYPE (SkGoalAssessment, sk_goal_assessment, SK_TYPE_RECORD)

enum {
  PROP_0,
  PROP_BOARD_GOAL_ID,
  PROP_PERIOD,
  PROP_ASSESSMENT,
  PROP_ANALYSIS,
  PROP_CHANGED_BY,
  PROP_CHANGED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_goal_assessment_finalize (GObject *object)
{
  SkGoalAssessment *self = (SkGoalAssessment *) object;

  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->analysis, g_free);
  g_clear_pointer (&self->changed_by, g_free);
  g_clear_pointer (&self->changed_at, g_free);

  G_OBJECT_CLASS (sk_goal_assessment_parent_class)->finalize (object);
}

static void
sk_goal_assessment_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SkGoalAssessment *self = SK_GOAL_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_BOARD_GOAL_ID:
      g_value_set_int64 (value, sk_goal_assessment_get_board_goal_id (self));
      break;

    case PROP_PERIOD:
      g_value_set_string (value, sk_goal_assessment_get_period (self));
      break;

    case PROP_ASSESSMENT:
      g_value_set_int (value, sk_goal_assessment_get_assessment (self));
      break;

    case PROP_ANALYSIS:
      g_value_set_string (value, sk_goal_assessment_get_analysis (self));
      break;

    case PROP_CHANGED_BY:
      g_value_set_string (value, sk_goal_assessment_get_changed_by (self));
      break;

    case PROP_CHANGED_AT:
      g_value_set_string (value, sk_goal_assessment_get_changed_at (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_goal_assessment_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SkGoalAssessment *self = SK_GOAL_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_BOARD_GOAL_ID:
      sk_goal_assessment_set_board_goal_id (self, g_value_get_int64 (value));
      break;

    case PROP_PERIOD:
      sk_goal_assessment_set_period (self, g_value_get_string (value));
      break;

    case PROP_ASSESSMENT:
      sk_goal_assessment_set_assessment (self, (SkAssessment) g_value_get_int (value));
      break;

    case PROP_ANALYSIS:
      sk_goal_assessment_set_analysis (self, g_value_get_string (value));
      break;

    case PROP_CHANGED_BY:
      sk_goal_assessment_set_changed_by (self, g_value_get_string (value));
      break;

    case PROP_CHANGED_AT:
      sk_goal_assessment_set_changed_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_goal_assessment_class_init (SkGoalAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkRecordClass *record_class = SK_RECORD_CLASS (klass);

  object_class->finalize = sk_goal_assessment_finalize;
  object_class->get_property = sk_goal_assessment_get_property;
  object_class->set_property = sk_goal_assessment_set_property;

  record_class->table = "goal_assessment";

  properties[PROP_BOARD_GOAL_ID] =
    g_param_spec_int64 ("board-goal-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ASSESSMENT] =
    g_param_spec_int ("assessment", NULL, NULL,
                      SK_ASSESSMENT_NOT_ASSESSED, SK_ASSESSMENT_NOT_MET, SK_ASSESSMENT_NOT_ASSESSED,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ANALYSIS] =
    g_param_spec_string ("analysis", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHANGED_BY] =
    g_param_spec_string ("changed-by", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CHANGED_AT] =
    g_param_spec_string ("changed-at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_goal_assessment_init (SkGoalAssessment *self)
{
}

SkGoalAssessment *
sk_goal_assessment_new (void)
{
  return g_object_new (SK_TYPE_GOAL_ASSESSMENT, NULL);
}

gint64
sk_goal_assessment_get_board_goal_id (SkGoalAssessment *self)
{
  g_return_val_if_fail (SK_IS_GOAL_ASSESSMENT (self), 0);

  return self->board_goal_id;
}

void
sk_goal_assessment_set_board_goal_id (SkGoalAssessment *self,
                                      gint64            value)
{
  g_return_if_fail (SK_IS_GOAL_ASSESSMENT (self));

  if (self->board_goal_id == value)
    return;

  self->board_goal_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD_GOAL_ID]);
}

const char *
sk_goal_assessment_get_period (SkGoalAssessment *self)
{
  g_return_val_if_fail (SK_IS_GOAL_ASSESSMENT (self), NULL);

  return self->period;
}

void
sk_goal_assessment_set_period (SkGoalAssessment *self,
                               const char       *value)
{
  char *old;

  g_return_if_fail (SK_IS_GOAL_ASSESSMENT (self));

  if (g_strcmp0 (self->period, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->period);
  self->period = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

SkAssessment
sk_goal_assessment_get_assessment (SkGoalAssessment *self)
{
  g_return_val_if_fail (SK_IS_GOAL_ASSESSMENT (self), SK_ASSESSMENT_NOT_ASSESSED);

  return self->assessment;
}

void
sk_goal_assessment_set_assessment (SkGoalAssessment *self,
                                   SkAssessment      value)
{
  g_return_if_fail (SK_IS_GOAL_ASSESSMENT (self));
  g_return_if_fail ((int) value >= SK_ASSESSMENT_NOT_ASSESSED && (int) value <= SK_ASSESSMENT_NOT_MET);

  if (self->assessment == value)
    return;

  self->assessment = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

const char *
sk_goal_assessment_get_analysis (SkGoalAssessment *self)
{
  g_return_val_if_fail (SK_IS_GOAL_ASSESSMENT (self), NULL);

  return self->analysis;
}

void
sk_goal_assessment_set_analysis (SkGoalAssessment *self,
                                 const char       *value)
{
  char *old;

  g_return_if_fail (SK_IS_GOAL_ASSESSMENT (self));

  if (g_strcmp0 (self->analysis, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->analysis);
  self->analysis = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSIS]);
}

const char *
sk_goal_assessment_get_changed_by (SkGoalAssessment *self)
{
  g_return_val_if_fail (SK_IS_GOAL_ASSESSMENT (self), NULL);

  return self->changed_by;
}

void
sk_goal_assessment_set_changed_by (SkGoalAssessment *self,
                                   const char       *value)
{
  char *old;

  g_return_if_fail (SK_IS_GOAL_ASSESSMENT (self));

  if (g_strcmp0 (self->changed_by, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->changed_by);
  self->changed_by = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_BY]);
}

const char *
sk_goal_assessment_get_changed_at (SkGoalAssessment *self)
{
  g_return_val_if_fail (SK_IS_GOAL_ASSESSMENT (self), NULL);

  return self->changed_at;
}

void
sk_goal_assessment_set_changed_at (SkGoalAssessment *self,
                                   const char       *value)
{
  char *old;

  g_return_if_fail (SK_IS_GOAL_ASSESSMENT (self));

  if (g_strcmp0 (self->changed_at, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->changed_at);
  self->changed_at = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_AT]);
}
