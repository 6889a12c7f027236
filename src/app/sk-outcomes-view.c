/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-outcomes-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sk-derived.h"
#include "sk-file-notice.h"
#include "sk-format.h"
#include "sk-outcome-cell.h"
#include "sk-outcomes-view.h"
#include "sk-window.h"

/*
 * Utfall: indicators down, months across, for one unit and one year.
 * The grid keeps its widgets while the data changes (a refresh only
 * rewrites texts), so focus, scroll and an edit in progress survive
 * changes from this and other programs. Only the current cell is
 * focusable (a roving tab stop): Tab from outside lands on it, arrows
 * move it.
 *
 * The header row and the name column live in scrolled windows of their
 * own that follow the body's adjustments, so they stay in sight however
 * far the body is scrolled. Size groups keep the columns and rows of the
 * separate grids the same size.
 */

#define N_MONTHS 12
#define N_CELLS  (N_MONTHS + 1) /* months and the year to date */
#define YTD      SK_OUTCOMES_VIEW_YTD_COLUMN
/* Columns of the names grid, and of the values grid: the months, then
 * the year to date. */
#define NAME_GRID_COLUMN   0
#define TARGET_GRID_COLUMN 1
#define MONTH_GRID_COLUMN  0
#define YTD_GRID_COLUMN    12

typedef struct
{
  SkIndicator  *indicator;
  GtkWidget    *name;
  GtkWidget    *target;
  GtkWidget    *cells[N_CELLS];
  guint         data_mask; /* bit m-1: month m has a figure */
} Row;

/* One entry of the undo history: the month row before and after. */
typedef struct
{
  gint64     indicator_id;
  gint64     unit_id;
  char      *period;
  SkOutcome *before;  /* NULL: there was none */
  SkOutcome *after;   /* NULL: cleared */
} Change;

typedef enum {
  PROMPT_MISSING,
  PROMPT_COMMENT,
} PromptMode;

struct _SkOutcomesView
{
  AdwBin        parent_instance;

  SkStore      *store;
  int           year;
  gint64        unit_id;     /* remembered while this view lives */
  GListModel   *units;

  GPtrArray    *rows;        /* Row */
  guint         cur_row;
  guint         cur_col;
  gint64        place_indicator_id;
  gboolean      place_chosen; /* by the user; until then start at the latest month */

  GtkWidget    *editor;      /* GtkText, moved into the cell being edited */
  gboolean      editing;
  gboolean      updating_units;

  GtkWidget    *menu;        /* the cell context menu */
  GtkWidget    *prompt;      /* asks a missing reason or a comment */
  GtkWidget    *prompt_title;
  GtkWidget    *prompt_entry;
  GtkWidget    *prompt_error;
  PromptMode    prompt_mode;

  GQueue        undo;        /* Change, newest first */
  GQueue        redo;

  /* While the grids are built: the widths every column shares. */
  GtkSizeGroup *name_width;
  GtkSizeGroup *target_width;
  GtkSizeGroup *cell_width[N_CELLS];

  /* template */
  GtkStack     *stack;
  GtkDropDown  *unit_dropdown;
  GtkLabel     *fictional_label;
  GtkGrid      *grid;        /* the cells */
  GtkGrid      *corner_grid; /* the name and target headers */
  GtkGrid      *header_grid; /* the month headers */
  GtkGrid      *names_grid;  /* names, targets, perspectives */
  GtkScrolledWindow *scroller;
  GtkScrolledWindow *header_scroller;
  GtkScrolledWindow *names_scroller;
  GtkLabel     *error_label;
  GtkWidget    *edit_hint;      /* hidden on a read-only file */
  GtkLabel     *place_label;  /* the current cell in words, for a quick look and screen readers */
  GMenuModel   *cell_menu;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkOutcomesView, sk_outcomes_view, ADW_TYPE_BIN)

static void reload (SkOutcomesView *self);
static void update_content (SkOutcomesView *self);
static void update_ytd (SkOutcomesView *self, Row *row);
static void update_place_label (SkOutcomesView *self);

static const char * const month_names[] = {
  NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
  NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
  NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
  NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
};

