//! GanttProject files (`.gan`): `<project name>` with nested `<task start duration complete
//! meeting>`s, `<depend>` elements inside the *predecessor* pointing at the successor, then
//! `<resources>`, `<allocations>` and `<roles>`.
//!
//! A task's duration is in working days. The end date is worked out with the project calendar's
//! weekly days off (Saturday and Sunday unless `<default-week>` says otherwise); holidays are
//! not taken into account (the report says so when the file has any). A start on a day off
//! counts from the next working day.

use super::outline::{
    Assignment, LinkKind, Outline, SourceLink, SourceResource, SourceTask, bad_date, parse_stamp, progress,
    quoted, report_counts,
};
use super::plan_file::ImportError;
use super::xml::{Event, Reader};
use crate::model::Date;
use chrono::Datelike;
use std::collections::HashMap;

/// Longer durations (in working days) are taken as damaged.
const MAX_DURATION_DAYS: i64 = 100_000;

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
}

/// Reads a GanttProject file into an outline.
pub fn read(text: &str) -> Result<Outline, ImportError> {
    let mut reader = Reader::new(text);
    let mut out = Outline::default();
    let mut open_tasks: Vec<usize> = Vec::new();
    let mut durations: Vec<Option<i64>> = Vec::new();
    // Days off in the week, Monday first.
    let mut days_off = [false, false, false, false, false, true, true];
    let mut roles: HashMap<String, String> = HashMap::new();
    let mut skip = Unmapped::default();
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
        match tag.name.as_str() {
            "project" if reader.depth() == 1 => {
                out.title = tag.str("name").to_owned();
                out.organisation = tag.str("company").to_owned();
            }
            "default-week" => {
                let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
                for (off, name) in days_off.iter_mut().zip(names) {
                    *off = tag.str(name) == "1";
                }
            }
            "date" if reader.path_ends_with(&["calendars", "date"]) => skip.holidays += 1,
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
                if tag.get("thirdDate").is_some() && tag.str("thirdDate-constraint") != "0" {
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
                out.links.push(SourceLink {
                    predecessor: out.tasks[predecessor].key.clone(),
                    successor: tag.str("id").to_owned(),
                    kind,
                    lag: tag.str("difference").trim().parse::<f64>().is_ok_and(|d| d != 0.0),
                });
            }
            "taskproperty" if tag.str("type") == "custom" => skip.custom_columns += 1,
            "customproperty" | "custom-property" => skip.custom_values += 1,
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
            "allocation" => out.assignments.push(Assignment {
                task: tag.str("task-id").to_owned(),
                resource: tag.str("resource-id").to_owned(),
                responsible: tag.str("responsible") == "true",
            }),
            "role" => {
                roles.insert(tag.str("id").to_owned(), tag.str("name").to_owned());
            }
            "vacation" => skip.vacations += 1,
            "previous-tasks" => skip.baselines += 1,
            _ => {}
        }
    }
    for (task, duration) in out.tasks.iter_mut().zip(durations) {
        task.end = task.start.map(|start| {
            if task.milestone { start } else { end_of(start, duration.unwrap_or(1), &days_off) }
        });
    }
    for resource in &mut out.resources {
        resource.title = match resource.title.as_str() {
            "Default:1" => "Project manager".to_owned(),
            id => roles.get(id).cloned().unwrap_or_default(),
        };
    }
    report_unmapped(&skip, &mut out);
    Ok(out)
}

/// The last working day of a task that starts on `start` and lasts `days` working days.
fn end_of(start: Date, days: i64, days_off: &[bool; 7]) -> Date {
    let working = days_off.iter().filter(|off| !**off).count() as i64;
    let off = |d: Date| days_off[d.weekday().num_days_from_monday() as usize];
    if days <= 1 || working == 0 {
        return start;
    }
    let step = |d: Date| d.succ_opt().unwrap_or(d);
    let mut day = start;
    for _ in 0..7 {
        if !off(day) {
            break;
        }
        day = step(day);
    }
    let rest = days - 1;
    day = day.checked_add_days(chrono::Days::new((rest / working * 7) as u64)).unwrap_or(day);
    let mut left = rest % working;
    while left > 0 {
        day = step(day);
        if !off(day) {
            left -= 1;
        }
    }
    day
}

fn report_unmapped(skip: &Unmapped, out: &mut Outline) {
    report_counts(
        &mut out.report,
        &[
            (
                skip.holidays,
                "Holidays in the project calendar are not imported or counted in end dates ({})",
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
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_count_working_days() {
        let weekend = [false, false, false, false, false, true, true];
        let day = |d| Date::from_ymd_opt(2024, 1, d).expect("valid");
        // Monday 15 January 2024, five working days: Friday 19th.
        assert_eq!(end_of(day(15), 5, &weekend), day(19));
        assert_eq!(end_of(day(15), 6, &weekend), day(22));
        assert_eq!(end_of(day(15), 10, &weekend), day(26));
        assert_eq!(end_of(day(15), 1, &weekend), day(15));
        // A start on Saturday counts from Monday.
        assert_eq!(end_of(day(13), 2, &weekend), day(16));
        // No days off: calendar days.
        assert_eq!(end_of(day(15), 7, &[false; 7]), day(21));
    }
}
