//! Help windows: keyboard shortcuts (from the command table) and about.

use crate::commands::{Command, format_shortcut};
use egui::RichText;

/// Lists every command's shortcuts (a command with two has two rows).
pub fn shortcuts_window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts").open(open).resizable(false).collapsible(false).show(ctx, |ui| {
        ui.label(RichText::new("Cmd replaces Ctrl on a Mac.").weak());
        ui.add_space(6.0);
        let height = ctx.content_rect().height() * 0.7;
        egui::ScrollArea::vertical().max_height(height).show(ui, shortcut_grids);
    });
}

/// The commands' shortcuts, then the keys of presentation mode.
fn shortcut_grids(ui: &mut egui::Ui) {
    egui::Grid::new("shortcuts").num_columns(2).striped(true).spacing([24.0, 6.0]).show(ui, |ui| {
        for command in Command::all() {
            for &shortcut in command.shortcuts() {
                ui.label(RichText::new(format_shortcut(shortcut)).monospace());
                ui.label(command.label());
                ui.end_row();
            }
        }
    });
    ui.add_space(8.0);
    ui.label(RichText::new("While presenting (F5)").strong());
    egui::Grid::new("present-keys").num_columns(2).striped(true).spacing([24.0, 6.0]).show(ui, |ui| {
        for (keys, what) in crate::ui::present::PRESENT_KEYS {
            ui.label(RichText::new(keys).monospace());
            ui.label(what);
            ui.end_row();
        }
    });
}

/// What Tenstep is, and its version.
pub fn about_window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("About Tenstep").open(open).resizable(false).collapsible(false).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.label(RichText::new(format!("Tenstep {}", env!("CARGO_PKG_VERSION"))).heading());
        ui.label(
            "One shared plan for weaving social media into how an organisation works: the three-year \
             rolling plan, stakeholders, the manifesto, the working group, goals and assessments.",
        );
        ui.add_space(6.0);
        ui.label(
            RichText::new(
                "Your plan is a single RON file. Tenstep works offline and sends nothing anywhere.",
            )
            .weak(),
        );
    });
}
