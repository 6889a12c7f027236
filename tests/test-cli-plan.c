/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-plan"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "cli-test-util.h"

/*
 * The CLI does what the app does with plans, goals and the
 * work-environment plan: next year's plan made by a script, checked
 * through export-json and the listings; and every refusal says what the
 * app says, exits non-zero and leaves the database as it was.
 */

typedef SkCliFixture Fixture;

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  sk_cli_fixture_set_up (fx, "styrkort-cli-plan-XXXXXX");
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  sk_cli_fixture_tear_down (fx);
}

/* Runs the CLI on the fixture's database with the arguments (a NULL-terminated
 * array); @language NULL for the test's own (English), "sv" for Swedish. */
static void
run_args (Fixture            *fx,
          SkCliRun           *run,
          const char         *language,
          const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, fx->db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  sk_cli_fixture_run_argv (fx, run, language, (const char * const *) argv->pdata);
}

static void
run_cli (Fixture    *fx,
         SkCliRun   *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  run_args (fx, run, NULL, (const char * const *) args->pdata);
}

/* Runs a command that must succeed, printing nothing on stderr. */
#define RUN_OK(fx, ...) \
  G_STMT_START { \
    g_auto(SkCliRun) ok_run = { NULL }; \
    run_cli ((fx), &ok_run, __VA_ARGS__, NULL); \
    g_assert_cmpstr (ok_run.err, ==, ""); \
    g_assert_cmpint (ok_run.exit_code, ==, 0); \
  } G_STMT_END

/* Through a file: the test log keeps what the CLI prints, and an
 * export is a quarter of a megabyte. */
static char *
export_json (Fixture *fx)
{
  g_auto(SkCliRun) run = { NULL };
  g_autofree char *path = g_build_filename (fx->dir, "export.json", NULL);
  g_autoptr(GError) error = NULL;
  char *json = NULL;

  run_cli (fx, &run, "export-json", "--output", path, NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_file_get_contents (path, &json, NULL, &error);
  g_assert_no_error (error);
  return json;
}

/* The exported plan of @year, from @parser's root. */
static JsonObject *
exported_plan (JsonParser *parser,
               int         year)
{
  JsonArray *plans = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "plans");

  for (guint i = 0; i < json_array_get_length (plans); i++)
    {
      JsonObject *plan = json_array_get_object_element (plans, i);

      if (json_object_get_int_member (plan, "year") == year)
        return plan;
    }
  return NULL;
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *text)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), text) == 0)
      return TRUE;
  return FALSE;
}

/* The board goal called @text anywhere in the exported plan, or NULL. */
static JsonObject *
find_goal_in (JsonArray  *goals,
              const char *text)
{
  for (guint i = 0; goals != NULL && i < json_array_get_length (goals); i++)
    {
      JsonObject *goal = json_array_get_object_element (goals, i);

      if (g_strcmp0 (json_object_get_string_member (goal, "text"), text) == 0)
        return goal;
    }
  return NULL;
}

static JsonObject *
find_goal (JsonObject *plan,
           const char *text)
{
  JsonArray *areas = json_object_get_array_member (plan, "focus_areas");

  for (guint a = 0; a < json_array_get_length (areas); a++)
    {
      JsonObject *area = json_array_get_object_element (areas, a);
      JsonArray *regional = json_object_get_array_member (area, "regional_goals");
      JsonObject *goal = find_goal_in (json_object_get_array_member (area, "goals"), text);

      if (goal != NULL)
        return goal;
      for (guint r = 0; r < json_array_get_length (regional); r++)
        {
          JsonObject *rg = json_array_get_object_element (regional, r);

          if ((goal = find_goal_in (json_object_get_array_member (rg, "goals"), text)) != NULL)
            return goal;
        }
    }
  return NULL;
}

/* The TSV row whose @column (0-based) is @value, or NULL. */
static char **
tsv_row (const char *tsv,
         guint       column,
         const char *value)
{
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      if (g_strv_length (fields) > column && g_strcmp0 (fields[column], value) == 0)
        return g_steal_pointer (&fields);
    }
  return NULL;
}

