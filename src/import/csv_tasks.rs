//! Tasks from a spreadsheet's CSV: read the table, map its columns to task fields (guessed
//! from the header, confirmed by the user), then add or update tasks, reporting every row that
//! could not be read.

use crate::model::{Date, Id, Kind, Plan, Task, TaskStatus, Workstream};
use std::sync::Arc;

/// A CSV file as text cells.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvTable {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Reads CSV bytes: UTF-8 (with or without a byte-order mark, else read as Windows-1252, as
/// older Excel writes), comma, semicolon or tab separated (whichever the header uses most).
pub fn read_table(bytes: &[u8]) -> Result<CsvTable, String> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first_line.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("the first line could not be read: {e}"))?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    if header.iter().all(String::is_empty) {
        return Err("the file has no header line naming its columns".to_owned());
    }
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("row {} could not be read: {e}", i + 2))?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(CsvTable { header, rows })
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskField {
    Ignore,
    Id,
    Workstream,
    Name,
    Type,
    Start,
    End,
    Progress,
    Status,
    Owner,
    Department,
    DependsOn,
    Notes,
}

impl TaskField {
    /// Every field, in menu order.
    pub const ALL: [TaskField; 13] = [
        TaskField::Ignore,
        TaskField::Id,
        TaskField::Workstream,
        TaskField::Name,
        TaskField::Type,
        TaskField::Start,
        TaskField::End,
        TaskField::Progress,
        TaskField::Status,
        TaskField::Owner,
        TaskField::Department,
        TaskField::DependsOn,
        TaskField::Notes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TaskField::Ignore => "(ignore)",
            TaskField::Id => "ID",
            TaskField::Workstream => "Workstream",
            TaskField::Name => "Name",
            TaskField::Type => "Task or milestone",
            TaskField::Start => "Start",
            TaskField::End => "End",
            TaskField::Progress => "Progress %",
            TaskField::Status => "Status",
            TaskField::Owner => "Owner",
            TaskField::Department => "Department",
            TaskField::DependsOn => "Depends on",
            TaskField::Notes => "Notes",
        }
    }

    /// The field a header most likely names.
    fn guess(header: &str) -> TaskField {
        let h = header.trim().to_lowercase();
        let any = |words: &[&str]| words.iter().any(|w| h == *w);
        match () {
            _ if any(&["id", "task id", "wbs"]) => TaskField::Id,
            _ if any(&["workstream", "stream", "lane", "group", "phase", "project"]) => TaskField::Workstream,
            _ if any(&["name", "task", "task name", "title", "activity", "summary"]) => TaskField::Name,
            _ if any(&["type", "kind", "milestone"]) => TaskField::Type,
            _ if any(&["start", "start date", "begin", "from"]) => TaskField::Start,
            _ if any(&["end", "end date", "finish", "due", "due date", "to", "until"]) => TaskField::End,
            _ if any(&["progress", "% complete", "percent complete", "complete", "done %"]) => {
                TaskField::Progress
            }
            _ if any(&["status", "state", "rag"]) => TaskField::Status,
            _ if any(&["owner", "assignee", "responsible", "resource", "who"]) => TaskField::Owner,
            _ if any(&["department", "team", "unit"]) => TaskField::Department,
            _ if any(&["depends on", "predecessors", "dependencies", "after"]) => TaskField::DependsOn,
            _ if any(&["notes", "note", "comments", "description"]) => TaskField::Notes,
            _ => TaskField::Ignore,
        }
    }
}

/// The mapping guessed from a header: each column's field (each field used once at most).
pub fn guess_mapping(header: &[String]) -> Vec<TaskField> {
    let mut used = Vec::new();
    header
        .iter()
        .map(|h| {
            let field = TaskField::guess(h);
            if field != TaskField::Ignore && used.contains(&field) {
                TaskField::Ignore
            } else {
                used.push(field);
                field
            }
        })
        .collect()
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Rows not imported: the row number in the file (the header is row 1) and why.
    pub skipped: Vec<(usize, String)>,
    /// Rows imported with something left out (an unknown owner, say).
    pub notes: Vec<(usize, String)>,
    pub new_workstreams: Vec<String>,
}

