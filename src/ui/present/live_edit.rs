//! Editing what a slide shows, in large type, without leaving the presentation: a belief's
//! statement, a stakeholder's cell, a task's name and dates.

use super::Presentation;
use crate::commands::{Command, Request};
use crate::model::DATE_FORMAT;
use crate::model::{Edit, Id, Plan};
use crate::ui::ViewCtx;
use crate::ui::theme::Tokens;
use crate::ui::widgets::{date_button, focus_new_name, report_edit};
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
pub enum Target {
    Belief(Id),
    Stakeholder(Id, StakeholderField),
    Task(Id),
}

/// The live edit open on a slide.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveEdit {
    pub target: Target,
    /// The cursor goes into the field the first frame it shows.
    focus: bool,
    /// Just added (N): its text starts selected, and it is dropped again when the editor
    /// closes with nothing changed or its text emptied.
    added: bool,
    /// Whether anything was changed in the editor.
    changed: bool,
    /// Where the slide shows the item (the editor opens beside it, never over it).
    pub anchor: Option<egui::Rect>,
}

impl LiveEdit {
    fn new(target: Target) -> Self {
        Self { target, focus: true, added: false, changed: false, anchor: None }
    }

    /// Edits a belief's statement, the cursor in it.
    pub fn belief(id: &Id) -> Self {
        Self::new(Target::Belief(id.clone()))
    }

    /// Edits one cell of a stakeholder, the cursor in it.
    pub fn stakeholder(id: &Id, field: StakeholderField) -> Self {
        Self::new(Target::Stakeholder(id.clone(), field))
    }

    /// Edits a task's name and dates, the cursor in the name.
    pub fn task(id: &Id) -> Self {
        Self::new(Target::Task(id.clone()))
    }

    /// Marks the item as just added, its addition the last undo step: its text starts
    /// selected (typing replaces a placeholder), and closing the editor with nothing changed
    /// undoes the addition (an emptied item is deleted), so N then Esc leaves nothing behind.
    pub fn added(self) -> Self {
        Self { added: true, ..self }
    }

    /// The item edited.
    pub fn id(&self) -> &Id {
        match &self.target {
            Target::Belief(id) | Target::Stakeholder(id, _) | Target::Task(id) => id,
        }
    }
}

/// Shows the open live edit as a modal window beside what it edits (`accent` outlines that); Done, Enter (in one-line
/// fields) or Esc closes it. The plan is edited as the user types (one undo step per field).
pub(super) fn show(ctx: &egui::Context, p: &mut Presentation, view: &mut ViewCtx, accent: egui::Color32) {
    let note = p.note(ctx).map(|n| n.text.clone());
    let Some(edit) = &mut p.edit else {
        return;
    };
    // The click that opened the editor must not count as a click outside it.
    let first_frame = edit.focus;
    let screen = ctx.content_rect();
    let mut close = false;
    let mut moved = None;
    let id = egui::Id::unique("present-live-edit");
    let mut modal = egui::Modal::new(id);
    if let Some(item) = edit.anchor {
        modal = modal.area(beside(id, item, screen)).backdrop_color(egui::Color32::TRANSPARENT);
        dim_around(ctx, item, screen, accent);
    }
    let response = modal.show(ctx, |ui| {
        // In the slide's type, so the room reads what is typed.
        super::scale_to_screen(ui);
        ui.set_width((screen.width() * 0.7).min(900.0 * super::slide_scale(screen.size())));
        let tokens = Tokens::of(ui);
        let mut how = Field { focus: &mut edit.focus, select_all: edit.added, changed: &mut edit.changed };
        let found = match &edit.target {
            Target::Belief(id) => belief(ui, view, id, &mut how, &tokens),
            Target::Stakeholder(id, field) => stakeholder(ui, view, id, *field, &mut how, &tokens),
            Target::Task(id) => task(ui, view, id, &mut how, &tokens, &mut moved),
        };
        if let Some(note) = &note {
            ui.label(RichText::new(note).color(tokens.accent).strong());
        }
        ui.add_space(tokens.spacing);
        ui.horizontal(|ui| {
            close |= ui.button("Done").clicked() || !found;
            ui.label(RichText::new("Esc or Done closes; Ctrl+Z undoes").small().color(tokens.muted));
        });
        let one_line =
            matches!(edit.target, Target::Task(_) | Target::Stakeholder(_, StakeholderField::Name));
        close |= one_line && ui.input(|i| i.key_pressed(egui::Key::Enter));
    });
    if let Some((text, about)) = moved {
        p.say(text, about, ctx.input(|i| i.time));
        ctx.request_repaint();
    }
    if close || (response.should_close() && !first_frame) {
        if let Some(edit) = p.edit.take()
            && drop_if_left_empty(&edit, view)
        {
            p.reveal = None;
        }
        view.requests.push(Request::EndEditGroup);
        ctx.memory_mut(|m| m.surrender_focus(m.focused().unwrap_or(egui::Id::NULL)));
        // A just-added item's highlight is timed from here.
        ctx.request_repaint();
    }
}

