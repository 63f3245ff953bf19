//! GanttProject files (`.gan`): `<project name>` with nested `<task start duration complete
//! meeting>`s, `<depend>` elements inside the *predecessor* pointing at the successor, then
//! `<resources>`, `<allocations>` and `<roles>`.
//!
//! Dates follow GanttProject's own rule (`TaskImpl.setStart` and `GPCalendarBase.shiftDate`):
//! a task that starts on a day off starts on the next working day, and its duration counts that
//! many working days from there. Days off are the project week's (`<default-week>`, Saturday and
//! Sunday unless it says otherwise; none when `<only-show-weekends value="true">`) and the
//! calendar's `<date>`s: a `HOLIDAY` is a day off, a one-off `WORKING_DAY` makes a weekend day a
//! working day, and a date without a year recurs every year.
//!
//! Every element and attribute name is in [`MAPPED`] or [`REPORTED`]; anything else is named in
//! the report, so nothing in a file is dropped without a word.

use super::outline::{
    Assignment, LinkKind, Outline, SourceLink, SourceResource, SourceTask, bad_date, parse_stamp, progress,
    quoted, report_counts,
};
use super::plan_file::ImportError;
use super::xml::{Event, Reader};
use crate::model::Date;
use chrono::Datelike;
use std::collections::{HashMap, HashSet};

/// Longer durations (in working days) are taken as damaged.
const MAX_DURATION_DAYS: i64 = 100_000;

/// Beyond this many working days, the end is worked out by whole weeks (holidays ignored).
const DAY_BY_DAY: i64 = 3_000;

/// Element names and `element@attribute` names whose content the reader carries over or uses
/// (or which only hold the file together: wrappers, empty calendar parts, the format's version
/// and locale, ids replaced by Tenstep's own).
pub const MAPPED: &[&str] = &[
    "project",
    "project@name",
    "project@company",
    "project@version",
    "project@locale",
    "calendars",
    "day-types",
    "day-type",
    "day-type@id",
    "overriden-day-types",
    "days",
    "calendar",
    "calendar@id",
    "calendar@name",
    "default-week",
    "default-week@id",
    "default-week@name",
    "default-week@mon",
    "default-week@tue",
    "default-week@wed",
    "default-week@thu",
    "default-week@fri",
    "default-week@sat",
    "default-week@sun",
    "only-show-weekends",
    "only-show-weekends@value",
    "date",
    "date@year",
    "date@month",
    "date@date",
    "date@type",
    "tasks",
    "taskproperties",
    "task",
    "task@id",
    "task@uid",
    "task@name",
    "task@meeting",
    "task@start",
    "task@duration",
    "task@complete",
    "task@webLink",
    "notes",
    "depend",
    "depend@id",
    "depend@type",
    "depend@difference",
    "resources",
    "resource",
    "resource@id",
    "resource@name",
    "resource@function",
    "resource@contacts",
    "allocations",
    "allocation",
    "allocation@task-id",
    "allocation@resource-id",
    "allocation@responsible",
    "allocation@load",
    "vacations",
    "previous",
    "roles",
    "roles@roleset-name",
    "role",
    "role@id",
    "role@name",
];

