/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include "sk-window-focus.h"

/*
 * Tab round the window. In this window GTK 4.8 does not wrap Tab from the
 * last control back to the first: the last control (Arbetsmiljö's and
 * Uppföljning's last text field, a plan's menu button on Planer) takes the
 * focus back and the keyboard is trapped there. Until now a hidden
 * scrolled window at the end took the focus instead (showing nothing).
 * Tab and Shift+Tab are moved here: on to the next control, or round.
 * Widgets that use Tab themselves are left alone: a text view taking
 * tabs, and anything inside a widget marked with sk_window_focus_own_tab ()
 * (the Utfall grid, where Tab moves from cell to cell); Ctrl+Tab leaves
 * them (it was trapped in the Utfall grid the same way).
 */

#define OWN_TAB "sk-window-focus-own-tab"

static gboolean
uses_tab (GtkWidget *focus)
{
  if (GTK_IS_TEXT_VIEW (focus) && gtk_text_view_get_accepts_tab (GTK_TEXT_VIEW (focus)))
    return TRUE;
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (g_object_get_data (G_OBJECT (w), OWN_TAB) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
on_key (GtkEventControllerKey *keys,
        guint                  keyval,
        guint                  keycode,
        GdkModifierType        state,
        GtkWindow             *window)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  /* Ctrl+Tab leaves a widget that uses Tab itself (GTK's convention). */
  gboolean leave = (state & GDK_CONTROL_MASK) != 0;
  GtkDirectionType dir;

  if (state & GDK_ALT_MASK)
    return FALSE;
  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    dir = GTK_DIR_TAB_FORWARD;
  else if (keyval == GDK_KEY_ISO_Left_Tab)
    dir = GTK_DIR_TAB_BACKWARD;
  else
    return FALSE;
  /* Not in a popover (its own round), nor where Tab means something. */
  if (focus == NULL || gtk_widget_get_native (focus) != GTK_NATIVE (window) || (!leave && uses_tab (focus)))
    return FALSE;
  /* As GTK's own Tab does: the keyboard is in use, show the focus ring. */
  gtk_window_set_focus_visible (window, TRUE);
  if (gtk_widget_child_focus (GTK_WIDGET (window), dir) && gtk_window_get_focus (window) != focus)
    return TRUE;
  /* At the end: round to the first control (or from the first to the
   * last), with no trace left of where the focus was. */
  for (GtkWidget *p = gtk_widget_get_parent (focus); p != NULL; p = gtk_widget_get_parent (p))
    gtk_widget_set_focus_child (p, NULL);
  gtk_window_set_focus (window, NULL);
  if (!gtk_widget_child_focus (GTK_WIDGET (window), dir))
    gtk_widget_grab_focus (focus);
  return TRUE;
}

void
sk_window_focus_own_tab (GtkWidget *widget)
{
  g_object_set_data (G_OBJECT (widget), OWN_TAB, GINT_TO_POINTER (TRUE));
}

void
sk_window_focus_init (GtkWindow *window)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Before the focused widget sees the key. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key), window);
  gtk_widget_add_controller (GTK_WIDGET (window), keys);
}
