//! The Stakeholders view's segmentation matrix, driven by its labels.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use common::{app_in, drag, plan};
use tenstep::app::TenstepApp;
use tenstep::commands::View;

fn matrix() -> Harness<'static, TenstepApp> {
    app_in(View::Stakeholders)
}

#[test]
fn adding_a_stakeholder_shows_its_gaps_and_undo_removes_it() {
    let mut harness = matrix();
    let before = plan(&harness).stakeholders.len();
    harness.get_by_label("+ External").click();
    harness.run();
    assert_eq!(plan(&harness).stakeholders.len(), before + 1);
    harness.get_by_label_contains("1 stakeholder has no channel");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(plan(&harness).stakeholders.len(), before);
}

#[test]
fn a_cell_is_edited_in_place_as_one_undo_step() {
    let mut harness = matrix();
    let first = plan(&harness).stakeholders[0].clone();
    let needs =
        harness.get_all_by_role_and_label(Role::MultilineTextInput, "Needs").next().expect("a needs cell");
    needs.focus();
    harness.run();
    harness
        .get_all_by_role_and_label(Role::MultilineTextInput, "Needs")
        .next()
        .expect("a needs cell")
        .type_text(" And a human reply.");
    harness.run();
    assert!(plan(&harness).stakeholders[0].needs.ends_with("And a human reply."));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(plan(&harness).stakeholders[0].needs, first.needs);
}

#[test]
fn search_and_side_filters_narrow_the_rows() {
    let mut harness = matrix();
    let internal = plan(&harness)
        .stakeholders
        .iter()
        .find(|s| s.side == tenstep::model::Side::Internal)
        .expect("one")
        .name
        .clone();
    let external = plan(&harness)
        .stakeholders
        .iter()
        .find(|s| s.side == tenstep::model::Side::External)
        .expect("one")
        .name
        .clone();
    harness.get_by_role_and_label(Role::Button, "Internal").click();
    harness.run();
    assert!(harness.query_all_by_value(&internal).count() > 0);
    assert_eq!(harness.query_all_by_value(&external).count(), 0);
    harness.get_by_role_and_label(Role::Button, "All").click();
    harness.run();
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    search.focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text("zzz-no-such-thing");
    harness.run();
    harness.get_by_label_contains("No stakeholder matches");
}

#[test]
fn dragging_a_dot_on_the_influence_map_changes_influence_and_interest_in_one_undo_step() {
    let mut harness = matrix();
    harness.get_by_role_and_label(Role::Button, "Influence map").click();
    harness.run();
    let target = plan(&harness).stakeholders[0].clone();
    let dot = harness.get_by_label(&format!("Stakeholder: {}", target.name)).rect();
    let from = egui::pos2(dot.left() + 10.0, dot.top() + 10.0);
    // Far down and left: the lowest influence and interest.
    let to = egui::pos2(300.0, 860.0);
    drag(&mut harness, from, to);
    let moved = plan(&harness).stakeholders[0].clone();
    assert_eq!((moved.influence, moved.interest), (1, 1), "dropped in the bottom-left cell");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let back = &plan(&harness).stakeholders[0];
    assert_eq!((back.influence, back.interest), (target.influence, target.interest));
}

#[test]
fn toggling_a_channel_cell_links_it_and_undo_unlinks() {
    let mut harness = matrix();
    harness.get_all_by_role_and_label(Role::Button, "Channels").next().expect("the panel tab").click();
    harness.run();
    let stakeholder = plan(&harness).stakeholders[0].clone();
    let channel = plan(&harness)
        .channels
        .iter()
        .find(|c| !stakeholder.channels.contains(&c.id))
        .expect("an unused channel")
        .clone();
    harness.get_by_label(&format!("{} serves {}", channel.name, stakeholder.name)).click();
    harness.run();
    assert!(plan(&harness).stakeholders[0].channels.contains(&channel.id));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(!plan(&harness).stakeholders[0].channels.contains(&channel.id));
}

#[test]
fn opening_a_channel_address_asks_first() {
    let mut harness = matrix();
    harness.get_all_by_role_and_label(Role::Button, "Channels").next().expect("the panel tab").click();
    harness.run();
    harness.get_all_by_label("Open…").next().expect("an openable channel").click();
    harness.run();
    harness.get_by_label("Open this address?");
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Open this address?").is_none());
}

#[test]
fn a_stakeholder_lists_the_tasks_that_serve_it_and_jumps_to_the_gantt() {
    let mut harness = matrix();
    let plan_now = plan(&harness);
    let (stakeholder, task) = plan_now
        .stakeholders
        .iter()
        .find_map(|s| {
            plan_now.tasks.iter().find(|t| t.stakeholders.contains(&s.id)).map(|t| (s.id.clone(), t.clone()))
        })
        .expect("the sample links tasks to stakeholders");
    let index = plan(&harness).stakeholder_index(&stakeholder).expect("there");
    let count = plan(&harness).tasks.iter().filter(|t| t.stakeholders.contains(&stakeholder)).count();
    assert!(index < 6, "visible in the first screen of rows");
    let tasks = if count == 1 { "1 task".to_owned() } else { format!("{count} tasks") };
    harness.get_all_by_label(&format!("Served by {tasks}")).next().expect("the menu").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, &task.name).click();
    harness.run();
    assert_eq!(harness.state().view, View::Plan);
    assert_eq!(harness.state().views.gantt.selected.as_ref(), Some(&task.id));
}
