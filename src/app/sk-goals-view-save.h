/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Private to sk-goals-view*.c: saving a goal's text, and keeping it
 * through a lock held by another program. */

#include "sk-goal-node.h"
#include "sk-goals-view.h"

G_BEGIN_DECLS

typedef enum {
  SK_GOALS_SAVE_RENAME,
  SK_GOALS_SAVE_ADD_FOCUS_AREA,
  SK_GOALS_SAVE_ADD_REGIONAL_GOAL,
  SK_GOALS_SAVE_ADD_BOARD_GOAL,
} SkGoalsSaveKind;

/* Saves @text as @kind: @node is the goal renamed, or the one a new goal
 * goes under (NULL for a focus area of @plan_id). Selects what was saved.
 * When another program holds the file, the text is kept (see
 * sk_goals_view_pending_text) and a toast offers "Try Again", which
 * activates "goals.retry-save". Returns whether it was saved. */
gboolean    sk_goals_view_save_text    (SkGoalsView     *self,
                                        SkGoalsSaveKind  kind,
                                        gint64           plan_id,
                                        SkGoalNode      *node,
                                        const char      *text);
/* The action "goals.retry-save". */
void        sk_goals_view_retry_save   (GtkWidget       *widget,
                                        const char      *action,
                                        GVariant        *param);
/* The text still waiting to be saved as @kind on @node (may be NULL),
 * or NULL: the dialog opens with it instead of the stored text. */
const char *sk_goals_view_pending_text (SkGoalsView     *self,
                                        SkGoalsSaveKind  kind,
                                        SkGoalNode      *node);

/* Says why a change without typed text (moving, deleting, linking,
 * undoing) failed. On a lock, "Try Again" chooses @key again (when not
 * NULL) and activates @action with @target (floating, may be NULL). */
void        sk_goals_view_change_failed (SkGoalsView  *self,
                                         const GError *error,
                                         const char   *key,
                                         const char   *action,
                                         GVariant     *target);

G_END_DECLS
