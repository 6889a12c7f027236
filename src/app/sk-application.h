/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_APPLICATION (sk_application_get_type ())
G_DECLARE_FINAL_TYPE (SkApplication, sk_application, SK, APPLICATION, AdwApplication)

SkApplication *sk_application_new          (void);
/* Binds the text domain, preferring the build tree when run uninstalled. */
void           sk_application_setup_i18n   (void);
/* Registers the app's GResource (templates, CSS, shortcuts) once. */
void           sk_app_resources_register   (void);

G_END_DECLS
