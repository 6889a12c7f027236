/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-definitions"

#include "config.h"

#include <string.h>

#include "app-test-util.h"
#include "sk-follow-up-view.h"
#include "sk-indicators-view.h"
#include "sk-outcomes-view.h"
#include "sk-charts-view.h"

/* Per-year definitions in the app: the 2024 follow-up shows the 2024
 * plan's names, and a choice in Indikatorer's side panel is kept when the
 * window closes right after it. */

typedef SkTestView Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->path = sk_test_example_draft_db ("sk-defs");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->path);
}

/* Whether a label below @root shows exactly @text. */
static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return TRUE;
  if (GTK_IS_INSCRIPTION (root) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (root)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

static void
test_follow_up_2024_names (Fixture       *f,
                           gconstpointer  data)
{
  f->store = sk_test_open_store (f->path);
  f->view = g_object_new (SK_TYPE_FOLLOW_UP_VIEW, "store", f->store, "year", 2024, NULL);
  f->window = sk_test_show (f->view, 1200, 900);
  sk_test_spin ();
  g_assert_true (has_label (f->view, "Svarstid Clinic24"));
  g_assert_false (has_label (f->view, "Svarstid digital vård / tandvård"));

  g_object_set (f->view, "year", 2025, NULL);
  sk_test_spin ();
  g_assert_true (has_label (f->view, "Svarstid digital vård / tandvård"));
  g_assert_false (has_label (f->view, "Svarstid Clinic24"));
  sk_test_close (f->window);
}

/* Diagram: one chart per indicator over the years shown, named as the
 * newest year shown (the plan year) defines it. */
static void
test_charts_names (Fixture       *f,
                   gconstpointer  data)
{
  f->store = sk_test_open_store (f->path);
  f->view = sk_charts_view_new ();
  g_object_set (f->view, "store", f->store, "year", 2024, NULL);
  f->window = sk_test_show (f->view, 1200, 900);
  sk_test_spin ();
  g_assert_true (has_label (f->view, "Svarstid Clinic24"));
  g_object_set (f->view, "year", 2025, NULL);
  sk_test_spin ();
  g_assert_true (has_label (f->view, "Svarstid digital vård / tandvård"));
  g_assert_false (has_label (f->view, "Svarstid Clinic24"));
  sk_test_close (f->window);
}

/* Utfall lists the year's register under the year's names. */
static void
test_outcomes_2024_names (Fixture       *f,
                          gconstpointer  data)
{
  f->store = sk_test_open_store (f->path);
  f->view = sk_outcomes_view_new ();
  g_autoptr(SkUnit) vc = sk_store_find_unit (f->store, "Vårdcentralen Halland", NULL);

  g_object_set (f->view, "store", f->store, "year", 2024, NULL);
  g_assert_true (sk_outcomes_view_set_unit (SK_OUTCOMES_VIEW (f->view), sk_record_get_id (SK_RECORD (vc))));
  f->window = sk_test_show (f->view, 1200, 900);
  sk_test_spin ();
  g_assert_true (has_label (f->view, "Svarstid Clinic24 (min)"));
  g_assert_false (has_label (f->view, "Svarstid digital vård / tandvård (min)"));
  sk_test_close (f->window);
}

static SkIndicator *
find (SkStore    *store,
      const char *name)
{
  g_autoptr(GError) error = NULL;
  SkIndicator *ind = sk_store_find_indicator (store, name, &error);

  g_assert_no_error (error);
  return ind;
}

static AdwComboRow *
combo_titled (GtkWidget  *root,
              const char *title)
{
  if (ADW_IS_COMBO_ROW (root)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return ADW_COMBO_ROW (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = combo_titled (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The bug: a new "Ansvarig enhet" or "Perspektiv" was lost when the
 * window closed before another row was chosen, and the row kept the old
 * value until then. */
static void
test_choice_kept_on_close (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkIndicator) after = NULL;
  g_autoptr(SkIndicator) y2025 = NULL;
  g_autoptr(SkUnit) ftv = NULL;
  AdwComboRow *perspective, *responsible;
  gint64 id;

  f->store = sk_test_open_store (f->path);
  ind = find (f->store, "OSA-index");
  id = sk_record_get_id (SK_RECORD (ind));
  ftv = sk_store_find_unit (f->store, "Folktandvården Halland", NULL);
  g_assert_nonnull (ftv);
  f->view = g_object_new (SK_TYPE_INDICATORS_VIEW, "store", f->store, "year", 2026, NULL);
  f->window = sk_test_show (f->view, 1100, 800);
  gtk_widget_activate_action (f->view, "indicators.select", "x", id);
  sk_test_spin ();

  /* The perspective: saved at once, the row moves with it. */
  perspective = combo_titled (f->view, "Perspective");
  g_assert_nonnull (perspective);
  adw_combo_row_set_selected (perspective, SK_PERSPECTIVE_OPERATIONS);
  sk_test_spin ();
  after = sk_store_get_indicator_in_year (f->store, id, 2026);
  g_assert_cmpint (sk_indicator_get_perspective (after), ==, SK_PERSPECTIVE_OPERATIONS);
  g_clear_object (&after);
  /* The side panel's history says what changed, in which year. */
  g_assert_true (has_label (f->view, "Perspective in the 2026 plan"));

  /* The responsible unit, then the window is closed at once. */
  responsible = combo_titled (f->view, "Responsible unit");
  g_assert_nonnull (responsible);
  for (guint i = 0; i < g_list_model_get_n_items (adw_combo_row_get_model (responsible)); i++)
    {
      g_autoptr(GtkStringObject) s = g_list_model_get_item (adw_combo_row_get_model (responsible), i);

      if (g_strcmp0 (gtk_string_object_get_string (s), "Folktandvården Halland") == 0)
        adw_combo_row_set_selected (responsible, i);
    }
  /* The register's row shows it before any other row is chosen. */
  sk_test_spin ();
  g_assert_true (has_label (f->view, "Folktandvården Halland"));
  gtk_window_close (f->window);
  sk_test_spin ();
  g_clear_object (&f->store);

  f->store = sk_test_open_store (f->path);
  after = sk_store_get_indicator_in_year (f->store, id, 2026);
  g_assert_cmpint (sk_indicator_get_perspective (after), ==, SK_PERSPECTIVE_OPERATIONS);
  g_assert_cmpint (sk_indicator_get_responsible_unit_id (after), ==, sk_record_get_id (SK_RECORD (ftv)));
  /* Only the 2026 draft changed. */
  y2025 = sk_store_get_indicator_in_year (f->store, id, 2025);
  g_assert_cmpint (sk_indicator_get_perspective (y2025), ==, SK_PERSPECTIVE_STAFF);
}

/* A choice and an immediate close, with no main-loop turn between. */
static void
test_close_right_after_choice (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkIndicator) after = NULL;
  AdwComboRow *direction;
  gint64 id;

  f->store = sk_test_open_store (f->path);
  ind = find (f->store, "HME-Index");
  id = sk_record_get_id (SK_RECORD (ind));
  f->view = g_object_new (SK_TYPE_INDICATORS_VIEW, "store", f->store, "year", 2026, NULL);
  f->window = sk_test_show (f->view, 1100, 800);
  gtk_widget_activate_action (f->view, "indicators.select", "x", id);
  sk_test_spin ();
  direction = combo_titled (f->view, "Better is");
  g_assert_nonnull (direction);
  adw_combo_row_set_selected (direction, SK_DIRECTION_LOWER);
  gtk_window_close (f->window);
  sk_test_spin ();
  g_clear_object (&f->store);

  f->store = sk_test_open_store (f->path);
  after = sk_store_get_indicator_in_year (f->store, id, 2026);
  g_assert_cmpint (sk_indicator_get_direction (after), ==, SK_DIRECTION_LOWER);
}

int
main (int    argc,
      char **argv)
{
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add ("/app-definitions/follow-up-2024-names", Fixture, NULL, fixture_setup, test_follow_up_2024_names, fixture_teardown);
  g_test_add ("/app-definitions/outcomes-2024-names", Fixture, NULL, fixture_setup, test_outcomes_2024_names, fixture_teardown);
  g_test_add ("/app-definitions/charts-names", Fixture, NULL, fixture_setup, test_charts_names, fixture_teardown);
  g_test_add ("/app-definitions/choice-kept-on-close", Fixture, NULL, fixture_setup, test_choice_kept_on_close, fixture_teardown);
  g_test_add ("/app-definitions/close-right-after-choice", Fixture, NULL, fixture_setup, test_close_right_after_choice, fixture_teardown);
  return g_test_run ();
}
