/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "sk-exchange.h"
#include "sk-store.h"
#include "cli-test-util.h"

/* styrkort-cli import-csv, run as a user would on the example plan. */

#define PHONE "Vårdgaranti primärvård (utifrån SKR) – telefontillgänglighet, kontakt inom 0 dagar"

typedef SkCliFixture Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkStore) store = NULL;

  sk_cli_fixture_set_up (fx, "styrkort-cli-XXXXXX");
  store = sk_store_open (fx->db, &error);
  g_assert_no_error (error);
  g_assert_true (sk_exchange_load_example (store, &error));
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  sk_cli_fixture_tear_down (fx);
}

/* The month value as the store has it, NAN when none. */
static double
stored (Fixture    *fx,
        const char *indicator,
        const char *period)
{
  g_autoptr(SkStore) store = sk_store_open (fx->db, NULL);
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (store, indicator, NULL);
  g_autoptr(SkUnit) unit = sk_store_find_unit (store, "VC", NULL);
  g_autoptr(SkOutcome) o = sk_store_get_outcome (store, sk_record_get_id (SK_RECORD (ind)),
                                                 sk_record_get_id (SK_RECORD (unit)), period,
                                                 SK_OUTCOME_MONTH);

  return o != NULL ? sk_outcome_get_value (o) : NAN;
}

static const char good_csv[] =
  "\xEF\xBB\xBFIndikator;Enhet;Period;Värde;Kommentar\r\n"
  PHONE ";VC;2024-04;93,5;\r\n"
  "Sjukfrånvaro;VC;2024-05;5,2;\"Två\nrader\"\r\n";

static void
test_dry_run_then_import_twice (Fixture       *fx,
                                gconstpointer  data)
{
  g_autofree char *file = sk_cli_fixture_write_file (fx, "utfall.csv", good_csv);
  g_auto(SkCliRun) run = { 0 };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", file, "--dry-run", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "1 new, 1 changed, 0 unchanged, 0 refused"));
  g_assert_nonnull (strstr (run.out, "91,1 % → 93,5 %"));
  g_assert_nonnull (strstr (run.out, "Nothing was written"));
  g_assert_cmpfloat (stored (fx, PHONE, "2024-04"), ==, 91.1);

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", file, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "Imported"));
  g_assert_cmpfloat (stored (fx, PHONE, "2024-04"), ==, 93.5);
  g_assert_cmpfloat (stored (fx, "Sjukfrånvaro", "2024-05"), ==, 5.2);

  /* The same file again changes nothing. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", file, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "0 new, 0 changed, 2 unchanged, 0 refused"));
}

/* One refused row: exit 1, each refusal with its row, nothing written. */
static void
test_refused_writes_nothing (Fixture       *fx,
                             gconstpointer  data)
{
  g_autofree char *file = sk_cli_fixture_write_file (fx, "utfall.csv",
                                      "Indikator;Enhet;År;jan;feb\n"
                                      "Sjukfrånvaro;VC;2024;5,1;5,3\n"
                                      "Sjukfrånvaro;VC;2025;5,0;130\n");
  g_auto(SkCliRun) run = { 0 };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", file, NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.out, "Row 3, column E: A share must lie between 0 and 100 %."));
  g_assert_nonnull (strstr (run.err, "1 row is refused: nothing was imported."));
  g_assert_true (isnan (stored (fx, "Sjukfrånvaro", "2024-01")));

  sk_cli_fixture_run (fx, &run, "sv", "--db", fx->db, "import-csv", file, NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.out, "Rad 3, kolumn E"));
  g_assert_nonnull (strstr (run.err, "1 rad avvisas: ingenting importerades."));
}

/* Windows-1252 as Swedish Excel saves "CSV (semikolonavgränsad)"; rows for programs. */
static void
test_cp1252_tsv (Fixture       *fx,
                 gconstpointer  data)
{
  g_autofree char *file = sk_cli_fixture_write_file (fx, "excel.csv",
                                      "Indikator;Enhet;Period;V\xE4rde\r\n"
                                      "Sjukfr\xE5nvaro;VC;2024-09;6,1\r\n");
  g_auto(SkCliRun) run = { 0 };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "--format", "tsv", "import-csv", file, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "row\tcolumn\tstatus\tindicator\tunit\tperiod\told\tnew\treason\n"));
  g_assert_nonnull (strstr (run.out, "2\t\tnew\tSjukfrånvaro\tVC\t2024-09\t\t6.1\t\n"));
  g_assert_cmpfloat (stored (fx, "Sjukfrånvaro", "2024-09"), ==, 6.1);
}

