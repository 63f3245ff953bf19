//! Workshop mode's saved settings: the agenda of slides (order, hidden slides) and dot voting
//! on proposals (manifesto beliefs).

use super::{BeliefStatus, Id, Plan, Vote, set_dots};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// What a facilitator keeps in the plan for presenting it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workshop {
    /// The slides in the order they are shown. Slides missing here are shown after these;
    /// unknown keys (from a newer Tenstep) are kept but not shown.
    pub agenda: Vec<AgendaItem>,
    /// How many dots each person may place when voting on proposals.
    pub dots_per_person: u32,
    /// What the voting slide puts to a vote (see [`VoteOn::key`]); beliefs when unknown.
    pub vote_on: String,
    /// Dots on goals and stakeholders (a belief keeps its own, in the manifesto).
    pub votes: Vec<ItemVotes>,
    /// The people in the room, who vote (the voting slide's Tab walks them), in the plan's
    /// order of people; empty: the working group (see [`voters`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub voters: Vec<Id>,
}

/// The dots people placed on one goal or stakeholder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ItemVotes {
    pub item: Id,
    pub votes: Vec<Vote>,
}

/// The lists a workshop can vote on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteOn {
    /// The manifesto's proposed beliefs (or all that are not dropped, when none is proposed).
    Beliefs,
    /// The goals: which matters most.
    Goals,
    /// The stakeholders: whom to serve first.
    Stakeholders,
}

impl VoteOn {
    /// Every list, in menu order.
    pub const ALL: [VoteOn; 3] = [VoteOn::Beliefs, VoteOn::Goals, VoteOn::Stakeholders];

    /// The key saved in the file.
    pub fn key(self) -> &'static str {
        match self {
            VoteOn::Beliefs => "beliefs",
            VoteOn::Goals => "goals",
            VoteOn::Stakeholders => "stakeholders",
        }
    }

    /// What the list is called.
    pub fn label(self) -> &'static str {
        match self {
            VoteOn::Beliefs => "Proposed beliefs",
            VoteOn::Goals => "Goals",
            VoteOn::Stakeholders => "Stakeholders",
        }
    }
}

impl Default for Workshop {
    fn default() -> Self {
        Self {
            agenda: SlideKind::ALL
                .iter()
                .map(|&kind| AgendaItem { slide: kind.key().to_owned(), hidden: false })
                .collect(),
            dots_per_person: DEFAULT_DOTS,
            vote_on: VoteOn::Beliefs.key().to_owned(),
            votes: Vec::new(),
            voters: Vec::new(),
        }
    }
}

/// The dots per person a new plan votes with.
pub const DEFAULT_DOTS: u32 = 3;

/// The most dots a person can be given (the number keys and the bars stay readable).
pub const MAX_DOTS: u32 = 20;

/// One slide of the agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AgendaItem {
    /// The slide's key, e.g. `"manifesto"` (see [`SlideKind::key`]).
    pub slide: String,
    /// Left out when presenting.
    pub hidden: bool,
}

/// The kinds of slide a plan can be presented with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlideKind {
    Overview,
    Goals,
    Manifesto,
    Voting,
    StakeholderMap,
    Segmentation,
    RollingPlan,
    Assessment,
}

impl SlideKind {
    /// Every kind, in the default agenda order.
    pub const ALL: [SlideKind; 8] = [
        SlideKind::Overview,
        SlideKind::Goals,
        SlideKind::Manifesto,
        SlideKind::Voting,
        SlideKind::StakeholderMap,
        SlideKind::Segmentation,
        SlideKind::RollingPlan,
        SlideKind::Assessment,
    ];

    /// The key saved in the file.
    pub fn key(self) -> &'static str {
        match self {
            SlideKind::Overview => "overview",
            SlideKind::Goals => "goals",
            SlideKind::Manifesto => "manifesto",
            SlideKind::Voting => "voting",
            SlideKind::StakeholderMap => "stakeholder_map",
            SlideKind::Segmentation => "segmentation",
            SlideKind::RollingPlan => "rolling_plan",
            SlideKind::Assessment => "assessment",
        }
    }

    /// The kind saved under `key`, if this version knows it.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The slide's title.
    pub fn title(self) -> &'static str {
        match self {
            SlideKind::Overview => "Where the plan stands",
            SlideKind::Goals => "Goals and KPIs",
            SlideKind::Manifesto => "Our manifesto",
            SlideKind::Voting => "Vote on the proposals",
            SlideKind::StakeholderMap => "Stakeholders: influence and interest",
            SlideKind::Segmentation => "Stakeholder segmentation",
            SlideKind::RollingPlan => "The rolling plan",
            SlideKind::Assessment => "Where we are on the maturity ladder",
        }
    }
}

