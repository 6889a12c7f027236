/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-budget-view"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sk-a11y.h"
#include "sk-budget-proposals.h"
#include "sk-budget-tables.h"
#include "sk-budget-view.h"
#include "sk-csv.h"
#include "sk-format.h"
#include "sk-outcome-cell.h"
#include "sk-view-util.h"

/*
 * The Budget view. The grid has a row per line (intäkter,
 * personalkostnader, övriga kostnader, netto, investeringar) and kind
 * (budget, utfall, prognos: the year's total as forecast in that
 * month's report), a column for the year and one per month; the
 * current cell is the one tab stop, arrows and Tab move it, Enter, F2 or
 * typing a figure edits it, Delete clears it, Ctrl+Z undoes and Ctrl+V
 * pastes a block of cells copied from a spreadsheet. The store refuses
 * what it must (the budget of an adopted plan, an outcome for the whole
 * year) and the reason stands next to the row.
 */

#define N_LINES 5
#define N_KINDS 3                   /* budget, outcome, forecast (SkBudgetValueKind) */
#define N_ROWS  (N_LINES * N_KINDS)
#define N_COLS  13                  /* the year, then January–December */
#define ERROR_COLUMN (N_COLS + 1)

typedef struct {
  guint  group;
  guint  row, col;
  gint64 unit_id;
  double old;
} UndoStep;

struct _SkBudgetView
{
  GtkWidget    parent_instance;

  SkStore     *store;
  int          year;

  GtkWidget   *box;
  GtkFlowBox  *bar;
  GtkDropDown *unit_dropdown;
  GtkDropDown *month_dropdown;
  GtkLabel    *lock_label;
  GtkStack    *stack;
  GtkGrid     *grid;
  GtkBox      *tables_box;
  GtkDrawingArea *chart;
  GtkLabel    *chart_text;
  SkBudgetProposals *proposals;

  GtkWidget   *cells[N_ROWS][N_COLS];
  GtkWidget   *error_label;
  GtkWidget   *editor;
  guint        cur_row, cur_col;
  GArray      *unit_ids;            /* gint64, as the unit drop-down lists them */
  GArray      *undo;                /* UndoStep */
  guint        undo_group;
  gboolean     adopted;
  gboolean     filling;
  guint        reload_id;
  double       acc_outcome[SK_BUDGET_MONTHS + 1];
  double       acc_budget[SK_BUDGET_MONTHS + 1];
};

enum { PROP_0, PROP_STORE, PROP_YEAR, N_PROPS };
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkBudgetView, sk_budget_view, GTK_TYPE_WIDGET)

static void reload (SkBudgetView *self);

static SkBudgetLineKind row_line (guint row) { return (SkBudgetLineKind) (row / N_KINDS); }
static SkBudgetValueKind row_kind (guint row) { return (SkBudgetValueKind) (row % N_KINDS); }

static gint64
current_unit (SkBudgetView *self)
{
  guint i = gtk_drop_down_get_selected (self->unit_dropdown);

  if (self->unit_ids == NULL || i == GTK_INVALID_LIST_POSITION || i >= self->unit_ids->len)
    return 0;
  return g_array_index (self->unit_ids, gint64, i);
}

static guint
current_month (SkBudgetView *self)
{
  guint i = gtk_drop_down_get_selected (self->month_dropdown);

  return i == GTK_INVALID_LIST_POSITION ? 1 : i + 1;
}

static char *
row_title (guint row)
{
  /* TRANSLATORS: a row of the budget grid: "Intäkter, budget", "Netto, utfall" */
  static const char * const kinds[] = { N_("budget"), N_("outcome"), N_("forecast") };

  return g_strdup_printf (_("%s, %s"), sk_budget_line_label (row_line (row)), _(kinds[row_kind (row)]));
}

static const char *
column_title (guint col)
{
  return col == 0 ? _("Year") : sk_month_abbrev ((int) col);
}

/* ---- The grid ---- */

static void
show_error (SkBudgetView *self, guint row, const char *message)
{
  GtkWidget *parent = gtk_widget_get_parent (self->error_label);

  if (parent != NULL)
    gtk_grid_remove (self->grid, self->error_label);
  if (message == NULL)
    return;
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_grid_attach (self->grid, self->error_label, ERROR_COLUMN, (int) row + 1, 1, 1);
}

