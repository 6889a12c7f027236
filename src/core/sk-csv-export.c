/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sk-csv-export.h"
#include "sk-format.h"
#include "sk-store-bulk.h"

typedef struct
{
  SkStore       *store;
  int            year;
  SkCsvLayout    layout;
  GString       *line;
  GOutputStream *out;
  gint64         indicator_id;
  const char    *unit_name;
  GHashTable    *names;         /* year → the indicator's name that year */
  int            wide_year;     /* the year of the row being gathered, 0 none */
  double         months[12];
} Export;

static void
append_field (GString    *line,
              const char *text)
{
  gboolean quote;

  if (line->len > 0 && line->str[line->len - 1] != '\n')
    g_string_append_c (line, ';');
  if (text == NULL)
    return;
  quote = strpbrk (text, ";\"\r\n") != NULL
          || g_ascii_isspace (text[0]) || (text[0] != '\0' && g_ascii_isspace (text[strlen (text) - 1]));
  if (!quote)
    {
      g_string_append (line, text);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* A number as a Swedish spreadsheet reads it: decimal comma, no grouping. */
static void
append_number (GString *line,
               double   value)
{
  g_autofree char *text = NULL;
  char *point;

  if (isnan (value))
    {
      append_field (line, "");
      return;
    }
  text = sk_format_machine (value);
  if ((point = strchr (text, '.')) != NULL)
    *point = ',';
  append_field (line, text);
}

static gboolean
end_line (Export  *ex,
          GError **error)
{
  g_string_append (ex->line, "\r\n");
  /* Written in pieces of about 64 kB: memory stays flat for any size. */
  if (ex->line->len < 65536)
    return TRUE;
  if (!g_output_stream_write_all (ex->out, ex->line->str, ex->line->len, NULL, NULL, error))
    return FALSE;
  g_string_truncate (ex->line, 0);
  return TRUE;
}

static const char *
indicator_name (Export *ex,
                int     year)
{
  const char *name = g_hash_table_lookup (ex->names, GINT_TO_POINTER (year));

  if (name == NULL)
    {
      g_autoptr(SkIndicator) ind = sk_store_get_indicator_in_year (ex->store, ex->indicator_id, year);

      name = g_strdup (ind != NULL ? sk_indicator_get_name (ind) : "");
      g_hash_table_insert (ex->names, GINT_TO_POINTER (year), (gpointer) name);
    }
  return name;
}

static gboolean
flush_wide (Export  *ex,
            GError **error)
{
  g_autofree char *year = NULL;

  if (ex->wide_year == 0)
    return TRUE;
  year = g_strdup_printf ("%d", ex->wide_year);
  append_field (ex->line, indicator_name (ex, ex->wide_year));
  append_field (ex->line, ex->unit_name);
  append_field (ex->line, year);
  for (guint m = 0; m < 12; m++)
    append_number (ex->line, ex->months[m]);
  ex->wide_year = 0;
  return end_line (ex, error);
}

static gboolean
write_row (const SkOutcomeRow  *row,
           gpointer             data,
           GError             **error)
{
  Export *ex = data;
  int year = 0, month = 0;

  if (!sk_period_parse (row->period, &year, &month) || (ex->year != 0 && year != ex->year))
    return TRUE;
  if (ex->layout == SK_CSV_LAYOUT_WIDE)
    {
      if (row->kind != SK_OUTCOME_MONTH)
        return TRUE;
      if (year != ex->wide_year)
        {
          if (!flush_wide (ex, error))
            return FALSE;
          ex->wide_year = year;
          for (guint m = 0; m < 12; m++)
            ex->months[m] = NAN;
        }
      ex->months[month - 1] = row->value;
      return TRUE;
    }
  append_field (ex->line, indicator_name (ex, year));
  append_field (ex->line, ex->unit_name);
  append_field (ex->line, row->period);
  append_field (ex->line, sk_outcome_kind_to_string (row->kind));
  append_number (ex->line, row->value);
  /* A gap carries its reason where the value would be explained. */
  append_field (ex->line, isnan (row->value) ? row->missing_reason : row->comment);
  return end_line (ex, error);
}

gboolean
sk_outcomes_write_csv (SkStore        *store,
                       int             year,
                       SkCsvLayout     layout,
                       GOutputStream  *out,
                       GError        **error)
{
  g_autoptr(GListModel) indicators = NULL;
  g_autoptr(GListModel) units = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  Export ex = { store, year, layout, line, out, 0, NULL, NULL, 0, { 0 } };

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  /* The byte-order mark tells Excel the file is UTF-8. */
  if (!g_output_stream_write_all (out, "\xEF\xBB\xBF", 3, NULL, NULL, error))
    return FALSE;
  if (layout == SK_CSV_LAYOUT_WIDE)
    {
      static const char * const heads[] = { "Indikator", "Enhet", "År", "jan", "feb", "mar", "apr", "maj",
                                            "jun", "jul", "aug", "sep", "okt", "nov", "dec" };

      for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
        append_field (line, heads[i]);
    }
  else
    {
      static const char * const heads[] = { "Indikator", "Enhet", "Period", "Typ", "Värde", "Kommentar" };

      for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
        append_field (line, heads[i]);
    }
  g_string_append (line, "\r\n");

  indicators = sk_store_list_indicators (store, 0);
  units = sk_store_list_units (store);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      g_autoptr(GHashTable) names = g_hash_table_new_full (NULL, NULL, NULL, g_free);

      ex.indicator_id = sk_record_get_id (SK_RECORD (ind));
      ex.names = names;
      for (guint u = 0; u < g_list_model_get_n_items (units); u++)
        {
          g_autoptr(SkUnit) unit = g_list_model_get_item (units, u);

          ex.unit_name = sk_unit_get_name (unit);
          ex.wide_year = 0;
          if (!sk_store_foreach_outcome (store, ex.indicator_id, sk_record_get_id (SK_RECORD (unit)),
                                         write_row, &ex, error)
              || !flush_wide (&ex, error))
            return FALSE;
        }
    }
  if (!sk_store_check_reads (store, error))
    return FALSE;
  return g_output_stream_write_all (out, line->str, line->len, NULL, NULL, error);
}

gboolean
sk_register_write_csv (SkStore        *store,
                       int             year,
                       GOutputStream  *out,
                       GError        **error)
{
  static const char * const heads[] = { "Perspektiv", "Indikator", "Måttenhet", "Riktning", "Målvärde",
                                        "Ansvarig enhet", "Frekvens" };
  g_autoptr(GListModel) indicators = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  Export ex = { store, year, SK_CSV_LAYOUT_LONG, line, out, 0, NULL, NULL, 0, { 0 } };

  g_return_val_if_fail (SK_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  if (!g_output_stream_write_all (out, "\xEF\xBB\xBF", 3, NULL, NULL, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    append_field (line, heads[i]);
  g_string_append (line, "\r\n");
  indicators = sk_store_list_indicators (store, year);
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      g_autoptr(SkTarget) target = sk_store_get_target (store, sk_record_get_id (SK_RECORD (ind)), year);
      g_autoptr(SkUnit) unit = NULL;

      if (sk_indicator_get_responsible_unit_id (ind) != 0)
        unit = sk_store_get_unit (store, sk_indicator_get_responsible_unit_id (ind));
      append_field (line, sk_perspective_label (sk_indicator_get_perspective (ind)));
      append_field (line, sk_indicator_get_name (ind));
      append_field (line, sk_indicator_get_measure_unit (ind));
      /* Words for people, as the indicator editor says it: the file is read in Excel. */
      append_field (line, sk_indicator_get_direction (ind) == SK_DIRECTION_LOWER ? _("Lower value")
                                                                                  : _("Higher value"));
      append_field (line, target != NULL ? sk_target_get_text (target) : NULL);
      append_field (line, unit != NULL ? sk_unit_get_name (unit) : NULL);
      append_field (line, sk_frequency_label (sk_indicator_get_frequency (ind)));
      if (!end_line (&ex, error))
        return FALSE;
    }
  if (!sk_store_check_reads (store, error))
    return FALSE;
  return g_output_stream_write_all (out, line->str, line->len, NULL, NULL, error);
}