impl Workshop {
    /// What the voting slide votes on.
    pub fn vote_on(&self) -> VoteOn {
        VoteOn::ALL.into_iter().find(|v| v.key() == self.vote_on).unwrap_or(VoteOn::Beliefs)
    }

    /// The agenda as this version shows it: known slides in the saved order (each once), then
    /// any slide the file did not mention, each with whether it is hidden.
    pub fn slides(&self) -> Vec<(SlideKind, bool)> {
        let mut out: Vec<(SlideKind, bool)> = Vec::with_capacity(SlideKind::ALL.len());
        for item in &self.agenda {
            if let Some(kind) = SlideKind::from_key(&item.slide)
                && !out.iter().any(|(k, _)| *k == kind)
            {
                out.push((kind, item.hidden));
            }
        }
        for kind in SlideKind::ALL {
            if !out.iter().any(|(k, _)| *k == kind) {
                out.push((kind, false));
            }
        }
        out
    }

    /// The slides shown, in order (never empty: with every slide hidden, the overview shows).
    pub fn shown_slides(&self) -> Vec<SlideKind> {
        let shown: Vec<SlideKind> =
            self.slides().into_iter().filter(|(_, hidden)| !hidden).map(|(k, _)| k).collect();
        if shown.is_empty() { vec![SlideKind::Overview] } else { shown }
    }

    /// Saves `slides` as the agenda, keeping unknown keys from a newer version at the end.
    pub fn set_slides(&mut self, slides: &[(SlideKind, bool)]) {
        let unknown: Vec<AgendaItem> =
            self.agenda.iter().filter(|item| SlideKind::from_key(&item.slide).is_none()).cloned().collect();
        self.agenda = slides
            .iter()
            .map(|&(kind, hidden)| AgendaItem { slide: kind.key().to_owned(), hidden })
            .chain(unknown)
            .collect();
    }

    /// Moves the slide at `from` (in [`Workshop::slides`] order) to `to`.
    pub fn move_slide(&mut self, from: usize, to: usize) {
        let mut slides = self.slides();
        if from < slides.len() && to < slides.len() {
            let slide = slides.remove(from);
            slides.insert(to, slide);
            self.set_slides(&slides);
        }
    }

    /// Shows or hides `kind`.
    pub fn set_hidden(&mut self, kind: SlideKind, hidden: bool) {
        let mut slides = self.slides();
        for slide in &mut slides {
            if slide.0 == kind {
                slide.1 = hidden;
            }
        }
        self.set_slides(&slides);
    }
}

/// The proposals put to a vote, in plan order: by [`Workshop::vote_on`], the proposed beliefs
/// of the manifesto (or every belief that is not dropped, when none is proposed), the goals or
/// the stakeholders.
pub fn proposals(plan: &Plan) -> Vec<Id> {
    match plan.workshop.vote_on() {
        VoteOn::Beliefs => {
            let beliefs = &plan.manifesto.beliefs;
            let proposed: Vec<Id> =
                beliefs.iter().filter(|b| b.status == BeliefStatus::Proposed).map(|b| b.id.clone()).collect();
            if proposed.is_empty() {
                beliefs.iter().filter(|b| b.status != BeliefStatus::Dropped).map(|b| b.id.clone()).collect()
            } else {
                proposed
            }
        }
        VoteOn::Goals => plan.goals.iter().map(|g| g.id.clone()).collect(),
        VoteOn::Stakeholders => plan.stakeholders.iter().map(|s| s.id.clone()).collect(),
    }
}

