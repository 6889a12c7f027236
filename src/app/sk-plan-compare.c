/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-goals-view.h"
#include "sk-plan-compare.h"
#include "sk-window.h"

struct _SkPlanCompare
{
  AdwWindow       parent_instance;

  SkStore        *store;
  SkPlanDiff     *diff;

  /* template */
  AdwWindowTitle *title;
  GtkFlowBox     *counts;
  GtkWidget      *no_changes;
  GtkBox         *groups;
};

G_DEFINE_FINAL_TYPE (SkPlanCompare, sk_plan_compare, ADW_TYPE_WINDOW)

/* ---- Leading to the item ---- */

/* Where a row leads: the year that holds the item (a removed one is only
 * in the earlier year), the view, and the item there. */
typedef struct {
  int         year;
  const char *view;
  char       *key;   /* goals: the tree key */
  gint64      id;    /* indicators */
} Destination;

static void
destination_free (Destination *d)
{
  g_free (d->key);
  g_free (d);
}

static Destination *
destination_of (SkPlanDiff          *diff,
                const SkPlanDiffRow *row)
{
  Destination *d = g_new0 (Destination, 1);
  gboolean removed = row->new_id == 0;
  gint64 id = removed ? row->old_id : row->new_id;
  static const char *prefixes[] = { "fa", "rg", "bg" };

  d->year = removed ? sk_plan_diff_get_old_year (diff) : sk_plan_diff_get_new_year (diff);
  d->id = id;
  if (row->item == SK_DIFF_ITEM_INDICATOR)
    d->view = "indicators";
  else
    {
      d->view = "goals";
      d->key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, prefixes[row->item], id);
    }
  return d;
}

static void
on_row_activated (AdwActionRow  *row,
                  SkPlanCompare *self)
{
  Destination *d = g_object_get_data (G_OBJECT (row), "destination");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  SkWindow *window;
  GtkWidget *view;

  if (d == NULL || !SK_IS_WINDOW (parent))
    return;
  window = SK_WINDOW (parent);
  if (sk_window_get_year (window) != d->year)
    sk_window_select_year (window, d->year);
  sk_window_show_view (window, d->view);
  view = sk_window_get_view (window, d->view);
  if (view != NULL && d->key != NULL)
    sk_goals_view_select_key (SK_GOALS_VIEW (view), d->key);
  else if (view != NULL)
    gtk_widget_activate_action (view, "indicators.select", "x", d->id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- Rows ---- */

/* Title and subtitle of a row, as plain text. */
static void
row_texts (SkPlanCompare       *self,
           const SkPlanDiffRow *row,
           char               **title,
           char               **subtitle)
{
  switch (row->kind)
    {
    case SK_DIFF_GOAL_ADDED:
    case SK_DIFF_INDICATOR_ADDED:
      *title = g_strdup (row->after);
      *subtitle = g_strdup (sk_diff_item_label (row->item));
      break;
    case SK_DIFF_GOAL_REMOVED:
    case SK_DIFF_INDICATOR_REMOVED:
      *title = g_strdup (row->before);
      *subtitle = g_strdup_printf (_("%s, in %d only"), sk_diff_item_label (row->item),
                                   sk_plan_diff_get_old_year (self->diff));
      break;
    case SK_DIFF_GOAL_RENAMED:
    case SK_DIFF_INDICATOR_RENAMED:
      *title = g_strdup (row->after);
      *subtitle = g_strdup_printf (_("Was: %s"), row->before);
      break;
    case SK_DIFF_DEFINITION_CHANGED:
      *title = g_strdup (row->name ? row->name : "");
      *subtitle = g_strdup_printf ("%s: %s → %s", sk_diff_field_label (row->field),
                                   *row->before ? row->before : "–", *row->after ? row->after : "–");
      break;
    case SK_DIFF_TARGET_RAISED:
    case SK_DIFF_TARGET_LOWERED:
    case SK_DIFF_TARGET_REWORDED:
    case SK_DIFF_TARGET_FLIPPED:
    case SK_DIFF_TARGET_ADDED:
    case SK_DIFF_TARGET_REMOVED:
    default:
      *title = g_strdup (row->name ? row->name : "");
      *subtitle = g_strdup_printf ("%s → %s", *row->before ? row->before : "–", *row->after ? row->after : "–");
      break;
    }
}

static GtkWidget *
diff_row (SkPlanCompare       *self,
          const SkPlanDiffRow *row)
{
  GtkWidget *widget = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *title_markup = NULL;
  g_autofree char *subtitle_markup = NULL;
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  row_texts (self, row, &title, &subtitle);
  title_markup = g_markup_escape_text (title, -1);
  subtitle_markup = g_markup_escape_text (subtitle, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), title_markup);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle_markup);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (widget), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (widget), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), TRUE);
  g_object_set_data_full (G_OBJECT (widget), "destination", destination_of (self->diff, row),
                          (GDestroyNotify) destination_free);
  g_signal_connect_object (widget, "activated", G_CALLBACK (on_row_activated), self, 0);
  return widget;
}

