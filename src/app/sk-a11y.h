/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * Names a screen reader speaks where GTK 4.8 has none of its own: it reports
 * an unnamed control by its type name ("GtkToggleButton") or by nothing
 * (list items), and derives no name from a widget's content.
 */

/* Names @widget (any control or cell); @name may carry a mnemonic "_". */
void  sk_a11y_name               (GtkWidget   *widget,
                                  const char  *name);
/* Names the row or cell that a list or column view holds @item's child in:
 * the widget GTK reads, which the factory does not create. */
void  sk_a11y_name_list_item     (GtkListItem *item,
                                  const char  *name);
/* Names @dropdown and the button inside it that takes the focus, as
 * "@label: chosen item" (the item by the drop-down's expression, or a
 * GtkStringObject's string), kept up to date with the choice; and the
 * items of its open list (it sets the list factory). */
void  sk_a11y_name_dropdown      (GtkDropDown *dropdown,
                                  const char  *label);
/* Names each cell of @flow_box after the control it holds (a button's or
 * a drop-down's label), for flow boxes that only lay controls out. */
void  sk_a11y_name_flow_cells    (GtkFlowBox  *flow_box);
/* Names the items of @row's open list (GTK 4.8 leaves them unnamed), with
 * the chosen one checked as in libadwaita's own list. */
void  sk_a11y_name_combo_items   (AdwComboRow *row);

G_END_DECLS
