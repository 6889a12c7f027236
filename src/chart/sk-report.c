/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "sk-chart-layout.h"
#include "sk-chart-renderer.h"
#include "sk-derived.h"
#include "sk-format.h"
#include "sk-report.h"
#include "sk-report-private.h"

/*
 * The report is laid out once, into one cairo recording surface per page:
 * the page count is known before anything is written (for "Sida 2 av 9"),
 * and the same pages go to the PDF file and to the app's preview.
 */

struct _SkReport
{
  GObject       parent_instance;

  SkStore      *store;
  int           year;
  int           month;
  char         *period;
  gint64        unit_id;
  char         *title;
  GPtrArray    *pages;        /* cairo_surface_t (recording), one per page */
  GHashTable   *rows;         /* indicator id → SkReportRow */
  gboolean      fictional;
  PangoContext *context;
  SkChartRenderer *renderer;
};

G_DEFINE_FINAL_TYPE (SkReport, sk_report, G_TYPE_OBJECT)

/* ---- Pages ---- */

static void
begin_page (SkReportFlow *flow)
{
  SkReport *self = flow->report;
  cairo_rectangle_t extents = { 0, 0, SK_REPORT_PAGE_WIDTH, SK_REPORT_PAGE_HEIGHT };
  cairo_surface_t *page = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);

  g_clear_pointer (&flow->cr, cairo_destroy);
  g_ptr_array_add (self->pages, page);
  flow->cr = cairo_create (page);
  flow->y = SK_REPORT_MARGIN_TOP;
}

void
sk_report_flow_new_page (SkReportFlow *flow)
{
  begin_page (flow);
  if (flow->table != NULL)
    sk_report_table_header (flow);
}

gboolean
sk_report_flow_fits (SkReportFlow *flow,
                     double        height)
{
  return flow->y + height <= SK_REPORT_PAGE_HEIGHT - SK_REPORT_MARGIN_BOTTOM;
}

/* Starts a new page unless @height still fits on this one. */
void
sk_report_flow_need (SkReportFlow *flow,
                     double        height)
{
  if (!sk_report_flow_fits (flow, height) && flow->y > SK_REPORT_MARGIN_TOP)
    sk_report_flow_new_page (flow);
}

/* ---- Text ---- */

PangoLayout *
sk_report_layout (SkReportFlow *flow,
                  const char   *text,
                  double        size,
                  gboolean      bold,
                  double        width)
{
  PangoLayout *layout = pango_layout_new (flow->report->context);
  PangoFontDescription *font = pango_font_description_from_string (SK_REPORT_FONT);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Long names wrap, also within a word: nothing is cut. */
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
sk_report_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

void
sk_report_set_color (cairo_t            *cr,
                     const SkChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* Draws @layout at the flow's x + @indent line by line, going on to a new
 * page where a line no longer fits: a long analysis flows on, never cut. */
void
sk_report_flow_layout (SkReportFlow *flow,
                       PangoLayout  *layout,
                       double        indent)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double offset = 0;

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      int y0, y1;
      double baseline;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (!sk_report_flow_fits (flow, (double) y1 / PANGO_SCALE - offset))
        {
          sk_report_flow_new_page (flow);
          offset = (double) y0 / PANGO_SCALE;
        }
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - offset;
      cairo_move_to (flow->cr, SK_REPORT_MARGIN_X + indent + (double) logical.x / PANGO_SCALE,
                     flow->y + baseline);
      pango_cairo_show_layout_line (flow->cr, line);
      if (!pango_layout_iter_next_line (iter))
        {
          flow->y += (double) y1 / PANGO_SCALE - offset;
          break;
        }
    }
  while (TRUE);
  pango_layout_iter_free (iter);
}

void
sk_report_paragraph (SkReportFlow *flow,
                     const char   *text,
                     double        size,
                     gboolean      bold,
                     double        indent,
                     double        space_after)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (text == NULL || text[0] == '\0')
    return;
  layout = sk_report_layout (flow, text, size, bold, SK_REPORT_CONTENT_WIDTH - indent);
  cairo_set_source_rgb (flow->cr, 0, 0, 0);
  sk_report_flow_layout (flow, layout, indent);
  flow->y += space_after;
}

/* A heading never stands alone at the foot of a page: @keep points of
 * what follows it come onto the same page. */
