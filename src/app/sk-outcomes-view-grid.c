/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-outcomes-view"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sk-derived.h"
#include "sk-file-notice.h"
#include "sk-format.h"
#include "sk-outcomes-view-private.h"
#include "sk-window-focus.h"

/*
 * The Utfall grid: its cells and what they show, the current cell (a
 * roving tab stop) and how keys and clicks move it, and building the
 * grids when the indicators change. Editing a cell is in
 * sk-outcomes-view-edit.c, the unit and year in sk-outcomes-view.c.
 */

static void update_ytd (SkOutcomesView *self, Row *row);
static void update_place_label (SkOutcomesView *self);

static const char * const month_names[] = {
  NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
  NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
  NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
  NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
};

const char *
sk_outcomes_view_month_name (int month)
{
  return g_dpgettext2 (NULL, "month name", month_names[month - 1]);
}

/* ---- Small helpers ---- */

void
sk_outcomes_view_row_free (gpointer data)
{
  Row *row = data;

  g_clear_object (&row->indicator);
  g_free (row);
}

Row *
sk_outcomes_view_current_row (SkOutcomesView *self)
{
  if (self->rows->len == 0)
    return NULL;
  return g_ptr_array_index (self->rows, MIN (self->cur_row, self->rows->len - 1));
}

SkOutcomeCell *
sk_outcomes_view_current_cell (SkOutcomesView *self)
{
  Row *row = sk_outcomes_view_current_row (self);

  return row != NULL ? SK_OUTCOME_CELL (row->cells[MIN (self->cur_col, N_CELLS - 1)]) : NULL;
}

gint64
sk_outcomes_view_row_indicator_id (Row *row)
{
  return sk_record_get_id (SK_RECORD (row->indicator));
}

Row *
sk_outcomes_view_find_row (SkOutcomesView *self,
                           gint64          indicator_id,
                           guint          *index)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (sk_outcomes_view_row_indicator_id (row) == indicator_id)
        {
          if (index != NULL)
            *index = i;
          return row;
        }
    }
  return NULL;
}

char *
sk_outcomes_view_current_period (SkOutcomesView *self)
{
  return sk_period_make (self->year, (int) self->cur_col + 1);
}

static gboolean
focus_is_in_grid (SkOutcomesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->grid))
                           || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->ytd_grid)));
}

/* Setting a tooltip asks the display where the pointer is: skip it
 * when nothing changed, or a refresh of the grid gets slow. */
