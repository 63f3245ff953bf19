//! The import report: what an import of another tool's plan (GNOME Planner, GanttProject, MS
//! Project XML) could not carry over, one line per kind of loss that folds open to list every
//! task or resource affected; it can be copied, or saved as text beside the imported file.

use super::TenstepApp;
use super::dialogs::{Answer, Dialog, PathPurpose, modal};
use super::file_dialogs::DialogOutcome;
use crate::import::outline::{Report, ReportGroup};
use egui::collapsing_header::CollapsingState;
use egui::{Key, RichText};
use std::path::{Path, PathBuf};

/// An import's report as the dialog shows it and the saved file holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportReport {
    /// "Imported from GanttProject".
    pub title: String,
    /// What the import made: "Imported 5 tasks in 2 workstreams, … from launch.gan. …".
    pub summary: String,
    pub report: Report,
    /// The imported file; the report is saved beside it.
    pub source: PathBuf,
}

impl ImportReport {
    /// The report as plain text (Markdown): title, summary, each group with every name.
    pub fn text(&self) -> String {
        self.report.to_text(&self.title, &self.summary)
    }

    /// The file name offered for the saved report: `<file stem>-import-report.txt`.
    pub fn file_name(&self) -> String {
        let stem = self.source.file_stem().map_or_else(|| "plan".into(), |s| s.to_string_lossy());
        format!("{stem}-import-report.txt")
    }

    /// Where the report is saved by default: beside the imported file.
    fn default_path(&self) -> PathBuf {
        self.source.with_file_name(self.file_name())
    }
}

/// Draws the report; returns the answer once the user gives one (the dialog then closes).
pub(super) fn show(ctx: &egui::Context, report: &ImportReport) -> Option<Answer> {
    let mut answer = None;
    let screen = ctx.content_rect();
    let modal = modal("import-report", ctx).show(ctx, |ui| {
        ui.set_width((screen.width() - 120.0).clamp(280.0, 680.0));
        ui.label(RichText::new(&report.title).heading());
        ui.add_space(6.0);
        ui.label(&report.summary);
        ui.add_space(6.0);
        let groups = report.report.groups();
        if groups.is_empty() {
            ui.label("Everything in the file found a place in the plan.");
        } else {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("Not imported as it was").strong());
                ui.label(RichText::new("(open a line to see every task or resource it concerns)").weak());
            });
            ui.add_space(4.0);
            // Title, summary and buttons keep about 260 points; the list scrolls in the rest. A
            // long list takes that height at once (a modal's room is its last size, so the list
            // would otherwise grow frame by frame, moving the buttons under the pointer).
            let height = (screen.height() - 300.0).max(160.0);
            let list = egui::ScrollArea::vertical().max_height(height).min_scrolled_height(height);
            list.auto_shrink([false, true]).show(ui, |ui| {
                for (index, group) in groups.iter().enumerate() {
                    if group.names().is_empty() {
                        // Lined up with the folding lines' text, past their arrow.
                        let past_arrow = egui::Margin { left: 18, ..egui::Margin::ZERO };
                        egui::Frame::NONE.inner_margin(past_arrow).show(ui, |ui| ui.label(group.sentence()));
                        continue;
                    }
                    group_lines(ui, index, group);
                }
            });
        }
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button("OK").clicked() || ui.input(|i| i.key_pressed(Key::Enter)) {
                answer = Some(Answer::Dismissed);
            }
            let hint = format!("Save it as {} beside the imported file", report.file_name());
            if ui.button("Save report…").on_hover_text(hint).clicked() {
                answer = Some(Answer::SaveImportReport(Box::new(report.clone())));
            }
            if ui
                .button("Copy")
                .on_hover_text("Copy the whole report, to paste it into a mail or a note")
                .clicked()
            {
                ui.ctx().copy_text(report.text());
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Answer::Dismissed);
    }
    answer
}

/// One group that folds open to list every name; its sentence wraps (a collapsing header's
/// text does not) and a click on it folds and unfolds, as on the arrow.
fn group_lines(ui: &mut egui::Ui, index: usize, group: &ReportGroup) {
    let id = ui.make_persistent_id(("import-report-group", index));
    let state = CollapsingState::load_with_default_open(ui.ctx(), id, false);
    let (_, header, _) = state
        .show_header(ui, |ui| ui.add(egui::Label::new(group.sentence()).wrap().sense(egui::Sense::click())))
        .body(|ui| {
            for name in group.names() {
                ui.add(egui::Label::new(name).wrap());
            }
        });
    if header.inner.clicked()
        && let Some(mut state) = CollapsingState::load(ui.ctx(), id)
    {
        state.toggle(ui);
        state.store(ui.ctx());
    }
}

impl TenstepApp {
    /// Asks where to save the import report (beside the imported file), then saves it. After a
    /// cancel the report is back on screen.
    pub(super) fn pick_import_report(&mut self, report: Box<ImportReport>) {
        let folder = report.source.parent().filter(|f| f.is_dir()).map(Path::to_owned);
        let name = report.file_name();
        match self.file_dialogs.pick_save(folder.as_deref(), &name) {
            DialogOutcome::Chosen(path) => self.save_import_report(&report, path),
            DialogOutcome::Cancelled => self.dialog = Some(Dialog::ImportReport(report)),
            DialogOutcome::Unavailable => {
                let text = report.default_path().display().to_string();
                self.dialog =
                    Some(Dialog::PathEntry { purpose: PathPurpose::ImportReport(report), text, note: None });
            }
        }
    }

    /// Writes the import report to `path` as text and says where in the status bar (the
    /// dialog closes, so the message shows).
    pub(super) fn save_import_report(&mut self, report: &ImportReport, path: PathBuf) {
        let path = if path.extension().is_none() { path.with_extension("txt") } else { path };
        let refused = if path == report.source {
            Some("this is the file the plan was imported from (choose another file)".to_owned())
        } else {
            // The save dialog asked before replacing a file; never a plan.
            crate::export::refuse_target(&path, None, true)
        };
        let written = match refused {
            Some(reason) => Err(reason),
            None => {
                crate::io::write_atomic(&path, report.text().as_bytes(), false).map_err(|e| e.to_string())
            }
        };
        match written {
            Ok(()) => self.set_status(format!("Saved the import report to {}", path.display())),
            Err(reason) => {
                let message = format!("Not saved to {}: {reason}", path.display());
                self.set_error_status(message.clone());
                self.dialog =
                    Some(Dialog::Error { title: "The import report was not saved".to_owned(), message });
            }
        }
    }
}
