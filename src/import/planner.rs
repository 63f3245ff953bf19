//! GNOME Planner files (`.planner`; MrProject's `.mrproject` is the same format):
//! `<project name project-start …>` with nested `<task>`s, each with `<predecessors>`, then
//! `<resources>` and `<allocations>`. Dates are stamps like `20040101T000000Z`; an end at
//! midnight means the task ended the day before.
//!
//! Dates follow Planner's own rules, as MPXJ's `PlannerReader` reads them: a task starts on
//! `work-start` (the moment work begins) when the file has it, not on `start`, which for a task
//! that follows another is the predecessor's finish (17:00 on its last day). Both ends are then
//! placed on working days of the project's calendar (its default week, day types and
//! overridden days): a start at or after the day's last working hour moves to the next working
//! day, an end at or before the day's first working hour (midnight) to the working day before.

use super::outline::{
    Assignment, LinkKind, Outline, SourceLink, SourceResource, SourceTask, bad_date, parse_stamp, progress,
    quoted, report_counts,
};
use super::plan_file::ImportError;
use super::xml::{Event, Reader, Tag};
use crate::model::Date;
use chrono::{Datelike, NaiveTime, Timelike};
use std::collections::HashMap;

/// Every element and attribute (`element@attribute`) of the format that the reader carries
/// over into the plan, or reads to interpret the file (ids, the calendar that places dates,
/// the format's version). With [`REPORTED`], this is the format as the reader knows it: a
/// name in neither table is reported as unknown when met.
pub const MAPPED: &[&str] = &[
    "project",
    "project@name",
    "project@company",
    "project@manager",
    "project@project-start",
    "project@mrproject-version",
    "project@calendar",
    "calendars",
    "day-types",
    "day-type",
    "day-type@id",
    "day-type@name",
    "day-type@description",
    "calendar",
    "calendar@id",
    "calendar@name",
    "default-week",
    "default-week@mon",
    "default-week@tue",
    "default-week@wed",
    "default-week@thu",
    "default-week@fri",
    "default-week@sat",
    "default-week@sun",
    "overridden-day-types",
    "overridden-day-type",
    "overridden-day-type@id",
    "interval",
    "interval@start",
    "interval@end",
    "days",
    "day",
    "day@date",
    "day@type",
    "day@id",
    "tasks",
    "task",
    "task@id",
    "task@name",
    "task@note",
    "task@start",
    "task@end",
    "task@work-start",
    "task@duration",
    "task@percent-complete",
    "task@type",
    "predecessors",
    "predecessor",
    "predecessor@id",
    "predecessor@predecessor-id",
    "predecessor@type",
    "predecessor@lag",
    "resources",
    "resource",
    "resource@id",
    "resource@name",
    "resource@email",
    "resource@type",
    "allocations",
    "allocation",
    "allocation@task-id",
    "allocation@resource-id",
];

/// Every element and attribute of the format that the plan has no place for: each is counted
/// in the import report when the file gives it a value (an empty or zero value loses nothing).
pub const REPORTED: &[&str] = &[
    "project@phase",
    "properties",
    "property",
    "property@name",
    "property@type",
    "property@owner",
    "property@label",
    "property@description",
    "property@value",
    "list-item",
    "list-item@value",
    "phases",
    "phase",
    "phase@name",
    "task@work",
    "task@priority",
    "task@scheduling",
    "task@wbs",
    "constraint",
    "constraint@type",
    "constraint@time",
    "resource-groups",
    "group",
    "group@id",
    "group@name",
    "group@admin-name",
    "group@admin-phone",
    "group@admin-email",
    "resource@short-name",
    "resource@units",
    "resource@note",
    "resource@std-rate",
    "resource@ovt-rate",
    "resource@group",
    "resource@calendar",
    "allocation@units",
];

/// Things the file holds that a plan has no place for, counted while reading.
#[derive(Default)]
struct Unmapped {
    calendars: usize,
    phases: usize,
    property_definitions: usize,
    property_values: usize,
    groups: usize,
    work: usize,
    costs: usize,
    units: usize,
    scheduling: usize,
    wbs: usize,
    resource_details: usize,
}