/// The people who vote, in plan order: those [`Workshop::voters`] says are in the room (people
/// since deleted left out), or the working group when it names nobody who is still in the plan.
pub fn voters(plan: &Plan) -> Vec<Id> {
    let chosen = &plan.workshop.voters;
    let in_room: Vec<Id> =
        plan.people.iter().filter(|p| chosen.contains(&p.id)).map(|p| p.id.clone()).collect();
    if in_room.is_empty() { plan.working_group_members().map(|p| p.id.clone()).collect() } else { in_room }
}

/// Says whether `person` is in the room and votes. The last voter stays (a vote needs someone).
/// Returns whether anything changed.
pub fn set_voter(plan: &mut Plan, person: &Id, votes: bool) -> bool {
    let mut now = voters(plan);
    if plan.person(person).is_none() || now.contains(person) == votes || (!votes && now.len() == 1) {
        return false;
    }
    if votes {
        now.push(person.clone());
    } else {
        now.retain(|v| v != person);
    }
    plan.workshop.voters = plan.people.iter().filter(|p| now.contains(&p.id)).map(|p| p.id.clone()).collect();
    true
}

/// A proposal's text: a belief's statement, a goal's title, a stakeholder's name.
pub fn proposal_text(plan: &Plan, id: &Id) -> String {
    if let Some(b) = plan.manifesto.beliefs.iter().find(|b| &b.id == id) {
        return b.statement.clone();
    }
    if let Some(g) = plan.goals.iter().find(|g| &g.id == id) {
        return g.title.clone();
    }
    plan.stakeholders.iter().find(|s| &s.id == id).map_or_else(String::new, |s| s.name.clone())
}

/// The votes on one proposal.
pub fn votes_on<'a>(plan: &'a Plan, item: &Id) -> &'a [Vote] {
    if let Some(b) = plan.manifesto.beliefs.iter().find(|b| &b.id == item) {
        return &b.votes;
    }
    plan.workshop.votes.iter().find(|v| &v.item == item).map_or(&[], |v| &v.votes)
}

/// The dots `person` has placed on `among` (the proposals being voted on).
pub fn dots_placed(plan: &Plan, person: &Id, among: &[Id]) -> u32 {
    // Saturating: a file can say anything, even more dots than a u32 holds in total.
    among
        .iter()
        .flat_map(|id| votes_on(plan, id))
        .filter(|v| &v.person == person)
        .fold(0u32, |sum, v| sum.saturating_add(v.dots))
}

/// The dots on one proposal, from everyone.
pub fn tally(plan: &Plan, item: &Id) -> u32 {
    votes_on(plan, item).iter().fold(0u32, |sum, v| sum.saturating_add(v.dots))
}

/// Gives (`add`) or takes back (`!add`) one of `person`'s dots on `item`, within their budget
/// of [`Workshop::dots_per_person`] over `among`. Returns whether anything changed.
pub fn cast_dot(plan: &mut Plan, person: &Id, item: &Id, among: &[Id], add: bool) -> bool {
    if plan.person(person).is_none() || !among.contains(item) {
        return false;
    }
    if add && dots_placed(plan, person, among) >= plan.workshop.dots_per_person {
        return false;
    }
    let current = votes_on(plan, item).iter().find(|v| &v.person == person).map_or(0, |v| v.dots);
    if !add && current == 0 {
        return false;
    }
    let dots = if add { current + 1 } else { current - 1 };
    if let Some(belief) = plan.manifesto.beliefs.iter_mut().find(|b| &b.id == item) {
        set_dots(&mut Arc::make_mut(belief).votes, person, dots, &plan.people);
        return true;
    }
    let votes = &mut plan.workshop.votes;
    let index = match votes.iter().position(|v| &v.item == item) {
        Some(index) => index,
        None => {
            votes.push(ItemVotes { item: item.clone(), votes: Vec::new() });
            votes.len() - 1
        }
    };
    set_dots(&mut votes[index].votes, person, dots, &plan.people);
    votes.retain(|v| !v.votes.is_empty());
    true
}

/// Takes back every dot placed on `among` (a new round of voting).
pub fn clear_votes(plan: &mut Plan, among: &[Id]) {
    for belief in &mut plan.manifesto.beliefs {
        if among.contains(&belief.id) && !belief.votes.is_empty() {
            Arc::make_mut(belief).votes.clear();
        }
    }
    plan.workshop.votes.retain(|v| !among.contains(&v.item));
}
