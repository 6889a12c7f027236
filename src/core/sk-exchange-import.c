/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-exchange"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sk-exchange.h"
#include "sk-exchange-check.h"
#include "sk-exchange-import-private.h"
#include "sk-exchange-budget.h"
#include "sk-store-bulk.h"
#include "sk-core-resources.h"

/*
 * Reading the exchange format (data/example/README.md; written by
 * sk-exchange.c): the file, its units, indicators, outcomes and history,
 * and the transaction around it all; the plans are read in
 * sk-exchange-import-plan.c. Import merges by natural keys and only calls
 * a setter when the stored value differs, so a second import of the same
 * file writes nothing (and an adopted plan with identical goals and
 * targets is accepted).
 */

#define EXAMPLE_RESOURCE "/io/github/styrkort/Styrkort/core/example-plan.json"

gboolean
sk_exchange_format_error (GError     **error,
                          const char  *format,
                          ...)
{
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* json-glib quotes the text it stumbled on cut by bytes, perhaps inside
   * a character: what people are shown stays UTF-8. */
  shown = g_utf8_make_valid (message, -1);
  g_set_error_literal (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT, shown);
  return FALSE;
}

/* A member as text: NULL when missing or null; FALSE when not text. */
gboolean
sk_exchange_get_text (JsonObject  *obj,
                      const char  *member,
                      const char **out)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  *out = json_node_get_string (node);
  return TRUE;
}

/* A member as number: NAN when missing or null; FALSE when not a number. */
gboolean
sk_exchange_get_number (JsonObject *obj,
                        const char *member,
                        double     *out)
{
  JsonNode *node = json_object_get_member (obj, member);
  GType type;

  *out = NAN;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return FALSE;
  *out = json_node_get_double (node);
  return TRUE;
}

gboolean
sk_exchange_get_bool (JsonObject *obj,
                      const char *member,
                      gboolean    fallback)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

/* An array member; an empty one when missing. FALSE when not an array. */
gboolean
sk_exchange_get_array (JsonObject  *obj,
                       const char  *member,
                       JsonArray  **out)
{
  JsonNode *node = obj ? json_object_get_member (obj, member) : NULL;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  *out = json_node_get_array (node);
  return TRUE;
}

guint
sk_exchange_array_length (JsonArray *array)
{
  return array ? json_array_get_length (array) : 0;
}

