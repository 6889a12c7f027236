/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sk-work-env-view.h"

G_BEGIN_DECLS

/* Shared by sk-work-env-view.c (the page, the goal, the indicators) and
 * sk-work-env-priority.c (the priority-area cards and their actions). */

#define SAVE_DELAY_MS 600

enum {
  FIELD_TITLE,
  FIELD_DESCRIPTION,
  FIELD_FOLLOW_UP,
  N_FIELDS
};

typedef struct {
  SkWorkEnvView      *view;
  SkPriorityArea     *area;
  gint64              id;
  GtkWidget          *box;
  GtkLabel           *number;
  GtkEntry           *title;
  GtkTextView        *description;
  GtkTextView        *follow_up;
  GtkLabel           *follow_up_label;
  GtkWidget          *up;
  GtkWidget          *down;
  GtkWidget          *remove;
  GtkEventController *focus[N_FIELDS];
  guint               timers[N_FIELDS];
  gboolean            unsaved[N_FIELDS];  /* refused by a lock: kept until saved */
} AreaCard;

/* A removed priority area, kept so "Undo" can bring it back as it was. */
typedef struct {
  gint64  plan_id;
  int     year;
  int     position;
  char   *title;
  char   *description;
  GStrv   periods;         /* every period with a follow-up, any year */
  GStrv   follow_ups;      /* the texts, parallel to periods */
} RemovedArea;

struct _SkWorkEnvView
{
  AdwBin              parent_instance;

  SkStore            *store;
  int                 year;
  SkPlan             *plan;
  SkWorkEnvPlan      *wep;
  char               *period;         /* the follow-up period shown, "YYYY-04" */
  gboolean            loading;        /* filling widgets: not a user edit */
  gboolean            saving;         /* our own text save: no refresh needed */
  guint               goal_timer;
  gboolean            goal_unsaved;
  GtkEventController *goal_focus;
  GHashTable         *cards;          /* area id → AreaCard (owned by its widget) */
  GPtrArray          *indicator_rows;
  GArray             *link_ids;       /* link_dropdown position → indicator id */
  RemovedArea        *removed;
  gboolean            locked;         /* the plan is adopted: only follow-up is written */
  gint64              unlinked_id;    /* the indicator "Undo" links again, 0 when none */
  gint64              unlinked_plan_id;

  /* template */
  GtkStack           *stack;
  GtkScrolledWindow  *scroller;
  GtkTextView        *goal_view;
  AdwPreferencesGroup *indicators_group;
  GtkDropDown        *link_dropdown;
  GtkDropDown        *period_dropdown;
  GtkWidget          *no_areas_label;
  GtkBox             *areas_box;
  GtkWidget          *lock_note;
  GtkLabel           *lock_label;
  GtkWidget          *link_box;
  GtkWidget          *add_area_button;
};

static inline gboolean
sk_work_env_has_focus (GtkEventController *focus)
{
  return gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (focus));
}

/* sk-work-env-view.c */
void       sk_work_env_view_flush        (SkWorkEnvView *self);
void       sk_work_env_view_toast_error  (SkWorkEnvView *self,
                                          GError        *error);
void       sk_work_env_view_apply_lock   (SkWorkEnvView *self);

/* sk-work-env-priority.c */
GtkWidget *sk_work_env_icon_button       (const char    *icon,
                                          const char    *tooltip,
                                          const char    *action,
                                          gint64         id);
void       sk_work_env_view_refresh_areas (SkWorkEnvView *self,
                                           gboolean       force_follow_up);
void       sk_work_env_view_flush_areas  (SkWorkEnvView *self);
void       sk_work_env_removed_area_free (RemovedArea   *removed);
void       sk_work_env_view_install_area_actions (GtkWidgetClass *widget_class);

G_END_DECLS
