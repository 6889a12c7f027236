/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-target"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-format.h"
#include "sk-target.h"
#include "sk-target-forms.h"
#include "sk-text.h"

struct _SkTarget
{
  GObject       parent_instance;

  char         *text;        /* as written, never changed by parsing */
  SkTargetKind  kind;
  SkComparator  comparator;
  double        value;
  char         *unit;
  double        change;
  char         *baseline_date;
  char         *reference;
  char         *reason;
  char         *note;        /* after a slash, shown and never checked */
  SkTargetQualifier qualifier;
  gboolean      undecided;   /* "X eller Y" */
};

G_DEFINE_FINAL_TYPE (SkTarget, sk_target, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
sk_target_unit_matches (SkTarget   *self,
                        const char *measure_unit)
{
  g_return_val_if_fail (SK_IS_TARGET (self), FALSE);

  /* "834 st" says nothing about an indicator measured in %; a bare
   * number ("56 632", ">80") fits whatever the indicator counts in. */
  if (self->kind != SK_TARGET_VALUE || self->unit == NULL || *self->unit == '\0'
      || measure_unit == NULL || *measure_unit == '\0')
    return TRUE;
  return g_ascii_strcasecmp (self->unit, measure_unit) == 0;
}

/* ---------------------------------------------------------------------- */
/* Tables                                                                 */

typedef struct {
  const char   *word;  /* lower case */
  SkComparator  comparator;
  gboolean      is_word; /* needs a word boundary after it */
} ComparatorEntry;

/* Longer spellings first, so ">=" wins over ">". */
static const ComparatorEntry comparators[] = {
  { ">=", SK_COMPARATOR_GE, FALSE },
  { "=>", SK_COMPARATOR_GE, FALSE },
  { "<=", SK_COMPARATOR_LE, FALSE },
  { "=<", SK_COMPARATOR_LE, FALSE },
  { "≥", SK_COMPARATOR_GE, FALSE },
  { "⩾", SK_COMPARATOR_GE, FALSE },
  { "≤", SK_COMPARATOR_LE, FALSE },
  { "⩽", SK_COMPARATOR_LE, FALSE },
  { ">", SK_COMPARATOR_GT, FALSE },
  { "<", SK_COMPARATOR_LT, FALSE },
  { "=", SK_COMPARATOR_EQ, FALSE },
  { "mindre än", SK_COMPARATOR_LT, TRUE },
  { "mer än", SK_COMPARATOR_GT, TRUE },
  { "fler än", SK_COMPARATOR_GT, TRUE },
  { "minst", SK_COMPARATOR_GE, TRUE },
  { "lägst", SK_COMPARATOR_GE, TRUE },
  { "högst", SK_COMPARATOR_LE, TRUE },
  { "max", SK_COMPARATOR_LE, TRUE },
  { "under", SK_COMPARATOR_LT, TRUE },
  { "över", SK_COMPARATOR_GT, TRUE },
};

typedef struct {
  const char *alias;     /* lower case */
  const char *canonical;
} UnitEntry;

static const UnitEntry units[] = {
  { "%", "%" },          { "procent", "%" },
  { "st", "st" },        { "st.", "st" },        { "stycken", "st" },
  { "min", "min" },      { "min.", "min" },      { "minuter", "min" },
  { "minut", "min" },
  { "mån", "mån" },      { "mån.", "mån" },      { "månader", "mån" },
  { "månad", "mån" },
  { "dagar", "dagar" },  { "dag", "dagar" },
  { "tkr", "tkr" },
  { "mnkr", "mnkr" },    { "mkr", "mnkr" },
  { "index", "" },
};

/* References whose PDF text may be split anywhere: "produktions plan". */
static const char * const known_references[] = {
  "budget", "produktionsplan", "verksamhetsplan", "bemanningsplan",
};

/* ---------------------------------------------------------------------- */
/* Text helpers                                                           */

static gboolean
is_space_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x2009 || c == 0x202F;
}

/* One plain space for every run of whitespace (line breaks from PDF
 * text, thin and no-break spaces), soft hyphens dropped, ends trimmed. */
