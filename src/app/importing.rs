//! Plans from other tools (GNOME Planner, GanttProject, MS Project XML): opened like a plan,
//! they become an untitled Tenstep plan, with a report of what had no place in it.

use super::dialogs::Dialog;
use super::import_report::ImportReport;
use super::{Document, TenstepApp};
use crate::commands::View;
use std::path::Path;

impl TenstepApp {
    /// Imports `bytes` (read from `path`, recognised as another tool's plan) as an untitled
    /// plan shown in the Plan view, and shows the import report. The file is never changed.
    pub(super) fn import_foreign(&mut self, path: &Path, bytes: &[u8]) {
        let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        match crate::import::import_plan(bytes) {
            Ok(imported) => {
                let summary = imported.summary();
                let format = imported.format.name();
                let mut plan = imported.plan;
                plan.meta.created = self.today;
                plan.meta.modified = self.today;
                self.set_document(Document::untitled(plan));
                self.view = View::Plan;
                self.set_status(format!("{summary} ({name}); save it to keep it as a Tenstep plan"));
                self.dialog = Some(Dialog::ImportReport(Box::new(ImportReport {
                    title: format!("Imported from {format}"),
                    summary: format!(
                        "{summary}, from {name}. It opened as an untitled plan: save it to keep it."
                    ),
                    report: imported.report,
                    source: path.to_owned(),
                })));
            }
            Err(e) => {
                self.dialog = Some(Dialog::Error {
                    title: "The plan could not be imported".to_owned(),
                    message: format!("{}\n\n{e}\n\nThe file was not changed.", path.display()),
                });
                self.set_error_status(format!("Could not import {name}"));
            }
        }
    }
}
