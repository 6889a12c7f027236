/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-application.h"
#include "sk-a11y.h"
#include "sk-board-view.h"
#include "sk-charts-view.h"
#include "sk-exchange.h"
#include "sk-file-notice.h"
#include "sk-menu-tooltip.h"
#include "sk-goals-view.h"
#include "sk-indicators-view.h"
#include "sk-work-env-view.h"
#include "sk-window-text.h"
#include "sk-follow-up-view.h"
#include "sk-outcomes-view.h"
#include "sk-plans-view.h"
#include "sk-view-adopted.h"
#include "sk-window.h"
#include "sk-window-private.h"
#include "sk-import-dialog.h"
#include "sk-outcomes-export.h"
#include "sk-window-damage.h"
#include "sk-window-focus.h"
#include "sk-window-views.h"
#include "sk-window-exchange.h"

/*
 * The main window: opens the database, chooses the plan year and hosts
 * the views, binding "store" and "year" into each of them. Views do the
 * editing; the window only switches between them.
 */

/* The struct is in sk-window-private.h. */

enum {
  PROP_0,
  PROP_STORE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkWindow, sk_window, ADW_TYPE_APPLICATION_WINDOW)

static void bind_view (SkWindow *self, GtkWidget *view);
static void show_visible_view (SkWindow *self);
static void make_visible_view (SkWindow *self);

/* The order of Alt+1 … Alt+8. */
static const char *page_names[] = {
  "goals", "indicators", "outcomes", "workenv", "followup", "plans", "charts", "board",
};

static int
current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

static GSettings *
settings_or_null (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Uninstalled without a compiled schema: run, just without memory. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  return schema != NULL ? g_settings_new (APP_ID) : NULL;
}

void
sk_window_add_toast (SkWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toasts, toast);
}

void
sk_window_toast_message (SkWindow   *self,
                         const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  sk_window_add_toast (self, toast);
}

SkStore *
sk_window_get_store (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->store;
}

int
sk_window_get_year (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), 0);
  return self->year;
}

static void
set_year (SkWindow *self,
          int       year)
{
  GAction *action;

  if (self->year == year)
    return;
  self->year = year;
  if (self->settings != NULL && year > 0)
    g_settings_set_int (self->settings, "last-year", year);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "select-year");
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_int32 (year));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

/* Fills the year selector from the plans and keeps the chosen year when
 * it still exists; otherwise picks last time's year, this year's plan or
 * the newest one. */
void
sk_window_refresh_plans (SkWindow *self)
{
  guint n, chosen = GTK_INVALID_LIST_POSITION;
  int wanted = self->year;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  n = self->plans ? g_list_model_get_n_items (self->plans) : 0;

  if (wanted == 0 && self->settings != NULL)
    wanted = g_settings_get_int (self->settings, "last-year");
  if (wanted == 0)
    wanted = current_year ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkPlan) plan = g_list_model_get_item (self->plans, i);
      g_ptr_array_add (labels, g_strdup_printf ("%d", sk_plan_get_year (plan)));
      if (sk_plan_get_year (plan) == wanted)
        chosen = i;
    }
  if (chosen == GTK_INVALID_LIST_POSITION && n > 0)
    chosen = n - 1;
  g_ptr_array_add (labels, NULL);

  self->updating_years = TRUE;
  gtk_string_list_splice (self->years, 0, g_list_model_get_n_items (G_LIST_MODEL (self->years)),
                          (const char * const *) labels->pdata);
  if (chosen != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (self->year_dropdown, chosen);
  self->updating_years = FALSE;
  gtk_widget_set_visible (self->year_box, n > 0);

  if (chosen != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(SkPlan) plan = g_list_model_get_item (self->plans, chosen);
      set_year (self, sk_plan_get_year (plan));
    }
  else
    set_year (self, 0);
}

static void
on_plans_changed (GListModel *plans,
                  guint       position,
                  guint       removed,
                  guint       added,
                  SkWindow   *self)
{
  sk_window_refresh_plans (self);
}

static void
clear_plans (SkWindow *self)
{
  if (self->plans != NULL)
    g_signal_handlers_disconnect_by_data (self->plans, self);
  g_clear_object (&self->plans);
}

/* The plans of the open database, live: the year selector follows any
 * change, ours or another program's. */
void
sk_window_watch_plans (SkWindow *self)
{
  clear_plans (self);
  self->plans = sk_store_watch_plans (self->store);
  g_signal_connect_object (self->plans, "items-changed", G_CALLBACK (on_plans_changed), self, 0);
  sk_window_refresh_plans (self);
}

