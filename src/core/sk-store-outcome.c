/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sk-array-model.h"
#include "sk-format.h"
#include "sk-store-import.h"
#include "sk-store-private.h"
#include "sk-store-budget-private.h"
#include "sk-budget-figures.h"
#include "sk-text.h"

/* Outcomes and the audit trail. */

#define OUTCOME_COLUMNS \
  "id, indicator_id, unit_id, period, kind, value, numerator, denominator," \
  " missing_reason, comment, changed_by, changed_at, fictional"

static SkOutcome *
outcome_from_row (SkDbStmt *stmt)
{
  SkOutcome *o = sk_outcome_new ();

  sk_record_set_id (SK_RECORD (o), sk_db_column_int64 (stmt, 0));
  sk_outcome_set_indicator_id (o, sk_db_column_int64 (stmt, 1));
  sk_outcome_set_unit_id (o, sk_db_column_int64 (stmt, 2));
  sk_outcome_set_period (o, sk_column_text (stmt, 3));
  sk_outcome_set_kind (o, sk_db_column_int (stmt, 4));
  sk_outcome_set_value (o, sk_column_double (stmt, 5));
  sk_outcome_set_numerator (o, sk_column_double (stmt, 6));
  sk_outcome_set_denominator (o, sk_column_double (stmt, 7));
  sk_outcome_set_missing_reason (o, sk_column_text (stmt, 8));
  sk_outcome_set_comment (o, sk_column_text (stmt, 9));
  sk_outcome_set_changed_by (o, sk_column_text (stmt, 10));
  sk_outcome_set_changed_at (o, sk_column_text (stmt, 11));
  sk_outcome_set_fictional (o, sk_db_column_int (stmt, 12) != 0);
  return o;
}

/* How a value reads in the audit trail: a machine number or the reason. */
char *
sk_store_value_summary (double      value,
                        const char *missing_reason)
{
  if (!isnan (value))
    return sk_format_machine (value);
  return g_strdup_printf ("missing: %s", missing_reason);
}

char *
sk_store_outcome_summary (SkOutcome *o)
{
  if (o == NULL)
    return NULL;
  return sk_store_value_summary (sk_outcome_get_value (o), sk_outcome_get_missing_reason (o));
}

static int
outcome_year (const char *period)
{
  int year = 0, month = 0;

  return period != NULL && sk_period_parse (period, &year, &month) ? year : 0;
}

/* The checks on an outcome's values (@v: a value made from its parts,
 * a reason dropped where a value is given) with the indicator as the
 * outcome's year defines it already at hand (@ind, NULL when there is
 * none) and, when @unit_known, the unit known to exist: an import asks
 * the store for these once, not a row. The labels are translated only
 * for a message: a million valid rows ask gettext nothing. */
static gboolean
validate_values (SkStore       *self,
                 SkOutcomeRow  *v,
                 SkIndicator   *ind,
                 gboolean       unit_known,
                 GError       **error)
{
  double num = v->numerator;
  double den = v->denominator;
  const char *unit;

  if (ind == NULL)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("The indicator no longer exists."));
      return FALSE;
    }
  if (!unit_known
      && sk_store_query_int (self, "SELECT count(*) FROM unit WHERE id = ?", v->unit_id, 0) == 0)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_NOT_FOUND, _("The unit no longer exists."));
      return FALSE;
    }
  if (!sk_period_parse (v->period, NULL, NULL))
    return sk_period_check (v->period, _("Period"), error);
  if ((v->comment != NULL && !sk_text_check (v->comment, -1, _("The comment"), SK_TEXT_MULTILINE, error))
      || (v->missing_reason != NULL
          && !sk_text_check (v->missing_reason, -1, _("The reason it is missing"), SK_TEXT_MULTILINE, error)))
    return FALSE;
  if ((guint) v->kind > SK_OUTCOME_REFERENCE)
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("Unknown kind of outcome."));
      return FALSE;
    }
  if (isnan (num) != isnan (den))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("Enter both the numerator and the denominator, or neither."));
      return FALSE;
    }
  if (!isnan (den) && (!isfinite (num) || !isfinite (den) || den <= 0 || num < 0))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("The denominator must be greater than zero and the numerator not negative."));
      return FALSE;
    }
  unit = sk_indicator_get_measure_unit (ind);
  if (isnan (v->value) && !isnan (den))
    {
      /* A share entered as its parts: the value follows from them. */
      v->value = num / den * (g_strcmp0 (unit, "%") == 0 ? 100.0 : 1.0);
    }
  if (isnan (v->value))
    {
      if (sk_is_blank (v->missing_reason))
        {
          g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                       _("Enter a value, or say why it is missing."));
          return FALSE;
        }
    }
  else if (!isfinite (v->value))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID, _("The value is not a finite number."));
      return FALSE;
    }
  else if (g_strcmp0 (unit, "%") == 0 && (v->value < 0 || v->value > 100))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("A share must lie between 0 and 100 %%."));
      return FALSE;
    }
  else if (v->value < 0 && (g_strcmp0 (unit, "st") == 0 || g_strcmp0 (unit, "min") == 0
                            || g_strcmp0 (unit, "mån") == 0 || g_strcmp0 (unit, "dagar") == 0
                            || (g_strcmp0 (unit, "") == 0
                                && sk_indicator_get_aggregation (ind) == SK_AGGREGATION_SUM)))
    {
      g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_INVALID,
                   _("%s cannot be negative."), sk_indicator_get_name (ind));
      return FALSE;
    }
  else
    v->missing_reason = NULL; /* a value replaces a reason */
  return TRUE;
}

