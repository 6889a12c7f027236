/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-input"

#include "config.h"

#include <string.h>

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sk-indicators-view.h"
#include "sk-work-env-view.h"
#include "sk-window.h"

/* A database with bytes that are not UTF-8 (an older program or the
 * sqlite3 shell wrote them) opens in the app: shown with U+FFFD, and
 * the window says why. */

#define REPLACEMENT "\xef\xbf\xbd"

static char *
poisoned_db (void)
{
  char *path = sk_test_temp_db ("sk-input");
  g_autoptr(SkStore) store = sk_test_example_store (path);
  sqlite3 *db = NULL;
  char *message = NULL;

  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db,
                    "UPDATE target SET text = text || x'ff' WHERE year = 2025;"
                    "UPDATE indicator SET name = name || ' ' || x'e5ff',"
                    " description = x'00ff' || 'text';"
                    /* The year's definitions are what the views show. */
                    "UPDATE indicator_definition SET name = name || ' ' || x'e5ff',"
                    " description = x'00ff' || 'text';"
                    "UPDATE unit SET name = name || x'c3';",
                    NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  sqlite3_close (db);
  return path;
}

static void
collect_texts (GtkWidget *widget,
               GString   *out)
{
  const char *text = NULL;

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_INSCRIPTION (widget))
    text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  else if (GTK_IS_EDITABLE (widget))
    text = gtk_editable_get_text (GTK_EDITABLE (widget));
  if (text != NULL)
    {
      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_string_append (out, text);
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, out);
}

static char *
texts_of (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  collect_texts (root, out);
  return g_string_free (out, FALSE);
}

static void
test_indicators_view (void)
{
  g_autofree char *path = poisoned_db ();
  g_autoptr(SkStore) store = sk_test_open_store (path);
  g_autofree char *texts = NULL;
  GtkWidget *view;
  GtkWindow *window;

  view = g_object_new (SK_TYPE_INDICATORS_VIEW, "store", store, "year", 2025, NULL);
  window = sk_test_show (view, 1100, 800);
  sk_test_spin ();

  texts = texts_of (GTK_WIDGET (window));
  g_test_message ("%s", texts);
  /* The register is there, names and targets with their marks. */
  g_assert_nonnull (strstr (texts, "Personalomsättning " REPLACEMENT REPLACEMENT));
  g_assert_nonnull (strstr (texts, "%" REPLACEMENT));
  g_assert_true (sk_store_has_invalid_text (store));
  sk_test_close (window);
}

static void
test_window_says_so (void)
{
  g_autofree char *path = poisoned_db ();
  g_autofree char *texts = NULL;
  SkWindow *window = sk_test_window_open (path, 0, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "indicators");
  sk_test_spin ();
  sk_test_wait_ms (200);

  texts = texts_of (GTK_WIDGET (window));
  g_assert_nonnull (strstr (texts, "not valid UTF-8"));
  /* Once, however many texts needed repair. */
  g_assert_null (strstr (strstr (texts, "not valid UTF-8") + 1, "not valid UTF-8"));
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

static char *
work_env_goal (SkStore *store,
               int      year)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);
  g_autoptr(SkWorkEnvPlan) wep = sk_store_get_work_env_plan (store, sk_record_get_id (SK_RECORD (plan)));

  return g_strdup (sk_work_env_plan_get_goal_text (wep));
}

/* GTK hands over UTF-8 only, but a paste can carry terminal escapes: the
 * store refuses them from the app as from anywhere else. */
static void
test_pasted_escape (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-input");
  g_autoptr(SkStore) store = sk_test_example_store (path);
  g_autoptr(SkPlan) copy = sk_test_copy_plan (store, 2025, 2026);
  g_autofree char *before = work_env_goal (store, 2026);
  g_autofree char *after = NULL;
  GtkWidget *view, *goal;
  GtkWindow *window;

  view = g_object_new (SK_TYPE_WORK_ENV_VIEW, "store", store, "year", 2026, NULL);
  window = sk_test_show (view, 1000, 800);
  goal = sk_test_find_named (view, "goal-view");
  g_assert_nonnull (goal);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (goal)),
                            "Röd \033[31mtext\033[0m och \033]0;titel\007", -1);
  sk_test_wait_ms (1500);
  sk_test_close (window);

  after = work_env_goal (store, 2026);
  g_assert_cmpstr (after, ==, before);
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/app-input/indicators-view", test_indicators_view);
  g_test_add_func ("/app-input/window-says-so", test_window_says_so);
  g_test_add_func ("/app-input/pasted-escape", test_pasted_escape);
  return g_test_run ();
}
