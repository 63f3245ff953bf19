//! Native file dialogs, with a way to tell "cancelled" from "no dialog available".

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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
const TOO_QUICK: Duration = Duration::from_millis(250);

/// The system's dialogs through rfd. Once they prove unavailable, it stops trying.
#[derive(Default)]
pub struct NativeDialogs {
    unavailable: bool,
}

impl NativeDialogs {
    fn judge(&mut self, started: Instant, picked: Option<PathBuf>) -> DialogOutcome {
        match picked {
            Some(path) => DialogOutcome::Chosen(path),
            None if started.elapsed() < TOO_QUICK => {
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
        let started = Instant::now();
        let picked = Self::dialog(folder, true).set_title("Open a plan").pick_file();
        self.judge(started, picked)
    }

    fn pick_save(&mut self, folder: Option<&Path>, file_name: &str) -> DialogOutcome {
        if self.unavailable {
            return DialogOutcome::Unavailable;
        }
        let started = Instant::now();
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
