/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sk-derived.h"
#include "sk-format.h"
#include "sk-view-util.h"
#include "sk-window.h"

static const int report_months[SK_VIEW_N_REPORTS] = { 4, 8, 12 };

GtkStringList *
sk_view_report_model (void)
{
  const char *labels[] = { _("Jan–Apr"), _("Jan–Aug"), _("Full year"), NULL };

  return gtk_string_list_new (labels);
}

int
sk_view_report_month (guint report)
{
  return report_months[MIN (report, SK_VIEW_N_REPORTS - 1)];
}

guint
sk_view_default_report (int year)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int month = g_date_time_get_month (now);

  /* A past year is followed up in full; this year at the report under way. */
  if (year < g_date_time_get_year (now))
    return SK_VIEW_N_REPORTS - 1;
  if (year > g_date_time_get_year (now) || month <= 4)
    return 0;
  return month <= 8 ? 1 : 2;
}

/* The root unit when it has outcomes for the year, else the first unit that has. */
static gint64
unit_with_data (SkStore     *store,
                SkIndicator *indicator,
                int          year)
{
  g_autoptr(GListModel) units = sk_store_list_outcome_units (store, sk_record_get_id (SK_RECORD (indicator)), year);
  gint64 first = 0;

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(SkUnit) unit = g_list_model_get_item (units, i);

      if (sk_unit_get_parent_id (unit) == 0)
        return sk_record_get_id (SK_RECORD (unit));
      if (first == 0)
        first = sk_record_get_id (SK_RECORD (unit));
    }
  return first;
}

static char *
latest_period (SkStore     *store,
               SkIndicator *indicator,
               gint64       unit_id,
               int          year)
{
  g_autofree char *from = sk_period_make (year, 1);
  g_autofree char *to = sk_period_make (year, 12);
  g_autoptr(GListModel) outcomes = sk_store_list_outcomes (store, sk_record_get_id (SK_RECORD (indicator)),
                                                           unit_id, from, to);
  const char *latest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(SkOutcome) outcome = g_list_model_get_item (outcomes, i);

      if (sk_outcome_get_kind (outcome) == SK_OUTCOME_REFERENCE)
        continue;
      if (latest == NULL || g_strcmp0 (sk_outcome_get_period (outcome), latest) > 0)
        latest = g_intern_string (sk_outcome_get_period (outcome));
    }
  return g_strdup (latest);
}

/* "target >95 %", or "no target". */
static char *
target_text (SkStore     *store,
             SkIndicator *indicator,
             int          year)
{
  g_autoptr(SkTarget) target = sk_store_get_target (store, sk_record_get_id (SK_RECORD (indicator)), year);

  if (target == NULL || sk_target_get_kind (target) == SK_TARGET_EMPTY)
    return g_strdup (sk_status_label (SK_STATUS_NO_TARGET));
  /* Translators: the target of an indicator, "target >95 %". */
  return g_strdup_printf (_("target %s"), sk_target_get_text (target));
}

static char *
period_label (const char *period)
{
  int year, month;

  if (!sk_period_parse (period, &year, &month))
    return g_strdup (period);
  return g_strdup_printf ("%s %d", sk_month_abbrev (month), year);
}

