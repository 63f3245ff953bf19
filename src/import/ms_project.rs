//! MS Project XML (MSPDI), as MS Project, ProjectLibre and most tools export it:
//! `<Project xmlns="http://schemas.microsoft.com/project">` with flat `<Tasks>` whose hierarchy
//! comes from `<OutlineLevel>` (or the dots of `<OutlineNumber>`) in file order, links as
//! `<PredecessorLink>` inside the successor, `<Resources>` and `<Assignments>`.
//! The task with outline level 0 (UID 0) is the project summary and is skipped, as is the
//! placeholder resource UID 0 without a name and the "unassigned" resource −65535.

use super::outline::{
    Assignment, LinkKind, Outline, SourceLink, SourceResource, SourceTask, bad_date, inclusive_end,
    parse_stamp, progress, quoted, report_counts,
};
use super::plan_file::ImportError;
use super::xml::{Event, Reader};
use std::collections::HashMap;

#[derive(Default)]
struct Unmapped {
    calendars: usize,
    custom_fields: usize,
    custom_values: usize,
    baselines: usize,
    constraints: usize,
    costs: usize,
    blank_rows: usize,
}

/// Reads an MSPDI file into an outline.
pub fn read(text: &str) -> Result<Outline, ImportError> {
    let mut reader = Reader::new(text);
    let mut out = Outline::default();
    let mut skip = Unmapped::default();
    // The fields of the element being read (a task, link, resource or assignment).
    let mut fields: HashMap<String, String> = HashMap::new();
    let mut links: Vec<HashMap<String, String>> = Vec::new();
    let mut link: HashMap<String, String> = HashMap::new();
    // (outline level, task index) of the summaries the next task may sit under.
    let mut levels: Vec<(u32, usize)> = Vec::new();
    loop {
        match reader.read()? {
            Event::Open(tag) => {
                let depth = reader.depth();
                match tag.name.as_str() {
                    "Task" | "Resource" | "Assignment" if depth == 3 => {
                        fields.clear();
                        links.clear();
                    }
                    "PredecessorLink" if reader.path_ends_with(&["Tasks", "Task", "PredecessorLink"]) => {
                        link.clear();
                    }
                    "Calendar" if reader.path_ends_with(&["Project", "Calendars", "Calendar"]) => {
                        skip.calendars += 1;
                    }
                    "ExtendedAttribute" if depth == 3 => skip.custom_fields += 1,
                    "ExtendedAttribute" if depth == 4 => skip.custom_values += 1,
                    "Baseline" if reader.path_ends_with(&["Task", "Baseline"]) => skip.baselines += 1,
                    _ => {}
                }
            }
            Event::Close { name, text } => {
                let depth = reader.depth();
                match (depth, name.as_str()) {
                    (1, "Name" | "Title" | "Company" | "Author" | "Manager" | "StartDate") => {
                        project_field(&mut out, &name, text);
                    }
                    (2, "Task") if reader.path_ends_with(&["Project", "Tasks"]) => {
                        read_task(&fields, &links, &mut levels, &mut out, &mut skip);
                    }
                    (2, "Resource") if reader.path_ends_with(&["Project", "Resources"]) => {
                        read_resource(&fields, &mut out, &mut skip);
                    }
                    (2, "Assignment") if reader.path_ends_with(&["Project", "Assignments"]) => {
                        let resource = fields.get("ResourceUID").cloned().unwrap_or_default();
                        if !resource.starts_with('-') {
                            out.assignments.push(Assignment {
                                task: fields.get("TaskUID").cloned().unwrap_or_default(),
                                resource,
                                responsible: false,
                            });
                        }
                    }
                    (3, _) if reader.path_ends_with(&["Project", "Tasks", "Task"]) => {
                        if name == "PredecessorLink" {
                            links.push(std::mem::take(&mut link));
                        } else {
                            fields.insert(name, text);
                        }
                    }
                    (3, _) if reader.path_ends_with(&["Resources", "Resource"]) => {
                        fields.insert(name, text);
                    }
                    (3, _) if reader.path_ends_with(&["Assignments", "Assignment"]) => {
                        fields.insert(name, text);
                    }
                    (4, _) if reader.path_ends_with(&["Task", "PredecessorLink"]) => {
                        link.insert(name, text);
                    }
                    _ => {}
                }
            }
            Event::End => break,
        }
    }
    report_unmapped(&skip, &mut out);
    Ok(out)
}

fn project_field(out: &mut Outline, name: &str, text: String) {
    match name {
        "Title" if !text.is_empty() => out.title = text,
        // The file name ("plan.xml") is the title only when there is no title.
        "Name" if out.title.is_empty() => out.title = text.trim_end_matches(".xml").to_owned(),
        "Company" => out.organisation = text,
        "Author" if out.author.is_empty() => out.author = text,
        "Manager" if !text.is_empty() => out.author = text,
        "StartDate" => out.project_start = parse_stamp(&text).map(|(d, _)| d),
        _ => {}
    }
}