void
sk_report_heading (SkReportFlow *flow,
                   const char   *text,
                   double        size,
                   double        space_before,
                   double        keep)
{
  g_autoptr(PangoLayout) layout = sk_report_layout (flow, text, size, TRUE, SK_REPORT_CONTENT_WIDTH);
  double height = sk_report_layout_height (layout);

  if (flow->y > SK_REPORT_MARGIN_TOP)
    flow->y += space_before;
  sk_report_flow_need (flow, height + keep);
  cairo_set_source_rgb (flow->cr, 0, 0, 0);
  sk_report_flow_layout (flow, layout, 0);
  flow->y += size * 0.4;
}

/* ---- Figures ---- */

static void
row_free (SkReportRow *row)
{
  g_clear_object (&row->indicator);
  g_clear_object (&row->series);
  g_free (row->unit_name);
  g_free (row->month_text);
  g_free (row->target_text);
  g_free (row->total_text);
  g_free (row->total_caption);
  g_free (row->status_text);
  g_free (row->missing_reason);
  g_free (row);
}

/* The months after the period are not part of the report, even where
 * (demo) outcomes were entered for them. */
static void
cut_series (SkChartSeries *series,
            int            year,
            int            month)
{
  int from = sk_chart_series_index (series, year, month);

  if (from < 0)
    return;
  for (guint i = from + 1; i < sk_chart_series_get_n_months (series); i++)
    {
      sk_chart_series_set_value (series, i, NAN);
      sk_chart_series_set_ytd (series, i, NAN);
      sk_chart_series_set_r12 (series, i, NAN);
      sk_chart_series_set_missing_reason (series, i, NULL);
      sk_chart_series_set_fictional (series, i, FALSE);
    }
}

static gboolean
series_fictional (SkChartSeries *series)
{
  for (guint i = 0; i < sk_chart_series_get_n_months (series); i++)
    if (sk_chart_series_get_fictional (series, i))
      return TRUE;
  return FALSE;
}

/* The figure the last value column shows: R12 where that is what is
 * reported (an R12 indicator, or a target that judges R12), else the
 * year to date. */
static gboolean
shows_r12 (SkIndicator     *indicator,
           const SkFigures *f)
{
  if (sk_indicator_get_r12 (indicator))
    return TRUE;
  if (f->target != NULL && sk_target_get_qualifier (f->target) == SK_QUALIFIER_R12)
    return TRUE;
  return isnan (f->ytd) && !isnan (f->r12);
}

static void
fill_texts (SkReport    *self,
            SkReportRow *row,
            SkFigures   *f)
{
  SkIndicator *ind = row->indicator;

  if (!isnan (f->month))
    row->month_text = sk_figures_format (f, ind, f->month);
  else if (f->missing_reason != NULL && f->missing_reason[0] != '\0')
    {
      row->month_text = g_strdup (_("missing"));
      row->missing_reason = g_strdup (f->missing_reason);
    }
  else
    row->month_text = g_strdup ("–");
  row->target_text = f->target != NULL ? sk_figures_target_text (f, ind) : g_strdup ("");

  row->r12 = shows_r12 (ind, f);
  if (row->r12)
    {
      row->total_text = isnan (f->r12) ? g_strdup ("–") : sk_figures_format (f, ind, f->r12);
      row->total_caption = sk_figures_r12_caption (f);
    }
  else
    {
      row->total_text = isnan (f->ytd) ? g_strdup ("–") : sk_figures_format (f, ind, f->ytd);
      row->total_caption = sk_figures_ytd_caption (f);
    }

  row->status = f->status;
  if (f->status_month > 0 && f->status_month != self->month)
    /* TRANSLATORS: status mark, status and the month it judges: "✓ met (apr)" */
    row->status_text = g_strdup_printf (_("%s %s (%s)"), sk_status_mark (f->status),
                                        sk_status_label (f->status), sk_month_abbrev (f->status_month));
  else
    row->status_text = g_strdup_printf ("%s %s", sk_status_mark (f->status), sk_status_label (f->status));
}

