//! Workstreams in the task table: each lane's header collapses, selects, renames in place,
//! recolours, takes a phase, moves (drag the header, Alt+Up/Down) and deletes (asking what
//! happens to its tasks). Every change is one undo step.

use super::chart::lane_color;
use super::geometry::Geometry;
use super::rows::Row;
use super::state::GanttState;
use super::table::{RowCtx, put_left};
use crate::commands::{Command, Request};
use crate::model::{Edit, Id, Phase, Plan, WORKSTREAM_PALETTE, edit_shared, plural};
use crate::ui::theme::Tokens;
use crate::ui::widgets::{edit_entity, focus_new_name, report_edit};
use egui::{Align2, Color32, FontId, Key, Modifiers, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};

/// A workstream being deleted: where its tasks go (`None`: deleted with it).
#[derive(Clone, Debug, PartialEq)]
pub struct DeleteLane {
    pub id: Id,
    pub move_to: Option<Id>,
}

/// The header row of a lane in the table, in `rect`: `workstream` (by index; `None`: the
/// tasks without one) with its count of `tasks`.
pub fn lane_row(
    ui: &mut Ui,
    plan: &mut Plan,
    workstream: Option<usize>,
    tasks: usize,
    rect: Rect,
    cx: &mut RowCtx,
) {
    let (geo, tokens) = (cx.geo, cx.tokens);
    let (state, requests) = (&mut *cx.state, &mut *cx.requests);
    let color = lane_color(plan, workstream, tokens);
    let painter = ui.painter().with_clip_rect(geo.table);
    let Some(w) = workstream else {
        painter.rect_filled(rect, 0.0, color.gamma_multiply(0.18));
        painter.rect_filled(Rect::from_min_size(rect.min, vec2(5.0, rect.height())), 0.0, color);
        painter.text(
            rect.left_center() + vec2(12.0, 0.0),
            Align2::LEFT_CENTER,
            format!("No workstream ({tasks})"),
            FontId::proportional(tokens.body_size),
            tokens.text,
        );
        return;
    };
    let id = plan.workstreams[w].id.clone();
    let name = plan.workstreams[w].name.clone();
    let selected = state.selected_lane.as_ref() == Some(&id);
    painter.rect_filled(rect, 0.0, color.gamma_multiply(if selected { 0.32 } else { 0.18 }));
    painter.rect_filled(Rect::from_min_size(rect.min, vec2(5.0, rect.height())), 0.0, color);
    if selected {
        painter.rect_stroke(rect.shrink(1.0), 0.0, Stroke::new(1.5, tokens.accent), egui::StrokeKind::Inside);
    }
    let visible = rect.intersect(geo.table);
    if visible.height() < geo.row_height * 0.5 {
        return;
    }

    // The whole header selects, renames (double-click), drags and offers its menu
    // (right-click); the buttons drawn over it take their own clicks.
    let header = ui.interact(visible, ui.scope_id().with(("lane", &id)), Sense::click_and_drag());
    let label = format!("{name} ({})", plural(tasks, "task", "tasks"));
    header.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
    if header.clicked() {
        state.selected_lane = Some(id.clone());
        state.selected = None;
    }
    if header.double_clicked() {
        state.renaming = Some((id.clone(), true));
    }
    if header.drag_started() {
        state.lane_drag = Some((id.clone(), None));
    }
    header.context_menu(|ui| options(ui, plan, w, state, requests));

    let collapsed = state.collapsed.contains(&id);
    let toggle = Rect::from_center_size(pos2(rect.left() + 17.0, rect.center().y), vec2(20.0, rect.height()));
    let arrow = if collapsed { "⏵" } else { "⏷" };
    let what = if collapsed { "Show" } else { "Hide" };
    let toggle_label = format!("{what} the tasks of {name}");
    let response = put_left(ui, toggle.intersect(geo.table), egui::Button::new(arrow).frame(false))
        .on_hover_text(format!("{what} this workstream's tasks"));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, toggle_label.clone()));
    if response.clicked() {
        toggle_collapsed(state, &id);
    }

    let menu_rect = Rect::from_min_size(pos2(rect.right() - 30.0, rect.top()), vec2(26.0, rect.height()));
    let name_rect =
        Rect::from_min_max(rect.min + vec2(28.0, 0.0), pos2(menu_rect.left() - 4.0, rect.bottom()));
    if state.renaming.as_ref().is_some_and(|(r, _)| r == &id) {
        rename_field(ui, plan, w, name_rect.intersect(geo.table), state, requests);
    } else {
        let text = RichText::new(format!("{name} ({tasks})")).strong().color(tokens.text);
        put_left(ui, name_rect.intersect(geo.table), egui::Label::new(text).truncate().selectable(false));
    }
    let menu_label = format!("Workstream options: {name}");
    let builder = egui::UiBuilder::new()
        .max_rect(menu_rect.intersect(geo.table))
        .layout(egui::Layout::left_to_right(egui::Align::Center));
    ui.scope_builder(builder, |ui| {
        let menu = ui.menu_button("⋯", |ui| options(ui, plan, w, state, requests));
        menu.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, menu_label.clone()));
        menu.response
            .on_hover_text("Rename, colour, phase, move or delete this workstream (or right-click it)");
    });
}

