//! Rules of the rolling plan: moving tasks (pushing dependants), dependencies without
//! cycles, deleting tasks cleanly, rolling forward and measuring slippage.

use super::{
    BaselineEntry, Date, Id, IntegrationRecord, Kind, Plan, REVIEW_INTERVAL_MONTHS, Review, Task,
    first_of_month,
};
use chrono::{Datelike, Months, TimeDelta};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

/// Why an `Edit` was refused (`Plan::apply` and the scheduling rules it runs); a refused edit
/// changes nothing.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
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
        self.tasks.iter().map(Arc::as_ref).find(|t| &t.id == id)
    }

    /// Gives a task new dates, then pushes every dependant that would start before its
    /// predecessor ends (keeping each one's length), transitively.
    pub fn move_task(&mut self, id: &Id, start: Date, end: Date) -> Result<MoveOutcome, EditError> {
        if end < start {
            return Err(EditError::EndBeforeStart);
        }
        let index = self.task_index(id).ok_or_else(|| EditError::NoSuchTask(id.clone()))?;
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
            for &di in dependants.get(&current).map(Vec::as_slice).unwrap_or(&[]) {
                let earliest = earliest_start(&self.tasks[ci], self.tasks[di].milestone);
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
    pub fn add_dependency(&mut self, before: &Id, after: &Id) -> Result<MoveOutcome, EditError> {
        let after_index = self.task_index(after).ok_or_else(|| EditError::NoSuchTask(after.clone()))?;
        if self.task_index(before).is_none() {
            return Err(EditError::NoSuchTask(before.clone()));
        }
        let name = |id: &Id| self.task(id).map_or_else(|| id.to_string(), |t| t.name.clone());
        if before == after {
            return Err(EditError::SelfDependency(name(after)));
        }
        if self.depends_transitively(before, after) {
            return Err(EditError::Cycle { before: name(before), after: name(after) });
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

    /// Rolls the plan forward at a review, moving the review date `months` on from the review
    /// held (see [`Plan::roll_forward_to`]).
    pub fn roll_forward(&mut self, today: Date, months: u32, note: &str) -> Id {
        let next = months_after(self.review_held(today), months.max(1));
        self.roll_forward_to(today, next, note)
    }

    /// Rolls the plan forward at a review: records every task's dates as a baseline in the
    /// review history (with the integration ratings, to compare year on year), then sets the
    /// review date to `review_date`, which re-details the months from it.
    ///
    /// The history keeps one entry per day: rolling forward again on a day the plan was already
    /// rolled forward updates that entry (today's dates, `note`, the new review date) and keeps
    /// the review it closed, rather than recording the same review twice.
    pub fn roll_forward_to(&mut self, today: Date, review_date: Date, note: &str) -> Id {
        let baseline: Vec<BaselineEntry> = self
            .tasks
            .iter()
            .map(|t| BaselineEntry { task: t.id.clone(), start: t.start, end: t.end })
            .collect();
        let id = match self.reviews.iter().rposition(|r| r.date == today) {
            Some(index) => {
                let review = Arc::make_mut(&mut self.reviews[index]);
                review.baseline = baseline;
                review.note = note.to_owned();
                review.id.clone()
            }
            None => {
                let id = self.new_id(Kind::Review);
                self.reviews.push(Arc::new(Review {
                    id: id.clone(),
                    date: today,
                    previous_review_date: self.meta.review_date,
                    note: note.to_owned(),
                    baseline,
                }));
                id
            }
        };
        if !self.assessment.integration.is_empty() {
            let ratings = self.assessment.integration.clone();
            match self.assessment.history.iter_mut().rev().find(|r| r.date == today) {
                Some(record) => record.ratings = ratings,
                None => self.assessment.history.push(IntegrationRecord { date: today, ratings }),
            }
        }
        self.meta.review_date = review_date;
        id
    }

    /// Today's entry in the review history, when the plan was already rolled forward today.
    pub fn rolled_forward_on(&self, today: Date) -> Option<&Review> {
        self.reviews.iter().rev().map(Arc::as_ref).find(|r| r.date == today)
    }

    /// The review a roll-forward on `today` closes: the plan's review date, or, when the plan
    /// was already rolled forward today, the review that roll-forward closed.
    pub fn review_held(&self, today: Date) -> Date {
        self.rolled_forward_on(today).map_or(self.meta.review_date, |r| r.previous_review_date)
    }

    /// The review date to propose when rolling forward on `today`: the review due now. That is
    /// the latest date on the cadence ([`REVIEW_INTERVAL_MONTHS`]) counted on from the review
    /// held (first of its month) that is not after today's month; reviews missed before it are
    /// skipped. When none is due yet (rolling early), today's month. When it equals the review
    /// held, the plan was already rolled forward at that review and nothing new is due.
    pub fn review_due(&self, today: Date) -> Date {
        let held = first_of_month(self.review_held(today));
        let gap = month_number(today) - month_number(held);
        let cadence = i64::from(REVIEW_INTERVAL_MONTHS);
        if gap < cadence {
            return first_of_month(today);
        }
        let steps = gap.div_euclid(cadence);
        months_after(held, u32::try_from(steps * cadence).unwrap_or(u32::MAX))
    }

    /// The review with `id`.
    pub fn review(&self, id: &Id) -> Option<&Review> {
        self.reviews.iter().map(Arc::as_ref).find(|r| &r.id == id)
    }
}

/// The finish-to-start rule: the earliest day a task may start after `before`. A task with
/// duration starts the day after a task it depends on. A milestone (zero length) marks a moment,
/// so it shares a day with its neighbours: it may sit on its predecessor's last day ("Design
/// done" on the day design ends), and a task after it may start on the milestone's day ("Build"
/// starts the day "Go ahead" is given), as planning tools show them.
pub fn earliest_start(before: &Task, after_is_milestone: bool) -> Date {
    if before.milestone || after_is_milestone {
        before.end
    } else {
        before.end.succ_opt().unwrap_or(before.end)
    }
}

/// Whether `after` keeps the finish-to-start rule with its predecessor `before`.
pub fn dependency_holds(before: &Task, after: &Task) -> bool {
    after.start >= earliest_start(before, after.milestone)
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

/// The first of the month `months` after `date`'s month, saturating at the calendar's end.
pub fn months_after(date: Date, months: u32) -> Date {
    first_of_month(date).checked_add_months(Months::new(months)).unwrap_or(Date::MAX)
}

/// Months from year 0 to `date`'s month.
fn month_number(date: Date) -> i64 {
    i64::from(date.year()) * 12 + i64::from(date.month0())
}

/// `date` moved by `days`, saturating at the calendar's ends.
pub fn shift_date(date: Date, days: i64) -> Date {
    date.checked_add_signed(TimeDelta::days(days)).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{IntegrationRating, IntegrationType};

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd_opt(y, m, day).expect("valid date")
    }

    /// A plan reviewed on `review`, with two tasks.
    fn plan(review: Date) -> Plan {
        let mut plan = Plan::default();
        plan.meta.review_date = review;
        for (id, start, end) in [("a", d(2026, 9, 1), d(2026, 12, 31)), ("b", d(2027, 1, 1), d(2027, 3, 31))]
        {
            plan.tasks.push(Arc::new(Task { id: Id::new(id), start, end, ..Task::default() }));
        }
        plan
    }

    #[test]
    fn the_proposed_review_is_the_one_due_now_by_the_cadence() {
        // Reviewed 1 Jun 2026: the December review is due on 3 Dec 2026.
        assert_eq!(plan(d(2026, 6, 1)).review_due(d(2026, 12, 3)), d(2026, 12, 1));
        // Reviewed 1 Jul 2026: none due yet, so rolling early proposes today's month.
        assert_eq!(plan(d(2026, 7, 1)).review_due(d(2026, 12, 3)), d(2026, 12, 1));
        // Reviewed 1 Dec 2025: June 2026 was missed, December 2026 is due.
        assert_eq!(plan(d(2025, 12, 1)).review_due(d(2026, 12, 3)), d(2026, 12, 1));
        assert_eq!(plan(d(2025, 12, 1)).review_due(d(2026, 11, 30)), d(2026, 6, 1));
        // Reviewed 1 Dec 2026: the review due is the review held, so nothing new.
        assert_eq!(plan(d(2026, 12, 1)).review_due(d(2026, 12, 3)), d(2026, 12, 1));
        // A review date within a month counts from its month, across the year's seam.
        assert_eq!(plan(d(2026, 7, 15)).review_due(d(2026, 12, 31)), d(2026, 12, 1));
        assert_eq!(plan(d(2026, 7, 15)).review_due(d(2027, 1, 1)), d(2027, 1, 1));
        assert_eq!(plan(d(2026, 7, 15)).review_due(d(2027, 6, 30)), d(2027, 1, 1));
    }

    #[test]
    fn rolling_forward_records_the_review_held_and_sets_the_new_date() {
        let mut plan = plan(d(2026, 12, 1));
        let today = d(2026, 12, 3);
        let id = plan.roll_forward_to(today, d(2027, 6, 1), "Winter review");
        assert_eq!(plan.meta.review_date, d(2027, 6, 1));
        let review = plan.review(&id).expect("recorded");
        assert_eq!((review.date, review.previous_review_date), (today, d(2026, 12, 1)));
        assert_eq!(review.baseline.len(), 2);
        assert_eq!(plan.review_held(today), d(2026, 12, 1), "today's roll closed the review of 1 Dec");
        assert_eq!(plan.review_held(d(2026, 12, 4)), d(2027, 6, 1), "tomorrow the new date is current");
    }

    #[test]
    fn rolling_forward_twice_on_one_day_updates_that_days_entry() {
        let mut plan = plan(d(2026, 12, 1));
        plan.assessment.integration =
            vec![IntegrationRating { kind: IntegrationType::GlobalLocal, rating: 2, notes: String::new() }];
        let today = d(2026, 12, 3);
        let first = plan.roll_forward_to(today, d(2027, 6, 1), "First go");
        assert_eq!(plan.rolled_forward_on(today).map(|r| r.id.clone()), Some(first.clone()));
        assert_eq!(plan.review_due(today), d(2026, 12, 1), "still counted from the review held");

        // The task moved at the review, then the plan is rolled forward again, to another date.
        Arc::make_mut(&mut plan.tasks[0]).end = d(2027, 1, 31);
        plan.assessment.integration[0].rating = 3;
        let second = plan.roll_forward_to(today, d(2027, 3, 1), "Agreed plan");
        assert_eq!(second, first, "the same entry");
        assert_eq!(plan.reviews.len(), 1, "one entry per day");
        assert_eq!(plan.assessment.history.len(), 1, "one integration record per day");
        assert_eq!(plan.assessment.history[0].ratings[0].rating, 3);
        let review = plan.review(&first).expect("kept");
        assert_eq!(review.previous_review_date, d(2026, 12, 1), "still the review it closed");
        assert_eq!(review.note, "Agreed plan");
        assert_eq!(review.baseline[0].end, d(2027, 1, 31), "today's dates as they stand now");
        assert_eq!(plan.meta.review_date, d(2027, 3, 1));

        // The next day is another review.
        plan.roll_forward(d(2026, 12, 4), 6, "");
        assert_eq!(plan.reviews.len(), 2);
        assert_eq!(plan.meta.review_date, d(2027, 9, 1));
    }
}