static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  const char *old = gtk_widget_get_tooltip_text (widget);

  if (g_strcmp0 (old, text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

/* In the grid the view shows the text itself (sk-outcomes-view-tip.c),
 * off the row being worked on; GTK's own tooltip would cover it. */
static void
set_tip (GtkWidget  *widget,
         const char *text)
{
  set_tooltip (widget, text);
  gtk_widget_set_has_tooltip (widget, FALSE);
}

/* ---- Cell contents ---- */

static char *
value_text (double   value,
            int      decimals,
            SkStatus status)
{
  g_autofree char *number = sk_figure_text (value, decimals, NULL);

  if (sk_status_is_judged (status))
    return g_strdup_printf ("%s %s", number, sk_status_mark (status));
  return g_steal_pointer (&number);
}

/* "6 dec 2026 21:53", in local time, from the stored ISO 8601 UTC time. */
static char *
changed_when (const char *iso)
{
  g_autoptr(GDateTime) at = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = at != NULL ? g_date_time_to_local (at) : NULL;

  if (local == NULL)
    return g_strdup (iso != NULL ? iso : "");
  /* TRANSLATORS: a date and time: day, month abbreviation, year, hours and minutes ("6 dec 2026 21:53") */
  return g_strdup_printf (_("%d %s %d %02d:%02d"), g_date_time_get_day_of_month (local),
                          sk_month_abbrev (g_date_time_get_month (local)), g_date_time_get_year (local),
                          g_date_time_get_hour (local), g_date_time_get_minute (local));
}

static void
update_month_cell (SkOutcomesView *self,
                   Row            *row,
                   int             month,
                   SkOutcome      *o)
{
  SkOutcomeCell *cell = SK_OUTCOME_CELL (row->cells[month - 1]);
  const char *name = sk_indicator_get_name (row->indicator);
  g_autoptr(GString) tooltip = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;
  g_autofree char *label = NULL;
  SkStatus status = SK_STATUS_NO_VALUE;
  const char *comment = o ? sk_outcome_get_comment (o) : NULL;
  gboolean has_comment = comment != NULL && *comment != '\0';

  if (o == NULL)
    words = g_strdup (_("no value"));
  else if (isnan (sk_outcome_get_value (o)))
    {
      text = g_strdup ("–");
      /* TRANSLATORS: %s is why a month's value is missing */
      words = g_strdup_printf (_("missing: %s"), sk_outcome_get_missing_reason (o));
      g_string_append (tooltip, words);
    }
  else
    {
      g_autofree char *period = sk_period_make (self->year, month);
      SkFigures figures;

      sk_figures_compute (self->store, row->indicator, self->unit_id, period, &figures);
      status = figures.month_status;
      text = value_text (sk_outcome_get_value (o), figures.decimals, status);
      /* With what "Enligt budget" was measured against, in the tooltip too. */
      words = sk_figures_value_words (&figures, row->indicator, sk_outcome_get_value (o), status);
      sk_figures_clear (&figures);
      g_string_append (tooltip, words);
    }

  if (has_comment)
    {
      /* TRANSLATORS: %s is the comment on an outcome */
      g_string_append_printf (tooltip, "\n%s", _("Comment:"));
      g_string_append_printf (tooltip, " %s", comment);
    }
  if (o != NULL && sk_outcome_get_fictional (o))
    g_string_append_printf (tooltip, "\n%s", _("Fictional outcome"));
  if (o != NULL && sk_outcome_get_changed_by (o) != NULL)
    {
      g_autofree char *when = changed_when (sk_outcome_get_changed_at (o));

      g_string_append_c (tooltip, '\n');
      /* TRANSLATORS: who changed an outcome and when ("Ändrat av Anna, 6 dec 2026 21:53") */
      g_string_append_printf (tooltip, _("Changed by %s, %s"), sk_outcome_get_changed_by (o), when);
    }

  /* TRANSLATORS: a cell's spoken label: indicator, month, value ("Personalomsättning, april: 17,09 %, ej uppfyllt") */
  label = g_strdup_printf (_("%s, %s: %s"), name, sk_outcomes_view_month_name (month), words);
  sk_outcome_cell_set_text (cell, text, NULL);
  sk_outcome_cell_set_status (cell, status);
  sk_outcome_cell_set_flags (cell, has_comment, o != NULL && sk_outcome_get_fictional (o));
  sk_outcome_cell_set_label (cell, label);
  if (has_comment)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, comment, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  set_tip (GTK_WIDGET (cell), tooltip->len > 0 ? tooltip->str : NULL);
}

/* The month the year-to-date is shown at: the latest with data, or, in
 * the row being worked on, the latest with data up to the current month
 * (the caption names the month either way). Before the row's first
 * figure there is no year to date yet, as in every other view. */
static int
ytd_month (SkOutcomesView *self,
           Row            *row)
{
  int limit = N_MONTHS;

  if (row == sk_outcomes_view_current_row (self) && self->cur_col < N_MONTHS)
    limit = (int) self->cur_col + 1;
  for (int m = limit; m >= 1; m--)
    if (row->data_mask & (1u << (m - 1)))
      return m;
  return 0;
}

static void
update_ytd (SkOutcomesView *self,
            Row            *row)
{
  SkOutcomeCell *cell = SK_OUTCOME_CELL (row->cells[YTD]);
  int month = ytd_month (self, row);
  g_autofree char *period = NULL;
  g_autofree char *text = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *words = NULL;
  g_autofree char *number = NULL;
  g_autofree char *label = NULL;
  SkStatus status = SK_STATUS_NO_VALUE;
  double value = NAN;
  int decimals = 0;
  SkFigures figures;

  if (month > 0)
    {
      period = sk_period_make (self->year, month);
      sk_figures_compute (self->store, row->indicator, self->unit_id, period, &figures);
      decimals = figures.decimals;
      /* The year to date as the core defines it; without one, a reported R12. */
      if (!isnan (figures.ytd))
        {
          value = figures.ytd;
          status = figures.ytd_status;
          caption = sk_figures_ytd_caption (&figures);
        }
      else if (figures.r12_reported)
        {
          value = figures.r12;
          status = figures.r12_status;
          caption = sk_figures_r12_caption (&figures);
        }
      number = isnan (value) ? NULL : sk_figures_value_words (&figures, row->indicator, value, status);
      sk_figures_clear (&figures);
    }

  if (isnan (value))
    {
      words = g_strdup (_("no value"));
      sk_outcome_cell_set_text (cell, NULL, NULL);
    }
  else
    {
      text = value_text (value, decimals, status);
      words = g_strdup_printf ("%s, %s", caption, number);
      sk_outcome_cell_set_text (cell, text, caption);
    }
  /* TRANSLATORS: spoken label of the year-to-date cell: "Personalomsättning, hittills i år: …" */
  label = g_strdup_printf (_("%s, so far this year: %s"), sk_indicator_get_name (row->indicator), words);
  sk_outcome_cell_set_status (cell, status);
  sk_outcome_cell_set_label (cell, label);
  set_tip (GTK_WIDGET (cell), isnan (value) ? NULL : words);
}

/* A value target with its sign, as the rule reads: ">95 %" as written,
 * "≥95 %" for a bare "95%" where higher is better. Other kinds as written. */
static char *
target_text (SkTarget    *target,
             SkDirection  direction)
{
  g_autofree char *rule = NULL;

  if (sk_target_get_kind (target) != SK_TARGET_VALUE)
    return g_strdup (sk_target_get_text (target));
  rule = sk_target_format (target);
  if (sk_target_get_comparator (target) != SK_COMPARATOR_NONE)
    return g_steal_pointer (&rule);
  return g_strconcat (direction == SK_DIRECTION_LOWER ? "≤" : "≥", rule, NULL);
}

static void
update_target (SkOutcomesView *self,
               Row            *row)
{
  g_autoptr(SkTarget) target = sk_store_get_target (self->store, sk_outcomes_view_row_indicator_id (row), self->year);
  g_autofree char *text = target != NULL ? target_text (target, sk_indicator_get_direction (row->indicator)) : NULL;

  gtk_label_set_text (GTK_LABEL (row->target), text != NULL ? text : "");
  if (target != NULL)
    {
      g_autofree char *described = sk_target_describe (target, sk_indicator_get_direction (row->indicator));

      set_tip (row->target, described);
    }
  else
    set_tip (row->target, NULL);
}

static void
update_name (Row *row)
{
  const char *unit = sk_indicator_get_measure_unit (row->indicator);
  const char *description = sk_indicator_get_description (row->indicator);
  g_autofree char *text = NULL;

  if (unit != NULL && *unit != '\0')
    text = g_strdup_printf ("%s (%s)", sk_indicator_get_name (row->indicator), unit);
  else
    text = g_strdup (sk_indicator_get_name (row->indicator));
  gtk_label_set_text (GTK_LABEL (row->name), text);
  /* The whole name is one hover away, also where the label cuts it. */
  if (description != NULL && *description != '\0')
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s", text, description);

      set_tip (row->name, both);
    }
  else
    set_tip (row->name, text);
}

static gboolean
update_row (SkOutcomesView *self,
            Row            *row)
{
  g_autofree char *from = sk_period_make (self->year, 1);
  g_autofree char *to = sk_period_make (self->year, N_MONTHS);
  g_autoptr(GListModel) outcomes = NULL;
  SkOutcome *months[N_MONTHS] = { NULL };
  gboolean fictional = FALSE;
  guint n;

  update_name (row);
  update_target (self, row);
  row->data_mask = 0;
  outcomes = self->unit_id > 0
    ? sk_store_list_outcomes (self->store, sk_outcomes_view_row_indicator_id (row), self->unit_id, from, to)
    : G_LIST_MODEL (g_list_store_new (SK_TYPE_OUTCOME));
  n = g_list_model_get_n_items (outcomes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkOutcome) o = g_list_model_get_item (outcomes, i);
      int year, month;

      if (!sk_period_parse (sk_outcome_get_period (o), &year, &month) || year != self->year)
        continue;
      if (sk_outcome_get_kind (o) == SK_OUTCOME_MONTH)
        months[month - 1] = o;
      if (sk_outcome_get_kind (o) != SK_OUTCOME_REFERENCE)
        row->data_mask |= 1u << (month - 1);
      fictional |= sk_outcome_get_fictional (o);
    }

  /* The list holds the outcomes: months[] only borrows them. */
  for (int m = 1; m <= N_MONTHS; m++)
    update_month_cell (self, row, m, months[m - 1]);
  update_ytd (self, row);
  return fictional;
}

