//! Reading plan files safely and writing them atomically, with a `.bak` of the previous version.

use super::format::{LoadError, Loaded, MAX_FILE_BYTES, load_bytes, to_canonical_string, too_big_message};
use crate::model::Plan;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Reads a file, refusing it before reading when it is larger than [`MAX_FILE_BYTES`].
pub fn read_capped(path: &Path) -> Result<Vec<u8>, LoadError> {
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
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
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
        if keep_backup && let Err(e) = fs::copy(path, backup_path(path)) {
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
    Ok(())
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
