//! Keeps a recovery copy of the open plan while it has unsaved changes: written a couple of
//! seconds after the last edit (and at least every ten seconds while editing goes on), removed
//! once the plan is saved, discarded or back to what is on disk.

use super::Document;
use super::last_words::LastWords;
use crate::io::{RecoveryMeta, RecoveryStore, new_recovery_key};
use std::path::PathBuf;

/// Where recovery copies go.
#[derive(Clone, Debug, PartialEq)]
pub enum RecoveryPlace {
    /// The platform's per-user data folder.
    Platform,
    /// A given folder (tests).
    At(PathBuf),
    /// Nowhere (tests that do not exercise recovery).
    Off,
}

impl RecoveryPlace {
    fn store(&self) -> Option<RecoveryStore> {
        match self {
            RecoveryPlace::Platform => RecoveryStore::platform(),
            RecoveryPlace::At(dir) => Some(RecoveryStore::at(dir)),
            RecoveryPlace::Off => None,
        }
    }
}

/// Seconds of quiet after an edit before the copy is written.
pub const QUIET_SECONDS: f64 = 2.0;
/// The longest a change goes without a copy while editing continues.
pub const MAX_SECONDS: f64 = 10.0;

/// What a recovery copy of `doc` says about it, written at `wall_clock`.
fn meta(doc: &Document, wall_clock: &str) -> RecoveryMeta {
    RecoveryMeta {
        original: doc.path.clone(),
        title: doc.plan.meta.title.clone(),
        written: wall_clock.to_owned(),
        stamp: doc.stamp.clone(),
    }
}

/// The recovery copy of the open document.
pub struct Recovery {
    store: Option<RecoveryStore>,
    /// The key of the open document's copy.
    key: String,
    /// The history version last written (`None`: no copy on disk).
    written: Option<u64>,
    /// The history version seen last frame and since when.
    seen: Option<(u64, f64)>,
    /// Since when there have been changes with no copy (the first unwritten change).
    pending_since: Option<f64>,
    /// Why the last write failed, reported once.
    pub failure: Option<String>,
    /// The newest unsaved state, for the way out (see [`LastWords`]).
    pub last_words: LastWords,
    /// The history version kept in `last_words`.
    kept: Option<u64>,
}

impl Recovery {
    pub fn new(place: &RecoveryPlace) -> Self {
        Self {
            store: place.store(),
            key: new_recovery_key(),
            written: None,
            seen: None,
            pending_since: None,
            failure: None,
            last_words: LastWords::default(),
            kept: None,
        }
    }

    /// The store, if recovery is on.
    pub fn store(&self) -> Option<&RecoveryStore> {
        self.store.as_ref()
    }

    /// Called every frame: writes the copy when it is due, removes it when the document is
    /// clean. Returns how long until a write is due, to ask for a repaint then.
    pub fn tick(&mut self, doc: Option<&Document>, now: f64, wall_clock: &str) -> Option<f64> {
        let Some(store) = &self.store else { return None };
        let Some(doc) = doc.filter(|d| d.is_dirty() && d.read_only.is_none()) else {
            self.forget();
            return None;
        };
        let version = doc.history.version();
        if self.written == Some(version) {
            return None;
        }
        if self.kept != Some(version) {
            self.kept = Some(version);
            self.last_words.keep(store, &self.key, &doc.plan, meta(doc, wall_clock));
        }
        let since = match self.seen {
            Some((v, since)) if v == version => since,
            _ => {
                self.seen = Some((version, now));
                now
            }
        };
        // Measured from the first change not in a copy, so someone who keeps typing still
        // gets a copy every MAX_SECONDS (not only once they pause).
        let pending_since = *self.pending_since.get_or_insert(since);
        let quiet_for = now - since;
        let unsaved_for = now - pending_since;
        if quiet_for < QUIET_SECONDS && unsaved_for < MAX_SECONDS {
            return Some((QUIET_SECONDS - quiet_for).min(MAX_SECONDS - unsaved_for).max(0.05));
        }
        match store.write(&self.key, &doc.plan, &meta(doc, wall_clock)) {
            Ok(()) => {
                self.written = Some(version);
                self.pending_since = None;
                self.failure = None;
            }
            Err(e) => {
                // Tried again at the next edit; the user hears once.
                self.written = Some(version);
                self.pending_since = None;
                if self.failure.is_none() {
                    self.failure = Some(format!("No recovery copy could be kept: {}", e.reason));
                }
            }
        }
        None
    }

    /// Writes the copy now if the document has unsaved changes (on exit, when the app may not
    /// get another frame).
    pub fn write_now(&mut self, doc: Option<&Document>, wall_clock: &str) {
        self.seen = None;
        self.written = None;
        self.pending_since = None;
        self.tick_forced(doc, wall_clock);
    }

    fn tick_forced(&mut self, doc: Option<&Document>, wall_clock: &str) {
        // Pretend the quiet time has passed.
        if let Some(doc) = doc {
            self.seen = Some((doc.history.version(), f64::NEG_INFINITY));
        }
        self.tick(doc, 0.0, wall_clock);
    }

    /// Removes the copy (the plan was saved, discarded or closed).
    pub fn forget(&mut self) {
        if self.written.take().is_some()
            && let Some(store) = &self.store
        {
            store.discard(&self.key);
        }
        self.seen = None;
        self.pending_since = None;
        self.kept = None;
        self.last_words.clear();
    }

    /// Starts a new copy for another document; the old copy is removed.
    pub fn start_over(&mut self) {
        self.forget();
        self.key = new_recovery_key();
    }

    /// Continues under a recovered copy's key, so the copy stays until the plan is saved.
    pub fn adopt(&mut self, key: String) {
        self.forget();
        self.key = key;
        // The copy is on disk; mark it as written so declining it later removes it.
        self.written = Some(u64::MAX);
    }

    /// The key of the open document's copy.
    pub fn key(&self) -> &str {
        &self.key
    }
}
