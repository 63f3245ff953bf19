//! The open document: the plan, where it lives, its undo history and what the user must know.

use super::undo::History;
use crate::io::{Awkward, DiskStamp, Warning};
use crate::model::Plan;
use std::path::{Path, PathBuf};

/// A plan open in the app.
pub struct Document {
    pub plan: Plan,
    /// The file it was opened from or saved to; `None` for an untitled plan.
    pub path: Option<PathBuf>,
    /// Why saving over `path` is not allowed (a newer format), if it is not.
    pub read_only: Option<String>,
    /// Problems found when the file was loaded.
    pub warnings: Vec<Warning>,
    pub history: History,
    /// The history version that matches the file on disk (`None`: never saved).
    saved_version: Option<u64>,
    /// The file as it was when opened or last saved here, to notice changes made elsewhere.
    pub stamp: Option<DiskStamp>,
    /// Why Save should not write back to `path` (read-only, a temporary folder).
    pub awkward: Option<Awkward>,
    /// An outside change to the file the user already heard about (not asked again).
    pub noticed: Option<DiskStamp>,
}

impl Document {
    /// A document for a plan that has no file yet (a template or a blank plan).
    pub fn untitled(plan: Plan) -> Self {
        let history = History::new(&plan);
        Self {
            plan,
            path: None,
            read_only: None,
            warnings: Vec::new(),
            history,
            saved_version: None,
            stamp: None,
            awkward: None,
            noticed: None,
        }
    }

    /// A document for a plan loaded from `path`.
    pub fn from_file(plan: Plan, path: PathBuf, warnings: Vec<Warning>, read_only: Option<String>) -> Self {
        let history = History::new(&plan);
        let saved_version = Some(history.version());
        Self {
            plan,
            path: Some(path),
            read_only,
            warnings,
            history,
            saved_version,
            stamp: None,
            awkward: None,
            noticed: None,
        }
    }

    /// A plan restored from a recovery copy: it belongs to `path` (if it was ever saved) and
    /// counts as unsaved until saved.
    pub fn restored(plan: Plan, path: Option<PathBuf>, stamp: Option<DiskStamp>) -> Self {
        let mut doc = Self::untitled(plan);
        doc.path = path;
        doc.stamp = stamp;
        // No state of its history matches the file on disk.
        doc.saved_version = Some(u64::MAX);
        doc
    }

    /// Whether there are changes that are not in the file (an untitled plan counts as
    /// unsaved only once it was edited).
    pub fn is_dirty(&self) -> bool {
        match self.saved_version {
            Some(v) => v != self.history.version(),
            None => self.history.version() != 0,
        }
    }

    /// The file was deleted or moved away while the plan was open: nothing on disk holds the
    /// plan now, so it counts as unsaved (closing asks; a recovery copy is kept). Returns
    /// whether this is news.
    pub fn file_gone(&mut self) -> bool {
        let news = self.saved_version != Some(u64::MAX);
        self.saved_version = Some(u64::MAX);
        news
    }

    /// Marks the current state as the one on disk at `path`.
    pub fn mark_saved(&mut self, path: PathBuf, stamp: Option<DiskStamp>) {
        self.path = Some(path);
        self.read_only = None;
        self.awkward = None;
        self.saved_version = Some(self.history.version());
        self.stamp = stamp;
        self.noticed = None;
    }

    /// The file name, or "Untitled" for a plan with no file.
    pub fn file_name(&self) -> String {
        self.path
            .as_deref()
            .and_then(Path::file_name)
            .map_or_else(|| "Untitled".to_owned(), |n| n.to_string_lossy().into_owned())
    }

    /// The window title: plan title, file name, unsaved marker.
    pub fn window_title(&self) -> String {
        let title = self.plan.meta.title.trim();
        let title = if title.is_empty() { "Untitled plan" } else { title };
        let title: String = title.chars().take(80).collect();
        let marker = if self.is_dirty() { "● " } else { "" };
        let read_only = if self.read_only.is_some() { " (read-only)" } else { "" };
        format!("{marker}{title} — {}{read_only} — Tenstep", self.file_name())
    }

    /// Records an edit made in place as an undo step (see [`History::record`]); returns
    /// whether it began a new step. A report of an edit that changed nothing (a picker set
    /// to the value it had) records nothing.
    pub fn record_edit(&mut self, group: Option<u64>, now: f64) -> bool {
        if self.plan == *self.history.recorded() {
            return false;
        }
        self.history.record(&self.plan, group, now)
    }

    /// The safety net under in-place editing, checked at the end of every frame in debug
    /// builds (as rerun's undo checks itself): once the frame's requests ran, the plan must be
    /// the state the history recorded last. A widget that changed the plan without reporting
    /// it would leave a change that Undo skips over and that a save might not see as unsaved.
    ///
    /// # Panics
    /// In debug builds, naming the first line of the file that differs.
    #[cfg(debug_assertions)]
    pub fn assert_every_edit_recorded(&self) {
        let recorded = self.history.recorded();
        if self.plan != *recorded {
            let text = |plan| crate::io::to_canonical_string(plan).unwrap_or_default();
            let (now, then) = (text(&self.plan), text(recorded));
            if now == then {
                // Equal as written: only a NaN (never equal to itself) made them differ.
                return;
            }
            let line = now.lines().zip(then.lines()).position(|(a, b)| a != b).unwrap_or(0);
            panic!(
                "the plan changed without reporting the edit (Request::Edited), so Undo would skip it; \
                 first difference at line {}: now {:?}, recorded {:?}",
                line + 1,
                now.lines().nth(line).unwrap_or_default(),
                then.lines().nth(line).unwrap_or_default(),
            );
        }
    }

    pub fn undo(&mut self) -> bool {
        self.history.undo(&mut self.plan)
    }

    pub fn redo(&mut self) -> bool {
        self.history.redo(&mut self.plan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_report_that_changed_nothing_makes_no_undo_step() {
        let mut doc = Document::untitled(Plan::default());
        assert!(!doc.record_edit(None, 0.0));
        assert!(!doc.history.can_undo());
        doc.plan.meta.title = "Social by design".into();
        assert!(doc.record_edit(None, 1.0));
        assert_eq!(doc.history.undo_len(), 1);
        doc.assert_every_edit_recorded();
    }

    #[test]
    #[should_panic(expected = "without reporting the edit")]
    fn a_change_nobody_reported_is_caught_at_the_end_of_the_frame() {
        let mut doc = Document::untitled(Plan::default());
        doc.plan.meta.title = "Changed behind the history's back".into();
        doc.assert_every_edit_recorded();
    }
}
