//! Recovery copies of plans with unsaved changes, kept in the app's data folder (never beside
//! or over the user's file) so a crash, a power cut or a killed process loses at most a few
//! seconds of work.

use super::file::{SaveError, write_atomic};
use super::format::{LoadError, Loaded, load_bytes, to_canonical_string};
use super::stamp::DiskStamp;
use crate::model::Plan;
use serde::{Deserialize, Serialize};
use std::fs;
use std::path::{Path, PathBuf};

/// What is known about a recovery copy besides the plan itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecoveryMeta {
    /// The file the plan was opened from or last saved to (`None`: never saved).
    pub original: Option<PathBuf>,
    /// The plan's title when the copy was written.
    pub title: String,
    /// When the copy was written (RFC 3339, local time).
    pub written: String,
    /// The original file as it was when opened or last saved.
    pub stamp: Option<DiskStamp>,
}

/// A recovery copy found in the store.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    pub key: String,
    pub meta: RecoveryMeta,
}

/// The folder that holds recovery copies.
#[derive(Clone, Debug, PartialEq)]
pub struct RecoveryStore {
    dir: PathBuf,
}

impl RecoveryStore {
    /// The store in the platform's per-user data folder (`~/.local/share/tenstep/recovery`,
    /// `~/Library/Application Support/…`, `%LOCALAPPDATA%\…`), if the platform has one.
    pub fn platform() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("", "", "tenstep")?;
        Some(Self::at(dirs.data_local_dir().join("recovery")))
    }

    /// A store in `dir` (tests use a temporary folder).
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The folder itself.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn plan_path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.ron"))
    }

    fn meta_path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.meta.ron"))
    }

    /// Writes (or replaces) the copy under `key`, atomically: the plan first, then the
    /// description, so a description always has its plan.
    pub fn write(&self, key: &str, plan: &Plan, meta: &RecoveryMeta) -> Result<(), SaveError> {
        let fail = |reason: String| SaveError { path: self.dir.clone(), reason };
        fs::create_dir_all(&self.dir)
            .map_err(|e| fail(format!("the recovery folder could not be made: {e}")))?;
        let text = to_canonical_string(plan).map_err(fail)?;
        write_atomic(&self.plan_path(key), text.as_bytes(), false)?;
        let meta_text = ron::ser::to_string_pretty(meta, ron::ser::PrettyConfig::default())
            .map_err(|e| fail(format!("the recovery description could not be written: {e}")))?;
        write_atomic(&self.meta_path(key), meta_text.as_bytes(), false)
    }

    /// Removes the copy under `key`, if there is one.
    pub fn discard(&self, key: &str) {
        let _ = fs::remove_file(self.meta_path(key));
        let _ = fs::remove_file(self.plan_path(key));
    }

    /// Every copy with a readable description, newest first. Copies whose description is
    /// missing or broken are skipped (their plan file is left alone).
    pub fn list(&self) -> Vec<Recovered> {
        let Ok(entries) = fs::read_dir(&self.dir) else { return Vec::new() };
        let mut found: Vec<Recovered> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let key = name.strip_suffix(".meta.ron")?.to_owned();
                let text = fs::read_to_string(e.path()).ok()?;
                let meta: RecoveryMeta = ron::from_str(&text).ok()?;
                self.plan_path(&key).is_file().then_some(Recovered { key, meta })
            })
            .collect();
        found.sort_by(|a, b| b.meta.written.cmp(&a.meta.written));
        found
    }

    /// Loads the plan of a recovery copy.
    pub fn load(&self, key: &str) -> Result<Loaded, LoadError> {
        let bytes = fs::read(self.plan_path(key)).map_err(|e| LoadError {
            location: None,
            message: format!("the recovery copy could not be read: {e}"),
        })?;
        load_bytes(&bytes)
    }
}

/// A key for a new recovery copy, unique to this process and moment.
pub fn new_recovery_key() -> String {
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    format!("plan-{}-{nanos:x}", std::process::id())
}