static const char *
month_name (int month)
{
  return g_dpgettext2 (NULL, "month name", month_names[month - 1]);
}

/* ---- Small helpers ---- */

static void
row_free (gpointer data)
{
  Row *row = data;

  g_clear_object (&row->indicator);
  g_free (row);
}

static void
change_free (gpointer data)
{
  Change *change = data;

  g_free (change->period);
  g_clear_object (&change->before);
  g_clear_object (&change->after);
  g_free (change);
}

static SkOutcome *
outcome_copy (SkOutcome *o)
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

static Row *
current_row (SkOutcomesView *self)
{
  if (self->rows->len == 0)
    return NULL;
  return g_ptr_array_index (self->rows, MIN (self->cur_row, self->rows->len - 1));
}

static SkOutcomeCell *
current_cell (SkOutcomesView *self)
{
  Row *row = current_row (self);

  return row != NULL ? SK_OUTCOME_CELL (row->cells[MIN (self->cur_col, N_CELLS - 1)]) : NULL;
}

static gint64
row_indicator_id (Row *row)
{
  return sk_record_get_id (SK_RECORD (row->indicator));
}

static Row *
find_row (SkOutcomesView *self,
          gint64          indicator_id,
          guint          *index)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (row_indicator_id (row) == indicator_id)
        {
          if (index != NULL)
            *index = i;
          return row;
        }
    }
  return NULL;
}

static char *
current_period (SkOutcomesView *self)
{
  return sk_period_make (self->year, (int) self->cur_col + 1);
}

static gboolean
focus_is_in_grid (SkOutcomesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->grid));
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

/* ---- Messages ---- */

