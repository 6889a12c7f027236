/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_REPORT_DIALOG (sk_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkReportDialog, sk_report_dialog, SK, REPORT_DIALOG, AdwWindow)

/*
 * "Skapa rapport…": the follow-up report of @year at @period shown page
 * by page as it will be printed, with "Spara som PDF…". NULL (and
 * @error) when the report cannot be made.
 */
SkReportDialog *sk_report_dialog_new      (GtkWindow   *parent,
                                           SkStore     *store,
                                           int          year,
                                           const char  *period,
                                           GError     **error);
guint           sk_report_dialog_get_n_pages (SkReportDialog *self);
/* Writes the PDF to @path, as the save button does after choosing a file. */
gboolean        sk_report_dialog_save     (SkReportDialog *self,
                                           const char     *path,
                                           GError        **error);

G_END_DECLS
