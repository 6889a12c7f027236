/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-outcomes-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sk-file-notice.h"
#include "sk-store-rights.h"
#include "sk-format.h"
#include "sk-outcomes-view-private.h"

/*
 * Editing in the Utfall grid: the in-place editor, the missing-reason
 * and comment prompts, the cell menu's actions, and undo and redo of
 * the values entered here.
 */

void
sk_outcomes_view_change_free (gpointer data)
{
  Change *change = data;

  g_free (change->period);
  g_clear_object (&change->before);
  g_clear_object (&change->after);
  g_free (change);
}

SkOutcome *
sk_outcomes_view_outcome_copy (SkOutcome *o)
{
  SkOutcome *copy;

  if (o == NULL)
    return NULL;
  copy = sk_outcome_new ();
  sk_outcome_set_indicator_id (copy, sk_outcome_get_indicator_id (o));
  sk_outcome_set_unit_id (copy, sk_outcome_get_unit_id (o));
  sk_outcome_set_period (copy, sk_outcome_get_period (o));
  sk_outcome_set_kind (copy, sk_outcome_get_kind (o));
  sk_outcome_set_value (copy, sk_outcome_get_value (o));
  sk_outcome_set_numerator (copy, sk_outcome_get_numerator (o));
  sk_outcome_set_denominator (copy, sk_outcome_get_denominator (o));
  sk_outcome_set_missing_reason (copy, sk_outcome_get_missing_reason (o));
  sk_outcome_set_comment (copy, sk_outcome_get_comment (o));
  sk_outcome_set_fictional (copy, sk_outcome_get_fictional (o));
  return copy;
}

/* ---- Messages ---- */

static void point_at_current (SkOutcomesView *self, GtkPopover *popover);

/* The message stands by the cell it is about, below it, and leaves the
 * keyboard in the cell. */
void
sk_outcomes_view_show_error (SkOutcomesView *self,
                             const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  point_at_current (self, self->error_popover);
  gtk_popover_popup (self->error_popover);
  if (self->editing && !gtk_widget_has_focus (self->editor))
    gtk_widget_grab_focus (self->editor);
  gtk_widget_error_bell (GTK_WIDGET (self));
  if (self->editing)
    {
      gtk_widget_add_css_class (self->editor, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      message, -1);
    }
}

