//! Issue 16: from a blank plan (Ctrl+N) the digital lead builds the working group, goals,
//! KPIs, the manifesto and the maturity ladder. Every empty view says what to do next, and a
//! new item is ready to type into.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::sync::Arc;
mod common;

use common::plan;
use tenstep::app::TenstepApp;
use tenstep::commands::View;
use tenstep::model::{BeliefStatus, Plan};

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// The app on `plan`, saved to a temp file, in `view` at projector size. The folder lives
/// as long as the harness.
fn open(plan: &Plan, view: View) -> (Harness<'static, TenstepApp>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("blank.ron");
    tenstep::io::save_file(&path, plan).expect("saved");
    let harness = common::Start {
        file: Some(path),
        view: Some(view),
        size: egui::vec2(1280.0, 720.0),
        ..Default::default()
    }
    .app();
    (harness, dir)
}

fn blank() -> Plan {
    Plan::blank(common::today(), 7)
}

/// A blank plan with a working group of four (driver, mentor, sponsor, outside expert).
fn with_group() -> Plan {
    let mut plan = blank();
    let roles = [
        ("Ana Ruiz", tenstep::model::Role::Driver),
        ("Ben Ode", tenstep::model::Role::Mentor),
        ("Cleo Park", tenstep::model::Role::Sponsor),
        ("Dev Rao", tenstep::model::Role::OutsideExpert),
    ];
    for (name, role) in roles {
        let id = plan.add_person(None);
        let person = Arc::make_mut(plan.people.iter_mut().find(|p| p.id == id).expect("added"));
        person.name = name.to_owned();
        person.role = role;
    }
    plan
}

fn panel(harness: &mut Harness<'_, TenstepApp>, name: &str) {
    harness.get_by_role_and_label(Role::Button, name).click();
    harness.run();
}

/// The text field with the keyboard focus among those labelled `label`.
fn focused_field(harness: &Harness<'_, TenstepApp>, role: Role, label: &str) {
    let focused = harness.get_all_by_role_and_label(role, label).find(egui_kittest::Node::is_focused);
    assert!(focused.is_some(), "a {label} field has the keyboard focus");
}

#[test]
fn the_empty_working_group_says_what_to_do_instead_of_showing_empty_tables() {
    let (mut harness, _dir) = open(&blank(), View::Team);
    harness.get_by_label("No people yet. Add the working group, starting with the driver who leads it.");
    harness.get_by_role_and_label(Role::Button, "+ Add person");
    harness.get_by_label_contains("No departments yet.");
    harness.get_by_role_and_label(Role::Button, "+ Add department");
    // No table headings over nothing.
    assert!(harness.query_by_label("Job title").is_none(), "no empty people table");
    assert!(harness.query_by_label("Faces customers").is_none(), "no empty departments table");
    harness.get_by_label("0 people in the working group");
    harness.get_by_label("Unfilled: a digital expert to drive it");

    panel(&mut harness, "Goals and KPIs");
    harness
        .get_by_label("No goals yet. Write the first thing the plan should achieve; KPIs then measure it.");
    harness.get_by_role_and_label(Role::Button, "+ Add goal");
    assert!(harness.query_by_label_contains("0 goals").is_none(), "no count of nothing");
}

#[test]
fn a_new_person_takes_the_typing_at_once() {
    let (mut harness, _dir) = open(&blank(), View::Team);
    harness.get_by_role_and_label(Role::Button, "+ Add person").click();
    harness.run();
    harness.run();
    focused_field(&harness, Role::TextInput, "Name");
    // No click, no select-all: the placeholder is selected, so typing replaces it.
    harness.get_by_role_and_label(Role::TextInput, "Name").type_text("Ana Ruiz");
    harness.run();
    let p = plan(&harness);
    assert_eq!(p.people.len(), 1);
    assert_eq!(p.people[0].name, "Ana Ruiz");
    harness.get_by_label("People (1)");
    harness.get_by_label("1 person in the working group");
}

#[test]
fn a_new_department_takes_the_typing_at_once() {
    let (mut harness, _dir) = open(&blank(), View::Team);
    harness.get_by_role_and_label(Role::Button, "+ Add department").click();
    harness.run();
    harness.run();
    focused_field(&harness, Role::TextInput, "Department");
    harness.get_by_role_and_label(Role::TextInput, "Department").type_text("Customer service");
    harness.run();
    let p = plan(&harness);
    assert_eq!(p.departments.len(), 1);
    assert_eq!(p.departments[0].name, "Customer service");
}

