/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-private.h"

/*
 * What comes in on the command line and goes out to the terminal.
 * Arguments are UTF-8 whatever the locale says; a text is checked by the
 * core's one text check before anything is opened or stored; text read
 * from the database is printed with control characters made visible.
 */

void
sk_cli_setup_locale (void)
{
  setlocale (LC_ALL, "");
  /* Under LANG=C (cron, systemd units, env -i) the character set is
   * ASCII: GOption would refuse every å in an argument ("Invalid byte
   * sequence in conversion input") and g_print would write it as '?'.
   * Only the character type changes; messages stay in the user's
   * language. C.UTF-8 is built into glibc since 2.35. */
  if (!g_get_charset (NULL))
    setlocale (LC_CTYPE, "C.UTF-8");
}

/* Options whose value is a file name: any bytes the file system allows. */
static gboolean
is_file_option (const char *arg)
{
  static const char * const names[] = { "--db", "--output", "-o" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize len = strlen (names[i]);

      if (strncmp (arg, names[i], len) == 0 && (arg[len] == '\0' || arg[len] == '='))
        return TRUE;
    }
  return FALSE;
}

gboolean
sk_cli_check_argv (int    argc,
                   char **argv)
{
  gboolean importing = FALSE;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      g_autofree char *field = NULL;

      if (g_strcmp0 (arg, "import-json") == 0)
        importing = TRUE;
      if (g_utf8_validate (arg, -1, NULL) || is_file_option (arg))
        continue;
      if (i > 1 && is_file_option (argv[i - 1]))
        continue;
      if (importing && arg[0] != '-')
        continue;

      /* Name the argument as the user wrote it: "--comment", or its position. */
      if (g_str_has_prefix (arg, "--") && strchr (arg, '=') != NULL)
        field = g_strndup (arg, strchr (arg, '=') - arg);
      else if (i > 1 && argv[i - 1][0] == '-' && g_utf8_validate (argv[i - 1], -1, NULL)
               && strchr (argv[i - 1], '=') == NULL)
        field = g_strdup (argv[i - 1]);
      else
        {
          g_autofree char *shown = sk_text_excerpt (arg);
          field = g_strdup_printf (_("Argument %d (“%s”)"), i, shown);
        }
      sk_cli_error (_("%s is not valid UTF-8 text. Arguments must be UTF-8, whatever the "
                      "locale; check the terminal’s or the script’s character encoding."), field);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_cli_check_text (const char *text,
                   const char *field,
                   SkTextRule  rule)
{
  g_autoptr(GError) error = NULL;

  if (sk_text_check (text, -1, field, rule, &error))
    return TRUE;
  sk_cli_error ("%s", error->message);
  return FALSE;
}

/* Comments and reasons may run over several lines; an empty comment
 * clears it. Everything else names something and cannot be blank. */
static SkTextRule
rule_for_option (const char *name)
{
  if (g_strcmp0 (name, "comment") == 0)
    return SK_TEXT_MULTILINE;
  /* Goal texts and descriptions are checked by the store, which says
   * what the app says ("The text cannot be empty."); a description or the
   * work-environment goal may be cleared. */
  if (g_strcmp0 (name, "text") == 0 || g_strcmp0 (name, "description") == 0)
    return SK_TEXT_MULTILINE;
  if (g_strcmp0 (name, "missing") == 0)
    return SK_TEXT_MULTILINE | SK_TEXT_REQUIRED;
  return SK_TEXT_LINE | SK_TEXT_REQUIRED;
}

static gboolean
check_option (const GOptionEntry *entry)
{
  g_autofree char *field = g_strconcat ("--", entry->long_name, NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  switch (entry->arg)
    {
    case G_OPTION_ARG_STRING:
      {
        const char *value = *(char **) entry->arg_data;

        if (value == NULL)
          return TRUE;
        ok = sk_text_check (value, -1, field, rule_for_option (entry->long_name), &error);
        if (ok && g_strcmp0 (entry->long_name, "period") == 0)
          ok = sk_period_check (value, field, &error);
        break;
      }
    case G_OPTION_ARG_INT:
      /* 0 is what the command sees when --year was not given. */
      if (g_strcmp0 (entry->long_name, "year") == 0 && *(int *) entry->arg_data != 0)
        ok = sk_year_check (*(int *) entry->arg_data, field, &error);
      break;
    default:
      break;
    }
  if (!ok)
    sk_cli_error ("%s", error->message);
  return ok;
}

gboolean
sk_cli_check_options (const GOptionEntry *entries)
{
  for (guint i = 0; entries != NULL && entries[i].long_name != NULL; i++)
    if (!check_option (&entries[i]))
      return FALSE;
  return TRUE;
}

char *
sk_cli_safe (const char *text)
{
  return sk_text_for_terminal (text != NULL ? text : "", TRUE);
}

static void
warn_invalid_text (gpointer  data,
                   GObject  *where_the_store_was)
{
  /* Weak references run in dispose, before the store closes its file. */
  if (sk_store_has_invalid_text (SK_STORE (where_the_store_was)))
    sk_cli_error (_("Warning: the database holds text that is not valid UTF-8; it is shown with "
                    "replacement characters (�). Correct it and save it again."));
}

void
sk_cli_watch_store (SkStore *store)
{
  g_object_weak_ref (G_OBJECT (store), warn_invalid_text, NULL);
}