/// Why a mapping cannot be used.
pub fn check_mapping(mapping: &[TaskField]) -> Result<(), String> {
    for needed in [TaskField::Name, TaskField::Start] {
        if !mapping.contains(&needed) {
            return Err(format!("choose the column that holds the {}", needed.label().to_lowercase()));
        }
    }
    Ok(())
}

/// Imports the rows into `plan`: a row whose ID names an existing task updates it; any other
/// row adds a task (keeping its ID when it is free and well formed). Rows that cannot be read
/// are skipped and reported, never guessed.
pub fn import_tasks(
    plan: &mut Plan,
    table: &CsvTable,
    mapping: &[TaskField],
) -> Result<ImportReport, String> {
    check_mapping(mapping)?;
    let mut report = ImportReport::default();
    let mut pending_links: Vec<(Id, usize, String)> = Vec::new();
    for (index, row) in table.rows.iter().enumerate() {
        let line = index + 2;
        let cell = |field: TaskField| -> Option<&str> {
            mapping
                .iter()
                .position(|f| *f == field)
                .and_then(|i| row.get(i))
                .map(|s| undefuse(s).unwrap_or_else(|| s.trim()))
                .filter(|s| !s.is_empty())
        };
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let Some(name) = cell(TaskField::Name) else {
            report.skipped.push((line, "no name".to_owned()));
            continue;
        };
        let Some(start_text) = cell(TaskField::Start) else {
            report.skipped.push((line, format!("“{name}” has no start date")));
            continue;
        };
        let Some(start) = parse_date(start_text) else {
            report.skipped.push((line, format!("“{name}”: “{start_text}” is not a date (use YYYY-MM-DD)")));
            continue;
        };
        let end = match cell(TaskField::End) {
            None => start,
            Some(text) => match parse_date(text) {
                Some(end) => end,
                None => {
                    report.skipped.push((line, format!("“{name}”: “{text}” is not a date (use YYYY-MM-DD)")));
                    continue;
                }
            },
        };
        if end < start {
            report.skipped.push((line, format!("“{name}” ends ({end}) before it starts ({start})")));
            continue;
        }
        let milestone = cell(TaskField::Type).map_or(start == end && cell(TaskField::End).is_none(), |t| {
            t.to_lowercase().starts_with("milestone")
        });
        let progress = match cell(TaskField::Progress) {
            None => None,
            Some(text) => match text.trim_end_matches('%').trim().parse::<f64>() {
                Ok(p) if (0.0..=100.0).contains(&p) => Some(p.round() as u8),
                _ => {
                    report
                        .notes
                        .push((line, format!("“{name}”: progress “{text}” is not 0–100; left as it was")));
                    None
                }
            },
        };
        let status = cell(TaskField::Status).and_then(|text| {
            let found = TaskStatus::ALL.into_iter().find(|s| s.label().eq_ignore_ascii_case(text));
            if found.is_none() {
                report.notes.push((line, format!("“{name}”: status “{text}” is unknown; left as it was")));
            }
            found
        });
        let workstream = cell(TaskField::Workstream).map(|w| workstream_named(plan, w, &mut report));
        let owner = cell(TaskField::Owner).and_then(|o| {
            let found = plan
                .people
                .iter()
                .find(|p| p.name.eq_ignore_ascii_case(o) || p.id.as_str() == o)
                .map(|p| p.id.clone());
            if found.is_none() {
                report
                    .notes
                    .push((line, format!("“{name}”: nobody called “{o}” is in the plan; owner left empty")));
            }
            found
        });
        let department = cell(TaskField::Department).and_then(|d| {
            let found = plan
                .departments
                .iter()
                .find(|x| x.name.eq_ignore_ascii_case(d) || x.id.as_str() == d)
                .map(|x| x.id.clone());
            if found.is_none() {
                report.notes.push((line, format!("“{name}”: no department “{d}”; left empty")));
            }
            found
        });
        let existing = cell(TaskField::Id).and_then(|id| plan.task_index(&Id::new(id)));
        match existing {
            Some(i) => {
                let before = plan.tasks[i].clone();
                let task = Arc::make_mut(&mut plan.tasks[i]);
                task.name = name.to_owned();
                task.start = start;
                task.end = if milestone { start } else { end };
                task.milestone = milestone;
                if let Some(ws) = workstream {
                    task.workstream = ws;
                }
                if let Some(p) = progress {
                    task.progress = p;
                }
                if let Some(s) = status {
                    task.status = s;
                }
                if cell(TaskField::Owner).is_some() {
                    task.owner = owner;
                }
                if cell(TaskField::Department).is_some() {
                    task.department = department;
                }
                if let Some(notes) = cell(TaskField::Notes) {
                    task.notes = notes.to_owned();
                } else if mapping.contains(&TaskField::Notes) {
                    task.notes.clear();
                }
                let id = task.id.clone();
                if plan.tasks[i] == before {
                    report.unchanged += 1;
                } else {
                    report.updated += 1;
                }
                if let Some(links) = cell(TaskField::DependsOn) {
                    pending_links.push((id, line, links.to_owned()));
                }
            }
            None => {
                let workstream = match workstream {
                    Some(ws) => ws,
                    None => workstream_named(plan, "Imported", &mut report),
                };
                let id = cell(TaskField::Id)
                    .map(Id::new)
                    .filter(|id| id.as_str().starts_with("t-") && plan.task(id).is_none())
                    .unwrap_or_else(|| plan.new_id(Kind::Task));
                plan.tasks.push(Arc::new(Task {
                    id: id.clone(),
                    workstream,
                    name: name.to_owned(),
                    milestone,
                    start,
                    end: if milestone { start } else { end },
                    owner,
                    department,
                    progress: progress.unwrap_or(0),
                    status: status.unwrap_or_default(),
                    notes: cell(TaskField::Notes).unwrap_or_default().to_owned(),
                    ..Task::default()
                }));
                report.added += 1;
                if let Some(links) = cell(TaskField::DependsOn) {
                    pending_links.push((id, line, links.to_owned()));
                }
            }
        }
    }
    // Links last, so a row may name a task further down the file.
    for (id, line, links) in pending_links {
        let mut depends_on = Vec::new();
        for reference in links.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            match plan.tasks.iter().find(|t| t.id.as_str() == reference || t.name == reference) {
                Some(before) if before.id != id => depends_on.push(before.id.clone()),
                _ => report.notes.push((
                    line,
                    format!("depends on “{reference}”, which is not in the plan; link left out"),
                )),
            }
        }
        if let Some(i) = plan.task_index(&id)
            && plan.tasks[i].depends_on != depends_on
        {
            Arc::make_mut(&mut plan.tasks[i]).depends_on = depends_on;
        }
    }
    Ok(report)
}

