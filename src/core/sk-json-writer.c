/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-json-writer"

#include "config.h"

#include <string.h>

#include "sk-json-writer.h"

/* Written out whenever this much is buffered. */
#define FLUSH_AT (64 * 1024)
#define INDENT   2

typedef struct
{
  gboolean object;
  guint    count;  /* values written so far */
} Level;

struct _SkJsonWriter
{
  GOutputStream *out;
  GString       *buf;     /* appended to with put(): GString's own calls cost more per piece */
  GArray        *levels;  /* Level, innermost last */
  const char    *name;    /* of the next member */
  GError        *error;
};

SkJsonWriter *
sk_json_writer_new (GOutputStream *out)
{
  SkJsonWriter *self = g_new0 (SkJsonWriter, 1);

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), NULL);

  self->out = g_object_ref (out);
  self->buf = g_string_sized_new (FLUSH_AT + 4096);
  self->levels = g_array_new (FALSE, FALSE, sizeof (Level));
  return self;
}

void
sk_json_writer_free (SkJsonWriter *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->out);
  g_string_free (self->buf, TRUE);
  g_array_unref (self->levels);
  g_clear_error (&self->error);
  g_free (self);
}

gboolean
sk_json_writer_failed (SkJsonWriter *self)
{
  return self->error != NULL;
}

static void
flush (SkJsonWriter *self)
{
  if (self->error == NULL && self->buf->len > 0)
    g_output_stream_write_all (self->out, self->buf->str, self->buf->len, NULL, NULL, &self->error);
  g_string_truncate (self->buf, 0);
}

gboolean
sk_json_writer_finish (SkJsonWriter  *self,
                       GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  flush (self);
  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }
  return TRUE;
}

static inline void
put (GString    *buf,
     const char *data,
     gsize       n)
{
  if (buf->len + n >= buf->allocated_len)
    {
      g_string_append_len (buf, data, n);
      return;
    }
  memcpy (buf->str + buf->len, data, n);
  buf->len += n;
  buf->str[buf->len] = '\0';
}

#define PUT_LITERAL(buf, s) put ((buf), (s), sizeof (s) - 1)

static void
indent (SkJsonWriter *self,
        guint         depth)
{
  static const char spaces[] = "                                ";
  gsize n = depth * INDENT;

  for (; n > sizeof spaces - 1; n -= sizeof spaces - 1)
    put (self->buf, spaces, sizeof spaces - 1);
  put (self->buf, spaces, n);
}

/* As json-glib 1.6 escapes: quote and backslash, bytes 1–30 (0x1f itself
 * passes, as it does there) and DEL; everything else as it is. */
