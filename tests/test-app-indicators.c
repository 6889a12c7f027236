/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-indicators"

#include "config.h"

#include <glib/gstdio.h>

#include "app-test-util.h"
#include "sk-exchange.h"
#include "sk-indicators-view.h"

/* The indicator register: targets are read back while typing, stored as
 * written, and locked in an adopted plan. */

typedef SkTestView Fixture;

static void
open_view (Fixture *f,
           int      year)
{
  sk_test_view_open (f, SK_TYPE_INDICATORS_VIEW, year, 1100, 800);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->path = sk_test_example_draft_db ("sk-ind");
}

static SkIndicator *
find_indicator (SkStore    *store,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  SkIndicator *ind = sk_store_find_indicator (store, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ind);
  return ind;
}

static char *
describe (const char  *text,
          SkDirection  direction)
{
  g_autoptr(SkTarget) target = sk_target_new (text);

  return sk_target_describe (target, direction);
}

static void
select_indicator (Fixture     *f,
                  SkIndicator *ind)
{
  gtk_widget_activate_action (f->view, "indicators.select", "x", sk_record_get_id (SK_RECORD (ind)));
  sk_test_spin ();
}

/* Typing a target shows at once how it is understood, or why not. */
static void
test_target_feedback (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = NULL;
  g_autofree char *measurable = NULL;
  g_autofree char *unmeasurable = NULL;
  g_autoptr(SkTarget) stored = NULL;
  GtkWidget *entry, *label;

  open_view (f, 2026);
  ind = find_indicator (f->store, "Sjukfrånvaro");
  select_indicator (f, ind);
  entry = sk_test_find_named (f->view, "target-entry");
  label = sk_test_find_named (f->view, "target-description");
  g_assert_nonnull (entry);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_sensitive (entry));
  /* The stored 2026 target (copied from 2025) is shown. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "<5,4 %");

  gtk_editable_set_text (GTK_EDITABLE (entry), ">95 %");
  measurable = describe (">95 %", sk_indicator_get_direction (ind));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, measurable);
  g_assert_false (gtk_widget_has_css_class (label, "error"));

  gtk_editable_set_text (GTK_EDITABLE (entry), "bra");
  unmeasurable = describe ("bra", sk_indicator_get_direction (ind));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, unmeasurable);
  g_assert_cmpstr (unmeasurable, !=, measurable);
  g_assert_true (gtk_widget_has_css_class (label, "error"));

  /* Saved as written, although it cannot be measured. */
  g_signal_emit_by_name (entry, "activate");
  sk_test_spin ();
  sk_test_view_close (f);

  f->store = sk_test_open_store (f->path);
  stored = sk_store_get_target (f->store, sk_record_get_id (SK_RECORD (ind)), 2026);
  g_assert_nonnull (stored);
  g_assert_cmpstr (sk_target_get_text (stored), ==, "bra");
  g_assert_false (sk_target_is_measurable (stored));
  g_clear_object (&f->store);

  /* Reopened, the editor shows it again and flags it. */
  open_view (f, 2026);
  select_indicator (f, ind);
  entry = sk_test_find_named (f->view, "target-entry");
  label = sk_test_find_named (f->view, "target-description");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "bra");
  g_assert_true (gtk_widget_has_css_class (label, "error"));
  sk_test_view_close (f);
}

/* An adopted plan's targets cannot be edited; a draft's can. */
static void
test_adopted_locked (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkTarget) stored = NULL;
  GtkWidget *entry;

  open_view (f, 2025);
  ind = find_indicator (f->store, "Personalomsättning");
  select_indicator (f, ind);
  entry = sk_test_find_named (f->view, "target-entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "<14,5 %");
  g_assert_false (gtk_widget_is_sensitive (entry));

  /* Even if the text changed, saving is refused: the stored target stays. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "<10 %");
  gtk_widget_activate_action (f->view, "indicators.save", NULL);
  sk_test_spin ();

  /* Switching to the draft year unlocks the same indicator. */
  g_object_set (f->view, "year", 2026, NULL);
  sk_test_spin ();
  select_indicator (f, ind);
  entry = sk_test_find_named (f->view, "target-entry");
  g_assert_true (gtk_widget_is_sensitive (entry));
  sk_test_view_close (f);

  f->store = sk_test_open_store (f->path);
  stored = sk_store_get_target (f->store, sk_record_get_id (SK_RECORD (ind)), 2025);
  g_assert_cmpstr (sk_target_get_text (stored), ==, "<14,5 %");
  g_clear_object (&f->store);
}

static guint
register_size (SkStore *store,
               int      year)
{
  g_autoptr(GListModel) list = sk_store_list_indicators (store, year);

  return g_list_model_get_n_items (list);
}

