//! Stakeholder rules: gaps and the influence/interest quadrants.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::sync::Arc;
use tenstep::model::*;

fn plan_with(stakeholder: Stakeholder) -> Plan {
    let mut plan = Plan::blank(Date::from_ymd_opt(2026, 1, 1).expect("valid"), 1);
    plan.people = vec![Arc::new(Person { id: Id::new("p-1"), name: "Ana".into(), ..Person::default() })];
    plan.channels =
        vec![Arc::new(Channel { id: Id::new("c-1"), name: "Newsletter".into(), ..Channel::default() })];
    plan.stakeholders = vec![Arc::new(stakeholder)];
    plan
}

fn complete() -> Stakeholder {
    Stakeholder {
        id: Id::new("s-1"),
        name: "Members".into(),
        channels: vec![Id::new("c-1")],
        metrics: "Renewal rate".into(),
        owner: Some(Id::new("p-1")),
        influence: 4,
        interest: 2,
        ..Stakeholder::default()
    }
}

#[test]
fn a_complete_stakeholder_has_no_gaps() {
    let plan = plan_with(complete());
    assert!(gaps(&plan, &plan.stakeholders[0]).is_empty());
    assert!(gap_counts(&plan).iter().all(|(_, n)| *n == 0));
}

#[test]
fn missing_channel_metric_or_owner_are_gaps_and_dangling_ids_count_as_missing() {
    let plan = plan_with(Stakeholder { channels: vec![], metrics: "  \n".into(), owner: None, ..complete() });
    assert_eq!(gaps(&plan, &plan.stakeholders[0]), vec![Gap::NoChannel, Gap::NoMetric, Gap::NoOwner]);
    let dangling = plan_with(Stakeholder {
        channels: vec![Id::new("c-404")],
        owner: Some(Id::new("p-404")),
        ..complete()
    });
    assert_eq!(gaps(&dangling, &dangling.stakeholders[0]), vec![Gap::NoChannel, Gap::NoOwner]);
    let counts = gap_counts(&plan);
    assert_eq!(counts, [(Gap::NoChannel, 1), (Gap::NoMetric, 1), (Gap::NoOwner, 1)]);
}

#[test]
fn quadrants_split_at_three() {
    assert_eq!(Quadrant::of(5, 5), Quadrant::ManageClosely);
    assert_eq!(Quadrant::of(3, 3), Quadrant::ManageClosely);
    assert_eq!(Quadrant::of(4, 2), Quadrant::KeepSatisfied);
    assert_eq!(Quadrant::of(2, 4), Quadrant::KeepInformed);
    assert_eq!(Quadrant::of(1, 1), Quadrant::Monitor);
    assert_eq!(Quadrant::of(2, 2).label(), "Monitor");
}

#[test]
fn adding_duplicating_moving_and_deleting_keep_the_plan_valid() {
    let mut plan = plan_with(complete());
    plan.workstreams = vec![Arc::new(Workstream { id: Id::new("w-1"), ..Workstream::default() })];
    plan.tasks = vec![Arc::new(Task {
        id: Id::new("t-1"),
        workstream: Id::new("w-1"),
        start: Date::from_ymd_opt(2026, 2, 1).expect("valid"),
        end: Date::from_ymd_opt(2026, 2, 2).expect("valid"),
        stakeholders: vec![Id::new("s-1")],
        ..Task::default()
    })];
    let added = plan.add_stakeholder(Side::Internal, Some(&Id::new("s-1")));
    assert_eq!(plan.stakeholders[1].id, added);
    assert_eq!(plan.stakeholders[1].side, Side::Internal);
    let copy = plan.duplicate_stakeholder(&Id::new("s-1")).expect("copied");
    assert_eq!(plan.stakeholders[1].id, copy);
    assert_eq!(plan.stakeholders[1].name, "Members (copy)");
    assert!(plan.move_stakeholder(&copy, -1));
    assert_eq!(plan.stakeholders[0].id, copy);
    assert!(!plan.move_stakeholder(&copy, -1), "already first");
    plan.delete_stakeholder(&Id::new("s-1")).expect("deleted");
    assert!(plan.tasks[0].stakeholders.is_empty(), "tasks no longer point at it");
    assert!(validate(&plan).is_empty(), "{:?}", validate(&plan));
}

#[test]
fn only_web_addresses_may_be_opened() {
    assert!(is_openable_url("https://example.com/help"));
    assert!(is_openable_url("HTTP://example.com"));
    for bad in [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "https://",
        "https://exa mple.com",
        "mailto:a@b.c",
        "",
        "ftp://x",
    ] {
        assert!(!is_openable_url(bad), "{bad}");
    }
}

#[test]
fn deleting_a_channel_unlinks_it_and_reach_counts_stakeholders() {
    let mut plan = plan_with(complete());
    assert_eq!(plan.channel_reach(), vec![1]);
    let added = plan.add_channel(Media::Paid);
    assert_eq!(plan.channel_reach(), vec![1, 0], "a new channel serves nobody yet");
    plan.delete_channel(&Id::new("c-1")).expect("deleted");
    assert!(plan.stakeholders[0].channels.is_empty());
    assert_eq!(plan.channels[0].id, added);
}
