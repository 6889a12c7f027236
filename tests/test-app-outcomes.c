/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-outcomes"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sk-outcome-cell.h"
#include "sk-outcomes-view.h"
#include "sk-format.h"

#define MAY   4 /* columns count from January = 0 */
#define APRIL 3
#define JUNE  5

typedef struct
{
  char           *path;
  SkStore        *store;
  GtkWindow      *window;
  SkOutcomesView *view;
  gint64          phone;   /* Vårdgaranti … telefontillgänglighet (%) */
  gint64          vc;      /* Vårdcentralen Halland */
  gint64          ftv;     /* Folktandvården Halland */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkIndicator) phone = NULL;

  f->path = sk_test_temp_db ("sk-outcomes");
  f->store = sk_test_example_store (f->path);

  phone = sk_store_find_indicator (f->store, "telefontillgänglighet", &error);
  g_assert_no_error (error);
  f->phone = sk_record_get_id (SK_RECORD (phone));
  f->vc = sk_test_unit_id (f->store, "Vårdcentralen Halland");
  f->ftv = sk_test_unit_id (f->store, "FTV");

  f->view = SK_OUTCOMES_VIEW (sk_outcomes_view_new ());
  g_object_set (f->view, "store", f->store, "year", 2024, NULL);
  g_assert_true (sk_outcomes_view_set_unit (f->view, f->vc));
  f->window = sk_test_show (GTK_WIDGET (f->view), 900, 700);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sk_test_close (f->window);
  g_clear_object (&f->store);
  g_free (f->path);
}

/* The database as a fresh program sees it. */
static SkOutcome *
stored (Fixture    *f,
        const char *period)
{
  g_autoptr(SkStore) store = sk_test_open_store (f->path);

  return sk_store_get_outcome (store, f->phone, f->vc, period, SK_OUTCOME_MONTH);
}

/* Delivers a key press the way GTK propagates it: capture controllers
 * from the window down to the focus widget, then the others back up. */
static gboolean
press_key (Fixture *f,
           guint    keyval)
{
  GtkWidget *focus = gtk_window_get_focus (f->window);
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();

  g_assert_nonnull (focus);
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);

  for (int pass = 0; pass < 2; pass++)
    for (guint k = 0; k < chain->len; k++)
      {
        GtkWidget *w = g_ptr_array_index (chain, pass == 0 ? k : chain->len - 1 - k);
        g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

        for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
          {
            g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
            gboolean capture = gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE;
            gboolean handled = FALSE;

            if (!GTK_IS_EVENT_CONTROLLER_KEY (c) || capture != (pass == 0))
              continue;
            g_signal_emit_by_name (c, "key-pressed", keyval, 0, 0, &handled);
            if (handled)
              {
                sk_test_spin ();
                return TRUE;
              }
          }
      }
  return FALSE;
}

/* Types @text into the focused cell and presses Enter. */
static void
type_and_enter (Fixture    *f,
                const char *text)
{
  GtkWidget *editor;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "outcomes.type", "s", text);
  sk_test_spin ();
  editor = sk_outcomes_view_get_editor (f->view);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, text);
  g_signal_emit_by_name (editor, "activate");
  sk_test_spin ();
}

static void
assert_focus (Fixture *f,
              gint64   indicator_id,
              guint    column)
{
  gint64 id = 0;
  guint col = 99;

  g_assert_true (sk_outcomes_view_get_focus (f->view, &id, &col));
  g_assert_cmpint (id, ==, indicator_id);
  g_assert_cmpuint (col, ==, column);
}

/* "93,4" typed in May is stored as 93.4 for 2024-05, survives reopening
 * the file, and Enter moves down to the next indicator. */
static void
test_enter_value (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SkOutcome) before = stored (f, "2024-05");
  g_autoptr(SkOutcome) after = NULL;
  gint64 id = 0;
  guint col = 0;

  g_assert_null (before);
  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, MAY));
  type_and_enter (f, "93,4");
  g_assert_null (sk_outcomes_view_get_editor (f->view));
  g_assert_cmpstr (sk_outcomes_view_get_error (f->view), ==, "");
  g_assert_true (g_str_has_prefix (sk_outcomes_view_get_cell_text (f->view, f->phone, MAY), "93,4"));
  g_assert_nonnull (strstr (sk_outcomes_view_get_cell_label (f->view, f->phone, MAY), "93,4 %"));

  g_assert_true (sk_outcomes_view_get_focus (f->view, &id, &col));
  g_assert_cmpint (id, !=, f->phone);
  g_assert_cmpuint (col, ==, MAY);

  /* Close everything, then read the file again. */
  gtk_window_destroy (f->window);
  f->window = GTK_WINDOW (gtk_window_new ());
  g_clear_object (&f->store);
  sk_test_spin ();
  after = stored (f, "2024-05");
  g_assert_nonnull (after);
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (after), 93.4, 1e-9);
  g_assert_cmpint (sk_outcome_get_kind (after), ==, SK_OUTCOME_MONTH);
}

