//! The assessment slide: the current stage, the ten-stage meter with what its boxes mean,
//! what stands before the next stage and the integration ratings.

use super::super::Presentation;
use crate::model::{INTEGRATION_SCALE, IntegrationType, activity_label};
use crate::ui::ViewCtx;
use crate::ui::theme::Tokens;
use egui::{RichText, Ui};

/// The current stage, the ten-stage meter and what stands before the next stage.
pub(in crate::ui::present) fn show(ui: &mut Ui, ctx: &mut ViewCtx, _p: &mut Presentation) -> (usize, usize) {
    let tokens = Tokens::of(ui);
    let a = &ctx.plan.assessment;
    let headline = match a.current_stage() {
        Some(stage) => format!("Stage {} of 10: {}", stage.number, stage.name),
        None => "Not yet at stage 1".to_owned(),
    };
    ui.add(egui::Label::new(RichText::new(headline).size(tokens.title_size).strong()).wrap());
    ui.add_space(tokens.spacing);
    // Ten boxes of at most five lines of type wide, 8 px apart at 1280×720 (they grow with the type).
    let height = (tokens.body_size * 2.5).round();
    let size = egui::vec2(ui.available_width().min(tokens.body_size * 53.0), height);
    crate::ui::assessment::ladder::meter(
        ui,
        ctx.plan,
        &tokens,
        size,
        egui::FontId::proportional(tokens.heading_size),
    );
    meter_legend(ui, &tokens, height * 0.45, a.current_stage().map(|s| s.number));
    ui.add_space(tokens.spacing * 1.5);
    crate::ui::widgets::split(ui, 0.5, tokens.spacing * 2.0, |[left, right]| {
        next_stage(left, ctx, &tokens);
        integration(right, ctx, &tokens);
    });
    (0, 1)
}

/// What the meter's boxes mean: filled is reached, pale is not yet, the outline is the
/// current stage.
fn meter_legend(ui: &mut Ui, tokens: &Tokens, swatch: f32, current: Option<u8>) {
    let outline = (swatch / 8.0).round().max(2.0);
    let here = match current {
        Some(n) => format!("Outlined: where the plan stands (stage {n})"),
        None => "Outlined: where the plan stands".to_owned(),
    };
    let keys = [
        (tokens.accent, false, "Stage reached".to_owned()),
        (tokens.field, false, "Not reached yet".to_owned()),
        (tokens.accent, true, here),
    ];
    ui.horizontal_wrapped(|ui| {
        for (n, (fill, outlined, text)) in keys.into_iter().enumerate() {
            if n > 0 {
                ui.add_space(tokens.spacing);
            }
            let (rect, _) = ui.allocate_exact_size(egui::vec2(swatch, swatch), egui::Sense::hover());
            let rect = rect.shrink(outline);
            ui.painter().rect_filled(rect, swatch / 6.0, fill);
            let edge = if outlined { tokens.text } else { tokens.outline };
            let width = if outlined { outline } else { 1.0 };
            ui.painter().rect_stroke(
                rect,
                swatch / 6.0,
                egui::Stroke::new(width, edge),
                egui::StrokeKind::Outside,
            );
            ui.label(RichText::new(text).color(tokens.muted));
        }
    });
}

/// The integration ratings: five boxes (as many filled as the rating), the kind and the
/// scale's word, wrapped.
fn integration(ui: &mut Ui, ctx: &ViewCtx, tokens: &Tokens) {
    ui.label(RichText::new("Integration").size(tokens.heading_size));
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let body = egui::TextStyle::Body.resolve(ui.style());
    let side = (line * 0.55).round();
    let step = side + (side * 0.3).round();
    let boxes = egui::vec2(step * 5.0 - (step - side), line);
    for kind in IntegrationType::ALL {
        let rating =
            ctx.plan.assessment.integration.iter().find(|r| r.kind == kind).map_or(0, |r| r.rating.min(5));
        let word = if rating == 0 { "not rated" } else { INTEGRATION_SCALE[usize::from(rating) - 1] };
        let mut job = egui::text::LayoutJob::default();
        let format = |color| egui::TextFormat { font_id: body.clone(), color, ..Default::default() };
        job.append(kind.label(), 0.0, format(tokens.text));
        job.append(&format!(" · {rating} {}", word.to_lowercase()), 0.0, format(tokens.muted));
        ui.horizontal_top(|ui| {
            let (rect, _) = ui.allocate_exact_size(boxes, egui::Sense::hover());
            for n in 0..5u8 {
                let at = egui::pos2(rect.left() + f32::from(n) * step, rect.center().y - side / 2.0);
                let square = egui::Rect::from_min_size(at, egui::vec2(side, side));
                let fill = if n < rating { tokens.accent } else { tokens.field };
                ui.painter().rect_filled(square, 2.0, fill);
                ui.painter().rect_stroke(
                    square,
                    2.0,
                    egui::Stroke::new(1.0, tokens.outline),
                    egui::StrokeKind::Inside,
                );
            }
            job.wrap.max_width = ui.available_width();
            let galley = ui.fonts_mut(|f| f.layout_job(job));
            ui.add(egui::Label::new(galley));
        });
    }
}

/// What stands before the next stage, wrapped, as many as fit.
fn next_stage(ui: &mut Ui, ctx: &ViewCtx, tokens: &Tokens) {
    let a = &ctx.plan.assessment;
    match a.next_stage_gaps() {
        Some((next, gaps)) => {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("To reach stage {}, {}:", next.number, next.name))
                        .size(tokens.heading_size),
                )
                .wrap(),
            );
            let rows: Vec<(RichText, String)> = gaps
                .iter()
                .map(|key| {
                    let level = a.level(key).label().to_lowercase();
                    (RichText::new("▸").color(tokens.accent), format!("{} ({level})", activity_label(key)))
                })
                .collect();
            let font = egui::TextStyle::Body.resolve(ui.style());
            let marker = ui.fonts_mut(|f| f.layout_no_wrap("▸".to_owned(), font, tokens.accent).size().x);
            super::fitted_rows(ui, &rows, marker, tokens);
        }
        None => {
            ui.label(
                RichText::new("Every stage is reached.").size(tokens.heading_size).color(tokens.success),
            );
        }
    }
}
