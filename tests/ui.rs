//! The real app driven by its accessible labels, as a user would (no display needed).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;
use tenstep::app::TenstepApp;
mod common;
use tenstep::commands::View;

fn app_with(file: Option<PathBuf>) -> Harness<'static, TenstepApp> {
    common::Start { file, size: egui::vec2(1280.0, 720.0), ..common::Start::default() }.app()
}

fn title_of(harness: &Harness<'_, TenstepApp>) -> String {
    harness.state().doc.as_ref().expect("a plan is open").plan.meta.title.clone()
}

fn is_dirty(harness: &Harness<'_, TenstepApp>) -> bool {
    harness.state().doc.as_ref().is_some_and(tenstep::app::Document::is_dirty)
}

fn title_field<'a>(harness: &'a Harness<'_, TenstepApp>) -> egui_kittest::Node<'a> {
    harness.get_by_role_and_label(Role::TextInput, "Title")
}

#[test]
fn starts_on_the_sample_plan_as_an_untitled_copy() {
    let harness = app_with(None);
    let doc = harness.state().doc.as_ref().expect("the sample plan is open");
    assert!(doc.path.is_none(), "the sample must not be tied to a file");
    assert!(!doc.is_dirty());
    assert!(!doc.plan.tasks.is_empty());
    assert!(harness.state().window_title().contains("Untitled"));
    assert!(harness.state().window_title().contains(&doc.plan.meta.title));
    harness.get_by_label(&doc.plan.meta.title);
    harness.get_by_label_contains("stakeholders");
}

#[test]
fn every_view_can_be_reached_from_the_navigation() {
    let mut harness = app_with(None);
    for view in View::ALL {
        harness.get_by_role_and_label(Role::Button, view.label()).click();
        harness.run();
        assert_eq!(harness.state().view, view);
    }
    // The keyboard reaches them too.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run();
    assert_eq!(harness.state().view, View::Stakeholders);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    assert_eq!(harness.state().view, View::Overview);
}

#[test]
fn editing_the_title_is_one_undo_step_and_redo_brings_it_back() {
    let mut harness = app_with(None);
    let original = title_of(&harness);
    title_field(&harness).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    title_field(&harness).type_text("Spring");
    harness.run();
    title_field(&harness).type_text(" review");
    harness.run();
    assert_eq!(title_of(&harness), "Spring review");
    assert!(is_dirty(&harness));
    assert!(harness.state().window_title().starts_with('●'));
    assert!(harness.state().window_title().contains("Spring review"));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(title_of(&harness), original, "typing is grouped into one step");
    assert!(!is_dirty(&harness), "undoing every edit returns to the unchanged plan");

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(title_of(&harness), "Spring review");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(title_of(&harness), "Spring review", "Ctrl+Y redoes too");
}

#[test]
fn undo_and_redo_from_the_edit_menu() {
    let mut harness = app_with(None);
    title_field(&harness).focus();
    harness.run();
    title_field(&harness).type_text("!");
    harness.run();
    let edited = title_of(&harness);
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo").click();
    harness.run();
    assert_ne!(title_of(&harness), edited);
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Redo").click();
    harness.run();
    assert_eq!(title_of(&harness), edited);
}

#[test]
fn closing_with_unsaved_changes_asks_save_discard_or_cancel() {
    let mut harness = app_with(None);
    title_field(&harness).focus();
    harness.run();
    title_field(&harness).type_text(" (draft)");
    harness.run();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::W);
    harness.run();
    harness.get_by_label("Unsaved changes");
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Unsaved changes").is_none());
    assert!(harness.state().doc.is_some(), "cancel keeps the plan open");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::W);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Discard").click();
    harness.run();
    assert!(harness.state().doc.is_none(), "discard closes the plan");
    harness.get_by_role_and_label(Role::Button, "New plan…");
}

