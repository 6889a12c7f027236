/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app on a PostgreSQL server (issue 12): a window on an address says
 * where it is connected and never the password; a board login reads only;
 * "Connect to Server…" builds the address from what was typed and shows
 * a refusal in Swedish. Needs SK_TEST_PG (an administrator's connection
 * string, set by the test command); skipped without it. */

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "app-test-keys.h"
#include "app-test-util.h"
#include "sk-connect-dialog.h"
#include "sk-exchange.h"
#include "sk-store-address.h"
#include "sk-store-pg-schema.h"
#include "sk-store-rights.h"
#include "sk-window-server.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGconn, PQfinish)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, PQclear)

/* Characters that would break an address written by hand. */
#define BOARD_PASSWORD "pw&x@y z=%/'?"
#define GOAL "Stärka krisberedskap genom systematisk kontinuitetshantering"

typedef struct
{
  char *dbname;    /* made for this run, with a space, å and "&" in its name */
  char *board;     /* login roles, cluster-wide: named after the process */
  char *editor;
  char *planner;
} Server;

static Server server;

static void
run_sql (PGconn     *conn,
         const char *sql)
{
  g_autoptr(PGresult) res = PQexec (conn, sql);

  if (PQresultStatus (res) != PGRES_COMMAND_OK && PQresultStatus (res) != PGRES_TUPLES_OK)
    g_error ("%.200s: %s", sql, PQresultErrorMessage (res));
}

static PGconn *
connect_admin (const char *dbname)
{
  const char *keys[] = { "dbname", "dbname", NULL };
  const char *values[] = { g_getenv ("SK_TEST_PG"), dbname, NULL };
  PGconn *conn = PQconnectdbParams (keys, values, 1);

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("cannot connect: %s", PQerrorMessage (conn));
  PQsetNoticeProcessor (conn, NULL, NULL);
  return conn;
}

/* The admin's address with another database, user and password. */
static char *
address_for (const char *user,
             const char *password)
{
  g_autoptr(SkStoreAddress) address = sk_store_address_parse (g_getenv ("SK_TEST_PG"));

  g_assert_nonnull (address);
  g_free (address->dbname);
  address->dbname = g_strdup (server.dbname);
  if (user != NULL)
    {
      g_free (address->user);
      address->user = g_strdup (user);
    }
  g_free (address->password);
  address->password = g_strdup (password);
  return sk_store_address_to_string (address, TRUE);
}

static void
make_database (void)
{
  g_autoptr(PGconn) admin = connect_admin (NULL);
  g_autoptr(PGconn) db = NULL;
  g_autoptr(SkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *address = NULL;
  g_autofree char *sql = NULL;
  char *quoted;

  server.dbname = g_strdup_printf ("sk app plan å&%d", (int) getpid ());
  server.board = g_strdup_printf ("sk_board_%d", (int) getpid ());
  server.editor = g_strdup_printf ("sk_ed_%d", (int) getpid ());
  server.planner = g_strdup_printf ("sk_planner_%d", (int) getpid ());
  quoted = PQescapeIdentifier (admin, server.dbname, strlen (server.dbname));
  sql = g_strdup_printf ("CREATE DATABASE %s", quoted);
  PQfreemem (quoted);
  run_sql (admin, sql);

  /* The administrator makes the plan through the store, as the CLI's init does. */
  address = address_for (NULL, NULL);
  store = sk_store_open_full (address, SK_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (store, &error));
  g_assert_no_error (error);

  db = connect_admin (server.dbname);
  run_sql (db, SK_STORE_PG_ROLES);
  {
    char *pw = PQescapeLiteral (db, BOARD_PASSWORD, strlen (BOARD_PASSWORD));
    g_autofree char *users = g_strdup_printf ("SELECT styrkort_create_user('%s', 'board', %s);"
                                              "SELECT styrkort_grant_editor('%s', 'Vårdcentralen Halland');"
                                              "SELECT styrkort_create_user('%s', 'planner')",
                                              server.board, pw, server.editor, server.planner);
    PQfreemem (pw);
    run_sql (db, users);
  }
}

static void
drop_database (void)
{
  g_autoptr(PGconn) admin = connect_admin (NULL);
  char *quoted = PQescapeIdentifier (admin, server.dbname, strlen (server.dbname));
  g_autofree char *drop = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)", quoted);
  g_autofree char *roles = g_strdup_printf ("DROP ROLE IF EXISTS %s; DROP ROLE IF EXISTS %s;"
                                            "DROP ROLE IF EXISTS %s",
                                            server.board, server.editor, server.planner);

  PQfreemem (quoted);
  /* One statement: DROP DATABASE runs outside a transaction only. */
  run_sql (admin, drop);
  run_sql (admin, roles);
  g_free (server.dbname);
  g_free (server.board);
  g_free (server.editor);
  g_free (server.planner);
}

