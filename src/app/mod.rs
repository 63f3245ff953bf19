//! The eframe app: holds the open document and runs requests at the end of each frame.

mod actions;
mod dialogs;
mod disk;
mod disk_dialogs;
mod document;
pub mod file_dialogs;
mod import_report;
mod importing;
mod input;
mod last_words;
mod presenting;
mod recovery;
mod settings;
mod sharing;
pub mod undo;

pub use document::Document;
pub use last_words::LastWords;
pub use recovery::{MAX_SECONDS, QUIET_SECONDS, RecoveryPlace};
pub use settings::Settings;

use crate::clock::Clock;
use crate::commands::{Command, Request, View};
use crate::model::Date;
use crate::ui::{self, ViewCtx, menu::MenuState, theme};
use dialogs::Dialog;
use file_dialogs::{FileDialogs, NativeDialogs};
use std::path::PathBuf;
use std::sync::Arc;

/// How the app starts.
pub struct StartOptions {
    /// A file to open; without one, the default sample plan opens as an untitled copy.
    pub file: Option<PathBuf>,
    pub view: Option<View>,
    /// Use the system's file dialogs (tests turn this off).
    pub native_dialogs: bool,
    /// Where recovery copies of unsaved plans go.
    pub recovery: RecoveryPlace,
    /// Start in presentation mode.
    pub present: bool,
    /// Where the app learns the time and the date: the system clock, or a test's.
    pub clock: Arc<dyn Clock>,
}

/// A picture of the window being taken for File > Export > Picture.
#[derive(Default)]
enum Picture {
    #[default]
    None,
    /// Asked for; the window fills the slot when the frame is drawn.
    Waiting(std::sync::Arc<std::sync::Mutex<Option<std::sync::Arc<egui::ColorImage>>>>),
    /// Taken; waiting for where to save it.
    Taken(std::sync::Arc<egui::ColorImage>),
}

/// A short message in the status bar.
struct Status {
    text: String,
    is_error: bool,
}

/// The Tenstep application.
pub struct TenstepApp {
    /// The open plan; `None` shows the start page.
    pub doc: Option<Document>,
    pub view: View,
    pub settings: Settings,
    requests: Vec<Request>,
    dialog: Option<Dialog>,
    show_problems: bool,
    show_shortcuts: bool,
    show_about: bool,
    status: Option<Status>,
    file_dialogs: Box<dyn FileDialogs>,
    /// Set once the user agreed to quit, so the next close request goes through.
    quitting: bool,
    window_title: String,
    /// The app's only source of the time; "today" is read from it at the start of each frame.
    clock: Arc<dyn Clock>,
    today: Date,
    /// The views' runtime state (zoom, scroll, selection, filters).
    pub views: ui::ViewStates,
    /// A web address the user confirmed, allowed through once.
    allowed_url: Option<String>,
    /// The recovery copy of the open plan.
    recovery: recovery::Recovery,
    /// Whether the window had the focus last frame (to check the file on disk on return).
    had_focus: Option<bool>,
    picture: Picture,
    /// Where the presentation is, while presenting.
    pub presenting: Option<ui::present::Presentation>,
    /// The workshop agenda window, outside presentation mode.
    show_agenda: bool,
    /// The workshop countdown shown on the slides.
    pub timer: ui::present::Timer,
    /// The theme last applied: (dark, presenting).
    applied_theme: Option<(bool, bool)>,
}

