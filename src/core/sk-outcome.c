/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-outcome"

#include "config.h"

#include <math.h>

#include "sk-outcome.h"

struct _SkOutcome
{
  SkRecord parent_instance;

  gint64         indicator_id;
  gint64         unit_id;
  char          *period;
  SkOutcomeKind  kind;
  double         value;
  double         numerator;
  double         denominator;
  char          *missing_reason;
  char          *comment;
  char          *changed_by;
  char          *changed_at;
  gboolean       fictional;
};

G_DEFINE_FINAL_TYPE (SkOutcome, sk_outcome, SK_TYPE_RECORD)

enum {
  PROP_0,
  PROP_INDICATOR_ID,
  PROP_UNIT_ID,
  PROP_PERIOD,
  PROP_KIND,
  PROP_VALUE,
  PROP_NUMERATOR,
  PROP_DENOMINATOR,
  PROP_MISSING_REASON,
  PROP_COMMENT,
  PROP_CHANGED_BY,
  PROP_CHANGED_AT,
  PROP_FICTIONAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_outcome_finalize (GObject *object)
{
  SkOutcome *self = (SkOutcome *) object;

  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->missing_reason, g_free);
  g_clear_pointer (&self->comment, g_free);
  g_clear_pointer (&self->changed_by, g_free);
  g_clear_pointer (&self->changed_at, g_free);

  G_OBJECT_CLASS (sk_outcome_parent_class)->finalize (object);
}

static void
sk_outcome_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SkOutcome *self = SK_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_INDICATOR_ID:
      g_value_set_int64 (value, sk_outcome_get_indicator_id (self));
      break;

    case PROP_UNIT_ID:
      g_value_set_int64 (value, sk_outcome_get_unit_id (self));
      break;

    case PROP_PERIOD:
      g_value_set_string (value, sk_outcome_get_period (self));
      break;

    case PROP_KIND:
      g_value_set_int (value, sk_outcome_get_kind (self));
      break;

    case PROP_VALUE:
      g_value_set_double (value, sk_outcome_get_value (self));
      break;

    case PROP_NUMERATOR:
      g_value_set_double (value, sk_outcome_get_numerator (self));
      break;

    case PROP_DENOMINATOR:
      g_value_set_double (value, sk_outcome_get_denominator (self));
      break;

    case PROP_MISSING_REASON:
      g_value_set_string (value, sk_outcome_get_missing_reason (self));
      break;

    case PROP_COMMENT:
      g_value_set_string (value, sk_outcome_get_comment (self));
      break;

    case PROP_CHANGED_BY:
      g_value_set_string (value, sk_outcome_get_changed_by (self));
      break;

    case PROP_CHANGED_AT:
      g_value_set_string (value, sk_outcome_get_changed_at (self));
      break;

    case PROP_FICTIONAL:
      g_value_set_boolean (value, sk_outcome_get_fictional (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_outcome_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SkOutcome *self = SK_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_INDICATOR_ID:
      sk_outcome_set_indicator_id (self, g_value_get_int64 (value));
      break;

    case PROP_UNIT_ID:
      sk_outcome_set_unit_id (self, g_value_get_int64 (value));
      break;

    case PROP_PERIOD:
      sk_outcome_set_period (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      sk_outcome_set_kind (self, (SkOutcomeKind) g_value_get_int (value));
      break;

    case PROP_VALUE:
      sk_outcome_set_value (self, g_value_get_double (value));
      break;

    case PROP_NUMERATOR:
      sk_outcome_set_numerator (self, g_value_get_double (value));
      break;

    case PROP_DENOMINATOR:
      sk_outcome_set_denominator (self, g_value_get_double (value));
      break;

    case PROP_MISSING_REASON:
      sk_outcome_set_missing_reason (self, g_value_get_string (value));
      break;

    case PROP_COMMENT:
      sk_outcome_set_comment (self, g_value_get_string (value));
      break;

    case PROP_CHANGED_BY:
      sk_outcome_set_changed_by (self, g_value_get_string (value));
      break;

    case PROP_CHANGED_AT:
      sk_outcome_set_changed_at (self, g_value_get_string (value));
      break;

    case PROP_FICTIONAL:
      sk_outcome_set_fictional (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_outcome_class_init (SkOutcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkRecordClass *record_class = SK_RECORD_CLASS (klass);

  object_class->finalize = sk_outcome_finalize;
  object_class->get_property = sk_outcome_get_property;
  object_class->set_property = sk_outcome_set_property;

  record_class->table = "outcome";

  properties[PROP_INDICATOR_ID] =
    g_param_spec_int64 ("indicator-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      SK_OUTCOME_MONTH, SK_OUTCOME_REFERENCE, SK_OUTCOME_MONTH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* NAN (absent) is out of any range: lax validation lets it through. */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_LAX_VALIDATION |
                         G_PARAM_STATIC_STRINGS);

  /* NAN (absent) is out of any range: lax validation lets it through. */
  properties[PROP_NUMERATOR] =
    g_param_spec_double ("numerator", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_LAX_VALIDATION |
                         G_PARAM_STATIC_STRINGS);

  /* NAN (absent) is out of any range: lax validation lets it through. */
  properties[PROP_DENOMINATOR] =
    g_param_spec_double ("denominator", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_LAX_VALIDATION |
                         G_PARAM_STATIC_STRINGS);

  properties[PROP_MISSING_REASON] =
    g_param_spec_string ("missing-reason", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COMMENT] =
    g_param_spec_string ("comment", NULL, NULL,
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

  properties[PROP_FICTIONAL] =
    g_param_spec_boolean ("fictional", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_outcome_init (SkOutcome *self)
{
  /* NAN marks a value that was not reported. */
  self->value = NAN;
  self->numerator = NAN;
  self->denominator = NAN;
}

SkOutcome *
sk_outcome_new (void)
{
  return g_object_new (SK_TYPE_OUTCOME, NULL);
}

gint64
sk_outcome_get_indicator_id (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), 0);

  return self->indicator_id;
}

void
sk_outcome_set_indicator_id (SkOutcome *self,
                             gint64     value)
{
  g_return_if_fail (SK_IS_OUTCOME (self));

  if (self->indicator_id == value)
    return;

  self->indicator_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDICATOR_ID]);
}

gint64
sk_outcome_get_unit_id (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), 0);

  return self->unit_id;
}

void
sk_outcome_set_unit_id (SkOutcome *self,
                        gint64     value)
{
  g_return_if_fail (SK_IS_OUTCOME (self));

  if (self->unit_id == value)
    return;

  self->unit_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_ID]);
}