#[test]
fn saving_a_new_plan_asks_where_and_the_file_loads_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("our-plan");
    let mut harness = app_with(None);
    title_field(&harness).focus();
    harness.run();
    title_field(&harness).type_text(" 2027");
    harness.run();
    let title = title_of(&harness);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "File path");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "File path").type_text(target.to_str().expect("utf-8"));
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();

    let saved = dir.path().join("our-plan.ron");
    assert!(saved.exists(), "Save adds the .ron extension");
    assert!(!is_dirty(&harness));
    assert!(harness.state().window_title().contains("our-plan.ron"));
    let loaded = tenstep::io::load_file(&saved).expect("the saved plan loads");
    assert_eq!(loaded.plan.meta.title, title);
    assert!(loaded.warnings.is_empty());
}

#[test]
fn save_then_discard_prompt_flow_saves_before_continuing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    let template =
        tenstep::io::load_bytes(tenstep::templates::TEMPLATES[1].source.as_bytes()).expect("template");
    tenstep::io::save_file(&file, &template.plan).expect("save");
    let mut harness = app_with(Some(file.clone()));
    assert!(harness.state().window_title().contains("plan.ron"));
    title_field(&harness).focus();
    harness.run();
    title_field(&harness).type_text("X");
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Blank plan").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();
    let on_disk = tenstep::io::load_file(&file).expect("loads");
    assert!(on_disk.plan.meta.title.contains('X'), "the change was saved first");
    assert!(file.with_file_name("plan.ron.bak").exists());
    assert_eq!(title_of(&harness), "Untitled plan", "then the new blank plan opened");
}

#[test]
fn a_file_with_problems_opens_and_lists_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("odd.ron");
    std::fs::write(
        &file,
        "(format_version: 1, id: \"plan-odd\", meta: (title: \"Odd plan\", plan_start: \"2026-01-01\", review_date: \"2026-01-01\"), tasks: [(id: \"t-1\", workstream: \"w-404\", start: \"2026-03-01\", end: \"2026-02-01\")])",
    )
    .expect("write");
    let harness = app_with(Some(file));
    assert_eq!(title_of(&harness), "Odd plan");
    harness.get_by_label("Problems in this plan");
    harness.get_by_label_contains("w-404");
    harness.get_by_label_contains("ends (2026-02-01) before it starts");
}

#[test]
fn a_broken_file_is_refused_with_its_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("broken.ron");
    std::fs::write(&file, "(\n  format_version: 1,\n  meta: (title: 12),\n)").expect("write");
    let harness = app_with(Some(file.clone()));
    harness.get_by_label("The plan could not be opened");
    harness.get_by_label_contains("3:");
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        "(\n  format_version: 1,\n  meta: (title: 12),\n)"
    );
}

