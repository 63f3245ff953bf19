//! In-place editing of the selected row of the task table.

use super::geometry::Geometry;
use super::state::GanttState;
use super::table::{Cells, put_left};
use crate::commands::Request;
use crate::model::{Date, Edit, Id, Plan, TaskStatus};
use crate::ui::theme::Tokens;
use crate::ui::widgets::{id_combo, report_edit};
use egui::{Rect, Stroke, Ui};
use std::sync::Arc;

/// Draws the selected task's row as editors: name, owner, department, dates, progress, status.
#[allow(clippy::too_many_arguments)]
pub fn row(
    ui: &mut Ui,
    plan: &mut Plan,
    t: usize,
    cells: &Cells,
    geo: &Geometry,
    state: &mut GanttState,
    tokens: &Tokens,
    requests: &mut Vec<Request>,
) {
    let painter = ui.painter().with_clip_rect(geo.table);
    painter.rect_filled(cells.rect, 0.0, tokens.accent.gamma_multiply(0.18));
    painter.hline(cells.rect.x_range(), cells.rect.bottom() - 0.5, Stroke::new(1.0, tokens.accent));
    // Editors only when the whole row is on screen, so no widget is half clipped.
    if !geo.table.contains_rect(cells.rect) {
        return;
    }
    let people: Vec<(Id, String)> = plan.people.iter().map(|p| (p.id.clone(), p.name.clone())).collect();
    let departments: Vec<(Id, String)> =
        plan.departments.iter().map(|d| (d.id.clone(), d.name.clone())).collect();
    let (id, start, end, milestone) = {
        let task = &plan.tasks[t];
        (task.id.clone(), task.start, task.end, task.milestone)
    };
    let task = Arc::make_mut(&mut plan.tasks[t]);
    let name =
        put_left(ui, cells.name(), egui::TextEdit::singleline(&mut task.name).desired_width(f32::INFINITY))
            .labelled_by(cells.titles[0]);
    report_edit(&name, requests);
    if name.double_clicked() {
        state.editing = Some(id.clone());
    }
    if let Some(cell) = cells.column(4) {
        choose(ui, cell, ("row-owner", &id), &mut task.owner, &people, cells.titles[5], requests);
    }
    if let Some(cell) = cells.column(5) {
        choose(
            ui,
            cell,
            ("row-department", &id),
            &mut task.department,
            &departments,
            cells.titles[6],
            requests,
        );
    }
    if let Some(cell) = cells.column(2) {
        let progress =
            put_left(ui, cell, egui::DragValue::new(&mut task.progress).range(0..=100).suffix("%"))
                .labelled_by(cells.titles[3]);
        report_edit(&progress, requests);
    }
    if let Some(cell) = cells.column(3) {
        let before = task.status;
        let scope =
            egui::UiBuilder::new().max_rect(cell).layout(egui::Layout::left_to_right(egui::Align::Center));
        ui.scope_builder(scope, |ui| {
            egui::ComboBox::from_id_salt(("row-status", &id))
                .selected_text(task.status.label())
                .width(cell.width() - 8.0)
                .show_ui(ui, |ui| {
                    for status in TaskStatus::ALL {
                        ui.selectable_value(&mut task.status, status, status.label());
                    }
                })
                .response
                .labelled_by(cells.titles[4]);
        });
        if task.status != before {
            requests.push(Request::Edited { group: None });
        }
    }
    // Dates go through the model's rules, so dependants follow.
    let mut dates = (start, end);
    if let Some(cell) = cells.column(0) {
        date_cell(ui, cell, ("row-start", &id), &mut dates.0, cells.titles[1]);
    }
    if let Some(cell) = cells.column(1)
        && !milestone
    {
        date_cell(ui, cell, ("row-end", &id), &mut dates.1, cells.titles[2]);
    }
    if dates != (start, end) {
        let end = if milestone { dates.0 } else { dates.1.max(dates.0) };
        requests.push(Request::Edit(Edit::MoveTask { id, start: dates.0, end }));
    }
}

fn choose(
    ui: &mut Ui,
    cell: Rect,
    salt: (&str, &Id),
    value: &mut Option<Id>,
    options: &[(Id, String)],
    label: egui::Id,
    requests: &mut Vec<Request>,
) {
    let scope =
        egui::UiBuilder::new().max_rect(cell).layout(egui::Layout::left_to_right(egui::Align::Center));
    let changed = ui
        .scope_builder(scope, |ui| {
            let (response, changed) = id_combo(ui, salt, value, options, "—", Some(cell.width() - 8.0));
            response.labelled_by(label);
            changed
        })
        .inner;
    if changed {
        requests.push(Request::Edited { group: None });
    }
}

fn date_cell(ui: &mut Ui, cell: Rect, salt: (&str, &Id), date: &mut Date, label: egui::Id) {
    let salt = format!("{}-{}", salt.0, salt.1);
    let scope =
        egui::UiBuilder::new().max_rect(cell).layout(egui::Layout::left_to_right(egui::Align::Center));
    ui.scope_builder(scope, |ui| {
        let (response, _) = crate::ui::widgets::date_button(ui, &salt, date, Some("%d %b %y"));
        response.labelled_by(label);
    });
}