/* Text that is not a number, and a share over 100 %, are refused in
 * place: the reason is shown, the text stays, the database is unchanged. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SkOutcome) april = NULL;
  GtkWidget *editor;

  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, APRIL));
  type_and_enter (f, "abc");
  editor = sk_outcomes_view_get_editor (f->view);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, "abc");
  g_assert_cmpstr (sk_outcomes_view_get_error (f->view), !=, "");
  april = stored (f, "2024-04");
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (april), 91.1, 1e-9);
  g_clear_object (&april);

  /* Fixing the text is enough: the editor is still there. */
  gtk_editable_set_text (GTK_EDITABLE (editor), "150");
  g_signal_emit_by_name (editor, "activate");
  sk_test_spin ();
  g_assert_nonnull (sk_outcomes_view_get_editor (f->view));
  g_assert_nonnull (strstr (sk_outcomes_view_get_error (f->view), "100"));
  april = stored (f, "2024-04");
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (april), 91.1, 1e-9);

  /* Escape gives up the edit and the message with it. */
  g_assert_true (press_key (f, GDK_KEY_Escape));
  g_assert_null (sk_outcomes_view_get_editor (f->view));
  g_assert_cmpstr (sk_outcomes_view_get_error (f->view), ==, "");
  assert_focus (f, f->phone, APRIL);
}

/* Undo puts the previous value back in the database; redo again. */
static void
test_undo_redo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SkOutcome) o = NULL;

  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, APRIL));
  type_and_enter (f, "93,4");
  o = stored (f, "2024-04");
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (o), 93.4, 1e-9);
  g_clear_object (&o);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "outcomes.undo", NULL);
  sk_test_spin ();
  o = stored (f, "2024-04");
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (o), 91.1, 1e-9);
  /* The comment of the month came back with the value. */
  g_assert_nonnull (sk_outcome_get_comment (o));
  g_clear_object (&o);
  assert_focus (f, f->phone, APRIL);
  g_assert_true (g_str_has_prefix (sk_outcomes_view_get_cell_text (f->view, f->phone, APRIL), "91,1"));

  gtk_widget_activate_action (GTK_WIDGET (f->view), "outcomes.redo", NULL);
  sk_test_spin ();
  o = stored (f, "2024-04");
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (o), 93.4, 1e-9);
  g_clear_object (&o);

  /* A value that was new is removed again by undo. */
  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, JUNE));
  type_and_enter (f, "90");
  o = stored (f, "2024-06");
  g_assert_nonnull (o);
  g_clear_object (&o);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "outcomes.undo", NULL);
  sk_test_spin ();
  o = stored (f, "2024-06");
  g_assert_null (o);
}

/* A missing value with a reason is stored as NAN with the reason, and
 * shown as a dash that says why. */
static void
test_missing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SkOutcome) o = NULL;
  GtkWidget *entry;

  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, JUNE));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "outcomes.mark-missing", NULL);
  sk_test_spin ();
  entry = sk_outcomes_view_get_prompt (f->view);
  g_assert_nonnull (entry);

  /* No reason, no gap. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "  ");
  g_signal_emit_by_name (entry, "activate");
  sk_test_spin ();
  g_assert_nonnull (sk_outcomes_view_get_prompt (f->view));
  o = stored (f, "2024-06");
  g_assert_null (o);

  gtk_editable_set_text (GTK_EDITABLE (entry), "Nytt schemasystem");
  g_signal_emit_by_name (entry, "activate");
  sk_test_spin ();
  g_assert_null (sk_outcomes_view_get_prompt (f->view));
  o = stored (f, "2024-06");
  g_assert_nonnull (o);
  g_assert_true (isnan (sk_outcome_get_value (o)));
  g_assert_cmpstr (sk_outcome_get_missing_reason (o), ==, "Nytt schemasystem");
  g_assert_cmpstr (sk_outcomes_view_get_cell_text (f->view, f->phone, JUNE), ==, "–");
  g_assert_nonnull (strstr (sk_outcomes_view_get_cell_label (f->view, f->phone, JUNE), "Nytt schemasystem"));
}

/* A comment is stored on the month's row and keeps its value. */
static void
test_comment (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(SkOutcome) o = NULL;
  GtkWidget *entry;

  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, APRIL));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "outcomes.comment", NULL);
  sk_test_spin ();
  entry = sk_outcomes_view_get_prompt (f->view);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Hög belastning i april");
  g_signal_emit_by_name (entry, "activate");
  sk_test_spin ();
  o = stored (f, "2024-04");
  g_assert_cmpstr (sk_outcome_get_comment (o), ==, "Hög belastning i april");
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (o), 91.1, 1e-9);
}