static char *
subtitle_of (SkWindow *window)
{
  AdwViewSwitcherTitle *title = ADW_VIEW_SWITCHER_TITLE (sk_test_find_shown_type (GTK_WIDGET (window),
                                                                               ADW_TYPE_VIEW_SWITCHER_TITLE));

  g_assert_nonnull (title);
  return g_strdup (adw_view_switcher_title_get_subtitle (title));
}

/* ---- The window on a server ---- */

static void
test_window_title (void)
{
  g_autofree char *address = address_for (NULL, "not-shown-secret");
  g_autofree char *expected = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *labels = NULL;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.styrkort.Styrkort");
  g_autofree char *remembered = NULL;
  g_autoptr(SkStoreAddress) parsed = sk_store_address_parse (g_getenv ("SK_TEST_PG"));
  SkWindow *window = sk_test_window_open (address, 1100, 800);
  const char *title = gtk_window_get_title (GTK_WINDOW (window));

  g_assert_nonnull (sk_window_get_store (window));
  g_assert_cmpstr (sk_window_get_page (window), !=, "error");
  /* "database @ server (user)", here a socket folder or a host. */
  expected = g_strdup_printf ("%s @ %s", server.dbname, parsed->host != NULL ? parsed->host : "localhost");
  g_test_message ("title: %s", title);
  g_assert_true (g_str_has_prefix (title, expected));
  g_assert_nonnull (strstr (title, "(postgres)"));
  g_assert_null (strstr (title, "secret"));
  subtitle = subtitle_of (window);
  g_assert_true (g_str_has_prefix (subtitle, expected));
  g_assert_null (strstr (subtitle, "secret"));

  /* Remembered for the dialog, without the password; the last file is kept. */
  remembered = g_settings_get_string (settings, "last-server");
  g_assert_true (sk_store_address_is_server (remembered));
  g_assert_null (strstr (remembered, "secret"));

  /* An administrator: no banner, and the file's backup has no place here. */
  g_assert_null (sk_window_server_get_note (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.backup", NULL);
  sk_test_spin ();
  g_assert_null (sk_test_find_shown_window (GTK_TYPE_FILE_CHOOSER_DIALOG));

  /* The plan comes from the server. */
  sk_window_select_year (window, 2025);
  sk_window_show_view (window, "goals");
  sk_test_spin ();
  labels = sk_test_labels_of (sk_window_get_view (window, "goals"));
  g_assert_nonnull (strstr (labels, GOAL));
  sk_test_close (GTK_WINDOW (window));
}

static void
test_board_reads_only (void)
{
  g_autofree char *address = address_for (server.board, BOARD_PASSWORD);
  g_autofree char *note = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) direct = NULL;
  SkWindow *window = sk_test_window_open (address, 1100, 800);
  SkStore *store = sk_window_get_store (window);
  g_autoptr(SkUnit) unit = NULL;

  g_assert_nonnull (store);
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), "pw&x"));
  /* The same read-only state as a read-only file: the views switch editing off. */
  g_assert_true (sk_store_is_read_only (store));
  note = g_strdup_printf ("Inloggad som %s (nämnd): endast läsning", server.board);
  g_assert_cmpstr (sk_window_server_get_note (window), ==, note);
  unit = sk_store_add_unit (store, 0, "Ny enhet", "", &error);
  g_assert_null (unit);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, note);
  g_clear_error (&error);

  /* The goals still show. */
  sk_window_select_year (window, 2025);
  sk_window_show_view (window, "goals");
  sk_test_spin ();
  {
    g_autofree char *labels = sk_test_labels_of (sk_window_get_view (window, "goals"));
    g_assert_nonnull (strstr (labels, GOAL));
  }
  sk_test_close (GTK_WINDOW (window));

  /* Past the app, the server itself refuses, and the store says so in Swedish. */
  direct = sk_store_open_full (address, SK_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_false (sk_store_is_read_only (direct));
  unit = sk_store_add_unit (direct, 0, "Ny enhet", "", &error);
  g_assert_null (unit);
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "Servern nekade ändringen"));
}

