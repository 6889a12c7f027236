/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-a11y.h"
#include "sk-file-notice.h"
#include "sk-format.h"
#include "sk-view-util.h"
#include "sk-work-env-view-private.h"

/*
 * The year's work-environment plan (section 4.2): the overall goal, the
 * indicators that follow it with their status, and the priority areas
 * with their follow-up per tertial report. Texts save themselves after a
 * short pause and when the focus leaves them; a refresh never replaces a
 * text the user is writing. The priority-area cards live in
 * sk-work-env-priority.c.
 */

enum {
  PROP_0,
  PROP_STORE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkWorkEnvView, sk_work_env_view, ADW_TYPE_BIN)

static void refresh (SkWorkEnvView *self);
static void reload_goal (SkWorkEnvView *self);

#define has_focus sk_work_env_has_focus
#define toast_error sk_work_env_view_toast_error
#define flush_all sk_work_env_view_flush

void
sk_work_env_view_toast_error (SkWorkEnvView *self,
                              GError        *error)
{
  if (error != NULL)
    sk_view_toast (GTK_WIDGET (self), error->message);
}


/* ---- The overall goal ---- */

static void
save_goal (SkWorkEnvView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->goal_timer, g_source_remove);
  if (self->store == NULL || self->wep == NULL)
    return;
  text = sk_view_text_view_get (self->goal_view);
  self->saving = TRUE;
  if (!sk_store_set_work_env_goal (self->store, self->wep, text, &error))
    sk_file_notice_toast_action (GTK_WIDGET (self), error, "workenv.save");
  self->goal_unsaved = sk_file_notice_is_locked (error);
  self->saving = FALSE;
}

static gboolean
goal_timeout (gpointer data)
{
  SkWorkEnvView *self = data;

  self->goal_timer = 0;
  save_goal (self);
  return G_SOURCE_REMOVE;
}

static void
on_goal_changed (SkWorkEnvView *self)
{
  if (self->loading)
    return;
  g_clear_handle_id (&self->goal_timer, g_source_remove);
  self->goal_timer = g_timeout_add (SAVE_DELAY_MS, goal_timeout, self);
}

static void
on_goal_leave (SkWorkEnvView *self)
{
  if (self->goal_timer != 0)
    save_goal (self);
}

/* Saves every text still waiting for its pause. */
void
sk_work_env_view_flush (SkWorkEnvView *self)
{
  if (self->goal_timer != 0 || self->goal_unsaved)
    save_goal (self);
  sk_work_env_view_flush_areas (self);
}


static GtkWidget *
indicator_row (SkWorkEnvView *self,
               SkIndicator   *indicator)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *mark;
  GtkWidget *unlink;
  g_autofree char *status_text = NULL;
  g_autofree char *unlink_label = NULL;
  SkStatus status;

  status_text = sk_view_indicator_status (self->store, indicator, self->year, self->period, &status);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sk_indicator_get_name (indicator));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), status_text);

  mark = sk_view_status_mark (status, "title-3", 24);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), mark);

  /* Translators: the accessible label of a button; %s is an indicator name. */
  unlink_label = g_strdup_printf (_("Stop following “%s” in the work-environment plan"),
                                  sk_indicator_get_name (indicator));
  /* An adopted plan's indicators stay: no button that would be refused. */
  if (self->locked)
    return row;
  unlink = sk_work_env_icon_button ("list-remove-symbolic", unlink_label, "workenv.unlink-indicator",
                        sk_record_get_id (SK_RECORD (indicator)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), unlink);
  return row;
}

