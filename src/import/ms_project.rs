//! MS Project XML (MSPDI), as MS Project, ProjectLibre and most tools export it:
//! `<Project xmlns="http://schemas.microsoft.com/project">` with flat `<Tasks>` whose hierarchy
//! comes from `<OutlineLevel>` (or the dots of `<OutlineNumber>`) in file order, links as
//! `<PredecessorLink>` inside the successor, `<Resources>` and `<Assignments>`.
//! The task with outline level 0 (UID 0) is the project summary and is skipped, as is the
//! placeholder resource UID 0 without a name and the "unassigned" resource −65535.

use super::outline::{
    Assignment, LinkKind, Outline, SourceLink, SourceResource, SourceTask, bad_date, counted, inclusive_end,
    parse_stamp, progress, quoted, report_counts,
};
use super::plan_file::ImportError;
use super::xml::{Event, Reader};
use std::collections::{BTreeSet, HashMap};

/// Elements the reader carries over into the plan (task, link, resource and assignment fields,
/// the project's title and people), or reads to decide how to carry the others.
pub const MAPPED: &[&str] = &[
    "Project",
    "Name",
    "Title",
    "Company",
    "Author",
    "Manager",
    "StartDate",
    "Tasks",
    "Task",
    "UID",
    "OutlineLevel",
    "OutlineNumber",
    "IsNull",
    "Start",
    "Finish",
    "Milestone",
    "Duration",
    "PercentComplete",
    "Notes",
    "Summary",
    "PredecessorLink",
    "PredecessorUID",
    "Type",
    "CrossProject",
    "LinkLag",
    "LagFormat",
    "Resources",
    "Resource",
    "EmailAddress",
    "IsCostResource",
    "Assignments",
    "Assignment",
    "TaskUID",
    "ResourceUID",
    "Units",
];

/// Elements whose content is reported when it carries anything (a subtree counts as one line):
/// `(name, default value that carries nothing, line for one, line for several with {n})`.
/// Calendars, custom fields, baselines, constraints and costs have their own counted lines.
pub const REPORTED: &[(&str, &str, &str, &str)] = &[
    ("Calendars", "", "", ""),
    ("ExtendedAttributes", "", "", ""),
    ("ExtendedAttribute", "", "", ""),
    ("Baseline", "", "", ""),
    ("ConstraintType", "0", "", ""),
    ("ConstraintDate", "", "", ""),
    ("Cost", "0", "", ""),
    ("FixedCost", "0", "", ""),
    ("StandardRate", "0", "", ""),
    ("OvertimeRate", "0", "", ""),
    ("CostPerUse", "0", "", ""),
    ("Rates", "", "", ""),
    ("Deadline", "", "", ""),
    ("MaterialLabel", "", "", ""),
    ("Priority", "500", "", ""),
    (
        "TimephasedData",
        "",
        "1 piece of timephased data (work or cost by period) is not imported",
        "{n} pieces of timephased data (work or cost by period) are not imported",
    ),
    (
        "OutlineCodes",
        "",
        "Outline code definitions are not imported",
        "Outline code definitions are not imported",
    ),
    ("OutlineCode", "", "1 outline code value is not imported", "{n} outline code values are not imported"),
    ("WBSMasks", "", "WBS code masks are not imported", "WBS code masks are not imported"),
    ("Hyperlink", "", "1 web link is not imported", "{n} web links are not imported"),
    ("HyperlinkAddress", "", "1 web link address is not imported", "{n} web link addresses are not imported"),
    (
        "HyperlinkSubAddress",
        "",
        "1 web link sub-address is not imported",
        "{n} web link sub-addresses are not imported",
    ),
    (
        "Active",
        "1",
        "1 inactive task was imported as an ordinary task",
        "{n} inactive tasks were imported as ordinary tasks",
    ),
    ("Subject", "", "The project's subject is not imported", "The project's subject is not imported"),
    ("Category", "", "The project's category is not imported", "The project's category is not imported"),
    ("Keywords", "", "The project's keywords are not imported", "The project's keywords are not imported"),
    ("Comments", "", "The project's comments are not imported", "The project's comments are not imported"),
    ("Group", "", "1 resource group is not imported", "{n} resource groups are not imported"),
    ("Code", "", "1 resource code is not imported", "{n} resource codes are not imported"),
    ("Contact", "", "1 task contact is not imported", "{n} task contacts are not imported"),
    ("Delay", "0", "1 assignment delay is not imported", "{n} assignment delays are not imported"),
    ("LevelingDelay", "0", "1 levelling delay is not imported", "{n} levelling delays are not imported"),
    (
        "MaxUnits",
        "1.00",
        "1 resource's maximum units (other than 100%) are not imported",
        "{n} resources' maximum units (other than 100%) are not imported",
    ),
    (
        "AvailabilityPeriods",
        "",
        "1 resource availability period is not imported",
        "{n} resource availability periods are not imported",
    ),
    (
        "AvailableFrom",
        "",
        "1 resource's available-from date is not imported",
        "{n} resources' available-from dates are not imported",
    ),
    (
        "AvailableTo",
        "",
        "1 resource's available-to date is not imported",
        "{n} resources' available-to dates are not imported",
    ),
];

