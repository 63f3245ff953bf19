//! "Needs attention": the plan-health findings, each a link to where it is fixed.

use crate::commands::Request;
use crate::model::{Date, Plan, Severity};
use crate::ui::theme::Tokens;
use crate::ui::widgets::{Mark, card, mark};
use egui::{RichText, Ui};

/// How many findings show before "Show all".
const SHOWN: usize = 8;

/// Draws the findings card.
pub fn show(ui: &mut Ui, tokens: &Tokens, plan: &Plan, requests: &mut Vec<Request>, today: Date) {
    let findings = plan.health(today);
    let heading = match findings.len() {
        0 => "Nothing needs attention".to_owned(),
        n => format!("Needs attention ({n})"),
    };
    card(ui, tokens, &heading, |ui| {
        if findings.is_empty() {
            ui.label(RichText::new("No late tasks, KPIs on track, every role filled.").color(tokens.success));
            return;
        }
        let mut row = |ui: &mut Ui, finding: &crate::model::Finding| {
            ui.horizontal(|ui| {
                let color = match finding.severity {
                    Severity::Problem => tokens.danger,
                    Severity::Warning => tokens.warning,
                    Severity::Note => tokens.muted,
                };
                mark(ui, Mark::Dot, color).on_hover_text(finding.severity.word());
                let text = RichText::new(&finding.message).color(tokens.text);
                let link = ui.add(egui::Label::new(text).wrap().sense(egui::Sense::click()));
                let link = link.on_hover_cursor(egui::CursorIcon::PointingHand);
                if link.hovered() {
                    let y = link.rect.bottom();
                    ui.painter().hline(link.rect.x_range(), y, egui::Stroke::new(1.0, tokens.text));
                }
                if link.on_hover_text("Go to where this is fixed").clicked() {
                    requests.push(Request::Go(finding.fix_in.clone()));
                }
            });
        };
        for finding in findings.iter().take(SHOWN) {
            row(ui, finding);
        }
        if findings.len() > SHOWN {
            egui::CollapsingHeader::new(format!("Show {} more", findings.len() - SHOWN))
                .id_salt("more-findings")
                .show(ui, |ui| {
                    for finding in &findings[SHOWN..] {
                        row(ui, finding);
                    }
                });
        }
    });
}
