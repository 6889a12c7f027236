/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Schema of version 1, and the steps from each version to the next.
 * Kept as plain SQL so tests can build an old file and watch it migrate. */

#define SK_STORE_APPLICATION_ID 0x536b5254 /* "SkRT" */

/* Also made again after a large import that left it out (sk-store-import-batch.c). */
#define SK_STORE_OUTCOME_UNIT_PERIOD_INDEX "CREATE INDEX outcome_unit_period ON outcome (unit_id, period);"

#define SK_STORE_SCHEMA_V1 \
  "CREATE TABLE unit (" \
  "  id INTEGER PRIMARY KEY," \
  "  parent_id INTEGER REFERENCES unit(id) ON DELETE CASCADE," \
  "  name TEXT NOT NULL UNIQUE," \
  "  short_name TEXT NOT NULL DEFAULT ''," \
  "  position INTEGER NOT NULL DEFAULT 0);" \
  "CREATE TABLE plan (" \
  "  id INTEGER PRIMARY KEY," \
  "  year INTEGER NOT NULL UNIQUE," \
  "  title TEXT NOT NULL," \
  "  status INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1))," \
  "  decision_date TEXT, decision_paragraph TEXT, diary_number TEXT);" \
  "CREATE TABLE focus_area (" \
  "  id INTEGER PRIMARY KEY," \
  "  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE," \
  "  position INTEGER NOT NULL," \
  "  title TEXT NOT NULL," \
  "  description TEXT NOT NULL DEFAULT ''," \
  "  UNIQUE (plan_id, title));" \
  "CREATE TABLE regional_goal (" \
  "  id INTEGER PRIMARY KEY," \
  "  focus_area_id INTEGER NOT NULL REFERENCES focus_area(id) ON DELETE CASCADE," \
  "  position INTEGER NOT NULL," \
  "  title TEXT NOT NULL," \
  "  description TEXT NOT NULL DEFAULT ''," \
  "  UNIQUE (focus_area_id, title));" \
  "CREATE TABLE board_goal (" \
  "  id INTEGER PRIMARY KEY," \
  "  focus_area_id INTEGER NOT NULL REFERENCES focus_area(id) ON DELETE CASCADE," \
  "  regional_goal_id INTEGER REFERENCES regional_goal(id) ON DELETE CASCADE," \
  "  position INTEGER NOT NULL," \
  "  text TEXT NOT NULL);" \
  "CREATE UNIQUE INDEX board_goal_text ON board_goal (focus_area_id, ifnull(regional_goal_id, 0), text);" \
  "CREATE TABLE indicator (" \
  "  id INTEGER PRIMARY KEY," \
  "  name TEXT NOT NULL UNIQUE," \
  "  perspective INTEGER NOT NULL," \
  "  measure_unit TEXT NOT NULL DEFAULT ''," \
  "  direction INTEGER NOT NULL DEFAULT 0," \
  "  responsible_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL," \
  "  frequency INTEGER NOT NULL DEFAULT 0," \
  "  aggregation INTEGER NOT NULL DEFAULT 1," \
  "  r12 INTEGER NOT NULL DEFAULT 0," \
  "  tolerance REAL NOT NULL DEFAULT 0.05," \
  "  description TEXT NOT NULL DEFAULT '');" \
  "CREATE TABLE plan_indicator (" \
  "  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE," \
  "  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE," \
  "  position INTEGER NOT NULL," \
  "  PRIMARY KEY (plan_id, indicator_id));" \
  "CREATE TABLE goal_indicator (" \
  "  board_goal_id INTEGER NOT NULL REFERENCES board_goal(id) ON DELETE CASCADE," \
  "  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE," \
  "  position INTEGER NOT NULL," \
  "  PRIMARY KEY (board_goal_id, indicator_id));" \
  "CREATE TABLE target (" \
  "  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE," \
  "  year INTEGER NOT NULL," \
  "  text TEXT NOT NULL," \
  "  PRIMARY KEY (indicator_id, year));" \
  "CREATE TABLE outcome (" \
  "  id INTEGER PRIMARY KEY," \
  "  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE," \
  "  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE," \
  "  period TEXT NOT NULL," \
  "  kind INTEGER NOT NULL," \
  "  value REAL, numerator REAL, denominator REAL," \
  "  missing_reason TEXT, comment TEXT," \
  "  changed_by TEXT NOT NULL, changed_at TEXT NOT NULL," \
  "  UNIQUE (indicator_id, unit_id, period, kind)," \
  "  CHECK (value IS NOT NULL OR missing_reason IS NOT NULL));" \
  SK_STORE_OUTCOME_UNIT_PERIOD_INDEX \
  "CREATE TABLE work_env_plan (" \
  "  id INTEGER PRIMARY KEY," \
  "  plan_id INTEGER NOT NULL UNIQUE REFERENCES plan(id) ON DELETE CASCADE," \
  "  goal_text TEXT NOT NULL DEFAULT '');" \
  "CREATE TABLE work_env_indicator (" \
  "  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE," \
  "  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE," \
  "  position INTEGER NOT NULL," \
  "  PRIMARY KEY (plan_id, indicator_id));" \
  "CREATE TABLE priority_area (" \
  "  id INTEGER PRIMARY KEY," \
  "  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE," \
  "  position INTEGER NOT NULL," \
  "  title TEXT NOT NULL," \
  "  description TEXT NOT NULL DEFAULT '');" \
  "CREATE TABLE priority_follow_up (" \
  "  priority_area_id INTEGER NOT NULL REFERENCES priority_area(id) ON DELETE CASCADE," \
  "  period TEXT NOT NULL," \
  "  text TEXT NOT NULL," \
  "  PRIMARY KEY (priority_area_id, period));" \
  "CREATE TABLE assignment (" \
  "  id INTEGER PRIMARY KEY," \
  "  board_goal_id INTEGER NOT NULL REFERENCES board_goal(id) ON DELETE CASCADE," \
  "  parent_id INTEGER REFERENCES assignment(id) ON DELETE CASCADE," \
  "  position INTEGER NOT NULL," \
  "  title TEXT NOT NULL);" \
  "CREATE TABLE assignment_follow_up (" \
  "  assignment_id INTEGER NOT NULL REFERENCES assignment(id) ON DELETE CASCADE," \
  "  period TEXT NOT NULL," \
  "  comment TEXT NOT NULL," \
  "  PRIMARY KEY (assignment_id, period));" \
  "CREATE TABLE goal_assessment (" \
  "  id INTEGER PRIMARY KEY," \
  "  board_goal_id INTEGER NOT NULL REFERENCES board_goal(id) ON DELETE CASCADE," \
  "  period TEXT NOT NULL," \
  "  assessment INTEGER NOT NULL," \
  "  analysis TEXT NOT NULL DEFAULT ''," \
  "  changed_by TEXT NOT NULL, changed_at TEXT NOT NULL," \
  "  UNIQUE (board_goal_id, period));" \
  "CREATE TABLE audit (" \
  "  id INTEGER PRIMARY KEY," \
  "  at TEXT NOT NULL, who TEXT NOT NULL," \
  "  entity TEXT NOT NULL, entity_id INTEGER NOT NULL," \
  "  indicator_id INTEGER," \
  "  field TEXT NOT NULL, old_value TEXT, new_value TEXT);" \
  "CREATE INDEX audit_indicator ON audit (indicator_id, id);"