void
sk_outcomes_view_hide_error (SkOutcomesView *self)
{
  gtk_label_set_text (self->error_label, "");
  gtk_popover_popdown (self->error_popover);
  gtk_widget_remove_css_class (self->editor, "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_STATE_INVALID);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* ---- Editing ---- */

void
sk_outcomes_view_finish_edit (SkOutcomesView *self,
                              gboolean        refocus)
{
  GtkWidget *cell;

  if (!self->editing)
    return;
  self->editing = FALSE;
  g_clear_object (&self->edit_read);
  sk_outcomes_view_set_tooltips (self, TRUE);
  cell = gtk_widget_get_parent (self->editor);
  if (refocus && cell != NULL)
    gtk_widget_grab_focus (cell);
  if (cell != NULL && SK_IS_OUTCOME_CELL (cell))
    sk_outcome_cell_set_editor (SK_OUTCOME_CELL (cell), NULL);
  gtk_widget_remove_css_class (self->editor, "error");
}

void
sk_outcomes_view_cancel_edit (SkOutcomesView *self)
{
  gboolean had = self->editing;

  sk_outcomes_view_finish_edit (self, TRUE);
  if (had)
    sk_outcomes_view_hide_error (self);
}

void
sk_outcomes_view_start_edit (SkOutcomesView *self,
                             const char     *initial)
{
  SkOutcomeCell *cell = sk_outcomes_view_current_cell (self);
  g_autofree char *text = NULL;

  if (cell == NULL || self->store == NULL || self->editing)
    return;
  if (self->cur_col == YTD || sk_file_notice_read_only (self->store))
    {
      sk_outcomes_view_show_error (self, self->cur_col == YTD ? _("The year to date is worked out from the months; enter the month values instead.")
                                                              : sk_file_notice_read_only_message (self->store));
      return;
    }
  if (self->unit_id <= 0)
    return;
  /* On a server, another unit's outcomes are refused before any typing. */
  {
    g_autoptr(GError) refused = NULL;

    if (!sk_store_check_unit_rights (self->store, self->unit_id, &refused))
      {
        sk_outcomes_view_show_error (self, refused->message);
        return;
      }
  }
  {
    g_autofree char *period = sk_outcomes_view_current_period (self);

    /* What the user edits: a save over someone else's later change is refused. */
    g_clear_object (&self->edit_read);
    self->edit_read = sk_store_get_outcome (self->store, self->place_indicator_id, self->unit_id,
                                            period, SK_OUTCOME_MONTH);
  }
  if (initial != NULL)
    text = g_strdup (initial);
  else
    text = self->edit_read != NULL && !isnan (sk_outcome_get_value (self->edit_read))
           ? sk_format_number (sk_outcome_get_value (self->edit_read), -1) : g_strdup ("");
  sk_outcomes_view_hide_error (self);
  gtk_editable_set_text (GTK_EDITABLE (self->editor), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sk_outcome_cell_get_label (cell), -1);
  sk_outcome_cell_set_editor (cell, self->editor);
  self->editing = TRUE;
  sk_outcomes_view_set_tooltips (self, FALSE);
  gtk_widget_grab_focus (self->editor);
  gtk_editable_set_position (GTK_EDITABLE (self->editor), -1);
}

void
sk_outcomes_view_push_change (SkOutcomesView *self,
                              const char     *period,
                              SkOutcome      *before,
                              SkOutcome      *after)
{
  Change *change = g_new0 (Change, 1);

  change->indicator_id = self->place_indicator_id;
  change->unit_id = self->unit_id;
  change->period = g_strdup (period);
  change->before = sk_outcomes_view_outcome_copy (before);
  change->after = sk_outcomes_view_outcome_copy (after);
  g_queue_push_head (&self->undo, change);
  g_queue_clear_full (&self->redo, sk_outcomes_view_change_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outcomes.undo", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outcomes.redo", FALSE);
}

/* Removes the current month's value (and its comment: a row holds both). */
static gboolean
clear_current (SkOutcomesView *self)
{
  g_autofree char *period = sk_outcomes_view_current_period (self);
  g_autoptr(SkOutcome) old = NULL;
  g_autoptr(GError) error = NULL;

  if (self->cur_col == YTD || self->unit_id <= 0 || sk_file_notice_read_only (self->store))
    return TRUE;
  old = sk_store_get_outcome (self->store, self->place_indicator_id, self->unit_id, period, SK_OUTCOME_MONTH);
  if (old == NULL)
    return TRUE;
  if (!sk_store_clear_outcome (self->store, self->place_indicator_id, self->unit_id, period,
                               SK_OUTCOME_MONTH, &error))
    {
      sk_outcomes_view_show_error (self, error->message);
      return FALSE;
    }
  sk_outcomes_view_push_change (self, period, old, NULL);
  return TRUE;
}

static void retry_save (GtkWidget *widget);

/* Saves @outcome for the current place, remembering what it replaces. */
gboolean
sk_outcomes_view_save_outcome (SkOutcomesView *self,
                               SkOutcome      *old,
                               SkOutcome      *outcome)
{
  g_autoptr(GError) error = NULL;
  gboolean saved = self->editing
                   ? sk_store_set_outcome_if_unchanged (self->store, self->edit_read, outcome, &error)
                   : sk_store_set_outcome (self->store, outcome, &error);

  if (!saved)
    {
      sk_outcomes_view_show_error (self, error->message);
      /* Another program's lock: the value stays typed, one click saves it. */
      if (sk_file_notice_is_locked (error) && self->editing)
        sk_file_notice_toast (GTK_WIDGET (self), error, retry_save);
      return FALSE;
    }
  sk_outcomes_view_push_change (self, sk_outcome_get_period (outcome), old, outcome);
  return TRUE;
}

SkOutcome *
sk_outcomes_view_outcome_for_place (SkOutcomesView *self,
                                    SkOutcome      *old)
{
  g_autofree char *period = sk_outcomes_view_current_period (self);
  SkOutcome *o = old != NULL ? sk_outcomes_view_outcome_copy (old) : sk_outcome_new ();

  sk_outcome_set_indicator_id (o, self->place_indicator_id);
  sk_outcome_set_unit_id (o, self->unit_id);
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, SK_OUTCOME_MONTH);
  return o;
}

/* Parses and stores the editor's text. FALSE, with the reason shown and
 * the text kept, when it is refused. */
gboolean
sk_outcomes_view_commit (SkOutcomesView *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor))));
  g_autofree char *period = sk_outcomes_view_current_period (self);
  g_autoptr(SkOutcome) old = NULL;
  g_autoptr(SkOutcome) o = NULL;
  double value;

  if (!self->editing)
    return TRUE;
  if (*text == '\0')
    return clear_current (self);
  if (!sk_parse_number (text, &value))
    {
      g_autofree char *message =
        /* TRANSLATORS: %s is what the user typed */
        g_strdup_printf (_("“%s” is not a number. Write digits, with a decimal comma if needed, e.g. 91,1."), text);

      sk_outcomes_view_show_error (self, message);
      return FALSE;
    }
  old = sk_store_get_outcome (self->store, self->place_indicator_id, self->unit_id, period, SK_OUTCOME_MONTH);
  if (old != NULL && sk_outcome_get_value (old) == value && !sk_outcome_get_fictional (old))
    return TRUE; /* unchanged: nothing to store or undo */

  o = sk_outcomes_view_outcome_for_place (self, old);
  sk_outcome_set_value (o, value);
  sk_outcome_set_numerator (o, NAN);
  sk_outcome_set_denominator (o, NAN);
  sk_outcome_set_missing_reason (o, NULL);
  sk_outcome_set_fictional (o, FALSE); /* typed in: a real figure */
  return sk_outcomes_view_save_outcome (self, old, o);
}

