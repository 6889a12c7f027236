/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-report"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"

/*
 * End to end: `styrkort-cli report` writes the board's follow-up report as
 * an A4 PDF with its fonts embedded, in Swedish, whose figures are the
 * ones `status` prints, whose table rows are never split over two pages,
 * and which says "Fiktiva utfall" on every page exactly when it holds
 * demo outcomes. Reads the PDF with poppler-utils (pdfinfo, pdftotext,
 * pdffonts).
 */

typedef struct
{
  char *dir;
  char *db;
  char *pdf;
} Fixture;

static void
run_cli (Fixture    *fx,
         SkCliRun   *run,
         const char *first,
         ...)
{
  /* The report is Swedish, as its readers are. */
  g_auto(GStrv) envp = sk_cli_env_swedish (g_get_environ (), "C.UTF-8");
  va_list args;

  va_start (args, first);
  sk_cli_run_db_va (run, envp, fx->db, first, args);
  va_end (args);
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("styrkort-report-XXXXXX", &error);
  g_assert_no_error (error);
  fx->db = g_build_filename (fx->dir, "test.db", NULL);
  fx->pdf = g_build_filename (fx->dir, "rapport.pdf", NULL);
  run_cli (fx, &run, "init", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  run_cli (fx, &run, "load-example", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  sk_test_remove_tree (fx->dir);
  g_free (fx->dir);
  g_free (fx->db);
  g_free (fx->pdf);
}

/* The standard output of a poppler tool; asserts it ran. */
static char *
tool (const char *first,
      ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;
  va_list args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
page_count (const char *pdf)
{
  g_autofree char *info = tool ("pdfinfo", pdf, NULL);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) atoi (pages + strlen ("Pages:"));
}

/* @text with every run of white space (thin and no-break spaces too)
 * made one plain space: a name wrapped over two lines of one cell reads
 * whole, and "66 020" (thin space in the CLI) compares with the PDF's text. */
static char *
normalize (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("(\\s|\u2009|\u202f|\u00a0)+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *text = tool ("pdftotext", "-f", number, "-l", number, pdf, "-", NULL);

  return normalize (text);
}

static GPtrArray *
all_pages (const char *pdf)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_free);
  guint n = page_count (pdf);

  for (guint i = 1; i <= n; i++)
    g_ptr_array_add (pages, page_text (pdf, i));
  return pages;
}

/* Whether some page holds @text, white space aside: a long word may
 * wrap within itself in a narrow column, and still stands on one page. */
static gboolean
any_page_has_unspaced (GPtrArray  *pages,
                       const char *text)
{
  g_autoptr(GRegex) space = g_regex_new (" ", 0, 0, NULL);
  g_autofree char *want = g_regex_replace_literal (space, text, -1, 0, "", 0, NULL);

  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *page = g_regex_replace_literal (space, g_ptr_array_index (pages, i), -1, 0, "", 0, NULL);
      if (strstr (page, want) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
any_page_has (GPtrArray  *pages,
              const char *text)
{
  for (guint i = 0; i < pages->len; i++)
    if (strstr (g_ptr_array_index (pages, i), text) != NULL)
      return TRUE;
  return FALSE;
}

static void
write_report (Fixture *fx)
{
  g_auto(SkCliRun) run = { NULL };

  run_cli (fx, &run, "report", "--year", "2024", "--period", "2024-04", "--output", fx->pdf, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_file_test (fx->pdf, G_FILE_TEST_IS_REGULAR));
}

/* A4 portrait, every font embedded, the page count it said. */
static void
test_pdf_format (Fixture       *fx,
                 gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };
  g_autofree char *info = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *said = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;

  run_cli (fx, &run, "report", "--year", "2024", "--period", "2024-04", "--output", fx->pdf, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  info = tool ("pdfinfo", fx->pdf, NULL);
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
  g_assert_cmpuint (page_count (fx->pdf), >=, 4);
  said = g_strdup_printf ("%u sidor", page_count (fx->pdf));
  g_assert_nonnull (strstr (run.out, said));

  /* pdffonts: name type encoding emb sub uni object ID */
  fonts = tool ("pdffonts", fx->pdf, NULL);
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();

      for (guint k = 0; words[k] != NULL; k++)
        if (words[k][0] != '\0')
          g_ptr_array_add (fields, words[k]);
      if (fields->len < 6)
        continue;
      g_assert_cmpstr (g_ptr_array_index (fields, fields->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

/* Cover, period, summary and sections, in Swedish, with page numbers. */
static void
test_content (Fixture       *fx,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *last = NULL;

  write_report (fx);
  pages = all_pages (fx->pdf);
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), "Närsjukvården Halland"));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), "Uppföljning januari–april 2024"));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), "Planår 2024"));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 0), "Datum: "));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 1), "Sammanfattning"));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 1), "Indikatorer per perspektiv"));
  g_assert_nonnull (strstr (g_ptr_array_index (pages, 1), "Målens bedömning"));
  g_assert_true (any_page_has (pages, "Arbetsmiljöplan"));
  g_assert_true (any_page_has (pages, "Prioriterade områden"));
  g_assert_true (any_page_has (pages, "Årets ackumulerade utfall"));
  /* The status marks that do not rely on colour. */
  g_assert_true (any_page_has (pages, "✓ uppfyllt"));
  g_assert_true (any_page_has (pages, "✗ ej uppfyllt"));
  g_assert_true (any_page_has (pages, "≈ nära"));
  last = g_strdup_printf ("Sida %u av %u", pages->len, pages->len);
  g_assert_nonnull (strstr (g_ptr_array_index (pages, pages->len - 1), last));
  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("Sida %u av %u", i + 1, pages->len);
      g_assert_nonnull (strstr (g_ptr_array_index (pages, i), number));
      /* Real outcomes only: no notice. */
      g_assert_null (strstr (g_ptr_array_index (pages, i), "Fiktiva utfall"));
    }
}

