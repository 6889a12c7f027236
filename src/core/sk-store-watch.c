/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include "sk-store.h"
#include "sk-store-private.h"
#include "sk-record-list.h"

/* Live lists (sk_store_watch_*): each reloads through its sk_store_list_*
 * when one of its tables changes. */

static GListModel *
load_plans (SkStore  *store,
            gpointer  data)
{
  return sk_store_list_plans (store);
}

GListModel *
sk_store_watch_plans (SkStore *self)
{
  static const char * const tables[] = { "plan", NULL };

  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return G_LIST_MODEL (sk_record_list_new (self, SK_TYPE_PLAN, tables, load_plans, NULL, NULL));
}

static GListModel *
load_indicators (SkStore  *store,
                 gpointer  data)
{
  return sk_store_list_indicators (store, GPOINTER_TO_INT (data));
}

GListModel *
sk_store_watch_indicators (SkStore *self,
                           int      year)
{
  /* A register is the plan of that year joined with plan_indicator. */
  static const char * const tables[] = { "indicator", "plan_indicator", "plan", "indicator_definition", NULL };

  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return G_LIST_MODEL (sk_record_list_new (self, SK_TYPE_INDICATOR, tables, load_indicators,
                                           GINT_TO_POINTER (year), NULL));
}

static GListModel *
load_units (SkStore  *store,
            gpointer  data)
{
  return sk_store_list_units (store);
}

GListModel *
sk_store_watch_units (SkStore *self)
{
  static const char * const tables[] = { "unit", NULL };

  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return G_LIST_MODEL (sk_record_list_new (self, SK_TYPE_UNIT, tables, load_units, NULL, NULL));
}

static GListModel *
load_focus_areas (SkStore  *store,
                  gpointer  data)
{
  return sk_store_list_focus_areas (store, *(gint64 *) data);
}

GListModel *
sk_store_watch_focus_areas (SkStore *self,
                            gint64   plan_id)
{
  /* "plan" too: deleting the plan takes its focus areas with it. */
  static const char * const tables[] = { "focus_area", "plan", NULL };

  g_return_val_if_fail (SK_IS_STORE (self), NULL);
  return G_LIST_MODEL (sk_record_list_new (self, SK_TYPE_FOCUS_AREA, tables, load_focus_areas,
                                           g_memdup2 (&plan_id, sizeof plan_id), g_free));
}
