/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SK_TYPE_RECORD (sk_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (SkRecord, sk_record, SK, RECORD, GObject)

/* The base of every stored model object: it carries the row id, so the
 * store can delete, move and audit any of them the same way. An id of 0
 * means "not stored yet". */
struct _SkRecordClass
{
  GObjectClass parent_class;

  /* The table the record lives in ("plan", "indicator", …). */
  const char *table;
};

gint64      sk_record_get_id    (SkRecord *self);
void        sk_record_set_id    (SkRecord *self, gint64 id);
const char *sk_record_get_table (SkRecord *self);

G_END_DECLS
