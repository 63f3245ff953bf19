//! From a file's outline to a plan: top-level summary tasks become workstreams, deeper summary
//! levels are flattened into their tasks' names ("Social › Brief"), leaf tasks and milestones
//! become tasks, links become finish-to-start dependencies, resources become people.
//! Everything here is linear in the size of the file (hash maps, no searching of lists).

use super::outline::{LinkKind, Outline, Report, quoted};
use crate::model::{Date, Id, Kind, Meta, Person, Plan, Role, Task, TaskStatus, Workstream, first_of_month};
use chrono::Datelike;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// Workstream colours, in turn.
const COLORS: [&str; 8] =
    ["#2f6fb0", "#c0392b", "#27ae60", "#8e44ad", "#d68910", "#16a085", "#7f8c8d", "#b03a78"];

/// The longest horizon a plan may have.
const MAX_HORIZON_YEARS: u32 = 10;

/// Builds the plan and the report's lines. `seed` makes the plan id (a hash of the file).
pub fn build(outline: Outline, seed: u64) -> (Plan, Vec<String>) {
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
    let n = tasks.len();
    let mut next = 1u64;
    let mut new_id = |kind: Kind| {
        let id = Id(format!("{}-{:04}", kind.prefix(), next));
        next += 1;
        id
    };

    // The outline: which tasks are summaries, and each summary's path below its workstream.
    let mut has_children = vec![false; n];
    for t in &tasks {
        if let Some(p) = t.parent {
            has_children[p] = true;
        }
    }
    let mut label: Vec<String> = Vec::with_capacity(n);
    let mut top: Vec<usize> = Vec::with_capacity(n);
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
    let flattened = (0..n).filter(|&i| has_children[i] && tasks[i].parent.is_some()).count();
    if flattened > 0 {
        report.line(format!(
            "{} flattened into the names of the tasks below (“Summary › Task”)",
            super::outline::counted(
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

    // Dates: every leaf gets a start and an end; the plan starts at the earliest of them.
    let earliest = tasks.iter().filter_map(|t| t.start.or(t.end)).min();
    let fallback = project_start.or(earliest);
    if fallback.is_none() && n > 0 {
        report
            .line("The file has no readable dates; its tasks were placed on 1 Jan 1970: move them as needed");
    }
    let fallback = fallback.unwrap_or_default();
    let mut dates: Vec<(Date, Date)> = Vec::with_capacity(n);
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

    // Workstreams and tasks, in outline order.
    let mut plan = Plan::default();
    let mut stream_of_top: HashMap<usize, Id> = HashMap::new();
    let mut loose: Option<Id> = None;
    let mut task_ids: Vec<Option<Id>> = vec![None; n];
    let add_stream = |plan: &mut Plan, name: String, id: Id| {
        let color = COLORS[plan.workstreams.len() % COLORS.len()].to_owned();
        plan.workstreams.push(Arc::new(Workstream { id, name, color, ..Workstream::default() }));
    };
    for i in 0..n {
        let t = &tasks[i];
        if has_children[i] {
            if t.parent.is_none() {
                let id = new_id(Kind::Workstream);
                add_stream(&mut plan, label[i].clone(), id.clone());
                stream_of_top.insert(i, id);
            }
            continue;
        }
        let workstream = match t.parent {
            Some(_) => stream_of_top.get(&top[i]).cloned().unwrap_or_default(),
            None => match &loose {
                Some(id) => id.clone(),
                None => {
                    let id = new_id(Kind::Workstream);
                    let name =
                        if title.trim().is_empty() { "Imported tasks".to_owned() } else { title.clone() };
                    add_stream(&mut plan, name, id.clone());
                    loose = Some(id.clone());
                    id
                }
            },
        };
        let id = new_id(Kind::Task);
        task_ids[i] = Some(id.clone());
        let (start, end) = dates[i];
        let status = match t.progress {
            100 => TaskStatus::Done,
            0 => TaskStatus::NotStarted,
            _ => TaskStatus::OnTrack,
        };
        plan.tasks.push(Arc::new(Task {
            id,
            workstream,
            name: label[i].clone(),
            milestone: t.milestone,
            start,
            end,
            progress: t.progress.min(100),
            status,
            notes: t.notes.trim().to_owned(),
            ..Task::default()
        }));
    }
    // Index in plan.tasks of each leaf, by outline index.
    let mut plan_index: Vec<usize> = vec![usize::MAX; n];
    for (k, i) in (0..n).filter(|&i| task_ids[i].is_some()).enumerate() {
        plan_index[i] = k;
    }

    // Keys → outline index; a repeated key keeps pointing at its first task.
    let mut by_key: HashMap<&str, usize> = HashMap::with_capacity(n);
    for (i, t) in tasks.iter().enumerate() {
        if let std::collections::hash_map::Entry::Vacant(slot) = by_key.entry(t.key.as_str()) {
            slot.insert(i);
        } else {
            report.add(
                "1 task had the same id as an earlier task; links to that id go to the first",
                "{n} tasks had the same id as an earlier task; links to those ids go to the first",
                quoted(&t.name, &t.key),
            );
        }
    }

    // A link to or from a summary task goes to its first-starting or last-ending leaf.
    let mut first_leaf: Vec<usize> = (0..n).collect();
    let mut last_leaf: Vec<usize> = (0..n).collect();
    for i in (0..n).rev() {
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
    let mut depends: Vec<Vec<usize>> = vec![Vec::new(); plan.tasks.len()];
    let mut seen: HashSet<(usize, usize)> = HashSet::with_capacity(links.len());
    for link in &links {
        let (Some(&p), Some(&s)) =
            (by_key.get(link.predecessor.as_str()), by_key.get(link.successor.as_str()))
        else {
            report.add(
                "1 link referred to a task that is not in the file; left out",
                "{n} links referred to tasks that are not in the file; left out",
                format!("{} → {}", link.predecessor, link.successor),
            );
            continue;
        };
        if has_children[p] || has_children[s] {
            report.add(
                "1 link to or from a summary task now joins the summary's last-ending and first-starting tasks",
                "{n} links to or from summary tasks now join the summaries' last-ending and first-starting tasks",
                format!("{} → {}", quoted(&tasks[p].name, &tasks[p].key), quoted(&tasks[s].name, &tasks[s].key)),
            );
        }
        let (from, to) = (plan_index[last_leaf[p]], plan_index[first_leaf[s]]);
        if from == usize::MAX || to == usize::MAX || from == to {
            report.add(
                "1 link joined a task to itself (or to its own summary); left out",
                "{n} links joined a task to itself (or to its own summary); left out",
                quoted(&tasks[s].name, &tasks[s].key),
            );
            continue;
        }
        if link.kind != LinkKind::FinishStart {
            let kind = link.kind.words();
            report.add(
                &format!("1 link of type {kind} was imported as finish-to-start"),
                &format!("{{n}} links of type {kind} were imported as finish-to-start"),
                "",
            );
        }
        if link.lag {
            report.add(
                "1 link had a lag or lead, which was dropped",
                "{n} links had a lag or lead, which was dropped",
                "",
            );
        }
        if seen.insert((to, from)) {
            depends[to].push(from);
        }
    }
    break_cycles(&mut depends, &plan, &mut report);
    for (k, deps) in depends.into_iter().enumerate() {
        if !deps.is_empty() {
            Arc::make_mut(&mut plan.tasks[k]).depends_on =
                deps.into_iter().map(|d| plan.tasks[d].id.clone()).collect();
        }
    }

    // People, and task owners from the assignments.
    let mut person_of: HashMap<&str, (Id, usize)> = HashMap::with_capacity(resources.len());
    for r in &resources {
        if person_of.contains_key(r.key.as_str()) {
            report.add(
                "1 resource had the same id as an earlier one and was left out",
                "{n} resources had the same id as an earlier one and were left out",
                quoted(&r.name, &r.key),
            );
            continue;
        }
        let id = new_id(Kind::Person);
        let name =
            if r.name.trim().is_empty() { format!("Resource {}", r.key) } else { r.name.trim().to_owned() };
        person_of.insert(r.key.as_str(), (id.clone(), plan.people.len()));
        plan.people.push(Arc::new(Person {
            id,
            name,
            title: r.title.trim().to_owned(),
            email: r.email.trim().to_owned(),
            role: Role::Contributor,
            ..Person::default()
        }));
    }
    let mut assigned: Vec<Vec<(usize, bool)>> = vec![Vec::new(); plan.tasks.len()];
    for a in &assignments {
        let (Some(&i), Some((_, person))) = (by_key.get(a.task.as_str()), person_of.get(a.resource.as_str()))
        else {
            report.add(
                "1 assignment referred to a task or resource that is not in the file; left out",
                "{n} assignments referred to tasks or resources that are not in the file; left out",
                "",
            );
            continue;
        };
        if has_children[i] {
            report.add(
                "1 assignment to a summary task is not imported",
                "{n} assignments to summary tasks are not imported",
                format!("{} to {}", plan.people[*person].name, quoted(&tasks[i].name, &tasks[i].key)),
            );
            continue;
        }
        let list = &mut assigned[plan_index[i]];
        if !list.iter().any(|(p, _)| p == person) {
            list.push((*person, a.responsible));
        }
    }
    for (k, mut list) in assigned.into_iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        // The responsible resource (GanttProject marks one) comes first; otherwise file order.
        list.sort_by_key(|(_, responsible)| !responsible);
        let owner = plan.people[list[0].0].id.clone();
        let task = Arc::make_mut(&mut plan.tasks[k]);
        task.owner = Some(owner);
        if list.len() > 1 {
            let others: Vec<&str> = list[1..].iter().map(|(p, _)| plan.people[*p].name.as_str()).collect();
            let also = format!("Also assigned: {}.", others.join(", "));
            report.add(
                "1 task had more than one person assigned: the first is its owner, the others are named in its notes",
                "{n} tasks had more than one person assigned: the first is the owner, the others are named in the notes",
                quoted(&task.name, task.id.as_str()),
            );
            task.notes = if task.notes.is_empty() { also } else { format!("{}\n\n{also}", task.notes) };
        }
    }

    // The plan's dates: from the first of the earliest month, long enough for the last task.
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
    plan.meta = Meta {
        title: if title.trim().is_empty() { "Imported plan".to_owned() } else { title.trim().to_owned() },
        organisation: organisation.trim().to_owned(),
        author: author.trim().to_owned(),
        created: start,
        modified: start,
        plan_start: start,
        horizon_years: years.clamp(1, MAX_HORIZON_YEARS) as u8,
        review_date: start,
    };
    plan.id = crate::model::plan_id(start, seed);
    plan.next_id = next;
    (plan, report.lines())
}

/// Drops the links that close a circle (found by a depth-first search without recursion), so
/// the plan's dependencies form no cycle; each dropped link is reported.
fn break_cycles(depends: &mut [Vec<usize>], plan: &Plan, report: &mut Report) {
    const NEW: u8 = 0;
    const OPEN: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; depends.len()];
    for root in 0..depends.len() {
        if state[root] != NEW {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        state[root] = OPEN;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(&target) = depends[node].get(*next) {
                let edge = *next;
                *next += 1;
                match state[target] {
                    NEW => {
                        state[target] = OPEN;
                        stack.push((target, 0));
                    }
                    OPEN => {
                        depends[node][edge] = usize::MAX;
                        report.add(
                            "1 link closed a circle of tasks that depend on each other; left out",
                            "{n} links closed circles of tasks that depend on each other; left out",
                            format!(
                                "{} after {}",
                                quoted(&plan.tasks[node].name, ""),
                                quoted(&plan.tasks[target].name, "")
                            ),
                        );
                    }
                    _ => {}
                }
            } else {
                state[node] = DONE;
                stack.pop();
            }
        }
    }
    for deps in depends.iter_mut() {
        deps.retain(|&d| d != usize::MAX);
    }
}
