//! The Plan (Gantt) view driven like a user would: drag a bar, undo, delete, roll forward.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;
use chrono::Datelike;

use common::{app_in, drag};
use tenstep::app::TenstepApp;
use tenstep::commands::View;
use tenstep::model::{Id, Task};

fn gantt() -> Harness<'static, TenstepApp> {
    app_in(View::Plan)
}

fn task<'a>(harness: &'a Harness<'_, TenstepApp>, name_start: &str) -> &'a Task {
    let plan = &harness.state().doc.as_ref().expect("open").plan;
    plan.tasks.iter().find(|t| t.name.starts_with(name_start)).expect("the sample has this task")
}

fn task_by_id<'a>(harness: &'a Harness<'_, TenstepApp>, id: &Id) -> Option<&'a Task> {
    harness.state().doc.as_ref().expect("open").plan.task(id)
}

#[test]
fn dragging_a_bar_moves_the_task_by_whole_columns_and_undo_puts_it_back() {
    let mut harness = gantt();
    let original = task(&harness, "Consult on revision 2").clone();
    let bar = harness.get_by_label(&format!("Bar: {}", original.name)).rect();
    let from = bar.center();
    // Two columns on: two months in monthly columns, a year in half-year ones.
    let column = harness.state().views.gantt.column_width as f32;
    let to = from + egui::vec2(2.0 * column, 0.0);
    drag(&mut harness, from, to);

    let moved = task_by_id(&harness, &original.id).expect("still there").clone();
    assert!(moved.start > original.start, "{} → {}", original.start, moved.start);
    assert_eq!(moved.duration_days(), original.duration_days(), "a move keeps the length");
    let months = |d: chrono::NaiveDate| d.year() * 12 + d.month0() as i32;
    let step = months(moved.start) - months(original.start);
    assert!(step == 2 || step == 12, "moved by whole columns: {} → {}", original.start, moved.start);
    assert_eq!(moved.start.day(), original.start.day(), "by whole months, the day kept");
    assert!(harness.state().doc.as_ref().expect("open").is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let back = task_by_id(&harness, &original.id).expect("still there");
    assert_eq!((back.start, back.end), (original.start, original.end), "one undo step undoes the whole drag");
}

#[test]
fn delete_removes_the_selected_task_and_undo_restores_it() {
    let mut harness = gantt();
    let victim = task(&harness, "Consult on revision 2").clone();
    harness.get_by_label(&victim.name).click();
    harness.run();
    assert_eq!(harness.state().views.gantt.selected.as_ref(), Some(&victim.id));
    harness.key_press(Key::Delete);
    harness.run();
    assert!(task_by_id(&harness, &victim.id).is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(task_by_id(&harness, &victim.id).is_some());
}

#[test]
fn rolling_forward_keeps_a_baseline_and_shows_it() {
    let mut harness = gantt();
    let reviews_before = harness.state().doc.as_ref().expect("open").plan.reviews.len();
    let review_date_before = harness.state().doc.as_ref().expect("open").plan.meta.review_date;
    harness.get_by_label("Roll forward…").click();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Note").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Note").type_text("Autumn review");
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Roll forward").click();
    harness.run();

    let plan = &harness.state().doc.as_ref().expect("open").plan;
    assert_eq!(plan.reviews.len(), reviews_before + 1);
    let review = plan.reviews.last().expect("recorded");
    assert_eq!(review.note, "Autumn review");
    assert_eq!(review.baseline.len(), plan.tasks.len());
    assert!(plan.meta.review_date > review_date_before);
    assert_eq!(harness.state().views.gantt.baseline.as_ref(), Some(&review.id), "the new baseline is shown");
    // The baseline is named after the review it closes, not the day of the roll-forward.
    let closed = review_date_before.format("%-d %b %Y").to_string();
    harness.get_by_label(&format!("Nothing moved since the review of {closed}."));
    harness.get_by_value(&format!("Review of {closed}"));

    // Undo takes the whole roll-forward back, and says so.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.get_by_label_contains("Undone: Rolled forward");
    let plan = &harness.state().doc.as_ref().expect("open").plan;
    assert_eq!(plan.reviews.len(), reviews_before);
    assert_eq!(plan.meta.review_date, review_date_before);
}

#[test]
fn an_earlier_baseline_shows_what_slipped() {
    let mut harness = gantt();
    let review = harness.state().doc.as_ref().expect("open").plan.reviews[0].id.clone();
    harness.state_mut().views.gantt.baseline = Some(review);
    harness.run();
    harness.get_by_label_contains("moved since the review of");
}

#[test]
fn collapsing_a_workstream_hides_its_tasks() {
    let mut harness = gantt();
    let name = task(&harness, "Consult on revision 2").name.clone();
    assert!(harness.query_by_label(&name).is_some());
    harness.get_by_label("Hide the tasks of Strategy and governance").click();
    harness.run();
    assert!(harness.query_by_label(&name).is_none());
    harness.get_by_label("Show the tasks of Strategy and governance").click();
    harness.run();
    assert!(harness.query_by_label(&name).is_some());
}

#[test]
fn arrow_keys_select_and_ctrl_arrows_move_by_a_column() {
    let mut harness = gantt();
    let first = task(&harness, "Consult on revision 2").clone();
    harness.get_by_label(&first.name).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::ArrowRight);
    harness.run();
    let moved = task_by_id(&harness, &first.id).expect("there");
    assert_eq!(moved.start, first.start + chrono::Months::new(1), "one month column later");
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_ne!(harness.state().views.gantt.selected.as_ref(), Some(&first.id));
}

