//! The start page shown when no plan is open.

use super::theme::Tokens;
use crate::commands::{Command, Request};
use egui::{RichText, Ui};
use std::path::PathBuf;

/// Draws the start page: new, open, templates and recent files.
pub fn show(ui: &mut Ui, recent: &[PathBuf], requests: &mut Vec<Request>) {
    let tokens = Tokens::of(ui);
    ui.vertical_centered(|ui| {
        ui.set_max_width(560.0);
        ui.add_space(tokens.spacing * 4.0);
        ui.label(RichText::new("Tenstep").size(tokens.title_size * 1.4).strong());
        ui.label(
            RichText::new("One shared plan for weaving social media into how your organisation works.")
                .color(tokens.muted),
        );
        ui.add_space(tokens.spacing * 2.0);
        for command in [Command::NewPlan, Command::Open] {
            let button = egui::Button::new(command.label()).min_size(egui::vec2(260.0, 34.0));
            command.add_button(ui, true, button, requests);
        }
        ui.add_space(tokens.spacing);
        ui.label(RichText::new("Start from an example").strong());
        for (index, template) in crate::templates::TEMPLATES.iter().enumerate() {
            if ui
                .add(egui::Button::new(template.name).min_size(egui::vec2(260.0, 30.0)))
                .on_hover_text(template.description)
                .clicked()
            {
                requests.push(Request::NewFromTemplate(index));
            }
        }
        if !recent.is_empty() {
            ui.add_space(tokens.spacing);
            ui.label(RichText::new("Recent plans").strong());
            for path in recent.iter().filter(|p| p.exists()).take(6) {
                let name = path
                    .file_name()
                    .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                if ui.link(name).on_hover_text(path.display().to_string()).clicked() {
                    requests.push(Request::OpenPath(path.clone()));
                }
            }
        }
    });
}
