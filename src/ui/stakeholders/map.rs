//! The influence/interest map: the classic 2×2 grid with a dot per stakeholder, dragged to
//! change their influence and interest (one undo step per drag).

use super::StakeholderState;
use crate::commands::Request;
use crate::model::{Engagement, Plan};
use crate::ui::theme::Tokens;
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Ui, pos2, vec2};
use std::collections::BTreeMap;

mod grid;
pub use grid::{contrast, paint_grid, quadrant_color, quadrant_ink};

/// Height of one stakeholder's entry (dot, name, engagement) inside a grid cell, at the
/// normal text size (it grows with larger type).
const ENTRY_HEIGHT: f32 = 34.0;

/// The entry height and the engagement line's font size for the text size in use.
fn entry_metrics(ui: &Ui, tokens: &Tokens) -> (f32, f32) {
    let small = egui::TextStyle::Small.resolve(ui.style()).size;
    let sub = (tokens.body_size - 4.0).max(small);
    (ENTRY_HEIGHT.max(tokens.body_size + sub + 6.0), sub)
}

/// How the map is drawn (a workshop slide has its own, see `present`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapStyle {
    /// Dims every stakeholder but the selected one.
    pub spotlight: bool,
}

/// Draws the map (or, with no stakeholders, where to start).
pub fn show(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut StakeholderState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
    style: MapStyle,
) {
    if plan.stakeholders.is_empty() {
        super::empty_state(
            ui,
            tokens,
            "No stakeholders yet. Add who the plan serves, then drag them onto the map.",
            |ui| super::add_stakeholder_buttons(ui, plan, state, requests, false),
        );
        return;
    }
    legend(ui, tokens);
    show_grid(ui, plan, state, requests, tokens, style);
}

/// What the dots' colours mean.
fn legend(ui: &mut Ui, tokens: &Tokens) {
    ui.horizontal_wrapped(|ui| {
        ui.label(
            egui::RichText::new(
                "Drag a stakeholder to change their influence and interest. Dot colour: engagement now —",
            )
            .color(tokens.muted),
        );
        for level in Engagement::ALL {
            let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
            ui.painter().circle_filled(rect.center(), 5.0, engagement_color(level, tokens));
            ui.label(egui::RichText::new(level.label()).color(tokens.muted));
        }
    });
}

/// Where the grid point of `level` (1 to 5) is along an axis of `length` from `start`.
pub fn level_at(start: f32, length: f32, level: u8) -> f32 {
    start + length * (f32::from(level.clamp(1, 5)) - 0.5) / 5.0
}

/// The grid point of an influence and interest on the plot.
pub fn grid_point(plot: Rect, influence: u8, interest: u8) -> Pos2 {
    pos2(
        level_at(plot.left(), plot.width(), interest),
        plot.bottom() - level_at(0.0, plot.height(), influence),
    )
}