/// Element names and `element@attribute` names that are not carried over; the reader adds a
/// report line when a file has them (with a value that matters).
pub const REPORTED: &[&str] = &[
    // The project's description, web link and display state.
    "description",
    "project@webLink",
    "project@view-date",
    "project@view-index",
    "project@gantt-divider-location",
    "project@resource-divider-location",
    "view",
    "view@id",
    "view@zooming-state",
    "field",
    "field@id",
    "field@name",
    "field@width",
    "field@order",
    "option",
    "option@id",
    "option@value",
    "timeline",
    "filters",
    "filter",
    "filter@title",
    "filter@is-built-in",
    "filter@description",
    "filter@is-enabled",
    "taskdisplaycolumns",
    "displaycolumn",
    "displaycolumn@property-id",
    "displaycolumn@order",
    "displaycolumn@width",
    "displaycolumn@visible",
    "tasks@empty-milestones",
    "tasks@color",
    "task@color",
    "task@shape",
    "task@expand",
    "task@project",
    // Where the holidays came from and their colours (reported with the holidays).
    "calendars@base-id",
    "date@color",
    // Task fields with no place in a plan.
    "task@priority",
    "task@thirdDate",
    "task@thirdDate-constraint",
    "task@fixed-start",
    "task@cost-manual-value",
    "task@cost-calculated",
    "depend@hardness",
    // Custom columns and their values.
    "taskproperty",
    "taskproperty@id",
    "taskproperty@name",
    "taskproperty@type",
    "taskproperty@valuetype",
    "taskproperty@defaultvalue",
    "simple-select",
    "simple-select@select",
    "simple-select@where",
    "customproperty",
    "customproperty@taskproperty-id",
    "customproperty@value",
    "custom-property-definition",
    "custom-property-definition@id",
    "custom-property-definition@name",
    "custom-property-definition@type",
    "custom-property-definition@default-value",
    "custom-property-definition@MSPROJECT_TYPE",
    "custom-property",
    "custom-property@definition-id",
    "custom-property@value",
    // People's details, costs, vacations and roles on single tasks.
    "resource@phone",
    "rate",
    "rate@name",
    "rate@value",
    "allocation@function",
    "vacation",
    "vacation@start",
    "vacation@end",
    "vacation@resourceid",
    // Baselines.
    "previous-tasks",
    "previous-tasks@name",
    "previous-task",
    "previous-task@id",
    "previous-task@start",
    "previous-task@duration",
    "previous-task@meeting",
    "previous-task@super",
];

/// The project calendar: which days are worked.
#[derive(Debug)]
struct Calendar {
    /// Days off in the week, Monday first.
    weekend: [bool; 7],
    /// `<only-show-weekends value="true">`: weekends are worked.
    weekends_worked: bool,
    holidays: HashSet<Date>,
    /// One-off working days (on a weekend day or over a recurring holiday).
    working: HashSet<Date>,
    /// Holidays every year, as (month, day).
    recurring: HashSet<(u32, u32)>,
}

impl Default for Calendar {
    fn default() -> Self {
        Self {
            weekend: [false, false, false, false, false, true, true],
            weekends_worked: false,
            holidays: HashSet::new(),
            working: HashSet::new(),
            recurring: HashSet::new(),
        }
    }
}

impl Calendar {
    /// Whether GanttProject works on `day` (`WeekendCalendarImpl.getDayMask`).
    fn works(&self, day: Date) -> bool {
        let holiday = !self.working.contains(&day)
            && (self.holidays.contains(&day) || self.recurring.contains(&(day.month(), day.day())));
        let weekend = self.weekend[day.weekday().num_days_from_monday() as usize]
            && !self.weekends_worked
            && !self.working.contains(&day);
        !holiday && !weekend
    }

    /// `day`, or the first working day after it (`findClosestWorkingTime`); `day` itself when
    /// no working day follows within a year.
    fn first_working(&self, day: Date) -> Date {
        let mut d = day;
        for _ in 0..=366 {
            if self.works(d) {
                return d;
            }
            d = match d.succ_opt() {
                Some(next) => next,
                None => return day,
            };
        }
        day
    }

    /// The last working day of a task that starts on `start` (a working day) and lasts `days`
    /// working days.
    fn end_of(&self, start: Date, days: i64) -> Date {
        if days <= 1 {
            return start;
        }
        let step = |d: Date| d.succ_opt().unwrap_or(d);
        let weekly = self.weekend.iter().filter(|off| !**off || self.weekends_worked).count() as i64;
        if weekly == 0 {
            // No working day in the week: GanttProject cannot schedule it either.
            return start;
        }
        let mut day = start;
        let mut left = days - 1;
        if days > DAY_BY_DAY {
            // Whole weeks first; holidays are not looked for this far.
            day = day.checked_add_days(chrono::Days::new((left / weekly * 7) as u64)).unwrap_or(day);
            left %= weekly;
            let off =
                |d: Date| self.weekend[d.weekday().num_days_from_monday() as usize] && !self.weekends_worked;
            while left > 0 {
                day = step(day);
                if !off(day) {
                    left -= 1;
                }
            }
            return day;
        }
        let mut idle = 0;
        while left > 0 && idle <= 366 {
            day = step(day);
            if self.works(day) {
                left -= 1;
                idle = 0;
            } else {
                idle += 1;
            }
        }
        day
    }
}

#[derive(Default)]
struct Unmapped {
    holidays: usize,
    custom_columns: usize,
    custom_values: usize,
    rates: usize,
    vacations: usize,
    baselines: usize,
    constraints: usize,
    phones: usize,
    strong_links: usize,
    task_roles: usize,
    display: bool,
}

