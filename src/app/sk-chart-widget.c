/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sk-chart-widget.h"

/* Before the first allocation the summary still needs a layout. */
#define DEFAULT_WIDTH  640
#define DEFAULT_HEIGHT 400
/* How close the pointer must come to a point to show it, in px. */
#define HIT_RADIUS 14

struct _SkChartWidget
{
  GtkWidget        parent_instance;

  SkChartSeries   *series;
  SkChartOptions   options;
  gboolean         compact;

  SkChartLayout   *layout;    /* cached for layout_width × layout_height */
  int              layout_width;
  int              layout_height;
  SkChartRenderer *renderer;

  /* The drawn chart as a texture: scrolling and unrelated redraws reuse
   * it, and drawing into an image lets the renderer rasterise dense lines
   * itself, far faster than a recorded cairo node. */
  GdkTexture      *texture;
  SkChartLayout   *texture_layout;  /* not a reference: identity only */
  const SkChartPalette *texture_palette;
  int              texture_scale;
  int              texture_shown;

  int              focused;   /* keyboard */
  int              hovered;   /* pointer */
  char            *summary;
  char            *description;

  GtkWidget       *popover;
  GtkWidget       *popover_label;
};

enum {
  PROP_0,
  PROP_SERIES,
  PROP_COMPACT,
  PROP_FOCUSED,
  N_PROPS
};

enum {
  ACTIVATE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SkChartWidget, sk_chart_widget, GTK_TYPE_WIDGET)

static const SkChartPalette *
current_palette (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ())
         ? sk_chart_palette_dark () : sk_chart_palette_light ();
}

static void
drop_layout (SkChartWidget *self)
{
  g_clear_object (&self->layout);
  g_clear_object (&self->texture);
  self->layout_width = self->layout_height = 0;
}

/* The layout for @width × @height; <= 0 keeps whatever size is cached. */
static SkChartLayout *
ensure_layout (SkChartWidget *self,
               int            width,
               int            height)
{
  if (self->series == NULL)
    return NULL;
  if (width <= 0 || height <= 0)
    {
      if (self->layout != NULL)
        return self->layout;
      width = DEFAULT_WIDTH;
      height = DEFAULT_HEIGHT;
    }
  if (self->layout != NULL && self->layout_width == width && self->layout_height == height)
    return self->layout;

  g_clear_object (&self->layout);
  g_clear_object (&self->texture); /* drawn from the old layout */
  self->layout = sk_chart_layout_new (self->series, width, height, &self->options);
  self->layout_width = width;
  self->layout_height = height;
  return self->layout;
}

SkChartLayout *
sk_chart_widget_get_layout (SkChartWidget *self)
{
  g_return_val_if_fail (SK_IS_CHART_WIDGET (self), NULL);
  return ensure_layout (self, gtk_widget_get_width (GTK_WIDGET (self)),
                        gtk_widget_get_height (GTK_WIDGET (self)));
}

static const SkChartPoint *
get_point (SkChartWidget *self,
           int            index)
{
  SkChartLayout *layout = sk_chart_widget_get_layout (self);
  const SkChartPoint *points;
  guint n = 0;

  if (layout == NULL || index < 0)
    return NULL;
  points = sk_chart_layout_get_points (layout, &n);
  return (guint) index < n ? &points[index] : NULL;
}

char *
sk_chart_widget_get_point_text (SkChartWidget *self)
{
  g_return_val_if_fail (SK_IS_CHART_WIDGET (self), NULL);

  if (get_point (self, self->focused) == NULL)
    return NULL;
  return sk_chart_layout_get_tooltip (sk_chart_widget_get_layout (self), self->focused);
}

/* The screen reader hears the summary as the name (latest value, target,
 * status, trend) and as the description the focused point, or else the
 * latest month in full (its date, target, status, year to date), each
 * line of the point's tooltip a sentence. */
