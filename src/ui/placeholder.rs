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
        View::Plan => (
            "The interactive Gantt chart of the rolling plan is being built.",
            plan.workstreams
                .iter()
                .map(|w| {
                    let n = plan.tasks.iter().filter(|t| t.workstream == w.id).count();
                    format!("{} — {n} tasks and milestones", w.name)
                })
                .collect(),
        ),
        View::Stakeholders => (
            "The segmentation matrix, influence map and channel matrix are being built.",
            plan.stakeholders
                .iter()
                .map(|s| format!("{} ({}, {})", s.name, s.side.label(), s.segment))
                .collect(),
        ),
        View::Manifesto => (
            "The manifesto editor with sign-off is being built.",
            plan.manifesto
                .beliefs
                .iter()
                .enumerate()
                .map(|(i, b)| format!("{}. {} [{}]", i + 1, b.statement.replace("**", ""), b.status.label()))
                .collect(),
        ),
        View::Team => (
            "Editing of the working group, goals and KPIs is being built.",
            plan.people
                .iter()
                .map(|p| {
                    let dept = p
                        .department
                        .as_ref()
                        .and_then(|d| plan.department(d))
                        .map_or("", |d| d.name.as_str());
                    format!("{} — {} ({dept})", p.name, p.role.label())
                })
                .collect(),
        ),
        View::Assessment => (
            "The maturity ladder, integration ratings and ten-step checklist are being built.",
            plan.assessment
                .integration
                .iter()
                .map(|r| format!("{}: {} of 5", r.kind.label(), r.rating))
                .collect(),
        ),
        View::Overview => ("", Vec::new()),
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
