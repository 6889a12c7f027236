/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-plan-review.h"
#include "sk-review-flag.h"

struct _SkReviewFlag
{
  GtkBox      parent_instance;

  GtkWidget  *label;
  SkGoalNode *node;    /* bound row of the goal tree, or NULL */
  SkStore    *store;
  int         year;
};

G_DEFINE_FINAL_TYPE (SkReviewFlag, sk_review_flag, GTK_TYPE_BOX)

/* The warnings are for the planner before the board decides: on an
 * adopted plan nothing can be changed any more, and a flag is only noise.
 * (diff-plans and the CLI still check any year.) */
static gboolean
is_adopted (SkStore *store,
            int      year)
{
  g_autoptr(SkPlan) plan = sk_store_get_plan (store, year);

  return plan != NULL && sk_plan_is_adopted (plan);
}

static char *
join_messages (GPtrArray *warnings)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      SkReviewWarning *warning = g_ptr_array_index (warnings, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, warning->message);
    }
  return g_string_free (text, FALSE);
}

void
sk_review_flag_show (SkReviewFlag *self,
                     GPtrArray    *warnings)
{
  g_autofree char *text = NULL;
  gboolean any;

  g_return_if_fail (SK_IS_REVIEW_FLAG (self));

  text = join_messages (warnings);
  any = *text != '\0';
  /* The sign in the text, not an icon beside it: GTK 4.8 mismeasures a
   * wrapping label next to an image in a box ("overlapping widgets"). */
  if (any)
    {
      g_autofree char *signed_text = g_strconcat ("⚠ ", text, NULL);
      gtk_label_set_label (GTK_LABEL (self->label), signed_text);
    }
  else
    gtk_label_set_label (GTK_LABEL (self->label), NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), any ? text : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), any);
}

void
sk_review_flag_check_editor (SkReviewFlag *self,
                             SkStore      *store,
                             int           year,
                             SkIndicator  *indicator,
                             const char   *text,
                             SkDirection   direction)
{
  g_autoptr(SkIndicator) shown = NULL;
  g_autoptr(GPtrArray) warnings = NULL;

  if (self == NULL)
    return;
  g_return_if_fail (SK_IS_REVIEW_FLAG (self));

  if (indicator == NULL || store == NULL || is_adopted (store, year))
    {
      sk_review_flag_show (self, NULL);
      return;
    }
  /* The form's direction may not be saved yet: check against it. */
  shown = sk_indicator_new ();
  sk_record_set_id (SK_RECORD (shown), sk_record_get_id (SK_RECORD (indicator)));
  sk_indicator_set_name (shown, sk_indicator_get_name (indicator));
  sk_indicator_set_measure_unit (shown, sk_indicator_get_measure_unit (indicator));
  sk_indicator_set_direction (shown, direction);
  warnings = sk_plan_review_check_indicator (store, year, shown, text, 0);
  sk_review_flag_show (self, warnings);
}

static void
recheck_node (SkReviewFlag *self)
{
  SkGoalNode *goal;
  g_autoptr(GPtrArray) warnings = NULL;

  if (self->node == NULL || self->store == NULL
      || sk_goal_node_get_kind (self->node) != SK_GOAL_NODE_INDICATOR
      || is_adopted (self->store, self->year))
    {
      sk_review_flag_show (self, NULL);
      return;
    }
  goal = sk_goal_node_get_parent (self->node);
  warnings = sk_plan_review_check_indicator (self->store, self->year,
                                             SK_INDICATOR (sk_goal_node_get_record (self->node)),
                                             sk_goal_node_get_target (self->node),
                                             goal ? sk_record_get_id (sk_goal_node_get_record (goal)) : 0);
  sk_review_flag_show (self, warnings);
}

static void
on_node_changed (SkGoalNode   *node,
                 GParamSpec   *pspec,
                 SkReviewFlag *self)
{
  recheck_node (self);
}

static void
on_store_changed (SkReviewFlag *self)
{
  recheck_node (self);
}

static void
unbind_node (SkReviewFlag *self)
{
  if (self->node != NULL)
    g_signal_handlers_disconnect_by_data (self->node, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->node);
  g_clear_object (&self->store);
}