/// Elements that carry nothing of the plan's own: values MS Project works out from the mapped
/// ones (work, slack, early and late dates, variances, earned value, ids, flags) and the tool's
/// own settings and display (views, tables, filters, formats, currency), whose subtrees are
/// skipped whole.
pub const COMPUTED: &[&str] = &[
    // The tool's settings and display (subtrees skipped whole).
    "Views",
    "Filters",
    "Groups",
    "Tables",
    "Maps",
    "Reports",
    "Drawings",
    "DataLinks",
    "VBAProjects",
    "SaveVersion",
    "BuildNumber",
    "GUID",
    "CreationDate",
    "LastSaved",
    "ScheduleFromStart",
    "FinishDate",
    "FYStartDate",
    "CriticalSlackLimit",
    "CurrencyDigits",
    "CurrencySymbol",
    "CurrencyCode",
    "CurrencySymbolPosition",
    "CalendarUID",
    "DefaultStartTime",
    "DefaultFinishTime",
    "MinutesPerDay",
    "MinutesPerWeek",
    "DaysPerMonth",
    "DefaultTaskType",
    "DefaultFixedCostAccrual",
    "DefaultStandardRate",
    "DefaultOvertimeRate",
    "DurationFormat",
    "WorkFormat",
    "EditableActualCosts",
    "HonorConstraints",
    "InsertedProjectsLikeSummary",
    "MultipleCriticalPaths",
    "NewTasksEffortDriven",
    "NewTasksEstimated",
    "SplitsInProgressTasks",
    "SpreadActualCost",
    "SpreadPercentComplete",
    "TaskUpdatesResource",
    "FiscalYearStart",
    "WeekStartDay",
    "MoveCompletedEndsBack",
    "MoveRemainingStartsBack",
    "MoveRemainingStartsForward",
    "MoveCompletedEndsForward",
    "BaselineForEarnedValue",
    "AutoAddNewResourcesAndTasks",
    "CurrentDate",
    "MicrosoftProjectServerURL",
    "Autolink",
    "NewTaskStartDate",
    "NewTasksAreManual",
    "DefaultTaskEVMethod",
    "ProjectExternallyEdited",
    "ExtendedCreationDate",
    "ActualsInSync",
    "RemoveFileProperties",
    "AdminProject",
    "UpdateManuallyScheduledTasksWhenEditingLinks",
    "KeepTaskOnNearestWorkingTimeWhenMadeAutoScheduled",
    "StatusDate",
    "DefaultTaskType",
    "ProjectStart",
    // Worked out by the tool from the mapped fields.
    "ID",
    "Manual",
    "CreateDate",
    "WBS",
    "ManualStart",
    "ManualFinish",
    "ManualDuration",
    "FreeformDurationFormat",
    "Work",
    "ResumeValid",
    "EffortDriven",
    "Recurring",
    "OverAllocated",
    "Estimated",
    "DisplayAsSummary",
    "Critical",
    "IsSubproject",
    "IsSubprojectReadOnly",
    "ExternalTask",
    "EarlyStart",
    "EarlyFinish",
    "LateStart",
    "LateFinish",
    "StartVariance",
    "FinishVariance",
    "WorkVariance",
    "FreeSlack",
    "TotalSlack",
    "StartSlack",
    "FinishSlack",
    "FixedCostAccrual",
    "PercentWorkComplete",
    "OvertimeCost",
    "OvertimeWork",
    "ActualDuration",
    "ActualCost",
    "ActualOvertimeCost",
    "ActualWork",
    "ActualOvertimeWork",
    "RegularWork",
    "RemainingDuration",
    "RemainingCost",
    "RemainingWork",
    "RemainingOvertimeCost",
    "RemainingOvertimeWork",
    "ACWP",
    "CV",
    "SV",
    "BCWS",
    "BCWP",
    "LevelAssignments",
    "LevelingCanSplit",
    "LevelingDelayFormat",
    "IgnoreResourceCalendar",
    "HideBar",
    "Rollup",
    "PhysicalPercentComplete",
    "EarnedValueMethod",
    "ActualStart",
    "ActualFinish",
    "Resume",
    "Stop",
    "PeakUnits",
    "CanLevel",
    "AccrueAt",
    "StandardRateFormat",
    "OvertimeRateFormat",
    "CostVariance",
    "IsBudget",
    "Initials",
    "IsGeneric",
    "IsInactive",
    "IsEnterprise",
    "BookingType",
    "WorkContour",
    "CostRateTable",
    "FinishVarianceInDays",
    "StartVarianceInDays",
    "IsPublished",
    "CommitmentType",
    "VAC",
    "PercentWorkCompleteInDays",
    "DurationText",
    "StartText",
    "FinishText",
    "Confirmed",
    "ResponsePending",
    "UpdateNeeded",
    "HasFixedRateUnits",
    "FixedMaterial",
    "LinkedFields",
    "WorkVarianceInDays",
    "CalendarUID",
    "ActualWorkProtected",
    "ActualOvertimeWorkProtected",
    "IsTeamAssignmentPool",
    "TeamStatusPending",
    "BudgetCost",
    "BudgetWork",
    "Overallocated",
    "RateScale",
    "WorkGroup",
    "BoardStatusColumnOrderingID",
    "SprintColumnOrderingID",
    "NextAvailableBoardStatusColumnOrderingID",
    "NextAvailableSprintOrderingID",
    "PreLeveledStart",
    "PreLeveledFinish",
];