static void
refresh_indicators (SkWorkEnvView *self)
{
  gint64 plan_id = sk_record_get_id (SK_RECORD (self->plan));
  g_autoptr(GListModel) linked = sk_store_list_work_env_indicators (self->store, plan_id);
  g_autoptr(GListModel) reg = sk_store_list_indicators (self->store, self->year);
  g_autoptr(GHashTable) linked_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->link_dropdown);

  for (guint i = 0; i < self->indicator_rows->len; i++)
    adw_preferences_group_remove (self->indicators_group, g_ptr_array_index (self->indicator_rows, i));
  g_ptr_array_set_size (self->indicator_rows, 0);
  for (guint i = 0; i < g_list_model_get_n_items (linked); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (linked, i);
      GtkWidget *row = indicator_row (self, ind);

      g_hash_table_add (linked_ids, g_memdup2 (&(gint64) { sk_record_get_id (SK_RECORD (ind)) }, sizeof (gint64)));
      adw_preferences_group_add (self->indicators_group, row);
      g_ptr_array_add (self->indicator_rows, row);
    }

  /* The register's other indicators can be linked. */
  g_array_set_size (self->link_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (reg); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (reg, i);
      gint64 id = sk_record_get_id (SK_RECORD (ind));

      if (g_hash_table_contains (linked_ids, &id))
        continue;
      g_array_append_val (self->link_ids, id);
      gtk_string_list_append (names, sk_indicator_get_name (ind));
    }
  gtk_drop_down_set_model (self->link_dropdown, G_LIST_MODEL (names));
  if (selected < self->link_ids->len)
    gtk_drop_down_set_selected (self->link_dropdown, selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "workenv.link-indicator", self->link_ids->len > 0);
}

/* ---- Loading ---- */

static void
update_period (SkWorkEnvView *self)
{
  g_free (self->period);
  self->period = sk_view_report_period (self->period_dropdown, self->year);
}

static void
clear_cards (SkWorkEnvView *self)
{
  GtkWidget *child;

  g_hash_table_remove_all (self->cards);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->areas_box))) != NULL)
    gtk_box_remove (self->areas_box, child);
}

static void
refresh (SkWorkEnvView *self)
{
  g_clear_object (&self->plan);
  g_clear_object (&self->wep);
  if (self->store != NULL && self->year > 0)
    self->plan = sk_store_get_plan (self->store, self->year);
  if (self->plan == NULL)
    {
      clear_cards (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "plan");
  self->locked = sk_plan_is_adopted (self->plan);
  self->wep = sk_store_get_work_env_plan (self->store, sk_record_get_id (SK_RECORD (self->plan)));
  if (self->goal_timer == 0 && !self->goal_unsaved && !has_focus (self->goal_focus))
    reload_goal (self);
  refresh_indicators (self);
  sk_work_env_view_refresh_areas (self, FALSE);
}

/* What the board adopted is shown, not offered for editing: the goal,
 * the indicators followed and the priority areas. The follow-up texts
 * stay open. Called after every refresh of the cards (which unlock texts
 * for a writable file). */
void
sk_work_env_view_apply_lock (SkWorkEnvView *self)
{
  gboolean writable = self->store != NULL && !sk_store_is_read_only (self->store);
  gboolean open = writable && !self->locked;
  GHashTableIter iter;
  gpointer value;

  gtk_widget_set_visible (self->lock_note, self->locked);
  if (self->locked)
    {
      g_autoptr(GString) decision = g_string_new (NULL);
      const char *parts[] = { sk_plan_get_decision_paragraph (self->plan), sk_plan_get_decision_date (self->plan),
                              sk_plan_get_diary_number (self->plan) };
      g_autofree char *note = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        if (parts[i] != NULL && *parts[i] != '\0')
          g_string_append_printf (decision, "%s%s", decision->len > 0 ? ", " : " (", parts[i]);
      if (decision->len > 0)
        g_string_append_c (decision, ')');
      /* Translators: %d is the year, %s the decision, e.g. " (§ 98, 2024-12-11, DN NSV240361)" or empty. */
      note = g_strdup_printf (_("The plan for %d is adopted by the board%s: its goal, indicators and priority "
                                "areas cannot be changed. The follow-up of the priority areas can still be "
                                "written. To change the plan, copy it to a new year under Plans."),
                              self->year, decision->str);
      gtk_label_set_label (self->lock_label, note);
    }
  gtk_text_view_set_editable (self->goal_view, open);
  gtk_text_view_set_cursor_visible (self->goal_view, open);
  gtk_widget_set_visible (self->link_box, !self->locked);
  gtk_widget_set_visible (self->add_area_button, !self->locked);
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      AreaCard *card = value;

      gtk_editable_set_editable (GTK_EDITABLE (card->title), open);
      /* Without its frame the title reads as text, not as a field. */
      gtk_entry_set_has_frame (card->title, !self->locked);
      gtk_text_view_set_editable (card->description, open);
      gtk_text_view_set_cursor_visible (card->description, open);
      gtk_widget_set_visible (card->up, !self->locked);
      gtk_widget_set_visible (card->down, !self->locked);
      gtk_widget_set_visible (card->remove, !self->locked);
    }
}

