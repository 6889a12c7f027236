/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Real input for the app tests: key presses and pointer moves go to the
 * X server (XTest) and come back as the events a user makes, through
 * focus, key bindings, shortcuts and the input method. The tests run on
 * Xvfb, where no window manager moves the windows. */

/* Gives @window the keyboard focus of the X server. */
void     sk_test_focus_window (GtkWindow       *window);
/* Presses and releases @keyval with the modifiers in @mods. */
void     sk_test_press_key    (guint            keyval,
                               GdkModifierType  mods);
/* Types @text: ASCII as on a US keyboard; any other character (§, å)
 * through a keycode lent to it for the moment. */
void     sk_test_type         (const char      *text);
/* Moves the pointer to (@x, @y) of @widget. */
void     sk_test_pointer_to   (GtkWidget       *widget,
                               double           x,
                               double           y);
/* Clicks pointer button @button where the pointer is. */
void     sk_test_click        (guint            button);

G_END_DECLS
