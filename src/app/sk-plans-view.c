/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-plans-view"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sk-file-notice.h"
#include "sk-plan-compare.h"
#include "sk-plans-view.h"
#include "sk-review-flag.h"
#include "sk-view-util.h"
#include "sk-window.h"

/*
 * Plans by year: create, copy to the next year, adopt with the board's
 * decision, rename, and choose the plan the other views show.
 */

/* A change that met another program's lock, kept for "Try Again" and
 * for the dialog when it is opened again. */
typedef enum {
  PENDING_NONE,
  PENDING_NEW,
  PENDING_COPY,
  PENDING_ADOPT,
  PENDING_RENAME,
} PendingKind;

typedef struct
{
  PendingKind  kind;
  int          year;
  char        *title;       /* new, rename */
  char        *date;        /* adopt */
  char        *paragraph;
  char        *diary;
} Pending;

struct _SkPlansView
{
  AdwBin        parent_instance;

  SkStore      *store;
  int           year;
  Pending       pending;

  /* template */
  GtkStack     *stack;
  GtkListBox   *list;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_YEAR,
  N_PROPS
};

enum {
  SIGNAL_PLAN_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SkPlansView, sk_plans_view, ADW_TYPE_BIN)

static void
show_toast (SkPlansView *self,
            const char  *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), SK_TYPE_WINDOW);
  AdwToast *toast;

  if (window == NULL)
    {
      g_message ("%s", message);
      return;
    }
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 6);
  sk_window_add_toast (SK_WINDOW (window), toast);
}

static void
clear_pending (SkPlansView *self)
{
  self->pending.kind = PENDING_NONE;
  self->pending.year = 0;
  g_clear_pointer (&self->pending.title, g_free);
  g_clear_pointer (&self->pending.date, g_free);
  g_clear_pointer (&self->pending.paragraph, g_free);
  g_clear_pointer (&self->pending.diary, g_free);
}

/* @value when it was kept for @kind of @year's plan, else NULL. */
static const char *
pending_value (SkPlansView *self,
               PendingKind  kind,
               int          year,
               const char  *value)
{
  if (self->pending.kind != kind || self->pending.year != year)
    return NULL;
  return value;
}

/* Forgets what was kept once the same change is done (or refused for
 * another reason); a change kept for another plan stays. */
static void
forget_same (SkPlansView *self,
             PendingKind  kind,
             int          year)
{
  if (self->pending.kind == kind && self->pending.year == year)
    clear_pending (self);
}

static void retry_pending (GtkWidget *widget);

/* Says why a change failed; on a lock, keeps what was typed and offers
 * "Try Again". */
static void
change_failed (SkPlansView  *self,
               const GError *error,
               PendingKind   kind,
               int           year,
               const char   *title,
               const char   *date,
               const char   *paragraph,
               const char   *diary)
{
  forget_same (self, kind, year);
  if (sk_file_notice_is_locked (error))
    {
      clear_pending (self);
      self->pending.kind = kind;
      self->pending.year = year;
      self->pending.title = g_strdup (title);
      self->pending.date = g_strdup (date);
      self->pending.paragraph = g_strdup (paragraph);
      self->pending.diary = g_strdup (diary);
    }
  sk_file_notice_toast (GTK_WIDGET (self), error, retry_pending);
}

