//! A command's buttons: the one way a menu, the navigation, the status bar or a toolbar shows a
//! command, so each shows the same tooltip and asks the app the same way.

use super::{Command, Request, format_shortcut};
use egui::{Button, Response, Ui};

impl Command {
    /// Adds `button` (the caller's text and size) as this command's button: its tooltip says
    /// what the command does and names its shortcut, and a click asks the app to run it.
    pub fn add_button(
        self,
        ui: &mut Ui,
        enabled: bool,
        button: Button<'_>,
        requests: &mut Vec<Request>,
    ) -> Response {
        let response = ui.add_enabled(enabled, button).on_hover_text(self.tooltip_with_shortcut());
        if response.clicked() {
            requests.push(Request::Run(self));
        }
        response
    }

    /// The command as a menu item: its label, its shortcut on the right and its tooltip.
    pub fn menu_item(self, ui: &mut Ui, enabled: bool, requests: &mut Vec<Request>) -> Response {
        let mut button = Button::new(self.label());
        if let Some(&shortcut) = self.shortcuts().first() {
            button = button.shortcut_text(format_shortcut(shortcut));
        }
        self.add_button(ui, enabled, button, requests)
    }

    /// A plain button with the command's label and tooltip.
    pub fn button(self, ui: &mut Ui, requests: &mut Vec<Request>) -> Response {
        self.add_button(ui, true, Button::new(self.label()), requests)
    }
}