static void
set_current (SkBudgetView *self, guint row, guint col, gboolean focus)
{
  GtkWidget *old = self->cells[self->cur_row][self->cur_col];

  row = MIN (row, N_ROWS - 1);
  col = MIN (col, N_COLS - 1);
  self->cur_row = row;
  self->cur_col = col;
  if (old != self->cells[row][col])
    gtk_widget_set_focusable (old, FALSE);
  gtk_widget_set_focusable (self->cells[row][col], TRUE);
  if (focus)
    gtk_widget_grab_focus (self->cells[row][col]);
}

static void
fill_cell (SkBudgetView *self, guint row, guint col, gint64 unit_id)
{
  SkOutcomeCell *cell = SK_OUTCOME_CELL (self->cells[row][col]);
  double value = NAN;
  g_autofree char *text = NULL;
  g_autofree char *title = row_title (row);
  g_autofree char *label = NULL;

  if (self->store != NULL && unit_id > 0)
    value = sk_store_get_budget_value (self->store, self->year, unit_id, row_line (row), row_kind (row), col);
  text = isnan (value) ? g_strdup ("") : sk_format_number (value, -1);
  sk_outcome_cell_set_text (cell, text, NULL);
  /* TRANSLATORS: spoken for a cell of the budget grid: "Intäkter, budget, apr: 2 500 tkr" */
  label = g_strdup_printf (_("%s, %s: %s"), title, column_title (col),
                           isnan (value) ? _("empty") : text);
  sk_outcome_cell_set_label (cell, label);
  /* The adopted plan's budget is read-only: dimmed, and said so. */
  if (self->adopted && row_kind (row) == SK_BUDGET_VALUE_BUDGET)
    {
      gtk_widget_add_css_class (GTK_WIDGET (cell), "dim-label");
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Locked: the plan is adopted."), -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (cell), "dim-label");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_READ_ONLY);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
fill_grid (SkBudgetView *self)
{
  gint64 unit_id = current_unit (self);

  for (guint r = 0; r < N_ROWS; r++)
    for (guint c = 0; c < N_COLS; c++)
      fill_cell (self, r, c, unit_id);
}

/* Writes one value through the store; FALSE with the reason shown. */
static gboolean
write_value (SkBudgetView *self, guint row, guint col, double value, gboolean undoable)
{
  g_autoptr(GError) error = NULL;
  gint64 unit_id = current_unit (self);
  double old;

  if (self->store == NULL || unit_id == 0)
    return FALSE;
  old = sk_store_get_budget_value (self->store, self->year, unit_id, row_line (row), row_kind (row), col);
  if (!sk_store_set_budget_value (self->store, self->year, unit_id, row_line (row), row_kind (row), col,
                                  value, &error))
    {
      show_error (self, row, error->message);
      return FALSE;
    }
  if (undoable)
    {
      UndoStep step = { self->undo_group, row, col, unit_id, old };

      g_array_append_val (self->undo, step);
    }
  fill_cell (self, row, col, unit_id);
  show_error (self, row, NULL);
  return TRUE;
}

static void
stop_editing (SkBudgetView *self)
{
  GtkWidget *cell;

  if (self->editor == NULL)
    return;
  cell = self->cells[self->cur_row][self->cur_col];
  g_clear_object (&self->editor);
  sk_outcome_cell_set_editor (SK_OUTCOME_CELL (cell), NULL);
  gtk_widget_grab_focus (cell);
}

/* Takes the editor's text as the cell's value; FALSE (the editor stays)
 * when it is not a number. */
static gboolean
commit_editor (SkBudgetView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->editor));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  double value = NAN;

  if (trimmed[0] != '\0' && !sk_parse_number (trimmed, &value))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a number: write thousands kronor, e.g. -1 500 or 2,5."), trimmed);

      show_error (self, self->cur_row, message);
      return FALSE;
    }
  self->undo_group++;
  if (!write_value (self, self->cur_row, self->cur_col, value, TRUE))
    return FALSE;
  stop_editing (self);
  return TRUE;
}

