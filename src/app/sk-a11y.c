/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-a11y.h"

/* Kept on the widget, so that a cell holding it can take the same name:
 * GTK 4.8 has no getter for accessible properties. */
#define NAME_KEY "sk-a11y-name"

/* "_Add" → "Add", "A__B" → "A_B". */
static char *
strip_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          p++;
          if (*p == '\0')
            break;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

void
sk_a11y_name (GtkWidget  *widget,
              const char *name)
{
  g_autofree char *plain = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (name == NULL || *name == '\0')
    return;
  plain = strip_mnemonic (name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
  g_object_set_data_full (G_OBJECT (widget), NAME_KEY, g_steal_pointer (&plain), g_free);
}

void
sk_a11y_name_list_item (GtkListItem *item,
                        const char  *name)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *row = child != NULL ? gtk_widget_get_parent (child) : NULL;

  if (row != NULL)
    sk_a11y_name (row, name);
}

static GtkListItemFactory *named_items_factory (GObject *chooser);

/* ---- Drop-downs ---- */

static char *
item_text (GtkExpression *expression,
           gpointer       item)
{
  char *text = NULL;

  if (item == NULL)
    return NULL;
  if (expression != NULL)
    {
      GValue value = G_VALUE_INIT;

      if (gtk_expression_evaluate (expression, item, &value))
        {
          if (G_VALUE_HOLDS_STRING (&value))
            text = g_value_dup_string (&value);
          g_value_unset (&value);
        }
      return text;
    }
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (item));
  return NULL;
}

/* The toggle button inside a GtkDropDown takes the focus, so Orca reads
 * it, not the drop-down; GTK 4.8 leaves it unnamed. */
static GtkWidget *
dropdown_button (GtkDropDown *dropdown)
{
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (dropdown)); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_TOGGLE_BUTTON (c))
      return c;
  return NULL;
}

static void
update_dropdown_button (GtkDropDown *dropdown)
{
  GtkWidget *button = dropdown_button (dropdown);
  const char *label = g_object_get_data (G_OBJECT (dropdown), NAME_KEY);
  g_autofree char *chosen = item_text (gtk_drop_down_get_expression (dropdown),
                                       gtk_drop_down_get_selected_item (dropdown));
  g_autofree char *name = NULL;

  if (button == NULL || label == NULL)
    return;
  /* TRANSLATORS: a drop-down as a screen reader names it: what it chooses, then the choice ("Enhet: Vårdcentralen Halland") */
  name = chosen != NULL && *chosen != '\0' ? g_strdup_printf (_("%s: %s"), label, chosen) : g_strdup (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

void
sk_a11y_name_dropdown (GtkDropDown *dropdown,
                       const char  *label)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  sk_a11y_name (GTK_WIDGET (dropdown), label);
  if (g_object_get_data (G_OBJECT (dropdown), "sk-a11y-watched") == NULL)
    {
      g_object_set_data (G_OBJECT (dropdown), "sk-a11y-watched", GINT_TO_POINTER (TRUE));
      g_signal_connect (dropdown, "notify::selected-item", G_CALLBACK (update_dropdown_button), NULL);
      g_signal_connect (dropdown, "notify::expression", G_CALLBACK (update_dropdown_button), NULL);
    }
  update_dropdown_button (dropdown);
  if (g_object_get_data (G_OBJECT (dropdown), "sk-a11y-items") == NULL)
    {
      g_autoptr(GtkListItemFactory) factory = named_items_factory (G_OBJECT (dropdown));

      g_object_set_data (G_OBJECT (dropdown), "sk-a11y-items", GINT_TO_POINTER (TRUE));
      gtk_drop_down_set_list_factory (dropdown, factory);
    }
}

/* ---- Flow boxes that lay controls out ---- */

/* The name of the control @widget is or holds: a name given with
 * sk_a11y_name(), a button's label, or the first label's text. */
static char *
control_name (GtkWidget *widget)
{
  const char *name = g_object_get_data (G_OBJECT (widget), NAME_KEY);

  if (name != NULL)
    return g_strdup (name);
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) != NULL)
    return strip_mnemonic (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)));
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL
      && gtk_button_get_icon_name (GTK_BUTTON (widget)) == NULL)
    return strip_mnemonic (gtk_button_get_label (GTK_BUTTON (widget)));
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return g_strdup (gtk_label_get_text (GTK_LABEL (widget)));
  if (ADW_IS_BUTTON_CONTENT (widget))
    return strip_mnemonic (adw_button_content_get_label (ADW_BUTTON_CONTENT (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      char *found = control_name (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

void
sk_a11y_name_flow_cells (GtkFlowBox *flow_box)
{
  g_return_if_fail (GTK_IS_FLOW_BOX (flow_box));

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (flow_box)); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *content;
      g_autofree char *name = NULL;

      if (!GTK_IS_FLOW_BOX_CHILD (c) || (content = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (c))) == NULL)
        continue;
      name = control_name (content);
      if (name == NULL)
        name = gtk_widget_get_tooltip_text (content) ? g_strdup (gtk_widget_get_tooltip_text (content)) : NULL;
      sk_a11y_name (c, name);
      /* A menu button wraps the button that takes the focus; GTK names only the inner one. */
      if (GTK_IS_MENU_BUTTON (content))
        sk_a11y_name (content, name);
    }
}

/* ---- The items of an open list (drop-down or combo row) ---- */

/* As GTK's and libadwaita's own lists: the text, and a check mark on the
 * chosen item. The text wraps: some plan and unit names are long. */
static void
item_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static gpointer
chosen_item (GObject *chooser)
{
  gpointer chosen = NULL;

  g_object_get (chooser, "selected-item", &chosen, NULL);
  if (chosen != NULL)
    g_object_unref (chosen);   /* the chooser keeps it */
  return chosen;
}

static GtkExpression *
chooser_expression (GObject *chooser)
{
  GtkExpression *expression = NULL;

  g_object_get (chooser, "expression", &expression, NULL);
  return expression;
}

static void
item_update_check (GtkListItem *item)
{
  GObject *chooser = g_object_get_data (G_OBJECT (item), "sk-a11y-chooser");
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (item));

  gtk_widget_set_opacity (check, chooser != NULL && chosen_item (chooser) == gtk_list_item_get_item (item));
}

