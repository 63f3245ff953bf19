//! The manifesto as a document: what a facilitator projects and people print.

use super::ManifestoState;
use crate::model::{BeliefStatus, Plan, SignatureState};
use crate::ui::theme::Tokens;
use egui::{RichText, Ui};
use egui_commonmark::CommonMarkViewer;

/// Draws the reading view: title, preamble, agreed beliefs numbered, signatures.
pub fn show(ui: &mut Ui, plan: &Plan, state: &mut ManifestoState, tokens: &Tokens) {
    let m = &plan.manifesto;
    egui::ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        ui.vertical_centered(|ui| {
            ui.set_max_width(760.0);
            ui.add_space(tokens.spacing * 2.0);
            ui.label(RichText::new(&m.title).size(tokens.title_size * 1.3).strong());
            let org = &plan.meta.organisation;
            ui.label(RichText::new(format!("{org} · revision {}", m.revision)).color(tokens.muted));
            ui.add_space(tokens.spacing * 1.5);
        });
        ui.vertical(|ui| {
            let width = ui.available_width().min(760.0);
            let indent = ((ui.available_width() - width) / 2.0).max(0.0);
            ui.horizontal(|ui| {
                ui.add_space(indent);
                ui.vertical(|ui| {
                    ui.set_max_width(width);
                    if !m.preamble.trim().is_empty() {
                        CommonMarkViewer::new().show(ui, &mut state.markdown, &m.preamble);
                        ui.add_space(tokens.spacing);
                    }
                    let agreed: Vec<_> =
                        m.beliefs.iter().filter(|b| b.status == BeliefStatus::Agreed).collect();
                    if agreed.is_empty() {
                        ui.label(RichText::new("No belief is agreed yet.").color(tokens.muted));
                    }
                    for (n, belief) in agreed.iter().enumerate() {
                        ui.horizontal_top(|ui| {
                            ui.label(
                                RichText::new(format!("{}.", n + 1))
                                    .size(tokens.heading_size)
                                    .strong()
                                    .color(tokens.accent),
                            );
                            ui.vertical(|ui| {
                                ui.style_mut().override_text_style = Some(egui::TextStyle::Heading);
                                CommonMarkViewer::new().show(ui, &mut state.markdown, &belief.statement);
                                ui.style_mut().override_text_style = None;
                                if !belief.rationale.trim().is_empty() {
                                    CommonMarkViewer::new().show(ui, &mut state.markdown, &belief.rationale);
                                }
                            });
                        });
                        ui.add_space(tokens.spacing);
                    }
                    let proposed = m.beliefs.iter().filter(|b| b.status == BeliefStatus::Proposed).count();
                    if proposed > 0 {
                        ui.label(
                            RichText::new(format!(
                                "{proposed} more belief(s) are proposed and still under discussion."
                            ))
                            .color(tokens.muted),
                        );
                    }
                    ui.add_space(tokens.spacing);
                    ui.separator();
                    ui.label(RichText::new("Signed by").heading());
                    let mut any = false;
                    for sig in m.signatures.iter() {
                        let name =
                            plan.person(&sig.person).map_or(sig.person.to_string(), |p| p.name.clone());
                        let when = sig.date.format("%-d %B %Y");
                        let text = match m.signature_state(sig) {
                            SignatureState::Current => format!("{name}, {when}"),
                            SignatureState::EarlierVersion => {
                                format!("{name}, {when} (signed an earlier version)")
                            }
                        };
                        ui.label(text);
                        any = true;
                    }
                    if !any {
                        ui.label(RichText::new("Nobody has signed yet.").color(tokens.muted));
                    }
                });
            });
        });
    });
}
