/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-plan"

#include "config.h"

#include "sk-plan.h"

struct _SkPlan
{
  SkRecord parent_instance;

  int           year;
  char         *title;
  SkPlanStatus  status;
  char         *decision_date;
  char         *decision_paragraph;
  char         *diary_number;
};

G_DEFINE_FINAL_TYPE (SkPlan, sk_plan, SK_TYPE_RECORD)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_TITLE,
  PROP_STATUS,
  PROP_DECISION_DATE,
  PROP_DECISION_PARAGRAPH,
  PROP_DIARY_NUMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_plan_finalize (GObject *object)
{
  SkPlan *self = (SkPlan *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->decision_date, g_free);
  g_clear_pointer (&self->decision_paragraph, g_free);
  g_clear_pointer (&self->diary_number, g_free);

  G_OBJECT_CLASS (sk_plan_parent_class)->finalize (object);
}

static void
sk_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SkPlan *self = SK_PLAN (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      g_value_set_int (value, sk_plan_get_year (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, sk_plan_get_title (self));
      break;

    case PROP_STATUS:
      g_value_set_int (value, sk_plan_get_status (self));
      break;

    case PROP_DECISION_DATE:
      g_value_set_string (value, sk_plan_get_decision_date (self));
      break;

    case PROP_DECISION_PARAGRAPH:
      g_value_set_string (value, sk_plan_get_decision_paragraph (self));
      break;

    case PROP_DIARY_NUMBER:
      g_value_set_string (value, sk_plan_get_diary_number (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  SkPlan *self = SK_PLAN (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      sk_plan_set_year (self, g_value_get_int (value));
      break;

    case PROP_TITLE:
      sk_plan_set_title (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      sk_plan_set_status (self, (SkPlanStatus) g_value_get_int (value));
      break;

    case PROP_DECISION_DATE:
      sk_plan_set_decision_date (self, g_value_get_string (value));
      break;

    case PROP_DECISION_PARAGRAPH:
      sk_plan_set_decision_paragraph (self, g_value_get_string (value));
      break;

    case PROP_DIARY_NUMBER:
      sk_plan_set_diary_number (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_plan_class_init (SkPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkRecordClass *record_class = SK_RECORD_CLASS (klass);

  object_class->finalize = sk_plan_finalize;
  object_class->get_property = sk_plan_get_property;
  object_class->set_property = sk_plan_set_property;

  record_class->table = "plan";

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      SK_PLAN_DRAFT, SK_PLAN_ADOPTED, SK_PLAN_DRAFT,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DECISION_DATE] =
    g_param_spec_string ("decision-date", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DECISION_PARAGRAPH] =
    g_param_spec_string ("decision-paragraph", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DIARY_NUMBER] =
    g_param_spec_string ("diary-number", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_plan_init (SkPlan *self)
{
  self->title = g_strdup ("");
}

SkPlan *
sk_plan_new (void)
{
  return g_object_new (SK_TYPE_PLAN, NULL);
}

int
sk_plan_get_year (SkPlan *self)
{
  g_return_val_if_fail (SK_IS_PLAN (self), 0);

  return self->year;
}

void
sk_plan_set_year (SkPlan *self,
                  int     value)
{
  g_return_if_fail (SK_IS_PLAN (self));

  if (self->year == value)
    return;

  self->year = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

const char *
sk_plan_get_title (SkPlan *self)
{
  g_return_val_if_fail (SK_IS_PLAN (self), NULL);

  return self->title;
}

void
sk_plan_set_title (SkPlan     *self,
                   const char *value)
{
  char *old;

  g_return_if_fail (SK_IS_PLAN (self));

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

SkPlanStatus
sk_plan_get_status (SkPlan *self)
{
  g_return_val_if_fail (SK_IS_PLAN (self), SK_PLAN_DRAFT);

  return self->status;
}

void
sk_plan_set_status (SkPlan       *self,
                    SkPlanStatus  value)
{
  g_return_if_fail (SK_IS_PLAN (self));
  g_return_if_fail ((int) value >= SK_PLAN_DRAFT && (int) value <= SK_PLAN_ADOPTED);

  if (self->status == value)
    return;

  self->status = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
sk_plan_get_decision_date (SkPlan *self)
{
  g_return_val_if_fail (SK_IS_PLAN (self), NULL);

  return self->decision_date;
}

void
sk_plan_set_decision_date (SkPlan     *self,
                           const char *value)
{
  char *old;

  g_return_if_fail (SK_IS_PLAN (self));

  if (g_strcmp0 (self->decision_date, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->decision_date);
  self->decision_date = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_DATE]);
}

const char *
sk_plan_get_decision_paragraph (SkPlan *self)
{
  g_return_val_if_fail (SK_IS_PLAN (self), NULL);

  return self->decision_paragraph;
}

void
sk_plan_set_decision_paragraph (SkPlan     *self,
                                const char *value)
{
  char *old;

  g_return_if_fail (SK_IS_PLAN (self));

  if (g_strcmp0 (self->decision_paragraph, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->decision_paragraph);
  self->decision_paragraph = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_PARAGRAPH]);
}

const char *
sk_plan_get_diary_number (SkPlan *self)
{
  g_return_val_if_fail (SK_IS_PLAN (self), NULL);

  return self->diary_number;
}

void
sk_plan_set_diary_number (SkPlan     *self,
                          const char *value)
{
  char *old;

  g_return_if_fail (SK_IS_PLAN (self));

  if (g_strcmp0 (self->diary_number, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->diary_number);
  self->diary_number = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIARY_NUMBER]);
}

gboolean
sk_plan_is_adopted (SkPlan *self)
{
  g_return_val_if_fail (SK_IS_PLAN (self), FALSE);

  return self->status == SK_PLAN_ADOPTED;
}
