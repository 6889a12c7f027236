/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-exchange"

#include "config.h"

#include <math.h>

#include "sk-exchange-private.h"
#include "sk-store-bulk.h"

/*
 * Outcomes and history are most of an export: they go from one statement
 * straight to the stream, with no object per row and no JSON tree, so the
 * memory an export needs does not grow with the database.
 */

typedef struct
{
  SkJsonWriter *w;
  GHashTable   *indicator_names;
  GHashTable   *unit_names;
} Rows;

static const char *
lookup_name (GHashTable *names,
             gint64      id)
{
  return id == 0 ? NULL : g_hash_table_lookup (names, &id);
}

static void
string_member (SkJsonWriter *w,
               const char   *member,
               const char   *value)
{
  sk_json_writer_member (w, member);
  sk_json_writer_string (w, value);
}

/* As the tree export wrote numbers: integral values as integers. */
static void
number_member (SkJsonWriter *w,
               const char   *member,
               double        value)
{
  sk_json_writer_member (w, member);
  if (isnan (value))
    sk_json_writer_null (w);
  else if (value == trunc (value) && fabs (value) < 9007199254740992.0)
    sk_json_writer_int (w, (gint64) value);
  else
    sk_json_writer_double (w, value);
}

static gboolean
write_outcome (const SkOutcomeRow  *o,
               gpointer             data,
               GError             **error)
{
  Rows *rows = data;
  SkJsonWriter *w = rows->w;

  sk_json_writer_begin_object (w);
  string_member (w, "indicator", lookup_name (rows->indicator_names, o->indicator_id));
  string_member (w, "unit", lookup_name (rows->unit_names, o->unit_id));
  string_member (w, "period", o->period);
  string_member (w, "kind", sk_outcome_kind_to_string (o->kind));
  number_member (w, "value", o->value);
  number_member (w, "numerator", o->numerator);
  number_member (w, "denominator", o->denominator);
  string_member (w, "missing_reason", o->missing_reason);
  string_member (w, "comment", o->comment);
  sk_json_writer_member (w, "fictional");
  sk_json_writer_boolean (w, o->fictional);
  string_member (w, "changed_by", o->changed_by);
  string_member (w, "changed_at", o->changed_at);
  sk_json_writer_end_object (w);
  return !sk_json_writer_failed (w); /* a full disk stops the read too */
}

/* entity_id is the source database's row id (it identifies rows only there). */
static gboolean
write_audit (const SkAuditRow  *e,
             gpointer           data,
             GError           **error)
{
  Rows *rows = data;
  SkJsonWriter *w = rows->w;

  sk_json_writer_begin_object (w);
  string_member (w, "at", e->at);
  string_member (w, "who", e->who);
  string_member (w, "entity", e->entity);
  sk_json_writer_member (w, "entity_id");
  sk_json_writer_int (w, e->entity_id);
  string_member (w, "indicator", lookup_name (rows->indicator_names, e->indicator_id));
  string_member (w, "field", e->field);
  string_member (w, "old_value", e->old_value);
  string_member (w, "new_value", e->new_value);
  sk_json_writer_end_object (w);
  return !sk_json_writer_failed (w);
}

static gboolean
write_outcomes (Rows        *rows,
                SkStore     *store,
                GListModel  *indicators,
                GListModel  *units,
                GError     **error)
{
  guint n_units = g_list_model_get_n_items (units);
  g_autofree gint64 *unit_ids = g_new (gint64, n_units);

  for (guint j = 0; j < n_units; j++)
    {
      g_autoptr(SkRecord) u = g_list_model_get_item (units, j);
      unit_ids[j] = sk_record_get_id (u);
    }
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkRecord) ind = g_list_model_get_item (indicators, i);

      for (guint j = 0; j < n_units; j++)
        if (!sk_store_foreach_outcome (store, sk_record_get_id (ind), unit_ids[j], write_outcome, rows, error))
          return FALSE;
    }
  return TRUE;
}

gboolean
sk_exchange_write_rows (SkJsonWriter  *w,
                        SkStore       *store,
                        GListModel    *indicators,
                        GListModel    *units,
                        GHashTable    *indicator_names,
                        GHashTable    *unit_names,
                        GError       **error)
{
  Rows rows = { w, indicator_names, unit_names };
  gboolean ok;

  sk_json_writer_member (w, "outcomes");
  sk_json_writer_begin_array (w);
  ok = write_outcomes (&rows, store, indicators, units, error);
  sk_json_writer_end_array (w);
  if (!ok)
    return FALSE;

  sk_json_writer_member (w, "audit");
  sk_json_writer_begin_array (w);
  ok = sk_store_foreach_audit (store, write_audit, &rows, error);
  sk_json_writer_end_array (w);
  return ok;
}
