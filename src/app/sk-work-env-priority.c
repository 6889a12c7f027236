/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-a11y.h"
#include "sk-file-notice.h"
#include "sk-view-util.h"
#include "sk-work-env-view-private.h"

/*
 * The work-environment plan's priority areas: one card each, with its
 * title, description and the follow-up of the chosen period, and the
 * actions that add, move, remove and bring back an area. On an adopted
 * plan only the follow-up can be written.
 */

#define has_focus sk_work_env_has_focus
#define toast_error sk_work_env_view_toast_error
#define flush_all sk_work_env_view_flush

void
sk_work_env_removed_area_free (RemovedArea *removed)
{
  if (removed == NULL)
    return;
  g_free (removed->title);
  g_free (removed->description);
  g_strfreev (removed->periods);
  g_strfreev (removed->follow_ups);
  g_free (removed);
}

/* ---- Priority area cards ---- */

static void
save_field (AreaCard *card,
            int       field)
{
  SkWorkEnvView *self = card->view;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean ok = TRUE;

  g_clear_handle_id (&card->timers[field], g_source_remove);
  if (self->store == NULL)
    return;
  self->saving = TRUE;
  switch (field)
    {
    case FIELD_TITLE:
      text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (card->title)));
      if (g_strcmp0 (text, sk_priority_area_get_title (card->area)) != 0)
        ok = sk_store_rename (self->store, SK_RECORD (card->area), text, &error);
      if (ok)
        sk_priority_area_set_title (card->area, text);
      break;
    case FIELD_DESCRIPTION:
      text = sk_view_text_view_get (card->description);
      if (g_strcmp0 (text, sk_priority_area_get_description (card->area)) != 0)
        ok = sk_store_set_description (self->store, SK_RECORD (card->area), text, &error);
      if (ok)
        sk_priority_area_set_description (card->area, text);
      break;
    case FIELD_FOLLOW_UP:
    default:
      text = sk_view_text_view_get (card->follow_up);
      ok = sk_store_set_priority_follow_up (self->store, sk_record_get_id (SK_RECORD (card->area)),
                                            self->period, text, &error);
      break;
    }
  self->saving = FALSE;
  card->unsaved[field] = sk_file_notice_is_locked (error);
  if (!ok)
    sk_file_notice_toast_action (GTK_WIDGET (self), error, "workenv.save");
}

typedef struct {
  AreaCard *card;
  int       field;
} PendingSave;

static gboolean
field_timeout (gpointer data)
{
  PendingSave *pending = data;

  pending->card->timers[pending->field] = 0;
  save_field (pending->card, pending->field);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (AreaCard *card,
               int       field)
{
  PendingSave *pending;

  if (card->view->loading)
    return;
  g_clear_handle_id (&card->timers[field], g_source_remove);
  pending = g_new (PendingSave, 1);
  *pending = (PendingSave) { card, field };
  card->timers[field] = g_timeout_add_full (G_PRIORITY_DEFAULT, SAVE_DELAY_MS, field_timeout, pending, g_free);
}

static void
flush_card (AreaCard *card)
{
  for (int field = 0; field < N_FIELDS; field++)
    if (card->timers[field] != 0 || card->unsaved[field])
      save_field (card, field);
}

void
sk_work_env_view_flush_areas (SkWorkEnvView *self)
{
  GHashTableIter iter;
  gpointer card;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, NULL, &card))
    flush_card (card);
}

static void
area_card_free (AreaCard *card)
{
  for (int field = 0; field < N_FIELDS; field++)
    g_clear_handle_id (&card->timers[field], g_source_remove);
  g_clear_object (&card->area);
  g_free (card);
}

static void on_title_changed (GtkEditable *editable, AreaCard *card) { schedule_save (card, FIELD_TITLE); }
static void on_title_activate (GtkEntry *entry, AreaCard *card) { save_field (card, FIELD_TITLE); }
static void on_description_changed (GtkTextBuffer *buffer, AreaCard *card) { schedule_save (card, FIELD_DESCRIPTION); }
static void on_follow_up_changed (GtkTextBuffer *buffer, AreaCard *card) { schedule_save (card, FIELD_FOLLOW_UP); }