void
sk_outcomes_view_update_content (SkOutcomesView *self)
{
  gboolean fictional = FALSE;

  if (self->store == NULL)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    fictional |= update_row (self, g_ptr_array_index (self->rows, i));
  gtk_widget_set_visible (GTK_WIDGET (self->fictional_label), fictional);
  update_place_label (self);
}

/* ---- Place and focus ---- */

static void
update_place_label (SkOutcomesView *self)
{
  SkOutcomeCell *cell = sk_outcomes_view_current_cell (self);
  const char *label = cell != NULL ? sk_outcome_cell_get_label (cell) : NULL;

  gtk_label_set_text (self->place_label, label != NULL ? label : "");
  set_tooltip (GTK_WIDGET (self->place_label), label);
}

void
sk_outcomes_view_move_to (SkOutcomesView *self,
                          guint           row_index,
                          guint           col,
                          gboolean        grab)
{
  SkOutcomeCell *old = sk_outcomes_view_current_cell (self);
  Row *old_row = sk_outcomes_view_current_row (self);
  SkOutcomeCell *cell;
  Row *row;

  if (self->rows->len == 0)
    return;
  row_index = MIN (row_index, self->rows->len - 1);
  col = MIN (col, N_CELLS - 1);
  self->cur_row = row_index;
  self->cur_col = col;
  row = sk_outcomes_view_current_row (self);
  self->place_indicator_id = sk_outcomes_view_row_indicator_id (row);
  cell = sk_outcomes_view_current_cell (self);

  gtk_widget_set_focusable (GTK_WIDGET (cell), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (cell), "sk-current");
  if (grab)
    gtk_widget_grab_focus (GTK_WIDGET (cell));
  if (old != NULL && old != cell)
    {
      gtk_widget_set_focusable (GTK_WIDGET (old), FALSE);
      gtk_widget_remove_css_class (GTK_WIDGET (old), "sk-current");
    }
  if (old_row != NULL && old_row != row)
    update_ytd (self, old_row);
  /* A tip shown may now lie over the new current row. */
  if (old_row != row)
    {
      sk_outcomes_view_tip_hide (self);
      g_clear_weak_pointer (&self->tip_owner);
    }
  if (old != cell && self->store != NULL)
    update_ytd (self, row);
  update_place_label (self);
}

