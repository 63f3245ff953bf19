//! Golden files pin the file format: a version-1 file must keep loading into the same plan,
//! and this version must keep writing it byte for byte. A format change that breaks this needs
//! a new `format_version` and a migration (with its own golden file).
//!
//! Regenerate the current version's file after an intended, versioned change with
//! `TENSTEP_BLESS=1 cargo test --test golden`; older versions' files are never regenerated.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use std::path::Path;
use std::sync::Arc;
use tenstep::io::{load_bytes, to_canonical_string};
use tenstep::model::*;

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).expect("valid date")
}

/// A plan that sets every field of every entity kind to a non-default value.
fn every_field() -> Plan {
    let id = |s: &str| Id::new(s);
    Plan {
        format_version: 4,
        id: "plan-20261122-golden01".into(),
        next_id: 20,
        meta: Meta {
            title: "Golden plan".into(),
            organisation: "Golden Org".into(),
            author: "Ada Author".into(),
            created: date(2026, 1, 5),
            modified: date(2026, 11, 2),
            plan_start: date(2026, 1, 1),
            horizon_years: 3,
            review_date: date(2026, 7, 1),
        },
        departments: vec![Arc::new(Department {
            id: id("d-0001"),
            name: "Marketing".into(),
            color: "#aa3311".into(),
            customer_facing: true,
        })],
        people: vec![Arc::new(Person {
            id: id("p-0002"),
            name: "Dee Driver".into(),
            department: Some(id("d-0001")),
            title: "Head of digital".into(),
            email: "dee@example.com".into(),
            role: Role::Driver,
        })],
        working_group: WorkingGroup {
            mandate: "Agree one digital plan.".into(),
            deadline: Some(date(2026, 12, 31)),
        },
        goals: vec![Arc::new(Goal {
            id: id("g-0003"),
            title: "Faster answers".into(),
            description: "Answer in public, fast.".into(),
            parent: None,
            owner: Some(id("p-0002")),
        })],
        kpis: vec![Arc::new(Kpi {
            id: id("k-0004"),
            goal: id("g-0003"),
            name: "Median reply time".into(),
            unit: "hours".into(),
            baseline: 26.5,
            target: 2.0,
            current: Some(9.25),
            due: Some(date(2027, 6, 30)),
        })],
        manifesto: Manifesto {
            title: "What we believe".into(),
            preamble: "We are **one** team.\nOnline.".into(),
            revision: 2,
            beliefs: vec![Arc::new(Belief {
                id: id("b-0005"),
                statement: "The customer's view is the only view.".into(),
                rationale: "Silos are invisible to customers.".into(),
                status: BeliefStatus::Agreed,
                votes: vec![Vote { person: id("p-0002"), dots: 3 }],
            })],
            signatures: vec![Arc::new(Signature {
                id: id("sig-0006"),
                person: id("p-0002"),
                date: date(2026, 3, 2),
                revision: 2,
            })],
        },
        workstreams: vec![Arc::new(Workstream {
            id: id("w-0007"),
            name: "Customer care".into(),
            description: "Social customer service.".into(),
            color: "#3366aa".into(),
            lead: Some(id("p-0002")),
            phase: Some(Phase::OperationalDevelopment),
        })],
        tasks: vec![
            Arc::new(Task {
                id: id("t-0008"),
                workstream: id("w-0007"),
                name: "Staff the social inbox".into(),
                milestone: false,
                start: date(2026, 2, 1),
                end: date(2026, 4, 30),
                owner: Some(id("p-0002")),
                department: Some(id("d-0001")),
                progress: 60,
                status: TaskStatus::AtRisk,
                depends_on: vec![],
                goals: vec![id("g-0003")],
                stakeholders: vec![id("s-0010")],
                notes: "Needs two hires.".into(),
                maturity_activity: Some("rapid_response".into()),
            }),
            Arc::new(Task {
                id: id("t-0009"),
                workstream: id("w-0007"),
                name: "Inbox live".into(),
                milestone: true,
                start: date(2026, 5, 4),
                end: date(2026, 5, 4),
                depends_on: vec![id("t-0008")],
                ..Task::default()
            }),
        ],
        stakeholders: vec![Arc::new(Stakeholder {
            id: id("s-0010"),
            name: "Online shoppers".into(),
            side: Side::External,
            segment: "Customers".into(),
            influence: 4,
            interest: 5,
            unplaced: true,
            engagement_now: Engagement::Neutral,
            engagement_target: Engagement::Supportive,
            needs: "Quick answers".into(),
            how_served: "A staffed inbox".into(),
            channels: vec![id("c-0011")],
            content_strategy: "How-to clips".into(),
            department: Some(id("d-0001")),
            owner: Some(id("p-0002")),
            learning: "Monthly survey".into(),
            metrics: "Reply time\nSatisfaction".into(),
            accountable_to: Some(id("p-0002")),
            notes: "Peak in December.".into(),
        })],
        channels: vec![Arc::new(Channel {
            id: id("c-0011"),
            name: "Help forum".into(),
            media: Media::Owned,
            department: Some(id("d-0001")),
            url: "https://example.com/help".into(),
        })],
        assessment: Assessment {
            maturity: vec![ActivityRating {
                activity: "listening".into(),
                rating: ActivityLevel::Established,
                evidence: "A listening tool since 2024.".into(),
                date: Some(date(2026, 1, 20)),
            }],
            integration: vec![IntegrationRating {
                kind: IntegrationType::AcrossEnterprise,
                rating: 2,
                notes: "IT and HR only.".into(),
            }],
            checklist: vec![ChecklistEntry {
                step: 3,
                status: StepStatus::Done,
                note: "Sponsor named.".into(),
            }],
            history: vec![IntegrationRecord {
                date: date(2025, 12, 1),
                ratings: vec![IntegrationRating {
                    kind: IntegrationType::AcrossEnterprise,
                    rating: 1,
                    notes: String::new(),
                }],
            }],
        },
        reviews: vec![Arc::new(Review {
            id: id("r-0012"),
            date: date(2026, 7, 1),
            previous_review_date: date(2026, 1, 1),
            note: "First roll-forward.".into(),
            baseline: vec![BaselineEntry {
                task: id("t-0008"),
                start: date(2026, 1, 15),
                end: date(2026, 3, 31),
            }],
        })],
        workshop: Workshop {
            agenda: vec![
                AgendaItem { slide: "manifesto".into(), hidden: false },
                AgendaItem { slide: "overview".into(), hidden: true },
            ],
            dots_per_person: 5,
            vote_on: "goals".into(),
            votes: vec![ItemVotes {
                item: id("g-0003"),
                votes: vec![Vote { person: id("p-0002"), dots: 2 }],
            }],
            voters: vec![id("p-0002")],
        },
    }
}