static void
item_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           GObject                  *chooser)
{
  GtkExpression *expression = chooser_expression (chooser);
  g_autofree char *text = item_text (expression, gtk_list_item_get_item (item));

  g_clear_pointer (&expression, gtk_expression_unref);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (gtk_list_item_get_child (item))), text);
  sk_a11y_name_list_item (item, text);
  g_object_set_data (G_OBJECT (item), "sk-a11y-chooser", chooser);
  g_signal_connect_object (chooser, "notify::selected-item", G_CALLBACK (item_update_check), item, G_CONNECT_SWAPPED);
  item_update_check (item);
}

static void
item_unbind (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             GObject                  *chooser)
{
  g_signal_handlers_disconnect_by_func (chooser, item_update_check, item);
  g_object_set_data (G_OBJECT (item), "sk-a11y-chooser", NULL);
}

/* A list factory for @chooser (it owns the factory, so outlives it). */
static GtkListItemFactory *
named_items_factory (GObject *chooser)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (item_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (item_bind), chooser);
  g_signal_connect (factory, "unbind", G_CALLBACK (item_unbind), chooser);
  return factory;
}

/* The row shows the chosen item in a list item of its own, outside the
 * popover; libadwaita's factory makes it, so it is named from outside. */
static void
name_shown_item (GtkWidget  *widget,
                 const char *name)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_POPOVER (c))
        continue;
      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (c)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM)
        sk_a11y_name (c, name);
      else
        name_shown_item (c, name);
    }
}

static void
combo_update_shown (AdwComboRow *row)
{
  g_autofree char *text = item_text (adw_combo_row_get_expression (row), adw_combo_row_get_selected_item (row));

  name_shown_item (GTK_WIDGET (row), text);
}

void
sk_a11y_name_combo_items (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  factory = named_items_factory (G_OBJECT (row));
  adw_combo_row_set_list_factory (row, factory);
  g_signal_connect (row, "notify::selected-item", G_CALLBACK (combo_update_shown), NULL);
  combo_update_shown (row);
}
