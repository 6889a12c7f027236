/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "styrkort"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-a11y.h"
#include "sk-file-notice.h"
#include "sk-follow-up-view.h"
#include "sk-format.h"
#include "sk-report-dialog.h"
#include "sk-view-util.h"

/*
 * Follow-up of the year's board goals at a tertial report: per goal its
 * indicators with their status, the assessment and analysis, and the
 * comments on the administration's assignments. Follow-up stays editable
 * after the plan is adopted. Texts save after a short pause and when the
 * focus leaves them.
 */

#define SAVE_DELAY_MS 600

typedef enum {
  EDIT_ASSESSMENT,   /* a board goal's assessment and analysis */
  EDIT_COMMENT,      /* an assignment's comment */
} EditKind;

typedef struct {
  SkFollowUpView     *view;
  EditKind            kind;
  gint64              id;           /* board goal or assignment */
  char               *key;          /* "analysis-12": finds it again after a rebuild */
  GtkTextView        *text;
  GtkDropDown        *assessment;   /* EDIT_ASSESSMENT only */
  guint               timer;
  gboolean            unsaved;      /* refused by a lock: kept until saved */
} Editor;

struct _SkFollowUpView
{
  AdwBin              parent_instance;

  SkStore            *store;
  int                 year;
  char               *period;
  gboolean            loading;
  gboolean            saving;
  GPtrArray          *editors;      /* Editor, owned by their text views */
  guint               n_goals;
  guint               scroll_idle;
  double              scroll_to;
  guint               n_assessed;

  /* template */
  GtkStack           *stack;
  GtkLabel           *summary_label;
  GtkDropDown        *period_dropdown;
  GtkScrolledWindow  *scroller;
  GtkBox             *goals_box;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SkFollowUpView, sk_follow_up_view, ADW_TYPE_BIN)

static void rebuild (SkFollowUpView *self);

/* ---- Saving ---- */

static void
editor_save (Editor *editor)
{
  SkFollowUpView *self = editor->view;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = sk_view_text_view_get (editor->text);
  gboolean ok;

  g_clear_handle_id (&editor->timer, g_source_remove);
  if (self->store == NULL || self->period == NULL)
    return;
  self->saving = TRUE;
  if (editor->kind == EDIT_ASSESSMENT)
    ok = sk_store_set_assessment (self->store, editor->id, self->period,
                                  gtk_drop_down_get_selected (editor->assessment), text, &error);
  else
    ok = sk_store_set_assignment_comment (self->store, editor->id, self->period, text, &error);
  self->saving = FALSE;
  editor->unsaved = sk_file_notice_is_locked (error);
  if (!ok)
    sk_file_notice_toast_action (GTK_WIDGET (self), error, "followup.save");
}

static gboolean
editor_timeout (gpointer data)
{
  Editor *editor = data;

  editor->timer = 0;
  editor_save (editor);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed (GtkTextBuffer *buffer,
                 Editor        *editor)
{
  if (editor->view->loading)
    return;
  g_clear_handle_id (&editor->timer, g_source_remove);
  editor->timer = g_timeout_add (SAVE_DELAY_MS, editor_timeout, editor);
}

static void
on_text_leave (GtkEventControllerFocus *focus,
               Editor                  *editor)
{
  if (editor->timer != 0)
    editor_save (editor);
}

static void
on_assessment_changed (GtkDropDown *dropdown,
                       GParamSpec  *pspec,
                       Editor      *editor)
{
  if (!editor->view->loading)
    editor_save (editor);
}

static void
flush_all (SkFollowUpView *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *editor = g_ptr_array_index (self->editors, i);
      if (editor->timer != 0 || editor->unsaved)
        editor_save (editor);
    }
}

static void
editor_free (Editor *editor)
{
  g_clear_handle_id (&editor->timer, g_source_remove);
  g_free (editor->key);
  g_free (editor);
}