#define OLD_GOAL "Stärka krisberedskap genom systematisk kontinuitetshantering"
#define NEW_NAME "Stärka krisberedskapen genom systematisk kontinuitetshantering och övning"
#define ADDED_GOAL "Öka andelen barn som besöker Folktandvården enligt plan"
#define FTV_INDICATOR "Andel undersökningar på barn i Folktandvården som genomförs i tid"
#define PRIORITY "Hot och våld i vården"
#define TITLE "Verksamhetsplan och arbetsmiljöplan 2026 för Driftnämnden Närsjukvård"

/* Next year's plan as the administration makes it each autumn, by script. */
static void
test_next_year_by_script (Fixture       *fx,
                          gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(SkCliRun) run = { NULL };
  g_auto(GStrv) row = NULL;
  g_autofree char *json = NULL;
  g_autofree char *goal_id = NULL;
  JsonObject *plan, *goal, *decision, *work_env;
  JsonArray *priorities;
  gboolean found = FALSE;

  sk_cli_fixture_load_example (fx);
  run_cli (fx, &run, "copy-plan", "--from", "2025", "--to", "2026", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "2026"));

  /* A goal found by a unique part of its text, in any case. */
  RUN_OK (fx, "goal", "rename", "--year", "2026", "--goal", "KRISBEREDSKAP", "--text", NEW_NAME);
  RUN_OK (fx, "goal", "add", "--year", "2026", "--regional", "nära vården", "--text", ADDED_GOAL);

  /* The id the listing shows names the goal as well as its text does. */
  run_cli (fx, &run, "--format", "tsv", "goals", "--year", "2026", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "id\tlevel\tposition\tfocus_area\tregional_goal\ttext\tindicators\n"));
  row = tsv_row (run.out, 5, ADDED_GOAL);
  g_assert_nonnull (row);
  g_assert_cmpstr (row[1], ==, "goal");
  g_assert_cmpstr (row[3], ==, "En tillgänglig och högkvalitativ hälso- och sjukvård");
  g_assert_cmpstr (row[4], ==, "En region som vidareutvecklar den nära vården");
  goal_id = g_strdup (row[0]);
  RUN_OK (fx, "link", "--year", "2026", "--goal", goal_id, "--indicator", FTV_INDICATOR);
  RUN_OK (fx, "goal", "move", "--year", "2026", "--goal", goal_id, "--position", "1");

  /* The same text in two focus areas: --area says which. */
  RUN_OK (fx, "goal", "move", "--year", "2026", "--area", "digital kraftsamling",
          "--goal", "Digitalt först", "--position", "1");

  RUN_OK (fx, "priority", "add", "--year", "2026", "--text", PRIORITY,
          "--description", "Förebygga och följa upp hot och våld mot medarbetare.");
  RUN_OK (fx, "rename-plan", "--year", "2026", "--title", TITLE);
  {
    /* Adopting with warnings is allowed, as in the dialog, and they are named:
     * the copied baseline "utfall 2024-12-31" is a year behind in 2026. */
    g_auto(SkCliRun) adopt = { NULL };

    run_cli (fx, &adopt, "adopt", "--year", "2026", "--date", "2025-12-10", "--paragraph", "§112",
             "--diary", "DN NSV250412", NULL);
    g_assert_cmpint (adopt.exit_code, ==, 0);
    g_assert_nonnull (strstr (adopt.out, "The plan for 2026 is adopted\nTo look over: Antal listade patienter: "));
    g_assert_nonnull (strstr (adopt.out, "compares with the outcome on 2024-12-31"));
  }

  /* What export-json holds is what was done. */
  json = export_json (fx);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  plan = exported_plan (parser, 2026);
  g_assert_nonnull (plan);
  g_assert_cmpstr (json_object_get_string_member (plan, "status"), ==, "adopted");
  g_assert_cmpstr (json_object_get_string_member (plan, "title"), ==, TITLE);
  decision = json_object_get_object_member (plan, "decision");
  g_assert_cmpstr (json_object_get_string_member (decision, "date"), ==, "2025-12-10");
  g_assert_cmpstr (json_object_get_string_member (decision, "paragraph"), ==, "§112");
  g_assert_cmpstr (json_object_get_string_member (decision, "diary_number"), ==, "DN NSV250412");

  g_assert_null (find_goal (plan, OLD_GOAL));
  g_assert_nonnull (find_goal (plan, NEW_NAME));
  goal = find_goal (plan, ADDED_GOAL);
  g_assert_nonnull (goal);
  g_assert_true (array_has_string (json_object_get_array_member (goal, "indicators"), FTV_INDICATOR));

  work_env = json_object_get_object_member (plan, "work_environment");
  priorities = json_object_get_array_member (work_env, "priority_areas");
  for (guint i = 0; i < json_array_get_length (priorities); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (priorities, i), "title"),
                   PRIORITY) == 0)
      found = TRUE;
  g_assert_true (found);

  /* 2025 is as the board adopted it. */
  plan = exported_plan (parser, 2025);
  g_assert_nonnull (find_goal (plan, OLD_GOAL));
  g_assert_null (find_goal (plan, ADDED_GOAL));

  /* What follows an adopted plan up stays open. */
  RUN_OK (fx, "priority", "follow-up", "--year", "2025", "--priority", "Riskorienterat",
          "--period", "2025-08", "--text", "Riskbedömningar gjorda på alla vårdcentraler.");
  g_clear_pointer (&json, g_free);
  g_clear_object (&parser);
  parser = json_parser_new ();
  json = export_json (fx);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  plan = exported_plan (parser, 2025);
  g_assert_nonnull (strstr (json, "Riskbedömningar gjorda på alla vårdcentraler."));
  g_assert_cmpstr (json_object_get_string_member (plan, "status"), ==, "adopted");

  /* And the listings say the same. */
  run_cli (fx, &run, "--format", "tsv", "plans", NULL);
  g_clear_pointer (&row, g_strfreev);
  row = tsv_row (run.out, 0, "2026");
  g_assert_nonnull (row);
  g_assert_cmpstr (row[1], ==, "adopted");
  g_assert_cmpstr (row[3], ==, "2025-12-10, §112, DN NSV250412");

  run_cli (fx, &run, "--format", "tsv", "goals", "--year", "2026", NULL);
  g_clear_pointer (&row, g_strfreev);
  row = tsv_row (run.out, 5, ADDED_GOAL);
  g_assert_nonnull (row);
  g_assert_cmpstr (row[0], ==, goal_id);
  g_assert_cmpstr (row[2], ==, "1");
  g_assert_cmpstr (row[6], ==, FTV_INDICATOR);

  g_assert_nonnull (strstr (run.out, "\tgoal\t1\tEn digital kraftsamling för framtidens välfärd\t"
                                     "En region som bidrar till en smartare och enklare vardag genom AI och "
                                     "informationsdriven utveckling\tDigitalt först"));
  g_assert_nonnull (strstr (run.out, "\tgoal\t3\tEn tillgänglig och högkvalitativ hälso- och sjukvård\t"
                                     "En region som säkerställer god och tillgänglig vård\tDigitalt först"));

  run_cli (fx, &run, "--format", "tsv", "work-env", "show", "--year", "2026", NULL);
  g_clear_pointer (&row, g_strfreev);
  row = tsv_row (run.out, 3, PRIORITY);
  g_assert_nonnull (row);
  g_assert_cmpstr (row[0], ==, "priority");
}