static GtkWindow *
parent_window (SkPlansView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* ---- Rows ---- */

static char *
status_text (SkPlan *plan)
{
  GString *text;
  const char *parts[3];

  if (sk_plan_get_status (plan) != SK_PLAN_ADOPTED)
    return g_strdup (_("Draft"));
  text = g_string_new (_("Adopted"));
  parts[0] = sk_plan_get_decision_date (plan);
  parts[1] = sk_plan_get_decision_paragraph (plan);
  parts[2] = sk_plan_get_diary_number (plan);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (text, " · %s", parts[i]);
  return g_string_free (text, FALSE);
}

/* @earlier: the closest earlier plan year, 0 when none. */
static GMenuModel *
row_menu (SkPlan *plan,
          int     earlier)
{
  GMenu *menu = g_menu_new ();
  int year = sk_plan_get_year (plan);
  g_autofree char *copy_label = g_strdup_printf (_("_Copy to %d"), year + 1);

  {
    g_autoptr(GMenuItem) item = g_menu_item_new (_("C_hoose"), NULL);
    g_menu_item_set_action_and_target (item, "plans.activate", "i", year);
    g_menu_append_item (menu, item);
  }
  {
    g_autoptr(GMenuItem) item = g_menu_item_new (copy_label, NULL);
    g_menu_item_set_action_and_target (item, "plans.copy-next", "i", year);
    g_menu_append_item (menu, item);
  }
  if (earlier > 0)
    {
      g_autofree char *label = g_strdup_printf (_("Co_mpare with %d"), earlier);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "plans.compare", "(ii)", earlier, year);
      g_menu_append_item (menu, item);
    }
  if (sk_plan_get_status (plan) != SK_PLAN_ADOPTED)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("_Adopt…"), NULL);
      g_menu_item_set_action_and_target (item, "plans.adopt", "i", year);
      g_menu_append_item (menu, item);
    }
  /* An adopted plan keeps the title the board adopted. */
  if (sk_plan_get_status (plan) != SK_PLAN_ADOPTED)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("_Rename…"), NULL);
      g_menu_item_set_action_and_target (item, "plans.rename", "i", year);
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static GtkWidget *
plan_row (SkPlansView *self,
          SkPlan      *plan,
          int          earlier)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *year = gtk_label_new (NULL);
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *year_text = g_strdup_printf ("%d", sk_plan_get_year (plan));
  g_autofree char *status = status_text (plan);
  g_autofree char *title = g_markup_escape_text (sk_plan_get_title (plan) ? sk_plan_get_title (plan) : "", -1);
  g_autofree char *menu_label = g_strdup_printf (_("Actions for the plan %d"), sk_plan_get_year (plan));
  g_autoptr(GMenuModel) menu = row_menu (plan, earlier);

  gtk_label_set_label (GTK_LABEL (year), year_text);
  gtk_widget_add_css_class (year, "title-3");
  gtk_widget_add_css_class (year, "numeric");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), year);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), status);
  if (sk_plan_get_status (plan) == SK_PLAN_ADOPTED)
    {
      GtkWidget *lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
      gtk_widget_set_tooltip_text (lock, _("Adopted by the board: the plan’s content is locked, its follow-up stays open"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), lock);
    }
  if (sk_plan_get_year (plan) == self->year)
    {
      GtkWidget *mark = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_widget_set_tooltip_text (mark, _("The plan shown in the other views"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chosen"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), mark);
    }
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "year", GINT_TO_POINTER (sk_plan_get_year (plan)));
  return row;
}

static int
focused_year (SkPlansView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self->list))
      return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (focus), "year"));
  return 0;
}

static void
reload (SkPlansView *self)
{
  g_autoptr(GListModel) plans = NULL;
  int keep_focus = focused_year (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  plans = sk_store_list_plans (self->store);
  /* Newest first: next year's plan is the one being worked on. */
  for (guint i = g_list_model_get_n_items (plans); i > 0; i--)
    {
      g_autoptr(SkPlan) plan = g_list_model_get_item (plans, i - 1);
      g_autoptr(SkPlan) earlier = i > 1 ? g_list_model_get_item (plans, i - 2) : NULL;
      GtkWidget *row = plan_row (self, plan, earlier ? sk_plan_get_year (earlier) : 0);

      gtk_list_box_append (self->list, row);
      if (sk_plan_get_year (plan) == keep_focus)
        gtk_widget_grab_focus (row);
    }
  gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (plans) > 0 ? "list" : "empty");
}

static void
on_store_changed (SkStore     *store,
                  const char  *table,
                  SkPlansView *self)
{
  if (g_str_equal (table, "plan") || g_str_equal (table, "external"))
    reload (self);
}

/* ---- Choosing ---- */

static void
activate_year (SkPlansView *self,
               int          year)
{
  g_signal_emit (self, signals[SIGNAL_PLAN_ACTIVATED], 0, year);
  /* The window owns the chosen year; outside a window this finds nothing. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.select-year", "i", year);
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  SkPlansView   *self)
{
  activate_year (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "year")));
}

static void
activate_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *param)
{
  activate_year (SK_PLANS_VIEW (widget), g_variant_get_int32 (param));
}

/* ---- Copying ---- */

static void
copy_next_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  SkPlansView *self = SK_PLANS_VIEW (widget);
  int year = g_variant_get_int32 (param);
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkPlan) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->store == NULL || (plan = sk_store_get_plan (self->store, year)) == NULL)
    return;
  copy = sk_store_copy_plan (self->store, plan, year + 1, &error);
  if (copy == NULL)
    {
      change_failed (self, error, PENDING_COPY, year, NULL, NULL, NULL, NULL);
      return;
    }
  forget_same (self, PENDING_COPY, year);
  message = g_strdup_printf (_("The plan for %d was created from %d"), year + 1, year);
  show_toast (self, message);
}