fn task_count(harness: &Harness<'_, TenstepApp>) -> usize {
    harness.state().doc.as_ref().expect("open").plan.tasks.len()
}

#[test]
fn add_task_opens_the_editor_and_adding_with_its_name_is_one_undo_step() {
    let mut harness = gantt();
    let before = task_count(&harness);
    harness.get_all_by_label("+ Add task").next().expect("a lane has an add row").click();
    harness.run();
    assert_eq!(task_count(&harness), before + 1);
    let created = harness.state().views.gantt.selected.clone().expect("the new task is selected");
    assert_eq!(harness.state().views.gantt.editing.as_ref(), Some(&created), "its editor opens");

    let name = harness.get_by_role_and_label(Role::TextInput, "Name");
    name.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Name").type_text("Launch the staff advocacy pilot");
    harness.run();
    assert_eq!(task_by_id(&harness, &created).expect("there").name, "Launch the staff advocacy pilot");

    // Adding a task and typing its name is one step: Undo never leaves a "New task" behind.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(task_count(&harness), before, "adding and naming undone together");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(task_by_id(&harness, &created).expect("back").name, "Launch the staff advocacy pilot");
}

#[test]
fn dragging_across_a_lane_add_row_sketches_a_new_task() {
    let mut harness = gantt();
    let before = task_count(&harness);
    let row = harness.get_all_by_label("+ Add task").next().expect("an add row").rect();
    let from = egui::pos2(1000.0, row.center().y);
    let to = egui::pos2(1250.0, row.center().y);
    drag(&mut harness, from, to);
    assert_eq!(task_count(&harness), before + 1);
    let created = harness.state().views.gantt.selected.clone().expect("selected");
    let task = task_by_id(&harness, &created).expect("there");
    assert!(
        task.duration_days() > 60,
        "the sketch spans several month columns: {} days",
        task.duration_days()
    );
    assert_eq!(chrono::Datelike::day(&task.start), 1, "snapped to a column start");
}

#[test]
fn the_editor_changes_a_tasks_status_as_one_undo_step() {
    let mut harness = gantt();
    let plan = &harness.state().doc.as_ref().expect("open").plan;
    let before =
        plan.tasks.iter().find(|t| t.status != tenstep::model::TaskStatus::AtRisk).expect("a task").clone();
    harness.state_mut().views.gantt.editing = Some(before.id.clone());
    harness.run();
    harness.get_by_label("Task details");
    // The editor's status box (the filter bar has one too, drawn earlier).
    let status = harness.get_all_by_role_and_label(Role::ComboBox, "Status").last().expect("the editor's");
    status.click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "At risk").click();
    harness.run();
    assert_eq!(task_by_id(&harness, &before.id).expect("there").status, tenstep::model::TaskStatus::AtRisk);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(task_by_id(&harness, &before.id).expect("there").status, before.status);
}