/* Keyboard focus follows the page: a focus left on a hidden page is lost,
 * and on the welcome page the first key should reach its main button. */
static void
focus_page (SkWindow   *self,
            const char *page)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->main_stack))
      && gtk_widget_is_drawable (focus))
    return;
  if (g_str_equal (page, "empty"))
    gtk_widget_grab_focus (self->load_example_button);
  else if (g_str_equal (page, "views"))
    gtk_widget_child_focus (GTK_WIDGET (self->views), GTK_DIR_TAB_FORWARD);
}

void
sk_window_update_page (SkWindow *self)
{
  const char *page;
  guint failures;

  if (self->store == NULL)
    return;
  /* A count that could not be read is not an empty database. */
  failures = sk_store_get_read_failures (self->store);
  page = sk_store_is_empty (self->store) && sk_store_get_read_failures (self->store) == failures
         ? "empty" : "views";
  /* The view is there before the page turns, so the focus can go into it. */
  if (g_str_equal (page, "views"))
    make_visible_view (self);
  gtk_stack_set_visible_child_name (self->main_stack, page);
  /* The view switcher does nothing while there is no plan to show. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, g_str_equal (page, "views"));
  focus_page (self, page);
}

void
sk_window_on_store_changed (SkStore    *store,
                            const char *table,
                            SkWindow   *self)
{
  /* The year selector follows self->plans by itself. */
  if (g_str_equal (table, "plan") || g_str_equal (table, "external") || g_str_equal (table, "indicator"))
    sk_window_update_page (self);
}

static void
on_year_selected (GtkDropDown *dropdown,
                  GParamSpec  *pspec,
                  SkWindow    *self)
{
  guint pos = gtk_drop_down_get_selected (dropdown);
  g_autoptr(SkPlan) plan = NULL;

  if (self->updating_years || self->plans == NULL || pos == GTK_INVALID_LIST_POSITION)
    return;
  plan = g_list_model_get_item (self->plans, pos);
  if (plan != NULL)
    set_year (self, sk_plan_get_year (plan));
}

void
sk_window_select_year (SkWindow *self,
                       int       year)
{
  g_return_if_fail (SK_IS_WINDOW (self));

  for (guint i = 0; self->plans && i < g_list_model_get_n_items (self->plans); i++)
    {
      g_autoptr(SkPlan) plan = g_list_model_get_item (self->plans, i);
      if (sk_plan_get_year (plan) == year)
        {
          gtk_drop_down_set_selected (self->year_dropdown, i);
          set_year (self, year);
          return;
        }
    }
}

static void bind_view (SkWindow  *self,
                       GtkWidget *view);

void
sk_window_show_view (SkWindow   *self,
                     const char *name)
{
  GtkWidget *view;

  g_return_if_fail (SK_IS_WINDOW (self));

  view = sk_window_views_ensure (self->views, name);
  if (view == NULL)
    return;
  /* Bind before switching: the stack moves the keyboard focus into the
   * new view first, and a view must have its data by then. */
  bind_view (self, view);
  adw_view_stack_set_visible_child_name (self->views, name);
  /* Alt+1 … Alt+8 take the keyboard along into the view. */
  if (gtk_widget_get_mapped (view) && !gtk_widget_has_focus (view))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      if (focus == NULL || !gtk_widget_is_ancestor (focus, view))
        gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD);
    }
}

GtkWidget *
sk_window_get_view (SkWindow   *self,
                    const char *name)
{
  GtkWidget *view;

  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);

  view = sk_window_views_ensure (self->views, name);
  bind_view (self, view);
  return view;
}

gboolean
sk_window_select_unit (SkWindow   *self,
                       const char *name)
{
  GtkWidget *view;
  g_autoptr(SkUnit) unit = NULL;

  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);

  view = sk_window_views_ensure (self->views, "outcomes");
  if (self->store == NULL || view == NULL
      || (unit = sk_store_find_unit (self->store, name, NULL)) == NULL)
    return FALSE;
  bind_view (self, view);
  return sk_outcomes_view_set_unit (SK_OUTCOMES_VIEW (view), sk_record_get_id (SK_RECORD (unit)));
}

const char *
sk_window_get_visible_view (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->views);
}

const char *
sk_window_get_page (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->main_stack);
}

