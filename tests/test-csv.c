/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sk-csv.h"
#include "sk-exchange.h"
#include "sk-format.h"
#include "sk-outcome-import.h"
#include "sk-store.h"
#include "store-test-util.h"

/* Outcomes in from CSV as Swedish Excel and LibreOffice write it. */

#define PHONE "Vårdgaranti primärvård (utifrån SKR) – telefontillgänglighet, kontakt inom 0 dagar"

typedef struct {
  char    *dir;
  SkStore *store;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  f->store = sk_test_store_new ("sk-csv-XXXXXX", TRUE, &f->dir, NULL);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  sk_test_store_remove (&f->store, &f->dir);
}

static gint64
indicator_id (SkStore *store, const char *name)
{
  g_autoptr(SkIndicator) ind = sk_store_find_indicator (store, name, NULL);

  g_assert_nonnull (ind);
  return sk_record_get_id (SK_RECORD (ind));
}

static gint64
unit_id (SkStore *store, const char *name)
{
  g_autoptr(SkUnit) unit = sk_store_find_unit (store, name, NULL);

  g_assert_nonnull (unit);
  return sk_record_get_id (SK_RECORD (unit));
}

/* The stored month value, NAN when none. */
static double
stored (SkStore *store, const char *indicator, const char *unit, const char *period)
{
  g_autoptr(SkOutcome) o = sk_store_get_outcome (store, indicator_id (store, indicator),
                                                 unit_id (store, unit), period, SK_OUTCOME_MONTH);

  return o != NULL ? sk_outcome_get_value (o) : NAN;
}

static SkOutcomeImport *
plan (SkStore *store, const char *data, gssize length, int year)
{
  g_autoptr(GError) error = NULL;
  SkOutcomeImport *import = sk_outcome_import_new ();

  g_assert_true (sk_outcome_import_read_csv (import, data, length < 0 ? strlen (data) : (gsize) length,
                                             0, year, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sk_outcome_import_check (import, store, 0));
  return import;
}

/* ---- Reading the bytes ---- */

static void
test_decode (void)
{
  g_autoptr(GError) error = NULL;
  SkCsvEncoding enc;
  g_autofree char *bom = sk_csv_decode ("\xEF\xBB\xBFÅr;jan", strlen ("\xEF\xBB\xBFÅr;jan"), &enc, &error);
  g_autofree char *cp = sk_csv_decode ("Sjukfr\xE5nvaro;\x96;5", strlen ("Sjukfr\xE5nvaro;\x96;5"), &enc, &error);
  g_autofree char *bad = NULL;

  g_assert_cmpstr (bom, ==, "År;jan");
  g_assert_cmpstr (cp, ==, "Sjukfrånvaro;–;5");
  g_assert_cmpint (enc, ==, SK_CSV_CP1252);
  /* A mark that promises UTF-8 is believed: no guessing past it. */
  bad = sk_csv_decode ("\xEF\xBB\xBFSjukfr\xE5nvaro", strlen ("\xEF\xBB\xBFSjukfr\xE5nvaro"), &enc, &error);
  g_assert_null (bad);
  g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT);
}

static void
test_parse_quotes (void)
{
  const char *text = "a;\"b;c\";\"rad 1\r\nrad 2\"\r\n\"sa \"\"hej\"\"\";;\n\nlast";
  SkCsvParser parser;
  g_auto(GStrv) one = NULL;
  g_auto(GStrv) two = NULL;
  g_auto(GStrv) three = NULL;
  g_auto(GStrv) four = NULL;

  sk_csv_parser_init (&parser, text, ';');
  one = sk_csv_parser_next (&parser);
  g_assert_cmpuint (g_strv_length (one), ==, 3);
  g_assert_cmpstr (one[1], ==, "b;c");
  g_assert_cmpstr (one[2], ==, "rad 1\nrad 2");
  two = sk_csv_parser_next (&parser);
  g_assert_cmpstr (two[0], ==, "sa \"hej\"");
  g_assert_cmpuint (g_strv_length (two), ==, 3);
  g_assert_cmpuint (parser.line, ==, 3);   /* a line break inside a cell is not a row */
  three = sk_csv_parser_next (&parser);
  g_assert_cmpstr (three[0], ==, "");
  four = sk_csv_parser_next (&parser);
  g_assert_cmpstr (four[0], ==, "last");
  g_assert_cmpuint (parser.record, ==, 4);
  g_assert_null (sk_csv_parser_next (&parser));
}

