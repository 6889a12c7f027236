/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-indicator"

#include "config.h"

#include <math.h>

#include "sk-indicator.h"

struct _SkIndicator
{
  SkRecord parent_instance;

  char          *name;
  SkPerspective  perspective;
  char          *measure_unit;
  SkDirection    direction;
  gint64         responsible_unit_id;
  SkFrequency    frequency;
  SkAggregation  aggregation;
  gboolean       r12;
  double         tolerance;
  char          *description;
  int            position;
  int            year;
};

G_DEFINE_FINAL_TYPE (SkIndicator, sk_indicator, SK_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PERSPECTIVE,
  PROP_MEASURE_UNIT,
  PROP_DIRECTION,
  PROP_RESPONSIBLE_UNIT_ID,
  PROP_FREQUENCY,
  PROP_AGGREGATION,
  PROP_R12,
  PROP_TOLERANCE,
  PROP_DESCRIPTION,
  PROP_POSITION,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_indicator_finalize (GObject *object)
{
  SkIndicator *self = (SkIndicator *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->measure_unit, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (sk_indicator_parent_class)->finalize (object);
}

static void
sk_indicator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SkIndicator *self = SK_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, sk_indicator_get_name (self));
      break;

    case PROP_PERSPECTIVE:
      g_value_set_int (value, sk_indicator_get_perspective (self));
      break;

    case PROP_MEASURE_UNIT:
      g_value_set_string (value, sk_indicator_get_measure_unit (self));
      break;

    case PROP_DIRECTION:
      g_value_set_int (value, sk_indicator_get_direction (self));
      break;

    case PROP_RESPONSIBLE_UNIT_ID:
      g_value_set_int64 (value, sk_indicator_get_responsible_unit_id (self));
      break;

    case PROP_FREQUENCY:
      g_value_set_int (value, sk_indicator_get_frequency (self));
      break;

    case PROP_AGGREGATION:
      g_value_set_int (value, sk_indicator_get_aggregation (self));
      break;

    case PROP_R12:
      g_value_set_boolean (value, sk_indicator_get_r12 (self));
      break;

    case PROP_TOLERANCE:
      g_value_set_double (value, sk_indicator_get_tolerance (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, sk_indicator_get_description (self));
      break;

    case PROP_POSITION:
      g_value_set_int (value, sk_indicator_get_position (self));
      break;

    case PROP_YEAR:
      g_value_set_int (value, sk_indicator_get_year (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_indicator_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SkIndicator *self = SK_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      sk_indicator_set_name (self, g_value_get_string (value));
      break;

    case PROP_PERSPECTIVE:
      sk_indicator_set_perspective (self, (SkPerspective) g_value_get_int (value));
      break;

    case PROP_MEASURE_UNIT:
      sk_indicator_set_measure_unit (self, g_value_get_string (value));
      break;

    case PROP_DIRECTION:
      sk_indicator_set_direction (self, (SkDirection) g_value_get_int (value));
      break;

    case PROP_RESPONSIBLE_UNIT_ID:
      sk_indicator_set_responsible_unit_id (self, g_value_get_int64 (value));
      break;

    case PROP_FREQUENCY:
      sk_indicator_set_frequency (self, (SkFrequency) g_value_get_int (value));
      break;

    case PROP_AGGREGATION:
      sk_indicator_set_aggregation (self, (SkAggregation) g_value_get_int (value));
      break;

    case PROP_R12:
      sk_indicator_set_r12 (self, g_value_get_boolean (value));
      break;

    case PROP_TOLERANCE:
      sk_indicator_set_tolerance (self, g_value_get_double (value));
      break;

    case PROP_DESCRIPTION:
      sk_indicator_set_description (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      sk_indicator_set_position (self, g_value_get_int (value));
      break;

    case PROP_YEAR:
      sk_indicator_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_indicator_class_init (SkIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkRecordClass *record_class = SK_RECORD_CLASS (klass);

  object_class->finalize = sk_indicator_finalize;
  object_class->get_property = sk_indicator_get_property;
  object_class->set_property = sk_indicator_set_property;

  record_class->table = "indicator";

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PERSPECTIVE] =
    g_param_spec_int ("perspective", NULL, NULL,
                      SK_PERSPECTIVE_TARGET_GROUP, SK_PERSPECTIVE_FINANCE, SK_PERSPECTIVE_TARGET_GROUP,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MEASURE_UNIT] =
    g_param_spec_string ("measure-unit", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DIRECTION] =
    g_param_spec_int ("direction", NULL, NULL,
                      SK_DIRECTION_HIGHER, SK_DIRECTION_LOWER, SK_DIRECTION_HIGHER,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RESPONSIBLE_UNIT_ID] =
    g_param_spec_int64 ("responsible-unit-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FREQUENCY] =
    g_param_spec_int ("frequency", NULL, NULL,
                      SK_FREQUENCY_MONTH, SK_FREQUENCY_YEAR, SK_FREQUENCY_MONTH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGGREGATION] =
    g_param_spec_int ("aggregation", NULL, NULL,
                      SK_AGGREGATION_SUM, SK_AGGREGATION_RATIO, SK_AGGREGATION_MEAN,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_R12] =
    g_param_spec_boolean ("r12", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOLERANCE] =
    g_param_spec_double ("tolerance", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.05,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The plan year whose definition this object carries; 0 = the base. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_indicator_init (SkIndicator *self)
{
  self->name = g_strdup ("");
  self->measure_unit = g_strdup ("");
  self->direction = SK_DIRECTION_HIGHER;
  self->frequency = SK_FREQUENCY_MONTH;
  self->aggregation = SK_AGGREGATION_MEAN;
  self->tolerance = 0.05;
}

SkIndicator *
sk_indicator_new (void)
{
  return g_object_new (SK_TYPE_INDICATOR, NULL);
}

const char *
sk_indicator_get_name (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), NULL);

  return self->name;
}

void
sk_indicator_set_name (SkIndicator *self,
                       const char  *value)
{
  char *old;

  g_return_if_fail (SK_IS_INDICATOR (self));

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

SkPerspective
sk_indicator_get_perspective (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), SK_PERSPECTIVE_TARGET_GROUP);

  return self->perspective;
}

void
sk_indicator_set_perspective (SkIndicator   *self,
                              SkPerspective  value)
{
  g_return_if_fail (SK_IS_INDICATOR (self));
  g_return_if_fail ((int) value >= SK_PERSPECTIVE_TARGET_GROUP && (int) value <= SK_PERSPECTIVE_FINANCE);

  if (self->perspective == value)
    return;

  self->perspective = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSPECTIVE]);
}

const char *
sk_indicator_get_measure_unit (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), NULL);

  return self->measure_unit;
}