/* The figures of one indicator, computed once however often it appears. */
SkReportRow *
sk_report_row (SkReport *self,
               gint64    indicator_id)
{
  SkReportRow *row = g_hash_table_lookup (self->rows, &indicator_id);
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkUnit) unit = NULL;
  SkFigures f;

  if (row != NULL)
    return row;
  ind = sk_store_get_indicator_in_year (self->store, indicator_id, self->year);
  if (ind == NULL)
    return NULL;

  row = g_new0 (SkReportRow, 1);
  row->id = indicator_id;
  row->indicator = g_steal_pointer (&ind);
  row->unit_id = self->unit_id != 0 ? self->unit_id
                                    : sk_figures_overview_unit (self->store, row->indicator, self->year);
  if (row->unit_id != 0 && (unit = sk_store_get_unit (self->store, row->unit_id)) != NULL)
    row->unit_name = g_strdup (sk_unit_get_name (unit));

  if (row->unit_id != 0 && sk_figures_compute (self->store, row->indicator, row->unit_id, self->period, &f))
    {
      fill_texts (self, row, &f);
      sk_figures_clear (&f);
    }
  else
    {
      row->status = SK_STATUS_NO_VALUE;
      row->month_text = g_strdup ("–");
      row->total_text = g_strdup ("–");
      row->status_text = g_strdup_printf ("%s %s", sk_status_mark (SK_STATUS_NO_VALUE),
                                          sk_status_label (SK_STATUS_NO_VALUE));
      if (sk_store_get_target (self->store, indicator_id, self->year) != NULL)
        {
          g_autoptr(SkTarget) target = sk_store_get_target (self->store, indicator_id, self->year);
          row->target_text = g_strdup (sk_target_get_text (target));
        }
    }

  /* The trend: last year and this one up to the period. */
  if (row->unit_id != 0)
    {
      row->series = sk_chart_series_new_from_store (self->store, row->indicator, row->unit_id,
                                                    self->year - 1, self->year);
      cut_series (row->series, self->year, self->month);
      row->fictional = series_fictional (row->series);
      self->fictional |= row->fictional;
    }
  g_hash_table_insert (self->rows, &row->id, row);
  return row;
}

SkStore *
sk_report_get_store (SkReport *self)
{
  return self->store;
}

int
sk_report_get_month (SkReport *self)
{
  return self->month;
}

const char *
sk_report_get_period (SkReport *self)
{
  return self->period;
}

SkChartRenderer *
sk_report_get_renderer (SkReport *self)
{
  return self->renderer;
}

/* ---- Building ---- */

const char *
sk_report_month_name (int month)
{
  static const char * const names[] = {
    NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
    NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
    NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
    NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "month name", names[month - 1]);
}

static char *
make_title (int year,
            int month)
{
  const char *first = sk_report_month_name (1);
  const char *last = sk_report_month_name (month);

  if (month == 1)
    /* TRANSLATORS: the report's title for one month: "Uppföljning januari 2024" */
    return g_strdup_printf (_("Follow-up %s %d"), first, year);
  /* TRANSLATORS: the report's title: "Uppföljning januari–april 2024" */
  return g_strdup_printf (_("Follow-up %s–%s %d"), first, last, year);
}

static PangoContext *
make_context (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Points are units, and the layout is the same on paper and on screen. */
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

static void
build (SkReport *self,
       SkPlan   *plan)
{
  SkReportFlow flow = { .report = self };

  /* Every figure first: the cover says whether any is fictional. */
  sk_report_compute_rows (self, plan);
  begin_page (&flow);
  sk_report_cover (&flow, plan);
  begin_page (&flow);
  sk_report_summary (&flow, plan);
  sk_report_goals (&flow, plan);
  sk_report_register (&flow, plan);
  sk_report_economy (&flow, plan);
  sk_report_work_env (&flow, plan);
  g_clear_pointer (&flow.cr, cairo_destroy);
}

SkReport *
sk_report_new (SkStore     *store,
               int          year,
               const char  *period,
               gint64       unit_id,
               GError     **error)
{
  g_autoptr(SkReport) self = NULL;
  g_autoptr(SkPlan) plan = NULL;
  int p_year, p_month;
  guint failures;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  if (!sk_period_parse (period, &p_year, &p_month) || p_year != year)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("The period %s is not a month of %d."), period, year);
      return NULL;
    }
  plan = sk_store_get_plan (store, year);
  if (plan == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("There is no plan for %d."), year);
      return NULL;
    }

  self = g_object_new (SK_TYPE_REPORT, NULL);
  self->store = g_object_ref (store);
  self->year = year;
  self->month = p_month;
  self->period = g_strdup (period);
  self->unit_id = unit_id;
  self->title = make_title (year, p_month);
  self->context = make_context ();
  self->renderer = sk_chart_renderer_new (sk_chart_palette_light ());
  sk_chart_renderer_set_font_family (self->renderer, SK_REPORT_FONT);
  sk_chart_renderer_set_fill_background (self->renderer, FALSE);
  failures = sk_store_get_read_failures (store);
  build (self, plan);
  /* A read that failed would leave a hole that looks like data: no report
   * then. Only our own reads count (the app's store has a history). */
  if (sk_store_get_read_failures (store) != failures)
    {
      if (sk_store_check_reads (store, error))
        g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_FAILED,
                     _("Part of the database could not be read, so the report was not made."));
      return NULL;
    }
  return g_steal_pointer (&self);
}

