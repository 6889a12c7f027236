/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "app-test-util"

#include "config.h"

#include "app-test-util.h"
#include "sk-application.h"
#include "sk-exchange.h"

/* Starts GLib's test framework, GTK, libadwaita, the translations and the
 * resources. Returns FALSE, after telling TAP that everything is skipped,
 * when there is no display: then main() returns 0. */
gboolean
sk_test_app_init (int    *argc,
                  char ***argv)
{
  /* Not G_TEST_OPTION_ISOLATE_DIRS: a private XDG_DATA_DIRS hides the MIME
   * database, and symbolic icons then fail to load (a fatal warning). The
   * test environment points HOME and XDG_*_HOME at the build tree. */
  g_test_init (argc, argv, NULL);
  if (!gtk_init_check ())
    {
      /* The test command starts Xvfb itself: there a missing display is a
       * failure, not a reason to skip (a skip would count as passed). */
      if (g_getenv ("SK_TEST_NEED_DISPLAY") != NULL)
        g_error ("No display, though the test command started one (DISPLAY=%s).",
                 g_getenv ("DISPLAY") ? g_getenv ("DISPLAY") : "");
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }
  adw_init ();
  sk_application_setup_i18n ();
  sk_app_resources_register ();
  return TRUE;
}

/* Lets idle handlers, file monitors and layout run. */
void
sk_test_spin (void)
{
  for (int i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* Runs the main loop for @ms milliseconds: for timeouts and file monitors.
 * Short sleeps: a view that restores its place over several frames needs
 * many iterations in the time. */
void
sk_test_wait_ms (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* A new, empty database (an empty file, as "styrkort-cli init" would
 * leave it before its schema) in a new temporary folder: the window opens
 * existing files without asking. */
char *
sk_test_temp_db (const char *prefix)
{
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  g_autofree char *dir = g_dir_make_tmp (template, NULL);
  char *path;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, "plan.db", NULL);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  return path;
}

/* Opens the file anew: what another program would see. */
SkStore *
sk_test_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  SkStore *store = sk_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* Opens @path and loads the example plans into it. */
SkStore *
sk_test_example_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  SkStore *store = sk_test_open_store (path);

  g_assert_true (sk_exchange_load_example (store, &error));
  g_assert_no_error (error);
  return store;
}

/* The id of the unit named @name (or its short name). */
gint64
sk_test_unit_id (SkStore    *store,
                 const char *name)
{
  g_autoptr(SkUnit) unit = sk_store_find_unit (store, name, NULL);

  g_assert_nonnull (unit);
  return sk_record_get_id (SK_RECORD (unit));
}

/* A draft copy of the plan of @from_year (the example's 2025 is adopted). */
SkPlan *
sk_test_copy_plan (SkStore *store,
                   int      from_year,
                   int      to_year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, from_year);
  SkPlan *copy;

  g_assert_nonnull (plan);
  copy = sk_store_copy_plan (store, plan, to_year, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  return copy;
}

/* A new temporary database with the example plans and a draft copy of
 * the adopted 2025 plan as 2026, closed again: for what edits a plan. */
char *
sk_test_example_draft_db (const char *prefix)
{
  char *path = sk_test_temp_db (prefix);
  g_autoptr(SkStore) store = sk_test_example_store (path);
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, 2025);
  g_autoptr(SkPlan) copy = NULL;

  g_assert_true (sk_plan_is_adopted (plan));
  copy = sk_test_copy_plan (store, 2025, 2026);
  return path;
}

/* The main window on the database at @path, shown and settled; @width
 * and @height 0 leave the default size. */
SkWindow *
sk_test_window_open (const char *path,
                     int         width,
                     int         height)
{
  SkWindow *window = g_object_new (SK_TYPE_WINDOW, NULL);

  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  sk_window_open_database (window, path);
  gtk_window_present (GTK_WINDOW (window));
  sk_test_spin ();
  return window;
}

/* The same, then the example plan loaded as a user does it, from the
 * welcome page's "Load Example Plan". */
