/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-outcome-import.h"
#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_IMPORT_DIALOG (sk_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SkImportDialog, sk_import_dialog, SK, IMPORT_DIALOG, AdwWindow)

/*
 * "Importera utfall…": reads a CSV file in a worker thread (a progress
 * bar and Cancel for large files), checks every row against the store and
 * shows the plan — new, changed (old → new), unchanged, refused with row
 * and reason — before anything is written. "Importera" writes all of it
 * in one transaction; the toast that follows can undo the whole import.
 */
SkImportDialog *sk_import_dialog_new        (GtkWindow  *parent,
                                             SkStore    *store,
                                             GFile      *file);
/* "kolada" (asking what a Kolada file is for), "loading", "failed", "preview"
 * or "writing" (the worker writes what the preview showed). */
const char     *sk_import_dialog_get_state  (SkImportDialog *self);
/* The plan once the state is "preview" (else NULL). */
SkOutcomeImport *sk_import_dialog_get_import (SkImportDialog *self);

/* The action behind the menu item: chooses a file, then opens the dialog. */
void            sk_import_dialog_action     (GtkWidget  *widget,
                                             const char *action,
                                             GVariant   *param);

/* After an import or a paste was written: a toast that says what changed,
 * with "Ångra" to put back all of it. Takes @import. */
void            sk_import_show_done_toast   (GtkWidget       *widget,
                                             SkStore         *store,
                                             SkOutcomeImport *import,
                                             const char      *title);

G_END_DECLS