static void
reload_goal (SkWorkEnvView *self)
{
  self->loading = TRUE;
  sk_view_text_view_set (self->goal_view, self->wep ? sk_work_env_plan_get_goal_text (self->wep) : "");
  self->loading = FALSE;
}

static void
on_store_changed (SkStore       *store,
                  const char    *table,
                  SkWorkEnvView *self)
{
  /* Our own text saves change nothing else on the page. */
  if (!self->saving)
    refresh (self);
}

static void
on_period_changed (SkWorkEnvView *self)
{
  if (self->loading)
    return;
  /* Pending follow-ups belong to the period they were written for. */
  flush_all (self);
  update_period (self);
  if (self->plan == NULL)
    return;
  refresh_indicators (self); /* their figures follow the report, as in Uppföljning */
  sk_work_env_view_refresh_areas (self, TRUE);
}


static void
save_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  flush_all (SK_WORK_ENV_VIEW (widget));
}

static void
link_indicator_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *param)
{
  SkWorkEnvView *self = SK_WORK_ENV_VIEW (widget);
  guint selected = gtk_drop_down_get_selected (self->link_dropdown);
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL || selected >= self->link_ids->len)
    return;
  if (!sk_store_link_work_env_indicator (self->store, sk_record_get_id (SK_RECORD (self->plan)),
                                         g_array_index (self->link_ids, gint64, selected), &error))
    toast_error (self, error);
}

static void
on_relink_clicked (AdwToast      *toast,
                   SkWorkEnvView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "workenv.relink-indicator", NULL);
}

static void
unlink_indicator_action (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  SkWorkEnvView *self = SK_WORK_ENV_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) ind = NULL;
  gint64 id = g_variant_get_int64 (param);
  AdwToast *toast;

  if (self->plan == NULL)
    return;
  ind = sk_store_get_indicator_in_year (self->store, id, self->year);
  if (!sk_store_unlink_work_env_indicator (self->store, sk_record_get_id (SK_RECORD (self->plan)), id, &error))
    {
      toast_error (self, error);
      return;
    }
  /* As other removals: a toast that can bring it back. */
  self->unlinked_id = id;
  self->unlinked_plan_id = sk_record_get_id (SK_RECORD (self->plan));
  /* Translators: %s is an indicator's name. */
  toast = adw_toast_new_format (_("“%s” is no longer followed in the work-environment plan"),
                                ind != NULL ? sk_indicator_get_name (ind) : "");
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_relink_clicked), self, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  sk_view_add_toast (widget, toast);
}

static void
relink_indicator_action (GtkWidget  *widget,
                         const char *action,
                         GVariant   *param)
{
  SkWorkEnvView *self = SK_WORK_ENV_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = self->unlinked_id;

  self->unlinked_id = 0;
  if (id == 0 || self->store == NULL)
    return;
  if (!sk_store_link_work_env_indicator (self->store, self->unlinked_plan_id, id, &error))
    toast_error (self, error);
}

/* ---- GObject ---- */

