/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "sk-error.h"

G_DEFINE_QUARK (sk-store-error-quark, sk_store_error)