static gboolean
on_editor_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               SkBudgetView          *self)
{
  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (commit_editor (self))
        set_current (self, self->cur_row + 1, self->cur_col, TRUE);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (commit_editor (self))
        set_current (self, self->cur_row,
                     keyval == GDK_KEY_Tab ? self->cur_col + 1 : (self->cur_col > 0 ? self->cur_col - 1 : 0), TRUE);
      return TRUE;
    case GDK_KEY_Escape:
      show_error (self, self->cur_row, NULL);
      stop_editing (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
start_editing (SkBudgetView *self, const char *initial)
{
  GtkWidget *cell = self->cells[self->cur_row][self->cur_col];
  GtkEventController *keys;
  g_autofree char *title = row_title (self->cur_row);
  g_autofree char *name = g_strdup_printf (_("%s, %s"), title, column_title (self->cur_col));

  stop_editing (self);
  self->editor = g_object_ref_sink (gtk_entry_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (self->editor), 6);
  gtk_editable_set_text (GTK_EDITABLE (self->editor),
                         initial ? initial : sk_outcome_cell_get_text (SK_OUTCOME_CELL (cell)));
  sk_a11y_name (self->editor, name);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_editor_key), self);
  gtk_widget_add_controller (self->editor, keys);
  sk_outcome_cell_set_editor (SK_OUTCOME_CELL (cell), self->editor);
  gtk_widget_grab_focus (self->editor);
  gtk_editable_set_position (GTK_EDITABLE (self->editor), -1);
}

static void
undo (SkBudgetView *self)
{
  guint group;

  if (self->undo->len == 0)
    return;
  group = g_array_index (self->undo, UndoStep, self->undo->len - 1).group;
  while (self->undo->len > 0)
    {
      UndoStep step = g_array_index (self->undo, UndoStep, self->undo->len - 1);

      if (step.group != group)
        break;
      g_array_set_size (self->undo, self->undo->len - 1);
      if (step.unit_id == current_unit (self))
        write_value (self, step.row, step.col, step.old, FALSE);
      else
        sk_store_set_budget_value (self->store, self->year, step.unit_id, row_line (step.row),
                                   row_kind (step.row), step.col, step.old, NULL);
    }
}

/* A block of cells from a spreadsheet (tab-separated rows) from the
 * current cell: every figure is checked first, so nothing is written
 * unless all of it can be. */
static void
paste_text (SkBudgetView *self, const char *text)
{
  SkCsvParser parser;
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (guint));
  GStrv fields;
  guint r = 0;

  if (text == NULL || self->store == NULL)
    return;
  sk_csv_parser_init (&parser, text, '\t');
  while ((fields = sk_csv_parser_next (&parser)) != NULL)
    {
      g_auto(GStrv) owned = fields;

      if (fields[0] == NULL || (fields[1] == NULL && fields[0][0] == '\0'))
        continue;
      for (guint c = 0; fields[c] != NULL; c++)
        {
          guint row = self->cur_row + r, col = self->cur_col + c;
          g_autofree char *t = g_strstrip (g_strdup (fields[c]));
          double value;

          if (t[0] == '\0')
            continue;
          if (row >= N_ROWS || col >= N_COLS || !sk_parse_number (t, &value))
            {
              g_autofree char *message = row >= N_ROWS || col >= N_COLS
                ? g_strdup (_("The pasted block reaches outside the grid: nothing was pasted."))
                : g_strdup_printf (_("“%s” is not a number: nothing was pasted."), t);

              show_error (self, MIN (row, N_ROWS - 1), message);
              return;
            }
          g_array_append_val (values, value);
          {
            guint place = row * N_COLS + col;

            g_array_append_val (places, place);
          }
        }
      r++;
    }
  self->undo_group++;
  for (guint i = 0; i < values->len; i++)
    {
      guint place = g_array_index (places, guint, i);

      if (!write_value (self, place / N_COLS, place % N_COLS, g_array_index (values, double, i), TRUE))
        break;
    }
}

static void
on_clipboard_text (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(SkBudgetView) self = data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  paste_text (self, text);
}

