//! Editing while presenting: N adds an item with the cursor ready, double-click edits what the
//! slide shows, dot voting with clicks and number keys, the tally, the spotlight.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
mod common;

use common::{double_click, plan};
use tenstep::app::TenstepApp;
use tenstep::commands::View;
use tenstep::model::{BeliefStatus, SlideKind, tally};

/// Presents and steps to the first page of `kind`.
fn present_at(kind: SlideKind) -> Harness<'static, TenstepApp> {
    // Short frames, so two clicks in a row make a double-click.
    let mut harness =
        common::Start { view: Some(View::Overview), step_dt: 0.05, ..common::Start::default() }.app();
    harness.key_press(Key::F5);
    harness.run();
    for _ in 0..60 {
        let p = harness.state().presenting.as_ref().expect("presenting");
        if SlideKind::ALL[p.slide] == kind {
            return harness;
        }
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    panic!("{kind:?} not reached");
}

/// Types into whatever has the keyboard focus.
fn type_text(harness: &mut Harness<'_, TenstepApp>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

#[test]
fn n_adds_a_belief_with_the_cursor_ready_and_undo_takes_it_back() {
    let mut harness = present_at(SlideKind::Manifesto);
    let before = plan(&harness).manifesto.beliefs.len();
    harness.key_press(Key::N);
    harness.run();
    assert!(harness.state().presenting.as_ref().is_some_and(|p| p.edit.is_some()), "the editor opened");
    type_text(&mut harness, "We share what we learn");
    harness.run();
    harness.get_by_label("Done").click();
    harness.run();
    let beliefs = &plan(&harness).manifesto.beliefs;
    assert_eq!(beliefs.len(), before + 1);
    let added = beliefs.last().expect("added");
    assert_eq!((added.statement.as_str(), added.status), ("We share what we learn", BeliefStatus::Proposed));
    assert!(harness.state().presenting.is_some(), "still presenting");
    harness.get_by_label_contains("We share what we learn");
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
    }
    assert_eq!(plan(&harness).manifesto.beliefs.len(), before, "typing, then adding, undone");
}

#[test]
fn double_click_edits_a_belief_in_place_and_the_slide_keys_wait_while_typing() {
    let mut harness = present_at(SlideKind::Manifesto);
    let first = plan(&harness).manifesto.beliefs[0].statement.replace("**", "");
    let label = harness.get_by_label_contains(&first[..20]).rect().center();
    double_click(&mut harness, label);
    assert!(harness.state().presenting.as_ref().is_some_and(|p| p.edit.is_some()), "the editor opened");
    harness.key_press(Key::End);
    type_text(&mut harness, " Always.");
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert_eq!(
        harness.state().presenting.as_ref().map(|p| p.slide),
        Some(2),
        "keys go to the text, not the slides"
    );
    harness.get_by_label("Done").click();
    harness.run();
    assert!(plan(&harness).manifesto.beliefs[0].statement.ends_with(" Always."));
}

#[test]
fn dots_are_cast_by_click_and_number_key_within_the_budget_and_the_tally_is_revealed() {
    let mut harness = present_at(SlideKind::Voting);
    let proposals = tenstep::model::proposals(plan(&harness));
    let first = proposals[0].clone();
    let start = tally(plan(&harness), &first);
    harness.key_press(Key::Num1);
    harness.run();
    assert_eq!(tally(plan(&harness), &first), start, "nobody is voting yet");
    harness.key_press(Key::Tab);
    harness.run();
    let voter = harness.state().presenting.as_ref().and_then(|p| p.voter.clone()).expect("a voter");
    let budget = plan(&harness).workshop.dots_per_person;
    let already = tenstep::model::dots_placed(plan(&harness), &voter, &proposals);
    for _ in 0..budget + 2 {
        harness.key_press(Key::Num1);
        harness.run();
    }
    assert_eq!(tally(plan(&harness), &first), start + budget - already, "no more than the budget");
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Num1);
    harness.run();
    assert_eq!(tally(plan(&harness), &first), start + budget - already - 1, "Shift takes one back");
    let text = tenstep::model::proposals(plan(&harness))
        .first()
        .and_then(|id| plan(&harness).manifesto.beliefs.iter().find(|b| &b.id == id))
        .map(|b| b.statement.clone())
        .expect("a proposal");
    assert!(text.len() > 10);
    harness.get_by_label_contains("Proposal 1:").click();
    harness.run();
    assert_eq!(tally(plan(&harness), &first), start + budget - already, "a click gives a dot");
    let total = tally(plan(&harness), &first);
    harness.get_by_label_contains("Proposal 1:");
    assert!(harness.query_by_label_contains(" — ").is_none(), "the tally is hidden");
    harness.key_press(Key::V);
    harness.run();
    harness.get_by_label_contains(&format!(" — {total} dots"));
    harness.get_by_label_contains("Proposal 1:").click_secondary();
    harness.run();
    assert_eq!(tally(plan(&harness), &first), total - 1, "a right-click takes a dot back");
    harness.get_by_label_contains(&format!(" — {} dots", total - 1));
}