/* "New indicator" adds one to the year's register, and only there. */
static void
test_new_indicator (Fixture       *f,
                    gconstpointer  data)
{
  guint before_2026, before_2025;
  g_autoptr(SkIndicator) ind = NULL;

  open_view (f, 2026);
  before_2026 = register_size (f->store, 2026);
  before_2025 = register_size (f->store, 2025);
  gtk_widget_activate_action (f->view, "indicators.new", NULL);
  sk_test_spin ();
  sk_test_view_close (f);

  f->store = sk_test_open_store (f->path);
  g_assert_cmpuint (register_size (f->store, 2026), ==, before_2026 + 1);
  g_assert_cmpuint (register_size (f->store, 2025), ==, before_2025);
  ind = sk_store_find_indicator (f->store, "New indicator", NULL);
  g_assert_nonnull (ind);
  g_clear_object (&f->store);

  /* In the adopted year the action does nothing. */
  open_view (f, 2025);
  gtk_widget_activate_action (f->view, "indicators.new", NULL);
  sk_test_spin ();
  g_assert_cmpuint (register_size (f->store, 2025), ==, before_2025);
  sk_test_view_close (f);
}

/* Saving keeps the selection through the refresh that follows; choosing
 * another indicator saves what was typed. */
static void
test_edit_keeps_selection (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkIndicator) after = NULL;
  g_autoptr(SkIndicator) other = NULL;
  g_autoptr(SkTarget) target = NULL;
  GtkWidget *entry;

  open_view (f, 2026);
  ind = find_indicator (f->store, "OSA-index");
  select_indicator (f, ind);
  entry = sk_test_find_named (f->view, "target-entry");
  gtk_editable_set_text (GTK_EDITABLE (entry), ">70");
  gtk_widget_activate_action (f->view, "indicators.save", NULL);
  sk_test_spin ();
  /* Still the same indicator in the editor after the store's refresh. */
  entry = sk_test_find_named (f->view, "target-entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, ">70");

  /* A change made elsewhere does not undo what is being typed. */
  gtk_editable_set_text (GTK_EDITABLE (entry), ">72");
  other = find_indicator (f->store, "HME-Index");
  g_assert_true (sk_store_set_target (f->store, sk_record_get_id (SK_RECORD (other)), 2026, ">80", NULL));
  g_assert_true (sk_store_set_target (f->store, sk_record_get_id (SK_RECORD (other)), 2026, ">81", NULL));
  sk_test_spin ();
  entry = sk_test_find_named (f->view, "target-entry");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, ">72");

  /* Choosing another indicator keeps what was typed for this one. */
  select_indicator (f, other);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, ">81");
  sk_test_view_close (f);

  f->store = sk_test_open_store (f->path);
  after = sk_store_get_indicator (f->store, sk_record_get_id (SK_RECORD (ind)));
  g_assert_cmpstr (sk_indicator_get_name (after), ==, "OSA-index");
  target = sk_store_get_target (f->store, sk_record_get_id (SK_RECORD (ind)), 2026);
  g_assert_cmpstr (sk_target_get_text (target), ==, ">72");
  g_clear_object (&f->store);
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Sorting by a column sorts within each perspective; the perspectives
 * keep the plan's order with their heading first. */
static void
test_sort_within_perspective (Fixture       *f,
                              gconstpointer  data)
{
  GtkColumnView *table;
  g_autoptr(GListModel) columns = NULL;
  g_autoptr(GtkColumnViewColumn) name_column = NULL;
  GListModel *rows;
  int perspective = -1;
  g_autofree char *previous = NULL;
  g_autofree char *name = NULL;
  guint headers = 0;

  open_view (f, 2025);
  table = GTK_COLUMN_VIEW (find_type (f->view, GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (table);
  columns = g_object_ref (gtk_column_view_get_columns (table));
  name_column = g_list_model_get_item (columns, 0);
  gtk_column_view_sort_by_column (table, name_column, GTK_SORT_DESCENDING);
  sk_test_spin ();

  rows = G_LIST_MODEL (gtk_column_view_get_model (table));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (!SK_IS_INDICATOR (row))
        {
          /* A heading starts the next perspective. */
          headers++;
          g_clear_pointer (&previous, g_free);
          continue;
        }
      g_assert_cmpint (headers, >, 0);
      g_assert_cmpint (sk_indicator_get_perspective (SK_INDICATOR (row)), >=, perspective);
      perspective = sk_indicator_get_perspective (SK_INDICATOR (row));
      g_assert_cmpint (perspective, ==, (int) headers - 1);
      /* As GtkStringSorter compares: case-folded, collated. */
      name = g_utf8_casefold (sk_indicator_get_name (SK_INDICATOR (row)), -1);
      if (previous != NULL)
        g_assert_cmpint (g_utf8_collate (previous, name), >=, 0);
      g_free (previous);
      previous = g_steal_pointer (&name);
    }
  g_assert_cmpuint (headers, ==, SK_N_PERSPECTIVES);
  sk_test_view_close (f);
}

int
main (int argc, char *argv[])
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add ("/indicators/target-feedback", Fixture, NULL, fixture_setup, test_target_feedback, sk_test_view_tear_down);
  g_test_add ("/indicators/adopted-locked", Fixture, NULL, fixture_setup, test_adopted_locked, sk_test_view_tear_down);
  g_test_add ("/indicators/new", Fixture, NULL, fixture_setup, test_new_indicator, sk_test_view_tear_down);
  g_test_add ("/indicators/sort", Fixture, NULL, fixture_setup, test_sort_within_perspective, sk_test_view_tear_down);
  g_test_add ("/indicators/edit-keeps-selection", Fixture, NULL, fixture_setup, test_edit_keeps_selection,
              sk_test_view_tear_down);
  return g_test_run ();
}
