/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "sk-store.h"

G_BEGIN_DECLS

#define SK_TYPE_WORK_ENV_VIEW (sk_work_env_view_get_type ())
G_DECLARE_FINAL_TYPE (SkWorkEnvView, sk_work_env_view, SK, WORK_ENV_VIEW, AdwBin)

GtkWidget *sk_work_env_view_new (void);

G_END_DECLS
