/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every chart colour can be told from its background (issue 10): WCAG 2.1
 * AA contrast, in light and dark style. Text (value labels, ticks, notes)
 * needs 4.5:1 (SC 1.4.3); lines, marks and the focus ring need 3:1 as
 * graphical objects (SC 1.4.11). The grid and the tint of the side that
 * meets the target only decorate, so they are left out. Each colour is
 * checked on the palette's background (exports, print) and on the card
 * the app draws it on (libadwaita 1.2: white, and in dark style 8 % white
 * over the #242424 window, #363636). */
#include <math.h>

#include "sk-chart-renderer.h"

static double
channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* The colour as drawn: alpha-blended over the opaque background. */
static double
luminance (const SkChartColor *color,
           const SkChartColor *background)
{
  double a = color->alpha;
  double r = a * color->red + (1 - a) * background->red;
  double g = a * color->green + (1 - a) * background->green;
  double b = a * color->blue + (1 - a) * background->blue;

  return 0.2126 * channel (r) + 0.7152 * channel (g) + 0.0722 * channel (b);
}

static double
contrast (const SkChartColor *color,
          const SkChartColor *background)
{
  double l1 = luminance (color, background);
  double l2 = luminance (background, background);

  return (MAX (l1, l2) + 0.05) / (MIN (l1, l2) + 0.05);
}

typedef struct
{
  const char *name;
  gsize       offset;
  double      minimum;
} Role;

#define ROLE(field, min) { #field, G_STRUCT_OFFSET (SkChartPalette, field), min }

static const Role roles[] = {
  ROLE (foreground, 4.5),
  ROLE (dim, 4.5),
  ROLE (line, 4.5),     /* also the last value's label */
  ROLE (ytd, 3.0),
  ROLE (r12, 3.0),
  ROLE (target, 3.0),
  ROLE (met, 3.0),
  ROLE (near, 3.0),
  ROLE (not_met, 3.0),
  ROLE (missing, 3.0),
  ROLE (focus, 3.0),
};

static guint
check_on (const SkChartPalette *palette,
          const SkChartColor   *background,
          const char           *style)
{
  guint failures = 0;

  g_assert_cmpfloat (background->alpha, ==, 1.0);
  for (gsize i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      const SkChartColor *color = G_STRUCT_MEMBER_P (palette, roles[i].offset);
      double ratio = contrast (color, background);

      g_test_message ("%s %s: %.2f:1 (needs %.1f:1)", style, roles[i].name, ratio, roles[i].minimum);
      if (ratio < roles[i].minimum)
        {
          g_test_message ("  too little contrast: %s %s", style, roles[i].name);
          failures++;
        }
    }
  return failures;
}

static void
test_light (void)
{
  const SkChartPalette *palette = sk_chart_palette_light ();
  SkChartColor card = { 1, 1, 1, 1 };
  guint failures = check_on (palette, &palette->background, "light") + check_on (palette, &card, "light card");

  g_assert_cmpuint (failures, ==, 0);
}

static void
test_dark (void)
{
  const SkChartPalette *palette = sk_chart_palette_dark ();
  SkChartColor card = { 0x36 / 255.0, 0x36 / 255.0, 0x36 / 255.0, 1 };
  guint failures = check_on (palette, &palette->background, "dark") + check_on (palette, &card, "dark card");

  g_assert_cmpuint (failures, ==, 0);
}

/* The ratio itself: black on white is 21:1, a colour on itself 1:1. */
static void
test_ratio (void)
{
  SkChartColor white = { 1, 1, 1, 1 }, black = { 0, 0, 0, 1 }, grey = { 0.5, 0.5, 0.5, 0.0 };

  g_assert_cmpfloat_with_epsilon (contrast (&black, &white), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (contrast (&white, &white), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (contrast (&grey, &black), 1.0, 1e-9);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-contrast/ratio", test_ratio);
  g_test_add_func ("/chart-contrast/light", test_light);
  g_test_add_func ("/chart-contrast/dark", test_dark);
  return g_test_run ();
}
