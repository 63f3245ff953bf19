//! The manifesto of shared beliefs (framework A, step 6).

use super::{Date, Id, List, Person};
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
        self.signatures.iter().map(std::sync::Arc::as_ref).filter(|s| s.revision == self.revision)
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

/// Sets `person`'s dots in `votes` (none removes their vote), keeping the votes in the order of
/// `people` so the file stays stable (votes of people not listed come last).
pub fn set_dots(votes: &mut Vec<Vote>, person: &Id, dots: u32, people: &List<Person>) {
    votes.retain(|v| &v.person != person);
    if dots > 0 {
        votes.push(Vote { person: person.clone(), dots });
        votes.sort_by_key(|v| people.iter().position(|p| p.id == v.person).unwrap_or(usize::MAX));
    }
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

/// Whether a signature signs the manifesto as it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureState {
    Current,
    /// Signed an earlier revision: an agreed belief changed since.
    EarlierVersion,
}

impl Manifesto {
    /// The state of a signature against the current revision.
    pub fn signature_state(&self, signature: &Signature) -> SignatureState {
        if signature.revision >= self.revision {
            SignatureState::Current
        } else {
            SignatureState::EarlierVersion
        }
    }

    /// Call when an agreed belief's text or status changed: if anyone had signed the current
    /// revision, the manifesto moves to a new revision and their signatures become "signed an
    /// earlier version" until renewed. Returns whether the revision moved.
    pub fn note_agreed_change(&mut self) -> bool {
        let signed = self.current_signatures().next().is_some();
        if signed {
            self.revision += 1;
        }
        signed
    }
}

impl super::Plan {
    /// Signs the current revision for `person` on `date`, replacing that person's earlier
    /// signature. Returns the signature's id.
    pub fn sign_manifesto(&mut self, person: &Id, date: Date) -> Id {
        self.manifesto.signatures.retain(|s| &s.person != person);
        let id = self.new_id(super::Kind::Signature);
        let revision = self.manifesto.revision;
        self.manifesto.signatures.push(std::sync::Arc::new(Signature {
            id: id.clone(),
            person: person.clone(),
            date,
            revision,
        }));
        id
    }
}

/// The longest belief statement, in characters (a belief is a sentence or two, not an essay).
pub const STATEMENT_LIMIT: usize = 400;

/// The longest rationale, in characters.
pub const RATIONALE_LIMIT: usize = 2_000;

impl super::Plan {
    /// Adds a proposed belief at the end and returns its id.
    pub fn add_belief(&mut self) -> Id {
        let id = self.new_id(super::Kind::Belief);
        self.manifesto.beliefs.push(std::sync::Arc::new(Belief { id: id.clone(), ..Belief::default() }));
        id
    }

    /// Deletes a belief; deleting an agreed one after signing moves the revision.
    pub fn delete_belief(&mut self, id: &Id) -> Option<std::sync::Arc<Belief>> {
        let index = self.manifesto.beliefs.iter().position(|b| &b.id == id)?;
        let removed = self.manifesto.beliefs.remove(index);
        if removed.status == BeliefStatus::Agreed {
            self.manifesto.note_agreed_change();
        }
        Some(removed)
    }

    /// Moves a belief up (`-1`) or down (`+1`); false at an end.
    pub fn move_belief(&mut self, id: &Id, step: i64) -> bool {
        let Some(index) = self.manifesto.beliefs.iter().position(|b| &b.id == id) else { return false };
        let target = index as i64 + step;
        if target < 0 || target >= self.manifesto.beliefs.len() as i64 {
            return false;
        }
        self.manifesto.beliefs.swap(index, target as usize);
        true
    }

    /// Moves a belief to position `index` (clamped to the list); false if it does not exist.
    pub fn move_belief_to(&mut self, id: &Id, index: usize) -> bool {
        let Some(from) = self.manifesto.beliefs.iter().position(|b| &b.id == id) else { return false };
        let belief = self.manifesto.beliefs.remove(from);
        let to = index.min(self.manifesto.beliefs.len());
        self.manifesto.beliefs.insert(to, belief);
        true
    }
}
