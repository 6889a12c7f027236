/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-import"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sk-format.h"
#include "sk-kolada.h"
#include "sk-text.h"

static gboolean
not_kolada (GError **error)
{
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
               _("The file is not a Kolada response: it has no list “values”."));
  return FALSE;
}

/* Kolada writes the year as a number (2023); older saves have "2023". */
static int
entry_year (JsonObject *entry)
{
  JsonNode *node = json_object_get_member (entry, "period");
  double year = 0;

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE)
    return 0;
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      if (!sk_parse_number (json_node_get_string (node), &year))
        return 0;
    }
  else if (json_node_get_value_type (node) == G_TYPE_INT64 || json_node_get_value_type (node) == G_TYPE_DOUBLE)
    year = json_node_get_double (node);
  if (year != floor (year) || year < SK_YEAR_MIN || year > SK_YEAR_MAX)
    return 0;
  return (int) year;
}

/* The total's value: TRUE with NAN when Kolada has none (null). */
static gboolean
total_value (JsonObject *entry,
             double     *value)
{
  JsonArray *values = json_object_get_array_member (entry, "values");

  *value = NAN;
  for (guint i = 0; values != NULL && i < json_array_get_length (values); i++)
    {
      JsonNode *node = json_array_get_element (values, i);
      JsonObject *v = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *value_node;

      if (v == NULL || g_strcmp0 (json_object_get_string_member_with_default (v, "gender", ""), "T") != 0)
        continue;
      value_node = json_object_get_member (v, "value");
      if (value_node == NULL || JSON_NODE_HOLDS_NULL (value_node))
        return TRUE;
      if (JSON_NODE_TYPE (value_node) != JSON_NODE_VALUE
          || (json_node_get_value_type (value_node) != G_TYPE_DOUBLE
              && json_node_get_value_type (value_node) != G_TYPE_INT64))
        return FALSE;
      *value = json_node_get_double (value_node);
      return TRUE;
    }
  return TRUE;
}

gboolean
sk_outcome_import_read_kolada (SkOutcomeImport  *import,
                               const char       *data,
                               gsize             length,
                               const char       *kpi,
                               const char       *municipality,
                               const char       *indicator,
                               const char       *unit,
                               guint            *n_without_value,
                               GError          **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonArray *entries;
  guint missing = 0;

  g_return_val_if_fail (import != NULL && kpi != NULL && indicator != NULL && unit != NULL, FALSE);

  if (municipality == NULL)
    municipality = SK_KOLADA_REGION_HALLAND;
  if (!json_parser_load_from_data (parser, data, length, error))
    return FALSE;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root)
      || !json_object_has_member (json_node_get_object (root), "values")
      || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "values")))
    return not_kolada (error);

  entries = json_object_get_array_member (json_node_get_object (root), "values");
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonNode *node = json_array_get_element (entries, i);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autofree char *period = NULL;
      int year;
      double value;

      if (entry == NULL
          || g_strcmp0 (json_object_get_string_member_with_default (entry, "kpi", ""), kpi) != 0
          || g_strcmp0 (json_object_get_string_member_with_default (entry, "municipality", ""),
                        municipality) != 0)
        continue;
      year = entry_year (entry);
      if (year != 0)
        period = sk_period_make (year, 12);
      if (!total_value (entry, &value))
        value = INFINITY;  /* not a number: the store's check says so */
      else if (isnan (value))
        {
          missing++;
          continue;
        }
      sk_outcome_import_add_value (import, i + 1, indicator, unit, period, SK_IMPORT_KIND_YEAR_FIGURE, value);
    }
  if (n_without_value != NULL)
    *n_without_value = missing;
  return TRUE;
}