static Editor *
editor_new (SkFollowUpView *self,
            EditKind        kind,
            gint64          id,
            const char     *text)
{
  Editor *editor = g_new0 (Editor, 1);
  GtkWidget *view = gtk_text_view_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  editor->view = self;
  editor->kind = kind;
  editor->id = id;
  editor->key = g_strdup_printf ("%s-%" G_GINT64_FORMAT, kind == EDIT_ASSESSMENT ? "analysis" : "comment", id);
  editor->text = GTK_TEXT_VIEW (view);
  gtk_widget_set_name (view, editor->key);
  gtk_text_view_set_wrap_mode (editor->text, GTK_WRAP_WORD_CHAR);
  /* Tab moves on to the next field, as in a form. */
  gtk_text_view_set_accepts_tab (editor->text, FALSE);
  gtk_text_view_set_left_margin (editor->text, 8);
  gtk_text_view_set_right_margin (editor->text, 8);
  gtk_text_view_set_top_margin (editor->text, 6);
  gtk_text_view_set_bottom_margin (editor->text, 6);
  gtk_widget_set_size_request (view, -1, 56);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (editor->text), text ? text : "", -1);
  g_signal_connect (gtk_text_view_get_buffer (editor->text), "changed", G_CALLBACK (on_text_changed), editor);
  g_signal_connect (focus, "leave", G_CALLBACK (on_text_leave), editor);
  gtk_widget_add_controller (view, focus);
  g_object_set_data_full (G_OBJECT (view), "sk-editor", editor, (GDestroyNotify) editor_free);
  g_ptr_array_add (self->editors, editor);
  return editor;
}

/* ---- Building the page ---- */

static GtkWidget *
caption (const char *text,
         GtkWidget  *mnemonic_widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption-heading");
  if (mnemonic_widget != NULL)
    gtk_label_set_mnemonic_widget (GTK_LABEL (label), mnemonic_widget);
  /* GTK 4.8 does not name a control after its mnemonic label. */
  if (GTK_IS_DROP_DOWN (mnemonic_widget))
    sk_a11y_name_dropdown (GTK_DROP_DOWN (mnemonic_widget), text);
  else if (mnemonic_widget != NULL)
    sk_a11y_name (mnemonic_widget, text);
  return label;
}

static GtkWidget *
framed (GtkTextView *view)
{
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (view));
  return frame;
}

static GtkWidget *
indicator_line (SkFollowUpView *self,
                SkIndicator    *indicator)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *mark, *name, *status_label;
  g_autofree char *status_text = NULL;
  SkStatus status;

  status_text = sk_view_indicator_status (self->store, indicator, self->year, self->period, &status);
  mark = sk_view_status_mark (status, "title-4", 20);
  gtk_widget_set_valign (mark, GTK_ALIGN_START);

  name = gtk_label_new (sk_indicator_get_name (indicator));
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  status_label = gtk_label_new (status_text);
  gtk_label_set_wrap (GTK_LABEL (status_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (status_label), 0);
  gtk_widget_add_css_class (status_label, "caption");
  gtk_widget_add_css_class (status_label, "dim-label");
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), status_label);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (line), mark);
  gtk_box_append (GTK_BOX (line), texts);
  return line;
}

static void
add_indicators (SkFollowUpView *self,
                GtkBox         *card,
                SkBoardGoal    *goal)
{
  g_autoptr(GListModel) indicators = sk_store_list_goal_indicators (self->store, sk_record_get_id (SK_RECORD (goal)));
  guint n = g_list_model_get_n_items (indicators);

  if (n == 0)
    {
      GtkWidget *none = gtk_label_new (_("No indicators: followed up with activities and comments."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (card, none);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SkIndicator) ind = g_list_model_get_item (indicators, i);
      gtk_box_append (card, indicator_line (self, ind));
    }
}

static void
add_assessment (SkFollowUpView *self,
                GtkBox         *card,
                SkBoardGoal    *goal)
{
  const char *labels[] = {
    sk_assessment_label (SK_ASSESSMENT_NOT_ASSESSED), sk_assessment_label (SK_ASSESSMENT_MET),
    sk_assessment_label (SK_ASSESSMENT_PARTLY), sk_assessment_label (SK_ASSESSMENT_NOT_MET), NULL
  };
  gint64 id = sk_record_get_id (SK_RECORD (goal));
  g_autoptr(SkGoalAssessment) stored = sk_store_get_assessment (self->store, id, self->period);
  g_autofree char *name = g_strdup_printf ("assessment-%" G_GINT64_FORMAT, id);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (labels);
  Editor *editor;

  editor = editor_new (self, EDIT_ASSESSMENT, id, stored ? sk_goal_assessment_get_analysis (stored) : "");
  editor->assessment = GTK_DROP_DOWN (dropdown);
  gtk_widget_set_name (dropdown, name);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                              stored ? sk_goal_assessment_get_assessment (stored) : SK_ASSESSMENT_NOT_ASSESSED);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_assessment_changed), editor);
  gtk_widget_set_sensitive (dropdown, !sk_file_notice_read_only (self->store));
  if (stored != NULL && sk_goal_assessment_get_assessment (stored) != SK_ASSESSMENT_NOT_ASSESSED)
    self->n_assessed++;

  gtk_box_append (GTK_BOX (row), caption (_("_Assessment"), dropdown));
  gtk_box_append (GTK_BOX (row), dropdown);
  gtk_box_append (card, row);
  gtk_box_append (card, caption (_("A_nalysis"), GTK_WIDGET (editor->text)));
  gtk_box_append (card, framed (editor->text));
}