/* Arrows, Tab and digits work on the focused cell; Delete clears. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SkOutcome) o = NULL;
  GtkWidget *editor;

  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, 0));
  g_assert_true (press_key (f, GDK_KEY_Right));
  g_assert_true (press_key (f, GDK_KEY_Tab));
  assert_focus (f, f->phone, 2);
  g_assert_true (press_key (f, GDK_KEY_ISO_Left_Tab));
  g_assert_true (press_key (f, GDK_KEY_Down));
  g_assert_true (press_key (f, GDK_KEY_Up));
  assert_focus (f, f->phone, 1);

  /* A digit starts an edit that replaces the cell's text. */
  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, APRIL));
  g_assert_true (press_key (f, GDK_KEY_8));
  editor = sk_outcomes_view_get_editor (f->view);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, "8");
  gtk_editable_set_text (GTK_EDITABLE (editor), "88,5");
  g_assert_true (press_key (f, GDK_KEY_Tab)); /* commits and moves right */
  assert_focus (f, f->phone, MAY);
  o = stored (f, "2024-04");
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (o), 88.5, 1e-9);
  g_clear_object (&o);

  g_assert_true (press_key (f, GDK_KEY_Left));
  g_assert_true (press_key (f, GDK_KEY_Delete));
  o = stored (f, "2024-04");
  g_assert_null (o);
  g_assert_cmpstr (sk_outcomes_view_get_cell_text (f->view, f->phone, APRIL), ==, "");
}

/* Switching unit (and year) keeps the place in the grid. */
static void
test_switch_unit (Fixture       *f,
                  gconstpointer  data)
{
  /* Folktandvården does not report the phone indicator: list them all. */
  sk_outcomes_view_set_show_all (f->view, TRUE);
  sk_test_spin ();
  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, APRIL));
  g_assert_true (g_str_has_prefix (sk_outcomes_view_get_cell_text (f->view, f->phone, APRIL), "91,1"));

  g_assert_true (sk_outcomes_view_set_unit (f->view, f->ftv));
  sk_test_spin ();
  g_assert_cmpint (sk_outcomes_view_get_unit (f->view), ==, f->ftv);
  assert_focus (f, f->phone, APRIL);
  g_assert_cmpstr (sk_outcomes_view_get_cell_text (f->view, f->phone, APRIL), ==, "");

  g_assert_true (sk_outcomes_view_set_unit (f->view, f->vc));
  sk_test_spin ();
  assert_focus (f, f->phone, APRIL);
  g_assert_true (g_str_has_prefix (sk_outcomes_view_get_cell_text (f->view, f->phone, APRIL), "91,1"));

  g_object_set (f->view, "year", 2025, NULL);
  sk_test_spin ();
  g_object_set (f->view, "year", 2024, NULL);
  sk_test_spin ();
  assert_focus (f, f->phone, APRIL);
}

/* A value written by another program shows up, and the place stays. */
static void
test_external_change (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkStore) other = sk_store_open (f->path, NULL);
  g_autoptr(SkOutcome) o = sk_outcome_new ();

  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, JUNE));
  sk_outcome_set_indicator_id (o, f->phone);
  sk_outcome_set_unit_id (o, f->vc);
  sk_outcome_set_period (o, "2024-03");
  sk_outcome_set_kind (o, SK_OUTCOME_MONTH);
  sk_outcome_set_value (o, 77.5);
  g_assert_true (sk_store_set_outcome (other, o, NULL));
  for (int i = 0; i < 40 && !g_str_has_prefix (sk_outcomes_view_get_cell_text (f->view, f->phone, 2), "77,5"); i++)
    sk_test_wait_ms (100);
  g_assert_true (g_str_has_prefix (sk_outcomes_view_get_cell_text (f->view, f->phone, 2), "77,5"));
  assert_focus (f, f->phone, JUNE);
}

