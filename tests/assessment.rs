//! Assessment rules: the maturity stage, the checklist derived from the plan, phase coverage,
//! the integration history and plan health.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::sync::Arc;
use tenstep::model::*;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).expect("valid")
}

fn rate(plan: &mut Plan, activity: &str, level: ActivityLevel) {
    plan.assessment.rating_mut(activity).rating = level;
}

fn sample(name: &str) -> Plan {
    let text = std::fs::read_to_string(format!("sample-plans/{name}.ron")).expect("sample exists");
    tenstep::io::load_bytes(text.as_bytes()).expect("loads").plan
}

#[test]
fn the_current_stage_is_the_highest_whose_activities_are_mostly_established() {
    use ActivityLevel::*;
    let mut plan = Plan::blank(d(2026, 1, 1), 1);
    assert_eq!(plan.assessment.current_stage().map(|s| s.number), None, "nothing rated: no stage");
    let (next, gaps) = plan.assessment.next_stage_gaps().expect("stage 1 is next");
    assert_eq!((next.number, gaps), (1, vec!["listening", "reporting"]));

    rate(&mut plan, "listening", Established);
    assert_eq!(plan.assessment.current_stage().map(|s| s.number), None, "reporting not started");
    rate(&mut plan, "reporting", Emerging);
    assert_eq!(plan.assessment.current_stage().map(|s| s.number), Some(1), "half established, none missing");

    // Stage 3 has three activities: two established and one emerging reach it.
    rate(&mut plan, "conversation", Established);
    rate(&mut plan, "rapid_response", Established);
    rate(&mut plan, "metrics", NotStarted);
    assert_eq!(plan.assessment.current_stage().map(|s| s.number), Some(1), "one activity not started");
    rate(&mut plan, "metrics", Emerging);
    assert_eq!(plan.assessment.current_stage().map(|s| s.number), Some(3), "the highest stage counts");
    let (next, gaps) = plan.assessment.next_stage_gaps().expect("stage 4 is next");
    assert_eq!((next.number, gaps), (4, vec!["research", "strategic_visibility", "relevance"]));

    // One emerging activity of three does not reach stage 4.
    rate(&mut plan, "research", Established);
    assert_eq!(plan.assessment.current_stage().map(|s| s.number), Some(3));
    assert_eq!(plan.assessment.next_stage_gaps().expect("next").1, vec!["strategic_visibility", "relevance"]);

    rate(&mut plan, "roi", Established);
    assert_eq!(plan.assessment.current_stage().map(|s| s.number), Some(10));
    assert!(plan.assessment.next_stage_gaps().is_none(), "nothing above the top");
    assert!(STAGE_RULE.contains("half"));
}

#[test]
fn unknown_activity_keys_in_a_file_do_not_count() {
    let mut plan = Plan::blank(d(2026, 1, 1), 1);
    rate(&mut plan, "telepathy", ActivityLevel::Established);
    assert_eq!(plan.assessment.current_stage().map(|s| s.number), None);
    assert_eq!(plan.add_task_for_activity("telepathy", d(2026, 2, 1)), None);
}

#[test]
fn a_task_for_a_gap_is_linked_to_the_activity_and_lands_in_a_sensible_workstream() {
    let mut blank = Plan::blank(d(2026, 1, 1), 1);
    let id = blank.add_task_for_activity("rapid_response", d(2026, 3, 10)).expect("known activity");
    assert_eq!(blank.workstreams.len(), 1, "a Maturity workstream is made when there is none");
    let task = blank.task(&id).expect("added").clone();
    assert_eq!(task.maturity_activity.as_deref(), Some("rapid_response"));
    assert_eq!(task.workstream, blank.workstreams[0].id);
    assert_eq!((task.start, task.end), (d(2026, 3, 10), d(2026, 6, 9)), "three months from today");
    assert!(task.name.starts_with("Rapid response"), "{}", task.name);
    assert_eq!(blank.tasks_for_activity("rapid_response").count(), 1);
    assert!(validate(&blank).is_empty(), "{:?}", validate(&blank));

    let mut plan = sample("northwind-retail");
    let strategy = plan
        .workstreams
        .iter()
        .find(|w| w.phase == Some(Phase::StrategyAndDevelopment))
        .expect("one")
        .id
        .clone();
    let before = plan.workstreams.len();
    let id = plan.add_task_for_activity("roi", d(2026, 11, 22)).expect("known");
    assert_eq!(plan.workstreams.len(), before, "no new workstream");
    assert_eq!(plan.task(&id).expect("added").workstream, strategy);
    assert!(validate(&plan).is_empty());
}

