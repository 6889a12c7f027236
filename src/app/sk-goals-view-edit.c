/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-goals-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-goal-snapshot.h"
#include "sk-goals-view-edit.h"
#include "sk-goals-view-save.h"
#include "sk-window.h"

/*
 * The goals view's changes made through dialogs and keys: adding,
 * editing and deleting goals, unlinking indicators, and taking back the
 * last change (Ctrl+Z) or doing again what was taken back (Ctrl+Shift+Z).
 * Each change is kept as the change that takes it back; carrying one out
 * gives the change that takes that back in turn, so undo and redo are
 * the same step.
 */

typedef enum {
  CHANGE_TEXT,      /* give the goal @key the text @text */
  CHANGE_DELETE,    /* delete the goal @key with everything under it */
  CHANGE_RESTORE,   /* bring back @snapshot, a deleted subtree */
  CHANGE_MOVE,      /* move the goal @key to @index among its siblings */
  CHANGE_LINK,      /* link an indicator to a board goal */
  CHANGE_UNLINK,    /* unlink it */
} ChangeKind;

typedef struct
{
  ChangeKind      kind;
  char           *key;
  char           *text;
  int             index;
  SkGoalSnapshot *snapshot;
  gint64          goal_id;
  gint64          indicator_id;
} Change;

static void
change_free (Change *change)
{
  if (change == NULL)
    return;
  g_free (change->key);
  g_free (change->text);
  g_clear_pointer (&change->snapshot, sk_goal_snapshot_free);
  g_free (change);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Change, change_free)

static Change *
change_new (ChangeKind  kind,
            const char *key)
{
  Change *change = g_new0 (Change, 1);

  change->kind = kind;
  change->key = g_strdup (key);
  return change;
}

static Change *
link_change_new (ChangeKind kind,
                 gint64     goal_id,
                 gint64     indicator_id)
{
  Change *change = change_new (kind, NULL);

  change->goal_id = goal_id;
  change->indicator_id = indicator_id;
  return change;
}

/* The change to take back and the one taken back; @serial tells stale
 * toasts apart. */
typedef struct
{
  Change *undo;
  Change *redo;
  guint   serial;
} History;

#define HISTORY_KEY "sk-goals-history"

static void
history_free (gpointer data)
{
  History *history = data;

  change_free (history->undo);
  change_free (history->redo);
  g_free (history);
}

static History *
get_history (SkGoalsView *self)
{
  History *history = g_object_get_data (G_OBJECT (self), HISTORY_KEY);

  if (history == NULL)
    {
      history = g_new0 (History, 1);
      g_object_set_data_full (G_OBJECT (self), HISTORY_KEY, history, history_free);
    }
  return history;
}

gboolean
sk_goals_view_can_undo (SkGoalsView *self)
{
  return get_history (self)->undo != NULL;
}

gboolean
sk_goals_view_can_redo (SkGoalsView *self)
{
  return get_history (self)->redo != NULL;
}

void
sk_goals_view_clear_undo (SkGoalsView *self)
{
  History *history = get_history (self);

  g_clear_pointer (&history->undo, change_free);
  g_clear_pointer (&history->redo, change_free);
  history->serial++;
}

/* Keeps @undo (taking it) as what takes back the change just made. */
static void
remember (SkGoalsView *self,
          Change      *undo)
{
  History *history = get_history (self);

  change_free (history->undo);
  history->undo = undo;
  g_clear_pointer (&history->redo, change_free);
  history->serial++;
  sk_goals_view_update_actions (self);
}

void
sk_goals_view_remember_move (SkGoalsView *self,
                             const char  *key,
                             int          old_index)
{
  Change *change = change_new (CHANGE_MOVE, key);

  change->index = old_index;
  remember (self, change);
}

void
sk_goals_view_remember_link (SkGoalsView *self,
                             gint64       goal_id,
                             gint64       indicator_id)
{
  remember (self, link_change_new (CHANGE_UNLINK, goal_id, indicator_id));
}

/* ---- Messages ---- */