static void
test_editor_units (void)
{
  g_autofree char *address = address_for (server.editor, NULL);
  g_autofree char *note = g_strdup_printf ("Inloggad som %s: utfall för Vårdcentralen Halland", server.editor);
  g_autoptr(GError) error = NULL;
  SkWindow *window = sk_test_window_open (address, 1100, 800);
  g_autoptr(SkStoreRights) rights = sk_store_get_rights (sk_window_get_store (window), &error);

  g_assert_no_error (error);
  g_assert_true (rights->roles & SK_STORE_ROLE_EDITOR);
  g_assert_false (rights->roles & (SK_STORE_ROLE_ADMIN | SK_STORE_ROLE_BOARD | SK_STORE_ROLE_PLANNER));
  g_assert_cmpstr (rights->units[0], ==, "Vårdcentralen Halland");
  g_assert_false (sk_store_is_read_only (sk_window_get_store (window)));
  g_assert_cmpstr (sk_window_server_get_note (window), ==, note);

  /* Its unit and the units under it, by the server's own rule; not another. */
  {
    SkStore *store = sk_window_get_store (window);
    g_autofree char *refusal = g_strdup_printf ("Utfallen för den här enheten får du inte ändra: "
                                                "du är inloggad som %s.", server.editor);

    g_assert_true (sk_store_check_unit_rights (store, sk_test_unit_id (store, "Vårdcentralen Halland"), &error));
    g_assert_no_error (error);
    g_assert_true (sk_store_check_unit_rights (store, sk_test_unit_id (store, "Särskilda uppdrag"), &error));
    g_assert_no_error (error);
    g_assert_false (sk_store_check_unit_rights (store, sk_test_unit_id (store, "Folktandvården Halland"), &error));
    g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_READ_ONLY);
    g_assert_cmpstr (error->message, ==, refusal);
  }
  sk_test_close (GTK_WINDOW (window));
}

/* A planner writes (draft plans): not read-only, and told what for. */
static void
test_planner (void)
{
  g_autofree char *address = address_for (server.planner, NULL);
  g_autofree char *note = g_strdup_printf ("Inloggad som %s (planerare): mål och målvärden i planförslag",
                                           server.planner);
  SkWindow *window = sk_test_window_open (address, 1100, 800);

  g_assert_nonnull (sk_window_get_store (window));
  g_assert_false (sk_store_is_read_only (sk_window_get_store (window)));
  g_assert_cmpstr (sk_window_server_get_note (window), ==, note);
  sk_test_close (GTK_WINDOW (window));
}

/* A server that does not answer at start: the error page names it as
 * the title does, never with the password, and offers another server. */
static void
test_start_refused (void)
{
  g_autoptr(SkStoreAddress) address = sk_store_address_parse (g_getenv ("SK_TEST_PG"));
  g_autofree char *uri = NULL;
  g_autofree char *expected = NULL;
  SkWindow *window;
  AdwStatusPage *page;

  g_free (address->port);
  address->port = g_strdup ("1");
  g_free (address->password);
  address->password = g_strdup ("hemligt-lösen");
  uri = sk_store_address_to_string (address, TRUE);
  window = sk_test_window_open (uri, 1100, 800);
  g_assert_cmpstr (sk_window_get_page (window), ==, "error");
  page = ADW_STATUS_PAGE (sk_test_find_shown_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE));
  g_assert_nonnull (page);
  g_test_message ("%s: %s", adw_status_page_get_title (page), adw_status_page_get_description (page));
  expected = sk_store_address_describe (address);
  g_assert_nonnull (strstr (adw_status_page_get_title (page), expected));
  g_assert_null (strstr (adw_status_page_get_title (page), "hemligt"));
  g_assert_null (strstr (adw_status_page_get_description (page), "hemligt"));
  g_assert_true (g_str_has_prefix (adw_status_page_get_description (page), "Det gick inte att ansluta"));
  g_assert_nonnull (sk_test_find_shown_button (GTK_WIDGET (window), "_Anslut till server…"));
  sk_test_close (GTK_WINDOW (window));
}

/* ---- Connect to Server… ---- */

static void
wait_connected (SkConnectDialog *dialog)
{
  while (sk_connect_dialog_is_busy (dialog))
    g_main_context_iteration (NULL, TRUE);
  sk_test_spin ();
}

