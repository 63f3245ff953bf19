//! The outline's tasks worked out for building a plan: which are summaries, the names leaves
//! get, every task's dates, keys, and the leaves a link to a summary goes to.

use super::outline::{Report, SourceTask, counted, quoted};
use crate::model::Date;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// The outline's tasks with what each step needs to know of them, by outline index.
pub(super) struct Outlined<'a> {
    pub(super) tasks: &'a [SourceTask],
    /// Whether the task is a summary (has tasks below it).
    pub(super) has_children: Vec<bool>,
    /// The name a leaf gets in the plan, with the summaries below its workstream in front.
    pub(super) label: Vec<String>,
    /// The top-level task each task sits under (itself at the top level).
    pub(super) top: Vec<usize>,
    /// Start and last day of each task.
    pub(super) dates: Vec<(Date, Date)>,
    /// The date for tasks without any, and for a plan without tasks.
    pub(super) fallback: Date,
    /// The index in `plan.tasks` of each leaf (`usize::MAX` for a summary).
    pub(super) plan_index: Vec<usize>,
    /// Each key's first task.
    pub(super) by_key: HashMap<&'a str, usize>,
    /// The first-starting and last-ending leaf under each task (itself for a leaf).
    pub(super) first_leaf: Vec<usize>,
    pub(super) last_leaf: Vec<usize>,
}

impl<'a> Outlined<'a> {
    /// Works out the outline's shape, names, dates and keys, reporting in that order.
    pub(super) fn new(tasks: &'a [SourceTask], project_start: Option<Date>, report: &mut Report) -> Self {
        let has_children = summaries(tasks);
        let (label, top) = labels(tasks);
        report_summaries(tasks, &has_children, report);
        let fallback = fallback_date(tasks, project_start, report);
        let dates = task_dates(tasks, &has_children, fallback, report);
        let plan_index = plan_indices(&has_children);
        let by_key = keys(tasks, report);
        let (first_leaf, last_leaf) = end_leaves(tasks, &has_children, &dates);
        Outlined {
            tasks,
            has_children,
            label,
            top,
            dates,
            fallback,
            plan_index,
            by_key,
            first_leaf,
            last_leaf,
        }
    }
}

/// Which tasks are summaries: those that some task names as its parent.
fn summaries(tasks: &[SourceTask]) -> Vec<bool> {
    let mut has_children = vec![false; tasks.len()];
    for t in tasks {
        if let Some(p) = t.parent {
            has_children[p] = true;
        }
    }
    has_children
}

/// Each task's name with its summaries below the top level in front, and its top-level task.
fn labels(tasks: &[SourceTask]) -> (Vec<String>, Vec<usize>) {
    let mut label: Vec<String> = Vec::with_capacity(tasks.len());
    let mut top: Vec<usize> = Vec::with_capacity(tasks.len());
    for (i, t) in tasks.iter().enumerate() {
        let name =
            if t.name.trim().is_empty() { format!("Task {}", t.key) } else { t.name.trim().to_owned() };
        match t.parent {
            None => top.push(i),
            Some(p) => top.push(top[p]),
        }
        label.push(match t.parent {
            Some(p) if tasks[p].parent.is_some() => format!("{} › {name}", label[p]),
            _ => name,
        });
    }
    (label, top)
}

/// Reports the summaries flattened into names, then the summaries whose notes are dropped.
fn report_summaries(tasks: &[SourceTask], has_children: &[bool], report: &mut Report) {
    let flattened = (0..tasks.len()).filter(|&i| has_children[i] && tasks[i].parent.is_some()).count();
    if flattened > 0 {
        report.line(format!(
            "{} flattened into the names of the tasks below (“Summary › Task”)",
            counted(
                flattened,
                "summary task below the top level was",
                "summary tasks below the top level were"
            )
        ));
    }
    for (i, t) in tasks.iter().enumerate() {
        if has_children[i] && !t.notes.trim().is_empty() {
            report.add(
                "1 summary task had notes, which are not kept",
                "{n} summary tasks had notes, which are not kept",
                quoted(&t.name, &t.key),
            );
        }
    }
}

