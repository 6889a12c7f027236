/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-import"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sk-import-dialog.h"
#include "sk-outcomes-export.h"
#include "sk-window.h"

/* "Importera utfall…": the preview before anything is written, all or
 * nothing, Cancel while a large file is read, and undo from the toast. */

#define PHONE "Vårdgaranti primärvård (utifrån SKR) – telefontillgänglighet, kontakt inom 0 dagar"

static SkWindow *
open_window (const char *path)
{
  return sk_test_window_with_example (path, 1100, 700);
}

static GFile *
write_csv (const char *dir,
           const char *contents,
           gssize      length)
{
  g_autofree char *path = g_build_filename (dir, "utfall.csv", NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return g_file_new_for_path (path);
}

static void
wait_for_preview (SkImportDialog *dialog)
{
  for (guint i = 0; i < 500 && g_strcmp0 (sk_import_dialog_get_state (dialog), "loading") == 0; i++)
    sk_test_wait_ms (20);
  sk_test_spin ();
}

static double
stored (SkStore *store, const char *indicator, const char *period)
{
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (store, indicator, NULL);
  g_autoptr(SkUnit) unit = sk_store_find_unit (store, "VC", NULL);
  g_autoptr(SkOutcome) o = sk_store_get_outcome (store, sk_record_get_id (SK_RECORD (ind)),
                                                 sk_record_get_id (SK_RECORD (unit)), period, SK_OUTCOME_MONTH);

  return o != NULL ? sk_outcome_get_value (o) : NAN;
}

static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, text))
      return TRUE;
  return FALSE;
}

/* The first widget of @type under @root, shown or not. */
static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Clicks "Import" and runs the main loop while the worker writes, until the
 * dialog closes (written) or fails; @between counts the times the progress
 * bar was seen strictly between empty and full meanwhile. */
static void
import_and_wait (SkImportDialog *dialog,
                 guint          *between)
{
  g_autoptr(GtkWidget) bar = g_object_ref (find_type (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR));
  gpointer alive = dialog;
  gint64 start = g_get_monotonic_time (), last = start, longest = 0;

  g_object_add_weak_pointer (G_OBJECT (dialog), &alive);
  g_signal_emit_by_name (sk_test_find_shown_button (GTK_WIDGET (dialog), "_Import"), "clicked");
  for (guint i = 0; i < 12000 && alive != NULL
                    && g_strcmp0 (sk_import_dialog_get_state (dialog), "writing") == 0; i++)
    {
      double fraction = gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar));
      gint64 now = g_get_monotonic_time ();

      if (between != NULL && fraction > 0 && fraction < 1)
        (*between)++;
      longest = MAX (longest, now - last);
      last = now;
      sk_test_wait_ms (10);
    }
  /* For people, not asserted: how long it wrote, and the longest the window waited. */
  g_test_message ("written in %" G_GINT64_FORMAT " ms; the longest turn of the main loop took %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000, longest / 1000);
  if (alive != NULL)
    g_object_remove_weak_pointer (G_OBJECT (dialog), &alive);
  sk_test_spin ();
}

/* Values in the large file: two indicators, six units, 1100 years of months
 * (a second or two to write here, a minute under the sanitizers). */
#define LARGE_ROWS 100000

/* LARGE_ROWS values, of places the file names once each. */
static GFile *
write_large_csv (const char *dir)
{
  static const char * const indicators[] = { "Sjukfrånvaro", "Personalomsättning", "Antal besök inkl. distans" };
  static const char * const units[] = { "VC", "NSVH", "SU", "FTV", "LoA", "RGU" };
  g_autoptr(GString) csv = g_string_new ("Indikator;Enhet;Period;Värde\n");

  for (guint i = 0; i < LARGE_ROWS; i++)
    {
      guint pair = i / 13200, month = i % 13200;

      g_string_append_printf (csv, "%s;%s;%u-%02u;%u,5\n", indicators[pair / 6], units[pair % 6],
                              1900 + month / 12, month % 12 + 1, 1 + i % 7);
    }
  return write_csv (dir, csv->str, csv->len);
}