/// A task's stamps as the file has them, placed on the calendar once the whole file is read.
#[derive(Default)]
struct Stamps {
    start: String,
    work_start: Option<String>,
    end: String,
}

/// Reads a Planner file into an outline.
pub fn read(text: &str) -> Result<Outline, ImportError> {
    let mut reader = Reader::new(text);
    let mut out = Outline::default();
    let mut open_tasks: Vec<usize> = Vec::new();
    let mut open_calendars: Vec<usize> = Vec::new();
    let mut calendars: Vec<Calendar> = Vec::new();
    let mut project_calendar = String::new();
    let mut stamps: Vec<Stamps> = Vec::new();
    let mut skip = Unmapped::default();
    loop {
        let tag = match reader.read()? {
            Event::Open(tag) => tag,
            Event::Close { name, .. } => {
                match name.as_str() {
                    "task" => {
                        open_tasks.pop();
                    }
                    "calendar" => {
                        open_calendars.pop();
                    }
                    _ => {}
                }
                continue;
            }
            Event::End => break,
        };
        report_unknown(&tag, &mut out);
        match tag.name.as_str() {
            "project" if reader.depth() == 1 => {
                out.title = tag.str("name").to_owned();
                out.organisation = tag.str("company").to_owned();
                out.author = tag.str("manager").to_owned();
                out.project_start = parse_stamp(tag.str("project-start")).map(|(d, _)| d);
                project_calendar = tag.str("calendar").trim().to_owned();
                if !tag.str("phase").trim().is_empty() {
                    out.report.add(
                        "The project's current phase is not imported",
                        "The project's current phase is not imported",
                        quoted(tag.str("phase"), ""),
                    );
                }
            }
            "task" => {
                let task = read_task(&tag, open_tasks.last().copied(), &mut out, &mut skip);
                open_tasks.push(out.tasks.len());
                out.tasks.push(task);
                stamps.push(Stamps {
                    start: tag.str("start").to_owned(),
                    work_start: tag.get("work-start").map(str::to_owned),
                    end: tag.str("end").to_owned(),
                });
            }
            "predecessor" => {
                let Some(&successor) = open_tasks.last() else { continue };
                let kind = match tag.str("type") {
                    "SS" => LinkKind::StartStart,
                    "FF" => LinkKind::FinishFinish,
                    "SF" => LinkKind::StartFinish,
                    _ => LinkKind::FinishStart,
                };
                out.links.push(SourceLink {
                    predecessor: tag.str("predecessor-id").to_owned(),
                    successor: out.tasks[successor].key.clone(),
                    kind,
                    lag: nonzero(tag.str("lag")),
                });
            }
            "constraint" => {
                if let Some(&task) = open_tasks.last() {
                    let t = &out.tasks[task];
                    out.report.add(
                        "1 task had a date constraint, which is not imported",
                        "{n} tasks had date constraints, which are not imported",
                        format!("{} ({})", quoted(&t.name, &t.key), tag.str("type")),
                    );
                }
            }
            "resource" => read_resource(&tag, &mut out, &mut skip),
            "allocation" => {
                let units = tag.str("units");
                if !units.is_empty() && units != "100" {
                    skip.units += 1;
                }
                out.assignments.push(Assignment {
                    task: tag.str("task-id").to_owned(),
                    resource: tag.str("resource-id").to_owned(),
                    responsible: false,
                });
            }
            "calendar" => {
                skip.calendars += 1;
                calendars.push(Calendar {
                    id: tag.str("id").trim().to_owned(),
                    parent: open_calendars.last().copied(),
                    ..Calendar::default()
                });
                open_calendars.push(calendars.len() - 1);
            }
            "default-week" => {
                if let Some(&c) = open_calendars.last() {
                    for (i, day) in WEEK.iter().enumerate() {
                        calendars[c].week[i] = tag.str(day).trim().to_owned();
                    }
                }
            }
            "overridden-day-type" => {
                if let Some(&c) = open_calendars.last() {
                    calendars[c].hours.entry(tag.str("id").trim().to_owned()).or_default();
                    calendars[c].last_type = tag.str("id").trim().to_owned();
                }
            }
            "interval" => {
                if let Some(&c) = open_calendars.last()
                    && let (Some(from), Some(to)) = (clock(tag.str("start")), clock(tag.str("end")))
                {
                    let cal = &mut calendars[c];
                    let to = if to <= from { DAY_MINUTES } else { to };
                    cal.hours.entry(cal.last_type.clone()).or_default().push((from, to));
                }
            }
            "day" => {
                if let Some(&c) = open_calendars.last()
                    && tag.str("type") == "day-type"
                    && let Some((date, _)) = parse_stamp(tag.str("date"))
                {
                    calendars[c].days.insert(date, tag.str("id").trim().to_owned());
                }
            }
            "phase" => skip.phases += 1,
            "group" => skip.groups += 1,
            "property" if tag.get("value").is_some_and(|v| !v.trim().is_empty()) => skip.property_values += 1,
            "property" if tag.get("owner").is_some() => skip.property_definitions += 1,
            _ => {}
        }
    }
    let week = Week::of(&calendars, &project_calendar);
    place_dates(&mut out, &stamps, &week);
    report_unmapped(&skip, &mut out);
    Ok(out)
}

