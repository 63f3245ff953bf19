//! The manifesto of shared beliefs (framework A, step 6).

use super::{Date, Id, List};
use serde::{Deserialize, Serialize};

/// The working group's manifesto: a preamble, beliefs and sign-offs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Manifesto {
    pub title: String,
    /// Markdown text before the beliefs.
    pub preamble: String,
    /// Bumped whenever an agreed belief changes after someone signed.
    pub revision: u32,
    pub beliefs: List<Belief>,
    pub signatures: List<Signature>,
}

impl Default for Manifesto {
    fn default() -> Self {
        Self {
            title: "Our manifesto".to_owned(),
            preamble: String::new(),
            revision: 1,
            beliefs: Vec::new(),
            signatures: Vec::new(),
        }
    }
}

impl Manifesto {
    /// Signatures that sign the current revision.
    pub fn current_signatures(&self) -> impl Iterator<Item = &Signature> {
        self.signatures.iter().map(|s| s.as_ref()).filter(|s| s.revision == self.revision)
    }
}

/// One shared belief.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Belief {
    pub id: Id,
    /// The short statement (Markdown).
    pub statement: String,
    /// Why the group believes it (Markdown, optional).
    pub rationale: String,
    pub status: BeliefStatus,
    pub votes: Vec<Vote>,
}

/// Where a belief stands in the group's discussion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum BeliefStatus {
    #[default]
    Proposed,
    Agreed,
    Dropped,
}

impl BeliefStatus {
    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            BeliefStatus::Proposed => "Proposed",
            BeliefStatus::Agreed => "Agreed",
            BeliefStatus::Dropped => "Dropped",
        }
    }
}

/// Dots one person gave a belief.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Vote {
    pub person: Id,
    pub dots: u32,
}

/// A person's sign-off of one manifesto revision.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Signature {
    pub id: Id,
    pub person: Id,
    pub date: Date,
    /// The manifesto revision signed.
    pub revision: u32,
}
