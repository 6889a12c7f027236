/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-application.h"
#include "sk-app-resources.h"
#include "sk-window.h"

struct _SkApplication
{
  AdwApplication parent_instance;

  char *db_path;   /* --db */
  char *view;      /* --view */
  char *unit;      /* --unit */
  int   year;      /* --year */
  gboolean started; /* STYRKORT_FIRST_FRAME is set */
};

G_DEFINE_FINAL_TYPE (SkApplication, sk_application, ADW_TYPE_APPLICATION)

void
sk_app_resources_register (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      sk_app_register_resource ();
      g_once_init_leave (&once, 1);
    }
}

void
sk_application_setup_i18n (void)
{
  /* Uninstalled runs (and tests) find the freshly built catalogues. */
  const char *dir = g_file_test (BUILD_LOCALEDIR, G_FILE_TEST_IS_DIR) ? BUILD_LOCALEDIR : LOCALEDIR;

  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

SkApplication *
sk_application_new (void)
{
  return g_object_new (SK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/io/github/styrkort/Styrkort",
                       /* Several windows on one file are fine: each
                        * follows the others' changes through the store. */
                       "flags", G_APPLICATION_NON_UNIQUE,
                       NULL);
}

/* STYRKORT_FIRST_FRAME=<wall-clock µs when the program was started>: print
 * the time to the first painted frame, then to the first frame that shows
 * the view (made after the first one), and quit; for
 * build-aux/bench-startup.sh. After the paint, so layout and drawing count. */
static void
first_frame (GdkFrameClock *clock,
             SkWindow      *window)
{
  gint64 started = g_ascii_strtoll (g_getenv ("STYRKORT_FIRST_FRAME"), NULL, 10);
  double ms = (g_get_real_time () - started) / 1000.0;
  const char *page = sk_window_get_page (window);

  if (g_object_get_data (G_OBJECT (clock), "sk-first-frame") == NULL)
    g_print ("first frame after %.1f ms\n", ms);
  g_object_set_data (G_OBJECT (clock), "sk-first-frame", GINT_TO_POINTER (1));
  if (g_strcmp0 (page, "views") == 0
      && sk_window_peek_view (window, sk_window_get_visible_view (window)) == NULL)
    return;
  g_print ("view shown after %.1f ms\n", ms);
  g_signal_handlers_disconnect_by_func (clock, first_frame, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
sk_application_activate (GApplication *app)
{
  SkApplication *self = SK_APPLICATION (app);
  SkWindow *window;

  self->started = g_getenv ("STYRKORT_FIRST_FRAME") != NULL;
  window = sk_window_new (self, self->db_path);
  if (self->year > 0)
    sk_window_select_year (window, self->year);
  if (self->view != NULL)
    sk_window_show_view (window, self->view);
  if (self->unit != NULL)
    sk_window_select_unit (window, self->unit);
  gtk_window_present (GTK_WINDOW (window));
  if (self->started != 0)
    g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                      G_CALLBACK (first_frame), window);
}

static int
sk_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  SkApplication *self = SK_APPLICATION (app);

  g_variant_dict_lookup (options, "db", "^ay", &self->db_path);
  g_variant_dict_lookup (options, "view", "s", &self->view);
  g_variant_dict_lookup (options, "year", "i", &self->year);
  g_variant_dict_lookup (options, "unit", "s", &self->unit);
  return -1;
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       data)
{
  GtkApplication *app = data;
  const char *developers[] = { _("Styrkort contributors"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", "Styrkort",
                        "application-icon", APP_ID,
                        "developer-name", _("Styrkort contributors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Business plans, targets and outcomes of a public administration, "
                                      "followed month by month."),
                        "website", "https://github.com/styrkort/styrkort",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  g_application_quit (G_APPLICATION (data));
}

static void
dark_action (GSimpleAction *action,
             GVariant      *state,
             gpointer       data)
{
  gboolean dark = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_DEFAULT);
}

static void
sk_application_startup (GApplication *app)
{
  static const GActionEntry entries[] = {
    { "about", about_action },
    { "quit", quit_action },
    { "dark-mode", NULL, NULL, "false", dark_action },
  };

  sk_app_resources_register ();
  G_APPLICATION_CLASS (sk_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", (const char *[]) { "<Control>o", NULL });
  /* Ctrl+N stays free for "new item" in the views (application accels
   * run before the focused view's own shortcuts). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new-database", (const char *[]) { "<Control><Shift>n", NULL });
  for (int i = 1; i <= 9; i++)
    {
      g_autofree char *accel = g_strdup_printf ("<Alt>%d", i);
      g_autofree char *detailed = g_strdup_printf ("win.show-page(%d)", i);
      gtk_application_set_accels_for_action (GTK_APPLICATION (app), detailed, (const char *[]) { accel, NULL });
    }
  if (g_getenv ("STYRKORT_DARK") != NULL)
    g_action_group_change_action_state (G_ACTION_GROUP (app), "dark-mode", g_variant_new_boolean (TRUE));
}

static void
sk_application_finalize (GObject *object)
{
  SkApplication *self = SK_APPLICATION (object);

  g_free (self->db_path);
  g_free (self->view);
  g_free (self->unit);
  G_OBJECT_CLASS (sk_application_parent_class)->finalize (object);
}

static void
sk_application_class_init (SkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sk_application_finalize;
  app_class->activate = sk_application_activate;
  app_class->startup = sk_application_startup;
  app_class->handle_local_options = sk_application_handle_local_options;
}

static void
sk_application_init (SkApplication *self)
{
  const GOptionEntry options[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Open this database file"), N_("FILE") },
    { "view", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Start in this view (goals, indicators, outcomes, workenv, followup, plans, charts, board)"), N_("VIEW") },
    { "year", 0, 0, G_OPTION_ARG_INT, NULL, N_("Show the plan of this year"), N_("YEAR") },
    { "unit", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Show the outcomes of this unit (name or short name)"), N_("UNIT") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}