static void
compare_action (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  SkPlansView *self = SK_PLANS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  SkPlanCompare *compare;
  int earlier, year;

  g_variant_get (param, "(ii)", &earlier, &year);
  if (self->store == NULL)
    return;
  compare = sk_plan_compare_new (parent_window (self), self->store, earlier, year, &error);
  if (compare == NULL)
    show_toast (self, error->message);
  else
    gtk_window_present (GTK_WINDOW (compare));
}

/* ---- Adopting ---- */

static gboolean
valid_date (const char *date)
{
  int y, m, d;
  char tail;

  return date != NULL && strlen (date) == 10
         && sscanf (date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3
         && date[4] == '-' && date[7] == '-'
         && g_date_valid_dmy (d, m, y);
}

static GtkWidget *
entry_row (GtkWidget  *list,
           const char *name,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* Enter in any field answers the dialog with its default response. */
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static void
validate_adopt (AdwMessageDialog *dialog)
{
  GtkEditable *date = g_object_get_data (G_OBJECT (dialog), "date");
  GtkLabel *error = g_object_get_data (G_OBJECT (dialog), "error");
  const char *text = gtk_editable_get_text (date);
  gboolean ok = valid_date (text);

  /* Say what is wrong only once something has been written. */
  if (!ok && *text != '\0')
    gtk_label_set_label (error, _("Write the decision date as YYYY-MM-DD, e.g. 2024-12-11."));
  else if (!ok)
    gtk_label_set_label (error, _("The decision date is needed."));
  gtk_widget_set_visible (GTK_WIDGET (error), !ok && *text != '\0');
  adw_message_dialog_set_response_enabled (dialog, "adopt", ok);
}

static void ask_adopt (SkPlansView *self, int year, const char *date, const char *paragraph,
                       const char *diary, const char *error_text);

static void
on_adopt_response (AdwMessageDialog *dialog,
                   const char       *response,
                   SkPlansView      *self)
{
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "year"));
  const char *date = gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "date"));
  const char *paragraph = gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "paragraph"));
  const char *diary = gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "diary"));
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "adopt") != 0 || self->store == NULL)
    return;
  plan = sk_store_get_plan (self->store, year);
  if (plan == NULL)
    return;
  if (!valid_date (date))
    {
      ask_adopt (self, year, date, paragraph, diary, _("Write the decision date as YYYY-MM-DD, e.g. 2024-12-11."));
      return;
    }
  if (!sk_store_adopt_plan (self->store, plan, date, paragraph, diary, &error))
    {
      if (sk_file_notice_is_locked (error))
        {
          change_failed (self, error, PENDING_ADOPT, year, NULL, date, paragraph, diary);
          return;
        }
      /* The dialog closes on any response: ask again, with the reason. */
      ask_adopt (self, year, date, paragraph, diary, error->message);
      return;
    }
  forget_same (self, PENDING_ADOPT, year);
  message = g_strdup_printf (_("The plan for %d is adopted"), year);
  show_toast (self, message);
}

