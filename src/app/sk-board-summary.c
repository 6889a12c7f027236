/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sk-board-summary.h"
#include "sk-projection.h"
#include "sk-view-util.h"

SkStatus
sk_board_item_projection (SkChartItem *item,
                          int          year,
                          double      *year_end)
{
  SkProjection p;

  if (year_end != NULL)
    *year_end = NAN;
  /* The chart's own projection: the same months and method. */
  if (!sk_projection_from_series (item->series, year, 0, &p))
    return SK_STATUS_NO_VALUE;
  if (year_end != NULL)
    *year_end = sk_projection_year_end (&p);
  return sk_projection_status (&p, item->series, year);
}

SkBoardAreaSummary *
sk_board_area_summary_new (SkChartArea *area,
                           GPtrArray   *items,
                           int          year)
{
  SkBoardAreaSummary *self = g_new0 (SkBoardAreaSummary, 1);

  self->area = g_object_ref (area);
  self->not_met = g_ptr_array_new_with_free_func (g_free);
  self->near = g_ptr_array_new_with_free_func (g_free);
  self->miss = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < items->len; i++)
    {
      SkChartItem *item = g_ptr_array_index (items, i);
      const char *name = sk_indicator_get_name (item->indicator);
      SkStatus projected;

      if ((guint) item->status < SK_BOARD_N_STATUSES)
        self->counts[item->status]++;
      if (item->status == SK_STATUS_NOT_MET)
        g_ptr_array_add (self->not_met, g_strdup (name));
      else if (item->status == SK_STATUS_NEAR)
        g_ptr_array_add (self->near, g_strdup (name));
      projected = sk_board_item_projection (item, year, NULL);
      if (projected == SK_STATUS_NOT_MET)
        g_ptr_array_add (self->miss, g_strdup (name));
    }
  return self;
}

void
sk_board_area_summary_free (SkBoardAreaSummary *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->area);
  g_ptr_array_unref (self->not_met);
  g_ptr_array_unref (self->near);
  g_ptr_array_unref (self->miss);
  g_free (self);
}

char *
sk_board_area_summary_counts_text (const SkBoardAreaSummary *self)
{
  /* The judged three always, the rest only when there are any. */
  static const SkStatus order[] = {
    SK_STATUS_MET, SK_STATUS_NEAR, SK_STATUS_NOT_MET,
    SK_STATUS_NO_VALUE, SK_STATUS_NO_TARGET, SK_STATUS_NOT_COMPARABLE,
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      guint n = self->counts[order[i]];

      if (n == 0 && i >= 3)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      /* TRANSLATORS: a status mark, a count and the status: "✓ 3 met" */
      g_string_append_printf (text, C_("board summary", "%s %u %s"), sk_status_mark (order[i]), n,
                              sk_status_label (order[i]));
    }
  return g_string_free (text, FALSE);
}

/* "Ej uppfyllt: A, B" as a dim, wrapping line; NULL when @names is empty. */
static GtkWidget *
names_line (const char *what,
            GPtrArray  *names,
            const char *css_class)
{
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  list = g_strjoinv ("; ", (char **) names->pdata);
  g_ptr_array_remove_index (names, names->len - 1);
  text = g_strdup_printf ("%s: %s", what, list);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
make_row (const SkBoardAreaSummary *s)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (sk_chart_area_get_title (s->area));
  g_autofree char *counts = sk_board_area_summary_counts_text (s);
  GtkWidget *count_label = gtk_label_new (counts);
  GString *name = g_string_new (NULL);
  struct { const char *what; GPtrArray *names; const char *css; } lines[] = {
    { _("Not met"), s->not_met, "error" },
    { _("Near"), s->near, "warning" },
    { _("Projected to miss the target in December"), s->miss, "dim-label" },
  };

  g_object_set (box, "margin-start", 12, "margin-end", 12, "margin-top", 10, "margin-bottom", 10, NULL);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  /* Both break anywhere, so a 360 px window still holds a row. */
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (count_label), 1);
  gtk_label_set_wrap (GTK_LABEL (count_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (count_label), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (head), title);
  gtk_box_append (GTK_BOX (head), count_label);
  gtk_box_append (GTK_BOX (box), head);
  g_string_append_printf (name, "%s: %s", sk_chart_area_get_title (s->area), counts);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      GtkWidget *line = names_line (lines[i].what, lines[i].names, lines[i].css);

      if (line == NULL)
        continue;
      gtk_box_append (GTK_BOX (box), line);
      g_string_append_printf (name, ". %s", gtk_label_get_label (GTK_LABEL (line)));
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* GTK 4.8 names a row from its own label only: say the whole line. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name->str, -1);
  gtk_widget_set_tooltip_text (row, _("Open the area (Enter)"));
  g_string_free (name, TRUE);
  return row;
}

typedef struct
{
  SkBoardSummaryActivate activate;
  gpointer               data;
} Activation;

static void
free_activation (gpointer  data,
                 GClosure *closure)
{
  g_free (data);
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  Activation    *a)
{
  a->activate (a->data, (guint) gtk_list_box_row_get_index (row));
}

GtkWidget *
sk_board_summary_page_new (GPtrArray             *summaries,
                           SkBoardSummaryActivate activate,
                           gpointer               data)
{
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *list = gtk_list_box_new ();
  Activation *a = g_new (Activation, 1);

  a->activate = activate;
  a->data = data;
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Areas at a glance"), -1);
  for (guint i = 0; i < summaries->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), make_row (g_ptr_array_index (summaries, i)));
  g_signal_connect_data (list, "row-activated", G_CALLBACK (on_row_activated), a,
                         free_activation, 0);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1000);
  adw_clamp_set_child (ADW_CLAMP (clamp), list);
  g_object_set (clamp, "margin-start", 18, "margin-end", 18, "margin-bottom", 18, "margin-top", 6, NULL);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), clamp);
  return scroll;
}
