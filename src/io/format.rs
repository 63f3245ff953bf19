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
    /// The kind of entity it is about.
    pub kind: Option<crate::model::Kind>,
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

/// Just the version of a file. Named `Plan` so files written with struct names parse too.
#[derive(Deserialize)]
#[serde(rename = "Plan")]
struct Header {
    format_version: Option<u32>,
}

/// A migration turns the text of a file of one version into the next version's text.
type Migration = fn(&str) -> Result<String, LoadError>;

/// `MIGRATIONS[n]` migrates version `n + 1` to `n + 2`; each has a golden test.
const MIGRATIONS: [Migration; (FORMAT_VERSION - 1) as usize] = [v1_to_v2, v2_to_v3, v3_to_v4];

/// Version 2 added `maturity_activity` to tasks (the maturity activity a task works toward).
/// It is optional, so a version-1 file reads as it is.
fn v1_to_v2(text: &str) -> Result<String, LoadError> {
    Ok(text.to_owned())
}

/// Version 3 added the workshop agenda and dots per person (`workshop`). A version-2 file has
/// none, so it gets the default agenda.
fn v2_to_v3(text: &str) -> Result<String, LoadError> {
    Ok(text.to_owned())
}

/// Version 4 added `unplaced` to stakeholders (not on the influence/interest map yet) and the
/// workshop's `voters` (who is in the room). Every stakeholder of a version-3 file is on the
/// map and its whole working group votes, which is what the missing fields mean.
fn v3_to_v4(text: &str) -> Result<String, LoadError> {
    Ok(text.to_owned())
}

/// Parses a plan from the bytes of a file. Never panics, whatever the bytes.
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::at(None, too_big_message(bytes.len() as u64)));
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(LoadError::at(
            Some(Location { line: 1, col: 1 }),
            "the file is UTF-16 text; Tenstep plans are UTF-8 (an editor re-saved it: save it as UTF-8)",
        ));
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
        None => {
            let options =
                ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
            let header: Header = parse_with(&options, text)?;
            header
                .format_version
                .ok_or_else(|| LoadError::at(None, "this is not a Tenstep plan: it has no format_version"))?
        }
    };
    let mut read_only = None;
    let migrated;
    let text = if version == 0 {
        return Err(LoadError::at(None, "format_version 0 is not a version any Tenstep writes"));
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
    let mut plan: Plan = parse(text).map_err(|e| match version > FORMAT_VERSION {
        true => LoadError::at(
            e.location,
            format!(
                "this plan was written by a newer Tenstep (format {version}; this version reads format \
                 {FORMAT_VERSION}) and cannot be read here: {}",
                e.message
            ),
        ),
        false => e,
    })?;
    if version < FORMAT_VERSION {
        // Migrated: the plan in memory is in this version's format, and is saved as such.
        plan.format_version = FORMAT_VERSION;
    }
    let problems = validate(&plan);
    // Scanning for positions costs time, so it is done only when there is something to place.
    let index = (!problems.is_empty()).then(|| IdIndex::build(text));
    let warnings = problems
        .into_iter()
        .map(|p| Warning {
            location: index
                .as_ref()
                .zip(p.kind)
                .zip(p.entity.as_ref())
                .and_then(|((index, kind), id)| index.get(kind, id.as_str(), text)),
            kind: p.kind,
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
    parse_with(&ron::Options::default(), text)
}

fn parse_with<'a, T: Deserialize<'a>>(options: &ron::Options, text: &'a str) -> Result<T, LoadError> {
    options.from_str(text).map_err(|e| {
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
        E::IntegerOutOfBounds => {
            "this number is out of range here (too large, or negative where it cannot be)".to_owned()
        }
        E::ExpectedInteger => "expected a whole number here".to_owned(),
        E::ExpectedString => "expected a text in quotes here".to_owned(),
        E::ExpectedStringEnd => "a text in quotes is not closed (the file may be truncated)".to_owned(),
        E::Message(message) if is_date_error(message) => {
            "this is not a valid date (dates are written \"YYYY-MM-DD\", e.g. \"2026-03-31\")".to_owned()
        }
        // Name the user's thing, not the program's type.
        other => other.to_string().replace("struct `Plan`", "a Tenstep plan"),
    }
}

/// Whether a deserialisation message is chrono's complaint about a date.
fn is_date_error(message: &str) -> bool {
    [
        "input is out of range",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "input is not enough for unique date",
        "no possible date and time matching input",
    ]
    .iter()
    .any(|m| message.contains(m))
}

/// Copies ron's output, undoing escapes that only hurt readability: `\'` becomes `'`, and
/// `\u{…}` becomes the character itself unless it is a control or bidirectional-override
/// character (which stay visible as escapes). Both forms parse to the same text. Escaped
/// backslashes (`\\`) are copied as they are.
fn write_readable(body: &str, out: &mut String) {
    let mut rest = body;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escape = &rest[at..];
        let mut chars = escape.chars();
        chars.next();
        match chars.next() {
            Some('\'') => {
                out.push('\'');
                rest = &escape[2..];
            }
            Some('u') => match decode_unicode_escape(&escape[2..]) {
                Some((c, len)) if !keeps_escape(c) => {
                    out.push(c);
                    rest = &escape[2 + len..];
                }
                _ => {
                    out.push_str("\\u");
                    rest = &escape[2..];
                }
            },
            Some(other) => {
                out.push('\\');
                out.push(other);
                rest = &escape[1 + other.len_utf8()..];
            }
            None => {
                out.push('\\');
                rest = "";
            }
        }
    }
    out.push_str(rest);
}

/// Parses `{XXXX}` at the start of `text`: the character and the length consumed.
fn decode_unicode_escape(text: &str) -> Option<(char, usize)> {
    let inner = text.strip_prefix('{')?;
    let close = inner.find('}')?;
    let c = char::from_u32(u32::from_str_radix(&inner[..close], 16).ok()?)?;
    Some((c, close + 2))
}

/// Characters that must stay escaped in a plan file: controls, and the bidirectional
/// overrides that can make text display differently from what it is.
fn keeps_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

pub(crate) fn too_big_message(len: u64) -> String {
    format!(
        "the file is larger than {cap} MiB ({len} bytes); plans are at most {cap} MiB, so this is probably not a plan",
        cap = MAX_FILE_BYTES / (1024 * 1024)
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
    write_readable(&body, &mut out);
    out.push('\n');
    Ok(out)
}