fn toggle_collapsed(state: &mut GanttState, id: &Id) {
    if !state.collapsed.remove(id) {
        state.collapsed.insert(id.clone());
    }
}

/// The name, edited in place; Enter or leaving the field ends it.
fn rename_field(
    ui: &mut Ui,
    plan: &mut Plan,
    w: usize,
    rect: Rect,
    state: &mut GanttState,
    requests: &mut Vec<Request>,
) {
    let mut name = plan.workstreams[w].name.clone();
    let builder =
        egui::UiBuilder::new().max_rect(rect).layout(egui::Layout::left_to_right(egui::Align::Center));
    let response = ui
        .scope_builder(builder, |ui| {
            let label = ui.label("Name");
            ui.add(egui::TextEdit::singleline(&mut name).desired_width(f32::INFINITY)).labelled_by(label.id)
        })
        .inner;
    if let Some((_, focus)) = &mut state.renaming
        && *focus
    {
        focus_new_name(ui, &response, &name);
        *focus = false;
    }
    edit_shared(&mut plan.workstreams[w], |lane| lane.name = name);
    report_edit(&response, requests);
    if response.lost_focus() {
        state.renaming = None;
    }
}

/// The lane's menu: rename, colour, phase, move, collapse, delete.
fn options(ui: &mut Ui, plan: &mut Plan, w: usize, state: &mut GanttState, requests: &mut Vec<Request>) {
    let id = plan.workstreams[w].id.clone();
    if ui.button("Rename").clicked() {
        state.renaming = Some((id.clone(), true));
        ui.close();
    }
    ui.separator();
    ui.label("Colour");
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for (i, hex) in WORKSTREAM_PALETTE.iter().enumerate() {
            let current = plan.workstreams[w].color.eq_ignore_ascii_case(hex);
            let fill = crate::model::parse_hex_color(hex)
                .map_or(Color32::GRAY, |rgb| Color32::from(crate::palette::Rgb::from(rgb)));
            let swatch = egui::Button::new(if current {
                RichText::new("✔").color(Color32::WHITE)
            } else {
                RichText::new(" ")
            })
            .fill(fill)
            .min_size(vec2(24.0, 24.0));
            let response = ui.add(swatch);
            let label = format!("Colour {}", i + 1);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
            if response.clicked() {
                edit_entity(&mut plan.workstreams[w], requests, |lane| lane.color = (*hex).to_owned());
            }
        }
    });
    ui.separator();
    ui.label("Phase it serves");
    let phase = plan.workstreams[w].phase;
    for choice in std::iter::once(None).chain(Phase::ALL.map(Some)) {
        let text = choice.map_or("No phase", Phase::label);
        if ui.radio(phase == choice, text).clicked() {
            edit_entity(&mut plan.workstreams[w], requests, |lane| lane.phase = choice);
        }
    }
    ui.separator();
    let last = plan.workstreams.len() - 1;
    if ui.add_enabled(w > 0, egui::Button::new("Move up").shortcut_text("Alt+Up")).clicked() {
        requests.push(Request::Edit(Edit::MoveWorkstream { id: id.clone(), step: -1 }));
    }
    if ui.add_enabled(w < last, egui::Button::new("Move down").shortcut_text("Alt+Down")).clicked() {
        requests.push(Request::Edit(Edit::MoveWorkstream { id: id.clone(), step: 1 }));
    }
    let collapsed = state.collapsed.contains(&id);
    if ui.button(if collapsed { "Show its tasks" } else { "Hide its tasks" }).clicked() {
        toggle_collapsed(state, &id);
        ui.close();
    }
    ui.separator();
    if ui.button("Delete workstream…").clicked() {
        requests.extend(ask_to_delete(plan, &id, state));
        ui.close();
    }
}