/* The figures of seed 001's January–April tables, as `status` prints them. */
static void
test_figures_as_status (Fixture       *fx,
                        gconstpointer  data)
{
  static const char * const figures[] = {
    "91,1 %", "92,3 %", "12 min", "13 min", "12,8 mån", "66 020", "248 485", "17,09 %", "99,7 %",
  };
  g_auto(SkCliRun) status = { NULL };
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *printed = NULL;

  write_report (fx);
  pages = all_pages (fx->pdf);
  run_cli (fx, &status, "status", "--year", "2024", "--period", "2024-04", NULL);
  g_assert_cmpint (status.exit_code, ==, 0);
  printed = normalize (status.out);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_test_message ("figure %s", figures[i]);
      g_assert_nonnull (strstr (printed, figures[i]));
      g_assert_true (any_page_has (pages, figures[i]));
    }
}

/* Every indicator with outcomes stands whole on one page (a row is never
 * split), and a page with indicator rows carries the table's header. */
static void
test_rows_whole (Fixture       *fx,
                 gconstpointer  data)
{
  g_auto(SkCliRun) status = { NULL };
  g_autoptr(GPtrArray) pages = NULL;
  g_auto(GStrv) lines = NULL;
  static const char * const marks[] = { "✓ uppfyllt", "✗ ej uppfyllt", "≈ nära" };

  write_report (fx);
  pages = all_pages (fx->pdf);
  run_cli (fx, &status, "--format", "tsv", "status", "--year", "2024", "--period", "2024-04", NULL);
  g_assert_cmpint (status.exit_code, ==, 0);
  lines = g_strsplit (status.out, "\n", -1);
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);

      g_test_message ("indicator %s", fields[0]);
      g_assert_true (any_page_has_unspaced (pages, fields[0]));
    }
  for (guint p = 0; p < pages->len; p++)
    for (guint k = 0; k < G_N_ELEMENTS (marks); k++)
      if (strstr (g_ptr_array_index (pages, p), marks[k]) != NULL)
        g_assert_true (strstr (g_ptr_array_index (pages, p), "Indikator") != NULL
                       || strstr (g_ptr_array_index (pages, p), "Perspektiv") != NULL);
}

/* Nothing runs past the content area into the page number's line or off
 * the page, and nothing past the right margin: every word pdftotext finds
 * (-bbox, in points from the top left) lies within the page's frame. */
static void
assert_within_frame (Fixture *fx)
{
  g_autofree char *html = NULL;
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                                        "yMax=\"([0-9.]+)\">([^<]*)</word>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  html = tool ("pdftotext", "-bbox", fx->pdf, "-", NULL);
  g_regex_match (word, html, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL), n++)
    {
      g_autofree char *x1 = g_match_info_fetch (match, 3);
      g_autofree char *y0 = g_match_info_fetch (match, 2);
      g_autofree char *y1 = g_match_info_fetch (match, 4);
      g_autofree char *text = g_match_info_fetch (match, 5);
      double bottom = g_ascii_strtod (y1, NULL), top = g_ascii_strtod (y0, NULL);

      /* A4: 595 × 842 pt; margins 56,7 pt at the sides, content ends 62 pt
       * above the foot, where only the page's own line is (from 800 pt). */
      if (g_ascii_strtod (x1, NULL) > 595.3 - 56.7 + 1 || bottom > 841.9
          || (bottom > 841.9 - 62 + 2 && top < 800))
        g_error ("“%s” lies outside the page's frame (x ≤ %s, y %s–%s)", text, x1, y0, y1);
    }
  g_assert_cmpuint (n, >, 1000);
}

