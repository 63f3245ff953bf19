//! The Assessment view and the Overview's health list, driven by their labels.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use common::{app_in, plan};
use tenstep::app::TenstepApp;
use tenstep::commands::View;
use tenstep::model::{ActivityLevel, Where};

fn assessment() -> Harness<'static, TenstepApp> {
    app_in(View::Assessment)
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid")
}

/// Clicks the button labelled `button` on the same row as the (last) node labelled `row`.
fn click_in_row(harness: &mut Harness<'_, TenstepApp>, row: &str, button: &str) {
    let last = |h: &Harness<'_, TenstepApp>| h.get_all_by_label(row).last().expect("the row").rect();
    harness.get_all_by_label(row).last().expect("the row").scroll_to_me();
    harness.run();
    let y = last(harness).center().y;
    let target = harness.get_all_by_label(button).find(|n| (n.rect().center().y - y).abs() < 6.0);
    target.unwrap_or_else(|| panic!("no “{button}” on the row of “{row}”")).click();
    harness.run();
}

#[test]
fn rating_an_activity_moves_the_organisation_up_the_ladder() {
    let mut harness = assessment();
    let before = plan(&harness).assessment.current_stage().map(|s| s.number);
    assert_eq!(before, Some(6), "the sample stands at stage 6");
    harness.get_by_label("Stage 6 of 10: Humanising the brand, defining the experience");
    click_in_row(&mut harness, "Community building and recruitment", "Established");
    let p = plan(&harness);
    assert_eq!(p.assessment.level("community_building"), ActivityLevel::Established);
    assert_eq!(p.assessment.current_stage().map(|s| s.number), Some(7));
    harness.get_by_label("Stage 7 of 10: Community");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(plan(&harness).assessment.current_stage().map(|s| s.number), Some(6), "undo");
}

#[test]
fn a_gap_becomes_a_linked_task_and_its_link_opens_the_plan() {
    let mut harness = assessment();
    let tasks = plan(&harness).tasks.len();
    harness.get_by_label("+ Add a task for this").click();
    harness.run();
    let p = plan(&harness);
    assert_eq!(p.tasks.len(), tasks + 1);
    let task = p.tasks_for_activity("community_building").next().expect("linked").clone();
    assert!(task.start >= today());
    harness.get_by_label("1 task planned").click();
    harness.run();
    assert_eq!(harness.state().view, View::Plan);
    assert_eq!(harness.state().views.gantt.selected.as_ref(), Some(&task.id));
}

#[test]
fn recording_an_assessment_keeps_a_dated_copy_to_compare_with() {
    let mut harness = assessment();
    harness.get_by_role_and_label(Role::Button, "Integration").click();
    harness.run();
    let records = plan(&harness).assessment.history.len();
    harness.get_by_label("Compare with");
    // The earlier record is compared by default.
    let earlier = plan(&harness).assessment.history.last().expect("the sample has one").date;
    harness.get_by_label(&earlier.format("%-d %b %Y").to_string());

    // The first type's scale comes first.
    harness.get_all_by_role_and_label(Role::Button, "5").next().expect("a 5 button").click();
    harness.run();
    let rating = |h: &Harness<'_, TenstepApp>| {
        let p = plan(h);
        p.assessment
            .integration
            .iter()
            .find(|r| r.kind == tenstep::model::IntegrationType::PaidOwnedEarned)
            .map(|r| r.rating)
    };
    assert_eq!(rating(&harness), Some(5));
    harness.get_by_label("Record assessment").click();
    harness.run();
    let history = &plan(&harness).assessment.history;
    assert_eq!(history.len(), records + 1);
    let last = history.last().expect("recorded");
    assert_eq!(last.date, today());
    assert_eq!(
        last.ratings
            .iter()
            .find(|r| r.kind == tenstep::model::IntegrationType::PaidOwnedEarned)
            .map(|r| r.rating),
        Some(5)
    );

    // Compare with the copy just made: pick it in the drop-down.
    harness.get_by_label("Compare with").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "22 Nov 2026").click();
    harness.run();
    assert_eq!(harness.state().views.assessment.compare_with, Some(today()));
}

#[test]
fn derived_steps_cannot_be_typed_and_typed_steps_can() {
    let mut harness = assessment();
    harness.get_by_role_and_label(Role::Button, "Ten steps").click();
    harness.run();
    // Step 3 comes from the plan: its status is text, not a drop-down.
    harness.get_by_label("Driver, mentor and sponsor are named");
    assert!(harness.query_by_role_and_label(Role::ComboBox, "Driver, mentor and sponsor").is_none());
    let step9 = plan(&harness).checklist()[8].status;
    assert_eq!(step9, tenstep::model::StepStatus::InProgress);
    harness.get_by_role_and_label(Role::ComboBox, "An empowered cross-silo team").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Done").click();
    harness.run();
    assert_eq!(plan(&harness).checklist()[8].status, tenstep::model::StepStatus::Done);
}

#[test]
fn the_overview_lists_what_needs_attention_and_each_item_goes_to_its_fix() {
    let mut harness = app_in(View::Overview);
    let findings = plan(&harness).health(today());
    harness.get_by_label(&format!("Needs attention ({})", findings.len()));
    let late = findings.iter().find(|f| matches!(f.fix_in, Where::Task(_))).expect("a late task").clone();
    harness.get_by_label(&late.message).click();
    harness.run();
    assert_eq!(harness.state().view, View::Plan);
    let Where::Task(id) = late.fix_in else { unreachable!() };
    assert_eq!(harness.state().views.gantt.selected.as_ref(), Some(&id));

    harness.state_mut().view = View::Overview;
    harness.run();
    let unsigned = findings.iter().find(|f| f.fix_in == Where::Manifesto).expect("unsigned manifesto");
    harness.get_by_label(&unsigned.message).click();
    harness.run();
    assert_eq!(harness.state().view, View::Manifesto);
}