/// Reports each element or attribute that is in neither [`MAPPED`] nor [`REPORTED`].
fn report_unknown(tag: &Tag, out: &mut Outline) {
    let known = |name: &str| MAPPED.contains(&name) || REPORTED.contains(&name);
    if !known(&tag.name) {
        out.report.add(
            "1 element this reader does not know was not imported",
            "{n} elements this reader does not know were not imported",
            format!("<{}>", tag.name),
        );
        return;
    }
    for (attr, value) in &tag.attrs {
        if !value.trim().is_empty() && !known(&format!("{}@{attr}", tag.name)) {
            out.report.add(
                "1 attribute this reader does not know was not imported",
                "{n} attributes this reader does not know were not imported",
                format!("{} of <{}>", attr, tag.name),
            );
        }
    }
}

fn read_resource(tag: &Tag, out: &mut Outline, skip: &mut Unmapped) {
    if nonzero(tag.str("std-rate")) || nonzero(tag.str("ovt-rate")) {
        skip.costs += 1;
    }
    if tag.str("type") == "2" {
        out.report.add(
            "1 material resource is not imported (only people are)",
            "{n} material resources are not imported (only people are)",
            quoted(tag.str("name"), tag.str("id")),
        );
        return;
    }
    out.resources.push(SourceResource {
        key: tag.str("id").to_owned(),
        name: tag.str("name").to_owned(),
        email: tag.str("email").to_owned(),
        title: String::new(),
    });
    let note = tag.str("note").trim();
    if !note.is_empty() {
        out.report.add(
            "1 resource had a note, which is not imported",
            "{n} resources had notes, which are not imported",
            quoted(tag.str("name"), tag.str("id")),
        );
    }
    let detail = |name: &str| {
        let value = tag.str(name).trim();
        !value.is_empty() && value != "0"
    };
    if ["short-name", "units", "group", "calendar"].into_iter().any(detail) {
        skip.resource_details += 1;
    }
}

fn read_task(tag: &Tag, parent: Option<usize>, out: &mut Outline, skip: &mut Unmapped) -> SourceTask {
    let key = tag.str("id").to_owned();
    let name = tag.str("name").to_owned();
    let label = quoted(&name, &key);
    if nonzero(tag.str("work")) {
        skip.work += 1;
    }
    if !matches!(tag.str("scheduling").trim(), "" | "fixed-work") {
        skip.scheduling += 1;
    }
    if !tag.str("wbs").trim().is_empty() {
        skip.wbs += 1;
    }
    if nonzero(tag.str("priority")) {
        out.report.add(
            "1 task had a priority, which is not imported",
            "{n} tasks had priorities, which are not imported",
            label.clone(),
        );
    }
    SourceTask {
        key,
        parent,
        start: None,
        end: None,
        milestone: tag.str("type") == "milestone",
        progress: progress(tag.str("percent-complete"), &label, &mut out.report),
        notes: tag.str("note").to_owned(),
        name,
    }
}

