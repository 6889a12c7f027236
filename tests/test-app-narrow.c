/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-narrow"

#include "config.h"

#include "app-test-util.h"
#include "sk-window.h"

/* The window works from 360 px wide (a phone, a narrow side-by-side
 * window) to a full screen: nothing in it may ask for more. */

#define NARROW 360

static const char *views[] = {
  "goals", "indicators", "outcomes", "workenv", "followup", "plans", "charts", "board", NULL,
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
  return g_test_run ();
}