#[test]
fn dragging_from_a_bars_end_to_another_bar_makes_a_dependency_and_circles_are_refused() {
    let mut harness = gantt();
    let first = task(&harness, "Consult on revision 2").clone();
    let second = task(&harness, "Rolled-forward plan").clone();
    assert!(!second.depends_on.contains(&first.id));
    harness.get_by_label(&first.name).click();
    harness.run();
    let handle = harness.get_by_label(&format!("Link from: {}", first.name)).rect().center();
    let target = harness.get_by_label(&format!("Bar: {}", second.name)).rect().center();
    drag(&mut harness, handle, target);
    let after = task_by_id(&harness, &second.id).expect("there");
    assert!(after.depends_on.contains(&first.id), "the second task now follows the first");
    assert!(
        after.start > task_by_id(&harness, &first.id).expect("there").end,
        "and was pushed to start after it"
    );

    // The reverse link would make a circle: refused, nothing changes.
    let before = harness.state().doc.as_ref().expect("open").plan.clone();
    harness.get_by_label(&second.name).click();
    harness.run();
    let handle = harness.get_by_label(&format!("Link from: {}", second.name)).rect().center();
    let target = harness.get_by_label(&format!("Bar: {}", first.name)).rect().center();
    drag(&mut harness, handle, target);
    assert_eq!(harness.state().doc.as_ref().expect("open").plan, before);
    harness.get_by_label_contains("would make a circle");
}

#[test]
fn filtering_by_status_can_hide_the_rest() {
    let mut harness = gantt();
    let late: Vec<String> = harness
        .state()
        .doc
        .as_ref()
        .expect("open")
        .plan
        .tasks
        .iter()
        .filter(|t| t.status == tenstep::model::TaskStatus::Late)
        .map(|t| t.name.clone())
        .collect();
    let on_track = task(&harness, "Rolled-forward plan").name.clone();
    assert!(!late.is_empty());
    harness.get_by_role_and_label(Role::ComboBox, "Status").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Late").click();
    harness.run();
    harness.get_by_label("Hide the rest").click();
    harness.run();
    assert!(harness.query_by_label(&on_track).is_none(), "non-matching tasks are hidden");
    for name in &late {
        harness.get_by_label(name);
    }
    harness.get_by_label("Clear").click();
    harness.run();
    harness.get_by_label(&on_track);
}

#[test]
fn the_selected_row_is_edited_in_place() {
    let mut harness = gantt();
    let original = task(&harness, "Consult on revision 2").clone();
    harness.get_by_label(&original.name).click();
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "Task");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Task").type_text("Consult the staff on the manifesto");
    harness.run();
    assert_eq!(task_by_id(&harness, &original.id).expect("there").name, "Consult the staff on the manifesto");

    // The row's status box (the filter bar's comes first).
    harness.get_all_by_role_and_label(Role::ComboBox, "Status").last().expect("the row's").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Late").click();
    harness.run();
    assert_eq!(task_by_id(&harness, &original.id).expect("there").status, tenstep::model::TaskStatus::Late);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let back = task_by_id(&harness, &original.id).expect("there");
    assert_eq!((back.name.as_str(), back.status), (original.name.as_str(), original.status));
}

#[test]
fn an_idle_gantt_does_not_keep_repainting() {
    let mut harness = gantt();
    harness.run();
    let steps = harness.try_run().expect("the view settles");
    assert!(steps <= 2, "an idle Plan view asked for {steps} more frames");
}

