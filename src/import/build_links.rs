//! The outline's links as plan dependencies: links to summaries move to their leaves, links
//! that cannot be kept are left out, links that close a circle are dropped, and links the
//! file's own dates break under the finish-to-start rule are left out; all reported.

use super::build_outlined::Outlined;
use super::outline::{LinkKind, Report, SourceLink, quoted};
use crate::model::{Plan, Task, dependency_holds};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;

/// Sets each task's dependencies from the links, reporting what could not be kept as it was.
/// The plan opens clean: a link the file's own dates break under Tenstep's finish-to-start rule
/// (a link of another type, a lead, overlapping dates) is left out
/// and reported with its tasks, so the dates stay as the file has them.
pub(super) fn add_links(plan: &mut Plan, outlined: &Outlined, links: &[SourceLink], report: &mut Report) {
    let mut depends: Vec<Vec<usize>> = vec![Vec::new(); plan.tasks.len()];
    let mut source: HashMap<(usize, usize), &SourceLink> = HashMap::with_capacity(links.len());
    for link in links {
        if let Some((to, from)) = leaf_link(outlined, link, report) {
            if let Entry::Vacant(slot) = source.entry((to, from)) {
                slot.insert(link);
                depends[to].push(from);
            } else {
                report_simplified(link, &plan.tasks[from], &plan.tasks[to], report);
            }
        }
    }
    for (to, deps) in depends.iter_mut().enumerate() {
        deps.retain(|&from| {
            let link = source[&(to, from)];
            let holds = dependency_holds(&plan.tasks[from], &plan.tasks[to]);
            if holds {
                report_simplified(link, &plan.tasks[from], &plan.tasks[to], report);
            } else {
                report_broken(link, &plan.tasks[from], &plan.tasks[to], report);
            }
            holds
        });
    }
    // Dates that rise along every link leave no circle, except among milestones on one day.
    break_cycles(&mut depends, plan, report);
    for (k, deps) in depends.into_iter().enumerate() {
        if !deps.is_empty() {
            Arc::make_mut(&mut plan.tasks[k]).depends_on =
                deps.into_iter().map(|d| plan.tasks[d].id.clone()).collect();
        }
    }
}

/// Reports a link left out because the file's dates break the finish-to-start rule, saying how.
fn report_broken(link: &SourceLink, before: &Task, after: &Task, report: &mut Report) {
    let tasks = format!("{} → {}", quoted(&before.name, ""), quoted(&after.name, ""));
    if link.kind != LinkKind::FinishStart {
        let kind = link.kind.words();
        report.add(
            &format!(
                "1 {kind} link was left out: its tasks overlap, which a finish-to-start dependency does not allow (the dates are kept)"
            ),
            &format!(
                "{{n}} {kind} links were left out: their tasks overlap, which a finish-to-start dependency does not allow (the dates are kept)"
            ),
            tasks,
        );
    } else if link.lag {
        report.add(
            "1 finish-to-start link with a lead (negative lag) was left out: its tasks overlap (the dates are kept)",
            "{n} finish-to-start links with a lead (negative lag) were left out: their tasks overlap (the dates are kept)",
            tasks,
        );
    } else {
        report.add(
            "1 link was left out: in the file the second task starts before the first ends (the dates are kept)",
            "{n} links were left out: in the file the second task starts before the first ends (the dates are kept)",
            tasks,
        );
    }
}

/// The plan indices `(successor, predecessor)` a link joins once moved from summaries to their
/// leaves, or `None` for a link left out; reports each change.
fn leaf_link(outlined: &Outlined, link: &SourceLink, report: &mut Report) -> Option<(usize, usize)> {
    let Outlined { tasks, has_children, .. } = outlined;
    let (Some(&p), Some(&s)) =
        (outlined.by_key.get(link.predecessor.as_str()), outlined.by_key.get(link.successor.as_str()))
    else {
        report.add(
            "1 link referred to a task that is not in the file; left out",
            "{n} links referred to tasks that are not in the file; left out",
            format!("{} → {}", link.predecessor, link.successor),
        );
        return None;
    };
    if has_children[p] || has_children[s] {
        report.add(
            "1 link to or from a summary task now joins the summary's last-ending and first-starting tasks",
            "{n} links to or from summary tasks now join the summaries' last-ending and first-starting tasks",
            format!("{} → {}", quoted(&tasks[p].name, &tasks[p].key), quoted(&tasks[s].name, &tasks[s].key)),
        );
    }
    let (from, to) =
        (outlined.plan_index[outlined.last_leaf[p]], outlined.plan_index[outlined.first_leaf[s]]);
    if from == usize::MAX || to == usize::MAX || from == to {
        report.add(
            "1 link joined a task to itself (or to its own summary); left out",
            "{n} links joined a task to itself (or to its own summary); left out",
            quoted(&tasks[s].name, &tasks[s].key),
        );
        return None;
    }
    Some((to, from))
}

/// Reports a link whose type or lag is not kept (every dependency is finish-to-start).
fn report_simplified(link: &SourceLink, before: &Task, after: &Task, report: &mut Report) {
    let tasks = || format!("{} → {}", quoted(&before.name, ""), quoted(&after.name, ""));
    if link.kind != LinkKind::FinishStart {
        let kind = link.kind.words();
        report.add(
            &format!("1 link of type {kind} was imported as finish-to-start"),
            &format!("{{n}} links of type {kind} were imported as finish-to-start"),
            tasks(),
        );
    }
    if link.lag {
        report.add(
            "1 link had a lag or lead, which was dropped",
            "{n} links had a lag or lead, which was dropped",
            tasks(),
        );
    }
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
