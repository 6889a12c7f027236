/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-a11y.h"
#include "sk-indicators-view-private.h"

/* The indicator register: the table's cells, columns and sorting, and
 * filling it, one section per perspective. */

SkTarget *
sk_indicators_view_target_of (SkIndicatorsView *self,
                              SkIndicator      *indicator)
{
  if (self->targets == NULL)
    return NULL;
  return g_hash_table_lookup (self->targets, &(gint64) { sk_record_get_id (SK_RECORD (indicator)) });
}

/* A perspective's header row is a GtkStringObject holding its heading. */
gboolean
sk_indicators_view_is_header (gpointer item)
{
  return !SK_IS_INDICATOR (item);
}

static SkPerspective
perspective_of (gpointer item)
{
  if (sk_indicators_view_is_header (item))
    return GPOINTER_TO_INT (g_object_get_data (item, "sk-perspective"));
  return MIN (sk_indicator_get_perspective (item), SK_N_PERSPECTIVES - 1);
}

static const char *
cell_text (SkIndicatorsView *self,
           SkIndicator      *indicator,
           Column            column)
{
  SkTarget *target;
  SkUnit *unit;

  if (sk_indicators_view_is_header (indicator))
    return column == COL_NAME ? gtk_string_object_get_string (GTK_STRING_OBJECT (indicator)) : "";
  switch (column)
    {
    case COL_NAME:
      return sk_indicator_get_name (indicator);
    case COL_TARGET:
      target = sk_indicators_view_target_of (self, indicator);
      return target ? sk_target_get_text (target) : "";
    case COL_MEASURE_UNIT:
      return sk_indicator_get_measure_unit (indicator);
    case COL_RESPONSIBLE:
      unit = self->units ? g_hash_table_lookup (self->units,
                                                &(gint64) { sk_indicator_get_responsible_unit_id (indicator) })
                         : NULL;
      return unit ? sk_unit_get_name (unit) : "";
    case COL_FREQUENCY:
      return sk_frequency_label (sk_indicator_get_frequency (indicator));
    case N_COLS:
    default:
      return "";
    }
}

static char *
sort_key (SkIndicator *indicator,
          ColumnData  *data)
{
  if (indicator == NULL || sk_indicators_view_is_header (indicator))
    return NULL;
  return g_strdup (cell_text (data->view, indicator, data->column));
}

/* Names and targets wrap, so they are read whole; the short columns are
 * single-line inscriptions. */
static GtkWidget *
cell_widget (Column column)
{
  GtkWidget *text = gtk_label_new (NULL);
  gboolean wraps = column == COL_NAME || column == COL_TARGET;

  gtk_label_set_xalign (GTK_LABEL (text), 0);
  if (wraps)
    {
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  switch (column)
    {
    case COL_NAME:
      gtk_label_set_width_chars (GTK_LABEL (text), 28);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 70);
      break;
    case COL_TARGET:
      gtk_label_set_width_chars (GTK_LABEL (text), 10);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 20);
      break;
    case COL_RESPONSIBLE:
      gtk_label_set_width_chars (GTK_LABEL (text), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 26);
      break;
    case COL_MEASURE_UNIT:
    case COL_FREQUENCY:
    case N_COLS:
    default:
      gtk_label_set_width_chars (GTK_LABEL (text), 5);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 10);
      break;
    }
  gtk_widget_set_hexpand (text, TRUE);
  return text;
}

static const char *titles[N_COLS] = {
  N_("Indicator"), N_("Target"), N_("Unit of measure"), N_("Responsible unit"), N_("Frequency"),
};

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            ColumnData               *data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  if (data->column == COL_TARGET)
    {
      /* An unmeasurable target is kept as written, and flagged. */
      GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (warning, "error");
      gtk_widget_set_valign (warning, GTK_ALIGN_START);
      gtk_widget_set_visible (warning, FALSE);
      gtk_box_append (GTK_BOX (box), warning);
    }
  gtk_box_append (GTK_BOX (box), cell_widget (data->column));
  gtk_list_item_set_child (item, box);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           ColumnData               *data)
{
  SkIndicator *indicator = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *text = gtk_widget_get_last_child (box);
  const char *value = cell_text (data->view, indicator, data->column);

  /* Headers are not indicators: they cannot be selected. */
  gtk_list_item_set_selectable (item, !sk_indicators_view_is_header (indicator));
  gtk_list_item_set_activatable (item, !sk_indicators_view_is_header (indicator));
  if (data->column == COL_NAME && sk_indicators_view_is_header (indicator))
    gtk_widget_add_css_class (text, "heading");
  else
    gtk_widget_remove_css_class (text, "heading");
  gtk_widget_set_margin_top (text, sk_indicators_view_is_header (indicator) ? 10 : 0);
  gtk_label_set_label (GTK_LABEL (text), value);
  /* GTK 4.8 names no cell after its text; "Target: >95 %" says which column too. */
  if (data->column == COL_NAME && *value != '\0')
    sk_a11y_name_list_item (item, value);
  else
    {
      g_autofree char *name = g_strdup_printf (_("%s: %s"), _(titles[data->column]), *value ? value : _("(empty)"));

      sk_a11y_name_list_item (item, name);
    }
  /* The short columns may be cut: the whole text is a hover away. */
  if (gtk_label_get_ellipsize (GTK_LABEL (text)) != PANGO_ELLIPSIZE_NONE)
    gtk_widget_set_tooltip_text (text, *value ? value : NULL);
  if (data->column == COL_TARGET)
    {
      SkTarget *target = sk_indicators_view_is_header (indicator) ? NULL
                         : sk_indicators_view_target_of (data->view, indicator);
      GtkWidget *warning = gtk_widget_get_first_child (box);
      gboolean unmeasurable = target != NULL && sk_target_get_kind (target) == SK_TARGET_UNMEASURABLE;

      gtk_widget_set_visible (warning, unmeasurable);
      gtk_widget_set_tooltip_text (warning, unmeasurable ? sk_target_get_reason (target) : NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (warning), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      unmeasurable ? sk_target_get_reason (target) : "", -1);
    }
}