static void
add_assignment_list (SkFollowUpView *self,
                     GtkBox         *card,
                     gint64          goal_id,
                     gint64          parent_id,
                     int             depth)
{
  g_autoptr(GListModel) assignments = sk_store_list_assignments (self->store, goal_id, parent_id);

  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(SkAssignment) assignment = g_list_model_get_item (assignments, i);
      gint64 id = sk_record_get_id (SK_RECORD (assignment));
      g_autofree char *comment = sk_store_get_assignment_comment (self->store, id, self->period);
      Editor *editor = editor_new (self, EDIT_COMMENT, id, comment);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *title = gtk_label_new (sk_assignment_get_title (assignment));

      gtk_widget_set_margin_start (box, 12 * depth);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (editor->text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      sk_assignment_get_title (assignment), -1);
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), framed (editor->text));
      gtk_box_append (card, box);
      add_assignment_list (self, card, goal_id, id, depth + 1);
    }
}

static void
add_assignments (SkFollowUpView *self,
                 GtkBox         *card,
                 SkBoardGoal    *goal)
{
  gint64 id = sk_record_get_id (SK_RECORD (goal));
  g_autoptr(GListModel) top = sk_store_list_assignments (self->store, id, 0);

  if (g_list_model_get_n_items (top) == 0)
    return;
  gtk_box_append (card, caption (_("The administration's assignments: comment"), NULL));
  add_assignment_list (self, card, id, 0, 0);
}

static GtkWidget *
goal_card (SkFollowUpView *self,
           SkBoardGoal    *goal)
{
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *text = gtk_label_new (sk_board_goal_get_text (goal));

  gtk_widget_add_css_class (outer, "card");
  gtk_widget_set_margin_start (card, 12);
  gtk_widget_set_margin_end (card, 12);
  gtk_widget_set_margin_top (card, 10);
  gtk_widget_set_margin_bottom (card, 12);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_add_css_class (text, "heading");
  gtk_box_append (GTK_BOX (card), text);
  add_indicators (self, GTK_BOX (card), goal);
  add_assessment (self, GTK_BOX (card), goal);
  add_assignments (self, GTK_BOX (card), goal);
  gtk_box_append (GTK_BOX (outer), card);
  self->n_goals++;
  return outer;
}

static void
add_heading (SkFollowUpView *self,
             const char     *text,
             const char     *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_add_css_class (label, style);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL,
                                  g_str_equal (style, "title-3") ? 2 : 3, -1);
  gtk_box_append (self->goals_box, label);
}

static void
add_goals (SkFollowUpView *self,
           gint64          focus_area_id,
           gint64          regional_goal_id)
{
  g_autoptr(GListModel) goals = sk_store_list_board_goals (self->store, focus_area_id, regional_goal_id);

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(SkBoardGoal) goal = g_list_model_get_item (goals, i);
      gtk_box_append (self->goals_box, goal_card (self, goal));
    }
}

