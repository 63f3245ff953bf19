//! What requests do: file flows, undo, navigation. Runs at the end of the frame.

use super::dialogs::{Answer, Dialog, PathPurpose, Pending};
use super::file_dialogs::DialogOutcome;
use super::{Document, TenstepApp};
use crate::commands::{Command, Request};
use crate::io;
use crate::model::Plan;
use std::path::{Path, PathBuf};

impl TenstepApp {
    /// Runs every request made this frame, in order.
    pub(super) fn run_requests(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        for request in std::mem::take(&mut self.requests) {
            match request {
                Request::Run(command) => self.run_command(ctx, command),
                Request::OpenPath(path) => self.guard(ctx, Pending::OpenPath(path)),
                Request::NewFromTemplate(index) => self.guard(ctx, Pending::NewFromTemplate(index)),
                Request::Edited { group } => {
                    if let Some(doc) = &mut self.doc {
                        // A step that took in this edit keeps its own name ("Added a task").
                        if doc.record_edit(group, now) {
                            doc.history.describe_last(format!("a change in {}", self.view.label()));
                        }
                    }
                }
                Request::Added { what } => {
                    if let Some(doc) = &mut self.doc {
                        doc.history.end_group();
                        if doc.record_edit(None, now) {
                            doc.history.describe_last(what);
                            doc.history.join_next_edit();
                        }
                    }
                }
                Request::Edit(edit) => self.apply_edit(edit, now),
                Request::Go(place) => self.go(ctx, place),
                Request::EndEditGroup => {
                    if let Some(doc) = &mut self.doc {
                        doc.history.end_group();
                    }
                }
            }
        }
    }

