//! The stakeholder map slide: the influence/interest grid with a numbered badge for every
//! placed stakeholder (spread out where several share a grid point) and, beside it, every
//! name in full under its quadrant, those not placed yet last. A list too long for the
//! screen continues on the next page; the map stays. Click a badge or a name to pick that
//! stakeholder (S spotlights them); drag a badge to move them.

use super::super::Presentation;
use super::super::pages::paginate_keeping;
use crate::model::{Plan, Quadrant};
use crate::palette;
use crate::ui::ViewCtx;
use crate::ui::stakeholders::map::{self, MapStyle};
use crate::ui::theme::Tokens;
use egui::{Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The quadrants in the order the list names them: who matters most first.
const ORDER: [Quadrant; 4] =
    [Quadrant::ManageClosely, Quadrant::KeepSatisfied, Quadrant::KeepInformed, Quadrant::Monitor];

/// One line of the list beside the map.
enum Line {
    /// A quadrant (`None`: not placed yet) and how many are in it.
    Heading(Option<Quadrant>, usize),
    /// A stakeholder (by index in the plan), with their badge's number if placed.
    Person(usize, Option<usize>),
}

fn quadrant_of(plan: &Plan, index: usize) -> Quadrant {
    let s = &plan.stakeholders[index];
    Quadrant::of(s.influence.clamp(1, 5), s.interest.clamp(1, 5))
}

/// The list: placed stakeholders by quadrant, most influence and interest first (so those
/// sharing a grid point are numbered in a row), then those not placed yet.
fn lines(plan: &Plan) -> Vec<Line> {
    let mut placed: Vec<usize> =
        (0..plan.stakeholders.len()).filter(|&i| !plan.stakeholders[i].unplaced).collect();
    placed.sort_by_key(|&i| {
        let s = &plan.stakeholders[i];
        let q = ORDER.iter().position(|q| *q == quadrant_of(plan, i)).unwrap_or(0);
        (q, std::cmp::Reverse(s.influence), std::cmp::Reverse(s.interest), i)
    });
    let mut out = Vec::new();
    let mut number = 0;
    for quadrant in ORDER {
        let members: Vec<usize> =
            placed.iter().copied().filter(|&i| quadrant_of(plan, i) == quadrant).collect();
        if !members.is_empty() {
            out.push(Line::Heading(Some(quadrant), members.len()));
        }
        for i in members {
            number += 1;
            out.push(Line::Person(i, Some(number)));
        }
    }
    let unplaced: Vec<usize> =
        (0..plan.stakeholders.len()).filter(|&i| plan.stakeholders[i].unplaced).collect();
    if !unplaced.is_empty() {
        out.push(Line::Heading(None, unplaced.len()));
        out.extend(unplaced.into_iter().map(|i| Line::Person(i, None)));
    }
    out
}

/// Sizes shared by the map and the list.
struct Metrics {
    /// A badge's diameter.
    badge: f32,
    /// The badge numbers' font.
    number: FontId,
    /// A body line's height.
    line: f32,
    /// Space between list lines.
    gap: f32,
}

/// How the map and the list draw: the theme and the sizes they share.
#[derive(Clone, Copy)]
struct Style<'a> {
    tokens: &'a Tokens,
    metrics: &'a Metrics,
}

/// A placed stakeholder's badge on the map.
#[derive(Clone, Copy)]
struct Badge {
    /// The stakeholder, by index in the plan.
    index: usize,
    /// The number it shows (the stakeholder's line in the list).
    number: usize,
    /// Its centre, before any drag.
    at: Pos2,
}

/// How a badge stands out from the rest.
#[derive(Clone, Copy, Default)]
struct Emphasis {
    /// Ringed: the stakeholder is picked.
    picked: bool,
    /// Faded: another stakeholder is spotlighted.
    dimmed: bool,
}

