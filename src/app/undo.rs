//! Undo history: cheap whole-plan snapshots that share every entity an edit did not touch.

use crate::model::Plan;
use std::collections::VecDeque;

/// How many undo steps are kept.
pub const UNDO_LIMIT: usize = 200;

/// Consecutive edits of the same group within this many seconds form one undo step.
pub const GROUP_WINDOW_SECONDS: f64 = 1.5;

/// A plan as it was, and the version number it had.
#[derive(Clone)]
struct Snapshot {
    plan: Plan,
    version: u64,
    /// What the step that led to this state did ("Added a workstream"), for the status bar.
    what: String,
}

/// Undo and redo stacks for one open document.
///
/// The history keeps a `checkpoint`: the plan as of the last recorded step. An edit made in
/// place is recorded by pushing the checkpoint (the state before the edit) onto the undo stack.
pub struct History {
    undo: VecDeque<Snapshot>,
    redo: Vec<Snapshot>,
    checkpoint: Snapshot,
    open_group: Option<(u64, f64)>,
    /// An item was just added: the first grouped edit after it (typing its name) joins the
    /// add's step, so adding and naming is one undo step.
    join_next: bool,
    next_version: u64,
}

impl History {
    /// A history whose starting point is `plan`.
    pub fn new(plan: &Plan) -> Self {
        Self {
            undo: VecDeque::new(),
            redo: Vec::new(),
            checkpoint: Snapshot { plan: plan.clone(), version: 0, what: String::new() },
            open_group: None,
            join_next: false,
            next_version: 1,
        }
    }

    /// The version of the current state; it changes with every step, undo and redo.
    pub fn version(&self) -> u64 {
        self.checkpoint.version
    }

