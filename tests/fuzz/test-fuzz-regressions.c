/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-fuzz"

#include "config.h"

#include <string.h>

#include "sk-fuzz.h"

/*
 * Feeds every input kept for this fuzz target, the crashes found
 * (fuzz/regressions/NAME/) and the seed corpus (fuzz/corpus/NAME/),
 * through the very function libFuzzer calls, without libFuzzer: so each
 * run of the normal suite, the sanitizer build included, repeats them.
 */

static void
feed_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autofree guint8 *exact = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  /* Exactly as long as the input, as libFuzzer gives it: no NUL after it
   * (g_file_get_contents adds one), so ASan sees a read past the end. */
  exact = g_malloc (MAX (length, 1));
  memcpy (exact, contents, length);
  sk_fuzz_one (exact, length);
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static guint
add_folder (const char *kind)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "fuzz", kind, sk_fuzz_name, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/fuzz/%s/%s/%s", sk_fuzz_name, kind, file);

      /* The path lives as long as the test program. */
      g_test_add_data_func_full (test_path, g_build_filename (folder, file, NULL), feed_file, g_free);
    }
  return names->len;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  sk_fuzz_init ();

  add_folder ("regressions");
  if (add_folder ("corpus") == 0)
    g_error ("no seed corpus for %s", sk_fuzz_name);
  return g_test_run ();
}