/* The same on an outcome object: what the checks settle is set on it. */
static gboolean
validate_outcome_as (SkStore      *self,
                     SkOutcome    *o,
                     SkIndicator  *ind,
                     gboolean      unit_known,
                     GError      **error)
{
  SkOutcomeRow v = {
    sk_outcome_get_indicator_id (o), sk_outcome_get_unit_id (o), sk_outcome_get_period (o),
    sk_outcome_get_kind (o), sk_outcome_get_value (o), sk_outcome_get_numerator (o),
    sk_outcome_get_denominator (o), sk_outcome_get_missing_reason (o), sk_outcome_get_comment (o),
    sk_outcome_get_fictional (o), NULL, NULL,
  };
  double value = v.value;

  if (!validate_values (self, &v, ind, unit_known, error))
    return FALSE;
  if (isnan (value) && !isnan (v.value))
    sk_outcome_set_value (o, v.value);
  if (v.missing_reason == NULL && sk_outcome_get_missing_reason (o) != NULL)
    sk_outcome_set_missing_reason (o, NULL);
  return TRUE;
}

static gboolean
validate_outcome (SkStore      *self,
                  SkOutcome    *o,
                  SkIndicator **out_indicator,
                  GError      **error)
{
  /* Checked against the definition of the outcome's year (its unit of measure). */
  g_autoptr(SkIndicator) ind = sk_store_get_indicator_in_year (self, sk_outcome_get_indicator_id (o),
                                                               outcome_year (sk_outcome_get_period (o)));

  if (!validate_outcome_as (self, o, ind, FALSE, error))
    return FALSE;
  if (out_indicator != NULL)
    *out_indicator = g_steal_pointer (&ind);
  return TRUE;
}

gboolean
sk_store_check_outcome_row (SkStore       *self,
                            SkOutcomeRow  *row,
                            SkIndicator   *in_year,
                            GError       **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (row != NULL, FALSE);

  return validate_values (self, row, in_year, TRUE, error);
}

gboolean
sk_store_check_outcome (SkStore    *self,
                        SkOutcome  *outcome,
                        GError    **error)
{
  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_OUTCOME (outcome), FALSE);

  return validate_outcome (self, outcome, NULL, error);
}