void
sk_indicator_set_measure_unit (SkIndicator *self,
                               const char  *value)
{
  char *old;

  g_return_if_fail (SK_IS_INDICATOR (self));

  if (value == NULL)
    value = "";

  if (g_strcmp0 (self->measure_unit, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->measure_unit);
  self->measure_unit = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURE_UNIT]);
}

SkDirection
sk_indicator_get_direction (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), SK_DIRECTION_HIGHER);

  return self->direction;
}

void
sk_indicator_set_direction (SkIndicator *self,
                            SkDirection  value)
{
  g_return_if_fail (SK_IS_INDICATOR (self));
  g_return_if_fail ((int) value >= SK_DIRECTION_HIGHER && (int) value <= SK_DIRECTION_LOWER);

  if (self->direction == value)
    return;

  self->direction = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTION]);
}

gint64
sk_indicator_get_responsible_unit_id (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), 0);

  return self->responsible_unit_id;
}

void
sk_indicator_set_responsible_unit_id (SkIndicator *self,
                                      gint64       value)
{
  g_return_if_fail (SK_IS_INDICATOR (self));

  if (self->responsible_unit_id == value)
    return;

  self->responsible_unit_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE_UNIT_ID]);
}

SkFrequency
sk_indicator_get_frequency (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), SK_FREQUENCY_MONTH);

  return self->frequency;
}

void
sk_indicator_set_frequency (SkIndicator *self,
                            SkFrequency  value)
{
  g_return_if_fail (SK_IS_INDICATOR (self));
  g_return_if_fail ((int) value >= SK_FREQUENCY_MONTH && (int) value <= SK_FREQUENCY_YEAR);

  if (self->frequency == value)
    return;

  self->frequency = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FREQUENCY]);
}

SkAggregation
sk_indicator_get_aggregation (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), SK_AGGREGATION_SUM);

  return self->aggregation;
}

void
sk_indicator_set_aggregation (SkIndicator   *self,
                              SkAggregation  value)
{
  g_return_if_fail (SK_IS_INDICATOR (self));
  g_return_if_fail ((int) value >= SK_AGGREGATION_SUM && (int) value <= SK_AGGREGATION_RATIO);

  if (self->aggregation == value)
    return;

  self->aggregation = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGGREGATION]);
}

gboolean
sk_indicator_get_r12 (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), FALSE);

  return self->r12;
}

void
sk_indicator_set_r12 (SkIndicator *self,
                      gboolean     value)
{
  g_return_if_fail (SK_IS_INDICATOR (self));

  value = !!value;

  if (self->r12 == value)
    return;

  self->r12 = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_R12]);
}

double
sk_indicator_get_tolerance (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), NAN);

  return self->tolerance;
}

void
sk_indicator_set_tolerance (SkIndicator *self,
                            double       value)
{
  g_return_if_fail (SK_IS_INDICATOR (self));

  /* NAN means "absent", so two NANs are the same value. */
  if (value == self->tolerance || (isnan (value) && isnan (self->tolerance)))
    return;

  self->tolerance = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOLERANCE]);
}

const char *
sk_indicator_get_description (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), NULL);

  return self->description;
}

void
sk_indicator_set_description (SkIndicator *self,
                              const char  *value)
{
  char *old;

  g_return_if_fail (SK_IS_INDICATOR (self));

  if (g_strcmp0 (self->description, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->description);
  self->description = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

int
sk_indicator_get_position (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), 0);

  return self->position;
}

void
sk_indicator_set_position (SkIndicator *self,
                           int          value)
{
  g_return_if_fail (SK_IS_INDICATOR (self));

  if (self->position == value)
    return;

  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

int
sk_indicator_get_year (SkIndicator *self)
{
  g_return_val_if_fail (SK_IS_INDICATOR (self), 0);

  return self->year;
}

void
sk_indicator_set_year (SkIndicator *self,
                       int          value)
{
  g_return_if_fail (SK_IS_INDICATOR (self));

  if (self->year == value)
    return;

  self->year = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}
