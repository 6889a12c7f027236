/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-goals-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-file-notice.h"
#include "sk-goals-view-save.h"

/*
 * A goal's text is typed in a dialog that closes on saving. When the
 * save meets another program's lock, the text waits here, the tree keeps
 * the stored text, and "Try Again" saves the waiting one; opening the
 * same dialog again shows it too, so nothing typed is lost.
 */

typedef struct
{
  SkGoalsSaveKind  kind;
  char            *key;        /* the node's key, to match the dialog */
  SkRecord        *record;     /* renamed */
  gint64           plan_id;
  gint64           focus_area_id;
  gint64           regional_goal_id;
  char            *text;
} Pending;

#define PENDING_KEY "sk-goals-pending-save"

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_free (pending->key);
  g_clear_object (&pending->record);
  g_free (pending->text);
  g_free (pending);
}

/* The focus area a node belongs to, and its regional goal if any. */
static void
node_ancestry (SkGoalNode *node,
               gint64     *focus_area_id,
               gint64     *regional_goal_id)
{
  *focus_area_id = *regional_goal_id = 0;
  for (; node != NULL; node = sk_goal_node_get_parent (node))
    {
      gint64 id = sk_record_get_id (sk_goal_node_get_record (node));

      if (sk_goal_node_get_kind (node) == SK_GOAL_NODE_FOCUS_AREA)
        *focus_area_id = id;
      else if (sk_goal_node_get_kind (node) == SK_GOAL_NODE_REGIONAL_GOAL)
        *regional_goal_id = id;
    }
}

static char *
key_of_record (SkRecord *record)
{
  const char *prefix = SK_IS_FOCUS_AREA (record) ? "fa" : SK_IS_REGIONAL_GOAL (record) ? "rg" : "bg";

  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, prefix, sk_record_get_id (record));
}

/* Runs @pending against the store; the new or renamed record, or NULL. */
static SkRecord *
run (SkStore  *store,
     Pending  *pending,
     GError  **error)
{
  switch (pending->kind)
    {
    case SK_GOALS_SAVE_RENAME:
      if (!sk_store_rename (store, pending->record, pending->text, error))
        return NULL;
      return g_object_ref (pending->record);
    case SK_GOALS_SAVE_ADD_FOCUS_AREA:
      return SK_RECORD (sk_store_add_focus_area (store, pending->plan_id, pending->text, NULL, error));
    case SK_GOALS_SAVE_ADD_REGIONAL_GOAL:
      return SK_RECORD (sk_store_add_regional_goal (store, pending->focus_area_id, pending->text, NULL, error));
    case SK_GOALS_SAVE_ADD_BOARD_GOAL:
      return SK_RECORD (sk_store_add_board_goal (store, pending->focus_area_id, pending->regional_goal_id,
                                                 pending->text, error));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Forgets the waiting text when @done saved (or gave up) the same thing;
 * a waiting text for another goal stays for its own "Try Again". */
static void
forget_same (SkGoalsView *self,
             Pending     *done)
{
  Pending *waiting = g_object_get_data (G_OBJECT (self), PENDING_KEY);

  if (waiting != NULL && waiting->kind == done->kind && g_strcmp0 (waiting->key, done->key) == 0)
    g_object_set_data (G_OBJECT (self), PENDING_KEY, NULL);
}

/* Saves @pending (taking it); keeps it when the file is locked. */
static gboolean
save (SkGoalsView *self,
      Pending     *pending)
{
  SkStore *store = sk_goals_view_get_store (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkRecord) record = NULL;
  g_autofree char *key = NULL;

  if (store == NULL)
    {
      pending_free (pending);
      return FALSE;
    }
  record = run (store, pending, &error);
  if (record == NULL)
    {
      /* Only a lock is worth waiting for; any other refusal says why at once. */
      if (sk_file_notice_is_locked (error))
        g_object_set_data_full (G_OBJECT (self), PENDING_KEY, pending, pending_free);
      else
        {
          forget_same (self, pending);
          pending_free (pending);
        }
      sk_file_notice_toast_action (GTK_WIDGET (self), error, "goals.retry-save");
      return FALSE;
    }
  forget_same (self, pending);
  pending_free (pending);
  key = key_of_record (record);
  sk_goals_view_select_key (self, key);
  return TRUE;
}

gboolean
sk_goals_view_save_text (SkGoalsView     *self,
                         SkGoalsSaveKind  kind,
                         gint64           plan_id,
                         SkGoalNode      *node,
                         const char      *text)
{
  Pending *pending = g_new0 (Pending, 1);

  g_return_val_if_fail (SK_IS_GOALS_VIEW (self), FALSE);

  pending->kind = kind;
  pending->plan_id = plan_id;
  pending->text = g_strdup (text);
  if (node != NULL)
    {
      pending->key = g_strdup (sk_goal_node_get_key (node));
      node_ancestry (node, &pending->focus_area_id, &pending->regional_goal_id);
      if (kind == SK_GOALS_SAVE_RENAME)
        pending->record = g_object_ref (sk_goal_node_get_record (node));
    }
  return save (self, pending);
}

void
sk_goals_view_retry_save (GtkWidget  *widget,
                          const char *action,
                          GVariant   *param)
{
  Pending *pending = g_object_steal_data (G_OBJECT (widget), PENDING_KEY);

  if (pending != NULL)
    save (SK_GOALS_VIEW (widget), pending);
}

const char *
sk_goals_view_pending_text (SkGoalsView     *self,
                            SkGoalsSaveKind  kind,
                            SkGoalNode      *node)
{
  Pending *pending = g_object_get_data (G_OBJECT (self), PENDING_KEY);

  if (pending == NULL || pending->kind != kind)
    return NULL;
  if (kind != SK_GOALS_SAVE_ADD_FOCUS_AREA
      && (node == NULL || g_strcmp0 (pending->key, sk_goal_node_get_key (node)) != 0))
    return NULL;
  return pending->text;
}

/* ---- Changes without typed text ---- */

typedef struct
{
  char     *key;
  char     *action;
  GVariant *target;
} Retry;

#define RETRY_KEY "sk-goals-retry-change"

static void
retry_free (gpointer data)
{
  Retry *retry = data;

  g_free (retry->key);
  g_free (retry->action);
  g_clear_pointer (&retry->target, g_variant_unref);
  g_free (retry);
}

static void
retry_change (GtkWidget *widget)
{
  Retry *retry = g_object_steal_data (G_OBJECT (widget), RETRY_KEY);

  if (retry == NULL)
    return;
  /* The same row as before, if it is still there; the action checks the rest. */
  if (retry->key == NULL || sk_goals_view_select_key (SK_GOALS_VIEW (widget), retry->key))
    gtk_widget_activate_action_variant (widget, retry->action, retry->target);
  retry_free (retry);
}

void
sk_goals_view_change_failed (SkGoalsView  *self,
                             const GError *error,
                             const char   *key,
                             const char   *action,
                             GVariant     *target)
{
  Retry *retry = g_new0 (Retry, 1);

  g_return_if_fail (SK_IS_GOALS_VIEW (self));

  retry->key = g_strdup (key);
  retry->action = g_strdup (action);
  retry->target = target != NULL ? g_variant_ref_sink (target) : NULL;
  g_object_set_data_full (G_OBJECT (self), RETRY_KEY, retry, retry_free);
  sk_file_notice_toast (GTK_WIDGET (self), error, retry_change);
}
