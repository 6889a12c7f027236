/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-outcome-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-outcome-cell.h"

/*
 * A light, focusable cell: labels stacked, as in a GtkBinLayout. Colour and
 * text both carry the status, so colour is never alone.
 */

struct _SkOutcomeCell
{
  GtkWidget  parent_instance;

  guint      row;
  guint      column;
  char      *label;

  GtkWidget *content;   /* box: value, caption */
  GtkWidget *value;
  GtkWidget *caption;
  GtkWidget *mark;      /* comment corner */
  GtkWidget *editor;    /* borrowed from the view while editing */
};

G_DEFINE_FINAL_TYPE (SkOutcomeCell, sk_outcome_cell, GTK_TYPE_WIDGET)

static const char *status_classes[] = {
  [SK_STATUS_NO_VALUE]  = NULL,
  [SK_STATUS_NO_TARGET] = NULL,
  [SK_STATUS_MET]       = "sk-status-met",
  [SK_STATUS_NEAR]      = "sk-status-near",
  [SK_STATUS_NOT_MET]   = "sk-status-not-met",
  [SK_STATUS_NOT_COMPARABLE] = NULL, /* no colour: the ≠ mark says it */
};

static void
sk_outcome_cell_dispose (GObject *object)
{
  SkOutcomeCell *self = SK_OUTCOME_CELL (object);

  if (self->editor != NULL)
    gtk_widget_unparent (g_steal_pointer (&self->editor));
  g_clear_pointer (&self->content, gtk_widget_unparent);
  g_clear_pointer (&self->mark, gtk_widget_unparent);

  G_OBJECT_CLASS (sk_outcome_cell_parent_class)->dispose (object);
}

static void
sk_outcome_cell_finalize (GObject *object)
{
  SkOutcomeCell *self = SK_OUTCOME_CELL (object);

  g_free (self->label);

  G_OBJECT_CLASS (sk_outcome_cell_parent_class)->finalize (object);
}

/* Like a GtkBinLayout, but the cell's size comes from what it shows,
 * never from the editor: typing a value keeps every column in place. */
static void
cell_measure (GtkWidget      *widget,
              GtkOrientation  orientation,
              int             for_size,
              int            *minimum,
              int            *natural,
              int            *minimum_baseline,
              int            *natural_baseline)
{
  SkOutcomeCell *self = SK_OUTCOME_CELL (widget);

  *minimum = *natural = 0;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      int min = 0, nat = 0;

      if (c == self->editor || !gtk_widget_should_layout (c))
        continue;
      gtk_widget_measure (c, orientation, for_size, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
    }
}

static void
cell_allocate (GtkWidget *widget,
               int        width,
               int        height,
               int        baseline)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (gtk_widget_should_layout (c))
      gtk_widget_allocate (c, width, height, -1, NULL);
}

static void
sk_outcome_cell_class_init (SkOutcomeCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_outcome_cell_dispose;
  object_class->finalize = sk_outcome_cell_finalize;

  gtk_widget_class_set_css_name (widget_class, "cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
sk_outcome_cell_init (SkOutcomeCell *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_add_css_class (widget, "sk-outcome-cell");
  gtk_widget_set_layout_manager (widget, gtk_custom_layout_new (NULL, cell_measure, cell_allocate));

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_valign (self->content, GTK_ALIGN_CENTER);
  gtk_widget_set_parent (self->content, widget);

  self->value = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->value), 1.0);
  gtk_widget_add_css_class (self->value, "numeric");
  gtk_box_append (GTK_BOX (self->content), self->value);

  self->caption = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->caption), 1.0);
  gtk_label_set_wrap (GTK_LABEL (self->caption), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->caption), 11);
  gtk_label_set_justify (GTK_LABEL (self->caption), GTK_JUSTIFY_RIGHT);
  gtk_widget_add_css_class (self->caption, "caption");
  gtk_widget_add_css_class (self->caption, "dim-label");
  gtk_widget_set_visible (self->caption, FALSE);
  gtk_box_append (GTK_BOX (self->content), self->caption);

  /* A small corner mark says "there is a comment"; the tooltip has it. */
  self->mark = gtk_label_new ("◥");
  gtk_widget_add_css_class (self->mark, "sk-comment-mark");
  gtk_widget_set_halign (self->mark, GTK_ALIGN_END);
  gtk_widget_set_valign (self->mark, GTK_ALIGN_START);
  gtk_widget_set_can_target (self->mark, FALSE);
  gtk_widget_set_visible (self->mark, FALSE);
  gtk_widget_set_parent (self->mark, widget);
}