static void
ask_adopt (SkPlansView *self,
           int          year,
           const char  *date,
           const char  *paragraph,
           const char  *diary,
           const char  *error_text)
{
  g_autofree char *heading = g_strdup_printf (_("Adopt the Plan for %d?"), year);
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading,
                                              _("Once adopted, the plan's goals and targets are locked. "
                                                "Write down the board's decision."));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *error = gtk_label_new (error_text);
  GtkWidget *date_row, *warnings;

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  date_row = entry_row (list, "decision-date", _("Decision date (YYYY-MM-DD)"), date);
  g_object_set_data (G_OBJECT (dialog), "date", date_row);
  g_object_set_data (G_OBJECT (dialog), "paragraph",
                     entry_row (list, "decision-paragraph", _("Paragraph (e.g. §98)"), paragraph));
  g_object_set_data (G_OBJECT (dialog), "diary",
                     entry_row (list, "diary-number", _("Diary number (e.g. DN NSV240361)"), diary));
  gtk_widget_set_name (error, "adopt-error");
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_widget_add_css_class (error, "error");
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), error);
  /* What the planner should look over; adopting stays possible. */
  if ((warnings = sk_review_flag_plan_list_new (self->store, year)) != NULL)
    {
      GtkWidget *parent = GTK_WIDGET (parent_window (self));
      GtkWidget *scroller = gtk_widget_get_last_child (warnings);

      /* The list takes the height the window leaves beside the decision
       * fields and buttons (about 400 px), scrolling only beyond it. Its
       * natural height is measured wider than the dialog ends up, where
       * the warnings wrap less: ask for about 90 px a warning at least. */
      if (parent != NULL && GTK_IS_SCROLLED_WINDOW (scroller))
        {
          int most = MAX (280, gtk_widget_get_height (parent) - 400);
          GtkWidget *list = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
          int rows = 0;

          if (GTK_IS_VIEWPORT (list))
            list = gtk_viewport_get_child (GTK_VIEWPORT (list));
          for (GtkWidget *r = list ? gtk_widget_get_first_child (list) : NULL; r; r = gtk_widget_get_next_sibling (r))
            rows++;
          gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), most);
          gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), MIN (most, 90 * rows));
        }
      gtk_box_append (GTK_BOX (box), warnings);
    }
  g_object_set_data (G_OBJECT (dialog), "error", error);
  g_object_set_data (G_OBJECT (dialog), "year", GINT_TO_POINTER (year));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "adopt", _("_Adopt"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "adopt", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "adopt");
  g_signal_connect_swapped (date_row, "changed", G_CALLBACK (validate_adopt), dialog);
  validate_adopt (ADW_MESSAGE_DIALOG (dialog));
  if (error_text != NULL)
    {
      gtk_label_set_label (GTK_LABEL (error), error_text);
      gtk_widget_set_visible (error, TRUE);
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_adopt_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (date_row);
}

static void
adopt_action (GtkWidget  *widget,
              const char *action,
              GVariant   *param)
{
  SkPlansView *self = SK_PLANS_VIEW (widget);
  int year = g_variant_get_int32 (param);
  g_autoptr(SkPlan) plan = self->store ? sk_store_get_plan (self->store, year) : NULL;

  if (plan == NULL)
    return;
  if (sk_plan_get_status (plan) == SK_PLAN_ADOPTED)
    {
      g_autofree char *message = g_strdup_printf (_("The plan for %d is already adopted"), year);
      show_toast (self, message);
      return;
    }
  /* What met a lock before comes back rather than empty fields. */
  ask_adopt (self, year, pending_value (self, PENDING_ADOPT, year, self->pending.date),
             pending_value (self, PENDING_ADOPT, year, self->pending.paragraph),
             pending_value (self, PENDING_ADOPT, year, self->pending.diary), NULL);
}

/* ---- New plan, rename ---- */

static int
next_free_year (SkPlansView *self)
{
  g_autoptr(GListModel) plans = sk_store_list_plans (self->store);
  guint n = g_list_model_get_n_items (plans);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(SkPlan) last = n > 0 ? g_list_model_get_item (plans, n - 1) : NULL;

  return last != NULL ? sk_plan_get_year (last) + 1 : g_date_time_get_year (now);
}

static void
on_new_response (AdwMessageDialog *dialog,
                 const char       *response,
                 SkPlansView      *self)
{
  GtkSpinButton *spin = g_object_get_data (G_OBJECT (dialog), "spin");
  GtkEditable *title = g_object_get_data (G_OBJECT (dialog), "title");
  int year = gtk_spin_button_get_value_as_int (spin);
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "create") != 0 || self->store == NULL)
    return;
  plan = sk_store_create_plan (self->store, year, gtk_editable_get_text (title), &error);
  if (plan == NULL)
    {
      change_failed (self, error, PENDING_NEW, year, gtk_editable_get_text (title), NULL, NULL, NULL);
      return;
    }
  forget_same (self, PENDING_NEW, year);
  activate_year (self, year);
}

