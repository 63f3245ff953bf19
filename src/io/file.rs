//! Reading plan files safely and writing them atomically, with a `.bak` of the previous version.

use super::format::{LoadError, Loaded, MAX_FILE_BYTES, load_bytes, to_canonical_string, too_big_message};
use crate::model::Plan;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Reads a file, refusing it before reading when it is larger than [`MAX_FILE_BYTES`].
/// Anything that is not a regular file (a pipe, a device such as the terminal, a socket) is
/// refused before it is opened: reading one could wait forever.
pub fn read_capped(path: &Path) -> Result<Vec<u8>, LoadError> {
    let meta = fs::metadata(path).map_err(|e| io_load_error(path, &e))?;
    if meta.is_dir() {
        return Err(LoadError { location: None, message: "this is a folder, not a plan file".to_owned() });
    }
    if !meta.is_file() {
        return Err(LoadError { location: None, message: NOT_A_FILE.to_owned() });
    }
    let file = fs::File::open(path).map_err(|e| io_load_error(path, &e))?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    if len > MAX_FILE_BYTES {
        return Err(LoadError { location: None, message: too_big_message(len) });
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // Read one byte past the cap, in case the file grew since its size was read.
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| io_load_error(path, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError { location: None, message: too_big_message(bytes.len() as u64) });
    }
    Ok(bytes)
}

/// `path` as a full path without `.` or `..` steps (`plan.ron` run from `/home/a` is
/// `/home/a/plan.ron`), so it names the same file from any working folder. Links are kept
/// as they are; a path that cannot be made absolute is returned unchanged.
pub fn full_path(path: &Path) -> PathBuf {
    use std::path::Component;
    let Ok(absolute) = std::path::absolute(path) else { return path.to_owned() };
    let mut out = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Why something that is not a regular file is refused.
pub const NOT_A_FILE: &str =
    "this is not a regular file (a pipe, a device or a socket): Tenstep reads only files saved on a disk";

/// Loads the plan at `path`.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    load_bytes(&read_capped(path)?)
}

fn io_load_error(path: &Path, e: &io::Error) -> LoadError {
    let message = match e.kind() {
        io::ErrorKind::NotFound => "the file does not exist".to_owned(),
        io::ErrorKind::PermissionDenied => "you do not have permission to read this file".to_owned(),
        io::ErrorKind::IsADirectory => "this is a folder, not a plan file".to_owned(),
        _ if path.is_dir() => "this is a folder, not a plan file".to_owned(),
        _ => format!("the file could not be read: {e}"),
    };
    LoadError { location: None, message }
}

/// Why a save failed. The file that was there before is left as it was.
#[derive(Debug, thiserror::Error)]
#[error("Could not save {}: {reason}", path.display())]
pub struct SaveError {
    pub path: PathBuf,
    pub reason: String,
}

/// Writes `plan` to `path` atomically in the canonical format, keeping the previous file as
/// `NAME.bak` (e.g. `plan.ron.bak`).
pub fn save_file(path: &Path, plan: &Plan) -> Result<(), SaveError> {
    let text = to_canonical_string(plan).map_err(|reason| SaveError { path: path.to_owned(), reason })?;
    write_atomic(path, text.as_bytes(), true)
}

/// The backup kept of `path` at each save: the same name with `.bak` added.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk, then renames it over
/// `path`, so `path` holds either the old or the new content, never a mix. With `keep_backup`,
/// the old content is first copied to [`backup_path`].
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), SaveError> {
    // Saving through a link updates the file it points to, not the link.
    let resolved = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path).ok(),
        _ => None,
    };
    let path = resolved.as_deref().unwrap_or(path);
    let fail = |reason: String| SaveError { path: path.to_owned(), reason };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        return Err(fail("there is a folder with that name".to_owned()));
    }
    let (temp_path, mut temp) = create_temp(&dir, path).map_err(|e| fail(describe_write_error(&e, &dir)))?;
    let written = temp.write_all(bytes).and_then(|()| temp.sync_all());
    drop(temp);
    if let Err(e) = written {
        let _ = fs::remove_file(&temp_path);
        return Err(fail(describe_write_error(&e, &dir)));
    }
    if let Ok(meta) = fs::metadata(path) {
        // Keep the user's permissions on the new file.
        let _ = fs::set_permissions(&temp_path, meta.permissions());
        if meta.permissions().readonly() {
            let _ = fs::remove_file(&temp_path);
            return Err(fail("the file is read-only".to_owned()));
        }
        if keep_backup && let Err(e) = keep_backup_of(path, &dir) {
            let _ = fs::remove_file(&temp_path);
            return Err(fail(format!(
                "the backup copy could not be written ({})",
                describe_write_error(&e, &dir)
            )));
        }
    }
    if let Err(e) = rename_with_retry(&temp_path, path) {
        let _ = fs::remove_file(&temp_path);
        return Err(fail(describe_write_error(&e, &dir)));
    }
    sync_dir(&dir);
    remove_stale_temps(&dir, path);
    Ok(())
}