fn read_task(
    fields: &HashMap<String, String>,
    links: &[HashMap<String, String>],
    levels: &mut Vec<(u32, usize)>,
    out: &mut Outline,
    skip: &mut Unmapped,
) {
    let get = |name: &str| fields.get(name).map_or("", String::as_str);
    let key = get("UID").to_owned();
    let level = match get("OutlineLevel").parse::<u32>() {
        Ok(level) => level,
        Err(_) if !get("OutlineNumber").is_empty() => get("OutlineNumber").matches('.').count() as u32 + 1,
        Err(_) if key == "0" => 0,
        Err(_) => 1,
    };
    if level == 0 {
        return; // The project summary task.
    }
    if get("IsNull") == "1" {
        skip.blank_rows += 1;
        return;
    }
    let name = get("Name").to_owned();
    let label = quoted(&name, &key);
    let start = match parse_stamp(get("Start")) {
        Some((day, _)) => Some(day),
        None => {
            if !get("Start").is_empty() {
                bad_date(&mut out.report, &label, get("Start"));
            }
            None
        }
    };
    let end = match parse_stamp(get("Finish")) {
        Some(stamp) => Some(inclusive_end(start, stamp)),
        None => {
            if !get("Finish").is_empty() {
                bad_date(&mut out.report, &label, get("Finish"));
            }
            None
        }
    };
    if !matches!(get("ConstraintType"), "" | "0") {
        skip.constraints += 1;
    }
    if ["Cost", "FixedCost"].iter().any(|f| get(f).parse::<f64>().is_ok_and(|c| c != 0.0)) {
        skip.costs += 1;
    }
    while levels.last().is_some_and(|(l, _)| *l >= level) {
        levels.pop();
    }
    let index = out.tasks.len();
    out.tasks.push(SourceTask {
        key: key.clone(),
        parent: levels.last().map(|(_, i)| *i),
        start,
        end,
        milestone: get("Milestone") == "1",
        progress: progress(get("PercentComplete"), &label, &mut out.report),
        notes: get("Notes").to_owned(),
        name,
    });
    levels.push((level, index));
    for link in links {
        let get = |name: &str| link.get(name).map_or("", String::as_str);
        if get("CrossProject") == "1" {
            out.report.add(
                "1 link to another project file is not imported",
                "{n} links to other project files are not imported",
                label.clone(),
            );
            continue;
        }
        let kind = match get("Type") {
            "0" => LinkKind::FinishFinish,
            "2" => LinkKind::StartFinish,
            "3" => LinkKind::StartStart,
            _ => LinkKind::FinishStart,
        };
        out.links.push(SourceLink {
            predecessor: get("PredecessorUID").to_owned(),
            successor: key.clone(),
            kind,
            lag: get("LinkLag").parse::<f64>().is_ok_and(|lag| lag != 0.0),
        });
    }
}

fn read_resource(fields: &HashMap<String, String>, out: &mut Outline, skip: &mut Unmapped) {
    let get = |name: &str| fields.get(name).map_or("", String::as_str);
    let (key, name) = (get("UID"), get("Name"));
    if (key == "0" && name.is_empty()) || get("IsNull") == "1" {
        return; // The placeholder MS Project keeps for unassigned work.
    }
    if ["StandardRate", "OvertimeRate", "CostPerUse", "Cost"]
        .iter()
        .any(|f| get(f).parse::<f64>().is_ok_and(|c| c != 0.0))
    {
        skip.costs += 1;
    }
    if matches!(get("Type"), "0" | "2") {
        let kind = if get("Type") == "0" { "material" } else { "cost" };
        out.report.add(
            &format!("1 {kind} resource is not imported (only people are)"),
            &format!("{{n}} {kind} resources are not imported (only people are)"),
            quoted(name, key),
        );
        return;
    }
    out.resources.push(SourceResource {
        key: key.to_owned(),
        name: name.to_owned(),
        email: get("EmailAddress").to_owned(),
        title: String::new(),
    });
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
            (skip.custom_fields, "Custom fields are not imported ({} defined)", "field", "fields"),
            (skip.custom_values, "Custom field values are not imported ({})", "value", "values"),
            (skip.baselines, "Baselines are not imported ({})", "task baseline", "task baselines"),
            (skip.constraints, "Date constraints are not imported ({} had one)", "task", "tasks"),
            (
                skip.costs,
                "Costs and rates are not imported ({} had one)",
                "task or resource",
                "tasks or resources",
            ),
            (skip.blank_rows, "Blank task rows were skipped ({})", "row", "rows"),
        ],
    );
}