    /// Applies a whole edit through the model's rules as one undo step.
    fn apply_edit(&mut self, edit: crate::model::Edit, now: f64) {
        let today = self.today;
        let Some(doc) = &mut self.doc else { return };
        if doc.read_only.is_some() {
            return;
        }
        match doc.plan.apply(edit, today) {
            Ok(applied) => {
                doc.history.end_group();
                // An edit that changed nothing (a task moved to where it was) is no step.
                if doc.record_edit(None, now) {
                    // "Deleted “X” (Undo brings it back)" is named without its advice.
                    let what = applied.message.split(" (Undo").next().unwrap_or_default();
                    doc.history.describe_last(what);
                    if applied.created.is_some() {
                        doc.history.join_next_edit();
                    }
                }
                if let Some((kind, id)) = applied.created {
                    self.views.select_created(kind, id);
                }
                self.set_status(applied.message);
            }
            Err(refused) => self.set_error_status(format!("Not done: {refused}")),
        }
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::NewPlan => self.dialog = Some(Dialog::NewPlan),
            Command::Open => self.guard(ctx, Pending::Open),
            Command::Save => self.save(ctx, None),
            Command::SaveAs => self.save_as(ctx, None),
            Command::Close => self.guard(ctx, Pending::Close),
            Command::Quit => self.guard(ctx, Pending::Quit),
            Command::Undo => {
                let what = self.doc.as_ref().and_then(|d| d.history.undo_label().map(str::to_owned));
                let done = self.doc.as_mut().is_some_and(Document::undo);
                match (done, what) {
                    (false, _) => self.set_status("Nothing to undo"),
                    (true, Some(what)) => self.set_status(format!("Undone: {what}")),
                    (true, None) => self.set_status("Undone"),
                }
            }
            Command::Redo => {
                let what = self.doc.as_ref().and_then(|d| d.history.redo_label().map(str::to_owned));
                let done = self.doc.as_mut().is_some_and(Document::redo);
                match (done, what) {
                    (false, _) => self.set_status("Nothing to redo"),
                    (true, Some(what)) => self.set_status(format!("Redone: {what}")),
                    (true, None) => self.set_status("Redone"),
                }
            }
            Command::ShowView(view) => {
                if self.doc.is_some() {
                    self.view = view;
                }
            }
            Command::ToggleTheme => self.settings.dark_mode = !self.settings.dark_mode,
            Command::ShowProblems => self.show_problems = true,
            Command::ShowShortcuts => self.show_shortcuts = true,
            Command::About => self.show_about = true,
            Command::AddTask
            | Command::AddWorkstream
            | Command::EditTask
            | Command::DeleteTask
            | Command::ZoomIn
            | Command::ZoomOut
            | Command::FitHorizon
            | Command::RollForward => {
                let Some(doc) = &self.doc else { return };
                self.view = crate::commands::View::Plan;
                if let Some(request) =
                    crate::ui::gantt::run_command(command, &doc.plan, &mut self.views.gantt, self.today)
                {
                    self.requests.push(request);
                }
            }
            Command::CompareWith => self.pick_compare(),
            Command::Export(format) => self.pick_export(format),
            Command::ImportTasksCsv => self.pick_import_csv(),
            // The Open dialog offers other tools' plans too, and opening one imports it.
            Command::ImportPlan => self.guard(ctx, Pending::Open),
            Command::ExportPicture => self.request_picture(ctx),
            Command::Present => self.start_presenting(ctx, None),
            Command::PresentFromHere => self.start_presenting(ctx, Some(self.view)),
            Command::WorkshopAgenda => self.show_agenda = true,
            Command::ClearRecent => {
                self.settings.recent.clear();
                self.set_status("Recent plans cleared");
            }
        }
    }

    /// Opens the view (and panel) where `place` is fixed, with the item selected.
    fn go(&mut self, ctx: &egui::Context, place: crate::model::Where) {
        match self.views.reveal(&place) {
            Some(view) => self.view = view,
            None => self.run_command(ctx, Command::RollForward),
        }
    }

    /// Runs `pending` now, or first asks about unsaved changes.
    pub(super) fn guard(&mut self, ctx: &egui::Context, pending: Pending) {
        match &self.doc {
            Some(doc) if doc.is_dirty() => {
                let title = doc.plan.meta.title.trim();
                let title = if title.is_empty() { doc.file_name() } else { title.to_owned() };
                self.dialog = Some(Dialog::Unsaved { title, pending });
            }
            _ => self.perform(ctx, pending),
        }
    }

    /// Runs `pending` without asking.
    pub(super) fn perform(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Open => match self.file_dialogs.pick_open(self.recent_folder().as_deref()) {
                DialogOutcome::Chosen(path) => self.open_path(path),
                DialogOutcome::Cancelled => {}
                DialogOutcome::Unavailable => {
                    self.dialog = Some(Dialog::PathEntry {
                        purpose: PathPurpose::Open,
                        text: self.suggested_folder(),
                        note: None,
                    });
                }
            },
            Pending::OpenPath(path) => self.open_path(path),
            Pending::NewBlank => {
                let seed = self.clock.nanos();
                self.set_document(Document::untitled(Plan::blank(self.today, seed)));
                self.view = crate::commands::View::Overview;
                self.set_status("New blank plan");
            }
            Pending::NewSkeleton => {
                let seed = self.clock.nanos();
                self.set_document(Document::untitled(crate::templates::skeleton(self.today, seed)));
                self.view = crate::commands::View::Plan;
                self.set_status("New plan from the ten-step skeleton: rename, reschedule and fill it in");
            }
            Pending::NewFromTemplate(index) => self.new_from_template(index),
            Pending::Close => {
                self.doc = None;
                self.set_status("Plan closed");
            }
            Pending::Quit => {
                self.quitting = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Handles the user's answer to a dialog.
    pub(super) fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        match answer {
            Answer::Save(pending) => self.save(ctx, Some(pending)),
            Answer::Discard(pending) => {
                if pending == Pending::Quit {
                    // Discarded on purpose: no recovery copy is left behind.
                    self.doc = None;
                    self.recovery.forget();
                }
                self.perform(ctx, pending);
            }
            Answer::Path(PathPurpose::Open, path) => self.open_path(path),
            Answer::Path(PathPurpose::Compare, path) => self.start_compare(path),
            Answer::Path(PathPurpose::Export(format), path) => self.write_export(format, path),
            Answer::Path(PathPurpose::ImportCsv, path) => self.start_import_csv(path),
            Answer::Path(PathPurpose::Picture, path) => self.save_picture(path),
            Answer::Path(PathPurpose::ImportReport(report), path) => self.save_import_report(&report, path),
            Answer::SaveImportReport(report) => self.pick_import_report(report),
            Answer::ShowImportReport(report) => self.dialog = Some(Dialog::ImportReport(report)),
            Answer::Path(PathPurpose::SaveAs { then }, path) => {
                self.write_to(ctx, with_ron_extension(path), then);
            }
            Answer::OpenUrl(url) => {
                self.allowed_url = Some(url.clone());
                ctx.open_url(egui::OpenUrl::new_tab(url));
            }
            Answer::Restore(entry) => self.restore(entry),
            Answer::NewPlan(pending) => self.guard(ctx, pending),
            Answer::DiscardRecovered(key) => {
                if let Some(store) = self.recovery.store() {
                    store.discard(&key);
                }
                self.set_status("Recovered changes discarded");
                self.offer_recovered();
            }
            Answer::Reload => self.reload(),
            Answer::Overwrite(then) => {
                if let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) {
                    self.write_checked(ctx, path, then, false);
                }
            }
            Answer::SaveElsewhere(then) => self.save_as(ctx, then),
            Answer::CompareWithDisk => {
                if let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) {
                    self.start_compare(path);
                }
            }
            Answer::Dismissed => {}
        }
    }

    /// Makes `doc` the open plan, with fresh view state (selection, zoom) for it. The old
    /// plan's recovery copy goes (it was saved or discarded by now).
    pub(super) fn set_document(&mut self, doc: Document) {
        self.doc = Some(doc);
        self.views = crate::ui::ViewStates::default();
        self.recovery.start_over();
    }

    /// Opens built-in template `index` as an untitled plan.
    pub(super) fn new_from_template(&mut self, index: usize) {
        let Some(template) = crate::templates::TEMPLATES.get(index) else { return };
        match io::load_bytes(template.source.as_bytes()) {
            Ok(loaded) => {
                self.set_document(Document::untitled(loaded.plan));
                self.view = crate::commands::View::Overview;
                self.set_status(format!(
                    "New plan from the “{}” example; Save asks where to keep it",
                    template.name
                ));
            }
            Err(e) => self.set_error_status(format!("The built-in example could not be read: {e}")),
        }
    }

    /// Saves to the document's file, or asks where (a new plan, a read-only file, a file in a
    /// place that should not be saved to).
    fn save(&mut self, ctx: &egui::Context, then: Option<Pending>) {
        let Some(doc) = &self.doc else { return };
        match (&doc.path, &doc.read_only, &doc.awkward) {
            (Some(path), None, None) => {
                let path = path.clone();
                self.write_to(ctx, path, then);
            }
            (_, _, Some(awkward)) => {
                self.set_status(awkward.reason());
                self.save_as(ctx, then);
            }
            _ => self.save_as(ctx, then),
        }
    }

    pub(super) fn save_as(&mut self, ctx: &egui::Context, then: Option<Pending>) {
        let Some(doc) = &self.doc else { return };
        let name = suggested_file_name(doc);
        // Not back into a read-only or temporary folder: the Documents folder instead.
        let own_folder =
            doc.path.as_deref().and_then(Path::parent).map(Path::to_owned).filter(|_| doc.awkward.is_none());
        let note = doc.awkward.as_ref().map(|a| a.reason().to_owned());
        let folder =
            own_folder.or_else(|| if note.is_some() { default_folder() } else { self.recent_folder() });
        match self.file_dialogs.pick_save(folder.as_deref(), &name) {
            DialogOutcome::Chosen(path) => self.write_to(ctx, with_ron_extension(path), then),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                let start = folder.map_or_else(|| PathBuf::from(&name), |f| f.join(&name));
                self.dialog = Some(Dialog::PathEntry {
                    purpose: PathPurpose::SaveAs { then },
                    text: start.display().to_string(),
                    note,
                });
            }
        }
    }

    /// Where file dialogs start: the folder of the most recent plan, else the user's
    /// Documents folder, else their home folder.
    pub(super) fn recent_folder(&self) -> Option<PathBuf> {
        self.settings
            .recent
            .iter()
            .find_map(|p| p.parent().filter(|d| d.is_dir()).map(Path::to_owned))
            .or_else(default_folder)
    }

    pub(super) fn suggested_folder(&self) -> String {
        self.recent_folder()
            .map(|f| format!("{}{}", f.display(), std::path::MAIN_SEPARATOR))
            .unwrap_or_default()
    }
}

/// A file name for a plan that has none yet, from its title ("Northwind plan" → "northwind-plan.ron").
fn suggested_file_name(doc: &Document) -> String {
    if let Some(name) = doc.path.as_deref().and_then(Path::file_name) {
        return name.to_string_lossy().into_owned();
    }
    format!("{}.ron", suggested_stem(doc))
}

/// A file name without extension from the plan's title ("northwind-plan"), or "plan".
pub(super) fn suggested_stem(doc: &Document) -> String {
    let slug: String = doc
        .plan
        .meta
        .title
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let slug: Vec<&str> = slug.split('-').filter(|s| !s.is_empty()).collect();
    let slug = slug.join("-");
    let slug: String = slug.chars().take(60).collect();
    if slug.is_empty() { "plan".to_owned() } else { slug }
}

/// The user's Documents folder, or their home folder.
pub(super) fn default_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    let folder = dirs.document_dir().unwrap_or(dirs.home_dir());
    folder.is_dir().then(|| folder.to_owned())
}

/// Adds `.ron` to a path typed without an extension.
fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_none() { path.with_extension("ron") } else { path }
}