static void
test_dialog_builds_address (void)
{
  g_autoptr(SkStoreAddress) admin = sk_store_address_parse (g_getenv ("SK_TEST_PG"));
  SkWindow *window = sk_test_window_open (NULL, 1100, 800);
  g_autoptr(SkConnectDialog) dialog = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autoptr(SkStoreAddress) back = NULL;
  g_autofree char *expected = NULL;

  /* From the menu. Held: the dialog closes itself once connected. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.connect-server", NULL));
  sk_test_spin ();
  dialog = g_object_ref (SK_CONNECT_DIALOG (sk_test_find_shown_window (SK_TYPE_CONNECT_DIALOG)));
  sk_connect_dialog_set_fields (dialog, admin->host, admin->port, server.dbname, "postgres", BOARD_PASSWORD);
  with = sk_connect_dialog_get_address (dialog, TRUE);
  without = sk_connect_dialog_get_address (dialog, FALSE);
  g_test_message ("address: %s", with);
  back = sk_store_address_parse (with);
  g_assert_cmpstr (back->dbname, ==, server.dbname);
  g_assert_cmpstr (back->password, ==, BOARD_PASSWORD);
  g_assert_cmpstr (back->host, ==, admin->host);
  g_assert_null (strstr (without, "pw"));
  g_assert_null (strstr (with, " "));

  /* The server finds the database of that name: the escaping held. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.connect", NULL);
  wait_connected (dialog);
  g_assert_cmpstr (sk_connect_dialog_get_error (dialog), ==, NULL);
  g_assert_nonnull (sk_window_get_store (window));
  g_assert_true (sk_store_address_is_server (sk_store_get_path (sk_window_get_store (window))));
  expected = g_strdup_printf ("%s @ ", server.dbname);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), expected));
  /* The dialog closed itself. */
  g_assert_null (sk_test_find_shown_window (SK_TYPE_CONNECT_DIALOG));
  sk_test_close (GTK_WINDOW (window));
}

/* An empty database on the server: connecting makes Styrkort's tables in
 * it and the window offers the example plan, which then loads there. */
static void
test_dialog_empty_database (void)
{
  g_autoptr(SkStoreAddress) admin = sk_store_address_parse (g_getenv ("SK_TEST_PG"));
  g_autoptr(PGconn) conn = connect_admin (NULL);
  g_autofree char *dbname = g_strdup_printf ("sk_app_empty_%d", (int) getpid ());
  g_autofree char *create = g_strdup_printf ("CREATE DATABASE %s", dbname);
  g_autofree char *drop = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)", dbname);
  SkWindow *window = sk_test_window_open (NULL, 1100, 800);
  g_autoptr(SkConnectDialog) dialog = NULL;

  run_sql (conn, create);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.connect-server", NULL));
  sk_test_spin ();
  dialog = g_object_ref (SK_CONNECT_DIALOG (sk_test_find_shown_window (SK_TYPE_CONNECT_DIALOG)));
  sk_connect_dialog_set_fields (dialog, admin->host, admin->port, dbname, "postgres", "");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.connect", NULL);
  wait_connected (dialog);
  g_assert_cmpstr (sk_connect_dialog_get_error (dialog), ==, NULL);
  g_assert_cmpint (sk_store_get_schema_version (sk_window_get_store (window)), ==, SK_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (sk_window_get_page (window), ==, "empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-example", NULL));
  for (int i = 0; i < 100 && g_strcmp0 (sk_window_get_page (window), "views") != 0; i++)
    sk_test_wait_ms (50);
  g_assert_cmpstr (sk_window_get_page (window), ==, "views");
  g_assert_false (sk_store_is_empty (sk_window_get_store (window)));
  sk_test_close (GTK_WINDOW (window));
  run_sql (conn, drop);
}

