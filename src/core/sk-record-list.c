/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-record-list"

#include "config.h"

#include <math.h>

#include "sk-record-list.h"

/*
 * Reconciling: the fresh snapshot is compared with what the list holds by
 * (type, id). A common prefix and suffix are kept as they are; in between
 * a longest common subsequence decides which records stay, and each run
 * of removed/added records between two kept ones becomes one
 * ::items-changed. Kept records (and moved ones, reported as remove+add)
 * keep their objects; only differing properties are set on them.
 */

/* Beyond this many table cells the middle is replaced as a whole. */
#define MAX_LCS_CELLS (4u * 1024u * 1024u)

struct _SkRecordList
{
  GObject             parent_instance;

  GWeakRef            store;
  GType               item_type;
  GStrv               tables;
  SkRecordListLoader  loader;
  gpointer            data;
  GDestroyNotify      destroy;

  GPtrArray          *items;      /* SkRecord, owned */
  gboolean            reloading;
  gboolean            reload_again;
};

static void sk_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SkRecordList, sk_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, sk_record_list_model_init))

/* ---- GListModel ---- */

static GType
sk_record_list_get_item_type (GListModel *model)
{
  return SK_RECORD_LIST (model)->item_type;
}

static guint
sk_record_list_get_n_items (GListModel *model)
{
  return SK_RECORD_LIST (model)->items->len;
}

static gpointer
sk_record_list_get_item (GListModel *model,
                         guint       position)
{
  SkRecordList *self = SK_RECORD_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
sk_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sk_record_list_get_item_type;
  iface->get_n_items = sk_record_list_get_n_items;
  iface->get_item = sk_record_list_get_item;
}

/* ---- GObject ---- */

static void
sk_record_list_finalize (GObject *object)
{
  SkRecordList *self = SK_RECORD_LIST (object);

  g_weak_ref_clear (&self->store);
  g_clear_pointer (&self->tables, g_strfreev);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  if (self->destroy != NULL)
    self->destroy (self->data);

  G_OBJECT_CLASS (sk_record_list_parent_class)->finalize (object);
}

static void
sk_record_list_class_init (SkRecordListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_record_list_finalize;
}

static void
sk_record_list_init (SkRecordList *self)
{
  g_weak_ref_init (&self->store, NULL);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* ---- Copying properties ---- */

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  /* g_param_values_cmp() calls any two NaNs, and NaN and a number, equal. */
  if (G_VALUE_HOLDS_DOUBLE (a))
    {
      double x = g_value_get_double (a), y = g_value_get_double (b);
      return x == y || (isnan (x) && isnan (y));
    }
  return g_param_values_cmp (pspec, a, b) == 0;
}

/* Sets on @target every readable and writable property in which @fresh
 * differs, so ::notify fires for real changes only. */
static void
copy_properties (GObject *target,
                 GObject *fresh)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n = 0;

  if (target == fresh)
    return;
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (fresh), &n);
  g_object_freeze_notify (target);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) old_value = G_VALUE_INIT;
      g_auto(GValue) new_value = G_VALUE_INIT;

      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE
          || (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      g_value_init (&old_value, pspec->value_type);
      g_value_init (&new_value, pspec->value_type);
      g_object_get_property (target, pspec->name, &old_value);
      g_object_get_property (fresh, pspec->name, &new_value);
      if (!values_equal (pspec, &old_value, &new_value))
        g_object_set_property (target, pspec->name, &new_value);
    }
  g_object_thaw_notify (target);
}

/* ---- Reconciling ---- */

static gboolean
same_record (gpointer a,
             gpointer b)
{
  return G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b)
         && sk_record_get_id (a) == sk_record_get_id (b);
}

typedef enum { OP_KEEP, OP_REMOVE, OP_ADD } Op;

/* The edit script turning old[0..m) into fresh[0..k): a longest common
 * subsequence, or remove-all-then-add-all when the table would be huge. */