/* Element @i of @array as an object, or NULL. */
JsonObject *
sk_exchange_element (JsonArray *array,
                     guint      i)
{
  JsonNode *node = json_array_get_element (array, i);
  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

const char *
sk_exchange_element_text (JsonArray *array,
                          guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

gboolean
sk_exchange_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

gboolean
sk_exchange_text_differs (const char *a,
                          const char *b)
{
  return g_strcmp0 (a ? a : "", b ? b : "") != 0;
}

SkIndicator *
sk_exchange_known_indicator (Importer   *im,
                             const char *name)
{
  return name ? g_hash_table_lookup (im->indicators, name) : NULL;
}

/* ---- Units ---- */

static gboolean
import_unit (Importer    *im,
             JsonObject  *obj,
             guint        n,
             GError     **error)
{
  const char *name, *short_name, *parent;
  SkUnit *parent_unit = NULL;
  SkUnit *unit;

  if (obj == NULL || !sk_exchange_get_text (obj, "name", &name) || sk_exchange_is_blank (name)
      || !sk_exchange_get_text (obj, "short_name", &short_name) || !sk_exchange_get_text (obj, "parent", &parent))
    return sk_exchange_format_error (error, _("Unit %u: a unit needs a name, and its fields must be text."), n);
  if (g_hash_table_contains (im->units, name))
    return TRUE; /* the store has no way to move or rename units: keep it */
  if (parent != NULL && (parent_unit = g_hash_table_lookup (im->units, parent)) == NULL)
    return sk_exchange_format_error (error, _("Unit %u: unknown parent unit “%s”."), n, parent);
  unit = sk_store_add_unit (im->store, parent_unit ? sk_record_get_id (SK_RECORD (parent_unit)) : 0,
                            name, short_name, error);
  if (unit == NULL)
    {
      g_prefix_error (error, _("Unit %u: "), n);
      return FALSE;
    }
  g_hash_table_insert (im->units, g_strdup (name), unit);
  return TRUE;
}

/* ---- Indicators ---- */

typedef struct {
  const char   *name, *perspective, *measure_unit, *direction, *responsible, *frequency, *aggregation, *description;
  double        tolerance;
} IndicatorFields;

static gboolean
read_indicator (JsonObject       *obj,
                IndicatorFields  *f)
{
  return obj != NULL
         && sk_exchange_get_text (obj, "name", &f->name) && !sk_exchange_is_blank (f->name)
         && sk_exchange_get_text (obj, "perspective", &f->perspective)
         && sk_exchange_get_text (obj, "measure_unit", &f->measure_unit)
         && sk_exchange_get_text (obj, "direction", &f->direction)
         && sk_exchange_get_text (obj, "responsible_unit", &f->responsible)
         && sk_exchange_get_text (obj, "frequency", &f->frequency)
         && sk_exchange_get_text (obj, "aggregation", &f->aggregation)
         && sk_exchange_get_text (obj, "description", &f->description)
         && sk_exchange_get_number (obj, "tolerance", &f->tolerance);
}

static gboolean
import_indicator (Importer    *im,
                  JsonObject  *obj,
                  guint        n,
                  GError     **error)
{
  IndicatorFields f = { 0 };
  SkPerspective perspective;
  SkDirection direction = SK_DIRECTION_HIGHER;
  SkFrequency frequency = SK_FREQUENCY_MONTH;
  SkAggregation aggregation = SK_AGGREGATION_MEAN;
  SkUnit *unit = NULL;
  g_autoptr(SkIndicator) fresh = NULL;
  SkIndicator *ind;
  gboolean r12;
  gint64 unit_id;

  if (!read_indicator (obj, &f))
    return sk_exchange_format_error (error, _("Indicator %u: an indicator needs a name, and its fields must be text or numbers."), n);
  if (!sk_perspective_from_string (f.perspective, &perspective))
    return sk_exchange_format_error (error, _("Indicator %u (“%s”): unknown perspective “%s”."), n, f.name,
                                     f.perspective ? f.perspective : "");
  if ((f.direction && !sk_direction_from_string (f.direction, &direction))
      || (f.frequency && !sk_frequency_from_string (f.frequency, &frequency))
      || (f.aggregation && !sk_aggregation_from_string (f.aggregation, &aggregation)))
    return sk_exchange_format_error (error, _("Indicator %u (“%s”): unknown direction, frequency or aggregation."), n, f.name);
  if (f.responsible != NULL && (unit = g_hash_table_lookup (im->units, f.responsible)) == NULL)
    return sk_exchange_format_error (error, _("Indicator %u (“%s”): unknown unit “%s”."), n, f.name, f.responsible);
  unit_id = unit ? sk_record_get_id (SK_RECORD (unit)) : 0;
  r12 = sk_exchange_get_bool (obj, "r12", FALSE);
  if (isnan (f.tolerance))
    f.tolerance = 0.05;

  ind = sk_exchange_known_indicator (im, f.name);
  if (ind != NULL
      && sk_indicator_get_perspective (ind) == perspective
      && !sk_exchange_text_differs (sk_indicator_get_measure_unit (ind), f.measure_unit)
      && sk_indicator_get_direction (ind) == direction
      && sk_indicator_get_responsible_unit_id (ind) == unit_id
      && sk_indicator_get_frequency (ind) == frequency
      && sk_indicator_get_aggregation (ind) == aggregation
      && sk_indicator_get_r12 (ind) == r12
      && sk_indicator_get_tolerance (ind) == f.tolerance
      && !sk_exchange_text_differs (sk_indicator_get_description (ind), f.description))
    return TRUE;

  if (ind == NULL)
    {
      fresh = sk_indicator_new ();
      ind = fresh;
      sk_indicator_set_name (ind, f.name);
    }
  sk_indicator_set_perspective (ind, perspective);
  sk_indicator_set_measure_unit (ind, f.measure_unit ? f.measure_unit : "");
  sk_indicator_set_direction (ind, direction);
  sk_indicator_set_responsible_unit_id (ind, unit_id);
  sk_indicator_set_frequency (ind, frequency);
  sk_indicator_set_aggregation (ind, aggregation);
  sk_indicator_set_r12 (ind, r12);
  sk_indicator_set_tolerance (ind, f.tolerance);
  sk_indicator_set_description (ind, f.description ? f.description : "");
  if (!sk_store_save_indicator (im->store, ind, error))
    {
      g_prefix_error (error, _("Indicator %u (“%s”): "), n, f.name);
      return FALSE;
    }
  if (fresh != NULL)
    g_hash_table_insert (im->indicators, g_strdup (f.name), g_steal_pointer (&fresh));
  return TRUE;
}

/* ---- Outcomes ---- */

static gboolean
same_double (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* What the store would keep: the value from its parts, no reason next to a value. */
static void
normalise_outcome (SkOutcome   *o,
                   SkIndicator *ind)
{
  double num = sk_outcome_get_numerator (o), den = sk_outcome_get_denominator (o);

  if (isnan (sk_outcome_get_value (o)) && !isnan (num) && !isnan (den) && den > 0)
    sk_outcome_set_value (o, num / den * (g_strcmp0 (sk_indicator_get_measure_unit (ind), "%") == 0 ? 100.0 : 1.0));
  if (!isnan (sk_outcome_get_value (o)))
    sk_outcome_set_missing_reason (o, NULL);
  if (sk_exchange_is_blank (sk_outcome_get_comment (o)))
    sk_outcome_set_comment (o, NULL);
}

static gboolean
outcome_unchanged (SkOutcome *old,
                   SkOutcome *o)
{
  return old != NULL
         && same_double (sk_outcome_get_value (old), sk_outcome_get_value (o))
         && same_double (sk_outcome_get_numerator (old), sk_outcome_get_numerator (o))
         && same_double (sk_outcome_get_denominator (old), sk_outcome_get_denominator (o))
         && g_strcmp0 (sk_outcome_get_missing_reason (old), sk_outcome_get_missing_reason (o)) == 0
         && g_strcmp0 (sk_outcome_get_comment (old), sk_outcome_get_comment (o)) == 0
         && sk_outcome_get_fictional (old) == sk_outcome_get_fictional (o)
         && (sk_outcome_get_changed_by (o) == NULL
             || g_strcmp0 (sk_outcome_get_changed_by (old), sk_outcome_get_changed_by (o)) == 0)
         && (sk_outcome_get_changed_at (o) == NULL
             || g_strcmp0 (sk_outcome_get_changed_at (old), sk_outcome_get_changed_at (o)) == 0);
}

static gboolean
import_outcome (Importer    *im,
                JsonObject  *obj,
                guint        n,
                GError     **error)
{
  const char *indicator = NULL, *unit_name = NULL, *period = NULL, *kind_name = NULL;
  const char *reason = NULL, *comment = NULL, *changed_by = NULL, *changed_at = NULL;
  double value, num, den;
  SkOutcomeKind kind = SK_OUTCOME_MONTH;
  SkIndicator *ind;
  SkUnit *unit;
  g_autoptr(SkOutcome) o = NULL;
  g_autoptr(SkOutcome) old = NULL;

  if (obj == NULL
      || !sk_exchange_get_text (obj, "indicator", &indicator) || !sk_exchange_get_text (obj, "unit", &unit_name)
      || !sk_exchange_get_text (obj, "period", &period) || !sk_exchange_get_text (obj, "kind", &kind_name)
      || !sk_exchange_get_text (obj, "missing_reason", &reason) || !sk_exchange_get_text (obj, "comment", &comment)
      || !sk_exchange_get_text (obj, "changed_by", &changed_by) || !sk_exchange_get_text (obj, "changed_at", &changed_at)
      || !sk_exchange_get_number (obj, "value", &value) || !sk_exchange_get_number (obj, "numerator", &num)
      || !sk_exchange_get_number (obj, "denominator", &den))
    return sk_exchange_format_error (error, _("Outcome %u: its fields must be text or numbers."), n);
  if ((ind = sk_exchange_known_indicator (im, indicator)) == NULL)
    return sk_exchange_format_error (error, _("Outcome %u: unknown indicator “%s”."), n, indicator ? indicator : "");
  if (unit_name == NULL || (unit = g_hash_table_lookup (im->units, unit_name)) == NULL)
    return sk_exchange_format_error (error, _("Outcome %u: unknown unit “%s”."), n, unit_name ? unit_name : "");
  if (kind_name != NULL && !sk_outcome_kind_from_string (kind_name, &kind))
    return sk_exchange_format_error (error, _("Outcome %u: unknown kind “%s”."), n, kind_name);

  o = sk_outcome_new ();
  sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
  sk_outcome_set_unit_id (o, sk_record_get_id (SK_RECORD (unit)));
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, kind);
  sk_outcome_set_value (o, value);
  sk_outcome_set_numerator (o, num);
  sk_outcome_set_denominator (o, den);
  sk_outcome_set_missing_reason (o, reason);
  sk_outcome_set_comment (o, comment);
  sk_outcome_set_fictional (o, sk_exchange_get_bool (obj, "fictional", FALSE));
  sk_outcome_set_changed_by (o, changed_by);
  sk_outcome_set_changed_at (o, changed_at);
  normalise_outcome (o, ind);

  old = sk_store_get_outcome (im->store, sk_outcome_get_indicator_id (o), sk_outcome_get_unit_id (o), period, kind);
  if (outcome_unchanged (old, o))
    return TRUE;
  if (!sk_store_import_outcome (im->store, o, error))
    {
      g_prefix_error (error, _("Outcome %u (“%s”, %s): "), n, indicator, period ? period : "");
      return FALSE;
    }
  return TRUE;
}

/* ---- History ---- */

static gboolean
get_int (JsonObject *obj,
         const char *member,
         gint64     *out)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *out = json_node_get_int (node);
  return TRUE;
}

/* entity_id is kept as written: it names a row of the source database. */
static gboolean
import_audit (Importer    *im,
              JsonObject  *obj,
              guint        n,
              GError     **error)
{
  const char *at, *who, *entity, *indicator, *field, *old_value, *new_value;
  g_autoptr(SkAuditEntry) e = NULL;
  SkIndicator *ind = NULL;
  gint64 entity_id;

  if (obj == NULL
      || !sk_exchange_get_text (obj, "at", &at) || !sk_exchange_get_text (obj, "who", &who) || !sk_exchange_get_text (obj, "entity", &entity)
      || !sk_exchange_get_text (obj, "indicator", &indicator) || !sk_exchange_get_text (obj, "field", &field)
      || !sk_exchange_get_text (obj, "old_value", &old_value) || !sk_exchange_get_text (obj, "new_value", &new_value)
      || !get_int (obj, "entity_id", &entity_id))
    return sk_exchange_format_error (error, _("History entry %u: its fields must be text, and entity_id a whole number."), n);
  if (indicator != NULL && (ind = sk_exchange_known_indicator (im, indicator)) == NULL)
    return sk_exchange_format_error (error, _("History entry %u: unknown indicator “%s”."), n, indicator);

  e = sk_audit_entry_new ();
  sk_audit_entry_set_at (e, at);
  sk_audit_entry_set_who (e, who);
  sk_audit_entry_set_entity (e, entity);
  sk_audit_entry_set_entity_id (e, entity_id);
  sk_audit_entry_set_indicator_id (e, ind ? sk_record_get_id (SK_RECORD (ind)) : 0);
  sk_audit_entry_set_field (e, field);
  sk_audit_entry_set_old_value (e, old_value);
  sk_audit_entry_set_new_value (e, new_value);
  g_ptr_array_add (im->audit, g_steal_pointer (&e)); /* restored as one set */
  return TRUE;
}

/* ---- Driver ---- */

static const char *
unit_name (gpointer unit)
{
  return sk_unit_get_name (unit);
}

static const char *
indicator_name (gpointer ind)
{
  return sk_indicator_get_name (ind);
}

static GHashTable *
records_by_name (GListModel *list,
                 const char *(*get_name) (gpointer))
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      gpointer r = g_list_model_get_item (list, i);
      g_hash_table_insert (table, g_strdup (get_name (r)), r);
    }
  return table;
}

