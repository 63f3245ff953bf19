//! The Plan view: a Gantt chart of the three-year rolling plan with its task table.

mod chart;
mod editor;
pub mod filter;
mod geometry;
mod interact;
pub mod lanes;
pub mod roll;
mod rows;
pub mod state;
mod table;
mod table_edit;

pub use chart::lane_color;
pub use state::GanttState;

use super::ViewCtx;
use super::theme::Tokens;
use crate::commands::{Command, Request};
use crate::model::long_date;
use crate::model::{Date, Edit, Id, Plan, ScaleKind, Task, shift_date};
use chart::Chart;
use chrono::Datelike;
use egui::{Key, Modifiers, RichText, Sense, Ui};
use geometry::Geometry;
use rows::{Row, build_rows};
use std::collections::HashMap;

impl GanttState {
    /// Draws the Plan view.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut ViewCtx) {
        let tokens = Tokens::of(ui);
        let state = self;
        let empty = ctx.plan.workstreams.is_empty() && ctx.plan.tasks.is_empty();
        if !ctx.presenting && !empty {
            toolbar(ui, ctx.plan, state, &tokens, ctx.requests);
            filter::bar(ui, ctx.plan, state);
        }
        roll::slippage_summary(ui, ctx.plan, state, &tokens);
        ui.add_space(4.0);
        if empty {
            lanes::empty_plan(ui, &tokens, ctx.requests);
        } else {
            body(ui, ctx.plan, state, ctx.today, ctx.requests, &tokens);
        }
        roll::dialog(ui.ctx(), ctx.plan, state, ctx.today, ctx.requests);
        lanes::delete_dialog(ui.ctx(), ctx.plan, state, ctx.requests);
        editor::show(ui.ctx(), ctx.plan, state, ctx.requests);
    }
}

/// The scale, zoom and baseline controls over the chart. Its command buttons ask the app, which
/// runs them through [`run_command`] as the menu and the keys do.
fn toolbar(ui: &mut Ui, plan: &Plan, state: &mut GanttState, tokens: &Tokens, requests: &mut Vec<Request>) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Scale");
        egui::ComboBox::from_id_salt("gantt-scale")
            .selected_text(state.scale.label())
            .show_ui(ui, |ui| {
                for kind in ScaleKind::ALL {
                    ui.selectable_value(&mut state.scale, kind, kind.label());
                }
            })
            .response
            .labelled_by(label.id);
        Command::ZoomOut.add_button(ui, true, egui::Button::new("−"), requests);
        Command::ZoomIn.add_button(ui, true, egui::Button::new("+"), requests);
        Command::FitHorizon.add_button(ui, true, egui::Button::new("Fit"), requests);
        ui.separator();
        ui.toggle_value(&mut state.late_or_at_risk_only, "Late or at risk only")
            .on_hover_text("Show only tasks that are late or at risk");
        ui.separator();
        let label = ui.label("Compare with");
        let current = state
            .baseline
            .as_ref()
            .and_then(|id| plan.review(id))
            .map_or("No baseline".to_owned(), crate::model::Review::name);
        egui::ComboBox::from_id_salt("gantt-baseline")
            .selected_text(current)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.baseline, None, "No baseline");
                for review in plan.reviews.iter().rev() {
                    let text = review.name();
                    ui.selectable_value(&mut state.baseline, Some(review.id.clone()), text);
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text("Draw an earlier baseline as thin bars under the tasks, to see what slipped");
        ui.separator();
        Command::RollForward.button(ui, requests);
        ui.add(egui::Button::new(RichText::new("?").color(tokens.muted)).small()).on_hover_text(
            "Drag a bar to move it, or its ends to change its dates (Shift: single days). Drag from the dot \
             at a bar's end to another bar to make that task follow it. Drag the background to pan; Ctrl+scroll \
             to zoom. Up/Down select tasks; Ctrl+Left/Right move the selected task by one column. \
             The Plan menu lists the other keys.",
        );
    });
}

/// Ends a bar drag whose bar scrolled out of view (only visible bars see their drag stop):
/// once the button is up, the move the bar showed is made, as for any other drag.
fn end_unseen_drag(ui: &Ui, state: &mut GanttState, requests: &mut Vec<Request>) {
    if state.drag.is_none() || ui.input(|i| i.pointer.any_down()) {
        return;
    }
    if let Some(drag) = state.drag.take()
        && drag.preview != drag.original
    {
        let (start, end) = drag.preview;
        requests.push(Request::Edit(Edit::MoveTask { id: drag.task, start, end }));
    }
}

/// The share of the view's width the task table takes by default and after Fit.
const TABLE_SHARE: f32 = 0.4;