/// A `load` other than 100%: (task key, resource key, load as written).
struct PartTime {
    task: String,
    resource: String,
    load: String,
}

/// Reads a GanttProject file into an outline.
pub fn read(text: &str) -> Result<Outline, ImportError> {
    let mut reader = Reader::new(text);
    let mut out = Outline::default();
    let mut open_tasks: Vec<usize> = Vec::new();
    let mut durations: Vec<Option<i64>> = Vec::new();
    let mut web_links: Vec<(usize, String)> = Vec::new();
    let mut part_time: Vec<PartTime> = Vec::new();
    let mut calendar = Calendar::default();
    let mut roles: HashMap<String, String> = HashMap::new();
    let mut allocation_roles: Vec<(String, String)> = Vec::new();
    let mut skip = Unmapped::default();
    let known: HashSet<&str> = MAPPED.iter().chain(REPORTED).copied().collect();
    let mut unknown: HashSet<String> = HashSet::new();
    let mut name = String::new();
    loop {
        let tag = match reader.read()? {
            Event::Open(tag) => tag,
            Event::Close { name, text } => {
                match name.as_str() {
                    "task" => {
                        open_tasks.pop();
                    }
                    "notes" => {
                        if let Some(&task) = open_tasks.last() {
                            out.tasks[task].notes = text;
                        }
                    }
                    "description" if reader.depth() == 1 && !text.is_empty() => {
                        out.report.line("The project description is not imported");
                    }
                    _ => {}
                }
                continue;
            }
            Event::End => break,
        };
        for attr in std::iter::once("").chain(tag.attrs.iter().map(|(k, _)| k.as_str())) {
            name.clear();
            name.push_str(&tag.name);
            if !attr.is_empty() {
                name.push('@');
                name.push_str(attr);
            }
            if !known.contains(name.as_str()) && unknown.insert(name.clone()) {
                out.report.add(
                    "1 kind of element or attribute is not known to Tenstep and is not imported",
                    "{n} kinds of elements or attributes are not known to Tenstep and are not imported",
                    format!("<{name}>"),
                );
            }
        }
        match tag.name.as_str() {
            "project" if reader.depth() == 1 => {
                out.title = tag.str("name").to_owned();
                out.organisation = tag.str("company").to_owned();
                if web_link(tag.str("webLink")).is_some() {
                    out.report.line("The project's web link is not imported");
                }
            }
            "default-week" => {
                let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
                for (off, name) in calendar.weekend.iter_mut().zip(names) {
                    *off = tag.str(name) == "1";
                }
            }
            "only-show-weekends" => calendar.weekends_worked = tag.str("value") == "true",
            "date" if reader.path_ends_with(&["calendars", "date"]) => {
                holiday(&tag, &mut calendar, &mut skip);
            }
            "task"
                if reader.path_ends_with(&["tasks", "task"]) || reader.path_ends_with(&["task", "task"]) =>
            {
                let key = tag.str("id").to_owned();
                let name = tag.str("name").to_owned();
                let label = quoted(&name, &key);
                let start = parse_stamp(tag.str("start")).map(|(d, _)| d);
                if start.is_none() {
                    bad_date(&mut out.report, &label, tag.str("start"));
                }
                let duration = tag.str("duration").trim().parse::<i64>().ok();
                if duration.is_none_or(|d| !(0..=MAX_DURATION_DAYS).contains(&d)) {
                    out.report.add(
                        "1 task had a duration that could not be read; it lasts one day",
                        "{n} tasks had durations that could not be read; they last one day",
                        format!("{label} (“{}”)", tag.str("duration").chars().take(20).collect::<String>()),
                    );
                }
                durations.push(duration.filter(|d| (0..=MAX_DURATION_DAYS).contains(d)));
                if (tag.get("thirdDate").is_some() && !matches!(tag.str("thirdDate-constraint"), "" | "0"))
                    || tag.str("fixed-start") == "true"
                {
                    skip.constraints += 1;
                }
                if tag
                    .get("cost-manual-value")
                    .is_some_and(|v| v.trim().parse::<f64>().is_ok_and(|c| c != 0.0))
                {
                    skip.rates += 1;
                }
                if !matches!(tag.str("priority"), "" | "1") {
                    out.report.add(
                        "1 task had a priority other than normal, which is not imported",
                        "{n} tasks had priorities other than normal, which are not imported",
                        label.clone(),
                    );
                }
                if let Some(link) = web_link(tag.str("webLink")) {
                    web_links.push((out.tasks.len(), link));
                }
                skip.display |= ["color", "shape", "expand"].iter().any(|a| tag.get(a).is_some());
                let task = SourceTask {
                    key,
                    parent: open_tasks.last().copied(),
                    start,
                    end: None,
                    milestone: tag.str("meeting") == "true",
                    progress: progress(tag.str("complete"), &label, &mut out.report),
                    notes: String::new(),
                    name,
                };
                open_tasks.push(out.tasks.len());
                out.tasks.push(task);
            }
            "depend" => {
                let Some(&predecessor) = open_tasks.last() else { continue };
                let kind = match tag.str("type") {
                    "1" => LinkKind::StartStart,
                    "3" => LinkKind::FinishFinish,
                    "4" => LinkKind::StartFinish,
                    _ => LinkKind::FinishStart,
                };
                if tag.str("hardness") == "Strong" {
                    skip.strong_links += 1;
                }
                out.links.push(SourceLink {
                    predecessor: out.tasks[predecessor].key.clone(),
                    successor: tag.str("id").to_owned(),
                    kind,
                    lag: tag.str("difference").trim().parse::<f64>().is_ok_and(|d| d != 0.0),
                });
            }
            "taskproperty" if tag.str("type") == "custom" => skip.custom_columns += 1,
            "customproperty" | "custom-property" => skip.custom_values += 1,
            "custom-property-definition" => skip.custom_columns += 1,
            "resource" => {
                if !tag.str("phone").trim().is_empty() {
                    skip.phones += 1;
                }
                let contacts = tag.str("contacts").trim();
                out.resources.push(SourceResource {
                    key: tag.str("id").to_owned(),
                    name: tag.str("name").to_owned(),
                    email: if contacts.contains('@') { contacts.to_owned() } else { String::new() },
                    // The role's id for now; replaced by its name once the roles are read.
                    title: tag.str("function").to_owned(),
                });
            }
            "rate" => skip.rates += 1,
            "allocation" => {
                let load = tag.str("load").trim();
                if load.parse::<f64>().is_ok_and(|l| (l - 100.0).abs() > 1e-6) {
                    part_time.push(PartTime {
                        task: tag.str("task-id").to_owned(),
                        resource: tag.str("resource-id").to_owned(),
                        load: load.trim_end_matches(".0").to_owned(),
                    });
                }
                if !tag.str("function").is_empty() {
                    allocation_roles
                        .push((tag.str("resource-id").to_owned(), tag.str("function").to_owned()));
                }
                out.assignments.push(Assignment {
                    task: tag.str("task-id").to_owned(),
                    resource: tag.str("resource-id").to_owned(),
                    responsible: tag.str("responsible") == "true",
                });
            }
            "role" => {
                roles.insert(tag.str("id").to_owned(), tag.str("name").to_owned());
            }
            "vacation" => skip.vacations += 1,
            "previous-tasks" => skip.baselines += 1,
            "view" | "taskdisplaycolumns" => skip.display = true,
            _ => {}
        }
    }
    for (task, duration) in out.tasks.iter_mut().zip(durations) {
        // GanttProject moves a start on a day off to the next working day, milestones too.
        task.start = task.start.map(|start| calendar.first_working(start));
        task.end = task
            .start
            .map(|start| if task.milestone { start } else { calendar.end_of(start, duration.unwrap_or(1)) });
    }
    for (task, link) in web_links {
        let notes = &mut out.tasks[task].notes;
        if !notes.is_empty() {
            notes.push_str("\n\n");
        }
        notes.push_str("Web link: ");
        notes.push_str(&link);
    }
    let own_role: HashMap<&str, &str> =
        out.resources.iter().map(|r| (r.key.as_str(), r.title.as_str())).collect();
    skip.task_roles = allocation_roles
        .iter()
        .filter(|(resource, role)| own_role.get(resource.as_str()).is_some_and(|own| own != role))
        .count();
    report_part_time(&part_time, &mut out);
    for resource in &mut out.resources {
        resource.title = role_name(&resource.title, &roles);
    }
    report_unmapped(&skip, &mut out);
    Ok(out)
}

