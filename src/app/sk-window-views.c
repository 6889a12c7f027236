/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include "sk-board-view.h"
#include "sk-budget-view.h"
#include "sk-charts-view.h"
#include "sk-follow-up-view.h"
#include "sk-goals-view.h"
#include "sk-indicators-view.h"
#include "sk-menu-tooltip.h"
#include "sk-outcomes-view.h"
#include "sk-plans-view.h"
#include "sk-view-adopted.h"
#include "sk-window-views.h"
#include "sk-work-env-view.h"

/*
 * The eight views are made when first shown, not at start: building them
 * all (and laying out text no one sees) cost more than the whole rest of
 * the start-up. Each page of the window's view stack holds an AdwBin
 * (ui/sk-window.ui) that receives its view here, once.
 */

typedef GType (*TypeFunc) (void);

static const struct
{
  const char *name;
  TypeFunc    type;
  gboolean    explain_adopted; /* edit keys on an adopted plan say why they do nothing */
} view_types[] = {
  { "goals",      sk_goals_view_get_type,      TRUE  },
  { "indicators", sk_indicators_view_get_type, TRUE  },
  { "outcomes",   sk_outcomes_view_get_type,   FALSE },
  { "workenv",    sk_work_env_view_get_type,   FALSE },
  { "followup",   sk_follow_up_view_get_type,  FALSE },
  { "plans",      sk_plans_view_get_type,      FALSE },
  { "charts",     sk_charts_view_get_type,     FALSE },
  { "board",      sk_board_view_get_type,      FALSE },
  { "budget",     sk_budget_view_get_type,     FALSE },
};

/* The view of page @name if it was made already, else NULL. */
GtkWidget *
sk_window_views_peek (AdwViewStack *views,
                      const char   *name)
{
  GtkWidget *page = name != NULL ? adw_view_stack_get_child_by_name (views, name) : NULL;

  return ADW_IS_BIN (page) ? adw_bin_get_child (ADW_BIN (page)) : page;
}

/* The view of page @name, made now if it was not yet; NULL for no such page. */
GtkWidget *
sk_window_views_ensure (AdwViewStack *views,
                        const char   *name)
{
  GtkWidget *page, *view;

  page = name != NULL ? adw_view_stack_get_child_by_name (views, name) : NULL;
  if (page == NULL || !ADW_IS_BIN (page))
    return page;
  view = adw_bin_get_child (ADW_BIN (page));
  if (view != NULL)
    return view;
  for (guint i = 0; i < G_N_ELEMENTS (view_types); i++)
    if (g_str_equal (name, view_types[i].name))
      {
        view = g_object_new (view_types[i].type (), NULL);
        if (view_types[i].explain_adopted)
          sk_view_explain_adopted_keys (view);
        sk_menu_tooltip_follow_all (view);
        adw_bin_set_child (ADW_BIN (page), view);
        return view;
      }
  return NULL;
}
