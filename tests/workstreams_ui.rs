//! Workstreams from a blank plan, the way a new user meets them: Ctrl+N, the Plan view's empty
//! state, then adding, naming, recolouring, reordering, collapsing and deleting lanes, each one
//! undo step.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use common::{Start, drag, new_plan, plan, type_into_focus};
use tenstep::app::TenstepApp;

fn names(harness: &Harness<'_, TenstepApp>) -> Vec<String> {
    plan(harness).workstreams.iter().map(|w| w.name.clone()).collect()
}

fn undo(harness: &mut Harness<'_, TenstepApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

/// A blank plan in the Plan view at projector size, with three named workstreams. Frames are
/// 50 ms apart, so two clicks a few frames apart make a double-click.
fn three_lanes() -> Harness<'static, TenstepApp> {
    let mut harness = Start { size: egui::vec2(1280.0, 720.0), step_dt: 0.05, ..Start::default() }.app();
    new_plan(&mut harness, "Blank plan");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness.get_by_label("Nothing planned yet");
    harness.get_by_role_and_label(Role::Button, "+ Add workstream").click();
    harness.run();
    type_into_focus(&mut harness, "Listening");
    harness.key_press(Key::Enter);
    harness.run();
    // The Plan menu's command, by its shortcut.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    harness.run();
    type_into_focus(&mut harness, "Content");
    harness.key_press(Key::Enter);
    harness.run();
    // The row under the last lane.
    harness.get_by_role_and_label(Role::Button, "+ Add workstream").click();
    harness.run();
    type_into_focus(&mut harness, "Training");
    harness.key_press(Key::Enter);
    harness.run();
    harness
}

#[test]
fn a_blank_plan_gets_workstreams_named_by_typing_each_with_its_own_colour() {
    let mut harness = three_lanes();
    assert_eq!(names(&harness), ["Listening", "Content", "Training"]);
    let colours: Vec<String> = plan(&harness).workstreams.iter().map(|w| w.color.clone()).collect();
    assert!(colours[0] != colours[1] && colours[1] != colours[2] && colours[0] != colours[2], "{colours:?}");
    assert!(harness.state().views.gantt.renaming.is_none(), "Enter ends the renaming");

    // Adding a workstream and typing its name is one undo step: no "Workstream 3" is left.
    undo(&mut harness);
    assert_eq!(names(&harness), ["Listening", "Content"]);
    undo(&mut harness);
    assert_eq!(names(&harness), ["Listening"]);
}

#[test]
fn insert_adds_a_task_to_the_selected_lane_and_a_double_click_renames_it() {
    let mut harness = three_lanes();
    harness.get_by_role_and_label(Role::Button, "Content (0 tasks)").click();
    harness.run();
    harness.key_press(Key::Insert);
    harness.run();
    let content = plan(&harness).workstreams[1].id.clone();
    assert_eq!(plan(&harness).tasks.len(), 1);
    assert_eq!(plan(&harness).tasks[0].workstream, content, "the task went into the selected lane");

    harness.key_press(Key::Escape);
    harness.run();
    // A double-click: two clicks a moment apart.
    harness.get_by_role_and_label(Role::Button, "Content (1 task)").click();
    harness.step();
    harness.get_by_role_and_label(Role::Button, "Content (1 task)").click();
    harness.run();
    type_into_focus(&mut harness, "Content and campaigns");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(names(&harness)[1], "Content and campaigns");
}

#[test]
fn lanes_reorder_by_alt_arrows_and_by_dragging_the_header() {
    let mut harness = three_lanes();
    harness.get_by_role_and_label(Role::Button, "Training (0 tasks)").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    assert_eq!(names(&harness), ["Listening", "Training", "Content"]);
    undo(&mut harness);
    assert_eq!(names(&harness), ["Listening", "Content", "Training"]);
    harness.get_by_label("Undone: Moved the workstream");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    harness.get_by_label("Redone: Moved the workstream");
    undo(&mut harness);

    let from = harness.get_by_role_and_label(Role::Button, "Listening (0 tasks)").rect().center();
    let to = harness.get_by_role_and_label(Role::Button, "Training (0 tasks)").rect().center();
    drag(&mut harness, from, to);
    assert_eq!(names(&harness), ["Content", "Training", "Listening"]);
    undo(&mut harness);
    assert_eq!(names(&harness), ["Listening", "Content", "Training"], "the whole drag is one step");
}

