//! Issue 19: every field of every view reports its edit. Typing into any text field of the
//! example plan makes exactly one undo step when it changed the plan and none when it did not
//! (a search box); the app's own frame-end check (debug builds) fails any test in which the
//! plan changed without a report.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
mod common;

use tenstep::app::TenstepApp;
use tenstep::commands::View;

/// The places that hold fields: a view and, where it has tabs, the tab. (The Plan view's
/// fields belong to the selected task: see the second test.)
const PLACES: [(View, Option<&str>); 8] = [
    (View::Overview, None),
    (View::Stakeholders, Some("Segmentation matrix")),
    (View::Stakeholders, Some("Channels")),
    (View::Manifesto, Some("Edit and sign")),
    (View::Team, None),
    (View::Assessment, Some("Maturity ladder")),
    (View::Assessment, Some("Integration")),
    (View::Assessment, Some("Ten steps")),
];

/// At most this many fields are tried per place (a matrix holds hundreds of the same kind).
const FIELDS_PER_PLACE: usize = 14;

fn undo_steps(harness: &Harness<'_, TenstepApp>) -> usize {
    harness.state().doc.as_ref().expect("a plan").history.undo_len()
}

/// The text fields on screen, in tree order: their labels and centres.
fn text_fields(harness: &Harness<'_, TenstepApp>) -> Vec<(String, egui::Pos2)> {
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1600.0, 900.0));
    harness
        .query_all_by_role(Role::TextInput)
        .chain(harness.query_all_by_role(Role::MultilineTextInput))
        .filter(|node| !node.accesskit_node().is_disabled())
        .map(|node| (node.accesskit_node().label().unwrap_or_default(), node.rect().center()))
        .filter(|(_, centre)| screen.shrink(4.0).contains(*centre))
        .collect()
}

/// Types into each field of the place in turn; returns how many changed the plan.
fn type_into_every_field(harness: &mut Harness<'_, TenstepApp>, place: &str) -> usize {
    let fields = text_fields(harness);
    assert!(!fields.is_empty(), "{place}: no text field found");
    let mut edits = 0;
    for (label, centre) in fields.into_iter().take(FIELDS_PER_PLACE) {
        let steps = undo_steps(harness);
        let before = common::plan(harness).clone();
        common::click_at(harness, centre);
        harness.event(egui::Event::Text("Z".to_owned()));
        harness.run();
        let changed = *common::plan(harness) != before;
        let expected = steps + usize::from(changed);
        assert_eq!(
            undo_steps(harness),
            expected,
            "{place}: typing into “{label}” (changed the plan: {changed})"
        );
        edits += usize::from(changed);
    }
    edits
}

#[test]
fn typing_into_any_field_of_any_view_is_one_undo_step() {
    let mut total = 0;
    for (view, tab) in PLACES {
        let mut harness = common::app_in(view);
        if let Some(tab) = tab {
            // The tab row comes first (a matrix column may share a tab's name).
            harness.get_all_by_role_and_label(Role::Button, tab).next().expect("the tab").click();
            harness.run();
        }
        let place = format!("{} {}", view.label(), tab.unwrap_or_default());
        let edits = type_into_every_field(&mut harness, &place);
        total += edits;
    }
    assert!(total >= 40, "only {total} fields edited the plan: the test is not reaching the views' fields");
}

#[test]
fn the_task_table_row_and_the_task_details_window_report_every_field() {
    let mut harness = common::app_in(View::Plan);
    let first = common::plan(&harness).tasks[0].id.clone();
    harness.state_mut().views.gantt.selected = Some(first);
    harness.run();
    let edits = type_into_every_field(&mut harness, "task table");
    assert!(edits >= 1, "the selected row's name field edits the task");
    let first = common::plan(&harness).tasks[0].id.clone();
    harness.state_mut().views.gantt.editing = Some(first);
    harness.run();
    harness.get_by_label("Task details");
    let edits = type_into_every_field(&mut harness, "task details");
    assert!(edits >= 2, "name and notes of the task details edit the task");
}