static void
wait_for_large_preview (SkImportDialog *dialog)
{
  for (guint i = 0; i < 6000 && g_strcmp0 (sk_import_dialog_get_state (dialog), "loading") == 0; i++)
    sk_test_wait_ms (20);
  sk_test_spin ();
  g_assert_cmpstr (sk_import_dialog_get_state (dialog), ==, "preview");
  g_assert_true (shows_text (GTK_WIDGET (dialog), "99999 new, 1 changed, 0 unchanged, 0 refused"));
}

static guint
count_outcomes (SkStore    *store,
                const char *unit)
{
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (store, "Sjukfrånvaro", NULL);
  g_autoptr(SkUnit) u = sk_store_find_unit (store, unit, NULL);
  g_autoptr(GListModel) all = sk_store_list_outcomes (store, sk_record_get_id (SK_RECORD (ind)),
                                                      sk_record_get_id (SK_RECORD (u)), NULL, NULL);

  return g_list_model_get_n_items (all);
}

static void
count_external (SkStore    *store,
                const char *table,
                guint      *n)
{
  (*n)++;
}

/* "Import" of a large file writes in a worker: the window answers and the
 * progress bar moves meanwhile, and the window's views hear of it after. */
static void
test_write_large (void)
{
  g_autofree char *path = sk_test_temp_db ("import-write-large");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = write_large_csv (dir);
  SkWindow *window = open_window (path);
  SkStore *store = sk_window_get_store (window);
  SkImportDialog *dialog;
  guint between = 0, external = 0;

  dialog = sk_import_dialog_new (GTK_WINDOW (window), store, file);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_large_preview (dialog);
  g_signal_connect (store, "changed::external", G_CALLBACK (count_external), &external);
  import_and_wait (dialog, &between);
  /* The main loop ran while it wrote (each wait above is one turn of it). */
  g_test_message ("the progress bar was seen between 0 and 1 in %u turns of the main loop", between);
  g_assert_cmpuint (between, >, 0);
  g_assert_cmpuint (external, >, 0);
  g_assert_cmpfloat (stored (store, "Sjukfrånvaro", "1900-02"), ==, 2.5);
  g_signal_handlers_disconnect_by_func (store, count_external, &external);
  sk_test_close (GTK_WINDOW (window));

  {
    g_autoptr(SkStore) again = sk_test_open_store (path);

    g_assert_cmpfloat (stored (again, "Sjukfrånvaro", "1900-01"), ==, 1.5);
    g_assert_cmpfloat (stored (again, "Sjukfrånvaro", "2999-12"), ==, 1 + 13199 % 7 + 0.5);
    g_assert_cmpuint (count_outcomes (again, "RGU"), >=, 13200);
  }
}

/* Cancel while it writes: rolled back, and the dialog says nothing was written. */
static void
test_cancel_write (void)
{
  g_autofree char *path = sk_test_temp_db ("import-cancel-write");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = write_large_csv (dir);
  SkWindow *window = open_window (path);
  SkStore *store = sk_window_get_store (window);
  SkImportDialog *dialog;
  GtkWidget *bar;
  /* NSVH has one (the file would change it), VC and RGU none. */
  guint before_vc = count_outcomes (store, "VC"), before_rgu = count_outcomes (store, "RGU");
  guint before_nsvh = count_outcomes (store, "NSVH");

  g_assert_cmpuint (before_nsvh, ==, 1);

  dialog = sk_import_dialog_new (GTK_WINDOW (window), store, file);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_large_preview (dialog);
  bar = find_type (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR);
  /* Held, so that a dialog closed at once (written already) fails below, not here. */
  g_object_ref (dialog);
  g_signal_emit_by_name (sk_test_find_shown_button (GTK_WIDGET (dialog), "_Import"), "clicked");
  g_assert_cmpstr (sk_import_dialog_get_state (dialog), ==, "writing");
  /* Only Cancel may be used while it writes. */
  g_assert_false (gtk_widget_get_sensitive (sk_test_find_shown_button (GTK_WIDGET (dialog), "_Import")));
  g_assert_true (gtk_widget_get_sensitive (sk_test_find_shown_button (GTK_WIDGET (dialog), "_Cancel")));
  for (guint i = 0; i < 3000 && gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar)) == 0; i++)
    sk_test_wait_ms (5);
  g_assert_cmpstr (sk_import_dialog_get_state (dialog), ==, "writing");
  g_signal_emit_by_name (sk_test_find_shown_button (GTK_WIDGET (dialog), "_Cancel"), "clicked");
  for (guint i = 0; i < 3000 && g_strcmp0 (sk_import_dialog_get_state (dialog), "writing") == 0; i++)
    sk_test_wait_ms (10);
  g_assert_cmpstr (sk_import_dialog_get_state (dialog), ==, "failed");
  g_assert_true (shows_text (GTK_WIDGET (dialog), "Import Cancelled"));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "Cancelled: nothing was written."));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  sk_test_close (GTK_WINDOW (window));

  {
    g_autoptr(SkStore) again = sk_test_open_store (path);

    g_assert_cmpuint (count_outcomes (again, "VC"), ==, before_vc);
    g_assert_cmpuint (count_outcomes (again, "RGU"), ==, before_rgu);
    g_assert_cmpuint (count_outcomes (again, "NSVH"), ==, before_nsvh);
    g_assert_true (isnan (stored (again, "Sjukfrånvaro", "1900-01")));
  }
}