/* Moves by @drow rows and @dcol columns; with @wrap, columns run on to
 * the next or previous row. FALSE at the edge. */
gboolean
sk_outcomes_view_move_by (SkOutcomesView *self,
                          int             drow,
                          int             dcol,
                          gboolean        wrap)
{
  int row = (int) self->cur_row + drow;
  int col = (int) self->cur_col + dcol;

  if (self->rows->len == 0)
    return FALSE;
  if (wrap && col >= N_CELLS)
    {
      col = 0;
      row++;
    }
  else if (wrap && col < 0)
    {
      col = N_CELLS - 1;
      row--;
    }
  if (row < 0 || row >= (int) self->rows->len || col < 0 || col >= N_CELLS)
    return FALSE;
  self->place_chosen = TRUE;
  sk_outcomes_view_move_to (self, (guint) row, (guint) col, TRUE);
  return TRUE;
}

static void
on_cell_focus_enter (GtkEventControllerFocus *controller,
                     SkOutcomesView          *self)
{
  SkOutcomeCell *cell = SK_OUTCOME_CELL (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  self->place_chosen = TRUE;
  if (cell != sk_outcomes_view_current_cell (self))
    sk_outcomes_view_move_to (self, sk_outcome_cell_get_row (cell), sk_outcome_cell_get_column (cell), FALSE);
}

/* Keys on a cell that is not being edited. */
static gboolean
on_grid_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             SkOutcomesView        *self)
{
  gunichar c;

  if (self->editing || self->rows->len == 0)
    return FALSE;
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      sk_outcomes_view_move_by (self, -1, 0, FALSE);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      sk_outcomes_view_move_by (self, 1, 0, FALSE);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      sk_outcomes_view_move_by (self, 0, -1, FALSE);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      sk_outcomes_view_move_by (self, 0, 1, FALSE);
      return TRUE;
    case GDK_KEY_Home:
      sk_outcomes_view_move_to (self, self->cur_row, 0, TRUE);
      return TRUE;
    case GDK_KEY_End:
      sk_outcomes_view_move_to (self, self->cur_row, N_CELLS - 1, TRUE);
      return TRUE;
    /* At the grid's first and last cell Tab leaves it, so it is no trap. */
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      return sk_outcomes_view_move_by (self, 0, 1, TRUE);
    case GDK_KEY_ISO_Left_Tab:
      return sk_outcomes_view_move_by (self, 0, -1, TRUE);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_F2:
      sk_outcomes_view_start_edit (self, NULL);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      gtk_widget_activate_action (GTK_WIDGET (self), "outcomes.clear", NULL);
      return TRUE;
    default:
      break;
    }

  /* Typing a number starts an edit that overwrites the cell. */
  c = gdk_keyval_to_unicode (keyval);
  if (g_unichar_isdigit (c) || c == '-' || c == 0x2212 || c == ',' || c == '.')
    {
      char buf[8] = { 0 };

      g_unichar_to_utf8 (c, buf);
      sk_outcomes_view_start_edit (self, buf);
      return self->editing;
    }
  return FALSE;
}

