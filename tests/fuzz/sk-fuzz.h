/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * One fuzz target: the same two functions serve libFuzzer (fuzz-main.c,
 * built with -Dfuzz=true) and the regression test that feeds every kept
 * crash input through them in the normal suite (test-fuzz-regressions.c).
 * sk_fuzz_one aborts (g_error, g_assert, a sanitizer) on a bug.
 */
void sk_fuzz_init (void);
void sk_fuzz_one  (const guint8 *data, gsize size);

/* The name of the target: its folder under corpus/ and regressions/. */
extern const char sk_fuzz_name[];

G_END_DECLS