/// Deletes an empty workstream at once (the request returned); for one with tasks, asks
/// where they go.
pub fn ask_to_delete(plan: &Plan, id: &Id, state: &mut GanttState) -> Option<Request> {
    state.selected_lane = None;
    if plan.tasks.iter().any(|t| &t.workstream == id) {
        let move_to = plan.workstreams.iter().find(|w| &w.id != id).map(|w| w.id.clone());
        state.deleting_lane = Some(DeleteLane { id: id.clone(), move_to });
        None
    } else {
        Some(Request::Edit(Edit::DeleteWorkstream { id: id.clone(), move_tasks_to: None }))
    }
}

/// The dialog that asks whether a deleted workstream's tasks move elsewhere or go with it.
pub fn delete_dialog(ctx: &egui::Context, plan: &Plan, state: &mut GanttState, requests: &mut Vec<Request>) {
    let Some(pending) = &mut state.deleting_lane else { return };
    let Some(lane) = plan.workstream(&pending.id) else {
        state.deleting_lane = None;
        return;
    };
    let count = plan.tasks.iter().filter(|t| t.workstream == pending.id).count();
    let mut close = false;
    egui::Window::new("Delete workstream")
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::CENTER_CENTER, vec2(0.0, 0.0))
        .show(ctx, |ui| {
            ui.label(format!(
                "“{}” holds {}. What should happen to them?",
                lane.name,
                plural(count, "task", "tasks")
            ));
            ui.add_space(6.0);
            let others: Vec<_> = plan.workstreams.iter().filter(|w| w.id != pending.id).collect();
            if let Some(first) = others.first() {
                if ui.radio(pending.move_to.is_some(), "Move them to another workstream").clicked() {
                    pending.move_to = Some(first.id.clone());
                }
                ui.add_enabled_ui(pending.move_to.is_some(), |ui| {
                    ui.horizontal(|ui| {
                        ui.add_space(24.0);
                        let label = ui.label("Move to");
                        let current = pending
                            .move_to
                            .as_ref()
                            .and_then(|m| plan.workstream(m))
                            .map_or("", |w| w.name.as_str());
                        egui::ComboBox::from_id_salt("delete-lane-target")
                            .selected_text(current)
                            .show_ui(ui, |ui| {
                                for other in &others {
                                    ui.selectable_value(
                                        &mut pending.move_to,
                                        Some(other.id.clone()),
                                        other.name.as_str(),
                                    );
                                }
                            })
                            .response
                            .labelled_by(label.id);
                    });
                });
            }
            if ui.radio(pending.move_to.is_none(), "Delete them with the workstream").clicked() {
                pending.move_to = None;
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Delete workstream").clicked() {
                    requests.push(Request::Edit(Edit::DeleteWorkstream {
                        id: pending.id.clone(),
                        move_tasks_to: pending.move_to.clone(),
                    }));
                    close = true;
                }
                if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                    close = true;
                }
            });
        });
    if close {
        state.deleting_lane = None;
    }
}

/// The last row of the table: adds a workstream.
pub fn add_row(ui: &mut Ui, rect: Rect, geo: &Geometry, tokens: &Tokens, requests: &mut Vec<Request>) {
    let inner = Rect::from_min_max(rect.min + vec2(8.0, 0.0), rect.max).intersect(geo.table);
    if inner.height() < geo.row_height * 0.5 {
        return;
    }
    let text = RichText::new("+ Add workstream").color(tokens.accent).strong();
    if put_left(ui, inner, egui::Button::new(text).frame(false))
        .on_hover_text(Command::AddWorkstream.tooltip_with_shortcut())
        .clicked()
    {
        requests.push(Request::Edit(Edit::AddWorkstream));
    }
}