static void
on_toast_undo (AdwToast *toast,
               gpointer  data)
{
  SkGoalsView *self = SK_GOALS_VIEW (data);
  guint serial = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "undo-serial"));

  /* An older toast must not undo a newer change. */
  if (serial == get_history (self)->serial)
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
      g_object_set_data (G_OBJECT (toast), "undo-serial", GUINT_TO_POINTER (get_history (self)->serial));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_undo), self, 0);
    }
  sk_window_add_toast (SK_WINDOW (window), toast);
}

/* ---- Carrying out a change: undo and redo ---- */

static char *
key_of_record (SkRecord *record)
{
  const char *prefix = SK_IS_FOCUS_AREA (record) ? "fa" : SK_IS_REGIONAL_GOAL (record) ? "rg" : "bg";

  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, prefix, sk_record_get_id (record));
}

/* Chooses the row @key and returns its node (a new reference). */
static SkGoalNode *
node_of_key (SkGoalsView  *self,
             const char   *key,
             GError      **error)
{
  if (key != NULL && sk_goals_view_select_key (self, key))
    return sk_goals_view_get_selected_node (self);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The goal is no longer in the plan."));
  return NULL;
}

/* Carries out @change; returns the change that takes it back, or NULL
 * with @error set. The row changed is chosen. */
