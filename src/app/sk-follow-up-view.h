/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_FOLLOW_UP_VIEW (sk_follow_up_view_get_type ())
G_DECLARE_FINAL_TYPE (SkFollowUpView, sk_follow_up_view, SK, FOLLOW_UP_VIEW, AdwBin)

GtkWidget *sk_follow_up_view_new (void);

G_END_DECLS
