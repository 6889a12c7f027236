/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "sk-exchange.h"
#include "sk-json-writer.h"

/*
 * The export streams its JSON instead of building a tree; files must stay
 * byte for byte what json-glib wrote before (older files, diffs, the
 * example), so the streaming writer is compared with JsonGenerator.
 */

static char *
generated (JsonNode *root)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();

  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}

static char *
streamed (JsonNode *root)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(SkJsonWriter) w = sk_json_writer_new (out);
  g_autoptr(GError) error = NULL;

  sk_json_writer_node (w, root);
  sk_json_writer_raw (w, "");
  g_assert_true (sk_json_writer_finish (w, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

/* Every text a comment may hold: controls, quotes, DEL, å, emoji. */
static void
add_texts (JsonBuilder *b)
{
  char controls[40];

  for (int i = 1; i < 40; i++)
    controls[i - 1] = (char) i;
  controls[39] = '\0';
  json_builder_add_string_value (b, controls);
  json_builder_add_string_value (b, "\"citat\" och \\bakstreck\\ / snedstreck");
  json_builder_add_string_value (b, "DEL:\x7f åäö ÅÄÖ € 😀");
  json_builder_add_string_value (b, "");
}

static void
add_numbers (JsonBuilder *b)
{
  const double doubles[] = { 0.1, 49.299999999999997, -3.5, 1e300, 1e-300, 1e16, -0.0, 123456789.125 };
  const gint64 ints[] = { 0, -1, 42, G_MAXINT64, G_MININT64 };

  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    json_builder_add_double_value (b, doubles[i]);
  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    json_builder_add_int_value (b, ints[i]);
  json_builder_add_boolean_value (b, TRUE);
  json_builder_add_boolean_value (b, FALSE);
  json_builder_add_null_value (b);
}

static void
test_writer_matches_generator (void)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "texts");
  json_builder_begin_array (b);
  add_texts (b);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "numbers");
  json_builder_begin_array (b);
  add_numbers (b);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "tom \"lista\"");
  json_builder_begin_array (b);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "tomt objekt");
  json_builder_begin_object (b);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "nested");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "deeper");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "empty");
  json_builder_begin_object (b);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "list");
  json_builder_begin_array (b);
  json_builder_begin_array (b);
  json_builder_end_array (b);
  json_builder_add_string_value (b, "x");
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);

  want = generated (root);
  got = streamed (root);
  g_assert_cmpstr (got, ==, want);
}

/* Large values cross the writer's flush size inside one string. */
static void
test_writer_long_text (void)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  for (int i = 0; i < 50000; i++)
    g_string_append (text, i % 7 == 0 ? "\"\n" : "åäö ");
  json_builder_begin_array (b);
  for (int i = 0; i < 5; i++)
    json_builder_add_string_value (b, text->str);
  json_builder_end_array (b);
  root = json_builder_get_root (b);

  want = generated (root);
  got = streamed (root);
  g_assert_cmpuint (strlen (got), ==, strlen (want));
  g_assert_true (strcmp (got, want) == 0);
}

/* A stream that fails after a few bytes, as a full disk does. */
static void
test_export_reports_write_error (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sk-json-writer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = sk_store_open (path, &error);
  g_autoptr(GOutputStream) out = NULL;
  static char small[1000];

  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (store, &error));
  out = g_memory_output_stream_new (small, sizeof small, NULL, NULL); /* cannot grow */
  g_assert_false (sk_exchange_export (store, out, &error));
  g_assert_nonnull (error);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json-writer/matches-generator", test_writer_matches_generator);
  g_test_add_func ("/json-writer/long-text", test_writer_long_text);
  g_test_add_func ("/json-writer/export-write-error", test_export_reports_write_error);
  return g_test_run ();
}
