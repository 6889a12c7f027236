/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-input"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "sk-exchange.h"
#include "sk-exchange-check.h"
#include "sk-format.h"
#include "sk-store.h"
#include "sk-text.h"

/* Input that must be refused, and files that must be read without a crash. */

typedef struct {
  char    *dir;
  char    *path;
  SkStore *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sk-input-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = sk_store_open (f->path, &error);
  g_assert_no_error (error);
  sk_exchange_load_example (f->store, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_clear_object (&f->store);
  d = g_dir_open (f->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_remove (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static SkIndicator *
find (SkStore *store, const char *name)
{
  g_autoptr(GError) error = NULL;
  SkIndicator *ind = sk_store_find_indicator (store, name, &error);

  g_assert_no_error (error);
  return ind;
}

static gint64
audit_rows (SkStore *store)
{
  g_autoptr(GListModel) all = sk_store_list_audit (store, 0);
  return g_list_model_get_n_items (all);
}

/* Every write path refuses invalid UTF-8, and nothing changes. */
static void
test_store_refuses_invalid_utf8 (Fixture *f, gconstpointer data)
{
  g_autoptr(SkIndicator) ind = find (f->store, "Sjukfrånvaro");
  gint64 id = sk_record_get_id (SK_RECORD (ind));
  g_autoptr(GError) error = NULL;
  g_autoptr(SkTarget) after = NULL;
  g_autoptr(SkOutcome) o = sk_outcome_new ();
  g_autoptr(SkUnit) unit = sk_store_find_unit (f->store, "NSVH", NULL);
  gint64 before = audit_rows (f->store);

  g_assert_false (sk_store_set_target (f->store, id, 2026, "<5 \xff", &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_clear_error (&error);
  after = sk_store_get_target (f->store, id, 2026);
  g_assert_null (after);

  sk_outcome_set_indicator_id (o, id);
  sk_outcome_set_unit_id (o, sk_record_get_id (SK_RECORD (unit)));
  sk_outcome_set_period (o, "2026-01");
  sk_outcome_set_value (o, 5);
  sk_outcome_set_comment (o, "bra \xc3");
  g_assert_false (sk_store_set_outcome (f->store, o, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A path with no check of its own is caught by the bind backstop. */
  g_assert_null (sk_store_add_unit (f->store, 0, "Enhet \xfe", NULL, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (audit_rows (f->store), ==, before);
  g_assert_false (sk_store_has_invalid_text (f->store));
}

/* Control characters (terminal escapes) are refused where a person types. */
static void
test_store_refuses_controls (Fixture *f, gconstpointer data)
{
  g_autoptr(SkIndicator) ind = find (f->store, "Sjukfrånvaro");
  g_autoptr(SkUnit) unit = sk_store_find_unit (f->store, "NSVH", NULL);
  g_autoptr(SkOutcome) o = sk_outcome_new ();
  g_autoptr(SkOutcome) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (sk_store_set_target (f->store, sk_record_get_id (SK_RECORD (ind)), 2026,
                                       "<5 \033[31m%", &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "target"));
  g_clear_error (&error);

  sk_outcome_set_indicator_id (o, sk_record_get_id (SK_RECORD (ind)));
  sk_outcome_set_unit_id (o, sk_record_get_id (SK_RECORD (unit)));
  sk_outcome_set_period (o, "2026-01");
  sk_outcome_set_value (o, 5);
  sk_outcome_set_comment (o, "\033[2J\033[31mröd\033[0m");
  g_assert_false (sk_store_set_outcome (f->store, o, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "comment"));
  g_clear_error (&error);

  /* Every other text a person writes in the app goes through the same check. */
  {
    g_autoptr(SkPlan) plan = sk_store_get_plan (f->store, 2025);
    g_autoptr(SkWorkEnvPlan) wep = sk_store_get_work_env_plan (f->store, sk_record_get_id (SK_RECORD (plan)));

    g_assert_false (sk_store_set_work_env_goal (f->store, wep, "mål \033[5m", &error));
    g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (sk_store_rename (f->store, SK_RECORD (plan), "Plan\033]0;titel\007", &error));
    g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Line breaks and tabs belong in a comment. */
  sk_outcome_set_comment (o, "Rad ett\nrad\ttvå\r\n");
  g_assert_true (sk_store_set_outcome (f->store, o, &error));
  g_assert_no_error (error);
  stored = sk_store_get_outcome (f->store, sk_record_get_id (SK_RECORD (ind)),
                                 sk_record_get_id (SK_RECORD (unit)), "2026-01", SK_OUTCOME_MONTH);
  g_assert_cmpstr (sk_outcome_get_comment (stored), ==, "Rad ett\nrad\ttvå\r\n");
}

/* Years, periods, blank names. */
static void
test_store_ranges (Fixture *f, gconstpointer data)
{
  g_autoptr(SkIndicator) ind = find (f->store, "Sjukfrånvaro");
  gint64 id = sk_record_get_id (SK_RECORD (ind));
  const int years[] = { 99999, 1899, -1, 3000, 0 };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr(SkTarget) t = NULL;

      g_assert_false (sk_store_set_target (f->store, id, years[i], "<5 %", &error));
      g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "1900"));
      g_clear_error (&error);
      t = sk_store_get_target (f->store, id, years[i]);
      g_assert_null (t);
    }

  g_assert_null (sk_store_find_indicator (f->store, "", &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "name"));
  g_clear_error (&error);
  g_assert_null (sk_store_find_indicator (f->store, "  ", &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (sk_store_find_unit (f->store, "", &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID);
}

static void
raw_sql (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* A file with invalid bytes (the sqlite3 shell wrote them) is read, the
 * text shown with U+FFFD, and the store says so. */
static void
test_read_poisoned (Fixture *f, gconstpointer data)
{
  g_autoptr(SkIndicator) ind = find (f->store, "Sjukfrånvaro");
  gint64 id = sk_record_get_id (SK_RECORD (ind));
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkTarget) target = NULL;
  g_autoptr(SkIndicator) again = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *json = NULL;

  g_clear_object (&f->store);
  sql = g_strdup_printf ("UPDATE target SET text = '<5 ' || x'ff' || ' %%' WHERE indicator_id = %"
                         G_GINT64_FORMAT " AND year = 2025;"
                         "UPDATE indicator SET name = 'Sjukfr' || x'e5' || 'nvaro', description = x'00ff41'"
                         " WHERE id = %" G_GINT64_FORMAT ";"
                         /* The 2025 list shows the 2025 plan's definition. */
                         "UPDATE indicator_definition SET name = 'Sjukfr' || x'e5' || 'nvaro', description = x'00ff41'"
                         " WHERE indicator_id = %" G_GINT64_FORMAT ";", id, id, id);
  raw_sql (f->path, sql);

  store = sk_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_false (sk_store_has_invalid_text (store));

  target = sk_store_get_target (store, id, 2025);
  g_assert_nonnull (target);
  g_assert_cmpstr (sk_target_get_text (target), ==, "<5 \xef\xbf\xbd %");
  g_assert_true (sk_store_has_invalid_text (store));
  g_assert_false (sk_target_is_measurable (target));

  all = sk_store_list_indicators (store, 2025);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(SkIndicator) each = g_list_model_get_item (all, i);

      g_assert_true (g_utf8_validate (sk_indicator_get_name (each), -1, NULL));
      g_assert_true (g_utf8_validate (sk_indicator_get_description (each) ?: "", -1, NULL));
      if (sk_record_get_id (SK_RECORD (each)) == id)
        {
          g_assert_cmpstr (sk_indicator_get_name (each), ==, "Sjukfr\xef\xbf\xbdnvaro");
          /* A NUL inside a value is not allowed to cut it. */
          g_assert_cmpstr (sk_indicator_get_description (each), ==, "\xef\xbf\xbd\xef\xbf\xbd" "A");
        }
    }

  /* The export is valid UTF-8 and reads back in. */
  json = sk_exchange_export_string (store, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (json, -1, NULL));
  {
    g_autofree char *copy = g_build_filename (f->dir, "copy.db", NULL);
    g_autoptr(SkStore) other = sk_store_open (copy, &error);

    g_assert_no_error (error);
    g_assert_true (sk_exchange_import (other, json, -1, &error));
    g_assert_no_error (error);
    g_assert_false (sk_store_has_invalid_text (other));
  }

  /* The repaired row can be edited and saved like any other. */
  again = sk_store_get_indicator (store, id);
  sk_indicator_set_name (again, "Sjukfrånvaro");
  sk_indicator_set_description (again, "Lagad");
  g_assert_true (sk_store_save_indicator (store, again, &error));
  g_assert_no_error (error);
}

/* Whatever the bytes, the target parser and formatter answer. */
static void
test_target_any_bytes (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  const char *seeds[] = { "<5 \xff", "\xff", ">95 %\xc3", "ökning med \xe2\x82 20% mot utfall 2024-12-31",
                          "Enligt \xf0\x9f", "\xed\xa0\x80", "<\xc0\xaf", "\033[31m<5 %" };
  const char alphabet[] = "<>=0123456789,. %-+eE\xc3\xa5\xc3\xb6\xe2\x80\x89\xff\x80\x01\033mnkrtdag";

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(SkTarget) t = sk_target_new (seeds[i]);
      g_autofree char *text = sk_target_format (t);
      g_autofree char *rule = sk_target_describe (t, SK_DIRECTION_LOWER);

      g_assert_true (g_utf8_validate (sk_target_get_text (t), -1, NULL));
      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_true (g_utf8_validate (rule, -1, NULL));
      g_assert_false (sk_target_is_measurable (t) && i < 2);
    }

  for (guint i = 0; i < 20000; i++)
    {
      guint len = g_rand_int_range (rand, 0, 24);
      char buf[32];
      g_autoptr(SkTarget) t = NULL;
      g_autofree char *text = NULL;
      g_autofree char *rule = NULL;
      double value;

      for (guint j = 0; j < len; j++)
        buf[j] = (i % 2) ? (char) g_rand_int_range (rand, 1, 256)
                         : alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      buf[len] = '\0';
      t = sk_target_new (buf);
      text = sk_target_format (t);
      rule = sk_target_describe (t, SK_DIRECTION_HIGHER);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_true (g_utf8_validate (rule, -1, NULL));
      sk_target_evaluate (t, SK_DIRECTION_HIGHER, 3, 0.05, 1, 1);
      sk_parse_number (buf, &value);
      sk_period_parse (buf, NULL, NULL);
    }
}

/* One core check for text from anywhere. */
static void
test_text_check (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *excerpt = NULL;
  g_autofree char *shown = NULL;
  GString *huge = g_string_new (NULL);

  g_assert_true (sk_text_check ("Vårdcentralen", -1, "--unit", SK_TEXT_REQUIRED, &error));
  g_assert_true (sk_text_check (NULL, -1, "--comment", SK_TEXT_MULTILINE, &error));
  g_assert_no_error (error);

  g_assert_false (sk_text_check ("a\xff", -1, "--comment", SK_TEXT_MULTILINE, &error));
  g_assert_nonnull (strstr (error->message, "--comment"));
  g_clear_error (&error);
  g_assert_false (sk_text_check ("a\0b", 3, "comment", SK_TEXT_MULTILINE, &error));
  g_assert_nonnull (strstr (error->message, "NUL"));
  g_clear_error (&error);
  g_assert_false (sk_text_check (" \t", -1, "--indicator", SK_TEXT_REQUIRED, &error));
  g_assert_nonnull (strstr (error->message, "--indicator"));
  g_clear_error (&error);
  g_assert_false (sk_text_check ("a\nb", -1, "--unit", SK_TEXT_LINE, &error));
  g_clear_error (&error);
  g_assert_true (sk_text_check ("a\nb\tc", -1, "--comment", SK_TEXT_MULTILINE, &error));
  g_assert_false (sk_text_check ("a\rb", -1, "--comment", SK_TEXT_MULTILINE, &error));
  g_clear_error (&error);
  g_assert_false (sk_text_check ("\033[31m", -1, "--comment", SK_TEXT_MULTILINE, &error));
  g_assert_nonnull (strstr (error->message, "U+001B"));
  g_clear_error (&error);
  g_assert_false (sk_text_check ("\xc2\x9b" "31m", -1, "--comment", SK_TEXT_MULTILINE, &error));
  g_clear_error (&error);

  /* Quoted input is cut, and escapes are made visible. */
  for (int i = 0; i < 120 * 1024; i++)
    g_string_append_c (huge, '1');
  excerpt = sk_text_excerpt (huge->str);
  g_assert_cmpint (g_utf8_strlen (excerpt, -1), ==, SK_TEXT_EXCERPT_CHARS + 1);
  g_assert_true (g_str_has_suffix (excerpt, "…"));
  {
    g_autoptr(SkTarget) t = sk_target_new (huge->str);
    g_autofree char *hugeword = g_strconcat ("<5 ", huge->str, NULL);
    g_autoptr(SkTarget) u = sk_target_new (hugeword);

    /* Not measurable, and the reason does not repeat the whole text. */
    g_assert_cmpuint (strlen (sk_target_get_reason (t) ?: ""), <, 200);
    g_assert_cmpuint (strlen (sk_target_get_reason (u) ?: ""), <, 200);
  }
  g_string_free (huge, TRUE);
  shown = sk_text_for_terminal ("\033[31mröd\xff\n", FALSE);
  g_assert_cmpstr (shown, ==, "␛[31mröd\xef\xbf\xbd␊");
}

static void
test_ranges (void)
{
  const char *bad_periods[] = { "2024-13", "3000-01", "1899-12", "2024-00", "24-01", "2024-1", "", "2024-01x" };
  const char *good_times[] = { "2024-05-20T08:12:03Z", "2024-05-20T08:12:03.5Z", "2024-05-20T08:12:03+02:00" };
  const char *bad_times[] = { "igår", "", "2024-05-20", "2024-13-20T08:12:03Z", "2024-05-20T25:12:03Z",
                              "2024-05-20T08:12:03", "20240520T081203Z", "3000-01-01T00:00:00Z",
                              "2024-02-30T00:00:00Z" };
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_year_check (1900, "--year", NULL));
  g_assert_true (sk_year_check (2999, "--year", NULL));
  g_assert_false (sk_year_check (99999, "--year", &error));
  g_assert_nonnull (strstr (error->message, "--year"));
  g_clear_error (&error);
  g_assert_false (sk_year_check (1899, "--year", NULL));
  g_assert_false (sk_year_check (-1, "--year", NULL));

  g_assert_true (sk_period_check ("2024-04", "--period", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad_periods); i++)
    {
      g_assert_false (sk_period_check (bad_periods[i], "--period", &error));
      /* One message: the shape and the range. */
      g_assert_nonnull (strstr (error->message, "--period"));
      g_assert_nonnull (strstr (error->message, "YYYY-MM"));
      g_assert_nonnull (strstr (error->message, "1900-01"));
      g_assert_nonnull (strstr (error->message, "2999-12"));
      g_clear_error (&error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (good_times); i++)
    g_assert_true (sk_timestamp_check (good_times[i], "changed_at", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    {
      g_assert_false (sk_timestamp_check (bad_times[i], "changed_at", &error));
      g_assert_nonnull (strstr (error->message, "changed_at"));
      g_clear_error (&error);
    }
}

static char *
nested (guint levels, const char *inner)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < levels; i++)
    g_string_append_c (s, '[');
  g_string_append (s, inner);
  for (guint i = 0; i < levels; i++)
    g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

/* Deep nesting is refused before json-glib's recursive parser sees it. */
static void
test_json_nesting (Fixture *f, gconstpointer data)
{
  g_autofree char *deep = g_strnfill (80000, '[');
  g_autofree char *too_deep = nested (SK_EXCHANGE_MAX_DEPTH + 1, "");
  g_autofree char *deep_enough = nested (SK_EXCHANGE_MAX_DEPTH, "\"[[[[[[\"");
  g_autofree char *before = sk_exchange_export_string (f->store, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (sk_exchange_import (f->store, deep, -1, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "nested"));
  g_clear_error (&error);
  g_assert_false (sk_exchange_check_raw (too_deep, -1, &error));
  g_clear_error (&error);
  /* Brackets inside a text do not count. */
  g_assert_true (sk_exchange_check_raw (deep_enough, -1, &error));
  g_assert_no_error (error);

  after = sk_exchange_export_string (f->store, NULL);
  g_assert_cmpstr (before, ==, after);
}

static char *
example_with_outcome_member (const char *member, const char *json_value)
{
  return g_strdup_printf ("{\"format\": \"styrkort\", \"version\": 1, \"outcomes\": [{"
                          "\"indicator\": \"Sjukfrånvaro\", \"unit\": \"Närsjukvården Halland\","
                          " \"period\": \"2026-01\", \"kind\": \"month\", \"value\": 5.1,"
                          " \"%s\": %s}]}", member, json_value);
}

/* "\u0000" would cut a text where it stands; a time must be a time. */
static void
test_json_texts (Fixture *f, gconstpointer data)
{
  struct { const char *member, *value, *expect; } cases[] = {
    { "comment", "\"före\\u0000efter\"", "\\u0000" },
    { "comment", "\"röd \\u001b[31m\"", "outcomes[0].comment" },
    { "changed_at", "\"igår\"", "outcomes[0].changed_at" },
    { "changed_at", "\"2024-13-01T00:00:00Z\"", "outcomes[0].changed_at" },
    { "period", "\"2024-13\"", "outcomes[0].period" },
  };
  g_autofree char *before = sk_exchange_export_string (f->store, NULL);
  g_autofree char *ok = example_with_outcome_member ("changed_at", "\"2026-02-01T10:00:00Z\"");
  g_autofree char *escaped_backslash = example_with_outcome_member ("comment", "\"C:\\\\u0000\"");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = example_with_outcome_member (cases[i].member, cases[i].value);
      g_autofree char *after = NULL;

      g_assert_false (sk_exchange_import (f->store, json, -1, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].expect));
      g_clear_error (&error);
      after = sk_exchange_export_string (f->store, NULL);
      g_assert_cmpstr (before, ==, after);
    }

  g_assert_true (sk_exchange_import (f->store, ok, -1, &error));
  g_assert_no_error (error);
  /* A backslash followed by the letters u0000 is text, not a NUL. */
  g_assert_true (sk_exchange_import (f->store, escaped_backslash, -1, &error));
  g_assert_no_error (error);
}

/* Whatever the bytes, import answers yes or no with a reason. */
static void
test_json_any_bytes (Fixture *f, gconstpointer data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autofree char *base = example_with_outcome_member ("comment", "\"ok \\n [x] {y}\"");
  const char noise[] = "[]{}\"\\u0000,:\xff\xc3\x01 ";
  gsize len = strlen (base);

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *json = g_strdup (base);
      g_autoptr(GError) error = NULL;
      guint flips = g_rand_int_range (rand, 1, 4);

      for (guint j = 0; j < flips; j++)
        json[g_rand_int_range (rand, 0, len)] = noise[g_rand_int_range (rand, 0, sizeof noise - 1)];
      if (!sk_exchange_import (f->store, json, -1, &error))
        {
          g_assert_nonnull (error);
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
        }
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/input/store-refuses-invalid-utf8", Fixture, NULL, fixture_setup,
              test_store_refuses_invalid_utf8, fixture_teardown);
  g_test_add ("/input/store-refuses-controls", Fixture, NULL, fixture_setup,
              test_store_refuses_controls, fixture_teardown);
  g_test_add ("/input/store-ranges", Fixture, NULL, fixture_setup,
              test_store_ranges, fixture_teardown);
  g_test_add ("/input/read-poisoned", Fixture, NULL, fixture_setup,
              test_read_poisoned, fixture_teardown);
  g_test_add ("/input/json-nesting", Fixture, NULL, fixture_setup,
              test_json_nesting, fixture_teardown);
  g_test_add ("/input/json-texts", Fixture, NULL, fixture_setup,
              test_json_texts, fixture_teardown);
  g_test_add ("/input/json-any-bytes", Fixture, NULL, fixture_setup,
              test_json_any_bytes, fixture_teardown);
  g_test_add_func ("/input/target-any-bytes", test_target_any_bytes);
  g_test_add_func ("/input/text-check", test_text_check);
  g_test_add_func ("/input/ranges", test_ranges);

  return g_test_run ();
}
