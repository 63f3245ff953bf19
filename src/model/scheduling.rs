//! Rules of the rolling plan: moving tasks (pushing dependants), dependencies without
//! cycles, deleting tasks cleanly, rolling forward and measuring slippage.

use super::{BaselineEntry, Date, Id, IntegrationRecord, Kind, Plan, Review, Task, first_of_month};
use chrono::{Months, TimeDelta};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

/// Why a scheduling change was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("there is no task {0}")]
    NoSuchTask(Id),
    #[error("“{0}” cannot depend on itself")]
    SelfDependency(String),
    #[error("“{after}” already leads to “{before}”: depending on it would make a circle")]
    Cycle { before: String, after: String },
    #[error("a task cannot end before it starts")]
    EndBeforeStart,
    #[error("there is nothing with the id {0}")]
    NoSuchEntity(Id),
    #[error("it is already at the end of the list")]
    AtTheEnd,
    #[error("there are no integration ratings to record yet")]
    NothingToRecord,
}

/// What moving a task changed besides the task itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MoveOutcome {
    /// Dependants pushed later so they start after what they depend on ends.
    pub pushed: Vec<Id>,
}

impl Plan {
    /// The index of the task with `id`.
    pub fn task_index(&self, id: &Id) -> Option<usize> {
        self.tasks.iter().position(|t| &t.id == id)
    }

    /// The task with `id`.
    pub fn task(&self, id: &Id) -> Option<&Task> {
        self.tasks.iter().map(|t| t.as_ref()).find(|t| &t.id == id)
    }

    /// Gives a task new dates, then pushes every dependant that would start before its
    /// predecessor ends (keeping each one's length), transitively.
    pub fn move_task(&mut self, id: &Id, start: Date, end: Date) -> Result<MoveOutcome, ScheduleError> {
        if end < start {
            return Err(ScheduleError::EndBeforeStart);
        }
        let index = self.task_index(id).ok_or_else(|| ScheduleError::NoSuchTask(id.clone()))?;
        let task = Arc::make_mut(&mut self.tasks[index]);
        task.start = start;
        task.end = if task.milestone { start } else { end };
        Ok(MoveOutcome { pushed: self.push_dependants(id) })
    }

    /// Pushes the dependants of `id` (and theirs) later where they start too early.
    fn push_dependants(&mut self, id: &Id) -> Vec<Id> {
        let positions: HashMap<Id, usize> =
            self.tasks.iter().enumerate().map(|(i, t)| (t.id.clone(), i)).collect();
        let mut dependants: HashMap<&Id, Vec<usize>> = HashMap::new();
        for (i, t) in self.tasks.iter().enumerate() {
            for before in &t.depends_on {
                dependants.entry(before).or_default().push(i);
            }
        }
        let dependants: HashMap<Id, Vec<usize>> =
            dependants.into_iter().map(|(k, v)| (k.clone(), v)).collect();
        let mut pushed = Vec::new();
        let mut queue = VecDeque::from([id.clone()]);
        // Each task is pushed at most once per predecessor visit; a visit limit guards cycles
        // that a hand-edited file may contain.
        let mut visits = 0usize;
        let limit = self.tasks.len().saturating_mul(4).max(16);
        while let Some(current) = queue.pop_front() {
            visits += 1;
            if visits > limit {
                break;
            }
            let Some(&ci) = positions.get(&current) else { continue };
            let earliest = self.tasks[ci].end.succ_opt().unwrap_or(self.tasks[ci].end);
            for &di in dependants.get(&current).map(Vec::as_slice).unwrap_or(&[]) {
                if self.tasks[di].start >= earliest {
                    continue;
                }
                let shift = earliest - self.tasks[di].start;
                let dependant = Arc::make_mut(&mut self.tasks[di]);
                dependant.start = earliest;
                dependant.end = dependant.end.checked_add_signed(shift).unwrap_or(dependant.end);
                if !pushed.contains(&dependant.id) {
                    pushed.push(dependant.id.clone());
                }
                queue.push_back(dependant.id.clone());
            }
        }
        pushed
    }

