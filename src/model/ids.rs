//! Stable entity identities.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The stable identity of an entity, unique within its kind, e.g. `t-0042`.
///
/// Ids never change once given; references between entities are ids.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    /// Makes an id from its text form.
    pub fn new(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    /// The text form of the id.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(text: &str) -> Self {
        Self(text.to_owned())
    }
}

/// The kinds of entity a plan holds, each with the prefix of its ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Department,
    Person,
    Goal,
    Kpi,
    Belief,
    Signature,
    Workstream,
    Task,
    Stakeholder,
    Channel,
    Review,
}

impl Kind {
    /// The prefix of this kind's ids (`t` for tasks gives `t-0001`).
    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Department => "d",
            Kind::Person => "p",
            Kind::Goal => "g",
            Kind::Kpi => "k",
            Kind::Belief => "b",
            Kind::Signature => "sig",
            Kind::Workstream => "w",
            Kind::Task => "t",
            Kind::Stakeholder => "s",
            Kind::Channel => "c",
            Kind::Review => "r",
        }
    }

    /// A lower-case noun for messages ("task", "stakeholder").
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Department => "department",
            Kind::Person => "person",
            Kind::Goal => "goal",
            Kind::Kpi => "KPI",
            Kind::Belief => "belief",
            Kind::Signature => "signature",
            Kind::Workstream => "workstream",
            Kind::Task => "task",
            Kind::Stakeholder => "stakeholder",
            Kind::Channel => "channel",
            Kind::Review => "review",
        }
    }
}
