/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-audit-entry"

#include "config.h"

#include "sk-audit-entry.h"

struct _SkAuditEntry
{
  SkRecord parent_instance;

  char   *at;
  char   *who;
  char   *entity;
  gint64  entity_id;
  gint64  indicator_id;
  char   *field;
  char   *old_value;
  char   *new_value;
};

G_DEFINE_FINAL_TYPE (SkAuditEntry, sk_audit_entry, SK_TYPE_RECORD)

enum {
  PROP_0,
  PROP_AT,
  PROP_WHO,
  PROP_ENTITY,
  PROP_ENTITY_ID,
  PROP_INDICATOR_ID,
  PROP_FIELD,
  PROP_OLD_VALUE,
  PROP_NEW_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sk_audit_entry_finalize (GObject *object)
{
  SkAuditEntry *self = (SkAuditEntry *) object;

  g_clear_pointer (&self->at, g_free);
  g_clear_pointer (&self->who, g_free);
  g_clear_pointer (&self->entity, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->old_value, g_free);
  g_clear_pointer (&self->new_value, g_free);

  G_OBJECT_CLASS (sk_audit_entry_parent_class)->finalize (object);
}

static void
sk_audit_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SkAuditEntry *self = SK_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_AT:
      g_value_set_string (value, sk_audit_entry_get_at (self));
      break;

    case PROP_WHO:
      g_value_set_string (value, sk_audit_entry_get_who (self));
      break;

    case PROP_ENTITY:
      g_value_set_string (value, sk_audit_entry_get_entity (self));
      break;

    case PROP_ENTITY_ID:
      g_value_set_int64 (value, sk_audit_entry_get_entity_id (self));
      break;

    case PROP_INDICATOR_ID:
      g_value_set_int64 (value, sk_audit_entry_get_indicator_id (self));
      break;

    case PROP_FIELD:
      g_value_set_string (value, sk_audit_entry_get_field (self));
      break;

    case PROP_OLD_VALUE:
      g_value_set_string (value, sk_audit_entry_get_old_value (self));
      break;

    case PROP_NEW_VALUE:
      g_value_set_string (value, sk_audit_entry_get_new_value (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_audit_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SkAuditEntry *self = SK_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_AT:
      sk_audit_entry_set_at (self, g_value_get_string (value));
      break;

    case PROP_WHO:
      sk_audit_entry_set_who (self, g_value_get_string (value));
      break;

    case PROP_ENTITY:
      sk_audit_entry_set_entity (self, g_value_get_string (value));
      break;

    case PROP_ENTITY_ID:
      sk_audit_entry_set_entity_id (self, g_value_get_int64 (value));
      break;

    case PROP_INDICATOR_ID:
      sk_audit_entry_set_indicator_id (self, g_value_get_int64 (value));
      break;

    case PROP_FIELD:
      sk_audit_entry_set_field (self, g_value_get_string (value));
      break;

    case PROP_OLD_VALUE:
      sk_audit_entry_set_old_value (self, g_value_get_string (value));
      break;

    case PROP_NEW_VALUE:
      sk_audit_entry_set_new_value (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_audit_entry_class_init (SkAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkRecordClass *record_class = SK_RECORD_CLASS (klass);

  object_class->finalize = sk_audit_entry_finalize;
  object_class->get_property = sk_audit_entry_get_property;
  object_class->set_property = sk_audit_entry_set_property;

  record_class->table = "audit";

  properties[PROP_AT] =
    g_param_spec_string ("at", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ENTITY] =
    g_param_spec_string ("entity", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ENTITY_ID] =
    g_param_spec_int64 ("entity-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_INDICATOR_ID] =
    g_param_spec_int64 ("indicator-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OLD_VALUE] =
    g_param_spec_string ("old-value", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_NEW_VALUE] =
    g_param_spec_string ("new-value", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_audit_entry_init (SkAuditEntry *self)
{
}

SkAuditEntry *
sk_audit_entry_new (void)
{
  return g_object_new (SK_TYPE_AUDIT_ENTRY, NULL);
}

const char *
sk_audit_entry_get_at (SkAuditEntry *self)
{
  g_return_val_if_fail (SK_IS_AUDIT_ENTRY (self), NULL);

  return self->at;
}

void
sk_audit_entry_set_at (SkAuditEntry *self,
                       const char   *value)
{
  char *old;

  g_return_if_fail (SK_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->at, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->at);
  self->at = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT]);
}

const char *
sk_audit_entry_get_who (SkAuditEntry *self)
{
  g_return_val_if_fail (SK_IS_AUDIT_ENTRY (self), NULL);

  return self->who;
}

void
sk_audit_entry_set_who (SkAuditEntry *self,
                        const char   *value)
{
  char *old;

  g_return_if_fail (SK_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->who, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->who);
  self->who = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHO]);
}

const char *
sk_audit_entry_get_entity (SkAuditEntry *self)
{
  g_return_val_if_fail (SK_IS_AUDIT_ENTRY (self), NULL);

  return self->entity;
}

void
sk_audit_entry_set_entity (SkAuditEntry *self,
                           const char   *value)
{
  char *old;

  g_return_if_fail (SK_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->entity, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->entity);
  self->entity = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
}

gint64
sk_audit_entry_get_entity_id (SkAuditEntry *self)
{
  g_return_val_if_fail (SK_IS_AUDIT_ENTRY (self), 0);

  return self->entity_id;
}

void
sk_audit_entry_set_entity_id (SkAuditEntry *self,
                              gint64        value)
{
  g_return_if_fail (SK_IS_AUDIT_ENTRY (self));

  if (self->entity_id == value)
    return;

  self->entity_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY_ID]);
}

gint64
sk_audit_entry_get_indicator_id (SkAuditEntry *self)
{
  g_return_val_if_fail (SK_IS_AUDIT_ENTRY (self), 0);

  return self->indicator_id;
}

void
sk_audit_entry_set_indicator_id (SkAuditEntry *self,
                                 gint64        value)
{
  g_return_if_fail (SK_IS_AUDIT_ENTRY (self));

  if (self->indicator_id == value)
    return;

  self->indicator_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDICATOR_ID]);
}

const char *
sk_audit_entry_get_field (SkAuditEntry *self)
{
  g_return_val_if_fail (SK_IS_AUDIT_ENTRY (self), NULL);

  return self->field;
}

void
sk_audit_entry_set_field (SkAuditEntry *self,
                          const char   *value)
{
  char *old;

  g_return_if_fail (SK_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->field, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->field);
  self->field = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD]);
}

const char *
sk_audit_entry_get_old_value (SkAuditEntry *self)
{
  g_return_val_if_fail (SK_IS_AUDIT_ENTRY (self), NULL);

  return self->old_value;
}

void
sk_audit_entry_set_old_value (SkAuditEntry *self,
                              const char   *value)
{
  char *old;

  g_return_if_fail (SK_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->old_value, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->old_value);
  self->old_value = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OLD_VALUE]);
}

const char *
sk_audit_entry_get_new_value (SkAuditEntry *self)
{
  g_return_val_if_fail (SK_IS_AUDIT_ENTRY (self), NULL);

  return self->new_value;
}

void
sk_audit_entry_set_new_value (SkAuditEntry *self,
                              const char   *value)
{
  char *old;

  g_return_if_fail (SK_IS_AUDIT_ENTRY (self));

  if (g_strcmp0 (self->new_value, value) == 0)
    return;

  /* Freed last: @value may point into the old string. */
  old = g_steal_pointer (&self->new_value);
  self->new_value = g_strdup (value);
  g_free (old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEW_VALUE]);
}
