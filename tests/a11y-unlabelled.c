/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The audit's control case (check-a11y.sh): a window whose one button has
 * an icon and no name, which a screen reader cannot name. */
#include <gtk/gtk.h>

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_window_set_title (GTK_WINDOW (window), "a11y control case");
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Named"));
  gtk_box_append (GTK_BOX (box), gtk_button_new_from_icon_name ("document-open-symbolic"));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autoptr(GtkApplication) app = gtk_application_new (NULL, G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
