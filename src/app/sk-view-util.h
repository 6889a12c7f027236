/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

/*
 * Small helpers the indicator, work-environment and follow-up views share:
 * the tertial report periods, an indicator's status line and text views.
 */

/* The three follow-up reports: 0 "Jan–Apr" (YYYY-04), 1 "Jan–Aug" (YYYY-08), 2 "Full year" (YYYY-12). */
#define SK_VIEW_N_REPORTS 3
GtkStringList *sk_view_report_model       (void);
int            sk_view_report_month       (guint report);
/* The report a year's follow-up is most likely at today. */
guint          sk_view_default_report     (int year);

/* "91,1 % · target >95 % · near · Vårdcentralen Halland, apr 2024": the
 * latest figure of @year up to @period (December when NULL), in the unit
 * sk_figures_overview_unit() names. Sets @status. */
char          *sk_view_indicator_status   (SkStore     *store,
                                           SkIndicator *indicator,
                                           int          year,
                                           const char  *period,
                                           SkStatus    *status);
/* The same line for @unit_id at @period ("YYYY-MM"). */
char          *sk_view_figures_line       (SkStore     *store,
                                           SkIndicator *indicator,
                                           gint64       unit_id,
                                           const char  *period,
                                           SkStatus    *status);
/* The CSS class for a status ("success", "warning", "error", "dim-label"). */
const char    *sk_view_status_class       (SkStatus     status);

char          *sk_view_text_view_get      (GtkTextView *view);
/* Replaces the text only when it differs, so the cursor stays put. */
void           sk_view_text_view_set      (GtkTextView *view, const char *text);

/* A toast in the window, or a log message when there is none (tests). */
void           sk_view_toast              (GtkWidget  *widget,
                                           const char *message);
void           sk_view_add_toast          (GtkWidget  *widget,
                                           AdwToast   *toast);

/* Installs the "store" (SkStore) and "year" (0 to @max_year) properties
 * every view has, at @properties[@prop_store] and [@prop_year]. */
void           sk_view_install_properties (GObjectClass *klass,
                                           GParamSpec  **properties,
                                           guint         n_props,
                                           guint         prop_store,
                                           guint         prop_year,
                                           int           max_year);
/* Sets *@slot to @store: @view's handlers leave the old store and
 * @on_changed follows the new one's "changed" while @view lives. */
void           sk_view_replace_store      (gpointer      view,
                                           SkStore     **slot,
                                           SkStore      *store,
                                           GCallback     on_changed);

/* Fills a report choice and names it for assistive technology. */
void           sk_view_setup_report_dropdown (GtkDropDown *dropdown);
/* The end month ("YYYY-MM") of the report chosen in @dropdown, or NULL
 * without a year. */
char          *sk_view_report_period      (GtkDropDown *dropdown,
                                           int          year);

/* The coloured mark of a status, labelled for assistive technology;
 * @size_class is a type class such as "title-3". */
GtkWidget     *sk_view_status_mark        (SkStatus     status,
                                           const char  *size_class,
                                           int          width);

G_END_DECLS