/// The editor's place: across the screen's middle, above or below the `item` it edits,
/// whichever has more room, so the room sees both.
fn beside(id: egui::Id, item: egui::Rect, screen: egui::Rect) -> egui::Area {
    const GAP: f32 = 12.0;
    let area = egui::Modal::default_area(id);
    if screen.bottom() - item.bottom() >= item.top() - screen.top() {
        area.anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, item.bottom() + GAP - screen.top()))
    } else {
        area.anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, item.top() - GAP - screen.bottom()))
    }
}

/// Dims the slide around the `item` being edited (the modal's own backdrop would dim it too),
/// and outlines the item.
fn dim_around(ctx: &egui::Context, item: egui::Rect, screen: egui::Rect, accent: egui::Color32) {
    let painter =
        ctx.layer_painter(egui::LayerId::new(egui::Order::Middle, egui::Id::unique("live-edit-dim")));
    let shade = crate::ui::theme::SHADE;
    let item = item.expand(4.0).intersect(screen);
    for band in [
        egui::Rect::from_x_y_ranges(screen.x_range(), screen.top()..=item.top()),
        egui::Rect::from_x_y_ranges(screen.x_range(), item.bottom()..=screen.bottom()),
        egui::Rect::from_x_y_ranges(screen.left()..=item.left(), item.y_range()),
        egui::Rect::from_x_y_ranges(item.right()..=screen.right(), item.y_range()),
    ] {
        painter.rect_filled(band, 0.0, shade);
    }
    painter.rect_stroke(item, 4.0, egui::Stroke::new(2.0, accent), egui::StrokeKind::Outside);
}

/// Drops a just-added item its editor leaves as it was (the addition undone, so the history
/// keeps nothing of it) or empty (deleted). Returns whether it did.
fn drop_if_left_empty(edit: &LiveEdit, view: &mut ViewCtx) -> bool {
    if !edit.added {
        return false;
    }
    let plan = &*view.plan;
    let (text, delete) = match &edit.target {
        Target::Belief(id) => {
            let belief = plan.manifesto.beliefs.iter().find(|b| &b.id == id);
            (belief.map(|b| b.statement.as_str()), Edit::DeleteBelief { id: id.clone() })
        }
        Target::Stakeholder(id, _) => {
            let name = plan.stakeholder_index(id).map(|i| plan.stakeholders[i].name.as_str());
            (name, Edit::DeleteStakeholder { id: id.clone() })
        }
        Target::Task(id) => (plan.task(id).map(|t| t.name.as_str()), Edit::DeleteTask { id: id.clone() }),
    };
    // Gone already: Ctrl+Z in the editor took it back.
    let Some(text) = text else { return true };
    if !edit.changed {
        view.requests.push(Request::Run(Command::Undo));
    } else if text.trim().is_empty() {
        view.requests.push(Request::Edit(delete));
    } else {
        return false;
    }
    true
}

/// How the editor's text field behaves: the cursor goes in the first frame (the text
/// selected for a new item), and a change is noted.
struct Field<'a> {
    focus: &'a mut bool,
    select_all: bool,
    changed: &'a mut bool,
}

