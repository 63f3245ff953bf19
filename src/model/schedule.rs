//! Workstreams, tasks and milestones of the three-year rolling plan (framework A, step 7).

use super::{Date, Id};
use serde::{Deserialize, Serialize};

/// A swimlane of related work, usually led by one department.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Workstream {
    pub id: Id,
    pub name: String,
    pub description: String,
    /// Colour as `#rrggbb`.
    pub color: String,
    pub lead: Option<Id>,
    /// The phase of framework B this workstream serves.
    pub phase: Option<Phase>,
}

/// The three phases of escalating integration (framework B).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phase {
    StrategyAndDevelopment,
    OperationalDevelopment,
    ManagementAndExecution,
}

impl Phase {
    /// Every phase, in order.
    pub const ALL: [Phase; 3] =
        [Phase::StrategyAndDevelopment, Phase::OperationalDevelopment, Phase::ManagementAndExecution];

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            Phase::StrategyAndDevelopment => "Strategy and development",
            Phase::OperationalDevelopment => "Operational development",
            Phase::ManagementAndExecution => "Management and execution",
        }
    }
}

/// A task or milestone on the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Task {
    pub id: Id,
    pub workstream: Id,
    pub name: String,
    /// A milestone is a point in time: `start == end`.
    pub milestone: bool,
    pub start: Date,
    /// The last day of the task (inclusive).
    pub end: Date,
    pub owner: Option<Id>,
    pub department: Option<Id>,
    /// Percent complete, 0–100.
    pub progress: u8,
    pub status: TaskStatus,
    /// Finish-to-start: this task starts after each of these ends.
    pub depends_on: Vec<Id>,
    pub goals: Vec<Id>,
    pub stakeholders: Vec<Id>,
    pub notes: String,
    /// The maturity activity (a key of `MATURITY_STAGES`) this task works toward, when it was
    /// created to close a gap found by the assessment. Added in format version 2.
    pub maturity_activity: Option<String>,
}

impl Task {
    /// Length in days, counting both ends (a milestone lasts one day).
    pub fn duration_days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }
}

/// A task's status as reported by its owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum TaskStatus {
    #[default]
    NotStarted,
    OnTrack,
    AtRisk,
    Late,
    Done,
}

impl TaskStatus {
    /// Every status, in order.
    pub const ALL: [TaskStatus; 5] =
        [TaskStatus::NotStarted, TaskStatus::OnTrack, TaskStatus::AtRisk, TaskStatus::Late, TaskStatus::Done];

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "Not started",
            TaskStatus::OnTrack => "On track",
            TaskStatus::AtRisk => "At risk",
            TaskStatus::Late => "Late",
            TaskStatus::Done => "Done",
        }
    }
}