/* ---- Clicks ---- */

static void
on_grid_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 SkOutcomesView  *self)
{
  GtkWidget *grid = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *target = gtk_widget_pick (grid, x, y, GTK_PICK_DEFAULT);
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  GtkWidget *cell;

  if (target == NULL || target == self->editor || gtk_widget_is_ancestor (target, self->editor))
    return;
  cell = SK_IS_OUTCOME_CELL (target) ? target : gtk_widget_get_ancestor (target, SK_TYPE_OUTCOME_CELL);
  if (cell == NULL)
    return;
  if (self->editing)
    {
      if (!sk_outcomes_view_commit (self))
        return;
      sk_outcomes_view_hide_error (self);
      sk_outcomes_view_finish_edit (self, FALSE);
    }
  self->place_chosen = TRUE;
  sk_outcomes_view_move_to (self, sk_outcome_cell_get_row (SK_OUTCOME_CELL (cell)),
                            sk_outcome_cell_get_column (SK_OUTCOME_CELL (cell)), TRUE);
  if (button == GDK_BUTTON_SECONDARY)
    gtk_widget_activate_action (GTK_WIDGET (self), "outcomes.context-menu", NULL);
  else if (n_press == 2)
    sk_outcomes_view_start_edit (self, NULL);
}

/* ---- Building the grid ---- */

static GtkWidget *
header_label (const char *text,
              const char *tooltip)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "sk-outcome-header");
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  if (tooltip != NULL)
    set_tip (label, tooltip);
  return label;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

