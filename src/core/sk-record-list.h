/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_RECORD_LIST (sk_record_list_get_type ())
G_DECLARE_FINAL_TYPE (SkRecordList, sk_record_list, SK, RECORD_LIST, GObject)

/* Returns a fresh snapshot (a new GListModel of SkRecords). */
typedef GListModel *(*SkRecordListLoader) (SkStore  *store,
                                           gpointer  data);

/*
 * A GListModel that follows the database by itself: it loads once, then
 * reloads whenever the store announces a change to one of @tables (or an
 * "external" change) and reconciles with what it holds. Records are
 * matched by id; a record still present keeps its object and gets the
 * changed properties set on it (so only its own ::notify fires), removed
 * and new ones are reported with ::items-changed.
 *
 * Holds only a weak reference to the store.
 */
SkRecordList *sk_record_list_new    (SkStore                  *store,
                                     GType                     item_type,
                                     const char * const       *tables,
                                     SkRecordListLoader        loader,
                                     gpointer                  data,
                                     GDestroyNotify            destroy);
void          sk_record_list_reload (SkRecordList             *self);

G_END_DECLS
