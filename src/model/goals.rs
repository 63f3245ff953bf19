//! Goals and their measurable KPIs (framework A, step 5).

use super::{Date, Id};
use serde::{Deserialize, Serialize};

/// A goal; goals form a small tree through `parent`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Goal {
    pub id: Id,
    pub title: String,
    pub description: String,
    /// The goal this one ladders up to.
    pub parent: Option<Id>,
    /// Who is accountable for it.
    pub owner: Option<Id>,
}

/// A key performance indicator measuring one goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Kpi {
    pub id: Id,
    /// The goal it measures.
    pub goal: Id,
    pub name: String,
    /// The unit of every value ("%", "followers", "hours").
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    /// The latest measured value, if any.
    pub current: Option<f64>,
    pub due: Option<Date>,
}

impl Kpi {
    /// Progress from baseline toward target as a fraction (0 = baseline, 1 = target),
    /// or `None` without a current value or when baseline equals target.
    pub fn progress(&self) -> Option<f64> {
        let current = self.current?;
        let span = self.target - self.baseline;
        if span == 0.0 || !span.is_finite() {
            return None;
        }
        Some((current - self.baseline) / span)
    }
}

/// Where a KPI stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KpiStatus {
    /// The target is reached (or passed).
    Achieved,
    /// Short of target, not yet due.
    InProgress,
    /// Past its due date and short of target (or never measured).
    Overdue,
    /// No current value yet, not yet due.
    NotMeasured,
}

impl Kpi {
    /// The KPI's status on `today`.
    pub fn status(&self, today: Date) -> KpiStatus {
        let achieved = self.progress().is_some_and(|p| p >= 1.0)
            || (self.current.is_some() && self.target == self.baseline && self.current == Some(self.target));
        let overdue = self.due.is_some_and(|due| due < today);
        match (achieved, overdue, self.current.is_some()) {
            (true, _, _) => KpiStatus::Achieved,
            (false, true, _) => KpiStatus::Overdue,
            (false, false, true) => KpiStatus::InProgress,
            (false, false, false) => KpiStatus::NotMeasured,
        }
    }
}

impl super::Plan {
    /// The goals in tree order, each with its depth (0 for top-level goals). Children follow
    /// their parent in file order; goals caught in a parent cycle or pointing at a missing
    /// parent are listed at the top level, so every goal appears exactly once.
    pub fn goal_tree(&self) -> Vec<(usize, &Goal)> {
        let known = |id: &Id| self.goals.iter().any(|g| &g.id == id);
        let mut out = Vec::with_capacity(self.goals.len());
        let mut placed = vec![false; self.goals.len()];
        let roots: Vec<usize> = (0..self.goals.len())
            .filter(|&i| self.goals[i].parent.as_ref().is_none_or(|p| !known(p)))
            .collect();
        for root in roots {
            self.place_goal(root, 0, &mut placed, &mut out);
        }
        // Whatever is left sits in a cycle: show it flat rather than lose it.
        for i in 0..self.goals.len() {
            if !placed[i] {
                self.place_goal(i, 0, &mut placed, &mut out);
            }
        }
        out
    }

    fn place_goal<'a>(
        &'a self,
        index: usize,
        depth: usize,
        placed: &mut [bool],
        out: &mut Vec<(usize, &'a Goal)>,
    ) {
        // Depth is bounded by the number of goals, since each goal is placed once.
        let mut stack = vec![(index, depth)];
        while let Some((i, d)) = stack.pop() {
            if placed[i] {
                continue;
            }
            placed[i] = true;
            out.push((d, &self.goals[i]));
            let id = &self.goals[i].id;
            let children: Vec<usize> = (0..self.goals.len())
                .filter(|&c| !placed[c] && self.goals[c].parent.as_ref() == Some(id))
                .collect();
            stack.extend(children.into_iter().rev().map(|c| (c, d + 1)));
        }
    }

    /// The KPIs measuring `goal`.
    pub fn kpis_of<'a>(&'a self, goal: &'a Id) -> impl Iterator<Item = &'a Kpi> + 'a {
        self.kpis.iter().map(std::sync::Arc::as_ref).filter(move |k| &k.goal == goal)
    }

    /// The tasks that serve `goal`.
    pub fn tasks_for_goal<'a>(&'a self, goal: &'a Id) -> impl Iterator<Item = &'a super::Task> + 'a {
        self.tasks.iter().map(std::sync::Arc::as_ref).filter(move |t| t.goals.contains(goal))
    }

    /// Adds a goal under `parent` (or at the top) and returns its id. A sub-goal is placed
    /// after its parent's existing sub-goals.
    pub fn add_goal(&mut self, parent: Option<Id>) -> Id {
        let id = self.new_id(super::Kind::Goal);
        let at = match &parent {
            Some(p) => self
                .goals
                .iter()
                .rposition(|g| &g.id == p || g.parent.as_ref() == Some(p))
                .map_or(self.goals.len(), |i| i + 1),
            None => self.goals.len(),
        };
        let title = if parent.is_some() { "New sub-goal" } else { "New goal" };
        self.goals.insert(
            at,
            std::sync::Arc::new(Goal { id: id.clone(), title: title.to_owned(), parent, ..Goal::default() }),
        );
        id
    }

    /// Deletes a goal with its KPIs. Its sub-goals move up to its parent, and tasks stop
    /// linking to it. Returns the removed goal.
    pub fn delete_goal(&mut self, id: &Id) -> Option<std::sync::Arc<Goal>> {
        let index = self.goals.iter().position(|g| &g.id == id)?;
        let removed = self.goals.remove(index);
        let parent = removed.parent.clone();
        super::team::update_where(
            &mut self.goals,
            |g| g.parent.as_ref() == Some(id),
            |g| g.parent.clone_from(&parent),
        );
        self.kpis.retain(|k| &k.goal != id);
        super::team::update_where(&mut self.tasks, |t| t.goals.contains(id), |t| t.goals.retain(|g| g != id));
        self.workshop.votes.retain(|v| &v.item != id);
        Some(removed)
    }

    /// Adds a KPI to `goal` and returns its id.
    pub fn add_kpi(&mut self, goal: &Id) -> Id {
        let id = self.new_id(super::Kind::Kpi);
        let at = self.kpis.iter().rposition(|k| &k.goal == goal).map_or(self.kpis.len(), |i| i + 1);
        self.kpis.insert(
            at,
            std::sync::Arc::new(Kpi {
                id: id.clone(),
                goal: goal.clone(),
                name: "New KPI".to_owned(),
                target: 100.0,
                ..Kpi::default()
            }),
        );
        id
    }

    /// Deletes a KPI; returns it.
    pub fn delete_kpi(&mut self, id: &Id) -> Option<std::sync::Arc<Kpi>> {
        let index = self.kpis.iter().position(|k| &k.id == id)?;
        Some(self.kpis.remove(index))
    }
}
