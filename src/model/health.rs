//! Plan health: what needs attention, as rules on the plan alone (the Overview lists them and
//! `tenstep check --health` prints them).

use super::{BeliefStatus, Date, Id, KpiStatus, Plan, TaskStatus, gaps};
use crate::model::long_date;

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Something is overdue or broken.
    Problem,
    /// Something needs attention soon.
    Warning,
    /// A suggestion.
    Note,
}

impl Severity {
    /// A lower-case word for text output.
    pub fn word(self) -> &'static str {
        match self {
            Severity::Problem => "problem",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// Where a finding is fixed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Where {
    Task(Id),
    /// A KPI, shown under its goal.
    Kpi(Id),
    Stakeholder(Id),
    Manifesto,
    WorkingGroup,
    Assessment,
    /// The review date: roll the plan forward.
    Review,
}

/// Which rule found something.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    LateTask,
    AtRiskTask,
    OverdueKpi,
    StakeholderGaps,
    ManifestoUnsigned,
    ManifestoNotAgreed,
    TeamGap,
    ReviewDue,
    NotAssessed,
}

/// One thing that needs attention.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
    pub fix_in: Where,
}

/// How long after a review the plan should be rolled forward again (framework A: monthly at
/// first, then every six months).
pub const REVIEW_INTERVAL_MONTHS: u32 = 6;

/// How far (in percentage points) a task's progress may trail the share of its time that has
/// passed before it counts as at risk.
pub const BEHIND_MARGIN: f64 = 25.0;

impl Plan {
    /// Every finding on `today`, most serious first (in rule order within a severity).
    pub fn health(&self, today: Date) -> Vec<Finding> {
        let mut found = Vec::new();
        let mut add =
            |rule, severity, message: String, fix_in| found.push(Finding { rule, severity, message, fix_in });
        for task in self.tasks.iter().filter(|t| t.status != TaskStatus::Done) {
            let when = long_date(task.end);
            if task.end < today {
                add(
                    Rule::LateTask,
                    Severity::Problem,
                    format!("“{}” was due {when}", task.name),
                    Where::Task(task.id.clone()),
                );
            } else if task.status == TaskStatus::Late {
                add(
                    Rule::LateTask,
                    Severity::Problem,
                    format!("“{}” is reported late", task.name),
                    Where::Task(task.id.clone()),
                );
            } else if task.status == TaskStatus::AtRisk {
                add(
                    Rule::AtRiskTask,
                    Severity::Warning,
                    format!("“{}” is at risk (due {when})", task.name),
                    Where::Task(task.id.clone()),
                );
            } else if let Some(expected) = expected_progress(task.start, task.end, today)
                && f64::from(task.progress) + BEHIND_MARGIN < expected
            {
                add(
                    Rule::AtRiskTask,
                    Severity::Warning,
                    format!(
                        "“{}” is {}% done with {expected:.0}% of its time gone",
                        task.name, task.progress
                    ),
                    Where::Task(task.id.clone()),
                );
            }
        }
        for kpi in self.kpis.iter().filter(|k| k.status(today) == KpiStatus::Overdue) {
            let due = kpi.due.map(long_date).unwrap_or_default();
            add(
                Rule::OverdueKpi,
                Severity::Problem,
                format!("KPI “{}” was due {due} and is short of target", kpi.name),
                Where::Kpi(kpi.id.clone()),
            );
        }
        for member in self.team_warnings() {
            add(Rule::TeamGap, Severity::Warning, member.message(), Where::WorkingGroup);
        }
        let agreed = self.manifesto.beliefs.iter().filter(|b| b.status == BeliefStatus::Agreed).count();
        if agreed == 0 {
            add(
                Rule::ManifestoNotAgreed,
                Severity::Warning,
                "No manifesto belief is agreed yet".to_owned(),
                Where::Manifesto,
            );
        } else {
            let unsigned: Vec<&str> = self
                .working_group_members()
                .filter(|p| !self.manifesto.current_signatures().any(|s| s.person == p.id))
                .map(|p| p.name.as_str())
                .collect();
            if !unsigned.is_empty() {
                let total = self.working_group_members().count();
                add(
                    Rule::ManifestoUnsigned,
                    Severity::Warning,
                    format!(
                        "{} of {total} {} not signed revision {} of the manifesto",
                        unsigned.len(),
                        match (total, unsigned.len()) {
                            (1, _) => "member has",
                            (_, 1) => "members has",
                            _ => "members have",
                        },
                        self.manifesto.revision
                    ),
                    Where::Manifesto,
                );
            }
        }
        for stakeholder in &self.stakeholders {
            let missing = gaps(self, stakeholder);
            if !missing.is_empty() {
                let what: Vec<&str> = missing.iter().map(|g| g.label()).collect();
                add(
                    Rule::StakeholderGaps,
                    Severity::Warning,
                    format!("{}: {}", stakeholder.name, what.join(", ").to_lowercase()),
                    Where::Stakeholder(stakeholder.id.clone()),
                );
            }
        }
        let next_review =
            self.meta.review_date.checked_add_months(chrono::Months::new(REVIEW_INTERVAL_MONTHS));
        if next_review.is_some_and(|due| due < today) {
            add(
                Rule::ReviewDue,
                Severity::Warning,
                format!("The last review was {}: roll the plan forward", long_date(self.meta.review_date)),
                Where::Review,
            );
        }
        if self.assessment.maturity.is_empty() {
            add(
                Rule::NotAssessed,
                Severity::Note,
                "The maturity ladder is not rated yet".to_owned(),
                Where::Assessment,
            );
        }
        if self.assessment.integration.is_empty() {
            add(
                Rule::NotAssessed,
                Severity::Note,
                "The five types of integration are not rated yet".to_owned(),
                Where::Assessment,
            );
        }
        found.sort_by_key(|f| f.severity);
        found
    }
}

/// The share of a task's time (in percent) that has passed on `today`, while it runs.
fn expected_progress(start: Date, end: Date, today: Date) -> Option<f64> {
    if today <= start || today > end {
        return None;
    }
    let total = (end - start).num_days() + 1;
    let gone = (today - start).num_days();
    Some(gone as f64 * 100.0 / total as f64)
}