/// A role's name: the file's own roles by id (`<role id>`), GanttProject's built-in ones by
/// `RoleSet:id` (`RoleManagerImpl`; a bare id 3–10 not in the file is a software-development
/// role, as `XmlProjectImporter.findRole` reads it). "Undefined" gives no title.
fn role_name(id: &str, roles: &HashMap<String, String>) -> String {
    if let Some(name) = roles.get(id) {
        return name.clone();
    }
    let (set, number) = id.rsplit_once(':').unwrap_or(("", id));
    let software = [
        "Developer",
        "Documentation writer",
        "Tester",
        "Graphic designer",
        "Documentation translator",
        "Packager",
        "Analyst",
        "Web designer",
    ];
    match (set, number.trim().parse::<usize>()) {
        ("Default" | "", Ok(1)) => "Project manager".to_owned(),
        ("SoftwareDevelopment", Ok(n @ 2..=9)) | ("", Ok(n @ 3..=9)) => software[n - 2].to_owned(),
        _ => String::new(),
    }
}

/// A task's or project's web link as GanttProject shows it (URL-decoded), or `None` for none
/// (GanttProject 2.x writes `http://` for a task without one).
fn web_link(text: &str) -> Option<String> {
    let bytes = text.trim().as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    decoded.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => decoded.push(b'%'),
            },
            b'+' => decoded.push(b' '),
            b => decoded.push(b),
        }
        i += 1;
    }
    let link = String::from_utf8_lossy(&decoded).trim().to_owned();
    (!matches!(link.as_str(), "" | "http://" | "https://")).then_some(link)
}