static Change *
apply (SkGoalsView  *self,
       Change       *change,
       GError      **error)
{
  SkStore *store = sk_goals_view_get_store (self);
  g_autoptr(SkGoalNode) node = NULL;
  g_autoptr(SkRecord) record = NULL;
  g_autofree char *key = NULL;
  Change *inverse;

  switch (change->kind)
    {
    case CHANGE_TEXT:
      if ((node = node_of_key (self, change->key, error)) == NULL)
        return NULL;
      inverse = change_new (CHANGE_TEXT, change->key);
      inverse->text = g_strdup (sk_goal_node_get_title (node));
      if (!sk_store_rename (store, sk_goal_node_get_record (node), change->text, error))
        {
          change_free (inverse);
          return NULL;
        }
      return inverse;

    case CHANGE_DELETE:
      if ((node = node_of_key (self, change->key, error)) == NULL)
        return NULL;
      inverse = change_new (CHANGE_RESTORE, NULL);
      inverse->snapshot = sk_goal_snapshot_capture (store, sk_goal_node_get_record (node));
      if (inverse->snapshot == NULL
          || !sk_store_delete (store, sk_goal_node_get_record (node), error))
        {
          if (inverse->snapshot == NULL)
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The goal is no longer in the plan."));
          change_free (inverse);
          return NULL;
        }
      return inverse;

    case CHANGE_RESTORE:
      record = sk_goal_snapshot_restore (change->snapshot, store, error);
      if (record == NULL)
        return NULL;
      key = key_of_record (record);
      sk_goals_view_select_key (self, key);
      return change_new (CHANGE_DELETE, key);

    case CHANGE_MOVE:
      if ((node = node_of_key (self, change->key, error)) == NULL)
        return NULL;
      inverse = change_new (CHANGE_MOVE, change->key);
      inverse->index = sk_goals_view_get_node_index (self, node);
      if (!sk_store_move (store, sk_goal_node_get_record (node), change->index, error))
        {
          change_free (inverse);
          return NULL;
        }
      sk_goals_view_select_key (self, change->key);
      return inverse;

    case CHANGE_LINK:
      if (!sk_store_link_indicator (store, change->goal_id, change->indicator_id, error))
        return NULL;
      key = g_strdup_printf ("in:bg:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, change->goal_id, change->indicator_id);
      sk_goals_view_select_key (self, key);
      return link_change_new (CHANGE_UNLINK, change->goal_id, change->indicator_id);

    case CHANGE_UNLINK:
      if (!sk_store_unlink_indicator (store, change->goal_id, change->indicator_id, error))
        return NULL;
      key = g_strdup_printf ("bg:%" G_GINT64_FORMAT, change->goal_id);
      sk_goals_view_select_key (self, key);
      return link_change_new (CHANGE_LINK, change->goal_id, change->indicator_id);

    default:
      g_return_val_if_reached (NULL);
    }
}

/* Undo (@back) or redo: the change carried out moves to the other side. */
static void
step (SkGoalsView *self,
      gboolean     back)
{
  History *history = get_history (self);
  Change **from = back ? &history->undo : &history->redo;
  Change **to = back ? &history->redo : &history->undo;
  g_autoptr(GError) error = NULL;
  Change *inverse;

  if (*from == NULL || !sk_goals_view_is_editable (self))
    return;
  inverse = apply (self, *from, &error);
  if (inverse == NULL)
    {
      /* Kept, so "Try Again" carries out the same change. */
      sk_goals_view_change_failed (self, error, NULL, back ? "goals.undo" : "goals.redo", NULL);
      return;
    }
  g_clear_pointer (from, change_free);
  change_free (*to);
  *to = inverse;
  history->serial++;
  sk_goals_view_update_actions (self);
}

void
sk_goals_view_undo_action (GtkWidget  *widget,
                           const char *action,
                           GVariant   *param)
{
  step (SK_GOALS_VIEW (widget), TRUE);
}

void
sk_goals_view_redo_action (GtkWidget  *widget,
                           const char *action,
                           GVariant   *param)
{
  step (SK_GOALS_VIEW (widget), FALSE);
}

/* ---- Deleting ---- */

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

  if (!sk_store_unlink_indicator (sk_goals_view_get_store (self), goal_id, indicator_id, &error))
    {
      sk_goals_view_change_failed (self, error, sk_goal_node_get_key (node), "goals.delete", NULL);
      return;
    }
  remember (self, link_change_new (CHANGE_LINK, goal_id, indicator_id));
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
  Change *undo;

  if (snapshot == NULL)
    return;
  if (!sk_store_delete (store, sk_goal_node_get_record (node), &error))
    {
      sk_goals_view_change_failed (self, error, sk_goal_node_get_key (node), "goals.delete", NULL);
      return;
    }
  message = g_strdup_printf (_("“%s” was deleted"), sk_goal_snapshot_get_title (snapshot));
  undo = change_new (CHANGE_RESTORE, NULL);
  undo->snapshot = g_steal_pointer (&snapshot);
  remember (self, undo);
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

/* ---- Text dialogs: add, edit ---- */

typedef void (*TextDone) (SkGoalsView *self, SkGoalNode *node, const char *text);

/* The text field's width: a goal of 150 characters reads whole in a few
 * lines, and the dialog still fits beside a narrow window. */
#define TEXT_WIDTH     480
#define TEXT_MIN_WIDTH 260

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
on_text_response (AdwMessageDialog *dialog,
                  const char       *response,
                  SkGoalsView      *self)
{
  GtkTextBuffer *buffer = g_object_get_data (G_OBJECT (dialog), "buffer");
  SkGoalNode *node = g_object_get_data (G_OBJECT (dialog), "node");
  TextDone done = g_object_get_data (G_OBJECT (dialog), "done");
  g_autofree char *text = buffer_text (buffer);

  if (g_strcmp0 (response, "ok") == 0)
    done (self, node, text);
}

static void
on_text_changed (GtkTextBuffer    *buffer,
                 AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (buffer_text (buffer));

  adw_message_dialog_set_response_enabled (dialog, "ok", *text != '\0');
}

/* Return saves, as in a one-line field; Shift+Return starts a new line
 * (a goal's text may have several). */
static gboolean
on_text_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             GtkTextView           *view)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  if (state & GDK_SHIFT_MASK)
    {
      gtk_text_buffer_insert_interactive_at_cursor (gtk_text_view_get_buffer (view), "\n", 1, TRUE);
      gtk_text_view_scroll_mark_onscreen (view, gtk_text_buffer_get_insert (gtk_text_view_get_buffer (view)));
    }
  else
    gtk_widget_activate_action (GTK_WIDGET (view), "default.activate", NULL);
  return TRUE;
}