impl TenstepApp {
    /// Creates the app from eframe's creation context.
    pub fn new(cc: &eframe::CreationContext<'_>, options: StartOptions) -> Self {
        theme::install_fonts(&cc.egui_ctx);
        if cc.gl.as_deref().is_some_and(theme::is_software_renderer) {
            theme::calm_for_software_rendering(&cc.egui_ctx);
        }
        let settings: Settings =
            cc.storage.and_then(|s| eframe::get_value(s, settings::SETTINGS_KEY)).unwrap_or_default();
        let file_dialogs: Box<dyn FileDialogs> = if options.native_dialogs {
            Box::new(NativeDialogs::new(options.clock.clone()))
        } else {
            Box::new(file_dialogs::InAppDialogs)
        };
        let mut app = Self {
            doc: None,
            view: options.view.unwrap_or(settings.last_view),
            settings,
            requests: Vec::new(),
            dialog: None,
            show_problems: false,
            show_shortcuts: false,
            show_about: false,
            status: None,
            file_dialogs,
            quitting: false,
            window_title: String::new(),
            today: options.clock.today(),
            clock: options.clock,
            views: ui::ViewStates::default(),
            allowed_url: None,
            recovery: recovery::Recovery::new(&options.recovery),
            had_focus: None,
            picture: Picture::None,
            presenting: None,
            show_agenda: false,
            timer: ui::present::Timer::default(),
            applied_theme: None,
        };
        match options.file {
            Some(path) => app.open_path(path),
            None => app.new_from_template(0),
        }
        if let Some(view) = options.view {
            app.view = view;
        }
        app.offer_recovered();
        if options.present && app.doc.is_some() {
            app.presenting = Some(ui::present::Presentation::default());
        }
        app
    }

    /// The end of every frame, presenting or not: the open dialog, then the frame's requests,
    /// links held for confirmation, the window title and the recovery copy.
    fn end_frame(&mut self, ctx: &egui::Context) {
        if let Some(dialog) = &mut self.dialog
            && let Some(answer) = dialogs::show(ctx, dialog)
        {
            self.dialog = None;
            self.answer(ctx, answer);
        }
        self.run_requests(ctx);
        #[cfg(debug_assertions)]
        if let Some(doc) = &self.doc {
            doc.assert_every_edit_recorded();
        }
        self.hold_links_for_confirmation(ctx);
        self.update_window_title(ctx);
        self.keep_recovery_copy(ctx);
    }

    /// Offers to restore the plans a crash left with unsaved changes.
    fn offer_recovered(&mut self) {
        let Some(store) = self.recovery.store() else { return };
        let own = self.recovery.key().to_owned();
        let entries: Vec<_> = store.list().into_iter().filter(|e| e.key != own).collect();
        if !entries.is_empty() {
            self.dialog = Some(Dialog::Recover { entries });
        }
    }

