/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include "sk-store-private.h"

/*
 * Reads the plan review needs in one query each, so checking a whole plan
 * (or one row of the goal tree as it is drawn) does not walk the tree.
 */

gboolean
sk_store_in_register (SkStore *self,
                      int      year,
                      gint64   indicator_id)
{
  SkDbStmt *stmt;
  gboolean found;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  stmt = sk_store_prepare (self,
                           "SELECT 1 FROM plan_indicator pi JOIN plan p ON p.id = pi.plan_id"
                           " WHERE p.year = ? AND pi.indicator_id = ?", NULL);
  if (stmt == NULL)
    return FALSE;
  sk_db_bind_int (stmt, 1, year);
  sk_db_bind_int64 (stmt, 2, indicator_id);
  found = sk_store_step_row (self, stmt, NULL);
  sk_db_reset (stmt);
  return found;
}

GArray *
sk_store_list_plan_links (SkStore *self,
                          int      year)
{
  GArray *links = g_array_new (FALSE, FALSE, sizeof (SkGoalLink));
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), links);

  /* In the order the goal tree shows them. */
  stmt = sk_store_prepare (self,
                           "SELECT gi.board_goal_id, gi.indicator_id FROM goal_indicator gi"
                           " JOIN board_goal b ON b.id = gi.board_goal_id"
                           " JOIN focus_area f ON f.id = b.focus_area_id"
                           " JOIN plan p ON p.id = f.plan_id"
                           " LEFT JOIN regional_goal r ON r.id = b.regional_goal_id"
                           " WHERE p.year = ?"
                           " ORDER BY f.position, ifnull(r.position, 1e9), b.position, gi.position", NULL);
  if (stmt == NULL)
    return links;
  sk_db_bind_int (stmt, 1, year);
  while (sk_store_step_row (self, stmt, NULL))
    {
      SkGoalLink link = { sk_db_column_int64 (stmt, 0), sk_db_column_int64 (stmt, 1) };

      g_array_append_val (links, link);
    }
  return links;
}