char *
sk_view_indicator_status (SkStore     *store,
                          SkIndicator *indicator,
                          int          year,
                          const char  *period,
                          SkStatus    *status)
{
  g_autofree char *target = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *value = NULL;
  g_autofree char *when = NULL;
  g_autoptr(SkUnit) unit = NULL;
  SkFigures figures = { 0 };
  gint64 unit_id;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), NULL);

  *status = SK_STATUS_NO_VALUE;
  target = target_text (store, indicator, year);
  unit_id = unit_with_data (store, indicator, year);
  if (unit_id != 0 && period == NULL)
    period = latest = latest_period (store, indicator, unit_id, year);
  if (unit_id == 0 || period == NULL
      || !sk_figures_compute (store, indicator, unit_id, period, &figures))
    /* Translators: "no outcomes in 2025 · target >95 %" */
    return g_strdup_printf (_("no outcomes in %d · %s"), year, target);

  *status = figures.status;
  unit = sk_store_get_unit (store, unit_id);
  when = period_label (period);
  if (!isnan (figures.status_value))
    value = sk_format_value (figures.status_value, sk_indicator_get_measure_unit (indicator));
  else if (figures.missing_reason != NULL && *figures.missing_reason != '\0')
    /* Translators: a month reported missing, with the reason given. */
    value = g_strdup_printf (_("missing: %s"), figures.missing_reason);
  sk_figures_clear (&figures);
  if (value == NULL)
    /* Translators: "no value · target >95 % · Vårdcentralen Halland, apr 2024" */
    return g_strdup_printf (_("no value · %s · %s, %s"), target, unit ? sk_unit_get_name (unit) : "", when);
  /* Translators: value, target, status, unit and month:
   * "91,1 % · target >95 % · near · Vårdcentralen Halland, apr 2024" */
  return g_strdup_printf (_("%s · %s · %s · %s, %s"), value, target, sk_status_label (*status),
                          unit ? sk_unit_get_name (unit) : "", when);
}

const char *
sk_view_status_class (SkStatus status)
{
  switch (status)
    {
    case SK_STATUS_MET:     return "success";
    case SK_STATUS_NEAR:    return "warning";
    case SK_STATUS_NOT_MET: return "error";
    case SK_STATUS_NO_VALUE:
    case SK_STATUS_NO_TARGET:
    default:                return "dim-label";
    }
}

char *
sk_view_text_view_get (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
sk_view_text_view_set (GtkTextView *view,
                       const char  *text)
{
  g_autofree char *old = sk_view_text_view_get (view);

  if (g_strcmp0 (old, text ? text : "") != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

void
sk_view_add_toast (GtkWidget *widget,
                   AdwToast  *toast)
{
  GtkWidget *window = gtk_widget_get_ancestor (widget, SK_TYPE_WINDOW);

  if (window != NULL)
    sk_window_add_toast (SK_WINDOW (window), toast);
  else
    {
      g_message ("%s", adw_toast_get_title (toast));
      g_object_unref (toast);
    }
}

void
sk_view_toast (GtkWidget  *widget,
               const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  sk_view_add_toast (widget, toast);
}

void
sk_view_install_properties (GObjectClass *klass,
                            GParamSpec  **properties,
                            guint         n_props,
                            guint         prop_store,
                            guint         prop_year,
                            int           max_year)
{
  properties[prop_store] =
    g_param_spec_object ("store", NULL, NULL, SK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[prop_year] =
    g_param_spec_int ("year", NULL, NULL, 0, max_year, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (klass, n_props, properties);
}

void
sk_view_replace_store (gpointer   view,
                       SkStore  **slot,
                       SkStore   *store,
                       GCallback  on_changed)
{
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, view);
  g_set_object (slot, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", on_changed, view, 0);
}

void
sk_view_setup_report_dropdown (GtkDropDown *dropdown)
{
  g_autoptr(GtkStringList) reports = sk_view_report_model ();

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (reports));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Follow-up period"), -1);
}

char *
sk_view_report_period (GtkDropDown *dropdown,
                       int          year)
{
  if (year <= 0)
    return NULL;
  return sk_period_make (year, sk_view_report_month (gtk_drop_down_get_selected (dropdown)));
}

GtkWidget *
sk_view_status_mark (SkStatus    status,
                     const char *size_class,
                     int         width)
{
  GtkWidget *mark = gtk_label_new (sk_status_mark (status));

  gtk_widget_add_css_class (mark, size_class);
  gtk_widget_add_css_class (mark, sk_view_status_class (status));
  gtk_widget_set_size_request (mark, width, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sk_status_label (status), -1);
  return mark;
}