static void
test_not_a_table (Fixture       *fx,
                  gconstpointer  data)
{
  g_autofree char *file = sk_cli_fixture_write_file (fx, "text.csv", "Hej;och;välkommen\n1;2;3\n");
  g_auto(SkCliRun) run = { 0 };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", file, NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.err, "The first row must name the columns"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", file, "--separator", "pipe", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
}

/* LibreOffice Calc (Swedish) reads a file in our format as numbers, and
 * what it saves back imports as unchanged. Skipped where it is missing. */
static gboolean
have_soffice (void)
{
  g_autofree char *path = g_find_program_in_path ("soffice");

  return path != NULL;
}

static gboolean
soffice (Fixture    *fx,
         const char *infilter,
         const char *to,
         const char *file)
{
  g_autofree char *home = g_build_filename (fx->dir, "lo-home", NULL);
  g_autofree char *env_home = g_strconcat ("HOME=", home, NULL);
  g_autofree char *filter = infilter ? g_strconcat ("--infilter=", infilter, NULL) : g_strdup ("--headless");
  const char *argv[] = { "env", env_home, "soffice", "--headless", filter,
                         "--convert-to", to, "--outdir", fx->dir, file, NULL };
  int status = -1;

  g_assert_true (g_spawn_sync (fx->dir, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, NULL));
  return g_spawn_check_wait_status (status, NULL);
}

static void
test_libreoffice_round_trip (Fixture       *fx,
                             gconstpointer  data)
{
  g_autofree char *file = NULL;
  g_autofree char *ods = NULL;
  g_autofree char *back = NULL;
  g_autofree char *content = NULL;
  g_auto(SkCliRun) run = { 0 };

  if (!have_soffice ())
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  file = sk_cli_fixture_write_file (fx, "wide.csv",
                     "Indikator;Enhet;År;jan;feb;mar;apr\r\n"
                     "Sjukfrånvaro;VC;2024;5,1;5,3;;\r\n"
                     "Antal besök inkl. distans;VC;2024;66 020;61\xC2\xA0" "200;;\r\n"
                     "\"" PHONE "\";VC;2024;;;;93,5\r\n");
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", file, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "4 new, 1 changed, 0 unchanged, 0 refused"));

  /* ";", '"', UTF-8 (76), from line 1, Swedish (1053): as Calc opens it here. */
  g_assert_true (soffice (fx, "CSV:59,34,76,1,,1053", "ods", file));
  ods = g_build_filename (fx->dir, "wide.ods", NULL);
  g_assert_true (g_file_test (ods, G_FILE_TEST_EXISTS));
  g_remove (file);
  g_assert_true (soffice (fx, NULL, "csv:Text - txt - csv (StarCalc):59,34,76,1", ods));
  back = g_build_filename (fx->dir, "wide.csv", NULL);
  g_assert_true (g_file_get_contents (back, &content, NULL, NULL));
  g_test_message ("%s", content);
  /* Calc took the decimal commas and spaced thousands as numbers. */
  g_assert_nonnull (strstr (content, ";66020;61200;"));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", back, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "0 new, 0 changed, 5 unchanged, 0 refused"));
}

/* A Kolada API v2 response saved to a file, as the tests write it. */
static const char kolada_json[] =
  "{\"count\": 4, \"values\": ["
  "{\"kpi\": \"N00945\", \"municipality\": \"0013\", \"period\": 2021, \"values\": ["
  "  {\"gender\": \"K\", \"count\": 1, \"status\": \"\", \"value\": 6.9},"
  "  {\"gender\": \"M\", \"count\": 1, \"status\": \"\", \"value\": 3.1},"
  "  {\"gender\": \"T\", \"count\": 1, \"status\": \"\", \"value\": 5.8}]},"
  "{\"kpi\": \"N00945\", \"municipality\": \"0013\", \"period\": 2022, \"values\": ["
  "  {\"gender\": \"T\", \"count\": 1, \"status\": \"\", \"value\": 6.2}]},"
  "{\"kpi\": \"N00945\", \"municipality\": \"0013\", \"period\": 2023, \"values\": ["
  "  {\"gender\": \"T\", \"count\": 0, \"status\": \"Missing\", \"value\": null}]},"
  "{\"kpi\": \"N00945\", \"municipality\": \"1380\", \"period\": 2022, \"values\": ["
  "  {\"gender\": \"T\", \"count\": 1, \"status\": \"\", \"value\": 99.0}]}"
  "]}";