#[test]
fn the_spotlight_follows_the_picked_workstream_and_n_adds_a_task_to_it() {
    let mut harness = present_at(SlideKind::RollingPlan);
    let stream = plan(&harness).workstreams[0].clone();
    let tasks_before = plan(&harness).tasks.len();
    harness.key_press(Key::S);
    harness.run();
    assert!(
        !harness.state().presenting.as_ref().is_some_and(|p| p.spotlight),
        "nothing picked, no spotlight"
    );
    harness.get_by_label(&format!("Workstream: {}", stream.name)).click();
    harness.run();
    harness.key_press(Key::S);
    harness.run();
    let p = harness.state().presenting.as_ref().expect("presenting");
    assert!(p.spotlight && p.dimmed(&plan(&harness).workstreams[1].id) && !p.dimmed(&stream.id));
    harness.key_press(Key::N);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "Creator briefing day");
    harness.key_press(Key::Enter);
    harness.run();
    let tasks = &plan(&harness).tasks;
    assert_eq!(tasks.len(), tasks_before + 1);
    let added = tasks.iter().find(|t| t.name == "Creator briefing day").expect("named as typed");
    assert_eq!(added.workstream, stream.id, "added to the spotlighted workstream");
    assert!(harness.state().presenting.as_ref().is_some_and(|p| p.edit.is_none()), "Enter closed the editor");
}

#[test]
fn double_click_on_a_task_moves_its_dates_through_the_scheduling_rules() {
    let mut harness = present_at(SlideKind::RollingPlan);
    let task = plan(&harness).tasks[1].clone();
    let row = harness.get_by_label(&format!("Task: {}", task.name)).rect().center();
    double_click(&mut harness, row);
    harness.get_by_label("Ends");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "Audit every presence");
    harness.key_press(Key::Enter);
    harness.run();
    let renamed = plan(&harness).tasks.iter().find(|t| t.id == task.id).expect("still there");
    assert_eq!(renamed.name, "Audit every presence");
    assert_eq!((renamed.start, renamed.end), (task.start, task.end), "dates untouched until picked");
}

#[test]
fn n_adds_a_stakeholder_to_the_segment_on_the_page_and_a_cell_edits_in_place() {
    let mut harness = present_at(SlideKind::Segmentation);
    let before = plan(&harness).stakeholders.len();
    let first = plan(&harness).stakeholders[0].clone();
    harness.key_press(Key::N);
    harness.run();
    type_text(&mut harness, "Podcast listeners");
    harness.get_by_label("Podcast listeners");
    harness.key_press(Key::Enter);
    harness.run();
    let stakeholders = &plan(&harness).stakeholders;
    assert_eq!(stakeholders.len(), before + 1);
    let added = stakeholders
        .iter()
        .find(|s| s.name == "Podcast listeners")
        .expect("added, its name typed over the placeholder");
    assert_eq!(
        (added.side, added.segment.as_str()),
        (first.side, first.segment.as_str()),
        "in the page's segment"
    );
    assert!(harness.state().presenting.as_ref().is_some_and(|p| p.edit.is_none()), "Enter closed the editor");

    let needs = harness.get_by_label_contains(&first.needs[..20]).rect().center();
    double_click(&mut harness, needs);
    assert!(harness.state().presenting.as_ref().is_some_and(|p| p.edit.is_some()), "the cell editor opened");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    type_text(&mut harness, "Answers the same day");
    harness.get_by_label("Done").click();
    harness.run();
    assert_eq!(plan(&harness).stakeholders[0].needs, "Answers the same day");
}

#[test]
fn ctrl_plus_and_minus_zoom_the_slides_and_ctrl_0_resets() {
    let mut harness = present_at(SlideKind::Overview);
    let zoom = harness.ctx.zoom_factor();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    assert!(harness.ctx.zoom_factor() > zoom, "zoomed in");
    assert!(!harness.state().timer.shown, "Ctrl+plus is not the timer's plus");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(harness.ctx.zoom_factor(), zoom);
    assert_eq!(harness.state().presenting.as_ref().map(|p| p.slide), Some(0), "Ctrl+0 is not a vote");
}

#[test]
fn the_agenda_puts_the_goals_to_the_vote() {
    let mut harness = present_at(SlideKind::Voting);
    harness.key_press(Key::A);
    harness.run();
    let combo =
        harness.get_all_by_label("The voting slide votes on").last().expect("the list chooser").rect();
    harness.hover_at(combo.center());
    harness.drag_at(combo.center());
    harness.drop_at(combo.center());
    harness.run();
    harness.get_by_label("Goals").click();
    harness.run();
    assert_eq!(plan(&harness).workshop.vote_on(), tenstep::model::VoteOn::Goals);
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().presenting.is_some(), "Esc closed the agenda, not the presentation");
    let goal = plan(&harness).goals[0].clone();
    harness.get_by_label_contains(&format!("Proposal 1: {}", goal.title));
    harness.key_press(Key::Tab);
    harness.key_press(Key::Num1);
    harness.run();
    assert_eq!(tally(plan(&harness), &goal.id), 1, "a dot on the first goal");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(tally(plan(&harness), &goal.id), 0, "undone");
}