static void
test_separator (void)
{
  g_assert_cmpint (sk_csv_detect_separator ("Indikator;Enhet;Period;Värde\n1,5;2"), ==, ';');
  g_assert_cmpint (sk_csv_detect_separator ("91,1\t92,3\n"), ==, '\t');
  g_assert_cmpint (sk_csv_detect_separator ("indicator,unit,period,value\n"), ==, ',');
  g_assert_cmpint (sk_csv_detect_separator ("\"a;b\",c\n"), ==, ',');
}

/* ---- Files as users have them: a table of cases ---- */

typedef struct {
  const char *name;
  const char *csv;
  gssize      length;
  int         year;
  guint       counts[SK_IMPORT_N_STATUS];  /* new, changed, unchanged, refused */
  const char *indicator;  /* then one value it must plan */
  const char *unit;
  const char *period;
  double      value;
} Case;

static const Case cases[] = {
  { "long, Swedish, BOM, CRLF",
    "\xEF\xBB\xBFIndikator;Enhet;Period;Värde;Kommentar\r\n"
    "Sjukfrånvaro;VC;2024-05;5,2;\r\n"
    "Sjukfrånvaro;Vårdcentralen Halland;2024-06;5,4;Semestertider\r\n", -1, 0,
    { 2, 0, 0, 0 }, "Sjukfrånvaro", "VC", "2024-05", 5.2 },
  { "long, English, any order",
    "value;period;Unit;INDICATOR\n4,9;2024-07;FTV;Sjukfrånvaro\n", -1, 0,
    { 1, 0, 0, 0 }, "Sjukfrånvaro", "FTV", "2024-07", 4.9 },
  { "long, a spreadsheet made the month a date",
    "Indikator;Enhet;Period;Värde\nSjukfrånvaro;VC;2024-08-01;5\n", -1, 0,
    { 1, 0, 0, 0 }, "Sjukfrånvaro", "VC", "2024-08", 5 },
  { "wide, Swedish, thousands with space, no-break and narrow no-break space",
    "Indikator;Enhet;År;jan;feb;mar;apr\n"
    "Antal besök inkl. distans;VC;2024;66 020;61\xC2\xA0" "200;70\xE2\x80\xAF" "100;\n", -1, 0,
    { 3, 0, 0, 0 }, "Antal besök inkl. distans", "VC", "2024-02", 61200 },
  { "wide, English, full month names, no year column",
    "Indicator;Unit;January;February;March\nSjukfrånvaro;FTV;5,1;5,3;\n", -1, 2025,
    { 2, 0, 0, 0 }, "Sjukfrånvaro", "FTV", "2025-02", 5.3 },
  { "Windows-1252 from Swedish Excel",
    "Indikator;Enhet;Period;V\xE4rde\r\nSjukfr\xE5nvaro;VC;2024-09;6,1\r\n", -1, 0,
    { 1, 0, 0, 0 }, "Sjukfrånvaro", "VC", "2024-09", 6.1 },
  { "quoted fields: a comment over two lines, a name with the separator",
    "Indikator;Enhet;Period;Värde;Kommentar\n"
    "\"Sjukfrånvaro\";\"VC\";2024-10;\"5,5\";\"Rad ett;\nrad \"\"två\"\"\"\n", -1, 0,
    { 1, 0, 0, 0 }, "Sjukfrånvaro", "VC", "2024-10", 5.5 },
  { "a pasted block: tabs",
    "Indikator\tEnhet\tPeriod\tVärde\nSjukfrånvaro\tVC\t2024-11\t5,0 %\n", -1, 0,
    { 1, 0, 0, 0 }, "Sjukfrånvaro", "VC", "2024-11", 5.0 },
  { "commas, decimals quoted",
    "indicator,unit,period,value\nSjukfrånvaro,VC,2024-12,\"5,7\"\n", -1, 0,
    { 1, 0, 0, 0 }, "Sjukfrånvaro", "VC", "2024-12", 5.7 },
  { "the stored value unchanged, another changed",
    "Indikator;Enhet;Period;Värde\n" PHONE ";VC;2024-04;91,1\n"
    "Vårdgaranti primärvård – Medicinsk bedömning inom tre dagar;VC;2024-04;89,5\n", -1, 0,
    { 0, 1, 1, 0 }, "Medicinsk bedömning", "VC", "2024-04", 89.5 },
  { "blank lines are skipped",
    "\nIndikator;Enhet;Period;Värde\n\n;;;\nSjukfrånvaro;VC;2024-05;5,2\n\n", -1, 0,
    { 1, 0, 0, 0 }, "Sjukfrånvaro", "VC", "2024-05", 5.2 },
};