static char *
normalise_whitespace (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00AD)
        continue;
      if (is_space_char (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* A line break inside a date leaves "2024-12- 31": join it again. */
static char *
join_split_dates (const char *text)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("(\\d-) (?=\\d)", 0, 0, NULL));
  return g_regex_replace (regex, text, -1, 0, "\\1", 0, NULL);
}

/*
 * If @s starts with @word (lower case), compared case-insensitively,
 * returns the end of the match; a word must not run on into letters.
 */
static const char *
match_prefix (const char *s,
              const char *word,
              gboolean    is_word)
{
  glong n = g_utf8_strlen (word, -1);
  const char *end = s;
  g_autofree char *folded = NULL;
  g_autofree char *wanted = NULL;

  for (glong i = 0; i < n; i++)
    {
      if (*end == '\0')
        return NULL;
      end = g_utf8_next_char (end);
    }
  folded = g_utf8_casefold (s, end - s);
  wanted = g_utf8_casefold (word, -1);
  if (strcmp (folded, wanted) != 0)
    return NULL;
  if (is_word && *end && g_unichar_isalpha (g_utf8_get_char (end)))
    return NULL;
  return end;
}

static const char *
skip_space (const char *p)
{
  while (*p == ' ')
    p++;
  return p;
}

static gboolean
is_number_char (gunichar c)
{
  return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == '-' ||
         c == '+' || c == 0x2212 || c == ' ';
}

static const char *
first_digit (const char *s)
{
  while (*s && !g_ascii_isdigit (*s))
    s++;
  return *s ? s : NULL;
}

/* ---------------------------------------------------------------------- */
/* Parsing                                                                */

static void
clear_rule (SkTarget *self)
{
  self->kind = SK_TARGET_EMPTY;
  self->comparator = SK_COMPARATOR_NONE;
  self->value = NAN;
  self->change = NAN;
  g_free (self->unit);
  self->unit = g_strdup ("");
  g_clear_pointer (&self->baseline_date, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->note, g_free);
  self->qualifier = SK_QUALIFIER_NONE;
  self->undecided = FALSE;
}

static void
set_unmeasurable (SkTarget   *self,
                  char       *reason)
{
  clear_rule (self);
  self->kind = SK_TARGET_UNMEASURABLE;
  self->reason = reason;
}

/* A reason that quotes part of the text, cut so that a pasted page (or a
 * 120 KB number) does not become the message. */
static char *
quoting (const char *format,
         const char *part)
{
  g_autofree char *shown = sk_text_excerpt (part);

  return g_strdup_printf (format, shown);
}

static gboolean
valid_date (const char *date)
{
  int y, m, d;

  if (sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      y < 1 || m < 1 || m > 12 || d < 1 || d > 31)
    return FALSE;
  return g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static GRegex *
relative_regex (void)
{
  static GRegex *regex;

  /* "ökning med 20% mot utfall 2024-12-31", "Bibehålla antal utifrån utfall 2024-12-31" */
  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (
        "^(?:(?<keep>bibehålla|behålla)(?: .+)?"
        "|(?<dir>ökning|öka|ökad|minskning|minska|minskad)(?: med)? (?<num>.+?) ?%)"
        " (?:mot|utifrån|jämfört med) utfall(?:et)? (?<date>" SK_TARGET_FORMS_DATE_PATTERN ")$",
        G_REGEX_CASELESS, 0, NULL));
  return regex;
}

static gboolean
parse_relative (SkTarget   *self,
                const char *norm)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *keep = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *num = NULL;
  g_autofree char *date = NULL;
  g_autofree char *written = NULL;
  double percent = 0;

  if (!g_regex_match (relative_regex (), norm, 0, &match))
    return FALSE;

  keep = g_match_info_fetch_named (match, "keep");
  dir = g_match_info_fetch_named (match, "dir");
  num = g_match_info_fetch_named (match, "num");
  written = g_match_info_fetch_named (match, "date");
  /* "241231", "31 dec 2024": the baseline is kept as an ISO date. */
  date = sk_target_forms_iso_date (written);

  if (date == NULL || !valid_date (date))
    set_unmeasurable (self, quoting (_("“%s” is not a valid date"), written));
  else if ((keep == NULL || *keep == '\0') && (!sk_parse_number (num, &percent) || percent < 0))
    set_unmeasurable (self, quoting (_("“%s” is not a percentage"), num));
  else
    {
      gboolean decrease = dir != NULL && match_prefix (dir, "minsk", FALSE) != NULL;

      self->kind = SK_TARGET_RELATIVE;
      self->change = (decrease ? -percent : percent) / 100.0;
      self->baseline_date = g_steal_pointer (&date);
    }
  return TRUE;
}

