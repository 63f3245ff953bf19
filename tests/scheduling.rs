//! The rolling plan's rules: pushing dependants, refusing circles, deleting, rolling forward.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::sync::Arc;
use tenstep::model::*;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).expect("valid date")
}

fn task(id: &str, start: Date, end: Date, depends_on: &[&str]) -> Arc<Task> {
    Arc::new(Task {
        id: Id::new(id),
        workstream: Id::new("w-1"),
        name: format!("Task {id}"),
        start,
        end,
        depends_on: depends_on.iter().map(|s| Id::new(*s)).collect(),
        ..Task::default()
    })
}

/// a → b → c, and a → d; e is unrelated.
fn chain() -> Plan {
    let mut plan = Plan::blank(d(2026, 1, 1), 1);
    plan.workstreams =
        vec![Arc::new(Workstream { id: Id::new("w-1"), name: "Care".into(), ..Workstream::default() })];
    plan.tasks = vec![
        task("a", d(2026, 1, 1), d(2026, 1, 31), &[]),
        task("b", d(2026, 2, 1), d(2026, 2, 28), &["a"]),
        task("c", d(2026, 3, 2), d(2026, 3, 31), &["b"]),
        task("d", d(2026, 6, 1), d(2026, 6, 30), &["a"]),
        task("e", d(2026, 1, 1), d(2026, 1, 10), &[]),
    ];
    plan
}

fn dates(plan: &Plan, id: &str) -> (Date, Date) {
    let t = plan.task(&Id::new(id)).expect("task exists");
    (t.start, t.end)
}

#[test]
fn moving_a_task_pushes_dependants_that_would_start_too_early_keeping_their_length() {
    let mut plan = chain();
    let outcome = plan.move_task(&Id::new("a"), d(2026, 2, 1), d(2026, 2, 20)).expect("moves");
    assert_eq!(dates(&plan, "a"), (d(2026, 2, 1), d(2026, 2, 20)));
    assert_eq!(dates(&plan, "b"), (d(2026, 2, 21), d(2026, 3, 20)), "b keeps its 28 days");
    assert_eq!(dates(&plan, "c"), (d(2026, 3, 21), d(2026, 4, 19)), "c is pushed in turn");
    assert_eq!(dates(&plan, "d"), (d(2026, 6, 1), d(2026, 6, 30)), "d still starts late enough");
    assert_eq!(dates(&plan, "e"), (d(2026, 1, 1), d(2026, 1, 10)));
    assert_eq!(outcome.pushed, vec![Id::new("b"), Id::new("c")]);
}

#[test]
fn moving_earlier_pulls_nothing() {
    let mut plan = chain();
    let outcome = plan.move_task(&Id::new("a"), d(2025, 12, 1), d(2025, 12, 15)).expect("moves");
    assert!(outcome.pushed.is_empty());
    assert_eq!(dates(&plan, "b"), (d(2026, 2, 1), d(2026, 2, 28)));
}

#[test]
fn a_milestone_stays_one_day_and_bad_moves_are_refused() {
    let mut plan = chain();
    Arc::make_mut(&mut plan.tasks[4]).milestone = true;
    plan.move_task(&Id::new("e"), d(2026, 5, 5), d(2026, 5, 9)).expect("moves");
    assert_eq!(dates(&plan, "e"), (d(2026, 5, 5), d(2026, 5, 5)));
    assert_eq!(plan.move_task(&Id::new("a"), d(2026, 2, 1), d(2026, 1, 1)), Err(EditError::EndBeforeStart));
    assert!(matches!(
        plan.move_task(&Id::new("zz"), d(2026, 2, 1), d(2026, 3, 1)),
        Err(EditError::NoSuchTask(_))
    ));
}

/// a (ends 31 Jan) → m, a milestone → b; m and b as the finish-to-start rule allows them.
fn milestone_chain(m_day: Date, b_start: Date) -> Plan {
    let mut plan = chain();
    let mut m = Task::clone(&task("m", m_day, m_day, &["a"]));
    m.milestone = true;
    plan.tasks.push(Arc::new(m));
    Arc::make_mut(&mut plan.tasks[1]).depends_on = vec![Id::new("m")];
    Arc::make_mut(&mut plan.tasks[1]).start = b_start;
    plan
}