static GArray *
diff_middle (gpointer *old,
             guint     m,
             gpointer *fresh,
             guint     k)
{
  GArray *ops = g_array_new (FALSE, FALSE, sizeof (Op));
  g_autofree guint *len = NULL;
  guint i = 0, j = 0, w = k + 1;
  Op op;

  if ((guint64) (m + 1) * w > MAX_LCS_CELLS)
    {
      for (op = OP_REMOVE; i < m; i++)
        g_array_append_val (ops, op);
      for (op = OP_ADD; j < k; j++)
        g_array_append_val (ops, op);
      return ops;
    }

  len = g_new0 (guint, (gsize) (m + 1) * w);
  for (guint a = m; a-- > 0;)
    for (guint b = k; b-- > 0;)
      len[a * w + b] = same_record (old[a], fresh[b])
                       ? len[(a + 1) * w + b + 1] + 1
                       : MAX (len[(a + 1) * w + b], len[a * w + b + 1]);

  while (i < m || j < k)
    {
      if (i < m && j < k && same_record (old[i], fresh[j]))
        op = OP_KEEP, i++, j++;
      else if (j >= k || (i < m && len[(i + 1) * w + j] >= len[i * w + j + 1]))
        op = OP_REMOVE, i++;
      else
        op = OP_ADD, j++;
      g_array_append_val (ops, op);
    }
  return ops;
}

/* The objects the middle will hold: kept ones, moved ones (an id removed
 * in one place and added in another) and fresh ones for new records. */
static GPtrArray *
resolve_middle (gpointer *old,
                gpointer *fresh,
                GArray   *ops)
{
  GPtrArray *result = g_ptr_array_new ();
  g_autoptr(GHashTable) removed = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *ids = g_new (gint64, ops->len);
  guint i = 0, j = 0;

  for (guint n = 0; n < ops->len; n++)
    {
      Op op = g_array_index (ops, Op, n);

      if (op == OP_REMOVE)
        {
          ids[n] = sk_record_get_id (old[i]);
          g_hash_table_insert (removed, &ids[n], old[i]);
        }
      i += op != OP_ADD;
    }

  i = 0;
  for (guint n = 0; n < ops->len; n++)
    {
      Op op = g_array_index (ops, Op, n);
      gint64 id;
      gpointer moved;

      if (op == OP_REMOVE)
        {
          i++;
          continue;
        }
      if (op == OP_KEEP)
        {
          copy_properties (old[i], fresh[j]);
          g_ptr_array_add (result, old[i++]);
          j++;
          continue;
        }
      id = sk_record_get_id (fresh[j]);
      moved = g_hash_table_lookup (removed, &id);
      if (moved != NULL && G_OBJECT_TYPE (moved) == G_OBJECT_TYPE (fresh[j]))
        {
          g_hash_table_remove (removed, &id);
          copy_properties (moved, fresh[j]);
          g_ptr_array_add (result, moved);
        }
      else
        g_ptr_array_add (result, fresh[j]);
      j++;
    }
  return result;
}

/* Applies the script run by run: each run of removals and additions
 * between kept records is one ::items-changed. */
static void
apply_middle (SkRecordList *self,
              guint         pos,
              GArray       *ops,
              GPtrArray    *objects)
{
  guint n = 0, next = 0;

  while (n < ops->len)
    {
      guint removed = 0, added = 0;

      if (g_array_index (ops, Op, n) == OP_KEEP)
        {
          pos++, next++, n++;
          continue;
        }
      for (; n < ops->len && g_array_index (ops, Op, n) != OP_KEEP; n++)
        {
          if (g_array_index (ops, Op, n) == OP_REMOVE)
            removed++;
          else
            added++;
        }
      /* Ref the new ones before removing: a moved object may be among both. */
      for (guint a = 0; a < added; a++)
        g_object_ref (g_ptr_array_index (objects, next + a));
      g_ptr_array_remove_range (self->items, pos, removed);
      for (guint a = 0; a < added; a++)
        g_ptr_array_insert (self->items, pos + a, g_ptr_array_index (objects, next + a));
      next += added;
      g_list_model_items_changed (G_LIST_MODEL (self), pos, removed, added);
      pos += added;
    }
}