typedef gboolean (*ImportFunc) (Importer *im, JsonObject *obj, guint n, GError **error);

static gboolean
import_section (Importer    *im,
                JsonObject  *root,
                const char  *member,
                ImportFunc   func,
                GError     **error)
{
  JsonArray *list;

  if (!sk_exchange_get_array (root, member, &list))
    return sk_exchange_format_error (error, _("“%s” must be a list."), member);
  for (guint i = 0; i < sk_exchange_array_length (list); i++)
    if (!func (im, sk_exchange_element (list, i), i + 1, error))
      return FALSE;
  return TRUE;
}

static gboolean
check_header (JsonNode  *root,
              GError   **error)
{
  JsonObject *obj = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  const char *format = NULL;
  JsonNode *version;

  if (obj == NULL || !sk_exchange_get_text (obj, "format", &format) || g_strcmp0 (format, SK_EXCHANGE_FORMAT) != 0)
    return sk_exchange_format_error (error, _("This is not a Styrkort file: “format” must be “%s”."), SK_EXCHANGE_FORMAT);
  version = json_object_get_member (obj, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64
      || json_node_get_int (version) != SK_EXCHANGE_VERSION)
    return sk_exchange_format_error (error, _("This Styrkort file has a version this program cannot read (it reads version %d)."),
                                     SK_EXCHANGE_VERSION);
  return TRUE;
}

