//! Where an export may be written: never over the plan being exported, never over any
//! Tenstep plan (recognised by its content, whatever its name), never over something that is
//! not a regular file, and over another existing file only when the user said so.

use std::fs;
use std::io::Read;
use std::path::Path;

/// Why an export must not be written to `target`, or `None` when it may be. `input` is the
/// plan being exported (if it has a file); `replace` allows replacing an existing file that
/// is not a plan (`--force`, or the save dialog's own question answered yes).
pub fn refuse_target(target: &Path, input: Option<&Path>, replace: bool) -> Option<String> {
    let meta = fs::metadata(target).ok();
    if input.is_some_and(|input| same_file(input, target)) {
        return Some(
            "this is the plan being exported; an export never replaces its plan (choose another file)"
                .to_owned(),
        );
    }
    let Some(meta) = meta else {
        // Nothing there (or a link to nothing): a new file.
        return (!replace && fs::symlink_metadata(target).is_ok())
            .then(|| "already exists (use --force to replace it)".to_owned());
    };
    if !meta.is_file() {
        return Some(if meta.is_dir() {
            "this is a folder; give a file name".to_owned()
        } else {
            "this is not a regular file (use -o - to write to standard output)".to_owned()
        });
    }
    if looks_like_plan(target) {
        return Some(
            "this is a Tenstep plan; an export never replaces a plan (choose another file)".to_owned(),
        );
    }
    (!replace).then(|| "already exists (use --force to replace it)".to_owned())
}

/// Whether `a` and `b` name the same existing file (through links, `..` or hard links).
pub fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(a), Ok(b)) = (fs::canonicalize(a), fs::canonicalize(b))
        && a == b
    {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (fs::metadata(a), fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    false
}

/// Whether the regular file at `path` starts as a Tenstep plan does: after a byte-order mark,
/// blank lines and comments, an opening parenthesis (optionally after a struct name), with a
/// `format_version` field. A damaged plan still counts; an export never does.
pub fn looks_like_plan(path: &Path) -> bool {
    let mut head = Vec::new();
    let read = fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    read.is_ok() && starts_like_plan(&String::from_utf8_lossy(&head))
}

fn starts_like_plan(text: &str) -> bool {
    let mut rest = skip(text.strip_prefix('\u{feff}').unwrap_or(text));
    rest = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
    let Some(inside) = skip(rest).strip_prefix('(') else { return false };
    // Canonical plans put the field first; a hand-edited one may have it anywhere.
    let key = "format_version";
    inside.match_indices(key).any(|(at, _)| skip(&inside[at + key.len()..]).starts_with(':'))
}

/// `rest` after white space and comments.
fn skip(mut rest: &str) -> &str {
    loop {
        rest = rest.trim_start();
        if let Some(comment) = rest.strip_prefix("//") {
            rest = comment.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(comment) = rest.strip_prefix("/*") {
            rest = comment.split_once("*/").map_or("", |(_, after)| after);
        } else {
            return rest;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::starts_like_plan;

    #[test]
    fn plans_are_recognised_by_their_start() {
        assert!(starts_like_plan("// Tenstep plan (RON).\n(\n    format_version: 4,\n"));
        assert!(starts_like_plan("\u{feff}Plan( /* old */ format_version : 1, id: \"x\")"));
        assert!(starts_like_plan("(format_version:9"));
        assert!(!starts_like_plan("# My plan\n\n(format_version: 4)"));
        assert!(!starts_like_plan("ID,Name\r\n"));
        assert!(starts_like_plan("(id: \"x\", format_version: 4)"));
        assert!(!starts_like_plan("(a note about format_version)"));
        assert!(!starts_like_plan(""));
    }
}