    /// Makes `after` depend on `before` (finish-to-start), refusing circles; then pushes
    /// `after` if it starts too early.
    pub fn add_dependency(&mut self, before: &Id, after: &Id) -> Result<MoveOutcome, ScheduleError> {
        let after_index = self.task_index(after).ok_or_else(|| ScheduleError::NoSuchTask(after.clone()))?;
        if self.task_index(before).is_none() {
            return Err(ScheduleError::NoSuchTask(before.clone()));
        }
        let name = |id: &Id| self.task(id).map_or_else(|| id.to_string(), |t| t.name.clone());
        if before == after {
            return Err(ScheduleError::SelfDependency(name(after)));
        }
        if self.depends_transitively(before, after) {
            return Err(ScheduleError::Cycle { before: name(before), after: name(after) });
        }
        let task = Arc::make_mut(&mut self.tasks[after_index]);
        if !task.depends_on.contains(before) {
            task.depends_on.push(before.clone());
        }
        Ok(MoveOutcome { pushed: self.push_dependants(before) })
    }

    /// Whether `task` depends, directly or through others, on `on`.
    pub fn depends_transitively(&self, task: &Id, on: &Id) -> bool {
        let by_id: HashMap<&Id, &Task> = self.tasks.iter().map(|t| (&t.id, t.as_ref())).collect();
        let mut seen: HashSet<&Id> = HashSet::new();
        let mut stack = vec![task];
        while let Some(current) = stack.pop() {
            if current == on {
                return true;
            }
            if !seen.insert(current) {
                continue;
            }
            if let Some(t) = by_id.get(current) {
                stack.extend(t.depends_on.iter());
            }
        }
        false
    }

    /// Deletes a task and every dependency on it. Returns the task and its position, to undo.
    pub fn delete_task(&mut self, id: &Id) -> Option<(usize, Arc<Task>)> {
        let index = self.task_index(id)?;
        let removed = self.tasks.remove(index);
        for task in &mut self.tasks {
            if task.depends_on.contains(id) {
                Arc::make_mut(task).depends_on.retain(|d| d != id);
            }
        }
        Some((index, removed))
    }

    /// Rolls the plan forward at a review: records every task's dates as a baseline in the
    /// review history (with the integration ratings, to compare year on year), then moves the
    /// review date `months` later, which re-details the next twelve months.
    pub fn roll_forward(&mut self, today: Date, months: u32, note: &str) -> Id {
        let baseline = self
            .tasks
            .iter()
            .map(|t| BaselineEntry { task: t.id.clone(), start: t.start, end: t.end })
            .collect();
        let id = self.new_id(Kind::Review);
        let previous = self.meta.review_date;
        self.reviews.push(Arc::new(Review {
            id: id.clone(),
            date: today,
            previous_review_date: previous,
            note: note.to_owned(),
            baseline,
        }));
        if !self.assessment.integration.is_empty() {
            self.assessment
                .history
                .push(IntegrationRecord { date: today, ratings: self.assessment.integration.clone() });
        }
        let next =
            first_of_month(previous).checked_add_months(Months::new(months.max(1))).unwrap_or(previous);
        self.meta.review_date = next;
        id
    }

    /// The review with `id`.
    pub fn review(&self, id: &Id) -> Option<&Review> {
        self.reviews.iter().map(|r| r.as_ref()).find(|r| &r.id == id)
    }
}

/// How one task moved since a baseline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slip {
    pub task: Id,
    pub name: String,
    /// Days later (positive) or earlier (negative) the task now starts.
    pub start_days: i64,
    /// Days later (positive) or earlier (negative) the task now ends.
    pub end_days: i64,
}

/// Every task whose dates differ from `review`'s baseline, most slipped first. Tasks added
/// since the review, or deleted, are not slips and are left out.
pub fn slippage(plan: &Plan, review: &Review) -> Vec<Slip> {
    let current: HashMap<&Id, &Task> = plan.tasks.iter().map(|t| (&t.id, t.as_ref())).collect();
    let mut slips: Vec<Slip> = review
        .baseline
        .iter()
        .filter_map(|b| {
            let t = current.get(&b.task)?;
            let days = |now: Date, then: Date| (now - then).num_days();
            let slip = Slip {
                task: b.task.clone(),
                name: t.name.clone(),
                start_days: days(t.start, b.start),
                end_days: days(t.end, b.end),
            };
            (slip.start_days != 0 || slip.end_days != 0).then_some(slip)
        })
        .collect();
    slips.sort_by_key(|s| std::cmp::Reverse(s.end_days.abs().max(s.start_days.abs())));
    slips
}

/// The baseline dates of each task in `review`.
pub fn baseline_dates(review: &Review) -> HashMap<&Id, (Date, Date)> {
    review.baseline.iter().map(|b| (&b.task, (b.start, b.end))).collect()
}

/// `date` moved by `days`, saturating at the calendar's ends.
pub fn shift_date(date: Date, days: i64) -> Date {
    date.checked_add_signed(TimeDelta::days(days)).unwrap_or(date)
}
