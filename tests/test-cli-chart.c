/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-chart"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"

/* `styrkort-cli chart --output` as the file leaves the app: a PDF on an A4
 * page, the whole indicator name (never cut), the measure unit, the period
 * shown, the date of the data, and "Fictional outcomes" exactly when demo
 * figures are drawn; PNG a sheet of the size asked for plus its header.
 * Read back with poppler's pdfinfo/pdftotext, as a person's PDF viewer would. */

#define LONG_NAME "Vårdgaranti primärvård (utifrån SKR) – telefontillgänglighet, kontakt inom 0 dagar"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture *fx, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("styrkort-cli-chart-XXXXXX", &error);
  g_assert_no_error (error);
  fx->db = g_build_filename (fx->dir, "plan.db", NULL);
}

static void
fixture_tear_down (Fixture *fx, gconstpointer data)
{
  sk_test_remove_tree (fx->dir);
  g_free (fx->dir);
  g_free (fx->db);
}

static void
run_cli (Fixture    *fx,
         gboolean    swedish,
         SkCliRun   *run,
         const char *first,
         ...)
{
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fx->dir, TRUE);
  va_list args;

  if (swedish)
    envp = sk_cli_env_swedish (envp, "sv_SE.UTF-8");
  va_start (args, first);
  sk_cli_run_db_va (run, envp, fx->db, first, args);
  va_end (args);
}

#define RUN(fx, sv, run, ...) run_cli (fx, sv, run, __VA_ARGS__, NULL)

static void
load_example (Fixture *fx)
{
  g_auto(SkCliRun) run = { NULL };

  RUN (fx, FALSE, &run, "init");
  g_assert_cmpint (run.exit_code, ==, 0);
  RUN (fx, FALSE, &run, "load-example");
  g_assert_cmpint (run.exit_code, ==, 0);
}