static void
reconcile (SkRecordList *self,
           GPtrArray    *fresh)
{
  /* self->items changes only in apply_middle(), after @old's last use. */
  gpointer *old = self->items->pdata;
  guint m = self->items->len, k = fresh->len, prefix = 0, suffix = 0;
  g_autoptr(GArray) ops = NULL;
  g_autoptr(GPtrArray) objects = NULL;

  while (prefix < m && prefix < k && same_record (old[prefix], fresh->pdata[prefix]))
    prefix++;
  while (suffix < m - prefix && suffix < k - prefix
         && same_record (old[m - 1 - suffix], fresh->pdata[k - 1 - suffix]))
    suffix++;

  for (guint i = 0; i < prefix; i++)
    copy_properties (old[i], fresh->pdata[i]);
  for (guint i = 0; i < suffix; i++)
    copy_properties (old[m - 1 - i], fresh->pdata[k - 1 - i]);

  ops = diff_middle (old + prefix, m - prefix - suffix, fresh->pdata + prefix, k - prefix - suffix);
  objects = resolve_middle (old + prefix, fresh->pdata + prefix, ops);
  apply_middle (self, prefix, ops, objects);
}

static GPtrArray *
load (SkRecordList *self)
{
  g_autoptr(SkStore) store = g_weak_ref_get (&self->store);
  g_autoptr(GListModel) snapshot = NULL;
  GPtrArray *fresh = g_ptr_array_new_with_free_func (g_object_unref);
  guint n, failures;

  if (store == NULL)
    return fresh;
  failures = sk_store_get_read_failures (store);
  snapshot = self->loader (store, self->data);
  /* A failed read gives a short or empty snapshot: keep what we show
   * (the store announces the failure) rather than empty the list. */
  if (sk_store_get_read_failures (store) != failures)
    {
      g_ptr_array_unref (fresh);
      return NULL;
    }
  n = snapshot ? g_list_model_get_n_items (snapshot) : 0;
  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_list_model_get_item (snapshot, i);

      if (SK_IS_RECORD (item) && g_type_is_a (G_OBJECT_TYPE (item), self->item_type))
        g_ptr_array_add (fresh, item);
      else
        {
          g_critical ("Loader returned an item that is not a %s", g_type_name (self->item_type));
          g_clear_object (&item);
        }
    }
  return fresh;
}

/**
 * sk_record_list_reload:
 *
 * Loads a fresh snapshot and reconciles with it now. Called by itself on
 * the store's ::changed; a reload asked for from a handler of this list's
 * own signals runs once the current one has finished.
 */
void
sk_record_list_reload (SkRecordList *self)
{
  g_autoptr(SkRecordList) hold = NULL;

  g_return_if_fail (SK_IS_RECORD_LIST (self));

  if (self->reloading)
    {
      self->reload_again = TRUE;
      return;
    }
  hold = g_object_ref (self);
  self->reloading = TRUE;
  do
    {
      g_autoptr(GPtrArray) fresh = NULL;

      self->reload_again = FALSE;
      fresh = load (self);
      if (fresh != NULL)
        reconcile (self, fresh);
    }
  while (self->reload_again);
  self->reloading = FALSE;
}

static void
on_store_changed (SkStore      *store,
                  const char   *table,
                  SkRecordList *self)
{
  if (g_strcmp0 (table, "external") == 0
      || (table != NULL && g_strv_contains ((const char * const *) self->tables, table)))
    sk_record_list_reload (self);
}

SkRecordList *
sk_record_list_new (SkStore            *store,
                    GType               item_type,
                    const char * const *tables,
                    SkRecordListLoader  loader,
                    gpointer            data,
                    GDestroyNotify      destroy)
{
  SkRecordList *self;

  g_return_val_if_fail (SK_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, SK_TYPE_RECORD), NULL);
  g_return_val_if_fail (loader != NULL, NULL);

  self = g_object_new (SK_TYPE_RECORD_LIST, NULL);
  g_weak_ref_set (&self->store, store);
  self->item_type = item_type;
  self->tables = tables ? g_strdupv ((char **) tables) : g_new0 (char *, 1);
  self->loader = loader;
  self->data = data;
  self->destroy = destroy;

  {
    g_autoptr(GPtrArray) fresh = load (self);

    for (guint i = 0; fresh != NULL && i < fresh->len; i++)
      g_ptr_array_add (self->items, g_object_ref (fresh->pdata[i]));
  }
  /* Disconnected by itself when the list goes away. */
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, 0);
  return self;
}
