/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sk-board-view.h"
#include "sk-board-chart.h"
#include "sk-board-summary.h"
#include "sk-chart-area.h"
#include "sk-chart-widget.h"
#include "sk-format.h"
#include "sk-view-util.h"

/* The board sees the plan year and the two before it. */
#define BOARD_YEARS 3

struct _SkBoardView
{
  AdwBin      parent_instance;

  SkStore    *store;
  int         year;
  GListModel *areas;     /* SkChartArea, one per page after the summary */
  GPtrArray  *items;     /* per area: its SkChartItem array, the cards' data */
  GPtrArray  *summaries; /* SkBoardAreaSummary per area */
  GtkWidget  *large;     /* the open large chart, weak */
  guint       page;      /* 0: the summary; i: area i - 1 */
  guint       reload_id;
  GtkWindow  *window;    /* watched for full screen, not owned */

  /* template */
  GtkLabel   *area_title;
  GtkLabel   *page_label;
  GtkWidget  *fullscreen_button;
  GtkWidget  *fictional_notice;
  GtkLabel   *fictional_label;
  GtkStack   *pages;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkBoardView, sk_board_view, ADW_TYPE_BIN)

/* ---- One area's page ---- */

static GtkWidget *
big_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Long compounds ("Frisktandvårdsabonnemang") break in a narrow window. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* A wrapped label asks for its whole text as natural width: cap it, so
   * two cards fit side by side. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The latest value large, its status as mark and words beside it. */
static GtkWidget *
value_row (SkChartItem *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *status = NULL;
  GtkWidget *label, *words;

  if (item->value == NULL)
    {
      gtk_box_append (GTK_BOX (row), big_label (_("No values yet"), "title-2"));
      return row;
    }
  gtk_box_append (GTK_BOX (row), big_label (item->value, "title-1"));
  /* Status and month below the value: a card fits a narrow window. */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (row), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (row), 2);
  words = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (row), words);
  status = g_strdup_printf ("%s %s", sk_status_mark (item->status), sk_status_label (item->status));
  label = big_label (status, "title-2");
  gtk_widget_add_css_class (label, sk_view_status_class (item->status));
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (words), label);
  label = big_label (item->when, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (words), label);
  return row;
}

static GtkWidget *
make_card (SkChartItem *item,
           int          year)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *chart = sk_chart_widget_new (item->series, FALSE);
  SkTarget *target = sk_chart_series_get_target (item->series, year);
  SkChartOptions options;

  gtk_box_append (GTK_BOX (box), big_label (sk_indicator_get_name (item->indicator), "title-3"));
  gtk_box_append (GTK_BOX (box), value_row (item));
  /* The figures' target: also one the chart cannot draw ("834 st" for a
   * share), with the figure "Enligt budget" was measured against. */
  if (item->target != NULL && *item->target != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("Target %d: %s"), year, item->target);
      gtk_box_append (GTK_BOX (box), big_label (text, "dim-label"));
    }
  else if (target != NULL && sk_target_get_text (target) != NULL && *sk_target_get_text (target) != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("Target %d: %s"), year, sk_target_get_text (target));
      gtk_box_append (GTK_BOX (box), big_label (text, "dim-label"));
    }

  /* The name is above; the chart only draws: the card takes the focus
   * and opens the large chart, where the points can be read. */
  sk_chart_options_init (&options);
  options.show_title = FALSE;
  options.show_projection = TRUE;
  sk_chart_widget_set_options (SK_CHART_WIDGET (chart), &options);
  gtk_widget_set_focusable (chart, FALSE);
  /* Narrow enough for a card in a 360 px window. */
  gtk_widget_set_size_request (chart, 260, 240);
  gtk_widget_set_vexpand (chart, TRUE);
  gtk_box_append (GTK_BOX (box), chart);

  for (GtkWidget *c = gtk_widget_get_first_child (box); c; c = gtk_widget_get_next_sibling (c))
    {
      gtk_widget_set_margin_start (c, 14);
      gtk_widget_set_margin_end (c, 14);
    }
  gtk_widget_set_margin_top (gtk_widget_get_first_child (box), 14);
  gtk_widget_set_margin_bottom (chart, 12);
  gtk_widget_add_css_class (box, "card");
  return box;
}