static double
stored_figure (Fixture       *fx,
               const char    *indicator,
               const char    *period,
               SkOutcomeKind  kind)
{
  g_autoptr(SkStore) store = sk_store_open (fx->db, NULL);
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (store, indicator, NULL);
  g_autoptr(SkUnit) unit = sk_store_find_unit (store, "NSVH", NULL);
  g_autoptr(SkOutcome) o = sk_store_get_outcome (store, sk_record_get_id (SK_RECORD (ind)),
                                                 sk_record_get_id (SK_RECORD (unit)), period, kind);

  return o != NULL ? sk_outcome_get_value (o) : NAN;
}

/* Sjukfrånvaro is followed monthly: a Kolada year is December's reported
 * year to date (not December's own month, not a budget-like reference). */
static double
stored_reference (Fixture    *fx,
                  const char *period)
{
  return stored_figure (fx, "Sjukfrånvaro", period, SK_OUTCOME_YTD);
}

/* Region Halland's total per year; null years left out. */
static void
test_kolada (Fixture       *fx,
             gconstpointer  data)
{
  g_autofree char *file = sk_cli_fixture_write_file (fx, "kolada.json", kolada_json);
  g_autofree char *bad = sk_cli_fixture_write_file (fx, "bad.json", "{\"values\": [{\"kpi\": \"N00945\", \"municipality\": "
                                     "\"0013\", \"period\": 2020, \"values\": [{\"gender\": \"T\", \"value\": 150}]}]}");
  g_auto(SkCliRun) run = { 0 };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-kolada", file, "--kpi", "N00945", "--indicator", "Sjukfrånvaro",
           "--unit", "NSVH", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "1 year has no value in Kolada and is left out."));
  g_assert_nonnull (strstr (run.out, "2 new, 0 changed, 0 unchanged, 0 refused"));
  g_assert_cmpfloat (stored_reference (fx, "2021-12"), ==, 5.8);
  g_assert_cmpfloat (stored_reference (fx, "2022-12"), ==, 6.2);
  g_assert_true (isnan (stored_reference (fx, "2023-12")));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-kolada", file, "--kpi", "N00945", "--indicator", "Sjukfrånvaro",
           "--unit", "NSVH", NULL);
  g_assert_nonnull (strstr (run.out, "0 new, 0 changed, 2 unchanged, 0 refused"));
  g_assert_true (isnan (stored_figure (fx, "Sjukfrånvaro", "2021-12", SK_OUTCOME_MONTH)));
  g_assert_true (isnan (stored_figure (fx, "Sjukfrånvaro", "2021-12", SK_OUTCOME_REFERENCE)));

  /* HME is measured once a year: the year's figure is December's own value,
   * the point the chart draws for the year. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-kolada", file, "--kpi", "N00945", "--indicator", "HME-Index",
           "--unit", "NSVH", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_cmpfloat (stored_figure (fx, "HME-Index", "2022-12", SK_OUTCOME_MONTH), ==, 6.2);
  g_assert_true (isnan (stored_figure (fx, "HME-Index", "2022-12", SK_OUTCOME_YTD)));

  /* Another municipality by its id. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-kolada", file, "--kpi", "N00945", "--indicator", "Sjukfrånvaro",
           "--unit", "NSVH", "--municipality", "1380", "--dry-run", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "6,2 % → 99 %"));

  /* The store's checks hold: a share over 100 is refused, nothing written. */
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-kolada", bad, "--kpi", "N00945", "--indicator", "Sjukfrånvaro",
           "--unit", "NSVH", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.out, "Row 1: A share must lie between 0 and 100 %."));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-kolada", file, "--kpi", "U00000", "--indicator", "Sjukfrånvaro",
           "--unit", "NSVH", NULL);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.err, "The file has no values of U00000 for 0013."));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-kolada", bad, "--kpi", "N00945", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);
  {
    g_autofree char *csv = sk_cli_fixture_write_file (fx, "not.json", good_csv);

    sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-kolada", csv, "--kpi", "N00945", "--indicator",
             "Sjukfrånvaro", "--unit", "NSVH", NULL);
    g_assert_cmpint (run.exit_code, ==, 1);
  }
}

