/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *sk_window_views_ensure      (AdwViewStack *views,
                                        const char   *name);
GtkWidget *sk_window_views_peek        (AdwViewStack *views,
                                        const char   *name);

G_END_DECLS