#[test]
fn recording_keeps_one_dated_copy_per_day_in_date_order() {
    let mut plan = Plan::blank(d(2026, 1, 1), 1);
    assert!(!plan.record_assessment(d(2026, 1, 2)), "nothing to record");
    plan.assessment.integration =
        vec![IntegrationRating { kind: IntegrationType::GlobalLocal, rating: 2, notes: String::new() }];
    assert!(plan.record_assessment(d(2026, 6, 1)));
    plan.assessment.integration[0].rating = 3;
    assert!(plan.record_assessment(d(2026, 6, 1)), "same day replaces");
    assert!(plan.record_assessment(d(2025, 6, 1)), "an earlier date goes first");
    let history: Vec<(Date, u8)> =
        plan.assessment.history.iter().map(|r| (r.date, r.ratings[0].rating)).collect();
    assert_eq!(history, vec![(d(2025, 6, 1), 3), (d(2026, 6, 1), 3)]);
    assert!(plan.apply(Edit::RecordAssessment, d(2026, 7, 1)).is_ok());
    assert_eq!(plan.assessment.history.len(), 3);
}

#[test]
fn the_checklist_is_derived_from_the_plan_where_the_plan_knows() {
    let mut plan = Plan::blank(d(2026, 1, 1), 1);
    let status = |plan: &Plan, step: u8| plan.checklist()[usize::from(step) - 1].status;
    for step in 1..=10 {
        assert_eq!(status(&plan, step), StepStatus::NotStarted, "step {step} on a blank plan");
    }
    // Typed steps keep what the user chose; derived ones ignore it.
    plan.assessment.checklist = vec![
        ChecklistEntry { step: 1, status: StepStatus::Done, note: "One strategy.".into() },
        ChecklistEntry { step: 3, status: StepStatus::Done, note: String::new() },
    ];
    assert_eq!(status(&plan, 1), StepStatus::Done);
    assert_eq!(plan.checklist()[0].note, "One strategy.");
    assert!(plan.checklist()[0].derived.is_none());
    assert_eq!(status(&plan, 3), StepStatus::NotStarted, "a sponsor is named in the plan, not typed");
    assert!(is_derived_step(3) && !is_derived_step(9));

    let driver = plan.add_person(None);
    Arc::make_mut(&mut plan.people[0]).role = Role::Driver;
    assert_eq!(status(&plan, 3), StepStatus::InProgress);
    for role in [Role::Mentor, Role::Sponsor] {
        plan.add_person(None);
        Arc::make_mut(plan.people.last_mut().expect("added")).role = role;
    }
    assert_eq!(status(&plan, 3), StepStatus::Done);
    assert_eq!(status(&plan, 4), StepStatus::InProgress, "members but no mandate");
    plan.working_group.mandate = "Decide.".into();
    plan.working_group.deadline = Some(d(2026, 6, 1));
    assert_eq!(status(&plan, 4), StepStatus::Done);

    let goal = plan.add_goal(None);
    assert_eq!(status(&plan, 5), StepStatus::InProgress, "a goal without KPI");
    plan.add_kpi(&goal);
    assert_eq!(status(&plan, 5), StepStatus::Done);

    plan.add_belief();
    assert_eq!(status(&plan, 6), StepStatus::InProgress);
    Arc::make_mut(&mut plan.manifesto.beliefs[0]).status = BeliefStatus::Agreed;
    let members: Vec<Id> = plan.working_group_members().map(|p| p.id.clone()).collect();
    for person in &members {
        plan.sign_manifesto(person, d(2026, 2, 1));
    }
    assert_eq!(status(&plan, 6), StepStatus::Done);
    let _ = driver;

    plan.apply(Edit::AddTaskForActivity { activity: "listening".into() }, d(2026, 1, 1)).expect("adds");
    assert_eq!(status(&plan, 7), StepStatus::InProgress, "three months is not three years");
    let ws = plan.workstreams[0].id.clone();
    plan.apply(
        Edit::AddTask {
            workstream: ws,
            name: "Review".into(),
            start: d(2028, 12, 1),
            end: d(2028, 12, 1),
            milestone: true,
        },
        d(2026, 1, 1),
    )
    .expect("adds");
    assert_eq!(status(&plan, 7), StepStatus::Done);

    plan.add_stakeholder(Side::External, None);
    assert_eq!(status(&plan, 8), StepStatus::InProgress);
    assert_eq!(status(&plan, 10), StepStatus::NotStarted);
    plan.add_person(None);
    Arc::make_mut(plan.people.last_mut().expect("added")).role = Role::OutsideExpert;
    assert_eq!(status(&plan, 10), StepStatus::Done);
    assert!(plan.checklist()[9].derived.as_deref().is_some_and(|why| why.contains("guides")));
}

#[test]
fn phase_coverage_counts_workstreams_and_tasks_including_untagged() {
    let plan = sample("northwind-retail");
    let coverage = plan.phase_coverage(d(2026, 11, 22));
    assert_eq!(coverage.len(), 4);
    assert_eq!(coverage.iter().map(|c| c.workstreams).sum::<usize>(), plan.workstreams.len());
    assert_eq!(coverage.iter().map(|c| c.tasks).sum::<usize>(), plan.tasks.len());
    assert_eq!(coverage[3].phase, None);
    for c in &coverage {
        assert!(c.done + c.under_way <= c.tasks);
    }
}