/* A change from elsewhere while typing leaves the typed text alone. */
static void
test_edit_survives_refresh (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SkStore) other = sk_store_open (f->path, NULL);
  g_autoptr(SkOutcome) o = sk_outcome_new ();
  g_autoptr(SkOutcome) may = NULL;
  GtkWidget *editor;

  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, MAY));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "outcomes.type", "s", "94");
  sk_test_spin ();
  sk_outcome_set_indicator_id (o, f->phone);
  sk_outcome_set_unit_id (o, f->vc);
  sk_outcome_set_period (o, "2024-02");
  sk_outcome_set_kind (o, SK_OUTCOME_MONTH);
  sk_outcome_set_value (o, 96);
  g_assert_true (sk_store_set_outcome (other, o, NULL));
  for (int i = 0; i < 40 && !g_str_has_prefix (sk_outcomes_view_get_cell_text (f->view, f->phone, 1), "96"); i++)
    sk_test_wait_ms (100);
  g_assert_true (g_str_has_prefix (sk_outcomes_view_get_cell_text (f->view, f->phone, 1), "96"));

  editor = sk_outcomes_view_get_editor (f->view);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, "94");
  g_signal_emit_by_name (editor, "activate");
  sk_test_spin ();
  may = stored (f, "2024-05");
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (may), 94.0, 1e-9);
}

/* Someone else saves the cell being edited: Enter is refused beside the
 * cell with both values named, the text stays, and their value is kept. */
static void
test_edit_conflict (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(SkStore) other = sk_store_open (f->path, NULL);
  g_autoptr(SkOutcome) o = sk_outcome_new ();
  g_autoptr(SkOutcome) may = NULL;
  GtkWidget *editor;
  const char *message;

  g_assert_true (sk_outcomes_view_focus_cell (f->view, f->phone, MAY));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "outcomes.type", "s", "94");
  sk_test_spin ();
  sk_store_set_user (other, "bo");
  sk_outcome_set_indicator_id (o, f->phone);
  sk_outcome_set_unit_id (o, f->vc);
  sk_outcome_set_period (o, "2024-05");
  sk_outcome_set_kind (o, SK_OUTCOME_MONTH);
  sk_outcome_set_value (o, 97);
  g_assert_true (sk_store_set_outcome (other, o, NULL));

  editor = sk_outcomes_view_get_editor (f->view);
  g_assert_nonnull (editor);
  g_signal_emit_by_name (editor, "activate");
  sk_test_spin ();
  g_assert_nonnull (sk_outcomes_view_get_editor (f->view));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sk_outcomes_view_get_editor (f->view))), ==, "94");
  message = sk_outcomes_view_get_error (f->view);
  g_test_message ("refused: %s", message);
  g_assert_nonnull (strstr (message, "bo"));
  g_assert_nonnull (strstr (message, "97"));
  g_assert_nonnull (strstr (message, "94"));
  may = stored (f, "2024-05");
  g_assert_cmpfloat_with_epsilon (sk_outcome_get_value (may), 97.0, 1e-9);
}

/* The year to date shows the reported figure with its marker. */
static void
test_reported_ytd (Fixture       *f,
                   gconstpointer  data)
{
  const char *label = sk_outcomes_view_get_cell_label (f->view, f->phone, SK_OUTCOMES_VIEW_YTD_COLUMN);

  g_assert_true (g_str_has_prefix (sk_outcomes_view_get_cell_text (f->view, f->phone, SK_OUTCOMES_VIEW_YTD_COLUMN),
                                   "92,3"));
  g_assert_nonnull (strstr (label, "reported"));
}

/* @widget's bounds in @area's coordinates, asserted to lie inside it. */
static void
assert_inside (GtkWidget       *widget,
               GtkWidget       *area,
               graphene_rect_t *bounds)
{
  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, area, bounds));
  g_assert_cmpfloat (bounds->origin.x, >=, -0.5);
  g_assert_cmpfloat (bounds->origin.y, >=, -0.5);
  g_assert_cmpfloat (bounds->origin.x + bounds->size.width, <=, gtk_widget_get_width (area) + 0.5);
  g_assert_cmpfloat (bounds->origin.y + bounds->size.height, <=, gtk_widget_get_height (area) + 0.5);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *prefix)
{
  if (GTK_IS_LABEL (root) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (root)), prefix))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, prefix);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
cell_in_sight (GtkWidget *cell,
               GtkWidget *body)
{
  graphene_rect_t b;

  return gtk_widget_compute_bounds (cell, body, &b) && b.origin.x >= 0 && b.origin.y >= 0
         && b.origin.x + b.size.width <= gtk_widget_get_width (body)
         && b.origin.y + b.size.height <= gtk_widget_get_height (body);
}

/* The cell is in sight and the header and the names have followed the
 * body's scrolling. */