static void
show_error (SkOutcomesView *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
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

static void
hide_error (SkOutcomesView *self)
{
  gtk_label_set_text (self->error_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_remove_css_class (self->editor, "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_STATE_INVALID);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
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
      g_string_append_c (tooltip, '\n');
      /* TRANSLATORS: who changed an outcome and when (an ISO 8601 time) */
      g_string_append_printf (tooltip, _("Changed by %s, %s"), sk_outcome_get_changed_by (o),
                              sk_outcome_get_changed_at (o) ? sk_outcome_get_changed_at (o) : "");
    }

  /* TRANSLATORS: a cell's spoken label: indicator, month, value ("Personalomsättning, april: 17,09 %, ej uppfyllt") */
  label = g_strdup_printf (_("%s, %s: %s"), name, month_name (month), words);
  sk_outcome_cell_set_text (cell, text, NULL);
  sk_outcome_cell_set_status (cell, status);
  sk_outcome_cell_set_flags (cell, has_comment, o != NULL && sk_outcome_get_fictional (o));
  sk_outcome_cell_set_label (cell, label);
  if (has_comment)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, comment, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  set_tooltip (GTK_WIDGET (cell), tooltip->len > 0 ? tooltip->str : NULL);
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

  if (row == current_row (self) && self->cur_col < N_MONTHS)
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
  set_tooltip (GTK_WIDGET (cell), isnan (value) ? NULL : words);
}

static void
update_target (SkOutcomesView *self,
               Row            *row)
{
  g_autoptr(SkTarget) target = sk_store_get_target (self->store, row_indicator_id (row), self->year);
  const char *text = target != NULL ? sk_target_get_text (target) : NULL;

  gtk_label_set_text (GTK_LABEL (row->target), text != NULL ? text : "");
  if (target != NULL)
    {
      g_autofree char *described = sk_target_describe (target, sk_indicator_get_direction (row->indicator));

      set_tooltip (row->target, described);
    }
  else
    set_tooltip (row->target, NULL);
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
  set_tooltip (row->name, description != NULL && *description != '\0' ? description : text);
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
    ? sk_store_list_outcomes (self->store, row_indicator_id (row), self->unit_id, from, to)
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

static void
update_content (SkOutcomesView *self)
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
  SkOutcomeCell *cell = current_cell (self);
  const char *label = cell != NULL ? sk_outcome_cell_get_label (cell) : NULL;

  gtk_label_set_text (self->place_label, label != NULL ? label : "");
  set_tooltip (GTK_WIDGET (self->place_label), label);
}

static void
move_to (SkOutcomesView *self,
         guint           row_index,
         guint           col,
         gboolean        grab)
{
  SkOutcomeCell *old = current_cell (self);
  Row *old_row = current_row (self);
  SkOutcomeCell *cell;
  Row *row;

  if (self->rows->len == 0)
    return;
  row_index = MIN (row_index, self->rows->len - 1);
  col = MIN (col, N_CELLS - 1);
  self->cur_row = row_index;
  self->cur_col = col;
  row = current_row (self);
  self->place_indicator_id = row_indicator_id (row);
  cell = current_cell (self);

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
  if (old != cell && self->store != NULL)
    update_ytd (self, row);
  update_place_label (self);
}

/* Moves by @drow rows and @dcol columns; with @wrap, columns run on to
 * the next or previous row. FALSE at the edge. */
static gboolean
move_by (SkOutcomesView *self,
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
  move_to (self, (guint) row, (guint) col, TRUE);
  return TRUE;
}

static void
on_cell_focus_enter (GtkEventControllerFocus *controller,
                     SkOutcomesView          *self)
{
  SkOutcomeCell *cell = SK_OUTCOME_CELL (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  self->place_chosen = TRUE;
  if (cell != current_cell (self))
    move_to (self, sk_outcome_cell_get_row (cell), sk_outcome_cell_get_column (cell), FALSE);
}

/* ---- Editing ---- */

static void
finish_edit (SkOutcomesView *self,
             gboolean        refocus)
{
  GtkWidget *cell;

  if (!self->editing)
    return;
  self->editing = FALSE;
  cell = gtk_widget_get_parent (self->editor);
  if (refocus && cell != NULL)
    gtk_widget_grab_focus (cell);
  if (cell != NULL && SK_IS_OUTCOME_CELL (cell))
    sk_outcome_cell_set_editor (SK_OUTCOME_CELL (cell), NULL);
  gtk_widget_remove_css_class (self->editor, "error");
}

static void
cancel_edit (SkOutcomesView *self)
{
  gboolean had = self->editing;

  finish_edit (self, TRUE);
  if (had)
    hide_error (self);
}

static void
start_edit (SkOutcomesView *self,
            const char     *initial)
{
  SkOutcomeCell *cell = current_cell (self);
  g_autofree char *text = NULL;

  if (cell == NULL || self->store == NULL || self->editing)
    return;
  if (self->cur_col == YTD || sk_file_notice_read_only (self->store))
    {
      show_error (self, self->cur_col == YTD ? _("The year to date is worked out from the months; enter the month values instead.")
                                             : sk_file_notice_read_only_message ());
      return;
    }
  if (self->unit_id <= 0)
    return;
  if (initial != NULL)
    text = g_strdup (initial);
  else
    {
      g_autofree char *period = current_period (self);
      g_autoptr(SkOutcome) o = sk_store_get_outcome (self->store, self->place_indicator_id, self->unit_id,
                                                     period, SK_OUTCOME_MONTH);

      text = o != NULL && !isnan (sk_outcome_get_value (o))
             ? sk_format_number (sk_outcome_get_value (o), -1) : g_strdup ("");
    }
  hide_error (self);
  gtk_editable_set_text (GTK_EDITABLE (self->editor), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sk_outcome_cell_get_label (cell), -1);
  sk_outcome_cell_set_editor (cell, self->editor);
  self->editing = TRUE;
  gtk_widget_grab_focus (self->editor);
  gtk_editable_set_position (GTK_EDITABLE (self->editor), -1);
}

static void
push_change (SkOutcomesView *self,
             const char     *period,
             SkOutcome      *before,
             SkOutcome      *after)
{
  Change *change = g_new0 (Change, 1);

  change->indicator_id = self->place_indicator_id;
  change->unit_id = self->unit_id;
  change->period = g_strdup (period);
  change->before = outcome_copy (before);
  change->after = outcome_copy (after);
  g_queue_push_head (&self->undo, change);
  g_queue_clear_full (&self->redo, change_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outcomes.undo", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outcomes.redo", FALSE);
}

/* Removes the current month's value (and its comment: a row holds both). */
static gboolean
clear_current (SkOutcomesView *self)
{
  g_autofree char *period = current_period (self);
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
      show_error (self, error->message);
      return FALSE;
    }
  push_change (self, period, old, NULL);
  return TRUE;
}

static void retry_save (GtkWidget *widget);

/* Saves @outcome for the current place, remembering what it replaces. */
static gboolean
save_outcome (SkOutcomesView *self,
              SkOutcome      *old,
              SkOutcome      *outcome)
{
  g_autoptr(GError) error = NULL;

  if (!sk_store_set_outcome (self->store, outcome, &error))
    {
      show_error (self, error->message);
      /* Another program's lock: the value stays typed, one click saves it. */
      if (sk_file_notice_is_locked (error) && self->editing)
        sk_file_notice_toast (GTK_WIDGET (self), error, retry_save);
      return FALSE;
    }
  push_change (self, sk_outcome_get_period (outcome), old, outcome);
  return TRUE;
}

static SkOutcome *
outcome_for_place (SkOutcomesView *self,
                   SkOutcome      *old)
{
  g_autofree char *period = current_period (self);
  SkOutcome *o = old != NULL ? outcome_copy (old) : sk_outcome_new ();

  sk_outcome_set_indicator_id (o, self->place_indicator_id);
  sk_outcome_set_unit_id (o, self->unit_id);
  sk_outcome_set_period (o, period);
  sk_outcome_set_kind (o, SK_OUTCOME_MONTH);
  return o;
}

/* Parses and stores the editor's text. FALSE, with the reason shown and
 * the text kept, when it is refused. */
static gboolean
commit (SkOutcomesView *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor))));
  g_autofree char *period = current_period (self);
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

      show_error (self, message);
      return FALSE;
    }
  old = sk_store_get_outcome (self->store, self->place_indicator_id, self->unit_id, period, SK_OUTCOME_MONTH);
  if (old != NULL && sk_outcome_get_value (old) == value && !sk_outcome_get_fictional (old))
    return TRUE; /* unchanged: nothing to store or undo */

  o = outcome_for_place (self, old);
  sk_outcome_set_value (o, value);
  sk_outcome_set_numerator (o, NAN);
  sk_outcome_set_denominator (o, NAN);
  sk_outcome_set_missing_reason (o, NULL);
  sk_outcome_set_fictional (o, FALSE); /* typed in: a real figure */
  return save_outcome (self, old, o);
}

