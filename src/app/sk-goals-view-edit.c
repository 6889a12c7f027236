/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-goals-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-goal-snapshot.h"
#include "sk-goals-view-edit.h"
#include "sk-goals-view-save.h"
#include "sk-window.h"

/*
 * The goals view's changes made through dialogs and the Delete key:
 * adding, editing and deleting goals, unlinking indicators, and undoing
 * the last of these changes.
 */

typedef enum {
  UNDO_NONE,
  UNDO_RESTORE,   /* a deleted subtree */
  UNDO_RELINK,    /* an unlinked indicator */
} UndoKind;

/* The last undoable change; @serial tells stale toasts apart. */
typedef struct
{
  UndoKind        kind;
  SkGoalSnapshot *snapshot;
  gint64          goal_id;
  gint64          indicator_id;
  guint           serial;
} Undo;

#define UNDO_KEY "sk-goals-undo"

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_pointer (&undo->snapshot, sk_goal_snapshot_free);
  g_free (undo);
}

static Undo *
get_undo (SkGoalsView *self)
{
  Undo *undo = g_object_get_data (G_OBJECT (self), UNDO_KEY);

  if (undo == NULL)
    {
      undo = g_new0 (Undo, 1);
      g_object_set_data_full (G_OBJECT (self), UNDO_KEY, undo, undo_free);
    }
  return undo;
}

gboolean
sk_goals_view_can_undo (SkGoalsView *self)
{
  return get_undo (self)->kind != UNDO_NONE;
}

/* ---- Messages ---- */

static void
on_toast_undo (AdwToast *toast,
               gpointer  data)
{
  SkGoalsView *self = SK_GOALS_VIEW (data);
  guint serial = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "undo-serial"));

  /* An older toast must not undo a newer change. */
  if (serial == get_undo (self)->serial)
    gtk_widget_activate_action (GTK_WIDGET (self), "goals.undo", NULL);
}

static void
show_toast (SkGoalsView *self,
            const char  *message,
            gboolean     with_undo)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), SK_TYPE_WINDOW);
  AdwToast *toast;

  if (window == NULL)
    {
      g_message ("%s", message);
      return;
    }
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, with_undo ? 10 : 6);
  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data (G_OBJECT (toast), "undo-serial", GUINT_TO_POINTER (get_undo (self)->serial));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo), self, 0);
    }
  sk_window_add_toast (SK_WINDOW (window), toast);
}

/* ---- Deleting and undo ---- */

void
sk_goals_view_clear_undo (SkGoalsView *self)
{
  Undo *undo = get_undo (self);

  undo->kind = UNDO_NONE;
  g_clear_pointer (&undo->snapshot, sk_goal_snapshot_free);
  undo->goal_id = undo->indicator_id = 0;
  undo->serial++;
}

static void
unlink_indicator (SkGoalsView *self,
                  SkGoalNode  *node)
{
  SkGoalNode *goal = sk_goal_node_get_parent (node);
  gint64 goal_id = sk_record_get_id (sk_goal_node_get_record (goal));
  gint64 indicator_id = sk_record_get_id (sk_goal_node_get_record (node));
  g_autofree char *name = g_strdup (sk_goal_node_get_title (node));
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  Undo *undo;

  if (!sk_store_unlink_indicator (sk_goals_view_get_store (self), goal_id, indicator_id, &error))
    {
      sk_goals_view_change_failed (self, error, sk_goal_node_get_key (node), "goals.delete", NULL);
      return;
    }
  sk_goals_view_clear_undo (self);
  undo = get_undo (self);
  undo->kind = UNDO_RELINK;
  undo->goal_id = goal_id;
  undo->indicator_id = indicator_id;
  sk_goals_view_update_actions (self);
  message = g_strdup_printf (_("“%s” was unlinked from the goal"), name);
  show_toast (self, message, TRUE);
}