fn workstream_named(plan: &mut Plan, name: &str, report: &mut ImportReport) -> Id {
    if let Some(w) =
        plan.workstreams.iter().find(|w| w.name.eq_ignore_ascii_case(name) || w.id.as_str() == name)
    {
        return w.id.clone();
    }
    let id = plan.new_id(Kind::Workstream);
    plan.workstreams.push(Arc::new(Workstream {
        id: id.clone(),
        name: name.to_owned(),
        color: crate::model::DEFAULT_WORKSTREAM_COLOR.to_owned(),
        ..Workstream::default()
    }));
    report.new_workstreams.push(name.to_owned());
    id
}

/// Undoes the apostrophe our CSV export puts before text a spreadsheet would take for a
/// formula (see [`crate::export::defuse`]): the text after it, exactly as it was (not trimmed:
/// a leading tab or line break is part of it). `None` when the cell has no such apostrophe.
fn undefuse(cell: &str) -> Option<&str> {
    let rest = cell.strip_prefix('\'')?;
    rest.trim_start_matches('\'').starts_with(crate::export::FORMULA_STARTS).then_some(rest)
}

/// A date as spreadsheets write it: `2026-03-31`, `31/03/2026`, `31.03.2026`, `31 Mar 2026`,
/// or `2026/03/31`. Day-first where day and month could be swapped (as outside the US).
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let text =
        text.split_once([' ', 'T']).filter(|(d, _)| d.contains(['-', '/', '.'])).map_or(text, |(d, _)| d);
    ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d %b %Y", "%d %B %Y", "%-d %b %Y"]
        .iter()
        .find_map(|f| Date::parse_from_str(text, f).ok())
}