/* A fixed box reports its child's natural width as its only width, and
 * the child's height at that width whatever width it is asked about.
 * Wrapping labels then give a size group the same height from the names
 * grid as from the values grid, where other widths are asked about. */
static void
fixed_measure (GtkWidget      *widget,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural,
               int            *minimum_baseline,
               int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);
  int min = 0, width = 0;

  *minimum = *natural = 0;
  if (child == NULL || !gtk_widget_should_layout (child))
    return;
  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &width, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = width;
  else
    {
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &min, natural, NULL, NULL);
      *minimum = *natural;
    }
}

static void
fixed_allocate (GtkWidget *widget,
                int        width,
                int        height,
                int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, -1, NULL);
}

static GtkWidget *
fixed_box_new (GtkWidget *child)
{
  GtkWidget *box = adw_bin_new ();

  gtk_widget_set_layout_manager (box, gtk_custom_layout_new (NULL, fixed_measure, fixed_allocate));
  adw_bin_set_child (ADW_BIN (box), child);
  return box;
}

static void
make_size_groups (SkOutcomesView *self)
{
  self->name_width = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->target_width = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  for (guint c = 0; c < N_CELLS; c++)
    self->cell_width[c] = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
}

/* The widgets in a group keep it alive. */
static void
drop_size_groups (SkOutcomesView *self)
{
  g_clear_object (&self->name_width);
  g_clear_object (&self->target_width);
  for (guint c = 0; c < N_CELLS; c++)
    g_clear_object (&self->cell_width[c]);
}

/* Joins the last two words of @label by a no-break space. */
static void
keep_last_words (GtkLabel *label)
{
  g_autoptr(GString) text = g_string_new (gtk_label_get_text (label));
  const char *space = strrchr (text->str, ' ');

  if (space == NULL)
    return;
  g_string_erase (text, space - text->str, 1);
  g_string_insert (text, space - text->str, "\xc2\xa0");  /* U+00A0 */
  gtk_label_set_text (label, text->str);
}

static void
add_header_row (SkOutcomesView *self)
{
  GtkWidget *label;

  label = header_label (_("Indicator"), NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_size_group_add_widget (self->name_width, label);
  gtk_grid_attach (self->corner_grid, label, NAME_GRID_COLUMN, 0, 1, 1);
  label = header_label (_("Target"), NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_size_group_add_widget (self->target_width, label);
  gtk_grid_attach (self->corner_grid, label, TARGET_GRID_COLUMN, 0, 1, 1);
  for (int m = 1; m <= N_MONTHS; m++)
    {
      label = header_label (sk_month_abbrev (m), sk_outcomes_view_month_name (m));
      gtk_size_group_add_widget (self->cell_width[m - 1], label);
      gtk_grid_attach (self->header_grid, label, MONTH_GRID_COLUMN + m - 1, 0, 1, 1);
    }
  label = header_label (_("So far this year"), NULL);
  /* Wrapped, so the column is as narrow as its figures (a wrapping
   * label is never narrower than its longest word); the last two words
   * kept together: "Hittills / i år", not "Hittills i / år". */
  keep_last_words (GTK_LABEL (label));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 1);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_size_group_add_widget (self->cell_width[YTD], label);
  gtk_grid_attach (self->ytd_corner_grid, label, 0, 0, 1, 1);
}

static void
add_perspective_row (SkOutcomesView *self,
                     SkPerspective   perspective,
                     int             grid_row)
{
  g_autoptr(GtkSizeGroup) height = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);
  GtkWidget *label = gtk_label_new (sk_perspective_label (perspective));
  GtkWidget *space = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *ytd_space = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  /* One line: its height does not depend on the width it gets. */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  set_tip (label, sk_perspective_label (perspective));
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "sk-outcome-perspective");
  gtk_grid_attach (self->names_grid, label, NAME_GRID_COLUMN, grid_row, 2, 1);
  /* The same height across the values grid. */
  gtk_grid_attach (self->grid, space, MONTH_GRID_COLUMN, grid_row, 1, 1);
  gtk_grid_attach (self->ytd_grid, ytd_space, 0, grid_row, 1, 1);
  gtk_size_group_add_widget (height, ytd_space);
  gtk_size_group_add_widget (height, label);
  gtk_size_group_add_widget (height, space);
}