SkWindow *
sk_test_window_with_example (const char *path,
                             int         width,
                             int         height)
{
  SkWindow *window = sk_test_window_open (path, width, height);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-example", NULL);
  sk_test_spin ();
  return window;
}

void
sk_test_view_open (SkTestView *v,
                   GType       type,
                   int         year,
                   int         width,
                   int         height)
{
  v->store = sk_test_open_store (v->path);
  v->view = g_object_new (type, "store", v->store, "year", year, NULL);
  v->window = sk_test_show (v->view, width, height);
}

void
sk_test_view_close (SkTestView *v)
{
  g_clear_pointer (&v->window, sk_test_close);
  g_clear_object (&v->store);
}

void
sk_test_view_tear_down (SkTestView    *v,
                        gconstpointer  data)
{
  sk_test_view_close (v);
  g_clear_pointer (&v->path, g_free);
}

/* Shows @child in a new window of the given size. */
GtkWindow *
sk_test_show (GtkWidget *child,
              int        width,
              int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  sk_test_spin ();
  return window;
}

void
sk_test_close (GtkWindow *window)
{
  gtk_window_destroy (window);
  sk_test_spin ();
}

/* The widget below @root (or @root) whose widget name is @name. */
GtkWidget *
sk_test_find_named (GtkWidget  *root,
                    const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sk_test_find_named (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first widget on screen below @root (or @root) of @type. */
GtkWidget *
sk_test_find_shown_type (GtkWidget *root,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = sk_test_find_shown_type (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The button on screen below @root whose label is @label. */
GtkWidget *
sk_test_find_shown_button (GtkWidget  *root,
                           const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0
      && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = sk_test_find_shown_button (c, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The message dialog on screen, if any. */
AdwMessageDialog *
sk_test_find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* The text field of a dialog (a one-line field or a text view). */
static GtkWidget *
dialog_text_field (AdwMessageDialog *dialog)
{
  GtkWidget *child = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *field;

  g_assert_nonnull (child);
  if (GTK_IS_EDITABLE (child))
    return child;
  field = sk_test_find_shown_type (child, GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (field);
  return field;
}

/* Runs @action on @widget (as a menu or shortcut does) and returns the
 * dialog it opened. A floating @param is consumed. */
AdwMessageDialog *
sk_test_action_dialog (GtkWidget  *widget,
                       const char *action,
                       GVariant   *param)
{
  g_autoptr(GVariant) owned = param != NULL ? g_variant_ref_sink (param) : NULL;
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action_variant (widget, action, param));
  sk_test_spin ();
  dialog = sk_test_find_dialog ();
  g_assert_nonnull (dialog);
  return dialog;
}

char *
sk_test_dialog_text (AdwMessageDialog *dialog)
{
  GtkWidget *field = dialog_text_field (dialog);
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), &start, &end);
  return gtk_text_iter_get_text (&start, &end);
}

void
sk_test_set_dialog_text (AdwMessageDialog *dialog,
                         const char       *text)
{
  GtkWidget *field = dialog_text_field (dialog);

  if (GTK_IS_EDITABLE (field))
    gtk_editable_set_text (GTK_EDITABLE (field), text);
  else
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), text, -1);
}

GtkWindow *
sk_test_find_shown_window (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return GTK_WINDOW (l->data);
  return NULL;
}

GtkWidget *
sk_test_find_mapped_type (GtkWidget *root,
                          GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = sk_test_find_mapped_type (c, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_labels (GtkWidget *root,
                GString   *out)
{
  if (!gtk_widget_get_visible (root))
    return;
  if (GTK_IS_LABEL (root))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (root)));
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    collect_labels (c, out);
}

char *
sk_test_labels_of (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  g_assert_nonnull (root);
  collect_labels (root, out);
  return g_string_free (out, FALSE);
}

/* Whether a label on screen below @root (or @root) shows exactly @text. */
gboolean
sk_test_shows_label (GtkWidget  *root,
                     const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (sk_test_shows_label (c, text))
      return TRUE;
  return FALSE;
}
