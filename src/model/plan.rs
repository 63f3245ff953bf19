//! The plan document: metadata and every entity list.

use super::{
    Assessment, Channel, Date, Department, Goal, Id, Kind, Kpi, List, Manifesto, Person, Review, Stakeholder,
    Task, WorkingGroup, Workshop, Workstream,
};
use serde::{Deserialize, Serialize};

/// The file format version this build writes.
pub const FORMAT_VERSION: u32 = 4;

/// The default planning horizon in years.
pub const DEFAULT_HORIZON_YEARS: u8 = 3;

/// A whole plan: what one `.ron` file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// Always first in the file; see [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The plan's identity across emailed copies.
    pub id: String,
    /// The counter new ids are made from; only ever grows.
    pub next_id: u64,
    pub meta: Meta,
    pub departments: List<Department>,
    pub people: List<Person>,
    pub working_group: WorkingGroup,
    pub goals: List<Goal>,
    pub kpis: List<Kpi>,
    pub manifesto: Manifesto,
    pub workstreams: List<Workstream>,
    pub tasks: List<Task>,
    pub stakeholders: List<Stakeholder>,
    pub channels: List<Channel>,
    pub assessment: Assessment,
    pub reviews: List<Review>,
    /// The workshop agenda and voting settings (format version 3).
    pub workshop: Workshop,
}

/// Plan metadata.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meta {
    pub title: String,
    pub organisation: String,
    pub author: String,
    pub created: Date,
    pub modified: Date,
    /// The first day of the plan's horizon.
    pub plan_start: Date,
    /// How many years the plan covers (three by default).
    pub horizon_years: u8,
    /// The current review date: monthly detail for the 12 months after it.
    pub review_date: Date,
}

impl Default for Meta {
    fn default() -> Self {
        let day = Date::default();
        Self {
            title: String::new(),
            organisation: String::new(),
            author: String::new(),
            created: day,
            modified: day,
            plan_start: day,
            horizon_years: DEFAULT_HORIZON_YEARS,
            review_date: day,
        }
    }
}

impl Default for Plan {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            id: String::new(),
            next_id: 1,
            meta: Meta::default(),
            departments: Vec::new(),
            people: Vec::new(),
            working_group: WorkingGroup::default(),
            goals: Vec::new(),
            kpis: Vec::new(),
            manifesto: Manifesto::default(),
            workstreams: Vec::new(),
            tasks: Vec::new(),
            stakeholders: Vec::new(),
            channels: Vec::new(),
            assessment: Assessment::default(),
            reviews: Vec::new(),
            workshop: Workshop::default(),
        }
    }
}

impl Plan {
    /// A blank plan starting on the first of `today`'s month, with a fresh plan id.
    ///
    /// `seed` makes the plan id unique (pass e.g. the current time in nanoseconds).
    pub fn blank(today: Date, seed: u64) -> Self {
        let start = first_of_month(today);
        Self {
            id: plan_id(today, seed),
            meta: Meta {
                title: "Untitled plan".to_owned(),
                created: today,
                modified: today,
                plan_start: start,
                review_date: start,
                ..Meta::default()
            },
            ..Self::default()
        }
    }

    /// The last day of the rolling horizon (inclusive): `horizon_years` from the month of the
    /// current review date (or of the plan start, if that is later). Rolling the plan forward
    /// moves the review date, and so the horizon, forward.
    pub fn horizon_end(&self) -> Date {
        let years = u32::from(self.meta.horizon_years.max(1));
        let from = first_of_month(self.meta.review_date.max(self.meta.plan_start));
        from.checked_add_months(chrono::Months::new(12 * years)).and_then(|d| d.pred_opt()).unwrap_or(from)
    }

    /// The dates a chart of the plan covers: the plan start (or the earliest task) to the end of
    /// the horizon (or the latest task).
    pub fn chart_range(&self) -> (Date, Date) {
        let earliest = self.tasks.iter().map(|t| t.start).min().unwrap_or(self.meta.plan_start);
        let latest = self.tasks.iter().map(|t| t.end).max().unwrap_or_else(|| self.horizon_end());
        (earliest.min(self.meta.plan_start), latest.max(self.horizon_end()))
    }

    /// Makes a new id of `kind`, unique in this plan, and advances the counter.
    pub fn new_id(&mut self, kind: Kind) -> Id {
        loop {
            let id = Id(format!("{}-{:04}", kind.prefix(), self.next_id));
            self.next_id += 1;
            if !self.id_in_use(kind, &id) {
                return id;
            }
        }
    }

    fn id_in_use(&self, kind: Kind, id: &Id) -> bool {
        fn has<T>(list: &List<T>, id: &Id, get: impl Fn(&T) -> &Id) -> bool {
            list.iter().any(|e| get(e) == id)
        }
        match kind {
            Kind::Department => has(&self.departments, id, |e| &e.id),
            Kind::Person => has(&self.people, id, |e| &e.id),
            Kind::Goal => has(&self.goals, id, |e| &e.id),
            Kind::Kpi => has(&self.kpis, id, |e| &e.id),
            Kind::Belief => has(&self.manifesto.beliefs, id, |e| &e.id),
            Kind::Signature => has(&self.manifesto.signatures, id, |e| &e.id),
            Kind::Workstream => has(&self.workstreams, id, |e| &e.id),
            Kind::Task => has(&self.tasks, id, |e| &e.id),
            Kind::Stakeholder => has(&self.stakeholders, id, |e| &e.id),
            Kind::Channel => has(&self.channels, id, |e| &e.id),
            Kind::Review => has(&self.reviews, id, |e| &e.id),
        }
    }

    /// The person with this id.
    pub fn person(&self, id: &Id) -> Option<&Person> {
        self.people.iter().map(std::sync::Arc::as_ref).find(|p| &p.id == id)
    }

    /// The department with this id.
    pub fn department(&self, id: &Id) -> Option<&Department> {
        self.departments.iter().map(std::sync::Arc::as_ref).find(|d| &d.id == id)
    }

    /// Milestones only.
    pub fn milestones(&self) -> impl Iterator<Item = &Task> {
        self.tasks.iter().map(std::sync::Arc::as_ref).filter(|t| t.milestone)
    }
}

/// How dates read everywhere in the app and its exports: "3 Dec 2026".
pub const DATE_FORMAT: &str = "%-d %b %Y";

/// `date` as people read it: "3 Dec 2026".
pub fn long_date(date: Date) -> String {
    date.format(DATE_FORMAT).to_string()
}

/// The first day of `date`'s month.
pub fn first_of_month(date: Date) -> Date {
    use chrono::Datelike;
    date.with_day(1).unwrap_or(date)
}

/// A plan id from a date and a seed: `plan-20261122-3f9a1c2e`.
pub fn plan_id(today: Date, seed: u64) -> String {
    // A cheap mix so consecutive seeds give unrelated-looking ids.
    let mut x = seed ^ 0x9e37_79b9_7f4a_7c15;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    format!("plan-{}-{:08x}", today.format("%Y%m%d"), x as u32)
}