static void
test_nothing_cut (Fixture       *fx,
                  gconstpointer  data)
{
  write_report (fx);
  assert_within_frame (fx);
}

/* A row taller than a page (a reason why a month is missing, 40 sentences
 * long) goes on over the next page: every word is there, within the frame. */
static void
test_long_row (Fixture       *fx,
               gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };
  g_autoptr(GString) reason = g_string_new (NULL);
  g_autoptr(GPtrArray) pages = NULL;
  guint found = 0;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (reason, "%sMening %u: mätningen kunde inte göras när systemet byttes ut.", i ? " " : "", i + 1);
  run_cli (fx, &run, "set-outcome", "--indicator", "Svarstid Clinic24", "--unit", "Vårdcentralen Halland",
           "--period", "2024-04", "--missing", reason->str, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  write_report (fx);
  assert_within_frame (fx);
  pages = all_pages (fx->pdf);
  for (guint i = 1; i <= 40; i++)
    {
      g_autofree char *sentence = g_strdup_printf ("Mening %u:", i);
      found += any_page_has (pages, sentence);
    }
  g_assert_cmpuint (found, ==, 40);
}

/* Demo outcomes in the report: "Fiktiva utfall" on every page. */
static void
test_fictional_every_page (Fixture       *fx,
                           gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };
  g_autoptr(GPtrArray) pages = NULL;

  run_cli (fx, &run, "generate-demo", "--years", "2023-2024", "--units", "3", "--seed", "1", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  write_report (fx);
  pages = all_pages (fx->pdf);
  for (guint i = 0; i < pages->len; i++)
    g_assert_nonnull (strstr (g_ptr_array_index (pages, i), "Fiktiva utfall"));
}

/* Wrong input is refused before anything is written. */
static void
test_refusals (Fixture       *fx,
               gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };
  g_autofree char *txt = g_build_filename (fx->dir, "rapport.txt", NULL);

  run_cli (fx, &run, "report", "--year", "2024", "--period", "2023-04", "--output", fx->pdf, NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
  run_cli (fx, &run, "report", "--year", "2024", "--period", "2024-04", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
  run_cli (fx, &run, "report", "--year", "2024", "--period", "2024-04", "--output", txt, NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
  run_cli (fx, &run, "report", "--year", "2030", "--period", "2030-04", "--output", fx->pdf, NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.err, "2030"));
  run_cli (fx, &run, "report", "--year", "2024", "--period", "2024-04", "--unit", "Ingen sådan enhet",
           "--output", fx->pdf, NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_false (g_file_test (fx->pdf, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
}

/* --unit: the figures of that unit, named on the cover. */
static void
test_unit (Fixture       *fx,
           gconstpointer  data)
{
  g_auto(SkCliRun) run = { NULL };
  g_autofree char *cover = NULL;

  run_cli (fx, &run, "report", "--year", "2024", "--period", "2024-04", "--unit", "Folktandvården Halland",
           "--output", fx->pdf, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  cover = page_text (fx->pdf, 1);
  g_assert_nonnull (strstr (cover, "Enhet: Folktandvården Halland"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("SK_CLI") == NULL || pdftotext == NULL)
    {
      g_print ("1..0 # SKIP needs SK_CLI and poppler-utils\n");
      return 0;
    }
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/cli-report/pdf-format", test_pdf_format);
  ADD ("/cli-report/content", test_content);
  ADD ("/cli-report/figures-as-status", test_figures_as_status);
  ADD ("/cli-report/rows-whole", test_rows_whole);
  ADD ("/cli-report/nothing-cut", test_nothing_cut);
  ADD ("/cli-report/long-row", test_long_row);
  ADD ("/cli-report/fictional-every-page", test_fictional_every_page);
  ADD ("/cli-report/refusals", test_refusals);
  ADD ("/cli-report/unit", test_unit);
  return g_test_run ();
}