static void
commit_and_move (SkOutcomesView *self,
                 int             drow,
                 int             dcol)
{
  if (!sk_outcomes_view_commit (self))
    return;
  sk_outcomes_view_hide_error (self);
  sk_outcomes_view_finish_edit (self, TRUE);
  sk_outcomes_view_move_by (self, drow, dcol, dcol != 0);
}

static void
retry_save (GtkWidget *widget)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);

  if (self->editing && sk_outcomes_view_commit (self))
    {
      sk_outcomes_view_hide_error (self);
      sk_outcomes_view_finish_edit (self, TRUE);
    }
}

static void
on_editor_activate (GtkText        *text,
                    SkOutcomesView *self)
{
  commit_and_move (self, 1, 0);
}

static gboolean
on_editor_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               SkOutcomesView        *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Escape:
      sk_outcomes_view_cancel_edit (self);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      commit_and_move (self, 0, 1);
      return TRUE;
    case GDK_KEY_ISO_Left_Tab:
      commit_and_move (self, 0, -1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      commit_and_move (self, -1, 0);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      commit_and_move (self, 1, 0);
      return TRUE;
    default:
      return FALSE;
    }
}

/* ---- Popovers ---- */

static void
point_at_current (SkOutcomesView *self,
                  GtkPopover     *popover)
{
  SkOutcomeCell *cell = sk_outcomes_view_current_cell (self);
  graphene_rect_t bounds;
  GdkRectangle rect = { 0, 0, 1, 1 };

  if (cell != NULL && gtk_widget_compute_bounds (GTK_WIDGET (cell), GTK_WIDGET (self), &bounds))
    {
      rect.x = (int) bounds.origin.x;
      rect.y = (int) bounds.origin.y;
      rect.width = MAX (1, (int) bounds.size.width);
      rect.height = MAX (1, (int) bounds.size.height);
    }
  gtk_popover_set_pointing_to (popover, &rect);
}

static void
on_popover_closed (GtkPopover     *popover,
                   SkOutcomesView *self)
{
  SkOutcomeCell *cell = sk_outcomes_view_current_cell (self);

  if (cell != NULL && !self->editing)
    gtk_widget_grab_focus (GTK_WIDGET (cell));
}

