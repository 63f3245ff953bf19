//! Editing what a slide shows, in large type, without leaving the presentation: a belief's
//! statement, a stakeholder's cell, a task's name and dates.

use super::Presentation;
use crate::commands::Request;
use crate::model::{Edit, Id, Plan};
use crate::ui::ViewCtx;
use crate::ui::theme::Tokens;
use crate::ui::widgets::{date_button, report_edit};
use egui::{RichText, Ui};
use std::sync::Arc;

/// A stakeholder cell a slide shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StakeholderField {
    Name,
    Needs,
    ContentStrategy,
    Metrics,
}

impl StakeholderField {
    /// The column heading.
    pub fn label(self) -> &'static str {
        match self {
            StakeholderField::Name => "Stakeholder",
            StakeholderField::Needs => "Needs",
            StakeholderField::ContentStrategy => "Content strategy",
            StakeholderField::Metrics => "Metrics",
        }
    }
}

/// What is being edited.
#[derive(Clone, Debug, PartialEq)]
pub enum LiveEdit {
    Belief { id: Id, focus: bool },
    Stakeholder { id: Id, field: StakeholderField, focus: bool },
    Task { id: Id, focus: bool },
}

impl LiveEdit {
    /// Edits a belief's statement, the cursor in it.
    pub fn belief(id: &Id) -> Self {
        LiveEdit::Belief { id: id.clone(), focus: true }
    }

    /// Edits one cell of a stakeholder, the cursor in it.
    pub fn stakeholder(id: &Id, field: StakeholderField) -> Self {
        LiveEdit::Stakeholder { id: id.clone(), field, focus: true }
    }

    /// Edits a task's name and dates, the cursor in the name.
    pub fn task(id: &Id) -> Self {
        LiveEdit::Task { id: id.clone(), focus: true }
    }
}

/// Shows the open live edit as a modal window over the slide; Done, Enter (in one-line
/// fields) or Esc closes it. The plan is edited as the user types (one undo step per field).
pub(super) fn show(ctx: &egui::Context, p: &mut Presentation, view: &mut ViewCtx) {
    let Some(edit) = &mut p.edit else {
        return;
    };
    // The click that opened the editor must not count as a click outside it.
    let first_frame = match edit {
        LiveEdit::Belief { focus, .. }
        | LiveEdit::Stakeholder { focus, .. }
        | LiveEdit::Task { focus, .. } => *focus,
    };
    let screen = ctx.content_rect();
    let mut close = false;
    let response = egui::Modal::new(egui::Id::unique("present-live-edit")).show(ctx, |ui| {
        ui.set_width((screen.width() * 0.7).min(900.0));
        let tokens = Tokens::of(ui);
        let found = match edit {
            LiveEdit::Belief { id, focus } => belief(ui, view, id, focus, &tokens),
            LiveEdit::Stakeholder { id, field, focus } => stakeholder(ui, view, id, *field, focus, &tokens),
            LiveEdit::Task { id, focus } => task(ui, view, id, focus, &tokens),
        };
        ui.add_space(tokens.spacing);
        ui.horizontal(|ui| {
            close |= ui.button("Done").clicked() || !found;
            ui.label(RichText::new("Esc or Done closes; Ctrl+Z undoes").small().color(tokens.muted));
        });
        let one_line = matches!(
            edit,
            LiveEdit::Task { .. } | LiveEdit::Stakeholder { field: StakeholderField::Name, .. }
        );
        close |= one_line && ui.input(|i| i.key_pressed(egui::Key::Enter));
    });
    if close || (response.should_close() && !first_frame) {
        p.edit = None;
        view.requests.push(Request::EndEditGroup);
        ctx.memory_mut(|m| m.surrender_focus(m.focused().unwrap_or(egui::Id::NULL)));
    }
}