static void
commit_and_move (SkOutcomesView *self,
                 int             drow,
                 int             dcol)
{
  if (!commit (self))
    return;
  hide_error (self);
  finish_edit (self, TRUE);
  move_by (self, drow, dcol, dcol != 0);
}

static void
retry_save (GtkWidget *widget)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);

  if (self->editing && commit (self))
    {
      hide_error (self);
      finish_edit (self, TRUE);
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
      cancel_edit (self);
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
      move_by (self, -1, 0, FALSE);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_by (self, 1, 0, FALSE);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_by (self, 0, -1, FALSE);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_by (self, 0, 1, FALSE);
      return TRUE;
    case GDK_KEY_Home:
      move_to (self, self->cur_row, 0, TRUE);
      return TRUE;
    case GDK_KEY_End:
      move_to (self, self->cur_row, N_CELLS - 1, TRUE);
      return TRUE;
    /* At the grid's first and last cell Tab leaves it, so it is no trap. */
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      return move_by (self, 0, 1, TRUE);
    case GDK_KEY_ISO_Left_Tab:
      return move_by (self, 0, -1, TRUE);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_F2:
      start_edit (self, NULL);
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
      start_edit (self, buf);
      return self->editing;
    }
  return FALSE;
}

/* ---- Popovers ---- */

static void
point_at_current (SkOutcomesView *self,
                  GtkPopover     *popover)
{
  SkOutcomeCell *cell = current_cell (self);
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
  SkOutcomeCell *cell = current_cell (self);

  if (cell != NULL && !self->editing)
    gtk_widget_grab_focus (GTK_WIDGET (cell));
}

