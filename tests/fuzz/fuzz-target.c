/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-target"

#include "config.h"

#include <math.h>

#include "sk-fuzz.h"
#include "sk-target.h"

/* The target parser (a målvärde as written) and all that reads its rule. */

const char sk_fuzz_name[] = "target";

void
sk_fuzz_init (void)
{
}

static void
use_rule (SkTarget *target)
{
  static const double values[] = { NAN, -1, 0, 0.5, 95, 95.0000001, 1e9, -1e300 };
  g_autofree char *formatted = sk_target_format (target);
  g_autofree char *higher = sk_target_describe (target, SK_DIRECTION_HIGHER);
  g_autofree char *lower = sk_target_describe (target, SK_DIRECTION_LOWER);
  double threshold;

  g_assert_nonnull (formatted);
  g_assert_nonnull (higher);
  g_assert_nonnull (lower);
  sk_target_unit_matches (target, "%");
  sk_target_unit_matches (target, "");
  sk_target_is_measurable (target);
  sk_target_threshold (target, 100, 80, &threshold);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      sk_target_evaluate (target, SK_DIRECTION_HIGHER, values[i], 0.05, 100, 80);
      sk_target_evaluate (target, SK_DIRECTION_LOWER, values[i], 0.05, NAN, NAN);
    }
}

void
sk_fuzz_one (const guint8 *data,
             gsize         size)
{
  /* Targets are C strings: the text ends at the first NUL. */
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(SkTarget) target = sk_target_new (text);

  /* The written text is kept as it is; bytes that are not UTF-8 cannot
   * be shown, so those come back as valid UTF-8 (U+FFFD). */
  if (g_utf8_validate (text, -1, NULL))
    g_assert_cmpstr (sk_target_get_text (target), ==, text);
  else
    g_assert_true (g_utf8_validate (sk_target_get_text (target), -1, NULL));
  use_rule (target);
  if (sk_target_is_measurable (target))
    {
      /* Its canonical text means the same rule. */
      g_autofree char *formatted = sk_target_format (target);
      g_autoptr(SkTarget) again = sk_target_new (formatted);

      g_assert_cmpint (sk_target_get_kind (again), ==, sk_target_get_kind (target));
      g_assert_cmpint (sk_target_get_comparator (again), ==, sk_target_get_comparator (target));
      use_rule (again);
    }
  /* set-text reparses the same object. */
  sk_target_set_text (target, "");
  sk_target_set_text (target, text);
}
