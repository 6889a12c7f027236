/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-adopted-lock"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cli-test-util.h"

/*
 * The CLI's edit commands against the adopted example plans, as a table:
 * what each answers (exit code, words in the message) and that a refused
 * command leaves the database exactly as it was (the whole export, history
 * included). The `cli` branch adds its own commands' rows in its tests.
 */

typedef struct
{
  SkCliFixture cli;
  char *changed_plan;  /* an export whose adopted 2025 plan has another target */
} Fixture;

#define PHONE "telefontillgänglighet"

static char *
export (Fixture *fx)
{
  g_auto(SkCliRun) run = { NULL };
  const char *args[] = { "--db", fx->cli.db, "export-json", NULL };

  sk_cli_fixture_run_argv (&fx->cli, &run, NULL, args);
  g_assert_cmpint (run.exit_code, ==, 0);
  return g_steal_pointer (&run.out);
}

/* The export with the first target of the 2025 plan changed. */
static char *
changed_plan_file (Fixture *fx)
{
  g_autofree char *json = export (fx);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *plans;
  char *path = g_build_filename (fx->cli.dir, "changed.json", NULL);

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  plans = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "plans");
  for (guint i = 0; i < json_array_get_length (plans); i++)
    {
      JsonObject *plan = json_array_get_object_element (plans, i);

      if (json_object_get_int_member (plan, "year") == 2025)
        {
          JsonArray *targets = json_object_get_array_member (plan, "targets");
          json_object_set_string_member (json_array_get_object_element (targets, 0), "text", ">80 %");
        }
    }
  json_generator_set_root (gen, json_parser_get_root (parser));
  g_assert_true (json_generator_to_file (gen, path, &error));
  return path;
}

static void
fixture_set_up (Fixture *fx, gconstpointer data)
{
  sk_cli_fixture_set_up (&fx->cli, "styrkort-cli-lock-XXXXXX");
  sk_cli_fixture_load_example (&fx->cli);
  fx->changed_plan = changed_plan_file (fx);
}

static void
fixture_tear_down (Fixture *fx, gconstpointer data)
{
  sk_cli_fixture_tear_down (&fx->cli);
  g_free (fx->changed_plan);
}

typedef struct
{
  const char *name;
  const char *args[12];   /* after "--db DB"; "@CHANGED" is the changed export */
  gboolean    swedish;
  int         exit_code;
  const char *words;      /* in the standard error (or output when it succeeded) */
  gboolean    unchanged;  /* the database is exactly as before */
} Row;

static const Row rows[] = {
  { "target of the adopted 2025 plan",
    { "set-target", "--indicator", PHONE, "--year", "2025", ">99 %" },
    FALSE, 1, "The plan for 2025 is adopted", TRUE },
  { "target of the adopted 2024 plan",
    { "set-target", "--indicator", PHONE, "--year", "2024", ">99 %" },
    FALSE, 1, "The plan for 2024 is adopted", TRUE },
  { "clearing a target of the adopted plan",
    { "set-target", "--indicator", PHONE, "--year", "2025", "" },
    FALSE, 1, "is adopted", TRUE },
  { "the refusal in Swedish",
    { "set-target", "--indicator", PHONE, "--year", "2025", ">99 %" },
    TRUE, 1, "Planen för 2025 är fastställd av nämnden", TRUE },
  { "target for a year without a plan",
    { "set-target", "--indicator", PHONE, "--year", "2026", ">99 %" },
    FALSE, 1, "There is no plan for 2026", TRUE },
  { "… says how to make the plan",
    { "set-target", "--indicator", PHONE, "--year", "2026", ">99 %" },
    FALSE, 1, "copy-plan --from 2025 --to 2026", TRUE },
  { "… in Swedish",
    { "set-target", "--indicator", PHONE, "--year", "2026", ">99 %" },
    TRUE, 1, "Det finns ingen plan för 2026", TRUE },
  { "import of a changed adopted plan",
    { "import-json", "@CHANGED" },
    FALSE, 0, "left as adopted: the target of", TRUE },
  { "… names what the file has",
    { "import-json", "@CHANGED" },
    FALSE, 0, "(the file has “>80 %”)", TRUE },
  { "… in Swedish",
    { "import-json", "@CHANGED" },
    TRUE, 0, "lämnades som den fastställdes", TRUE },
  /* follow-up stays open */
  { "an outcome in the adopted year",
    { "set-outcome", "--indicator", PHONE, "--unit", "Vårdcentralen Halland",
      "--period", "2025-05", "--value", "93" },
    FALSE, 0, NULL, FALSE },
};

static void
test_table (Fixture *fx, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const Row *row = &rows[i];
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autofree char *before = export (fx);
      g_autofree char *after = NULL;
      g_auto(SkCliRun) run = { NULL };

      g_ptr_array_add (args, (gpointer) "--db");
      g_ptr_array_add (args, fx->cli.db);
      for (guint j = 0; row->args[j] != NULL; j++)
        g_ptr_array_add (args, (gpointer) (g_str_equal (row->args[j], "@CHANGED") ? fx->changed_plan : row->args[j]));
      g_ptr_array_add (args, NULL);
      sk_cli_fixture_run_argv (&fx->cli, &run, row->swedish ? "sv" : NULL, (const char * const *) args->pdata);
      g_test_message ("%s: exit %d\n%s%s", row->name, run.exit_code, run.out, run.err);

      if (run.exit_code != row->exit_code)
        g_error ("%s: exit %d, expected %d: %s", row->name, run.exit_code, row->exit_code, run.err);
      if (row->words != NULL && strstr (run.err, row->words) == NULL && strstr (run.out, row->words) == NULL)
        g_error ("%s: “%s” not in: %s", row->name, row->words, run.err);
      /* No SQL jargon, never a crash: a sentence for people. */
      g_assert_null (strstr (run.err, "SQLite"));
      if (row->unchanged)
        {
          after = export (fx);
          if (g_strcmp0 (before, after) != 0)
            g_error ("%s: the database changed", row->name);
        }
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli/adopted-lock/table", Fixture, NULL, fixture_set_up, test_table, fixture_tear_down);
  return g_test_run ();
}
