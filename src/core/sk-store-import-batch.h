/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-store-bulk.h"

G_BEGIN_DECLS

/*
 * New outcome rows of a large import gathered and inserted many at a time
 * with one INSERT … SELECT from the batch (an SQLite virtual table), inside
 * the caller's transaction. A statement run per row costs SQLite as much
 * again as the row itself (cursors opened and closed, the statement begun
 * and ended); a statement run per hundred thousand rows costs nothing.
 * SQLite only: a server is given rows one at a time (sk-store-import.c).
 *
 * A place given twice fails when the batch is inserted (the unique index),
 * not when it is added: sk_outcome_batch_flush() tells it.
 */
typedef struct _SkOutcomeBatch SkOutcomeBatch;

/* NULL when the store is not an SQLite file (nothing to do: no error), or
 * with @error set. @user and @now: every row's changed_by and changed_at. */
SkOutcomeBatch *sk_outcome_batch_new   (SkStore             *store,
                                        const char          *user,
                                        const char          *now,
                                        GError             **error);
/* Copies @row (its texts too); inserts the rows gathered when there are
 * enough. FALSE with @error when an insert failed. */
gboolean        sk_outcome_batch_add   (SkOutcomeBatch      *self,
                                        const SkOutcomeRow  *row,
                                        GError             **error);
/* Inserts the rows gathered. */
gboolean        sk_outcome_batch_flush (SkOutcomeBatch      *self,
                                        GError             **error);
/* Lets the batch leave out the index on (unit, period) while it inserts,
 * for a write of many more rows than are stored. */
void            sk_outcome_batch_allow_index_rebuild (SkOutcomeBatch *self);
/* Inserts the rows gathered and makes any index left out again: call it
 * before the transaction is committed. */
gboolean        sk_outcome_batch_finish (SkOutcomeBatch  *self,
                                         GError         **error);
/* Whether the last insert failed on a place given twice (or stored). */
gboolean        sk_outcome_batch_failed_unique (SkOutcomeBatch *self);
void            sk_outcome_batch_free  (SkOutcomeBatch      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkOutcomeBatch, sk_outcome_batch_free)

G_END_DECLS
