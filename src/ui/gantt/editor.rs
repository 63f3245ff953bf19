//! The task editor: every field of a task, edited in place (text grouped into undo steps),
//! dates through the model's rules so dependants follow.

use super::state::GanttState;
use crate::commands::Request;
use crate::model::{Edit, Id, Plan, TaskStatus};
use crate::ui::widgets::{date_row, report_edit};
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

fn fields(ui: &mut Ui, plan: &mut Plan, index: usize, focus_name: bool, requests: &mut Vec<Request>) {
    let people: Vec<(Id, String)> = plan.people.iter().map(|p| (p.id.clone(), p.name.clone())).collect();
    let departments: Vec<(Id, String)> =
        plan.departments.iter().map(|d| (d.id.clone(), d.name.clone())).collect();
    let workstreams: Vec<(Id, String)> =
        plan.workstreams.iter().map(|w| (w.id.clone(), w.name.clone())).collect();
    let goals: Vec<(Id, String)> = plan.goals.iter().map(|g| (g.id.clone(), g.title.clone())).collect();
    let stakeholders: Vec<(Id, String)> =
        plan.stakeholders.iter().map(|s| (s.id.clone(), s.name.clone())).collect();
    let (mut start, mut end, task_id) = {
        let t = &plan.tasks[index];
        (t.start, t.end, t.id.clone())
    };

    egui::Grid::new("task-fields").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
        let task = Arc::make_mut(&mut plan.tasks[index]);
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
                end = task.start;
            }
            requests.push(Request::Edited { group: None });
        }
        ui.end_row();

        pick(ui, "Workstream", &mut task.workstream, &workstreams, requests);
        pick_optional(ui, "Owner", &mut task.owner, &people, requests);
        pick_optional(ui, "Department", &mut task.department, &departments, requests);

        let label = ui.label("Status");
        let before = task.status;
        egui::ComboBox::from_id_salt("task-status")
            .selected_text(task.status.label())
            .show_ui(ui, |ui| {
                for status in TaskStatus::ALL {
                    ui.selectable_value(&mut task.status, status, status.label());
                }
            })
            .response
            .labelled_by(label.id);
        if task.status != before {
            requests.push(Request::Edited { group: None });
        }
        ui.end_row();

        let label = ui.label("Progress");
        let progress =
            ui.add(egui::Slider::new(&mut task.progress, 0..=100).suffix("%")).labelled_by(label.id);
        report_edit(&progress, requests);
        ui.end_row();
    });
    ui.add_space(6.0);
    egui::Grid::new("task-dates").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
        let mut scratch = Vec::new();
        date_row(ui, "Start", &mut start, &mut scratch);
        let milestone = plan.tasks[index].milestone;
        if !milestone {
            date_row(ui, "End", &mut end, &mut scratch);
        }
        if !scratch.is_empty() {
            let end = if milestone { start } else { end.max(start) };
            requests.push(Request::Edit(Edit::MoveTask { id: task_id.clone(), start, end }));
        }
    });

    ui.add_space(6.0);
    ui.label(RichText::new("Starts after").strong());
    let depends_on = plan.tasks[index].depends_on.clone();
    for before in &depends_on {
        ui.horizontal(|ui| {
            let name = plan.task(before).map_or(before.to_string(), |t| t.name.clone());
            ui.label(name);
            if ui.small_button("Remove").on_hover_text("Remove this dependency").clicked() {
                requests.push(Request::Edit(Edit::RemoveDependency {
                    before: before.clone(),
                    after: task_id.clone(),
                }));
            }
        });
    }
    let mut chosen: Option<Id> = None;
    egui::ComboBox::from_label("Add a task it follows").selected_text("Choose a task…").show_ui(ui, |ui| {
        // Listed only while the box is open: a plan may hold thousands of tasks.
        for other in plan.tasks.iter().filter(|t| t.id != task_id && !depends_on.contains(&t.id)) {
            if ui.selectable_label(false, &other.name).clicked() {
                chosen = Some(other.id.clone());
            }
        }
    });
    if let Some(before) = chosen {
        requests.push(Request::Edit(Edit::AddDependency { before, after: task_id.clone() }));
    }

    let task = Arc::make_mut(&mut plan.tasks[index]);
    ui.add_space(6.0);
    links(ui, "Goals it serves", "task-goals", &mut task.goals, &goals, requests);
    links(ui, "Stakeholders it serves", "task-stakeholders", &mut task.stakeholders, &stakeholders, requests);
    ui.add_space(6.0);
    let label = ui.label(RichText::new("Notes").strong());
    let notes = ui
        .add(egui::TextEdit::multiline(&mut task.notes).desired_rows(3).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    report_edit(&notes, requests);
}

fn pick(ui: &mut Ui, label: &str, value: &mut Id, options: &[(Id, String)], requests: &mut Vec<Request>) {
    let label_response = ui.label(label);
    let current = options.iter().find(|(id, _)| id == value).map_or("—".to_owned(), |(_, n)| n.clone());
    let before = value.clone();
    egui::ComboBox::from_id_salt(label)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (id, name) in options {
                ui.selectable_value(value, id.clone(), name);
            }
        })
        .response
        .labelled_by(label_response.id);
    if *value != before {
        requests.push(Request::Edited { group: None });
    }
    ui.end_row();
}

fn pick_optional(
    ui: &mut Ui,
    label: &str,
    value: &mut Option<Id>,
    options: &[(Id, String)],
    requests: &mut Vec<Request>,
) {
    let label_response = ui.label(label);
    let (response, changed) = crate::ui::widgets::id_combo(ui, label, value, options, "—", None);
    response.labelled_by(label_response.id);
    if changed {
        requests.push(Request::Edited { group: None });
    }
    ui.end_row();
}

/// Checkboxes linking the task to goals or stakeholders.
fn links(
    ui: &mut Ui,
    heading: &str,
    salt: &str,
    chosen: &mut Vec<Id>,
    options: &[(Id, String)],
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