typedef struct {
  Importer   *im;
  ImportFunc  func;
  const char *member;
} Rows;

static gboolean
import_element (JsonObject  *obj,
                guint        n,
                gpointer     data,
                GError     **error)
{
  Rows *rows = data;

  /* The tree check never saw these elements: each gets the same check. */
  if (obj != NULL && !sk_exchange_check_element (rows->member, n - 1, obj, error))
    return FALSE;
  return rows->func (rows->im, obj, n, error);
}

/* A big array: element by element from the text when it was split off. */
static gboolean
import_rows (Importer    *im,
             JsonObject  *root,
             const char  *member,
             ImportFunc   func,
             GError     **error)
{
  Rows rows = { im, func, member };
  g_autoptr(GError) local = NULL;

  if (im->split == NULL)
    return import_section (im, root, member, func, error);
  if (sk_exchange_split_each (im->split, member, import_element, &rows, &local))
    return TRUE;
  if (local->domain == JSON_PARSER_ERROR)
    return sk_exchange_format_error (error, _("The file is not valid JSON: %s"), local->message);
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static gboolean
import_root (SkStore          *store,
             JsonObject       *root,
             SkExchangeSplit  *split,
             GPtrArray        *notes,
             GError          **error)
{
  g_autoptr(GListModel) units = sk_store_list_units (store);
  g_autoptr(GListModel) indicators = sk_store_list_indicators (store, 0);
  Importer im = { store, NULL, NULL, NULL, split, notes };
  gboolean ok;

  sk_exchange_order_plans (root);
  im.units = records_by_name (units, unit_name);
  im.indicators = records_by_name (indicators, indicator_name);
  im.audit = g_ptr_array_new_with_free_func (g_object_unref);
  ok = import_section (&im, root, "units", import_unit, error)
       && import_section (&im, root, "indicators", import_indicator, error)
       && import_section (&im, root, "plans", sk_exchange_import_plan, error)
       && sk_exchange_import_budgets (&im, root, error)
       && import_rows (&im, root, "outcomes", import_outcome, error)
       && import_rows (&im, root, "audit", import_audit, error)
       && sk_store_restore_audit_entries (store, im.audit, error);
  g_ptr_array_unref (im.audit);
  g_hash_table_unref (im.units);
  g_hash_table_unref (im.indicators);
  return ok;
}

static gboolean
import_in_transaction (SkStore          *store,
                       JsonObject       *root,
                       SkExchangeSplit  *split,
                       GPtrArray        *notes,
                       GError          **error)
{
  if (!sk_store_begin (store, error))
    return FALSE;
  if (!import_root (store, root, split, notes, error))
    {
      sk_store_rollback (store);
      return FALSE;
    }
  return sk_store_commit (store, error);
}

gboolean
sk_exchange_import (SkStore     *store,
                    const char  *json,
                    gssize       length,
                    GError     **error)
{
  return sk_exchange_import_full (store, json, length, NULL, error);
}

gboolean
sk_exchange_import_full (SkStore     *store,
                         const char  *json,
                         gssize       length,
                         GStrv       *notes,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  g_autoptr(SkExchangeSplit) split = NULL;
  g_autoptr(GPtrArray) left = g_ptr_array_new_with_free_func (g_free);
  JsonNode *root;
  gboolean own_history, ok;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sk_exchange_check_raw (json, length, error))
    return FALSE;
  /* The outcomes and the history are read element by element, the rest as a tree. */
  split = sk_exchange_split (json, length);
  if (split != NULL)
    {
      gsize skeleton_length;

      json = sk_exchange_split_skeleton (split, &skeleton_length);
      length = (gssize) skeleton_length;
    }
  if (!json_parser_load_from_data (parser, json, length, &local))
    return sk_exchange_format_error (error, _("The file is not valid JSON: %s"), local->message);
  root = json_parser_get_root (parser);
  if (root == NULL)
    return sk_exchange_format_error (error, _("The file is empty."));
  if (!check_header (root, error) || !sk_exchange_check_tree (root, error))
    return FALSE;
  /* A file with its own history restores it instead of adding "created" rows. */
  own_history = json_object_has_member (json_node_get_object (root), "audit");
  if (own_history)
    sk_store_set_auditing (store, FALSE);
  sk_store_set_bulk (store, TRUE);
  ok = import_in_transaction (store, json_node_get_object (root), split, left, error);
  sk_store_set_bulk (store, FALSE);
  if (own_history)
    sk_store_set_auditing (store, TRUE);
  if (ok && notes != NULL)
    {
      g_ptr_array_add (left, NULL);
      *notes = (GStrv) g_ptr_array_steal (left, NULL);
    }
  return ok;
}

gboolean
sk_exchange_import_file (SkStore     *store,
                         const char  *path,
                         GError     **error)
{
  return sk_exchange_import_file_full (store, path, NULL, error);
}

gboolean
sk_exchange_import_file_full (SkStore     *store,
                              const char  *path,
                              GStrv       *notes,
                              GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  return sk_exchange_import_full (store, contents, (gssize) length, notes, error);
}

gboolean
sk_exchange_load_example (SkStore  *store,
                          GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);

  /* Through the resource's own handle, so a static link keeps it. */
  bytes = g_resource_lookup_data (sk_core_get_resource (), EXAMPLE_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  return sk_exchange_import (store, data, (gssize) length, error);
}