/* ---- Refusals ---- */

typedef struct
{
  const char *args[16];
  int         exit_code;
  const char *message;   /* part of what stderr says (English) */
} Refusal;

static void
check_refusal (Fixture       *fx,
               const Refusal *r)
{
  g_auto(SkCliRun) run = { NULL };
  g_autofree char *before = export_json (fx);
  g_autofree char *after = NULL;
  g_autofree char *line = g_strjoinv (" ", (char **) r->args);

  g_test_message ("refusal: %s", line);
  run_args (fx, &run, NULL, r->args);
  if (strstr (run.err, r->message) == NULL)
    g_error ("“%s” said “%s”, not “%s”", line, run.err, r->message);
  g_assert_cmpint (run.exit_code, ==, r->exit_code);
  g_assert_true (g_str_has_prefix (run.err, "styrkort-cli: "));
  /* SQLite's own words ("UNIQUE constraint failed …") mean nothing to a planner. */
  g_assert_null (strstr (run.err, "SQLite"));
  after = export_json (fx);
  if (g_strcmp0 (before, after) != 0)
    g_error ("“%s” was refused but changed the database", line);
}

/* 2025 and 2024 are adopted in the example; 2026 is a draft copy of 2025. */
static void
set_up_draft (Fixture *fx)
{
  sk_cli_fixture_load_example (fx);
  RUN_OK (fx, "copy-plan", "--from", "2025");
}

