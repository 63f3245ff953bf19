//! Application settings, kept in eframe storage (never in a plan file).

use crate::commands::View;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many recent files the File menu lists.
pub const RECENT_LIMIT: usize = 10;

/// The storage key of the settings.
pub const SETTINGS_KEY: &str = "tenstep.settings";

/// Settings that outlive a session.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    pub dark_mode: bool,
    pub last_view: View,
    /// Presentation mode uses the dark projector theme (light by default).
    pub present_dark: bool,
}

impl Settings {
    /// Puts `path` at the top of the recent files.
    pub fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_LIMIT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_capped() {
        let mut s = Settings::default();
        for i in 0..15 {
            s.remember(Path::new(&format!("/nonexistent/plan-{i}.ron")));
        }
        s.remember(Path::new("/nonexistent/plan-3.ron"));
        assert_eq!(s.recent.len(), RECENT_LIMIT);
        assert_eq!(s.recent[0], Path::new("/nonexistent/plan-3.ron"));
        assert_eq!(s.recent.iter().filter(|p| p.ends_with("plan-3.ron")).count(), 1);
    }
}
