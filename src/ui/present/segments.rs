//! The segmentation slide: stakeholders grouped by side and segment, a segment per page when
//! they do not fit together; cells wrap to their full length. Double-click a cell to edit
//! it; N adds a stakeholder to the segment on the page.

use super::live_edit::StakeholderField;
use super::pages::{clamped, paginate};
use super::{LiveEdit, Presentation, SlideKey, pickable};
use crate::commands::Request;
use crate::model::{Edit, Id, Plan, Side, Stakeholder};
use crate::ui::ViewCtx;
use crate::ui::theme::Tokens;
use egui::{RichText, Ui};
use std::sync::Arc;

/// The columns: field and share of the width.
const COLUMNS: [(StakeholderField, f32); 4] = [
    (StakeholderField::Name, 0.22),
    (StakeholderField::Needs, 0.28),
    (StakeholderField::ContentStrategy, 0.28),
    (StakeholderField::Metrics, 0.22),
];

/// One line of the slide: a segment heading or a stakeholder.
enum Line {
    Segment(Side, String),
    Stakeholder(Arc<Stakeholder>),
}

/// The segments in plan order (external first, as the matrix shows them), each with its
/// stakeholders.
fn lines(plan: &Plan) -> Vec<Line> {
    let mut out = Vec::new();
    for side in [Side::External, Side::Internal] {
        let mut segments: Vec<&str> = Vec::new();
        for s in plan.stakeholders.iter().filter(|s| s.side == side) {
            if !segments.contains(&s.segment.as_str()) {
                segments.push(&s.segment);
            }
        }
        for segment in segments {
            out.push(Line::Segment(side, segment.to_owned()));
            for s in plan.stakeholders.iter().filter(|s| s.side == side && s.segment == segment) {
                out.push(Line::Stakeholder(s.clone()));
            }
        }
    }
    out
}

fn cell_text(plan: &Plan, s: &Stakeholder, field: StakeholderField) -> String {
    match field {
        StakeholderField::Name => s.name.clone(),
        StakeholderField::Needs => s.needs.clone(),
        StakeholderField::ContentStrategy => s.content_strategy.clone(),
        StakeholderField::Metrics => {
            let owner = s.owner.as_ref().and_then(|o| plan.person(o)).map(|p| p.name.as_str());
            match owner {
                Some(owner) => format!("{owner}: {}", s.metrics),
                None => s.metrics.clone(),
            }
        }
    }
}

/// The slide's lines laid out: each stakeholder's cells, each line's height, the pages.
struct Laid {
    all: Vec<Line>,
    galleys: Vec<Vec<Arc<egui::Galley>>>,
    pages: Vec<std::ops::Range<usize>>,
}

/// Sizes shared by the layout and the drawing: the columns' total width (a gap after each),
/// a line's height, the gap.
struct Sizes {
    width: f32,
    line: f32,
    gap: f32,
}

fn lay_out(ui: &Ui, plan: &Plan, tokens: &Tokens, sizes: &Sizes) -> Laid {
    let Sizes { width, line, gap } = *sizes;
    let all = lines(plan);
    let body = egui::TextStyle::Body.resolve(ui.style());
    let heading_height = ui.text_style_height(&egui::TextStyle::Heading) + gap;
    // A cell wraps to its full length; only one longer than a page (under its segment's
    // heading) is cut, to the page (the rest is in the app, and in the live editor).
    let page_rows = (ui.available_height() - heading_height - line - gap) / line;
    let max_rows = page_rows.floor().max(1.0) as usize;
    let galleys: Vec<Vec<Arc<egui::Galley>>> = all
        .iter()
        .map(|l| match l {
            Line::Segment(..) => Vec::new(),
            Line::Stakeholder(s) => COLUMNS
                .iter()
                .map(|(field, share)| {
                    let text = cell_text(plan, s, *field);
                    clamped(ui, &text, body.clone(), tokens.text, width * share, max_rows)
                })
                .collect(),
        })
        .collect();
    let heights: Vec<f32> = galleys
        .iter()
        .map(|g| {
            if g.is_empty() {
                heading_height + line
            } else {
                g.iter().map(|g| g.size().y).fold(line, f32::max)
            }
        })
        .collect();
    let pages = segment_pages(&all, &heights, ui.available_height(), gap, heading_height + line);
    Laid { all, galleys, pages }
}