/* Joins a reference split by line breaks when it is a known one. */
static char *
canonical_reference (const char *rest)
{
  g_autofree char *lower = g_utf8_strdown (rest, -1);
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);
  g_autofree char *joined = g_strjoinv ("", words);

  for (guint i = 0; i < G_N_ELEMENTS (known_references); i++)
    if (strcmp (joined, known_references[i]) == 0)
      return g_strdup (known_references[i]);
  return g_steal_pointer (&lower);
}

static gboolean
parse_reference (SkTarget   *self,
                 const char *norm)
{
  const char *rest = match_prefix (norm, "enligt", TRUE);

  if (rest == NULL || *rest != ' ')
    return FALSE;
  self->kind = SK_TARGET_REFERENCE;
  self->reference = canonical_reference (rest + 1);
  return TRUE;
}

static const char *
read_comparator (const char   *p,
                 SkComparator *comparator)
{
  for (guint i = 0; i < G_N_ELEMENTS (comparators); i++)
    {
      const char *end = match_prefix (p, comparators[i].word, comparators[i].is_word);

      if (end != NULL)
        {
          *comparator = comparators[i].comparator;
          return end;
        }
    }
  *comparator = SK_COMPARATOR_NONE;
  return p;
}

/* The longest known unit at the start of @p, or NULL. */
static const UnitEntry *
read_unit (const char  *p,
           const char **end)
{
  const UnitEntry *best = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      gboolean is_word = g_unichar_isalpha (g_utf8_get_char (units[i].alias));
      const char *e = match_prefix (p, units[i].alias, is_word);

      if (e != NULL && (best == NULL || e > *end))
        {
          best = &units[i];
          *end = e;
        }
    }
  return best;
}

static char *
first_word (const char *p)
{
  const char *space = strchr (p, ' ');

  return space ? g_strndup (p, space - p) : g_strdup (p);
}

/* What follows the number: a unit, and nothing after it. */
static gboolean
parse_unit (SkTarget   *self,
            const char *p)
{
  const char *end = NULL;
  const UnitEntry *unit;

  if (*p == '\0')
    return TRUE;
  unit = read_unit (p, &end);
  if (unit == NULL)
    {
      g_autofree char *word = first_word (p);
      set_unmeasurable (self, quoting (_("Unknown unit “%s”"), word));
      return FALSE;
    }
  end = skip_space (end);
  if (*end != '\0')
    {
      set_unmeasurable (self,
                        quoting (_("“%s” after the unit is not understood"), end));
      return FALSE;
    }
  g_free (self->unit);
  self->unit = g_strdup (unit->canonical);
  return TRUE;
}

static void
no_number (SkTarget     *self,
           const char   *norm,
           const char   *p,
           SkComparator  comparator)
{
  const char *digit = first_digit (p);

  if (digit != NULL)
    {
      g_autofree char *before = g_strstrip (g_strndup (p, digit - p));
      set_unmeasurable (self,
                        quoting (_("“%s” before the number is not understood"), before));
    }
  else if (comparator != SK_COMPARATOR_NONE)
    set_unmeasurable (self, g_strdup (_("The comparator has no number after it")));
  else
    set_unmeasurable (self, quoting (_("No number found in “%s”"), norm));
}

/* ">95 %", "< 14,5%", "minst 90 %", "56 632", "16 mån", "0 Mnkr" */
static void
parse_value (SkTarget   *self,
             const char *norm)
{
  SkComparator comparator;
  const char *p = skip_space (read_comparator (norm, &comparator));
  const char *end = p;
  g_autofree char *number = NULL;
  double value;

  while (*end && is_number_char (g_utf8_get_char (end)))
    end = g_utf8_next_char (end);
  number = g_strstrip (g_strndup (p, end - p));

  if (*number == '\0')
    {
      no_number (self, norm, p, comparator);
      return;
    }
  if (!sk_parse_number (number, &value))
    {
      set_unmeasurable (self, quoting (_("“%s” is not a number"), number));
      return;
    }
  if (!parse_unit (self, skip_space (end)))
    return;

  self->kind = SK_TARGET_VALUE;
  self->comparator = comparator;
  self->value = value;
}