static void
on_field_leave (GtkEventController *controller,
                AreaCard           *card)
{
  for (int field = 0; field < N_FIELDS; field++)
    if (card->focus[field] == controller && card->timers[field] != 0)
      save_field (card, field);
}

static GtkEventController *
watch_focus (GtkWidget *widget,
             AreaCard  *card)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (on_field_leave), card);
  gtk_widget_add_controller (widget, focus);
  return focus;
}

GtkWidget *
sk_work_env_icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

static GtkTextView *
text_area (GtkWidget *box,
           GtkLabel  *label)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  /* Tab moves on to the next field, as in a form. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 56);
  gtk_label_set_mnemonic_widget (label, view);
  /* GTK 4.8 does not name a text view after its mnemonic label. */
  sk_a11y_name (view, gtk_label_get_label (label));
  gtk_label_set_xalign (label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (label), "caption-heading");
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
  gtk_box_append (GTK_BOX (box), frame);
  return GTK_TEXT_VIEW (view);
}

/* Names find a field again (tests, focus) after the list changed. */
static void
name_widget (GtkWidget  *widget,
             const char *what,
             gint64      id)
{
  g_autofree char *name = g_strdup_printf ("%s-%" G_GINT64_FORMAT, what, id);

  gtk_widget_set_name (widget, name);
}

static AreaCard *
area_card_new (SkWorkEnvView  *self,
               SkPriorityArea *area)
{
  AreaCard *card = g_new0 (AreaCard, 1);
  gint64 id = sk_record_get_id (SK_RECORD (area));
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  card->view = self;
  card->area = g_object_ref (area);
  card->id = id;
  card->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (card->box, "card");
  gtk_widget_set_margin_start (inner, 12);
  gtk_widget_set_margin_end (inner, 12);
  gtk_widget_set_margin_top (inner, 8);
  gtk_widget_set_margin_bottom (inner, 12);
  gtk_box_append (GTK_BOX (card->box), inner);

  card->number = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (card->number), "heading");
  card->title = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (card->title), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card->title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Title of the priority area"), -1);
  card->up = sk_work_env_icon_button ("go-up-symbolic", _("Move up (Alt+Up)"), "workenv.move-up", id);
  card->down = sk_work_env_icon_button ("go-down-symbolic", _("Move down (Alt+Down)"), "workenv.move-down", id);
  card->remove = sk_work_env_icon_button ("user-trash-symbolic", _("Remove the priority area"), "workenv.remove-area", id);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (card->number));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (card->title));
  gtk_box_append (GTK_BOX (header), card->up);
  gtk_box_append (GTK_BOX (header), card->down);
  gtk_box_append (GTK_BOX (header), card->remove);
  gtk_box_append (GTK_BOX (inner), header);

  card->description = text_area (inner, GTK_LABEL (gtk_label_new_with_mnemonic (_("_Description"))));
  card->follow_up_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_use_underline (card->follow_up_label, TRUE);
  card->follow_up = text_area (inner, card->follow_up_label);

  name_widget (GTK_WIDGET (card->title), "area-title", id);
  name_widget (GTK_WIDGET (card->description), "area-description", id);
  name_widget (GTK_WIDGET (card->follow_up), "area-follow-up", id);
  card->focus[FIELD_TITLE] = watch_focus (GTK_WIDGET (card->title), card);
  card->focus[FIELD_DESCRIPTION] = watch_focus (GTK_WIDGET (card->description), card);
  card->focus[FIELD_FOLLOW_UP] = watch_focus (GTK_WIDGET (card->follow_up), card);
  g_signal_connect (card->title, "changed", G_CALLBACK (on_title_changed), card);
  g_signal_connect (card->title, "activate", G_CALLBACK (on_title_activate), card);
  g_signal_connect (gtk_text_view_get_buffer (card->description), "changed",
                    G_CALLBACK (on_description_changed), card);
  g_signal_connect (gtk_text_view_get_buffer (card->follow_up), "changed",
                    G_CALLBACK (on_follow_up_changed), card);

  g_object_set_data_full (G_OBJECT (card->box), "sk-area-card", card, (GDestroyNotify) area_card_free);
  return card;
}