guint
sk_report_get_n_pages (SkReport *self)
{
  g_return_val_if_fail (SK_IS_REPORT (self), 0);
  return self->pages->len;
}

gboolean
sk_report_get_fictional (SkReport *self)
{
  g_return_val_if_fail (SK_IS_REPORT (self), FALSE);
  return self->fictional;
}

const char *
sk_report_get_title (SkReport *self)
{
  g_return_val_if_fail (SK_IS_REPORT (self), NULL);
  return self->title;
}

int
sk_report_get_year (SkReport *self)
{
  return self->year;
}

gint64
sk_report_get_unit_id (SkReport *self)
{
  return self->unit_id;
}

/* ---- Drawing ---- */

/* What every page carries: the title, the fictional notice where the
 * report holds demo outcomes, and "Sida 2 av 9". */
static void
draw_frame (SkReport *self,
            guint     page,
            cairo_t  *cr)
{
  SkReportFlow flow = { .report = self, .cr = cr };
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  g_autoptr(PangoLayout) left = sk_report_layout (&flow, self->title, 8, FALSE, SK_REPORT_CONTENT_WIDTH / 2);
  g_autoptr(PangoLayout) right = sk_report_layout (&flow, number, 8, FALSE, SK_REPORT_CONTENT_WIDTH / 2);
  double foot = SK_REPORT_PAGE_HEIGHT - SK_REPORT_MARGIN_BOTTOM + 24;

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  cairo_move_to (cr, SK_REPORT_MARGIN_X, foot);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, SK_REPORT_MARGIN_X + SK_REPORT_CONTENT_WIDTH / 2, foot);
  pango_cairo_show_layout (cr, right);

  if (self->fictional)
    {
      g_autofree char *text = g_strdup_printf ("%s – %s", _("Fictional outcomes"),
                                               _("this report holds demo figures, not real outcomes"));
      g_autoptr(PangoLayout) notice = sk_report_layout (&flow, text, 9, TRUE, SK_REPORT_CONTENT_WIDTH);

      cairo_set_source_rgb (cr, 0.60, 0.25, 0.0);
      cairo_move_to (cr, SK_REPORT_MARGIN_X, SK_REPORT_MARGIN_TOP - 30);
      pango_cairo_show_layout (cr, notice);
    }
}

void
sk_report_draw_page (SkReport *self,
                     guint     page,
                     cairo_t  *cr)
{
  g_return_if_fail (SK_IS_REPORT (self));
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, SK_REPORT_PAGE_WIDTH, SK_REPORT_PAGE_HEIGHT);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_set_source_surface (cr, g_ptr_array_index (self->pages, page), 0, 0);
  cairo_paint (cr);
  draw_frame (self, page, cr);
  cairo_restore (cr);
}

static cairo_status_t
write_stream (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  GOutputStream *stream = closure;

  if (!g_output_stream_write_all (stream, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
sk_report_write_pdf (SkReport    *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (SK_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Readable by its owner only, as every file Styrkort writes; the old
   * file stays until the new one is whole. */
  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           NULL, error);
  if (stream == NULL)
    return FALSE;

  /* Cairo hands over the file in small pieces: one write each is slow. */
  buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (stream), 64 * 1024);
  surface = cairo_pdf_surface_create_for_stream (write_stream, buffered,
                                                 SK_REPORT_PAGE_WIDTH, SK_REPORT_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Styrkort");
  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len; i++)
    {
      sk_report_draw_page (self, i, cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autoptr(GCancellable) discard = g_cancellable_new ();

      /* A cancelled close drops the half-written file; the old one stays. */
      g_cancellable_cancel (discard);
      g_output_stream_close (G_OUTPUT_STREAM (stream), discard, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write the report to “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  /* Closing the buffer writes what is left and closes the file. */
  return g_output_stream_close (buffered, NULL, error);
}

/* ---- GObject ---- */

static void
sk_report_finalize (GObject *object)
{
  SkReport *self = SK_REPORT (object);

  g_ptr_array_unref (self->pages);
  g_hash_table_unref (self->rows);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_object (&self->renderer);
  g_free (self->period);
  g_free (self->title);

  G_OBJECT_CLASS (sk_report_parent_class)->finalize (object);
}

static void
sk_report_class_init (SkReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_report_finalize;
}

static void
sk_report_init (SkReport *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) row_free);
}