/// While a lane header is dragged: where it would go (a line across the table and chart);
/// on release, one move.
pub fn drag_to_reorder(ui: &Ui, plan: &Plan, rows: &[Row], cx: &mut RowCtx) {
    let (geo, tokens) = (cx.geo, cx.tokens);
    let (state, requests) = (&mut *cx.state, &mut *cx.requests);
    let Some((id, _)) = state.lane_drag.clone() else { return };
    let Some(from) = plan.workstreams.iter().position(|w| w.id == id) else {
        state.lane_drag = None;
        return;
    };
    let (pointer, down) = ui.input(|i| (i.pointer.interact_pos(), i.pointer.primary_down()));
    let target = pointer.and_then(|p| lane_under(rows, geo, p.y)).map(|(w, top, bottom)| {
        let line = if w > from { bottom } else { top };
        (w, line)
    });
    if let Some((_, y)) = target {
        let x = geo.table.left()..=geo.chart.right();
        ui.painter().hline(x, y, Stroke::new(3.0, tokens.accent));
        ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
    }
    state.lane_drag = Some((id.clone(), target.map(|(w, _)| w)));
    if !down {
        if let Some((to, _)) = target
            && to != from
        {
            requests.push(Request::Edit(Edit::MoveWorkstreamTo { id, index: to }));
        }
        state.lane_drag = None;
    }
}

/// The lane at screen height `y`: its workstream index and the top and bottom of its block.
fn lane_under(rows: &[Row], geo: &Geometry, y: f32) -> Option<(usize, f32, f32)> {
    let index = ((y - geo.chart.top() + geo.scroll_y) / geo.row_height).floor();
    let index = (index.max(0.0) as usize).min(rows.len().saturating_sub(1));
    let start = (0..=index).rev().find(|&i| matches!(rows[i], Row::Lane { workstream: Some(_), .. }));
    let start = match start {
        Some(start) => start,
        // Above the first lane: the first one.
        None => rows.iter().position(|r| matches!(r, Row::Lane { workstream: Some(_), .. }))?,
    };
    let Row::Lane { workstream: Some(w), .. } = rows[start] else { return None };
    let end = rows[start + 1..]
        .iter()
        .position(|r| matches!(r, Row::Lane { .. } | Row::AddWorkstream))
        .map_or(rows.len(), |p| start + 1 + p);
    Some((w, geo.row_top(start), geo.row_top(end)))
}

/// Alt+Up/Down move the selected lane and F2 renames it (Delete and Enter come as the Plan
/// menu's commands). Returns whether a lane is selected (so task keys are left alone).
pub fn keyboard(ui: &Ui, plan: &Plan, state: &mut GanttState, requests: &mut Vec<Request>) -> bool {
    let Some(id) = state.selected_lane.clone() else { return false };
    if plan.workstream(&id).is_none() {
        state.selected_lane = None;
        return false;
    }
    let pressed = |key, modifiers| ui.input_mut(|i| i.consume_key(modifiers, key));
    if pressed(Key::ArrowUp, Modifiers::ALT) {
        requests.push(Request::Edit(Edit::MoveWorkstream { id, step: -1 }));
    } else if pressed(Key::ArrowDown, Modifiers::ALT) {
        requests.push(Request::Edit(Edit::MoveWorkstream { id, step: 1 }));
    } else if pressed(Key::F2, Modifiers::NONE) {
        state.renaming = Some((id, true));
    }
    true
}

/// What the Plan view shows while the plan has no workstream: one sentence and the button.
pub fn empty_plan(ui: &mut Ui, tokens: &Tokens, requests: &mut Vec<Request>) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.25);
        ui.heading("Nothing planned yet");
        ui.add_space(6.0);
        ui.label(
            RichText::new(
                "Tasks live in workstreams, the strands of work that run through the plan \
                 (listening, content, training…): add the first one.",
            )
            .color(tokens.muted),
        );
        ui.add_space(10.0);
        let button =
            egui::Button::new(RichText::new("+ Add workstream").strong()).min_size(vec2(180.0, 32.0));
        if ui.add(button).on_hover_text(Command::AddWorkstream.tooltip_with_shortcut()).clicked() {
            requests.push(Request::Edit(Edit::AddWorkstream));
        }
    });
}
