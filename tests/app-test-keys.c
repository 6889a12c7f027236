/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "app-test-keys"

#include "config.h"

#include <dlfcn.h>

#include <gdk/x11/gdkx.h>
#include <X11/XKBlib.h>

#include "app-test-keys.h"

/* libXtst is there wherever Xvfb runs (at-spi2-core and x11-utils need
 * it) but its headers are not: it is opened at run time. */
typedef int (*FakeKey) (Display *, unsigned int, Bool, unsigned long);
typedef int (*FakeMotion) (Display *, int, int, int, unsigned long);
typedef int (*FakeButton) (Display *, unsigned int, Bool, unsigned long);

static struct
{
  FakeKey    key;
  FakeMotion motion;
  FakeButton button;
} xtest;

static Display *
x_display (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (xtest.key == NULL)
    {
      void *lib = dlopen ("libXtst.so.6", RTLD_NOW);

      if (lib == NULL)
        g_error ("Real key presses need libXtst.so.6: %s", dlerror ());
      xtest.key = (FakeKey) dlsym (lib, "XTestFakeKeyEvent");
      xtest.motion = (FakeMotion) dlsym (lib, "XTestFakeMotionEvent");
      xtest.button = (FakeButton) dlsym (lib, "XTestFakeButtonEvent");
      g_assert_nonnull (xtest.key);
    }
  if (!GDK_IS_X11_DISPLAY (display))
    g_error ("Real key presses need the X11 backend (Xvfb).");
  return gdk_x11_display_get_xdisplay (display);
}

/* Lets the events come back from the server and GTK handle them. */
static void
settle (Display *dpy)
{
  gint64 until;

  XSync (dpy, False);
  until = g_get_monotonic_time () + 60 * 1000;
  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static Window
window_xid (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  return gdk_x11_surface_get_xid (surface);
}

void
sk_test_focus_window (GtkWindow *window)
{
  Display *dpy = x_display ();

  gtk_window_present (window);
  settle (dpy);
  XRaiseWindow (dpy, window_xid (window));
  XSetInputFocus (dpy, window_xid (window), RevertToParent, CurrentTime);
  settle (dpy);
}

static void
press (Display *dpy,
       KeySym   keysym,
       gboolean down)
{
  KeyCode code = XKeysymToKeycode (dpy, keysym);

  g_assert_cmpuint (code, !=, 0);
  xtest.key (dpy, code, down, CurrentTime);
}

void
sk_test_press_key (guint           keyval,
                   GdkModifierType mods)
{
  Display *dpy = x_display ();

  if (mods & GDK_CONTROL_MASK)
    press (dpy, XK_Control_L, TRUE);
  if (mods & GDK_SHIFT_MASK)
    press (dpy, XK_Shift_L, TRUE);
  if (mods & GDK_ALT_MASK)
    press (dpy, XK_Alt_L, TRUE);
  press (dpy, keyval, TRUE);
  press (dpy, keyval, FALSE);
  if (mods & GDK_ALT_MASK)
    press (dpy, XK_Alt_L, FALSE);
  if (mods & GDK_SHIFT_MASK)
    press (dpy, XK_Shift_L, FALSE);
  if (mods & GDK_CONTROL_MASK)
    press (dpy, XK_Control_L, FALSE);
  settle (dpy);
}

/* A character the US keymap lacks (§, å, ”): bound for the moment to a
 * keycode that holds nothing, as xdotool does; GDK follows the mapping
 * change before the key event, which the server sends after it. */
static KeyCode
borrow_keycode (Display *dpy,
                KeySym   keysym)
{
  int min, max, per;
  KeySym *map;
  KeyCode found = 0;
  KeySym both[2] = { keysym, keysym };

  XDisplayKeycodes (dpy, &min, &max);
  map = XGetKeyboardMapping (dpy, min, max - min + 1, &per);
  for (int code = max; code >= min && found == 0; code--)
    {
      gboolean empty = TRUE;

      for (int i = 0; i < per; i++)
        if (map[(code - min) * per + i] != NoSymbol)
          empty = FALSE;
      if (empty)
        found = code;
    }
  XFree (map);
  g_assert_cmpuint (found, !=, 0);
  XChangeKeyboardMapping (dpy, found, 2, both, 1);
  settle (dpy);
  return found;
}

static void
give_back_keycode (Display *dpy,
                   KeyCode  code)
{
  KeySym none[2] = { NoSymbol, NoSymbol };

  XChangeKeyboardMapping (dpy, code, 2, none, 1);
  settle (dpy);
}

void
sk_test_type (const char *text)
{
  Display *dpy = x_display ();

  g_return_if_fail (g_utf8_validate (text, -1, NULL));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      KeySym keysym = c < 128 ? (KeySym) c : gdk_unicode_to_keyval (c);
      KeyCode code = c < 128 ? XKeysymToKeycode (dpy, keysym) : borrow_keycode (dpy, keysym);
      /* Shift where the key holds the character on its second level: the
       * keymap says, not a guess (Xvfb's "<" key gives ">" with Shift). */
      gboolean shift = code != 0 && XkbKeycodeToKeysym (dpy, code, 0, 0) != keysym
                       && XkbKeycodeToKeysym (dpy, code, 0, 1) == keysym;

      g_assert_cmpuint (code, !=, 0);
      if (shift)
        press (dpy, XK_Shift_L, TRUE);
      xtest.key (dpy, code, True, CurrentTime);
      xtest.key (dpy, code, False, CurrentTime);
      if (shift)
        press (dpy, XK_Shift_L, FALSE);
      XSync (dpy, False);
      if (c >= 128)
        {
          settle (dpy);
          give_back_keycode (dpy, code);
        }
    }
  settle (dpy);
}

void
sk_test_pointer_to (GtkWidget *widget,
                    double     x,
                    double     y)
{
  Display *dpy = x_display ();
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t point;
  double sx, sy;
  int rx, ry;
  Window child;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (dpy, gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                         DefaultRootWindow (dpy), (int) (point.x + sx), (int) (point.y + sy), &rx, &ry, &child);
  xtest.motion (dpy, -1, rx, ry, CurrentTime);
  settle (dpy);
}

void
sk_test_click (guint button)
{
  Display *dpy = x_display ();

  xtest.button (dpy, button, True, CurrentTime);
  xtest.button (dpy, button, False, CurrentTime);
  settle (dpy);
}
