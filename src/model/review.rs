//! Review history: a baseline of the plan at each roll-forward.

use super::{Date, Id};
use crate::model::long_date;
use serde::{Deserialize, Serialize};

/// One review (roll-forward) of the plan, with the baseline taken then.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Review {
    pub id: Id,
    /// When the review happened.
    pub date: Date,
    /// The review date before the roll-forward.
    pub previous_review_date: Date,
    pub note: String,
    /// Every task's dates as they stood at the review.
    pub baseline: Vec<BaselineEntry>,
}

/// A task's dates in a baseline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct BaselineEntry {
    pub task: Id,
    pub start: Date,
    pub end: Date,
}

impl Review {
    /// The review's name: the review date it closed ("Review of 1 Dec 2026"), not the day the
    /// plan was rolled forward.
    pub fn name(&self) -> String {
        format!("Review of {}", long_date(self.previous_review_date))
    }
}
