//! The task editor: every field of a task, edited in place (text grouped into undo steps),
//! dates through the model's rules so dependants follow.

use super::state::GanttState;
use crate::commands::Request;
use crate::model::{Choice, Edit, Id, Plan, Task, TaskStatus, choices, edit_copy};
use crate::ui::widgets::{date_row, enum_combo, id_combo, report_edit, required_id_combo};
use egui::{RichText, Ui};
use std::sync::Arc;

/// Shows the editor window for `state.editing`, if any.
pub fn show(ctx: &egui::Context, plan: &mut Plan, state: &mut GanttState, requests: &mut Vec<Request>) {
    let Some(id) = state.editing.clone() else { return };
    let Some(index) = plan.task_index(&id) else {
        state.editing = None;
        return;
    };
    let mut open = !ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
    let focus_name = std::mem::take(&mut state.focus_name);
    egui::Window::new("Task details")
        .id(egui::Id::unique("task-editor"))
        .open(&mut open)
        .default_width(460.0)
        .default_pos(ctx.content_rect().right_top() + egui::vec2(-490.0, 70.0))
        .resizable(true)
        .collapsible(false)
        .show(ctx, |ui| {
            // Scrolled per task: another task's details open at the top.
            egui::ScrollArea::vertical()
                .id_salt(("task-fields", &id))
                .max_height(ui.ctx().content_rect().height() * 0.75)
                .show(ui, |ui| {
                    fields(ui, plan, index, focus_name, requests);
                });
        });
    if !open {
        state.editing = None;
        requests.push(Request::EndEditGroup);
    }
}

/// The dropdowns' choices, gathered once per frame.
struct Choices {
    people: Vec<Choice>,
    departments: Vec<Choice>,
    workstreams: Vec<Choice>,
    goals: Vec<Choice>,
    stakeholders: Vec<Choice>,
}

fn fields(ui: &mut Ui, plan: &mut Plan, index: usize, focus_name: bool, requests: &mut Vec<Request>) {
    let choices = Choices {
        people: choices(&plan.people),
        departments: choices(&plan.departments),
        workstreams: choices(&plan.workstreams),
        goals: choices(&plan.goals),
        stakeholders: choices(&plan.stakeholders),
    };
    let plan_now: &Plan = plan;
    let ((), changed) = edit_copy(plan_now.tasks[index].as_ref(), |task| {
        details(ui, task, &choices, focus_name, requests);
        ui.add_space(6.0);
        dates(ui, task, requests);
        ui.add_space(6.0);
        dependencies(ui, plan_now, task, requests);
        ui.add_space(6.0);
        links(ui, "Goals it serves", "task-goals", &mut task.goals, &choices.goals, requests);
        links(
            ui,
            "Stakeholders it serves",
            "task-stakeholders",
            &mut task.stakeholders,
            &choices.stakeholders,
            requests,
        );
        ui.add_space(6.0);
        let label = ui.label(RichText::new("Notes").strong());
        let notes = ui
            .add(egui::TextEdit::multiline(&mut task.notes).desired_rows(3).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        report_edit(&notes, requests);
    });
    if let Some(task) = changed {
        plan.tasks[index] = Arc::new(task);
    }
}

/// Name, kind, workstream, owner, department, status and progress, edited on the copy.
fn details(ui: &mut Ui, task: &mut Task, choices: &Choices, focus_name: bool, requests: &mut Vec<Request>) {
    egui::Grid::new("task-fields").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
        let label = ui.label("Name");
        let name = ui
            .add(egui::TextEdit::singleline(&mut task.name).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if focus_name {
            crate::ui::widgets::focus_new_name(ui, &name, &task.name);
        }
        report_edit(&name, requests);
        ui.end_row();

        let label = ui.label("Kind");
        let kind = ui.checkbox(&mut task.milestone, "Milestone (a single day)").labelled_by(label.id);
        if kind.changed() {
            if task.milestone {
                task.end = task.start;
            }
            requests.push(Request::Edited { group: None });
        }
        ui.end_row();

        let label = ui.label("Workstream");
        let (response, changed) =
            required_id_combo(ui, "Workstream", &mut task.workstream, &choices.workstreams, None);
        response.labelled_by(label.id);
        picked(ui, changed, requests);
        let label = ui.label("Owner");
        let (response, changed) = id_combo(ui, "Owner", &mut task.owner, &choices.people, "—", None);
        response.labelled_by(label.id);
        picked(ui, changed, requests);
        let label = ui.label("Department");
        let (response, changed) =
            id_combo(ui, "Department", &mut task.department, &choices.departments, "—", None);
        response.labelled_by(label.id);
        picked(ui, changed, requests);
        let label = ui.label("Status");
        let (response, changed) =
            enum_combo(ui, "task-status", &mut task.status, &TaskStatus::ALL, TaskStatus::label, None);
        response.labelled_by(label.id);
        picked(ui, changed, requests);

        let label = ui.label("Progress");
        let progress =
            ui.add(egui::Slider::new(&mut task.progress, 0..=100).suffix("%")).labelled_by(label.id);
        report_edit(&progress, requests);
        ui.end_row();
    });
}