/* Shows the stored texts, except where the user is writing. */
static void
area_card_update (AreaCard       *card,
                  SkPriorityArea *area,
                  guint           index,
                  guint           n,
                  gboolean        force_follow_up)
{
  SkWorkEnvView *self = card->view;
  g_autofree char *number = g_strdup_printf ("%u.", index + 1);
  g_autofree char *follow_up = NULL;
  g_autofree char *label = NULL;
  GtkStringObject *period = gtk_drop_down_get_selected_item (self->period_dropdown);

  g_set_object (&card->area, area);
  gtk_label_set_label (card->number, number);
  if (card->timers[FIELD_TITLE] == 0 && !card->unsaved[FIELD_TITLE] && !has_focus (card->focus[FIELD_TITLE])
      && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (card->title)), sk_priority_area_get_title (area)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (card->title), sk_priority_area_get_title (area));
  if (card->timers[FIELD_DESCRIPTION] == 0 && !card->unsaved[FIELD_DESCRIPTION] && !has_focus (card->focus[FIELD_DESCRIPTION]))
    sk_view_text_view_set (card->description, sk_priority_area_get_description (area));
  if (force_follow_up || (card->timers[FIELD_FOLLOW_UP] == 0 && !card->unsaved[FIELD_FOLLOW_UP]
                          && !has_focus (card->focus[FIELD_FOLLOW_UP])))
    {
      follow_up = sk_store_get_priority_follow_up (self->store, sk_record_get_id (SK_RECORD (area)), self->period);
      sk_view_text_view_set (card->follow_up, follow_up);
    }
  /* Translators: "Follow-up Jan–Apr 2025" */
  label = g_strdup_printf (_("_Follow-up %s %d"), period ? gtk_string_object_get_string (period) : "", self->year);
  gtk_label_set_label (card->follow_up_label, label);
  sk_a11y_name (GTK_WIDGET (card->follow_up), label);
  gtk_widget_set_sensitive (card->up, index > 0);
  gtk_widget_set_sensitive (card->down, index + 1 < n);
}

void
sk_work_env_view_refresh_areas (SkWorkEnvView *self,
               gboolean       force_follow_up)
{
  g_autoptr(GListModel) areas = sk_store_list_priority_areas (self->store, sk_record_get_id (SK_RECORD (self->plan)));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n = g_list_model_get_n_items (areas);
  GtkWidget *previous = NULL;
  GHashTableIter iter;
  gpointer key, value;

  self->loading = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkPriorityArea) area = g_list_model_get_item (areas, i);
      gint64 id = sk_record_get_id (SK_RECORD (area));
      AreaCard *card = g_hash_table_lookup (self->cards, &id);

      if (card == NULL)
        {
          card = area_card_new (self, area);
          g_hash_table_insert (self->cards, g_memdup2 (&id, sizeof id), card);
          gtk_box_append (self->areas_box, card->box);
        }
      area_card_update (card, area, i, n, force_follow_up);
      /* Moving the existing widget keeps the focus and the cursor in it. */
      gtk_box_reorder_child_after (self->areas_box, card->box, previous);
      previous = card->box;
      g_hash_table_add (seen, &card->id);
    }
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      AreaCard *card = value;

      if (g_hash_table_contains (seen, &card->id))
        continue;
      g_hash_table_iter_steal (&iter);
      g_free (key);
      gtk_box_remove (self->areas_box, card->box);
    }
  gtk_widget_set_visible (self->no_areas_label, n == 0);
  self->loading = FALSE;
  sk_file_notice_lock_view (GTK_WIDGET (self), GTK_WIDGET (self), self->store, (const char *[]) {
    "workenv.add-area", "workenv.move-up", "workenv.move-down", "workenv.remove-area", "workenv.undo",
    "workenv.link-indicator", "workenv.unlink-indicator", "workenv.save", NULL });
  sk_work_env_view_apply_lock (self);
}

