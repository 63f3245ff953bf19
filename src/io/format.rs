//! The RON plan format: canonical output, version checks, migrations and clear errors.

use super::locate::{IdIndex, Location, line_col};
use crate::model::{FORMAT_VERSION, Plan, validate};
use serde::Deserialize;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The comment line written at the top of every plan file.
pub const HEADER_COMMENT: &str =
    "// Tenstep plan (RON). Open it with Tenstep, or read it in any text editor.\n";

/// A plan that loaded, with what the user must be told about it.
#[derive(Debug)]
pub struct Loaded {
    pub plan: Plan,
    /// Semantic problems: the plan loads, but these must be shown.
    pub warnings: Vec<Warning>,
    /// Why the plan must not be saved over its file (a newer format), if it must not.
    pub read_only: Option<String>,
}

/// A semantic problem with where it is in the file, when that is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub location: Option<Location>,
    /// The entity it is about, to find it in the app.
    pub entity: Option<crate::model::Id>,
    pub message: String,
}

/// Why a plan could not be loaded. Nothing is ever written over such a file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}{message}", location.map(|l| format!("{l}: ")).unwrap_or_default())]
pub struct LoadError {
    pub location: Option<Location>,
    pub message: String,
}

impl LoadError {
    fn at(location: Option<Location>, message: impl Into<String>) -> Self {
        Self { location, message: message.into() }
    }
}

/// Just the version of a file; 0 when the field is missing (no Tenstep file has version 0).
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format_version: u32,
}

/// A migration turns the text of a file of one version into the next version's text.
type Migration = fn(&str) -> Result<String, LoadError>;

/// `MIGRATIONS[n]` migrates version `n + 1` to `n + 2`. Version 1 is the first released
/// format, so there is nothing to migrate yet; each migration added here gets a golden test.
const MIGRATIONS: [Migration; (FORMAT_VERSION - 1) as usize] = [];

/// Parses a plan from the bytes of a file. Never panics, whatever the bytes.
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::at(None, too_big_message(bytes.len() as u64)));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = line_col(bytes, e.valid_up_to());
            return Err(LoadError::at(
                Some(at),
                "the file is not UTF-8 text (it may be damaged, or not a Tenstep plan)",
            ));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::at(None, "the file is empty"));
    }
    if let Some(nul) = text.find('\0') {
        let at = line_col(text.as_bytes(), nul);
        return Err(LoadError::at(Some(at), "the file contains NUL bytes (it is probably damaged)"));
    }
    let version = match quick_version(text) {
        Some(version) => version,
        None => parse::<Header>(text)?.format_version,
    };
    let mut read_only = None;
    let migrated;
    let text = if version == 0 {
        return Err(LoadError::at(None, "this is not a Tenstep plan: it has no format_version"));
    } else if version > FORMAT_VERSION {
        read_only = Some(format!(
            "This plan was written by a newer Tenstep (format {version}; this version reads format {FORMAT_VERSION}). \
             It is open read-only, because saving it here would drop what this version does not know. \
             Use Save As to keep a copy in this version's format."
        ));
        text
    } else {
        migrated = migrate(text, version)?;
        migrated.as_str()
    };
    let plan: Plan = parse(text)?;
    let index = IdIndex::build(text);
    let warnings = validate(&plan)
        .into_iter()
        .map(|p| Warning {
            location: p.entity.as_ref().and_then(|id| index.get(id.as_str())),
            entity: p.entity,
            message: p.message,
        })
        .collect();
    Ok(Loaded { plan, warnings, read_only })
}

/// The version of a file that starts the canonical way (`(` then `format_version: N`),
/// without parsing the rest; `None` for anything else.
fn quick_version(text: &str) -> Option<u32> {
    let mut rest = text.trim_start();
    while let Some(comment) = rest.strip_prefix("//") {
        rest = comment.split_once('\n').map_or("", |(_, after)| after).trim_start();
    }
    let rest = rest.strip_prefix('(')?.trim_start().strip_prefix("format_version")?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    let after = rest[digits..].trim_start();
    if !(after.starts_with(',') || after.starts_with(')')) {
        return None;
    }
    rest[..digits].parse().ok()
}

/// Applies every migration from `version` up to the current format.
fn migrate(text: &str, version: u32) -> Result<String, LoadError> {
    let mut text = text.to_owned();
    for migration in MIGRATIONS.iter().skip(version as usize - 1) {
        text = migration(&text)?;
    }
    Ok(text)
}

fn parse<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, LoadError> {
    ron::Options::default().from_str(text).map_err(|e| {
        let at = Location { line: e.span.start.line, col: e.span.start.col };
        LoadError::at(Some(at), describe_ron_error(&e.code))
    })
}

/// A sentence for a RON error, in the user's terms where ron's own is cryptic.
fn describe_ron_error(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early (it may be truncated)".to_owned(),
        E::ExceededRecursionLimit => "the file nests brackets too deeply to be a plan".to_owned(),
        other => other.to_string(),
    }
}

/// Copies ron's output, writing `\'` as a plain `'` (ron escapes apostrophes inside double-quoted
/// strings, which hurts readability of names like O'Rourke and parses the same either way).
/// Escaped backslashes (`\\`) are copied as they are, so `\\'` stays intact.
fn unescape_apostrophes(body: &str, out: &mut String) {
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\'') => out.push('\''),
            Some(next) => {
                out.push('\\');
                out.push(next);
            }
            None => out.push('\\'),
        }
    }
}

pub(crate) fn too_big_message(len: u64) -> String {
    format!(
        "the file is {:.1} MiB; plans are at most {} MiB, so this is probably not a plan",
        len as f64 / (1024.0 * 1024.0),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// The canonical text of a plan: the same plan always gives the same bytes.
///
/// Fails only if serde cannot represent a value (not expected for plain plan data); the
/// caller then writes nothing.
pub fn to_canonical_string(plan: &Plan) -> Result<String, String> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .escape_strings(true);
    let body = ron::ser::to_string_pretty(plan, config)
        .map_err(|e| format!("the plan could not be written as RON: {e}"))?;
    let mut out = String::with_capacity(HEADER_COMMENT.len() + body.len() + 1);
    out.push_str(HEADER_COMMENT);
    unescape_apostrophes(&body, &mut out);
    out.push('\n');
    Ok(out)
}