static gboolean
on_grid_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             SkBudgetView          *self)
{
  guint row = self->cur_row, col = self->cur_col;
  gunichar ch = gdk_keyval_to_unicode (keyval);

  if (self->editor != NULL)
    return FALSE;
  if (state & GDK_CONTROL_MASK)
    {
      if (keyval == GDK_KEY_z || keyval == GDK_KEY_Z)
        {
          undo (self);
          return TRUE;
        }
      if (keyval == GDK_KEY_v || keyval == GDK_KEY_V)
        {
          gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL,
                                         on_clipboard_text, g_object_ref (self));
          return TRUE;
        }
      return FALSE;
    }
  switch (keyval)
    {
    case GDK_KEY_Up:    if (row > 0) row--; break;
    case GDK_KEY_Down:  row++; break;
    case GDK_KEY_Left:  if (col > 0) col--; break;
    case GDK_KEY_Right: col++; break;
    case GDK_KEY_Home:  col = 0; break;
    case GDK_KEY_End:   col = N_COLS - 1; break;
    case GDK_KEY_Tab:
      if (col + 1 >= N_COLS)
        return FALSE;         /* Tab leaves the grid from its last column */
      col++;
      break;
    case GDK_KEY_ISO_Left_Tab:
      if (col == 0)
        return FALSE;
      col--;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_F2:
      start_editing (self, NULL);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_BackSpace:
      self->undo_group++;
      write_value (self, row, col, NAN, TRUE);
      return TRUE;
    default:
      if (ch != 0 && (g_unichar_isdigit (ch) || ch == '-' || ch == 0x2212 || ch == ',' || ch == '.'))
        {
          char buf[8] = { 0 };

          g_unichar_to_utf8 (ch, buf);
          start_editing (self, buf);
          return TRUE;
        }
      return FALSE;
    }
  set_current (self, row, col, TRUE);
  return TRUE;
}

static void
on_cell_pressed (GtkGestureClick *gesture, int n_press, double x, double y, SkBudgetView *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  stop_editing (self);
  set_current (self, sk_outcome_cell_get_row (SK_OUTCOME_CELL (cell)),
               sk_outcome_cell_get_column (SK_OUTCOME_CELL (cell)), TRUE);
  if (n_press == 2)
    start_editing (self, NULL);
}

static void
build_grid (SkBudgetView *self)
{
  GtkEventController *keys;

  for (guint c = 0; c < N_COLS; c++)
    {
      GtkWidget *header = gtk_label_new (column_title (c));

      gtk_widget_add_css_class (header, "heading");
      gtk_grid_attach (self->grid, header, (int) c + 1, 0, 1, 1);
    }
  for (guint r = 0; r < N_ROWS; r++)
    {
      g_autofree char *title = row_title (r);
      GtkWidget *label = gtk_label_new (title);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_end (label, 6);
      gtk_grid_attach (self->grid, label, 0, (int) r + 1, 1, 1);
      for (guint c = 0; c < N_COLS; c++)
        {
          GtkWidget *cell = sk_outcome_cell_new (r, c);
          GtkGesture *click = gtk_gesture_click_new ();

          gtk_widget_set_size_request (cell, c == 0 ? 84 : 64, -1);
          gtk_widget_set_focusable (cell, r == 0 && c == 0);
          g_signal_connect (click, "pressed", G_CALLBACK (on_cell_pressed), self);
          gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));
          gtk_grid_attach (self->grid, cell, (int) c + 1, (int) r + 1, 1, 1);
          self->cells[r][c] = cell;
        }
    }
  self->error_label = g_object_ref_sink (gtk_label_new (NULL));
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->error_label), 40);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Budget and outcome per line, tkr"), -1);
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_grid_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->grid), keys);
}

/* ---- Tables ---- */

static void
add_table (SkBudgetView *self, SkBudgetTable *table)
{
  GtkWidget *title = gtk_label_new (table->title);
  GtkWidget *grid = gtk_grid_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-4");
  gtk_widget_set_margin_top (title, 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, table->title, -1);
  for (guint c = 0; c < table->n_columns; c++)
    {
      GtkWidget *header = gtk_label_new (table->headers[c]);

      gtk_label_set_wrap (GTK_LABEL (header), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (header), 12);
      gtk_label_set_xalign (GTK_LABEL (header), c == 0 ? 0 : 1);
      gtk_widget_add_css_class (header, "heading");
      gtk_grid_attach (GTK_GRID (grid), header, (int) c, 0, 1, 1);
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        {
          GtkWidget *cell = gtk_label_new (row[c]);

          gtk_label_set_xalign (GTK_LABEL (cell), c == 0 ? 0 : 1);
          gtk_widget_add_css_class (cell, "numeric");
          /* The administration's total, as the report prints it. */
          if (r == table->rows->len - 1)
            gtk_widget_add_css_class (cell, "heading");
          gtk_grid_attach (GTK_GRID (grid), cell, (int) c, (int) r + 1, 1, 1);
        }
    }
  gtk_box_append (self->tables_box, title);
  gtk_box_append (self->tables_box, grid);
}