static void
update_accessible (SkChartWidget *self)
{
  SkChartLayout *layout = ensure_layout (self, -1, -1);
  g_autofree char *point = sk_chart_widget_get_point_text (self);

  if (point == NULL && layout != NULL && sk_chart_layout_get_latest (layout) >= 0)
    point = sk_chart_layout_get_tooltip (layout, sk_chart_layout_get_latest (layout));
  g_free (self->summary);
  self->summary = g_strdup (layout ? sk_chart_layout_get_summary (layout) : "");
  g_free (self->description);
  if (point != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (point, "\n", -1);

      self->description = g_strjoinv (". ", lines);
    }
  else
    self->description = g_strdup (self->summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

const char *
sk_chart_widget_get_description (SkChartWidget *self)
{
  g_return_val_if_fail (SK_IS_CHART_WIDGET (self), NULL);
  return self->description ? self->description : "";
}

const char *
sk_chart_widget_get_summary (SkChartWidget *self)
{
  g_return_val_if_fail (SK_IS_CHART_WIDGET (self), NULL);
  return self->summary ? self->summary : "";
}

/* ---- Keyboard focus on points: a popover says what the point is ---- */

static void
update_popover (SkChartWidget *self)
{
  const SkChartPoint *point = get_point (self, self->focused);
  g_autofree char *text = NULL;

  if (point == NULL || isnan (point->y) || !gtk_widget_has_focus (GTK_WIDGET (self)))
    {
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return;
    }
  text = sk_chart_widget_get_point_text (self);
  gtk_label_set_label (GTK_LABEL (self->popover_label), text);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                               &(GdkRectangle) { (int) point->x - 4, (int) point->y - 4, 8, 8 });
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

int
sk_chart_widget_get_focused (SkChartWidget *self)
{
  g_return_val_if_fail (SK_IS_CHART_WIDGET (self), -1);
  return self->focused;
}

void
sk_chart_widget_set_focused (SkChartWidget *self,
                             int            point)
{
  g_return_if_fail (SK_IS_CHART_WIDGET (self));

  if (get_point (self, point) == NULL)
    point = -1;
  if (self->focused == point)
    return;
  self->focused = point;
  update_accessible (self);
  update_popover (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUSED]);
}

/* Left/Right step through the points with a value (or a missing reason);
 * the first step starts at the latest value. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SkChartWidget         *self)
{
  SkChartLayout *layout = sk_chart_widget_get_layout (self);
  int next;

  if (layout == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      {
        int step = (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left) ? -1 : 1;

        if (self->focused < 0)
          next = sk_chart_layout_get_latest (layout);
        else
          next = sk_chart_layout_step_focus (layout, self->focused, step);
        if (next < 0)
          {
            gtk_widget_error_bell (GTK_WIDGET (self));
            return TRUE;
          }
        break;
      }
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      next = sk_chart_layout_step_focus (layout, -1, 1);
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      next = sk_chart_layout_step_focus (layout, -1, -1);
      break;
    case GDK_KEY_Escape:
      if (!gtk_widget_get_visible (self->popover))
        return FALSE;
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return TRUE;
    default:
      return FALSE;
    }

  sk_chart_widget_set_focused (self, next);
  update_popover (self);
  return TRUE;
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                SkChartWidget           *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Pointer ---- */

static int
hit (SkChartWidget *self,
     double         x,
     double         y)
{
  SkChartLayout *layout = sk_chart_widget_get_layout (self);

  return layout ? sk_chart_layout_hit_test (layout, x, y, HIT_RADIUS) : -1;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           SkChartWidget            *self)
{
  int point = hit (self, x, y);

  if (point == self->hovered)
    return;
  self->hovered = point;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
on_leave (GtkEventControllerMotion *controller,
          SkChartWidget            *self)
{
  if (self->hovered < 0)
    return;
  self->hovered = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_query_tooltip (GtkWidget     *widget,
                  int            x,
                  int            y,
                  gboolean       keyboard_mode,
                  GtkTooltip    *tooltip,
                  SkChartWidget *self)
{
  int index = keyboard_mode ? self->focused : hit (self, x, y);
  const SkChartPoint *point = get_point (self, index);
  g_autofree char *text = NULL;

  if (point == NULL || isnan (point->y))
    return FALSE;
  text = sk_chart_layout_get_tooltip (self->layout, index);
  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) point->x - HIT_RADIUS, (int) point->y - HIT_RADIUS,
                                                        2 * HIT_RADIUS, 2 * HIT_RADIUS });
  return TRUE;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   SkChartWidget   *self)
{
  int point = hit (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (point >= 0)
    sk_chart_widget_set_focused (self, point);
  g_signal_emit (self, signals[ACTIVATE], 0);
}

/* ---- Drawing ---- */

/* Charts use the same type as the rest of the window. */
static void
set_font_family (SkChartWidget   *self,
                 SkChartRenderer *renderer)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontDescription *desc = pango_context_get_font_description (context);

  if (desc != NULL && pango_font_description_get_family (desc) != NULL)
    sk_chart_renderer_set_font_family (renderer, pango_font_description_get_family (desc));
}

