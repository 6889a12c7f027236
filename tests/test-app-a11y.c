/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-app-a11y"

/* What a screen reader hears beyond a name (issue 10): each chart's text
 * alternative, and a drop-down's button naming the choice as it changes.
 * The AT-SPI audit of every view is check-a11y.sh. */
#include "config.h"

#include <string.h>

#include "app-test-util.h"
#include "sk-a11y.h"
#include "sk-chart-widget.h"
#include "sk-charts-view.h"

#define YEAR 2024

typedef struct
{
  char    *path;
  SkStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->path = sk_test_temp_db ("a11y");
  f->store = sk_test_example_store (f->path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->path);
}

/* Every small chart tells, without the picture, its latest month and
 * value, the target, the status and the trend. */
static void
test_chart_text (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *view = sk_charts_view_new ();
  GtkWindow *window;
  guint n, with_target = 0;

  g_object_set (view, "store", f->store, "year", YEAR, NULL);
  window = sk_test_show (view, 1100, 800);
  sk_test_spin ();
  n = sk_charts_view_get_n_charts (SK_CHARTS_VIEW (view));
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      SkChartWidget *chart = SK_CHART_WIDGET (sk_charts_view_get_chart (SK_CHARTS_VIEW (view), i));
      const char *summary = sk_chart_widget_get_summary (chart);
      const char *description = sk_chart_widget_get_description (chart);
      g_autofree char *year = g_strdup_printf (" %d: ", YEAR);

      g_test_message ("%s | %s", summary, description);
      g_assert_cmpstr (summary, !=, "");
      if (strstr (summary, "no values") != NULL)
        continue;
      /* The date and the value of the latest month, one sentence a line. */
      g_assert_nonnull (strstr (description, year));
      g_assert_null (strchr (description, '\n'));
      if (strstr (summary, ", target ") != NULL)
        {
          with_target++;
          g_assert_nonnull (strstr (description, "Target: "));
          g_assert_nonnull (strstr (description, "Status: "));
        }
    }
  g_assert_cmpuint (with_target, >, 0);
  sk_test_close (window);
}

/* The focused button of a drop-down says what it chooses and the choice,
 * and follows the choice. */
static void
test_dropdown_name (void)
{
  const char *items[] = { "Jan–Apr", "Jan–Aug", NULL };
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (items);
  GtkWidget *button = gtk_widget_get_first_child (dropdown);
  g_autofree char *error = NULL;

  g_object_ref_sink (dropdown);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  sk_a11y_name_dropdown (GTK_DROP_DOWN (dropdown), "Follow-up _period");
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Follow-up period");
  g_assert_null (error);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Follow-up period: Jan–Apr");
  g_assert_null (error);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Follow-up period: Jan–Aug");
  g_assert_null (error);
  g_object_unref (dropdown);
}

int
main (int argc, char **argv)
{
  /* The test backend keeps the accessible properties for checking;
   * "none" keeps none. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!sk_test_app_init (&argc, &argv))
    return 0;

  g_test_add ("/a11y/chart-text", Fixture, NULL, fixture_setup, test_chart_text, fixture_teardown);
  g_test_add_func ("/a11y/dropdown-name", test_dropdown_name);
  return g_test_run ();
}
