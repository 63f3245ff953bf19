//! The Stakeholders view started from a blank plan (issue 16): every panel says where to start,
//! a new stakeholder or channel is ready to name, the map's tray and grid points, and the
//! matrix's stakeholder column staying put while a gap's cell is brought into view.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use common::{drag, plan};
use tenstep::app::TenstepApp;
use tenstep::commands::View;
use tenstep::model::Plan;

/// The app on a blank plan saved to a temporary file, in the Stakeholders view at 1280×720.
fn blank() -> (Harness<'static, TenstepApp>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("blank.ron");
    tenstep::io::save_file(&path, &Plan::blank(common::today(), 7)).expect("saved");
    let harness = common::Start {
        file: Some(path),
        view: Some(View::Stakeholders),
        size: egui::vec2(1280.0, 720.0),
        ..Default::default()
    }
    .app();
    (harness, dir)
}

/// Types into whatever has the keyboard focus (not into a field found by its label).
fn type_into_focus(harness: &mut Harness<'_, TenstepApp>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

/// Adds a stakeholder with the matrix's empty-state or toolbar button and names it by typing.
fn add_named(harness: &mut Harness<'_, TenstepApp>, button: &str, name: &str) {
    harness.get_by_role_and_label(Role::Button, button).click();
    harness.run();
    type_into_focus(harness, name);
}

fn tab(harness: &mut Harness<'_, TenstepApp>, label: &str) {
    harness.get_all_by_role_and_label(Role::Button, label).next().expect("the panel tab").click();
    harness.run();
}

#[test]
fn a_blank_matrix_says_where_to_start_and_a_new_stakeholder_is_ready_to_name() {
    let (mut harness, _dir) = blank();
    harness.get_by_label("No stakeholders yet. Start with who the plan serves.");
    assert!(harness.query_by_label_contains("have a channel, a metric and an owner").is_none());
    assert!(harness.query_by_label_contains("All 0").is_none());

    add_named(&mut harness, "+ External stakeholder", "Customers");
    assert_eq!(plan(&harness).stakeholders.len(), 1);
    assert_eq!(plan(&harness).stakeholders[0].name, "Customers", "typing replaced the placeholder");
    harness.get_by_label_contains("1 stakeholder has no channel");
    assert!(harness.query_by_label("No stakeholders yet. Start with who the plan serves.").is_none());

    add_named(&mut harness, "+ Internal", "Staff");
    let names: Vec<&str> = plan(&harness).stakeholders.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Customers", "Staff"]);
    harness.get_by_label_contains("2 stakeholders have no channel");
    harness.get_by_label_contains("2 stakeholders have no owner");
}

#[test]
fn the_owner_gap_names_the_owner_column() {
    let (mut harness, _dir) = blank();
    add_named(&mut harness, "+ External stakeholder", "Customers");
    harness.get_by_role_and_label(Role::Button, "no owner");
    // The column the gap means is titled as the gap says, and its field is labelled by it.
    harness.get_by_label("Owner");
    assert!(harness.query_all_by_role_and_label(Role::ComboBox, "Owner").count() > 0);
}

#[test]
fn the_channel_picker_of_a_blank_plan_offers_a_new_channel_and_links_it() {
    let (mut harness, _dir) = blank();
    add_named(&mut harness, "+ External stakeholder", "Customers");
    harness.key_press(egui::Key::Escape);
    harness.run();
    // The picker is labelled by its column, "Channels", after the panel tab of that name.
    harness.get_all_by_role_and_label(Role::Button, "Channels").last().expect("the picker").click();
    harness.run();
    harness.get_by_label("No channels yet.");
    harness.get_by_role_and_label(Role::Button, "+ New channel").click();
    harness.run();
    let now = plan(&harness);
    assert_eq!(now.channels.len(), 1, "a channel was added");
    assert_eq!(now.stakeholders[0].channels, [now.channels[0].id.clone()], "and linked");
    assert!(harness.query_by_label_contains("has no channel").is_none());
    harness.get_by_label_contains("1 stakeholder has no metric");

    // Adding and linking were one step: one undo takes both back, the stakeholder stays.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let undone = plan(&harness);
    assert!(undone.channels.is_empty() && undone.stakeholders[0].channels.is_empty(), "both undone");
    assert_eq!(undone.stakeholders[0].name, "Customers");
}

#[test]
fn a_blank_channel_panel_says_where_to_start_and_a_new_channel_is_ready_to_name() {
    let (mut harness, _dir) = blank();
    tab(&mut harness, "Channels");
    harness.get_by_label_contains("No channels yet.");
    harness.get_by_role_and_label(Role::Button, "+ New channel").click();
    harness.run();
    type_into_focus(&mut harness, "Newsletter");
    let channels: Vec<&str> = plan(&harness).channels.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(channels, ["Newsletter"], "typing replaced the placeholder");
    harness.get_by_label("No stakeholders yet. Add who the plan serves, then say which channels serve them.");

    // A second one, by media, also takes the focus.
    harness.get_by_role_and_label(Role::Button, "+ Earned channel").click();
    harness.run();
    type_into_focus(&mut harness, "Press coverage");
    let channels: Vec<&str> = plan(&harness).channels.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(channels, ["Newsletter", "Press coverage"]);
}

#[test]
fn a_new_stakeholder_waits_beside_the_map_and_lands_on_the_grid_point_it_is_dropped_at() {
    let (mut harness, _dir) = blank();
    tab(&mut harness, "Influence map");
    harness.get_by_label("No stakeholders yet. Add who the plan serves, then drag them onto the map.");
    add_named(&mut harness, "+ External stakeholder", "Press");
    assert_eq!(plan(&harness).stakeholders[0].name, "Press", "named in the matrix");
    tab(&mut harness, "Influence map");

    harness.get_by_label("Not placed yet: drag onto the map");
    let map = harness.get_by_label("Influence and interest map").rect();
    let waiting = harness.get_by_label("Stakeholder: Press").rect();
    assert!(waiting.left() >= map.right(), "in the tray beside the map, not on it");

    // Influence 4, interest 2 is at the middle of its row and column of the 5×5 scale; drop a
    // little off it.
    let point = |influence: f32, interest: f32| {
        egui::pos2(
            map.left() + map.width() * (interest - 0.5) / 5.0,
            map.bottom() - map.height() * (influence - 0.5) / 5.0,
        )
    };
    let target = point(4.0, 2.0);
    let off = target + egui::vec2(map.width() * 0.06, -map.height() * 0.05);
    drag(&mut harness, egui::pos2(waiting.left() + 10.0, waiting.center().y), off);
    let s = &plan(&harness).stakeholders[0];
    assert_eq!((s.influence, s.interest), (4, 2));
    assert!(harness.query_by_label("Not placed yet: drag onto the map").is_none(), "the tray is gone");

    // Without the tray the map is wider: its grid points moved with it.
    let map = harness.get_by_label("Influence and interest map").rect();
    let target = egui::pos2(
        map.left() + map.width() * (2.0 - 0.5) / 5.0,
        map.bottom() - map.height() * (4.0 - 0.5) / 5.0,
    );
    let placed = harness.get_by_label("Stakeholder: Press").rect();
    assert!((placed.left() + 10.0 - target.x).abs() < 1.0, "the dot is on the grid point's column");
    assert!(placed.y_range().contains(target.y), "and on its row");
    // Not on the line between low and high interest (between levels 2 and 3).
    let divider = map.left() + map.width() * 0.4;
    assert!(placed.left() + 10.0 < divider - 20.0);
}

/// The app on a saved plan file, in the Stakeholders view at 1280×720.
fn reopen(path: &std::path::Path) -> Harness<'static, TenstepApp> {
    common::Start {
        file: Some(path.to_owned()),
        view: Some(View::Stakeholders),
        size: egui::vec2(1280.0, 720.0),
        ..Default::default()
    }
    .app()
}