SkOutcome *
sk_store_get_outcome (SkStore       *self,
                      gint64         indicator_id,
                      gint64         unit_id,
                      const char    *period,
                      SkOutcomeKind  kind)
{
  SkDbStmt *stmt;
  SkOutcome *o = NULL;

  g_return_val_if_fail (SK_IS_STORE (self), NULL);

  stmt = sk_store_prepare (self,
                           "SELECT " OUTCOME_COLUMNS " FROM outcome"
                           " WHERE indicator_id = ? AND unit_id = ? AND period = ? AND kind = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sk_db_bind_int64 (stmt, 1, indicator_id);
  sk_db_bind_int64 (stmt, 2, unit_id);
  sk_bind_text (stmt, 3, period);
  sk_db_bind_int (stmt, 4, kind);
  if (sk_store_step_row (self, stmt, NULL))
    {
      o = outcome_from_row (stmt);
      sk_db_reset (stmt);
    }
  return o;
}

/* The value's change, and the comment's when it changed. */
static gboolean
audit_outcome (SkStore    *self,
               SkOutcome  *old,
               SkOutcome  *o,
               GError    **error)
{
  g_autofree char *old_text = sk_store_outcome_summary (old);
  g_autofree char *new_text = sk_store_outcome_summary (o);
  g_autofree char *field = g_strdup_printf ("%s %s", sk_outcome_get_period (o),
                                            sk_outcome_kind_to_string (sk_outcome_get_kind (o)));

  if (!sk_store_audit (self, "outcome", sk_outcome_get_unit_id (o), sk_outcome_get_indicator_id (o),
                       field, old_text, new_text, error))
    return FALSE;
  if (g_strcmp0 (old ? sk_outcome_get_comment (old) : NULL, sk_outcome_get_comment (o)) != 0
      && !(old == NULL && sk_is_blank (sk_outcome_get_comment (o)))
      && !sk_store_audit (self, "outcome", sk_outcome_get_unit_id (o), sk_outcome_get_indicator_id (o),
                          "comment", old ? sk_outcome_get_comment (old) : NULL, sk_outcome_get_comment (o), error))
    return FALSE;
  return TRUE;
}

/* The value as a person reads it in the message of a conflict. */
static char *
outcome_display (SkOutcome *o)
{
  if (o == NULL)
    return g_strdup (_("nothing (removed)"));
  if (isnan (sk_outcome_get_value (o)))
    return g_strdup_printf (_("missing (%s)"), sk_outcome_get_missing_reason (o));
  return sk_format_number (sk_outcome_get_value (o), -1);
}

static void
set_conflict_error (SkStore    *self,
                    SkOutcome  *mine,
                    GError    **error)
{
  g_autoptr(SkOutcome) now = sk_store_get_outcome (self, sk_outcome_get_indicator_id (mine),
                                                   sk_outcome_get_unit_id (mine),
                                                   sk_outcome_get_period (mine),
                                                   sk_outcome_get_kind (mine));
  g_autofree char *theirs = outcome_display (now);
  g_autofree char *yours = outcome_display (mine);

  if (now != NULL)
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_CONFLICT,
                 _("%s changed this value to %s while you were editing it. Your value %s was not "
                   "saved: check which is right and enter it again."),
                 sk_outcome_get_changed_by (now), theirs, yours);
  else
    g_set_error (error, SK_STORE_ERROR, SK_STORE_ERROR_CONFLICT,
                 _("Someone removed this value while you were editing it. Your value %s was not "
                   "saved: check and enter it again."), yours);
}

/* @check: write only over the row @expected (NULL: only where there is
 * none), as an edit begun on it; in one statement, so two users saving
 * at once cannot both pass the check on either engine. */
