/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-exchange-private.h"

/*
 * An import reads the big arrays ("outcomes" and "audit") one element at a
 * time instead of as one json-glib tree: json-glib's parser takes longer
 * than the whole import otherwise and needs about seven times the file in
 * memory. Everything else (the small plan part) still goes through
 * json-glib, with the two arrays emptied.
 *
 * Elements are read here only in the common form: an object of strings,
 * numbers, true, false and null, with plain escapes. Anything else (nested
 * values, \u0000, surrogates, a syntax error, …) is handed to json-glib for
 * that element, so it is accepted or refused, and worded, as before.
 */

struct _SkExchangeSplit
{
  const char *text;      /* the caller's, for line numbers in errors */
  char       *skeleton;
  gsize       skeleton_len;
  const char *start[2];  /* "[" of outcomes and audit in the caller's text, or NULL */
  const char *end[2];    /* just after their "]" */
};

static const char *const big_arrays[2] = { "outcomes", "audit" };

static inline const char *
skip_ws (const char *p,
         const char *end)
{
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  return p;
}

/* After the closing quote of the string at @p (at its opening quote), or NULL. */
static const char *
skip_string (const char *p,
             const char *end)
{
  for (p++; p < end; p++)
    {
      if (*p == '\\')
        p++;
      else if (*p == '"')
        return p + 1;
    }
  return NULL;
}

/* After the value at @p, or NULL when it does not end in the text. Only
 * finds the end: json-glib or read_object() judge what is inside. */
