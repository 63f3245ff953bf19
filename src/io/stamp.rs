//! What a plan file looked like when it was opened or saved, to notice when someone else
//! changes it, and where a file lives (a place Tenstep should not save to).

use serde::{Deserialize, Serialize};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// A file's size, modification time and content hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiskStamp {
    pub len: u64,
    /// Modification time as seconds and nanoseconds since 1970, if the platform gives one.
    pub modified: Option<(u64, u32)>,
    /// FNV-1a hash of the content (a change detector, not a security measure).
    pub hash: u64,
}

impl DiskStamp {
    /// The stamp of `bytes` just read from (or written to) a file with `metadata`.
    pub fn of(bytes: &[u8], metadata: Option<&fs::Metadata>) -> Self {
        Self {
            len: bytes.len() as u64,
            modified: metadata.and_then(|m| m.modified().ok()).and_then(since_epoch),
            hash: fnv1a(bytes),
        }
    }

    /// The stamp of the file at `path` as it is now.
    pub fn read(path: &Path) -> std::io::Result<Self> {
        let bytes = super::read_capped(path).map_err(|e| std::io::Error::other(e.message))?;
        let metadata = fs::metadata(path).ok();
        Ok(Self::of(&bytes, metadata.as_ref()))
    }

    /// When the file was last modified, if known.
    pub fn modified_time(&self) -> Option<SystemTime> {
        self.modified.map(|(s, n)| UNIX_EPOCH + std::time::Duration::new(s, n))
    }
}

/// How a file on disk compares with the stamp taken when it was opened or saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiskState {
    Unchanged,
    Changed(DiskStamp),
    /// Deleted, moved or unreadable.
    Gone,
}

/// Compares the file at `path` with `stamp`: size and time first (cheap); when those differ,
/// the content decides, so a file touched but not changed counts as unchanged.
pub fn disk_state(path: &Path, stamp: &DiskStamp) -> DiskState {
    let Ok(metadata) = fs::metadata(path) else { return DiskState::Gone };
    let modified = metadata.modified().ok().and_then(since_epoch);
    if metadata.len() == stamp.len && modified == stamp.modified {
        return DiskState::Unchanged;
    }
    match DiskStamp::read(path) {
        Ok(now) if now.hash == stamp.hash && now.len == stamp.len => DiskState::Unchanged,
        Ok(now) => DiskState::Changed(now),
        Err(_) => DiskState::Gone,
    }
}

fn since_epoch(time: SystemTime) -> Option<(u64, u32)> {
    time.duration_since(UNIX_EPOCH).ok().map(|d| (d.as_secs(), d.subsec_nanos()))
}

/// 64-bit FNV-1a.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Why saving straight back to where a plan was opened from is not a good idea.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Awkward {
    /// The file itself is marked read-only.
    ReadOnlyFile,
    /// The folder does not let us create files.
    ReadOnlyFolder,
    /// A temporary folder (a mail attachment opened from the mail program) that may vanish.
    TemporaryFolder,
}

impl Awkward {
    /// A sentence for the user: why Save goes to Save As.
    pub fn reason(&self) -> &'static str {
        match self {
            Awkward::ReadOnlyFile => "The file is read-only, so Save keeps your changes in a new file.",
            Awkward::ReadOnlyFolder => {
                "Its folder cannot be written to, so Save keeps your changes in a new file."
            }
            Awkward::TemporaryFolder => {
                "It was opened from a temporary folder (as mail programs use for attachments), which may be \
                 emptied at any time, so Save asks where to keep it."
            }
        }
    }
}

/// Whether `path` is a place to save back to. Checks the file's read-only flag, whether a
/// file can be created in its folder (by creating and removing a hidden probe file), and
/// whether it lies in a mail program's attachment folder.
pub fn assess_location(path: &Path) -> Option<Awkward> {
    if is_mail_temporary(path) {
        return Some(Awkward::TemporaryFolder);
    }
    if fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Some(Awkward::ReadOnlyFile);
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let probe = dir.join(format!(".tenstep-probe-{}", std::process::id()));
    match fs::OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(file) => {
            drop(file);
            let _ = fs::remove_file(&probe);
            None
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => None,
        Err(_) => Some(Awkward::ReadOnlyFolder),
    }
}

/// Folders that mail programs open attachments from: Outlook's and Internet Explorer's
/// caches, the Windows and macOS per-user temporary folders, Apple Mail's downloads, and
/// Thunderbird's `mozilla_*` folders.
pub fn is_mail_temporary(path: &Path) -> bool {
    let full = fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let text = full.to_string_lossy().replace('\\', "/").to_lowercase();
    let markers = [
        "/content.outlook/",
        "/inetcache/",
        "/temporary internet files/",
        "/appdata/local/temp/",
        "/mail downloads/",
        "/private/var/folders/",
    ];
    markers.iter().any(|m| text.contains(m))
        || full.components().any(|c| c.as_os_str().to_string_lossy().to_lowercase().starts_with("mozilla_"))
}