static gboolean
write_outcome (SkStore    *self,
               SkOutcome  *o,
               gboolean    keep_stamp,
               gboolean    check,
               SkOutcome  *expected,
               GError    **error)
{
  g_autoptr(SkIndicator) ind = NULL;
  g_autoptr(SkOutcome) old = NULL;
  g_autofree char *now = NULL;
  gint64 new_id;
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);
  g_return_val_if_fail (SK_IS_OUTCOME (o), FALSE);

  if (!validate_outcome (self, o, &ind, error))
    return FALSE;

  old = sk_store_get_outcome (self, sk_outcome_get_indicator_id (o), sk_outcome_get_unit_id (o),
                              sk_outcome_get_period (o), sk_outcome_get_kind (o));
  /* An import keeps who and when it was recorded; an edit is now, by us. */
  keep_stamp = keep_stamp && sk_outcome_get_changed_by (o) && sk_outcome_get_changed_at (o);
  if (!keep_stamp)
    now = sk_store_now ();

  if (!sk_store_begin (self, error))
    return FALSE;
  stmt = sk_store_prepare (self,
                           "INSERT INTO outcome (indicator_id, unit_id, period, kind, value, numerator,"
                           " denominator, missing_reason, comment, changed_by, changed_at, fictional)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
                           " ON CONFLICT (indicator_id, unit_id, period, kind) DO UPDATE SET"
                           " value = excluded.value, numerator = excluded.numerator,"
                           " denominator = excluded.denominator, missing_reason = excluded.missing_reason,"
                           " comment = excluded.comment, changed_by = excluded.changed_by,"
                           " changed_at = excluded.changed_at, fictional = excluded.fictional"
                           /* The stamp counts whole seconds and one user may save from two
                            * places: the values read must be there too, else two saves
                            * begun on the same read within a second would both pass. */
                           " WHERE ?13 = 0 OR (outcome.changed_at = ?14 AND outcome.changed_by = ?15"
                           "  AND outcome.value IS ?16 AND outcome.numerator IS ?17"
                           "  AND outcome.denominator IS ?18 AND outcome.missing_reason IS ?19"
                           "  AND outcome.comment IS ?20)", error);
  if (stmt == NULL)
    goto fail;
  sk_db_bind_int64 (stmt, 1, sk_outcome_get_indicator_id (o));
  sk_db_bind_int64 (stmt, 2, sk_outcome_get_unit_id (o));
  sk_bind_text (stmt, 3, sk_outcome_get_period (o));
  sk_db_bind_int (stmt, 4, sk_outcome_get_kind (o));
  sk_bind_double (stmt, 5, sk_outcome_get_value (o));
  sk_bind_double (stmt, 6, sk_outcome_get_numerator (o));
  sk_bind_double (stmt, 7, sk_outcome_get_denominator (o));
  sk_bind_text (stmt, 8, sk_outcome_get_missing_reason (o));
  sk_bind_text (stmt, 9, sk_is_blank (sk_outcome_get_comment (o)) ? NULL : sk_outcome_get_comment (o));
  sk_bind_text (stmt, 10, keep_stamp ? sk_outcome_get_changed_by (o) : self->user);
  sk_bind_text (stmt, 11, keep_stamp ? sk_outcome_get_changed_at (o) : now);
  sk_db_bind_int (stmt, 12, sk_outcome_get_fictional (o) ? 1 : 0);
  sk_db_bind_int (stmt, 13, check ? 1 : 0);
  sk_bind_text (stmt, 14, expected != NULL ? sk_outcome_get_changed_at (expected) : NULL);
  sk_bind_text (stmt, 15, expected != NULL ? sk_outcome_get_changed_by (expected) : NULL);
  sk_bind_double (stmt, 16, expected != NULL ? sk_outcome_get_value (expected) : NAN);
  sk_bind_double (stmt, 17, expected != NULL ? sk_outcome_get_numerator (expected) : NAN);
  sk_bind_double (stmt, 18, expected != NULL ? sk_outcome_get_denominator (expected) : NAN);
  sk_bind_text (stmt, 19, expected != NULL ? sk_outcome_get_missing_reason (expected) : NULL);
  sk_bind_text (stmt, 20, expected != NULL && !sk_is_blank (sk_outcome_get_comment (expected))
                          ? sk_outcome_get_comment (expected) : NULL);
  if (!sk_store_step_done (self, stmt, error))
    goto fail;
  /* Before the audit row below takes the place of the last insert. */
  new_id = old != NULL ? sk_record_get_id (SK_RECORD (old)) : sk_db_last_insert_rowid (self->db);
  /* Nothing written: the row is not the one the edit began on. */
  if (check && sk_db_changes (self->db) == 0)
    {
      sk_store_rollback (self);
      set_conflict_error (self, o, error);
      return FALSE;
    }
  /* An import that restores its own history records nothing here. */
  if ((!self->audit_off && !audit_outcome (self, old, o, error))
      || !sk_store_commit (self, error))
    goto fail;

  sk_record_set_id (SK_RECORD (o), new_id);
  if (!keep_stamp)
    {
      sk_outcome_set_changed_by (o, self->user);
      sk_outcome_set_changed_at (o, now);
    }
  sk_store_changed (self, "outcome");
  return TRUE;

fail:
  sk_store_rollback (self);
  return FALSE;
}

gboolean
sk_store_set_outcome (SkStore    *self,
                      SkOutcome  *outcome,
                      GError    **error)
{
  return write_outcome (self, outcome, FALSE, FALSE, NULL, error);
}