    /// Records that `current` was edited. Edits of the same `group` less than
    /// [`GROUP_WINDOW_SECONDS`] apart merge into one step. Returns whether a new step began.
    pub fn record(&mut self, current: &Plan, group: Option<u64>, now: f64) -> bool {
        let merges = match (group, self.open_group) {
            (Some(g), Some((open, at))) => g == open && now - at < GROUP_WINDOW_SECONDS,
            _ => false,
        } || (group.is_some() && self.join_next);
        self.join_next = false;
        self.open_group = group.map(|g| (g, now));
        let version = self.next_version;
        self.next_version += 1;
        let what = if merges { std::mem::take(&mut self.checkpoint.what) } else { String::new() };
        let before =
            std::mem::replace(&mut self.checkpoint, Snapshot { plan: current.clone(), version, what });
        if merges {
            return false;
        }
        self.undo.push_back(before);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.pop_front();
        }
        self.redo.clear();
        true
    }

    /// The plan as of the last recorded step (what Undo returns to next, once the current
    /// state is pushed).
    pub fn recorded(&self) -> &Plan {
        &self.checkpoint.plan
    }

    /// Names what the latest step did, for "Undone: …" and "Redone: …".
    pub fn describe_last(&mut self, what: impl Into<String>) {
        self.checkpoint.what = what.into();
    }

    /// What Undo would take back, if it was named.
    pub fn undo_label(&self) -> Option<&str> {
        (self.can_undo() && !self.checkpoint.what.is_empty()).then_some(self.checkpoint.what.as_str())
    }

    /// What Redo would bring back, if it was named.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.what.as_str()).filter(|w| !w.is_empty())
    }

    /// The step just recorded added an item: the first grouped edit after it (its name being
    /// typed) joins this step, keeping its description. Any other step, undo or redo ends that.
    pub fn join_next_edit(&mut self) {
        self.join_next = true;
    }

    /// Makes `change` to `current` and to the state recorded last, not as a step: Undo does
    /// not take it back and the version (so whether the plan is saved) stays. For what is not
    /// an edit, such as the date a save writes into the plan.
    pub fn amend(&mut self, current: &mut Plan, change: impl Fn(&mut Plan)) {
        change(current);
        change(&mut self.checkpoint.plan);
    }

    /// Ends the open edit group, so the next edit starts a new step.
    pub fn end_group(&mut self) {
        self.open_group = None;
    }

    /// Steps back: puts the previous state into `current`. Returns false if there is none.
    pub fn undo(&mut self, current: &mut Plan) -> bool {
        let Some(previous) = self.undo.pop_back() else { return false };
        let now = std::mem::replace(&mut self.checkpoint, previous);
        self.redo.push(now);
        *current = self.checkpoint.plan.clone();
        self.open_group = None;
        self.join_next = false;
        true
    }

    /// Steps forward again after an undo. Returns false if there is nothing to redo.
    pub fn redo(&mut self, current: &mut Plan) -> bool {
        let Some(next) = self.redo.pop() else { return false };
        let now = std::mem::replace(&mut self.checkpoint, next);
        self.undo.push_back(now);
        *current = self.checkpoint.plan.clone();
        self.open_group = None;
        self.join_next = false;
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Number of steps that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Every plan the history holds (for memory accounting in tests and benchmarks).
    pub fn snapshots(&self) -> impl Iterator<Item = &Plan> {
        self.undo.iter().chain(self.redo.iter()).chain(std::iter::once(&self.checkpoint)).map(|s| &s.plan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, Task};
    use std::sync::Arc;

    fn plan_with_tasks(n: usize) -> Plan {
        let tasks = (0..n)
            .map(|i| {
                Arc::new(Task { id: Id(format!("t-{i}")), name: format!("Task {i}"), ..Task::default() })
            })
            .collect();
        Plan { tasks, ..Plan::default() }
    }

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut plan = plan_with_tasks(1);
        let mut history = History::new(&plan);
        plan.meta.title = "A".into();
        assert!(history.record(&plan, None, 0.0));
        plan.meta.title = "B".into();
        assert!(history.record(&plan, None, 0.1));
        assert!(history.undo(&mut plan));
        assert_eq!(plan.meta.title, "A");
        assert!(history.undo(&mut plan));
        assert_eq!(plan.meta.title, "");
        assert!(!history.undo(&mut plan));
        assert!(history.redo(&mut plan));
        assert!(history.redo(&mut plan));
        assert_eq!(plan.meta.title, "B");
        assert!(!history.redo(&mut plan));
    }

    #[test]
    fn typing_in_one_field_is_one_step_until_a_pause() {
        let mut plan = Plan::default();
        let mut history = History::new(&plan);
        for (i, text) in ["N", "No", "Nor", "Nort"].iter().enumerate() {
            plan.meta.title = (*text).into();
            history.record(&plan, Some(7), i as f64 * 0.2);
        }
        assert_eq!(history.undo_len(), 1);
        plan.meta.title = "North".into();
        history.record(&plan, Some(7), 10.0); // after a pause: a new step
        history.describe_last("Typed a name");
        assert_eq!(history.undo_label(), Some("Typed a name"));
        assert_eq!(history.undo_len(), 2);
        history.undo(&mut plan);
        assert_eq!(plan.meta.title, "Nort");
        history.undo(&mut plan);
        assert_eq!(plan.meta.title, "");
    }

    #[test]
    fn a_new_edit_clears_redo_and_versions_follow_the_state() {
        let mut plan = Plan::default();
        let mut history = History::new(&plan);
        let v0 = history.version();
        plan.meta.title = "A".into();
        history.record(&plan, None, 0.0);
        let v1 = history.version();
        assert_ne!(v0, v1);
        history.undo(&mut plan);
        assert_eq!(history.version(), v0);
        plan.meta.title = "B".into();
        history.record(&plan, None, 1.0);
        assert!(!history.can_redo());
        assert_ne!(history.version(), v1);
    }

    #[test]
    fn the_limit_is_kept() {
        let mut plan = Plan::default();
        let mut history = History::new(&plan);
        for i in 0..(UNDO_LIMIT + 50) {
            plan.meta.author = i.to_string();
            history.record(&plan, None, i as f64);
        }
        assert_eq!(history.undo_len(), UNDO_LIMIT);
    }

    /// 150 single-task edits of a 10,000-task plan must share all untouched tasks:
    /// the history then holds at most 10,000 + 150 task allocations, not 1.5 million.
    #[test]
    fn snapshots_share_untouched_entities() {
        let mut plan = plan_with_tasks(10_000);
        let mut history = History::new(&plan);
        for step in 0..150 {
            let task = Arc::make_mut(&mut plan.tasks[step * 7]);
            task.progress = (step % 100) as u8;
            history.record(&plan, None, step as f64 * 10.0);
        }
        let mut distinct = std::collections::HashSet::new();
        for snapshot in history.snapshots().chain(std::iter::once(&plan)) {
            for task in &snapshot.tasks {
                distinct.insert(Arc::as_ptr(task) as usize);
            }
        }
        assert!(distinct.len() <= 10_000 + 150, "{} task allocations", distinct.len());
    }
}