/// A text field in large type that takes the cursor the first frame it shows.
fn field(ui: &mut Ui, label: &str, text: &mut String, multiline: bool, focus: &mut bool, view: &mut ViewCtx) {
    let label = ui.label(RichText::new(label).strong());
    let edit = if multiline {
        egui::TextEdit::multiline(text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(text)
    };
    let response = ui.add(edit.desired_width(f32::INFINITY)).labelled_by(label.id);
    if std::mem::take(focus) {
        response.request_focus();
    }
    report_edit(&response, view.requests);
}

fn belief(ui: &mut Ui, view: &mut ViewCtx, id: &Id, focus: &mut bool, tokens: &Tokens) -> bool {
    let Some(index) = view.plan.manifesto.beliefs.iter().position(|b| &b.id == id) else {
        return false;
    };
    ui.label(RichText::new("Edit the belief").size(tokens.heading_size));
    let mut statement = view.plan.manifesto.beliefs[index].statement.clone();
    field(ui, "Statement", &mut statement, true, focus, view);
    if statement != view.plan.manifesto.beliefs[index].statement {
        Arc::make_mut(&mut view.plan.manifesto.beliefs[index]).statement = statement;
    }
    true
}

fn stakeholder(
    ui: &mut Ui,
    view: &mut ViewCtx,
    id: &Id,
    which: StakeholderField,
    focus: &mut bool,
    tokens: &Tokens,
) -> bool {
    let Some(index) = view.plan.stakeholder_index(id) else {
        return false;
    };
    let mut s = (*view.plan.stakeholders[index]).clone();
    ui.label(RichText::new(format!("Edit “{}”", s.name)).size(tokens.heading_size));
    let (text, multiline) = match which {
        StakeholderField::Name => (&mut s.name, false),
        StakeholderField::Needs => (&mut s.needs, true),
        StakeholderField::ContentStrategy => (&mut s.content_strategy, true),
        StakeholderField::Metrics => (&mut s.metrics, true),
    };
    field(ui, which.label(), text, multiline, focus, view);
    if s != *view.plan.stakeholders[index] {
        view.plan.stakeholders[index] = Arc::new(s);
    }
    true
}

fn task(ui: &mut Ui, view: &mut ViewCtx, id: &Id, focus: &mut bool, tokens: &Tokens) -> bool {
    let Some(index) = view.plan.task_index(id) else {
        return false;
    };
    let task = view.plan.tasks[index].clone();
    ui.label(RichText::new("Edit the task").size(tokens.heading_size));
    let mut name = task.name.clone();
    field(ui, "Name", &mut name, false, focus, view);
    if name != task.name {
        Arc::make_mut(&mut view.plan.tasks[index]).name = name;
    }
    let (mut start, mut end) = (task.start, task.end);
    ui.horizontal(|ui| {
        ui.label(if task.milestone { "Date" } else { "Starts" });
        let (_, start_changed) = date_button(ui, "present_task_start", &mut start, Some("%-d %b %Y"));
        let mut end_changed = false;
        if !task.milestone {
            ui.label("Ends");
            end_changed = date_button(ui, "present_task_end", &mut end, Some("%-d %b %Y")).1;
        }
        if start_changed || end_changed {
            move_task(view.plan, view.requests, id, start, end, task.milestone, start_changed);
        }
    });
    true
}

/// Moves a task to new dates through the scheduling rules (dependent tasks follow). A new start
/// keeps the task's length; an end before the start is refused.
fn move_task(
    plan: &Plan,
    requests: &mut Vec<Request>,
    id: &Id,
    start: crate::model::Date,
    end: crate::model::Date,
    milestone: bool,
    start_changed: bool,
) {
    let Some(task) = plan.task(id) else { return };
    let (start, end) = if milestone {
        (start, start)
    } else if start_changed {
        (start, start + (task.end - task.start))
    } else {
        (task.start, end.max(task.start))
    };
    requests.push(Request::Edit(Edit::MoveTask { id: id.clone(), start, end }));
}