/* Version 2: outcomes can be marked fictional (generated demo data). */
#define SK_STORE_MIGRATE_V2 \
  "ALTER TABLE outcome ADD COLUMN fictional INTEGER NOT NULL DEFAULT 0;"

/* Version 3: an indicator's definition per plan year (the name as printed
 * that year, direction, unit, …), so changing next year's plan never
 * changes what an adopted plan meant. The indicator row keeps the identity
 * (outcomes and charts run over years) and the base definition. Every plan
 * gets a definition of each indicator it holds (register, goal links,
 * work-environment plan), taken from the indicator as it was. */
#define SK_STORE_DEFINITION_COLUMNS \
  "name, perspective, measure_unit, direction, responsible_unit_id," \
  " frequency, aggregation, r12, tolerance, description"

#define SK_STORE_MIGRATE_V3 \
  "CREATE TABLE indicator_definition (" \
  "  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE," \
  "  plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE," \
  "  name TEXT NOT NULL," \
  "  perspective INTEGER NOT NULL," \
  "  measure_unit TEXT NOT NULL DEFAULT ''," \
  "  direction INTEGER NOT NULL DEFAULT 0," \
  "  responsible_unit_id INTEGER REFERENCES unit(id) ON DELETE SET NULL," \
  "  frequency INTEGER NOT NULL DEFAULT 0," \
  "  aggregation INTEGER NOT NULL DEFAULT 1," \
  "  r12 INTEGER NOT NULL DEFAULT 0," \
  "  tolerance REAL NOT NULL DEFAULT 0.05," \
  "  description TEXT NOT NULL DEFAULT ''," \
  "  PRIMARY KEY (indicator_id, plan_id)," \
  "  UNIQUE (plan_id, name));" \
  "CREATE INDEX indicator_definition_plan ON indicator_definition (plan_id);" \
  "INSERT INTO indicator_definition (indicator_id, plan_id, " SK_STORE_DEFINITION_COLUMNS ")" \
  " SELECT i.id, p.id, i.name, i.perspective, i.measure_unit, i.direction, i.responsible_unit_id," \
  "  i.frequency, i.aggregation, i.r12, i.tolerance, i.description" \
  " FROM indicator i JOIN plan p" \
  " WHERE EXISTS (SELECT 1 FROM plan_indicator x WHERE x.plan_id = p.id AND x.indicator_id = i.id)" \
  "  OR EXISTS (SELECT 1 FROM work_env_indicator x WHERE x.plan_id = p.id AND x.indicator_id = i.id)" \
  "  OR EXISTS (SELECT 1 FROM goal_indicator x JOIN board_goal b ON b.id = x.board_goal_id" \
  "   JOIN focus_area f ON f.id = b.focus_area_id WHERE f.plan_id = p.id AND x.indicator_id = i.id);"

