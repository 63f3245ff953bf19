//! Saving through the app: the file carries the day it was saved, a failed save changes
//! nothing in the open plan, and the saved date is neither an undo step nor unsaved work.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use tenstep::app::{RecoveryPlace, TenstepApp};
use tenstep::model::Date;
mod common;

/// The day the sample plan says it was last saved, well before [`common::today`].
fn saved_before() -> Date {
    Date::from_ymd_opt(2026, 10, 2).expect("a date")
}

/// A sample plan saved as `dir/plan.ron`, last saved on [`saved_before`].
fn plan_file(dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir).expect("mkdir");
    let file = dir.join("plan.ron");
    let mut plan =
        tenstep::io::load_bytes(tenstep::templates::TEMPLATES[1].source.as_bytes()).expect("template").plan;
    plan.meta.modified = saved_before();
    tenstep::io::save_file(&file, &plan).expect("save");
    file
}

fn app(file: PathBuf, recovery: &Path) -> Harness<'static, TenstepApp> {
    common::Start {
        file: Some(file),
        size: egui::vec2(1280.0, 720.0),
        recovery: RecoveryPlace::At(recovery.to_owned()),
        ..common::Start::default()
    }
    .app()
}

fn type_into_title(harness: &mut Harness<'_, TenstepApp>, text: &str) {
    harness.get_by_role_and_label(Role::TextInput, "Title").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Title").type_text(text);
    harness.run();
}

fn save(harness: &mut Harness<'_, TenstepApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
}

#[test]
fn a_failed_save_leaves_the_open_plan_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("plans");
    let file = plan_file(&folder);
    let mut harness = app(file.clone(), &dir.path().join("recovery"));
    type_into_title(&mut harness, " edited");
    let before = common::plan(&harness).clone();
    let steps = harness.state().doc.as_ref().expect("open").history.undo_len();
    // The folder goes away, so the save cannot be written.
    std::fs::remove_dir_all(&folder).expect("removed");

    save(&mut harness);
    harness.get_by_label("The plan was not saved");
    let doc = harness.state().doc.as_ref().expect("open");
    assert_eq!(doc.plan.meta.modified, saved_before(), "the saved date stays until a save succeeds");
    assert!(doc.plan == before, "nothing else in the plan changed either");
    assert_eq!(doc.history.undo_len(), steps);
    assert!(doc.is_dirty(), "the edit is still unsaved");
    assert!(!file.exists());
}

#[test]
fn a_save_stamps_the_day_in_the_file_and_the_plan_without_an_undo_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = plan_file(&dir.path().join("plans"));
    let mut harness = app(file.clone(), &dir.path().join("recovery"));
    type_into_title(&mut harness, " edited");
    let steps = harness.state().doc.as_ref().expect("open").history.undo_len();

    save(&mut harness);
    let on_disk = tenstep::io::load_file(&file).expect("loads").plan;
    assert_eq!(on_disk.meta.modified, common::today(), "the file says when it was saved");
    let doc = harness.state().doc.as_ref().expect("open");
    assert_eq!(doc.plan, on_disk, "the open plan is what the file holds");
    assert!(!doc.is_dirty(), "the saved date is not unsaved work");
    assert_eq!(doc.history.undo_len(), steps, "nor an undo step");

    // Undo takes back the edit (to the plan as it was before, saved date and all).
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let plan = common::plan(&harness);
    assert!(!plan.meta.title.ends_with(" edited"), "{}", plan.meta.title);
    assert_eq!(plan.meta.modified, saved_before());
}