static void
delete_subtree (SkGoalsView *self,
                SkGoalNode  *node)
{
  SkStore *store = sk_goals_view_get_store (self);
  g_autoptr(SkGoalSnapshot) snapshot = sk_goal_snapshot_capture (store, sk_goal_node_get_record (node));
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  Undo *undo;

  if (snapshot == NULL)
    return;
  if (!sk_store_delete (store, sk_goal_node_get_record (node), &error))
    {
      sk_goals_view_change_failed (self, error, sk_goal_node_get_key (node), "goals.delete", NULL);
      return;
    }
  sk_goals_view_clear_undo (self);
  message = g_strdup_printf (_("“%s” was deleted"), sk_goal_snapshot_get_title (snapshot));
  undo = get_undo (self);
  undo->kind = UNDO_RESTORE;
  undo->snapshot = g_steal_pointer (&snapshot);
  sk_goals_view_update_actions (self);
  show_toast (self, message, TRUE);
}

void
sk_goals_view_delete_action (GtkWidget  *widget,
                             const char *action,
                             GVariant   *param)
{
  SkGoalsView *self = SK_GOALS_VIEW (widget);
  g_autoptr(SkGoalNode) node = sk_goals_view_get_selected_node (self);

  if (node == NULL || !sk_goals_view_is_editable (self))
    return;
  if (sk_goal_node_get_kind (node) == SK_GOAL_NODE_INDICATOR)
    unlink_indicator (self, node);
  else
    delete_subtree (self, node);
}

static char *
key_of_record (SkRecord *record)
{
  const char *prefix = SK_IS_FOCUS_AREA (record) ? "fa" : SK_IS_REGIONAL_GOAL (record) ? "rg" : "bg";

  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, prefix, sk_record_get_id (record));
}

void
sk_goals_view_undo_action (GtkWidget  *widget,
                           const char *action,
                           GVariant   *param)
{
  SkGoalsView *self = SK_GOALS_VIEW (widget);
  SkStore *store = sk_goals_view_get_store (self);
  Undo *undo = get_undo (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRecord) record = NULL;
  g_autofree char *key = NULL;

  if (undo->kind == UNDO_NONE || !sk_goals_view_is_editable (self))
    return;
  if (undo->kind == UNDO_RELINK)
    {
      if (!sk_store_link_indicator (store, undo->goal_id, undo->indicator_id, &error))
        {
          sk_goals_view_change_failed (self, error, NULL, "goals.undo", NULL);
          return;
        }
      key = g_strdup_printf ("in:bg:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                             undo->goal_id, undo->indicator_id);
    }
  else
    {
      record = sk_goal_snapshot_restore (undo->snapshot, store, &error);
      if (record == NULL)
        {
          sk_goals_view_change_failed (self, error, NULL, "goals.undo", NULL);
          return;
        }
      key = key_of_record (record);
    }
  sk_goals_view_clear_undo (self);
  sk_goals_view_update_actions (self);
  sk_goals_view_select_key (self, key);
}

/* ---- Text dialogs: add, edit ---- */

typedef void (*TextDone) (SkGoalsView *self, SkGoalNode *node, const char *text);

static void
on_text_response (AdwMessageDialog *dialog,
                  const char       *response,
                  SkGoalsView      *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  SkGoalNode *node = g_object_get_data (G_OBJECT (dialog), "node");
  TextDone done = g_object_get_data (G_OBJECT (dialog), "done");

  if (g_strcmp0 (response, "ok") == 0)
    done (self, node, gtk_editable_get_text (entry));
}

static void
on_text_changed (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "ok", *text != '\0');
}

