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