fn body(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut GanttState,
    today: crate::model::Date,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
) {
    let rect = ui.available_rect_before_wrap();
    ui.allocate_rect(rect, Sense::hover());
    let rows = build_rows(plan, state);
    if state.fit_requested {
        // Fit gives the chart at least 60 % of the width, whatever the splitter was at.
        state.table_width = state.table_width.min(rect.width() * TABLE_SHARE);
    }
    // The table takes at most 40 % unless the user drags the splitter wider (up to 60 %).
    let cap = if state.table_width_chosen { 1.0 - TABLE_SHARE } else { TABLE_SHARE };
    let table_width = state.table_width.min(rect.width() * cap);
    let probe = Geometry::new(rect, table_width, tokens.row_height, 0.0, 0.0);
    state.last_chart_width = f64::from(probe.chart.width());
    // Zoom first, so the scale built below already has this frame's column width.
    handle_scroll_and_zoom(ui, state, rect, &probe);
    let mut scale = state.time_scale(plan, today);
    if state.fit_requested {
        state.fit(scale.columns().len(), f64::from(probe.chart.width()) - 8.0);
        state.fit_requested = false;
        scale = state.time_scale(plan, today);
    }
    if state.needs_initial_scroll {
        let focus = today.min(plan.meta.review_date);
        state.scroll_x = scale.content_x_of(focus) - f64::from(probe.chart.width()) * 0.15;
        state.needs_initial_scroll = false;
    }
    if state.reveal_selected {
        reveal_selected(plan, state, &rows, &scale, &probe, tokens.row_height);
    }
    clamp_scroll(state, rows.len(), tokens.row_height, &probe, scale.width());
    let geo = Geometry::new(rect, table_width, tokens.row_height, state.scroll_x, state.scroll_y);

    let background = ui.interact(geo.chart, ui.scope_id().with("chart-background"), Sense::click_and_drag());
    if background.dragged() && state.drag.is_none() {
        let delta = background.drag_delta();
        state.scroll_x -= f64::from(delta.x);
        state.scroll_y -= delta.y;
    }
    if background.clicked() {
        state.selected = None;
        state.selected_lane = None;
    }

    let chart = Chart { plan, rows: &rows, scale: &scale, geo: &geo, tokens, today };
    chart.paint_background(ui);
    if let Some(review) = state.baseline.clone() {
        chart.paint_baseline(ui, &review);
    }
    let row_of_task: HashMap<&Id, usize> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| match r {
            Row::Task(t) => Some((&plan.tasks[*t].id, i)),
            Row::Lane { .. } | Row::NewTask(_) | Row::AddWorkstream => None,
        })
        .collect();
    chart.paint_dependencies(ui, &row_of_task, state.drag.as_ref());
    let mut bars: Vec<(Id, egui::Rect)> = Vec::new();
    for index in geo.visible_rows(rows.len()) {
        let Row::Task(t) = rows[index] else { continue };
        let task = &plan.tasks[t];
        let dates = match &state.drag {
            Some(drag) if drag.task == task.id => drag.preview,
            _ => (task.start, task.end),
        };
        let bar = chart.bar_rect(index, dates);
        let dimmed = state.filter.is_active() && !state.filter.matches(task);
        let look = chart::BarLook { selected: state.selected.as_ref() == Some(&task.id), dimmed };
        chart.paint_task(ui, task, bar, look);
        chart.interact_bar(ui, state, task, bar, requests);
        bars.push((task.id.clone(), bar));
    }
    chart.interact_links(ui, state, &bars, requests);
    end_unseen_drag(ui, state, requests);
    for index in geo.visible_rows(rows.len()) {
        if let Row::NewTask(w) = rows[index] {
            chart.interact_new_task_row(ui, state, index, w, requests);
        }
    }
    chart.paint_date_lines(ui);
    let rule = match state.scale {
        ScaleKind::Rolling => crate::model::rolling_rule(plan.meta.review_date, today),
        kind => format!("One column per {}.", kind.label().to_lowercase().trim_end_matches('s')),
    };
    chart.paint_header(ui, &rule);
    let new_task_start = scale.snap(scale.content_x_of(today));
    let mut table_rows = table::RowCtx { geo: &geo, tokens, state, requests };
    table::show(ui, plan, &rows, &mut table_rows, new_task_start);
    lanes::drag_to_reorder(ui, plan, &rows, &mut table_rows);
    splitter(ui, state, &geo, tokens);
    if !lanes::keyboard(ui, plan, state, requests) {
        keyboard(ui, plan, state, &rows, &scale, requests);
    }
}