static GtkWidget *
name_label_new (SkOutcomesView *self)
{
  GtkWidget *name = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  /* As wide as the view has room for (sk_outcomes_view_fit_names ()). */
  gtk_label_set_width_chars (GTK_LABEL (name), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 8);
  gtk_widget_set_size_request (name, self->name_px, -1);
  gtk_label_set_lines (GTK_LABEL (name), 3);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "sk-outcome-name");
  return name;
}

static GtkWidget *
target_label_new (void)
{
  GtkWidget *target = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (target), 0);
  gtk_label_set_wrap (GTK_LABEL (target), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (target), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (target), 7);
  gtk_label_set_max_width_chars (GTK_LABEL (target), 7);
  gtk_widget_add_css_class (target, "sk-outcome-target");
  return target;
}

static Row *
add_indicator_row (SkOutcomesView *self,
                   SkIndicator    *indicator,
                   guint           index,
                   int             grid_row)
{
  g_autoptr(GtkSizeGroup) height = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);
  Row *row = g_new0 (Row, 1);
  GtkWidget *box;

  row->indicator = g_object_ref (indicator);

  row->name = name_label_new (self);
  box = fixed_box_new (row->name);
  gtk_size_group_add_widget (self->name_width, box);
  gtk_size_group_add_widget (height, box);
  gtk_grid_attach (self->names_grid, box, NAME_GRID_COLUMN, grid_row, 1, 1);

  row->target = target_label_new ();
  box = fixed_box_new (row->target);
  gtk_size_group_add_widget (self->target_width, box);
  gtk_size_group_add_widget (height, box);
  gtk_grid_attach (self->names_grid, box, TARGET_GRID_COLUMN, grid_row, 1, 1);

  for (guint c = 0; c < N_CELLS; c++)
    {
      GtkWidget *cell = sk_outcome_cell_new (index, c);
      GtkEventController *focus = gtk_event_controller_focus_new ();

      gtk_widget_set_focusable (cell, FALSE);
      g_signal_connect (focus, "enter", G_CALLBACK (on_cell_focus_enter), self);
      gtk_widget_add_controller (cell, focus);
      row->cells[c] = cell;
      /* The year to date has a wrapping caption; a month cell is one line. */
      if (c == YTD)
        {
          gtk_widget_add_css_class (cell, "sk-ytd");
          cell = fixed_box_new (cell);
        }
      if (c == 0 || c == YTD)
        gtk_size_group_add_widget (height, cell);
      gtk_size_group_add_widget (self->cell_width[c], cell);
      if (c == YTD)
        gtk_grid_attach (self->ytd_grid, cell, 0, grid_row, 1, 1);
      else
        gtk_grid_attach (self->grid, cell, MONTH_GRID_COLUMN + (int) c, grid_row, 1, 1);
    }
  return row;
}

gboolean
sk_outcomes_view_same_indicators (SkOutcomesView *self,
                                  GListModel     *indicators)
{
  guint n = g_list_model_get_n_items (indicators);

  if (n != self->rows->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      Row *row = g_ptr_array_index (self->rows, i);

      if (sk_record_get_id (SK_RECORD (ind)) != sk_outcomes_view_row_indicator_id (row)
                           || sk_indicator_get_perspective (ind) != sk_indicator_get_perspective (row->indicator))
        return FALSE;
      /* Same place: take the fresh record for names and units. */
      g_set_object (&row->indicator, ind);
    }
  return TRUE;
}