/* For sk-window-open.c. */
void
sk_window_notify_store (SkWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* ---- Actions ---- */

static void
on_new_plan_response (AdwMessageDialog *dialog,
                      const char       *response,
                      SkWindow         *self)
{
  GtkSpinButton *spin = g_object_get_data (G_OBJECT (dialog), "year");
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPlan) plan = NULL;
  int year;

  if (g_strcmp0 (response, "create") != 0 || self->store == NULL)
    return;
  year = gtk_spin_button_get_value_as_int (spin);
  plan = sk_store_create_plan (self->store, year, NULL, &error);
  if (plan == NULL)
    {
      sk_window_toast_message (self, error->message);
      return;
    }
  sk_window_refresh_plans (self);
  sk_window_select_year (self, year);
  sk_window_update_page (self);
  sk_window_show_view (self, "goals");
}

/* Enter in the year field answers "Create", as in any dialog. */
static void
on_plan_year_entered (GtkSpinButton *spin)
{
  gtk_spin_button_update (spin);
  gtk_widget_activate_default (GTK_WIDGET (spin));
}

static void
new_plan_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);
  GtkWidget *dialog, *spin;
  int year = self->year > 0 ? self->year + 1 : current_year ();

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("New Plan"),
                                   _("Which year is the plan for?"));
  spin = gtk_spin_button_new_with_range (1900, 2999, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), year);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Plan year"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), spin);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "create", _("C_reate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  g_object_set_data (G_OBJECT (dialog), "year", spin);
  g_signal_connect_swapped (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "activate",
                            G_CALLBACK (on_plan_year_entered), spin);
  g_signal_connect (dialog, "response", G_CALLBACK (on_new_plan_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);
  int index = g_variant_get_int32 (param) - 1;

  if (index >= 0 && index < (int) G_N_ELEMENTS (page_names))
    sk_window_show_view (self, page_names[index]);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  sk_window_show_view (SK_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
select_year_activated (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       data)
{
  sk_window_select_year (SK_WINDOW (data), g_variant_get_int32 (param));
}

/* ---- GObject ---- */

static void
sk_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SkWindow *self = SK_WINDOW (object);

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
sk_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SkWindow *self = SK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_YEAR:
      sk_window_select_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
save_window_state (SkWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
sk_window_close_request (GtkWindow *window)
{
  save_window_state (SK_WINDOW (window));
  return GTK_WINDOW_CLASS (sk_window_parent_class)->close_request (window);
}

static void
sk_window_dispose (GObject *object)
{
  SkWindow *self = SK_WINDOW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_WINDOW);
  g_clear_object (&self->store);
  clear_plans (self);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->failed_path, g_free);
  g_clear_handle_id (&self->recheck_id, g_source_remove);

  G_OBJECT_CLASS (sk_window_parent_class)->dispose (object);
}

static void
sk_window_class_init (SkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sk_window_dispose;
  object_class->get_property = sk_window_get_property;
  object_class->set_property = sk_window_set_property;
  window_class->close_request = sk_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SK_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 2999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  sk_app_resources_register ();
  /* SK_WINDOW_VIEW_TYPES */
  g_type_ensure (SK_TYPE_OUTCOMES_VIEW);
  g_type_ensure (SK_TYPE_CHARTS_VIEW);
  g_type_ensure (SK_TYPE_BOARD_VIEW);
  g_type_ensure (SK_TYPE_GOALS_VIEW);
  g_type_ensure (SK_TYPE_PLANS_VIEW);
  g_type_ensure (SK_TYPE_INDICATORS_VIEW);
  g_type_ensure (SK_TYPE_WORK_ENV_VIEW);
  g_type_ensure (SK_TYPE_FOLLOW_UP_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/styrkort/Styrkort/sk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, views);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, years);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, year_box);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, load_example_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, retry_button);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected);
  sk_window_exchange_class_init (widget_class);

  sk_window_open_class_init (widget_class);
  gtk_widget_class_install_action (widget_class, "win.new-plan", NULL, new_plan_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "i", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  sk_window_damage_class_init (widget_class);
  gtk_widget_class_install_action (widget_class, "win.import-outcomes", NULL, sk_import_dialog_action);
  gtk_widget_class_install_action (widget_class, "win.export-outcomes", NULL, sk_outcomes_export_action);
}

/* Binds the window's store and year into a view, once. Views are bound
 * when first shown, so start-up loads only the visible one. */
static void
bind_view (SkWindow  *self,
           GtkWidget *view)
{
  if (view == NULL || g_object_get_data (G_OBJECT (view), "sk-window-bound") != NULL)
    return;
  g_object_set_data (G_OBJECT (view), "sk-window-bound", GINT_TO_POINTER (TRUE));
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (view), "store") != NULL)
    g_object_bind_property (self, "store", view, "store", G_BINDING_SYNC_CREATE);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (view), "year") != NULL)
    g_object_bind_property (self, "year", view, "year", G_BINDING_SYNC_CREATE);
}

