/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-exchange"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sk-exchange.h"
#include "sk-outcomes-export.h"
#include "sk-window.h"
#include "sk-window-exchange.h"

/* "Exportera…" and "Importera…" in the primary menu: the whole database
 * as JSON out of the app and back in. The file choosers lead to
 * sk_window_export_json_to() and sk_window_import_json_from(). */

static SkWindow *
open_window (const char *path)
{
  return sk_test_window_open (path, 1000, 700);
}

/* Whether a label showing @text (a toast's title) is in @root's tree. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_label (c, text))
      return TRUE;
  return FALSE;
}

static guint
n_plans (SkStore *store)
{
  g_autoptr(GListModel) plans = sk_store_list_plans (store);

  return g_list_model_get_n_items (plans);
}

/* Runs the main loop until the import's thread is done and the window
 * has heard of its change (it comes as another connection's), at most
 * five seconds. */
static void
wait_for_import (SkWindow *window)
{
  gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (sk_window_is_importing (window) && g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_false (sk_window_is_importing (window));
  sk_test_spin ();
}

static gboolean
year_shown (SkWindow *window)
{
  gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (sk_window_get_year (window) == 0 && g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  return sk_window_get_year (window) != 0;
}

/* Exporting writes the whole database, as the CLI's export-json does, to
 * a file only its owner can read, and a toast names the file. */
static void
test_export (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-app-exchange");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dest = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(SkStore) example = sk_test_example_store (path);
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  SkWindow *window;
  GStatBuf st;

  expected = sk_exchange_export_string (example, NULL);
  g_clear_object (&example);
  window = open_window (path);

  g_assert_true (sk_window_export_json_to (window, dest));
  sk_test_spin ();
  g_assert_true (g_file_get_contents (dest, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
  g_assert_nonnull (strstr (written, "Vårdcentralen"));
  g_assert_cmpint (g_stat (dest, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (shows_label (GTK_WIDGET (window), "plan.json"));
  g_assert_null (sk_test_find_dialog ());
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Importing an exported file into an empty database brings the plans in,
 * with a toast; importing it again changes nothing. */
static void
test_import (void)
{
  g_autofree char *from = sk_test_temp_db ("sk-app-exchange-from");
  g_autofree char *path = sk_test_temp_db ("sk-app-exchange-to");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *json = g_build_filename (dir, "in.json", NULL);
  g_autoptr(SkStore) example = sk_test_example_store (from);
  g_autofree char *text = sk_exchange_export_string (example, NULL);
  guint expected = n_plans (example);
  g_autoptr(SkStore) empty = sk_test_open_store (path);
  SkWindow *window;
  SkStore *store;
  g_autofree char *after = NULL;

  g_assert_cmpuint (expected, >, 0);
  g_assert_true (g_file_set_contents (json, text, -1, NULL));
  g_clear_object (&empty);
  window = open_window (path);
  store = sk_window_get_store (window);
  g_assert_cmpuint (n_plans (store), ==, 0);

  g_assert_true (sk_window_import_json_from (window, json));
  wait_for_import (window);
  g_assert_cmpuint (n_plans (store), ==, expected);
  /* The window follows: a plan year is chosen, the views show it. */
  g_assert_true (year_shown (window));
  g_assert_true (shows_label (GTK_WIDGET (window), "in.json"));
  g_assert_null (sk_test_find_dialog ());

  g_assert_true (sk_window_import_json_from (window, json));
  wait_for_import (window);
  after = sk_exchange_export_string (store, NULL);
  g_assert_cmpstr (after, ==, text);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file that is not a Styrkort export is refused in Swedish-able words,
 * and the database stays as it was. */
static void
test_import_refused (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-app-exchange-bad");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *json = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(SkStore) example = sk_test_example_store (path);
  g_autofree char *before = sk_exchange_export_string (example, NULL);
  g_autofree char *after = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  SkWindow *window;

  g_clear_object (&example);
  g_assert_true (g_file_set_contents (json, "{\"plans\": [ {\"year\": \"x\"", -1, NULL));
  window = open_window (path);

  g_assert_true (sk_window_import_json_from (window, json));
  wait_for_import (window);
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The file could not be imported");
  body = g_strdup (adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (body, "Nothing was changed."));
  gtk_window_destroy (GTK_WINDOW (dialog));
  after = sk_exchange_export_string (sk_window_get_store (window), NULL);
  g_assert_cmpstr (after, ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Exportera utfall…" with "The indicator register of the year" writes the
 * register of the year the window shows, with its targets, in the
 * Swedish Excel format (BOM, ";", CRLF), and a toast says so. */
static void
test_export_register (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-app-exchange-register");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dest = g_build_filename (dir, "register.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dest);
  g_autoptr(SkStore) example = sk_test_example_store (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_auto(GStrv) lines = NULL;
  SkWindow *window;

  g_clear_object (&example);
  window = open_window (path);
  sk_window_select_year (window, 2024);
  sk_test_spin ();

  g_assert_true (sk_register_export_to_file (GTK_WIDGET (window), sk_window_get_store (window),
                                             sk_window_get_year (window), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (dest, &written, NULL, NULL));
  g_assert_true (g_str_has_prefix (written, "\xEF\xBB\xBFPerspektiv;Indikator;Måttenhet;Riktning;Målvärde;"));
  lines = g_strsplit (written, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 10);
  g_assert_true (strstr (written, "Vårdgaranti primärvård – Medicinsk bedömning inom tre dagar;%;Higher value;90%;"
                                  "Vårdcentralen Halland;") != NULL);
  g_assert_true (shows_label (GTK_WIDGET (window), "The indicator register of 2024 exported to “register.csv”"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The primary menu: the menu model of the header's menu button that
 * has "win.open" (found in the widget tree, not by id). */
static GMenuModel *
find_primary_menu (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root))
    {
      GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (root));

      if (menu != NULL && g_menu_model_get_n_items (menu) > 0)
        {
          GMenuModel *first = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
          g_autofree char *action = NULL;

          if (first != NULL)
            g_menu_model_get_item_attribute (first, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          g_clear_object (&first);
          if (g_strcmp0 (action, "win.open") == 0)
            return menu;
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GMenuModel *menu = find_primary_menu (c);

      if (menu != NULL)
        return menu;
    }
  return NULL;
}

/* The primary menu holds both, and the window has their actions. */
static void
test_menu (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-app-exchange-menu");
  SkWindow *window = open_window (path);
  GMenuModel *menu = find_primary_menu (GTK_WIDGET (window));
  gboolean export_found = FALSE, import_found = FALSE;

  g_assert_nonnull (menu);
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      GMenuModel *section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;

          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          export_found |= g_strcmp0 (action, "win.export-json") == 0;
          import_found |= g_strcmp0 (action, "win.import-json") == 0;
        }
      g_clear_object (&section);
    }
  g_assert_true (export_found);
  g_assert_true (import_found);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/app-exchange/export", test_export);
  g_test_add_func ("/app-exchange/import", test_import);
  g_test_add_func ("/app-exchange/import-refused", test_import_refused);
  g_test_add_func ("/app-exchange/menu", test_menu);
  g_test_add_func ("/app-exchange/export-register", test_export_register);
  return g_test_run ();
}