static gboolean
scrolled_along (GtkWidget *cell,
                GtkWidget *body,
                GtkWidget *header,
                GtkWidget *names)
{
  GtkAdjustment *hadj = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (body));
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (body));

  return cell_in_sight (cell, body)
         && gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (header)))
            == gtk_adjustment_get_value (hadj)
         && gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (names)))
            == gtk_adjustment_get_value (vadj);
}

/* Far down and far right in a small window the header row and the names
 * stay in sight, lined up with the focused cell. */
static void
test_frozen_headers (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GListModel) indicators = sk_store_list_indicators (f->store, 2024);
  g_autoptr(SkIndicator) last = g_list_model_get_item (indicators, g_list_model_get_n_items (indicators) - 1);
  GtkWidget *view = GTK_WIDGET (f->view);
  GtkWidget *body = sk_test_find_named (view, "outcomes-body");
  GtkWidget *header = sk_test_find_named (view, "outcomes-header");
  GtkWidget *names = sk_test_find_named (view, "outcomes-names");
  GtkAdjustment *hadj, *vadj;
  GtkWidget *cell, *dec, *name, *corner;
  graphene_rect_t cell_b, dec_b, name_b, corner_b;

  g_assert_nonnull (body);
  g_assert_nonnull (header);
  g_assert_nonnull (names);
  gtk_window_set_default_size (f->window, 460, 420);
  hadj = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (body));
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (body));
  /* The window takes its new size in a few frames. */
  for (int i = 0; i < 100 && gtk_widget_get_width (GTK_WIDGET (f->window)) > 470; i++)
    sk_test_wait_ms (50);
  sk_test_wait_ms (200);
  /* Too small for everything, or there is nothing to test. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadj), >, gtk_adjustment_get_page_size (hadj));
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadj), >, gtk_adjustment_get_page_size (vadj));

  g_assert_true (sk_outcomes_view_focus_cell (f->view, sk_record_get_id (SK_RECORD (last)), 11));
  cell = gtk_window_get_focus (f->window);
  g_assert_true (SK_IS_OUTCOME_CELL (cell));
  /* Scrolling to the cell and the header and names following it take a
   * few frames, more on a loaded machine: wait for all of it, not a time. */
  for (int i = 0; i < 200 && !scrolled_along (cell, body, header, names); i++)
    sk_test_wait_ms (50);
  sk_test_wait_ms (100);
  g_assert_cmpfloat (gtk_adjustment_get_value (hadj), >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 0);
  assert_inside (cell, body, &cell_b);

  /* The header scrolled along sideways only: December is over its cell. */
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (header))),
                     ==, gtk_adjustment_get_value (hadj));
  dec = find_label (header, sk_month_abbrev (12));
  g_assert_nonnull (dec);
  assert_inside (dec, header, &dec_b);
  assert_inside (dec, view, &dec_b);
  assert_inside (cell, view, &cell_b);
  g_assert_cmpfloat_with_epsilon (dec_b.origin.x, cell_b.origin.x, 0.5);
  g_assert_cmpfloat_with_epsilon (dec_b.size.width, cell_b.size.width, 0.5);
  g_assert_cmpfloat (dec_b.origin.y + dec_b.size.height, <=, cell_b.origin.y);
  corner = find_label (view, _("Indicator"));
  g_assert_nonnull (corner);
  assert_inside (corner, view, &corner_b);

  /* The names scrolled along up and down only: the last name is beside its row. */
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (names))),
                     ==, gtk_adjustment_get_value (vadj));
  name = find_label (names, sk_indicator_get_name (last));
  g_assert_nonnull (name);
  assert_inside (name, names, &name_b);
  assert_inside (name, view, &name_b);
  g_assert_cmpfloat (name_b.origin.x + name_b.size.width, <=, cell_b.origin.x);
  g_assert_cmpfloat_with_epsilon (name_b.origin.y, cell_b.origin.y, 0.5);
  g_assert_cmpfloat_with_epsilon (name_b.size.height, cell_b.size.height, 0.5);
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

#define ADD(name, func) \
  g_test_add ("/outcomes/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("enter-value", test_enter_value);
  ADD ("refused", test_refused);
  ADD ("undo-redo", test_undo_redo);
  ADD ("missing", test_missing);
  ADD ("comment", test_comment);
  ADD ("keyboard", test_keyboard);
  ADD ("switch-unit", test_switch_unit);
  ADD ("external-change", test_external_change);
  ADD ("edit-survives-refresh", test_edit_survives_refresh);
  ADD ("edit-conflict", test_edit_conflict);
  ADD ("reported-ytd", test_reported_ytd);
  ADD ("frozen-headers", test_frozen_headers);
  return g_test_run ();
}