/* Closes the large chart; its pointer is dropped first, so nothing
 * writes into this view once it is gone. */
static void
close_large (SkBoardView *self)
{
  GtkWidget *large = self->large;

  if (large == NULL)
    return;
  g_object_remove_weak_pointer (G_OBJECT (large), (gpointer *) &self->large);
  self->large = NULL;
  gtk_window_destroy (GTK_WINDOW (large));
}

/* A card says what it shows, and that it opens. */
static void
name_card (GtkWidget   *child,
           SkChartItem *item,
           int          year)
{
  g_autofree char *latest = sk_chart_item_latest_text (item);
  g_autofree char *projection = sk_board_projection_text (item, year);
  g_autofree char *name = g_strdup_printf ("%s: %s%s%s", sk_indicator_get_name (item->indicator), latest,
                                           projection ? ". " : "", projection ? projection : "");

  gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Enter opens the large chart"), -1);
  gtk_widget_set_tooltip_text (child, _("Open the large chart (Enter)"));
}

static void
on_card_activated (GtkFlowBox      *flow,
                   GtkFlowBoxChild *child,
                   SkBoardView     *self)
{
  SkChartItem *item = g_object_get_data (G_OBJECT (child), "sk-board-item");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (item == NULL)
    return;
  close_large (self);
  self->large = sk_board_chart_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, item, self->year);
  g_object_add_weak_pointer (G_OBJECT (self->large), (gpointer *) &self->large);
}

static GtkWidget *
make_page (SkBoardView *self,
           GPtrArray   *items,
           gboolean    *fictional)
{
  GtkWidget *scroll = gtk_scrolled_window_new ();
  GtkWidget *flow;

  if (items->len == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Indicators"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), _("This area has no indicators in the plan year."));
      return status;
    }

  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 18);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 18);
  gtk_widget_set_valign (flow, GTK_ALIGN_START);
  g_object_set (flow, "margin-start", 18, "margin-end", 18, "margin-bottom", 18, NULL);
  for (guint i = 0; i < items->len; i++)
    {
      SkChartItem *item = g_ptr_array_index (items, i);
      GtkWidget *card = make_card (item, self->year);

      gtk_flow_box_append (GTK_FLOW_BOX (flow), card);
      g_object_set_data (G_OBJECT (gtk_widget_get_parent (card)), "sk-board-item", item);
      name_card (gtk_widget_get_parent (card), item, self->year);
      *fictional |= item->fictional;
    }
  gtk_flow_box_set_activate_on_single_click (GTK_FLOW_BOX (flow), TRUE);
  g_signal_connect_object (flow, "child-activated", G_CALLBACK (on_card_activated), self, 0);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroll), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroll), flow);
  return scroll;
}

const SkBoardAreaSummary *
sk_board_view_get_summary (SkBoardView *self,
                           guint        area)
{
  g_return_val_if_fail (SK_IS_BOARD_VIEW (self), NULL);
  if (self->summaries == NULL || area >= self->summaries->len)
    return NULL;
  return g_ptr_array_index (self->summaries, area);
}

GtkWidget *
sk_board_view_get_large_chart (SkBoardView *self)
{
  g_return_val_if_fail (SK_IS_BOARD_VIEW (self), NULL);
  return self->large;
}

/* ---- Paging ---- */