/* Version 4: the internal budget (sk-store-budget.c), keyed by year. */
#define SK_STORE_MIGRATE_V4 \
  "CREATE TABLE budget_unit (" \
  "  year INTEGER NOT NULL," \
  "  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE," \
  "  financing INTEGER NOT NULL DEFAULT 0," \
  "  PRIMARY KEY (year, unit_id));" \
  "CREATE TABLE budget_value (" \
  "  year INTEGER NOT NULL," \
  "  unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE," \
  "  line INTEGER NOT NULL," \
  "  kind INTEGER NOT NULL," \
  "  month INTEGER NOT NULL CHECK (month BETWEEN 0 AND 12)," \
  "  value REAL NOT NULL," \
  "  changed_by TEXT NOT NULL, changed_at TEXT NOT NULL," \
  "  PRIMARY KEY (year, unit_id, line, kind, month));" \
  "CREATE TABLE budget_assumption (" \
  "  id INTEGER PRIMARY KEY," \
  "  year INTEGER NOT NULL," \
  "  position INTEGER NOT NULL," \
  "  kind INTEGER NOT NULL," \
  "  value REAL," \
  "  measure_unit TEXT NOT NULL DEFAULT ''," \
  "  text TEXT NOT NULL DEFAULT '');" \
  "CREATE TABLE budget_proposal (" \
  "  id INTEGER PRIMARY KEY," \
  "  year INTEGER NOT NULL," \
  "  position INTEGER NOT NULL," \
  "  text TEXT NOT NULL," \
  "  focus_area_id INTEGER REFERENCES focus_area(id) ON DELETE SET NULL," \
  "  price_level TEXT NOT NULL DEFAULT ''," \
  "  granted INTEGER NOT NULL DEFAULT 0," \
  "  cost1 REAL, cost2 REAL, cost3 REAL, cost4 REAL, cost5 REAL);" \
  "CREATE TABLE budget_indicator (" \
  "  indicator_id INTEGER PRIMARY KEY REFERENCES indicator(id) ON DELETE CASCADE," \
  "  measure INTEGER NOT NULL);"
