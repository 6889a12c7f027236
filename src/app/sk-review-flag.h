/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-goal-node.h"
#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_REVIEW_FLAG (sk_review_flag_get_type ())
G_DECLARE_FINAL_TYPE (SkReviewFlag, sk_review_flag, SK, REVIEW_FLAG, GtkBox)

/*
 * A warning sign and the plan review's messages for one target (see
 * sk-plan-review.h), hidden when there is nothing to look over. Shared by
 * the indicator editor and the goal tree, so those views only place it.
 */
GtkWidget *sk_review_flag_new          (void);
/* Shows @warnings (SkReviewWarning); hides the flag when there are none. */
void       sk_review_flag_show         (SkReviewFlag *self,
                                        GPtrArray    *warnings);
/* The editor: @indicator's target as typed (@text) with the direction
 * chosen in the form. @indicator NULL hides the flag. */
void       sk_review_flag_check_editor (SkReviewFlag *self,
                                        SkStore      *store,
                                        int           year,
                                        SkIndicator  *indicator,
                                        const char   *text,
                                        SkDirection   direction);
/* A row of the goal tree: flags an indicator node (under its goal) and
 * follows its target; any other node, or NULL, hides the flag. */
void       sk_review_flag_bind_node    (SkReviewFlag *self,
                                        SkStore      *store,
                                        int           year,
                                        SkGoalNode   *node);

/* For views that only place the flag (a few lines there, all logic here):
 * puts a new flag at the end of the box that holds @widget's parent and
 * remembers it on @widget; sk_review_flag_below() finds it again. */
SkReviewFlag *sk_review_flag_attach_below (GtkWidget *widget);
SkReviewFlag *sk_review_flag_below        (GtkWidget *widget);
/* The flag placed right after @widget in its box (the goal tree's row),
 * bound to @node (NULL unbinds). */
void       sk_review_flag_bind_after   (GtkWidget    *widget,
                                        SkStore      *store,
                                        int           year,
                                        SkGoalNode   *node);

/* The adopt dialog's list "To look over before adoption", or NULL when
 * @year's plan has nothing to look over. */
GtkWidget *sk_review_flag_plan_list_new (SkStore *store,
                                         int      year);

G_END_DECLS