#[test]
fn a_new_goal_and_its_kpi_take_the_typing_at_once_and_the_due_date_is_ahead() {
    let (mut harness, _dir) = open(&blank(), View::Team);
    panel(&mut harness, "Goals and KPIs");
    harness.get_by_role_and_label(Role::Button, "+ Add goal").click();
    harness.run();
    harness.run();
    focused_field(&harness, Role::TextInput, "Goal");
    harness.get_by_role_and_label(Role::TextInput, "Goal").type_text("Faster answers");
    harness.run();
    assert_eq!(plan(&harness).goals[0].title, "Faster answers");
    harness.get_by_label("1 goal · 0 KPIs");
    harness.get_by_label("No KPIs yet: how will you know this goal is met?");

    harness.get_by_role_and_label(Role::Button, "+ Add KPI").click();
    harness.run();
    harness.run();
    focused_field(&harness, Role::TextInput, "KPI");
    harness.get_by_role_and_label(Role::TextInput, "KPI").type_text("Reply time");
    harness.run();
    let p = plan(&harness);
    assert_eq!(p.kpis.len(), 1);
    assert_eq!(p.kpis[0].name, "Reply time");
    assert_eq!(p.kpis[0].goal, p.goals[0].id);
    harness.get_by_label("1 goal · 1 KPI");

    harness.get_by_role_and_label(Role::Button, "Set due date").click();
    harness.run();
    assert_eq!(plan(&harness).kpis[0].due, Some(date(2027, 2, 22)), "three months ahead, not today");
    harness.get_by_role_and_label(Role::Button, "Due");
    harness.get_by_label("Not measured yet");
}

#[test]
fn kpi_progress_never_reads_minus_zero() {
    let mut p = blank();
    let goal = p.add_goal(None);
    let kpi = p.add_kpi(&goal);
    let k = Arc::make_mut(p.kpis.iter_mut().find(|k| k.id == kpi).expect("added"));
    (k.baseline, k.target, k.current) = (10.0, 20.0, Some(9.999));
    let (mut harness, _dir) = open(&p, View::Team);
    panel(&mut harness, "Goals and KPIs");
    harness.get_by_label("0%");
    assert!(harness.query_by_label("-0%").is_none(), "no negative zero");
    harness.get_by_label("On the way");
}

#[test]
fn the_mandate_deadline_is_proposed_ahead_in_the_app_date_style_and_flagged_once_past() {
    let (mut harness, _dir) = open(&blank(), View::Team);
    assert!(harness.query_by_label("Clear").is_none(), "no deadline yet");
    harness.get_by_role_and_label(Role::Button, "Agreed deadline").click();
    harness.run();
    assert_eq!(plan(&harness).working_group.deadline, Some(date(2027, 2, 22)), "three months ahead");
    harness.get_by_role_and_label(Role::Button, "Clear");
    assert!(harness.query_by_label_contains("Passed").is_none(), "a future deadline is not flagged");

    let mut past = blank();
    past.working_group.deadline = Some(date(2026, 10, 1));
    let (harness, _dir) = open(&past, View::Team);
    harness.get_by_label("Passed: agree a new deadline or record what was delivered");
}

#[test]
fn the_empty_manifesto_offers_the_first_belief_and_no_sign_buttons() {
    let (mut harness, _dir) = open(&with_group(), View::Manifesto);
    harness.get_by_label("No beliefs yet. Write the first thing the group agrees on.");
    harness.get_by_label("Nothing to sign yet: the manifesto has no beliefs. Add one, and agree it, first.");
    assert!(harness.query_all_by_label_contains("Sign: ").next().is_none(), "nothing to sign");
    harness.get_by_label("Revision 1 · 4 of 4 members have not signed");

    harness.get_by_role_and_label(Role::Button, "+ Add belief").click();
    harness.run();
    harness.run();
    focused_field(&harness, Role::MultilineTextInput, "1.");
    harness.get_by_role_and_label(Role::MultilineTextInput, "1.").type_text("Customers first");
    harness.run();
    let m = &plan(&harness).manifesto;
    assert_eq!(m.beliefs.len(), 1);
    assert_eq!(m.beliefs[0].statement, "Customers first");
    assert!(harness.query_by_label("No beliefs yet. Write the first thing the group agrees on.").is_none());
}

