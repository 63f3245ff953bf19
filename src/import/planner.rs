//! GNOME Planner files (`.planner`; MrProject's `.mrproject` is the same format):
//! `<project name project-start …>` with nested `<task>`s, each with `<predecessors>`, then
//! `<resources>` and `<allocations>`. Dates are stamps like `20040101T000000Z`; an end at
//! midnight means the task ended the day before.

use super::outline::{
    Assignment, LinkKind, Outline, SourceLink, SourceResource, SourceTask, bad_date, inclusive_end,
    parse_stamp, progress, quoted, report_counts,
};
use super::plan_file::ImportError;
use super::xml::{Event, Reader, Tag};

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
}

/// Reads a Planner file into an outline.
pub fn read(text: &str) -> Result<Outline, ImportError> {
    let mut reader = Reader::new(text);
    let mut out = Outline::default();
    let mut open_tasks: Vec<usize> = Vec::new();
    let mut skip = Unmapped::default();
    loop {
        let tag = match reader.read()? {
            Event::Open(tag) => tag,
            Event::Close { name, .. } => {
                if name == "task" {
                    open_tasks.pop();
                }
                continue;
            }
            Event::End => break,
        };
        match tag.name.as_str() {
            "project" if reader.depth() == 1 => {
                out.title = tag.str("name").to_owned();
                out.organisation = tag.str("company").to_owned();
                out.author = tag.str("manager").to_owned();
                out.project_start = parse_stamp(tag.str("project-start")).map(|(d, _)| d);
            }
            "task" => {
                let task = read_task(&tag, open_tasks.last().copied(), &mut out, &mut skip);
                open_tasks.push(out.tasks.len());
                out.tasks.push(task);
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
            "resource" => {
                if nonzero(tag.str("std-rate")) || nonzero(tag.str("ovt-rate")) {
                    skip.costs += 1;
                }
                if tag.str("type") == "2" {
                    out.report.add(
                        "1 material resource is not imported (only people are)",
                        "{n} material resources are not imported (only people are)",
                        quoted(tag.str("name"), tag.str("id")),
                    );
                    continue;
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
            }
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
            "calendar" => skip.calendars += 1,
            "phase" => skip.phases += 1,
            "group" => skip.groups += 1,
            "property" if tag.get("value").is_some_and(|v| !v.trim().is_empty()) => skip.property_values += 1,
            "property" if tag.get("owner").is_some() => skip.property_definitions += 1,
            _ => {}
        }
    }
    report_unmapped(&skip, &mut out);
    Ok(out)
}

fn read_task(tag: &Tag, parent: Option<usize>, out: &mut Outline, skip: &mut Unmapped) -> SourceTask {
    let key = tag.str("id").to_owned();
    let name = tag.str("name").to_owned();
    let label = quoted(&name, &key);
    let start = match parse_stamp(tag.str("start")) {
        Some((day, _)) => Some(day),
        None => {
            bad_date(&mut out.report, &label, tag.str("start"));
            None
        }
    };
    let end = match parse_stamp(tag.str("end")) {
        Some(stamp) => Some(inclusive_end(start, stamp)),
        None => {
            bad_date(&mut out.report, &label, tag.str("end"));
            None
        }
    };
    if nonzero(tag.str("work")) {
        skip.work += 1;
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
        start,
        end,
        milestone: tag.str("type") == "milestone",
        progress: progress(tag.str("percent-complete"), &label, &mut out.report),
        notes: tag.str("note").to_owned(),
        name,
    }
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
                "Calendars are not imported ({}; dates are kept as they are)",
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
                skip.units,
                "Assignment units (part-time allocations) are not imported ({})",
                "assignment",
                "assignments",
            ),
        ],
    );
}