/// Draws the slide; returns (page, pages).
pub(in crate::ui::present) fn show(ui: &mut Ui, ctx: &mut ViewCtx, p: &mut Presentation) -> (usize, usize) {
    let tokens = Tokens::of(ui);
    if p.selected.is_none() {
        p.spotlight = false;
    }
    if ctx.plan.stakeholders.is_empty() {
        map::show(ui, ctx.plan, &mut p.map_state, ctx.requests, &tokens, MapStyle { spotlight: false });
        return (0, 1);
    }
    let small = egui::TextStyle::Small.resolve(ui.style()).size;
    let metrics = Metrics {
        badge: (small * 1.3).round(),
        number: FontId::proportional(small),
        line: ui.text_style_height(&egui::TextStyle::Body),
        gap: (tokens.spacing * 0.25).round(),
    };
    let area = ui.available_rect_before_wrap();
    ui.allocate_rect(area, Sense::hover());
    let list_width = (area.width() * 0.4).clamp(240.0, 720.0);
    let list = Rect::from_min_max(pos2(area.right() - list_width, area.top()), area.max);
    let map_area = Rect::from_min_max(area.min, pos2(list.left() - tokens.spacing * 2.0, area.bottom()));
    let all = lines(ctx.plan);
    let style = Style { tokens: &tokens, metrics: &metrics };
    let dropped = badges_on_map(ui, ctx.plan, map_area, &all, p, style);
    let pages = list_ui(ui, ctx.plan, list, &all, p, style);
    if let Some((index, influence, interest)) = dropped {
        crate::ui::widgets::edit_entity(&mut ctx.plan.stakeholders[index], ctx.requests, |s| {
            s.influence = influence;
            s.interest = interest;
        });
    }
    pages
}

/// Where `count` badges of `size` go in `cell`, in rows as wide as the cell allows, centred
/// on the grid point `point` (the only badge sits on it). They overlap only when even the
/// tightest rows do not fit.
fn spread(count: usize, cell: Rect, point: Pos2, size: f32) -> Vec<Pos2> {
    let widest = size + 6.0;
    let (mut cols, mut pitch) = (1, 0.0_f32);
    for c in 1..=count.max(1) {
        let rows = count.div_ceil(c);
        let fit = (cell.width() / c as f32).min(cell.height() / rows as f32).min(widest);
        if fit > pitch + 0.5 {
            (cols, pitch) = (c, fit);
        }
    }
    let rows = count.div_ceil(cols);
    let block = vec2(cols as f32, rows as f32) * pitch;
    let mut frame = Rect::from_center_size(point, block);
    frame = frame.translate(vec2(
        (cell.left() - frame.left()).max(0.0) + (cell.right() - frame.right()).min(0.0),
        (cell.top() - frame.top()).max(0.0) + (cell.bottom() - frame.bottom()).min(0.0),
    ));
    (0..count).map(|n| frame.min + vec2((n % cols) as f32 + 0.5, (n / cols) as f32 + 0.5) * pitch).collect()
}

/// The grid with a badge per placed stakeholder; returns one dropped on a grid point.
fn badges_on_map(
    ui: &mut Ui,
    plan: &Plan,
    area: Rect,
    all: &[Line],
    p: &mut Presentation,
    style: Style,
) -> Option<(usize, u8, u8)> {
    let Style { tokens, metrics: m } = style;
    let margin = vec2(56.0, (tokens.body_size * 2.0 + 12.0).max(34.0));
    let plot = Rect::from_min_max(
        area.min + vec2(margin.x, (tokens.body_size + 10.0).max(26.0)),
        area.max - vec2(12.0, margin.y),
    );
    if plot.width() < 150.0 || plot.height() < 120.0 {
        return None;
    }
    let mut cells: BTreeMap<(u8, u8), Vec<(usize, usize)>> = BTreeMap::new();
    for line in all {
        if let Line::Person(index, Some(number)) = line {
            let s = &plan.stakeholders[*index];
            cells
                .entry((s.influence.clamp(1, 5), s.interest.clamp(1, 5)))
                .or_default()
                .push((*index, *number));
        }
    }
    let cell_size = vec2(plot.width() / 5.0, plot.height() / 5.0);
    let mut badges = Vec::new();
    for ((influence, interest), members) in &cells {
        let point = map::grid_point(plot, *influence, *interest);
        let cell = Rect::from_center_size(point, cell_size).shrink(2.0);
        badges.extend(members.iter().copied().zip(spread(members.len(), cell, point, m.badge)));
    }
    let taken: Vec<Rect> =
        badges.iter().map(|(_, at)| Rect::from_center_size(*at, vec2(m.badge, m.badge))).collect();
    map::paint_grid(ui, plot, tokens, &taken);
    ui.interact(plot, ui.scope_id().with("map-plot"), Sense::hover())
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, "Influence and interest map"));
    let mut dropped = None;
    for ((index, number), at) in badges {
        if let Some(target) = badge_ui(ui, plan, Badge { index, number, at }, plot, p, style) {
            dropped = Some((index, target.0, target.1));
        }
    }
    dropped
}

