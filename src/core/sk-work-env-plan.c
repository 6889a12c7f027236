/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-work-env-plan"

#include "config.h"

#include "sk-work-env-plan.h"

struct _SkWorkEnvPlan
{
  SkRecord parent_instance;

  gint64  plan_id;
  char   *goal_text;
};

G_DEFINE_FINAL_TYPE (SkWorkEnvPlan, sk_work_env_plan, SK_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PLAN_ID,
  PROP_GOAL_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_work_env_plan_finalize (GObject *object)
{
  SkWorkEnvPlan *self = (SkWorkEnvPlan *) object;

  g_clear_pointer (&self->goal_text, g_free);

  G_OBJECT_CLASS (sk_work_env_plan_parent_class)->finalize (object);
}

static void
sk_work_env_plan_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SkWorkEnvPlan *self = SK_WORK_ENV_PLAN (object);

  switch (prop_id)
    {
    case PROP_PLAN_ID:
      g_value_set_int64 (value, sk_work_env_plan_get_plan_id (self));
      break;

    case PROP_GOAL_TEXT:
      g_value_set_string (value, sk_work_env_plan_get_goal_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_work_env_plan_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SkWorkEnvPlan *self = SK_WORK_ENV_PLAN (object);

  switch (prop_id)
    {
    case PROP_PLAN_ID:
      sk_work_env_plan_set_plan_id (self, g_value_get_int64 (value));
      break;

    case PROP_GOAL_TEXT:
      sk_work_env_plan_set_goal_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_work_env_plan_class_init (SkWorkEnvPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkRecordClass *record_class = SK_RECORD_CLASS (klass);

  object_class->finalize = sk_work_env_plan_finalize;
  object_class->get_property = sk_work_env_plan_get_property;
  object_class->set_property = sk_work_env_plan_set_property;

  record_class->table = "work_env_plan";

  properties[PROP_PLAN_ID] =
    g_param_spec_int64 ("plan-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_GOAL_TEXT] =
    g_param_spec_string ("goal-text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_work_env_plan_init (SkWorkEnvPlan *self)
{
}

SkWorkEnvPlan *
sk_work_env_plan_new (void)
{
  return g_object_new (SK_TYPE_WORK_ENV_PLAN, NULL);
}

gint64
sk_work_env_plan_get_plan_id (SkWorkEnvPlan *self)
{
  g_return_val_if_fail (SK_IS_WORK_ENV_PLAN (self), 0);

  return self->plan_id;
}

void
sk_work_env_plan_set_plan_id (SkWorkEnvPlan *self,
                              gint64         value)
{
  g_return_if_fail (SK_IS_WORK_ENV_PLAN (self));

  if (self->plan_id == value)
    return;

  self->plan_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_ID]);
}

const char *
sk_work_env_plan_get_goal_text (SkWorkEnvPlan *self)
{
  g_return_val_if_fail (SK_IS_WORK_ENV_PLAN (self), NULL);

  return self->goal_text;
}

void
sk_work_env_plan_set_goal_text (SkWorkEnvPlan *self,
                                const char    *value)
{
  char *old;

  g_return_if_fail (SK_IS_WORK_ENV_PLAN (self));

  if (g_strcmp0 (self->goal_text, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->goal_text);
  self->goal_text = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_TEXT]);
}
