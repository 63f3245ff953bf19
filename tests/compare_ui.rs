//! The compare window: open another copy, take some changes, merge as one undo step.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a panic is a failed test")]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tenstep::app::TenstepApp;
mod common;

fn app(file: PathBuf) -> Harness<'static, TenstepApp> {
    common::Start { file: Some(file), ..common::Start::default() }.app()
}

/// Mine and a colleague's copy with a new title, a moved task and a new stakeholder.
fn copies(dir: &Path) -> (PathBuf, PathBuf) {
    let mine = dir.join("plan.ron");
    let theirs = dir.join("plan from Ana.ron");
    let plan =
        tenstep::io::load_bytes(tenstep::templates::TEMPLATES[1].source.as_bytes()).expect("template").plan;
    tenstep::io::save_file(&mine, &plan).expect("save");
    let mut other = plan.clone();
    other.meta.title = "Their title".into();
    let task = Arc::make_mut(&mut other.tasks[0]);
    task.progress = 77;
    task.notes = "Ana's note".into();
    other.add_stakeholder(tenstep::model::Side::External, None);
    tenstep::io::save_file(&theirs, &other).expect("save");
    (mine, theirs)
}

fn open_compare(harness: &mut Harness<'_, TenstepApp>, theirs: &Path) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Compare with…").click();
    harness.run();
    // No system dialog in tests: type the path.
    harness.get_by_role_and_label(Role::TextInput, "File path").focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(Role::TextInput, "File path").type_text(&theirs.display().to_string());
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Compare").click();
    harness.run();
}

#[test]
fn taking_some_changes_merges_them_in_one_undo_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mine, theirs) = copies(dir.path());
    let mut harness = app(mine);
    let before = harness.state().doc.as_ref().expect("doc").plan.clone();
    open_compare(&mut harness, &theirs);
    harness.get_by_label("Compare with plan from Ana.ron");
    harness.get_by_label_contains("3 difference(s)");
    for area in ["Plan details", "Rolling plan", "Stakeholders and channels"] {
        assert!(harness.get_all_by_label(area).count() >= 1, "{area} heading");
    }

    // Take the new stakeholder whole and only the progress of the task.
    harness.get_by_label_contains("added stakeholder").click();
    harness.run();
    harness.get_by_role_and_label(Role::CheckBox, "progress").click();
    harness.run();
    harness.get_by_label("Merge 2 change(s)").click();
    harness.run();
    assert!(harness.query_by_label("Compare with plan from Ana.ron").is_none(), "the window closed");
    let plan = &harness.state().doc.as_ref().expect("doc").plan;
    assert_eq!(plan.stakeholders.len(), before.stakeholders.len() + 1);
    assert_eq!(plan.tasks[0].progress, 77);
    assert_eq!(plan.tasks[0].notes, before.tasks[0].notes, "the note was left");
    assert_eq!(plan.meta.title, before.meta.title, "the title was left");
    assert!(harness.state().doc.as_ref().expect("doc").is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let undone = &harness.state().doc.as_ref().expect("doc").plan;
    assert_eq!(undone, &before, "one undo takes the whole merge back");
}

#[test]
fn take_all_theirs_and_keep_all_mine() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mine, theirs) = copies(dir.path());
    let mut harness = app(mine);
    open_compare(&mut harness, &theirs);
    harness.get_by_label("Take all theirs").click();
    harness.run();
    harness.get_by_label("Merge 3 change(s)");
    harness.get_by_label("Keep all mine").click();
    harness.run();
    harness.get_by_label("Merge 0 change(s)");
    harness.get_by_label("Take all theirs").click();
    harness.run();
    harness.get_by_label("Merge 3 change(s)").click();
    harness.run();
    let merged = harness.state().doc.as_ref().expect("doc").plan.clone();
    let theirs_plan = tenstep::io::load_file(&theirs).expect("loads").plan;
    assert!(tenstep::compare::compare(&merged, &theirs_plan).expect("same plan").is_empty());
}

#[test]
fn a_copy_of_another_plan_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mine, _) = copies(dir.path());
    let stranger = dir.path().join("other.ron");
    let other =
        tenstep::io::load_bytes(tenstep::templates::TEMPLATES[2].source.as_bytes()).expect("template").plan;
    tenstep::io::save_file(&stranger, &other).expect("save");
    let mut harness = app(mine);
    open_compare(&mut harness, &stranger);
    harness.get_by_label("These files cannot be compared");
    harness.get_by_label_contains("two different plans");
}

#[test]
fn importing_tasks_from_csv_maps_columns_and_reports_skipped_rows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mine, _) = copies(dir.path());
    let csv = dir.path().join("from excel.csv");
    std::fs::write(&csv, "Task;Begin;Finish;Owner\nLaunch;2027-03-01;2027-04-30;\nBroken;someday;;\n")
        .expect("write");
    let mut harness = app(mine);
    let before = harness.state().doc.as_ref().expect("doc").plan.tasks.len();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import tasks from CSV…").click();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "File path").focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(Role::TextInput, "File path").type_text(&csv.display().to_string());
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Open").click();
    harness.run();
    harness.get_by_label("Import tasks from from excel.csv");
    harness.get_by_label_contains("2 rows. Say what each column holds");
    harness.get_by_label("Import 2 rows").click();
    harness.run();
    harness.get_by_label("1 added, 0 updated, 0 unchanged, 1 skipped");
    harness.get_by_label_contains("Row 3 not imported");
    assert_eq!(harness.state().doc.as_ref().expect("doc").plan.tasks.len(), before + 1);
    harness.get_by_role_and_label(Role::Button, "Close").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().doc.as_ref().expect("doc").plan.tasks.len(), before, "one undo");
}
