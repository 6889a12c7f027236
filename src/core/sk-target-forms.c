/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-target"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-target-forms.h"
#include "sk-target.h"
#include "sk-text.h"

/* Compiled once; every pattern here is a constant that compiles. */
static GRegex *
once_regex (GRegex     **slot,
            const char  *pattern)
{
  if (g_once_init_enter (slot))
    g_once_init_leave (slot, g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));
  return *slot;
}

/* Group @name of @match, trimmed, or NULL when it is empty. */
static char *
fetch_trimmed (GMatchInfo *match,
               const char *name)
{
  g_autofree char *part = g_match_info_fetch_named (match, name);

  if (part == NULL)
    return NULL;
  g_strstrip (part);
  return *part ? g_steal_pointer (&part) : NULL;
}

char *
sk_target_forms_split_note (const char  *text,
                            char       **note)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (text != NULL && note != NULL, NULL);

  /* The first slash: a rule never holds one, a note may ("1/2-tid"). */
  if (!g_regex_match (once_regex (&regex, "^(?<rule>[^/]+)/(?<note>.*)$"), text, 0, &match))
    return NULL;
  rule = fetch_trimmed (match, "rule");
  after = fetch_trimmed (match, "note");
  if (rule == NULL || after == NULL)
    return NULL;
  *note = g_steal_pointer (&after);
  return g_steal_pointer (&rule);
}

/* The words for each qualifier, longest first so "ackumulerat medelvärde"
 * is not read as "ackumulerat" followed by a stray word. */
#define QUALIFIER_WORDS \
  "(?<ytdmean>ackumulera(?:t|d|de) (?:medelvärde|medel|genomsnitt|snitt))" \
  "|(?<ytd>ackumulera(?:t|d|de)|hittills i år|år till dag)" \
  "|(?<r12>r ?12|rullande 12(?: mån(?:ader)?)?|rullande tolv(?: månader)?)" \
  "|(?<mean>medelvärde|medel|i genomsnitt|genomsnitt|i snitt|snitt)"

char *
sk_target_forms_strip_qualifier (const char        *text,
                                 SkTargetQualifier *qualifier)
{
  static GRegex *prefix;
  static GRegex *suffix;
  static const struct { const char *group; SkTargetQualifier qualifier; } groups[] = {
    { "ytdmean", SK_QUALIFIER_YTD_MEAN },
    { "ytd", SK_QUALIFIER_YTD },
    { "r12", SK_QUALIFIER_R12 },
    { "mean", SK_QUALIFIER_MEAN },
  };
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *rule = NULL;

  g_return_val_if_fail (text != NULL && qualifier != NULL, NULL);

  /* "R12: <15 %", "(ackumulerat) >90 %", "medelvärde minst 85 %" */
  if (!g_regex_match (once_regex (&prefix, "^\\(?(?:" QUALIFIER_WORDS ")\\)?:? (?<rule>.+)$"),
                      text, 0, &match))
    {
      g_clear_pointer (&match, g_match_info_unref);
      /* ">90 % ackumulerat", "<15 % (R12)", ">85 %, medelvärde" */
      if (!g_regex_match (once_regex (&suffix,
                                      "^(?<rule>.+?)[ ,]*(?: |\\()(?:" QUALIFIER_WORDS ")\\)?$"),
                          text, 0, &match))
        return NULL;
    }
  rule = fetch_trimmed (match, "rule");
  if (rule == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      g_autofree char *word = g_match_info_fetch_named (match, groups[i].group);

      if (word != NULL && *word != '\0')
        {
          *qualifier = groups[i].qualifier;
          return g_steal_pointer (&rule);
        }
    }
  return NULL;
}

/* Alternatives are weighed one at a time, left to right, and the first
 * that is no rule ends it: a pasted page with a thousand "eller" costs a
 * thousand small parses, never a nested one (a part holds no " eller ",
 * so sk_target_new never comes back here). */
#define MAX_ALTERNATIVES 12

char *
sk_target_forms_undecided_reason (const char *text)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) listed = g_string_new (NULL);
  g_autofree char *last = NULL;
  g_autofree char *lower = NULL;
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  /* "ELLER" too; ASCII lowering keeps every byte where it was. */
  lower = g_ascii_strdown (text, -1);
  if (strstr (lower, " eller ") == NULL)
    return NULL;
  while (p != NULL)
    {
      const char *found = strstr (lower + (p - text), " eller ");
      const char *sep = found != NULL ? text + (found - lower) : NULL;
      g_autofree char *part = sep != NULL ? g_strndup (p, sep - p) : g_strdup (p);
      g_autoptr(SkTarget) rule = NULL;

      /* "85, eller 90 %": the comma belongs to the list, not the rule. */
      g_strstrip (part);
      if (sep != NULL && g_str_has_suffix (part, ","))
        part[strlen (part) - 1] = '\0';
      g_strstrip (part);
      if (*part == '\0' || parts->len == MAX_ALTERNATIVES)
        return NULL;
      /* Only rules are alternatives; "hög eller låg risk" is just text. */
      rule = sk_target_new (part);
      if (!sk_target_is_measurable (rule))
        return NULL;
      g_ptr_array_add (parts, sk_text_excerpt (part));
      p = sep != NULL ? sep + strlen (" eller ") : NULL;
    }
  if (parts->len < 2)
    return NULL;
  if (parts->len == 2)
    return g_strdup_printf (_("Not decided yet: “%s” or “%s” is offered"),
                            (char *) parts->pdata[0], (char *) parts->pdata[1]);
  for (guint i = 0; i + 1 < parts->len; i++)
    {
      if (i > 0)
        g_string_append (listed, ", ");
      /* TRANSLATORS: one alternative in a list of offered targets, quoted */
      g_string_append_printf (listed, _("“%s”"), (char *) parts->pdata[i]);
    }
  last = g_strdup (parts->pdata[parts->len - 1]);
  /* TRANSLATORS: the first %s lists the other alternatives, each in
   * quotation marks, separated by commas: “85”, “90” */
  return g_strdup_printf (_("Not decided yet: %s or “%s” is offered"), listed->str, last);
}