static void
update_header (SkBoardView *self)
{
  guint n = sk_board_view_get_n_pages (self);
  g_autofree char *count = NULL;
  g_autoptr(SkChartArea) area = self->page > 0 ? g_list_model_get_item (self->areas, self->page - 1) : NULL;

  if (n <= 1)
    gtk_label_set_label (self->area_title, _("No Plan"));
  else
    gtk_label_set_label (self->area_title, area ? sk_chart_area_get_title (area) : _("Overview"));
  if (n <= 1)
    count = g_strdup ("");
  else if (area == NULL)
    /* TRANSLATORS: under "Overview" in the board view; %d is the plan year */
    count = g_strdup_printf (_("Every area of %d at a glance"), self->year);
  else
    count = g_strdup_printf (_("Area %u of %u"), self->page, n - 1);
  gtk_label_set_label (self->page_label, count);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.previous", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.first", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.next", self->page + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.last", self->page + 1 < n);
}

guint
sk_board_view_get_n_pages (SkBoardView *self)
{
  g_return_val_if_fail (SK_IS_BOARD_VIEW (self), 0);
  /* The summary, then one page per area. */
  return self->areas && g_list_model_get_n_items (self->areas) > 0 ? g_list_model_get_n_items (self->areas) + 1 : 0;
}

guint
sk_board_view_get_page (SkBoardView *self)
{
  g_return_val_if_fail (SK_IS_BOARD_VIEW (self), 0);
  return self->page;
}

const char *
sk_board_view_get_area_title (SkBoardView *self)
{
  g_return_val_if_fail (SK_IS_BOARD_VIEW (self), NULL);
  return gtk_label_get_label (self->area_title);
}

void
sk_board_view_set_page (SkBoardView *self,
                        guint        page)
{
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *shown;

  g_return_if_fail (SK_IS_BOARD_VIEW (self));

  if (sk_board_view_get_n_pages (self) == 0)
    return;
  page = MIN (page, sk_board_view_get_n_pages (self) - 1);
  gtk_stack_set_transition_type (self->pages, page > self->page ? GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT
                                                                : GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT);
  self->page = page;
  name = g_strdup_printf ("%u", page);
  gtk_stack_set_visible_child_name (self->pages, name);
  update_header (self);
  /* The keyboard follows into the page shown (its first row or card), so
   * Enter opens what is seen, never a hidden page's widget. */
  shown = gtk_stack_get_visible_child (self->pages);
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->pages)) &&
      (shown == NULL || !gtk_widget_child_focus (shown, GTK_DIR_TAB_FORWARD)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
page_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  SkBoardView *self = SK_BOARD_VIEW (widget);
  guint n = sk_board_view_get_n_pages (self);

  if (n == 0)
    return;
  if (g_str_equal (action, "board.next"))
    sk_board_view_set_page (self, MIN (self->page + 1, n - 1));
  else if (g_str_equal (action, "board.previous"))
    sk_board_view_set_page (self, self->page > 0 ? self->page - 1 : 0);
  else if (g_str_equal (action, "board.first"))
    sk_board_view_set_page (self, 0);
  else
    sk_board_view_set_page (self, n - 1);
}

/* ---- Full screen ---- */