#define ADOPTED "The plan for 2025 is adopted"
#define IN_2025 "--year", "2025"
#define A_GOAL "Utveckla ett tydligt, tryggt och affärsmässigt bemötande"
#define A_LINKED "Antal listade patienter"
#define AREA "En tillgänglig och högkvalitativ hälso- och sjukvård"
#define REGISTER_INDICATOR "Antal listade patienter"

static const Refusal refusals[] = {
  /* An adopted plan's goals and links (the store refuses; the app says the same). */
  { { "goal", "add", IN_2025, "--area", AREA, "--text", "Ett nytt mål", NULL }, 1, ADOPTED },
  { { "goal", "rename", IN_2025, "--goal", A_GOAL, "--text", "Digitalt först", NULL }, 1, ADOPTED },
  { { "goal", "remove", IN_2025, "--goal", A_GOAL, NULL }, 1, ADOPTED },
  { { "goal", "move", IN_2025, "--goal", A_GOAL, "--position", "1", NULL }, 1, ADOPTED },
  { { "area", "add", IN_2025, "--text", "Nytt fokusområde", NULL }, 1, ADOPTED },
  { { "area", "rename", IN_2025, "--area", AREA, "--text", "Vård", NULL }, 1, ADOPTED },
  { { "area", "remove", IN_2025, "--area", AREA, NULL }, 1, ADOPTED },
  { { "regional", "add", IN_2025, "--area", AREA, "--text", "Ett nytt RF-mål", NULL }, 1, ADOPTED },
  { { "link", IN_2025, "--goal", A_GOAL, "--indicator", "Andel besök på distans", NULL }, 1, ADOPTED },
  { { "unlink", IN_2025, "--goal", A_GOAL, "--indicator", A_LINKED, NULL }, 1, ADOPTED },
  { { "adopt", IN_2025, "--date", "2025-12-10", NULL }, 1, "The plan for 2025 is already adopted" },

  /* Years, goals and indicators that do not exist. */
  { { "goal", "add", "--year", "2031", "--area", AREA, "--text", "Ett mål", NULL }, 1, "There is no plan for 2031." },
  { { "adopt", "--year", "2031", "--date", "2030-12-10", NULL }, 1, "There is no plan for 2031." },
  { { "copy-plan", "--from", "2031", "--to", "2032", NULL }, 1, "There is no plan for 2031." },
  { { "rename-plan", "--year", "2031", "--title", "Plan", NULL }, 1, "There is no plan for 2031." },
  { { "work-env", "goal", "--year", "2031", "--text", "Mål", NULL }, 1, "There is no plan for 2031." },
  { { "goal", "rename", "--year", "2026", "--goal", "Inget sådant mål", "--text", "x", NULL }, 1,
    "The plan for 2026 has no board goal “Inget sådant mål”" },
  { { "goal", "remove", "--year", "2026", "--goal", "999999", NULL }, 1, "has no board goal “999999”" },
  { { "goal", "add", "--year", "2026", "--area", "Inget sådant område", "--text", "x", NULL }, 1,
    "has no focus area “Inget sådant område”" },
  { { "priority", "remove", "--year", "2026", "--priority", "Inget sådant", NULL }, 1, "has no priority area" },
  { { "link", "--year", "2026", "--goal", A_GOAL, "--indicator", "Ingen sådan indikator", NULL }, 1,
    "No indicator is called “Ingen sådan indikator”." },
  { { "goal", "rename", "--year", "2026", "--goal", "och", "--text", "x", NULL }, 1, "board goals: write more" },
  { { "link", "--year", "2026", "--goal", A_GOAL, "--indicator", "Andel", NULL }, 1,
    "indicators: write more of the name." },

  /* Empty and invalid text: the store's words. */
  { { "goal", "add", "--year", "2026", "--area", AREA, "--text", "", NULL }, 1, "The text cannot be empty." },
  { { "goal", "rename", "--year", "2026", "--goal", A_GOAL, "--text", "   ", NULL }, 1, "The text cannot be empty." },
  { { "area", "add", "--year", "2026", "--text", "", NULL }, 1, "The text cannot be empty." },
  { { "priority", "add", "--year", "2026", "--text", " ", NULL }, 1, "The text cannot be empty." },
  { { "goal", "add", "--year", "2026", "--area", AREA, "--text", "a\033[2Jb", NULL }, 2, "control character" },

  /* Duplicates. */
  { { "new-plan", "--year", "2025", NULL }, 1, "There is already a plan for 2025." },
  { { "copy-plan", "--from", "2025", "--to", "2024", NULL }, 1, "There is already a plan for 2024." },
  { { "goal", "add", "--year", "2026", "--area", AREA, "--regional", "god och tillgänglig vård",
      "--text", A_GOAL, NULL }, 1, "That name is already in use." },
  { { "area", "add", "--year", "2026", "--text", AREA, NULL }, 1, "That name is already in use." },
  { { "link", "--year", "2026", "--goal", A_GOAL, "--indicator", A_LINKED, NULL }, 1,
    "“" A_LINKED "” is already linked to “" A_GOAL "”." },
  /* Two goals of one text, in two focus areas: the text alone does not say which. */
  { { "goal", "remove", "--year", "2026", "--goal", "Digitalt först – fysiskt när det behövs", NULL }, 1,
    "matches 2 board goals" },
  { { "work-env", "indicator", "add", "--year", "2026", "--indicator", "Personalomsättning", NULL }, 1,
    "“Personalomsättning” is already in the work-environment plan for 2026." },

  /* Dates as the adopt dialog takes them. */
  { { "adopt", "--year", "2026", "--date", "2025-02-30", NULL }, 2, "“2025-02-30” is not a date" },
  { { "adopt", "--year", "2026", "--date", "10 dec 2025", NULL }, 2, "is not a date: write it as YYYY-MM-DD" },
  { { "adopt", "--year", "2026", "--date", "2025-12-1", NULL }, 2, "is not a date" },
  { { "adopt", "--year", "2026", "--paragraph", "§112", NULL }, 2, "The decision date is needed." },

  { { "priority", "follow-up", "--year", "2026", "--priority", "Riskorienterat", "--period", "2026-13",
      "--text", "x", NULL }, 2, "“2026-13” is not a month" },

  /* Usage. */
  { { "goal", "move", "--year", "2026", "--goal", A_GOAL, "--position", "0", NULL }, 2, "--position" },
  { { "goal", "add", "--year", "2026", "--text", "Mål utan område", NULL }, 2, "Give --area" },
  { { "regional", "add", "--year", "2026", "--text", "RF-mål utan område", NULL }, 2, "Give --area" },
  { { "goal", "add", "--year", "2026", "--regional", "Inget sådant RF-mål", "--text", "x", NULL }, 1,
    "has no regional goal “Inget sådant RF-mål”" },
  { { "goal", NULL }, 2, "Say what to do: styrkort-cli goal add|rename|remove|move" },
  { { "goal", "paint", NULL }, 2, "Unknown action “paint”" },
};