GtkWidget *
sk_outcome_cell_new (guint row,
                     guint column)
{
  SkOutcomeCell *self = g_object_new (SK_TYPE_OUTCOME_CELL, NULL);

  self->row = row;
  self->column = column;
  return GTK_WIDGET (self);
}

guint
sk_outcome_cell_get_row (SkOutcomeCell *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME_CELL (self), 0);
  return self->row;
}

guint
sk_outcome_cell_get_column (SkOutcomeCell *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME_CELL (self), 0);
  return self->column;
}

void
sk_outcome_cell_set_text (SkOutcomeCell *self,
                          const char    *text,
                          const char    *caption)
{
  g_return_if_fail (SK_IS_OUTCOME_CELL (self));

  gtk_label_set_text (GTK_LABEL (self->value), text ? text : "");
  gtk_label_set_text (GTK_LABEL (self->caption), caption ? caption : "");
  gtk_widget_set_visible (self->caption, caption != NULL && *caption != '\0');
}

const char *
sk_outcome_cell_get_text (SkOutcomeCell *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME_CELL (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->value));
}

void
sk_outcome_cell_set_status (SkOutcomeCell *self,
                            SkStatus       status)
{
  g_return_if_fail (SK_IS_OUTCOME_CELL (self));

  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    if (status_classes[i] != NULL)
      {
        if (i == (guint) status)
          gtk_widget_add_css_class (GTK_WIDGET (self), status_classes[i]);
        else
          gtk_widget_remove_css_class (GTK_WIDGET (self), status_classes[i]);
      }
}

static void
toggle_class (GtkWidget  *widget,
              const char *name,
              gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

void
sk_outcome_cell_set_flags (SkOutcomeCell *self,
                           gboolean       has_comment,
                           gboolean       fictional)
{
  g_return_if_fail (SK_IS_OUTCOME_CELL (self));

  gtk_widget_set_visible (self->mark, has_comment);
  toggle_class (GTK_WIDGET (self), "sk-fictional", fictional);
}

void
sk_outcome_cell_set_label (SkOutcomeCell *self,
                           const char    *label)
{
  g_return_if_fail (SK_IS_OUTCOME_CELL (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;
  g_free (self->label);
  self->label = g_strdup (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

const char *
sk_outcome_cell_get_label (SkOutcomeCell *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME_CELL (self), NULL);
  return self->label;
}

void
sk_outcome_cell_set_editor (SkOutcomeCell *self,
                            GtkWidget     *editor)
{
  g_return_if_fail (SK_IS_OUTCOME_CELL (self));

  if (self->editor == editor)
    return;
  if (self->editor != NULL)
    gtk_widget_unparent (g_steal_pointer (&self->editor));
  if (editor != NULL)
    {
      /* The editor may still sit in another cell. */
      if (gtk_widget_get_parent (editor) != NULL)
        {
          GtkWidget *old = gtk_widget_get_parent (editor);

          if (SK_IS_OUTCOME_CELL (old))
            sk_outcome_cell_set_editor (SK_OUTCOME_CELL (old), NULL);
          else
            gtk_widget_unparent (editor);
        }
      self->editor = editor;
      gtk_widget_set_parent (editor, GTK_WIDGET (self));
    }
  gtk_widget_set_child_visible (self->content, self->editor == NULL);
}

GtkWidget *
sk_outcome_cell_get_editor (SkOutcomeCell *self)
{
  g_return_val_if_fail (SK_IS_OUTCOME_CELL (self), NULL);
  return self->editor;
}
