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
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
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
