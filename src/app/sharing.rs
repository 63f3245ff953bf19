//! Sharing: comparing with another copy of the plan, and exports.

use super::TenstepApp;
use super::dialogs::{Dialog, PathPurpose};
use super::file_dialogs::DialogOutcome;
use crate::export::Format;
use crate::io;
use std::path::{Path, PathBuf};

impl TenstepApp {
    /// Asks for another copy of the plan to compare with.
    pub(super) fn pick_compare(&mut self) {
        let folder =
            self.doc.as_ref().and_then(|d| d.path.as_deref()).and_then(Path::parent).map(Path::to_owned);
        match self.file_dialogs.pick_open(folder.as_deref()) {
            DialogOutcome::Chosen(path) => self.start_compare(path),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                let text = folder
                    .map(|f| format!("{}{}", f.display(), std::path::MAIN_SEPARATOR))
                    .unwrap_or_default();
                self.dialog = Some(Dialog::PathEntry { purpose: PathPurpose::Compare, text, note: None });
            }
        }
    }

    /// Loads `path` and opens the compare window against the open plan.
    pub(super) fn start_compare(&mut self, path: PathBuf) {
        let Some(doc) = &self.doc else { return };
        let theirs = match io::load_file(&path) {
            Ok(loaded) => loaded.plan,
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: "The other copy could not be opened".to_owned(),
                    message: format!("{}\n\n{e}", path.display()),
                });
                return;
            }
        };
        match crate::compare::compare(&doc.plan, &theirs) {
            Ok(differences) => {
                self.views.compare = Some(crate::ui::compare::CompareState::new(theirs, path, differences));
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: "These files cannot be compared".to_owned(),
                    message: format!("{}\n\n{e}", path.display()),
                });
            }
        }
    }

    /// Asks where to write an export, then writes it.
    pub(super) fn pick_export(&mut self, format: Format) {
        let Some(doc) = &self.doc else { return };
        let stem = doc
            .path
            .as_deref()
            .and_then(Path::file_stem)
            .map_or_else(|| super::actions::suggested_stem(doc), |s| s.to_string_lossy().into_owned());
        let name = format!("{stem}{}.{}", format.suffix(), format.extension());
        let folder = doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_owned)
            .filter(|_| doc.awkward.is_none())
            .or_else(super::actions::default_folder);
        match self.file_dialogs.pick_save(folder.as_deref(), &name) {
            DialogOutcome::Chosen(path) => self.write_export(format, path),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                let start = folder.map_or_else(|| PathBuf::from(&name), |f| f.join(&name));
                self.dialog = Some(Dialog::PathEntry {
                    purpose: PathPurpose::Export(format),
                    text: start.display().to_string(),
                    note: None,
                });
            }
        }
    }

    /// Writes the export of the open plan to `path`.
    pub(super) fn write_export(&mut self, format: Format, path: PathBuf) {
        let Some(doc) = &self.doc else { return };
        let path = if path.extension().is_none() { path.with_extension(format.extension()) } else { path };
        // The save dialog asked before replacing a file; never the plan itself, nor any plan.
        if let Some(reason) = crate::export::refuse_target(&path, doc.path.as_deref(), true) {
            let message = format!("Not exported to {}: {reason}", path.display());
            self.set_error_status(message.clone());
            self.dialog = Some(Dialog::Error { title: "The export was not written".to_owned(), message });
            return;
        }
        let stamp = self.clock.utc_stamp();
        let bytes = crate::export::export(&doc.plan, format, self.today, &stamp);
        match io::write_atomic(&path, &bytes, false) {
            Ok(()) => self.set_status(format!("Exported {}", path.display())),
            Err(e) => {
                self.set_error_status(e.to_string());
                self.dialog = Some(Dialog::Error {
                    title: "The export was not written".to_owned(),
                    message: e.to_string(),
                });
            }
        }
    }
}

impl TenstepApp {
    /// Asks for a CSV file of tasks to import.
    pub(super) fn pick_import_csv(&mut self) {
        match self.file_dialogs.pick_open(self.recent_folder().as_deref()) {
            DialogOutcome::Chosen(path) => self.start_import_csv(path),
            DialogOutcome::Cancelled => {}
            DialogOutcome::Unavailable => {
                self.dialog = Some(Dialog::PathEntry {
                    purpose: PathPurpose::ImportCsv,
                    text: self.suggested_folder(),
                    note: None,
                });
            }
        }
    }

    /// Reads a CSV file and opens the mapping window.
    pub(super) fn start_import_csv(&mut self, path: PathBuf) {
        let table = io::read_capped(&path)
            .map_err(|e| e.message)
            .and_then(|bytes| crate::import::csv_tasks::read_table(&bytes));
        match table {
            Ok(table) => {
                let mapping = crate::import::csv_tasks::guess_mapping(&table.header);
                self.views.csv_import = Some(crate::ui::csv_import::CsvImportState {
                    source: path,
                    table,
                    mapping,
                    report: None,
                });
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: "The CSV file could not be read".to_owned(),
                    message: format!("{}\n\n{e}", path.display()),
                });
            }
        }
    }

    /// Asks the window for a picture of its next frame.
    pub(super) fn request_picture(&mut self, ctx: &egui::Context) {
        let slot = std::sync::Arc::new(std::sync::Mutex::new(None));
        let filled = slot.clone();
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            if let Ok(mut guard) = filled.lock() {
                *guard = Some(image);
            }
            repaint.request_repaint();
        });
        // No status message now: it would be in the picture.
        self.picture = super::Picture::Waiting(slot);
    }

    /// Once the picture has arrived, asks where to save it.
    pub(super) fn poll_picture(&mut self) {
        let super::Picture::Waiting(slot) = &self.picture else { return };
        let image = slot.lock().ok().and_then(|mut guard| guard.take());
        let Some(image) = image else { return };
        self.picture = super::Picture::Taken(image);
        let stem = self.doc.as_ref().map_or_else(|| "tenstep".to_owned(), super::actions::suggested_stem);
        let name =
            format!("{stem}-{}.png", self.view.label().to_lowercase().replace([' ', '(', ')', '&'], ""));
        let folder = self.recent_folder();
        match self.file_dialogs.pick_save(folder.as_deref(), &name) {
            DialogOutcome::Chosen(path) => self.save_picture(path),
            DialogOutcome::Cancelled => self.picture = super::Picture::None,
            DialogOutcome::Unavailable => {
                let start = folder.map_or_else(|| PathBuf::from(&name), |f| f.join(&name));
                self.dialog = Some(Dialog::PathEntry {
                    purpose: PathPurpose::Picture,
                    text: start.display().to_string(),
                    note: None,
                });
            }
        }
    }

    /// Writes the picture taken to `path` as PNG.
    pub(super) fn save_picture(&mut self, path: PathBuf) {
        let super::Picture::Taken(image) = std::mem::replace(&mut self.picture, super::Picture::None) else {
            return;
        };
        let path = if path.extension().is_none() { path.with_extension("png") } else { path };
        let [width, height] = image.size;
        let written = crate::export::png(width, height, image.as_raw())
            .and_then(|bytes| io::write_atomic(&path, &bytes, false).map_err(|e| e.to_string()));
        match written {
            Ok(()) => self.set_status(format!("Saved a {width}×{height} picture to {}", path.display())),
            Err(e) => self.set_error_status(e),
        }
    }
}