/* A refused row: shown with its row and reason, "Import" is off, nothing written. */
static void
test_refused_preview (void)
{
  g_autofree char *path = sk_test_temp_db ("import-refused");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = write_csv (dir, "Indikator;Enhet;Period;Värde\n"
                                          "Sjukfrånvaro;VC;2024-05;5,2\n"
                                          "Sjukfrånvaro;VC;2024-06;120\n", -1);
  SkWindow *window = open_window (path);
  SkStore *store = sk_window_get_store (window);
  SkImportDialog *dialog;
  GtkWidget *import;

  dialog = sk_import_dialog_new (GTK_WINDOW (window), store, file);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_preview (dialog);
  g_assert_cmpstr (sk_import_dialog_get_state (dialog), ==, "preview");
  g_assert_true (shows_text (GTK_WIDGET (dialog), "1 new, 0 changed, 0 unchanged, 1 refused"));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "Row 3: A share must lie between 0 and 100 %."));
  import = sk_test_find_shown_button (GTK_WIDGET (dialog), "_Import");
  g_assert_nonnull (import);
  g_assert_false (gtk_widget_get_sensitive (import));

  g_signal_emit_by_name (sk_test_find_shown_button (GTK_WIDGET (dialog), "_Cancel"), "clicked");
  sk_test_spin ();
  g_assert_true (isnan (stored (store, "Sjukfrånvaro", "2024-05")));
  sk_test_close (GTK_WINDOW (window));
}

/* Import writes it all; the toast's "Undo" puts it all back. */
static void
test_import_and_undo (void)
{
  g_autofree char *path = sk_test_temp_db ("import-undo");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = write_csv (dir, "\xEF\xBB\xBFIndikator;Enhet;År;jan;feb;mar;apr\r\n"
                                          "Sjukfrånvaro;VC;2024;5,1;5,3;;\r\n"
                                          PHONE ";VC;2024;;;;93,5\r\n", -1);
  SkWindow *window = open_window (path);
  SkStore *store = sk_window_get_store (window);
  SkImportDialog *dialog = sk_import_dialog_new (GTK_WINDOW (window), store, file);
  GtkWidget *undo;

  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_preview (dialog);
  g_assert_true (shows_text (GTK_WIDGET (dialog), "2 new, 1 changed, 0 unchanged, 0 refused"));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "91,1 % → 93,5 %"));
  /* Nothing is written before "Import". */
  g_assert_cmpfloat (stored (store, PHONE, "2024-04"), ==, 91.1);
  g_assert_true (gtk_widget_get_sensitive (sk_test_find_shown_button (GTK_WIDGET (dialog), "_Import")));
  import_and_wait (dialog, NULL);
  g_assert_cmpfloat (stored (store, PHONE, "2024-04"), ==, 93.5);
  g_assert_cmpfloat (stored (store, "Sjukfrånvaro", "2024-02"), ==, 5.3);

  sk_test_wait_ms (400);
  undo = sk_test_find_shown_button (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  sk_test_spin ();
  g_assert_cmpfloat (stored (store, PHONE, "2024-04"), ==, 91.1);
  g_assert_true (isnan (stored (store, "Sjukfrånvaro", "2024-01")));
  g_assert_true (isnan (stored (store, "Sjukfrånvaro", "2024-02")));
  sk_test_close (GTK_WINDOW (window));
}