static void
fill_tables (SkBudgetView *self, SkBudgetData *data)
{
  GtkWidget *child;
  g_autoptr(GPtrArray) tables = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tables_box))) != NULL)
    gtk_box_remove (self->tables_box, child);
  if (data == NULL)
    {
      gtk_box_append (self->tables_box, gtk_label_new (_("The year has no budget yet.")));
      return;
    }
  tables = sk_budget_tables_build (self->store, data, current_month (self));
  for (guint t = 0; t < tables->len; t++)
    if (((SkBudgetTable *) g_ptr_array_index (tables, t))->rows->len > 0)
      add_table (self, g_ptr_array_index (tables, t));
}

/* ---- Chart: accumulated outcome against accumulated budget ---- */

static void
fill_chart (SkBudgetView *self, SkBudgetData *data)
{
  gint64 unit_id = current_unit (self);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(SkUnit) unit = unit_id > 0 && self->store ? sk_store_get_unit (self->store, unit_id) : NULL;
  guint last = data ? sk_budget_data_last_month (data) : 0;

  for (guint m = 0; m <= SK_BUDGET_MONTHS; m++)
    self->acc_outcome[m] = self->acc_budget[m] = NAN;
  if (data != NULL && unit_id > 0)
    for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
      {
        SkBudgetFigures f;

        if (!sk_budget_data_compute (data, m, unit_id, FALSE, SK_BUDGET_SUM_NET, &f))
          continue;
        self->acc_budget[m] = f.budget;
        if (m <= last)
          self->acc_outcome[m] = f.outcome;
      }
  /* TRANSLATORS: the chart's title and the start of its text alternative */
  g_string_printf (text, _("Accumulated outcome against accumulated budget, net, tkr: %s."),
                   unit ? sk_unit_get_name (unit) : "");
  for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
    if (!isnan (self->acc_outcome[m]))
      {
        g_autofree char *o = sk_format_number (round (self->acc_outcome[m]), 0);
        g_autofree char *b = sk_format_number (round (self->acc_budget[m]), 0);

        /* TRANSLATORS: one month of the chart's text alternative */
        g_string_append_printf (text, _(" %s: outcome %s, budget %s."), sk_month_abbrev ((int) m), o, b);
      }
  gtk_label_set_text (self->chart_text, text->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL, text->str, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

static void
draw_chart (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  SkBudgetView *self = data;
  double lo = 0, hi = 0, left = 70, right = 16, top = 16, bottom = 50;
  double pw = width - left - right, ph = height - top - bottom;
  GdkRGBA fg;
  PangoLayout *layout;
  static const double colors[2][3] = { { 0.11, 0.44, 0.85 }, { 0.85, 0.35, 0.05 } };

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
    for (guint s = 0; s < 2; s++)
      {
        double v = s == 0 ? self->acc_outcome[m] : self->acc_budget[m];

        if (!isnan (v))
          lo = MIN (lo, v), hi = MAX (hi, v);
      }
  if (hi - lo < 1 || pw < 20 || ph < 20)
    return;
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), NULL);
  gdk_cairo_set_source_rgba (cr, &fg);
  cairo_set_line_width (cr, 1);
  /* The axes: zero and the lowest and highest figure; the months below. */
  for (guint i = 0; i < 3; i++)
    {
      double v = i == 0 ? lo : i == 1 ? 0 : hi;
      double y = top + ph * (hi - v) / (hi - lo);
      g_autofree char *t = sk_format_number (round (v), 0);

      cairo_move_to (cr, left, y);
      cairo_line_to (cr, left + pw, y);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, i == 1 ? 0.6 : 0.2);
      cairo_stroke (cr);
      pango_layout_set_text (layout, t, -1);
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_move_to (cr, 4, y - 8);
      pango_cairo_show_layout (cr, layout);
    }
  for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
    {
      pango_layout_set_text (layout, sk_month_abbrev ((int) m), -1);
      cairo_move_to (cr, left + pw * (m - 1) / 11.0 - 8, top + ph + 6);
      pango_cairo_show_layout (cr, layout);
    }
  for (guint s = 0; s < 2; s++)
    {
      gboolean started = FALSE;

      cairo_set_source_rgb (cr, colors[s][0], colors[s][1], colors[s][2]);
      cairo_set_line_width (cr, s == 0 ? 3 : 2);
      if (s == 1)
        cairo_set_dash (cr, (double[]) { 6, 4 }, 2, 0);
      for (guint m = 1; m <= SK_BUDGET_MONTHS; m++)
        {
          double v = s == 0 ? self->acc_outcome[m] : self->acc_budget[m];
          double x = left + pw * (m - 1) / 11.0, y = top + ph * (hi - v) / (hi - lo);

          if (isnan (v))
            continue;
          if (!started)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
          started = TRUE;
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      /* The legend, as text: colour is never alone. */
      pango_layout_set_text (layout, s == 0 ? _("— Accumulated outcome") : _("- - Accumulated budget"), -1);
      /* Under the months, clear of the lines. */
      cairo_move_to (cr, left + s * 220, top + ph + 28);
      pango_cairo_show_layout (cr, layout);
    }
  g_object_unref (layout);
}

