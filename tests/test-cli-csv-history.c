/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-csv-history"

#include "config.h"

#include <string.h>

#include "sk-exchange.h"
#include "sk-store.h"
#include "cli-test-util.h"

/* `styrkort-cli history` after `import-csv`: the values a file put into
 * empty cells told as one import, a replaced value as its own change. */

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

static void
test_history (Fixture       *fx,
              gconstpointer  data)
{
  g_autofree char *first = sk_cli_fixture_write_file (fx, "utfall-2030.csv",
                                                       "Indikator;Enhet;Period;Värde\n"
                                                       "Sjukfrånvaro;VC;2030-01;5,1\n"
                                                       "Sjukfrånvaro;VC;2030-02;5,2\n"
                                                       "Sjukfrånvaro;VC;2030-03;5,3\n");
  g_autofree char *second = sk_cli_fixture_write_file (fx, "rättelse.csv",
                                                        "Indikator;Enhet;Period;Värde\n"
                                                        "Sjukfrånvaro;VC;2030-02;6,2\n");
  g_auto(SkCliRun) run = { 0 };
  g_auto(SkCliRun) history = { 0 };
  g_auto(SkCliRun) again = { 0 };

  sk_cli_fixture_run (fx, &run, NULL, "--db", fx->db, "import-csv", first, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &again, NULL, "--db", fx->db, "import-csv", second, NULL);
  g_assert_cmpint (again.exit_code, ==, 0);
  sk_cli_fixture_run (fx, &history, "sv", "--db", fx->db, "history", "--indicator", "Sjukfrånvaro", NULL);
  g_assert_cmpint (history.exit_code, ==, 0);
  g_assert_nonnull (strstr (history.out, "import av utfall-2030.csv"));
  g_assert_nonnull (strstr (history.out, "3 nya värden"));
  /* The replaced value: from what to what, where. */
  g_assert_nonnull (strstr (history.out, "2030-02"));
  g_assert_nonnull (strstr (history.out, "5,2 % → 6,2 %"));
  g_assert_null (strstr (history.out, "2030-01"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli/import-csv/history", Fixture, NULL, fixture_set_up, test_history, fixture_tear_down);
  return g_test_run ();
}
