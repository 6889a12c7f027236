/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-exchange"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sk-exchange-private.h"

/* A plan's indicator definitions in the exchange file: the name as printed
 * that year, direction, unit, … per indicator. Register, targets and links
 * name an indicator by its identity (the base name of "indicators"). */

static const char *
name_of (GHashTable *names,
         gint64      id)
{
  return id <= 0 ? NULL : g_hash_table_lookup (names, &id);
}

static void
add_text (JsonBuilder *b,
          const char  *member,
          const char  *value)
{
  json_builder_set_member_name (b, member);
  if (value == NULL)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, value);
}

void
sk_exchange_write_definitions (JsonBuilder *b,
                               SkStore     *store,
                               int          year,
                               GHashTable  *indicator_names,
                               GHashTable  *unit_names)
{
  g_autoptr(GListModel) defs = sk_store_list_definitions (store, year);
  double tolerance;

  json_builder_set_member_name (b, "definitions");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (defs); i++)
    {
      g_autoptr(SkIndicator) d = g_list_model_get_item (defs, i);
      const char *unit = sk_indicator_get_measure_unit (d);
      const char *description = sk_indicator_get_description (d);

      json_builder_begin_object (b);
      add_text (b, "indicator", name_of (indicator_names, sk_record_get_id (SK_RECORD (d))));
      add_text (b, "name", sk_indicator_get_name (d));
      add_text (b, "perspective", sk_perspective_to_string (sk_indicator_get_perspective (d)));
      add_text (b, "measure_unit", unit ? unit : "");
      add_text (b, "direction", sk_direction_to_string (sk_indicator_get_direction (d)));
      add_text (b, "responsible_unit", name_of (unit_names, sk_indicator_get_responsible_unit_id (d)));
      add_text (b, "frequency", sk_frequency_to_string (sk_indicator_get_frequency (d)));
      add_text (b, "aggregation", sk_aggregation_to_string (sk_indicator_get_aggregation (d)));
      json_builder_set_member_name (b, "r12");
      json_builder_add_boolean_value (b, sk_indicator_get_r12 (d));
      json_builder_set_member_name (b, "tolerance");
      tolerance = sk_indicator_get_tolerance (d);
      json_builder_add_double_value (b, tolerance);
      add_text (b, "description", description ? description : "");
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* ---- Import ---- */

static gboolean
bad (GError     **error,
     int          year,
     guint        n,
     const char  *what)
{
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
               _("Plan %d, definition %u: %s"), year, n, what);
  return FALSE;
}

/* A member as text: NULL when missing or null; FALSE when not text. */
static gboolean
text_member (JsonObject  *obj,
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

/* Fills @ind from @obj; fields that are missing keep @ind's value. */
static gboolean
read_fields (JsonObject   *obj,
             SkIndicator  *ind,
             GHashTable   *units,
             int           year,
             guint         n,
             GError      **error)
{
  const char *name, *perspective, *measure_unit, *direction, *responsible, *frequency, *aggregation, *description;
  SkPerspective p;
  SkDirection d;
  SkFrequency fr;
  SkAggregation ag;
  JsonNode *node;

  if (!text_member (obj, "name", &name) || !text_member (obj, "perspective", &perspective)
      || !text_member (obj, "measure_unit", &measure_unit) || !text_member (obj, "direction", &direction)
      || !text_member (obj, "responsible_unit", &responsible) || !text_member (obj, "frequency", &frequency)
      || !text_member (obj, "aggregation", &aggregation) || !text_member (obj, "description", &description))
    return bad (error, year, n, _("its fields must be text."));
  if (name != NULL)
    sk_indicator_set_name (ind, name);
  if (perspective != NULL && !sk_perspective_from_string (perspective, &p))
    return bad (error, year, n, _("unknown perspective."));
  if (perspective != NULL)
    sk_indicator_set_perspective (ind, p);
  if (measure_unit != NULL)
    sk_indicator_set_measure_unit (ind, measure_unit);
  if ((direction != NULL && !sk_direction_from_string (direction, &d))
      || (frequency != NULL && !sk_frequency_from_string (frequency, &fr))
      || (aggregation != NULL && !sk_aggregation_from_string (aggregation, &ag)))
    return bad (error, year, n, _("unknown direction, frequency or aggregation."));
  if (direction != NULL)
    sk_indicator_set_direction (ind, d);
  if (frequency != NULL)
    sk_indicator_set_frequency (ind, fr);
  if (aggregation != NULL)
    sk_indicator_set_aggregation (ind, ag);
  if (json_object_has_member (obj, "responsible_unit"))
    {
      SkUnit *unit = responsible ? g_hash_table_lookup (units, responsible) : NULL;

      if (responsible != NULL && unit == NULL)
        return bad (error, year, n, _("unknown responsible unit."));
      sk_indicator_set_responsible_unit_id (ind, unit ? sk_record_get_id (SK_RECORD (unit)) : 0);
    }
  if (description != NULL)
    sk_indicator_set_description (ind, description);
  node = json_object_get_member (obj, "r12");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    sk_indicator_set_r12 (ind, json_node_get_boolean (node));
  node = json_object_get_member (obj, "tolerance");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && (json_node_get_value_type (node) == G_TYPE_DOUBLE || json_node_get_value_type (node) == G_TYPE_INT64))
    sk_indicator_set_tolerance (ind, json_node_get_double (node));
  return TRUE;
}