static void
build_plan (SkFollowUpView *self,
            SkPlan         *plan)
{
  g_autoptr(GListModel) areas = sk_store_list_focus_areas (self->store, sk_record_get_id (SK_RECORD (plan)));

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(SkFocusArea) area = g_list_model_get_item (areas, i);
      gint64 area_id = sk_record_get_id (SK_RECORD (area));
      g_autoptr(GListModel) regional = sk_store_list_regional_goals (self->store, area_id);

      add_heading (self, sk_focus_area_get_title (area), "title-3");
      add_goals (self, area_id, 0);
      for (guint j = 0; j < g_list_model_get_n_items (regional); j++)
        {
          g_autoptr(SkRegionalGoal) goal = g_list_model_get_item (regional, j);

          add_heading (self, sk_regional_goal_get_title (goal), "heading");
          add_goals (self, area_id, sk_record_get_id (SK_RECORD (goal)));
        }
    }
}

static void
update_summary (SkFollowUpView *self)
{
  g_autofree char *text = NULL;

  /* Translators: "12 board goals, 3 assessed" */
  text = g_strdup_printf (g_dngettext (NULL, "%u board goal, %u assessed", "%u board goals, %u assessed",
                                       self->n_goals),
                          self->n_goals, self->n_assessed);
  gtk_label_set_label (self->summary_label, text);
}

static char *
focused_key (SkFollowUpView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL && focus != GTK_WIDGET (self); focus = gtk_widget_get_parent (focus))
    if (g_str_has_prefix (gtk_widget_get_name (focus), "analysis-")
        || g_str_has_prefix (gtk_widget_get_name (focus), "comment-")
        || g_str_has_prefix (gtk_widget_get_name (focus), "assessment-"))
      return g_strdup (gtk_widget_get_name (focus));
  return NULL;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
clear_page (SkFollowUpView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->goals_box))) != NULL)
    gtk_box_remove (self->goals_box, child);
  g_ptr_array_set_size (self->editors, 0);
}

static gboolean
restore_scroll (gpointer data)
{
  SkFollowUpView *self = data;

  self->scroll_idle = 0;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), self->scroll_to);
  return G_SOURCE_REMOVE;
}

/* The rebuilt page gets its height at the next layout, which may come
 * after an idle handler on a busy machine: scroll back as soon as the
 * content is tall enough, then stop following. */
static void
on_content_resized (GtkAdjustment  *vadj,
                    SkFollowUpView *self)
{
  if (gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj) < self->scroll_to)
    return;
  gtk_adjustment_set_value (vadj, self->scroll_to);
  g_signal_handlers_disconnect_by_func (vadj, on_content_resized, self);
}

/* Builds the page again, keeping what was written, the scroll position
 * and the focused field. */
static void
rebuild (SkFollowUpView *self)
{
  g_autoptr(SkPlan) plan = NULL;
  g_autofree char *focus = NULL;
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scroller);
  double scroll = gtk_adjustment_get_value (vadj);

  flush_all (self);
  focus = focused_key (self);
  self->loading = TRUE;
  clear_page (self);
  self->n_goals = self->n_assessed = 0;
  if (self->store != NULL && self->year > 0)
    plan = sk_store_get_plan (self->store, self->year);
  gtk_stack_set_visible_child_name (self->stack, plan ? "plan" : "empty");
  if (plan != NULL)
    build_plan (self, plan);
  sk_file_notice_lock_view (GTK_WIDGET (self), GTK_WIDGET (self->goals_box), self->store,
                            (const char *[]) { "followup.save", NULL });
  update_summary (self);
  self->loading = FALSE;

  if (focus != NULL)
    {
      GtkWidget *widget = find_named (GTK_WIDGET (self->goals_box), focus);
      if (widget != NULL)
        gtk_widget_grab_focus (widget);
    }
  /* Once the new page has its size. */
  if (self->scroll_idle == 0)
    self->scroll_to = scroll;
  else
    g_source_remove (self->scroll_idle);
  self->scroll_idle = g_idle_add (restore_scroll, self);
  g_signal_handlers_disconnect_by_func (vadj, on_content_resized, self);
  g_signal_connect_object (vadj, "changed", G_CALLBACK (on_content_resized), self, 0);
}

