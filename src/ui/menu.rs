//! The menu bar, built from the [`Command`] table.

use crate::commands::{Command, Request, View};
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
            Command::Undo.menu_item(ui, state.can_undo, requests);
            Command::Redo.menu_item(ui, state.can_redo, requests);
        });
        ui.menu_button("View", |ui| {
            for view in View::ALL {
                Command::ShowView(view).menu_item(ui, state.has_document, requests);
            }
            ui.separator();
            Command::Present.menu_item(ui, state.has_document, requests);
            Command::PresentFromHere.menu_item(ui, state.has_document, requests);
            Command::WorkshopAgenda.menu_item(ui, state.has_document, requests);
            Command::ToggleTheme.menu_item(ui, true, requests);
            Command::ShowProblems.menu_item(ui, state.has_document, requests);
        });
        ui.menu_button("Plan", |ui| {
            for command in [Command::AddTask, Command::AddWorkstream, Command::EditTask, Command::DeleteTask]
            {
                command.menu_item(ui, state.has_document, requests);
            }
            ui.separator();
            for command in [Command::ZoomIn, Command::ZoomOut, Command::FitHorizon] {
                command.menu_item(ui, state.has_document, requests);
            }
            ui.separator();
            Command::RollForward.menu_item(ui, state.has_document, requests);
        });
        ui.menu_button("Help", |ui| {
            Command::ShowShortcuts.menu_item(ui, true, requests);
            Command::About.menu_item(ui, true, requests);
        });
    });
}

fn file_menu(ui: &mut Ui, state: &MenuState, requests: &mut Vec<Request>) {
    Command::NewPlan.menu_item(ui, true, requests);
    ui.menu_button("New from template", |ui| {
        for (index, name) in state.templates.iter().enumerate() {
            if ui.button(*name).on_hover_text("Start a new plan from this example").clicked() {
                requests.push(Request::NewFromTemplate(index));
            }
        }
    });
    Command::Open.menu_item(ui, true, requests);
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
            Command::ClearRecent.menu_item(ui, true, requests);
        });
    });
    ui.separator();
    Command::Save.menu_item(ui, state.has_document, requests);
    Command::SaveAs.menu_item(ui, state.has_document, requests);
    ui.separator();
    Command::CompareWith.menu_item(ui, state.has_document, requests);
    Command::ImportPlan.menu_item(ui, true, requests);
    Command::ImportTasksCsv.menu_item(ui, state.has_document, requests);
    ui.add_enabled_ui(state.has_document, |ui| {
        ui.menu_button("Export", |ui| {
            for format in crate::export::Format::ALL {
                Command::Export(format).menu_item(ui, true, requests);
            }
            ui.separator();
            Command::ExportPicture.menu_item(ui, true, requests);
        });
    });
    ui.separator();
    Command::Close.menu_item(ui, state.has_document, requests);
    Command::Quit.menu_item(ui, true, requests);
}