/// Sets each task's first and last working day from its stamps and the project's calendar.
fn place_dates(out: &mut Outline, stamps: &[Stamps], week: &Week) {
    for (task, stamps) in out.tasks.iter_mut().zip(stamps) {
        let label = quoted(&task.name, &task.key);
        // A milestone has no work: Planner draws it at its start, which for one that follows
        // another is the end of the predecessor's last day.
        let work_start = if task.milestone { None } else { stamps.work_start.as_deref() };
        let start = match work_start.and_then(parse_stamp).or_else(|| parse_stamp(&stamps.start)) {
            Some((day, time)) if task.milestone => Some((day, time.map_or(0, minutes))),
            Some((day, time)) => Some(week.first_working(day, time.map_or(0, minutes))),
            None => {
                bad_date(&mut out.report, &label, &stamps.start);
                None
            }
        };
        let end = match parse_stamp(&stamps.end) {
            Some(_) if task.milestone => start,
            Some((day, time)) => Some(week.last_working(day, time.map_or(DAY_MINUTES, minutes))),
            None => {
                bad_date(&mut out.report, &label, &stamps.end);
                None
            }
        };
        task.start = start.map(|(d, _)| d);
        task.end = end.map(|(d, _)| d);
        // A task with no work between its stamps (start and end at the same moment) may land
        // on either side of a day off: it keeps its start. An end before the start as the
        // file has it is left for the outline to report.
        let in_order = match (parse_stamp(&stamps.start), parse_stamp(&stamps.end)) {
            (Some((s, st)), Some((e, et))) => (e, et.unwrap_or_default()) >= (s, st.unwrap_or_default()),
            _ => false,
        };
        if in_order
            && let (Some(s), Some(e)) = (task.start, task.end)
            && e < s
        {
            task.end = Some(s);
        }
    }
}

/// Minutes in a day.
const DAY_MINUTES: u32 = 24 * 60;

/// The default week's attributes, Monday first.
const WEEK: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Planner's fixed day types: working (08:00–12:00 and 13:00–17:00 unless the calendar
/// overrides it), non-working, and "use base" (the parent calendar's day).
const WORKING: &str = "0";
const NON_WORKING: &str = "1";
const USE_BASE: &str = "2";

/// One `<calendar>`: its week, its day types' working hours, its overridden days.
#[derive(Default)]
struct Calendar {
    id: String,
    parent: Option<usize>,
    /// Day type of each weekday, Monday first.
    week: [String; 7],
    /// Working intervals of each day type the calendar overrides, in minutes from midnight.
    hours: HashMap<String, Vec<(u32, u32)>>,
    /// Day type of each overridden date.
    days: HashMap<Date, String>,
    /// The overridden day type whose intervals are being read.
    last_type: String,
}

/// The project's calendar as the reader needs it: a day's working intervals.
struct Week<'a> {
    calendars: &'a [Calendar],
    chosen: Option<usize>,
}

impl<'a> Week<'a> {
    /// The calendar the project names, or its first one; every day worked 08:00–17:00 when
    /// the file has none.
    fn of(calendars: &'a [Calendar], id: &str) -> Self {
        let chosen =
            calendars.iter().position(|c| c.id == id).or(if calendars.is_empty() { None } else { Some(0) });
        Self { calendars, chosen }
    }