static void
set_store (SkWorkEnvView *self,
           SkStore       *store)
{
  if (self->store == store)
    return;
  flush_all (self);
  sk_view_replace_store (self, &self->store, store, G_CALLBACK (on_store_changed));
  g_clear_pointer (&self->removed, sk_work_env_removed_area_free);
  clear_cards (self);
  refresh (self);
  reload_goal (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
set_year (SkWorkEnvView *self,
          int            year)
{
  if (self->year == year)
    return;
  flush_all (self);
  self->year = year;
  clear_cards (self);
  self->loading = TRUE;
  gtk_drop_down_set_selected (self->period_dropdown, sk_view_default_report (year));
  self->loading = FALSE;
  update_period (self);
  refresh (self);
  /* Another year's goal, even while the field has the focus: the text
   * being written was saved to its own year above. */
  reload_goal (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

static void
sk_work_env_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SkWorkEnvView *self = SK_WORK_ENV_VIEW (object);

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
sk_work_env_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SkWorkEnvView *self = SK_WORK_ENV_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;
    case PROP_YEAR:
      set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_work_env_view_dispose (GObject *object)
{
  SkWorkEnvView *self = SK_WORK_ENV_VIEW (object);

  /* Nothing typed is lost when the window closes. */
  if (self->cards != NULL)
    {
      flush_all (self);
      clear_cards (self);
    }
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->goal_timer, g_source_remove);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);
  g_clear_object (&self->wep);
  g_clear_pointer (&self->removed, sk_work_env_removed_area_free);

  G_OBJECT_CLASS (sk_work_env_view_parent_class)->dispose (object);
}

static void
sk_work_env_view_finalize (GObject *object)
{
  SkWorkEnvView *self = SK_WORK_ENV_VIEW (object);

  g_hash_table_unref (self->cards);
  g_ptr_array_unref (self->indicator_rows);
  g_array_unref (self->link_ids);
  g_free (self->period);

  G_OBJECT_CLASS (sk_work_env_view_parent_class)->finalize (object);
}

static void
sk_work_env_view_class_init (SkWorkEnvViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sk_work_env_view_get_property;
  object_class->set_property = sk_work_env_view_set_property;
  object_class->dispose = sk_work_env_view_dispose;
  object_class->finalize = sk_work_env_view_finalize;

  sk_view_install_properties (object_class, properties, N_PROPS, PROP_STORE, PROP_YEAR, 9999);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styrkort/Styrkort/sk-work-env-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, stack);
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, goal_view);
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, indicators_group);
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, link_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, no_areas_label);
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, areas_box);
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, lock_note);
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, lock_label);
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, link_box);
  gtk_widget_class_bind_template_child (widget_class, SkWorkEnvView, add_area_button);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed);

  sk_work_env_view_install_area_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "workenv.link-indicator", NULL, link_indicator_action);
  gtk_widget_class_install_action (widget_class, "workenv.unlink-indicator", "x", unlink_indicator_action);
  gtk_widget_class_install_action (widget_class, "workenv.relink-indicator", NULL, relink_indicator_action);
  gtk_widget_class_install_action (widget_class, "workenv.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "workenv.add-area", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "workenv.save", NULL);
  /* Text fields undo their own typing first; elsewhere Ctrl+Z brings back
   * a removed priority area. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "workenv.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "workenv.move-up", "x", (gint64) 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "workenv.move-down", "x", (gint64) 0);
}

/* Indicator names are long: the choice shows them shortened, whole on hover. */
static void
setup_link_item (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 34);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_link_item (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *name = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (label), name);
  gtk_widget_set_tooltip_text (label, name);
  sk_a11y_name_list_item (item, name);
}

static void
sk_work_env_view_init (SkWorkEnvView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->indicator_rows = g_ptr_array_new ();
  self->link_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = TRUE;
  sk_view_setup_report_dropdown (self->period_dropdown);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_link_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_link_item), NULL);
  gtk_drop_down_set_factory (self->link_dropdown, factory);
  sk_a11y_name_dropdown (self->link_dropdown, _("Indicator to link"));
  sk_a11y_name (GTK_WIDGET (self->goal_view), _("Overall _goal of the work-environment work"));
  self->loading = FALSE;
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->goal_view), "changed",
                            G_CALLBACK (on_goal_changed), self);
  self->goal_focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (self->goal_focus, "leave", G_CALLBACK (on_goal_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->goal_view), self->goal_focus);
  update_period (self);
}

GtkWidget *
sk_work_env_view_new (void)
{
  return g_object_new (SK_TYPE_WORK_ENV_VIEW, NULL);
}
