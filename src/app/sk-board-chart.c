/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sk-board-chart.h"
#include "sk-chart-widget.h"
#include "sk-projection.h"
#include "sk-view-util.h"

char *
sk_board_projection_text (SkChartItem *item,
                          int          year)
{
  SkProjection p;
  SkStatus status;
  g_autofree char *value = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  int dec;

  if (!sk_projection_from_series (item->series, year, 0, &p))
    return NULL;
  dec = sk_chart_series_index (item->series, year, 12);
  status = sk_projection_status (&p, item->series, year);
  value = sk_chart_series_format (item->series, dec, p.value[11]);
  low = sk_chart_series_format (item->series, dec, p.low[11]);
  high = sk_chart_series_format (item->series, dec, p.high[11]);
  if (status == SK_STATUS_NO_TARGET || status == SK_STATUS_NO_VALUE)
    /* TRANSLATORS: the projected December value, its band, and the method */
    return g_strdup_printf (_("Projection for December: %s (%s to %s), %s"), value, low, high,
                            p.method == SK_PROJECTION_SHAPE ? _("following last year’s pattern")
                                                            : _("following this year’s trend"));
  /* TRANSLATORS: the projected December value, its band, status mark and status, and the method */
  return g_strdup_printf (_("Projection for December: %s (%s to %s), %s %s, %s"), value, low, high,
                          sk_status_mark (status), sk_status_label (status),
                          p.method == SK_PROJECTION_SHAPE ? _("following last year’s pattern")
                                                          : _("following this year’s trend"));
}

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
sk_board_chart_get_chart (GtkWidget *window)
{
  return g_object_get_data (G_OBJECT (window), "sk-board-chart");
}

GtkWidget *
sk_board_chart_new (GtkWindow   *parent,
                    SkChartItem *item,
                    int          year)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *chart = sk_chart_widget_new (item->series, FALSE);
  GtkEventController *keys = gtk_shortcut_controller_new ();
  g_autofree char *latest = sk_chart_item_latest_text (item);
  g_autofree char *projection = sk_board_projection_text (item, year);
  SkChartOptions options;
  GtkWidget *label;

  gtk_window_set_title (GTK_WINDOW (window), sk_indicator_get_name (item->indicator));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);

  gtk_box_append (GTK_BOX (box), header);

  g_object_set (content, "margin-start", 24, "margin-end", 24, "margin-top", 12, "margin-bottom", 18, NULL);
  /* The name whole, wrapped, never cut (the header may cut its title). */
  gtk_box_append (GTK_BOX (content), text_label (sk_indicator_get_name (item->indicator), "title-1"));
  label = text_label (latest, "title-2");
  gtk_widget_add_css_class (label, sk_view_status_class (item->status));
  gtk_box_append (GTK_BOX (content), label);
  if (item->target != NULL && *item->target != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("Target %d: %s"), year, item->target);
      gtk_box_append (GTK_BOX (content), text_label (text, "dim-label"));
    }
  if (projection != NULL)
    gtk_box_append (GTK_BOX (content), text_label (projection, NULL));

  sk_chart_options_init (&options);
  options.show_title = FALSE;
  options.show_projection = TRUE;
  sk_chart_widget_set_options (SK_CHART_WIDGET (chart), &options);
  gtk_widget_set_vexpand (chart, TRUE);
  gtk_widget_set_margin_top (chart, 12);
  gtk_box_append (GTK_BOX (content), chart);
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (window), box);
  g_object_set_data (G_OBJECT (window), "sk-board-chart", chart);

  /* Escape goes back to the cards. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, keys);

  gtk_window_present (GTK_WINDOW (window));
  /* The keyboard starts on the chart: Left/Right read its points. */
  gtk_widget_grab_focus (chart);
  return window;
}