/// Scrolls so the selected task's row, and the start of its bar, are on screen.
fn reveal_selected(
    plan: &Plan,
    state: &mut GanttState,
    rows: &[Row],
    scale: &crate::model::TimeScale,
    geo: &Geometry,
    row_height: f32,
) {
    state.reveal_selected = false;
    let Some(id) = state.selected.clone() else { return };
    let Some(index) = rows.iter().position(|r| matches!(r, Row::Task(t) if plan.tasks[*t].id == id)) else {
        return;
    };
    let top = index as f32 * row_height;
    let height = geo.chart.height();
    if top < state.scroll_y {
        state.scroll_y = top;
    } else if top + row_height > state.scroll_y + height {
        state.scroll_y = top + row_height - height;
    }
    let Some(task) = plan.task(&id) else { return };
    let x = scale.content_x_of(task.start);
    let width = f64::from(geo.chart.width());
    if x < state.scroll_x || x > state.scroll_x + width * 0.9 {
        state.scroll_x = x - width * 0.2;
    }
}

fn handle_scroll_and_zoom(ui: &Ui, state: &mut GanttState, rect: egui::Rect, geo: &Geometry) {
    if !ui.rect_contains_pointer(rect) {
        return;
    }
    let (scroll, zoom, pointer) =
        ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta(), i.pointer.hover_pos()));
    if zoom != 1.0 {
        let anchor = pointer.map_or(geo.chart.width() * 0.5, |p| p.x - geo.chart.left());
        state.zoom(f64::from(zoom), f64::from(anchor));
    } else if scroll != egui::Vec2::ZERO {
        state.scroll_x -= f64::from(scroll.x);
        state.scroll_y -= scroll.y;
    }
}

fn clamp_scroll(state: &mut GanttState, rows: usize, row_height: f32, geo: &Geometry, content_width: f64) {
    let max_y = (rows as f32 * row_height - geo.chart.height() + row_height).max(0.0);
    state.scroll_y = state.scroll_y.clamp(0.0, max_y);
    let view = f64::from(geo.chart.width());
    let min_x = -view * 0.25;
    let max_x = (content_width - view * 0.75).max(min_x);
    state.scroll_x = state.scroll_x.clamp(min_x, max_x);
}

/// The draggable border between the table and the chart.
fn splitter(ui: &mut Ui, state: &mut GanttState, geo: &Geometry, tokens: &Tokens) {
    let x = geo.table.right();
    let rect = egui::Rect::from_min_max(
        egui::pos2(x - 3.0, geo.table_header.top()),
        egui::pos2(x + 3.0, geo.table.bottom()),
    );
    let response = ui.interact(rect, ui.scope_id().with("table-splitter"), Sense::drag());
    if response.hovered() || response.dragged() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeColumn);
        ui.painter().vline(x, rect.y_range(), egui::Stroke::new(2.0, tokens.accent));
    }
    if response.dragged() {
        state.table_width = (geo.table.width() + response.drag_delta().x).max(200.0);
        state.table_width_chosen = true;
    }
}

/// Arrow keys move the selection; Ctrl+Left/Right move the selected task by one column;
/// Delete removes it; + and - zoom; F fits the horizon. Only while no text field has focus.
fn keyboard(
    ui: &Ui,
    plan: &Plan,
    state: &mut GanttState,
    rows: &[Row],
    scale: &crate::model::TimeScale,
    requests: &mut Vec<Request>,
) {
    if ui.memory(|m| m.focused().is_some()) || state.roll_forward.is_some() {
        return;
    }
    let pressed = |key, modifiers| ui.input_mut(|i| i.consume_key(modifiers, key));
    // `=` is `+` without Shift on many keyboards.
    if pressed(Key::Equals, Modifiers::NONE) {
        state.zoom_in();
    }
    let task_rows: Vec<usize> =
        rows.iter().filter_map(|r| if let Row::Task(t) = r { Some(*t) } else { None }).collect();
    let position =
        state.selected.as_ref().and_then(|id| task_rows.iter().position(|&t| &plan.tasks[t].id == id));
    let step = if pressed(Key::ArrowDown, Modifiers::NONE) {
        Some(1)
    } else if pressed(Key::ArrowUp, Modifiers::NONE) {
        Some(-1)
    } else {
        None
    };
    if let Some(step) = step
        && !task_rows.is_empty()
    {
        let next = match position {
            Some(p) => (p as i64 + step).clamp(0, task_rows.len() as i64 - 1) as usize,
            None => 0,
        };
        state.selected = Some(plan.tasks[task_rows[next]].id.clone());
        state.reveal_selected = true;
    }
    let Some(task) = position.map(|p| &plan.tasks[task_rows[p]]) else { return };
    for (key, direction) in [(Key::ArrowLeft, -1i64), (Key::ArrowRight, 1)] {
        if pressed(key, Modifiers::COMMAND) {
            let (start, end) = column_step(scale, task, direction);
            requests.push(Request::Edit(Edit::MoveTask { id: task.id.clone(), start, end }));
        }
    }
}