static void
on_store_changed (SkStore        *store,
                  const char     *table,
                  SkFollowUpView *self)
{
  /* Our own saves change nothing else on the page. */
  if (!self->saving)
    rebuild (self);
}

static void
update_period (SkFollowUpView *self)
{
  g_free (self->period);
  self->period = sk_view_report_period (self->period_dropdown, self->year);
}

static void
on_period_changed (SkFollowUpView *self)
{
  if (self->loading)
    return;
  /* Pending texts belong to the period they were written for. */
  flush_all (self);
  update_period (self);
  rebuild (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  flush_all (SK_FOLLOW_UP_VIEW (widget));
}

/* "Skapa rapport…": what was just typed is saved first, so it is in the report. */
static void
report_action (GtkWidget  *widget,
               const char *action,
               GVariant   *param)
{
  SkFollowUpView *self = SK_FOLLOW_UP_VIEW (widget);
  g_autoptr(GError) error = NULL;
  SkReportDialog *dialog;

  if (self->store == NULL || self->period == NULL)
    return;
  flush_all (self);
  dialog = sk_report_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, self->year,
                                 self->period, &error);
  if (dialog == NULL)
    sk_file_notice_toast_action (widget, error, "followup.report");
  else
    gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- GObject ---- */

static void
set_store (SkFollowUpView *self,
           SkStore        *store)
{
  if (self->store == store)
    return;
  flush_all (self);
  sk_view_replace_store (self, &self->store, store, G_CALLBACK (on_store_changed));
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
set_year (SkFollowUpView *self,
          int             year)
{
  if (self->year == year)
    return;
  flush_all (self);
  self->year = year;
  self->loading = TRUE;
  gtk_drop_down_set_selected (self->period_dropdown, sk_view_default_report (year));
  self->loading = FALSE;
  update_period (self);
  rebuild (self);
  /* Another plan: start at its top. */
  self->scroll_to = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
}

static void
sk_follow_up_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SkFollowUpView *self = SK_FOLLOW_UP_VIEW (object);

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
sk_follow_up_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SkFollowUpView *self = SK_FOLLOW_UP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      set_store (self, g_value_get_object (value));
      break;
    case PROP_YEAR:
      set_year (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_follow_up_view_dispose (GObject *object)
{
  SkFollowUpView *self = SK_FOLLOW_UP_VIEW (object);

  /* Nothing typed is lost when the window closes. */
  flush_all (self);
  g_clear_handle_id (&self->scroll_idle, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->goals_box != NULL)
    clear_page (self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sk_follow_up_view_parent_class)->dispose (object);
}

static void
sk_follow_up_view_finalize (GObject *object)
{
  SkFollowUpView *self = SK_FOLLOW_UP_VIEW (object);

  g_ptr_array_unref (self->editors);
  g_free (self->period);

  G_OBJECT_CLASS (sk_follow_up_view_parent_class)->finalize (object);
}

static void
sk_follow_up_view_class_init (SkFollowUpViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sk_follow_up_view_get_property;
  object_class->set_property = sk_follow_up_view_set_property;
  object_class->dispose = sk_follow_up_view_dispose;
  object_class->finalize = sk_follow_up_view_finalize;

  sk_view_install_properties (object_class, properties, N_PROPS, PROP_STORE, PROP_YEAR, 9999);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styrkort/Styrkort/sk-follow-up-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkFollowUpView, stack);
  gtk_widget_class_bind_template_child (widget_class, SkFollowUpView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SkFollowUpView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SkFollowUpView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SkFollowUpView, goals_box);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed);

  gtk_widget_class_install_action (widget_class, "followup.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "followup.save", NULL);
  gtk_widget_class_install_action (widget_class, "followup.report", NULL, report_action);
}

static void
sk_follow_up_view_init (SkFollowUpView *self)
{

  self->editors = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = TRUE;
  sk_view_setup_report_dropdown (self->period_dropdown);
  self->loading = FALSE;
  update_period (self);
  rebuild (self);
}

GtkWidget *
sk_follow_up_view_new (void)
{
  return g_object_new (SK_TYPE_FOLLOW_UP_VIEW, NULL);
}