static void
test_cases (Fixture *f, gconstpointer data)
{
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      const Case *k = &cases[c];
      g_autoptr(SkOutcomeImport) import = plan (f->store, k->csv, k->length, k->year);
      gboolean found = FALSE;

      g_test_message ("%s", k->name);
      for (guint s = 0; s < SK_IMPORT_N_STATUS; s++)
        g_assert_cmpuint (sk_outcome_import_count (import, s), ==, k->counts[s]);
      for (guint i = 0; i < sk_outcome_import_get_n_rows (import); i++)
        {
          const SkImportRow *row = sk_outcome_import_get_row (import, i);

          if (row->indicator_id == indicator_id (f->store, k->indicator)
              && row->unit_id == unit_id (f->store, k->unit) && g_strcmp0 (row->period, k->period) == 0)
            {
              g_assert_cmpfloat_with_epsilon (row->value, k->value, 1e-9);
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
}

static void
test_quoted_comment (Fixture *f, gconstpointer data)
{
  g_autoptr(SkOutcomeImport) import = plan (f->store, cases[6].csv, -1, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkOutcome) o = NULL;

  g_assert_true (sk_outcome_import_apply (import, f->store, &error));
  g_assert_no_error (error);
  o = sk_store_get_outcome (f->store, indicator_id (f->store, "Sjukfrånvaro"), unit_id (f->store, "VC"),
                            "2024-10", SK_OUTCOME_MONTH);
  g_assert_cmpstr (sk_outcome_get_comment (o), ==, "Rad ett;\nrad \"två\"");
}

/* Values as sk_parse_number() reads them, to the last bit: the short
 * plain ones (read without it) as well as the rest. */
static void
test_values (Fixture *f, gconstpointer data)
{
  static const char * const values[][2] = {
    { "5,2", "5,2" }, { " 5,2 ", "5,2" }, { "91,1 %", "91,1" }, { "91,1%", "91,1" }, { "-0,5", "-0,5" },
    { "-0", "-0" }, { "+3", "+3" }, { "7.25", "7.25" }, { "0,1", "0,1" }, { "0,30000000000001", "0,30000000000001" },
    { "123456789012345", "123456789012345" }, { "12345678901234,5", "12345678901234,5" },
    { "1234567890123456,7", "1234567890123456,7" }, { "66 020", "66 020" }, { "0000012", "0000012" },
    { "9007199254740993", "9007199254740993" }, { "\xE2\x88\x92" "4", "\xE2\x88\x92" "4" },
    { "5,", NULL }, { ",5", NULL }, { "1 2", NULL }, { "5,2,1", NULL }, { "-", NULL }, { "%", NULL },
    { "1e3", NULL }, { "--1", NULL }, { "0x10", NULL },
  };
  g_autoptr(GString) csv = g_string_new ("Indikator;Enhet;Period;Värde\n");
  g_autoptr(SkOutcomeImport) import = NULL;
  guint seen = 0;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_string_append_printf (csv, "Sjukfrånvaro;VC;%d-%02u;%s\n", 2020 + i / 12, i % 12 + 1, values[i][0]);
  import = plan (f->store, csv->str, csv->len, 0);
  for (guint i = 0; i < sk_outcome_import_get_n_rows (import); i++)
    {
      const SkImportRow *row = sk_outcome_import_get_row (import, i);
      const char * const *value = values[row->row - 2];
      double expected = NAN;

      g_test_message ("“%s”: %.17g %s", value[0], row->value, row->reason ? row->reason : "");
      if (value[1] == NULL)
        {
          g_assert_nonnull (strstr (row->reason, "is not a number"));
          continue;
        }
      g_assert_true (sk_parse_number (value[1], &expected));
      g_assert_true (memcmp (&row->value, &expected, sizeof expected) == 0);
      seen++;
    }
  g_assert_cmpuint (seen, ==, 17);
}

/* Each refusal with its row (as the spreadsheet numbers it) and why. */
static void
test_refusals (Fixture *f, gconstpointer data)
{
  const char *csv =
    "Indikator;Enhet;Period;Värde\n"              /* 1 */
    "Sjukfrånvaro;VC;2024-05;120\n"               /* 2: a share over 100 */
    "Finns inte;VC;2024-05;1\n"                   /* 3 */
    "Sjukfrånvaro;Ingen enhet;2024-05;1\n"        /* 4 */
    "Sjukfrånvaro;VC;2024-13;1\n"                 /* 5 */
    "Sjukfrånvaro;VC;2024-06;fem\n"               /* 6 */
    "\"Sjukfrånvaro\nmed radbrytning\";VC;2024-06;1\n" /* 7, over two lines */
    "Sjukfrånvaro;VC;1800-01;1\n"                 /* 8: outside the years */
    "Sjukfrånvaro;VC;2024-07;4\n"                 /* 9: fine */
    "Sjukfrånvaro;VC;2024-07;4,5\n"               /* 10: the same month again */
    "Svarstid digital vård / tandvård;VC;2024-07;-3\n" /* 11: minutes below zero */
    "Sjukfrånvaro;VC;2024-08;\n";                 /* 12: no value, no reason */
  static const struct { guint row; const char *says; } expected[] = {
    { 2, "between 0 and 100" }, { 3, "No indicator is called “Finns inte”" },
    { 4, "No unit is called" }, { 5, "not a month" }, { 6, "“fem” is not a number" },
    { 7, "line break" }, { 8, "not a month" }, { 10, "Row 9 already" }, { 11, "negative" },
    { 12, "say why it is missing" },
  };
  g_autoptr(SkOutcomeImport) import = plan (f->store, csv, -1, 0);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (guint i = 0; i < sk_outcome_import_get_n_rows (import); i++)
    {
      const SkImportRow *row = sk_outcome_import_get_row (import, i);
      g_autofree char *line = sk_import_row_describe (row);

      g_test_message ("%s", line);
      if (row->status != SK_IMPORT_REFUSED)
        continue;
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      g_assert_cmpuint (row->row, ==, expected[n].row);
      g_assert_nonnull (strstr (row->reason, expected[n].says));
      g_assert_true (g_str_has_prefix (line, "Row "));
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_NEW), ==, 1);

  /* All or nothing: the one good row is not written either. */
  g_assert_false (sk_outcome_import_apply (import, f->store, &error));
  g_assert_nonnull (strstr (error->message, "10 rows are refused"));
  g_assert_true (isnan (stored (f->store, "Sjukfrånvaro", "VC", "2024-07")));
}

static void
test_wide_refusal_place (Fixture *f, gconstpointer data)
{
  g_autoptr(SkOutcomeImport) import =
    plan (f->store, "Indikator;Enhet;År;jan;feb;mar\nSjukfrånvaro;VC;2024;5;x;101\n", -1, 0);
  const SkImportRow *feb = sk_outcome_import_get_row (import, 1);
  g_autofree char *place = sk_import_row_place (feb);

  g_assert_cmpuint (sk_outcome_import_count (import, SK_IMPORT_REFUSED), ==, 2);
  g_assert_cmpstr (place, ==, "Row 2, column E");
}

/* A second import of the same file changes nothing; undo puts it back. */
static void
test_apply_twice_and_undo (Fixture *f, gconstpointer data)
{
  const char *csv = "Indikator;Enhet;Period;Värde\n"
                    PHONE ";VC;2024-04;93\n"
                    "Sjukfrånvaro;VC;2024-05;5,2\n";
  g_autoptr(SkOutcomeImport) first = plan (f->store, csv, -1, 0);
  g_autoptr(SkOutcomeImport) second = NULL;
  g_autoptr(SkOutcome) phone = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) audit_before = sk_store_list_audit (f->store, 0);
  g_autoptr(GListModel) audit_after = NULL;
  guint audit_n;

  g_assert_cmpuint (sk_outcome_import_count (first, SK_IMPORT_CHANGED), ==, 1);
  g_assert_cmpuint (sk_outcome_import_count (first, SK_IMPORT_NEW), ==, 1);
  g_assert_true (sk_outcome_import_apply (first, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (stored (f->store, PHONE, "VC", "2024-04"), ==, 93);
  g_assert_cmpfloat (stored (f->store, "Sjukfrånvaro", "VC", "2024-05"), ==, 5.2);
  /* The comment the file did not speak of stays. */
  phone = sk_store_get_outcome (f->store, indicator_id (f->store, PHONE), unit_id (f->store, "VC"),
                                "2024-04", SK_OUTCOME_MONTH);
  g_assert_true (g_str_has_prefix (sk_outcome_get_comment (phone), "Telefontillgängligheten"));

  audit_after = sk_store_list_audit (f->store, 0);
  audit_n = g_list_model_get_n_items (audit_after);
  g_assert_cmpuint (audit_n, >, g_list_model_get_n_items (audit_before));

  second = plan (f->store, csv, -1, 0);
  g_assert_cmpuint (sk_outcome_import_count (second, SK_IMPORT_UNCHANGED), ==, 2);
  g_assert_cmpuint (sk_outcome_import_count (second, SK_IMPORT_NEW), ==, 0);
  g_assert_cmpuint (sk_outcome_import_count (second, SK_IMPORT_CHANGED), ==, 0);
  g_assert_true (sk_outcome_import_apply (second, f->store, &error));
  g_clear_object (&audit_after);
  audit_after = sk_store_list_audit (f->store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (audit_after), ==, audit_n);

  g_assert_true (sk_outcome_import_undo (first, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (stored (f->store, PHONE, "VC", "2024-04"), ==, 91.1);
  g_assert_true (isnan (stored (f->store, "Sjukfrånvaro", "VC", "2024-05")));
}

/* Follow-up stays open on an adopted plan; its targets are never touched. */
static void
test_adopted_targets_untouched (Fixture *f, gconstpointer data)
{
  g_autoptr(SkPlan) plan2024 = sk_store_get_plan (f->store, 2024);
  gint64 sick = indicator_id (f->store, "Sjukfrånvaro");
  g_autoptr(SkTarget) before = sk_store_get_target (f->store, sick, 2024);
  g_autoptr(SkTarget) after = NULL;
  g_autoptr(SkOutcomeImport) import = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (plan2024);
  g_assert_true (sk_plan_is_adopted (plan2024));
  import = plan (f->store, "Indikator;Enhet;År;jan;feb\nSjukfrånvaro;VC;2024;5,5;5,6\n", -1, 0);
  g_assert_true (sk_outcome_import_apply (import, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (stored (f->store, "Sjukfrånvaro", "VC", "2024-02"), ==, 5.6);
  after = sk_store_get_target (f->store, sick, 2024);
  g_assert_cmpstr (before ? sk_target_get_text (before) : NULL, ==, after ? sk_target_get_text (after) : NULL);
}

static void
test_not_a_table (Fixture *f, gconstpointer data)
{
  static const char * const files[] = {
    "", "\n\n", "a;b;c\n1;2;3\n", "Indikator;Enhet;jan\nSjukfrånvaro;VC;1\n",
    "Indikator;Enhet;Period\nSjukfrånvaro;VC;2024-01\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(SkOutcomeImport) import = sk_outcome_import_new ();
      g_autoptr(GError) error = NULL;

      g_assert_false (sk_outcome_import_read_csv (import, files[i], strlen (files[i]), 0, 0, NULL, &error));
      g_assert_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FORMAT);
    }
}

/* FNV-1a over the bytes as a file holds them: the sum the reader gives. */
static guint64
fnv1a (const char *data,
       gsize       length)
{
  guint64 sum = 14695981039346656037ull;

  for (gsize i = 0; i < length; i++)
    sum = (sum ^ (guchar) data[i]) * 1099511628211ull;
  return sum;
}

/* @data read a piece at a time (as a file is) gives the records the parser
 * gives of the whole text, with the same numbers. */
static void
assert_reads_as_whole (const char    *data,
                       gsize          length,
                       SkCsvEncoding  encoding,
                       char           separator)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GInputStream) again = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(SkCsvReader) reader = sk_csv_reader_new (stream, encoding);
  g_autoptr(SkCsvReader) copying = sk_csv_reader_new (again, encoding);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  SkCsvEncoding found;
  SkCsvParser parser;
  guint records = 0;

  text = sk_csv_decode (data, length, &found, &error);
  g_assert_no_error (error);
  g_assert_cmpint (found, ==, encoding);
  sk_csv_reader_set_separator (reader, separator);
  sk_csv_reader_set_separator (copying, separator);
  sk_csv_parser_init (&parser, text, separator);
  for (;;)
    {
      g_auto(GStrv) whole = sk_csv_parser_next (&parser);
      g_auto(GStrv) copied = sk_csv_reader_next (copying, &error);
      guint n = 12345;
      char **fields = sk_csv_reader_next_fields (reader, &n, &error);

      g_assert_no_error (error);
      if (whole == NULL)
        {
          g_assert_null (fields);
          g_assert_null (copied);
          break;
        }
      records++;
      g_assert_nonnull (fields);
      g_assert_cmpuint (n, ==, g_strv_length (whole));
      g_assert_cmpstrv ((const char * const *) fields, (const char * const *) whole);
      g_assert_cmpstrv ((const char * const *) copied, (const char * const *) whole);
      g_assert_cmpuint (sk_csv_reader_get_record (reader), ==, parser.record);
      /* Changing the fields in place (stripping) changes nothing read next. */
      for (guint i = 0; i < n; i++)
        memset (fields[i], '"', strlen (fields[i]));
    }
  g_assert_cmpuint (records, >, 0);
  g_assert_cmpuint (sk_csv_reader_get_offset (reader), ==, length);
  g_assert_cmpuint (sk_csv_reader_get_checksum (reader), ==, fnv1a (data, length));
  g_assert_cmpuint (sk_csv_reader_get_checksum (copying), ==, fnv1a (data, length));

  /* Without the sum: the same records, and no sum to compare. */
  {
    g_autoptr(GInputStream) unsummed = g_memory_input_stream_new_from_bytes (bytes);
    g_autoptr(SkCsvReader) quick = sk_csv_reader_new (unsummed, encoding);
    guint n = 0, last = 0;

    sk_csv_reader_skip_checksum (quick);
    sk_csv_reader_set_separator (quick, separator);
    while (sk_csv_reader_next_fields (quick, &n, &error) != NULL)
      last = sk_csv_reader_get_record (quick);
    g_assert_no_error (error);
    g_assert_cmpuint (last, ==, records);
    g_assert_cmpuint (sk_csv_reader_get_checksum (quick), ==, 0);
    g_assert_cmpuint (sk_csv_reader_get_offset (quick), ==, length);
  }
}

static void
test_reader_pieces (void)
{
  /* What a piece boundary can cut: a doubled quote, a closing quote, a
   * line break in quotes (Windows and not), a Windows line end, a lone
   * "\r", a separator, a character of two bytes, a blank line. */
  static const char *tail = "VC;\"q\"\"u;\r\nt\ne\";\"\";x\"y\r\nå;2024-04;91,1\r\r\n\"a\"\"\"\n";
  static const char *const cases[][2] = { { ";", "" }, { ",", "" }, { "\t", "" }, { ";", "\xEF\xBB\xBF" } };
  static const SkCsvEncoding encodings[] = { SK_CSV_UTF8, SK_CSV_UTF8, SK_CSV_UTF8, SK_CSV_UTF8_BOM };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (gsize shift = 0; shift <= strlen (tail) + 2; shift++)
      {
        g_autoptr(GString) data = g_string_new (cases[c][1]);
        g_autofree char *record = NULL;

        g_string_append (data, "Indikator;Enhet;Period;Värde\r\n");
        /* One record of 65 536 bytes less the shift, then the tail. */
        g_string_append (data, "Sjukfrånvaro;");
        while (data->len < 65536 - 40 + shift)
          g_string_append_c (data, 'x');
        g_string_append (data, "\r\n");
        while (data->len < 65536 - 20 + shift)
          g_string_append_c (data, 'y');
        g_string_append (data, tail);
        g_string_append (data, tail);
        if (cases[c][0][0] != ';')
          g_strdelimit (data->str, ";", cases[c][0][0]);
        assert_reads_as_whole (data->str, data->len, encodings[c], cases[c][0][0]);
      }
}

static void
test_reader_random (void)
{
  static const char * const bits[] = {
    "\"", "\"\"", ";", ",", "\t", "\r", "\n", "\r\n", "a", "å", " ", "Sjukfrånvaro", "\"x;\r\ny\"",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);

  /* Files of any shape, quotes that never close among them, each byte of
   * them at a piece boundary somewhere. */
  for (guint round = 0; round < 60; round++)
    {
      g_autoptr(GString) data = g_string_new (NULL);
      gsize length = g_rand_int_range (rand, 1, 200000);

      while (data->len < length)
        g_string_append (data, bits[g_rand_int_range (rand, 0, G_N_ELEMENTS (bits))]);
      assert_reads_as_whole (data->str, data->len, SK_CSV_UTF8, ";,\t"[round % 3]);
    }
}

static void
test_reader_long_records (void)
{
  g_autoptr(GString) data = g_string_new ("Indikator;Enhet;Period;Värde\n");
  g_autoptr(GString) cp1252 = g_string_new (NULL);

  /* Records of several pieces: unquoted, and quoted with every kind of
   * break and doubled quotes in it. */
  static const char * const letters[] = { "a", "b", "c", "å" };

  for (guint i = 0; i < 200000; i++)
    g_string_append (data, letters[i % 4]);
  g_string_append (data, ";\"");
  for (guint i = 0; i < 30000; i++)
    g_string_append (data, i % 3 == 0 ? "\"\"" : i % 3 == 1 ? ";\r\n" : "\n\r");
  g_string_append (data, "\";end\r\nlast;\"unclosed\n");
  assert_reads_as_whole (data->str, data->len, SK_CSV_UTF8, ';');
  assert_reads_as_whole (data->str, data->len - 1, SK_CSV_UTF8, ';');

  /* Windows-1252: one byte a character in the file, two in the text. */
  for (guint i = 0; i < 70000; i++)
    g_string_append (cp1252, i % 1000 == 999 ? "\xE5;\"\xF6\r\n\xE4\"\r\n" : "\xE5\xE4");
  g_string_append (cp1252, "\x80;\"\xD6\"\"\"");
  assert_reads_as_whole (cp1252->str, cp1252->len, SK_CSV_CP1252, ';');
}
/* A file read a piece at a time is found to be in the encoding decoding
 * it whole finds, or refused with the same message: characters cut by
 * the pieces, and bytes of every kind. */
static void
test_scan_as_decode (void)
{
  static const char * const bits[] = {
    "å", "–", "\xF0\x9F\x98\x80", "\xE5", "\x81", "\x80", "\xC0\xAF", "\xED\xA0\x80",
    "\xF4\x90\x80\x80", "\xC3", "\xE2\x80", "\xF8\x88\x80\x80\x80", "\xEF\xBB\xBF",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(GString) data = g_string_new (round % 5 == 0 ? "\xEF\xBB\xBF" : "");
      gsize length = g_rand_int_range (rand, 1, 140000);
      /* Mostly text of one kind; now and then a byte of another. */
      guint kinds = round % 3 == 0 ? 3 : G_N_ELEMENTS (bits);
      guint every = g_rand_int_range (rand, 2, 40000);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GInputStream) stream = NULL;
      g_autoptr(GError) scan_error = NULL;
      g_autoptr(GError) decode_error = NULL;
      g_autofree char *text = NULL;
      SkCsvEncoding scanned = 99, decoded = 99;
      guint64 size = 0;
      gboolean ok;

      while (data->len < length)
        {
          if (g_rand_int_range (rand, 0, every) == 0)
            g_string_append (data, bits[g_rand_int_range (rand, 0, kinds)]);
          else if (g_rand_int_range (rand, 0, 8) == 0)
            g_string_append (data, bits[g_rand_int_range (rand, 0, 3)]);
          else
            g_string_append_c (data, "Ab;1\r\n\" x"[g_rand_int_range (rand, 0, 9)]);
        }
      /* Windows-1252 but for one byte it leaves undefined, anywhere. */
      if (round % 4 == 1)
        {
          g_strdelimit (data->str, "\x81\x8D\x8F\x90\x9D", 'x');
          data->str[g_rand_int_range (rand, 0, data->len)] = "\x81\x8D\x8F\x90\x9D"[round % 5];
        }
      bytes = g_bytes_new (data->str, data->len);
      stream = g_memory_input_stream_new_from_bytes (bytes);
      ok = sk_csv_scan (stream, &scanned, &size, NULL, &scan_error);
      text = sk_csv_decode (data->str, data->len, &decoded, &decode_error);
      g_assert_cmpint (ok, ==, text != NULL);
      if (ok)
        {
          g_assert_cmpint (scanned, ==, decoded);
          g_assert_cmpuint (size, ==, data->len);
        }
      else
        g_assert_cmpstr (scan_error->message, ==, decode_error->message);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  sk_test_backend_init ();

  g_test_add_func ("/csv/decode", test_decode);
  g_test_add_func ("/csv/quotes", test_parse_quotes);
  g_test_add_func ("/csv/separator", test_separator);
  g_test_add_func ("/csv/reader/pieces", test_reader_pieces);
  g_test_add_func ("/csv/reader/long-records", test_reader_long_records);
  g_test_add_func ("/csv/reader/random", test_reader_random);
  g_test_add_func ("/csv/scan-as-decode", test_scan_as_decode);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/csv/import/cases", test_cases);
  ADD ("/csv/import/quoted-comment", test_quoted_comment);
  ADD ("/csv/import/values", test_values);
  ADD ("/csv/import/refusals", test_refusals);
  ADD ("/csv/import/wide-refusal-place", test_wide_refusal_place);
  ADD ("/csv/import/twice-and-undo", test_apply_twice_and_undo);
  ADD ("/csv/import/adopted-targets", test_adopted_targets_untouched);
  ADD ("/csv/import/not-a-table", test_not_a_table);
#undef ADD
  return g_test_run ();
}
