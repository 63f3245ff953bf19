//! Where the organisation stands: maturity (framework C), integration (framework D) and the
//! ten-step checklist (framework A).

use super::Date;
use serde::{Deserialize, Serialize};

/// A stage of the ten-stage maturity ladder with its named activities.
pub struct MaturityStage {
    /// 1 to 10.
    pub number: u8,
    pub name: &'static str,
    /// Stable keys of the stage's activities, as stored in the file.
    pub activities: &'static [&'static str],
}

/// The ten stages of social media maturity, lowest first.
pub const MATURITY_STAGES: [MaturityStage; 10] = [
    MaturityStage { number: 1, name: "Observe and report", activities: &["listening", "reporting"] },
    MaturityStage { number: 2, name: "Setting the stage", activities: &["presence", "analysis"] },
    MaturityStage {
        number: 3,
        name: "Socialising media",
        activities: &["conversation", "rapid_response", "metrics"],
    },
    MaturityStage {
        number: 4,
        name: "Finding a voice and a purpose",
        activities: &["research", "strategic_visibility", "relevance"],
    },
    MaturityStage { number: 5, name: "Putting words into action", activities: &["empathy", "purpose"] },
    MaturityStage {
        number: 6,
        name: "Humanising the brand, defining the experience",
        activities: &["branding", "experience"],
    },
    MaturityStage { number: 7, name: "Community", activities: &["community_building"] },
    MaturityStage {
        number: 8,
        name: "Adaptation inside",
        activities: &["adaptation", "organisational_transformation"],
    },
    MaturityStage { number: 9, name: "Socialising business processes", activities: &["social_crm"] },
    MaturityStage { number: 10, name: "Business performance metrics", activities: &["roi"] },
];

/// A human label for a maturity activity key ("rapid_response" → "Rapid response").
pub fn activity_label(key: &str) -> String {
    let spaced = key.replace('_', " ");
    match key {
        "social_crm" => "Social CRM".to_owned(),
        "roi" => "ROI".to_owned(),
        "community_building" => "Community building and recruitment".to_owned(),
        _ => {
            let mut chars = spaced.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
        }
    }
}

/// Every assessment that frames the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Assessment {
    /// Ratings of maturity activities, one per rated activity.
    pub maturity: Vec<ActivityRating>,
    /// The current rating of each type of integration.
    pub integration: Vec<IntegrationRating>,
    /// The ten-step checklist, one entry per step that has a status or note.
    pub checklist: Vec<ChecklistEntry>,
    /// Dated copies of the integration ratings, oldest first, to compare year on year.
    pub history: Vec<IntegrationRecord>,
}

/// The self-assessed state of one maturity activity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ActivityRating {
    /// An activity key from [`MATURITY_STAGES`].
    pub activity: String,
    pub rating: ActivityLevel,
    pub evidence: String,
    pub date: Option<Date>,
}

/// How established a maturity activity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub enum ActivityLevel {
    #[default]
    NotStarted,
    Emerging,
    Established,
}

/// The five types of integration (framework D).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IntegrationType {
    PaidOwnedEarned,
    GlobalLocal,
    AcrossEnterprise,
    InsideOutside,
    InsideEveryJob,
}

impl IntegrationType {
    /// Every type, in the framework's order.
    pub const ALL: [IntegrationType; 5] = [
        IntegrationType::PaidOwnedEarned,
        IntegrationType::GlobalLocal,
        IntegrationType::AcrossEnterprise,
        IntegrationType::InsideOutside,
        IntegrationType::InsideEveryJob,
    ];

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            IntegrationType::PaidOwnedEarned => "Paid, owned and earned media",
            IntegrationType::GlobalLocal => "Global and local",
            IntegrationType::AcrossEnterprise => "Across the enterprise",
            IntegrationType::InsideOutside => "Inside and outside the organisation",
            IntegrationType::InsideEveryJob => "Inside every job",
        }
    }
}

/// The rating scale for integration, 1 ("just a start") to 5 ("big gains").
pub const INTEGRATION_SCALE: [&str; 5] =
    ["Just a start", "Early progress", "Somewhere in the middle", "Well advanced", "Big gains"];

/// One type of integration, rated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IntegrationRating {
    pub kind: IntegrationType,
    /// 1 to 5 on [`INTEGRATION_SCALE`].
    pub rating: u8,
    #[serde(default)]
    pub notes: String,
}

/// A dated copy of the integration ratings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct IntegrationRecord {
    pub date: Date,
    pub ratings: Vec<IntegrationRating>,
}

/// The ten steps of framework A, in order.
pub const TEN_STEPS: [&str; 10] = [
    "One digital strategy",
    "The customer's view",
    "Driver, mentor and sponsor",
    "A working group of department leads",
    "Clear goals",
    "A manifesto of shared beliefs",
    "A three-year rolling plan",
    "The plan segmented by stakeholder",
    "An empowered cross-silo team",
    "An outside expert",
];

/// The status of one of the ten steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ChecklistEntry {
    /// 1 to 10, an index into [`TEN_STEPS`] plus one.
    pub step: u8,
    pub status: StepStatus,
    pub note: String,
}

/// Progress on one of the ten steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum StepStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}