static gboolean
same_definition (SkIndicator *a,
                 SkIndicator *b)
{
  return g_strcmp0 (sk_indicator_get_name (a), sk_indicator_get_name (b)) == 0
         && sk_indicator_get_perspective (a) == sk_indicator_get_perspective (b)
         && g_strcmp0 (sk_indicator_get_measure_unit (a) ?: "", sk_indicator_get_measure_unit (b) ?: "") == 0
         && sk_indicator_get_direction (a) == sk_indicator_get_direction (b)
         && sk_indicator_get_responsible_unit_id (a) == sk_indicator_get_responsible_unit_id (b)
         && sk_indicator_get_frequency (a) == sk_indicator_get_frequency (b)
         && sk_indicator_get_aggregation (a) == sk_indicator_get_aggregation (b)
         && sk_indicator_get_r12 (a) == sk_indicator_get_r12 (b)
         && sk_indicator_get_tolerance (a) == sk_indicator_get_tolerance (b)
         && g_strcmp0 (sk_indicator_get_description (a) ?: "", sk_indicator_get_description (b) ?: "") == 0;
}

GHashTable *
sk_exchange_definitions_held (SkStore *store,
                              int      year)
{
  g_autoptr(GListModel) defs = sk_store_list_definitions (store, year);
  GHashTable *held = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (defs); i++)
    {
      g_autoptr(SkRecord) d = g_list_model_get_item (defs, i);
      gint64 id = sk_record_get_id (d);

      g_hash_table_add (held, g_memdup2 (&id, sizeof id));
    }
  return held;
}

static gboolean same_definition (SkIndicator *a, SkIndicator *b);

/* A link made by this import gave the plan a definition from an earlier
 * plan's: a plan without its own "definitions" entry holds the
 * indicator as the file's "indicators" give it. */
static gboolean
settle_new_definitions (SkStore     *store,
                        int          year,
                        GHashTable  *held,
                        GHashTable  *given,
                        GHashTable  *indicators,
                        GError     **error)
{
  g_autoptr(GListModel) defs = sk_store_list_definitions (store, year);
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < g_list_model_get_n_items (defs); i++)
    {
      g_autoptr(SkIndicator) d = g_list_model_get_item (defs, i);
      gint64 id = sk_record_get_id (SK_RECORD (d));
      SkIndicator *from_file = NULL;

      if (g_hash_table_contains (held, &id) || g_hash_table_contains (given, &id))
        continue;
      g_hash_table_iter_init (&iter, indicators);
      while (from_file == NULL && g_hash_table_iter_next (&iter, NULL, &value))
        if (sk_record_get_id (SK_RECORD (value)) == id)
          from_file = value;
      if (from_file == NULL || same_definition (d, from_file))
        continue;
      sk_indicator_set_name (d, sk_indicator_get_name (from_file));
      sk_indicator_set_perspective (d, sk_indicator_get_perspective (from_file));
      sk_indicator_set_measure_unit (d, sk_indicator_get_measure_unit (from_file));
      sk_indicator_set_direction (d, sk_indicator_get_direction (from_file));
      sk_indicator_set_responsible_unit_id (d, sk_indicator_get_responsible_unit_id (from_file));
      sk_indicator_set_frequency (d, sk_indicator_get_frequency (from_file));
      sk_indicator_set_aggregation (d, sk_indicator_get_aggregation (from_file));
      sk_indicator_set_r12 (d, sk_indicator_get_r12 (from_file));
      sk_indicator_set_tolerance (d, sk_indicator_get_tolerance (from_file));
      sk_indicator_set_description (d, sk_indicator_get_description (from_file));
      if (!sk_store_save_indicator (store, d, error))
        return FALSE;
    }
  return TRUE;
}

