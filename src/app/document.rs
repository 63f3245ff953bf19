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

    /// Records an in-place edit of the plan as an undo step (see [`History::record`]).
    /// Records an edit made in place; returns whether it began a new undo step.
    pub fn record_edit(&mut self, group: Option<u64>, now: f64) -> bool {
        self.history.record(&self.plan, group, now)
    }

    pub fn undo(&mut self) -> bool {
        self.history.undo(&mut self.plan)
    }

    pub fn redo(&mut self) -> bool {
        self.history.redo(&mut self.plan)
    }
}
