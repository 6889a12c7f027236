/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-cli-private.h"

G_BEGIN_DECLS

/* styrkort-cli generate-demo --years 2021-2025 --units N --seed S */
int sk_cli_generate_demo (SkCliGlobals *globals,
                          int           argc,
                          char        **argv);

G_END_DECLS
