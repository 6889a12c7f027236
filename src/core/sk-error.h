/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SK_STORE_ERROR (sk_store_error_quark ())
GQuark sk_store_error_quark (void);

/* Every message that goes with these codes is translated and says what the
 * user can do; the SQLite code and text are appended for support. */
typedef enum {
  SK_STORE_ERROR_FAILED,     /* anything else SQLite reports */
  SK_STORE_ERROR_DAMAGED,    /* not a database, or corrupt */
  SK_STORE_ERROR_TOO_NEW,    /* written by a newer Styrkort */
  SK_STORE_ERROR_READ_ONLY,  /* the file or its folder cannot be written */
  SK_STORE_ERROR_LOCKED,     /* another program holds a write lock */
  SK_STORE_ERROR_NOT_FOUND,  /* no such plan, indicator, unit, … */
  SK_STORE_ERROR_INVALID,    /* the input was refused; the message says why */
  SK_STORE_ERROR_ADOPTED,    /* the plan is adopted: goals and targets are read-only */
  SK_STORE_ERROR_EXISTS,     /* a unique name or year is taken */
  SK_STORE_ERROR_FORMAT,     /* an import file is not a Styrkort file */
  SK_STORE_ERROR_NO_SPACE,   /* the disk (or the file's size limit) is full */
  SK_STORE_ERROR_CONFLICT,   /* someone else changed the value since it was read */
} SkStoreError;

G_END_DECLS