/* ---- Linked indicators ---- */

/* ---- Actions ---- */

static SkPriorityArea *
area_of (SkWorkEnvView *self,
         gint64         id)
{
  GtkWidget *focus;
  GHashTableIter iter;
  gpointer value;

  if (id != 0)
    {
      AreaCard *card = g_hash_table_lookup (self->cards, &id);
      return card ? card->area : NULL;
    }
  /* No id (a keyboard shortcut): the area holding the focus. */
  focus = gtk_widget_get_root (GTK_WIDGET (self)) ? gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))) : NULL;
  g_hash_table_iter_init (&iter, self->cards);
  while (focus != NULL && g_hash_table_iter_next (&iter, NULL, &value))
    if (gtk_widget_is_ancestor (focus, ((AreaCard *) value)->box))
      return ((AreaCard *) value)->area;
  return NULL;
}

/* Brings a new priority area (at the bottom of the page) into view. */
static gboolean
scroll_to_card (GtkWidget     *box,
                GdkFrameClock *clock,
                gpointer       data)
{
  SkWorkEnvView *self = data;
  GtkWidget *content = gtk_scrolled_window_get_child (self->scroller);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_rect_t bounds;
  double top, bottom, page;

  /* Measured in the page, not in the scrolled viewport. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (gtk_widget_get_height (box) <= 0 || !gtk_widget_compute_bounds (box, content, &bounds))
    return G_SOURCE_CONTINUE;
  top = bounds.origin.y;
  bottom = top + bounds.size.height;
  page = gtk_adjustment_get_page_size (adj);
  if (bottom > gtk_adjustment_get_value (adj) + page)
    gtk_adjustment_set_value (adj, MIN (top, bottom - page));
  else if (top < gtk_adjustment_get_value (adj))
    gtk_adjustment_set_value (adj, top);
  return G_SOURCE_REMOVE;
}

static void
add_area_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *param)
{
  SkWorkEnvView *self = SK_WORK_ENV_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkPriorityArea) area = NULL;
  AreaCard *card;
  gint64 id;

  if (self->plan == NULL)
    return;
  flush_all (self);
  area = sk_store_add_priority_area (self->store, sk_record_get_id (SK_RECORD (self->plan)),
                                     _("New priority area"), "", &error);
  if (area == NULL)
    {
      toast_error (self, error);
      return;
    }
  id = sk_record_get_id (SK_RECORD (area));
  card = g_hash_table_lookup (self->cards, &id);
  if (card != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (card->title));
      gtk_editable_select_region (GTK_EDITABLE (card->title), 0, -1);
      /* The new card has no place yet: scroll once it is laid out. */
      gtk_widget_add_tick_callback (card->box, scroll_to_card, self, NULL);
    }
}

static void
move_area (SkWorkEnvView *self,
           gint64         id,
           int            delta)
{
  SkPriorityArea *area = area_of (self, id);
  g_autoptr(SkPriorityArea) keep = area ? g_object_ref (area) : NULL;
  g_autoptr(GListModel) areas = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (keep == NULL)
    return;
  flush_all (self);
  areas = sk_store_list_priority_areas (self->store, sk_record_get_id (SK_RECORD (self->plan)));
  n = g_list_model_get_n_items (areas);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkPriorityArea) other = g_list_model_get_item (areas, i);

      if (sk_record_get_id (SK_RECORD (other)) != sk_record_get_id (SK_RECORD (keep)))
        continue;
      if ((int) i + delta < 0 || (int) i + delta >= (int) n)
        return;
      if (!sk_store_move (self->store, SK_RECORD (keep), (int) i + delta, &error))
        toast_error (self, error);
      return;
    }
}

