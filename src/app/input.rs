//! What reaches the app from the window: shortcuts, dropped files, the close button, links
//! to open; and the window title it sends back.

use super::dialogs::{self, Dialog};
use super::{Document, TenstepApp};
use crate::commands::{Command, Request, View, is_bare_key};
use std::path::PathBuf;

impl TenstepApp {
    /// Turns pressed shortcuts into requests. Nothing is taken while a dialog is open.
    pub(super) fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let typing = ctx.egui_wants_keyboard_input();
        for (command, shortcut) in Command::by_shortcut_specificity() {
            let bare = is_bare_key(shortcut);
            if bare && typing {
                continue;
            }
            // Slides have their own keys, and the Plan view's commands act on a view not shown.
            if self.presenting.is_some() && (bare || command.is_plan_command()) {
                continue;
            }
            if command.is_plan_command() && (self.view != View::Plan || self.doc.is_none()) && bare {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.requests.push(Request::Run(command));
            }
        }
    }

    /// Opens (or imports) the first file dropped on the window.
    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.requests.push(Request::OpenPath(path));
        }
    }

    /// The window's close button: unsaved changes ask first.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.quitting {
            return;
        }
        if self.doc.as_ref().is_some_and(Document::is_dirty) {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.guard(ctx, dialogs::Pending::Quit);
        }
    }

    /// Shows the plan's name (and whether it is saved) in the title bar.
    pub(super) fn update_window_title(&mut self, ctx: &egui::Context) {
        let title = self.doc.as_ref().map_or_else(|| "Tenstep".to_owned(), Document::window_title);
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// Takes back every link opened this frame (Markdown links, channel addresses) and asks
    /// first: a plan arrives by email from anyone. Only a link the user confirmed goes through.
    pub(super) fn hold_links_for_confirmation(&mut self, ctx: &egui::Context) {
        let allowed = self.allowed_url.take();
        let held: Vec<String> = ctx.output_mut(|o| {
            let mut held = Vec::new();
            o.commands.retain(|command| match command {
                egui::OutputCommand::OpenUrl(open) if allowed.as_deref() != Some(open.url.as_str()) => {
                    held.push(open.url.clone());
                    false
                }
                _ => true,
            });
            held
        });
        if let Some(url) = held.into_iter().next()
            && self.dialog.is_none()
        {
            self.dialog = Some(Dialog::OpenUrl { url });
        }
    }
}