static const char *
skip_value (const char *p,
            const char *end)
{
  gsize depth = 0;

  if (p >= end)
    return NULL;
  if (*p == '"')
    return skip_string (p, end);
  if (*p != '{' && *p != '[')
    {
      while (p < end && !strchr (",]} \t\r\n", *p))
        p++;
      return p;
    }
  while (p < end)
    {
      switch (*p)
        {
        case '"':
          if ((p = skip_string (p, end)) == NULL)
            return NULL;
          continue;
        case '{':
        case '[':
          depth++;
          break;
        case '}':
        case ']':
          if (--depth == 0)
            return p + 1;
          break;
        default:
          break;
        }
      p++;
    }
  return NULL;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The string at @p (its opening quote) into @out; FALSE for anything but
 * plain text and plain escapes. The text is valid UTF-8 already. */
static gboolean
read_string (const char **pp,
             const char  *end,
             GString     *out)
{
  const char *p = *pp + 1;
  const char *run = p;

  g_string_truncate (out, 0);
  while (p < end)
    {
      guchar c = (guchar) *p;

      if (c == '"')
        {
          g_string_append_len (out, run, p - run);
          *pp = p + 1;
          return TRUE;
        }
      if (c < 0x20)
        return FALSE;
      if (c != '\\')
        {
          p++;
          continue;
        }
      g_string_append_len (out, run, p - run);
      if (p + 1 >= end)
        return FALSE;
      switch (p[1])
        {
        case '"':  g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/':  g_string_append_c (out, '/'); break;
        case 'b':  g_string_append_c (out, '\b'); break;
        case 'f':  g_string_append_c (out, '\f'); break;
        case 'n':  g_string_append_c (out, '\n'); break;
        case 'r':  g_string_append_c (out, '\r'); break;
        case 't':  g_string_append_c (out, '\t'); break;
        case 'u':
          {
            gunichar u = 0;

            if (p + 6 > end)
              return FALSE;
            for (int i = 2; i < 6; i++)
              {
                int h = hex_value (p[i]);
                if (h < 0)
                  return FALSE;
                u = u * 16 + (gunichar) h;
              }
            /* NUL and surrogate pairs: json-glib's own handling */
            if (u == 0 || (u >= 0xd800 && u <= 0xdfff))
              return FALSE;
            g_string_append_unichar (out, u);
            p += 4;
          }
          break;
        default:
          return FALSE;
        }
      p += 2;
      run = p;
    }
  return FALSE;
}

/* A JSON number as json-glib reads it: whole numbers as integers. */
static gboolean
read_number (const char **pp,
             const char  *end,
             JsonObject  *obj,
             const char  *member)
{
  const char *p = *pp, *digits;
  gboolean whole = TRUE;
  char text[64];
  gsize len;

  if (p < end && *p == '-')
    p++;
  digits = p;
  if (p < end && *p == '0')
    p++;
  else
    while (p < end && g_ascii_isdigit (*p))
      p++;
  if (p == digits)
    return FALSE;
  if (p < end && *p == '.')
    {
      whole = FALSE;
      if (++p >= end || !g_ascii_isdigit (*p))
        return FALSE;
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      whole = FALSE;
      if (++p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return FALSE;
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  len = p - *pp;
  if (len >= sizeof text || (whole && len > 18))
    return FALSE;  /* long ones: json-glib decides */
  memcpy (text, *pp, len);
  text[len] = '\0';
  if (whole)
    json_object_set_int_member (obj, member, g_ascii_strtoll (text, NULL, 10));
  else
    json_object_set_double_member (obj, member, g_ascii_strtod (text, NULL));
  *pp = p;
  return TRUE;
}

static gboolean
read_literal (const char **pp,
              const char  *end,
              const char  *word)
{
  gsize n = strlen (word);

  if ((gsize) (end - *pp) < n || memcmp (*pp, word, n) != 0)
    return FALSE;
  *pp += n;
  return TRUE;
}

/* The flat object at @p, or NULL to let json-glib read it. */
static JsonObject *
read_object (const char **pp,
             const char  *end,
             GString     *key,
             GString     *text)
{
  g_autoptr(JsonObject) obj = json_object_new ();
  const char *p = skip_ws (*pp + 1, end);

  if (p < end && *p == '}')
    {
      *pp = p + 1;
      return g_steal_pointer (&obj);
    }
  while (p < end)
    {
      if (*p != '"' || !read_string (&p, end, key))
        return NULL;
      p = skip_ws (p, end);
      if (p >= end || *p != ':')
        return NULL;
      p = skip_ws (p + 1, end);
      if (p >= end)
        return NULL;
      if (*p == '"')
        {
          if (!read_string (&p, end, text))
            return NULL;
          json_object_set_string_member (obj, key->str, text->str);
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          if (!read_number (&p, end, obj, key->str))
            return NULL;
        }
      else if (read_literal (&p, end, "true"))
        json_object_set_boolean_member (obj, key->str, TRUE);
      else if (read_literal (&p, end, "false"))
        json_object_set_boolean_member (obj, key->str, FALSE);
      else if (read_literal (&p, end, "null"))
        json_object_set_null_member (obj, key->str);
      else
        return NULL;
      p = skip_ws (p, end);
      if (p < end && *p == '}')
        {
          *pp = p + 1;
          return g_steal_pointer (&obj);
        }
      if (p >= end || *p != ',')
        return NULL;
      p = skip_ws (p + 1, end);
    }
  return NULL;
}

/* json-glib counts lines from the element; say where that is in the file. */
static void
prefix_line (GError     **error,
             const char  *text,
             const char  *at)
{
  guint line = 1;

  for (const char *p = text; p < at; p++)
    line += *p == '\n';
  g_prefix_error (error, _("in the element that starts on line %u: "), line);
}

/* json-glib's reading of @start…@end: its object, NULL for another value,
 * FALSE with json-glib's error when it is not JSON. */
static gboolean
read_with_json_glib (JsonParser   *parser,
                     const char   *start,
                     const char   *end,
                     JsonObject  **out,
                     GError      **error)
{
  JsonNode *root;

  *out = NULL;
  if (!json_parser_load_from_data (parser, start, end - start, error))
    return FALSE;
  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    *out = json_object_ref (json_node_get_object (root));
  return TRUE;
}

gboolean
sk_exchange_split_each (SkExchangeSplit        *split,
                        const char             *member,
                        SkExchangeElementFunc   func,
                        gpointer                data,
                        GError                **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *p, *end;
  int which = g_strcmp0 (member, big_arrays[0]) == 0 ? 0 : 1;
  guint n = 0;

  p = split->start[which];
  end = split->end[which];
  if (p == NULL)
    return TRUE;
  p = skip_ws (p + 1, end);
  if (p < end && *p == ']')
    return TRUE;
  while (p < end)
    {
      g_autoptr(JsonObject) obj = NULL;
      const char *start = p;

      if (*p == '{')
        obj = read_object (&p, end, key, text);
      if (obj == NULL)
        {
          /* Not the common form: json-glib reads this one element. */
          p = skip_value (start, end);
          if (p == NULL)
            p = end;
          if (!read_with_json_glib (parser, start, p, &obj, error))
            {
              prefix_line (error, split->text, start);
              return FALSE;
            }
        }
      if (!func (obj, ++n, data, error))
        return FALSE;
      p = skip_ws (p, end);
      if (p < end && *p == ']')
        return TRUE;
      if (p >= end || *p != ',')
        break;
      p = skip_ws (p + 1, end);
    }
  /* Broken between elements: json-glib says where, over the whole array. */
  {
    JsonObject *none = NULL;

    if (!read_with_json_glib (parser, split->start[which], split->end[which], &none, error))
      {
        prefix_line (error, split->text, split->start[which]);
        return FALSE;
      }
    g_clear_pointer (&none, json_object_unref);
    g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_PARSE, member);
    return FALSE;
  }
}

/* The top-level members: where the big arrays are, or FALSE to read the
 * whole file with json-glib (which then reports what is wrong, if anything). */
static gboolean
find_arrays (SkExchangeSplit *split,
             const char      *json,
             const char      *end)
{
  g_autoptr(GString) key = g_string_new (NULL);
  const char *p = skip_ws (json, end);

  if (p >= end || *p != '{')
    return FALSE;
  p = skip_ws (p + 1, end);
  if (p < end && *p == '}')
    p = end;
  while (p < end)
    {
      const char *value;

      if (*p != '"' || !read_string (&p, end, key))
        return FALSE;
      p = skip_ws (p, end);
      if (p >= end || *p != ':')
        return FALSE;
      value = skip_ws (p + 1, end);
      if ((p = skip_value (value, end)) == NULL)
        return FALSE;
      for (int i = 0; i < 2; i++)
        if (strcmp (key->str, big_arrays[i]) == 0)
          {
            if (split->start[i] != NULL || *value != '[')
              return FALSE;  /* twice, or not a list: as before */
            split->start[i] = value;
            split->end[i] = p;
          }
      p = skip_ws (p, end);
      if (p < end && *p == '}')
        return skip_ws (p + 1, end) == end;
      if (p >= end || *p != ',')
        return FALSE;
      p = skip_ws (p + 1, end);
    }
  return FALSE;
}

SkExchangeSplit *
sk_exchange_split (const char *json,
                   gssize      length)
{
  g_autoptr(SkExchangeSplit) split = g_new0 (SkExchangeSplit, 1);
  g_autoptr(GString) skeleton = NULL;
  const char *end, *from;
  int first;

  if (length < 0)
    length = strlen (json);
  end = json + length;
  split->text = json;
  /* json-glib refuses invalid UTF-8 before anything else; so do we. */
  if (!g_utf8_validate (json, length, NULL) || !find_arrays (split, json, end)
      || (split->start[0] == NULL && split->start[1] == NULL))
    return NULL;

  /* The file without the two arrays' contents, in their order. */
  skeleton = g_string_sized_new (4096);
  from = json;
  first = split->start[1] != NULL && (split->start[0] == NULL || split->start[1] < split->start[0]);
  for (int k = 0; k < 2; k++)
    {
      int i = k == 0 ? first : !first;

      if (split->start[i] == NULL)
        continue;
      g_string_append_len (skeleton, from, split->start[i] - from);
      g_string_append (skeleton, "[]");
      from = split->end[i];
    }
  g_string_append_len (skeleton, from, end - from);
  split->skeleton_len = skeleton->len;
  split->skeleton = g_string_free (g_steal_pointer (&skeleton), FALSE);
  return g_steal_pointer (&split);
}

const char *
sk_exchange_split_skeleton (SkExchangeSplit *split,
                            gsize           *length)
{
  *length = split->skeleton_len;
  return split->skeleton;
}

void
sk_exchange_split_free (SkExchangeSplit *split)
{
  if (split == NULL)
    return;
  g_free (split->skeleton);
  g_free (split);
}
