//! Every view and panel draws without panicking on empty, odd and large plans.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use std::sync::Arc;
mod common;
use tenstep::commands::View;
use tenstep::model::*;

fn visit_everything(plan: Plan, size: egui::Vec2) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    // Write without validation: odd plans must still open (with warnings).
    std::fs::write(&file, tenstep::io::to_canonical_string(&plan).expect("serialises")).expect("write");
    let mut harness = common::Start { file: Some(file), size, ..common::Start::default() }.app();
    assert!(harness.state().doc.is_some(), "the plan opened");
    for view in View::ALL {
        harness.state_mut().view = view;
        harness.run();
    }
    harness.state_mut().view = View::Stakeholders;
    harness.run();
    for panel in ["Influence map", "Segmentation matrix"] {
        harness.get_by_role_and_label(Role::Button, panel).click();
        harness.run();
    }
    harness.get_all_by_role_and_label(Role::Button, "Channels").next().expect("the tab").click();
    harness.run();
    harness.state_mut().view = View::Team;
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Goals and KPIs").click();
    harness.run();
    harness.state_mut().view = View::Assessment;
    harness.run();
    for panel in ["Integration", "Ten steps", "Three phases", "Maturity ladder"] {
        harness.get_by_role_and_label(Role::Button, panel).click();
        harness.run();
    }
    harness.state_mut().view = View::Manifesto;
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Reading view").click();
    harness.run();
    harness.state_mut().view = View::Plan;
    for kind in ScaleKind::ALL {
        harness.state_mut().views.gantt.scale = kind;
        harness.run();
    }
    // Every page of every slide, with the voting slide on each list and the tally shown.
    harness.key_press(egui::Key::F5);
    harness.run();
    for vote_on in VoteOn::ALL {
        common::edit_plan(&mut harness, |plan| plan.workshop.vote_on = vote_on.key().to_owned());
        harness.key_press(egui::Key::Home);
        harness.run();
        for _ in 0..300 {
            let before = harness.state().presenting.as_ref().map(|p| (p.slide, p.page));
            for key in [egui::Key::Tab, egui::Key::Num1, egui::Key::V, egui::Key::ArrowRight] {
                harness.key_press(key);
                harness.run();
            }
            if harness.state().presenting.as_ref().map(|p| (p.slide, p.page)) == before {
                break;
            }
        }
    }
}

#[test]
fn a_blank_plan() {
    visit_everything(
        Plan::blank(Date::from_ymd_opt(2026, 11, 22).expect("valid"), 7),
        egui::vec2(1280.0, 720.0),
    );
}

#[test]
fn an_odd_plan_with_dangling_ids_and_out_of_range_values() {
    let mut plan = Plan::blank(Date::from_ymd_opt(2026, 1, 1).expect("valid"), 8);
    let d = |y, m, day| Date::from_ymd_opt(y, m, day).expect("valid");
    plan.tasks = vec![
        Arc::new(Task {
            id: Id::new("t-1"),
            workstream: Id::new("w-404"),
            name: "Orphan".into(),
            start: d(2026, 3, 1),
            end: d(2026, 2, 1),
            progress: 250,
            depends_on: vec![Id::new("t-1"), Id::new("t-9")],
            ..Task::default()
        }),
        Arc::new(Task {
            id: Id::new("t-2"),
            workstream: Id::new("w-404"),
            name: "Far future".into(),
            start: d(2199, 1, 1),
            end: d(2199, 12, 31),
            ..Task::default()
        }),
        Arc::new(Task {
            id: Id::new("t-3"),
            workstream: Id::new("w-404"),
            name: "Long ago".into(),
            milestone: true,
            start: d(1901, 1, 1),
            end: d(1901, 1, 1),
            ..Task::default()
        }),
    ];
    plan.stakeholders = vec![
        Arc::new(Stakeholder {
            id: Id::new("s-1"),
            name: "Zero".into(),
            influence: 0,
            interest: 9,
            channels: vec![Id::new("c-404")],
            owner: Some(Id::new("p-404")),
            ..Stakeholder::default()
        }),
        Arc::new(Stakeholder { id: Id::new("s-1"), name: "Duplicate id".into(), ..Stakeholder::default() }),
    ];
    plan.channels = vec![Arc::new(Channel {
        id: Id::new("c-1"),
        name: "".into(),
        url: "javascript:alert(1)".into(),
        ..Channel::default()
    })];
    plan.goals = vec![
        Arc::new(Goal { id: Id::new("g-1"), parent: Some(Id::new("g-2")), ..Goal::default() }),
        Arc::new(Goal {
            id: Id::new("g-2"),
            parent: Some(Id::new("g-1")),
            owner: Some(Id::new("p-404")),
            ..Goal::default()
        }),
        Arc::new(Goal { id: Id::new("g-3"), parent: Some(Id::new("g-404")), ..Goal::default() }),
    ];
    plan.kpis = vec![
        Arc::new(Kpi {
            id: Id::new("k-1"),
            goal: Id::new("g-1"),
            baseline: f64::NAN,
            target: f64::INFINITY,
            current: Some(-1e300),
            ..Kpi::default()
        }),
        Arc::new(Kpi { id: Id::new("k-2"), goal: Id::new("g-404"), ..Kpi::default() }),
        Arc::new(Kpi {
            id: Id::new("k-3"),
            goal: Id::new("g-3"),
            baseline: 5.0,
            target: 5.0,
            current: Some(5.0),
            due: Some(d(1900, 1, 1)),
            ..Kpi::default()
        }),
    ];
    plan.people = vec![Arc::new(Person {
        id: Id::new("p-1"),
        name: "Dangling department".into(),
        department: Some(Id::new("d-404")),
        role: tenstep::model::Role::Driver,
        ..Person::default()
    })];
    plan.manifesto.beliefs = vec![Arc::new(Belief {
        id: Id::new("b-1"),
        statement: "x".repeat(5000),
        votes: vec![Vote { person: Id::new("p-404"), dots: u32::MAX }],
        ..Belief::default()
    })];
    plan.manifesto.signatures = vec![Arc::new(Signature {
        id: Id::new("sig-1"),
        person: Id::new("p-404"),
        revision: 99,
        ..Signature::default()
    })];
    plan.assessment.maturity =
        vec![ActivityRating { activity: "telepathy".into(), ..ActivityRating::default() }];
    plan.assessment.integration = vec![
        IntegrationRating { kind: IntegrationType::GlobalLocal, rating: 0, notes: String::new() },
        IntegrationRating { kind: IntegrationType::GlobalLocal, rating: 200, notes: String::new() },
    ];
    plan.assessment.checklist = vec![
        ChecklistEntry { step: 0, ..ChecklistEntry::default() },
        ChecklistEntry { step: 99, ..ChecklistEntry::default() },
    ];
    plan.assessment.history = vec![IntegrationRecord { date: d(2030, 1, 1), ratings: Vec::new() }];
    plan.meta.horizon_years = 0;
    visit_everything(plan, egui::vec2(1280.0, 720.0));
}

#[test]
fn a_large_plan_at_full_hd() {
    visit_everything(tenstep::model::synthetic::synthetic_plan(800, 200), egui::vec2(1920.0, 1080.0));
}

#[test]
fn every_sample_plan_at_both_sizes() {
    for template in tenstep::templates::TEMPLATES {
        let plan = tenstep::io::load_bytes(template.source.as_bytes()).expect("loads").plan;
        for size in [egui::vec2(1280.0, 720.0), egui::vec2(1920.0, 1080.0)] {
            visit_everything(plan.clone(), size);
        }
    }
}
