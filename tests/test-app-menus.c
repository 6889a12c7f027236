/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-menus"

#include "config.h"

#include "app-test-keys.h"
#include "app-test-util.h"
#include "sk-window.h"

/* The menus of the window opened with the mouse (real pointer moves and
 * clicks through the X server) and the keyboard: the button's tooltip
 * must not lie over the open menu. */

static SkWindow *
open_window (const char *path)
{
  SkWindow *window = sk_test_window_with_example (path, 1100, 700);

  /* The example's plans are adopted; "Add" is for a draft. */
  g_object_unref (sk_test_copy_plan (sk_window_get_store (window), 2025, 2026));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-year", "i", 2026);
  sk_test_spin ();
  sk_window_show_view (window, "goals");
  sk_test_spin ();
  sk_test_focus_window (GTK_WINDOW (window));
  return window;
}

/* The menu button on screen whose tooltip is @tooltip. */
static GtkWidget *
find_menu_button (GtkWidget  *root,
                  const char *tooltip)
{
  if (GTK_IS_MENU_BUTTON (root) && gtk_widget_get_mapped (root)
      && g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_menu_button (c, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A tooltip on screen anywhere in @window. */
static gboolean
tooltip_shown (SkWindow *window)
{
  GType type = g_type_from_name ("GtkTooltipWindow");

  g_assert_true (type != 0);
  return sk_test_find_shown_type (GTK_WIDGET (window), type) != NULL;
}

static void
check_menu (SkWindow   *window,
            const char *tooltip,
            gboolean    by_mouse)
{
  GtkWidget *button = find_menu_button (GTK_WIDGET (window), tooltip);
  GtkPopover *popover;

  g_assert_nonnull (button);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);

  /* Resting on the button shows what it is (moving in from its corner:
   * the pointer may already be where the last test left it). */
  sk_test_pointer_to (button, 1, 1);
  sk_test_pointer_to (button, gtk_widget_get_width (button) / 2.0, gtk_widget_get_height (button) / 2.0);
  sk_test_wait_ms (1500);
  g_assert_true (tooltip_shown (window));

  if (by_mouse)
    sk_test_click (1);
  else
    {
      gtk_widget_grab_focus (button);
      sk_test_press_key (GDK_KEY_space, 0);
    }
  /* Longer than the tooltip's delay: it must not come back. */
  sk_test_wait_ms (1500);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_false (tooltip_shown (window));

  sk_test_press_key (GDK_KEY_Escape, 0);
  sk_test_wait_ms (300);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  /* Closed, the button has its tooltip again. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, tooltip);
}

static void
test_menus (gconstpointer data)
{
  g_autofree char *path = sk_test_temp_db ("sk-menus");
  SkWindow *window = open_window (path);
  gboolean by_mouse = GPOINTER_TO_INT (data);

  check_menu (window, "Main Menu", by_mouse);
  check_menu (window, "Add a focus area, regional goal or board goal", by_mouse);
  gtk_window_destroy (GTK_WINDOW (window));
  sk_test_spin ();
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add_data_func ("/menus/tooltip-off-while-open/mouse", GINT_TO_POINTER (TRUE), test_menus);
  g_test_add_data_func ("/menus/tooltip-off-while-open/keyboard", GINT_TO_POINTER (FALSE), test_menus);
  return g_test_run ();
}
