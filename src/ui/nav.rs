//! The navigation between views.

use super::theme::Tokens;
use crate::commands::{Command, Request, View};
use egui::{RichText, Ui};

/// The left navigation: one entry per view, with its shortcut in the tooltip.
pub fn show(ui: &mut Ui, current: View, requests: &mut Vec<Request>) {
    let tokens = Tokens::of(ui);
    ui.add_space(tokens.spacing);
    for view in View::ALL {
        let text = RichText::new(view.label()).size(tokens.body_size + 1.0);
        let button =
            egui::Button::selectable(view == current, text).min_size(egui::vec2(ui.available_width(), 34.0));
        Command::ShowView(view).add_button(ui, true, button, requests);
    }
}
