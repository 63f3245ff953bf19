//! Where the organisation stands: the maturity stage, the integration ratings, the manifesto's
//! sign-off and the working group, each a link to its view.

use crate::commands::Request;
use crate::model::{INTEGRATION_SCALE, IntegrationType, Plan, Where};
use crate::ui::theme::Tokens;
use crate::ui::widgets::card;
use egui::{RichText, Ui};

/// Draws the standing card.
pub fn show(ui: &mut Ui, tokens: &Tokens, plan: &Plan, requests: &mut Vec<Request>) {
    card(ui, tokens, "Where we stand", |ui| {
        let stage = plan.assessment.current_stage();
        let text = match stage {
            Some(stage) => format!("Maturity stage {} of 10: {}", stage.number, stage.name),
            None => "Maturity: no stage reached yet".to_owned(),
        };
        if ui.link(RichText::new(text).strong()).on_hover_text("Open the maturity ladder").clicked() {
            requests.push(Request::Go(Where::Assessment));
        }
        ui.add_space(4.0);
        // The scale's words only where they fit; they are always in the tooltip.
        let words = ui.available_width() > 520.0;
        egui::Grid::new("overview-integration").num_columns(2).spacing([12.0, 4.0]).show(ui, |ui| {
            for kind in IntegrationType::ALL {
                ui.label(RichText::new(kind.label()).color(tokens.muted));
                let rating =
                    plan.assessment.integration.iter().find(|r| r.kind == kind).map_or(0, |r| r.rating);
                let word = match rating {
                    1..=5 => INTEGRATION_SCALE[usize::from(rating) - 1],
                    _ => "not rated",
                };
                let bar = ui.horizontal(|ui| {
                    let size = egui::vec2(14.0, 10.0);
                    for n in 1..=5u8 {
                        let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
                        if n <= rating {
                            ui.painter().rect_filled(rect, 2.0, tokens.accent);
                        } else {
                            let stroke = egui::Stroke::new(1.0, tokens.outline);
                            ui.painter().rect(rect, 2.0, tokens.field, stroke, egui::StrokeKind::Inside);
                        }
                    }
                    if words {
                        ui.label(RichText::new(word).small().color(tokens.muted));
                    }
                });
                bar.response.on_hover_text(format!(
                    "{}: {rating} of 5, {}",
                    kind.label(),
                    word.to_lowercase()
                ));
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        let m = &plan.manifesto;
        let members = plan.working_group_members().count();
        let signed =
            plan.working_group_members().filter(|p| m.current_signatures().any(|s| s.person == p.id)).count();
        let text = if m.beliefs.is_empty() {
            "Manifesto: no beliefs yet, write the first one".to_owned()
        } else if members == 0 {
            format!("Manifesto revision {}: nobody in the working group to sign it", m.revision)
        } else {
            format!("Manifesto revision {}: signed by {signed} of {members}", m.revision)
        };
        if ui.link(text).clicked() {
            requests.push(Request::Go(Where::Manifesto));
        }
        let warnings = plan.team_warnings().len();
        let people = if members == 1 { "1 person".to_owned() } else { format!("{members} people") };
        let text = match (members, warnings) {
            (0, _) => "Working group: nobody yet, add its members".to_owned(),
            (_, 0) => format!("Working group: {people}, every role filled"),
            (_, 1) => format!("Working group: {people}, 1 gap"),
            (_, n) => format!("Working group: {people}, {n} gaps"),
        };
        if ui.link(text).clicked() {
            requests.push(Request::Go(Where::WorkingGroup));
        }
    });
}