/// One badge on the map: picked with a click, moved with a drag (returns where it landed).
fn badge_ui(
    ui: &mut Ui,
    plan: &Plan,
    Badge { index, number, at }: Badge,
    plot: Rect,
    p: &mut Presentation,
    style: Style,
) -> Option<(u8, u8)> {
    let Style { tokens, metrics: m } = style;
    let s = &plan.stakeholders[index];
    let rect = Rect::from_center_size(at, vec2(m.badge, m.badge));
    let response = ui.interact(rect, ui.scope_id().with(("map-badge", &s.id)), Sense::click_and_drag());
    let name = s.name.clone();
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Stakeholder: {name}")));
    if response.clicked() {
        p.pick(&s.id);
    }
    if response.drag_started() {
        p.selected = Some(s.id.clone());
    }
    let dragging = response.dragged() || response.drag_stopped();
    let pointer = response.interact_pointer_pos();
    let center = match (dragging, pointer) {
        (true, Some(pointer)) => pointer,
        _ => at,
    };
    if dragging
        && let Some(pointer) = pointer
        && plot.contains(pointer)
    {
        let (influence, interest) = map::cell_at(plot, pointer);
        let target = map::grid_point(plot, influence, interest);
        ui.painter().circle_stroke(target, m.badge * 0.6, Stroke::new(2.0, tokens.accent));
    }
    let picked = p.selected.as_ref() == Some(&s.id);
    paint_badge(ui, center, number, s.engagement_now, Emphasis { picked, dimmed: p.dimmed(&s.id) }, style);
    if response.drag_stopped()
        && let Some(pointer) = pointer
        && plot.contains(pointer)
    {
        return Some(map::cell_at(plot, pointer));
    }
    None
}

/// A badge: a disc in the engagement colour with the number in whichever of black or white
/// reads better on it; a ring around it when picked.
fn paint_badge(
    ui: &Ui,
    center: Pos2,
    number: usize,
    engagement: crate::model::Engagement,
    Emphasis { picked, dimmed }: Emphasis,
    style: Style,
) {
    let Style { tokens, metrics: m } = style;
    let mut painter = ui.painter().clone();
    if dimmed {
        painter.multiply_opacity(0.2);
    }
    let fill = map::engagement_color(engagement, tokens);
    // The ink each theme puts on a coloured fill: near-black (dark theme) or white (light).
    let ink = [Color32::from(palette::DARK.on_accent), Color32::from(palette::LIGHT.on_accent)]
        .into_iter()
        .max_by(|a, b| map::contrast(*a, fill).total_cmp(&map::contrast(*b, fill)))
        .unwrap_or(Color32::WHITE);
    // The disc grows to hold two or more digits.
    let galley = painter.layout_no_wrap(number.to_string(), m.number.clone(), ink);
    let radius = (m.badge / 2.0).max(galley.size().x / 2.0 + 3.0);
    painter.circle(center, radius, fill, Stroke::new(1.5, tokens.surface));
    if picked {
        painter.circle_stroke(center, radius + 3.0, Stroke::new(3.0, tokens.text));
    }
    painter.galley(center - galley.size() / 2.0, galley, ink);
}

/// The list beside the map, paged: a quadrant's heading (repeated, "continued", on a page it
/// continues onto), then each name with its badge. Returns (page, pages).
fn list_ui(
    ui: &mut Ui,
    plan: &Plan,
    rect: Rect,
    all: &[Line],
    p: &mut Presentation,
    style: Style,
) -> (usize, usize) {
    let Style { tokens, metrics: m } = style;
    let body = egui::TextStyle::Body.resolve(ui.style());
    let name_width = rect.width() - m.badge - tokens.spacing;
    let heading_height = m.line + m.gap;
    // A name taller than a page (it never is, in practice) is cut to the page.
    let max_rows = (((rect.height() - heading_height) / m.line).floor() as usize).max(1);
    let names: Vec<Option<Arc<egui::Galley>>> = all
        .iter()
        .map(|line| match line {
            Line::Person(index, _) => {
                let name = &plan.stakeholders[*index].name;
                Some(super::super::pages::clamped(ui, name, body.clone(), tokens.text, name_width, max_rows))
            }
            Line::Heading(..) => None,
        })
        .collect();
    let heights: Vec<f32> = names
        .iter()
        .map(|name| name.as_ref().map_or(heading_height, |g| g.size().y.max(m.badge) + m.gap))
        .collect();
    let pages = paginate_keeping(&heights, rect.height() - heading_height, 0.0, |i| {
        matches!(all[i], Line::Heading(..))
    });
    let page = p.page.min(pages.len() - 1);
    let range = pages[page].clone();
    let mut child =
        ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(egui::Layout::top_down(egui::Align::Min)));
    child.spacing_mut().item_spacing.y = m.gap;
    if let Some(Line::Person(..)) = all.get(range.start)
        && let Some(Line::Heading(quadrant, count)) =
            all[..range.start].iter().rev().find(|l| matches!(l, Line::Heading(..)))
    {
        heading(&mut child, *quadrant, *count, " (continued)", tokens);
    }
    for i in range.clone() {
        match (&all[i], &names[i]) {
            (Line::Heading(quadrant, count), _) => heading(&mut child, *quadrant, *count, "", tokens),
            (Line::Person(index, number), Some(name)) => {
                person(&mut child, plan, *index, *number, name.clone(), p, style);
            }
            (Line::Person(..), None) => {}
        }
    }
    if range.end == all.len() {
        engagement_key(&mut child, rect, tokens);
    }
    (page, pages.len())
}