static void
show_prompt (SkOutcomesView *self,
             PromptMode      mode)
{
  g_autofree char *period = current_period (self);
  g_autoptr(SkOutcome) o = NULL;
  Row *row = current_row (self);
  g_autofree char *title = NULL;
  const char *text = NULL;

  if (row == NULL || self->unit_id <= 0 || self->cur_col == YTD || sk_file_notice_read_only (self->store))
    return;
  o = sk_store_get_outcome (self->store, self->place_indicator_id, self->unit_id, period, SK_OUTCOME_MONTH);
  self->prompt_mode = mode;
  if (mode == PROMPT_MISSING)
    {
      /* TRANSLATORS: %s is a month name */
      title = g_strdup_printf (_("Why is the value for %s missing?"), month_name ((int) self->cur_col + 1));
      text = o != NULL ? sk_outcome_get_missing_reason (o) : NULL;
    }
  else
    {
      /* TRANSLATORS: %s is a month name */
      title = g_strdup_printf (_("Comment on %s"), month_name ((int) self->cur_col + 1));
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
  g_autofree char *period = current_period (self);
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
      o = outcome_for_place (self, old);
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
      o = outcome_for_place (self, old);
      sk_outcome_set_comment (o, *text != '\0' ? text : NULL);
    }

  if (!sk_store_set_outcome (self->store, o, &error))
    {
      prompt_refuse (self, error->message);
      return;
    }
  push_change (self, period, old, o);
  hide_error (self);
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

  start_edit (self, NULL);
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
    start_edit (self, text);
}

static void
clear_action (GtkWidget  *widget,
              const char *action,
              GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);

  cancel_edit (self);
  if (self->store != NULL && current_cell (self) != NULL && clear_current (self))
    hide_error (self);
}

static void
mark_missing_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);

  cancel_edit (self);
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
      if (!commit (self))
        return;
      finish_edit (self, TRUE);
    }
  show_prompt (self, PROMPT_COMMENT);
}

static void
context_menu_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);

  if (current_cell (self) == NULL)
    return;
  cancel_edit (self);
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
  g_autoptr(SkOutcome) copy = outcome_copy (state);
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
      show_error (self, error->message);
      return FALSE;
    }
  hide_error (self);
  {
    int year, month;

    if (sk_period_parse (change->period, &year, &month) && year == self->year)
      sk_outcomes_view_focus_cell (self, change->indicator_id, (guint) month - 1);
  }
  return TRUE;
}

static void
update_history_actions (SkOutcomesView *self)
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

  cancel_edit (self);
  change = g_queue_peek_head (&self->undo);
  if (change == NULL || self->store == NULL)
    return;
  if (apply_state (self, change, change->before))
    g_queue_push_head (&self->redo, g_queue_pop_head (&self->undo));
  update_history_actions (self);
}

static void
redo_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (widget);
  Change *change;

  cancel_edit (self);
  change = g_queue_peek_head (&self->redo);
  if (change == NULL || self->store == NULL)
    return;
  if (apply_state (self, change, change->after))
    g_queue_push_head (&self->undo, g_queue_pop_head (&self->redo));
  update_history_actions (self);
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
      if (!commit (self))
        return;
      hide_error (self);
      finish_edit (self, FALSE);
    }
  self->place_chosen = TRUE;
  move_to (self, sk_outcome_cell_get_row (SK_OUTCOME_CELL (cell)),
           sk_outcome_cell_get_column (SK_OUTCOME_CELL (cell)), TRUE);
  if (button == GDK_BUTTON_SECONDARY)
    gtk_widget_activate_action (GTK_WIDGET (self), "outcomes.context-menu", NULL);
  else if (n_press == 2)
    start_edit (self, NULL);
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
    set_tooltip (label, tooltip);
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
      label = header_label (sk_month_abbrev (m), month_name (m));
      gtk_size_group_add_widget (self->cell_width[m - 1], label);
      gtk_grid_attach (self->header_grid, label, MONTH_GRID_COLUMN + m - 1, 0, 1, 1);
    }
  label = header_label (_("So far this year"), NULL);
  gtk_size_group_add_widget (self->cell_width[YTD], label);
  gtk_grid_attach (self->header_grid, label, YTD_GRID_COLUMN, 0, 1, 1);
}