/* A large file shows the progress bar; Cancel stops it and writes nothing. */
static void
test_cancel_large (void)
{
  g_autofree char *path = sk_test_temp_db ("import-large");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GString) csv = g_string_new ("Indikator;Enhet;Period;Värde\n");
  g_autoptr(GFile) file = NULL;
  SkWindow *window = open_window (path);
  SkStore *store = sk_window_get_store (window);
  SkImportDialog *dialog;
  GtkWidget *bar;

  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (csv, "Sjukfrånvaro;VC;%d-%02d;5,%u\n", 1900 + (int) (i / 12) % 1000,
                            (int) (i % 12) + 1, i % 10);
  file = write_csv (dir, csv->str, csv->len);
  dialog = sk_import_dialog_new (GTK_WINDOW (window), store, file);
  gtk_window_present (GTK_WINDOW (dialog));
  sk_test_spin ();
  g_assert_cmpstr (sk_import_dialog_get_state (dialog), ==, "loading");
  bar = sk_test_find_shown_type (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR);
  g_assert_nonnull (bar);
  g_signal_emit_by_name (sk_test_find_shown_button (GTK_WIDGET (dialog), "_Cancel"), "clicked");
  /* Long enough for the worker to finish with a closed dialog. */
  sk_test_wait_ms (1500);
  g_assert_true (isnan (stored (store, "Sjukfrånvaro", "1900-01")));
  sk_test_close (GTK_WINDOW (window));
}

/* A file that is no table says why, in the dialog. */
static void
test_not_a_table (void)
{
  g_autofree char *path = sk_test_temp_db ("import-bad");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = write_csv (dir, "Hej;och;välkommen\n", -1);
  SkWindow *window = open_window (path);
  SkImportDialog *dialog = sk_import_dialog_new (GTK_WINDOW (window), sk_window_get_store (window), file);

  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_preview (dialog);
  g_assert_cmpstr (sk_import_dialog_get_state (dialog), ==, "failed");
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_close (GTK_WINDOW (window));
}