void
sk_outcomes_view_rebuild (SkOutcomesView *self,
                          GListModel     *indicators)
{
  guint n = g_list_model_get_n_items (indicators);
  gboolean had_focus = focus_is_in_grid (self);
  g_autofree char *typed = NULL;
  int last_perspective = -1;
  int grid_row = 0;
  guint place_row = 0;

  /* An edit in progress moves over to the same place in the new grid. */
  if (self->editing)
    {
      typed = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor)));
      sk_outcomes_view_finish_edit (self, FALSE);
    }

  clear_grid (self->grid);
  clear_grid (self->names_grid);
  clear_grid (self->corner_grid);
  clear_grid (self->header_grid);
  clear_grid (self->ytd_grid);
  clear_grid (self->ytd_corner_grid);
  g_ptr_array_set_size (self->rows, 0);

  make_size_groups (self);
  add_header_row (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);

      if ((int) sk_indicator_get_perspective (ind) != last_perspective)
        {
          last_perspective = sk_indicator_get_perspective (ind);
          add_perspective_row (self, last_perspective, grid_row++);
        }
      g_ptr_array_add (self->rows, add_indicator_row (self, ind, i, grid_row++));
    }
  drop_size_groups (self);

  if (self->rows->len == 0)
    return;
  if (sk_outcomes_view_find_row (self, self->place_indicator_id, &place_row) == NULL)
    place_row = MIN (self->cur_row, self->rows->len - 1);
  self->cur_row = place_row;
  sk_outcomes_view_move_to (self, place_row, self->cur_col, had_focus || typed != NULL);
  if (typed != NULL && self->unit_id > 0)
    sk_outcomes_view_start_edit (self, typed);
}

/* A first look starts at the latest month with figures: the next
 * entry is usually right after it. */
void
sk_outcomes_view_start_at_latest (SkOutcomesView *self)
{
  guint mask = 0;
  guint col = 0;

  for (guint i = 0; i < self->rows->len; i++)
    mask |= ((Row *) g_ptr_array_index (self->rows, i))->data_mask;
  for (guint m = N_MONTHS; m >= 1; m--)
    if (mask & (1u << (m - 1)))
      {
        col = m - 1;
        break;
      }
  sk_outcomes_view_move_to (self, 0, col, FALSE);
}


/* While a value is typed no cell shows a tip: one would cover the
 * cells around the one being edited, or the error shown by it. */
void
sk_outcomes_view_set_tooltips (SkOutcomesView *self,
                               gboolean        enabled)
{
  if (!enabled)
    sk_outcomes_view_tip_hide (self);
}

void
sk_outcomes_view_grid_init (SkOutcomesView *self)
{
  GtkEventController *keys;
  GtkGesture *click;

  GtkWidget *grids[] = { GTK_WIDGET (self->grid), GTK_WIDGET (self->ytd_grid) };

  /* The header follows the body sideways, the names and the year to
   * date up and down. */
  gtk_scrolled_window_set_hadjustment (self->header_scroller, gtk_scrolled_window_get_hadjustment (self->scroller));
  gtk_scrolled_window_set_vadjustment (self->names_scroller, gtk_scrolled_window_get_vadjustment (self->scroller));
  gtk_scrolled_window_set_vadjustment (self->ytd_scroller, gtk_scrolled_window_get_vadjustment (self->scroller));
  gtk_scrolled_window_set_hadjustment (self->corner_scroller, gtk_scrolled_window_get_hadjustment (self->names_scroller));
  gtk_scrolled_window_set_hadjustment (self->ytd_header_scroller, gtk_scrolled_window_get_hadjustment (self->ytd_scroller));

  for (guint i = 0; i < G_N_ELEMENTS (grids); i++)
    {
      /* Tab moves from cell to cell (on_grid_key), and out at the ends. */
      sk_window_focus_own_tab (grids[i]);
      keys = gtk_event_controller_key_new ();
      g_signal_connect (keys, "key-pressed", G_CALLBACK (on_grid_key), self);
      gtk_widget_add_controller (grids[i], keys);

      click = gtk_gesture_click_new ();
      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
      g_signal_connect (click, "pressed", G_CALLBACK (on_grid_pressed), self);
      gtk_widget_add_controller (grids[i], GTK_EVENT_CONTROLLER (click));
    }
}
