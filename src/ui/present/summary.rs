//! One-page slides: where the plan stands (overview), the stakeholder map and the maturity
//! ladder. Each fits the screen by showing as many list lines as there is room for.

use super::Presentation;
use crate::model::{
    BeliefStatus, INTEGRATION_SCALE, IntegrationType, KpiStatus, Severity, TaskStatus, activity_label,
};
use crate::ui::ViewCtx;
use crate::ui::stakeholders::map::MapStyle;
use crate::ui::theme::Tokens;
use egui::{RichText, Ui};

/// The plan's title, then what needs attention beside what comes next, then four figures.
pub(super) fn overview(ui: &mut Ui, ctx: &mut ViewCtx, _p: &mut Presentation) -> (usize, usize) {
    let tokens = Tokens::of(ui);
    let plan = &*ctx.plan;
    ui.add(egui::Label::new(RichText::new(&plan.meta.title).size(tokens.title_size)).truncate());
    let horizon = format!(
        "{} · rolling {}-year plan to {}",
        plan.meta.organisation,
        plan.meta.horizon_years,
        plan.horizon_end().format("%B %Y")
    );
    ui.add(egui::Label::new(RichText::new(horizon).color(tokens.muted)).truncate());
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
            .map(|m| {
                (RichText::new(m.end.format("%-d %b %Y").to_string()).color(tokens.muted), m.name.clone())
            })
            .collect();
        let date_width = right.fonts_mut(|f| {
            f.layout_no_wrap(
                "30 Sep 2099".to_owned(),
                egui::TextStyle::Body.resolve(right.style()),
                tokens.muted,
            )
            .size()
            .x
        });
        fitted_rows(right, &rows, date_width, &tokens);
    });
    (0, 1)
}

/// Rows of a marker and a text of up to two lines, as many as fit the height left; the rest
/// is counted in a last line ("and 3 more").
fn fitted_rows(ui: &mut Ui, rows: &[(RichText, String)], marker_width: f32, tokens: &Tokens) {
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let gap = ui.spacing().item_spacing.y;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = ui.available_width() - marker_width - ui.spacing().item_spacing.x;
    let available = ui.available_height();
    let mut used = 0.0;
    for (i, (marker, text)) in rows.iter().enumerate() {
        let galley = super::pages::clamped(ui, text, font.clone(), tokens.text, width, 2);
        let height = galley.size().y.max(line) + gap;
        let more = rows.len() - i;
        let room = if more > 1 { available - line - gap } else { available };
        if used + height > room {
            ui.label(RichText::new(format!("and {more} more")).color(tokens.muted));
            return;
        }
        ui.horizontal_top(|ui| {
            let size = egui::vec2(marker_width, line);
            ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.set_min_size(size);
                ui.label(marker.clone());
            });
            ui.add(egui::Label::new(galley));
        });
        used += height;
    }
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
                    ui.add(egui::Label::new(RichText::new(caption).color(tokens.muted)).truncate());
                });
            });
        }
    });
}

/// The influence/interest map; click a stakeholder and press S to spotlight them.
pub(super) fn stakeholder_map(ui: &mut Ui, ctx: &mut ViewCtx, p: &mut Presentation) -> (usize, usize) {
    let tokens = Tokens::of(ui);
    let state = &mut ctx.states.stakeholders;
    if p.selected.is_none() {
        p.spotlight = false;
    }
    state.selected = p.selected.clone();
    let style = MapStyle { compact: true, spotlight: p.spotlight };
    crate::ui::stakeholders::map::show(ui, ctx.plan, state, ctx.requests, &tokens, style);
    if state.selected != p.selected {
        p.selected = state.selected.clone();
    }
    (0, 1)
}

/// The current stage, the ten-stage meter and what stands before the next stage.
pub(super) fn assessment(ui: &mut Ui, ctx: &mut ViewCtx, _p: &mut Presentation) -> (usize, usize) {
    let tokens = Tokens::of(ui);
    let a = &ctx.plan.assessment;
    let headline = match a.current_stage() {
        Some(stage) => format!("Stage {} of 10: {}", stage.number, stage.name),
        None => "Not yet at stage 1".to_owned(),
    };
    ui.label(RichText::new(headline).size(tokens.title_size).strong());
    ui.add_space(tokens.spacing);
    // Ten boxes of at most 110 px, 8 px apart.
    let size = egui::vec2(ui.available_width().min(1172.0), 56.0);
    crate::ui::assessment::ladder::meter(
        ui,
        ctx.plan,
        &tokens,
        size,
        egui::FontId::proportional(tokens.heading_size),
    );
    ui.add_space(tokens.spacing * 2.0);
    crate::ui::widgets::split(ui, 0.5, tokens.spacing * 2.0, |[left, right]| {
        next_stage(left, ctx, &tokens);
        integration(right, ctx, &tokens);
    });
    (0, 1)
}

/// The integration ratings as bars from 1 to 5, with the scale's words.
fn integration(ui: &mut Ui, ctx: &ViewCtx, tokens: &Tokens) {
    ui.label(RichText::new("Integration").size(tokens.heading_size));
    let width = ui.available_width();
    for kind in IntegrationType::ALL {
        let rating =
            ctx.plan.assessment.integration.iter().find(|r| r.kind == kind).map_or(0, |r| r.rating.min(5));
        ui.add(egui::Label::new(kind.label()).truncate());
        ui.horizontal(|ui| {
            let bar = egui::ProgressBar::new(f32::from(rating) / 5.0)
                .desired_width(width * 0.45)
                .desired_height(12.0)
                .fill(tokens.accent);
            ui.add(bar);
            let word = if rating == 0 { "not rated" } else { INTEGRATION_SCALE[usize::from(rating) - 1] };
            ui.add(
                egui::Label::new(RichText::new(format!("{rating} · {word}")).color(tokens.muted)).truncate(),
            );
        });
    }
}

/// What stands before the next stage, as many as fit.
fn next_stage(ui: &mut Ui, ctx: &ViewCtx, tokens: &Tokens) {
    let a = &ctx.plan.assessment;
    match a.next_stage_gaps() {
        Some((next, gaps)) => {
            ui.label(
                RichText::new(format!("To reach stage {}, {}:", next.number, next.name))
                    .size(tokens.heading_size),
            );
            let line = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
            let fits = (ui.available_height() / line).floor().max(1.0) as usize;
            for (i, key) in gaps.iter().enumerate() {
                if i + 1 == fits && gaps.len() > fits {
                    ui.label(RichText::new(format!("and {} more", gaps.len() - i)).color(tokens.muted));
                    break;
                }
                let level = a.level(key);
                ui.horizontal(|ui| {
                    ui.label(RichText::new("▸").color(tokens.accent));
                    ui.add(
                        egui::Label::new(format!(
                            "{} ({})",
                            activity_label(key),
                            level.label().to_lowercase()
                        ))
                        .truncate(),
                    );
                });
            }
        }
        None => {
            ui.label(
                RichText::new("Every stage is reached.").size(tokens.heading_size).color(tokens.success),
            );
        }
    }
}
