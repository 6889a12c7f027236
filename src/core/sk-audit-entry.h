/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-record.h"
#include "sk-enums.h"

G_BEGIN_DECLS

#define SK_TYPE_AUDIT_ENTRY (sk_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (SkAuditEntry, sk_audit_entry, SK, AUDIT_ENTRY, SkRecord)

SkAuditEntry *sk_audit_entry_new (void);

const char *   sk_audit_entry_get_at (SkAuditEntry *self);
void           sk_audit_entry_set_at (SkAuditEntry *self, const char * value);
const char *   sk_audit_entry_get_who (SkAuditEntry *self);
void           sk_audit_entry_set_who (SkAuditEntry *self, const char * value);
const char *   sk_audit_entry_get_entity (SkAuditEntry *self);
void           sk_audit_entry_set_entity (SkAuditEntry *self, const char * value);
gint64         sk_audit_entry_get_entity_id (SkAuditEntry *self);
void           sk_audit_entry_set_entity_id (SkAuditEntry *self, gint64 value);
gint64         sk_audit_entry_get_indicator_id (SkAuditEntry *self);
void           sk_audit_entry_set_indicator_id (SkAuditEntry *self, gint64 value);
const char *   sk_audit_entry_get_field (SkAuditEntry *self);
void           sk_audit_entry_set_field (SkAuditEntry *self, const char * value);
const char *   sk_audit_entry_get_old_value (SkAuditEntry *self);
void           sk_audit_entry_set_old_value (SkAuditEntry *self, const char * value);
const char *   sk_audit_entry_get_new_value (SkAuditEntry *self);
void           sk_audit_entry_set_new_value (SkAuditEntry *self, const char * value);

G_END_DECLS