static GtkWidget *
text_field (GtkRoot    *root,
            const char *label,
            const char *text,
            GtkWidget **view_out)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkEventController *keys = gtk_event_controller_key_new ();
  int width = TEXT_WIDTH;
  GtkTextIter start, end;

  /* Narrower beside a narrow window: the dialog keeps inside it. */
  if (GTK_IS_WIDGET (root) && gtk_widget_get_width (GTK_WIDGET (root)) > 0)
    width = CLAMP (gtk_widget_get_width (GTK_WIDGET (root)) - 120, TEXT_MIN_WIDTH, TEXT_WIDTH);
  gtk_widget_set_name (view, "goal-text");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE, -1);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  /* As a one-line field does on focus: typing replaces the whole text. */
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &end, &start);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_text_key), view);
  gtk_widget_add_controller (view, keys);

  /* Grows with the text up to about eight lines, then scrolls. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 72);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 200);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  gtk_widget_set_size_request (frame, width, -1);
  *view_out = view;
  return frame;
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
  GtkWidget *view = NULL;
  GtkWidget *field = text_field (root, label, text, &view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), field);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "ok", ok_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "buffer", buffer);
  g_object_set_data_full (G_OBJECT (dialog), "node", node ? g_object_ref (node) : NULL, g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "done", done);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_text_changed), dialog, 0);
  on_text_changed (buffer, ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_text_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (view);
}

/* The new goal, chosen by the save, is what Ctrl+Z deletes again. */
static void
added (SkGoalsView *self)
{
  const char *key = sk_goals_view_get_selected_key (self);

  if (key != NULL)
    remember (self, change_new (CHANGE_DELETE, key));
  /* The new row, chosen, takes the keyboard. */
  sk_goals_view_focus_tree (self);
}

static void
add_focus_area_done (SkGoalsView *self,
                     SkGoalNode  *node,
                     const char  *text)
{
  SkPlan *plan = sk_goals_view_get_plan (self);

  if (sk_goals_view_is_editable (self)
      && sk_goals_view_save_text (self, SK_GOALS_SAVE_ADD_FOCUS_AREA, sk_record_get_id (SK_RECORD (plan)),
                                  NULL, text))
    added (self);
}

static void
add_regional_goal_done (SkGoalsView *self,
                        SkGoalNode  *node,
                        const char  *text)
{
  if (sk_goals_view_is_editable (self) && node != NULL
      && sk_goals_view_save_text (self, SK_GOALS_SAVE_ADD_REGIONAL_GOAL, 0, node, text))
    added (self);
}

static void
add_board_goal_done (SkGoalsView *self,
                     SkGoalNode  *node,
                     const char  *text)
{
  if (sk_goals_view_is_editable (self) && node != NULL
      && sk_goals_view_save_text (self, SK_GOALS_SAVE_ADD_BOARD_GOAL, 0, node, text))
    added (self);
}

static void
edit_done (SkGoalsView *self,
           SkGoalNode  *node,
           const char  *text)
{
  g_autofree char *old = NULL;
  g_autofree char *clean = NULL;
  Change *undo;

  if (!sk_goals_view_is_editable (self) || node == NULL)
    return;
  old = g_strdup (sk_goal_node_get_title (node));
  clean = g_strstrip (g_strdup (text));
  if (!sk_goals_view_save_text (self, SK_GOALS_SAVE_RENAME, 0, node, text) || g_strcmp0 (old, clean) == 0)
    return;
  undo = change_new (CHANGE_TEXT, sk_goal_node_get_key (node));
  undo->text = g_steal_pointer (&old);
  remember (self, undo);
  show_toast (self, _("The text was changed"), TRUE);
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

/* The view's focus vfunc. Coming to the page (Alt+1, or Tab from the
 * header), the keyboard lands in the goal tree, where the arrows, F2 and
 * Return work; the toolbar is a Shift+Tab away. */
gboolean
sk_goals_view_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  GtkWidgetClass *parent = g_type_class_peek_parent (G_OBJECT_GET_CLASS (widget));

  if (gtk_widget_get_focus_child (widget) == NULL && direction == GTK_DIR_TAB_FORWARD)
    {
      sk_goals_view_focus_tree (SK_GOALS_VIEW (widget));
      if (gtk_widget_get_focus_child (widget) != NULL)
        return TRUE;
    }
  return parent->focus (widget, direction);
}