#[test]
fn the_lane_menu_recolours_tags_the_phase_and_collapses() {
    let mut harness = three_lanes();
    harness.get_by_role_and_label(Role::Button, "Listening (0 tasks)").click();
    harness.run();
    harness.key_press(Key::Insert);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    let before = plan(&harness).workstreams[0].color.clone();
    harness.get_by_label("Workstream options: Listening").click();
    harness.run();
    harness.get_by_label("Colour 5").click();
    harness.run();
    let after = plan(&harness).workstreams[0].color.clone();
    assert_ne!(after, before);
    assert_eq!(after, tenstep::model::WORKSTREAM_PALETTE[4]);
    harness.get_by_label("Workstream options: Listening").click();
    harness.run();
    harness.get_by_label("Strategy and development").click();
    harness.run();
    assert_eq!(plan(&harness).workstreams[0].phase, Some(tenstep::model::Phase::StrategyAndDevelopment));
    undo(&mut harness);
    assert_eq!(plan(&harness).workstreams[0].phase, None, "the phase is one step");
    undo(&mut harness);
    assert_eq!(plan(&harness).workstreams[0].color, before, "the colour is one step");

    assert!(harness.query_by_label("Bar: New task").is_some());
    harness.get_by_label("Hide the tasks of Listening").click();
    harness.run();
    assert!(harness.query_by_label("Bar: New task").is_none(), "collapsed");
    harness.get_by_label("Show the tasks of Listening").click();
    harness.run();
    assert!(harness.query_by_label("Bar: New task").is_some());
}

#[test]
fn deleting_a_lane_asks_whether_its_tasks_move_or_go_and_undo_brings_all_back() {
    let mut harness = three_lanes();
    harness.get_by_role_and_label(Role::Button, "Listening (0 tasks)").click();
    harness.run();
    for _ in 0..2 {
        harness.key_press(Key::Insert);
        harness.run();
        harness.key_press(Key::Escape);
        harness.run();
    }
    let listening = plan(&harness).workstreams[0].id.clone();
    let content = plan(&harness).workstreams[1].id.clone();
    assert!(plan(&harness).tasks.iter().all(|t| t.workstream == listening));

    // Move them: the default target is the next workstream.
    harness.get_by_role_and_label(Role::Button, "Listening (2 tasks)").click();
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    harness.get_by_label_contains("holds 2 tasks");
    harness.get_by_role_and_label(Role::Button, "Delete workstream").click();
    harness.run();
    assert_eq!(names(&harness), ["Content", "Training"]);
    assert_eq!(plan(&harness).tasks.len(), 2);
    assert!(plan(&harness).tasks.iter().all(|t| t.workstream == content), "moved to Content");
    undo(&mut harness);
    assert_eq!(names(&harness), ["Listening", "Content", "Training"]);
    assert!(plan(&harness).tasks.iter().all(|t| t.workstream == listening), "one step back");

    // Or delete them with it.
    harness.get_by_label("Workstream options: Listening").click();
    harness.run();
    harness.get_by_label("Delete workstream…").click();
    harness.run();
    harness.get_by_label("Delete them with the workstream").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Delete workstream").click();
    harness.run();
    assert_eq!(names(&harness), ["Content", "Training"]);
    assert!(plan(&harness).tasks.is_empty());
    undo(&mut harness);
    assert_eq!(plan(&harness).tasks.len(), 2);
}

#[test]
fn insert_on_a_plan_with_no_workstream_starts_the_first_one() {
    let mut harness = Start { size: egui::vec2(1280.0, 720.0), ..Start::default() }.app();
    new_plan(&mut harness, "Blank plan");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness.key_press(Key::Insert);
    harness.run();
    type_into_focus(&mut harness, "Listening");
    assert_eq!(names(&harness), ["Listening"]);
}

#[test]
fn ctrl_arrows_move_a_month_long_task_by_whole_months_without_stretching_it() {
    let mut harness = three_lanes();
    harness.get_by_role_and_label(Role::Button, "Listening (0 tasks)").click();
    harness.run();
    harness.key_press(Key::Insert);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    let original = plan(&harness).tasks[0].clone();
    assert_eq!(chrono::Datelike::day(&original.start), 1, "a new task starts at a column");
    // Two months on: December's 31 days must not spill past the end of February.
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
        harness.run();
    }
    let moved = &plan(&harness).tasks[0];
    let start = original.start + chrono::Months::new(2);
    let end = (original.end.succ_opt().expect("a day after") + chrono::Months::new(2))
        .pred_opt()
        .expect("a day before");
    assert_eq!((moved.start, moved.end), (start, end), "from {} – {}", original.start, original.end);
}