static void
add_perspective_row (SkOutcomesView *self,
                     SkPerspective   perspective,
                     int             grid_row)
{
  g_autoptr(GtkSizeGroup) height = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);
  GtkWidget *label = gtk_label_new (sk_perspective_label (perspective));
  GtkWidget *space = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  /* One line: its height does not depend on the width it gets. */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  set_tooltip (label, sk_perspective_label (perspective));
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "sk-outcome-perspective");
  gtk_grid_attach (self->names_grid, label, NAME_GRID_COLUMN, grid_row, 2, 1);
  /* The same height across the values grid. */
  gtk_grid_attach (self->grid, space, MONTH_GRID_COLUMN, grid_row, 1, 1);
  gtk_size_group_add_widget (height, label);
  gtk_size_group_add_widget (height, space);
}

static GtkWidget *
name_label_new (void)
{
  GtkWidget *name = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  /* A fixed width: the column stays put and narrow windows keep room for months. */
  gtk_label_set_width_chars (GTK_LABEL (name), 18);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 18);
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

  row->name = name_label_new ();
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
      gtk_grid_attach (self->grid, cell, c == YTD ? YTD_GRID_COLUMN : MONTH_GRID_COLUMN + (int) c, grid_row, 1, 1);
    }
  return row;
}

static gboolean
same_indicators (SkOutcomesView *self,
                 GListModel     *indicators)
{
  guint n = g_list_model_get_n_items (indicators);

  if (n != self->rows->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      Row *row = g_ptr_array_index (self->rows, i);

      if (sk_record_get_id (SK_RECORD (ind)) != row_indicator_id (row)
          || sk_indicator_get_perspective (ind) != sk_indicator_get_perspective (row->indicator))
        return FALSE;
      /* Same place: take the fresh record for names and units. */
      g_set_object (&row->indicator, ind);
    }
  return TRUE;
}

static void
rebuild (SkOutcomesView *self,
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
      finish_edit (self, FALSE);
    }

  clear_grid (self->grid);
  clear_grid (self->names_grid);
  clear_grid (self->corner_grid);
  clear_grid (self->header_grid);
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
  if (find_row (self, self->place_indicator_id, &place_row) == NULL)
    place_row = MIN (self->cur_row, self->rows->len - 1);
  self->cur_row = place_row;
  move_to (self, place_row, self->cur_col, had_focus || typed != NULL);
  if (typed != NULL && self->unit_id > 0)
    start_edit (self, typed);
}

/* ---- Loading ---- */

static char *
unit_name (SkUnit *unit)
{
  return g_strdup (unit != NULL ? sk_unit_get_name (unit) : "");
}

static gboolean
same_units (GListModel *a,
            GListModel *b)
{
  guint n = a != NULL ? g_list_model_get_n_items (a) : 0;

  if (a == NULL || n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkUnit) x = g_list_model_get_item (a, i);
      g_autoptr(SkUnit) y = g_list_model_get_item (b, i);

      if (sk_record_get_id (SK_RECORD (x)) != sk_record_get_id (SK_RECORD (y))
          || g_strcmp0 (sk_unit_get_name (x), sk_unit_get_name (y)) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
reload_units (SkOutcomesView *self)
{
  g_autoptr(GListModel) units = NULL;
  guint n, chosen = 0;

  units = self->store != NULL ? sk_store_list_units (self->store)
                              : G_LIST_MODEL (g_list_store_new (SK_TYPE_UNIT));
  if (same_units (self->units, units))
    return;
  g_set_object (&self->units, units);
  n = g_list_model_get_n_items (units);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);

      if (sk_record_get_id (SK_RECORD (unit)) == self->unit_id)
        chosen = i;
    }
  self->updating_units = TRUE;
  gtk_drop_down_set_model (self->unit_dropdown, units);
  if (n > 0)
    gtk_drop_down_set_selected (self->unit_dropdown, chosen);
  self->updating_units = FALSE;
  if (n > 0)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, chosen);

      self->unit_id = sk_record_get_id (SK_RECORD (unit));
    }
  else
    self->unit_id = 0;
}

/* A first look starts at the latest month with figures: the next
 * entry is usually right after it. */
static void
start_at_latest (SkOutcomesView *self)
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
  move_to (self, 0, col, FALSE);
}