gboolean
sk_target_forms_keeps_level (const char *text)
{
  static GRegex *regex;

  g_return_val_if_fail (text != NULL, FALSE);

  /* Without a number or a date: the level reached the year before. */
  return g_regex_match (once_regex (&regex,
                                    "^(?:(?:bi)?behålla(?: (?:samma |nuvarande )?"
                                    "(?:nivån?|nivåerna|antal(?:et)?|andel(?:en)?|utfall(?:et)?))?"
                                    "|bibehållen nivå|oförändra(?:d|de|t)(?: nivå)?"
                                    "|samma nivå som (?:föregående|förra) år(?:et)?)\\.?$"),
                        text, 0, NULL);
}

static const char * const month_names[] = {
  "januari", "februari", "mars", "april", "maj", "juni",
  "juli", "augusti", "september", "oktober", "november", "december",
};

/* "dec", "dec.", "december", "sept" → 12, 9; 0 when not a month. */
static int
month_of_name (const char *word)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);
  gsize len;

  if (g_str_has_suffix (lower, "."))
    lower[strlen (lower) - 1] = '\0';
  len = strlen (lower);
  if (len < 3)
    return 0;
  for (int m = 0; m < 12; m++)
    if (strncmp (month_names[m], lower, len) == 0)
      return m + 1;
  return 0;
}

char *
sk_target_forms_iso_date (const char *text)
{
  int y = 0, m = 0, d = 0;
  char word[16];
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);

  len = strlen (text);
  if (len == 10 && sscanf (text, "%4d-%2d-%2d", &y, &m, &d) == 3)
    ;
  else if ((len == 6 || len == 8) && strspn (text, "0123456789") == len)
    {
      /* yymmdd is this century: plans are written for the coming years. */
      if (len == 6 && sscanf (text, "%2d%2d%2d", &y, &m, &d) == 3)
        y += 2000;
      else if (len == 8 && sscanf (text, "%4d%2d%2d", &y, &m, &d) != 3)
        return NULL;
    }
  else if (sscanf (text, "%2d %15s %4d", &d, word, &y) == 3)
    {
      if ((m = month_of_name (word)) == 0)
        return NULL;
    }
  else
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

/* The word written for a qualifier: parsing it gives the qualifier back. */
static const char *
qualifier_word (SkTargetQualifier qualifier)
{
  switch (qualifier)
    {
    case SK_QUALIFIER_YTD:      return "ackumulerat";
    case SK_QUALIFIER_YTD_MEAN: return "ackumulerat medelvärde";
    case SK_QUALIFIER_R12:      return "R12";
    case SK_QUALIFIER_MEAN:     return "medelvärde";
    case SK_QUALIFIER_NONE:
    default:                    return NULL;
    }
}

char *
sk_target_forms_decorate (char              *rule,
                          SkTargetQualifier  qualifier,
                          const char        *note)
{
  GString *out = g_string_new (rule);

  g_free (rule);
  if (out->len > 0 && qualifier_word (qualifier) != NULL)
    g_string_append_printf (out, " %s", qualifier_word (qualifier));
  if (out->len > 0 && note != NULL)
    g_string_append_printf (out, " / %s", note);
  return g_string_free (out, FALSE);
}

/* Whole phrases per qualifier, so translators never glue fragments. */
char *
sk_target_forms_describe_qualified (char              *rule,
                                    SkTargetQualifier  qualifier)
{
  g_autofree char *owned = rule;

  switch (qualifier)
    {
    case SK_QUALIFIER_YTD:
      return g_strdup_printf (_("%s, counted as the year-to-date sum"), rule);
    case SK_QUALIFIER_YTD_MEAN:
      return g_strdup_printf (_("%s, counted as the year-to-date mean"), rule);
    case SK_QUALIFIER_R12:
      return g_strdup_printf (_("%s, counted over the rolling 12 months"), rule);
    case SK_QUALIFIER_MEAN:
      return g_strdup_printf (_("%s, counted as the mean of the year’s months"), rule);
    case SK_QUALIFIER_NONE:
    default:
      return g_steal_pointer (&owned);
    }
}
