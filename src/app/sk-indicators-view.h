/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_INDICATORS_VIEW (sk_indicators_view_get_type ())
G_DECLARE_FINAL_TYPE (SkIndicatorsView, sk_indicators_view, SK, INDICATORS_VIEW, AdwBin)

GtkWidget *sk_indicators_view_new (void);

G_END_DECLS
