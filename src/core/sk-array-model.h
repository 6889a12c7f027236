/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SK_TYPE_ARRAY_MODEL (sk_array_model_get_type ())
G_DECLARE_FINAL_TYPE (SkArrayModel, sk_array_model, SK, ARRAY_MODEL, GObject)

/*
 * A read-only GListModel over an array of objects: a snapshot that never
 * changes. Much cheaper than a GListStore (no sequence node per item) for
 * the many small lists the derived figures read per indicator and unit.
 * Takes the array (which must own its items: g_object_unref as free func).
 */
GListModel *sk_array_model_new (GType      item_type,
                                GPtrArray *items);

G_END_DECLS
