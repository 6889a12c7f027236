/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-report"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sk-follow-up-view.h"
#include "sk-report-dialog.h"

/*
 * Uppföljning → "Skapa rapport…" on the example: the button is there, it
 * opens the preview with every page of the report as a picture, and the
 * preview's save writes the PDF (private to its owner).
 */

static SkReportDialog *
find_report_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (SK_IS_REPORT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return SK_REPORT_DIALOG (window);
    }
  return NULL;
}

static guint
count_pictures (GtkWidget *widget)
{
  guint n = GTK_IS_PICTURE (widget) && gtk_widget_get_visible (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_pictures (child);
  return n;
}

static void
test_report_button (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-report");
  g_autoptr(SkStore) store = sk_test_example_store (path);
  GtkWidget *view = g_object_new (SK_TYPE_FOLLOW_UP_VIEW, "store", store, "year", 2024, NULL);
  GtkWindow *window = sk_test_show (view, 1000, 800);
  g_autofree char *dir = g_dir_make_tmp ("sk-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "rapport.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GtkWidget *button;
  SkReportDialog *dialog;
  GStatBuf st;
  gsize length;

  sk_test_spin ();
  g_assert_null (find_report_dialog ());
  button = sk_test_find_named (view, "report-button");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_visible (button) && gtk_widget_is_sensitive (button));
  g_assert_true (GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (button))));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)))), ==,
                   g_dgettext (GETTEXT_PACKAGE, "Create _Report…"));

  /* As Enter or Space on it: the button shows itself pressed, then clicks. */
  g_assert_true (gtk_widget_activate (button));
  for (int i = 0; i < 40 && find_report_dialog () == NULL; i++)
    sk_test_wait_ms (50);
  sk_test_spin ();
  dialog = find_report_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (sk_report_dialog_get_n_pages (dialog), >=, 4);
  g_assert_cmpuint (count_pictures (GTK_WIDGET (dialog)), ==, sk_report_dialog_get_n_pages (dialog));
  g_assert_nonnull (sk_test_find_named (GTK_WIDGET (dialog), "report-save"));
  if (g_getenv ("SK_TEST_PAUSE_MS") != NULL)
    sk_test_wait_ms (atoi (g_getenv ("SK_TEST_PAUSE_MS")));

  g_assert_true (sk_report_dialog_save (dialog, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_close (window);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/app-report/button-preview-save", test_report_button);
  return g_test_run ();
}