static void
test_refusals (Fixture       *fx,
               gconstpointer  data)
{
  set_up_draft (fx);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    check_refusal (fx, &refusals[i]);
}

/* The work-environment plan of an adopted year is the board's too. */
static const Refusal adopted_work_env[] = {
  { { "work-env", "goal", IN_2025, "--text", "Ett annat mål", NULL }, 1, ADOPTED },
  { { "work-env", "indicator", "remove", IN_2025, "--indicator", "Personalomsättning", NULL }, 1, ADOPTED },
  { { "work-env", "indicator", "add", IN_2025, "--indicator", REGISTER_INDICATOR, NULL }, 1, ADOPTED },
  { { "priority", "add", IN_2025, "--text", "Nytt område", NULL }, 1, ADOPTED },
  { { "priority", "rename", IN_2025, "--priority", "Riskorienterat", "--text", "Risker", NULL }, 1, ADOPTED },
  { { "priority", "describe", IN_2025, "--priority", "Riskorienterat", "--description", "Ny", NULL }, 1, ADOPTED },
  { { "priority", "move", IN_2025, "--priority", "Riskorienterat", "--position", "3", NULL }, 1, ADOPTED },
  { { "priority", "remove", IN_2025, "--priority", "Riskorienterat", NULL }, 1, ADOPTED },
};