#[test]
fn a_stakeholder_not_placed_yet_is_still_waiting_after_saving_and_reopening_and_undo_puts_it_back() {
    let (mut harness, dir) = blank();
    add_named(&mut harness, "+ Internal stakeholder", "Shop staff");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    let path = dir.path().join("blank.ron");
    let saved = tenstep::io::load_file(&path).expect("saved").plan;
    assert!(saved.stakeholders[0].unplaced, "the file says the stakeholder is not on the map yet");
    drop(harness);

    let mut harness = reopen(&path);
    tab(&mut harness, "Influence map");
    harness.get_by_label("Not placed yet: drag onto the map");
    let map = harness.get_by_label("Influence and interest map").rect();
    let waiting = harness.get_by_label("Stakeholder: Shop staff").rect();
    assert!(waiting.left() >= map.right(), "still in the tray, not in the middle of the grid");

    drag(
        &mut harness,
        egui::pos2(waiting.left() + 10.0, waiting.center().y),
        map.left_bottom() + egui::vec2(20.0, -20.0),
    );
    let s = &plan(&harness).stakeholders[0];
    assert!(!s.unplaced);
    assert_eq!((s.influence, s.interest), (1, 1));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(plan(&harness).stakeholders[0].unplaced, "one undo step takes it back to the tray");
    harness.get_by_label("Not placed yet: drag onto the map");
}

#[test]
fn going_to_a_gap_from_the_overview_brings_its_cell_into_view_and_the_names_stay_put() {
    let (mut harness, _dir) = blank();
    add_named(&mut harness, "+ External stakeholder", "Customers");
    harness.key_press(egui::Key::Escape);
    harness.run();
    // The picker is labelled by its column, "Channels", after the panel tab of that name.
    harness.get_all_by_role_and_label(Role::Button, "Channels").last().expect("the picker").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "+ New channel").click();
    harness.run();
    let name_before =
        harness.get_all_by_role_and_label(Role::TextInput, "Stakeholder").next().expect("name").rect();
    let metrics = |harness: &Harness<'_, TenstepApp>| {
        harness.get_all_by_role_and_label(Role::MultilineTextInput, "Metrics").next().expect("metrics").rect()
    };
    assert!(metrics(&harness).left() > 1280.0, "the metrics column starts off screen");

    harness.get_by_role_and_label(Role::Button, "Overview").click();
    harness.run();
    harness.get_by_label("Customers: no metric, no owner").click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().view, View::Stakeholders);
    let cell = metrics(&harness);
    assert!(
        cell.left() > name_before.right() && cell.right() < 1280.0,
        "the metrics cell is in view: {cell:?}"
    );
    let name_after =
        harness.get_all_by_role_and_label(Role::TextInput, "Stakeholder").next().expect("name").rect();
    assert_eq!(name_after.left(), name_before.left(), "the stakeholder column stayed put");
}