/// The project start, or else the earliest task date; reports a file without any dates.
fn fallback_date(tasks: &[SourceTask], project_start: Option<Date>, report: &mut Report) -> Date {
    let earliest = tasks.iter().filter_map(|t| t.start.or(t.end)).min();
    let fallback = project_start.or(earliest);
    if fallback.is_none() && !tasks.is_empty() {
        report
            .line("The file has no readable dates; its tasks were placed on 1 Jan 1970: move them as needed");
    }
    fallback.unwrap_or_default()
}

/// Every task's start and last day, filling in missing dates and mending reversed ones.
fn task_dates(
    tasks: &[SourceTask],
    has_children: &[bool],
    fallback: Date,
    report: &mut Report,
) -> Vec<(Date, Date)> {
    let mut dates: Vec<(Date, Date)> = Vec::with_capacity(tasks.len());
    for (i, t) in tasks.iter().enumerate() {
        let start = t.start.or(t.end).unwrap_or(fallback);
        let mut end = t.end.unwrap_or(start);
        if t.start.is_none() && t.end.is_none() && !has_children[i] {
            report.add(
                "1 task had no dates; it was placed on the project start",
                "{n} tasks had no dates; they were placed on the project start",
                quoted(&t.name, &t.key),
            );
        }
        if end < start {
            report.add(
                "1 task ended before it started; it now ends on its start date",
                "{n} tasks ended before they started; they now end on their start dates",
                quoted(&t.name, &t.key),
            );
            end = start;
        }
        if t.milestone {
            end = start;
        }
        dates.push((start, end));
    }
    dates
}

/// The index each leaf will have in `plan.tasks` (leaves keep outline order).
fn plan_indices(has_children: &[bool]) -> Vec<usize> {
    let mut plan_index = vec![usize::MAX; has_children.len()];
    for (k, i) in (0..has_children.len()).filter(|&i| !has_children[i]).enumerate() {
        plan_index[i] = k;
    }
    plan_index
}

/// Keys → outline index; a repeated key keeps pointing at its first task, and is reported.
fn keys<'a>(tasks: &'a [SourceTask], report: &mut Report) -> HashMap<&'a str, usize> {
    let mut by_key: HashMap<&str, usize> = HashMap::with_capacity(tasks.len());
    for (i, t) in tasks.iter().enumerate() {
        if let Entry::Vacant(slot) = by_key.entry(t.key.as_str()) {
            slot.insert(i);
        } else {
            report.add(
                "1 task had the same id as an earlier task; links to that id go to the first",
                "{n} tasks had the same id as an earlier task; links to those ids go to the first",
                quoted(&t.name, &t.key),
            );
        }
    }
    by_key
}

/// The first-starting and last-ending leaf under each task, gathered bottom-up in one pass.
fn end_leaves(
    tasks: &[SourceTask],
    has_children: &[bool],
    dates: &[(Date, Date)],
) -> (Vec<usize>, Vec<usize>) {
    let mut first_leaf: Vec<usize> = (0..tasks.len()).collect();
    let mut last_leaf: Vec<usize> = (0..tasks.len()).collect();
    for i in (0..tasks.len()).rev() {
        if let Some(p) = tasks[i].parent {
            let (f, l) = (first_leaf[i], last_leaf[i]);
            let fp = first_leaf[p];
            if fp == p || has_children[fp] || dates[f].0 <= dates[fp].0 {
                first_leaf[p] = f;
            }
            let lp = last_leaf[p];
            if lp == p || has_children[lp] || dates[l].1 > dates[lp].1 {
                last_leaf[p] = l;
            }
        }
    }
    (first_leaf, last_leaf)
}