/// A text field in large type that takes the cursor the first frame it shows.
fn field(ui: &mut Ui, label: &str, text: &mut String, multiline: bool, how: &mut Field, view: &mut ViewCtx) {
    let label = ui.label(RichText::new(label).strong());
    let edit = if multiline {
        egui::TextEdit::multiline(text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(text)
    };
    let response = ui.add(edit.desired_width(f32::INFINITY)).labelled_by(label.id);
    if std::mem::take(how.focus) {
        if how.select_all {
            focus_new_name(ui, &response, text);
        } else {
            response.request_focus();
        }
    }
    *how.changed |= response.changed();
    report_edit(&response, view.requests);
}

fn belief(ui: &mut Ui, view: &mut ViewCtx, id: &Id, how: &mut Field, tokens: &Tokens) -> bool {
    let Some(index) = view.plan.manifesto.beliefs.iter().position(|b| &b.id == id) else {
        return false;
    };
    ui.label(RichText::new("Edit the belief").size(tokens.heading_size));
    let mut statement = view.plan.manifesto.beliefs[index].statement.clone();
    field(ui, "Statement", &mut statement, true, how, view);
    crate::model::edit_shared(&mut view.plan.manifesto.beliefs[index], |b| b.statement = statement);
    true
}

fn stakeholder(
    ui: &mut Ui,
    view: &mut ViewCtx,
    id: &Id,
    which: StakeholderField,
    how: &mut Field,
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
    field(ui, which.label(), text, multiline, how, view);
    if s != *view.plan.stakeholders[index] {
        view.plan.stakeholders[index] = Arc::new(s);
    }
    true
}

/// What a date change did to other tasks: the words for the slide and the tasks moved.
type Moved = Option<(String, Vec<Id>)>;

fn task(
    ui: &mut Ui,
    view: &mut ViewCtx,
    id: &Id,
    how: &mut Field,
    tokens: &Tokens,
    moved: &mut Moved,
) -> bool {
    let Some(index) = view.plan.task_index(id) else {
        return false;
    };
    let task = view.plan.tasks[index].clone();
    ui.label(RichText::new("Edit the task").size(tokens.heading_size));
    let mut name = task.name.clone();
    field(ui, "Name", &mut name, false, how, view);
    crate::model::edit_shared(&mut view.plan.tasks[index], |t| t.name = name);
    let (mut start, mut end) = (task.start, task.end);
    ui.horizontal(|ui| {
        ui.label(if task.milestone { "Date" } else { "Starts" });
        let (_, start_changed) = date_button(ui, "present_task_start", &mut start, Some(DATE_FORMAT));
        let mut end_changed = false;
        if !task.milestone {
            ui.label("Ends");
            end_changed = date_button(ui, "present_task_end", &mut end, Some(DATE_FORMAT)).1;
        }
        if start_changed || end_changed {
            *how.changed = true;
            *moved = move_task(view.plan, view.requests, id, start, end, start_changed);
        }
    });
    true
}

/// Moves a task to new dates through the scheduling rules (dependent tasks follow). A new start
/// keeps the task's length; an end before the start is refused. Returns what the move does to
/// later tasks, when it pushes any.
fn move_task(
    plan: &Plan,
    requests: &mut Vec<Request>,
    id: &Id,
    start: crate::model::Date,
    end: crate::model::Date,
    start_changed: bool,
) -> Moved {
    let task = plan.task(id)?;
    let (start, end) = if task.milestone {
        (start, start)
    } else if start_changed {
        (start, start + (task.end - task.start))
    } else {
        (task.start, end.max(task.start))
    };
    // The app applies the move at the end of the frame; a copy says what it will push.
    let pushed = plan.clone().move_task(id, start, end).map(|o| o.pushed).unwrap_or_default();
    requests.push(Request::Edit(Edit::MoveTask { id: id.clone(), start, end }));
    let text = match pushed.len() {
        0 => return None,
        1 => "Moved 1 later task to follow it".to_owned(),
        n => format!("Moved {n} later tasks to follow it"),
    };
    Some((text, pushed))
}