/// A quadrant's name and how many are in it, in the colour it has on the map.
fn heading(ui: &mut Ui, quadrant: Option<Quadrant>, count: usize, more: &str, tokens: &Tokens) {
    let (name, color) = match quadrant {
        Some(q) => (q.label(), map::quadrant_ink(map::quadrant_color(q, tokens), tokens)),
        None => ("Not placed yet", tokens.text),
    };
    ui.label(RichText::new(format!("{name} ({count}){more}")).strong().color(color));
}

/// A stakeholder's badge and full name; a click on either picks them.
/// `index` is the stakeholder's in the plan, `number` their badge's (none: not placed yet).
fn person(
    ui: &mut Ui,
    plan: &Plan,
    index: usize,
    number: Option<usize>,
    name: Arc<egui::Galley>,
    p: &mut Presentation,
    style: Style,
) {
    let Style { tokens, metrics: m } = style;
    let s = &plan.stakeholders[index];
    let dimmed = p.dimmed(&s.id);
    let picked = p.selected.as_ref() == Some(&s.id);
    let row = ui.horizontal_top(|ui| {
        if dimmed {
            ui.multiply_opacity(0.2);
        }
        ui.spacing_mut().item_spacing.x = tokens.spacing;
        let (badge, _) = ui.allocate_exact_size(vec2(m.badge, m.badge), Sense::hover());
        let center = pos2(badge.center().x, badge.top() + m.badge / 2.0);
        match number {
            Some(number) => paint_badge(ui, center, number, s.engagement_now, Emphasis::default(), style),
            None => {
                ui.painter().circle_stroke(center, m.badge / 2.0 - 1.0, Stroke::new(2.0, tokens.muted));
            }
        }
        ui.add(egui::Label::new(name).sense(Sense::click()))
    });
    if picked {
        let r = row.response.rect;
        let bar = Rect::from_min_size(r.left_top() - vec2(8.0, 0.0), vec2(4.0, r.height()));
        ui.painter().rect_filled(bar, 1.0, tokens.accent);
    }
    if row.inner.clicked() {
        p.pick(&s.id);
    }
}

/// What the badges' colours mean, below the list when there is room for it: words that
/// wrap as whole items ("● Neutral" never splits).
fn engagement_key(ui: &mut Ui, rect: Rect, tokens: &Tokens) {
    let body = egui::TextStyle::Body.resolve(ui.style());
    let item = |parts: &[(&str, Color32)]| {
        let mut job = egui::text::LayoutJob::default();
        for (text, color) in parts {
            let format = egui::TextFormat { font_id: body.clone(), color: *color, ..Default::default() };
            job.append(text, 0.0, format);
        }
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let mut items = vec![item(&[("Colour: engagement now", tokens.muted)])];
    for level in crate::model::Engagement::ALL {
        let dot = map::engagement_color(level, tokens);
        items.push(item(&[("●", dot), (&format!(" {}", level.label()), tokens.muted)]));
    }
    let space = tokens.spacing;
    let line = items.iter().map(|g| g.size().y).fold(0.0, f32::max);
    // Where each item goes, in rows as wide as the list.
    let mut places = Vec::new();
    let mut at = egui::Vec2::ZERO;
    for galley in &items {
        if at.x > 0.0 && at.x + galley.size().x > rect.width() {
            at = vec2(0.0, at.y + line);
        }
        places.push(at);
        at.x += galley.size().x + space;
    }
    let top = ui.cursor().top() + space * 0.5;
    if top + at.y + line > rect.bottom() {
        return;
    }
    for (galley, at) in items.into_iter().zip(places) {
        let size = galley.size();
        ui.put(Rect::from_min_size(pos2(rect.left(), top) + at, size), egui::Label::new(galley));
    }
}