/// Names of subtrees read as one piece: what is inside them is not looked at name by name.
pub const SUBTREES: &[&str] = &[
    "Calendars",
    "ExtendedAttributes",
    "ExtendedAttribute",
    "Baseline",
    "TimephasedData",
    "OutlineCodes",
    "OutlineCode",
    "WBSMasks",
    "AvailabilityPeriods",
    "Views",
    "Filters",
    "Groups",
    "Tables",
    "Maps",
    "Reports",
    "Drawings",
    "DataLinks",
    "VBAProjects",
    "CostRateTable",
    "Rates",
];

#[derive(Default)]
struct Unmapped {
    calendars: usize,
    custom_fields: usize,
    custom_values: usize,
    baselines: usize,
    constraints: usize,
    costs: usize,
    blank_rows: usize,
    /// Element names in no table, which the reader does not know.
    unknown: BTreeSet<String>,
}

/// What the reader keeps of tasks and resources for the assignments that follow them.
#[derive(Default)]
struct Seen {
    /// Each task's key → its name for the report.
    tasks: HashMap<String, String>,
    /// Each imported resource's key → its name.
    people: HashMap<String, String>,
    /// Each resource left out (material or cost) → (kind, name).
    left_out: HashMap<String, (&'static str, String)>,
    /// The key of the project summary task (outline level 0), which is not imported.
    summary: Option<String>,
}

/// Reads an MSPDI file into an outline.
pub fn read(text: &str) -> Result<Outline, ImportError> {
    let mut reader = Reader::new(text);
    let mut out = Outline::default();
    let mut skip = Unmapped::default();
    let mut seen = Seen::default();
    // The fields of the element being read (a task, link, resource or assignment).
    let mut fields: HashMap<String, String> = HashMap::new();
    let mut links: Vec<HashMap<String, String>> = Vec::new();
    let mut link: HashMap<String, String> = HashMap::new();
    // (outline level, task index) of the summaries the next task may sit under.
    let mut levels: Vec<(u32, usize)> = Vec::new();
    // The subtree read as one piece that is open: its depth and whether it holds anything.
    let mut subtree: Option<(usize, bool)> = None;
    let none: HashMap<String, String> = HashMap::new();
    loop {
        match reader.read()? {
            Event::Open(tag) => {
                let depth = reader.depth();
                if let Some((_, content)) = subtree.as_mut() {
                    *content = true;
                    if tag.name == "Calendar" && reader.path_ends_with(&["Project", "Calendars", "Calendar"])
                    {
                        skip.calendars += 1;
                    } else if tag.name == "ExtendedAttribute" && depth == 3 {
                        skip.custom_fields += 1;
                    }
                    continue;
                }
                if SUBTREES.contains(&tag.name.as_str()) {
                    subtree = Some((depth, false));
                }
                match tag.name.as_str() {
                    "Task" | "Resource" | "Assignment" if depth == 3 => {
                        fields.clear();
                        links.clear();
                    }
                    "PredecessorLink" if reader.path_ends_with(&["Tasks", "Task", "PredecessorLink"]) => {
                        link.clear();
                    }
                    _ => {}
                }
            }
            Event::Close { name, text } => {
                let depth = reader.depth();
                match subtree {
                    Some((open, _)) if depth + 1 > open => continue,
                    Some((_, content)) => {
                        subtree = None;
                        if content {
                            let owner = if depth == 2 { &fields } else { &none };
                            read_subtree(&reader, &name, owner, &mut out, &mut skip);
                        }
                        continue;
                    }
                    None => {}
                }
                let owner = if depth == 3 { &fields } else { &none };
                check_name(&name, &text, owner, &mut out, &mut skip);
                match (depth, name.as_str()) {
                    (1, "Name" | "Title" | "Company" | "Author" | "Manager" | "StartDate") => {
                        project_field(&mut out, &name, text);
                    }
                    (2, "Task") if reader.path_ends_with(&["Project", "Tasks"]) => {
                        if !read_task(&fields, &links, &mut levels, &mut out, &mut skip) {
                            seen.summary = fields.get("UID").cloned();
                        }
                        let get = |f: &str| fields.get(f).map_or("", String::as_str);
                        seen.tasks.insert(get("UID").to_owned(), quoted(get("Name"), get("UID")));
                    }
                    (2, "Resource") if reader.path_ends_with(&["Project", "Resources"]) => {
                        read_resource(&fields, &mut out, &mut skip, &mut seen);
                    }
                    (2, "Assignment") if reader.path_ends_with(&["Project", "Assignments"]) => {
                        read_assignment(&fields, &mut out, &seen);
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

/// Counts a subtree read as one piece that held something.
fn read_subtree(
    reader: &Reader,
    name: &str,
    fields: &HashMap<String, String>,
    out: &mut Outline,
    skip: &mut Unmapped,
) {
    let depth = reader.depth() + 1;
    match name {
        "Calendars" => {}
        "ExtendedAttributes" => {}
        "ExtendedAttribute" if depth == 3 => skip.custom_fields += 1,
        "ExtendedAttribute" => skip.custom_values += 1,
        "Baseline" if reader.path_ends_with(&["Task"]) => skip.baselines += 1,
        _ => report_element(name, "", fields, out),
    }
}

/// Sorts an element met outside the subtrees: mapped and computed ones pass, reported ones
/// are counted when they carry something other than their default, unknown ones are noted.
fn check_name(
    name: &str,
    text: &str,
    fields: &HashMap<String, String>,
    out: &mut Outline,
    skip: &mut Unmapped,
) {
    if MAPPED.contains(&name) || COMPUTED.contains(&name) {
        return;
    }
    match REPORTED.iter().find(|r| r.0 == name) {
        Some(&(_, default, one, _)) if !one.is_empty() => {
            if !is_default(text.trim(), default) {
                report_element(name, text.trim(), fields, out);
            }
        }
        Some(_) => {}
        None => {
            skip.unknown.insert(name.to_owned());
        }
    }
}

/// Whether a value carries nothing: empty, or its default (numerically: "0.00" is "0").
fn is_default(text: &str, default: &str) -> bool {
    text.is_empty()
        || text == default
        || (!default.is_empty()
            && matches!((text.parse::<f64>(), default.parse::<f64>()), (Ok(a), Ok(b)) if a == b))
}

/// Adds the report line of a reported element, naming the task or resource it belongs to.
fn report_element(name: &str, text: &str, fields: &HashMap<String, String>, out: &mut Outline) {
    let Some(&(_, _, one, many)) = REPORTED.iter().find(|r| r.0 == name) else {
        return;
    };
    if one.is_empty() {
        return;
    }
    let owner = fields.get("Name").map(|n| quoted(n, fields.get("UID").map_or("", String::as_str)));
    let example = match owner {
        Some(owner) if !text.is_empty() => format!("{owner} ({})", text.chars().take(40).collect::<String>()),
        Some(owner) => owner,
        None => String::new(),
    };
    if one == many {
        out.report.line(one);
    } else {
        out.report.add(one, many, example);
    }
}

/// An assignment: a person on a task (with a report of a partial allocation), or one of a
/// resource left out, reported as such.
fn read_assignment(fields: &HashMap<String, String>, out: &mut Outline, seen: &Seen) {
    let get = |name: &str| fields.get(name).map_or("", String::as_str);
    let (task, resource) = (get("TaskUID"), get("ResourceUID"));
    if resource.starts_with('-') {
        return; // The "unassigned" resource.
    }
    let on = seen.tasks.get(task).cloned().unwrap_or_else(|| format!("task {task}"));
    if seen.summary.as_deref() == Some(task) {
        out.report.add(
            "1 assignment to the project summary task is not imported",
            "{n} assignments to the project summary task are not imported",
            seen.people.get(resource).map_or_else(|| format!("resource {resource}"), |p| quoted(p, resource)),
        );
        return;
    }
    if let Some((kind, name)) = seen.left_out.get(resource) {
        out.report.add(
            &format!("1 assignment of a {kind} resource is not imported"),
            &format!("{{n}} assignments of {kind} resources are not imported"),
            format!("{} on {on}", quoted(name, resource)),
        );
        return;
    }
    if let Some(units) = get("Units").trim().parse::<f64>().ok().filter(|u| (u - 1.0).abs() > 1e-6)
        && let Some(person) = seen.people.get(resource)
    {
        out.report.add(
            "1 partial allocation (units other than 100%) is not imported; the person is assigned in full",
            "{n} partial allocations (units other than 100%) are not imported; the people are assigned in full",
            format!("{} {}% on {on}", quoted(person, resource), (units * 100.0).round()),
        );
    }
    if !get("Notes").trim().is_empty() {
        out.report.add(
            "1 assignment had notes, which are not imported",
            "{n} assignments had notes, which are not imported",
            format!(
                "{} on {on}",
                seen.people.get(resource).map_or_else(|| quoted("", resource), |p| quoted(p, resource))
            ),
        );
    }
    out.assignments.push(Assignment {
        task: task.to_owned(),
        resource: resource.to_owned(),
        responsible: false,
    });
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

/// Reads a task, with its links, into the outline; false for the project summary task (outline
/// level 0), which is not imported.
fn read_task(
    fields: &HashMap<String, String>,
    links: &[HashMap<String, String>],
    levels: &mut Vec<(u32, usize)>,
    out: &mut Outline,
    skip: &mut Unmapped,
) -> bool {
    let get = |name: &str| fields.get(name).map_or("", String::as_str);
    let key = get("UID").to_owned();
    let level = match get("OutlineLevel").parse::<u32>() {
        Ok(level) => level,
        Err(_) if !get("OutlineNumber").is_empty() => get("OutlineNumber").matches('.').count() as u32 + 1,
        Err(_) if key == "0" => 0,
        Err(_) => 1,
    };
    if level == 0 {
        return false; // The project summary task.
    }
    if get("IsNull") == "1" {
        skip.blank_rows += 1;
        return true;
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
    if let Some((deadline, _)) = parse_stamp(get("Deadline")) {
        out.report.add(
            "1 task deadline is not imported",
            "{n} task deadlines are not imported",
            format!("{label} ({})", deadline.format("%-d %b %Y")),
        );
    }
    if !is_default(get("Priority").trim(), "500") {
        out.report.add(
            "1 task priority other than the default (500) is not imported",
            "{n} task priorities other than the default (500) are not imported",
            format!("{label} ({})", get("Priority").trim()),
        );
    }
    // A task of no length is a milestone, whatever its flag says (MS Project's "Begin project"
    // has Milestone 0 and Duration PT0H0M0S).
    let zero_length = is_zero_duration(get("Duration"))
        || (get("Duration").is_empty() && !get("Start").is_empty() && get("Start") == get("Finish"));
    if get("Milestone") == "1" && get("Summary") != "1" && start.zip(end).is_some_and(|(s, e)| s < e) {
        out.report.add(
            "1 task marked as a milestone lasted more than a day; it is a milestone on its start day",
            "{n} tasks marked as milestones lasted more than a day; they are milestones on their start days",
            label.clone(),
        );
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
        milestone: get("Milestone") == "1" || (zero_length && get("Summary") != "1"),
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
    true
}

/// Whether an MSPDI duration (`PT0H0M0S`, `PT0H0M0.5S`) is zero.
fn is_zero_duration(text: &str) -> bool {
    let text = text.trim();
    text.starts_with('P')
        && text.chars().any(|c| c.is_ascii_digit())
        && text.chars().filter(char::is_ascii_digit).all(|c| c == '0')
}

fn read_resource(fields: &HashMap<String, String>, out: &mut Outline, skip: &mut Unmapped, seen: &mut Seen) {
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
    // MSPDI types: 0 material, 1 work, 2 cost; MS Project 2010 and later write a cost resource
    // as type 0 with IsCostResource 1.
    let kind = match get("Type") {
        _ if get("IsCostResource") == "1" => Some("cost"),
        "0" => Some("material"),
        "2" => Some("cost"),
        _ => None,
    };
    if let Some(kind) = kind {
        out.report.add(
            &format!("1 {kind} resource is not imported (only people are)"),
            &format!("{{n}} {kind} resources are not imported (only people are)"),
            quoted(name, key),
        );
        seen.left_out.insert(key.to_owned(), (kind, name.to_owned()));
        return;
    }
    if !get("Notes").trim().is_empty() {
        out.report.add(
            "1 resource had notes, which are not imported",
            "{n} resources had notes, which are not imported",
            quoted(name, key),
        );
    }
    seen.people.insert(key.to_owned(), name.to_owned());
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
    if !skip.unknown.is_empty() {
        let names: Vec<&str> = skip.unknown.iter().map(String::as_str).collect();
        out.report.line(format!(
            "Fields Tenstep does not know were not imported ({}): {}",
            counted(names.len(), "kind", "kinds"),
            names.join(", ")
        ));
    }
}
