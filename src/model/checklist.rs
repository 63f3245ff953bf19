//! The ten-step checklist (framework A), derived from the plan wherever the plan already
//! holds a step's outcome, and coverage of the three phases (framework B).

use super::{
    BeliefStatus, Date, Phase, Plan, Role, Side, StepStatus, TEN_STEPS, TaskStatus, TeamWarning, gaps,
};

/// One step of the checklist as it stands.
#[derive(Clone, Debug, PartialEq)]
pub struct StepState {
    /// 1 to 10.
    pub step: u8,
    pub title: &'static str,
    pub status: StepStatus,
    /// Why the status is what it is, when the plan decides it (it cannot then be typed).
    pub derived: Option<String>,
    /// The user's note (kept for every step).
    pub note: String,
}

impl StepStatus {
    /// Every status, in order.
    pub const ALL: [StepStatus; 3] = [StepStatus::NotStarted, StepStatus::InProgress, StepStatus::Done];

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            StepStatus::NotStarted => "Not started",
            StepStatus::InProgress => "In progress",
            StepStatus::Done => "Done",
        }
    }
}

/// Whether the plan decides a step's status (so the user cannot type it).
pub fn is_derived_step(step: u8) -> bool {
    matches!(step, 3..=8 | 10)
}

impl Plan {
    /// The ten steps in order, each with its status: derived from the plan for steps 3–8 and
    /// 10, typed by the user for the others.
    pub fn checklist(&self) -> Vec<StepState> {
        (1..=10u8)
            .map(|step| {
                let entry = self.assessment.checklist.iter().find(|e| e.step == step);
                let note = entry.map(|e| e.note.clone()).unwrap_or_default();
                let (status, derived) = match self.derive_step(step) {
                    Some((status, why)) => (status, Some(why)),
                    None => (entry.map_or(StepStatus::NotStarted, |e| e.status), None),
                };
                StepState { step, title: TEN_STEPS[usize::from(step) - 1], status, derived, note }
            })
            .collect()
    }