static void
show_prompt (SkOutcomesView *self,
             PromptMode      mode)
{
  g_autofree char *period = sk_outcomes_view_current_period (self);
  g_autoptr(SkOutcome) o = NULL;
  Row *row = sk_outcomes_view_current_row (self);
  g_autofree char *title = NULL;
  const char *text = NULL;

  if (row == NULL || self->unit_id <= 0 || self->cur_col == YTD || sk_file_notice_read_only (self->store))
    return;
  o = sk_store_get_outcome (self->store, self->place_indicator_id, self->unit_id, period, SK_OUTCOME_MONTH);
  self->prompt_mode = mode;
  if (mode == PROMPT_MISSING)
    {
      /* TRANSLATORS: %s is a month name */
      title = g_strdup_printf (_("Why is the value for %s missing?"), sk_outcomes_view_month_name ((int) self->cur_col + 1));
      text = o != NULL ? sk_outcome_get_missing_reason (o) : NULL;
    }
  else
    {
      /* TRANSLATORS: %s is a month name */
      title = g_strdup_printf (_("Comment on %s"), sk_outcomes_view_month_name ((int) self->cur_col + 1));
      text = o != NULL ? sk_outcome_get_comment (o) : NULL;
    }
  gtk_label_set_text (GTK_LABEL (self->prompt_title), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->prompt_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_editable_set_text (GTK_EDITABLE (self->prompt_entry), text != NULL ? text : "");
  gtk_label_set_text (GTK_LABEL (self->prompt_error), "");
  gtk_widget_set_visible (self->prompt_error, FALSE);
  point_at_current (self, GTK_POPOVER (self->prompt));
  gtk_popover_popup (GTK_POPOVER (self->prompt));
  gtk_widget_grab_focus (self->prompt_entry);
}

static void
prompt_refuse (SkOutcomesView *self,
               const char     *message)
{
  gtk_label_set_text (GTK_LABEL (self->prompt_error), message);
  gtk_widget_set_visible (self->prompt_error, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->prompt_entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message, -1);
  gtk_widget_error_bell (self->prompt_entry);
}

static void
prompt_accept (SkOutcomesView *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->prompt_entry))));
  g_autofree char *period = sk_outcomes_view_current_period (self);
  g_autoptr(SkOutcome) old = NULL;
  g_autoptr(SkOutcome) o = NULL;
  g_autoptr(GError) error = NULL;

  old = sk_store_get_outcome (self->store, self->place_indicator_id, self->unit_id, period, SK_OUTCOME_MONTH);
  if (self->prompt_mode == PROMPT_MISSING)
    {
      if (*text == '\0')
        {
          prompt_refuse (self, _("Say why the value is missing."));
          return;
        }
      o = sk_outcomes_view_outcome_for_place (self, old);
      sk_outcome_set_value (o, NAN);
      sk_outcome_set_numerator (o, NAN);
      sk_outcome_set_denominator (o, NAN);
      sk_outcome_set_missing_reason (o, text);
      sk_outcome_set_fictional (o, FALSE);
    }
  else
    {
      if (old == NULL)
        {
          prompt_refuse (self, _("Enter a value first, or mark it as missing, then comment on it."));
          return;
        }
      o = sk_outcomes_view_outcome_for_place (self, old);
      sk_outcome_set_comment (o, *text != '\0' ? text : NULL);
    }

  if (!sk_store_set_outcome (self->store, o, &error))
    {
      prompt_refuse (self, error->message);
      return;
    }
  sk_outcomes_view_push_change (self, period, old, o);
  sk_outcomes_view_hide_error (self);
  gtk_popover_popdown (GTK_POPOVER (self->prompt));
}

static void
build_prompt (SkOutcomesView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));

  self->prompt = gtk_popover_new ();
  gtk_widget_set_parent (self->prompt, GTK_WIDGET (self));
  g_signal_connect (self->prompt, "closed", G_CALLBACK (on_popover_closed), self);

  self->prompt_title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->prompt_title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->prompt_title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->prompt_title), 32);
  gtk_widget_add_css_class (self->prompt_title, "heading");
  gtk_box_append (GTK_BOX (box), self->prompt_title);

  self->prompt_entry = gtk_entry_new ();
  gtk_editable_set_width_chars (GTK_EDITABLE (self->prompt_entry), 28);
  gtk_label_set_mnemonic_widget (GTK_LABEL (self->prompt_title), self->prompt_entry);
  g_signal_connect_swapped (self->prompt_entry, "activate", G_CALLBACK (prompt_accept), self);
  gtk_box_append (GTK_BOX (box), self->prompt_entry);

  self->prompt_error = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->prompt_error), 0);
  gtk_label_set_wrap (GTK_LABEL (self->prompt_error), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->prompt_error), 32);
  gtk_widget_add_css_class (self->prompt_error, "error");
  gtk_widget_set_visible (self->prompt_error, FALSE);
  gtk_box_append (GTK_BOX (box), self->prompt_error);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_popover_popdown), self->prompt);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (prompt_accept), self);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_popover_set_child (GTK_POPOVER (self->prompt), box);
}

/* ---- Actions ---- */

static void
edit_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);

  sk_outcomes_view_start_edit (self, NULL);
}

static void
type_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);
  const char *text = g_variant_get_string (param, NULL);

  if (self->editing)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->editor), text);
      gtk_editable_set_position (GTK_EDITABLE (self->editor), -1);
    }
  else
    sk_outcomes_view_start_edit (self, text);
}

static void
clear_action (GtkWidget  *widget,
              const char *action,
              GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);

  sk_outcomes_view_cancel_edit (self);
  if (self->store != NULL && sk_outcomes_view_current_cell (self) != NULL && clear_current (self))
    sk_outcomes_view_hide_error (self);
}

static void
mark_missing_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);

  sk_outcomes_view_cancel_edit (self);
  show_prompt (self, PROMPT_MISSING);
}