static void
update_fullscreen (SkBoardView *self)
{
  gboolean full = self->window && gtk_window_is_fullscreen (self->window);

  gtk_button_set_icon_name (GTK_BUTTON (self->fullscreen_button),
                            full ? "view-restore-symbolic" : "view-fullscreen-symbolic");
  gtk_widget_set_tooltip_text (self->fullscreen_button, full ? _("Leave full screen (Esc)") : _("Full screen (F11)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fullscreen_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  full ? _("Leave full screen") : _("Full screen"), -1);
  /* Escape only means something in full screen; else it passes on. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.leave-fullscreen", full);
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action,
                   GVariant   *param)
{
  SkBoardView *self = SK_BOARD_VIEW (widget);

  if (self->window == NULL)
    return;
  if (gtk_window_is_fullscreen (self->window))
    gtk_window_unfullscreen (self->window);
  else
    gtk_window_fullscreen (self->window);
}

static void
leave_fullscreen_action (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  SkBoardView *self = SK_BOARD_VIEW (widget);

  if (self->window != NULL)
    gtk_window_unfullscreen (self->window);
}

static void
watch_window (SkBoardView *self,
              GtkWindow   *window)
{
  if (self->window == window)
    return;
  if (self->window != NULL)
    g_signal_handlers_disconnect_by_data (self->window, self);
  self->window = window;
  if (window != NULL)
    g_signal_connect_object (window, "notify::fullscreened", G_CALLBACK (update_fullscreen),
                             self, G_CONNECT_SWAPPED);
  update_fullscreen (self);
}

static void
sk_board_view_root (GtkWidget *widget)
{
  GtkRoot *root;

  GTK_WIDGET_CLASS (sk_board_view_parent_class)->root (widget);
  root = gtk_widget_get_root (widget);
  watch_window (SK_BOARD_VIEW (widget), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

static void
sk_board_view_unroot (GtkWidget *widget)
{
  watch_window (SK_BOARD_VIEW (widget), NULL);
  GTK_WIDGET_CLASS (sk_board_view_parent_class)->unroot (widget);
}

/* ---- Loading ---- */

/* From the summary into an area. */
static void
open_area (gpointer data,
           guint    area)
{
  SkBoardView *self = data;

  sk_board_view_set_page (self, area + 1);
}

static void
clear_pages (SkBoardView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages))) != NULL)
    gtk_stack_remove (self->pages, child);
}

/* Rebuilds every page and stays on the same area. */
static void
reload (SkBoardView *self)
{
  g_autoptr(SkChartArea) old = self->page > 0 && sk_board_view_get_n_pages (self) ? g_list_model_get_item (self->areas, self->page - 1) : NULL;
  gboolean fictional = FALSE;
  guint n, page = 0;
  g_autofree char *markup = NULL;

  close_large (self);
  clear_pages (self);
  g_clear_object (&self->areas);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->summaries, g_ptr_array_unref);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->summaries = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_board_area_summary_free);
  self->areas = (self->store && self->year > 0) ? sk_chart_area_list (self->store, self->year, FALSE)
                                                : G_LIST_MODEL (g_list_store_new (SK_TYPE_CHART_AREA));
  n = g_list_model_get_n_items (self->areas);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkChartArea) area = g_list_model_get_item (self->areas, i);
      g_autofree char *name = g_strdup_printf ("%u", i + 1);
      GPtrArray *items = sk_chart_area_collect (area, self->store, self->year, 0,
                                                self->year - BOARD_YEARS + 1, self->year);

      g_ptr_array_add (self->items, items);
      g_ptr_array_add (self->summaries, sk_board_area_summary_new (area, items, self->year));
      gtk_stack_add_named (self->pages, make_page (self, items, &fictional), name);
      if (old && sk_chart_area_get_kind (area) == sk_chart_area_get_kind (old) &&
          sk_chart_area_get_id (area) == sk_chart_area_get_id (old))
        page = i + 1;
    }
  if (n > 0)
    {
      GtkWidget *summary = sk_board_summary_page_new (self->summaries, open_area, self);

      gtk_stack_add_named (self->pages, summary, "0");
    }

  gtk_widget_set_visible (self->fictional_notice, fictional);
  markup = g_markup_printf_escaped ("<b>%s</b>: %s", _("Fictional outcomes"),
                                    _("some values shown are generated example figures, not real outcomes."));
  gtk_label_set_markup (self->fictional_label, markup);

  self->page = page;
  gtk_stack_set_transition_type (self->pages, GTK_STACK_TRANSITION_TYPE_NONE);
  if (n > 0)
    sk_board_view_set_page (self, page);
  update_header (self);
}