    fn derive_step(&self, step: u8) -> Option<(StepStatus, String)> {
        use StepStatus::{Done, InProgress, NotStarted};
        let graded = |done: bool, started: bool, why: String| {
            (
                if done {
                    Done
                } else if started {
                    InProgress
                } else {
                    NotStarted
                },
                why,
            )
        };
        Some(match step {
            3 => {
                let missing: Vec<&str> = [Role::Driver, Role::Mentor, Role::Sponsor]
                    .into_iter()
                    .filter(|r| !self.people.iter().any(|p| p.role == *r))
                    .map(Role::label)
                    .collect();
                let why = if missing.is_empty() {
                    "Driver, mentor and sponsor are named".to_owned()
                } else {
                    format!("Not yet named: {}", missing.join(", ").to_lowercase())
                };
                graded(missing.is_empty(), missing.len() < 3, why)
            }
            4 => {
                let members = self.working_group_members().count();
                let has_mandate = !self.working_group.mandate.trim().is_empty();
                let has_deadline = self.working_group.deadline.is_some();
                let unrepresented = self
                    .team_warnings()
                    .iter()
                    .filter(|w| matches!(w, TeamWarning::Unrepresented { .. }))
                    .count();
                let mut lacks = Vec::new();
                if members < 3 {
                    lacks.push("at least three members".to_owned());
                }
                if !has_mandate {
                    lacks.push("a mandate".to_owned());
                }
                if !has_deadline {
                    lacks.push("an agreed deadline".to_owned());
                }
                if unrepresented > 0 {
                    lacks.push(format!("{unrepresented} customer-facing department(s) represented"));
                }
                let why = if lacks.is_empty() {
                    format!("{members} members with a mandate and a deadline")
                } else {
                    format!("Still needs {}", lacks.join(", "))
                };
                graded(lacks.is_empty(), members > 0 || has_mandate, why)
            }
            5 => {
                let leaves: Vec<_> = self
                    .goals
                    .iter()
                    .filter(|g| !self.goals.iter().any(|c| c.parent.as_ref() == Some(&g.id)))
                    .collect();
                let unmeasured = leaves.iter().filter(|g| self.kpis_of(&g.id).next().is_none()).count();
                let why = match (self.goals.len(), unmeasured) {
                    (0, _) => "No goals yet".to_owned(),
                    (n, 0) => format!("{n} goal(s), each measured by KPIs"),
                    (_, u) => format!("{u} goal(s) without a KPI"),
                };
                graded(!self.goals.is_empty() && unmeasured == 0, !self.goals.is_empty(), why)
            }
            6 => {
                let agreed =
                    self.manifesto.beliefs.iter().filter(|b| b.status == BeliefStatus::Agreed).count();
                let members = self.working_group_members().count();
                let signed = self
                    .working_group_members()
                    .filter(|p| self.manifesto.current_signatures().any(|s| s.person == p.id))
                    .count();
                let why = if agreed == 0 {
                    "No belief agreed yet".to_owned()
                } else {
                    format!("{agreed} agreed belief(s), signed by {signed} of {members} members")
                };
                let started = !self.manifesto.beliefs.is_empty();
                graded(agreed > 0 && members > 0 && signed == members, started, why)
            }
            7 => {
                let reach = self.tasks.iter().map(|t| t.end).max();
                let years = reach.map_or(0.0, |end| (end - self.meta.review_date).num_days() as f64 / 365.25);
                let milestones = self.tasks.iter().filter(|t| t.milestone).count();
                let why = if self.tasks.is_empty() {
                    "No tasks planned yet".to_owned()
                } else {
                    format!(
                        "Planned {years:.1} of {} years ahead of the review date, {milestones} milestone(s)",
                        self.meta.horizon_years.max(1)
                    )
                };
                graded(
                    years >= f64::from(self.meta.horizon_years.max(1)) - 0.5 && milestones > 0,
                    !self.tasks.is_empty(),
                    why,
                )
            }
            8 => {
                let internal = self.stakeholders.iter().any(|s| s.side == Side::Internal);
                let external = self.stakeholders.iter().any(|s| s.side == Side::External);
                let with_gaps = self.stakeholders.iter().filter(|s| !gaps(self, s).is_empty()).count();
                let why = match (self.stakeholders.len(), internal && external, with_gaps) {
                    (0, _, _) => "No stakeholders yet".to_owned(),
                    (_, false, _) => "Stakeholders on one side only (add internal and external)".to_owned(),
                    (n, true, 0) => format!("{n} stakeholders, every segment complete"),
                    (_, true, g) => format!("{g} stakeholder(s) with gaps"),
                };
                graded(internal && external && with_gaps == 0, !self.stakeholders.is_empty(), why)
            }
            10 => {
                let expert = self.people.iter().find(|p| p.role == Role::OutsideExpert);
                match expert {
                    Some(p) => (Done, format!("{} guides the process", p.name)),
                    None => (NotStarted, "No outside expert named".to_owned()),
                }
            }
            _ => return None,
        })
    }

    /// Workstreams and tasks per phase of framework B (and untagged), in phase order.
    pub fn phase_coverage(&self, today: Date) -> Vec<PhaseCoverage> {
        let of = |phase: Option<Phase>| {
            let streams: Vec<_> = self.workstreams.iter().filter(|w| w.phase == phase).collect();
            let tasks: Vec<_> =
                self.tasks.iter().filter(|t| streams.iter().any(|w| w.id == t.workstream)).collect();
            PhaseCoverage {
                phase,
                workstreams: streams.len(),
                tasks: tasks.len(),
                done: tasks.iter().filter(|t| t.status == TaskStatus::Done).count(),
                under_way: tasks.iter().filter(|t| t.status != TaskStatus::Done && t.start <= today).count(),
            }
        };
        Phase::ALL.into_iter().map(Some).chain([None]).map(of).collect()
    }
}

/// How much of the plan serves one phase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhaseCoverage {
    /// `None` for workstreams not tagged with a phase.
    pub phase: Option<Phase>,
    pub workstreams: usize,
    pub tasks: usize,
    pub done: usize,
    /// Started and not done.
    pub under_way: usize,
}