#[test]
fn health_finds_late_and_behind_tasks_and_overdue_kpis() {
    let today = d(2026, 6, 1);
    let mut plan = Plan::blank(d(2026, 1, 1), 1);
    let ws = plan.new_id(Kind::Workstream);
    plan.workstreams.push(Arc::new(Workstream { id: ws.clone(), ..Workstream::default() }));
    let task = |name: &str, start: Date, end: Date, progress: u8, status: TaskStatus| {
        Arc::new(Task {
            id: Id::new(format!("t-{name}")),
            workstream: ws.clone(),
            name: name.into(),
            start,
            end,
            progress,
            status,
            ..Task::default()
        })
    };
    plan.tasks = vec![
        task("overdue", d(2026, 1, 1), d(2026, 5, 1), 50, TaskStatus::OnTrack),
        task("done-late", d(2026, 1, 1), d(2026, 5, 1), 100, TaskStatus::Done),
        task("reported", d(2026, 5, 1), d(2026, 9, 1), 10, TaskStatus::Late),
        task("risky", d(2026, 5, 1), d(2026, 9, 1), 10, TaskStatus::AtRisk),
        task("behind", d(2026, 1, 1), d(2026, 7, 31), 20, TaskStatus::OnTrack),
        task("fine", d(2026, 1, 1), d(2026, 7, 31), 60, TaskStatus::OnTrack),
        task("future", d(2026, 9, 1), d(2026, 12, 1), 0, TaskStatus::NotStarted),
    ];
    let goal = plan.add_goal(None);
    let kpi = plan.add_kpi(&goal);
    Arc::make_mut(&mut plan.kpis[0]).due = Some(d(2026, 5, 1));
    let found = plan.health(today);
    let about = |rule: Rule| -> Vec<Where> {
        found.iter().filter(|f| f.rule == rule).map(|f| f.fix_in.clone()).collect()
    };
    assert_eq!(
        about(Rule::LateTask),
        vec![Where::Task(Id::new("t-overdue")), Where::Task(Id::new("t-reported"))]
    );
    assert_eq!(
        about(Rule::AtRiskTask),
        vec![Where::Task(Id::new("t-risky")), Where::Task(Id::new("t-behind"))]
    );
    assert_eq!(about(Rule::OverdueKpi), vec![Where::Kpi(kpi)]);
    assert!(found.windows(2).all(|w| w[0].severity <= w[1].severity), "most serious first");
    assert!(
        found
            .iter()
            .find(|f| f.fix_in == Where::Task(Id::new("t-behind")))
            .expect("found")
            .message
            .contains("20% done")
    );
}

#[test]
fn health_finds_team_manifesto_stakeholder_review_and_assessment_gaps() {
    let today = d(2026, 11, 22);
    let mut plan = Plan::blank(d(2026, 1, 1), 1);
    let rules = |plan: &Plan| -> Vec<Rule> { plan.health(today).iter().map(|f| f.rule).collect() };
    let found = rules(&plan);
    for rule in [Rule::TeamGap, Rule::ManifestoNotAgreed, Rule::ReviewDue, Rule::NotAssessed] {
        assert!(found.contains(&rule), "{rule:?} in {found:?}");
    }
    plan.meta.review_date = d(2026, 10, 1);
    assert!(!rules(&plan).contains(&Rule::ReviewDue), "reviewed within six months");

    let ana = plan.add_person(None);
    plan.add_belief();
    Arc::make_mut(&mut plan.manifesto.beliefs[0]).status = BeliefStatus::Agreed;
    assert!(rules(&plan).contains(&Rule::ManifestoUnsigned));
    plan.sign_manifesto(&ana, today);
    assert!(!rules(&plan).contains(&Rule::ManifestoUnsigned));

    plan.add_stakeholder(Side::Internal, None);
    let gap = plan
        .health(today)
        .into_iter()
        .find(|f| f.rule == Rule::StakeholderGaps)
        .expect("a new stakeholder has gaps");
    assert_eq!(gap.fix_in, Where::Stakeholder(plan.stakeholders[0].id.clone()));

    rate(&mut plan, "listening", ActivityLevel::Emerging);
    plan.assessment.integration =
        vec![IntegrationRating { kind: IntegrationType::GlobalLocal, rating: 1, notes: String::new() }];
    assert!(!rules(&plan).contains(&Rule::NotAssessed));
}

#[test]
fn every_sample_plan_has_a_checklist_and_health_without_surprises() {
    for name in ["northwind-retail", "small-agency", "city-council"] {
        let plan = sample(name);
        assert_eq!(plan.checklist().len(), 10);
        assert!(!plan.assessment.maturity.is_empty(), "{name} is rated");
        assert!(plan.assessment.next_stage_gaps().is_some(), "{name} has somewhere to grow");
        let found = plan.health(d(2026, 11, 22));
        assert!(found.iter().all(|f| !f.message.is_empty()));
    }
}