SkChartRenderer *
sk_chart_widget_create_renderer (SkChartWidget *self)
{
  SkChartRenderer *renderer;

  g_return_val_if_fail (SK_IS_CHART_WIDGET (self), NULL);
  renderer = sk_chart_renderer_new (current_palette ());
  set_font_family (self, renderer);
  return renderer;
}

static void
draw_focus_ring (SkChartWidget *self,
                 cairo_t       *cr,
                 int            width,
                 int            height)
{
  const SkChartColor *c = &current_palette ()->focus;

  cairo_set_source_rgba (cr, c->red, c->green, c->blue, 0.7);
  cairo_set_line_width (cr, 2);
  cairo_rectangle (cr, 1, 1, width - 2, height - 2);
  cairo_stroke (cr);
}

static GdkTexture *
render_texture (SkChartWidget *self,
                SkChartLayout *layout,
                int            width,
                int            height,
                int            scale,
                int            shown)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  GdkTexture *texture;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  sk_chart_renderer_draw (self->renderer, cr, layout, shown);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK's default memory format (premultiplied, native). */
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height * scale);
  texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

static void
sk_chart_widget_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SkChartWidget *self = SK_CHART_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  SkChartLayout *layout = ensure_layout (self, width, height);
  gboolean focus = gtk_widget_has_focus (widget);
  const SkChartPalette *palette = current_palette ();
  int shown;

  if (layout == NULL || width <= 0 || height <= 0)
    return;

  shown = self->hovered >= 0 ? self->hovered : (focus ? self->focused : -1);
  if (self->texture == NULL || self->texture_layout != layout || self->texture_palette != palette
      || self->texture_scale != scale || self->texture_shown != shown)
    {
      sk_chart_renderer_set_palette (self->renderer, palette);
      set_font_family (self, self->renderer);
      g_clear_object (&self->texture);
      self->texture = render_texture (self, layout, width, height, scale, shown);
      self->texture_layout = layout;
      self->texture_palette = palette;
      self->texture_scale = scale;
      self->texture_shown = shown;
    }
  gtk_snapshot_append_texture (snapshot, self->texture, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (gtk_widget_has_visible_focus (widget))
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      draw_focus_ring (self, cr, width, height);
      cairo_destroy (cr);
    }
}

static void
sk_chart_widget_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  SkChartWidget *self = SK_CHART_WIDGET (widget);
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  if (self->compact)
    {
      *minimum = horizontal ? 220 : 130;
      *natural = horizontal ? 280 : 160;
    }
  else
    {
      /* Fits a card in a 360 px window. */
      *minimum = horizontal ? 260 : 220;
      *natural = horizontal ? 480 : 320;
    }
}

static void
sk_chart_widget_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SkChartWidget *self = SK_CHART_WIDGET (widget);

  /* The layout follows in snapshot(); the popover must be placed now. */
  if (gtk_widget_get_visible (self->popover))
    {
      const SkChartPoint *point;

      ensure_layout (self, width, height);
      point = get_point (self, self->focused);
      if (point != NULL && !isnan (point->y))
        gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                                     &(GdkRectangle) { (int) point->x - 4, (int) point->y - 4, 8, 8 });
    }
  gtk_popover_present (GTK_POPOVER (self->popover));
}

/* ---- Public ---- */