/// Draws the page; returns (page, pages). A stakeholder just added (N) shows on its page,
/// highlighted, its name ready to type over.
pub(super) fn show(ui: &mut Ui, ctx: &mut ViewCtx, p: &mut Presentation) -> (usize, usize) {
    let tokens = Tokens::of(ui);
    let gap = tokens.spacing;
    // The columns and a gap after each fill the width exactly.
    let width = ui.available_width() - gap * (COLUMNS.len() as f32);
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let sizes = Sizes { width, line, gap };
    if p.key == Some(SlideKey::Add) {
        let Laid { all, pages, .. } = lay_out(ui, ctx.plan, &tokens, &sizes);
        let now = ui.input(|i| i.time);
        if all.is_empty() {
            add_stakeholder(ctx, p, Side::External, "", None, now);
        } else {
            let range = pages[p.page.min(pages.len() - 1)].clone();
            let (side, segment, last) = page_segment(&all, range.start);
            add_stakeholder(ctx, p, side, &segment, last.as_ref(), now);
        }
    }
    let Laid { all, galleys, pages } = lay_out(ui, ctx.plan, &tokens, &sizes);
    if all.is_empty() {
        ui.label("No stakeholders yet: press N to add one.");
        return (0, 1);
    }
    let page = p.page_to_show(ui, &pages, |id| {
        all.iter().position(|l| matches!(l, Line::Stakeholder(s) if &s.id == id))
    });
    let range = pages[page].clone();
    if let Some(Line::Stakeholder(first)) = all.get(range.start) {
        let name = if first.segment.is_empty() { "No segment" } else { first.segment.as_str() };
        segment_heading(
            ui,
            &tokens,
            &format!("{} · {name} (continued)", first.side.label()),
            width,
            line,
            gap,
        );
    }
    for i in range {
        match &all[i] {
            Line::Segment(side, segment) => {
                let name = if segment.is_empty() { "No segment" } else { segment };
                segment_heading(ui, &tokens, &format!("{} · {name}", side.label()), width, line, gap);
            }
            Line::Stakeholder(s) => {
                let (response, ()) = pickable(ui, p, &s.id, |ui| {
                    ui.horizontal_top(|ui| {
                        ui.spacing_mut().item_spacing.x = 0.0;
                        for ((_, share), galley) in COLUMNS.iter().zip(&galleys[i]) {
                            ui.allocate_ui(egui::vec2(width * share, line), |ui| {
                                ui.set_width(width * share);
                                ui.add(egui::Label::new(galley.clone()));
                            });
                            ui.add_space(gap);
                        }
                    });
                });
                if p.is_new(ui, &s.id) {
                    super::reveal::highlight(ui, response.rect.expand2(egui::vec2(8.0, 5.0)), &tokens);
                }
                if response.double_clicked()
                    && let Some(pos) = response.interact_pointer_pos()
                {
                    let mut x = response.rect.left();
                    let field = COLUMNS
                        .iter()
                        .find(|(_, share)| {
                            x += width * share + gap;
                            pos.x < x
                        })
                        .map_or(StakeholderField::Metrics, |(field, _)| *field);
                    p.edit = Some(LiveEdit::stakeholder(&s.id, field));
                    p.anchor_edit(&s.id, response.rect);
                }
            }
        }
    }
    (page, pages.len())
}

/// A segment's name and the column headings.
fn segment_heading(ui: &mut Ui, tokens: &Tokens, title: &str, width: f32, line: f32, gap: f32) {
    ui.label(RichText::new(title).size(tokens.heading_size).strong());
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for (field, share) in COLUMNS {
            ui.allocate_ui_with_layout(
                egui::vec2(width * share, line),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_width(width * share);
                    ui.label(RichText::new(field.label()).color(tokens.muted));
                },
            );
            ui.add_space(gap);
        }
    });
}

/// Pages: whole segments share a page while they fit; a segment too long for a page starts
/// its own and continues on the next (its heading repeated, `heading` high).
fn segment_pages(
    all: &[Line],
    heights: &[f32],
    available: f32,
    gap: f32,
    heading: f32,
) -> Vec<std::ops::Range<usize>> {
    let mut pages: Vec<std::ops::Range<usize>> = Vec::new();
    let starts: Vec<usize> = (0..all.len()).filter(|&i| matches!(all[i], Line::Segment(..))).collect();
    let mut page: Option<(std::ops::Range<usize>, f32)> = None;
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(all.len());
        let height: f32 = heights[start..end].iter().map(|h| h + gap).sum();
        match page.take() {
            Some((range, used)) if used + height <= available => {
                page = Some((range.start..end, used + height));
            }
            open => {
                pages.extend(open.map(|(range, _)| range));
                if height <= available {
                    page = Some((start..end, height));
                } else {
                    // Every page of a long segment keeps room for its heading.
                    for range in paginate(&heights[start..end], available - heading, gap) {
                        pages.push(start + range.start..start + range.end);
                    }
                }
            }
        }
    }
    pages.extend(page.map(|(range, _)| range));
    if pages.is_empty() { std::iter::once(0..all.len()).collect() } else { pages }
}

/// The segment a page is about (its first heading, or the one it continues) and the segment's
/// last stakeholder, after which N adds a new one.
fn page_segment(all: &[Line], start: usize) -> (Side, String, Option<Id>) {
    let mut heading = (Side::External, String::new());
    for line in all[..=start.min(all.len() - 1)].iter().rev() {
        if let Line::Segment(side, segment) = line {
            heading = (*side, segment.clone());
            break;
        }
    }
    // Segments are contiguous in `all`: its last stakeholder there ends the segment.
    let last = all.iter().rev().find_map(|l| match l {
        Line::Stakeholder(s) if s.side == heading.0 && s.segment == heading.1 => Some(s.id.clone()),
        _ => None,
    });
    (heading.0, heading.1, last)
}

/// Adds a stakeholder to `segment` after `after`, opens its name for typing over the
/// placeholder, and shows it. `now` is the frame's time.
fn add_stakeholder(
    ctx: &mut ViewCtx,
    p: &mut Presentation,
    side: Side,
    segment: &str,
    after: Option<&Id>,
    now: f64,
) {
    let Ok(applied) = ctx.plan.apply(Edit::AddStakeholder { side, after: after.cloned() }, ctx.today) else {
        return;
    };
    let Some((_, id)) = applied.created else { return };
    if let Some(index) = ctx.plan.stakeholder_index(&id) {
        crate::model::edit_shared(&mut ctx.plan.stakeholders[index], |s| s.segment = segment.to_owned());
    }
    ctx.requests.push(Request::Added { what: applied.message });
    p.edit = Some(LiveEdit::stakeholder(&id, StakeholderField::Name).added());
    p.reveal(&id, now);
}