/// Ends a dropdown's grid row, reporting the choice as one undo step.
fn picked(ui: &mut Ui, changed: bool, requests: &mut Vec<Request>) {
    if changed {
        requests.push(Request::Edited { group: None });
    }
    ui.end_row();
}

/// Start and end: a new date goes through the model's rules (dependants follow), never into
/// the copy.
fn dates(ui: &mut Ui, task: &Task, requests: &mut Vec<Request>) {
    let (mut start, mut end) = (task.start, task.end);
    egui::Grid::new("task-dates").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
        let mut scratch = Vec::new();
        date_row(ui, "Start", &mut start, &mut scratch);
        if !task.milestone {
            date_row(ui, "End", &mut end, &mut scratch);
        }
        if !scratch.is_empty() {
            let end = if task.milestone { start } else { end.max(start) };
            requests.push(Request::Edit(Edit::MoveTask { id: task.id.clone(), start, end }));
        }
    });
}

/// The tasks this one starts after, each removable, and a chooser to add one.
fn dependencies(ui: &mut Ui, plan: &Plan, task: &Task, requests: &mut Vec<Request>) {
    ui.label(RichText::new("Starts after").strong());
    for before in &task.depends_on {
        ui.horizontal(|ui| {
            let name = plan.task(before).map_or(before.to_string(), |t| t.name.clone());
            ui.label(name);
            if ui.small_button("Remove").on_hover_text("Remove this dependency").clicked() {
                requests.push(Request::Edit(Edit::RemoveDependency {
                    before: before.clone(),
                    after: task.id.clone(),
                }));
            }
        });
    }
    let mut chosen: Option<Id> = None;
    egui::ComboBox::from_label("Add a task it follows").selected_text("Choose a task…").show_ui(ui, |ui| {
        // Listed only while the box is open: a plan may hold thousands of tasks.
        for other in plan.tasks.iter().filter(|t| t.id != task.id && !task.depends_on.contains(&t.id)) {
            if ui.selectable_label(false, &other.name).clicked() {
                chosen = Some(other.id.clone());
            }
        }
    });
    if let Some(before) = chosen {
        requests.push(Request::Edit(Edit::AddDependency { before, after: task.id.clone() }));
    }
}

/// Checkboxes linking the task to goals or stakeholders.
fn links(
    ui: &mut Ui,
    heading: &str,
    salt: &str,
    chosen: &mut Vec<Id>,
    options: &[Choice],
    requests: &mut Vec<Request>,
) {
    egui::CollapsingHeader::new(format!("{heading} ({})", chosen.len())).id_salt(salt).show(ui, |ui| {
        if options.is_empty() {
            ui.label(RichText::new("None in this plan yet.").weak());
        }
        for (id, name) in options {
            let mut on = chosen.contains(id);
            if ui.checkbox(&mut on, name).changed() {
                if on {
                    chosen.push(id.clone());
                } else {
                    chosen.retain(|c| c != id);
                }
                requests.push(Request::Edited { group: None });
            }
        }
    });
}