gboolean
sk_store_set_outcome_if_unchanged (SkStore    *self,
                                   SkOutcome  *read,
                                   SkOutcome  *outcome,
                                   GError    **error)
{
  return write_outcome (self, outcome, FALSE, TRUE, read, error);
}

gboolean
sk_store_import_outcome (SkStore    *self,
                         SkOutcome  *outcome,
                         GError    **error)
{
  return write_outcome (self, outcome, TRUE, FALSE, NULL, error);
}

gboolean
sk_store_clear_outcome (SkStore        *self,
                        gint64          indicator_id,
                        gint64          unit_id,
                        const char     *period,
                        SkOutcomeKind   kind,
                        GError        **error)
{
  g_autoptr(SkOutcome) old = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *field = NULL;
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), FALSE);

  old = sk_store_get_outcome (self, indicator_id, unit_id, period, kind);
  if (old == NULL)
    return TRUE;
  if (!sk_store_begin (self, error))
    return FALSE;
  stmt = sk_store_prepare (self, "DELETE FROM outcome WHERE id = ?", error);
  if (stmt == NULL)
    goto fail;
  sk_db_bind_int64 (stmt, 1, sk_record_get_id (SK_RECORD (old)));
  old_text = sk_store_outcome_summary (old);
  field = g_strdup_printf ("%s %s", period, sk_outcome_kind_to_string (kind));
  if (!sk_store_step_done (self, stmt, error)
      || !sk_store_audit (self, "outcome", unit_id, indicator_id, field, old_text, NULL, error)
      || !sk_store_commit (self, error))
    goto fail;
  sk_store_changed (self, "outcome");
  return TRUE;

fail:
  sk_store_rollback (self);
  return FALSE;
}

GListModel *
sk_store_list_outcomes (SkStore    *self,
                        gint64      indicator_id,
                        gint64      unit_id,
                        const char *from_period,
                        const char *to_period)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), sk_array_model_new (SK_TYPE_OUTCOME, items));

  stmt = sk_store_prepare (self,
                           "SELECT " OUTCOME_COLUMNS " FROM outcome"
                           " WHERE indicator_id = ? AND unit_id = ? AND period >= ? AND period <= ?"
                           " ORDER BY period, kind", NULL);
  if (stmt != NULL)
    {
      sk_db_bind_int64 (stmt, 1, indicator_id);
      sk_db_bind_int64 (stmt, 2, unit_id);
      sk_bind_text (stmt, 3, from_period ? from_period : "0000-00");
      sk_bind_text (stmt, 4, to_period ? to_period : "9999-99");
      while (sk_store_step_row (self, stmt, NULL))
        g_ptr_array_add (items, outcome_from_row (stmt));
    }
  /* An economy indicator linked to the budget shows the budget's figures
   * (sk-budget-figures.c): every view reads them from here. */
  if (from_period != NULL && to_period != NULL)
    {
      g_autoptr(GListModel) stored = sk_array_model_new (SK_TYPE_OUTCOME, items);
      GListModel *merged = sk_budget_indicator_outcomes (self, indicator_id, unit_id, from_period, to_period, stored);

      return merged != NULL ? merged : g_steal_pointer (&stored);
    }
  /* A snapshot in an array: the derived figures read thousands of these. */
  return sk_array_model_new (SK_TYPE_OUTCOME, items);
}

GHashTable *
sk_store_list_outcome_indicator_ids (SkStore    *self,
                                     gint64      unit_id,
                                     const char *from_period,
                                     const char *to_period)
{
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), ids);

  /* The same rows as sk_store_list_outcomes() per indicator, for a whole
   * unit at once: the index on (unit_id, period) serves it. */
  stmt = sk_store_prepare (self,
                           "SELECT DISTINCT indicator_id FROM outcome"
                           " WHERE unit_id = ? AND period >= ? AND period <= ?", NULL);
  if (stmt != NULL)
    {
      sk_db_bind_int64 (stmt, 1, unit_id);
      sk_bind_text (stmt, 2, from_period ? from_period : "0000-00");
      sk_bind_text (stmt, 3, to_period ? to_period : "9999-99");
      while (sk_store_step_row (self, stmt, NULL))
        {
          gint64 id = sk_db_column_int64 (stmt, 0);

          g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
        }
    }
  /* An economy indicator linked to the budget has the budget's figures
   * (sk_store_list_outcomes() lists them): the few linked ones are asked. */
  if (from_period != NULL && to_period != NULL)
    {
      g_autoptr(GArray) linked = sk_store_budget_linked_indicators (self);

      for (guint i = 0; i < linked->len; i++)
        {
          gint64 id = g_array_index (linked, gint64, i);
          g_autoptr(GListModel) outcomes = NULL;

          if (g_hash_table_contains (ids, &id))
            continue;
          outcomes = sk_store_list_outcomes (self, id, unit_id, from_period, to_period);
          if (g_list_model_get_n_items (outcomes) > 0)
            g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
        }
    }
  return ids;
}