const char *
sk_outcome_get_period (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), NULL);

  return self->period;
}

void
sk_outcome_set_period (SkOutcome  *self,
                       const char *value)
{
  char *old;

  g_return_if_fail (SK_IS_OUTCOME (self));

  if (g_strcmp0 (self->period, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->period);
  self->period = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

SkOutcomeKind
sk_outcome_get_kind (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), SK_OUTCOME_MONTH);

  return self->kind;
}

void
sk_outcome_set_kind (SkOutcome     *self,
                     SkOutcomeKind  value)
{
  g_return_if_fail (SK_IS_OUTCOME (self));
  g_return_if_fail ((int) value >= SK_OUTCOME_MONTH && (int) value <= SK_OUTCOME_REFERENCE);

  if (self->kind == value)
    return;

  self->kind = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

double
sk_outcome_get_value (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), NAN);

  return self->value;
}

void
sk_outcome_set_value (SkOutcome *self,
                      double     value)
{
  g_return_if_fail (SK_IS_OUTCOME (self));

  /* NAN means "absent", so two NANs are the same value. */
  if (value == self->value || (isnan (value) && isnan (self->value)))
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

double
sk_outcome_get_numerator (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), NAN);

  return self->numerator;
}

void
sk_outcome_set_numerator (SkOutcome *self,
                          double     value)
{
  g_return_if_fail (SK_IS_OUTCOME (self));

  /* NAN means "absent", so two NANs are the same value. */
  if (value == self->numerator || (isnan (value) && isnan (self->numerator)))
    return;

  self->numerator = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMERATOR]);
}

double
sk_outcome_get_denominator (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), NAN);

  return self->denominator;
}

void
sk_outcome_set_denominator (SkOutcome *self,
                            double     value)
{
  g_return_if_fail (SK_IS_OUTCOME (self));

  /* NAN means "absent", so two NANs are the same value. */
  if (value == self->denominator || (isnan (value) && isnan (self->denominator)))
    return;

  self->denominator = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DENOMINATOR]);
}

const char *
sk_outcome_get_missing_reason (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), NULL);

  return self->missing_reason;
}

void
sk_outcome_set_missing_reason (SkOutcome  *self,
                               const char *value)
{
  char *old;

  g_return_if_fail (SK_IS_OUTCOME (self));

  if (g_strcmp0 (self->missing_reason, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->missing_reason);
  self->missing_reason = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSING_REASON]);
}

const char *
sk_outcome_get_comment (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), NULL);

  return self->comment;
}

void
sk_outcome_set_comment (SkOutcome  *self,
                        const char *value)
{
  char *old;

  g_return_if_fail (SK_IS_OUTCOME (self));

  if (g_strcmp0 (self->comment, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->comment);
  self->comment = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENT]);
}

const char *
sk_outcome_get_changed_by (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), NULL);

  return self->changed_by;
}

void
sk_outcome_set_changed_by (SkOutcome  *self,
                           const char *value)
{
  char *old;

  g_return_if_fail (SK_IS_OUTCOME (self));

  if (g_strcmp0 (self->changed_by, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->changed_by);
  self->changed_by = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_BY]);
}

const char *
sk_outcome_get_changed_at (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), NULL);

  return self->changed_at;
}

void
sk_outcome_set_changed_at (SkOutcome  *self,
                           const char *value)
{
  char *old;

  g_return_if_fail (SK_IS_OUTCOME (self));

  if (g_strcmp0 (self->changed_at, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->changed_at);
  self->changed_at = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_AT]);
}

gboolean
sk_outcome_get_fictional (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), FALSE);

  return self->fictional;
}

void
sk_outcome_set_fictional (SkOutcome *self,
                          gboolean   value)
{
  g_return_if_fail (SK_IS_OUTCOME (self));

  value = !!value;

  if (self->fictional == value)
    return;

  self->fictional = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FICTIONAL]);
}

gboolean
sk_outcome_is_missing (SkOutcome *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME (self), FALSE);

  return isnan (self->value) &&
         self->missing_reason != NULL && self->missing_reason[0] != '\0';
}
