//! In-place editing of the selected row of the task table.

use super::state::GanttState;
use super::table::{Cells, Col, RowCtx, put_left};
use crate::commands::Request;
use crate::model::{Choice, Date, Edit, Id, Plan, Task, TaskStatus, choices, edit_copy};
use crate::ui::widgets::{enum_combo, id_combo, report_edit};
use egui::{Rect, Stroke, Ui};
use std::sync::Arc;

/// Draws the selected task's row as editors: name, owner, department, dates, progress, status.
pub fn row(ui: &mut Ui, plan: &mut Plan, t: usize, cells: &Cells, cx: &mut RowCtx) {
    let (geo, tokens) = (cx.geo, cx.tokens);
    let (state, requests) = (&mut *cx.state, &mut *cx.requests);
    let painter = ui.painter().with_clip_rect(geo.table);
    painter.rect_filled(cells.rect, 0.0, tokens.accent.gamma_multiply(0.18));
    painter.hline(cells.rect.x_range(), cells.rect.bottom() - 0.5, Stroke::new(1.0, tokens.accent));
    // Editors only when the whole row is on screen, so no widget is half clipped.
    if !geo.table.contains_rect(cells.rect) {
        return;
    }
    let people = choices(&plan.people);
    let departments = choices(&plan.departments);
    let plan_now: &Plan = plan;
    let (dates, changed) = edit_copy(plan_now.tasks[t].as_ref(), |task| {
        fields(ui, task, cells, &people, &departments, state, requests);
        // Dates go through the model's rules, so dependants follow: they are never written
        // into the copy.
        let mut dates = (task.start, task.end);
        if let Some((cell, title)) = cells.column(Col::Start) {
            date_cell(ui, cell, ("row-start", &task.id), &mut dates.0, title);
        }
        if let Some((cell, title)) = cells.column(Col::End)
            && !task.milestone
        {
            date_cell(ui, cell, ("row-end", &task.id), &mut dates.1, title);
        }
        if dates != (task.start, task.end) {
            let end = if task.milestone { dates.0 } else { dates.1.max(dates.0) };
            Some(Edit::MoveTask { id: task.id.clone(), start: dates.0, end })
        } else {
            None
        }
    });
    if let Some(task) = changed {
        plan.tasks[t] = Arc::new(task);
    }
    if let Some(edit) = dates {
        requests.push(Request::Edit(edit));
    }
}

/// Name, progress, status, owner and department, edited on the copy.
fn fields(
    ui: &mut Ui,
    task: &mut Task,
    cells: &Cells,
    people: &[Choice],
    departments: &[Choice],
    state: &mut GanttState,
    requests: &mut Vec<Request>,
) {
    let name =
        put_left(ui, cells.name(), egui::TextEdit::singleline(&mut task.name).desired_width(f32::INFINITY))
            .labelled_by(cells.name_title());
    report_edit(&name, requests);
    if name.double_clicked() {
        state.editing = Some(task.id.clone());
    }
    let id = task.id.clone();
    if let Some((cell, title)) = cells.column(Col::Owner) {
        let changed = in_cell(ui, cell, |ui, width| {
            let (response, changed) =
                id_combo(ui, ("row-owner", &id), &mut task.owner, people, "—", Some(width));
            response.labelled_by(title);
            changed
        });
        report_pick(changed, requests);
    }
    if let Some((cell, title)) = cells.column(Col::Department) {
        let changed = in_cell(ui, cell, |ui, width| {
            let (response, changed) =
                id_combo(ui, ("row-department", &id), &mut task.department, departments, "—", Some(width));
            response.labelled_by(title);
            changed
        });
        report_pick(changed, requests);
    }
    if let Some((cell, title)) = cells.column(Col::Progress) {
        let progress =
            put_left(ui, cell, egui::DragValue::new(&mut task.progress).range(0..=100).suffix("%"))
                .labelled_by(title);
        report_edit(&progress, requests);
    }
    if let Some((cell, title)) = cells.column(Col::Status) {
        let changed = in_cell(ui, cell, |ui, width| {
            let (response, changed) = enum_combo(
                ui,
                ("row-status", &id),
                &mut task.status,
                &TaskStatus::ALL,
                TaskStatus::label,
                Some(width),
            );
            response.labelled_by(title);
            changed
        });
        report_pick(changed, requests);
    }
}

/// A dropdown's choice is one undo step.
fn report_pick(changed: bool, requests: &mut Vec<Request>) {
    if changed {
        requests.push(Request::Edited { group: None });
    }
}

/// Lays out `add` in a table cell, left-aligned and centred vertically; it gets the width a
/// dropdown may take.
fn in_cell<R>(ui: &mut Ui, cell: Rect, add: impl FnOnce(&mut Ui, f32) -> R) -> R {
    let scope =
        egui::UiBuilder::new().max_rect(cell).layout(egui::Layout::left_to_right(egui::Align::Center));
    ui.scope_builder(scope, |ui| add(ui, cell.width() - 8.0)).inner
}

fn date_cell(ui: &mut Ui, cell: Rect, salt: (&str, &Id), date: &mut Date, label: egui::Id) {
    let salt = format!("{}-{}", salt.0, salt.1);
    in_cell(ui, cell, |ui, _| {
        let (response, _) = crate::ui::widgets::date_button(ui, &salt, date, Some("%d %b %y"));
        response.labelled_by(label);
    });
}
