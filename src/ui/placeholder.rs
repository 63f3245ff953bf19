//! Honest placeholders for views that later releases fill in, each with what the plan holds.

use super::ViewCtx;
use super::theme::Tokens;
use crate::commands::View;
use egui::{RichText, Ui};

/// Draws a placeholder for `view`: what is coming, and a summary of the plan's data for it.
pub fn show(ui: &mut Ui, view: View, ctx: &mut ViewCtx) {
    let tokens = Tokens::of(ui);
    let plan = &*ctx.plan;
    let (coming, summary): (&str, Vec<String>) = match view {
        View::Assessment => (
            "The maturity ladder, integration ratings and ten-step checklist are being built.",
            plan.assessment
                .integration
                .iter()
                .map(|r| format!("{}: {} of 5", r.kind.label(), r.rating))
                .collect(),
        ),
        _ => ("", Vec::new()),
    };
    ui.add_space(tokens.spacing);
    ui.label(RichText::new(view.label()).size(tokens.title_size).strong());
    ui.label(RichText::new(format!("{coming} Meanwhile, this is what the plan holds:")).color(tokens.muted));
    ui.add_space(tokens.spacing);
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        if summary.is_empty() {
            ui.label(RichText::new("Nothing yet.").color(tokens.muted));
        }
        for line in summary {
            ui.label(line);
        }
    });
}