/* What a poppler tool prints for @pdf; NULL (and the test skipped) without it. */
static char *
poppler (const char *tool,
         const char *pdf)
{
  g_autofree char *path = g_find_program_in_path (tool);
  const char *argv[] = { path, pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (path == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return NULL;
    }
  /* pdfinfo takes no "-": it prints to stdout anyway. */
  if (g_str_equal (tool, "pdfinfo"))
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The text of @pdf with every run of white space one space: a wrapped
 * title reads as one line. */
static char *
pdf_text (const char *pdf)
{
  g_autofree char *text = poppler ("pdftotext", pdf);
  g_auto(GStrv) words = NULL;

  if (text == NULL)
    return NULL;
  words = g_regex_split_simple ("\\s+", text, 0, 0);
  return g_strstrip (g_strjoinv (" ", words));
}

static void
assert_has (const char *text,
            const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not in the PDF's text: %s", needle, text);
}

static void
test_pdf_page (Fixture *fx, gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (fx->dir, "chart.pdf", NULL);
  g_autofree char *letter = g_build_filename (fx->dir, "letter.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_auto(SkCliRun) run = { NULL };

  load_example (fx);
  /* Named as 2025 defines it: the longer name. */
  RUN (fx, FALSE, &run, "chart", "--indicator", "telefontillgänglighet", "--years", "2024-2025", "--output", pdf);
  g_assert_cmpint (run.exit_code, ==, 0);

  /* An A4 page lying, not a 900 × 500 pt sheet. */
  if ((info = poppler ("pdfinfo", pdf)) == NULL)
    return;
  assert_has (info, "Pages:           1");
  assert_has (info, "841.89 x 595.28 pts (A4)");

  /* The whole name, the measure unit, the period and when the data was
   * last changed (the example's outcomes: 31 May 2024). Real outcomes
   * only: no notice. */
  text = pdf_text (pdf);
  assert_has (text, LONG_NAME);
  assert_has (text, "Vårdcentralen Halland");
  assert_has (text, "Measure unit: %");
  assert_has (text, "Period: Jan 2024 – Dec 2025");
  assert_has (text, "Data as of 31 May 2024");
  g_assert_null (strstr (text, "Fictional outcomes"));

  /* Letter upright when asked. */
  RUN (fx, FALSE, &run, "chart", "--indicator", "telefontillgänglighet", "--years", "2024-2025",
       "--paper", "letter", "--portrait", "--output", letter);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_free (info);
  info = poppler ("pdfinfo", letter);
  assert_has (info, "612 x 792 pts (letter)");
  RUN (fx, FALSE, &run, "chart", "--indicator", "telefontillgänglighet", "--years", "2024-2025",
       "--paper", "a3", "--output", letter);
  g_assert_cmpint (run.exit_code, ==, 2);
  assert_has (run.err, "a4 or letter");
}

/* Demo figures drawn: the notice is on the page, in Swedish too, with a
 * Swedish date and period. */
static void
test_pdf_fictional (Fixture *fx, gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (fx->dir, "demo.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *sv_months[] = { "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec" };
  g_autofree char *today = g_strdup_printf ("Data per %d %s %d", g_date_time_get_day_of_month (now),
                                            sv_months[g_date_time_get_month (now) - 1],
                                            g_date_time_get_year (now));
  g_auto(SkCliRun) run = { NULL };

  load_example (fx);
  RUN (fx, FALSE, &run, "generate-demo", "--years", "2024-2025", "--units", "1");
  g_assert_cmpint (run.exit_code, ==, 0);
  RUN (fx, TRUE, &run, "chart", "--indicator", "telefontillgänglighet", "--years", "2024-2025", "--output", pdf);
  g_assert_cmpint (run.exit_code, ==, 0);

  if ((text = pdf_text (pdf)) == NULL)
    return;
  assert_has (text, LONG_NAME);
  assert_has (text, "Fiktiva utfall");
  assert_has (text, "Måttenhet: %");
  assert_has (text, "Period: jan 2024 – dec 2025");
  /* The demo figures were made now: the data is today's. */
  assert_has (text, today);
}

/* PNG pixel size: @width × @height of the file at @path. */
static void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpuint (len, >, 24);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  /* IHDR: big-endian width and height after the chunk's length and type. */
  *width = (guint) (guchar) data[16] << 24 | (guint) (guchar) data[17] << 16 | (guint) (guchar) data[18] << 8 | (guchar) data[19];
  *height = (guint) (guchar) data[20] << 24 | (guint) (guchar) data[21] << 16 | (guint) (guchar) data[22] << 8 | (guchar) data[23];
}

static void
test_png_size (Fixture *fx, gconstpointer data)
{
  g_autofree char *png = g_build_filename (fx->dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (fx->dir, "chart.svg", NULL);
  g_autofree char *svg_text = NULL;
  g_auto(SkCliRun) run = { NULL };
  guint width, height;

  load_example (fx);
  RUN (fx, FALSE, &run, "chart", "--indicator", "telefontillgänglighet", "--years", "2024-2025",
       "--width", "900", "--height", "500", "--output", png);
  g_assert_cmpint (run.exit_code, ==, 0);
  png_size (png, &width, &height);
  /* The chart as large as asked with a 16 px margin around, and below a
   * header of the two-line title and the details (not a cut title in
   * the chart's own 500 px). */
  g_assert_cmpuint (width, ==, 900 + 2 * 16);
  g_assert_cmpuint (height, >=, 500 + 2 * 16 + 60);
  g_assert_cmpuint (height, <=, 500 + 2 * 16 + 160);

  RUN (fx, FALSE, &run, "chart", "--indicator", "telefontillgänglighet", "--years", "2024-2025",
       "--width", "900", "--height", "500", "--output", svg);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  g_assert_nonnull (strstr (svg_text, "width=\"932pt\""));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/chart/pdf-page", test_pdf_page);
  ADD ("/cli/chart/pdf-fictional", test_pdf_fictional);
  ADD ("/cli/chart/png-size", test_png_size);
  return g_test_run ();
}
