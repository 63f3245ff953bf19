//! The rows of the chart: a header row per workstream (swimlane) and a row per task.

use super::state::GanttState;
use crate::model::{Plan, TaskStatus};

/// One row of the Gantt chart and its table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// A workstream's header: index into `plan.workstreams` (or `None` for tasks whose
    /// workstream does not exist), and how many tasks it holds.
    Lane { workstream: Option<usize>, tasks: usize },
    /// A task: index into `plan.tasks`.
    Task(usize),
    /// The last row of a lane, where a drag (or the button in the table) adds a task:
    /// index into `plan.workstreams`.
    NewTask(usize),
    /// The row under the last lane that adds a workstream.
    AddWorkstream,
}

/// The visible rows, lanes in workstream order, tasks in plan order within each lane.
pub fn build_rows(plan: &Plan, state: &GanttState) -> Vec<Row> {
    let shown = |i: usize| {
        let t = &plan.tasks[i];
        let urgent = !state.late_or_at_risk_only || matches!(t.status, TaskStatus::Late | TaskStatus::AtRisk);
        let filtered = !state.filter.only_matching || state.filter.matches(t);
        urgent && filtered
    };
    let mut lanes: Vec<Vec<usize>> = vec![Vec::new(); plan.workstreams.len() + 1];
    let lane_of: std::collections::HashMap<&crate::model::Id, usize> =
        plan.workstreams.iter().enumerate().map(|(i, w)| (&w.id, i)).collect();
    for (i, t) in plan.tasks.iter().enumerate() {
        if shown(i) {
            let lane = lane_of.get(&t.workstream).copied().unwrap_or(plan.workstreams.len());
            lanes[lane].push(i);
        }
    }
    let mut rows = Vec::with_capacity(plan.tasks.len() + lanes.len());
    for (lane, tasks) in lanes.into_iter().enumerate() {
        let workstream = (lane < plan.workstreams.len()).then_some(lane);
        if workstream.is_none() && tasks.is_empty() {
            continue;
        }
        let narrowed = state.late_or_at_risk_only || (state.filter.only_matching && state.filter.is_active());
        if narrowed && tasks.is_empty() {
            continue;
        }
        rows.push(Row::Lane { workstream, tasks: tasks.len() });
        let collapsed = workstream.is_some_and(|w| state.collapsed.contains(&plan.workstreams[w].id));
        if !collapsed {
            rows.extend(tasks.into_iter().map(Row::Task));
            if let Some(w) = workstream
                && !narrowed
            {
                rows.push(Row::NewTask(w));
            }
        }
    }
    let narrowed = state.late_or_at_risk_only || (state.filter.only_matching && state.filter.is_active());
    if !narrowed && !plan.workstreams.is_empty() {
        rows.push(Row::AddWorkstream);
    }
    rows
}
