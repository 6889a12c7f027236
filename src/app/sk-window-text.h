/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-window.h"

G_BEGIN_DECLS

/* Tells the user, once per database, when texts in @store were not valid
 * UTF-8 and are shown with replacement characters. */
void sk_window_watch_invalid_text (SkWindow *self,
                                   SkStore  *store);

G_END_DECLS