/* Our export reads back unchanged, both layouts; a gap keeps its reason. */
static void
test_export_round_trip (Fixture       *fx,
                        gconstpointer  data)
{
  g_autofree char *long_csv = g_build_filename (fx->dir, "long.csv", NULL);
  g_autofree char *wide_csv = g_build_filename (fx->dir, "wide.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(SkCliRun) run = { 0 };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "set-outcome", "--indicator", "Sjukfrånvaro", "--unit", "VC",
           "--period", "2024-03", "--missing", "Nytt schemasystem; \"inga\" siffror", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "export-csv", "--output", long_csv, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_file_get_contents (long_csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBFIndikator;Enhet;Period;Typ;Värde;Kommentar\r\n"));
  g_assert_nonnull (strstr (contents, "Sjukfrånvaro;Vårdcentralen Halland;2024-03;month;;"
                                      "\"Nytt schemasystem; \"\"inga\"\" siffror\"\r\n"));
  g_assert_nonnull (strstr (contents, ";2024-04;month;91,1;"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", long_csv, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "0 new, 0 changed, 51 unchanged, 0 refused"));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "export-csv", "--layout", "wide", "--year", "2024", "--output", wide_csv, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", wide_csv, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "0 new, 0 changed, 21 unchanged, 0 refused"));

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "export-csv", "--layout", "tall", NULL);
  g_assert_cmpint (run.exit_code, ==, 2);

  /* The register of the newest plan, in the same format, labels in Swedish. */
  sk_cli_fixture_run (fx, &run, "sv", "--db", fx->db, "export-csv", "--register", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "\xEF\xBB\xBFPerspektiv;Indikator;Måttenhet;Riktning;Målvärde;"
                                            "Ansvarig enhet;Frekvens\r\n"));
  g_assert_nonnull (strstr (run.out, "Målgrupp;" PHONE ";%;Högre värde;>95 %;Vårdcentralen Halland;"));
}

/* LibreOffice (Swedish) opens our export with numbers as numbers; saved back, it imports unchanged. */
static void
test_export_libreoffice (Fixture       *fx,
                         gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (fx->dir, "export.csv", NULL);
  g_autofree char *ods = g_build_filename (fx->dir, "export.ods", NULL);
  g_autofree char *content = NULL;
  g_auto(SkCliRun) run = { 0 };

  if (!have_soffice ())
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "export-csv", "--output", csv, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (soffice (fx, "CSV:59,34,76,1,,1053", "ods", csv));
  g_assert_true (g_file_test (ods, G_FILE_TEST_EXISTS));
  g_remove (csv);
  g_assert_true (soffice (fx, NULL, "csv:Text - txt - csv (StarCalc):59,34,76,1", ods));
  g_assert_true (g_file_get_contents (csv, &content, NULL, NULL));
  /* Calc held 91,1 as the number 91.1, not as text. */
  g_assert_nonnull (strstr (content, ";\"month\";91.1;"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", csv, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "0 new, 0 changed, 50 unchanged, 0 refused"));
}

/* The wide layout (one row a year, as the grid) too: every month value of
 * 2024 survives LibreOffice (opened as numbers, saved back), and the
 * file it saves imports unchanged. */
static void
test_export_wide_libreoffice (Fixture       *fx,
                              gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (fx->dir, "wide.csv", NULL);
  g_autofree char *ods = g_build_filename (fx->dir, "wide.ods", NULL);
  g_autofree char *content = NULL;
  g_auto(SkCliRun) run = { 0 };

  if (!have_soffice ())
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "export-csv", "--layout", "wide", "--year", "2024", "--output", csv, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (soffice (fx, "CSV:59,34,76,1,,1053", "ods", csv));
  g_assert_true (g_file_test (ods, G_FILE_TEST_EXISTS));
  g_remove (csv);
  g_assert_true (soffice (fx, NULL, "csv:Text - txt - csv (StarCalc):59,34,76,1", ods));
  g_assert_true (g_file_get_contents (csv, &content, NULL, NULL));
  g_test_message ("%s", content);
  /* Calc held April's 99,7 and 170 391 as numbers (no quotes, no spaces). */
  g_assert_nonnull (strstr (content, ";;;;99.7;"));
  g_assert_nonnull (strstr (content, ";170391;"));
  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", csv, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "0 new, 0 changed, 21 unchanged, 0 refused"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/import-csv/dry-run-then-twice", test_dry_run_then_import_twice);
  ADD ("/cli/import-csv/refused", test_refused_writes_nothing);
  ADD ("/cli/import-csv/cp1252-tsv", test_cp1252_tsv);
  ADD ("/cli/import-csv/not-a-table", test_not_a_table);
  ADD ("/cli/import-csv/libreoffice", test_libreoffice_round_trip);
  ADD ("/cli/import-kolada", test_kolada);
  ADD ("/cli/export-csv/round-trip", test_export_round_trip);
  ADD ("/cli/export-csv/libreoffice", test_export_libreoffice);
  ADD ("/cli/export-csv/libreoffice-wide", test_export_wide_libreoffice);
#undef ADD
  return g_test_run ();
}