#[test]
fn a_newer_file_opens_read_only_and_save_goes_to_save_as() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("future.ron");
    let text = "(format_version: 7, id: \"plan-f\", meta: (title: \"From the future\"), hologram: true)";
    std::fs::write(&file, text).expect("write");
    let mut harness = app_with(Some(file.clone()));
    harness.get_by_label("Read-only");
    assert!(harness.state().window_title().contains("read-only"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Save the plan as");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), text, "the newer file is never overwritten");
}

#[test]
fn templates_open_from_the_file_menu() {
    let mut harness = app_with(None);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("New from template").hover();
    harness.run();
    let name = tenstep::templates::TEMPLATES[2].name;
    harness.get_by_role_and_label(Role::Button, name).click();
    harness.run();
    let expected =
        tenstep::io::load_bytes(tenstep::templates::TEMPLATES[2].source.as_bytes()).expect("template");
    assert_eq!(title_of(&harness), expected.plan.meta.title);
    assert!(harness.state().doc.as_ref().expect("open").path.is_none());
}

#[test]
fn an_idle_app_does_not_keep_repainting() {
    let mut harness = app_with(None);
    harness.run();
    let steps = harness.try_run().expect("the app settles");
    assert!(steps <= 2, "an idle app asked for {steps} more frames");
}

/// Presses the window's close button for one frame; returns the viewport commands the app sent.
fn request_window_close(harness: &mut Harness<'_, TenstepApp>) -> Vec<egui::ViewportCommand> {
    let root = egui::ViewportId::ROOT;
    harness.input_mut().viewports.entry(root).or_default().events.push(egui::ViewportEvent::Close);
    harness.step();
    harness.input_mut().viewports.entry(root).or_default().events.clear();
    let commands =
        harness.output().viewport_output.get(&root).map(|v| v.commands.clone()).unwrap_or_default();
    harness.run();
    commands
}

#[test]
fn the_window_close_button_asks_before_losing_changes() {
    let mut harness = app_with(None);
    let untouched = request_window_close(&mut harness);
    assert!(!untouched.contains(&egui::ViewportCommand::CancelClose), "an unchanged plan closes at once");

    title_field(&harness).focus();
    harness.run();
    title_field(&harness).type_text("?");
    harness.run();
    let commands = request_window_close(&mut harness);
    assert!(commands.contains(&egui::ViewportCommand::CancelClose));
    harness.get_by_label("Unsaved changes");
    harness.get_by_role_and_label(Role::Button, "Discard").click();
    harness.step();
    let root = egui::ViewportId::ROOT;
    let commands =
        harness.output().viewport_output.get(&root).map(|v| v.commands.clone()).unwrap_or_default();
    assert!(commands.contains(&egui::ViewportCommand::Close), "discard lets the window close");
}

#[test]
fn quit_shortcut_with_changes_asks_first() {
    let mut harness = app_with(None);
    title_field(&harness).focus();
    harness.run();
    title_field(&harness).type_text("?");
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.get_by_label("Unsaved changes");
    harness.get_by_role_and_label(Role::Button, "Cancel").click();
    harness.run();
    assert!(harness.state().doc.as_ref().is_some_and(tenstep::app::Document::is_dirty));
}

/// A file dropped onto the window in tests.
#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_plan_file_on_the_window_opens_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("dropped.ron");
    let template =
        tenstep::io::load_bytes(tenstep::templates::TEMPLATES[2].source.as_bytes()).expect("template");
    tenstep::io::save_file(&file, &template.plan).expect("save");
    let mut harness = app_with(None);
    harness.input_mut().dropped_files.push(std::sync::Arc::new(DroppedPath(file.clone())));
    harness.step();
    harness.input_mut().dropped_files.clear();
    harness.run();
    let doc = harness.state().doc.as_ref().expect("open");
    assert_eq!(doc.path.as_deref(), Some(file.as_path()));
    assert_eq!(doc.plan.meta.title, template.plan.meta.title);
    assert!(
        harness.state().settings.recent.iter().any(|p| p.ends_with("dropped.ron")),
        "opened files become recent"
    );
}

#[test]
fn f1_lists_the_keyboard_shortcuts() {
    let mut harness = app_with(None);
    harness.key_press(Key::F1);
    harness.run();
    assert!(harness.query_all_by_label("Keyboard shortcuts").count() >= 1);
    harness.get_by_label("Ctrl+Shift+S");
    harness.get_by_label("Save as…");
}

#[test]
fn the_view_option_opens_straight_into_that_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    let template =
        tenstep::io::load_bytes(tenstep::templates::TEMPLATES[0].source.as_bytes()).expect("template");
    tenstep::io::save_file(&file, &template.plan).expect("save");
    let harness = common::Start {
        file: Some(file),
        view: Some(View::Manifesto),
        size: egui::vec2(1280.0, 720.0),
        ..common::Start::default()
    }
    .app();
    assert_eq!(harness.state().view, View::Manifesto);
}

#[test]
fn ctrl_n_then_enter_starts_a_blank_plan() {
    let mut harness = app_with(None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("New plan");
    harness.key_press(Key::Enter);
    harness.run();
    let plan = &harness.state().doc.as_ref().expect("a plan is open").plan;
    assert!(plan.tasks.is_empty() && plan.workstreams.is_empty(), "the blank plan, the first choice");
    assert!(harness.query_by_label("New plan").is_none(), "the dialog closed");
}