static const guint8 needs_escape[256] = {
  [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1, [9] = 1, [10] = 1,
  [11] = 1, [12] = 1, [13] = 1, [14] = 1, [15] = 1, [16] = 1, [17] = 1, [18] = 1, [19] = 1,
  [20] = 1, [21] = 1, [22] = 1, [23] = 1, [24] = 1, [25] = 1, [26] = 1, [27] = 1, [28] = 1,
  [29] = 1, [30] = 1, ['"'] = 1, ['\\'] = 1, [0x7f] = 1,
};

static void
escape (GString    *buf,
        const char *text)
{
  const guchar *run = (const guchar *) text;
  const guchar *p;

  for (p = run; *p != '\0'; p++)
    {
      char c = (char) *p;

      if (!needs_escape[*p])
        continue;
      put (buf, (const char *) run, p - run);
      run = p + 1;
      switch (c)
        {
        case '\\': PUT_LITERAL (buf, "\\\\"); break;
        case '"':  PUT_LITERAL (buf, "\\\""); break;
        case '\b': PUT_LITERAL (buf, "\\b"); break;
        case '\f': PUT_LITERAL (buf, "\\f"); break;
        case '\n': PUT_LITERAL (buf, "\\n"); break;
        case '\r': PUT_LITERAL (buf, "\\r"); break;
        case '\t': PUT_LITERAL (buf, "\\t"); break;
        default:   g_string_append_printf (buf, "\\u00%02x", (guint) c); break;
        }
    }
  put (buf, (const char *) run, p - run);
}

static void
quoted (GString    *buf,
        const char *text)
{
  PUT_LITERAL (buf, "\"");
  escape (buf, text);
  PUT_LITERAL (buf, "\"");
}

/* What goes before any value: the separator, the indent and the member name. */
static void
before_value (SkJsonWriter *self)
{
  Level *level;

  if (self->levels->len == 0)
    return;
  level = &g_array_index (self->levels, Level, self->levels->len - 1);
  if (level->count == 0)
    PUT_LITERAL (self->buf, "\n");
  else
    PUT_LITERAL (self->buf, ",\n");
  level->count++;
  indent (self, self->levels->len);
  if (level->object)
    {
      quoted (self->buf, self->name ? self->name : "");
      PUT_LITERAL (self->buf, " : ");
      self->name = NULL;
    }
}

static void
after_value (SkJsonWriter *self)
{
  if (self->buf->len >= FLUSH_AT)
    flush (self);
}

void
sk_json_writer_member (SkJsonWriter *self,
                       const char   *name)
{
  self->name = name;
}

static void
begin (SkJsonWriter *self,
       gboolean      object)
{
  Level level = { object, 0 };

  before_value (self);
  g_string_append_c (self->buf, object ? '{' : '[');
  g_array_append_val (self->levels, level);
}

static void
end (SkJsonWriter *self)
{
  Level level;

  g_return_if_fail (self->levels->len > 0);
  level = g_array_index (self->levels, Level, self->levels->len - 1);
  g_array_set_size (self->levels, self->levels->len - 1);
  if (level.count > 0)
    {
      g_string_append_c (self->buf, '\n');
      indent (self, self->levels->len);
    }
  else if (level.object)
    indent (self, self->levels->len); /* json-glib writes "{  }" for an empty object */
  g_string_append_c (self->buf, level.object ? '}' : ']');
  after_value (self);
}

void sk_json_writer_begin_object (SkJsonWriter *self) { begin (self, TRUE); }
void sk_json_writer_end_object (SkJsonWriter *self) { end (self); }
void sk_json_writer_begin_array (SkJsonWriter *self) { begin (self, FALSE); }
void sk_json_writer_end_array (SkJsonWriter *self) { end (self); }

void
sk_json_writer_null (SkJsonWriter *self)
{
  before_value (self);
  PUT_LITERAL (self->buf, "null");
  after_value (self);
}

void
sk_json_writer_string (SkJsonWriter *self,
                       const char   *value)
{
  if (value == NULL)
    {
      sk_json_writer_null (self);
      return;
    }
  before_value (self);
  quoted (self->buf, value);
  after_value (self);
}

void
sk_json_writer_int (SkJsonWriter *self,
                    gint64        value)
{
  char text[32];

  before_value (self);
  put (self->buf, text, g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value));
  after_value (self);
}

void
sk_json_writer_double (SkJsonWriter *self,
                       double        value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  before_value (self);
  g_ascii_dtostr (text, sizeof text, value);
  g_string_append (self->buf, text);
  /* json-glib marks a double that prints without a point */
  if (strchr (text, '.') == NULL)
    g_string_append (self->buf, ".0");
  after_value (self);
}

void
sk_json_writer_boolean (SkJsonWriter *self,
                        gboolean      value)
{
  before_value (self);
  if (value)
    PUT_LITERAL (self->buf, "true");
  else
    PUT_LITERAL (self->buf, "false");
  after_value (self);
}

void
sk_json_writer_raw (SkJsonWriter *self,
                    const char   *text)
{
  g_string_append (self->buf, text);
  after_value (self);
}

void
sk_json_writer_node (SkJsonWriter *self,
                     JsonNode     *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *obj = json_node_get_object (node);
        GList *members = json_object_get_members (obj); /* in insertion order */

        sk_json_writer_begin_object (self);
        for (GList *l = members; l != NULL; l = l->next)
          {
            sk_json_writer_member (self, l->data);
            sk_json_writer_node (self, json_object_get_member (obj, l->data));
          }
        g_list_free (members);
        sk_json_writer_end_object (self);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        sk_json_writer_begin_array (self);
        for (guint i = 0; i < json_array_get_length (array); i++)
          sk_json_writer_node (self, json_array_get_element (array, i));
        sk_json_writer_end_array (self);
      }
      break;

    case JSON_NODE_NULL:
      sk_json_writer_null (self);
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          sk_json_writer_int (self, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          sk_json_writer_double (self, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          sk_json_writer_boolean (self, json_node_get_boolean (node));
          break;
        case G_TYPE_STRING:
          sk_json_writer_string (self, json_node_get_string (node));
          break;
        default:
          sk_json_writer_null (self);
          break;
        }
      break;

    default:
      break;
    }
}
