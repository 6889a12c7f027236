/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-report"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib.h>
#include <glib/gstdio.h>

/*
 * The board's follow-up report of the example's 2025 plan (25 indicators,
 * each with its trend chart; fictional outcomes 2024–2025 so every chart
 * has two years of months) written by `styrkort-cli report`, end to end
 * as a user runs it: the median wall time of RUNS runs and the peak
 * memory (maximum resident set size from /usr/bin/time -v), beside the
 * goals of issue 9 (≤ 0,26 s and ≤ 50 MB; LibreOffice Calc headless
 * drawing the same 25 charts to PDF took 2,6 s and ~210 MB).
 * Prints TAP; fails only when the command fails: the figures are the point.
 */

#define RUNS 11
#define GOAL_S 0.26
#define GOAL_MB 50.0

static char *dir;
static char *db;
static char *pdf;

static gboolean
run (const char * const *args,
     char              **err_out)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | (err_out ? 0 : G_SPAWN_STDERR_TO_DEV_NULL),
                     NULL, NULL, NULL, err_out, &status, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return g_spawn_check_wait_status (status, NULL);
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  const char *cli = g_getenv ("SK_CLI");
  double times[RUNS], cpu[RUNS];
  guint n_charts = 0;

  if (cli == NULL)
    {
      g_print ("1..0 # SKIP SK_CLI is not set\n");
      return 0;
    }
  dir = g_dir_make_tmp ("styrkort-bench-report-XXXXXX", NULL);
  db = g_build_filename (dir, "bench.db", NULL);
  pdf = g_build_filename (dir, "rapport.pdf", NULL);
  g_print ("1..2\n");
  {
    const char *init[] = { cli, "--db", db, "init", NULL };
    const char *example[] = { cli, "--db", db, "load-example", NULL };
    const char *demo[] = { cli, "--db", db, "generate-demo", "--years", "2024-2025", "--seed", "1", NULL };

    if (!run (init, NULL) || !run (example, NULL) || !run (demo, NULL))
      {
        g_print ("Bail out! could not prepare the database\n");
        return 1;
      }
  }

  {
    const char *report[] = { cli, "--db", db, "report", "--year", "2025", "--period", "2025-08",
                             "--output", pdf, NULL };

    for (guint i = 0; i < RUNS; i++)
      {
        gint64 start = g_get_monotonic_time ();
        struct rusage before, after;

        getrusage (RUSAGE_CHILDREN, &before);
        if (!run (report, NULL))
          {
            g_print ("not ok 1 - the report command failed\n");
            return 1;
          }
        times[i] = (g_get_monotonic_time () - start) / 1e6;
        /* The processor time too: on a shared, busy machine the wall
         * time also holds the time the process waited for a core. */
        getrusage (RUSAGE_CHILDREN, &after);
        cpu[i] = (after.ru_utime.tv_sec - before.ru_utime.tv_sec + after.ru_stime.tv_sec - before.ru_stime.tv_sec)
                 + (after.ru_utime.tv_usec - before.ru_utime.tv_usec + after.ru_stime.tv_usec - before.ru_stime.tv_usec) / 1e6;
      }
    qsort (times, RUNS, sizeof (double), compare);
    qsort (cpu, RUNS, sizeof (double), compare);
    {
      g_autofree char *count = NULL;
      const char *count_args[] = { cli, "--db", db, "--format", "tsv", "indicators", "--year", "2025", NULL };
      char *out = NULL;
      int status;

      if (g_spawn_sync (NULL, (char **) count_args, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                        &status, NULL))
        for (const char *p = out; p != NULL && (p = strchr (p, '\n')) != NULL; p++)
          n_charts += p[1] != '\0';
      g_free (out);
    }
    g_print ("ok 1 - report of %u indicators with charts: median %.3f s wall (min %.3f, max %.3f), "
             "%.3f s processor (user + system) of %d runs; goal ≤ %.2f s\n",
             n_charts, times[RUNS / 2], times[0], times[RUNS - 1], cpu[RUNS / 2], RUNS, GOAL_S);
    {
      double load[3];

      if (getloadavg (load, 3) == 3)
        g_print ("# load average %.2f on %u processors while measuring\n", load[0], g_get_num_processors ());
    }
  }

  if (!g_file_test ("/usr/bin/time", G_FILE_TEST_IS_EXECUTABLE))
    g_print ("ok 2 # SKIP no /usr/bin/time for the peak memory\n");
  else
    {
      const char *report[] = { "/usr/bin/time", "-v", cli, "--db", db, "report", "--year", "2025",
                               "--period", "2025-08", "--output", pdf, NULL };
      g_autofree char *err = NULL;
      const char *rss;

      if (!run (report, &err) || (rss = strstr (err, "Maximum resident set size (kbytes):")) == NULL)
        g_print ("not ok 2 - could not measure the peak memory\n");
      else
        g_print ("ok 2 - peak memory %.1f MB (maximum resident set size); goal ≤ %.0f MB\n",
                 atof (rss + strlen ("Maximum resident set size (kbytes):")) / 1024.0, GOAL_MB);
    }

  g_unlink (pdf);
  g_unlink (db);
  g_rmdir (dir);
  return 0;
}
