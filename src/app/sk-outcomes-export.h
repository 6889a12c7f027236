/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-csv-export.h"
#include "sk-store.h"

G_BEGIN_DECLS

/* "Exportera utfall…": every outcome as CSV for Swedish Excel and
 * LibreOffice, in the layout chosen in the save dialog. */
void     sk_outcomes_export_action  (GtkWidget    *widget,
                                     const char   *action,
                                     GVariant     *param);
/* Writes the file (owner-only) and says so in a toast on @widget's window. */
gboolean sk_outcomes_export_to_file (GtkWidget    *widget,
                                     SkStore      *store,
                                     GFile        *file,
                                     SkCsvLayout   layout,
                                     GError      **error);

/* @year's indicator register with its targets (sk_register_write_csv). */
gboolean sk_register_export_to_file (GtkWidget    *widget,
                                     SkStore      *store,
                                     int           year,
                                     GFile        *file,
                                     GError      **error);

G_END_DECLS