GListModel *
sk_store_list_outcome_units (SkStore *self,
                             gint64   indicator_id,
                             int      year)
{
  g_autofree char *from = g_strdup_printf ("%04d-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-12", year);

  return sk_store_list_outcome_units_between (self, indicator_id, from, to);
}

GListModel *
sk_store_list_outcome_units_between (SkStore    *self,
                                     gint64      indicator_id,
                                     const char *from_period,
                                     const char *to_period)
{
  GListStore *list = g_list_store_new (SK_TYPE_UNIT);
  g_autoptr(GPtrArray) items = NULL;
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), G_LIST_MODEL (list));

  stmt = sk_store_prepare (self,
                           "SELECT u.id, ifnull(u.parent_id, 0), u.name, u.short_name, u.position FROM unit u"
                           " WHERE EXISTS (SELECT 1 FROM outcome o WHERE o.unit_id = u.id AND o.indicator_id = ?"
                           "  AND o.period >= ? AND o.period <= ?)"
                           /* An economy indicator has figures where the budget has them. */
                           "  OR u.id IN (" SK_STORE_BUDGET_FIGURE_UNITS ")"
                           " ORDER BY ifnull(u.parent_id, 0), u.position, u.name", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  sk_db_bind_int64 (stmt, 1, indicator_id);
  sk_bind_text (stmt, 2, from_period);
  sk_bind_text (stmt, 3, to_period);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  while (sk_store_step_row (self, stmt, NULL))
    {
      SkUnit *unit = sk_unit_new ();
      sk_record_set_id (SK_RECORD (unit), sk_db_column_int64 (stmt, 0));
      sk_unit_set_parent_id (unit, sk_db_column_int64 (stmt, 1));
      sk_unit_set_name (unit, sk_column_text (stmt, 2));
      sk_unit_set_short_name (unit, sk_column_text (stmt, 3));
      sk_unit_set_position (unit, sk_db_column_int (stmt, 4));
      g_ptr_array_add (items, unit);
    }
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (list);
}

/* ---- Audit ---- */

GListModel *
sk_store_list_audit (SkStore *self,
                     gint64   indicator_id)
{
  GListStore *list = g_list_store_new (SK_TYPE_AUDIT_ENTRY);
  SkDbStmt *stmt;

  g_return_val_if_fail (SK_IS_STORE (self), G_LIST_MODEL (list));

  stmt = sk_store_prepare (self,
                           "SELECT id, at, who, entity, entity_id, ifnull(indicator_id, 0), field,"
                           " old_value, new_value FROM audit WHERE ?1 = 0 OR indicator_id = ?1"
                           " ORDER BY id DESC", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  sk_db_bind_int64 (stmt, 1, indicator_id);
  while (sk_store_step_row (self, stmt, NULL))
    {
      g_autoptr(SkAuditEntry) e = sk_audit_entry_new ();
      sk_record_set_id (SK_RECORD (e), sk_db_column_int64 (stmt, 0));
      sk_audit_entry_set_at (e, sk_column_text (stmt, 1));
      sk_audit_entry_set_who (e, sk_column_text (stmt, 2));
      sk_audit_entry_set_entity (e, sk_column_text (stmt, 3));
      sk_audit_entry_set_entity_id (e, sk_db_column_int64 (stmt, 4));
      sk_audit_entry_set_indicator_id (e, sk_db_column_int64 (stmt, 5));
      sk_audit_entry_set_field (e, sk_column_text (stmt, 6));
      sk_audit_entry_set_old_value (e, sk_column_text (stmt, 7));
      sk_audit_entry_set_new_value (e, sk_column_text (stmt, 8));
      g_list_store_append (list, e);
    }
  return G_LIST_MODEL (list);
}