void
sk_review_flag_bind_node (SkReviewFlag *self,
                          SkStore      *store,
                          int           year,
                          SkGoalNode   *node)
{
  g_return_if_fail (SK_IS_REVIEW_FLAG (self));

  unbind_node (self);
  if (node != NULL && sk_goal_node_get_kind (node) == SK_GOAL_NODE_INDICATOR && store != NULL)
    {
      self->node = g_object_ref (node);
      self->store = g_object_ref (store);
      self->year = year;
      /* A new target, or any change in the file (a direction, the
       * register, last year's target), checks again. */
      g_signal_connect_object (node, "notify", G_CALLBACK (on_node_changed), self, 0);
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
    }
  recheck_node (self);
}

SkReviewFlag *
sk_review_flag_attach_below (GtkWidget *widget)
{
  GtkWidget *flag = sk_review_flag_new ();

  g_return_val_if_fail (GTK_IS_BOX (gtk_widget_get_parent (gtk_widget_get_parent (widget))), NULL);

  gtk_box_append (GTK_BOX (gtk_widget_get_parent (gtk_widget_get_parent (widget))), flag);
  g_object_set_data (G_OBJECT (widget), "sk-review-flag", flag);
  return SK_REVIEW_FLAG (flag);
}

SkReviewFlag *
sk_review_flag_below (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "sk-review-flag");
}

void
sk_review_flag_bind_after (GtkWidget  *widget,
                           SkStore    *store,
                           int         year,
                           SkGoalNode *node)
{
  GtkWidget *flag = gtk_widget_get_next_sibling (widget);

  g_return_if_fail (SK_IS_REVIEW_FLAG (flag));
  sk_review_flag_bind_node (SK_REVIEW_FLAG (flag), store, year, node);
}

GtkWidget *
sk_review_flag_plan_list_new (SkStore *store,
                              int      year)
{
  g_autoptr(GPtrArray) warnings = NULL;
  GtkWidget *box, *heading, *scroller, *list;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);

  warnings = sk_plan_review_check_plan (store, year);
  if (warnings->len == 0)
    return NULL;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_name (box, "review-warnings");
  heading = gtk_label_new (_("To Look Over Before Adoption"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("To Look Over Before Adoption"), -1);
  for (guint i = 0; i < warnings->len; i++)
    {
      SkReviewWarning *warning = g_ptr_array_index (warnings, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *name = gtk_label_new (warning->indicator_name);
      GtkWidget *flag = sk_review_flag_new ();
      g_autoptr(GPtrArray) one = g_ptr_array_new ();

      /* The message quotes the target; the row says whose it is. */
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_add_css_class (name, "heading");
      g_ptr_array_add (one, warning);
      sk_review_flag_show (SK_REVIEW_FLAG (flag), one);
      gtk_box_append (GTK_BOX (row), name);
      gtk_box_append (GTK_BOX (row), flag);
      gtk_widget_set_margin_top (row, 6);
      gtk_widget_set_margin_bottom (row, 6);
      gtk_widget_set_margin_start (row, 12);
      gtk_widget_set_margin_end (row, 12);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      {
        /* GTK 4.8 names a row from its own label only: say it all. */
        g_autofree char *label = g_strdup_printf ("%s: %s", warning->indicator_name, warning->message);
        gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
    }
  /* A long list scrolls; the decision fields stay in view. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), scroller);
  return box;
}

GtkWidget *
sk_review_flag_new (void)
{
  return g_object_new (SK_TYPE_REVIEW_FLAG, NULL);
}

static void
sk_review_flag_dispose (GObject *object)
{
  unbind_node (SK_REVIEW_FLAG (object));
  G_OBJECT_CLASS (sk_review_flag_parent_class)->dispose (object);
}

static void
sk_review_flag_class_init (SkReviewFlagClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sk_review_flag_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "reviewflag");
}

static void
sk_review_flag_init (SkReviewFlag *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->label, "warning");
  gtk_widget_set_name (self->label, "review-message");
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_box_append (GTK_BOX (self), self->label);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
