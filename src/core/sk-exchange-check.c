/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-error.h"
#include "sk-exchange-check.h"
#include "sk-text.h"

/* ---- Raw bytes ---- */

static gboolean
raw_error (GError     **error,
           guint        line,
           const char  *message)
{
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
               _("The file cannot be imported: line %u: %s"), line, message);
  return FALSE;
}

static gboolean
is_nul_escape (const char *p,
               const char *end)
{
  /* p points at the 'u' of "\u0000" */
  return end - p >= 5 && p[1] == '0' && p[2] == '0' && p[3] == '0' && p[4] == '0';
}

gboolean
sk_exchange_check_raw (const char  *json,
                       gssize       length,
                       GError     **error)
{
  const char *end, *bad = NULL;
  gboolean in_string = FALSE;
  guint depth = 0, line = 1;

  g_return_val_if_fail (json != NULL, FALSE);

  if (length < 0)
    length = strlen (json);
  end = json + length;

  if (!g_utf8_validate (json, length, &bad))
    {
      for (const char *p = json; p < bad; p++)
        line += *p == '\n';
      return raw_error (error, line, *bad == '\0' ? _("it contains a NUL byte.")
                                                  : _("it is not UTF-8 text. Save it as UTF-8."));
    }

  for (const char *p = json; p < end; p++)
    {
      char c = *p;

      if (c == '\n')
        line++;
      if (in_string)
        {
          if (c == '"')
            in_string = FALSE;
          else if (c == '\\' && p + 1 < end)
            {
              p++;
              if (*p == 'u' && is_nul_escape (p, end))
                return raw_error (error, line,
                                  _("a text contains \\u0000 (a NUL character), which would cut it "
                                    "short. Remove it."));
            }
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > SK_EXCHANGE_MAX_DEPTH)
            {
              g_autofree char *message =
                g_strdup_printf (_("lists and objects are nested more than %d levels deep; "
                                   "a Styrkort file needs far fewer. It is not a Styrkort file."),
                                 SK_EXCHANGE_MAX_DEPTH);
              return raw_error (error, line, message);
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* ---- Parsed texts ---- */

/* Members that hold long texts written by people: line breaks allowed. */
static const char * const multiline_members[] = {
  "comment", "description", "analysis", "text", "goal", "missing_reason", "title",
};

/* The change history records what was, whatever it was: only UTF-8 counts. */
static const char * const history_members[] = { "old_value", "new_value" };

static gboolean
member_in (const char         *member,
           const char * const *list,
           guint               n)
{
  for (guint i = 0; member != NULL && i < n; i++)
    if (strcmp (member, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
check_string (const char  *member,
              const char  *path,
              const char  *text,
              GError     **error)
{
  if (member_in (member, history_members, G_N_ELEMENTS (history_members)))
    return TRUE;
  if (g_strcmp0 (member, "changed_at") == 0 || g_strcmp0 (member, "at") == 0)
    return sk_timestamp_check (text, path, error);
  if (g_strcmp0 (member, "period") == 0)
    return sk_period_check (text, path, error);
  return sk_text_check (text, -1, path,
                        member_in (member, multiline_members, G_N_ELEMENTS (multiline_members))
                        ? SK_TEXT_MULTILINE : SK_TEXT_LINE, error);
}

static gboolean check_node (JsonNode *node, const char *member, GString *path, GError **error);

static gboolean
check_object (JsonObject  *object,
              GString     *path,
              GError     **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *child;
  gsize len = path->len;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &child))
    {
      gboolean ok;

      g_string_append_printf (path, "%s%s", len > 0 ? "." : "", name);
      ok = check_node (child, name, path, error);
      g_string_truncate (path, len);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_node (JsonNode    *node,
            const char  *member,
            GString     *path,
            GError     **error)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return check_object (json_node_get_object (node), path, error);
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        gsize len = path->len;

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            gboolean ok;

            g_string_append_printf (path, "[%u]", i);
            /* Elements of a list of names are names: one line each. */
            ok = check_node (json_array_get_element (array, i), NULL, path, error);
            g_string_truncate (path, len);
            if (!ok)
              return FALSE;
          }
        return TRUE;
      }
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return check_string (member, path->str, json_node_get_string (node), error);
      if (g_strcmp0 (member, "year") == 0 && json_node_get_value_type (node) == G_TYPE_INT64)
        {
          gint64 year = json_node_get_int (node);
          return sk_year_check (year < G_MININT ? G_MININT : year > G_MAXINT ? G_MAXINT : (int) year,
                                path->str, error);
        }
      return TRUE;
    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

gboolean
sk_exchange_check_tree (JsonNode  *root,
                        GError   **error)
{
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (root != NULL, FALSE);

  if (check_node (root, NULL, path, &local))
    return TRUE;
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
               _("The file cannot be imported: %s"), local->message);
  return FALSE;
}

gboolean
sk_exchange_check_element (const char  *member,
                           guint        index,
                           JsonObject  *object,
                           GError     **error)
{
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (member != NULL && object != NULL, FALSE);

  g_string_printf (path, "%s[%u]", member, index);
  if (check_object (object, path, &local))
    return TRUE;
  g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT,
               _("The file cannot be imported: %s"), local->message);
  return FALSE;
}