/* A Kolada file: the dialog asks for the key figure, indicator and unit first. */
static void
test_kolada (void)
{
  g_autofree char *path = sk_test_temp_db ("import-kolada");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *json = g_build_filename (dir, "kolada.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (json);
  SkWindow *window = open_window (path);
  SkImportDialog *dialog;
  GtkWidget *read;

  g_assert_true (g_file_set_contents (json,
                                      "{\"values\": [{\"kpi\": \"N00945\", \"municipality\": \"0013\", "
                                      "\"period\": 2022, \"values\": [{\"gender\": \"K\", \"value\": 7.1}, "
                                      "{\"gender\": \"T\", \"value\": 6.2}]}]}", -1, NULL));
  dialog = sk_import_dialog_new (GTK_WINDOW (window), sk_window_get_store (window), file);
  gtk_window_present (GTK_WINDOW (dialog));
  sk_test_spin ();
  g_assert_cmpstr (sk_import_dialog_get_state (dialog), ==, "kolada");
  read = sk_test_find_shown_button (GTK_WIDGET (dialog), "_Read the File");
  g_assert_nonnull (read);
  /* Without a key figure it waits for one. */
  g_signal_emit_by_name (read, "clicked");
  sk_test_spin ();
  g_assert_cmpstr (sk_import_dialog_get_state (dialog), ==, "kolada");

  gtk_editable_set_text (GTK_EDITABLE (sk_test_find_named (GTK_WIDGET (dialog), "kpi")), "N00945");
  gtk_editable_set_text (GTK_EDITABLE (sk_test_find_named (GTK_WIDGET (dialog), "indicator")), "Sjukfrånvaro");
  gtk_editable_set_text (GTK_EDITABLE (sk_test_find_named (GTK_WIDGET (dialog), "unit")), "NSVH");
  g_signal_emit_by_name (read, "clicked");
  wait_for_preview (dialog);
  g_assert_cmpstr (sk_import_dialog_get_state (dialog), ==, "preview");
  g_assert_true (shows_text (GTK_WIDGET (dialog), "1 new, 0 changed, 0 unchanged, 0 refused"));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "2022-12: 6,2 %"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_close (GTK_WINDOW (window));
}

/* Exported from the app, imported back: "0 changed", nothing to import. */
static void
test_export_imports_unchanged (void)
{
  g_autofree char *path = sk_test_temp_db ("import-export");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *csv = g_build_filename (dir, "utfall.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  SkWindow *window = open_window (path);
  SkStore *store = sk_window_get_store (window);
  SkImportDialog *dialog;

  g_assert_true (sk_outcomes_export_to_file (GTK_WIDGET (window), store, file, SK_CSV_LAYOUT_LONG, &error));
  g_assert_no_error (error);
  dialog = sk_import_dialog_new (GTK_WINDOW (window), store, file);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_preview (dialog);
  g_assert_true (shows_text (GTK_WIDGET (dialog), "0 new, 0 changed, 50 unchanged, 0 refused"));
  g_assert_true (shows_text (GTK_WIDGET (dialog), "already entered"));
  g_assert_false (gtk_widget_get_sensitive (sk_test_find_shown_button (GTK_WIDGET (dialog), "_Import")));

  g_assert_true (sk_outcomes_export_to_file (GTK_WIDGET (window), store, file, SK_CSV_LAYOUT_WIDE, &error));
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = sk_import_dialog_new (GTK_WINDOW (window), store, file);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_preview (dialog);
  g_assert_true (shows_text (GTK_WIDGET (dialog), "0 new, 0 changed, 21 unchanged, 0 refused"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_close (GTK_WINDOW (window));
}

/* More rows than the preview lists: all are counted, and it says how many more. */
static void
test_large_preview_counts (void)
{
  g_autofree char *path = sk_test_temp_db ("import-counts");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GString) csv = g_string_new ("Indikator;Enhet;Period;Värde\n");
  g_autoptr(GFile) file = NULL;
  SkWindow *window = open_window (path);
  SkImportDialog *dialog;

  for (guint i = 0; i < 1200; i++)
    g_string_append_printf (csv, "Sjukfrånvaro;VC;%u-%02u;5\n", 1900 + i / 12, i % 12 + 1);
  for (guint i = 0; i < 1300; i++)
    g_string_append_printf (csv, "Ingen sådan indikator %u;VC;2024-01;1\n", i);
  file = write_csv (dir, csv->str, csv->len);
  dialog = sk_import_dialog_new (GTK_WINDOW (window), sk_window_get_store (window), file);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_preview (dialog);
  g_assert_true (shows_text (GTK_WIDGET (dialog), "1200 new, 0 changed, 0 unchanged, 1300 refused"));
  /* 500 listed of the 2500 new and refused. */
  g_assert_true (shows_text (GTK_WIDGET (dialog), "… and 2000 more rows"));
  g_assert_false (gtk_widget_get_sensitive (sk_test_find_shown_button (GTK_WIDGET (dialog), "_Import")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_test_close (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_func ("/app/import/refused-preview", test_refused_preview);
  g_test_add_func ("/app/import/import-and-undo", test_import_and_undo);
  g_test_add_func ("/app/import/cancel-large", test_cancel_large);
  g_test_add_func ("/app/import/not-a-table", test_not_a_table);
  g_test_add_func ("/app/import/kolada", test_kolada);
  g_test_add_func ("/app/import/export-imports-unchanged", test_export_imports_unchanged);
  g_test_add_func ("/app/import/large-preview-counts", test_large_preview_counts);
  g_test_add_func ("/app/import/write-large", test_write_large);
  g_test_add_func ("/app/import/cancel-write", test_cancel_write);
  return g_test_run ();
}