static void
new_action (GtkWidget  *widget,
            const char *action,
            GVariant   *param)
{
  SkPlansView *self = SK_PLANS_VIEW (widget);
  GtkWidget *dialog, *box, *spin, *label, *title;

  if (self->store == NULL)
    return;
  dialog = adw_message_dialog_new (parent_window (self), _("New Plan"),
                                   _("An empty plan: add its goals under Goals, or copy last year's plan instead."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new_with_mnemonic (_("_Year"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  spin = gtk_spin_button_new_with_range (1900, 2999, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), self->pending.kind == PENDING_NEW ? self->pending.year
                                                     : next_free_year (self));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
  title = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (title), _("Title (optional)"));
  gtk_widget_set_name (title, "new-plan-title");
  if (self->pending.kind == PENDING_NEW && self->pending.title != NULL)
    gtk_editable_set_text (GTK_EDITABLE (title), self->pending.title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  gtk_entry_set_activates_default (GTK_ENTRY (title), TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), title);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "create", _("C_reate"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "spin", spin);
  g_object_set_data (G_OBJECT (dialog), "title", title);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_rename_response (AdwMessageDialog *dialog,
                    const char       *response,
                    SkPlansView      *self)
{
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "year"));
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0 || self->store == NULL
      || (plan = sk_store_get_plan (self->store, year)) == NULL)
    return;
  if (!sk_store_update_plan (self->store, plan, gtk_editable_get_text (entry), &error))
    change_failed (self, error, PENDING_RENAME, year, gtk_editable_get_text (entry), NULL, NULL, NULL);
  else
    forget_same (self, PENDING_RENAME, year);
}

static void
rename_action (GtkWidget  *widget,
               const char *action,
               GVariant   *param)
{
  SkPlansView *self = SK_PLANS_VIEW (widget);
  int year = g_variant_get_int32 (param);
  g_autoptr(SkPlan) plan = self->store ? sk_store_get_plan (self->store, year) : NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog, *entry;

  if (plan == NULL)
    return;
  if (sk_plan_is_adopted (plan))
    {
      g_autofree char *why = g_strdup_printf (_("The plan for %d is adopted by the board: what it holds can no "
                                                "longer be changed. Outcomes, comments and assessments can still "
                                                "be entered."), year);
      show_toast (self, why);
      return;
    }
  heading = g_strdup_printf (_("Rename the Plan for %d"), year);
  dialog = adw_message_dialog_new (parent_window (self), heading, NULL);
  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "plan-title");
  if (pending_value (self, PENDING_RENAME, year, self->pending.title) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), self->pending.title);
  else
    gtk_editable_set_text (GTK_EDITABLE (entry), sk_plan_get_title (plan));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "rename", _("_Rename"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "year", GINT_TO_POINTER (year));
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Trying again after a lock ---- */

static void
retry_pending (GtkWidget *widget)
{
  SkPlansView *self = SK_PLANS_VIEW (widget);
  Pending *p = &self->pending;
  int year = p->year;
  g_autoptr(SkPlan) plan = NULL;
  g_autoptr(SkPlan) made = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok = TRUE;

  if (self->store == NULL || p->kind == PENDING_NONE)
    return;
  if (p->kind != PENDING_NEW && (plan = sk_store_get_plan (self->store, year)) == NULL)
    {
      clear_pending (self);
      return;
    }
  switch (p->kind)
    {
    case PENDING_NEW:
      ok = (made = sk_store_create_plan (self->store, year, p->title, &error)) != NULL;
      break;
    case PENDING_COPY:
      ok = (made = sk_store_copy_plan (self->store, plan, year + 1, &error)) != NULL;
      if (ok)
        message = g_strdup_printf (_("The plan for %d was created from %d"), year + 1, year);
      break;
    case PENDING_ADOPT:
      ok = sk_store_adopt_plan (self->store, plan, p->date, p->paragraph, p->diary, &error);
      if (ok)
        message = g_strdup_printf (_("The plan for %d is adopted"), year);
      break;
    case PENDING_RENAME:
      ok = sk_store_update_plan (self->store, plan, p->title, &error);
      break;
    case PENDING_NONE:
    default:
      g_return_if_reached ();
    }
  if (!ok)
    {
      /* Still locked: keep it all for the next try; otherwise say why. */
      if (sk_file_notice_is_locked (error))
        sk_file_notice_toast (widget, error, retry_pending);
      else
        {
          clear_pending (self);
          show_toast (self, error->message);
        }
      return;
    }
  clear_pending (self);
  /* As after the dialog: a new plan becomes the chosen one. */
  if (made != NULL && sk_plan_get_year (made) == year)
    activate_year (self, year);
  if (message != NULL)
    show_toast (self, message);
}

