/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-window-text.h"

#define SHOWN_KEY "sk-window-invalid-text-shown"

static void
show_invalid_text (SkWindow *self,
                   SkStore  *store)
{
  AdwToast *toast;

  if (g_object_get_data (G_OBJECT (store), SHOWN_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (store), SHOWN_KEY, GINT_TO_POINTER (TRUE));

  toast = adw_toast_new (_("Some texts in this database are not valid UTF-8 (an older program "
                           "wrote them) and are shown with �. Correct them and save."));
  /* Stays until read: it explains marks the user will meet in the views. */
  adw_toast_set_timeout (toast, 0);
  sk_window_add_toast (self, toast);
}

static void
on_invalid_text (SkStore  *store,
                 SkWindow *self)
{
  show_invalid_text (self, store);
}

void
sk_window_watch_invalid_text (SkWindow *self,
                              SkStore  *store)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  g_return_if_fail (SK_IS_STORE (store));

  g_signal_connect_object (store, "invalid-text", G_CALLBACK (on_invalid_text), self, 0);
  if (sk_store_has_invalid_text (store))
    show_invalid_text (self, store);
}
