//! One-page slides: where the plan stands (overview), the stakeholder map and the maturity
//! ladder. Text wraps into the room there is; a list shows as many of its lines as fit.

use super::Presentation;
use crate::model::long_date;
use crate::model::{BeliefStatus, KpiStatus, Severity, TaskStatus};
use crate::ui::ViewCtx;
use crate::ui::theme::Tokens;
use egui::{RichText, Ui};

mod assessment;
mod map_slide;
pub(super) use assessment::show as assessment;
pub(super) use map_slide::show as stakeholder_map;

/// The plan's title, then what needs attention beside what comes next, then four figures.
pub(super) fn overview(ui: &mut Ui, ctx: &mut ViewCtx, _p: &mut Presentation) -> (usize, usize) {
    let tokens = Tokens::of(ui);
    let plan = &*ctx.plan;
    ui.add(egui::Label::new(RichText::new(&plan.meta.title).size(tokens.title_size)).wrap());
    let horizon = format!(
        "{} · rolling {}-year plan to {}",
        plan.meta.organisation,
        plan.meta.horizon_years,
        plan.horizon_end().format("%B %Y")
    );
    ui.add(egui::Label::new(RichText::new(horizon).color(tokens.muted)).wrap());
    ui.add_space(tokens.spacing);
    figures(ui, ctx, &tokens);
    ui.add_space(tokens.spacing);
    let findings = plan.health(ctx.today);
    let milestones: Vec<_> = {
        let mut m: Vec<_> =
            plan.milestones().filter(|t| t.end >= ctx.today && t.status != TaskStatus::Done).collect();
        m.sort_by_key(|t| t.end);
        m
    };
    crate::ui::widgets::split(ui, 0.55, tokens.spacing * 2.0, |[left, right]| {
        left.label(RichText::new(format!("Needs attention ({})", findings.len())).size(tokens.heading_size));
        if findings.is_empty() {
            left.label(RichText::new("Nothing: the plan is healthy.").color(tokens.success));
        }
        let rows: Vec<(RichText, String)> = findings
            .iter()
            .map(|f| {
                let color = if f.severity == Severity::Problem { tokens.danger } else { tokens.warning };
                (RichText::new("●").color(color), f.message.clone())
            })
            .collect();
        fitted_rows(left, &rows, 24.0, &tokens);
        right.label(RichText::new("Coming up").size(tokens.heading_size));
        if milestones.is_empty() {
            right.label(RichText::new("No milestones ahead.").color(tokens.muted));
        }
        let rows: Vec<(RichText, String)> = milestones
            .iter()
            .map(|m| (RichText::new(long_date(m.end)).color(tokens.muted), m.name.clone()))
            .collect();
        // The widest date sets the column, so every name starts at the same x.
        let font = egui::TextStyle::Body.resolve(right.style());
        let date_width = right.fonts_mut(|f| {
            milestones
                .iter()
                .map(|m| f.layout_no_wrap(long_date(m.end), font.clone(), tokens.muted).size().x)
                .fold(0.0, f32::max)
        }) + 2.0;
        fitted_rows(right, &rows, date_width, &tokens);
    });
    (0, 1)
}

/// Rows of a marker and a text, wrapped, as many as fit whole in the height left; the rest are
/// counted in a last line ("and 3 more"). Only a first row too long for all the room is cut.
fn fitted_rows(ui: &mut Ui, rows: &[(RichText, String)], marker_width: f32, tokens: &Tokens) {
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let gap = ui.spacing().item_spacing.y;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = ui.available_width() - marker_width - ui.spacing().item_spacing.x;
    let mut room = ui.available_height();
    for (i, (marker, text)) in rows.iter().enumerate() {
        let after = rows.len() - i - 1;
        // Room is kept for the "and n more" line while rows follow.
        let left = room - if after > 0 { line + gap } else { 0.0 };
        let full = super::pages::clamped(ui, text, font.clone(), tokens.text, width, usize::MAX);
        let galley = if full.size().y.max(line) + gap <= left {
            full
        } else {
            let lines = ((left - gap) / line).floor();
            if lines < 1.0 || i > 0 {
                and_more(ui, after + 1, marker_width, tokens);
                return;
            }
            super::pages::clamped(ui, text, font.clone(), tokens.text, width, lines as usize)
        };
        room -= galley.size().y.max(line) + gap;
        let cut = galley.elided;
        ui.horizontal_top(|ui| {
            let size = egui::vec2(marker_width, line);
            ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.set_min_size(size);
                ui.label(marker.clone());
            });
            ui.add(egui::Label::new(galley));
        });
        if cut {
            if after > 0 {
                and_more(ui, after, marker_width, tokens);
            }
            return;
        }
    }
}

/// "and 3 more", under the rows' text.
fn and_more(ui: &mut Ui, more: usize, marker_width: f32, tokens: &Tokens) {
    ui.horizontal(|ui| {
        ui.add_space(marker_width);
        ui.label(RichText::new(format!("and {more} more")).color(tokens.muted));
    });
}

/// Maturity stage, tasks done, KPIs on track, manifesto signatures, as large figures.
fn figures(ui: &mut Ui, ctx: &ViewCtx, tokens: &Tokens) {
    let plan = &*ctx.plan;
    let stage =
        plan.assessment.current_stage().map_or_else(|| "–".to_owned(), |s| format!("{} of 10", s.number));
    let done = plan.tasks.iter().filter(|t| t.status == TaskStatus::Done).count();
    let on_track = plan
        .kpis
        .iter()
        .filter(|k| matches!(k.status(ctx.today), KpiStatus::Achieved | KpiStatus::InProgress))
        .count();
    let agreed = plan.manifesto.beliefs.iter().filter(|b| b.status == BeliefStatus::Agreed).count();
    let signed = plan.manifesto.current_signatures().count();
    let tiles = [
        (stage, "maturity stage".to_owned()),
        (format!("{done} of {}", plan.tasks.len()), "tasks done".to_owned()),
        (format!("{on_track} of {}", plan.kpis.len()), "KPIs on track".to_owned()),
        (
            signed.to_string(),
            match agreed {
                1 => "signed the agreed belief".to_owned(),
                n => format!("signed the {n} agreed beliefs"),
            },
        ),
    ];
    let width = ((ui.available_width() - tokens.spacing * 3.0) / 4.0).floor();
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for (n, (figure, caption)) in tiles.into_iter().enumerate() {
            if n > 0 {
                ui.add_space(tokens.spacing);
            }
            ui.allocate_ui(egui::vec2(width, 0.0), |ui| {
                ui.set_width(width);
                ui.vertical(|ui| {
                    ui.label(RichText::new(figure).size(tokens.title_size).strong().color(tokens.accent));
                    ui.add(egui::Label::new(RichText::new(caption).color(tokens.muted)).wrap());
                });
            });
        }
    });
}