fn show_grid(
    ui: &mut Ui,
    plan: &mut Plan,
    state: &mut StakeholderState,
    requests: &mut Vec<Request>,
    tokens: &Tokens,
    style: MapStyle,
) {
    let available = ui.available_rect_before_wrap();
    let unplaced: Vec<usize> =
        (0..plan.stakeholders.len()).filter(|&i| plan.stakeholders[i].unplaced).collect();
    let tray_width = if unplaced.is_empty() { 0.0 } else { (available.width() * 0.2).clamp(190.0, 300.0) };
    let map_area = Rect::from_min_max(available.min, pos2(available.max.x - tray_width, available.max.y));
    // Room below the grid for the level numbers and the axis name under them.
    let margin = vec2(56.0, (tokens.body_size * 2.0 + 12.0).max(34.0));
    let plot = Rect::from_min_max(
        map_area.min + vec2(margin.x, (tokens.body_size + 10.0).max(26.0)),
        map_area.max - vec2(12.0, margin.y),
    );
    ui.allocate_rect(available, Sense::hover());
    if plot.width() < 200.0 || plot.height() < 150.0 {
        return;
    }
    paint_grid(ui, plot, tokens, &[]);
    ui.interact(plot, ui.scope_id().with("map-plot"), Sense::hover())
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, "Influence and interest map"));

    // Group stakeholders by their grid point, so those sharing one are listed, never piled.
    let mut cells: BTreeMap<(u8, u8), Vec<usize>> = BTreeMap::new();
    for (i, s) in plan.stakeholders.iter().enumerate() {
        if !s.unplaced {
            cells.entry((s.influence.clamp(1, 5), s.interest.clamp(1, 5))).or_default().push(i);
        }
    }
    let cell_size = vec2(plot.width() / 5.0, plot.height() / 5.0);
    let (entry_height, sub_size) = entry_metrics(ui, tokens);
    let dot_dy = (tokens.body_size * 0.6 + 1.0).max(10.0);
    let mut dropped: Option<(usize, u8, u8)> = None;
    for ((influence, interest), members) in &cells {
        let point = grid_point(plot, *influence, *interest);
        let cell = Rect::from_center_size(point, cell_size).shrink(4.0);
        let fits = ((cell.height() / entry_height).floor() as usize).max(1);
        let listed = members.len().min(fits);
        // The entries stand in a column centred on the grid point, the first dot on it when alone.
        let top = (point.y - dot_dy - (listed as f32 - 1.0) * entry_height / 2.0)
            .clamp(cell.top(), (cell.bottom() - listed as f32 * entry_height).max(cell.top()));
        for (slot, &index) in members.iter().enumerate() {
            let y = top + slot as f32 * entry_height;
            if slot + 1 == fits && members.len() > fits {
                ui.painter().text(
                    pos2(point.x - 6.0, y + 4.0),
                    Align2::LEFT_TOP,
                    format!("+{} more", members.len() - slot),
                    FontId::proportional((tokens.body_size - 2.0).max(sub_size)),
                    tokens.muted,
                );
                break;
            }
            let entry = Rect::from_min_max(pos2(point.x - 10.0, y), pos2(cell.right(), y + entry_height));
            let dot = pos2(point.x, y + dot_dy);
            if let Some(target) = entry_ui(ui, plan, index, (entry, dot, plot), state, tokens, style) {
                dropped = Some((index, target.0, target.1));
            }
        }
    }
    if !unplaced.is_empty() {
        let tray = Rect::from_min_max(
            pos2(map_area.right() + 4.0, plot.top()),
            pos2(available.right(), plot.bottom()),
        );
        if let Some(target) = tray_ui(ui, plan, &unplaced, (tray, plot), state, tokens, style) {
            dropped = Some(target);
        }
    }
    if let Some((index, influence, interest)) = dropped {
        crate::ui::widgets::edit_entity(&mut plan.stakeholders[index], requests, |s| {
            s.influence = influence;
            s.interest = interest;
            s.unplaced = false;
        });
    }
}

/// The tray of stakeholders not placed yet, beside the map; returns one dropped on the map.
fn tray_ui(
    ui: &mut Ui,
    plan: &Plan,
    unplaced: &[usize],
    (tray, plot): (Rect, Rect),
    state: &mut StakeholderState,
    tokens: &Tokens,
    style: MapStyle,
) -> Option<(usize, u8, u8)> {
    ui.painter().rect(
        tray,
        tokens.card_rounding,
        tokens.card,
        Stroke::new(1.0, tokens.outline),
        egui::StrokeKind::Inside,
    );
    let inner = tray.shrink(8.0);
    let mut title =
        ui.new_child(egui::UiBuilder::new().max_rect(inner).layout(egui::Layout::top_down(egui::Align::Min)));
    title.label(egui::RichText::new("Not placed yet: drag onto the map").strong().color(tokens.text));
    let (entry_height, sub_size) = entry_metrics(ui, tokens);
    let dot_dy = (tokens.body_size * 0.6 + 1.0).max(10.0);
    let top = title.min_rect().bottom() + 6.0;
    let fits = (((inner.bottom() - top) / entry_height).floor() as usize).max(1);
    let mut dropped = None;
    for (slot, &index) in unplaced.iter().enumerate() {
        let y = top + slot as f32 * entry_height;
        if slot + 1 == fits && unplaced.len() > fits {
            ui.painter().text(
                pos2(inner.left() + 4.0, y + 4.0),
                Align2::LEFT_TOP,
                format!("+{} more", unplaced.len() - slot),
                FontId::proportional((tokens.body_size - 2.0).max(sub_size)),
                tokens.muted,
            );
            break;
        }
        let entry = Rect::from_min_size(pos2(inner.left(), y), vec2(inner.width(), entry_height));
        let dot = pos2(entry.left() + 10.0, y + dot_dy);
        // Only a drop on the map places them; elsewhere they stay in the tray.
        if let Some(target) = entry_ui(ui, plan, index, (entry, dot, plot), state, tokens, style)
            && let Some(p) = ui.ctx().pointer_latest_pos()
            && plot.expand(8.0).contains(p)
        {
            dropped = Some((index, target.0, target.1));
        }
    }
    dropped
}