static void
ask_text (SkGoalsView *self,
          const char  *heading,
          const char  *body,
          const char  *label,
          const char  *text,
          const char  *ok_label,
          SkGoalNode  *node,
          TextDone     done)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, "goal-text");
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "ok", ok_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "node", node ? g_object_ref (node) : NULL, g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "done", done);
  g_signal_connect (entry, "changed", G_CALLBACK (on_text_changed), dialog);
  on_text_changed (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_text_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
add_focus_area_done (SkGoalsView *self,
                     SkGoalNode  *node,
                     const char  *text)
{
  /* The new row, chosen, takes the keyboard. */
  if (sk_goals_view_is_editable (self)
      && sk_goals_view_save_text (self, SK_GOALS_SAVE_ADD_FOCUS_AREA, sk_record_get_id (SK_RECORD (sk_goals_view_get_plan (self))),
                                  NULL, text))
    sk_goals_view_focus_tree (self);
}

static void
add_regional_goal_done (SkGoalsView *self,
                        SkGoalNode  *node,
                        const char  *text)
{
  if (sk_goals_view_is_editable (self) && node != NULL
      && sk_goals_view_save_text (self, SK_GOALS_SAVE_ADD_REGIONAL_GOAL, 0, node, text))
    sk_goals_view_focus_tree (self);
}

static void
add_board_goal_done (SkGoalsView *self,
                     SkGoalNode  *node,
                     const char  *text)
{
  if (sk_goals_view_is_editable (self) && node != NULL
      && sk_goals_view_save_text (self, SK_GOALS_SAVE_ADD_BOARD_GOAL, 0, node, text))
    sk_goals_view_focus_tree (self);
}

static void
edit_done (SkGoalsView *self,
           SkGoalNode  *node,
           const char  *text)
{
  if (sk_goals_view_is_editable (self) && node != NULL)
    sk_goals_view_save_text (self, SK_GOALS_SAVE_RENAME, 0, node, text);
}

void
sk_goals_view_add_focus_area_action (GtkWidget  *widget,
                                     const char *action,
                                     GVariant   *param)
{
  ask_text (SK_GOALS_VIEW (widget), _("New Focus Area"), NULL, _("Title of the focus area"),
            sk_goals_view_pending_text (SK_GOALS_VIEW (widget), SK_GOALS_SAVE_ADD_FOCUS_AREA, NULL),
            _("_Add"), NULL, add_focus_area_done);
}

void
sk_goals_view_add_regional_goal_action (GtkWidget  *widget,
                                        const char *action,
                                        GVariant   *param)
{
  SkGoalsView *self = SK_GOALS_VIEW (widget);
  g_autoptr(SkGoalNode) node = sk_goals_view_get_selected_node (self);

  if (node != NULL)
    ask_text (self, _("New Regional Goal"), _("The regional goal is added to the chosen focus area."),
              _("Text of the regional goal"),
              sk_goals_view_pending_text (self, SK_GOALS_SAVE_ADD_REGIONAL_GOAL, node),
              _("_Add"), node, add_regional_goal_done);
}

void
sk_goals_view_add_board_goal_action (GtkWidget  *widget,
                                     const char *action,
                                     GVariant   *param)
{
  SkGoalsView *self = SK_GOALS_VIEW (widget);
  g_autoptr(SkGoalNode) node = sk_goals_view_get_selected_node (self);

  if (node != NULL)
    ask_text (self, _("New Board Goal"),
              _("The goal is added under the chosen regional goal, or directly under the focus area."),
              _("Text of the board goal"),
              sk_goals_view_pending_text (self, SK_GOALS_SAVE_ADD_BOARD_GOAL, node),
              _("_Add"), node, add_board_goal_done);
}

void
sk_goals_view_edit_action (GtkWidget  *widget,
                           const char *action,
                           GVariant   *param)
{
  SkGoalsView *self = SK_GOALS_VIEW (widget);
  g_autoptr(SkGoalNode) node = sk_goals_view_get_selected_node (self);
  const char *pending;

  if (node == NULL || sk_goal_node_get_kind (node) == SK_GOAL_NODE_INDICATOR || !sk_goals_view_is_editable (self))
    return;
  pending = sk_goals_view_pending_text (self, SK_GOALS_SAVE_RENAME, node);
  /* What could not be saved yet comes back rather than the stored text. */
  ask_text (self, _("Edit Text"), sk_goal_node_get_kind_label (node), _("Text"),
            pending != NULL ? pending : sk_goal_node_get_title (node), _("_Save"), node, edit_done);
}
