//! Native file dialogs, with a way to tell "cancelled" from "no dialog available".

use crate::clock::Clock;
use chrono::{DateTime, FixedOffset, TimeDelta};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What a file dialog gave back.
#[derive(Clone, Debug, PartialEq)]
pub enum DialogOutcome {
    Chosen(PathBuf),
    Cancelled,
    /// No system dialog could be shown: the app asks for a path itself.
    Unavailable,
}

/// A source of open and save dialogs.
pub trait FileDialogs {
    fn pick_open(&mut self, folder: Option<&Path>) -> DialogOutcome;
    fn pick_save(&mut self, folder: Option<&Path>, file_name: &str) -> DialogOutcome;
}

/// A human needs longer than this to cancel a dialog; a quicker "nothing" means no dialog
/// was shown (on Linux, rfd returns at once without a desktop portal or zenity).
const TOO_QUICK: TimeDelta = TimeDelta::milliseconds(250);

/// The system's dialogs through rfd. Once they prove unavailable, it stops trying.
pub struct NativeDialogs {
    unavailable: bool,
    /// Times how long a dialog stayed open.
    clock: Arc<dyn Clock>,
}

impl NativeDialogs {
    /// The system's dialogs, timed by `clock`.
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Self { unavailable: false, clock }
    }

    fn judge(&mut self, started: DateTime<FixedOffset>, picked: Option<PathBuf>) -> DialogOutcome {
        match picked {
            Some(path) => DialogOutcome::Chosen(path),
            None if self.clock.now() - started < TOO_QUICK => {
                self.unavailable = true;
                DialogOutcome::Unavailable
            }
            None => DialogOutcome::Cancelled,
        }
    }

    fn dialog(folder: Option<&Path>, open: bool) -> rfd::FileDialog {
        let mut dialog = rfd::FileDialog::new();
        if open {
            let mut all = vec!["ron"];
            all.extend(crate::import::EXTENSIONS);
            dialog = dialog
                .add_filter("Plans (Tenstep, Planner, GanttProject, MS Project XML)", &all)
                .add_filter("Plans from other tools", crate::import::EXTENSIONS);
        }
        let dialog = dialog.add_filter("Tenstep plan", &["ron"]).add_filter("All files", &["*"]);
        match folder {
            Some(folder) if folder.is_dir() => dialog.set_directory(folder),
            _ => dialog,
        }
    }
}

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self, folder: Option<&Path>) -> DialogOutcome {
        if self.unavailable {
            return DialogOutcome::Unavailable;
        }
        let started = self.clock.now();
        let picked = Self::dialog(folder, true).set_title("Open a plan").pick_file();
        self.judge(started, picked)
    }

    fn pick_save(&mut self, folder: Option<&Path>, file_name: &str) -> DialogOutcome {
        if self.unavailable {
            return DialogOutcome::Unavailable;
        }
        let started = self.clock.now();
        let picked =
            Self::dialog(folder, false).set_title("Save the plan as").set_file_name(file_name).save_file();
        self.judge(started, picked)
    }
}

/// No system dialogs: always asks in the app (tests, and machines without a portal).
pub struct InAppDialogs;

impl FileDialogs for InAppDialogs {
    fn pick_open(&mut self, _folder: Option<&Path>) -> DialogOutcome {
        DialogOutcome::Unavailable
    }

    fn pick_save(&mut self, _folder: Option<&Path>, _file_name: &str) -> DialogOutcome {
        DialogOutcome::Unavailable
    }
}