static void
comment_action (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);

  /* A value being typed is saved first, so the comment has a row. */
  if (self->editing)
    {
      if (!sk_outcomes_view_commit (self))
        return;
      sk_outcomes_view_finish_edit (self, TRUE);
    }
  show_prompt (self, PROMPT_COMMENT);
}

static void
context_menu_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);

  if (sk_outcomes_view_current_cell (self) == NULL)
    return;
  sk_outcomes_view_cancel_edit (self);
  point_at_current (self, GTK_POPOVER (self->menu));
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/* Puts @outcome (or nothing) back for its place, and shows that place. */
static gboolean
apply_state (SkOutcomesView *self,
             Change         *change,
             SkOutcome      *state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkOutcome) copy = sk_outcomes_view_outcome_copy (state);
  gboolean ok;

  if (change->unit_id != self->unit_id)
    sk_outcomes_view_set_unit (self, change->unit_id);
  if (copy != NULL)
    ok = sk_store_set_outcome (self->store, copy, &error);
  else
    {
      g_autoptr(SkOutcome) now = sk_store_get_outcome (self->store, change->indicator_id, change->unit_id,
                                                       change->period, SK_OUTCOME_MONTH);

      ok = now == NULL || sk_store_clear_outcome (self->store, change->indicator_id, change->unit_id,
                                                  change->period, SK_OUTCOME_MONTH, &error);
    }
  if (!ok)
    {
      sk_outcomes_view_show_error (self, error->message);
      return FALSE;
    }
  sk_outcomes_view_hide_error (self);
  {
    int year, month;

    if (sk_period_parse (change->period, &year, &month) && year == self->year)
      sk_outcomes_view_focus_cell (self, change->indicator_id, (guint) month - 1);
  }
  return TRUE;
}

void
sk_outcomes_view_update_history_actions (SkOutcomesView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outcomes.undo", !g_queue_is_empty (&self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outcomes.redo", !g_queue_is_empty (&self->redo));
}

static void
undo_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);
  Change *change;

  sk_outcomes_view_cancel_edit (self);
  change = g_queue_peek_head (&self->undo);
  if (change == NULL || self->store == NULL)
    return;
  if (apply_state (self, change, change->before))
    g_queue_push_head (&self->redo, g_queue_pop_head (&self->undo));
  sk_outcomes_view_update_history_actions (self);
}

static void
redo_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);
  Change *change;

  sk_outcomes_view_cancel_edit (self);
  change = g_queue_peek_head (&self->redo);
  if (change == NULL || self->store == NULL)
    return;
  if (apply_state (self, change, change->after))
    g_queue_push_head (&self->undo, g_queue_pop_head (&self->redo));
  sk_outcomes_view_update_history_actions (self);
}


void
sk_outcomes_view_edit_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "outcomes.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "outcomes.type", "s", type_action);
  gtk_widget_class_install_action (widget_class, "outcomes.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "outcomes.mark-missing", NULL, mark_missing_action);
  gtk_widget_class_install_action (widget_class, "outcomes.comment", NULL, comment_action);
  gtk_widget_class_install_action (widget_class, "outcomes.context-menu", NULL, context_menu_action);
  gtk_widget_class_install_action (widget_class, "outcomes.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "outcomes.redo", NULL, redo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "outcomes.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "outcomes.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "outcomes.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "outcomes.mark-missing", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "outcomes.comment", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "outcomes.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "outcomes.context-menu", NULL);
}

/* Scrolling moves the cell: the message about it goes along. */
static void
repoint_error (SkOutcomesView *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->error_popover)))
    point_at_current (self, self->error_popover);
}

void
sk_outcomes_view_edit_init (SkOutcomesView *self)
{
  GtkEventController *keys;

  self->editor = g_object_ref_sink (gtk_text_new ());
  /* Small: the cell gives it its own width (see sk-outcome-cell.c). */
  gtk_editable_set_width_chars (GTK_EDITABLE (self->editor), 1);
  gtk_editable_set_alignment (GTK_EDITABLE (self->editor), 1.0);
  gtk_widget_add_css_class (self->editor, "sk-cell-editor");
  g_signal_connect (self->editor, "activate", G_CALLBACK (on_editor_activate), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_editor_key), self);
  gtk_widget_add_controller (self->editor, keys);

  self->menu = gtk_popover_menu_new_from_model (self->cell_menu);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), TRUE);
  g_signal_connect (self->menu, "closed", G_CALLBACK (on_popover_closed), self);
  build_prompt (self);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "value-changed",
                           G_CALLBACK (repoint_error), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (repoint_error), self, G_CONNECT_SWAPPED);
}
