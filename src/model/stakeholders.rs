//! Stakeholders and the channel ecosystem (framework A, step 8).

use super::Id;
use serde::{Deserialize, Serialize};

/// An internal or external stakeholder segment and how the plan serves it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Stakeholder {
    pub id: Id,
    pub name: String,
    pub side: Side,
    /// A free grouping ("Customers", "Media", "Staff").
    pub segment: String,
    /// Influence over the plan's success, 1 (low) to 5 (high).
    pub influence: u8,
    /// Interest in the plan, 1 (low) to 5 (high).
    pub interest: u8,
    /// Not placed on the influence/interest map yet: a new stakeholder waits beside the map
    /// until someone drags it to where it belongs (its influence and interest are not yet known).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unplaced: bool,
    pub engagement_now: Engagement,
    pub engagement_target: Engagement,
    /// What they need from us.
    pub needs: String,
    /// How those needs are best served.
    pub how_served: String,
    /// Channels of the digital ecosystem that serve them.
    pub channels: Vec<Id>,
    pub content_strategy: String,
    /// The department that serves them internally.
    pub department: Option<Id>,
    /// The person who owns the relationship.
    pub owner: Option<Id>,
    /// How we keep learning and optimising.
    pub learning: String,
    /// The metrics that matter, one per line.
    pub metrics: String,
    /// Who the owner is accountable to.
    pub accountable_to: Option<Id>,
    pub notes: String,
}

/// Whether a stakeholder is inside or outside the organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Side {
    Internal,
    #[default]
    External,
}

impl Side {
    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            Side::Internal => "Internal",
            Side::External => "External",
        }
    }
}

/// How engaged a stakeholder is with the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub enum Engagement {
    #[default]
    Unaware,
    Resistant,
    Neutral,
    Supportive,
    Leading,
}

impl Engagement {
    /// Every level, from least to most engaged.
    pub const ALL: [Engagement; 5] = [
        Engagement::Unaware,
        Engagement::Resistant,
        Engagement::Neutral,
        Engagement::Supportive,
        Engagement::Leading,
    ];

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            Engagement::Unaware => "Unaware",
            Engagement::Resistant => "Resistant",
            Engagement::Neutral => "Neutral",
            Engagement::Supportive => "Supportive",
            Engagement::Leading => "Leading",
        }
    }
}

/// A presence in the digital ecosystem (a site, a social account, a newsletter…).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Channel {
    pub id: Id,
    pub name: String,
    pub media: Media,
    /// The department that runs it.
    pub department: Option<Id>,
    pub url: String,
}

/// Paid, owned or earned media.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Media {
    Paid,
    #[default]
    Owned,
    Earned,
}

impl Media {
    /// Every kind of media.
    pub const ALL: [Media; 3] = [Media::Paid, Media::Owned, Media::Earned];

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            Media::Paid => "Paid",
            Media::Owned => "Owned",
            Media::Earned => "Earned",
        }
    }
}
