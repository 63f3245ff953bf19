//! Whole plans from other planning tools: GNOME Planner (`.planner`, `.mrproject`),
//! GanttProject (`.gan`) and MS Project XML (MSPDI `.xml`, as ProjectLibre and most tools
//! export). The format is recognised by the file's content, not its name.
//!
//! The import reads no clock, so the same bytes always give the same plan: the plan's created,
//! modified, start and review dates are all the first of the month of the earliest task (the
//! app may stamp `created`/`modified` with today when it adopts the plan), and the plan id is
//! made from that date and a hash of the file.

use super::xml::{self, Event, Reader};
use super::{build, gantt_project, ms_project, planner};
use crate::model::Plan;
use std::fmt;

/// File name extensions offered in the open dialog for these formats.
pub const EXTENSIONS: &[&str] = &["planner", "mrproject", "gan", "xml"];

/// A planning tool whose files can be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceFormat {
    /// GNOME Planner, and MrProject before it.
    Planner,
    GanttProject,
    /// MS Project's XML (MSPDI), also written by ProjectLibre and others.
    MsProject,
}

impl SourceFormat {
    /// The tool's name for messages ("GNOME Planner").
    pub fn name(self) -> &'static str {
        match self {
            SourceFormat::Planner => "GNOME Planner",
            SourceFormat::GanttProject => "GanttProject",
            SourceFormat::MsProject => "MS Project XML",
        }
    }
}

/// A plan made from another tool's file, with what could not be carried over.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The new plan; it passes [`crate::model::validate`] without problems.
    pub plan: Plan,
    pub format: SourceFormat,
    /// What was left out or changed, grouped by kind with the names affected; `report.lines()`
    /// gives one sentence per group.
    pub report: super::outline::Report,
}

impl Imported {
    /// One line saying what was imported: "Imported 120 tasks in 8 workstreams, 14 people from
    /// GanttProject".
    pub fn summary(&self) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        format!(
            "Imported {} in {}, {} from {}",
            plural(self.plan.tasks.len(), "task", "tasks"),
            plural(self.plan.workstreams.len(), "workstream", "workstreams"),
            plural(self.plan.people.len(), "person", "people"),
            self.format.name()
        )
    }
}

/// Why a file could not be imported, in words for the user, with the place in the file when
/// known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based line and column (in characters).
    pub location: Option<(usize, usize)>,
    pub message: String,
}

impl ImportError {
    /// An error about the whole file.
    pub fn new(message: impl Into<String>) -> Self {
        Self { location: None, message: message.into() }
    }

    /// An error at a line and column.
    pub fn at(line: usize, col: usize, message: impl Into<String>) -> Self {
        Self { location: Some((line, col)), message: message.into() }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some((line, col)) => write!(f, "line {line}, column {col}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ImportError {}

/// Recognises the format from the start of a file (its root element); `None` when it is none of
/// the importable formats. Reads at most the first 64 KiB.
pub fn recognise(bytes: &[u8]) -> Option<SourceFormat> {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let text = match xml::decode(head) {
        Ok(text) => text,
        // A cut in the middle of a character, or an encoding not read: look at what is there.
        Err(_) => String::from_utf8_lossy(head.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(head)),
    };
    detect(&text).ok().flatten()
}

/// Reads a GNOME Planner, GanttProject or MS Project XML file into a new plan. Never panics,
/// whatever the bytes; files over 64 MiB are refused.
pub fn import_plan(bytes: &[u8]) -> Result<Imported, ImportError> {
    if crate::io::load_bytes(bytes).is_ok() {
        return Err(ImportError::new(
            "this is already a Tenstep plan: open it (`tenstep FILE`, or File → Open) instead of importing it",
        ));
    }
    let text = xml::decode(bytes)?;
    let Some(format) = detect(&text)? else {
        return Err(not_a_plan(&text));
    };
    let outline = match format {
        SourceFormat::Planner => planner::read(&text)?,
        SourceFormat::GanttProject => gantt_project::read(&text)?,
        SourceFormat::MsProject => ms_project::read(&text)?,
    };
    let (plan, report) = build::build(outline, fnv1a(bytes));
    Ok(Imported { plan, format, report })
}

/// The format, from the root element and, when Planner and GanttProject (both `<project>`)
/// cannot be told apart by the root's attributes, from the first elements inside it.
fn detect(text: &str) -> Result<Option<SourceFormat>, ImportError> {
    let mut reader = Reader::new(text);
    let Event::Open(root) = reader.read()? else {
        return Ok(None);
    };
    if root.name == "Project" {
        let ns = root.str("xmlns");
        return Ok((ns.is_empty() || ns.starts_with("http://schemas.microsoft.com/project"))
            .then_some(SourceFormat::MsProject));
    }
    if root.name != "project" {
        return Ok(None);
    }
    let has = |names: &[&str]| names.iter().any(|n| root.get(n).is_some());
    if has(&["mrproject-version", "project-start"]) {
        return Ok(Some(SourceFormat::Planner));
    }
    if has(&["view-date", "view-index", "gantt-divider-location", "resource-divider-location", "webLink"]) {
        return Ok(Some(SourceFormat::GanttProject));
    }
    for _ in 0..10_000 {
        let tag = match reader.read() {
            Ok(Event::Open(tag)) => tag,
            Ok(Event::Close { .. }) => continue,
            Ok(Event::End) | Err(_) => break,
        };
        match tag.name.as_str() {
            "phases" | "resource-groups" | "predecessors" | "predecessor" => {
                return Ok(Some(SourceFormat::Planner));
            }
            "taskproperties" | "depend" | "view" | "roles" | "vacations" | "customproperty" => {
                return Ok(Some(SourceFormat::GanttProject));
            }
            "task" if tag.get("percent-complete").is_some() || tag.get("end").is_some() => {
                return Ok(Some(SourceFormat::Planner));
            }
            "task" if tag.get("duration").is_some() || tag.get("complete").is_some() => {
                return Ok(Some(SourceFormat::GanttProject));
            }
            _ => {}
        }
    }
    // A bare <project> with nothing telling: read it as GanttProject, the laxer of the two.
    Ok(Some(SourceFormat::GanttProject))
}

/// The clearest error for text that is not one of the formats.
fn not_a_plan(text: &str) -> ImportError {
    let formats = "a GNOME Planner, GanttProject or MS Project XML plan";
    if !text.trim_start().starts_with('<') {
        return ImportError::new(format!("this is not an XML file, so it is not {formats}"));
    }
    let mut reader = Reader::new(text);
    loop {
        match reader.read() {
            Ok(Event::Open(tag)) => {
                return ImportError::new(format!(
                    "this XML file is not {formats} (its root element is <{}>)",
                    tag.name
                ));
            }
            Ok(Event::Close { .. }) => {}
            Ok(Event::End) => {
                return ImportError::new(format!("the file holds no XML elements, so it is not {formats}"));
            }
            Err(e) => return e,
        }
    }
}

/// A 64-bit FNV-1a hash: a cheap, stable fingerprint of the file for the plan id.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