static void
options_changed (SkChartWidget *self)
{
  drop_layout (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

SkChartSeries *
sk_chart_widget_get_series (SkChartWidget *self)
{
  g_return_val_if_fail (SK_IS_CHART_WIDGET (self), NULL);
  return self->series;
}

void
sk_chart_widget_set_series (SkChartWidget *self,
                            SkChartSeries *series)
{
  g_return_if_fail (SK_IS_CHART_WIDGET (self));
  g_return_if_fail (series == NULL || SK_IS_CHART_SERIES (series));

  if (!g_set_object (&self->series, series))
    return;
  self->focused = self->hovered = -1;
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  options_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}

const SkChartOptions *
sk_chart_widget_get_options (SkChartWidget *self)
{
  g_return_val_if_fail (SK_IS_CHART_WIDGET (self), NULL);
  return &self->options;
}

void
sk_chart_widget_set_options (SkChartWidget        *self,
                             const SkChartOptions *options)
{
  g_return_if_fail (SK_IS_CHART_WIDGET (self));
  g_return_if_fail (options != NULL);

  if (memcmp (&self->options, options, sizeof *options) == 0)
    return;
  self->options = *options;
  if (self->compact)
    self->options.show_title = FALSE;
  options_changed (self);
}

gboolean
sk_chart_widget_get_compact (SkChartWidget *self)
{
  g_return_val_if_fail (SK_IS_CHART_WIDGET (self), FALSE);
  return self->compact;
}

void
sk_chart_widget_set_compact (SkChartWidget *self,
                             gboolean       compact)
{
  g_return_if_fail (SK_IS_CHART_WIDGET (self));

  compact = !!compact;
  if (self->compact == compact)
    return;
  self->compact = compact;
  /* A small multiple sits under a label that names it. */
  self->options.show_title = !compact;
  options_changed (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

GtkWidget *
sk_chart_widget_new (SkChartSeries *series,
                     gboolean       compact)
{
  return g_object_new (SK_TYPE_CHART_WIDGET, "series", series, "compact", compact, NULL);
}

/* ---- GObject ---- */

static void
sk_chart_widget_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SkChartWidget *self = SK_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    case PROP_FOCUSED:
      g_value_set_int (value, self->focused);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_chart_widget_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SkChartWidget *self = SK_CHART_WIDGET (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      sk_chart_widget_set_series (self, g_value_get_object (value));
      break;
    case PROP_COMPACT:
      sk_chart_widget_set_compact (self, g_value_get_boolean (value));
      break;
    case PROP_FOCUSED:
      sk_chart_widget_set_focused (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_chart_widget_dispose (GObject *object)
{
  SkChartWidget *self = SK_CHART_WIDGET (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->layout);
  g_clear_object (&self->texture);
  g_clear_object (&self->series);
  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (sk_chart_widget_parent_class)->dispose (object);
}

static void
sk_chart_widget_finalize (GObject *object)
{
  SkChartWidget *self = SK_CHART_WIDGET (object);

  g_free (self->description);
  g_free (self->summary);

  G_OBJECT_CLASS (sk_chart_widget_parent_class)->finalize (object);
}

static void
sk_chart_widget_class_init (SkChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sk_chart_widget_get_property;
  object_class->set_property = sk_chart_widget_set_property;
  object_class->dispose = sk_chart_widget_dispose;
  object_class->finalize = sk_chart_widget_finalize;
  widget_class->snapshot = sk_chart_widget_snapshot;
  widget_class->measure = sk_chart_widget_measure;
  widget_class->size_allocate = sk_chart_widget_size_allocate;

  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL, SK_TYPE_CHART_SERIES,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUSED] =
    g_param_spec_int ("focused", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "skchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sk_chart_widget_init (SkChartWidget *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *click;

  sk_chart_options_init (&self->options);
  self->focused = self->hovered = -1;
  self->renderer = sk_chart_renderer_new (current_palette ());
  sk_chart_renderer_set_fill_background (self->renderer, FALSE);

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), self);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave), self);
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  self->popover_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->popover_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->popover_label), 40);
  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), self->popover_label);
  /* Shown while the arrow keys move: it must not take the focus. */
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_widget_set_can_focus (self->popover, FALSE);
  gtk_widget_set_parent (self->popover, widget);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  update_accessible (self);
}