    /// Keeps the recovery copy up to date; asks for a repaint when one is due.
    fn keep_recovery_copy(&mut self, ctx: &egui::Context) {
        // The app's clock, not frame time: a copy is due after seconds of the real (or, in
        // tests, the injected) clock, however often frames come.
        let now = self.clock.now().timestamp_micros() as f64 / 1e6;
        let clock = self.clock.rfc3339();
        if let Some(wait) = self.recovery.tick(self.doc.as_ref(), now, &clock) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
        }
        if let Some(failure) = self.recovery.failure.take() {
            self.set_error_status(failure);
        }
    }

    /// When the window gets the focus back, checks whether someone changed the file.
    fn check_disk_on_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.viewport().focused);
        let gained = focused == Some(true) && self.had_focus == Some(false);
        if focused.is_some() {
            self.had_focus = focused;
        }
        if gained && self.dialog.is_none() {
            self.check_disk();
        }
    }

    /// What happens when the app exits: a plan with unsaved changes (not discarded) keeps a
    /// recovery copy.
    pub fn exit_now(&mut self) {
        let clock = self.clock.rfc3339();
        self.recovery.write_now(self.doc.as_ref(), &clock);
    }

    /// The newest unsaved state, for a handler of the session ending to write on the way out.
    pub fn last_words(&self) -> LastWords {
        self.recovery.last_words.clone()
    }

    /// The app's clock (the date and time it works with).
    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    fn set_status(&mut self, text: impl Into<String>) {
        self.status = Some(Status { text: text.into(), is_error: false });
    }

    fn set_error_status(&mut self, text: impl Into<String>) {
        self.status = Some(Status { text: text.into(), is_error: true });
    }

    /// The current window title (what the title bar shows).
    pub fn window_title(&self) -> &str {
        &self.window_title
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let templates: Vec<&'static str> = crate::templates::TEMPLATES.iter().map(|t| t.name).collect();
        let state = MenuState {
            recent: &self.settings.recent,
            templates: &templates,
            has_document: self.doc.is_some(),
            can_undo: self.doc.as_ref().is_some_and(|d| d.history.can_undo()),
            can_redo: self.doc.as_ref().is_some_and(|d| d.history.can_redo()),
            problems: self.doc.as_ref().map_or(0, |d| d.warnings.len()),
        };
        ui::menu::show(ui, &state, &mut self.requests);
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        let tokens = theme::Tokens::of(ui);
        ui.horizontal(|ui| {
            if let Some(status) = &self.status {
                let color = if status.is_error { tokens.danger } else { tokens.muted };
                ui.label(egui::RichText::new(&status.text).color(color));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let Some(doc) = &self.doc else { return };
                let path =
                    doc.path.as_ref().map_or_else(|| "Not saved yet".to_owned(), |p| p.display().to_string());
                ui.label(egui::RichText::new(path).color(tokens.muted));
                if !doc.warnings.is_empty() {
                    let text =
                        egui::RichText::new(format!("⚠ {} problem(s) in this plan", doc.warnings.len()))
                            .color(tokens.warning);
                    Command::ShowProblems.add_button(ui, true, egui::Button::new(text), &mut self.requests);
                }
            });
        });
    }

    fn central(&mut self, ui: &mut egui::Ui) {
        let Some(doc) = &mut self.doc else {
            crate::ui::start::show(ui, &self.settings.recent, &mut self.requests);
            return;
        };
        if let Some(reason) = &doc.read_only {
            let tokens = theme::Tokens::of(ui);
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new("Read-only").strong().color(tokens.warning));
                ui.label(reason.as_str());
                if ui.button(Command::SaveAs.label()).clicked() {
                    self.requests.push(Request::Run(Command::SaveAs));
                }
            });
            ui.separator();
        }
        let read_only = doc.read_only.is_some();
        let mut ctx = ViewCtx {
            plan: &mut doc.plan,
            requests: &mut self.requests,
            today: self.today,
            presenting: false,
        };
        let (views, view) = (&mut self.views, self.view);
        ui.add_enabled_ui(!read_only, |ui| views.show(view, ui, &mut ctx));
    }
}

impl eframe::App for TenstepApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // An app left open overnight moves on to the new day.
        self.today = self.clock.today();
        self.apply_theme(ctx);
        self.presenting_keys(ctx);
        self.handle_shortcuts(ctx);
        self.handle_dropped_files(ctx);
        self.handle_close_request(ctx);
        self.check_disk_on_focus(ctx);
        self.poll_picture();
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if self.presenting.is_some() && self.doc.is_some() {
            self.present_ui(ui);
            self.end_frame(&ctx);
            return;
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        if self.doc.is_some() {
            egui::Panel::left("nav").resizable(false).exact_size(190.0).show(ui, |ui| {
                ui::nav::show(ui, self.view, &mut self.requests);
            });
        }
        egui::CentralPanel::default().show(ui, |ui| self.central(ui));
        ui::help::shortcuts_window(&ctx, &mut self.show_shortcuts);
        ui::help::about_window(&ctx, &mut self.show_about);
        if let Some(doc) = &self.doc {
            dialogs::problems_window(&ctx, &mut self.show_problems, &doc.file_name(), &doc.warnings);
        }
        if let Some(doc) = &self.doc {
            ui::compare::window(&ctx, &doc.plan, &mut self.views.compare, &mut self.requests);
            ui::csv_import::window(&ctx, &doc.plan, &mut self.views.csv_import, &mut self.requests);
        }
        if let Some(doc) = &mut self.doc {
            ui::present::agenda_window(&ctx, &mut doc.plan, &mut self.show_agenda, &mut self.requests);
        }
        self.end_frame(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.last_view = self.view;
        eframe::set_value(storage, settings::SETTINGS_KEY, &self.settings);
    }

    /// The app is closing however it was asked to (the window, Quit, the session ending):
    /// unsaved changes still here get a recovery copy now.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.exit_now();
    }
}