static void
parse_rule (SkTarget   *self,
            const char *norm)
{
  if (sk_target_forms_keeps_level (norm))
    {
      /* No date: sk-derived takes last year's year-end outcome. */
      self->kind = SK_TARGET_RELATIVE;
      self->change = 0;
      return;
    }
  if (parse_relative (self, norm) || parse_reference (self, norm))
    return;
  parse_value (self, norm);
}

/* "R12 <15 %": the rule without the qualifier, when that is a rule. */
static void
parse_qualified (SkTarget   *self,
                 const char *text)
{
  SkTargetQualifier qualifier = SK_QUALIFIER_NONE;
  g_autofree char *rule = sk_target_forms_strip_qualifier (text, &qualifier);

  if (rule != NULL)
    {
      parse_rule (self, rule);
      if (sk_target_is_measurable (self))
        {
          self->qualifier = qualifier;
          return;
        }
      clear_rule (self);
    }
  parse_rule (self, text);
}

/* "85 % eller 90 %": two rules offered, none chosen yet. */
static gboolean
parse_alternatives (SkTarget   *self,
                    const char *text)
{
  char *reason = sk_target_forms_undecided_reason (text);

  if (reason == NULL)
    return FALSE;
  set_unmeasurable (self, reason);
  self->undecided = TRUE;
  return TRUE;
}

static void
parse_body (SkTarget   *self,
            const char *text)
{
  if (!parse_alternatives (self, text))
    parse_qualified (self, text);
}

static void
sk_target_parse (SkTarget *self)
{
  g_autofree char *spaced = normalise_whitespace (self->text);
  g_autofree char *norm = join_split_dates (spaced);
  g_autofree char *note = NULL;
  g_autofree char *rule = NULL;

  clear_rule (self);
  if (*norm == '\0')
    return;

  /* ">90 % / gäller vardagar": the rule is checked, the note shown. A
   * slash that does not follow a rule stays part of the text. */
  rule = sk_target_forms_split_note (norm, &note);
  if (rule != NULL)
    {
      parse_body (self, rule);
      if (sk_target_is_measurable (self) || self->undecided)
        {
          self->note = g_steal_pointer (&note);
          return;
        }
      clear_rule (self);
    }
  parse_body (self, norm);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                */

static void
sk_target_finalize (GObject *object)
{
  SkTarget *self = SK_TARGET (object);

  g_free (self->text);
  g_free (self->unit);
  g_free (self->baseline_date);
  g_free (self->reference);
  g_free (self->reason);
  g_free (self->note);

  G_OBJECT_CLASS (sk_target_parent_class)->finalize (object);
}

static void
sk_target_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SkTarget *self = SK_TARGET (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_target_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SkTarget *self = SK_TARGET (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      sk_target_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_target_class_init (SkTargetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sk_target_finalize;
  object_class->get_property = sk_target_get_property;
  object_class->set_property = sk_target_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_target_init (SkTarget *self)
{
  self->text = g_strdup ("");
  clear_rule (self);
}

SkTarget *
sk_target_new (const char *text)
{
  return g_object_new (SK_TYPE_TARGET, "text", text, NULL);
}

const char *
sk_target_get_text (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), NULL);
  return self->text;
}

void
sk_target_set_text (SkTarget   *self,
                    const char *text)
{
  g_return_if_fail (SK_IS_TARGET (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  /* Everything below, and everyone who shows the text, relies on UTF-8:
   * bytes that are not (from an old file, a raw argument) become U+FFFD
   * and the target says why it cannot be used. */
  if (g_utf8_validate (text, -1, NULL))
    {
      self->text = g_strdup (text);
      sk_target_parse (self);
    }
  else
    {
      self->text = g_utf8_make_valid (text, -1);
      set_unmeasurable (self, g_strdup (_("The text is not valid UTF-8")));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

SkTargetKind
sk_target_get_kind (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), SK_TARGET_EMPTY);
  return self->kind;
}

SkComparator
sk_target_get_comparator (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), SK_COMPARATOR_NONE);
  return self->comparator;
}

double
sk_target_get_value (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), NAN);
  return self->value;
}

