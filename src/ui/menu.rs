//! The menu bar, built from the [`Command`] table.

use crate::commands::{Command, Request, View, format_shortcut};
use egui::Ui;
use std::path::PathBuf;

/// What the menus need to know about the app.
pub struct MenuState<'a> {
    pub recent: &'a [PathBuf],
    /// Names of the built-in templates.
    pub templates: &'a [&'static str],
    pub has_document: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub problems: usize,
}

/// Draws the menu bar.
pub fn show(ui: &mut Ui, state: &MenuState, requests: &mut Vec<Request>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu(ui, state, requests));
        ui.menu_button("Edit", |ui| {
            item(ui, Command::Undo, state.can_undo, requests);
            item(ui, Command::Redo, state.can_redo, requests);
        });
        ui.menu_button("View", |ui| {
            for view in View::ALL {
                item(ui, Command::ShowView(view), state.has_document, requests);
            }
            ui.separator();
            item(ui, Command::Present, state.has_document, requests);
            item(ui, Command::PresentFromHere, state.has_document, requests);
            item(ui, Command::WorkshopAgenda, state.has_document, requests);
            item(ui, Command::ToggleTheme, true, requests);
            item(ui, Command::ShowProblems, state.has_document, requests);
        });
        ui.menu_button("Plan", |ui| {
            for command in [Command::AddTask, Command::AddWorkstream, Command::EditTask, Command::DeleteTask]
            {
                item(ui, command, state.has_document, requests);
            }
            ui.separator();
            for command in [Command::ZoomIn, Command::ZoomOut, Command::FitHorizon] {
                item(ui, command, state.has_document, requests);
            }
            ui.separator();
            item(ui, Command::RollForward, state.has_document, requests);
        });
        ui.menu_button("Help", |ui| {
            item(ui, Command::ShowShortcuts, true, requests);
            item(ui, Command::About, true, requests);
        });
    });
}

fn file_menu(ui: &mut Ui, state: &MenuState, requests: &mut Vec<Request>) {
    item(ui, Command::NewPlan, true, requests);
    ui.menu_button("New from template", |ui| {
        for (index, name) in state.templates.iter().enumerate() {
            if ui.button(*name).on_hover_text("Start a new plan from this example").clicked() {
                requests.push(Request::NewFromTemplate(index));
            }
        }
    });
    item(ui, Command::Open, true, requests);
    ui.add_enabled_ui(!state.recent.is_empty(), |ui| {
        ui.menu_button("Open recent", |ui| {
            for path in state.recent {
                let name = path
                    .file_name()
                    .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                let exists = path.exists();
                let button = ui.add_enabled(exists, egui::Button::new(name));
                let hover = if exists {
                    path.display().to_string()
                } else {
                    format!("{} (not found)", path.display())
                };
                if button.on_hover_text(hover).clicked() {
                    requests.push(Request::OpenPath(path.clone()));
                }
            }
            ui.separator();
            item(ui, Command::ClearRecent, true, requests);
        });
    });
    ui.separator();
    item(ui, Command::Save, state.has_document, requests);
    item(ui, Command::SaveAs, state.has_document, requests);
    ui.separator();
    item(ui, Command::CompareWith, state.has_document, requests);
    item(ui, Command::ImportPlan, true, requests);
    item(ui, Command::ImportTasksCsv, state.has_document, requests);
    ui.add_enabled_ui(state.has_document, |ui| {
        ui.menu_button("Export", |ui| {
            for format in crate::export::Format::ALL {
                item(ui, Command::Export(format), true, requests);
            }
            ui.separator();
            item(ui, Command::ExportPicture, true, requests);
        });
    });
    ui.separator();
    item(ui, Command::Close, state.has_document, requests);
    item(ui, Command::Quit, true, requests);
}

/// A menu item for `command`, with its shortcut and tooltip.
fn item(ui: &mut Ui, command: Command, enabled: bool, requests: &mut Vec<Request>) {
    let mut button = egui::Button::new(command.label());
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(format_shortcut(shortcut));
    }
    if ui.add_enabled(enabled, button).on_hover_text(command.tooltip()).clicked() {
        requests.push(Request::Run(command));
    }
}
