/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-store.h"
#include "sk-view-adopted.h"
#include "sk-view-util.h"

static gboolean
is_edit_key (guint           keyval,
             GdkModifierType state)
{
  state &= GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK;
  switch (keyval)
    {
    case GDK_KEY_F2:
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      return state == 0;
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      return state == GDK_ALT_MASK;
    case GDK_KEY_n:
    case GDK_KEY_l:
      return state == GDK_CONTROL_MASK;
    default:
      return FALSE;
    }
}

/* Whether the view has a shortcut of its own for the key: only those keys
 * are explained (F2 means nothing in a view without it). */
static gboolean
view_binds_key (GtkWidget       *view,
                guint            keyval,
                GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (c)); k++)
        {
          g_autoptr(GtkShortcut) s = g_list_model_get_item (G_LIST_MODEL (c), k);
          GtkShortcutTrigger *t = gtk_shortcut_get_trigger (s);

          if (GTK_IS_KEYVAL_TRIGGER (t)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (t)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (t)) == state)
            return TRUE;
        }
    }
  return FALSE;
}

/* Runs after the view's own shortcuts: only a key they left alone (its
 * action is off) gets here. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkWidget             *view)
{
  g_autoptr(SkStore) store = NULL;
  g_autoptr(SkPlan) plan = NULL;
  g_autofree char *message = NULL;
  int year = 0;

  if (!is_edit_key (keyval, state)
      || !view_binds_key (view, keyval, state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)))
    return FALSE;
  g_object_get (view, "store", &store, "year", &year, NULL);
  if (store != NULL)
    plan = sk_store_get_plan (store, year);
  if (plan == NULL || !sk_plan_is_adopted (plan))
    return FALSE;
  /* The store's own refusal, word for word. */
  message = g_strdup_printf (_("The plan for %d is adopted by the board: what it holds can no longer be "
                               "changed. Outcomes, comments and assessments can still be entered."), year);
  sk_view_toast (view, message);
  return TRUE;
}

void
sk_view_explain_adopted_keys (GtkWidget *view)
{
  GtkEventController *keys;

  g_return_if_fail (GTK_IS_WIDGET (view));
  g_return_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (view), "year") != NULL);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "sk-adopted-keys");
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed), view, 0);
  gtk_widget_add_controller (view, keys);
}