/* Enter connects with what is filled in; Escape closes. Real key presses. */
static void
test_dialog_keys (void)
{
  g_autofree char *file = sk_test_temp_db ("server-keys");
  SkWindow *window = sk_test_window_open (file, 1100, 800);
  g_autoptr(SkConnectDialog) dialog = NULL;
  g_autofree char *expected = g_strdup_printf ("%s @ ", server.dbname);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.connect-server", NULL);
  sk_test_spin ();
  dialog = g_object_ref (SK_CONNECT_DIALOG (sk_test_find_shown_window (SK_TYPE_CONNECT_DIALOG)));
  sk_test_focus_window (GTK_WINDOW (dialog));
  sk_test_press_key (GDK_KEY_Escape, 0);
  sk_test_spin ();
  g_assert_null (sk_test_find_shown_window (SK_TYPE_CONNECT_DIALOG));
  g_assert_false (sk_store_address_is_server (sk_store_get_path (sk_window_get_store (window))));
  g_clear_object (&dialog);

  /* Filled in with the last address; the focus waits in the password. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.connect-server", NULL);
  sk_test_spin ();
  dialog = g_object_ref (SK_CONNECT_DIALOG (sk_test_find_shown_window (SK_TYPE_CONNECT_DIALOG)));
  sk_test_focus_window (GTK_WINDOW (dialog));
  sk_test_press_key (GDK_KEY_Return, 0);
  sk_test_spin ();
  wait_connected (dialog);
  g_assert_cmpstr (sk_connect_dialog_get_error (dialog), ==, NULL);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), expected));
  g_assert_null (sk_test_find_shown_window (SK_TYPE_CONNECT_DIALOG));
  sk_test_close (GTK_WINDOW (window));
  g_unlink (file);
}

static void
test_dialog_refusal (void)
{
  g_autoptr(SkStoreAddress) admin = sk_store_address_parse (g_getenv ("SK_TEST_PG"));
  g_autofree char *file = sk_test_temp_db ("server-refusal");
  SkWindow *window = sk_test_window_open (file, 1100, 800);
  SkStore *before = sk_window_get_store (window);
  g_autoptr(SkConnectDialog) dialog = NULL;
  const char *shown;

  /* Filled in with the address last used, but the password. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.connect-server", NULL));
  sk_test_spin ();
  dialog = g_object_ref (SK_CONNECT_DIALOG (sk_test_find_shown_window (SK_TYPE_CONNECT_DIALOG)));
  g_assert_nonnull (dialog);
  {
    g_autofree char *prefilled = sk_connect_dialog_get_address (dialog, TRUE);
    g_autoptr(SkStoreAddress) last = sk_store_address_parse (prefilled);

    g_assert_cmpstr (last->dbname, ==, server.dbname);
    g_assert_cmpstr (last->host, ==, admin->host);
    g_assert_null (last->password);
  }
  /* Port 1: nobody listens there. */
  sk_connect_dialog_set_fields (dialog, admin->host, "1", server.dbname, "postgres", "hemligt-lösen");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.connect", NULL);
  wait_connected (dialog);
  shown = sk_connect_dialog_get_error (dialog);
  g_assert_nonnull (shown);
  g_test_message ("refusal: %s", shown);
  g_assert_true (g_str_has_prefix (shown, "Det gick inte att ansluta till PostgreSQL-servern"));
  g_assert_null (strstr (shown, "hemligt"));
  g_assert_true (sk_test_shows_label (GTK_WIDGET (dialog), shown));
  /* The file stays open. */
  g_assert_true (sk_window_get_store (window) == before);
  g_assert_nonnull (sk_test_find_shown_window (SK_TYPE_CONNECT_DIALOG));
  gtk_window_close (GTK_WINDOW (dialog));
  sk_test_spin ();
  g_assert_null (sk_test_find_shown_window (SK_TYPE_CONNECT_DIALOG));
  sk_test_close (GTK_WINDOW (window));
  g_unlink (file);
}

int
main (int argc, char *argv[])
{
  int status;

  /* The refusals are checked as a Swedish user reads them. */
  g_setenv ("LANGUAGE", "sv", TRUE);
  if (!sk_test_app_init (&argc, &argv))
    return 0;
  if (g_getenv ("SK_TEST_PG") == NULL)
    {
      g_print ("1..0 # SKIP SK_TEST_PG is not set\n");
      return 0;
    }
  make_database ();
  g_test_add_func ("/app-server/window-title", test_window_title);
  g_test_add_func ("/app-server/board-reads-only", test_board_reads_only);
  g_test_add_func ("/app-server/editor-units", test_editor_units);
  g_test_add_func ("/app-server/planner", test_planner);
  g_test_add_func ("/app-server/start-refused", test_start_refused);
  g_test_add_func ("/app-server/dialog-builds-address", test_dialog_builds_address);
  g_test_add_func ("/app-server/dialog-keys", test_dialog_keys);
  g_test_add_func ("/app-server/dialog-refusal", test_dialog_refusal);
  /* Last: it leaves the dialog's remembered address on its own database. */
  g_test_add_func ("/app-server/dialog-empty-database", test_dialog_empty_database);
  status = g_test_run ();
  drop_database ();
  return status;
}