#[test]
fn version_4_golden_file_loads_into_the_same_plan_and_is_written_identically() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v4-every-field.ron");
    let expected = every_field();
    let text = to_canonical_string(&expected).expect("serialises");
    if std::env::var_os("TENSTEP_BLESS").is_some() {
        std::fs::write(&path, &text).expect("write golden file");
    }
    let golden = std::fs::read(&path).expect("the golden file exists");
    let loaded = load_bytes(&golden).expect("the golden file loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert!(loaded.read_only.is_none());
    assert_eq!(loaded.plan, expected, "the version-4 file no longer loads into the same plan");
    assert_eq!(String::from_utf8_lossy(&golden), text, "this version no longer writes version 4 identically");
}

/// The plan a file of an older version means: every stakeholder is on the map, and the
/// voters are the working group.
fn every_field_placed() -> Plan {
    let mut plan = every_field();
    for s in &mut plan.stakeholders {
        Arc::make_mut(s).unplaced = false;
    }
    plan.workshop.voters.clear();
    plan
}

/// Version 3 (before stakeholders could wait off the map and the agenda named who votes)
/// still loads, every stakeholder placed and the working group voting, and is then written
/// as version 4.
#[test]
fn version_3_golden_file_migrates_to_version_4() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v3-every-field.ron");
    let golden = std::fs::read(&path).expect("the golden file exists");
    assert!(
        String::from_utf8_lossy(&golden).contains("format_version: 3,"),
        "the v3 file is never re-blessed"
    );
    let loaded = load_bytes(&golden).expect("the golden file loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert!(loaded.read_only.is_none());
    assert_eq!(loaded.plan, every_field_placed(), "the version-3 file no longer loads into the same plan");
    let written = to_canonical_string(&loaded.plan).expect("serialises");
    assert!(written.contains("format_version: 4,"), "saved in the current format");
}

/// Version 2 (before the workshop agenda) still loads, with the default agenda, and is then
/// written as version 4.
#[test]
fn version_2_golden_file_migrates_to_version_4() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v2-every-field.ron");
    let golden = std::fs::read(&path).expect("the golden file exists");
    assert!(
        String::from_utf8_lossy(&golden).contains("format_version: 2,"),
        "the v2 file is never re-blessed"
    );
    let loaded = load_bytes(&golden).expect("the golden file loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert!(loaded.read_only.is_none());
    let expected = Plan { workshop: Workshop::default(), ..every_field_placed() };
    assert_eq!(loaded.plan, expected, "the version-2 file no longer loads into the same plan");
    let written = to_canonical_string(&loaded.plan).expect("serialises");
    assert!(written.contains("format_version: 4,"), "saved in the current format");
}

/// Version 1 (before tasks named a maturity activity) still loads, into the same plan less
/// what it could not say, and is then written as version 4.
#[test]
fn version_1_golden_file_migrates_to_version_4() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v1-every-field.ron");
    let golden = std::fs::read(&path).expect("the golden file exists");
    assert!(
        String::from_utf8_lossy(&golden).contains("format_version: 1,"),
        "the v1 file is never re-blessed"
    );
    let loaded = load_bytes(&golden).expect("the golden file loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert!(loaded.read_only.is_none());
    let mut expected = Plan { workshop: Workshop::default(), ..every_field_placed() };
    for task in &mut expected.tasks {
        Arc::make_mut(task).maturity_activity = None;
    }
    assert_eq!(loaded.plan, expected, "the version-1 file no longer loads into the same plan");
    let written = to_canonical_string(&loaded.plan).expect("serialises");
    assert!(written.contains("format_version: 4,"), "saved in the current format");
}

#[test]
fn the_synthetic_benchmark_plan_is_valid() {
    let plan = tenstep::model::synthetic::synthetic_plan(300, 40);
    assert_eq!(validate(&plan), Vec::new());
}
