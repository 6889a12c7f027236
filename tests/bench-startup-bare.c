/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The yardstick of build-aux/bench-startup.sh: a bare libadwaita window
 * (header bar and a label), timed exactly as styrkort is. With
 * STYRKORT_FIRST_FRAME=<wall-clock µs at start> it prints the time to its
 * first painted frame and quits.
 */
#include <adwaita.h>

static void
after_paint (GdkFrameClock *clock,
             GtkWindow     *window)
{
  gint64 started = g_ascii_strtoll (g_getenv ("STYRKORT_FIRST_FRAME"), NULL, 10);

  g_signal_handlers_disconnect_by_func (clock, after_paint, window);
  g_print ("first frame after %.1f ms\n", (g_get_real_time () - started) / 1000.0);
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static void
activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("Styrkort");

  gtk_window_set_title (GTK_WINDOW (window), "Styrkort");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720); /* as styrkort */
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  if (g_getenv ("STYRKORT_FIRST_FRAME") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint), window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.styrkort.BareWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