const char *
sk_target_get_measure_unit (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), NULL);
  return self->unit;
}

double
sk_target_get_change (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), NAN);
  return self->change;
}

const char *
sk_target_get_baseline_date (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), NULL);
  return self->baseline_date;
}

const char *
sk_target_get_reference (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), NULL);
  return self->reference;
}

const char *
sk_target_get_reason (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), NULL);
  return self->reason;
}

const char *
sk_target_get_note (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), NULL);
  return self->note;
}

SkTargetQualifier
sk_target_get_qualifier (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), SK_QUALIFIER_NONE);
  return self->qualifier;
}

gboolean
sk_target_is_undecided (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), FALSE);
  return self->undecided;
}

gboolean
sk_target_keeps_level (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), FALSE);
  return self->kind == SK_TARGET_RELATIVE && self->baseline_date == NULL;
}

gboolean
sk_target_is_measurable (SkTarget *self)
{
  g_return_val_if_fail (SK_IS_TARGET (self), FALSE);
  return self->kind == SK_TARGET_VALUE ||
         self->kind == SK_TARGET_RELATIVE ||
         self->kind == SK_TARGET_REFERENCE;
}

/* ---------------------------------------------------------------------- */
/* Evaluation                                                             */

static SkComparator
effective_comparator (SkTarget    *self,
                      SkDirection  direction)
{
  if (self->kind == SK_TARGET_VALUE && self->comparator != SK_COMPARATOR_NONE)
    return self->comparator;
  return direction == SK_DIRECTION_LOWER ? SK_COMPARATOR_LE : SK_COMPARATOR_GE;
}

gboolean
sk_target_threshold (SkTarget *self,
                     double    baseline,
                     double    reference_value,
                     double   *threshold)
{
  double t;

  g_return_val_if_fail (SK_IS_TARGET (self), FALSE);

  switch (self->kind)
    {
    case SK_TARGET_VALUE:
      t = self->value;
      break;
    case SK_TARGET_RELATIVE:
      t = baseline * (1 + self->change);
      break;
    case SK_TARGET_REFERENCE:
      t = reference_value;
      break;
    case SK_TARGET_EMPTY:
    case SK_TARGET_UNMEASURABLE:
    default:
      return FALSE;
    }

  if (!isfinite (t))
    return FALSE;
  if (threshold != NULL)
    *threshold = t;
  return TRUE;
}

/* Drops binary noise (0.1 + 0.2) so boundaries compare exactly. */
static double
round10 (double x)
{
  return round (x * 1e10) / 1e10;
}

static gboolean
comparison_holds (SkComparator comparator,
                  double       value,
                  double       threshold)
{
  switch (comparator)
    {
    case SK_COMPARATOR_GT: return value > threshold;
    case SK_COMPARATOR_LT: return value < threshold;
    case SK_COMPARATOR_LE: return value <= threshold;
    case SK_COMPARATOR_EQ: return value == threshold;
    case SK_COMPARATOR_GE:
    case SK_COMPARATOR_NONE:
    default:               return value >= threshold;
    }
}

SkStatus
sk_target_evaluate (SkTarget    *self,
                    SkDirection  direction,
                    double       value,
                    double       tolerance,
                    double       baseline,
                    double       reference_value)
{
  double threshold;
  double margin;

  g_return_val_if_fail (SK_IS_TARGET (self), SK_STATUS_NO_TARGET);

  if (!sk_target_is_measurable (self))
    return SK_STATUS_NO_TARGET;
  if (isnan (value))
    return SK_STATUS_NO_VALUE;
  if (!sk_target_threshold (self, baseline, reference_value, &threshold))
    return SK_STATUS_NO_TARGET;

  value = round10 (value);
  threshold = round10 (threshold);
  if (comparison_holds (effective_comparator (self, direction), value, threshold))
    return SK_STATUS_MET;

  if (!(tolerance > 0) || threshold == 0)
    return SK_STATUS_NOT_MET;
  margin = round10 (tolerance * fabs (threshold));
  return round10 (fabs (value - threshold)) <= margin ? SK_STATUS_NEAR : SK_STATUS_NOT_MET;
}