/// Runs a Plan-view command from the menu or keyboard; returns an edit to apply, if any.
pub fn run_command(
    command: Command,
    plan: &Plan,
    state: &mut GanttState,
    today: crate::model::Date,
) -> Option<Request> {
    let selected = state.selected.as_ref().and_then(|id| plan.task(id));
    let lane = state.selected_lane.clone().filter(|id| plan.workstream(id).is_some());
    match command {
        Command::AddWorkstream => return Some(Request::Edit(Edit::AddWorkstream)),
        Command::EditTask if selected.is_none() && lane.is_some() => {
            state.renaming = lane.map(|id| (id, true));
        }
        Command::DeleteTask if selected.is_none() => return lanes::ask_to_delete(plan, &lane?, state),
        Command::ZoomIn => state.zoom_in(),
        Command::ZoomOut => state.zoom_out(),
        Command::FitHorizon => state.fit_requested = true,
        Command::RollForward => roll::open(state),
        Command::EditTask => state.editing = selected.map(|t| t.id.clone()),
        Command::DeleteTask => {
            let id = selected?.id.clone();
            state.selected = None;
            return Some(Request::Edit(Edit::DeleteTask { id }));
        }
        Command::AddTask => {
            // With no workstream yet, the first one comes first (its name ready to type).
            let Some(first) = plan.workstreams.first() else {
                return Some(Request::Edit(Edit::AddWorkstream));
            };
            let workstream =
                selected.map(|t| t.workstream.clone()).or(lane).unwrap_or_else(|| first.id.clone());
            let scale = state.time_scale(plan, today);
            return Some(new_task_request(&workstream, scale.snap(scale.content_x_of(today))));
        }
        _ => {}
    }
    None
}

/// A request for a new one-month task in `workstream` from `start`.
pub fn new_task_request(workstream: &Id, start: crate::model::Date) -> Request {
    let end = start.checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(start);
    Request::Edit(Edit::AddTask {
        workstream: workstream.clone(),
        name: "New task".to_owned(),
        start,
        end,
        milestone: false,
    })
}

/// The task's dates moved by one column `direction`: by whole calendar months when the columns
/// are months or half-years (a task from the 1st to the month's end stays so), else by days.
fn column_step(scale: &crate::model::TimeScale, task: &Task, direction: i64) -> (Date, Date) {
    let columns = scale.columns();
    let index = scale.column_index(task.start);
    let target = (index as i64 + direction).clamp(0, columns.len() as i64 - 1) as usize;
    let (from, to) = (columns[index].start, columns[target].start);
    let month_number = |d: Date| i64::from(d.year()) * 12 + i64::from(d.month0());
    if from.day() == 1 && to.day() == 1 {
        let months = month_number(to) - month_number(from);
        let start = crate::model::add_months(task.start, months);
        return (start, crate::model::end_by_months(task.end, months).max(start));
    }
    let days = (to - from).num_days();
    (shift_date(task.start, days), shift_date(task.end, days))
}

/// The hover card of a task.
fn tooltip(ui: &mut Ui, plan: &Plan, task: &Task) {
    ui.set_max_width(360.0);
    let kind = if task.milestone { "Milestone" } else { "Task" };
    ui.label(RichText::new(&task.name).strong());
    if task.milestone {
        ui.label(format!("{kind} on {}", long_date(task.start)));
    } else {
        ui.label(format!(
            "{} to {} ({} days)",
            long_date(task.start),
            long_date(task.end),
            task.duration_days()
        ));
    }
    ui.label(format!("{} · {}% done", task.status.label(), task.progress));
    let name = |id: &Option<Id>, f: &dyn Fn(&Id) -> Option<String>| {
        id.as_ref().and_then(f).unwrap_or_else(|| "—".to_owned())
    };
    ui.label(format!("Owner: {}", name(&task.owner, &|id| plan.person(id).map(|p| p.name.clone()))));
    ui.label(format!(
        "Department: {}",
        name(&task.department, &|id| plan.department(id).map(|d| d.name.clone()))
    ));
    if !task.depends_on.is_empty() {
        let names: Vec<String> =
            task.depends_on.iter().map(|d| plan.task(d).map_or(d.to_string(), |t| t.name.clone())).collect();
        ui.label(format!("After: {}", names.join(", ")));
    }
    if !task.notes.trim().is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new(task.notes.as_str()).italics());
    }
}