/// One stakeholder's dot and label; returns the grid point it was dropped on, if it was.
fn entry_ui(
    ui: &mut Ui,
    plan: &Plan,
    index: usize,
    (entry, dot_center, plot): (Rect, Pos2, Rect),
    state: &mut StakeholderState,
    tokens: &Tokens,
    style: MapStyle,
) -> Option<(u8, u8)> {
    let s = &plan.stakeholders[index];
    let response = ui.interact(entry, ui.scope_id().with(("map-dot", &s.id)), Sense::click_and_drag());
    let name = s.name.clone();
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Stakeholder: {name}")));
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Grab);
    }
    if response.clicked() || response.drag_started() {
        state.selected = Some(s.id.clone());
    }
    let dragging = response.dragged() || response.drag_stopped();
    let pointer = response.interact_pointer_pos();
    let center = match (dragging, pointer) {
        (true, Some(p)) => p,
        _ => dot_center,
    };
    if dragging
        && let Some(p) = pointer
        && plot.contains(p)
    {
        // Where it will land: the nearest grid point.
        let (influence, interest) = cell_at(plot, p);
        ui.painter().circle_stroke(
            grid_point(plot, influence, interest),
            11.0,
            Stroke::new(2.0, tokens.accent),
        );
    }
    let selected = state.selected.as_ref() == Some(&s.id);
    let dimmed = style.spotlight && state.selected.is_some() && !selected;
    paint_entry(ui, s, center, entry, (selected, dragging, dimmed), tokens);
    let placed = if s.unplaced {
        "Not placed on the map yet".to_owned()
    } else {
        format!("Influence {} · interest {}", s.influence, s.interest)
    };
    let tooltip = format!(
        "{} ({}, {})\n{placed}\nEngagement now: {} · wanted: {}",
        s.name,
        s.side.label(),
        if s.segment.is_empty() { "no segment" } else { &s.segment },
        s.engagement_now.label(),
        s.engagement_target.label()
    );
    let response = response.on_hover_text(tooltip);
    if response.drag_stopped()
        && let Some(p) = pointer
    {
        return Some(cell_at(plot, p));
    }
    None
}

/// The (influence, interest) of the grid point nearest `p`, clamped to the grid.
pub fn cell_at(plot: Rect, p: Pos2) -> (u8, u8) {
    let interest = ((p.x - plot.left()) / plot.width() * 5.0).floor().clamp(0.0, 4.0) as u8 + 1;
    let influence = ((plot.bottom() - p.y) / plot.height() * 5.0).floor().clamp(0.0, 4.0) as u8 + 1;
    (influence, interest)
}

fn paint_entry(
    ui: &Ui,
    s: &crate::model::Stakeholder,
    center: Pos2,
    entry: Rect,
    (selected, dragging, dimmed): (bool, bool, bool),
    tokens: &Tokens,
) {
    let painter = if dragging { ui.painter().clone() } else { ui.painter().with_clip_rect(entry) };
    let mut painter = painter;
    if dimmed {
        painter.multiply_opacity(0.2);
    }
    let (_, sub_size) = entry_metrics(ui, tokens);
    let color = engagement_color(s.engagement_now, tokens);
    painter.circle(center, 7.0, color, Stroke::new(if selected { 2.5 } else { 1.0 }, tokens.text));
    let font = FontId::proportional(tokens.body_size - 1.0);
    let name = painter.layout_job(egui::text::LayoutJob {
        wrap: egui::text::TextWrapping::truncate_at_width((entry.width() - 24.0).max(40.0)),
        ..egui::text::LayoutJob::simple_singleline(s.name.clone(), font, tokens.text)
    });
    painter.galley(pos2(center.x + 12.0, center.y - name.size().y / 2.0), name, tokens.text);
    if s.engagement_target != s.engagement_now {
        let text = format!("{} → {}", s.engagement_now.label(), s.engagement_target.label());
        let color = if s.engagement_target > s.engagement_now { tokens.warning } else { tokens.muted };
        painter.text(
            pos2(center.x + 12.0, center.y + tokens.body_size * 0.45),
            Align2::LEFT_TOP,
            text,
            FontId::proportional(sub_size),
            color,
        );
    }
}

/// A colour per engagement level, from resistant (danger) to leading (success).
pub fn engagement_color(level: Engagement, tokens: &Tokens) -> Color32 {
    match level {
        Engagement::Unaware => tokens.not_started,
        Engagement::Resistant => tokens.danger,
        Engagement::Neutral => tokens.at_risk,
        Engagement::Supportive => tokens.on_track,
        Engagement::Leading => tokens.done,
    }
}