/* Ctrl+? opens on the shortcuts of the view in front (ui/help-overlay.ui
 * has a section per view, named as the view; the rest share "shortcuts"). */
static void
sync_help_section (SkWindow *self)
{
  static const char *with_section[] = {
    "goals", "indicators", "outcomes", "workenv", "followup", "charts", "board",
  };
  GtkShortcutsWindow *help = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));
  const char *view = adw_view_stack_get_visible_child_name (self->views);
  const char *section = "shortcuts";

  if (help == NULL)
    return;
  for (guint i = 0; view != NULL && i < G_N_ELEMENTS (with_section); i++)
    if (g_str_equal (view, with_section[i]))
      section = view;
  g_object_set (help, "section-name", section, NULL);
}

static gboolean
make_deferred_view (gpointer data)
{
  SkWindow *self = data;

  show_visible_view (self);
  focus_page (self, gtk_stack_get_visible_child_name (self->main_stack));
  return G_SOURCE_REMOVE;
}

static void
on_first_paint (GdkFrameClock *clock,
                SkWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, self);
  self->defer_view = FALSE;
  g_idle_add_full (G_PRIORITY_DEFAULT, make_deferred_view, g_object_ref (self), g_object_unref);
}

/* Makes and binds the view in front once it can be seen (sk-window-views.c):
 * not before the window is mapped, and not behind the welcome page. */
static void
make_visible_view (SkWindow *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  /* At start the window comes first, the view and its data right after:
   * until then the page stays blank (never an "empty plan" message). */
  if (self->defer_view)
    {
      if (g_signal_handler_find (gtk_widget_get_frame_clock (GTK_WIDGET (self)), G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA,
                                 0, 0, NULL, on_first_paint, self) == 0)
        g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                                 G_CALLBACK (on_first_paint), self, 0);
      return;
    }
  bind_view (self, sk_window_views_ensure (self->views, adw_view_stack_get_visible_child_name (self->views)));
}

GtkWidget *
sk_window_peek_view (SkWindow   *self,
                     const char *name)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return sk_window_views_peek (self->views, name);
}

static void
show_visible_view (SkWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "views") == 0)
    make_visible_view (self);
}

static void
on_visible_view (AdwViewStack *views,
                 GParamSpec   *pspec,
                 SkWindow     *self)
{
  show_visible_view (self);
  sync_help_section (self);
}

static void
on_map (SkWindow *self)
{
  show_visible_view (self);
  /* Only the start waits for the first frame: a plan loaded later from
   * the welcome page shows its view at once. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "views") != 0)
    self->defer_view = FALSE;
  focus_page (self, gtk_stack_get_visible_child_name (self->main_stack));
  sync_help_section (self);
}

static void
sk_window_init (SkWindow *self)
{
  static const GActionEntry win_entries[] = {
    { "select-year", select_year_activated, "i", "0" },
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Under the header bar, above every page. */
  self->read_only_banner = sk_file_notice_banner_new ();
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->toasts))),
                              self->read_only_banner,
                              gtk_widget_get_prev_sibling (GTK_WIDGET (self->toasts)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.retry-open", FALSE);
  sk_window_damage_init (self, GTK_WIDGET (self->toasts));
  sk_window_focus_init (GTK_WINDOW (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries, G_N_ELEMENTS (win_entries), self);

  self->settings = settings_or_null ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  g_signal_connect_object (self->views, "notify::visible-child", G_CALLBACK (on_visible_view), self, 0);
  g_signal_connect_after (self, "map", G_CALLBACK (on_map), NULL);
  sk_menu_tooltip_follow_all (GTK_WIDGET (self));
  sk_a11y_name_dropdown (self->year_dropdown, _("Plan year"));
}

SkWindow *
sk_window_new (SkApplication *app,
               const char    *db_path)
{
  SkWindow *self = g_object_new (SK_TYPE_WINDOW, "application", app, NULL);
  g_autofree char *last = NULL;

  self->defer_view = TRUE;

  if (db_path == NULL && self->settings != NULL)
    {
      last = g_settings_get_string (self->settings, "last-database");
      /* A last file that is gone is not an error: start on the default. */
      if (*last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
        db_path = last;
    }
  sk_window_open_database (self, db_path);
  return self;
}