#[test]
fn dragging_a_bars_end_resizes_it_and_shift_gives_single_days() {
    let mut harness = gantt();
    let original = task(&harness, "Consult on revision 2").clone();
    let bar = harness.get_by_label(&format!("Bar: {}", original.name)).rect();
    // Grab the right end and pull it one column later.
    let column = harness.state().views.gantt.column_width as f32;
    let end = egui::pos2(bar.right() - 3.0, bar.center().y);
    drag(&mut harness, end, end + egui::vec2(column, 0.0));
    let resized = task_by_id(&harness, &original.id).expect("there").clone();
    assert_eq!(resized.start, original.start, "the start stays");
    assert!(resized.end > original.end);
    let months = |d: chrono::NaiveDate| d.year() * 12 + d.month0() as i32;
    assert!(months(resized.end) > months(original.end), "{} → {}", original.end, resized.end);
    let month_end = |d: chrono::NaiveDate| d.succ_opt().is_some_and(|n| n.day() == 1);
    assert!(
        resized.end.day() == original.end.day() || month_end(resized.end),
        "the end moves by whole months: {} → {}",
        original.end,
        resized.end
    );

    // With Shift held, the start moves by single days rather than whole columns.
    let bar = harness.get_by_label(&format!("Bar: {}", original.name)).rect();
    let start = egui::pos2(bar.left() + 2.0, bar.center().y);
    harness.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    drag(&mut harness, start, start + egui::vec2(20.0, 0.0));
    harness.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    harness.run();
    let shifted = task_by_id(&harness, &original.id).expect("there");
    assert!(shifted.start > original.start);
    assert_ne!(chrono::Datelike::day(&shifted.start), 1, "not snapped to a column start");
    assert_eq!(shifted.end, resized.end, "resizing the start keeps the end");
}

#[test]
fn every_scale_draws_and_zoom_keys_work() {
    let mut harness = gantt();
    for kind in tenstep::model::ScaleKind::ALL {
        harness.state_mut().views.gantt.scale = kind;
        harness.run();
    }
    harness.state_mut().views.gantt.scale = tenstep::model::ScaleKind::Quarters;
    harness.run();
    harness.get_by_role_and_label(Role::ComboBox, "Scale");
    let before = harness.state().views.gantt.column_width;
    harness.key_press(Key::Plus);
    harness.run();
    assert!(harness.state().views.gantt.column_width > before, "+ zooms in");
    harness.key_press(Key::Minus);
    harness.key_press(Key::Minus);
    harness.run();
    assert!(harness.state().views.gantt.column_width < before, "- zooms out");
    harness.key_press(Key::F);
    harness.run();
    let state = &harness.state().views.gantt;
    assert_eq!(state.scroll_x, 0.0, "fit shows the horizon from its start");
}

#[test]
fn dragging_the_background_pans() {
    let mut harness = gantt();
    let before = (harness.state().views.gantt.scroll_x, harness.state().views.gantt.scroll_y);
    // An empty spot of the chart: the far right of the first lane's header row.
    let lane = harness.get_by_label("Hide the tasks of Strategy and governance").rect();
    let from = egui::pos2(1550.0, lane.center().y);
    drag(&mut harness, from, from + egui::vec2(-200.0, 0.0));
    let after = (harness.state().views.gantt.scroll_x, harness.state().views.gantt.scroll_y);
    assert!(after.0 > before.0 + 100.0, "dragging left moves later dates into view: {before:?} → {after:?}");
}

#[test]
fn a_drag_whose_bar_scrolls_out_of_view_still_ends_when_the_button_is_released() {
    let mut harness = gantt();
    let original = task(&harness, "Consult on revision 2").clone();
    let bar = harness.get_by_label(&format!("Bar: {}", original.name)).rect();
    let column = harness.state().views.gantt.column_width as f32;
    let from = bar.center();
    let to = from + egui::vec2(2.0 * column, 0.0);
    harness.drag_at(from);
    harness.run();
    harness.hover_at(to);
    harness.run();
    assert!(harness.state().views.gantt.drag.is_some(), "dragging");
    // The wheel scrolls the rows while the button is held: the bar leaves the view.
    for _ in 0..40 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            modifiers: Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.run();
    }
    assert!(
        harness.query_by_label(&format!("Bar: {}", original.name)).is_none(),
        "the bar scrolled out of view"
    );
    harness.drop_at(to);
    harness.run();
    harness.run();
    assert!(harness.state().views.gantt.drag.is_none(), "the drag ended");
    let moved = task_by_id(&harness, &original.id).expect("there");
    assert!(
        moved.start > original.start,
        "the move it showed was made: {} → {}",
        original.start,
        moved.start
    );
}