/* ---- Properties ---- */

SkStore *
sk_plans_view_get_store (SkPlansView *self)
{
  g_return_val_if_fail (SK_IS_PLANS_VIEW (self), NULL);
  return self->store;
}

void
sk_plans_view_set_store (SkPlansView *self,
                         SkStore     *store)
{
  g_return_if_fail (SK_IS_PLANS_VIEW (self));
  g_return_if_fail (store == NULL || SK_IS_STORE (store));

  if (self->store == store)
    return;
  sk_view_replace_store (self, &self->store, store, G_CALLBACK (on_store_changed));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.new", store != NULL);
  /* Choosing a plan still works on a read-only file; changing one does not. */
  sk_file_notice_lock_view (GTK_WIDGET (self), NULL, store, (const char *[]) {
    "plans.copy-next", "plans.adopt", "plans.rename", NULL });
  if (sk_file_notice_read_only (store))
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.new", FALSE);
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

int
sk_plans_view_get_year (SkPlansView *self)
{
  g_return_val_if_fail (SK_IS_PLANS_VIEW (self), 0);
  return self->year;
}

void
sk_plans_view_set_year (SkPlansView *self,
                        int          year)
{
  g_return_if_fail (SK_IS_PLANS_VIEW (self));

  if (self->year == year)
    return;
  self->year = year;
  reload (self);  /* moves the "chosen" mark */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

GtkWidget *
sk_plans_view_new (void)
{
  return g_object_new (SK_TYPE_PLANS_VIEW, NULL);
}

static void
sk_plans_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SkPlansView *self = SK_PLANS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_plans_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SkPlansView *self = SK_PLANS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sk_plans_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_YEAR:
      sk_plans_view_set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_plans_view_dispose (GObject *object)
{
  SkPlansView *self = SK_PLANS_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_PLANS_VIEW);
  g_clear_object (&self->store);
  clear_pending (self);

  G_OBJECT_CLASS (sk_plans_view_parent_class)->dispose (object);
}

/* Coming to the page (Alt+6, or Tab from the header), the keyboard lands
 * on the chosen plan's row, where ⋮ and Return work, not on "New Plan". */
static gboolean
sk_plans_view_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  SkPlansView *self = SK_PLANS_VIEW (widget);

  if (gtk_widget_get_focus_child (widget) == NULL && direction == GTK_DIR_TAB_FORWARD
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    {
      GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));

      for (GtkWidget *r = row; r != NULL; r = gtk_widget_get_next_sibling (r))
        if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (r), "year")) == self->year)
          row = r;
      if (row != NULL && gtk_widget_grab_focus (row))
        return TRUE;
    }
  return GTK_WIDGET_CLASS (sk_plans_view_parent_class)->focus (widget, direction);
}

static void
sk_plans_view_class_init (SkPlansViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_plans_view_dispose;
  object_class->get_property = sk_plans_view_get_property;
  object_class->set_property = sk_plans_view_set_property;
  widget_class->focus = sk_plans_view_focus;

  sk_view_install_properties (object_class, properties, N_PROPS, PROP_STORE, PROP_YEAR, 2999);

  signals[SIGNAL_PLAN_ACTIVATED] =
    g_signal_new ("plan-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/styrkort/Styrkort/sk-plans-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkPlansView, stack);
  gtk_widget_class_bind_template_child (widget_class, SkPlansView, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "plans.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "plans.activate", "i", activate_action);
  gtk_widget_class_install_action (widget_class, "plans.copy-next", "i", copy_next_action);
  gtk_widget_class_install_action (widget_class, "plans.compare", "(ii)", compare_action);
  gtk_widget_class_install_action (widget_class, "plans.adopt", "i", adopt_action);
  gtk_widget_class_install_action (widget_class, "plans.rename", "i", rename_action);
}

static void
sk_plans_view_init (SkPlansView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.new", FALSE);
  reload (self);
}