/* ---- Loading ---- */

static void
fill_units (SkBudgetView *self, SkBudgetData *data)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 keep = current_unit (self);
  guint selected = 0;

  g_clear_pointer (&self->unit_ids, g_array_unref);
  self->unit_ids = data ? sk_budget_data_units (data) : g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < self->unit_ids->len; i++)
    {
      gint64 id = g_array_index (self->unit_ids, gint64, i);
      g_autoptr(SkUnit) unit = sk_store_get_unit (self->store, id);

      gtk_string_list_append (names, unit ? sk_unit_get_name (unit) : "");
      if (id == keep)
        selected = i;
    }
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->unit_dropdown, selected);
}

static void
reload (SkBudgetView *self)
{
  g_autoptr(SkBudgetData) data = NULL;
  g_autoptr(SkPlan) plan = NULL;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store == NULL || self->year == 0)
    return;
  self->filling = TRUE;
  plan = sk_store_get_plan (self->store, self->year);
  self->adopted = plan != NULL && sk_plan_is_adopted (plan);
  gtk_widget_set_visible (GTK_WIDGET (self->lock_label), self->adopted);
  if (sk_store_has_budget (self->store, self->year) || sk_store_has_budget (self->store, self->year - 1))
    data = sk_budget_data_load (self->store, self->year);
  if (self->unit_ids == NULL || gtk_drop_down_get_model (self->unit_dropdown) == NULL
      || (data && g_list_model_get_n_items (gtk_drop_down_get_model (self->unit_dropdown)) == 0))
    fill_units (self, data);
  self->filling = FALSE;
  fill_grid (self);
  fill_tables (self, data);
  fill_chart (self, data);
}

static void
on_store_changed (SkStore *store, const char *table, SkBudgetView *self)
{
  /* A value written in the grid updates its cell at once; the rest follows. */
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_once ((GSourceOnceFunc) reload, self);
}

static void
on_choice_changed (GObject *object, GParamSpec *pspec, SkBudgetView *self)
{
  if (self->filling)
    return;
  stop_editing (self);
  show_error (self, 0, NULL);
  reload (self);
}

/* ---- Public ---- */