#[test]
fn sign_off_words_count_members_in_the_singular_and_plural() {
    let mut p = with_group();
    let belief = p.add_belief();
    let b = Arc::make_mut(p.manifesto.beliefs.iter_mut().find(|b| b.id == belief).expect("added"));
    b.statement = "Customers first".to_owned();
    b.status = BeliefStatus::Agreed;
    let signers: Vec<_> = p.people.iter().take(3).map(|x| x.id.clone()).collect();
    for id in &signers {
        p.sign_manifesto(id, common::today());
    }
    let (mut harness, _dir) = open(&p, View::Manifesto);
    harness.get_by_label("Revision 1 · 1 of 4 members has not signed");
    let sign = harness.get_all_by_label_contains("Sign: ").collect::<Vec<_>>();
    assert_eq!(sign.len(), 1, "only the member who has not signed is offered Sign");
    sign[0].click();
    harness.run();
    harness.get_by_label("Revision 1 · all 4 members signed it");
    assert_eq!(plan(&harness).manifesto.current_signatures().count(), 4);

    harness.get_by_label("Overview").click();
    harness.run();
    harness.get_by_label("Manifesto revision 1: signed by 4 of 4");
}

#[test]
fn the_sign_buttons_stay_put_when_one_member_signs() {
    let mut p = with_group();
    let belief = p.add_belief();
    let b = Arc::make_mut(p.manifesto.beliefs.iter_mut().find(|b| b.id == belief).expect("added"));
    b.status = BeliefStatus::Agreed;
    let (mut harness, _dir) = open(&p, View::Manifesto);
    let before: Vec<f32> = harness.get_all_by_label_contains("Sign: ").map(|n| n.rect().left()).collect();
    assert_eq!(before.len(), 4);
    harness.get_all_by_label_contains("Sign: ").next().expect("a button").click();
    harness.run();
    let after: Vec<f32> = harness.get_all_by_label_contains("Sign: ").map(|n| n.rect().left()).collect();
    assert_eq!(after.len(), 3);
    assert!(after.iter().all(|x| (x - before[1]).abs() < 0.5), "{before:?} then {after:?}");
    harness.get_by_label("Revision 1 · 3 of 4 members have not signed");
}

#[test]
fn the_unrated_ladder_starts_at_stage_one() {
    let (mut harness, _dir) = open(&blank(), View::Assessment);
    harness.get_by_label("Not rated yet");
    harness.get_by_label_contains("No activity is rated yet.");
    assert!(harness.query_by_label("+ Add a task for this").is_none(), "no tasks before any rating");
    harness.get_by_role_and_label(Role::Button, "Rate stage 1").click();
    harness.run();
    harness.run();
    let evidence = harness.get_all_by_role_and_label(Role::TextInput, "Listening").next().expect("a field");
    assert!(evidence.is_focused(), "the first activity's evidence has the focus");
    evidence.type_text("Weekly listening report");
    harness.run();
    let rating = plan(&harness).assessment.rating_of("listening").cloned();
    assert_eq!(rating.map(|r| r.evidence).as_deref(), Some("Weekly listening report"));
}

#[test]
fn the_blank_overview_points_at_the_next_steps_in_plain_words() {
    let (mut harness, _dir) = open(&blank(), View::Overview);
    harness.get_by_label("Working group: nobody yet, add its members");
    harness.get_by_label("Manifesto: no beliefs yet, write the first one");
    harness.get_by_label("No milestones ahead. Mark the plan's milestones in the Plan view.");
    harness.get_by_label("0 milestones");
    harness.get_by_label("0 KPIs");
    harness.get_by_label("0 agreed, nobody has signed yet");
    harness.get_by_role_and_label(Role::Button, "Open the Plan view").click();
    harness.run();
    assert_eq!(harness.state().view, View::Plan);

    let mut p = with_group();
    let goal = p.add_goal(None);
    p.add_kpi(&goal);
    let belief = p.add_belief();
    let b = Arc::make_mut(p.manifesto.beliefs.iter_mut().find(|b| b.id == belief).expect("added"));
    b.status = BeliefStatus::Agreed;
    let signers: Vec<_> = p.people.iter().take(3).map(|x| x.id.clone()).collect();
    for id in &signers {
        p.sign_manifesto(id, common::today());
    }
    let (harness, _dir) = open(&p, View::Overview);
    harness.get_by_label("1 of 4 members has not signed revision 1 of the manifesto");
    harness.get_by_label("Working group: 4 people, every role filled");
    harness.get_by_label("goal");
    harness.get_by_label("1 KPI");
}