static void
test_refusals_adopted_work_env (Fixture       *fx,
                                gconstpointer  data)
{
  set_up_draft (fx);
  for (guint i = 0; i < G_N_ELEMENTS (adopted_work_env); i++)
    check_refusal (fx, &adopted_work_env[i]);
}

/* What a refusal says, in Swedish under LANGUAGE=sv. */
static void
test_swedish (Fixture       *fx,
              gconstpointer  data)
{
  static const char *unknown_year[] = { "goal", "add", "--year", "2031", "--area", "x", "--text", "y", NULL };
  static const char *adopted[] = { "goal", "remove", IN_2025, "--goal", A_GOAL, NULL };
  static const char *done[] = { "priority", "add", "--year", "2026", "--text", PRIORITY, NULL };
  static const char *help[] = { "--help", NULL };
  g_auto(SkCliRun) run = { NULL };

  set_up_draft (fx);
  run_args (fx, &run, "sv", unknown_year);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_cmpstr (run.err, ==, "styrkort-cli: Det finns ingen plan för 2031. Skapa den med new-plan eller copy-plan.\n");
  run_args (fx, &run, "sv", adopted);
  g_assert_cmpint (run.exit_code, ==, 1);
  g_assert_nonnull (strstr (run.err, "2025 är fastställd"));
  run_args (fx, &run, "sv", done);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "”" PRIORITY "” lades till i planen för 2026 (id "));
  run_args (fx, &run, "sv", help);
  g_assert_nonnull (strstr (run.out, "Nämndens mål: lägg till (add)"));
}

/* --help names every new command, and each action's options. */
static void
test_help (Fixture       *fx,
           gconstpointer  data)
{
  static const char *commands[] = {
    "new-plan", "copy-plan", "rename-plan", "adopt", "goals", "area", "regional", "goal", "link", "unlink",
    "work-env", "priority",
  };
  g_auto(SkCliRun) run = { NULL };

  run_cli (fx, &run, "--help", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %s ", commands[i]);
      g_assert_nonnull (strstr (run.out, line));
    }
  run_cli (fx, &run, "goal", "--help", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "styrkort-cli goal ACTION"));
  for (guint i = 0; i < 4; i++)
    g_assert_nonnull (strstr (run.out, (const char *[]) { "  add ", "  rename ", "  remove ", "  move " }[i]));
  run_cli (fx, &run, "goal", "move", "--help", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "goal move"));
  g_assert_nonnull (strstr (run.out, "--position=N"));
  run_cli (fx, &run, "work-env", "indicator", "--help", NULL);
  g_assert_cmpint (run.exit_code, ==, 0);
  g_assert_nonnull (strstr (run.out, "work-env indicator ACTION"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli-plan/next-year-by-script", test_next_year_by_script);
  ADD ("/cli-plan/refusals", test_refusals);
  ADD ("/cli-plan/refusals/adopted-work-environment", test_refusals_adopted_work_env);
  ADD ("/cli-plan/swedish", test_swedish);
  ADD ("/cli-plan/help", test_help);
#undef ADD
  return g_test_run ();
}
