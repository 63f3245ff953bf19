//! Where the organisation stands on the maturity ladder (framework C), and recording the
//! integration ratings (framework D) over time.

use super::{
    ActivityLevel, ActivityRating, Assessment, Date, Id, IntegrationRecord, Kind, MATURITY_STAGES,
    MaturityStage, Phase, Plan, Task, TaskStatus, Workstream, activity_label,
};
use std::sync::Arc;

/// The rule that places the organisation on the ladder, as shown to the user.
pub const STAGE_RULE: &str = "A stage is reached when at least half of its activities are established and none \
     is still not started. The current stage is the highest stage reached.";

impl Assessment {
    /// The rating of an activity, if it has been rated.
    pub fn rating_of(&self, activity: &str) -> Option<&ActivityRating> {
        self.maturity.iter().find(|r| r.activity == activity)
    }

    /// How established an activity is (not started until rated).
    pub fn level(&self, activity: &str) -> ActivityLevel {
        self.rating_of(activity).map_or(ActivityLevel::NotStarted, |r| r.rating)
    }

    /// Whether `stage` is reached (see [`STAGE_RULE`]).
    pub fn stage_reached(&self, stage: &MaturityStage) -> bool {
        let levels: Vec<ActivityLevel> = stage.activities.iter().map(|a| self.level(a)).collect();
        let established = levels.iter().filter(|l| **l == ActivityLevel::Established).count();
        !levels.is_empty()
            && established * 2 >= levels.len()
            && levels.iter().all(|l| *l != ActivityLevel::NotStarted)
    }

    /// The highest stage reached, if any.
    pub fn current_stage(&self) -> Option<&'static MaturityStage> {
        MATURITY_STAGES.iter().rev().find(|stage| self.stage_reached(stage))
    }

    /// The next stage up and its activities that are not yet established: the work that
    /// stands between the organisation and that stage. `None` at the top of the ladder.
    pub fn next_stage_gaps(&self) -> Option<(&'static MaturityStage, Vec<&'static str>)> {
        let next = self.current_stage().map_or(0, |s| usize::from(s.number));
        let stage = MATURITY_STAGES.get(next)?;
        let gaps = stage
            .activities
            .iter()
            .copied()
            .filter(|a| self.level(a) != ActivityLevel::Established)
            .collect();
        Some((stage, gaps))
    }

    /// The rating of `activity`, created (not started) if it has none yet.
    pub fn rating_mut(&mut self, activity: &str) -> &mut ActivityRating {
        let index = match self.maturity.iter().position(|r| r.activity == activity) {
            Some(index) => index,
            None => {
                self.maturity
                    .push(ActivityRating { activity: activity.to_owned(), ..ActivityRating::default() });
                self.maturity.len() - 1
            }
        };
        &mut self.maturity[index]
    }
}

impl ActivityLevel {
    /// Every level, lowest first.
    pub const ALL: [ActivityLevel; 3] =
        [ActivityLevel::NotStarted, ActivityLevel::Emerging, ActivityLevel::Established];

    /// A human label.
    pub fn label(self) -> &'static str {
        match self {
            ActivityLevel::NotStarted => "Not started",
            ActivityLevel::Emerging => "Emerging",
            ActivityLevel::Established => "Established",
        }
    }
}

impl Plan {
    /// Keeps a dated copy of today's integration ratings in the history (replacing a copy
    /// made the same day), to compare year on year. Returns false when nothing is rated.
    pub fn record_assessment(&mut self, date: Date) -> bool {
        if self.assessment.integration.is_empty() {
            return false;
        }
        let record = IntegrationRecord { date, ratings: self.assessment.integration.clone() };
        let history = &mut self.assessment.history;
        history.retain(|r| r.date != date);
        let at = history.iter().position(|r| r.date > date).unwrap_or(history.len());
        history.insert(at, record);
        true
    }

    /// The tasks created to close the gap in a maturity activity.
    pub fn tasks_for_activity<'a>(&'a self, activity: &'a str) -> impl Iterator<Item = &'a Task> + 'a {
        self.tasks.iter().map(Arc::as_ref).filter(move |t| t.maturity_activity.as_deref() == Some(activity))
    }

    /// Adds a task to work on a maturity activity, linked to it, starting on `today` (or the
    /// review date, if later) and lasting three months. It goes into the first workstream that
    /// serves strategy and development, else the first workstream, else a new "Maturity"
    /// workstream. Returns the task's id, or `None` for an unknown activity.
    pub fn add_task_for_activity(&mut self, activity: &str, today: Date) -> Option<Id> {
        let stage = MATURITY_STAGES.iter().find(|s| s.activities.contains(&activity))?;
        let workstream = self.workstream_for_assessment_work();
        let start = today.max(self.meta.review_date);
        let end =
            start.checked_add_months(chrono::Months::new(3)).map_or(start, |d| d.pred_opt().unwrap_or(d));
        let id = self.new_id(Kind::Task);
        let level = self.assessment.level(activity);
        let task = Task {
            id: id.clone(),
            workstream: workstream.clone(),
            name: format!(
                "{}: from {} to established",
                activity_label(activity),
                level.label().to_lowercase()
            ),
            start,
            end,
            status: TaskStatus::NotStarted,
            notes: format!("Closes a gap in maturity stage {}, {}.", stage.number, stage.name),
            maturity_activity: Some(activity.to_owned()),
            ..Task::default()
        };
        let at = self.end_of_lane(&workstream);
        self.tasks.insert(at, Arc::new(task));
        Some(id)
    }

    fn workstream_for_assessment_work(&mut self) -> Id {
        let strategy = self.workstreams.iter().find(|w| w.phase == Some(Phase::StrategyAndDevelopment));
        if let Some(w) = strategy.or_else(|| self.workstreams.first()) {
            return w.id.clone();
        }
        let id = self.new_id(Kind::Workstream);
        self.workstreams.push(Arc::new(Workstream {
            id: id.clone(),
            name: "Maturity".to_owned(),
            description: "Work that closes gaps found by the maturity assessment.".to_owned(),
            color: super::DEFAULT_WORKSTREAM_COLOR.to_owned(),
            phase: Some(Phase::StrategyAndDevelopment),
            ..Workstream::default()
        }));
        id
    }
}