#[test]
fn a_milestone_shares_a_day_with_its_predecessors_end_and_its_successors_start() {
    // The rule: a milestone marks a moment, so it may fall on its predecessor's last day and a
    // task after it may start on its day; a task with duration starts the day after a task.
    let a = task("a", d(2026, 1, 1), d(2026, 1, 31), &[]);
    assert_eq!(earliest_start(&a, true), d(2026, 1, 31));
    assert_eq!(earliest_start(&a, false), d(2026, 2, 1));
    let m = Task { milestone: true, start: d(2026, 1, 31), ..Task::clone(&a) };
    assert_eq!(earliest_start(&m, false), d(2026, 1, 31));
    let plan = milestone_chain(d(2026, 1, 31), d(2026, 2, 1));
    let (a, m, b) = (
        plan.task(&Id::new("a")).expect("a"),
        plan.task(&Id::new("m")).expect("m"),
        plan.task(&Id::new("b")).expect("b"),
    );
    assert!(dependency_holds(a, m), "a milestone on its predecessor's last day");
    assert!(dependency_holds(m, b), "a task the day after the milestone");
    let on_the_day = Task { start: d(2026, 1, 31), ..b.clone() };
    assert!(dependency_holds(m, &on_the_day), "a task may start on the milestone's day");
    let before_it = Task { start: d(2026, 1, 30), ..b.clone() };
    assert!(!dependency_holds(m, &before_it), "but not before it");
    let early = Task { start: d(2026, 1, 30), end: d(2026, 1, 30), ..m.clone() };
    assert!(!dependency_holds(a, &early), "nor may a milestone come before its predecessor ends");

    // Moving: nothing is pushed when the rule holds; a milestone pushed lands on the last day.
    let mut plan = milestone_chain(d(2026, 1, 31), d(2026, 2, 1));
    let outcome = plan.move_task(&Id::new("a"), d(2026, 1, 1), d(2026, 1, 31)).expect("moves");
    assert!(outcome.pushed.is_empty(), "{:?}", outcome.pushed);
    let outcome = plan.move_task(&Id::new("a"), d(2026, 1, 1), d(2026, 2, 10)).expect("moves");
    assert_eq!(dates(&plan, "m"), (d(2026, 2, 10), d(2026, 2, 10)), "the milestone on a's new last day");
    assert_eq!(
        dates(&plan, "b"),
        (d(2026, 2, 10), d(2026, 3, 9)),
        "b on the milestone's day, keeping its length"
    );
    assert_eq!(outcome.pushed[..2], [Id::new("m"), Id::new("b")]);

    // Linking: a milestone on the day is left where it is.
    let mut plan = chain();
    let mut m = Task::clone(&task("m", d(2026, 1, 31), d(2026, 1, 31), &[]));
    m.milestone = true;
    plan.tasks.push(Arc::new(m));
    let outcome = plan.add_dependency(&Id::new("a"), &Id::new("m")).expect("allowed");
    assert!(outcome.pushed.is_empty());
    assert_eq!(dates(&plan, "m"), (d(2026, 1, 31), d(2026, 1, 31)));
}

#[test]
fn dependencies_that_would_make_a_circle_are_refused() {
    let mut plan = chain();
    let before = plan.clone();
    let err = plan.add_dependency(&Id::new("c"), &Id::new("a")).expect_err("c already follows a");
    assert_eq!(err, EditError::Cycle { before: "Task c".into(), after: "Task a".into() });
    assert!(err.to_string().contains("circle"));
    assert_eq!(plan, before, "a refused change changes nothing");
    assert!(matches!(plan.add_dependency(&Id::new("a"), &Id::new("a")), Err(EditError::SelfDependency(_))));
}

#[test]
fn a_new_dependency_pushes_the_later_task() {
    let mut plan = chain();
    let outcome = plan.add_dependency(&Id::new("c"), &Id::new("e")).expect("allowed");
    assert_eq!(outcome.pushed, vec![Id::new("e")]);
    assert_eq!(dates(&plan, "e"), (d(2026, 4, 1), d(2026, 4, 10)));
    assert!(plan.task(&Id::new("e")).expect("e").depends_on.contains(&Id::new("c")));
    // Adding it twice does not duplicate it.
    plan.add_dependency(&Id::new("c"), &Id::new("e")).expect("allowed");
    assert_eq!(plan.task(&Id::new("e")).expect("e").depends_on.len(), 1);
}

#[test]
fn pushing_survives_a_circle_already_in_a_hand_edited_file() {
    let mut plan = chain();
    Arc::make_mut(&mut plan.tasks[0]).depends_on.push(Id::new("c"));
    plan.move_task(&Id::new("a"), d(2026, 2, 1), d(2026, 2, 20)).expect("terminates");
}

#[test]
fn deleting_a_task_removes_dependencies_on_it() {
    let mut plan = chain();
    let (index, removed) = plan.delete_task(&Id::new("a")).expect("deleted");
    assert_eq!(index, 0);
    assert_eq!(removed.id, Id::new("a"));
    assert!(plan.tasks.iter().all(|t| !t.depends_on.contains(&Id::new("a"))));
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
}

#[test]
fn rolling_forward_keeps_a_baseline_and_moves_the_review_date() {
    let mut plan = chain();
    plan.meta.review_date = d(2026, 1, 15);
    plan.assessment.integration =
        vec![IntegrationRating { kind: IntegrationType::GlobalLocal, rating: 3, notes: String::new() }];
    let review = plan.roll_forward(d(2026, 7, 2), 6, "Mid-year review");
    assert_eq!(plan.meta.review_date, d(2026, 7, 1));
    let recorded = plan.review(&review).expect("recorded").clone();
    assert_eq!(recorded.date, d(2026, 7, 2));
    assert_eq!(recorded.previous_review_date, d(2026, 1, 15));
    assert_eq!(recorded.note, "Mid-year review");
    assert_eq!(recorded.baseline.len(), 5);
    assert_eq!(plan.assessment.history.len(), 1);
    assert!(slippage(&plan, &recorded).is_empty());

    plan.move_task(&Id::new("a"), d(2026, 2, 1), d(2026, 2, 20)).expect("moves");
    let slips = slippage(&plan, &recorded);
    let names: Vec<&str> = slips.iter().map(|s| s.task.as_str()).collect();
    assert_eq!(names, vec!["a", "b", "c"], "most slipped first");
    let a = slips.iter().find(|s| s.task.as_str() == "a").expect("a slipped");
    assert_eq!((a.start_days, a.end_days), (31, 20));
    assert!(validate(&plan).is_empty());

    plan.roll_forward(d(2027, 1, 5), 12, "");
    assert_eq!(plan.meta.review_date, d(2027, 7, 1));
    assert_eq!(plan.reviews.len(), 2);
}
