//! The organisation: departments, people and the working group.

use super::{Date, Id};
use serde::{Deserialize, Serialize};

/// A department (a "silo") of the organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Department {
    pub id: Id,
    pub name: String,
    /// Colour as `#rrggbb`, used for swimlanes and badges.
    pub color: String,
    /// Whether its teams face customers (HR, Sales, Customer Service…).
    pub customer_facing: bool,
}

/// A person, usually a working-group member.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Person {
    pub id: Id,
    pub name: String,
    pub department: Option<Id>,
    /// Job title, free text ("Head of PR").
    pub title: String,
    pub email: String,
    pub role: Role,
}

/// A person's role in the working group (framework A, steps 3, 4 and 10).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Role {
    /// The digital expert who drives the work.
    Driver,
    /// An enlightened silo lead who mentors.
    Mentor,
    /// The executive sponsor, ideally C-suite.
    Sponsor,
    /// A department lead in the working group.
    #[default]
    Member,
    /// The outside expert who guides the process.
    OutsideExpert,
    /// Not in the working group (an owner or contact only).
    Contributor,
}

impl Role {
    /// Every role, in display order.
    pub const ALL: [Role; 6] =
        [Role::Driver, Role::Mentor, Role::Sponsor, Role::Member, Role::OutsideExpert, Role::Contributor];

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            Role::Driver => "Driver",
            Role::Mentor => "Mentor",
            Role::Sponsor => "Sponsor",
            Role::Member => "Member",
            Role::OutsideExpert => "Outside expert",
            Role::Contributor => "Contributor",
        }
    }
}

/// The cross-silo working group's mandate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct WorkingGroup {
    /// What the group is empowered to decide and deliver.
    pub mandate: String,
    /// The agreed deadline for the group's first deliverable.
    pub deadline: Option<Date>,
}
