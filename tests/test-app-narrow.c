/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-narrow"

#include "config.h"

#include "app-test-util.h"
#include "sk-window.h"

/* The window works from 360 px wide (a phone, a narrow side-by-side
 * window) to a full screen: nothing in it may ask for more. */

#define NARROW 360

static const char *views[] = {
  "goals", "indicators", "outcomes", "workenv", "followup", "plans", "charts", "board", "budget", NULL,
};

static SkWindow *
example_window (const char *path,
                int         width)
{
  SkWindow *window = g_object_new (SK_TYPE_WINDOW, NULL);

  g_assert_true (sk_window_open_database (window, path));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.load-example", NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 740);
  gtk_window_present (GTK_WINDOW (window));
  sk_test_spin ();
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  return window;
}

static int
min_width (GtkWidget *widget)
{
  int minimum = 0, natural = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return minimum;
}

/* Names the widgets that are too wide while none of their children is:
 * where a failure has to be fixed. */
static void
report_culprits (GtkWidget *widget,
                 int        depth)
{
  gboolean child_too_wide = FALSE;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (gtk_widget_get_visible (c) && min_width (c) > NARROW)
      {
        child_too_wide = TRUE;
        report_culprits (c, depth + 1);
        break;   /* the first is enough to go on */
      }
  if (child_too_wide)
    return;
  g_test_message ("  too wide: %s “%s” (%d px) at depth %d %s", G_OBJECT_TYPE_NAME (widget),
                  gtk_widget_get_name (widget), min_width (widget), depth,
                  GTK_IS_LABEL (widget) ? gtk_label_get_label (GTK_LABEL (widget)) : "");
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    g_test_message ("    %s “%s” %d px%s", G_OBJECT_TYPE_NAME (c), gtk_widget_get_name (c), min_width (c),
                    GTK_IS_LABEL (c) ? gtk_label_get_label (GTK_LABEL (c)) : "");
}

static AdwViewStack *
find_stack (GtkWidget *root)
{
  if (ADW_IS_VIEW_STACK (root))
    return ADW_VIEW_STACK (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      AdwViewStack *found = find_stack (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every view, shown as a user opens it, fits into 360 px; so does the
 * whole window. */
static void
test_every_view_fits (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-narrow");
  SkWindow *window = example_window (path, 1280);
  AdwViewStack *stack = find_stack (GTK_WIDGET (window));

  g_assert_nonnull (stack);
  for (guint i = 0; views[i] != NULL; i++)
    {
      GtkWidget *page;

      sk_window_show_view (window, views[i]);
      sk_test_spin ();
      g_assert_cmpstr (sk_window_get_visible_view (window), ==, views[i]);
      page = adw_view_stack_get_child_by_name (stack, views[i]);
      g_assert_nonnull (page);
      g_test_message ("%s: minimum width %d px", views[i], min_width (page));
      if (min_width (page) > NARROW)
        report_culprits (page, 0);
      if (min_width (page) > NARROW)
        g_test_fail_printf ("the %s view needs %d px, more than %d", views[i], min_width (page), NARROW);
    }
  g_test_message ("window: minimum width %d px", min_width (GTK_WIDGET (window)));
  g_assert_cmpint (min_width (GTK_WIDGET (window)), <=, NARROW);
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

/* At 360 px the window really is that narrow, on every view, and an
 * indicator chosen in the register still opens its editor. */
static void
test_narrow_window (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-narrow");
  SkWindow *window = example_window (path, NARROW);

  for (guint i = 0; views[i] != NULL; i++)
    {
      sk_window_show_view (window, views[i]);
      sk_test_wait_ms (50);
      if (gtk_widget_get_width (GTK_WIDGET (window)) > NARROW)
        g_test_fail_printf ("on %s the window is %d px wide", views[i], gtk_widget_get_width (GTK_WIDGET (window)));
    }
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

static void
collect_type (GtkWidget *root,
              GType      type,
              GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    collect_type (c, type, found);
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type,
           guint      index)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_type (root, type, found);
  return index < found->len ? g_ptr_array_index (found, index) : NULL;
}

/* The wrapping filter bar of the charts keeps Tab going from control to
 * control in reading order, never stopping on the bar's own cells. */
static void
test_filter_bar_tab_order (void)
{
  g_autofree char *path = sk_test_temp_db ("sk-narrow");
  SkWindow *window = example_window (path, NARROW);
  AdwViewStack *stack = find_stack (GTK_WIDGET (window));
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *page, *bar, *print = NULL, *expected[4];
  GtkRoot *root = GTK_ROOT (window);

  sk_window_show_view (window, "charts");
  sk_test_spin ();
  page = adw_view_stack_get_child_by_name (stack, "charts");
  collect_type (page, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len && print == NULL; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "charts.print-area") == 0)
      print = buttons->pdata[i];
  g_assert_nonnull (print);
  bar = gtk_widget_get_ancestor (print, GTK_TYPE_FLOW_BOX);
  g_assert_nonnull (bar);
  expected[0] = find_type (bar, GTK_TYPE_DROP_DOWN, 0);   /* Area */
  expected[1] = find_type (bar, GTK_TYPE_DROP_DOWN, 1);   /* Data for */
  expected[2] = find_type (bar, GTK_TYPE_SPIN_BUTTON, 0); /* Years */
  expected[3] = print;
  g_assert_true (gtk_widget_grab_focus (expected[0]));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root), expected[0]));
  for (guint i = 1; i < G_N_ELEMENTS (expected); i++)
    {
      GtkWidget *focus;

      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      focus = gtk_root_get_focus (root);
      g_assert_nonnull (focus);
      g_assert_false (GTK_IS_FLOW_BOX_CHILD (focus));
      if (focus != expected[i] && !gtk_widget_is_ancestor (focus, expected[i]))
        {
          g_test_fail_printf ("Tab %u went to a %s, not into the %s", i, G_OBJECT_TYPE_NAME (focus),
                              G_OBJECT_TYPE_NAME (expected[i]));
          break;
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

int
main (int argc, char *argv[])
{
  /* Swedish, as the users read it: its words are the longer ones. */
  g_setenv ("LANGUAGE", "sv", TRUE);
  if (!sk_test_app_init (&argc, &argv))
    return 0;
  g_test_message ("language check: %s", g_dgettext (GETTEXT_PACKAGE, "_New Area"));

  g_test_add_func ("/app/narrow/every-view-fits", test_every_view_fits);
  g_test_add_func ("/app/narrow/narrow-window", test_narrow_window);
  g_test_add_func ("/app/narrow/filter-bar-tab-order", test_filter_bar_tab_order);
  return g_test_run ();
}