/* An adopted plan is left as adopted; the user is told what the file has. */
static void
note_left (GPtrArray  *notes,
           int         year,
           const char *name)
{
  g_autofree char *what = g_strdup_printf (_("the definition of “%s” (the file has another)"), name);

  g_ptr_array_add (notes, g_strdup_printf (_("The plan for %d is adopted and was left as adopted: %s."), year, what));
}

gboolean
sk_exchange_read_definitions (SkStore     *store,
                              JsonObject  *plan,
                              int          year,
                              GHashTable  *held,
                              GHashTable  *indicators,
                              GHashTable  *units,
                              GPtrArray   *notes,
                              GError     **error)
{
  JsonNode *node = json_object_get_member (plan, "definitions");
  g_autoptr(GHashTable) given = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  JsonArray *defs;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return notes != NULL || settle_new_definitions (store, year, held, given, indicators, error);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                   _("Plan %d: “definitions” must be a list."), year);
      return FALSE;
    }
  defs = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (defs); i++)
    {
      JsonNode *element = json_array_get_element (defs, i);
      JsonObject *obj = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      const char *name = NULL;
      SkIndicator *known;
      g_autoptr(SkIndicator) stored = NULL;
      g_autoptr(SkIndicator) wanted = NULL;
      gint64 id;

      if (obj == NULL || !text_member (obj, "indicator", &name) || name == NULL)
        return bad (error, year, i + 1, _("it needs the indicator’s name in “indicator”."));
      known = g_hash_table_lookup (indicators, name);
      if (known == NULL)
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
                       _("Plan %d, definitions: unknown indicator “%s”."), year, name);
          return FALSE;
        }
      id = sk_record_get_id (SK_RECORD (known));
      g_hash_table_add (given, g_memdup2 (&id, sizeof id));
      stored = sk_store_get_indicator_in_year (store, sk_record_get_id (SK_RECORD (known)), year);
      wanted = sk_store_get_indicator_in_year (store, sk_record_get_id (SK_RECORD (known)), year);
      if (stored == NULL || wanted == NULL)
        return bad (error, year, i + 1, _("the indicator no longer exists."));
      if (!read_fields (obj, wanted, units, year, i + 1, error))
        return FALSE;
      /* Unchanged: nothing written, so an adopted plan imports again. */
      if (sk_indicator_get_year (stored) == year && same_definition (stored, wanted))
        continue;
      if (notes != NULL)
        {
          note_left (notes, year, name);
          continue;
        }
      sk_indicator_set_year (wanted, year);
      if (!sk_store_save_indicator (store, wanted, error))
        {
          g_prefix_error (error, _("Plan %d, definition of “%s”: "), year, name);
          return FALSE;
        }
    }
  return notes != NULL || settle_new_definitions (store, year, held, given, indicators, error);
}

/* ---- Order of the plans ---- */

static int
plan_year (JsonNode *node)
{
  JsonObject *obj = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonNode *year = obj ? json_object_get_member (obj, "year") : NULL;

  if (year == NULL || !JSON_NODE_HOLDS_VALUE (year) || json_node_get_value_type (year) != G_TYPE_INT64)
    return -1;
  return (int) json_node_get_int (year);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  int ya = plan_year (*(JsonNode **) a), yb = plan_year (*(JsonNode **) b);

  return (yb > ya) - (yb < ya);
}

void
sk_exchange_order_plans (JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "plans");
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  JsonArray *plans, *ordered;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;
  plans = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (plans); i++)
    {
      JsonNode *element = json_array_get_element (plans, i);

      /* Anything odd is reported by the import in the file's order. */
      if (plan_year (element) < 0)
        return;
      g_ptr_array_add (nodes, element);
    }
  g_ptr_array_sort (nodes, newest_first);
  ordered = json_array_sized_new (nodes->len);
  for (guint i = 0; i < nodes->len; i++)
    json_array_add_element (ordered, json_node_copy (g_ptr_array_index (nodes, i)));
  json_object_set_array_member (root, "plans", ordered);
}