/// One `<date>` of the calendar (`HolidayTagHandler`): a holiday by default, `WORKING_DAY` or
/// `NEUTRAL` otherwise; without a year it recurs.
fn holiday(tag: &super::xml::Tag, calendar: &mut Calendar, skip: &mut Unmapped) {
    let (Ok(month), Ok(day)) =
        (tag.str("month").trim().parse::<u32>(), tag.str("date").trim().parse::<u32>())
    else {
        return;
    };
    let kind = tag.str("type").trim();
    let year = tag.str("year").trim();
    if year.is_empty() {
        if matches!(kind, "" | "HOLIDAY") {
            calendar.recurring.insert((month, day));
            skip.holidays += 1;
        }
        return;
    }
    let Some(date) = year.parse::<i32>().ok().and_then(|y| Date::from_ymd_opt(y, month, day)) else {
        return;
    };
    match kind {
        "" | "HOLIDAY" => {
            calendar.holidays.insert(date);
            skip.holidays += 1;
        }
        "WORKING_DAY" => {
            calendar.working.insert(date);
            skip.holidays += 1;
        }
        _ => {}
    }
}

/// Reports allocations of less (or more) than full time, naming the task and the person.
fn report_part_time(part_time: &[PartTime], out: &mut Outline) {
    let tasks: HashMap<&str, &SourceTask> = out.tasks.iter().map(|t| (t.key.as_str(), t)).collect();
    let people: HashMap<&str, &str> =
        out.resources.iter().map(|r| (r.key.as_str(), r.name.as_str())).collect();
    let mut lines = Vec::new();
    for p in part_time {
        let task =
            tasks.get(p.task.as_str()).map_or_else(|| quoted("", &p.task), |t| quoted(&t.name, &t.key));
        let person = people.get(p.resource.as_str()).copied().unwrap_or("?");
        lines.push(format!("{task} ({person}, {}%)", p.load));
    }
    for example in lines {
        out.report.add(
            "1 part-time allocation is not imported; the person is on the task full time",
            "{n} part-time allocations are not imported; the people are on their tasks full time",
            example,
        );
    }
}

