//! From a file's outline to a plan: top-level summary tasks become workstreams, deeper summary
//! levels are flattened into their tasks' names ("Social › Brief"), leaf tasks and milestones
//! become tasks, links become finish-to-start dependencies, resources become people.
//! Everything here is linear in the size of the file (hash maps, no searching of lists).

use super::build_outlined::Outlined;
use super::outline::{Outline, Report, SourceTask};
use super::{build_links, build_people};
use crate::model::{Date, Id, Kind, Meta, Plan, Task, TaskStatus, Workstream, first_of_month};
use chrono::Datelike;
use std::collections::HashMap;
use std::sync::Arc;

/// Workstream colours, in turn.
const COLORS: [&str; 8] =
    ["#2f6fb0", "#c0392b", "#27ae60", "#8e44ad", "#d68910", "#16a085", "#7f8c8d", "#b03a78"];

/// The longest horizon a plan may have.
const MAX_HORIZON_YEARS: u32 = 10;

/// Hands out the plan's ids in turn ("W-0001", "T-0002", …).
pub(super) struct Ids {
    next: u64,
}

impl Ids {
    /// The next id, of the given kind.
    pub(super) fn new_id(&mut self, kind: Kind) -> Id {
        let id = Id(format!("{}-{:04}", kind.prefix(), self.next));
        self.next += 1;
        id
    }
}

/// Builds the plan and the report. `seed` makes the plan id (a hash of the file).
pub fn build(outline: Outline, seed: u64) -> (Plan, Report) {
    let Outline {
        title,
        organisation,
        author,
        project_start,
        tasks,
        links,
        resources,
        assignments,
        mut report,
    } = outline;
    let outlined = Outlined::new(&tasks, project_start, &mut report);
    let mut ids = Ids { next: 1 };
    let mut plan = Plan::default();
    add_tasks(&mut plan, &outlined, &title, &mut ids);
    build_links::add_links(&mut plan, &outlined, &links, &mut report);
    build_people::add_people(&mut plan, &outlined, &resources, &assignments, &mut ids, &mut report);
    let (start, years) = span(&plan, project_start, outlined.fallback, &mut report);
    plan.meta = meta(&title, &organisation, &author, start, years);
    plan.id = crate::model::plan_id(start, seed);
    plan.next_id = ids.next;
    (plan, report)
}

/// Adds the workstreams and the leaf tasks, in outline order: a workstream per top-level
/// summary, and one named after the file for the top-level leaves.
fn add_tasks(plan: &mut Plan, outlined: &Outlined, title: &str, ids: &mut Ids) {
    let mut stream_of_top: HashMap<usize, Id> = HashMap::new();
    let mut loose: Option<Id> = None;
    for (i, t) in outlined.tasks.iter().enumerate() {
        if outlined.has_children[i] {
            if t.parent.is_none() {
                let id = ids.new_id(Kind::Workstream);
                add_stream(plan, outlined.label[i].clone(), id.clone());
                stream_of_top.insert(i, id);
            }
            continue;
        }
        let workstream = match t.parent {
            Some(_) => stream_of_top.get(&outlined.top[i]).cloned().unwrap_or_default(),
            None => loose
                .get_or_insert_with(|| {
                    let id = ids.new_id(Kind::Workstream);
                    let name =
                        if title.trim().is_empty() { "Imported tasks".to_owned() } else { title.to_owned() };
                    add_stream(plan, name, id.clone());
                    id
                })
                .clone(),
        };
        let task =
            leaf_task(ids.new_id(Kind::Task), workstream, outlined.label[i].clone(), t, outlined.dates[i]);
        plan.tasks.push(Arc::new(task));
    }
}

/// Adds a workstream, with the next colour in turn.
fn add_stream(plan: &mut Plan, name: String, id: Id) {
    let color = COLORS[plan.workstreams.len() % COLORS.len()].to_owned();
    plan.workstreams.push(Arc::new(Workstream { id, name, color, ..Workstream::default() }));
}

/// The plan task for a leaf of the outline.
fn leaf_task(id: Id, workstream: Id, name: String, t: &SourceTask, (start, end): (Date, Date)) -> Task {
    let status = match t.progress {
        100 => TaskStatus::Done,
        0 => TaskStatus::NotStarted,
        _ => TaskStatus::OnTrack,
    };
    Task {
        id,
        workstream,
        name,
        milestone: t.milestone,
        start,
        end,
        progress: t.progress.min(100),
        status,
        notes: t.notes.trim().to_owned(),
        ..Task::default()
    }
}

/// The plan's start (the first of the earliest month) and its length in whole years, enough
/// for the last task; reports a span beyond the longest horizon.
fn span(plan: &Plan, project_start: Option<Date>, fallback: Date, report: &mut Report) -> (Date, u32) {
    let first = plan.tasks.iter().map(|t| t.start).min().or(project_start).unwrap_or(fallback);
    let last = plan.tasks.iter().map(|t| t.end).max().unwrap_or(first);
    let start = first_of_month(first);
    let months = (last.year() - start.year()) * 12 + last.month0() as i32 - start.month0() as i32 + 1;
    let years = (months.max(1) as u32).div_ceil(12);
    if years > MAX_HORIZON_YEARS {
        report.line(format!(
            "The tasks span {years} years; the plan's horizon is at most {MAX_HORIZON_YEARS} years, so the later tasks \
             lie beyond it"
        ));
    }
    (start, years)
}

/// The plan's meta data: the file's title, organisation and author, dated from the plan start.
fn meta(title: &str, organisation: &str, author: &str, start: Date, years: u32) -> Meta {
    Meta {
        title: if title.trim().is_empty() { "Imported plan".to_owned() } else { title.trim().to_owned() },
        organisation: organisation.trim().to_owned(),
        author: author.trim().to_owned(),
        created: start,
        modified: start,
        plan_start: start,
        horizon_years: years.clamp(1, MAX_HORIZON_YEARS) as u8,
        review_date: start,
    }
}
