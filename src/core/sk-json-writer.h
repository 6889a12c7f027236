/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * A JSON writer that streams to a GOutputStream as it goes, so a document of
 * any size is written in a small, fixed amount of memory. Its output is byte
 * for byte what json-glib's JsonGenerator writes with pretty printing and an
 * indent of two spaces (the exchange files' look), quirks included.
 *
 * Errors are sticky: after a failed write every call does nothing, and
 * sk_json_writer_finish() returns the first error.
 */
typedef struct _SkJsonWriter SkJsonWriter;

SkJsonWriter *sk_json_writer_new          (GOutputStream *out);
/* Flushes what is buffered; FALSE with the first error of the whole write. */
gboolean      sk_json_writer_finish       (SkJsonWriter  *self,
                                           GError       **error);
void          sk_json_writer_free         (SkJsonWriter  *self);
gboolean      sk_json_writer_failed       (SkJsonWriter  *self);

void          sk_json_writer_begin_object (SkJsonWriter *self);
void          sk_json_writer_end_object   (SkJsonWriter *self);
void          sk_json_writer_begin_array  (SkJsonWriter *self);
void          sk_json_writer_end_array    (SkJsonWriter *self);
/* The name of the next value inside an object. */
void          sk_json_writer_member       (SkJsonWriter *self, const char *name);

void          sk_json_writer_null         (SkJsonWriter *self);
/* NULL writes null. */
void          sk_json_writer_string       (SkJsonWriter *self, const char *value);
void          sk_json_writer_int          (SkJsonWriter *self, gint64 value);
void          sk_json_writer_double       (SkJsonWriter *self, double value);
void          sk_json_writer_boolean      (SkJsonWriter *self, gboolean value);
/* A whole json-glib tree, as JsonGenerator would write it at this place. */
void          sk_json_writer_node         (SkJsonWriter *self, JsonNode *node);
/* Text as it is, outside the JSON structure (a final newline). */
void          sk_json_writer_raw          (SkJsonWriter *self, const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkJsonWriter, sk_json_writer_free)

G_END_DECLS
