/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sk-a11y.h"
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

char *
sk_view_figures_line (SkStore     *store,
                      SkIndicator *indicator,
                      gint64       unit_id,
                      const char  *period,
                      SkStatus    *status)
{
  g_autofree char *target = NULL;
  g_autofree char *value = NULL;
  g_autofree char *when = NULL;
  g_autofree char *missing = NULL;
  g_autoptr(SkUnit) unit = NULL;
  SkFigures figures = { 0 };
  int year, month;
  const char *unit_name;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  *status = SK_STATUS_NO_VALUE;
  if (!sk_period_parse (period, &year, &month))
    return g_strdup (period);
  target = target_text (store, indicator, year);
  if (unit_id == 0 || !sk_figures_compute (store, indicator, unit_id, period, &figures))
    /* Translators: "no outcomes in 2025 · target >95 %" */
    return g_strdup_printf (_("no outcomes in %d · %s"), year, target);

  *status = figures.status;
  if (figures.target != NULL && sk_target_get_kind (figures.target) != SK_TARGET_EMPTY)
    {
      /* With what "Enligt budget" was measured against: "mål Enligt budget (budget: 5 227)". */
      g_autofree char *written = sk_figures_target_text (&figures, indicator);

      g_free (target);
      target = g_strdup_printf (_("target %s"), written);
    }
  unit = sk_store_get_unit (store, unit_id);
  unit_name = unit ? sk_unit_get_name (unit) : "";
  if (!isnan (figures.status_value))
    {
      value = sk_figures_format (&figures, indicator, figures.status_value);
      when = sk_figures_status_when (&figures);
    }
  if (figures.status_month != month && figures.missing_reason != NULL && *figures.missing_reason != '\0')
    /* Translators: the asked month reported missing, with the reason given: "dec: saknas: …" */
    missing = g_strdup_printf (_("%s: missing: %s"), sk_month_abbrev (month), figures.missing_reason);
  sk_figures_clear (&figures);
  if (value == NULL)
    {
      g_autofree char *asked = g_strdup_printf ("%s %d", sk_month_abbrev (month), year);

      if (missing != NULL)
        /* Translators: "dec: missing: … · target >95 % · Vårdcentralen Halland" */
        return g_strdup_printf ("%s · %s · %s", missing, target, unit_name);
      /* Translators: "no value · target >95 % · Vårdcentralen Halland, apr 2024" */
      return g_strdup_printf (_("no value · %s · %s, %s"), target, unit_name, asked);
    }
  if (missing != NULL)
    /* Translators: value, target, status, unit and month, then the asked month's
     * missing report: "5,1 % · target <5,4 % · met · NSVH, nov 2025 · dec: missing: …" */
    return g_strdup_printf (_("%s · %s · %s · %s, %s · %s"), value, target, sk_status_label (*status),
                            unit_name, when, missing);
  /* Translators: value, target, status, unit and month:
   * "91,1 % · target >95 % · near · Vårdcentralen Halland, apr 2024" */
  return g_strdup_printf (_("%s · %s · %s · %s, %s"), value, target, sk_status_label (*status),
                          unit_name, when);
}

char *
sk_view_indicator_status (SkStore     *store,
                          SkIndicator *indicator,
                          int          year,
                          const char  *period,
                          SkStatus    *status)
{
  g_autofree char *end = NULL;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (SK_IS_INDICATOR (indicator), NULL);

  if (period == NULL)
    period = end = sk_period_make (year, 12);
  return sk_view_figures_line (store, indicator, sk_figures_overview_unit (store, indicator, year),
                               period, status);
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
    case SK_STATUS_NOT_COMPARABLE:
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
  sk_a11y_name_dropdown (dropdown, _("Follow-up period"));
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