static void
reload (SkOutcomesView *self)
{
  g_autoptr(GListModel) indicators = NULL;

  if (self->store == NULL || self->year <= 0)
    {
      cancel_edit (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  indicators = sk_store_list_indicators (self->store, self->year);
  if (g_list_model_get_n_items (indicators) == 0 || self->unit_id <= 0)
    {
      cancel_edit (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (!same_indicators (self, indicators))
    rebuild (self, indicators);
  update_content (self);
  if (!self->place_chosen)
    start_at_latest (self);
  gtk_stack_set_visible_child_name (self->stack, "grid");
}

static void
on_store_changed (SkOutcomesView *self,
                  const char     *table)
{
  if (g_strcmp0 (table, "outcome") != 0)
    reload_units (self);
  reload (self);
}

static void
on_unit_selected (SkOutcomesView *self)
{
  guint pos = gtk_drop_down_get_selected (self->unit_dropdown);
  g_autoptr(SkUnit) unit = NULL;

  if (self->updating_units || self->units == NULL || pos == GTK_INVALID_LIST_POSITION)
    return;
  unit = g_list_model_get_item (self->units, pos);
  if (unit == NULL || sk_record_get_id (SK_RECORD (unit)) == self->unit_id)
    return;
  cancel_edit (self);
  hide_error (self);
  self->unit_id = sk_record_get_id (SK_RECORD (unit));
  reload (self);
}

/* ---- Public API ---- */

GtkWidget *
sk_outcomes_view_new (void)
{
  return g_object_new (SK_TYPE_OUTCOMES_VIEW, NULL);
}

SkStore *
sk_outcomes_view_get_store (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  return self->store;
}

void
sk_outcomes_view_set_store (SkOutcomesView *self,
                            SkStore        *store)
{
  g_return_if_fail (SK_IS_OUTCOMES_VIEW (self));
  g_return_if_fail (store == NULL || SK_IS_STORE (store));

  if (self->store == store)
    return;
  cancel_edit (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_queue_clear_full (&self->undo, change_free);
  g_queue_clear_full (&self->redo, change_free);
  update_history_actions (self);
  sk_file_notice_lock_view (GTK_WIDGET (self), NULL, store, (const char *[]) {
    "outcomes.edit", "outcomes.type", "outcomes.clear", "outcomes.mark-missing", "outcomes.comment", NULL });
  gtk_widget_set_visible (self->edit_hint, !sk_file_notice_read_only (store));
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  reload_units (self);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

int
sk_outcomes_view_get_year (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), 0);
  return self->year;
}

void
sk_outcomes_view_set_year (SkOutcomesView *self,
                           int             year)
{
  g_return_if_fail (SK_IS_OUTCOMES_VIEW (self));

  if (self->year == year)
    return;
  self->year = year;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

gint64
sk_outcomes_view_get_unit (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), 0);
  return self->unit_id;
}

gboolean
sk_outcomes_view_set_unit (SkOutcomesView *self,
                           gint64          unit_id)
{
  guint n;

  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), FALSE);

  n = self->units != NULL ? g_list_model_get_n_items (self->units) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (self->units, i);

      if (sk_record_get_id (SK_RECORD (unit)) == unit_id)
        {
          gtk_drop_down_set_selected (self->unit_dropdown, i);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
sk_outcomes_view_focus_cell (SkOutcomesView *self,
                             gint64          indicator_id,
                             guint           column)
{
  guint index;

  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), FALSE);

  if (column >= N_CELLS || find_row (self, indicator_id, &index) == NULL)
    return FALSE;
  if (self->editing && (index != self->cur_row || column != self->cur_col))
    cancel_edit (self);
  self->place_chosen = TRUE;
  move_to (self, index, column, TRUE);
  return TRUE;
}

gboolean
sk_outcomes_view_get_focus (SkOutcomesView *self,
                            gint64         *indicator_id,
                            guint          *column)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), FALSE);

  if (current_row (self) == NULL)
    return FALSE;
  if (indicator_id != NULL)
    *indicator_id = self->place_indicator_id;
  if (column != NULL)
    *column = self->cur_col;
  return TRUE;
}

