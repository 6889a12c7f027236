/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-exchange-stream"

#include "config.h"

#include <glib/gstdio.h>

#include "sk-exchange.h"
#include "store-test-util.h"

/*
 * The import reads "outcomes" and "audit" element by element from the text
 * (the rest through json-glib). Whatever form a file takes, it must mean
 * what json-glib reads in it: escapes, nested values, odd order, and text
 * that is not JSON must be refused with nothing changed.
 */

typedef struct
{
  char    *dir;
  guint    n;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("sk-exchange-stream-XXXXXX", NULL);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static SkStore *
fresh_store (Fixture *f)
{
  g_autofree char *name = g_strdup_printf ("db-%u.db", f->n++);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  SkStore *store = sk_test_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

/* The example plan's export: plans, outcomes with comments, history. */
static char *
example_json (Fixture *f)
{
  g_autoptr(SkStore) store = fresh_store (f);
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_exchange_load_example (store, &error));
  return sk_exchange_export_string (store, &error);
}

static char *
replace_first (const char *text, const char *old, const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

static char *
import_and_export (Fixture *f, const char *json, GError **error)
{
  g_autoptr(SkStore) store = fresh_store (f);

  if (!sk_exchange_import (store, json, -1, error))
    return NULL;
  return sk_exchange_export_string (store, error);
}

/* Escapes json-glib reads (\u00e5, a surrogate pair, \/) give the same text. */
static void
test_escapes (Fixture *f, gconstpointer data)
{
  g_autofree char *json = example_json (f);
  g_autofree char *plain = NULL, *escaped = NULL, *a = NULL, *b = NULL;
  g_autoptr(GError) error = NULL;

  plain = replace_first (json, "\"fictional\" : false", "\"fictional\" : false, \"x\" : \"å😀/\"");
  escaped = replace_first (json, "\"fictional\" : false", "\"fictional\" : false, \"x\" : \"\\u00e5\\ud83d\\ude00\\/\"");
  a = import_and_export (f, plain, &error);
  g_assert_no_error (error);
  b = import_and_export (f, escaped, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a, ==, b);

  /* A comment written with escapes is stored as its characters. */
  g_free (escaped);
  escaped = replace_first (json, "\"comment\" : null", "\"comment\" : \"Sj\\u00e4lv \\\"citat\\\"\\n\\tslut\"");
  g_free (b);
  b = import_and_export (f, escaped, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (b, "\"comment\" : \"Själv \\\"citat\\\"\\n\\tslut\""));
}

/* Nested values, numbers in every form and elements that are not objects. */
static void
test_unusual_elements (Fixture *f, gconstpointer data)
{
  g_autofree char *json = example_json (f);
  g_autofree char *nested = NULL, *exp = NULL, *not_object = NULL, *out = NULL;
  g_autoptr(GError) error = NULL;

  nested = replace_first (json, "\"fictional\" : false", "\"fictional\" : false, \"extra\" : { \"a\" : [1, {}] }");
  out = import_and_export (f, nested, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, json);

  exp = replace_first (json, "\"numerator\" : null", "\"numerator\" : null, \"n\" : -1.5e+2");
  g_free (out);
  out = import_and_export (f, exp, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, json);

  not_object = replace_first (json, "\"outcomes\" : [", "\"outcomes\" : [ 7,");
  g_assert_null (import_and_export (f, not_object, &error));
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "Outcome 1"));
}

/* History and outcomes before the units: imported after them all the same. */
static void
test_order (Fixture *f, gconstpointer data)
{
  g_autofree char *json = example_json (f);
  const char *outcomes = strstr (json, "  \"outcomes\" : [");
  g_autofree char *head = NULL, *moved = NULL, *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *units = strstr (json, "  \"units\" : [");

  g_assert_nonnull (outcomes);
  g_assert_nonnull (units);
  /* { "format", "version", OUTCOMES+AUDIT, units … plans } */
  head = g_strndup (json, units - json);
  moved = g_strdup_printf ("%s%.*s,\n%.*s}\n", head,
                           (int) (strrchr (json, '}') - outcomes - 1), outcomes,
                           (int) (outcomes - units - 2), units);
  out = import_and_export (f, moved, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, json);
}

/* Text that is not JSON, anywhere in the big arrays: refused, nothing kept. */
static void
test_not_json (Fixture *f, gconstpointer data)
{
  g_autofree char *json = example_json (f);
  const char *breaks[][2] = {
    { "\"fictional\" : false", "\"fictional\" : fals" },
    { "\"changed_at\" : \"2024-05-31T00:00:00Z\"\n    },", "\"changed_at\" : \"2024-05-31T00:00:00Z\"\n    }" },
    { "\"kind\" : \"month\"", "\"kind\" : \"month" },
    { "\"value\" : ", "\"value\" : -x" },
    { "\"at\" : ", "\"at\" : [1, " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (breaks); i++)
    {
      g_autoptr(SkStore) store = fresh_store (f);
      g_autofree char *bad = replace_first (json, breaks[i][0], breaks[i][1]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) plans = NULL;

      g_assert_false (sk_exchange_import (store, bad, -1, &error));
      g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT);
      g_assert_true (g_str_has_prefix (error->message, "The file is not valid JSON"));
      plans = sk_store_list_plans (store);
      g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 0);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sk_test_backend_init ();
  g_test_add ("/exchange-stream/escapes", Fixture, NULL, fixture_setup, test_escapes, fixture_teardown);
  g_test_add ("/exchange-stream/unusual-elements", Fixture, NULL, fixture_setup, test_unusual_elements,
              fixture_teardown);
  g_test_add ("/exchange-stream/order", Fixture, NULL, fixture_setup, test_order, fixture_teardown);
  g_test_add ("/exchange-stream/not-json", Fixture, NULL, fixture_setup, test_not_json, fixture_teardown);
  return g_test_run ();
}