gboolean
sk_budget_view_select_unit (SkBudgetView *self, const char *name)
{
  GListModel *model = gtk_drop_down_get_model (self->unit_dropdown);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name))
      {
        gtk_drop_down_set_selected (self->unit_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

void
sk_budget_view_select_month (SkBudgetView *self, guint month)
{
  gtk_drop_down_set_selected (self->month_dropdown, CLAMP (month, 1, 12) - 1);
}

void
sk_budget_view_show_page (SkBudgetView *self, const char *page)
{
  gtk_stack_set_visible_child_name (self->stack, page);
}

GtkWidget *
sk_budget_view_get_cell (SkBudgetView *self, guint line, guint kind, guint month)
{
  g_return_val_if_fail (line < N_LINES && kind < N_KINDS && month < N_COLS, NULL);
  return self->cells[line * N_KINDS + kind][month];
}

/* ---- GObject ---- */

static void
sk_budget_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SkBudgetView *self = SK_BUDGET_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_budget_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  SkBudgetView *self = SK_BUDGET_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (self->store == g_value_get_object (value))
        return;
      sk_view_replace_store (self, &self->store, g_value_get_object (value), G_CALLBACK (on_store_changed));
      g_clear_pointer (&self->unit_ids, g_array_unref);
      g_array_set_size (self->undo, 0);
      reload (self);
      sk_budget_proposals_set_year (self->proposals, self->store, self->year);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_YEAR:
      if (self->year == g_value_get_int (value))
        return;
      self->year = g_value_get_int (value);
      g_array_set_size (self->undo, 0);
      {
        g_autoptr(SkBudgetData) data = NULL;
        guint last = 0;

        if (self->store != NULL && self->year > 0 && sk_store_has_budget (self->store, self->year))
          {
            data = sk_budget_data_load (self->store, self->year);
            last = sk_budget_data_last_month (data);
          }
        self->filling = TRUE;
        gtk_drop_down_set_selected (self->month_dropdown, last > 0 ? last - 1 : 0);
        self->filling = FALSE;
      }
      g_clear_pointer (&self->unit_ids, g_array_unref);
      reload (self);
      sk_budget_proposals_set_year (self->proposals, self->store, self->year);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_budget_view_dispose (GObject *object)
{
  SkBudgetView *self = SK_BUDGET_VIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_object (&self->editor);
  g_clear_object (&self->error_label);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_BUDGET_VIEW);
  G_OBJECT_CLASS (sk_budget_view_parent_class)->dispose (object);
}

static void
sk_budget_view_finalize (GObject *object)
{
  SkBudgetView *self = SK_BUDGET_VIEW (object);

  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_array_unref (self->undo);
  G_OBJECT_CLASS (sk_budget_view_parent_class)->finalize (object);
}

static void
sk_budget_view_class_init (SkBudgetViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sk_budget_view_get_property;
  object_class->set_property = sk_budget_view_set_property;
  object_class->dispose = sk_budget_view_dispose;
  object_class->finalize = sk_budget_view_finalize;
  sk_view_install_properties (object_class, properties, N_PROPS, PROP_STORE, PROP_YEAR, 2999);

  g_type_ensure (SK_TYPE_BUDGET_PROPOSALS);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/styrkort/Styrkort/sk-budget-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkBudgetView, box);
  gtk_widget_class_bind_template_child (widget_class, SkBudgetView, bar);
  gtk_widget_class_bind_template_child (widget_class, SkBudgetView, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkBudgetView, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkBudgetView, lock_label);
  gtk_widget_class_bind_template_child (widget_class, SkBudgetView, stack);
  gtk_widget_class_bind_template_child (widget_class, SkBudgetView, grid);
  gtk_widget_class_bind_template_child (widget_class, SkBudgetView, tables_box);
  gtk_widget_class_bind_template_child (widget_class, SkBudgetView, chart);
  gtk_widget_class_bind_template_child (widget_class, SkBudgetView, chart_text);
  gtk_widget_class_bind_template_child (widget_class, SkBudgetView, proposals);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sk_budget_view_init (SkBudgetView *self)
{
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);

  self->undo = g_array_new (FALSE, FALSE, sizeof (UndoStep));
  gtk_widget_init_template (GTK_WIDGET (self));
  for (int m = 1; m <= 12; m++)
    gtk_string_list_append (months, sk_month_abbrev (m));
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (months));
  sk_a11y_name_dropdown (self->unit_dropdown, _("Unit"));
  sk_a11y_name_dropdown (self->month_dropdown, _("Through month"));
  gtk_label_set_text (self->lock_label,
                      _("The plan is adopted: its budget is locked. Outcomes can still be entered."));
  sk_a11y_name_flow_cells (self->bar);
  build_grid (self);
  gtk_drawing_area_set_draw_func (self->chart, draw_chart, self, NULL);
  g_signal_connect (self->unit_dropdown, "notify::selected", G_CALLBACK (on_choice_changed), self);
  g_signal_connect (self->month_dropdown, "notify::selected", G_CALLBACK (on_choice_changed), self);
}