/// Makes [`backup_path`] hold the current content of `path`, all or nothing: the old backup
/// stays until the new one is complete. A hard link where the disk allows it (no copy, so it
/// works on a full disk too), else a copy flushed to disk; then a rename into place.
fn keep_backup_of(path: &Path, dir: &Path) -> io::Result<()> {
    let backup = backup_path(path);
    let (temp_path, temp) = create_temp(dir, &backup)?;
    drop(temp);
    let made = fs::remove_file(&temp_path).and_then(|()| fs::hard_link(path, &temp_path)).or_else(|_| {
        fs::copy(path, &temp_path)?;
        fs::File::open(&temp_path)?.sync_all()
    });
    if let Err(e) = made.and_then(|()| rename_with_retry(&temp_path, &backup)) {
        let _ = fs::remove_file(&temp_path);
        return Err(e);
    }
    Ok(())
}

/// How much older than the file just saved a save's temporary file must be to be stale even
/// where it cannot be asked whether its process still runs (no save takes a day).
const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(24 * 3600);

/// Removes temporary files that saves of `target` (or of its backup) left behind in `dir` when
/// the saving process was killed: `.NAME.PID.N.tmp` of a process that no longer runs, or last
/// written a day before `target` (just saved, so its time is the file system's "now").
fn remove_stale_temps(dir: &Path, target: &Path) {
    let Some(name) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else { return };
    let saved_at = fs::metadata(target).and_then(|m| m.modified()).ok();
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = temp_owner(&file, &name).or_else(|| temp_owner(&file, &format!("{name}.bak"))) else {
            continue;
        };
        let written = entry.metadata().and_then(|m| m.modified()).ok();
        let old = saved_at
            .zip(written)
            .and_then(|(saved, written)| saved.duration_since(written).ok())
            .is_some_and(|age| age > STALE_TEMP_AGE);
        if pid != std::process::id() && (old || !process_runs(pid)) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The process id in `file` if it is a temporary file of a save of `name`.
fn temp_owner(file: &str, name: &str) -> Option<u32> {
    let rest = file.strip_prefix('.')?.strip_prefix(name)?.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (pid, attempt) = rest.split_once('.')?;
    attempt.parse::<u32>().ok()?;
    pid.parse().ok()
}

/// Whether a process with this id runs. Where that cannot be asked, it is assumed to run, so
/// nothing of a live save is ever removed.
fn process_runs(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else { return true };
        // SAFETY: signal 0 sends nothing; it only asks whether the process exists.
        let alive = unsafe { libc::kill(pid, 0) } == 0;
        alive || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// Creates a new, uniquely named hidden file in `dir` for the content of `target`.
fn create_temp(dir: &Path, target: &Path) -> io::Result<(PathBuf, fs::File)> {
    let stem = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let pid = std::process::id();
    let mut attempt = 0u32;
    loop {
        let candidate = dir.join(format!(".{stem}.{pid}.{attempt}.tmp"));
        match fs::OpenOptions::new().write(true).create_new(true).open(&candidate) {
            Ok(file) => return Ok((candidate, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Renames, retrying for a moment when another program (a virus scanner, a sync client)
/// briefly holds the target open, as happens on Windows.
fn rename_with_retry(from: &Path, to: &Path) -> io::Result<()> {
    let mut delay = Duration::from_millis(20);
    for _ in 0..6 {
        match fs::rename(from, to) {
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                std::thread::sleep(delay);
                delay *= 2;
            }
            other => return other,
        }
    }
    fs::rename(from, to)
}

/// Flushes the folder entry of a rename to disk where the platform allows it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn describe_write_error(e: &io::Error, dir: &Path) -> String {
    match e.kind() {
        io::ErrorKind::StorageFull => "the disk is full".to_owned(),
        io::ErrorKind::ReadOnlyFilesystem => "the drive is read-only".to_owned(),
        io::ErrorKind::PermissionDenied => {
            format!("you do not have permission to write in {}", dir.display())
        }
        io::ErrorKind::NotFound => format!("the folder {} does not exist", dir.display()),
        io::ErrorKind::QuotaExceeded => "your disk quota is used up".to_owned(),
        _ => e.to_string(),
    }
}