static gboolean
reload_idle (gpointer data)
{
  SkBoardView *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (SkStore     *store,
                  const char  *table,
                  SkBoardView *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

static void
reload_now (SkBoardView *self)
{
  g_clear_handle_id (&self->reload_id, g_source_remove);
  reload (self);
}

static void
sk_board_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SkBoardView *self = SK_BOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_board_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SkBoardView *self = SK_BOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (self->store == g_value_get_object (value))
        return;
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, g_value_get_object (value));
      if (self->store != NULL)
        g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self, 0);
      reload_now (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_YEAR:
      if (self->year == g_value_get_int (value))
        return;
      self->year = g_value_get_int (value);
      reload_now (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_board_view_dispose (GObject *object)
{
  SkBoardView *self = SK_BOARD_VIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  watch_window (self, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->areas);
  close_large (self);
  g_clear_pointer (&self->summaries, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (sk_board_view_parent_class)->dispose (object);
}

/* Tab goes into the view's buttons, rows and cards, never onto the view
 * itself, which shows no focus ring: the view takes the focus (and with
 * it Page Up/Down) only when nothing inside can. */
static gboolean
sk_board_view_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (child != NULL && gtk_widget_child_focus (child, direction))
    return TRUE;
  if (focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
    return FALSE;   /* on out of the view */
  return gtk_widget_grab_focus (widget);
}

static void
sk_board_view_class_init (SkBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_Page_Down, "board.next" }, { GDK_KEY_KP_Page_Down, "board.next" },
    { GDK_KEY_Right, "board.next" }, { GDK_KEY_space, "board.next" },
    { GDK_KEY_Page_Up, "board.previous" }, { GDK_KEY_KP_Page_Up, "board.previous" },
    { GDK_KEY_Left, "board.previous" },
    { GDK_KEY_Home, "board.first" }, { GDK_KEY_End, "board.last" },
    { GDK_KEY_F11, "board.fullscreen" }, { GDK_KEY_Escape, "board.leave-fullscreen" },
  };

  object_class->get_property = sk_board_view_get_property;
  object_class->set_property = sk_board_view_set_property;
  object_class->dispose = sk_board_view_dispose;
  widget_class->root = sk_board_view_root;
  widget_class->unroot = sk_board_view_unroot;
  widget_class->focus = sk_board_view_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 2999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/styrkort/Styrkort/sk-board-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkBoardView, area_title);
  gtk_widget_class_bind_template_child (widget_class, SkBoardView, page_label);
  gtk_widget_class_bind_template_child (widget_class, SkBoardView, fullscreen_button);
  gtk_widget_class_bind_template_child (widget_class, SkBoardView, fictional_notice);
  gtk_widget_class_bind_template_child (widget_class, SkBoardView, fictional_label);
  gtk_widget_class_bind_template_child (widget_class, SkBoardView, pages);

  gtk_widget_class_install_action (widget_class, "board.next", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "board.previous", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "board.first", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "board.last", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "board.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "board.leave-fullscreen", NULL, leave_fullscreen_action);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0, keys[i].action, NULL);
}

static void
sk_board_view_init (SkBoardView *self)
{
  GtkEventController *paging = gtk_shortcut_controller_new ();
  static const struct { guint key; const char *action; } pages[] = {
    { GDK_KEY_Page_Down, "board.next" }, { GDK_KEY_KP_Page_Down, "board.next" },
    { GDK_KEY_Page_Up, "board.previous" }, { GDK_KEY_KP_Page_Up, "board.previous" },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  /* "Alla områden 2024 i korthet" wraps in a narrow window. */
  gtk_label_set_wrap (self->page_label, TRUE);
  gtk_label_set_justify (self->page_label, GTK_JUSTIFY_CENTER);
  /* Page Up/Down page from anywhere, also from a card (a flow box would
   * take them to move within the page). */
  gtk_event_controller_set_propagation_phase (paging, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (paging),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (pages[i].key, 0),
                                                            gtk_named_action_new (pages[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), paging);
  /* The view itself takes the keys when nothing inside has the focus. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  update_fullscreen (self);
  reload_now (self);
}

GtkWidget *
sk_board_view_new (void)
{
  return g_object_new (SK_TYPE_BOARD_VIEW, NULL);
}