static void
move_up_action (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  move_area (SK_WORK_ENV_VIEW (widget), g_variant_get_int64 (param), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  move_area (SK_WORK_ENV_VIEW (widget), g_variant_get_int64 (param), +1);
}

static RemovedArea *
remember_area (SkWorkEnvView  *self,
               SkPriorityArea *area)
{
  RemovedArea *removed = g_new0 (RemovedArea, 1);
  g_autoptr(GListModel) areas = sk_store_list_priority_areas (self->store, sk_record_get_id (SK_RECORD (self->plan)));

  removed->plan_id = sk_record_get_id (SK_RECORD (self->plan));
  removed->year = self->year;
  removed->title = g_strdup (sk_priority_area_get_title (area));
  removed->description = g_strdup (sk_priority_area_get_description (area));
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkPriorityArea) other = g_list_model_get_item (areas, i);
      if (sk_record_get_id (SK_RECORD (other)) == sk_record_get_id (SK_RECORD (area)))
        removed->position = (int) i;
    }
  /* Deleting cascades to follow-ups of every year, not only this one. */
  removed->periods = sk_store_list_priority_periods (self->store, sk_record_get_id (SK_RECORD (area)));
  removed->follow_ups = g_new0 (char *, g_strv_length (removed->periods) + 1);
  for (guint i = 0; removed->periods[i] != NULL; i++)
    removed->follow_ups[i] = sk_store_get_priority_follow_up (self->store, sk_record_get_id (SK_RECORD (area)),
                                                              removed->periods[i]);
  return removed;
}

static void
on_undo_clicked (AdwToast      *toast,
                 SkWorkEnvView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "workenv.undo", NULL);
}

static void
remove_area_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *param)
{
  SkWorkEnvView *self = SK_WORK_ENV_VIEW (widget);
  SkPriorityArea *area = area_of (self, g_variant_get_int64 (param));
  g_autoptr(SkPriorityArea) keep = area ? g_object_ref (area) : NULL;
  g_autoptr(GError) error = NULL;
  RemovedArea *removed;
  AdwToast *toast;

  if (keep == NULL)
    return;
  flush_all (self);
  removed = remember_area (self, keep);
  if (!sk_store_delete (self->store, SK_RECORD (keep), &error))
    {
      sk_work_env_removed_area_free (removed);
      toast_error (self, error);
      return;
    }
  sk_work_env_removed_area_free (self->removed);
  self->removed = removed;

  /* Translators: a priority area was removed; %s is its title. */
  toast = adw_toast_new_format (_("“%s” was removed"), removed->title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
  sk_view_add_toast (widget, toast);
}

static gboolean
restore_area (SkWorkEnvView *self,
              RemovedArea   *removed,
              GError       **error)
{
  g_autoptr(SkPriorityArea) area = NULL;
  gint64 id;

  if (!sk_store_begin (self->store, error))
    return FALSE;
  area = sk_store_add_priority_area (self->store, removed->plan_id, removed->title, removed->description, error);
  if (area == NULL || !sk_store_move (self->store, SK_RECORD (area), removed->position, error))
    goto fail;
  id = sk_record_get_id (SK_RECORD (area));
  for (guint i = 0; removed->periods[i] != NULL; i++)
    if (removed->follow_ups[i] != NULL
        && !sk_store_set_priority_follow_up (self->store, id, removed->periods[i], removed->follow_ups[i], error))
      goto fail;
  return sk_store_commit (self->store, error);

fail:
  sk_store_rollback (self->store);
  return FALSE;
}

static void
undo_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  SkWorkEnvView *self = SK_WORK_ENV_VIEW (widget);
  g_autoptr(GError) error = NULL;
  RemovedArea *removed = g_steal_pointer (&self->removed);

  if (removed == NULL || self->store == NULL)
    return;
  if (!restore_area (self, removed, &error))
    toast_error (self, error);
  sk_work_env_removed_area_free (removed);
}

void
sk_work_env_view_install_area_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "workenv.add-area", NULL, add_area_action);
  gtk_widget_class_install_action (widget_class, "workenv.move-up", "x", move_up_action);
  gtk_widget_class_install_action (widget_class, "workenv.move-down", "x", move_down_action);
  gtk_widget_class_install_action (widget_class, "workenv.remove-area", "x", remove_area_action);
  gtk_widget_class_install_action (widget_class, "workenv.undo", NULL, undo_action);
}