fn report_unmapped(skip: &Unmapped, out: &mut Outline) {
    report_counts(
        &mut out.report,
        &[
            (
                skip.holidays,
                "Holidays in the project calendar are not imported; end dates count them as days off ({})",
                "holiday",
                "holidays",
            ),
            (skip.custom_columns, "Custom task columns are not imported ({})", "column", "columns"),
            (skip.custom_values, "Custom field values are not imported ({})", "value", "values"),
            (skip.rates, "Costs and rates are not imported ({})", "value", "values"),
            (skip.vacations, "Resource vacations are not imported ({})", "vacation", "vacations"),
            (skip.baselines, "Baselines are not imported ({})", "baseline", "baselines"),
            (skip.constraints, "Date constraints are not imported ({} had one)", "task", "tasks"),
            (skip.phones, "Phone numbers are not imported ({} had one)", "resource", "resources"),
            (
                skip.task_roles,
                "Roles given to people on single tasks are not imported ({})",
                "allocation",
                "allocations",
            ),
        ],
    );
    match (skip.display, skip.strong_links) {
        (false, 0) => {}
        (true, 0) => out.report.line("GanttProject's view settings (columns, zoom, colours) are not imported"),
        (display, n) => out.report.line(format!(
            "{}“Strong” links (the successor held right after its predecessor) are kept as ordinary dependencies ({})",
            if display { "GanttProject's view settings (columns, zoom, colours) are not imported; " } else { "" },
            super::outline::counted(n, "link", "links"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> Date {
        Date::from_ymd_opt(2024, 1, d).expect("valid")
    }

    #[test]
    fn durations_count_working_days() {
        let cal = Calendar::default();
        // Monday 15 January 2024, five working days: Friday 19th.
        assert_eq!(cal.end_of(day(15), 5), day(19));
        assert_eq!(cal.end_of(day(15), 6), day(22));
        assert_eq!(cal.end_of(day(15), 10), day(26));
        assert_eq!(cal.end_of(day(15), 1), day(15));
        // No days off: calendar days.
        let all = Calendar { weekend: [false; 7], ..Calendar::default() };
        assert_eq!(all.end_of(day(15), 7), day(21));
        // Far ends are counted by whole weeks.
        assert_eq!(cal.end_of(day(15), DAY_BY_DAY + 1), cal.end_of(day(15), DAY_BY_DAY + 1));
        let far = cal.end_of(day(15), 5 * 1000);
        assert_eq!((far - day(15)).num_days(), 7 * 1000 - 3);
    }

    #[test]
    fn a_start_on_a_day_off_moves_to_the_next_working_day_for_every_length() {
        let mut cal = Calendar::default();
        // Saturday 13th: Monday 15th, whatever the duration.
        assert_eq!(cal.first_working(day(13)), day(15));
        assert_eq!(cal.end_of(cal.first_working(day(13)), 1), day(15));
        assert_eq!(cal.end_of(cal.first_working(day(13)), 3), day(17));
        // A holiday on Monday 1st: the task starts on Tuesday 2nd and skips it.
        cal.holidays.insert(day(1));
        assert_eq!(cal.first_working(day(1)), day(2));
        cal.holidays.insert(day(17));
        assert_eq!(cal.end_of(day(15), 3), day(18));
        // Every year's 1 May.
        cal.recurring.insert((5, 1));
        let may = |d| Date::from_ymd_opt(2025, 5, d).expect("valid");
        assert_eq!(cal.first_working(may(1)), may(2));
        // A working Saturday.
        cal.working.insert(day(20));
        assert_eq!(cal.end_of(day(19), 2), day(20));
        // Weekends shown as working days.
        let shown = Calendar { weekends_worked: true, ..Calendar::default() };
        assert_eq!(shown.first_working(day(13)), day(13));
    }

    #[test]
    fn built_in_roles_have_their_names() {
        let own = HashMap::from([("0".to_owned(), "Copywriter".to_owned())]);
        assert_eq!(role_name("0", &own), "Copywriter");
        assert_eq!(role_name("Default:1", &own), "Project manager");
        assert_eq!(role_name("Default:0", &own), "");
        assert_eq!(role_name("SoftwareDevelopment:2", &own), "Developer");
        assert_eq!(role_name("SoftwareDevelopment:4", &own), "Tester");
        assert_eq!(role_name("SoftwareDevelopment:10", &own), "");
        assert_eq!(role_name("5", &own), "Graphic designer");
        assert_eq!(role_name("", &own), "");
    }

    #[test]
    fn web_links_are_decoded_and_empty_ones_ignored() {
        assert_eq!(web_link("http://"), None);
        assert_eq!(web_link(" "), None);
        assert_eq!(web_link("http%3A%2F%2F"), None);
        assert_eq!(web_link("https%3A%2F%2Fexample.org%2Fa+b").as_deref(), Some("https://example.org/a b"));
        assert_eq!(web_link("100%").as_deref(), Some("100%"));
    }
}
