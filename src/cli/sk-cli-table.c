/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort-cli"

#include "config.h"

#include <stdarg.h>

#include <glib/gi18n-lib.h>

#include "sk-cli-private.h"

struct _SkCliTable
{
  const SkCliColumn *columns;
  guint              n_columns;
  gboolean           tsv;
  GPtrArray         *rows; /* of GStrv, n_columns each */
};

SkCliTable *
sk_cli_table_new (const SkCliColumn *columns,
                  guint              n_columns,
                  gboolean           tsv)
{
  SkCliTable *table = g_new0 (SkCliTable, 1);

  table->columns = columns;
  table->n_columns = n_columns;
  table->tsv = tsv;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

void
sk_cli_table_free (SkCliTable *table)
{
  g_ptr_array_unref (table->rows);
  g_free (table);
}

/* A TSV field must not break the line or the columns. */
static char *
tsv_field (const char *text)
{
  char *field = g_strdup (text ? text : "");

  g_strdelimit (field, "\t\r\n", ' ');
  return field;
}

void
sk_cli_table_add_row (SkCliTable *table,
                      const char *first,
                      ...)
{
  char **row = g_new0 (char *, table->n_columns + 1);
  va_list args;

  /* Cells come from the database: escape sequences are shown, not run. */
  row[0] = sk_text_for_terminal (first ? first : "", table->tsv);
  va_start (args, first);
  for (guint i = 1; i < table->n_columns; i++)
    {
      const char *cell = va_arg (args, const char *);

      row[i] = sk_text_for_terminal (cell ? cell : "", table->tsv);
    }
  va_end (args);

  g_ptr_array_add (table->rows, row);
}

static void
print_tsv (SkCliTable *table,
           FILE       *out)
{
  for (guint i = 0; i < table->n_columns; i++)
    fprintf (out, "%s%s", i ? "\t" : "", table->columns[i].key);
  fputc ('\n', out);

  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      for (guint i = 0; i < table->n_columns; i++)
        {
          g_autofree char *field = tsv_field (row[i]);

          fprintf (out, "%s%s", i ? "\t" : "", field);
        }
      fputc ('\n', out);
    }
}

/* Pads by characters shown, not bytes: "å" and the thin space are one each. */
static void
append_cell (GString    *line,
             const char *text,
             guint       width,
             gboolean    right)
{
  guint len = g_utf8_strlen (text, -1);
  guint pad = width > len ? width - len : 0;

  if (right)
    g_string_append_printf (line, "%*s%s", (int) pad, "", text);
  else
    g_string_append_printf (line, "%s%*s", text, (int) pad, "");
}

static void
print_text_row (SkCliTable  *table,
                FILE        *out,
                const char **cells,
                const guint *widths)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (i > 0)
        g_string_append (line, "  ");
      append_cell (line, cells[i], widths[i], table->columns[i].right);
    }
  /* No padding after the last word of a line. */
  g_strchomp (line->str);
  fprintf (out, "%s\n", line->str);
}

static void
print_text (SkCliTable *table,
            FILE       *out)
{
  g_autofree guint *widths = g_new0 (guint, table->n_columns);
  g_autofree const char **header = g_new0 (const char *, table->n_columns);

  for (guint i = 0; i < table->n_columns; i++)
    {
      header[i] = _(table->columns[i].label);
      widths[i] = g_utf8_strlen (header[i], -1);
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      for (guint i = 0; i < table->n_columns; i++)
        widths[i] = MAX (widths[i], (guint) g_utf8_strlen (row[i], -1));
    }

  print_text_row (table, out, header, widths);
  for (guint r = 0; r < table->rows->len; r++)
    print_text_row (table, out, (const char **) g_ptr_array_index (table->rows, r), widths);
}

void
sk_cli_table_print (SkCliTable *table,
                    FILE       *out)
{
  /* Rows from reads that failed are not the data: print nothing, and
   * let the command fail with the reason (sk-cli-backup.c). */
  if (sk_cli_reads_failed ())
    return;
  if (table->tsv)
    print_tsv (table, out);
  else
    print_text (table, out);
}
