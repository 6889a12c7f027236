/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-menu-tooltip"

#include "config.h"

#include "sk-menu-tooltip.h"

/* The tooltip of a button whose menu is open, put away until it closes. */
#define HIDDEN_KEY "sk-menu-tooltip-hidden"
#define HOOKED_KEY "sk-menu-tooltip-hooked"

static void
on_popover_shown (GtkWidget *popover,
                  GtkWidget *button)
{
  const char *markup = gtk_widget_get_tooltip_markup (button);

  if (markup == NULL)
    return;
  g_object_set_data_full (G_OBJECT (button), HIDDEN_KEY, g_strdup (markup), g_free);
  /* Clearing it also hides a tooltip already on screen. */
  gtk_widget_set_tooltip_markup (button, NULL);
}

static void
on_popover_hidden (GtkWidget *popover,
                   GtkWidget *button)
{
  g_autofree char *markup = g_object_steal_data (G_OBJECT (button), HIDDEN_KEY);

  if (markup != NULL)
    gtk_widget_set_tooltip_markup (button, markup);
}

static void
hook_popover (GtkMenuButton *button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);

  if (popover == NULL || g_object_get_data (G_OBJECT (popover), HOOKED_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (popover), HOOKED_KEY, GINT_TO_POINTER (TRUE));
  g_signal_connect_object (popover, "show", G_CALLBACK (on_popover_shown), button, 0);
  g_signal_connect_object (popover, "hide", G_CALLBACK (on_popover_hidden), button, 0);
}

static void
follow (GtkMenuButton *button)
{
  if (g_object_get_data (G_OBJECT (button), HOOKED_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (button), HOOKED_KEY, GINT_TO_POINTER (TRUE));
  hook_popover (button);
  /* A new menu model makes a new popover. */
  g_signal_connect (button, "notify::popover", G_CALLBACK (hook_popover), NULL);
}

void
sk_menu_tooltip_follow_all (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_MENU_BUTTON (root))
    follow (GTK_MENU_BUTTON (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    sk_menu_tooltip_follow_all (child);
}