#[test]
fn a_read_only_plan_is_presented_but_never_changed() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/newer-version.ron");
    let mut harness = common::Start { file: Some(file), present: true, ..common::Start::default() }.app();
    assert!(harness.state().doc.as_ref().is_some_and(|d| d.read_only.is_some()), "opened read-only");
    let before = plan(&harness).clone();
    for _ in 0..12 {
        for key in [Key::N, Key::Tab, Key::Num1] {
            harness.key_press(key);
            harness.run();
        }
        assert!(harness.state().presenting.as_ref().is_some_and(|p| p.edit.is_none()), "no editor opens");
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    assert_eq!(plan(&harness), &before, "nothing was added, voted or edited");
}

/// The editor a live addition opens on `kind`, at a projector's 1280×720: where the slide shows
/// the new item, and the editor's heading, field (`field`) and Done button.
fn added_on(kind: SlideKind, field: &str) -> (egui::Rect, Vec<egui::Rect>) {
    let mut harness = common::Start {
        view: Some(View::Overview),
        size: egui::vec2(1280.0, 720.0),
        ..common::Start::default()
    }
    .app();
    harness.key_press(Key::F5);
    harness.run();
    while SlideKind::ALL[harness.state().presenting.as_ref().expect("presenting").slide] != kind {
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    harness.key_press(Key::N);
    harness.run();
    harness.run();
    let edit = harness.state().presenting.as_ref().and_then(|p| p.edit.clone()).expect("an editor opened");
    let item = edit.anchor.expect("the slide says where the new item is");
    let text_box = [egui::accesskit::Role::TextInput, egui::accesskit::Role::MultilineTextInput]
        .into_iter()
        .find_map(|role| harness.query_by_role_and_label(role, field))
        .expect("the editor's field")
        .rect();
    let editor = [text_box, harness.get_by_label("Done").rect()].to_vec();
    (item, editor)
}

#[test]
fn the_editor_a_live_addition_opens_leaves_the_new_item_in_view() {
    for (kind, field) in [
        (SlideKind::Manifesto, "Statement"),
        (SlideKind::Segmentation, "Stakeholder"),
        (SlideKind::RollingPlan, "Name"),
    ] {
        let (item, editor) = added_on(kind, field);
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0));
        assert!(screen.contains_rect(item), "{kind:?}: the new item {item:?} is on screen");
        for part in editor {
            assert!(screen.contains_rect(part), "{kind:?}: the editor {part:?} is on screen");
            assert!(!part.intersects(item), "{kind:?}: the editor {part:?} covers the item {item:?}");
        }
    }
}

#[test]
fn the_editor_opens_beside_a_task_double_clicked_low_on_the_slide() {
    let mut harness = present_at(SlideKind::RollingPlan);
    let rows: Vec<egui::Rect> = harness.query_all_by_label_contains("Task: ").map(|n| n.rect()).collect();
    let lowest = *rows.iter().max_by(|a, b| a.top().total_cmp(&b.top())).expect("tasks on the slide");
    double_click(&mut harness, lowest.center());
    let edit = harness.state().presenting.as_ref().and_then(|p| p.edit.clone()).expect("an editor opened");
    assert_eq!(edit.anchor, Some(lowest), "the editor knows the row it edits");
    for part in [harness.get_by_label("Name").rect(), harness.get_by_label("Done").rect()] {
        assert!(part.bottom() < lowest.top(), "the editor {part:?} opens above the row {lowest:?}");
    }
}

#[test]
fn n_on_a_full_segmentation_page_turns_to_the_page_of_the_new_stakeholder() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-plans/northwind-retail.ron");
    let mut harness =
        common::Start { file: Some(file), size: egui::vec2(1024.0, 768.0), ..common::Start::default() }.app();
    harness.key_press(Key::F5);
    harness.run();
    while SlideKind::ALL[harness.state().presenting.as_ref().expect("presenting").slide]
        != SlideKind::Segmentation
    {
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    harness.key_press(Key::N);
    harness.run();
    type_text(&mut harness, "Podcast listeners");
    // The row is on the page shown, highlighted, and the editor leaves it in view.
    harness.get_by_label("Podcast listeners");
    let edit = harness.state().presenting.as_ref().and_then(|p| p.edit.clone()).expect("editing");
    let row = edit.anchor.expect("the slide shows the new row");
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 768.0));
    assert!(screen.contains_rect(row), "{row:?}");
    assert!(!harness.get_by_label("Done").rect().intersects(row), "the editor is beside the row");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(plan(&harness).stakeholders.iter().any(|s| s.name == "Podcast listeners"));
}
