/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <sys/stat.h>

#include "sk-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SkApplication) app = NULL;

  /* Everything written (database, exports, charts, backups) holds the
   * administration's figures: the owner's alone, whatever the umask. */
  umask (077);
  setlocale (LC_ALL, "");
  sk_application_setup_i18n ();
  app = sk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