static SkOutcomeCell *
cell_for (SkOutcomesView *self,
          gint64          indicator_id,
          guint           column)
{
  Row *row = find_row (self, indicator_id, NULL);

  return row != NULL && column < N_CELLS ? SK_OUTCOME_CELL (row->cells[column]) : NULL;
}

const char *
sk_outcomes_view_get_cell_text (SkOutcomesView *self,
                                gint64          indicator_id,
                                guint           column)
{
  SkOutcomeCell *cell;

  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  cell = cell_for (self, indicator_id, column);
  return cell != NULL ? sk_outcome_cell_get_text (cell) : NULL;
}

const char *
sk_outcomes_view_get_cell_label (SkOutcomesView *self,
                                 gint64          indicator_id,
                                 guint           column)
{
  SkOutcomeCell *cell;

  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  cell = cell_for (self, indicator_id, column);
  return cell != NULL ? sk_outcome_cell_get_label (cell) : NULL;
}

GtkWidget *
sk_outcomes_view_get_editor (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  return self->editing ? self->editor : NULL;
}

GtkWidget *
sk_outcomes_view_get_prompt (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  return gtk_widget_get_visible (self->prompt) ? self->prompt_entry : NULL;
}

const char *
sk_outcomes_view_get_error (SkOutcomesView *self)
{
  g_return_val_if_fail (SK_IS_OUTCOMES_VIEW (self), NULL);
  return gtk_label_get_text (self->error_label);
}

/* ---- GObject ---- */

static void
sk_outcomes_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (object);

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
sk_outcomes_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sk_outcomes_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_YEAR:
      sk_outcomes_view_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_outcomes_view_dispose (GObject *object)
{
  SkOutcomesView *self = SK_OUTCOMES_VIEW (object);

  finish_edit (self, FALSE);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_pointer (&self->prompt, gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  /* The stack is both AdwBin's child and a template child: let go once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_OUTCOMES_VIEW);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->editor);
  g_clear_object (&self->store);
  g_clear_object (&self->units);
  g_queue_clear_full (&self->undo, change_free);
  g_queue_clear_full (&self->redo, change_free);

  G_OBJECT_CLASS (sk_outcomes_view_parent_class)->dispose (object);
}

static void
sk_outcomes_view_class_init (SkOutcomesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_outcomes_view_dispose;
  object_class->get_property = sk_outcomes_view_get_property;
  object_class->set_property = sk_outcomes_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styrkort/Styrkort/sk-outcomes-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, stack);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, fictional_label);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, grid);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, corner_grid);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, header_grid);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, names_grid);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, header_scroller);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, names_scroller);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, error_label);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, edit_hint);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, place_label);
  gtk_widget_class_bind_template_child (widget_class, SkOutcomesView, cell_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_selected);

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

static void
sk_outcomes_view_init (SkOutcomesView *self)
{
  GtkEventController *keys;
  GtkGesture *click;
  GtkExpression *expression;

  self->rows = g_ptr_array_new_with_free_func (row_free);
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The header follows the body sideways, the names up and down. */
  gtk_scrolled_window_set_hadjustment (self->header_scroller, gtk_scrolled_window_get_hadjustment (self->scroller));
  gtk_scrolled_window_set_vadjustment (self->names_scroller, gtk_scrolled_window_get_vadjustment (self->scroller));

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (unit_name), NULL, NULL);
  gtk_drop_down_set_expression (self->unit_dropdown, expression);
  gtk_expression_unref (expression);

  self->editor = g_object_ref_sink (gtk_text_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (self->editor), 4);
  gtk_editable_set_alignment (GTK_EDITABLE (self->editor), 1.0);
  gtk_widget_add_css_class (self->editor, "sk-cell-editor");
  g_signal_connect (self->editor, "activate", G_CALLBACK (on_editor_activate), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_editor_key), self);
  gtk_widget_add_controller (self->editor, keys);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_grid_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->grid), keys);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_grid_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->grid), GTK_EVENT_CONTROLLER (click));

  self->menu = gtk_popover_menu_new_from_model (self->cell_menu);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), TRUE);
  g_signal_connect (self->menu, "closed", G_CALLBACK (on_popover_closed), self);
  build_prompt (self);

  update_history_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}