    /// The working intervals of a day (empty for a day off).
    fn hours(&self, date: Date) -> Vec<(u32, u32)> {
        const STANDARD: [(u32, u32); 2] = [(8 * 60, 12 * 60), (13 * 60, 17 * 60)];
        let weekday = date.weekday().num_days_from_monday() as usize;
        // A file without calendars (Planner always writes one) names no days off: only the
        // working hours place a stamp.
        let Some(mut at) = self.chosen else { return STANDARD.to_vec() };
        // Follows "use base" up the derived calendars (bounded, should a file loop).
        for _ in 0..=self.calendars.len() {
            let cal = &self.calendars[at];
            let kind = cal.days.get(&date).unwrap_or(&cal.week[weekday]);
            match (kind.as_str(), cal.parent) {
                (USE_BASE, Some(parent)) => at = parent,
                (NON_WORKING, _) => return Vec::new(),
                (kind, _) => {
                    return match cal.hours.get(kind) {
                        Some(hours) => hours.clone(),
                        None if kind == WORKING => STANDARD.to_vec(),
                        None => Vec::new(),
                    };
                }
            }
        }
        Vec::new()
    }

    /// The working day on which work at `day`, `time` begins: that day if it has working time
    /// after `time`, else the next working day (the day itself when the calendar has none).
    fn first_working(&self, day: Date, time: u32) -> (Date, u32) {
        let mut at = (day, time);
        for _ in 0..SEARCH_DAYS {
            if self.hours(at.0).iter().any(|&(_, to)| to > at.1) {
                return at;
            }
            match at.0.succ_opt() {
                Some(next) => at = (next, 0),
                None => break,
            }
        }
        (day, time)
    }

    /// The working day on which work ending at `day`, `time` last worked: that day if it has
    /// working time before `time`, else the working day before.
    fn last_working(&self, day: Date, time: u32) -> (Date, u32) {
        let mut at = (day, time);
        for _ in 0..SEARCH_DAYS {
            if self.hours(at.0).iter().any(|&(from, _)| from < at.1) {
                return at;
            }
            match at.0.pred_opt() {
                Some(before) => at = (before, DAY_MINUTES),
                None => break,
            }
        }
        (day, time)
    }
}

/// How far to look for a working day before taking the date as it is.
const SEARCH_DAYS: usize = 400;

/// Minutes from midnight.
fn minutes(time: NaiveTime) -> u32 {
    time.hour() * 60 + time.minute()
}

/// A calendar interval's "0800".
fn clock(text: &str) -> Option<u32> {
    let text = text.trim();
    let (h, m) = (text.get(..2)?.parse::<u32>().ok()?, text.get(2..4)?.parse::<u32>().ok()?);
    (h <= 24 && m < 60).then_some((h * 60 + m).min(DAY_MINUTES))
}

/// Whether a number in the file is present and not zero.
fn nonzero(text: &str) -> bool {
    text.trim().parse::<f64>().is_ok_and(|v| v != 0.0)
}

fn report_unmapped(skip: &Unmapped, out: &mut Outline) {
    report_counts(
        &mut out.report,
        &[
            (
                skip.calendars,
                "Calendars are not imported ({}; dates are placed on the project calendar's working days)",
                "calendar",
                "calendars",
            ),
            (skip.phases, "Project phases are not imported ({})", "phase", "phases"),
            (
                skip.property_definitions,
                "Custom properties are not imported ({} defined)",
                "property",
                "properties",
            ),
            (skip.property_values, "Custom property values are not imported ({})", "value", "values"),
            (skip.groups, "Resource groups are not imported ({})", "group", "groups"),
            (skip.work, "Work estimates (effort) are not imported ({} had one)", "task", "tasks"),
            (skip.costs, "Costs and rates are not imported ({} had a rate)", "resource", "resources"),
            (
                skip.scheduling,
                "Scheduling types are not imported ({} fixed-duration; the dates are kept)",
                "task",
                "tasks",
            ),
            (skip.wbs, "WBS codes are not imported ({} had one)", "task", "tasks"),
            (
                skip.resource_details,
                "Resource short names, units, groups and calendars are not imported ({} had one)",
                "resource",
                "resources",
            ),
            (
                skip.units,
                "Assignment units (part-time allocations) are not imported ({})",
                "assignment",
                "assignments",
            ),
        ],
    );
}
