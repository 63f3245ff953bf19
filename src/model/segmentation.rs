//! Rules about stakeholders: the gaps every stakeholder must close, and where each sits on the
//! influence/interest grid.

use super::{Channel, Id, Kind, Media, Plan, Side, Stakeholder};
use std::sync::Arc;

/// Something a stakeholder's segmentation still lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gap {
    /// No channel of the ecosystem serves them.
    NoChannel,
    /// No metric says whether they are served.
    NoMetric,
    /// Nobody owns the relationship.
    NoOwner,
}

impl Gap {
    /// Every gap, in the order they are reported.
    pub const ALL: [Gap; 3] = [Gap::NoChannel, Gap::NoMetric, Gap::NoOwner];

    /// A short label ("no channel").
    pub fn label(self) -> &'static str {
        match self {
            Gap::NoChannel => "no channel",
            Gap::NoMetric => "no metric",
            Gap::NoOwner => "no owner",
        }
    }

    /// The field (the segmentation matrix's column title) where the gap is closed.
    pub fn field(self) -> &'static str {
        match self {
            Gap::NoChannel => "Channels",
            Gap::NoMetric => "Metrics",
            Gap::NoOwner => "Owner",
        }
    }
}

/// The gaps of one stakeholder. A channel or owner id that does not exist counts as missing.
pub fn gaps(plan: &Plan, stakeholder: &Stakeholder) -> Vec<Gap> {
    let mut out = Vec::new();
    let served = stakeholder.channels.iter().any(|c| plan.channels.iter().any(|ch| &ch.id == c));
    if !served {
        out.push(Gap::NoChannel);
    }
    if stakeholder.metrics.trim().is_empty() {
        out.push(Gap::NoMetric);
    }
    if stakeholder.owner.as_ref().is_none_or(|o| plan.person(o).is_none()) {
        out.push(Gap::NoOwner);
    }
    out
}

/// How many stakeholders have each gap, in [`Gap::ALL`] order.
pub fn gap_counts(plan: &Plan) -> [(Gap, usize); 3] {
    let mut counts = Gap::ALL.map(|g| (g, 0));
    for s in &plan.stakeholders {
        for gap in gaps(plan, s) {
            if let Some(entry) = counts.iter_mut().find(|(g, _)| *g == gap) {
                entry.1 += 1;
            }
        }
    }
    counts
}

/// The four quadrants of the influence/interest grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High influence, high interest.
    ManageClosely,
    /// High influence, low interest.
    KeepSatisfied,
    /// Low influence, high interest.
    KeepInformed,
    /// Low influence, low interest.
    Monitor,
}

impl Quadrant {
    /// Where a stakeholder with this influence and interest (1 to 5) sits; 3 and above is high.
    pub fn of(influence: u8, interest: u8) -> Self {
        match (influence >= 3, interest >= 3) {
            (true, true) => Quadrant::ManageClosely,
            (true, false) => Quadrant::KeepSatisfied,
            (false, true) => Quadrant::KeepInformed,
            (false, false) => Quadrant::Monitor,
        }
    }

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            Quadrant::ManageClosely => "Manage closely",
            Quadrant::KeepSatisfied => "Keep satisfied",
            Quadrant::KeepInformed => "Keep informed",
            Quadrant::Monitor => "Monitor",
        }
    }
}

impl Plan {
    /// The index of the stakeholder with `id`.
    pub fn stakeholder_index(&self, id: &Id) -> Option<usize> {
        self.stakeholders.iter().position(|s| &s.id == id)
    }

    /// Adds a stakeholder after `after` (or at the end) and returns its id.
    pub fn add_stakeholder(&mut self, side: Side, after: Option<&Id>) -> Id {
        let id = self.new_id(Kind::Stakeholder);
        let stakeholder = Stakeholder {
            id: id.clone(),
            name: if side == Side::Internal {
                "New internal stakeholder"
            } else {
                "New external stakeholder"
            }
            .to_owned(),
            side,
            influence: 3,
            interest: 3,
            unplaced: true,
            ..Stakeholder::default()
        };
        let at = after.and_then(|a| self.stakeholder_index(a)).map_or(self.stakeholders.len(), |i| i + 1);
        self.stakeholders.insert(at, Arc::new(stakeholder));
        id
    }

    /// Copies a stakeholder (with a new id and "(copy)" in its name) right after it.
    pub fn duplicate_stakeholder(&mut self, id: &Id) -> Option<Id> {
        let index = self.stakeholder_index(id)?;
        let new_id = self.new_id(Kind::Stakeholder);
        let mut copy = self.stakeholders[index].as_ref().clone();
        copy.id = new_id.clone();
        copy.name = format!("{} (copy)", copy.name);
        self.stakeholders.insert(index + 1, Arc::new(copy));
        Some(new_id)
    }

    /// Deletes a stakeholder and every task's link to it.
    pub fn delete_stakeholder(&mut self, id: &Id) -> Option<Arc<Stakeholder>> {
        let index = self.stakeholder_index(id)?;
        let removed = self.stakeholders.remove(index);
        for task in &mut self.tasks {
            if task.stakeholders.contains(id) {
                Arc::make_mut(task).stakeholders.retain(|s| s != id);
            }
        }
        self.workshop.votes.retain(|v| &v.item != id);
        Some(removed)
    }

    /// Moves a stakeholder up (`-1`) or down (`+1`) the list; false at an end.
    pub fn move_stakeholder(&mut self, id: &Id, step: i64) -> bool {
        let Some(index) = self.stakeholder_index(id) else { return false };
        let target = index as i64 + step;
        if target < 0 || target >= self.stakeholders.len() as i64 {
            return false;
        }
        self.stakeholders.swap(index, target as usize);
        true
    }
}

impl Plan {
    /// Adds a channel at the end of the list and returns its id.
    pub fn add_channel(&mut self, media: Media) -> Id {
        let id = self.new_id(Kind::Channel);
        self.channels.push(Arc::new(Channel {
            id: id.clone(),
            name: "New channel".to_owned(),
            media,
            ..Channel::default()
        }));
        id
    }

    /// Deletes a channel and every stakeholder's link to it.
    pub fn delete_channel(&mut self, id: &Id) -> Option<Arc<Channel>> {
        let index = self.channels.iter().position(|c| &c.id == id)?;
        let removed = self.channels.remove(index);
        for s in &mut self.stakeholders {
            if s.channels.contains(id) {
                Arc::make_mut(s).channels.retain(|c| c != id);
            }
        }
        Some(removed)
    }

    /// How many stakeholders each channel serves, in channel order.
    pub fn channel_reach(&self) -> Vec<usize> {
        self.channels
            .iter()
            .map(|c| self.stakeholders.iter().filter(|s| s.channels.contains(&c.id)).count())
            .collect()
    }
}

/// Whether `url` may be opened from a plan: only web addresses (`http://` or `https://`).
pub fn is_openable_url(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && url.len() > "https://".len()
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}