static GtkColumnViewColumn *
make_column (SkIndicatorsView *self,
             Column            column,
             const char       *title)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  ColumnData *data = &self->columns[column];
  GtkColumnViewColumn *col;
  GtkExpression *expression;
  g_autoptr(GtkSorter) sorter = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), data);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), data);
  col = gtk_column_view_column_new (title, factory);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (sort_key), data, NULL);
  sorter = GTK_SORTER (gtk_string_sorter_new (expression));
  gtk_column_view_column_set_sorter (col, sorter);
  gtk_column_view_column_set_expand (col, column == COL_NAME);
  gtk_column_view_column_set_resizable (col, TRUE);
  return col;
}

/* Perspective first, its header before its rows, then the column the
 * user sorts by; equal rows keep the register's order. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  SkIndicatorsView *self = data;
  GtkSorter *columns;
  int pa = perspective_of ((gpointer) a), pb = perspective_of ((gpointer) b);

  if (pa != pb)
    return pa < pb ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (sk_indicators_view_is_header ((gpointer) a) != sk_indicators_view_is_header ((gpointer) b))
    return sk_indicators_view_is_header ((gpointer) a) ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  columns = self->table ? gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->table)) : NULL;
  if (columns == NULL || sk_indicators_view_is_header ((gpointer) a))
    return GTK_ORDERING_EQUAL;
  return gtk_sorter_compare (columns, (gpointer) a, (gpointer) b);
}

static void
on_column_sorter_changed (GtkSorter        *sorter,
                          GtkSorterChange   change,
                          SkIndicatorsView *self)
{
  /* Also called while the table is torn down. */
  if (self->group_sorter != NULL)
    gtk_sorter_changed (self->group_sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

/* The register's table: its columns, each sortable, and the rows kept
 * under their perspective's header. Returns the sorted rows. */
GListModel *
sk_indicators_view_build_register (SkIndicatorsView *self)
{
  GtkSortListModel *sorted;

  self->table = gtk_column_view_new (NULL);
  for (Column c = 0; c < N_COLS; c++)
    {
      g_autoptr(GtkColumnViewColumn) col = make_column (self, c, _(titles[c]));
      gtk_column_view_append_column (GTK_COLUMN_VIEW (self->table), col);
    }
  g_signal_connect_object (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->table)), "changed",
                           G_CALLBACK (on_column_sorter_changed), self, 0);

  self->items = g_list_store_new (G_TYPE_OBJECT);
  self->group_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, self, NULL));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->items)), g_object_ref (self->group_sorter));
  return G_LIST_MODEL (sorted);
}

/* Fills the register with @indicators (NULL: no plan) under their
 * perspectives' headers, and keeps their targets for the cells. */
void
sk_indicators_view_fill_register (SkIndicatorsView *self,
                                  GListModel       *indicators)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint counts[SK_N_PERSPECTIVES] = { 0 };

  for (guint i = 0; indicators && i < g_list_model_get_n_items (indicators); i++)
    {
      SkIndicator *ind = g_list_model_get_item (indicators, i);
      gint64 id = sk_record_get_id (SK_RECORD (ind));
      SkTarget *target = sk_store_get_target (self->store, id, self->year);

      if (target != NULL)
        g_hash_table_insert (self->targets, g_memdup2 (&id, sizeof id), target);
      counts[perspective_of (ind)]++;
      g_ptr_array_add (rows, ind);
    }
  if (indicators != NULL)
    for (SkPerspective p = 0; p < SK_N_PERSPECTIVES; p++)
      {
        /* Translators: a perspective and its number of indicators, "Målgrupp (6)". */
        g_autofree char *heading = g_strdup_printf (_("%s (%u)"), sk_perspective_label (p), counts[p]);
        GtkStringObject *header = gtk_string_object_new (heading);

        g_object_set_data (G_OBJECT (header), "sk-perspective", GINT_TO_POINTER (p));
        g_ptr_array_add (rows, header);
      }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       rows->pdata, rows->len);
}