static GtkWidget *
count_box (guint       count,
           const char *label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *number = g_strdup_printf ("%u", count);
  GtkWidget *value = gtk_label_new (number);
  GtkWidget *caption = gtk_label_new (label);

  gtk_widget_set_margin_top (value, 12);
  gtk_widget_set_margin_bottom (caption, 12);
  gtk_widget_set_margin_start (caption, 6);
  gtk_widget_set_margin_end (caption, 6);
  gtk_widget_add_css_class (value, "title-1");
  gtk_widget_add_css_class (value, "numeric");
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (caption, "caption");
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_size_request (box, 150, -1);
  return box;
}

static void
fill (SkPlanCompare *self)
{
  guint total = 0;
  GtkWidget *first = NULL;

  for (SkDiffKind kind = 0; kind < SK_N_DIFF_KINDS; kind++)
    {
      guint count = sk_plan_diff_count (self->diff, kind);
      GtkWidget *group, *child;
      g_autofree char *name = NULL;

      if (count == 0)
        continue;
      total += count;
      gtk_flow_box_append (self->counts, count_box (count, sk_diff_kind_label (kind)));
      /* The summary is read, not visited: Tab goes on to the rows. */
      child = gtk_widget_get_last_child (GTK_WIDGET (self->counts));
      gtk_widget_set_focusable (child, FALSE);
      {
        g_autofree char *label = g_strdup_printf ("%s: %u", sk_diff_kind_label (kind), count);
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }

      group = adw_preferences_group_new ();
      name = g_strdup_printf ("compare-%s", sk_diff_kind_to_string (kind));
      gtk_widget_set_name (group, name);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), sk_diff_kind_label (kind));
      for (guint i = 0; i < sk_plan_diff_get_n_rows (self->diff); i++)
        {
          const SkPlanDiffRow *row = sk_plan_diff_get_row (self->diff, i);

          if (row->kind == kind)
            {
              GtkWidget *widget = diff_row (self, row);

              adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), widget);
              first = first ? first : widget;
            }
        }
      gtk_box_append (self->groups, group);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->counts), total > 0);
  gtk_widget_set_visible (self->no_changes, total == 0);
  /* The keyboard starts on the first change: the arrows and Return work at
   * once, Escape closes. */
  if (first != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), first);
}

SkPlanCompare *
sk_plan_compare_new (GtkWindow  *parent,
                     SkStore    *store,
                     int         old_year,
                     int         new_year,
                     GError    **error)
{
  g_autoptr(SkPlanDiff) diff = NULL;
  SkPlanCompare *self;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);

  diff = sk_plan_diff_new (store, old_year, new_year, error);
  if (diff == NULL)
    return NULL;
  self = g_object_new (SK_TYPE_PLAN_COMPARE, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->diff = g_steal_pointer (&diff);
  title = g_strdup_printf (_("%d Compared with %d"), new_year, old_year);
  subtitle = g_strdup_printf (_("What changed from the plan for %d"), old_year);
  adw_window_title_set_title (self->title, title);
  adw_window_title_set_subtitle (self->title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
  fill (self);
  return self;
}

SkPlanDiff *
sk_plan_compare_get_diff (SkPlanCompare *self)
{
  g_return_val_if_fail (SK_IS_PLAN_COMPARE (self), NULL);
  return self->diff;
}

static void
sk_plan_compare_dispose (GObject *object)
{
  SkPlanCompare *self = SK_PLAN_COMPARE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_PLAN_COMPARE);
  g_clear_object (&self->diff);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (sk_plan_compare_parent_class)->dispose (object);
}

static void
close_action (GtkWidget  *widget,
              const char *action,
              GVariant   *param)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
sk_plan_compare_class_init (SkPlanCompareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_plan_compare_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/styrkort/Styrkort/sk-plan-compare.ui");
  gtk_widget_class_bind_template_child (widget_class, SkPlanCompare, title);
  gtk_widget_class_bind_template_child (widget_class, SkPlanCompare, counts);
  gtk_widget_class_bind_template_child (widget_class, SkPlanCompare, no_changes);
  gtk_widget_class_bind_template_child (widget_class, SkPlanCompare, groups);
  gtk_widget_class_install_action (widget_class, "compare.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "compare.close", NULL);
}

static void
sk_plan_compare_init (SkPlanCompare *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
